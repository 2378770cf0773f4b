"""Write h_son-la_97-KH-UBND-2025_htx-cay-an-qua.docx, the third held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen3/make_docx.py [OUT]

A plan of UBND tỉnh Sơn La (April 2025: the departments already merged on 1 March 2025, the districts not
yet abolished) as a Word file still carrying a reviewer's tracked changes: headings with "Heading 1"/"Heading
2" styles whose words were changed under track changes (a department's old name deleted, its new name
inserted: "Sở Kế hoạch và Đầu tư" → "Sở Tài chính"), a deadline changed the same way, a task paragraph
inserted and one deleted as tracked changes (read with the changes accepted, the deleted paragraph is gone and
the inserted one is a task), a borderless header and signature table, and an appendix table whose first
column ("Nhóm nhiệm vụ") merges its cells vertically over the rows of each group (w:vMerge), with TT second.

The bytes depend only on this script (with the shared ../docx_parts.py and ../docx_zip.py), python-docx's default
template and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member
order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from functools import partial
from pathlib import Path

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared docx parts
from docx_parts import cell_lines, new_document, set_borders, write  # noqa: E402
from docx_parts import para as shared_para  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "h_son-la_97-KH-UBND-2025_htx-cay-an-qua.docx"
AUTHOR = "Phòng Kinh tế - VP UBND tỉnh"
WHEN = "2025-04-08T09:30:00Z"


class Revisions:
    """Tracked insertions and deletions (w:ins / w:del) with ids counted from 1."""

    def __init__(self) -> None:
        self.next_id = 1

    def _mark(self, tag: str):
        el = OxmlElement(tag)
        el.set(qn("w:id"), str(self.next_id))
        el.set(qn("w:author"), AUTHOR)
        el.set(qn("w:date"), WHEN)
        self.next_id += 1
        return el

    def _run(self, text: str, deleted: bool, bold: bool = False):
        r = OxmlElement("w:r")
        if bold:
            rpr = OxmlElement("w:rPr")
            rpr.append(OxmlElement("w:b"))
            r.append(rpr)
        t = OxmlElement("w:delText" if deleted else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        return r

    def insert(self, paragraph, text: str, bold: bool = False) -> None:
        ins = self._mark("w:ins")
        ins.append(self._run(text, False, bold))
        paragraph._p.append(ins)

    def delete(self, paragraph, text: str, bold: bool = False) -> None:
        dele = self._mark("w:del")
        dele.append(self._run(text, True, bold))
        paragraph._p.append(dele)

    def mark_paragraph(self, paragraph, tag: str) -> None:
        """The paragraph mark itself inserted or deleted (a whole paragraph added or removed)."""
        ppr = paragraph._p.get_or_add_pPr()
        rpr = OxmlElement("w:rPr")
        rpr.append(self._mark(tag))
        ppr.append(rpr)


def build() -> bytes:
    rev = Revisions()
    doc = new_document(14, top_bottom_margins=False)

    header = doc.add_table(rows=1, cols=2)
    set_borders(header, "nil")
    cell_lines(header.cell(0, 0), ["ỦY BAN NHÂN DÂN", "TỈNH SƠN LA", "", "Số: 97/KH-UBND"], bold=(1,))
    cell_lines(header.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                                   "Sơn La, ngày 10 tháng 4 năm 2025"], bold=(0, 1))

    para = partial(shared_para, doc, italic=None)  # body runs: bold set, italic left unset

    para()
    para("KẾ HOẠCH", bold=True, center=True)
    para("Phát triển hợp tác xã gắn với chuỗi giá trị cây ăn quả, ứng dụng truy xuất nguồn gốc trên địa bàn "
         "tỉnh Sơn La năm 2025", bold=True, center=True)
    para("Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023;")
    para("Thực hiện Nghị quyết số 12-NQ/TU ngày 15/12/2023 của Ban Thường vụ Tỉnh ủy về phát triển hợp tác xã "
         "nông nghiệp gắn với chuỗi giá trị giai đoạn 2024 - 2030, Ủy ban nhân dân tỉnh ban hành Kế hoạch phát "
         "triển hợp tác xã gắn với chuỗi giá trị cây ăn quả, ứng dụng truy xuất nguồn gốc năm 2025 như sau:")

    para("I. MỤC ĐÍCH, YÊU CẦU", style="Heading 1")
    para("Phát huy lợi thế cây ăn quả của tỉnh (xoài, nhãn, mận, bơ); củng cố, phát triển hợp tác xã làm nòng "
         "cốt liên kết sản xuất, chế biến, tiêu thụ; nâng cao giá trị sản phẩm thông qua truy xuất nguồn gốc "
         "và chuyển đổi số.")
    para("II. MỤC TIÊU NĂM 2025", style="Heading 1")
    para("- Thành lập mới ít nhất 60 hợp tác xã trồng, chế biến cây ăn quả.")
    para("- 100% hợp tác xã có sản phẩm xuất khẩu được cấp mã số vùng trồng; 70% sản phẩm cây ăn quả của hợp "
         "tác xã có mã truy xuất nguồn gốc.")

    h = para(style="Heading 1")
    h.add_run("III. NHIỆM VỤ")
    rev.insert(h, ", GIẢI PHÁP")
    rev.delete(h, " CHỦ YẾU")

    h = para(style="Heading 2")
    h.add_run("1. Sở ")
    rev.delete(h, "Kế hoạch và Đầu tư")
    rev.insert(h, "Tài chính")
    para("a) Hướng dẫn thủ tục thành lập mới, đăng ký thay đổi của hợp tác xã, tổ hợp tác trồng cây ăn quả; "
         "thực hiện thường xuyên.")
    p = para("b) Chủ trì, phối hợp với Sở Nông nghiệp và Môi trường tham mưu bố trí vốn hỗ trợ hợp tác xã đầu "
             "tư kho lạnh, nhà sơ chế, đóng gói; thời gian: quý ")
    rev.delete(p, "II")
    rev.insert(p, "III")
    p.add_run(" năm 2025.")

    h = para(style="Heading 2")
    h.add_run("2. Sở Nông nghiệp và ")
    rev.delete(h, "Phát triển nông thôn")
    rev.insert(h, "Môi trường")
    para("a) Chủ trì hướng dẫn hợp tác xã xây dựng vùng trồng xoài, nhãn, mận đạt tiêu chuẩn VietGAP, "
         "GlobalGAP; cấp mã số vùng trồng cho hợp tác xã có sản phẩm xuất khẩu, hoàn thành trong quý III năm 2025.")
    para("b) Phối hợp với Sở Công Thương hỗ trợ hợp tác xã ký kết hợp đồng tiêu thụ với doanh nghiệp chế "
         "biến, xuất khẩu.")
    p = para()
    rev.insert(p, "c) Hướng dẫn hợp tác xã áp dụng nhật ký sản xuất điện tử và mã QR truy xuất nguồn gốc cho "
                  "sản phẩm cây ăn quả; hoàn thành trong quý II năm 2025.")
    rev.mark_paragraph(p, "w:ins")

    para("3. Sở Công Thương", style="Heading 2")
    para("Tổ chức Tuần hàng trái cây, nông sản Sơn La tại thành phố Hà Nội trong tháng 6/2025; kết nối đưa "
         "sản phẩm của hợp tác xã lên các sàn thương mại điện tử.")
    p = para()
    rev.delete(p, "Chủ trì tổ chức Hội chợ xoài Yên Châu năm 2025 tại huyện Yên Châu.")
    rev.mark_paragraph(p, "w:del")

    h = para(style="Heading 2")
    h.add_run("4. Sở ")
    rev.delete(h, "Thông tin và Truyền thông")
    rev.insert(h, "Khoa học và Công nghệ")
    para("Hỗ trợ hợp tác xã xây dựng, quản lý nhãn hiệu tập thể, chỉ dẫn địa lý; ứng dụng nền tảng số trong "
         "truy xuất nguồn gốc sản phẩm; thời gian: năm 2025.")

    para("5. Liên minh Hợp tác xã tỉnh", style="Heading 2")
    para("Tư vấn thành lập mới hợp tác xã; ưu tiên cho vay từ Quỹ Hỗ trợ phát triển hợp tác xã tỉnh đối với "
         "hợp tác xã đầu tư máy móc, thiết bị sơ chế, bảo quản trái cây.")

    para("6. Ủy ban nhân dân các huyện, thành phố", style="Heading 2")
    para("- Chỉ đạo Ủy ban nhân dân các xã rà soát quỹ đất, vận động hộ dân tham gia hợp tác xã, liên kết sản "
         "xuất theo vùng; thực hiện thường xuyên.")
    para("- Báo cáo kết quả thực hiện về Sở Nông nghiệp và Môi trường trước ngày 05/12/2025.")

    para("IV. TỔ CHỨC THỰC HIỆN", style="Heading 1")
    para("Sở Nông nghiệp và Môi trường là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; "
         "tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2025. Trong quá trình thực hiện, nếu có khó "
         "khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Sở Nông nghiệp và Môi trường để tổng hợp, "
         "báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết./.")

    sign = doc.add_table(rows=1, cols=2)
    set_borders(sign, "nil")
    left = sign.cell(0, 0)
    lines = ["Nơi nhận:", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành;",
             "- UBND các huyện, thành phố;", "- Liên minh HTX tỉnh;", "- Lưu: VT, KT."]
    for i, line in enumerate(lines):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        run = p.add_run(line)
        run.bold = i == 0
        run.italic = i == 0
        run.font.size = Pt(11)
    cell_lines(sign.cell(0, 1), ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Cầm Văn Thưởng"],
               bold=(0, 1, 2, 6))

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para("PHỤ LỤC", bold=True, center=True)
    para("DANH MỤC NHIỆM VỤ ƯU TIÊN NĂM 2025", bold=True, center=True)
    p = para("(Kèm theo Kế hoạch số 97/KH-UBND ngày 10/4/2025 của Ủy ban nhân dân tỉnh Sơn La)", center=True)
    p.runs[0].italic = True

    groups = [
        ("Tổ chức sản xuất", [
            ("1", "Thành lập mới hợp tác xã trồng xoài, nhãn, mận tại các huyện Yên Châu, Mai Sơn, Mộc Châu",
             ["UBND các huyện Yên Châu, Mai Sơn, Mộc Châu"], "Sở Tài chính; Liên minh Hợp tác xã tỉnh", "Năm 2025"),
            ("2", "Xây dựng 10 vùng trồng cây ăn quả đạt tiêu chuẩn GlobalGAP do hợp tác xã làm chủ",
             ["Sở Nông nghiệp và Môi trường"], "UBND các huyện", "Quý III/2025"),
            ("3", "Hỗ trợ hợp tác xã đầu tư kho lạnh, nhà sơ chế, đóng gói",
             [("Sở ", None), ("Kế hoạch và Đầu tư", "del"), ("Tài chính", "ins")], "Sở Nông nghiệp và Môi trường",
             "Quý IV/2025"),
        ]),
        ("Chế biến, tiêu thụ", [
            ("4", "Kết nối hợp tác xã với doanh nghiệp chế biến, xuất khẩu xoài, nhãn sấy",
             ["Sở Công Thương"], "Sở Nông nghiệp và Môi trường; Liên minh Hợp tác xã tỉnh", "Tháng 5 - tháng 8/2025"),
            ("5", "Tổ chức Tuần hàng trái cây, nông sản Sơn La tại thành phố Hà Nội",
             ["Sở Công Thương"], "UBND các huyện; các hợp tác xã", "Tháng 6/2025"),
        ]),
        ("Truy xuất nguồn gốc, chuyển đổi số", [
            ("6", "Cấp mã QR truy xuất nguồn gốc cho sản phẩm cây ăn quả của hợp tác xã",
             ["Sở Khoa học và Công nghệ"], "Sở Nông nghiệp và Môi trường", "Năm 2025"),
            ("7", "Tập huấn bán hàng trên sàn thương mại điện tử cho hợp tác xã",
             ["Liên minh Hợp tác xã tỉnh"], "Sở Công Thương; Viettel Sơn La", "Quý II - Quý III/2025"),
        ]),
    ]
    n_rows = 1 + sum(len(rows) for _, rows in groups)
    table = doc.add_table(rows=n_rows, cols=6)
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, title in enumerate(["Nhóm nhiệm vụ", "TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                               "Thời gian hoàn thành"]):
        run = table.cell(0, i).paragraphs[0].add_run(title)
        run.bold = True
    r = 1
    for title, rows in groups:
        first = r
        for tt, task, lead, coop, when in rows:
            table.cell(r, 1).paragraphs[0].add_run(tt)
            table.cell(r, 2).paragraphs[0].add_run(task)
            lead_p = table.cell(r, 3).paragraphs[0]
            for piece in lead:
                if isinstance(piece, str):
                    lead_p.add_run(piece)
                elif piece[1] == "del":
                    rev.delete(lead_p, piece[0])
                elif piece[1] == "ins":
                    rev.insert(lead_p, piece[0])
                else:
                    lead_p.add_run(piece[0])
            table.cell(r, 4).paragraphs[0].add_run(coop)
            table.cell(r, 5).paragraphs[0].add_run(when)
            r += 1
        merged = table.cell(first, 0).merge(table.cell(r - 1, 0))
        merged.paragraphs[0].add_run(title).bold = True

    settings = doc.settings.element  # schema order: trackRevisions before defaultTabStop
    settings.find(qn("w:defaultTabStop")).addprevious(OxmlElement("w:trackRevisions"))

    return saved(doc, author="Phòng Kinh tế ngành", editor=AUTHOR, title="Kế hoạch 97/KH-UBND",
                 created=datetime(2025, 4, 3, 8, 0, 0), modified=datetime(2025, 4, 8, 9, 30, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
