"""Write a_lam-dong_58-KH-TTHLTD-2026_bep-van-dong-vien-mua-htx.docx, the two-hundred-and-fifty-second held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen252/make_docx.py [OUT]

A provincial sports training centre's plan (November 2026) for buying the athletes' kitchen meat, fish, eggs, milk and
vegetables of cooperatives in 2027: an opening, I. targets; II. a note, then one bordered table TT | Nội dung |
Đơn vị thực hiện | Thời hạn whose doer cell holds ONLY THE LEAD, the partners given ONLY IN LETTERED NOTES under the
table ("Ghi chú:", "(a) …", "(b) …"), keyed by the letter typed after the work (one letter used by two rows, one note
naming a cooperative that is no partner); III. the closing duty; the signature beside "Nơi nhận". Every paragraph is a
plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_lam-dong_58-KH-TTHLTD-2026_bep-van-dong-vien-mua-htx.docx"

OPENING = [
    ("Bếp ăn tập trung của Trung tâm phục vụ 186 vận động viên và 40 huấn luyện viên của 11 đội tuyển tỉnh, mỗi ngày "
     "ba bữa chính và một bữa phụ sau buổi tập. Năm 2026 phần lớn thịt, cá, sữa được mua qua hai đại lý; đã có hai đợt "
     "vận động viên bị rối loạn tiêu hóa trước giải, không truy được lô hàng. Để năm 2027 có nguồn thực phẩm rõ gốc, "
     "giá ổn định, Giám đốc Trung tâm ban hành Kế hoạch mua trực tiếp của các hợp tác xã trong tỉnh.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("1. Từ quý I/2027, không dưới 80% thịt heo, thịt bò, trứng, sữa tươi và rau xanh của bếp do hợp tác xã trong "
     "tỉnh giao thẳng, có tem truy xuất từng lô.", "p"),
    ("2. Mỗi đội tuyển có khẩu phần riêng theo giai đoạn tập luyện; không để xảy ra ngộ độc, rối loạn tiêu hóa do "
     "thực phẩm.", "p"),
    ("II. NỘI DUNG, PHÂN CÔNG", "h"),
    ("Cột “Đơn vị thực hiện” chỉ ghi đơn vị chịu trách nhiệm chính. Đơn vị cùng làm (nếu có) ghi ở phần Ghi chú dưới "
     "bảng, theo chữ cái trong ngoặc đơn đặt cuối nội dung; việc không có chữ cái thì đơn vị ở cột thứ ba làm một "
     "mình.", "p"),
]

COLUMNS = ["TT", "Nội dung", "Đơn vị thực hiện", "Thời hạn"]
WIDTHS = [Cm(1.0), Cm(8.6), Cm(3.6), Cm(2.8)]
ROWS = [
    ("1", "Tính nhu cầu thịt, cá, trứng, sữa, rau cả năm 2027 theo khẩu phần của từng đội tuyển: điền kinh, vật, "
     "bơi, bóng chuyền, võ cổ truyền… (a)", "Phòng Y tế - Dinh dưỡng", "20/11/2026"),
    ("2", "Đi thực tế trại heo, trại bò sữa, vườn rau của 05 hợp tác xã được giới thiệu; lấy mẫu kiểm tra lần đầu (b)",
     "Phòng Hành chính - Hậu cần", "Tháng 11/2026"),
    ("3", "Mời chào giá, chấm hồ sơ và chọn hợp tác xã cung ứng, trình Giám đốc duyệt kết quả lựa chọn (c)",
     "Phòng Kế hoạch - Tài chính", "Trước 15/12/2026"),
    ("4", "Ký hợp đồng mua năm 2027 với các hợp tác xã được chọn; ghi giờ giao hàng, cách đổi hàng không đạt",
     "Phòng Kế hoạch - Tài chính", "Trước 28/12/2026"),
    ("5", "Xây dựng thực đơn theo ba chế độ tập nặng, giữ cân trước thi đấu, hồi phục sau chấn thương, dùng rau, "
     "thịt theo mùa vụ của hợp tác xã (a)", "Phòng Y tế - Dinh dưỡng", "Quý I/2027"),
    ("6", "Nhận hàng ở kho lạnh mỗi sáng: cân, đo nhiệt độ thịt, cá, đối chiếu tem lô, ký sổ với người giao (d)",
     "Tổ Bếp ăn vận động viên", "Hằng ngày, từ 04/01/2027"),
    ("7", "Đưa vận động viên năng khiếu đi một buổi trải nghiệm cắt rau, vắt sữa bò tại hợp tác xã, nghe nói chuyện về "
     "ăn uống của người tập thể thao (e)", "Phòng Huấn luyện", "Tháng 3/2027"),
    ("8", "Lấy ngẫu nhiên mẫu thịt, sữa, rau đang dùng gửi xét nghiệm chất cấm trong chăn nuôi, thuốc trừ sâu (b)",
     "Phòng Y tế - Dinh dưỡng", "Mỗi quý một lần"),
    ("9", "Chuyển tiền hàng cho từng hợp tác xã theo sổ nhận hàng đã ký của tháng liền trước",
     "Phòng Kế hoạch - Tài chính", "Trước ngày 10 hằng tháng"),
    ("10", "Đánh giá sáu tháng: cân nặng, thể lực vận động viên, giá và chất lượng hàng; đề xuất thay hợp tác xã "
     "không đạt (f)", "Phòng Hành chính - Hậu cần", "Tháng 7/2027"),
]

NOTES = [
    "(a) Cùng làm: Phòng Huấn luyện (cung cấp lịch tập, cân nặng từng vận động viên).",
    "(b) Cùng làm: Trung tâm Kiểm soát bệnh tật tỉnh Lâm Đồng.",
    "(c) Cùng làm: Phòng Hành chính - Hậu cần; Ban Thanh tra nhân dân Trung tâm giám sát việc chào giá.",
    "(d) Cá hồi, cá tầm do HTX Cá nước lạnh Đạ Sar giao thứ Ba và thứ Sáu; Tổ Bếp vẫn tự nhận, không có đơn vị cùng "
    "làm.",
    "(e) Cùng làm: HTX Bò sữa Đơn Dương, Chi đoàn Trung tâm.",
    "(f) Cùng làm: Phòng Y tế - Dinh dưỡng, Phòng Huấn luyện.",
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("Trưởng các phòng, tổ trưởng Tổ Bếp ăn vận động viên làm theo bảng và ghi chú ở mục II; việc vượt khả năng thì "
     "báo Phó Giám đốc phụ trách hậu cần xem xét./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "TRUNG TÂM HUẤN LUYỆN", "VÀ THI ĐẤU THỂ THAO"],
                 "Số: 58/KH-TTHLTĐ", "Lâm Đồng, ngày 06 tháng 11 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mua thực phẩm của hợp tác xã cho bếp ăn vận động viên năm 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [COLUMNS, *ROWS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            cell_lines(cell, [value], bold=(0,) if n == 0 else (), center=n == 0 or i in (0, 3))
    para(doc, "Ghi chú:", bold=True, italic=True)
    for line in NOTES:
        para(doc, line, italic=True)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở VHTTDL (b/c);", "- Các HTX cung ứng;", "- Các phòng, Tổ Bếp (t/h);",
                          "- Lưu: VT, HCHC."],
                    ["GIÁM ĐỐC", "", "", "", "Nguyễn Hữu Thạch"])
    return saved(doc, author="Phòng Hành chính - Hậu cần", editor="Văn thư Trung tâm",
                 title="Kế hoạch 58/KH-TTHLTĐ", created=datetime(2026, 11, 2, 9, 10, 0),
                 modified=datetime(2026, 11, 6, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
