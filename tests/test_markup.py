"""Data text is inert: whatever a field holds, the page shows it as text."""

import html
import re

import markdown
from hypothesis import given, settings, strategies as st

from generator.site.markup import link, text
from generator.text import nfc

EXTENSIONS = ["tables", "attr_list", "md_in_html", "admonition", "toc"]
HOSTILE = [
    "<script>alert(1)</script>", '<img src=x onerror="alert(1)">', "[x](javascript:alert(1))",
    "![i](http://evil/x.png)", "{{ config }}", "{% raw %}", "!!! danger \"x\"", "--8<-- \"/etc/passwd\"",
    "{: onclick=alert(1) }", "| a | b |", "# heading", "1. list", "*em* __strong__", "`code`", "&lt;b&gt;",
    "http://example.com", "<http://example.com>", ":smile:", "[^1]", "\\*",
]


def visible(html_text: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", html_text)).strip()


def render(line: str) -> str:
    return markdown.markdown(line, extensions=EXTENSIONS)


def test_hostile_strings_render_as_themselves():
    for value in HOSTILE:
        out = render(f"Nội dung: {text(value)}")
        assert visible(out) == f"Nội dung: {nfc(value)}", value
        assert out.count("<") == 2  # only the <p> … </p> wrapper is markup


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=80))
def test_any_text_is_shown_verbatim_and_never_markup(value):
    out = render(f"x {text(value)} x")
    assert "<" not in out.removeprefix("<p>").removesuffix("</p>") or not nfc(value)
    assert visible(out) == "x " + nfc(value) + " x"


@settings(max_examples=100)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40))
def test_link_labels_and_table_cells_stay_text(value):
    out = render(f"| a |\n|---|\n| {link('../x.md', value)} |")
    assert out.count("<a ") == 1 and 'href="../x.md"' in out
    cell = re.search(r"<td>(.*)</td>", out, re.S).group(1)
    assert visible(cell) == nfc(value)


SYNTAX = st.text(alphabet=st.sampled_from(list("#-+=.)*_`[]()<>!|{}:&\\ 0123456789aăđêươ~^\"'")), max_size=30)
CONTEXTS = [("{}", "p"), ("> {}", "blockquote"), ("- {}", "li"), ("# {}", "h1"), ("## {} { #x }", "h2"), ("| {} |\n|---|", "th")]


@settings(max_examples=400)
@given(SYNTAX, st.sampled_from(CONTEXTS))
def test_text_at_the_start_of_a_line_is_never_syntax(value, context):
    """Heading, list and quote marks are escaped where a line starts; elsewhere they are text anyway."""
    template, tag = context
    if not nfc(value):
        return
    out = render(template.replace("{}", str(text(value))))
    tags = set(re.findall(r"<(\w+)", out))
    assert tags <= {tag, "p", "ul", "blockquote", "table", "thead", "tr", "tbody", "td"}, (value, out)
    assert visible(out) == nfc(value), (value, out)


def test_hostile_strings_at_the_start_of_a_line():
    for value in HOSTILE + ["- x", "+ x", "1. x", "2023) x", "a #", "===", "---", "> x"]:
        for template, tag in CONTEXTS:
            out = render(template.replace("{}", str(text(value))))
            assert visible(out) == nfc(value), (value, template, out)
            assert not set(re.findall(r"<(\w+)", out)) - {tag, "p", "ul", "blockquote", "table", "thead", "tr", "tbody", "td"}


# --- the original-text view: the conversion's markup read as formatting, nothing else as markup ---

ALLOWED_TAG = re.compile(r"</?(?:strong|em|u|sup|sub)>")


def test_original_line_reads_conversion_markup_as_formatting():
    from generator.site.markup import original_line

    cases = {
        "## KẾ HOẠCH": ("KẾ HOẠCH", True),
        "**Thực hiện** Nghị quyết *số 09*": ("<strong>Thực hiện</strong> Nghị quyết <em>số 09</em>", False),
        "<b>I. TỔ CHỨC THỰC HIỆN</b>": ("<strong>I. TỔ CHỨC THỰC HIỆN</strong>", False),
        "giao<sup>(1)</sup> cho": ("giao<sup>(1)</sup> cho", False),
        "3\\. Sở Tài chính": ("3. Sở Tài chính", False),
        "x * y và 5 * 3": ("x &#42; y và 5 &#42; 3", False),  # a lone star is no emphasis
        "**mở mà không đóng": ("<strong>mở mà không đóng</strong>", False),  # closed where the line ends
        "a <script>b</script> [x](javascript:y)": ("a &#60;script&#62;b&#60;/script&#62; &#91;x&#93;(javascript:y)", False),
    }
    for line, expected in cases.items():
        out, heading, _ = original_line(line)
        assert (str(out), heading) == expected, line
    # bold over two lines of one paragraph (a Markdown hard break): each line balanced
    first, _, still = original_line("**Các nhiệm vụ chủ yếu  ")
    second, _, after = original_line("của Tỉnh ủy**  ", still)
    assert (str(first), str(second), after) == ("<strong>Các nhiệm vụ chủ yếu</strong>", "<strong>của Tỉnh ủy</strong>", ())


@settings(max_examples=400)
@given(st.lists(st.sampled_from(list("ab *_#\\<>/&\"'") + ["<b>", "</b>", "<sup>", "</sup>", "**", "<i>", "<script>", "<br>"]),
                max_size=40).map("".join))
def test_original_line_emits_only_balanced_formatting_tags(line):
    from generator.site.markup import original_line

    out, _, _ = original_line(line, ("strong",))
    rest = ALLOWED_TAG.sub("", str(out))
    assert "<" not in rest and ">" not in rest  # every other "<" and ">" is escaped
    opened = re.findall(r"<(strong|em|u|sup|sub)>", str(out))
    closed = re.findall(r"</(strong|em|u|sup|sub)>", str(out))
    assert sorted(opened) == sorted(closed)
    # tags nest properly: each closing tag closes the innermost open one
    stack = []
    for slash, tag in re.findall(r"<(/?)(strong|em|u|sup|sub)>", str(out)):
        if slash:
            assert stack and stack.pop() == tag
        else:
            stack.append(tag)
    assert not stack


def test_prose_marks_whole_abbreviations_only():
    from generator.site.markup import prose

    assert str(prose("UBND tỉnh và HTX")) == ('<abbr title="Ủy ban nhân dân">UBND</abbr> tỉnh và '
                                             '<abbr title="Hợp tác xã">HTX</abbr>')
    for untouched in ("Nghị quyết số 09/NQ-CP", "Kế hoạch 127/KH-UBND", "UBNDX", "HTXs", "KH&QT"):
        assert "<abbr" not in str(prose(untouched)), untouched


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["HTX", "UBND", "NQ", "-", "/", " ", "&", "a", "Đ", "CT-XH", "<", "1"]), max_size=20).map("".join))
def test_prose_shows_the_same_text_as_text(value):
    """An <abbr> adds a tooltip, never changes what the reader sees."""
    from generator.site.markup import prose

    out = render(f"x {prose(value)} x")
    assert visible(out) == visible(render(f"x {text(value)} x"))
    assert re.sub(r'<abbr title="[^"<>]*">|</abbr>', "", out.removeprefix("<p>").removesuffix("</p>")).count("<") == 0
