"""Write a_ninh-binh_27-KH-XT-2026_moc-len-gia-cong-htx-xuan-he-2027.docx, the two-hundred-and-thirty-ninth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen239/make_docx.py [OUT]

A crochet-goods exporter's plan (October 2026) for putting out the crochet toys and bags of its spring-summer 2027
export orders to women's cooperatives and cooperative groups: I. targets; II. a facts table of the units that take
the work (no work); III. a note, then one bordered table TT | Việc | Bộ phận làm | Hỗ trợ | Hạn whose dates are
printed as the company's order sheet prints them, EXCEL'S ENGLISH SHORT DATES "dd-mmm-yy" ("23-Oct-26",
"04-Jan-27", "từ 02-Nov-26 đến 29-Jan-27"), one row weekly; IV. the cooperatives' own duty; a closing sentence; the
signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_ninh-binh_27-KH-XT-2026_moc-len-gia-cong-htx-xuan-he-2027.docx"

OPENING = [
    ("Năm 2026 Công ty giao móc gia công 212.000 sản phẩm thú bông móc và túi móc len cho các hợp tác xã, tổ hợp tác "
     "ở các xã ven biển; 6,5% số sản phẩm phải móc lại vì sai kích thước hoặc khâu mắt không chắc. Để giao đủ, đúng "
     "hạn các đơn hàng mùa Xuân - Hè 2027 của khách hàng châu Âu và Nhật Bản, Công ty lập Kế hoạch này.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Giao móc gia công khoảng 240.000 sản phẩm cho 04 đơn vị, trả tiền công cho hơn 900 thợ, phần lớn là phụ nữ "
     "làm tại nhà.", "p"),
    ("- Tỷ lệ sản phẩm phải móc lại dưới 3%; không có lô hàng nào giao chậm so với ngày tàu chạy.", "p"),
    ("II. CÁC ĐƠN VỊ NHẬN GIA CÔNG", "h"),
]

UNIT_COLUMNS = ["Đơn vị", "Xã", "Số thợ", "Mặt hàng nhận"]
UNIT_WIDTHS = [Cm(5.6), Cm(2.8), Cm(1.8), Cm(5.8)]
UNITS = [
    ("HTX Thủ công Xuân Ninh", "Xuân Trường", "310", "Thú bông móc cỡ nhỏ, móc khóa"),
    ("HTX Dịch vụ nông nghiệp và ngành nghề Hải Anh", "Hải Anh", "270", "Túi móc len, giỏ đựng đồ"),
    ("THT móc len thôn Trà Thượng", "Giao Phong", "180", "Thú bông móc cỡ lớn"),
    ("THT móc len Quất Lâm", "Quất Lâm", "150", "Mũ, khăn móc cho trẻ em"),
]

BEFORE_TABLE = [
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
    ("Ghi chú: cột “Hạn” để nguyên như bảng theo dõi đơn hàng của Công ty in ra: ngày - tên tháng viết tắt tiếng Anh "
     "- hai số cuối của năm (Oct là tháng 10, Nov tháng 11, Dec tháng 12, Jan tháng 01, Feb tháng 02); ví dụ "
     "04-Jan-27 là ngày 04/01/2027.", "p"),
]

COLUMNS = ["TT", "Việc", "Bộ phận làm", "Hỗ trợ", "Hạn"]
WIDTHS = [Cm(0.9), Cm(7.2), Cm(2.8), Cm(2.9), Cm(2.2)]
ROWS = [
    ("1", "Chốt với khách hàng 06 mẫu thú bông móc và túi móc mới; lập bảng định mức len, kim móc, bông nhồi cho "
          "từng mẫu", "Phòng Mẫu", "Phòng Kinh doanh xuất khẩu", "23-Oct-26"),
    ("2", "Ký hợp đồng gia công vụ Xuân - Hè 2027 với từng HTX, THT: số lượng, đơn giá từng mẫu, hạn giao từng đợt",
     "Phòng Kinh doanh xuất khẩu", "Phòng Tài chính - Kế toán", "30-Oct-26"),
    ("3", "Mở lớp dạy móc 06 mẫu mới cho tổ trưởng và thợ giỏi của các đơn vị tại xưởng mẫu của Công ty",
     "Phòng Mẫu", "HTX Thủ công Xuân Ninh", "06-Nov-26"),
    ("4", "Cấp len, kim móc, bông nhồi, mắt nhựa theo định mức cho các điểm nhận hàng", "Kho vật tư", "",
     "từ 02-Nov-26 đến 29-Jan-27"),
    ("5", "Cập nhật số sản phẩm đã móc xong của từng điểm lên bảng theo dõi đơn hàng",
     "Phòng Kinh doanh xuất khẩu", "Tổ trưởng các THT", "Thứ Sáu hằng tuần"),
    ("6", "Kiểm tra giữa kỳ tại các điểm gia công: đếm mũi, đo kích thước, giật thử mắt và mũi khâu theo tiêu chuẩn "
          "đồ chơi của khách", "Phòng Quản lý chất lượng", "Phòng Mẫu", "27-Nov-26"),
    ("7", "Nhận hàng đợt 1 tại kho Xuân Thủy, cân lại len thừa, trả sản phẩm lỗi về điểm gia công để móc lại",
     "Kho thành phẩm", "Phòng Quản lý chất lượng", "18-Dec-26"),
    ("8", "Chuyển tiền công đợt 1 vào tài khoản của HTX, THT", "Phòng Tài chính - Kế toán", "", "31-Dec-26"),
    ("9", "Đón đoàn đánh giá của khách hàng về xem điều kiện làm việc tại 02 điểm gia công (ánh sáng, giờ làm, không "
          "dùng lao động trẻ em)", "Phòng Kinh doanh xuất khẩu", "HTX Thủ công Xuân Ninh, THT móc len Trà Thượng",
     "15-Jan-27"),
    ("10", "Nhận hàng đợt 2, đóng thùng, đặt chỗ container cho lô hàng cuối", "Kho thành phẩm",
     "Phòng Kinh doanh xuất khẩu", "05-Feb-27"),
    ("11", "Trả khoản thưởng giao đúng hạn bằng 3% tiền công cho đơn vị không có lô hàng bị trả lại",
     "Phòng Tài chính - Kế toán", "Phòng Quản lý chất lượng", "26-Feb-27"),
]

AFTER = [
    ("IV. PHẦN VIỆC CỦA ĐƠN VỊ GIA CÔNG", "h"),
    ("Các HTX, THT nhận móc hàng gửi Phòng Kinh doanh xuất khẩu danh sách thợ nhận hàng, kèm số điện thoại của tổ "
     "trưởng từng thôn, trước ngày 28/10/2026; không giao lại hàng cho người ngoài danh sách.", "p"),
    ("Các phòng, kho căn cứ bảng phân công tại mục III chủ động làm; vướng mắc báo ngay Phó Giám đốc phụ trách sản "
     "xuất./.", "p"),
]


def bordered(doc, columns, widths, rows, center_columns):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [columns, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            elif value:
                cell_lines(cell, [value], center=i in center_columns)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "HÀNG MÓC LEN XUÂN THỦY"], "Số: 27/KH-XT",
                 "Xuân Trường, ngày 12 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Giao móc gia công hàng len cho các hợp tác xã, tổ hợp tác vụ đơn hàng Xuân - Hè 2027", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, UNIT_COLUMNS, UNIT_WIDTHS, UNITS, center_columns=(1, 2))
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h", italic=text.startswith("Ghi chú"))
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- 04 HTX, THT nhận gia công;",
                          "- Các phòng, kho (t/h);", "- Lưu: VT, P.KDXK."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Đoàn Thị Bích Hạnh"])
    return saved(doc, author="Phòng Kinh doanh xuất khẩu", editor="Văn thư Công ty",
                 title="Kế hoạch 27/KH-XT", created=datetime(2026, 10, 8, 14, 20, 0),
                 modified=datetime(2026, 10, 12, 10, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
