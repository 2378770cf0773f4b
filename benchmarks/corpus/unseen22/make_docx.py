"""Write a_khanh-hoa_09-TTHT-LMHTX-AGRIBANK-2026_thoa-thuan-ben-a-ben-b.docx, the twenty-second held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen22/make_docx.py [OUT]

A cooperation agreement (Thỏa thuận hợp tác) between two bodies, signed by both (March 2026, after Khánh Hòa and Ninh
Thuận were merged): the two parties' names stacked in the header's left cell, "Căn cứ …" lines, "Hôm nay … chúng tôi
gồm:" with each party's block ("BÊN A: …", "Đại diện: …", "Chức vụ: …"), then Điều 1 … Điều 6: purposes, the fields of
cooperation (no tasks), the duties of Bên A and of Bên B as numbered clauses under their Điều (the clause names no
doer: the Điều's party does it), a joint Điều whose clauses name units or "Hai bên", the term; two signature blocks
side by side ("ĐẠI DIỆN BÊN A" | "ĐẠI DIỆN BÊN B"), no "Nơi nhận". Every paragraph is a plain paragraph with its number
typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_khanh-hoa_09-TTHT-LMHTX-AGRIBANK-2026_thoa-thuan-ben-a-ben-b.docx"

ISSUERS = ["LIÊN MINH HỢP TÁC XÃ", "TỈNH KHÁNH HÒA", "NGÂN HÀNG NÔNG NGHIỆP VÀ PHÁT", "TRIỂN NÔNG THÔN VIỆT NAM",
           "CHI NHÁNH KHÁNH HÒA"]

# (text, style): "h" a bold heading, "p" a paragraph, "i" an italic paragraph
BODY = [
    ("Căn cứ Luật Hợp tác xã số 17/2023/QH15;", "i"),
    ("Căn cứ Điều lệ Liên minh Hợp tác xã Việt Nam và chức năng, nhiệm vụ của Liên minh Hợp tác xã tỉnh Khánh Hòa;",
     "i"),
    ("Căn cứ chức năng, nhiệm vụ và quy chế cho vay của Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam;", "i"),
    ("Căn cứ nhu cầu vốn của hợp tác xã, tổ hợp tác tại tỉnh Khánh Hòa sau hợp nhất,", "i"),
    ("Hôm nay, ngày 18 tháng 3 năm 2026, tại trụ sở Liên minh Hợp tác xã tỉnh Khánh Hòa, chúng tôi gồm:", "p"),
    ("BÊN A: LIÊN MINH HỢP TÁC XÃ TỈNH KHÁNH HÒA", "h"),
    ("Địa chỉ: số 7 đường Lê Thánh Tôn, phường Nha Trang, tỉnh Khánh Hòa.", "p"),
    ("Đại diện: Ông Võ Thành Lộc; Chức vụ: Chủ tịch.", "p"),
    ("BÊN B: NGÂN HÀNG NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN VIỆT NAM - CHI NHÁNH KHÁNH HÒA (Agribank Khánh Hòa)", "h"),
    ("Địa chỉ: số 2 đường Hùng Vương, phường Nha Trang, tỉnh Khánh Hòa.", "p"),
    ("Đại diện: Bà Trịnh Ngọc Hân; Chức vụ: Giám đốc.", "p"),
    ("Hai bên thống nhất ký kết Thỏa thuận hợp tác giai đoạn 2026 - 2028 với các điều khoản sau:", "p"),
    ("Điều 1. Mục đích hợp tác", "h"),
    ("Tạo điều kiện để hợp tác xã, tổ hợp tác và thành viên tiếp cận vốn tín dụng của Agribank Khánh Hòa với thủ tục "
     "đơn giản, lãi suất hợp lý; nâng cao năng lực quản trị tài chính của hợp tác xã, hạn chế nợ xấu.", "p"),
    ("Điều 2. Phạm vi, nội dung hợp tác", "h"),
    ("1. Cung cấp thông tin về hợp tác xã và về sản phẩm tín dụng, dịch vụ ngân hàng.", "p"),
    ("2. Tư vấn lập phương án sản xuất, kinh doanh có hiệu quả để vay vốn.", "p"),
    ("3. Cho vay theo chuỗi liên kết, cho vay nông nghiệp ứng dụng công nghệ cao, cho vay tái canh cây trồng.", "p"),
    ("4. Đào tạo, bồi dưỡng về quản trị tài chính và thanh toán không dùng tiền mặt.", "p"),
    ("Điều 3. Trách nhiệm của Bên A", "h"),
    ("1. Lập danh sách hợp tác xã, tổ hợp tác có nhu cầu vay vốn, kèm đánh giá sơ bộ năng lực sản xuất, kinh "
     "doanh, gửi Bên B trước ngày 30/4/2026; cập nhật danh sách vào tháng 10 hằng năm.", "p"),
    ("2. Tư vấn, hướng dẫn hợp tác xã hoàn thiện phương án sản xuất, kinh doanh, báo cáo tài chính để đủ điều kiện "
     "vay vốn; thực hiện thường xuyên trong thời gian Thỏa thuận có hiệu lực.", "p"),
    ("3. Chủ trì, phối hợp với Sở Tài chính và Sở Nông nghiệp và Môi trường giới thiệu các dự án liên kết chuỗi giá "
     "trị xoài, nho, tôm hùm đủ điều kiện được hỗ trợ lãi suất sau đầu tư; hoàn thành trong quý III/2026.", "p"),
    ("4. Xem xét bảo lãnh bằng nguồn Quỹ Hỗ trợ phát triển hợp tác xã tỉnh cho các khoản vay của hợp tác xã chưa đủ "
     "tài sản bảo đảm theo quy chế của Quỹ; thời gian: năm 2026 - 2027.", "p"),
    ("5. Phối hợp với Bên B đôn đốc hợp tác xã trả nợ đúng hạn; tham gia xử lý các khoản vay quá hạn khi Bên B đề "
     "nghị.", "p"),
    ("Điều 4. Trách nhiệm của Bên B", "h"),
    ("1. Dành nguồn vốn tối thiểu 600 tỷ đồng cho vay hợp tác xã, tổ hợp tác và thành viên trong giai đoạn 2026 - "
     "2028; công bố các gói tín dụng ưu đãi trong quý II/2026.", "p"),
    ("2. Chỉ đạo các chi nhánh loại II, phòng giao dịch trên địa bàn tiếp nhận, thẩm định hồ sơ vay vốn do Bên A "
     "giới thiệu, trả lời hợp tác xã bằng văn bản chậm nhất 15 ngày làm việc kể từ ngày nhận đủ hồ sơ.", "p"),
    ("3. Phối hợp với Bên A tổ chức 06 lớp tập huấn về quản trị tài chính, sử dụng dịch vụ ngân hàng số cho giám "
     "đốc, kế toán hợp tác xã vùng Ninh Thuận cũ và Cam Ranh; hoàn thành trước ngày 30/11/2026.", "p"),
    ("4. Cung cấp cho Bên A định kỳ hằng quý tình hình dư nợ, nợ quá hạn của hợp tác xã vay vốn theo Thỏa thuận.",
     "p"),
    ("Điều 5. Tổ chức thực hiện", "h"),
    ("1. Ban Hỗ trợ phát triển hợp tác xã (Bên A) và Phòng Khách hàng Hộ sản xuất và Cá nhân (Bên B) là đầu mối, xây "
     "dựng kế hoạch triển khai cụ thể hằng năm, trình lãnh đạo hai bên trong tháng 4/2026.", "p"),
    ("2. Hai bên tổ chức sơ kết việc thực hiện Thỏa thuận vào tháng 12/2026 và tháng 12/2027; tổng kết vào quý "
     "IV/2028.", "p"),
    ("3. Trong quá trình thực hiện, nếu có vướng mắc, hai bên cùng bàn bạc, thống nhất sửa đổi, bổ sung bằng văn bản.",
     "p"),
    ("Điều 6. Hiệu lực thi hành", "h"),
    ("Thỏa thuận có hiệu lực từ ngày ký đến hết ngày 31/12/2028, được lập thành 04 bản có giá trị pháp lý như nhau, "
     "mỗi bên giữ 02 bản./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ISSUERS, "Số: 09/TTHT-LMHTX-AGRIBANK", "Khánh Hòa, ngày 18 tháng 3 năm 2026",
                 issuer_bold=(0, 1, 2, 3, 4))
    para(doc)
    para(doc, "THỎA THUẬN HỢP TÁC", bold=True, center=True)
    para(doc, "Về hỗ trợ hợp tác xã, tổ hợp tác vay vốn ngân hàng giai đoạn 2026 - 2028", bold=True,
         center=True)
    para(doc, "giữa Liên minh Hợp tác xã tỉnh Khánh Hòa và Agribank Khánh Hòa", italic=True, center=True)
    for text, style in BODY:
        para(doc, text, bold=style == "h", italic=style == "i")
    sign = doc.add_table(rows=1, cols=2)
    set_borders(sign, "nil")
    cell_lines(sign.cell(0, 0), ["ĐẠI DIỆN BÊN A", "CHỦ TỊCH", "", "", "", "Võ Thành Lộc"], bold=range(6))
    cell_lines(sign.cell(0, 1), ["ĐẠI DIỆN BÊN B", "GIÁM ĐỐC", "", "", "", "Trịnh Ngọc Hân"], bold=range(6))
    return saved(doc, author="Ban Hỗ trợ phát triển hợp tác xã", editor="Văn phòng Liên minh HTX tỉnh",
                 title="Thỏa thuận hợp tác 09/TTHT", created=datetime(2026, 3, 9, 14, 10, 0),
                 modified=datetime(2026, 3, 18, 9, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
