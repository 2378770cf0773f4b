"""Write a_quang-ngai_17-CT-UBND-2026_chi-thi-giao-nguoi-dung-dau.docx, the thirty-eighth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen38/make_docx.py [OUT]

A province chairman's CHỈ THỊ (September 2026, after Quảng Ngãi and Kon Tum were merged): no "Kế hoạch" heading and no
sections; two paragraphs on the situation, "… Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:", then nine numbered items
ADDRESSED TO THE HEADS OF THE BODIES ("1. Giám đốc Sở Tài chính:" over a) b) c); "2. Giám đốc Sở Nông nghiệp và Môi
trường chỉ đạo Chi cục … …"; "5. Trưởng Thuế tỉnh Quảng Ngãi …"; "6. Chủ tịch Ủy ban nhân dân các xã, phường, đặc
khu:" over three "-" lines; "7. Đề nghị Chủ tịch Liên minh …"; "8. Tổng Biên tập …"), the entry into force, the
signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import header_table, new_document, para, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_quang-ngai_17-CT-UBND-2026_chi-thi-giao-nguoi-dung-dau.docx"

# (text, style): "h" a bold item that heads points, "p" a paragraph
BODY = [
    ("Sau hơn một năm tổ chức chính quyền địa phương hai cấp và hợp nhất tỉnh Quảng Ngãi với tỉnh Kon Tum, toàn tỉnh "
     "có 1.146 hợp tác xã, 2.380 tổ hợp tác đăng ký hoạt động; nhiều hợp tác xã trồng sâm Ngọc Linh, cà phê, mì và "
     "khai thác hải sản đã mở rộng liên kết, có doanh thu khá. Tuy vậy, dữ liệu hợp tác xã trên Hệ thống thông tin "
     "quốc gia chưa khớp với dữ liệu của cơ quan thuế; 214 hợp tác xã đã ngừng hoạt động nhưng chưa làm thủ tục giải "
     "thể; nhiều xã, phường mới chưa phân công người theo dõi kinh tế tập thể; kinh phí hỗ trợ năm 2026 giải ngân "
     "chậm.", "p"),
    ("Để chấn chỉnh công tác quản lý nhà nước và giúp các hợp tác xã, tổ hợp tác ổn định, phát triển sau sắp xếp đơn "
     "vị hành chính, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:", "p"),
    ("1. Giám đốc Sở Tài chính:", "h"),
    ("a) Chủ trì, phối hợp với Thuế tỉnh Quảng Ngãi đối chiếu dữ liệu của 1.146 hợp tác xã trên Hệ thống thông tin "
     "quốc gia về hợp tác xã với dữ liệu thuế, lập danh sách hợp tác xã ngừng hoạt động; hoàn thành trước ngày "
     "31/10/2026.", "p"),
    ("b) Xây dựng phương án phân bổ kinh phí năm 2027 để hỗ trợ các hợp tác xã theo Nghị quyết của Hội đồng nhân dân "
     "tỉnh, trình Ủy ban nhân dân tỉnh trong tháng 11/2026.", "p"),
    ("c) Chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh giúp các hợp tác xã sửa đổi điều lệ, đăng ký thay đổi "
     "địa chỉ trụ sở theo tên xã, phường mới; thực hiện từ nay đến hết quý I/2027.", "p"),
    ("2. Giám đốc Sở Nông nghiệp và Môi trường chỉ đạo Chi cục Phát triển nông thôn giúp các hợp tác xã nông "
     "nghiệp lập phương án sản xuất vụ Đông Xuân 2026 - 2027 gắn với hợp đồng tiêu thụ cà phê, mì, lúa; hoàn "
     "thành trong tháng 11/2026.", "p"),
    ("3. Giám đốc Sở Công Thương phối hợp với Liên minh Hợp tác xã tỉnh đưa ít nhất 40 hợp tác xã tham gia hội chợ, "
     "phiên chợ hàng Việt trong và ngoài tỉnh, ưu tiên sản phẩm sâm Ngọc Linh, cà phê Đăk Hà, tỏi Lý Sơn trong quý "
     "IV/2026.", "p"),
    ("4. Giám đốc Sở Nội vụ tham mưu bố trí công chức theo dõi kinh tế tập thể tại các xã, phường, đặc khu; ban hành "
     "văn bản hướng dẫn trước ngày 30/9/2026.", "p"),
    ("5. Trưởng Thuế tỉnh Quảng Ngãi chỉ đạo các Thuế cơ sở hướng dẫn hợp tác xã kê khai, quyết toán thuế và sử dụng "
     "hóa đơn điện tử; thực hiện thường xuyên.", "p"),
    ("6. Chủ tịch Ủy ban nhân dân các xã, phường, đặc khu:", "h"),
    ("- Phân công 01 công chức theo dõi hợp tác xã, tổ hợp tác trên địa bàn; gửi danh sách về Sở Tài chính trước ngày "
     "20/9/2026.", "p"),
    ("- Phối hợp với Sở Tài chính xác minh trụ sở, tình trạng hoạt động của các hợp tác xã có tên trong danh sách "
     "ngừng hoạt động, xong trong tháng 11/2026.", "p"),
    ("- Vận động các tổ hợp tác có từ 05 thành viên trở lên, hoạt động ổn định chuyển thành hợp tác xã trong năm "
     "2027.", "p"),
    ("7. Đề nghị Chủ tịch Liên minh Hợp tác xã tỉnh chỉ đạo mở 06 lớp bồi dưỡng cho giám đốc, kế toán hợp tác xã ở "
     "vùng Kon Tum cũ và Quảng Ngãi cũ, hoàn thành trước ngày 15/12/2026.", "p"),
    ("8. Tổng Biên tập Báo và Phát thanh, Truyền hình Quảng Ngãi duy trì chuyên mục về kinh tế tập thể, đưa tin về các "
     "hợp tác xã sau hợp nhất, phát sóng định kỳ hằng tháng.", "p"),
    ("9. Giám đốc Sở Tài chính theo dõi, đôn đốc việc thực hiện Chỉ thị này; sơ kết 01 năm thực hiện, báo cáo Chủ "
     "tịch Ủy ban nhân dân tỉnh trong tháng 9/2027.", "p"),
    ("Chỉ thị này có hiệu lực kể từ ngày ký./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"], "Số: 17/CT-UBND",
                 "Quảng Ngãi, ngày 08 tháng 9 năm 2026")
    para(doc)
    para(doc, "CHỈ THỊ", bold=True, center=True)
    para(doc, "Về tăng cường quản lý nhà nước, nâng cao hiệu quả hoạt động của hợp tác xã, tổ hợp tác", bold=True,
         center=True)
    para(doc, "sau sắp xếp đơn vị hành chính", bold=True, center=True)
    para(doc)
    for text, style in BODY:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Bộ Tài chính (để b/c);", "- TTTU, TT HĐND tỉnh (để b/c);",
                          "- CT, các PCT UBND tỉnh;", "- Các sở, ngành tỉnh;", "- Thuế tỉnh Quảng Ngãi;",
                          "- Liên minh HTX tỉnh;", "- UBND các xã, phường, đặc khu;", "- Báo và PT, TH Quảng Ngãi;",
                          "- VPUB: CVP, PCVP, KTTH;", "- Lưu: VT, KTTH."],
                    ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Hà Quang Thiện"])
    return saved(doc, author="Phòng Kinh tế tổng hợp", editor="Văn thư UBND tỉnh Quảng Ngãi",
                 title="Chỉ thị 17/CT-UBND", created=datetime(2026, 9, 1, 14, 10, 0),
                 modified=datetime(2026, 9, 8, 10, 45, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
