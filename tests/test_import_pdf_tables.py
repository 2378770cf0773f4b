"""Text PDFs read by the geometry of their words (``generator/importer/pdf_text.py``): tables by their aligned
columns, a header row repeated on a later page, group rows across the columns, cells wrapped over several lines,
page numbers in the margin, glyphs the page clips away.

The PDFs are printed here by Debian's Chromium (as a word processor or a browser prints a plan) from small HTML
documents of our own, into ``tmp_path``: a portrait plan with a bordered table crossing a page break (its header row
repeated by the browser, the page number "- 2 -" at the top centre), and a landscape one whose table has no rules
and no repeated header (the columns carried over the page break, "Trang 2" at the bottom centre)."""

from __future__ import annotations

import html
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import CHROMIUM

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source"

pytestmark = pytest.mark.skipif(shutil.which(CHROMIUM) is None and not Path(CHROMIUM).exists(),
                                reason="Debian chromium is not installed (.ci/run installs it)")


def print_pdf(page_html: str, path: Path) -> Path:
    source = path.with_suffix(".html")
    source.write_text(page_html, encoding="utf-8")
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={path}", source.as_uri()], check=True, capture_output=True, timeout=120)
    return path


def esc(text: str) -> str:
    return html.escape(text)


#: a signature block as Nghị định 30/2020 sets it: "Nơi nhận" and its list on the left (small type, its items
#: wrapping), the signer's title, the space for the signature and the name on the right
SIGNATURE_A = (["- Như mục II;", "- Thường trực Tỉnh ủy, Thường trực Hội đồng nhân dân tỉnh (b/c);",
                "- Chủ tịch, các Phó Chủ tịch UBND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- Lưu: VT, KT."],
               ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lò Văn Thành")
SIGNATURE_B = (["- Ủy ban nhân dân tỉnh (b/c);", "- Giám đốc, các Phó Giám đốc Sở;",
                "- Liên minh Hợp tác xã tỉnh (phối hợp);", "- Lưu: VT, TCCB."],
               ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Hà Thị Mai")


def signature(block: tuple[list[str], list[str], str]) -> str:
    recipients, title, name = block
    return ('<table style="width:100%;border-collapse:collapse;break-inside:avoid"><tr>'
            '<td style="width:45%;vertical-align:top;font-size:11pt"><p style="text-indent:0;margin:0"><b><i>Nơi '
            'nhận:</i></b></p>' + "".join(f'<p style="text-indent:0;margin:0">{esc(r)}</p>' for r in recipients)
            + '</td><td style="vertical-align:top;text-align:center">'
            + "".join(f'<p style="text-indent:0;margin:0;text-align:center"><b>{esc(t)}</b></p>' for t in title)
            + '<p>&nbsp;</p><p>&nbsp;</p>'
            + f'<p style="text-indent:0;margin:0;text-align:center"><b>{esc(name)}</b></p></td></tr></table>')


HEADER_A = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"]
GROUPS_A = {
    "A": "Hoàn thiện cơ chế, chính sách",
    "B": "Hỗ trợ hợp tác xã nông nghiệp",
}
ROWS_A = [
    ("A", "1", "Rà soát, đề xuất sửa đổi các chính sách hỗ trợ hợp tác xã trên địa bàn tỉnh còn chồng chéo, không phù "
     "hợp với Luật Hợp tác xã năm 2023", "Sở Tài chính", "Sở Tư pháp; Liên minh Hợp tác xã tỉnh", "Quý II/2026"),
    ("A", "2", "Xây dựng quy định về tiêu chí, trình tự lựa chọn hợp tác xã được hỗ trợ đầu tư kết cấu hạ tầng",
     "Sở Nông nghiệp và Môi trường", "Sở Tài chính; Sở Xây dựng", "Tháng 9/2026"),
    ("A", "3", "Ban hành danh mục dự án liên kết chuỗi giá trị nông sản ưu tiên hỗ trợ giai đoạn 2026 - 2030",
     "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã, phường", "Năm 2026"),
    ("B", "4", "Hỗ trợ hợp tác xã xây dựng vùng nguyên liệu đạt tiêu chuẩn VietGAP, hữu cơ, cấp mã số vùng trồng cho "
     "các sản phẩm chè, quế, dược liệu", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã; các hợp tác xã",
     "Hằng năm"),
    ("B", "5", "Tổ chức các lớp bồi dưỡng kiến thức quản trị, kế toán, chuyển đổi số cho cán bộ quản lý hợp tác xã",
     "Liên minh Hợp tác xã tỉnh", "Sở Nội vụ; Sở Khoa học và Công nghệ", "Quý III hằng năm"),
    ("B", "6", "Hỗ trợ hợp tác xã tham gia hội chợ, triển lãm, xúc tiến thương mại trong và ngoài tỉnh, kết nối tiêu thụ "
     "sản phẩm qua sàn thương mại điện tử", "Sở Công Thương", "Liên minh Hợp tác xã tỉnh; Sở Nông nghiệp và Môi trường",
     "2026 - 2028"),
    ("B", "7", "Cho vay vốn ưu đãi đối với hợp tác xã đầu tư máy móc, thiết bị chế biến, bảo quản sau thu hoạch theo quy "
     "chế của Quỹ", "Quỹ Hỗ trợ phát triển hợp tác xã tỉnh", "Sở Tài chính", "Hằng năm"),
    ("B", "8", "Hướng dẫn hợp tác xã đăng ký nhãn hiệu tập thể, chỉ dẫn địa lý cho sản phẩm đặc sản của địa phương",
     "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường; Ủy ban nhân dân các xã", "Tháng 12/2027"),
    ("B", "9", "Sơ kết việc thực hiện Kế hoạch, báo cáo Ủy ban nhân dân tỉnh kết quả và đề xuất nhiệm vụ giai đoạn sau",
     "Sở Nông nghiệp và Môi trường", "Các sở, ngành liên quan", "Quý IV/2028"),
]

def table_rows(rows: list[tuple], titles: dict[str, str] | None) -> str:
    """The body rows of a plan's table, each group's title row (merged over the other columns) above its first row
    when ``titles`` are given."""
    out = []
    for k, (group, *cells) in enumerate(rows):
        if titles is not None and (k == 0 or rows[k - 1][0] != group):
            out.append(f'<tr><td><b>{group}</b></td><td colspan="4"><b>{esc(titles[group])}</b></td></tr>')
        out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>")
    return "".join(out)


def plan_a(groups: bool = True, ruled: bool = True) -> str:
    """The portrait plan: a bordered table (or one without rules), its header repeated by the browser on page 2,
    with or without its group rows."""
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch 77/KH-UBND</title><style>
@page {{ size: A4; margin: 20mm 15mm 20mm 30mm;
        @top-center {{ content: "- " counter(page) " -"; font-family: "DejaVu Serif"; font-size: 13pt; }} }}
@page :first {{ @top-center {{ content: none; }} }}
body {{ font-family: "DejaVu Serif", serif; font-size: 13pt; line-height: 1.3; }}
p {{ margin: 0 0 6pt 0; text-align: justify; text-indent: 1cm; }}
table.hd {{ width: 100%; border-collapse: collapse; }} table.hd td {{ text-align: center; vertical-align: top; }}
table.hd p {{ text-indent: 0; text-align: center; margin: 0; }}
table.t {{ width: 100%; border-collapse: collapse; font-size: 12pt; }}
table.t th, table.t td {{ {"border: 1px solid #000;" if ruled else ""} padding: 4pt; vertical-align: top; }}
table.t tr {{ break-inside: avoid; }}
</style></head><body>
<table class="hd"><tr><td style="width:40%"><p>ỦY BAN NHÂN DÂN</p><p><b>TỈNH LAI CHÂU</b></p><p>Số: 77/KH-UBND</p></td>
<td><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p><b>Độc lập - Tự do - Hạnh phúc</b></p>
<p><i>Lai Châu, ngày 09 tháng 4 năm 2026</i></p></td></tr></table>
<p style="text-align:center;text-indent:0"><b>KẾ HOẠCH</b></p>
<p style="text-align:center;text-indent:0"><b>Phát triển hợp tác xã nông nghiệp giai đoạn 2026 - 2028</b></p>
<p>Thực hiện Luật Hợp tác xã ngày 20 tháng 6 năm 2023, Ủy ban nhân dân tỉnh ban hành Kế hoạch phát triển hợp tác xã
nông nghiệp trên địa bàn tỉnh giai đoạn 2026 - 2028 như sau:</p>
<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>
<p>Nâng cao hiệu quả hoạt động của hợp tác xã nông nghiệp; gắn phát triển hợp tác xã với chuỗi giá trị nông sản chủ
lực của tỉnh, bảo đảm sinh kế bền vững cho thành viên.</p>
<p><b>II. NHIỆM VỤ, GIẢI PHÁP</b></p>
<p>Các sở, ngành, địa phương thực hiện các nhiệm vụ cụ thể sau:</p>
<table class="t"><thead><tr>{"".join(f"<th>{esc(h)}</th>" for h in HEADER_A)}</tr></thead><tbody>
{table_rows(ROWS_A, GROUPS_A if groups else None)}
</tbody></table>
<p><b>III. TỔ CHỨC THỰC HIỆN</b></p>
<p>Giao Sở Nông nghiệp và Môi trường theo dõi, đôn đốc thực hiện Kế hoạch, định kỳ hằng năm báo cáo Ủy ban nhân dân
tỉnh trước ngày 15 tháng 12.</p>
{signature(SIGNATURE_A)}
</body></html>"""

HEADER_B = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
GROUPS_B = {"I.": "Truyền thông, nâng cao nhận thức", "II.": "Đào tạo nguồn nhân lực"}
ROWS_B = [
    ("I.", "1", "Tuyên truyền Luật Hợp tác xã năm 2023 và các văn bản hướng dẫn trên Báo và Phát thanh, Truyền hình "
     "tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Liên minh Hợp tác xã tỉnh", "Hằng năm"),
    ("I.", "2", "Biên soạn tài liệu hỏi đáp về kinh tế tập thể, phát hành đến các thôn, bản, tổ dân phố",
     "Liên minh Hợp tác xã tỉnh", "Ủy ban nhân dân các xã, phường", "Quý III/2026"),
    ("I.", "3", "Tổ chức hội nghị biểu dương hợp tác xã tiêu biểu nhân Ngày Hợp tác xã Việt Nam",
     "Liên minh Hợp tác xã tỉnh", "Sở Nội vụ; Sở Tài chính", "Tháng 4/2027"),
    ("II.", "4", "Đào tạo, bồi dưỡng giám đốc, kế toán hợp tác xã về quản trị tài chính và kỹ năng xây dựng phương án "
     "sản xuất, kinh doanh", "Liên minh Hợp tác xã tỉnh", "Trường Cao đẳng Cộng đồng tỉnh; Sở Nội vụ", "2026 - 2027"),
    ("II.", "5", "Hỗ trợ đưa lao động trẻ có trình độ cao đẳng, đại học về làm việc có thời hạn tại hợp tác xã",
     "Sở Nội vụ", "Sở Tài chính; Ủy ban nhân dân các xã", "Năm 2027"),
    ("II.", "6", "Tập huấn ứng dụng công nghệ số trong quản lý, truy xuất nguồn gốc sản phẩm cho thành viên hợp tác xã",
     "Sở Khoa học và Công nghệ", "Liên minh Hợp tác xã tỉnh", "Quý I - Quý II/2028"),
    ("II.", "7", "Khảo sát nhu cầu đào tạo nghề của thành viên hợp tác xã, đề xuất danh mục nghề đào tạo",
     "Sở Nội vụ", "Liên minh Hợp tác xã tỉnh; Ủy ban nhân dân các xã, phường", "Tháng 6/2026"),
]

def plan_b(ruled: bool = False, groups: bool = True) -> str:
    """The landscape plan: a table with no rules (or with them) and no repeated header, with or without its group
    rows."""
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch 15/KH-SNV</title><style>
@page {{ size: A4 landscape; margin: 20mm 20mm 22mm 25mm;
        @bottom-center {{ content: "Trang " counter(page); font-family: "DejaVu Serif"; font-size: 12pt; }} }}
body {{ font-family: "DejaVu Serif", serif; font-size: 13pt; line-height: 1.3; }}
p {{ margin: 0 0 6pt 0; text-indent: 1cm; }}
table.t {{ width: 100%; border-collapse: collapse; font-size: 12pt; }}
table.t td {{ padding: 3pt 6pt; vertical-align: top; {"border: 1px solid #000;" if ruled else ""} }}
table.t tr {{ break-inside: avoid; }}
</style></head><body>
<p style="text-indent:0">SỞ NỘI VỤ TỈNH YÊN BÁI</p>
<p style="text-indent:0">Số: 15/KH-SNV</p>
<p style="text-align:center;text-indent:0"><b>KẾ HOẠCH</b></p>
<p style="text-align:center;text-indent:0"><b>Đào tạo nguồn nhân lực cho hợp tác xã năm 2026 - 2028</b></p>
<p><b>I. NHIỆM VỤ CỤ THỂ</b></p>
<table class="t"><tbody><tr>{"".join(f"<td><b>{esc(h)}</b></td>" for h in HEADER_B)}</tr>
{table_rows(ROWS_B, GROUPS_B if groups else None)}
</tbody></table>
<p><b>II. TỔ CHỨC THỰC HIỆN</b></p>
<p>Các phòng, đơn vị thuộc Sở căn cứ Kế hoạch này triển khai thực hiện, báo cáo kết quả trước ngày 10 tháng 12 hằng
năm.</p>
{signature(SIGNATURE_B)}
</body></html>"""


@pytest.fixture(scope="module")
def portrait(tmp_path_factory) -> Path:
    return print_pdf(plan_a(), tmp_path_factory.mktemp("pdf") / "ke-hoach-77.pdf")


@pytest.fixture(scope="module")
def landscape(tmp_path_factory) -> Path:
    return print_pdf(plan_b(), tmp_path_factory.mktemp("pdf") / "ke-hoach-15.pdf")


def _pages(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


@pytest.mark.parametrize("which, header, groups, rows", [
    ("portrait", HEADER_A, GROUPS_A, ROWS_A), ("landscape", HEADER_B, GROUPS_B, ROWS_B)])
def test_a_pdf_table_is_read_one_row_a_line_with_its_wrapped_cells_joined(request, which, header, groups, rows):
    """Every row of the printed table, across the page break, is one line of tab-separated cells (a cell wrapped over
    two or three printed lines is one cell), each group row its marker and its title; the header row is read."""
    from generator.importer.extract import extract

    path = request.getfixturevalue(which)
    assert _pages(path) >= 2  # the table crosses a page break
    lines = extract(path).text.split("\n")
    assert "\t".join(header) in lines
    for marker, title in groups.items():
        assert "\t".join([marker, title, "", "", ""]) in lines
    missing = ["\t".join(cells) for _, *cells in rows if "\t".join(cells) not in lines]
    assert missing == []


@pytest.mark.parametrize("plan, phrase, rows", [
    ("a", "nhãn hiệu tập thể", ROWS_A), ("b", "Ngày Hợp tác xã Việt Nam", ROWS_B)])
def test_an_underlined_phrase_in_a_table_without_rules_is_no_rule_of_it(tmp_path, plan, phrase, rows):
    """An underline is drawn as a thin rectangle: it does not end the table as a ruled frame's bottom would."""
    from generator.importer.extract import extract

    page_html = (plan_a(ruled=False) if plan == "a" else plan_b()).replace(phrase, f"<u>{phrase}</u>")
    lines = extract(print_pdf(page_html, tmp_path / "plan.pdf")).text.split("\n")
    assert ["\t".join(cells) for _, *cells in rows if "\t".join(cells) not in lines] == []


def _runs_in(lines: list[str], run: list[str]) -> bool:
    """``run`` is in ``lines`` as consecutive lines."""
    return any(lines[k:k + len(run)] == run for k in range(len(lines)))


@pytest.mark.parametrize("which, block", [("portrait", SIGNATURE_A), ("landscape", SIGNATURE_B)])
def test_a_signature_beside_its_recipients_is_read_column_by_column(request, which, block):
    """"Nơi nhận" and its list (items wrapping) on the left, the signer on the right: the left column's lines, then
    the right column's, as pdftotext writes such a block — the signer's title whole, the name after it."""
    from generator.importer import import_document
    from generator.importer.extract import extract

    path = request.getfixturevalue(which)
    recipients, title, name = block
    lines = extract(path).text.split("\n")
    assert _runs_in(lines, title + [name]), lines[-16:]
    assert lines[lines.index("Nơi nhận:") + 1] == recipients[0] and recipients[-1] in lines
    signer = import_document(path, SOURCE).plan["signer"]
    assert signer == {"title": " ".join(title), "name": name}


def test_the_header_is_read_column_by_column(portrait):
    """The issuer and the number on the left, the motto and the place and date on the right."""
    from generator.importer.extract import extract

    lines = extract(portrait).text.split("\n")
    assert lines[:7] == ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU", "Số: 77/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA", "VIỆT NAM",
                         "Độc lập - Tự do - Hạnh phúc", "Lai Châu, ngày 09 tháng 4 năm 2026"]


def test_page_numbers_in_the_margin_are_not_text(portrait, landscape):
    """"- 2 -" at the top centre of page 2, "Trang 1" … at the bottom centre: no line of the text."""
    from generator.importer.extract import extract

    for path, pattern in ((portrait, "- {} -"), (landscape, "Trang {}")):
        lines = extract(path).text.split("\n")
        assert not [line for line in lines for n in range(1, _pages(path) + 1) if line.strip() == pattern.format(n)]


def test_the_repeated_header_row_is_no_task_and_group_rows_are_groups(portrait):
    """The browser repeats the header row at the top of page 2: the draft has the nine rows as tasks, no more, in
    their groups, each with the lead of its column."""
    from generator.importer import import_document

    draft = import_document(portrait, SOURCE)
    tasks = draft.plan["tasks"]
    table = [t for t in tasks if any(t["text"] == row[2] for row in ROWS_A)]
    assert len(table) == len(ROWS_A), [t["text"][:50] for t in tasks]
    assert not [t for t in tasks if t["text"].startswith(("Nội dung công việc", "STT"))]
    groups = {g["id"]: g["title"] for g in draft.plan["groups"]}
    assert [groups.get(t.get("group")) for t in table] == [GROUPS_A[row[0]] for row in ROWS_A]
    assert [t.get("lead_text") for t in table] == [row[3] for row in ROWS_A]


@pytest.mark.parametrize("options, heading", [
    ({"plan": "a"}, "III. TỔ CHỨC THỰC HIỆN"),                    # after the groups A, B: out of their run
    ({"plan": "a", "ruled": False}, "III. TỔ CHỨC THỰC HIỆN"),
    ({"plan": "b"}, "II. TỔ CHỨC THỰC HIỆN"),                     # after the groups I., II.: out of their run
    ({"plan": "a", "groups": False}, "III. TỔ CHỨC THỰC HIỆN"),   # under the table's ruled frame
    ({"plan": "b", "groups": False, "ruled": True}, "II. TỔ CHỨC THỰC HIỆN"),
], ids=["letters", "letters-unruled", "roman", "ruled-portrait", "ruled-landscape"])
def test_the_heading_under_a_table_is_no_part_of_its_last_row(tmp_path, options, heading):
    """A heading of the document printed under a table, indented like its paragraphs, is a line of its own, and the
    table's last row ends with its own text: the table ended at its frame's bottom rule, or at a group marker out of
    the run of its groups."""
    from generator.importer.extract import extract

    plan = options.pop("plan")
    page_html = plan_a(**options) if plan == "a" else plan_b(**options)
    lines = extract(print_pdf(page_html, tmp_path / "plan.pdf")).text.split("\n")
    last = (ROWS_A if plan == "a" else ROWS_B)[-1][1:]
    assert heading in lines and "\t".join(last) in lines


def test_groups_follow_one_another_in_roman_numerals_or_letters():
    from generator.importer.scan_tables import _next_group

    assert _next_group([], "III.") and _next_group(["I", "II."], "III") and _next_group(["A", "B"], "C")
    assert _next_group(["D"], "Đ") and _next_group(["D"], "E")
    assert not _next_group(["A", "B"], "III.") and not _next_group(["I.", "II."], "II.")
    assert not _next_group(["I"], "IV")


def test_a_roman_numeral_and_a_letter_are_markers_of_two_kinds():
    from generator.importer.scan_tables import _same_kind

    assert _same_kind("II", "III.") and _same_kind("B", "C") and _same_kind("B", "I")
    assert not _same_kind("B", "III.") and not _same_kind("II.", "C")


CLIPPED = """<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm; }} body {{ font-family: "DejaVu Serif"; font-size: 14pt; line-height: 1.3; }}
.box {{ height: 1.6em; overflow: hidden; }}</style></head><body>{body}</body></html>"""
#: a sentence whose tall capitals with a hook above ("Ủ") reach over the top of their line: on the first line of a
#: page the hook is painted, clipped, at the foot of the page before
SENTENCE = "Ủy ban nhân dân tỉnh giao Ủy ban nhân dân các xã, phường phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh."


@pytest.mark.parametrize("body, words", [
    ("<p>Dòng đầu tiên của văn bản.</p><div class='box'>Dòng thấy được trong khung<br>Dòng bị khung che khuất "
     "đi</div><p>Dòng cuối của văn bản.</p>",
     "Dòng đầu tiên của văn bản. Dòng thấy được trong khung Dòng cuối của văn bản."),   # below a box's foot
    ("<p>" + " ".join([SENTENCE] * 60) + "</p>", " ".join([SENTENCE] * 60)),           # over a page break
], ids=["box", "page-break"])
def test_a_glyph_the_page_clips_away_is_not_text(tmp_path, body, words):
    """Text drawn where a clip path hides it is not read (a plain text extraction reads it); the text the page shows
    is, whole."""
    from generator.importer.extract import extract

    path = print_pdf(CLIPPED.format(body=body), tmp_path / "khung.pdf")
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        layer = " ".join(page.extract_text() for page in pdf.pages)
    assert " ".join(layer.split()) != words  # the hidden glyphs are in the text layer
    assert " ".join(extract(path).text.split()) == words


JUSTIFIED = """<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm 15mm 20mm 30mm; }} body {{ font-family: "DejaVu Serif"; font-size: 14pt; }}
p {{ text-align: justify; text-indent: 1cm; margin: 0 0 6pt 0; width: {width}; }}</style></head><body>{body}</body></html>"""
PROSE = [
    "Các hợp tác xã đăng ký thông tin trên Cổng thông tin điện tử tại địa chỉ "
    "https://hoptacxa.example.gov.vn/dang-ky-thong-tin-hop-tac-xa-nong-nghiep trước ngày 30 tháng 6 năm 2026 để "
    "được xét hỗ trợ theo Nghị quyết số 20-NQ/TW và Luật Hợp tác xã.",
    "Sở Khoa học và Công nghệ hướng dẫn hợp tác xã đăng ký nhãn hiệu tập thể, chỉ dẫn địa lý; "
    "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp hỗ trợ máy móc, thiết bị chế biến nông sản.",
    "Ủy ban nhân dân các xã, phường xây dựng kế hoạch, bố trí kinh phí, huy động nguồn lực xã hội hóa, "
    "báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường.",
    "Thực hiện Quyết định số 1804/QĐ-TTg, Thông tư số 09/2024/TT-BNNPTNT, các hợp tác xã nông nghiệp ứng dụng "
    "công nghệ cao xây dựng phương án sản xuất, kinh doanh.",
]


@pytest.mark.parametrize("width", ["9cm", "6cm"])
def test_justified_prose_keeps_its_words_in_order_and_no_column_gaps(tmp_path, width):
    """A justified line spread wide (before a long address or number, in a narrow column) has gaps as wide as a
    table's gutters, all alike: it is prose, read in order, with no tab."""
    from generator.importer.extract import extract

    body = "".join(f"<p>{esc(p)}</p>" for p in PROSE)
    text = extract(print_pdf(JUSTIFIED.format(width=width, body=body), tmp_path / "van-ban.pdf")).text
    # (the browser may break the address after a hyphen: "dang-ky-thong-" / "tin-…")
    assert "\t" not in text and " ".join(text.split()).replace("- ", "-") == " ".join(" ".join(PROSE).split())


@pytest.mark.parametrize("box,content,pattern", [
    ("bottom-right", "counter(page)", "{}"),              # a word processor's footer: the number at the right margin
    ("top-left", '"Trang " counter(page)', "Trang {}"),
])
def test_a_page_number_in_a_corner_is_not_text(tmp_path, box, content, pattern):
    """A page number printed in a corner of the page, not centred, is dropped when it is that page's own number; the
    paragraph it fell between reads on."""
    from generator.importer.extract import extract

    items = "".join(f"<p>{n}. Sở Tài chính chủ trì hướng dẫn hợp tác xã lập hồ sơ đề nghị hỗ trợ kinh phí đào tạo, "
                    f"xúc tiến thương mại và ứng dụng khoa học công nghệ, hoàn thành trong quý {n % 4 + 1}/2026.</p>"
                    for n in range(1, 40))
    page = f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm 15mm 20mm 30mm; @{box} {{ content: {content}; font-family: "DejaVu Serif"; font-size: 12pt; }} }}
body {{ font-family: "DejaVu Serif"; font-size: 13pt; }} p {{ margin: 0 0 6pt 0; }}</style></head>
<body><p>II. NHIỆM VỤ</p>{items}</body></html>"""
    path = print_pdf(page, tmp_path / "ke-hoach.pdf")
    pages = _pages(path)
    assert pages >= 3
    lines = [line.strip() for line in extract(path).text.split("\n")]
    assert not [line for line in lines for n in range(1, pages + 1) if line == pattern.format(n)]


def merged_rows(rows: list[tuple], titles: dict[str, str], align: str) -> str:
    """The body rows of a plan's table as a word processor merges them: a lead shared by the rows that follow one
    another in a group is one cell over them (``rowspan``), its text at the top or in the middle of it."""
    out = []
    for k, (group, *cells) in enumerate(rows):
        if k == 0 or rows[k - 1][0] != group:
            out.append(f'<tr><td><b>{group}</b></td><td colspan="4"><b>{esc(titles[group])}</b></td></tr>')
        tds = [f"<td>{esc(c)}</td>" for c in cells]
        if k and rows[k - 1][0] == group and rows[k - 1][3] == cells[2]:
            tds[2] = ""  # covered by the cell above
        else:
            span = 1
            while k + span < len(rows) and rows[k + span][0] == group and rows[k + span][3] == cells[2]:
                span += 1
            if span > 1:
                tds[2] = f'<td rowspan="{span}" style="vertical-align:{align}">{esc(cells[2])}</td>'
        out.append("<tr>" + "".join(tds) + "</tr>")
    return "".join(out)


@pytest.mark.parametrize("plan, align", [("a", "top"), ("b", "middle")])
def test_a_lead_cell_merged_over_rows_leads_each_row_it_covers(tmp_path, plan, align):
    """A lead shared by the rows under it is printed once, in a cell merged over them: the ruled table draws no rule
    across that column between those rows, and each row reads the one lead, wherever it stands in the cell — as a
    merged cell of a .docx is read."""
    from generator.importer.extract import extract

    rows, titles = (ROWS_A, GROUPS_A) if plan == "a" else (ROWS_B, GROUPS_B)
    page_html = plan_a() if plan == "a" else plan_b(ruled=True)
    merged = page_html.replace(table_rows(rows, titles), merged_rows(rows, titles, align))
    assert merged != page_html and "rowspan" in merged
    lines = extract(print_pdf(merged, tmp_path / "plan.pdf")).text.split("\n")
    assert ["\t".join(cells) for _, *cells in rows if "\t".join(cells) not in lines] == []


def test_an_empty_cell_of_a_table_without_rules_stays_empty(tmp_path):
    """Without rules nothing tells a merged cell from an empty one: the rows under the printed lead keep their lead
    cell empty, for the reviewer to see."""
    from generator.importer.extract import extract

    page_html = plan_b()
    merged = page_html.replace(table_rows(ROWS_B, GROUPS_B), merged_rows(ROWS_B, GROUPS_B, "top"))
    lines = extract(print_pdf(merged, tmp_path / "plan.pdf")).text.split("\n")
    second = ROWS_B[2]  # the second row under the lead "Liên minh Hợp tác xã tỉnh" of group I.
    assert second[3] == ROWS_B[1][3]
    assert "\t".join([second[1], second[2], "", second[4], second[5]]) in lines
