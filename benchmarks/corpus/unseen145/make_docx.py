"""Write a_hung-yen_15-2026-KH-DLTPH_dich-vu-ke-toan-htx.docx, the hundred-and-forty-fifth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen145/make_docx.py [OUT]

A tax-agent company's plan (Công ty TNHH Đại lý thuế, March 2026) for the bookkeeping and tax-filing service it gives
small cooperatives under contract: I. purposes, II. ten "Việc N." headings in bold, EACH FOLLOWED BY ONE PLAIN LINE
"Phụ trách: …; cùng làm: …; xong: …" (lower-case labels after the first, a dash where nobody helps), III. the closing
paragraph, the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word
numbering), no table but the header and the signature.

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
OUT = HERE / "a_hung-yen_15-2026-KH-DLTPH_dich-vu-ke-toan-htx.docx"

# "h" a section heading, "v" a bold "Việc N." heading, "p" a plain paragraph
BODY = [
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Giúp các hợp tác xã quy mô nhỏ chưa có kế toán chuyên trách giữ sổ sách đúng chế độ, khai và nộp thuế "
          "đúng hạn, không bị phạt chậm nộp hồ sơ."),
    ("p", "- Mỗi hợp tác xã ký hợp đồng có một nhân viên của Công ty theo dõi riêng, trả lời trong ngày làm việc."),
    ("h", "II. CÁC VIỆC CẦN LÀM"),
    ("v", "Việc 1. Ký hợp đồng dịch vụ kế toán, khai thuế trọn gói với 20 hợp tác xã đã đăng ký qua Liên minh HTX"),
    ("p", "Phụ trách: Phòng Kinh doanh; cùng làm: Liên minh HTX tỉnh Hưng Yên; xong: trước 31/3/2026."),
    ("v", "Việc 2. Nhận bàn giao sổ sách, chứng từ năm 2025 của từng hợp tác xã, lập biên bản bàn giao có chữ ký "
          "giám đốc HTX"),
    ("p", "Phụ trách: Tổ Kế toán dịch vụ số 1; cùng làm: -; xong: tháng 4."),
    ("v", "Việc 3. Lập báo cáo tài chính năm 2025, quyết toán thuế thu nhập doanh nghiệp cho các HTX còn nợ hồ sơ"),
    ("p", "Phụ trách: Tổ Kế toán dịch vụ số 2; cùng làm: Thuế cơ sở 3 tỉnh Hưng Yên (đối chiếu số đã nộp); xong: "
          "chậm nhất 20/4/2026."),
    ("v", "Việc 4. Khai thuế giá trị gia tăng theo quý, nộp hồ sơ khai thuế điện tử thay cho hợp tác xã"),
    ("p", "Phụ trách: Tổ Kế toán dịch vụ số 1, Tổ Kế toán dịch vụ số 2; cùng làm: -; xong: hằng quý, trước ngày "
          "cuối cùng của tháng đầu quý sau."),
    ("v", "Việc 5. Mở 02 buổi hướng dẫn thủ quỹ, kế toán HTX ghi sổ quỹ tiền mặt và bảng kê mua nông sản của thành "
          "viên"),
    ("p", "Phụ trách: Phòng Đào tạo - Tư vấn; cùng làm: Liên minh HTX tỉnh Hưng Yên, Hội Kế toán tỉnh; xong: quý "
          "II/2026."),
    ("v", "Việc 6. Cài phần mềm kế toán, chữ ký số cho các hợp tác xã chưa có, chuyển số dư đầu kỳ vào phần mềm"),
    ("p", "Phụ trách: Bộ phận Công nghệ; cùng làm: đơn vị cung cấp phần mềm; xong: trong tháng 5/2026."),
    ("v", "Việc 7. Rà soát điều kiện miễn thuế thu nhập doanh nghiệp đối với phần thu nhập từ sản phẩm của thành "
          "viên, lập danh sách HTX đủ điều kiện"),
    ("p", "Phụ trách: Phòng Đào tạo - Tư vấn; cùng làm: Sở Tài chính; xong: 6 tháng đầu năm."),
    ("v", "Việc 8. Gửi bản tin thuế qua Zalo cho giám đốc, kế toán các HTX, nhắc các mốc nộp hồ sơ"),
    ("p", "Phụ trách: Phòng Kinh doanh; cùng làm: -; xong: thường xuyên."),
    ("v", "Việc 9. Trả lại đủ hồ sơ, chứng từ cho hợp tác xã thôi dùng dịch vụ, lập biên bản thanh lý"),
    ("p", "Phụ trách: Tổ Kế toán dịch vụ số 1; cùng làm: -; xong: trong 15 ngày kể từ ngày thanh lý hợp đồng."),
    ("v", "Việc 10. Đánh giá 6 tháng thực hiện hợp đồng, lấy ý kiến các HTX, báo cáo Giám đốc Công ty và Liên "
          "minh HTX tỉnh"),
    ("p", "Phụ trách: Phòng Hành chính - Nhân sự; cùng làm: Phòng Kinh doanh; xong: trước 15/7/2026."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, tổ, bộ phận có tên trên đây bố trí người, làm đúng hạn; khi khách hàng hợp tác xã phản "
          "ánh, báo ngay Giám đốc để xử lý./."),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "ĐẠI LÝ THUẾ PHỐ HIẾN"], "Số: 15/2026/KH-ĐLTPH",
                 "Hưng Yên, ngày 02 tháng 3 năm 2026", issuer_bold=(0, 1))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Cung cấp dịch vụ kế toán, khai thuế cho các hợp tác xã năm 2026", bold=True, center=True)
    para(doc, "Thực hiện thỏa thuận hợp tác giữa Công ty với Liên minh Hợp tác xã tỉnh Hưng Yên về hỗ trợ hợp tác xã "
              "nhỏ làm kế toán, Công ty TNHH Đại lý thuế Phố Hiến lập Kế hoạch năm 2026 như sau:")
    for kind, text in BODY:
        para(doc, text, bold=kind in ("h", "v"))
    signature_table(doc, ["Nơi nhận:", "- Liên minh HTX tỉnh (để phối hợp);", "- Các HTX ký hợp đồng;",
                          "- Các phòng, tổ, bộ phận (t/h);", "- Lưu: VT."],
                    ["GIÁM ĐỐC", "", "", "", "Phạm Thị Ngọc Lan"])
    return saved(doc, author="Phòng Kinh doanh", editor="Hành chính ĐLT Phố Hiến",
                 title="Kế hoạch 15/2026/KH-ĐLTPH", created=datetime(2026, 2, 24, 8, 20, 0),
                 modified=datetime(2026, 3, 2, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
