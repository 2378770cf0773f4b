"""Write a_hung-yen_203-KH-UBND-2026_phu-luc-thoi-han-truoc-chu-tri.docx, the fifteenth held-out set's Word file, byte
for byte.

    .venv/bin/python benchmarks/corpus/unseen15/make_docx.py [OUT]

An ordinary provincial plan (October 2026, after Hưng Yên and Thái Bình were merged): I. targets, II. one paragraph
sending the reader to the appendix, III. funding, IV. numbered paragraphs naming their doers (five tasks and a class's
closing duty), the signature beside "Nơi nhận"; then a PAGE BREAK (no new section) and the appendix: "Phụ lục", its
title, "(Kèm theo Kế hoạch số …)" and one bordered table whose columns come in the order the drafting office used:
STT | Nhiệm vụ | Thời gian hoàn thành | Cơ quan chủ trì | Cơ quan phối hợp | Ghi chú — the time BEFORE the lead, and a
notes column that says where a task comes from, never who or when. Groups are numbered 1, 2, 3 with their tasks 1.1,
1.2, …; a group row keeps its number in the STT cell and its title merged across the other five (w:gridSpan).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_hung-yen_203-KH-UBND-2026_phu-luc-thoi-han-truoc-chu-tri.docx"

COLUMNS = ("STT", "Nhiệm vụ", "Thời gian hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp", "Ghi chú")

# the appendix: a group row is (number, title); a task row has the six cells in the order of COLUMNS
ROWS = [
    ("1", "CỦNG CỐ, PHÁT TRIỂN HỢP TÁC XÃ"),
    ("1.1", "Rà soát, sắp xếp lại các hợp tác xã nông nghiệp ở các xã thuộc tỉnh Thái Bình cũ; hướng dẫn giải thể "
            "những hợp tác xã chỉ còn tên trên giấy", "Quý II/2027", "Sở Nông nghiệp và Môi trường",
     "Sở Tài chính; Ủy ban nhân dân các xã, phường", "Chuyển tiếp từ Kế hoạch năm 2026"),
    ("1.2", "Hỗ trợ thành lập mới hợp tác xã, tổ hợp tác trồng nhãn, vải, chuối và nuôi trồng thủy sản ven biển",
     "Năm 2027", "Ủy ban nhân dân các xã, phường", "Liên minh Hợp tác xã tỉnh", ""),
    ("1.3", "Tư vấn hợp tác xã áp dụng chế độ kế toán mới, lập báo cáo tài chính và công khai thông tin với thành viên",
     "Quý III/2027", "Liên minh Hợp tác xã tỉnh", "Sở Tài chính", ""),
    ("2", "KHOA HỌC, CÔNG NGHỆ VÀ THỊ TRƯỜNG"),
    ("2.1", "Hỗ trợ hợp tác xã dùng nhật ký sản xuất điện tử, tem truy xuất nguồn gốc cho nhãn, chuối và thủy sản",
     "Tháng 10/2027", "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường",
     "Lồng ghép Chương trình chuyển đổi số của tỉnh"),
    ("2.2", "Tổ chức Tuần lễ nhãn lồng Hưng Yên và nông sản của hợp tác xã, mời các nhà phân phối tham gia",
     "Tháng 7/2027", "Sở Công Thương", "Liên minh Hợp tác xã tỉnh; Ủy ban nhân dân các xã, phường", ""),
    ("3", "NGUỒN LỰC"),
    ("3.1", "Tham mưu bố trí dự toán ngân sách tỉnh năm 2027 để thực hiện chính sách hỗ trợ hợp tác xã",
     "Trước 15/12/2026", "Sở Tài chính", "Sở Nông nghiệp và Môi trường", ""),
    ("3.2", "Cho vay hợp tác xã, thành viên hợp tác xã đầu tư nhà lưới, kho lạnh, máy sấy nông sản", "Hằng năm",
     "Ngân hàng Chính sách xã hội chi nhánh tỉnh Hưng Yên", "Ủy ban nhân dân các xã, phường", ""),
]

BODY = [
    ("I. MỤC TIÊU", True),
    ("1. Năm 2027 thành lập mới ít nhất 60 hợp tác xã và 120 tổ hợp tác; doanh thu bình quân của một hợp tác xã tăng "
     "8% so với năm 2026.", False),
    ("2. Trên 70% hợp tác xã xếp loại hoạt động tốt, khá; toàn bộ hợp tác xã nông nghiệp ở các xã thuộc tỉnh Thái "
     "Bình cũ được rà soát, sắp xếp lại.", False),
    ("II. NHIỆM VỤ CỤ THỂ", True),
    ("Các nhiệm vụ cụ thể, thời gian hoàn thành, cơ quan chủ trì và cơ quan phối hợp được liệt kê tại Phụ lục đính "
     "kèm.", False),
    ("III. KINH PHÍ", True),
    ("Kinh phí thực hiện từ ngân sách tỉnh, ngân sách xã theo phân cấp, nguồn vốn các chương trình mục tiêu quốc gia "
     "và nguồn vốn hợp pháp của hợp tác xã.", False),
    ("IV. TỔ CHỨC THỰC HIỆN", True),
    ("1. Sở Tài chính giúp Ủy ban nhân dân tỉnh theo dõi việc thực hiện Kế hoạch; sáu tháng một lần tổng hợp tiến độ "
     "các nhiệm vụ tại Phụ lục, báo cáo Ủy ban nhân dân tỉnh, lần cuối trước ngày 20/12/2027.", False),
    ("2. Sở Nông nghiệp và Môi trường hướng dẫn các hợp tác xã ở vùng bãi ven sông Hồng, sông Luộc chuyển đổi cơ cấu "
     "cây trồng, liên kết sản xuất theo chuỗi; hoàn thành trong quý II/2027.", False),
    ("3. Sở Nội vụ chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh đề xuất chính sách thu hút người trẻ tốt nghiệp "
     "đại học về làm việc tại hợp tác xã; trình Ủy ban nhân dân tỉnh trong quý I/2027.", False),
    ("4. Đề nghị Liên minh Hợp tác xã tỉnh phối hợp với Tỉnh đoàn tổ chức Diễn đàn hợp tác xã trẻ tỉnh Hưng Yên năm "
     "2027; thời gian tháng 8/2027.", False),
    ("5. Ủy ban nhân dân các xã, phường căn cứ Kế hoạch này ban hành kế hoạch năm 2027 về hợp tác xã, tổ hợp tác của "
     "địa phương mình, gửi Sở Tài chính trước ngày 31/01/2027.", False),
    ("6. Thủ trưởng các sở, ban, ngành được giao nhiệm vụ tại Phụ lục bố trí cán bộ theo dõi, bảo đảm hoàn thành đúng "
     "thời hạn; khó khăn vượt thẩm quyền kịp thời báo cáo Ủy ban nhân dân tỉnh (qua Sở Tài chính)./.", False),
]


def group_row(row, number: str, title: str) -> None:
    """A group row: its number in the STT cell, its title (bold) in one cell merged across the other five columns."""
    cells = row.cells
    cell_lines(cells[0], [number], bold=(0,))
    merged = cells[1].merge(cells[-1])
    cell_lines(merged, [title], bold=(0,), center=False)


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"], "Số: 203/KH-UBND", "Hưng Yên, ngày 12 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phát triển kinh tế tập thể, hợp tác xã tỉnh Hưng Yên năm 2027", bold=True, center=True)
    para(doc, "Thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 về kinh tế tập thể và Luật Hợp tác xã năm 2023, Ủy ban "
              "nhân dân tỉnh Hưng Yên ban hành Kế hoạch phát triển kinh tế tập thể, hợp tác xã năm 2027 với các nội "
              "dung sau:")
    for text, bold in BODY:
        para(doc, text, bold=bold)
    signature_table(doc, ["Nơi nhận:", "- Bộ Tài chính (để báo cáo);", "- Thường trực Tỉnh ủy, HĐND tỉnh;",
                          "- Lãnh đạo UBND tỉnh;", "- Các sở: TC, NNMT, NV, KHCN, CT;", "- Liên minh HTX tỉnh;",
                          "- NHCSXH chi nhánh tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, KT."],
                    ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Trịnh Quang Vĩnh"])

    para(doc).add_run().add_break(WD_BREAK.PAGE)
    para(doc, "Phụ lục", bold=True, center=True)
    para(doc, "NHIỆM VỤ PHÁT TRIỂN KINH TẾ TẬP THỂ, HỢP TÁC XÃ NĂM 2027", bold=True, center=True)
    para(doc, "(Kèm theo Kế hoạch số 203/KH-UBND ngày 12/10/2026 của Ủy ban nhân dân tỉnh Hưng Yên)", italic=True,
         center=True)

    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for cell, title in zip(table.rows[0].cells, COLUMNS):
        cell_lines(cell, [title], bold=(0,))
    widths = (Cm(1.1), Cm(5.2), Cm(2.2), Cm(2.6), Cm(2.6), Cm(2.3))
    for row, values in zip(table.rows[1:], ROWS):
        for cell, width in zip(row.cells, widths):
            cell.width = width
        if len(values) == 2:
            group_row(row, *values)
            continue
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell_lines(cell, [value] if value else [""], center=i != 1)
    for cell, width in zip(table.rows[0].cells, widths):
        cell.width = width
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)

    return saved(doc, author="Sở Tài chính Hưng Yên", editor="Văn thư UBND tỉnh Hưng Yên", title="Kế hoạch 203/KH-UBND",
                 created=datetime(2026, 10, 2, 8, 30, 0), modified=datetime(2026, 10, 12, 16, 15, 0), revision=6)


if __name__ == "__main__":
    write(build, OUT)
