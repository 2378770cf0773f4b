"""A document copied from an e-mail that quotes it (issue 11): read from the quote, said in review."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafts import Draft

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "import"


@pytest.mark.parametrize("name,quote,number,leads", [
    # a reply as webmail writes it: the mail's own words above, "Vào …, X đã viết:", every line "> ", blank ">"
    ("cv-trich-thu-dien-tu.txt", (13, 49), "905/UBND-NN",
     {"Giao Sở Nông nghiệp": "Sở Nông nghiệp và Môi trường", "Liên minh Hợp tác xã tỉnh chủ trì": "Liên minh Hợp tác xã tỉnh"}),
    # a forward of a reply: a quote inside a quote ("> > "), the mail's signature below after "--"
    ("kh-chuyen-tiep-thu.txt", (5, 34), "4127/KH-SNNMT",
     {"Chi cục Phát triển nông thôn chủ trì": "Chi cục Phát triển nông thôn",
      "Trung tâm Khuyến nông chủ trì": "Trung tâm Khuyến nông"}),
])
def test_a_document_quoted_in_an_email_is_read_from_the_quote(name, quote, number, leads):
    d = Draft(FIXTURES / name)
    assert d.draft.report["mail_quote"] == quote and d.notes("thư điện tử")
    assert d.plan["number"] == number
    for prefix, lead in leads.items():
        assert [n.split(" tỉnh")[0] if n.startswith("Sở") else n for n in d.lead(prefix)] == [lead], prefix
    assert not any(">" in t["text"] for t in d.tasks)
    raw = (FIXTURES / name).read_text(encoding="utf-8")
    text = d.draft.repaired_text  # the text of record: same lines as received, quote marks off, the mail's lines blank
    assert text is not None and text.count("\n") == raw.count("\n") and ">" not in text
    assert "Trân trọng" not in text and "Nguyễn Thị Mai" not in text


def test_a_short_quotation_inside_a_document_is_left_as_it_is():
    from generator.importer.mail_quote import unquoted

    body = ["KẾ HOẠCH", "I. NHIỆM VỤ"] + [f"{i}. Sở Tài chính chủ trì bố trí kinh phí đợt {i}." for i in range(1, 30)]
    quoted = ["> Điều 3. Hợp tác xã được hỗ trợ đào tạo, bồi dưỡng nguồn nhân lực."] * 4
    text = "\n".join(body[:10] + quoted + body[10:])
    assert unquoted(text) == (text, None)
    # a long quoted passage that is neither the header's document nor most of the text stays too
    text = "\n".join(body + ["> " + line for line in body[2:14]])
    assert unquoted(text) == (text, None)
