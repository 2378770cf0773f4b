"""Write a_can-tho_41-KH-HSV-2026_sinh-vien-he-cung-htx.docx, the ninety-sixth held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen96/make_docx.py [OUT]

A city Students' Association's plan (May 2026) pairing students with cooperatives for summer work: the association's
own header (its name over "BAN THƯ KÝ" | "HỘI SINH VIÊN VIỆT NAM"), "Số: 41-KH/HSV", I. purposes, II. activities as
numbered subject headings each over one paragraph opening with its doer, III. three numbered paragraphs of the bodies'
duties, the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_can-tho_41-KH-HSV-2026_sinh-vien-he-cung-htx.docx"

# (text, style): "h" a bold heading, "s" an italic subject heading, "p" a paragraph
BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Tạo điều kiện để sinh viên các trường trên địa bàn thành phố trải nghiệm thực tế tại hợp tác xã trong kỳ nghỉ "
     "hè, vận dụng kiến thức chuyên ngành giúp hợp tác xã giải quyết những việc cụ thể.", "p"),
    ("- Việc ghép nhóm phải phù hợp ngành học của sinh viên và nhu cầu thật của từng hợp tác xã; bảo đảm an toàn cho "
     "sinh viên trong suốt thời gian tham gia.", "p"),
    ("II. NỘI DUNG HOẠT ĐỘNG", "h"),
    ("1. Khảo sát nhu cầu tiếp nhận sinh viên", "s"),
    ("Văn phòng Hội Sinh viên thành phố phối hợp Liên minh HTX thành phố gửi phiếu hỏi nhu cầu tiếp nhận sinh viên "
     "đến khoảng 60 hợp tác xã nông nghiệp, thương mại, dịch vụ; tổng hợp xong trước 31/5/2026.", "p"),
    ("2. Tuyển chọn sinh viên", "s"),
    ("Hội Sinh viên Trường Đại học Cần Thơ, Hội Sinh viên Trường Đại học Nam Cần Thơ thông báo rộng rãi, chọn khoảng "
     "200 sinh viên ngành nông học, kế toán, thương mại điện tử, công nghệ thực phẩm đăng ký tham gia; thời gian từ "
     "ngày 01/6 đến ngày 15/6/2026.", "p"),
    ("3. Tập huấn trước khi xuống hợp tác xã", "s"),
    ("Ban Thư ký Hội Sinh viên thành phố chủ trì, mời Trung tâm Khuyến nông thành phố cử báo cáo viên tập huấn một "
     "ngày cho sinh viên về Luật Hợp tác xã năm 2023, kỹ năng làm việc cùng bà con xã viên; dự kiến ngày 20/6/2026.",
     "p"),
    ("4. Ghép nhóm sinh viên với hợp tác xã", "s"),
    ("Hội Sinh viên các trường chia sinh viên thành nhóm 3 - 5 bạn, ghép với từng hợp tác xã theo ngành học và nơi "
     "cư trú, gửi danh sách về Văn phòng Hội Sinh viên thành phố trước ngày 25/6/2026.", "p"),
    ("5. Làm việc tại hợp tác xã", "s"),
    ("Các nhóm sinh viên giúp hợp tác xã mở gian hàng trên sàn thương mại điện tử, gắn mã QR truy xuất nguồn gốc, ghi "
     "chép sổ sách kế toán đơn giản và chụp ảnh sản phẩm; thời gian từ 01/7 đến 10/8/2026.", "p"),
    ("6. Tổng kết chương trình", "s"),
    ("Ban Thư ký Hội Sinh viên thành phố phối hợp Liên minh HTX thành phố tổ chức buổi tổng kết, trao giấy chứng nhận "
     "cho sinh viên hoàn thành tốt nhiệm vụ, trong tháng 8/2026.", "p"),
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Ban Thư ký Hội Sinh viên thành phố phân công 01 đồng chí Phó Chủ tịch trực tiếp phụ trách chương trình; báo "
     "cáo kết quả về Trung ương Hội Sinh viên Việt Nam và Thành đoàn Cần Thơ trước 31/8/2026.", "p"),
    ("2. Hội Sinh viên các trường cử giảng viên, cán bộ Hội đi cùng các nhóm; vận động nguồn xã hội hóa hỗ trợ "
     "tiền đi lại cho sinh viên ở các hợp tác xã xa trung tâm.", "p"),
    ("3. Đề nghị Liên minh Hợp tác xã thành phố giới thiệu danh sách hợp tác xã tiếp nhận và hỗ trợ chỗ ở cho sinh "
     "viên tại các hợp tác xã ở xa, trước ngày 10/6/2026.", "p"),
    ("Trên đây là Kế hoạch chương trình “Sinh viên hè cùng hợp tác xã” năm 2026 của Hội Sinh viên Việt Nam thành phố "
     "Cần Thơ./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    head = doc.add_table(rows=2, cols=2)
    set_borders(head, "nil")
    cell_lines(head.cell(0, 0), ["HỘI SINH VIÊN VIỆT NAM", "THÀNH PHỐ CẦN THƠ", "BAN THƯ KÝ", "***"], bold=(0, 1, 2))
    cell_lines(head.cell(0, 1), ["HỘI SINH VIÊN VIỆT NAM"], bold=(0,))
    cell_lines(head.cell(1, 0), ["Số: 41-KH/HSV"])
    cell_lines(head.cell(1, 1), ["Cần Thơ, ngày 12 tháng 5 năm 2026"], italic=(0,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tổ chức chương trình “Sinh viên hè cùng hợp tác xã” năm 2026", bold=True, center=True)
    para(doc, "Thực hiện chương trình công tác Hội và phong trào sinh viên năm học 2025 - 2026, Ban Thư ký Hội Sinh viên "
              "Việt Nam thành phố Cần Thơ xây dựng Kế hoạch như sau:")
    for text, style in BODY:
        para(doc, text, bold=style == "h", italic=style == "s")
    signature_table(doc, ["Nơi nhận:", "- TW Hội SVVN (b/c);", "- Thường trực Thành đoàn (b/c);",
                          "- Liên minh HTX TP (p/h);", "- Hội SV các trường;", "- Lưu VP."],
                    ["TM. BAN THƯ KÝ", "PHÓ CHỦ TỊCH", "", "", "", "Lâm Thị Bích Tuyền"])
    return saved(doc, author="Văn phòng Hội Sinh viên", editor="Văn phòng Hội Sinh viên",
                 title="Kế hoạch 41-KH/HSV", created=datetime(2026, 5, 6, 9, 10, 0),
                 modified=datetime(2026, 5, 12, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
