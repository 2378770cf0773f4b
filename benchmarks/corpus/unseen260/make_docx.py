"""Write a_hue_42-KH-MLF-2026_thoi-trang-dat-vai-det-tay-htx.docx, the two-hundred-and-sixtieth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen260/make_docx.py [OUT]

A fashion brand's plan (October 2026) for ordering hand-woven zèng cloth and hand embroidery from a weaving
cooperative and an embroidery tổ hợp tác for its Spring-Summer 2027 collection: an opening, I. targets; II. a note, then
one bordered table Đầu việc | Team chính | Team hỗ trợ | Chốt whose leads are the company's "Team …" with the person
in charge on a second, grey italic line, partners joined by " + ", and times written as the shop floor writes them:
dates with dots ("24.10.2026"), retail WEEK NUMBERS with their days ("W46/2026 (09–15.11)"), "Tháng 12.2026",
"Mỗi thứ Hai", "Khi HTX báo xong lô"; III. the cooperatives' own duty; the closing sentence; the signature beside
"Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.shared import Cm, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_hue_42-KH-MLF-2026_thoi-trang-dat-vai-det-tay-htx.docx"
GREY = RGBColor(0x70, 0x70, 0x70)

OPENING = [
    ("Mộc Lam bán quần áo may sẵn tại năm cửa hàng ở Huế, Đà Nẵng và trên trang bán hàng của Công ty. Khách hỏi mua "
     "hàng dệt tay ngày càng nhiều, nhưng hai mùa vừa qua Công ty chỉ mua được vải zèng lẻ tẻ qua người quen, màu "
     "không đều giữa các lần giao. Hội đồng quản trị đồng ý đặt hàng trực tiếp với hợp tác xã dệt và tổ hợp tác thêu "
     "cho bộ sưu tập Xuân Hè 2027; Tổng Giám đốc ban hành Kế hoạch này.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("1. Bộ sưu tập Xuân Hè 2027 có 40 mẫu, trong đó ít nhất 24 mẫu dùng vải zèng dệt tay hoặc chi tiết thêu tay của "
     "hợp tác xã.", "p"),
    ("2. Mỗi sản phẩm có thẻ treo ghi tên hợp tác xã, làng nghề làm ra; hợp tác xã được đặt cọc trước khi dệt.", "p"),
    ("II. ĐẦU VIỆC VÀ NGƯỜI CHỊU TRÁCH NHIỆM", "h"),
    ("Cột “Team chính” ghi team chịu trách nhiệm, dòng dưới là người phụ trách của team; cột “Team hỗ trợ” ghi team, "
     "đơn vị làm cùng (dấu “+” nối các bên, dấu “—” là không cần hỗ trợ). Ngày chốt ghi theo lịch của bộ phận bán lẻ: "
     "W là số tuần trong năm, trong ngoặc là các ngày của tuần đó.", "p"),
]

COLUMNS = ["Đầu việc", "Team chính", "Team hỗ trợ", "Chốt"]
WIDTHS = [Cm(7.4), Cm(3.4), Cm(3.4), Cm(2.6)]
# (work, lead, person, partners, time)
ROWS = [
    ("Chọn 06 mẫu hoa văn zèng cho bộ sưu tập, vẽ lại khổ vải và bảng màu, gửi hợp tác xã dệt thử",
     "Team Thiết kế", "chị Hồ Ngọc Lam", "Team Nguyên liệu", "24.10.2026"),
    ("Dệt thử mỗi mẫu 20 m vải tại HTX Dệt zèng Hồng Hạ, giặt thử hai lần, đo độ co và độ phai màu",
     "Team Nguyên liệu", "anh Trần Quốc Bảo", "HTX Dệt zèng Hồng Hạ", "W46/2026 (09–15.11)"),
    ("Ký đơn đặt hàng 1.800 m vải zèng và 2.400 chi tiết thêu tay; chuyển tiền đặt cọc 30% giá trị đơn",
     "Phòng Tài chính - Kế toán", "chị Phan Thị Hạnh", "Team Nguyên liệu", "30.11.2026"),
    ("Cắt may 40 mẫu chuẩn của bộ sưu tập, chụp ảnh lookbook tại xưởng dệt của hợp tác xã",
     "Team Sản xuất", "anh Lê Văn Toàn", "Team Thiết kế + Team Truyền thông", "W50/2026 (07–13.12)"),
    ("Hướng dẫn thợ của Tổ hợp tác thêu tay Thủy Thanh cách ghi mã lô, đóng gói chi tiết thêu chống ẩm",
     "Team Nguyên liệu", "anh Trần Quốc Bảo", "Tổ hợp tác thêu tay Thủy Thanh", "Tháng 12.2026"),
    ("Kiểm từng lô vải, chi tiết thêu nhận về (màu, khổ, lỗi dệt); lập biên bản trả lại phần không đạt",
     "Team Sản xuất", "chị Nguyễn Thị Lụa", "—", "Khi HTX báo xong lô"),
    ("In thẻ treo kể chuyện người dệt, người thêu (tên hợp tác xã, làng nghề, ảnh khung dệt) cho từng sản phẩm",
     "Team Truyền thông", "chị Đoàn Mai Khuê", "HTX Dệt zèng Hồng Hạ", "15.01.2027"),
    ("Ra mắt bộ sưu tập tại năm cửa hàng; mời đại diện hợp tác xã và tổ hợp tác dự buổi ra mắt ở Huế",
     "Team Cửa hàng", "anh Võ Minh Nhật", "Team Truyền thông", "W09/2027 (01–07.03)"),
    ("Gửi số bán hàng dệt tay của từng cửa hàng cho Team Nguyên liệu để đặt thêm vải kịp thời",
     "Team Cửa hàng", "anh Võ Minh Nhật", "—", "Mỗi thứ Hai"),
    ("Tổng kết mùa Xuân Hè 2027, chấm điểm hai bên cung ứng, chốt số lượng đặt cho mùa Thu Đông 2027",
     "Team Nguyên liệu", "anh Trần Quốc Bảo", "Phòng Tài chính - Kế toán + Team Thiết kế", "Quý II/2027"),
]

AFTER = [
    ("III. ĐỀ NGHỊ HỢP TÁC XÃ, TỔ HỢP TÁC", "h"),
    ("HTX Dệt zèng Hồng Hạ và Tổ hợp tác thêu tay Thủy Thanh giao hàng theo từng lô 300 m vải hoặc 400 chi tiết thêu, "
     "mỗi lô kèm một mẩu vải đối chiếu màu; báo Team Nguyên liệu trước ba ngày nếu lô nào giao chậm.", "p"),
    ("Các team, phòng bám lịch chốt ở mục II; việc trễ hạn báo Tổng Giám đốc trong cuộc họp giao ban thứ Hai./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "THỜI TRANG MỘC LAM"], "Số: 42/KH-MLF", "Huế, ngày 09 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Đặt vải dệt tay và hàng thêu của hợp tác xã cho bộ sưu tập Xuân Hè 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    for row, (work, lead, person, partners, time) in zip(table.rows[1:], ROWS):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        cell_lines(cells[0], [work], center=False)
        cell_lines(cells[1], [lead, person], bold=(0,), italic=(1,))
        cells[1].paragraphs[1].runs[0].font.color.rgb = GREY
        cell_lines(cells[2], [partners])
        cell_lines(cells[3], [time], bold=(0,))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT (b/c);", "- HTX Dệt zèng Hồng Hạ;", "- THT thêu tay Thủy Thanh;",
                          "- Các team, phòng;", "- Lưu: VT, HC."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "Tôn Nữ Bích Thủy"])
    return saved(doc, author="Team Nguyên liệu", editor="Văn thư Mộc Lam",
                 title="Kế hoạch 42/KH-MLF", created=datetime(2026, 10, 5, 9, 10, 0),
                 modified=datetime(2026, 10, 9, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
