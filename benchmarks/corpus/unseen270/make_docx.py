"""Write a_ha-noi_58-KH-KMNQ-2026_kinh-mat-gong-sung-htx.docx, the two-hundred-and-seventieth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen270/make_docx.py [OUT]

An eyewear company's plan (July 2026) for ordering buffalo-horn frames and rattan glasses cases from cooperatives and
holding free eye checks for their members: an opening, I. purposes; II. a note, then ONE PAGE PER LEAD — each share
starts on a new page under a shaded one-cell banner "PHẦN GIAO CHO: <LEAD IN CAPITALS>", then a small bordered table
Số | Việc | Nhờ phối hợp | Giao trước that never names the lead (the numbers run on from page to page); III. a payment
duty and the closing sentence; the signature beside "Nơi nhận".

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
OUT = HERE / "a_ha-noi_58-KH-KMNQ-2026_kinh-mat-gong-sung-htx.docx"

OPENING = [
    ("Năm 2025 Công ty bán ra gần 41 nghìn gọng kính, toàn bộ gọng nhựa và gọng kim loại nhập khẩu. Khách hàng ở các "
     "cửa hàng phố cổ nhiều lần hỏi mua gọng làm từ vật liệu tự nhiên của làng nghề. Hội đồng quản trị đồng ý đưa dòng "
     "gọng sừng trâu và hộp kính mây đan của hợp tác xã vào bán từ mùa thu năm 2026, đồng thời Công ty đo mắt, tặng "
     "kính cho xã viên của các hợp tác xã cung ứng.", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("- Có nguồn gọng sừng làm tay ổn định về mẫu mã và chất lượng, bán dưới tên bộ sưu tập “Sừng Việt”.", "p"),
    ("- Hộp đựng kính bằng mây thay dần hộp nhựa; xã viên, người lao động của hợp tác xã được chăm sóc mắt.", "p"),
    ("II. GIAO VIỆC THEO BỘ PHẬN", "h"),
    ("Mỗi bộ phận nhận một trang riêng. Bộ phận ghi trên băng tiêu đề của trang chịu trách nhiệm chính mọi việc "
     "trong trang; cột “Nhờ phối hợp” ghi nơi cùng làm, để trống là bộ phận tự làm; số thứ tự việc đánh liên tục "
     "qua các trang.", "p"),
]

COLUMNS = ["Số", "Việc", "Nhờ phối hợp", "Giao trước"]
WIDTHS = [Cm(1.1), Cm(8.6), Cm(3.7), Cm(2.6)]

# (lead as printed on the banner, [(number, work, partners, time)])
PAGES = [
    ("PHÒNG MUA HÀNG", [
        ("01", "Khảo sát xưởng của HTX Sừng mỹ nghệ Thụy Ứng (xã Thường Tín), chọn 06 mẫu gọng sừng trâu nguyên khối "
               "và đặt làm thử 200 gọng", "Phòng Thiết kế sản phẩm", "15/8/2026"),
        ("02", "Ký hợp đồng đặt 1.500 gọng sừng cho bộ sưu tập thu đông, giữ nguyên đơn giá đến hết năm 2026",
         "Phòng Tài chính - Kế toán", "31/8/2026"),
        ("03", "Đặt HTX Mây tre đan Phú Vinh đan 3.000 hộp đựng kính bằng mây, lót vải nỉ, khắc tên Công ty trên nắp",
         "", "Tháng 9/2026"),
    ]),
    ("XƯỞNG LẮP RÁP KÍNH", [
        ("04", "Kiểm từng lô gọng nhận về: độ cong càng, độ bóng, khớp bản lề; lô có trên 3% gọng lỗi thì trả lại "
               "hợp tác xã làm bù", "HTX Sừng mỹ nghệ Thụy Ứng", "Mỗi lần nhận hàng"),
        ("05", "Hướng dẫn thợ hợp tác xã khoan lỗ bản lề theo dưỡng mẫu của Xưởng để gọng lắp tròng được ngay",
         "Phòng Thiết kế sản phẩm", "30/9/2026"),
    ]),
    ("TRUNG TÂM ĐO KHÁM MẮT", [
        ("06", "Tổ chức 04 buổi đo thị lực, khám mắt miễn phí cho xã viên và người lao động của hai hợp tác xã tại "
               "nhà văn hóa thôn", "Phòng Marketing\nTrạm Y tế xã Thường Tín", "Tháng 10/2026"),
        ("07", "Cắt và tặng kính cho người được khám có tật khúc xạ từ 1,0 độ trở lên, gửi kính về tận hợp tác xã",
         "Xưởng Lắp ráp kính", "15 ngày sau mỗi buổi khám"),
        ("08", "Lập danh sách người bị đục thủy tinh thể qua các buổi khám, gửi Trạm Y tế xã để giới thiệu lên tuyến "
               "trên", "", "15/11/2026"),
    ]),
    ("PHÒNG MARKETING", [
        ("09", "Chụp ảnh, quay phim nghệ nhân hợp tác xã làm gọng để in lên thẻ bảo hành và đăng trên trang bán hàng",
         "HTX Sừng mỹ nghệ Thụy Ứng", "20/9/2026"),
        ("10", "Ra mắt bộ sưu tập “Sừng Việt” tại 12 cửa hàng, mời đại diện hai hợp tác xã dự và bày hàng mẫu",
         "Phòng Mua hàng\nXưởng Lắp ráp kính", "Quý IV/2026"),
    ]),
]

AFTER = [
    ("III. THANH TOÁN VÀ THEO DÕI", "h"),
    ("1. Phòng Tài chính - Kế toán chuyển khoản tiền gọng, tiền hộp cho từng hợp tác xã trong 10 ngày làm việc "
     "kể từ khi nhận đủ hóa đơn và biên bản giao nhận từng lô.", "p"),
    ("2. Trưởng các bộ phận làm theo trang việc của mình; việc gì chưa rõ hỏi thẳng Phó Tổng Giám đốc phụ trách kỹ "
     "thuật./.", "p"),
]


def shade(cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "KÍNH MẮT NHẬT QUANG"], "Số: 58/KH-KMNQ",
                 "Hà Nội, ngày 14 tháng 7 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Đặt gọng sừng, hộp kính của hợp tác xã và khám mắt cho xã viên năm 2026", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    for lead, rows in PAGES:
        page_break(doc)
        banner = doc.add_table(rows=1, cols=1)
        set_borders(banner, "single")
        cell_lines(banner.cell(0, 0), [f"PHẦN GIAO CHO: {lead}"], bold=(0,))
        shade(banner.cell(0, 0), "D9D9D9")
        para(doc)
        table = doc.add_table(rows=1 + len(rows), cols=len(COLUMNS))
        set_borders(table, "single")
        for n, (row, values) in enumerate(zip(table.rows, [COLUMNS, *rows])):
            for i, (cell, value) in enumerate(zip(row.cells, values)):
                cell.width = WIDTHS[i]
                if n == 0:
                    cell_lines(cell, [value], bold=(0,))
                elif value:
                    cell_lines(cell, value.split("\n"), center=i in (0, 3))
    para(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản trị (b/c);", "- HTX Sừng mỹ nghệ Thụy Ứng;",
                          "- HTX Mây tre đan Phú Vinh;", "- Các phòng, xưởng, trung tâm;", "- Lưu: VT, MH."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "Lưu Đình Khải"])
    return saved(doc, author="Phòng Mua hàng", editor="Văn thư Công ty",
                 title="Kế hoạch 58/KH-KMNQ", created=datetime(2026, 7, 9, 9, 10, 0),
                 modified=datetime(2026, 7, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
