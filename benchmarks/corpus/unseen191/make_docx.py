"""Write a_dong-thap_27-2026-KH-CTTP_phu-pham-trai-cay-nuoi-ruoi-linh-den.docx, the hundred-and-ninety-first held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen191/make_docx.py [OUT]

A black soldier fly company's plan (October 2026) with fruit, poultry and fish cooperatives: it buys pineapple and
jackfruit by-products as feed for its larvae, pilots larvae rearing at a poultry cooperative and sells dried larvae
and frass back. I. purposes ("-" lines), II. figures (no work), III. the work written as QUESTIONS AND ANSWERS: a
bold "Câu n. …?" paragraph, then a "Trả lời:" paragraph in which the doer, the partner and the time stand inside the
answer; some answers are facts only (what is taken, prices, whom to call); one answer holds two pieces of work. IV.
one duty of the cooperatives; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain
paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_dong-thap_27-2026-KH-CTTP_phu-pham-trai-cay-nuoi-ruoi-linh-den.docx"

# (text, style): "h" a bold heading, "q" a bold question, "p" a paragraph
BODY = [
    ("Mỗi ngày các hợp tác xã trồng và sơ chế khóm, mít trong vùng thải ra hàng chục tấn vỏ, lõi, xơ; phần lớn đang "
     "đổ ra mương hoặc đốt, gây mùi và ô nhiễm nguồn nước. Nhà máy nuôi ruồi lính đen của Công ty cần nguồn thức ăn "
     "ổn định cho ấu trùng, còn các hợp tác xã chăn nuôi, nuôi cá lại cần đạm thay bột cá với giá mềm hơn. Từ kết quả "
     "làm thử 03 tháng với HTX Khóm Tân Lập, Công ty lập Kế hoạch hợp tác giai đoạn tháng 10/2026 - tháng 6/2027 "
     "với các hợp tác xã, tổ hợp tác như sau:", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("- Biến phụ phẩm khóm, mít của các hợp tác xã thành thức ăn cho ấu trùng ruồi lính đen, có thu nhập cho hợp tác "
     "xã thay vì tốn tiền xử lý.", "p"),
    ("- Đưa ấu trùng sấy và phân ấu trùng (frass) trở lại các hợp tác xã chăn nuôi, nuôi cá, trồng cây với giá ưu "
     "đãi, khép kín vòng tuần hoàn trong vùng.", "p"),
    ("II. MỘT SỐ CON SỐ", "h"),
    ("- Thu gom 3.600 tấn phụ phẩm từ 04 hợp tác xã và 02 tổ hợp tác; công suất xưởng hiện nay 18 tấn phụ phẩm mỗi "
     "ngày, đủ cho 240 tấn ấu trùng tươi mỗi tháng.", "p"),
    ("- Ước tính mỗi hợp tác xã trồng khóm bán được 110 - 150 triệu đồng phụ phẩm mỗi vụ; các hợp tác xã chăn nuôi "
     "giảm 8 - 12% chi phí thức ăn khi dùng ấu trùng.", "p"),
    ("III. HỎI - ĐÁP VỀ CÁCH LÀM VÀ PHÂN CÔNG", "h"),
    ("Để thành viên các hợp tác xã dễ theo dõi, nội dung triển khai được viết theo các câu hỏi Công ty thường "
     "nhận được trong thời gian làm thử; phần trả lời nêu rõ bộ phận phụ trách và thời gian.", "p"),
    ("Câu 1. Công ty nhận những loại phụ phẩm nào?", "q"),
    ("Trả lời: Vỏ, lõi, chồi và mắt khóm; xơ, vỏ, múi hỏng và hạt mít; trái dập, trái rụng còn tươi. Không nhận phụ "
     "phẩm đã để quá 48 giờ, có mùi chua nặng hoặc lẫn bao ni lông, dây buộc, đất cát.", "p"),
    ("Câu 2. Ai ký hợp đồng thu gom với hợp tác xã, và bao giờ?", "q"),
    ("Trả lời: Phòng Thu mua nguyên liệu chủ trì ký hợp đồng thu gom phụ phẩm với từng hợp tác xã, tổ hợp tác, "
     "Phòng Tài chính - Kế toán phối hợp rà soát giá và điều khoản thanh toán; xong trước ngày 31/10/2026.", "p"),
    ("Câu 3. Giá mua bao nhiêu và trả tiền ra sao?", "q"),
    ("Trả lời: Giá tại điểm tập kết là 350 đồng/kg vỏ khóm và 420 đồng/kg xơ mít, giữ nguyên đến hết tháng 6/2027. "
     "Phòng Tài chính - Kế toán chuyển khoản cho hợp tác xã mỗi tháng hai lần, vào ngày 15 và ngày cuối tháng, kèm "
     "bảng kê khối lượng từng chuyến.", "p"),
    ("Câu 4. Hợp tác xã có phải tự chở phụ phẩm đến nhà máy không?", "q"),
    ("Trả lời: Không. Tổ Vận chuyển đặt 12 thùng chứa có nắp tại điểm tập kết của HTX Khóm Tân Lập, HTX Mít Ngũ Hiệp "
     "trước ngày 15/11/2026, sau đó chở về xưởng hằng ngày, không để phụ phẩm tồn quá 24 giờ.", "p"),
    ("Câu 5. Một chuyến có nhiều rác lẫn vào thì xử lý thế nào?", "q"),
    ("Trả lời: Chuyến nào có trên 5% tạp chất, Tổ Vận chuyển lập biên bản với người nhận thùng của hợp tác xã, trừ "
     "phần tạp chất khỏi khối lượng tính tiền; Công ty không phạt tiền.", "p"),
    ("Câu 6. Hợp tác xã có tự nuôi ấu trùng được không?", "q"),
    ("Trả lời: Được. Trong tháng 12/2026, Xưởng Nuôi ấu trùng dựng 02 mô hình nuôi thử tại HTX Chăn nuôi gia cầm "
     "Mỹ Thành, cùng Trung tâm Khuyến nông tỉnh hướng dẫn thành viên; Công ty giao trứng ruồi, khay nuôi, hợp tác "
     "xã lo mặt bằng và công chăm sóc.", "p"),
    ("Câu 7. Ấu trùng cho gà, cá ăn có an toàn không?", "q"),
    ("Trả lời: Trước khi xuất bán, mỗi lô ấu trùng sấy được Phòng Kỹ thuật lấy mẫu, phối hợp Chi cục Chăn nuôi và Thú "
     "y tỉnh kiểm tra chỉ tiêu vi sinh, kim loại nặng; phiếu kết quả gửi kèm hàng.", "p"),
    ("Câu 8. Hợp tác xã mua ấu trùng sấy, phân ấu trùng với giá nào?", "q"),
    ("Trả lời: Bằng 85% giá bán lẻ cho hợp tác xã đã ký hợp đồng thu gom. Phòng Kinh doanh lập bảng giá ưu đãi theo "
     "từng loại, gửi các hợp tác xã trước ngày 20/11/2026.", "p"),
    ("Câu 9. Thành viên có được hướng dẫn phân loại phụ phẩm không?", "q"),
    ("Trả lời: Có. Phòng Kỹ thuật mở 03 lớp hướng dẫn phân loại phụ phẩm ngay tại nơi sơ chế cho thành viên các hợp "
     "tác xã trong tháng 11/2026, mời Liên minh Hợp tác xã tỉnh hỗ trợ địa điểm và kinh phí. Riêng với hợp tác xã "
     "nuôi cá, Phòng Kinh doanh cùng HTX Thủy sản Long Hưng cho ăn thử khẩu phần có 10% ấu trùng đối với cá rô đầu "
     "vuông, báo kết quả trước ngày 31/01/2027.", "p"),
    ("Câu 10. Có vướng mắc thì hỏi ai?", "q"),
    ("Trả lời: Gọi Phòng Thu mua nguyên liệu, số điện thoại 0273 3851 246 (giờ hành chính), hoặc nhắn vào nhóm "
     "Zalo \"Phụ phẩm Tân Phước\" mà Công ty đã lập với các hợp tác xã.", "p"),
    ("Câu 11. Khi nào đánh giá lại việc hợp tác?", "q"),
    ("Trả lời: Ban Giám đốc tổ chức hội nghị đánh giá với các hợp tác xã, tổ hợp tác trong tháng 4/2027, quyết định "
     "việc nâng công suất xưởng và mở rộng thu gom sang phụ phẩm thanh long.", "p"),
    ("IV. HỢP TÁC XÃ, TỔ HỢP TÁC THAM GIA", "h"),
    ("Các hợp tác xã, tổ hợp tác cử một người nhận thùng, ký bảng kê khối lượng từng chuyến và nhắc thành viên không "
     "bỏ rác vào thùng chứa.", "p"),
    ("Trên đây là Kế hoạch hợp tác thu gom phụ phẩm và cung ứng sản phẩm từ ruồi lính đen của Công ty; mong các hợp "
     "tác xã, tổ hợp tác cùng thực hiện./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "CÔNG NGHỆ CÔN TRÙNG TÂN PHƯỚC"], "Số: 27/2026/KH-CTTP",
                 "Tân Phước, ngày 09 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hợp tác với các hợp tác xã, tổ hợp tác thu gom phụ phẩm khóm, mít làm thức ăn nuôi ruồi lính đen và "
              "cung ứng ấu trùng, phân ấu trùng", bold=True, center=True)
    for text, style in BODY:
        para(doc, text, bold=style in ("h", "q"))
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Các HTX, THT tham gia;",
                          "- Liên minh HTX tỉnh;", "- Trung tâm Khuyến nông tỉnh;",
                          "- Các phòng, Xưởng, Tổ Vận chuyển;", "- Lưu: VT, P.TM."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "", "Võ Thành Lộc"])
    return saved(doc, author="Phòng Thu mua nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 27/2026/KH-CTTP", created=datetime(2026, 10, 5, 9, 10, 0),
                 modified=datetime(2026, 10, 9, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
