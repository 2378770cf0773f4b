"""Property tests (hypothesis) for the importer's prose readers of issue 11: sentences of a paragraph, parts enumerated
inside one, a roles cell, ditto cells. Whatever the text, they only cut it: every piece is printed in the input, in
order, nothing is invented, and a text without the structure they look for comes back whole."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from generator.importer import draft, tables

#: words as plans print them, with the punctuation and abbreviations the readers must handle
_WORD = st.sampled_from(["Sở", "Tài", "chính", "Giao", "giao", "chủ", "trì,", "phối", "hợp", "với", "TP.", "ThS.",
                         "Huế.", "xã.", "(1)", "(2)", "a)", "b)", "“Hợp", "tác.”", "(theo", "mẫu.)", "quý", "II/2026.",
                         "Đề", "nghị", "Ủy", "ban", "nhân", "dân", ";", ":", "Liên", "minh", "2026", "Chủ", "trì:",
                         "Phối", "hợp:", "(chủ", "trì)", "<br>"])
_TEXT = st.lists(_WORD, min_size=1, max_size=40).map(" ".join)


def _in_order(pieces: list[str], text: str) -> bool:
    at = 0
    for piece in pieces:
        found = text.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_sentences_are_the_text_cut(text):
    sentences = draft._sentences(text)
    assert " ".join(sentences) == text
    assert all(s.strip() or len(sentences) == 1 for s in sentences)


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_enumerated_parts_are_printed_in_order(text):
    parts = draft._enumerated(text)
    assert parts == [] or (len(parts) >= 2 and _in_order(parts, text))


@settings(max_examples=400, deadline=None)
@given(_TEXT)
def test_a_roles_cell_names_only_what_it_prints(text):
    lead, coop = draft._roles_cell(text)
    flat = " ".join(text.replace("<br>", " ").replace(";", " ").split())
    for phrase in (lead, coop):
        for name in (phrase or "").split(";"):
            assert " ".join(name.split()) in flat


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["Sở A", "nt", "〃", "Như trên", "", "Quý I/2026", "Sở B"]), min_size=2,
                         max_size=2), min_size=1, max_size=8))
def test_a_ditto_cell_takes_a_value_printed_above_it(cells):
    rows = [tables.Row("", "", str(k), {"text": f"việc {k}", "lead": lead, "deadline": when}, k)
            for k, (lead, when) in enumerate(cells)]
    tables._dittos_filled(rows)
    for k, row in enumerate(rows):
        for column, printed in (("lead", cells[k][0]), ("deadline", cells[k][1])):
            value = row.cells[column]
            above = [c[0 if column == "lead" else 1] for c in cells[:k]
                     if c[0 if column == "lead" else 1] and not tables._DITTO.match(c[0 if column == "lead" else 1])]
            if printed and tables._DITTO.match(printed) and above:
                assert value == above[-1]
            else:
                assert value == printed
