"""Write a_lam-dong_127-KH-BTLD-2026_phuc-che-hien-vat-htx-thu-cong.docx, the hundred-and-ninety-fourth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen194/make_docx.py [OUT]

A provincial museum's plan (September 2026) for its work with craft cooperatives (Chăm pottery, K'Ho brocade, rattan
weaving): licensed replicas of its artefacts, a craft demonstration corner, a consignment counter. I. purposes, II. the
situation (facts), III. a note on how to read the table, then ONE bordered PROPOSAL-AND-APPROVAL table TT | Nội dung
đề xuất | Đơn vị đề xuất | Ý kiến của Giám đốc: the rooms' proposals and the director's decision on each, in which the
doer, the partner and the time are given ("Đồng ý. Giao … chủ trì …", "Đồng ý. Đơn vị đề xuất thực hiện …", "Không
đồng ý …", "Để lại năm 2027."); IV. two numbered paragraphs on the cooperatives; the closing sentence; the signature
beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_lam-dong_127-KH-BTLD-2026_phuc-che-hien-vat-htx-thu-cong.docx"

# (text, style): "h" a bold heading, "p" a paragraph, "i" an italic paragraph
OPENING = [
    ("Căn cứ Quyết định số 2145/QĐ-SVHTTDL ngày 06/3/2026 của Sở Văn hóa, Thể thao và Du lịch giao nhiệm vụ năm 2026 "
     "cho Bảo tàng tỉnh;", "i"),
    ("Tại buổi giao ban ngày 14/9/2026, các phòng chuyên môn đã trình bày những việc có thể làm cùng các hợp tác xã, tổ "
     "hợp tác giữ nghề thủ công của đồng bào trong tỉnh; Giám đốc đã cho ý kiến vào từng đề xuất. Bảo tàng tỉnh Lâm "
     "Đồng ban hành Kế hoạch dưới đây:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Đưa hiện vật của Bảo tàng đến gần công chúng qua những bản phục chế đúng kiểu dáng, hoa văn; giúp hợp tác xã "
     "nghề thủ công có thêm mặt hàng và nơi bán ổn định.", "p"),
    ("- Hiện vật gốc phải được bảo quản an toàn tuyệt đối; mọi sản phẩm phục chế phải ghi rõ là bản phục chế.", "p"),
    ("II. TÌNH HÌNH", "h"),
    ("Kho Bảo tàng đang giữ 1.240 hiện vật gốm, dệt, đan lát của người Chăm, K'Ho, Mạ, Chu Ru; năm 2025 có khoảng 86.000 "
     "lượt khách, trong đó gần một phần ba là học sinh. Ba đơn vị đã gửi văn bản đăng ký tham gia: HTX Gốm Chăm Bình "
     "Đức (xã Bắc Bình), HTX Thổ cẩm Đạ Sar (xã Lạc Dương cũ, nay thuộc xã Đạ Sar) và tổ hợp tác đan lát mây tre thôn "
     "Đạ Nghịch (xã Đam Rông 2).", "p"),
    ("III. NỘI DUNG ĐỀ XUẤT VÀ Ý KIẾN CỦA GIÁM ĐỐC", "h"),
    ("Ghi chú: các phòng thực hiện theo cột \"Ý kiến của Giám đốc\". Nội dung Giám đốc không đồng ý hoặc để lại năm sau "
     "thì không triển khai trong năm 2026. Khi ý kiến ghi \"đơn vị đề xuất\" thì đơn vị đó là đơn vị chủ trì.", "i"),
]

COLUMNS = ["TT", "Nội dung đề xuất", "Đơn vị đề xuất", "Ý kiến của Giám đốc"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.2), Cm(5.6)]
ROWS = [
    ("1", "Chọn 12 hiện vật gốm, thổ cẩm, đồ đan tiêu biểu làm mẫu phục chế; lập hồ sơ ảnh, bản vẽ, kích thước từng "
          "hiện vật", "Phòng Nghiên cứu - Sưu tầm",
     "Đồng ý. Đơn vị đề xuất chủ trì, Phòng Kiểm kê - Bảo quản phối hợp; xong trước 15/10/2026."),
    ("2", "Ký thỏa thuận cho HTX Gốm Chăm Bình Đức, HTX Thổ cẩm Đạ Sar làm và bán bản phục chế có dòng chữ \"Sản phẩm "
          "phục chế - Bảo tàng tỉnh Lâm Đồng\"", "Phòng Hành chính - Tổng hợp",
     "Đồng ý. Giao Phòng Hành chính - Tổng hợp chủ trì, thống nhất nội dung với Phòng Nghiên cứu - Sưu tầm trước khi "
     "trình ký. Hoàn thành trong tháng 10/2026."),
    ("3", "Cho các HTX mượn hiện vật gốc về xưởng để làm mẫu", "Phòng Nghiên cứu - Sưu tầm",
     "Không đồng ý: hiện vật gốc không ra khỏi kho."),
    ("4", "Bố trí để thợ của các HTX vào kho đo, vẽ, chụp ảnh hiện vật mẫu", "Phòng Kiểm kê - Bảo quản",
     "Đồng ý. Đơn vị đề xuất thực hiện, mỗi đợt không quá 02 ngày, luôn có cán bộ giám sát; từ tháng 10 đến hết tháng "
     "11/2026."),
    ("5", "Thẩm định mẫu phục chế đầu tiên của từng HTX trước khi cho làm hàng loạt", "Phòng Nghiên cứu - Sưu tầm",
     "Đồng ý. Lập tổ thẩm định do Phòng Nghiên cứu - Sưu tầm làm tổ trưởng, có Phòng Kiểm kê - Bảo quản tham gia; xong "
     "trước 10/12/2026."),
    ("6", "Dựng Góc trình diễn nghề ở sảnh tầng 1; nghệ nhân các HTX nặn gốm, dệt thổ cẩm cho khách xem vào thứ Bảy, "
          "Chủ nhật", "Phòng Trưng bày - Tuyên truyền",
     "Đồng ý. Phòng Trưng bày - Tuyên truyền chủ trì, phối hợp Phòng Hành chính - Tổng hợp lo điện, nước, bàn ghế; "
     "khai trương ngày 23/11/2026 (Ngày Di sản Văn hóa Việt Nam)."),
    ("7", "Mở quầy bán sản phẩm của HTX theo hình thức ký gửi ở lối ra khu trưng bày", "Phòng Hành chính - Tổng hợp",
     "Đồng ý. Giao đơn vị đề xuất; Phòng Trưng bày - Tuyên truyền phối hợp chọn chỗ đặt quầy. Mở quầy trước "
     "20/11/2026."),
    ("8", "Giữ lại 5% tiền bán hàng ký gửi để bổ sung kinh phí hoạt động của Bảo tàng", "Phòng Hành chính - Tổng hợp",
     "Không đồng ý. Toàn bộ tiền bán hàng chuyển cho HTX, Bảo tàng không thu."),
    ("9", "Tọa đàm \"Nghề thủ công trong đời sống hôm nay\" với chủ nhiệm các HTX và nghệ nhân",
     "Phòng Nghiên cứu - Sưu tầm", "Để lại năm 2027."),
    ("10", "Soạn tờ gấp song ngữ Việt - Anh giới thiệu các HTX và sản phẩm phục chế, đặt tại quầy vé",
     "Phòng Trưng bày - Tuyên truyền", "Đồng ý; hạn 30/11/2026. Đơn vị đề xuất lấy thông tin sản phẩm do các HTX cung cấp."),
    ("11", "Đưa 03 HTX vào chương trình trải nghiệm cho học sinh: tham quan, tự tay nặn gốm, dệt thử",
     "Phòng Trưng bày - Tuyên truyền",
     "Đồng ý. Phòng Trưng bày - Tuyên truyền chủ trì, làm việc với Sở Giáo dục và Đào tạo để đưa vào lịch tham quan "
     "của các trường trong học kỳ II năm học 2026 - 2027."),
    ("12", "Báo cáo Sở Văn hóa, Thể thao và Du lịch kết quả làm việc với các HTX năm 2026",
     "Phòng Hành chính - Tổng hợp", "Đồng ý; trước 20/12/2026."),
]

AFTER = [
    ("IV. ĐỐI VỚI CÁC HỢP TÁC XÃ, TỔ HỢP TÁC THAM GIA", "h"),
    ("1. Gửi Phòng Kiểm kê - Bảo quản danh sách thợ vào kho đo vẽ hiện vật (họ tên, số định danh cá nhân) trước ngày "
     "05/10/2026.", "p"),
    ("2. Sản phẩm phục chế chỉ được bày bán khi mẫu đầu tiên đã có biên bản thẩm định; giá bán do hợp tác xã, tổ hợp "
     "tác tự quyết định.", "p"),
    ("Trên đây là Kế hoạch làm việc với các hợp tác xã, tổ hợp tác nghề thủ công năm 2026 của Bảo tàng tỉnh; các phòng "
     "căn cứ ý kiến của Giám đốc để tổ chức thực hiện./.", "p"),
]


def bordered(doc, columns, widths, rows, center_columns):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [columns, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in center_columns)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "BẢO TÀNG TỈNH LÂM ĐỒNG"], "Số: 127/KH-BTLĐ",
                 "Lâm Đồng, ngày 18 tháng 9 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Làm việc với các hợp tác xã, tổ hợp tác nghề thủ công truyền thống về phục chế hiện vật, trình diễn "
              "nghề và bán sản phẩm tại Bảo tàng năm 2026", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h", italic=style == "i")
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0,))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở VHTTDL (b/c);", "- HTX Gốm Chăm Bình Đức;", "- HTX Thổ cẩm Đạ Sar;",
                          "- THT đan lát mây tre thôn Đạ Nghịch;", "- Các phòng thuộc Bảo tàng;", "- Lưu: VT, HCTH."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Ka Thị Ngọc Diệp"])
    return saved(doc, author="Phòng Hành chính - Tổng hợp", editor="Văn thư Bảo tàng",
                 title="Kế hoạch 127/KH-BTLĐ", created=datetime(2026, 9, 15, 9, 10, 0),
                 modified=datetime(2026, 9, 18, 15, 40, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
