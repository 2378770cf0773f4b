"""Write a_khanh-hoa_27-KH-HTH-2026_tinh-nguyen-vien-so-htx-bieu-mau.docx, the two-hundred-and-seventh held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen207/make_docx.py [OUT]

A provincial IT association's plan (August 2026) sending member volunteers to cooperatives for e-invoices, accounting
software, QR traceability, small web shops and safe use of the Internet. I. purposes (prose), II. a small table of the
two waves (Đợt 1, Đợt 2) with their dates (no work), III. ONE bordered table Việc | Đầu mối | Cùng làm | Mốc | Biểu
mẫu whose last column holds Word INTERNAL HYPERLINKS ("BM-01" …) to BOOKMARKED forms in the appendix; two rows' times
are a wave's name; IV. two numbered paragraphs; the closing sentence; the signature beside "Nơi nhận"; then the
appendix of forms, whose instruction lines are no work of the plan.

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_khanh-hoa_27-KH-HTH-2026_tinh-nguyen-vien-so-htx-bieu-mau.docx"

OPENING = [
    ("Thực hiện Nghị quyết Đại hội Hội Tin học tỉnh nhiệm kỳ 2025 - 2030 về đưa hội viên tham gia chuyển đổi số ở cơ "
     "sở; qua khảo sát tháng 6/2026, trong 58 hợp tác xã ở các xã ven biển và vùng núi của tỉnh còn 23 hợp tác xã "
     "chưa dùng hóa đơn điện tử khởi tạo từ máy tính tiền, 31 hợp tác xã vẫn ghi sổ kế toán bằng tay. Ban Thường vụ "
     "Hội ban hành Kế hoạch tình nguyện viên số đồng hành với hợp tác xã như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Mỗi hợp tác xã đăng ký tham gia có ít nhất 01 tình nguyện viên của Hội theo kèm trong 03 tháng; không thu "
     "tiền công, hợp tác xã chỉ tự trả chi phí thuê bao phần mềm nếu có.", "p"),
    ("2. Đến hết đợt 2, ít nhất 40 hợp tác xã dùng hóa đơn điện tử và phần mềm kế toán; 25 sản phẩm của hợp tác xã có "
     "tem truy xuất mã QR.", "p"),
    ("II. CÁC ĐỢT TRIỂN KHAI", "h"),
]

WAVE_COLUMNS = ["Đợt", "Thời gian", "Địa bàn", "Số HTX dự kiến"]
WAVE_WIDTHS = [Cm(2.0), Cm(5.0), Cm(6.0), Cm(3.0)]
WAVES = [
    ("Đợt 1", "07/9 - 06/12/2026", "Các xã, phường ven biển từ Vạn Ninh đến Cà Ná", "24"),
    ("Đợt 2", "01/3 - 31/5/2027", "Các xã vùng núi Khánh Sơn, Khánh Vĩnh, Bác Ái", "20"),
]

BEFORE_TABLE = [
    ("III. PHÂN CÔNG CÔNG VIỆC", "h"),
    ("Cột \u201cBiểu mẫu\u201d dẫn tới mẫu phiếu ở Phụ lục kèm theo (bấm vào mã để mở). Mốc ghi tên đợt là làm trong "
     "suốt đợt đó theo mục II.", "p"),
]

COLUMNS = ["TT", "Việc", "Đầu mối", "Cùng làm", "Mốc", "Biểu mẫu"]
WIDTHS = [Cm(0.9), Cm(6.3), Cm(2.6), Cm(2.8), Cm(2.2), Cm(1.6)]
ROWS = [
    ("1", "Thông báo tuyển tình nguyện viên trong hội viên cá nhân và doanh nghiệp hội viên; lập danh sách, ghép "
          "mỗi người với 01 - 02 hợp tác xã gần nơi ở", "Văn phòng Hội", "Câu lạc bộ Tin học trẻ",
     "Trước 28/8/2026", "BM-02"),
    ("2", "Gửi phiếu khảo sát hiện trạng số tới các hợp tác xã qua Liên minh, tổng hợp nhu cầu từng hợp tác xã",
     "Ban Chuyên môn", "Liên minh Hợp tác xã tỉnh", "Trước 04/9/2026", "BM-01"),
    ("3", "Soạn bộ tài liệu cầm tay 12 trang (hóa đơn điện tử, sổ kế toán trên phần mềm, an toàn tài khoản ngân "
          "hàng) bằng tiếng Việt, có bản tóm tắt tiếng Raglai", "Ban Chuyên môn", "Chi hội Giảng viên CNTT",
     "Trước 04/9/2026", ""),
    ("4", "Cài đặt, hướng dẫn xuất hóa đơn điện tử khởi tạo từ máy tính tiền tại hợp tác xã; ghi biên bản bàn giao "
          "tài khoản cho chủ nhiệm hợp tác xã", "Tổ tình nguyện viên các xã", "Thuế cơ sở 3 tỉnh Khánh Hòa",
     "Đợt 1", "BM-03"),
    ("5", "Chuyển sổ sách của hợp tác xã sang phần mềm kế toán miễn phí 12 tháng do doanh nghiệp hội viên tài trợ; "
          "kèm kế toán hợp tác xã lập báo cáo tài chính năm 2026 trên phần mềm",
     "Chi hội Doanh nghiệp phần mềm", "Liên minh Hợp tác xã tỉnh", "Đợt 1", "BM-03"),
    ("6", "Tạo tem mã QR truy xuất cho nước mắm, yến sào, xoài, nho của hợp tác xã; nhập nhật ký sản xuất lên hệ "
          "thống truy xuất của tỉnh", "Câu lạc bộ Tin học trẻ", "Sở Khoa học và Công nghệ",
     "30/11/2026", ""),
    ("7", "Mở gian hàng trên sàn thương mại điện tử và trang giới thiệu sản phẩm cho 15 hợp tác xã có sản phẩm OCOP",
     "Chi hội Doanh nghiệp phần mềm", "Sở Công Thương", "Trước Tết Đinh Mùi", ""),
    ("8", "Tập huấn nhận biết lừa đảo qua mạng, giữ mật khẩu tài khoản ngân hàng cho thành viên hợp tác xã vùng núi",
     "Chi hội Giảng viên CNTT", "Công an tỉnh", "Đợt 2", ""),
    ("9", "Thu phiếu đánh giá của hợp tác xã sau mỗi đợt; sơ kết đợt 1, đề xuất điều chỉnh cách làm cho đợt 2",
     "Ban Chuyên môn", "", "Trước 20/12/2026", "BM-04"),
    ("10", "Tổng kết, đề nghị Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh khen thưởng tình nguyện viên tiêu biểu",
     "Văn phòng Hội", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Tháng 6/2027", ""),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Các chi hội, câu lạc bộ cử người phụ trách theo dõi tình nguyện viên của mình; báo cáo nhanh về Văn phòng "
     "Hội vào thứ Sáu cuối mỗi tháng trong thời gian của đợt.", "p"),
    ("2. Đề nghị Liên minh Hợp tác xã tỉnh bố trí kinh phí đi lại cho tình nguyện viên lên các xã vùng núi trong đợt "
     "2 từ nguồn hỗ trợ hợp tác xã năm 2027.", "p"),
    ("Trên đây là Kế hoạch tình nguyện viên số đồng hành với hợp tác xã năm 2026 - 2027 của Hội Tin học tỉnh Khánh "
     "Hòa; các chi hội, câu lạc bộ và hội viên tích cực tham gia./.", "p"),
]

# (bookmark, title, lines)
FORMS = [
    ("BM_01", "BM-01. PHIẾU KHẢO SÁT HIỆN TRẠNG SỐ CỦA HỢP TÁC XÃ",
     ["Tên hợp tác xã: ……………………  Xã/phường: ……………………",
      "Đánh dấu vào ô phù hợp: □ Đã có hóa đơn điện tử   □ Có máy tính   □ Có mạng Internet   □ Có kế toán riêng",
      "Nhu cầu cần giúp (ghi rõ): ……………………………………………",
      "Gửi lại phiếu cho cán bộ Liên minh phụ trách địa bàn trong 05 ngày."]),
    ("BM_02", "BM-02. PHIẾU ĐĂNG KÝ TÌNH NGUYỆN VIÊN",
     ["Họ và tên: ……………………  Điện thoại: ……………………",
      "Chi hội/Câu lạc bộ: ……………………  Kỹ năng: □ Hóa đơn □ Kế toán □ Web □ An toàn thông tin",
      "Tôi cam kết giữ bí mật số liệu của hợp tác xã được giao kèm."]),
    ("BM_03", "BM-03. BIÊN BẢN BÀN GIAO TÀI KHOẢN VÀ PHẦN MỀM",
     ["Bên giao (tình nguyện viên): ……………………  Bên nhận (hợp tác xã): ……………………",
      "Tài khoản đã bàn giao: ……………………  Mật khẩu đã được bên nhận đổi lại: □ Có □ Chưa",
      "Hai bên ký, mỗi bên giữ một bản."]),
    ("BM_04", "BM-04. PHIẾU ĐÁNH GIÁ CỦA HỢP TÁC XÃ",
     ["Mức hài lòng: □ Rất hài lòng □ Hài lòng □ Chưa hài lòng",
      "Việc còn cần hỗ trợ tiếp: ……………………………………………"]),
]

_ids = iter(range(1, 100))


def add_hyperlink(paragraph, text: str, anchor: str) -> None:
    """``text`` as an internal hyperlink of ``paragraph`` to the bookmark ``anchor`` (blue, underlined)."""
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "0563C1")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    rpr.append(color)
    rpr.append(underline)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def bookmarked(paragraph, name: str) -> None:
    """A bookmark ``name`` around the whole of ``paragraph``."""
    n = str(next(_ids))
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), n)
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), n)
    ppr = paragraph._p.pPr
    if ppr is not None:
        ppr.addnext(start)
    else:
        paragraph._p.insert(0, start)
    paragraph._p.append(end)


def bordered(doc, columns, widths, rows, center_columns, link_column=None):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [columns, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            elif i == link_column:
                p = cell.paragraphs[0]
                p.alignment = 1
                if value:
                    add_hyperlink(p, value, value.replace("-", "_"))
            else:
                cell_lines(cell, [value], center=i in center_columns)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["LIÊN HIỆP CÁC HỘI KH&KT TỈNH KHÁNH HÒA", "HỘI TIN HỌC TỈNH KHÁNH HÒA"],
                 "Số: 27/KH-HTH", "Nha Trang, ngày 14 tháng 8 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tình nguyện viên số đồng hành cùng hợp tác xã năm 2026 - 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, WAVE_COLUMNS, WAVE_WIDTHS, WAVES, center_columns=(0, 1, 3))
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0, 4), link_column=5)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Liên hiệp các Hội KH&KT tỉnh (b/c);", "- Liên minh HTX tỉnh;",
                          "- Sở Khoa học và Công nghệ;", "- Các chi hội, câu lạc bộ trực thuộc;",
                          "- Lưu: VP Hội."],
                    ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "", "Trương Công Vĩnh"])
    para(doc)
    para(doc, "PHỤ LỤC: CÁC MẪU PHIẾU", bold=True, center=True)
    para(doc, "(Kèm theo Kế hoạch số 27/KH-HTH ngày 14/8/2026 của Hội Tin học tỉnh Khánh Hòa)", italic=True,
         center=True)
    for name, title, lines in FORMS:
        bookmarked(para(doc, title, bold=True), name)
        for line in lines:
            para(doc, line)
    return saved(doc, author="Ban Chuyên môn", editor="Văn phòng Hội",
                 title="Kế hoạch 27/KH-HTH", created=datetime(2026, 8, 10, 9, 0, 0),
                 modified=datetime(2026, 8, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
