"""Write a_ninh-binh_18-KH-HNA-2026_nhiep-anh-htx-ma-ngay-chup.docx, the two-hundred-and-eleventh held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen211/make_docx.py [OUT]

A provincial photographic association's plan (October 2026) photographing four cooperatives' products and work for
their e-commerce pages and OCOP files, training cooperative sales staff to shoot with phones, a photo contest and an
exhibition for Ngày Hợp tác xã Việt Nam 11/4/2027. I. purposes and targets ("-" lines); II. a small bordered table of
SHOOTING DAYS, each with a code (N1 … N4), its date and the cooperative visited (no work); III. a note naming the
association's teams, then ONE bordered shot-list table Mã | Việc | Tổ thực hiện | Bên phối hợp | Lúc whose time cell
is, for the shoots, A DAY CODE AND A CLOCK SPAN ("N1, 5h30 - 8h00"), for the other rows an ordinary date, a span or a
condition; IV. the money (facts); V. two numbered paragraphs; the closing sentence; the signature beside "Nơi nhận".
Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_ninh-binh_18-KH-HNA-2026_nhiep-anh-htx-ma-ngay-chup.docx"

# (text, style): "h" a bold heading, "p" a paragraph, "i" an italic note
OPENING = [
    ("Nhiều hợp tác xã của tỉnh đã có sản phẩm đạt 3 sao OCOP trở lên nhưng ảnh đăng trên gian hàng điện tử, trang "
     "mạng xã hội và trong hồ sơ dự thi còn chụp vội bằng điện thoại, thiếu sáng, nền lẫn đồ vật, khách hàng khó nhận "
     "ra chất lượng thật của hàng hóa. Thực hiện chương trình phối hợp giữa Liên hiệp các Hội Văn học nghệ thuật tỉnh "
     "và Liên minh Hợp tác xã tỉnh, Ban Chấp hành Hội Nhiếp ảnh tỉnh xây dựng Kế hoạch \"Ống kính cùng hợp tác xã\" "
     "như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Giúp 04 hợp tác xã có bộ ảnh sản phẩm, ảnh quy trình làm ra sản phẩm đủ chuẩn để dùng lâu dài; hội viên "
     "có thêm đề tài sáng tác về người lao động trong khu vực kinh tế tập thể.", "p"),
    ("- Mỗi sản phẩm có ít nhất 06 ảnh nền trắng và 04 ảnh bối cảnh; 60 cán bộ bán hàng của hợp tác xã biết tự chụp "
     "ảnh sản phẩm bằng điện thoại; chọn được khoảng 80 tác phẩm để trưng bày.", "p"),
    ("- Hội viên tham gia trên tinh thần tự nguyện, không nhận thù lao; hợp tác xã được dùng ảnh miễn phí cho việc "
     "quảng bá sản phẩm của mình.", "p"),
    ("II. LỊCH CÁC NGÀY CHỤP", "h"),
    ("Các ngày chụp đã thống nhất với từng hợp tác xã; trong bảng phân công ở mục III, mỗi ngày được ghi bằng mã ở cột "
     "đầu:", "p"),
]

DAY_COLUMNS = ["Mã ngày", "Ngày", "Hợp tác xã, địa điểm"]
DAY_WIDTHS = [Cm(2.2), Cm(4.4), Cm(9.4)]
DAYS = [
    ("N1", "Thứ Bảy, 07/11/2026", "HTX Cói mỹ nghệ Bình Minh Xanh, xã Kim Đông"),
    ("N2", "Chủ nhật, 08/11/2026", "HTX Nông nghiệp Hải Đường (gạo tám, nếp cái hoa vàng), xã Hải Hậu"),
    ("N3", "Thứ Bảy, 14/11/2026", "HTX Dược liệu Thanh Sơn Xuân, xã Kim Bảng"),
    ("N4", "Chủ nhật, 15/11/2026", "HTX Dịch vụ du lịch đò Vân Long, xã Gia Vân"),
]

BEFORE_TABLE = [
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
    ("Hội chia hội viên tham gia thành ba tổ: Tổ Ảnh sản phẩm (tổ trưởng Nguyễn Hữu Lộc), Tổ Ảnh phóng sự (tổ trưởng "
     "Đinh Thị Vân Anh), Tổ Biên tập - Hậu kỳ (tổ trưởng Trần Quang Bích); Văn phòng Hội lo liên hệ, giấy tờ, xe đi lại. "
     "Cột \"Lúc\" ghi mã ngày ở mục II và giờ bắt đầu, giờ kết thúc buổi chụp; các việc khác ghi theo ngày tháng.", "i"),
]

COLUMNS = ["Mã", "Việc", "Tổ thực hiện", "Bên phối hợp", "Lúc"]
WIDTHS = [Cm(1.3), Cm(6.6), Cm(2.6), Cm(3.1), Cm(2.4)]
ROWS = [
    ("V01", "Đến từng hợp tác xã thống nhất danh mục sản phẩm, cảnh cần chụp; gửi bản hướng dẫn chuẩn bị mẫu hàng, "
            "bao bì, người mẫu là thành viên hợp tác xã", "Văn phòng Hội", "Liên minh Hợp tác xã tỉnh",
     "Trước 31/10/2026"),
    ("V02", "Chụp cảnh cắt cói, chẻ cói, phơi cói trên bãi ven đê lúc sương sớm và thợ dệt chiếu, làm làn tại xưởng",
     "Tổ Ảnh phóng sự", "HTX Cói mỹ nghệ Bình Minh Xanh", "N1, 5h30 - 8h00"),
    ("V03", "Chụp từng mẫu làn, giỏ, thảm cói trên nền trắng và trong góc nhà bày đặt như của người mua",
     "Tổ Ảnh sản phẩm", "", "N1, 9h00 - 16h00"),
    ("V04", "Chụp túi gạo 2 kg, 5 kg, hộp quà nếp cái hoa vàng trên nền trắng; dựng bối cảnh mâm cơm, nồi xôi ngày Tết",
     "Tổ Ảnh sản phẩm", "HTX Nông nghiệp Hải Đường", "N2, 8h00 - 11h30"),
    ("V05", "Chụp thành viên hợp tác xã hái, phơi, sao dược liệu và dây chuyền đóng gói trà túi lọc",
     "Tổ Ảnh phóng sự", "HTX Dược liệu Thanh Sơn Xuân", "N3, 6h00 - 10h00"),
    ("V06", "Chụp đò nan, người chèo đò đưa khách trên đầm lúc hoàng hôn; chụp áo mưa, nón lá của hợp tác xã in "
            "biểu trưng", "Tổ Ảnh phóng sự", "HTX Dịch vụ du lịch đò Vân Long", "N4, 15h30 - 17h30"),
    ("V07", "Chỉnh màu, tách nền, xuất ảnh đúng tỷ lệ khung hình các sàn thương mại điện tử yêu cầu; chép ảnh vào ổ "
            "đĩa giao cho hợp tác xã", "Tổ Biên tập - Hậu kỳ", "Tổ Ảnh sản phẩm",
     "Trong 10 ngày sau mỗi ngày chụp"),
    ("V08", "Mở 02 lớp \"Tự chụp ảnh sản phẩm bằng điện thoại\" (mỗi lớp 30 người, học một ngày, thực hành tại chỗ) "
            "cho cán bộ bán hàng của các hợp tác xã", "Tổ Ảnh sản phẩm", "Liên minh Hợp tác xã tỉnh, Sở Công Thương",
     "Tháng 12/2026"),
    ("V09", "Phát động cuộc thi ảnh \"Hợp tác xã quê mình\" trong hội viên và người chụp ảnh không chuyên; nhận, đánh "
            "số ảnh dự thi", "Văn phòng Hội", "Báo Ninh Bình", "01/12/2026 - 28/02/2027"),
    ("V10", "Chấm sơ khảo, chung khảo; chọn tác phẩm trao giải và tác phẩm trưng bày", "Hội đồng Nghệ thuật của Hội",
     "", "Trước 20/3/2027"),
    ("V11", "Dàn dựng, khai mạc triển lãm ảnh chào mừng Ngày Hợp tác xã Việt Nam (11/4/2027), mời các hợp tác xã "
            "mang sản phẩm đến trưng bày cạnh ảnh", "Văn phòng Hội", "Trung tâm Văn hóa tỉnh, Liên minh Hợp tác xã tỉnh",
     "08/4 - 15/4/2027"),
]

AFTER = [
    ("IV. KINH PHÍ", "h"),
    ("Tiền in ảnh, làm khung và giải thưởng (dự kiến 46 triệu đồng) do Liên hiệp các Hội Văn học nghệ "
     "thuật tỉnh hỗ trợ sáng tạo tác phẩm trong năm 2026; các hợp tác xã lo bữa ăn trong ngày chụp; hội viên tự lo máy "
     "ảnh, ống kính.", "p"),
    ("V. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Đề nghị bốn hợp tác xã có tên ở mục II cử một người đi cùng đoàn, chuẩn bị đủ mẫu hàng và bối cảnh từ chiều "
     "hôm trước ngày chụp.", "p"),
    ("2. Văn phòng Hội tổng hợp kết quả, báo cáo Thường trực Liên hiệp các Hội Văn học nghệ thuật tỉnh trước ngày "
     "30/4/2027.", "p"),
    ("Trên đây là Kế hoạch \"Ống kính cùng hợp tác xã\" của Hội Nhiếp ảnh tỉnh Ninh Bình; các tổ, hội viên và các hợp "
     "tác xã có tên trong kế hoạch phối hợp thực hiện./.", "p"),
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
    header_table(doc, ["LIÊN HIỆP CÁC HỘI VHNT", "TỈNH NINH BÌNH", "HỘI NHIẾP ẢNH TỈNH"], "Số: 18/KH-HNA",
                 "Ninh Bình, ngày 12 tháng 10 năm 2026", issuer_bold=(2,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Chụp ảnh sản phẩm, hoạt động của hợp tác xã và triển lãm ảnh \"Ống kính cùng hợp tác xã\" "
              "năm 2026 - 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h", italic=style == "i")
    bordered(doc, DAY_COLUMNS, DAY_WIDTHS, DAYS, center_columns=(0, 1))
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h", italic=style == "i")
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h", italic=style == "i")
    signature_table(doc, ["Nơi nhận:", "- Thường trực Liên hiệp các Hội VHNT tỉnh (b/c);",
                          "- Liên minh HTX tỉnh, Sở Công Thương;", "- 04 HTX có tên tại mục II;",
                          "- Các tổ, hội viên tham gia;", "- Lưu: VP Hội."],
                    ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "", "Vũ Đình Khởi"])
    return saved(doc, author="Văn phòng Hội Nhiếp ảnh", editor="Văn phòng Hội Nhiếp ảnh",
                 title="Kế hoạch 18/KH-HNA", created=datetime(2026, 10, 8, 14, 10, 0),
                 modified=datetime(2026, 10, 12, 9, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
