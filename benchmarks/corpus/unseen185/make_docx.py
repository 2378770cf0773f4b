"""Write a_hung-yen_52-2026-KH-TCNQ_sipoc-thu-gom-nhua-epr-tht.docx, the hundred-and-eighty-fifth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen185/make_docx.py [OUT]

A plastic recycling company's plan (September 2026) for the supply of used PET and HDPE bottles it needs to carry out
its recycling contracts under extended producer responsibility (EPR), built with three scrap-collectors' cooperative
groups and a commune environmental-service cooperative: the opening (facts), I. purposes ("-" lines), II. how the
table is read (a note), III. the work as ONE SIPOC TABLE on a LANDSCAPE section — TT | S - Bên cung cấp | I - Đầu vào |
P - Việc phải làm | O - Đầu ra | C - Bên nhận | Chủ trì | Phối hợp | Hạn —, whose S and C columns name the suppliers
and the receivers of each step (cooperative groups, a cooperative, producers, a ministry: no doers), I and O hold
materials, specifications and papers; back on a portrait section IV. three numbered duties; the closing sentence; the
signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_hung-yen_52-2026-KH-TCNQ_sipoc-thu-gom-nhua-epr-tht.docx"

# (text, style): "h" a bold heading, "p" a paragraph, "i" an italic paragraph
OPENING = [
    ("Năm 2026 Công ty đã ký hợp đồng thực hiện trách nhiệm tái chế với ba nhà sản xuất (Công ty TNHH Nước giải khát "
     "Sông Hồng, Công ty Cổ phần Sữa Đồng Bằng, Công ty TNHH Hóa mỹ phẩm Hưng Thịnh) theo quy định về trách nhiệm mở "
     "rộng của nhà sản xuất (EPR): trong năm 2027 phải tái chế 4.200 tấn bao bì PET và 900 tấn bao bì HDPE, có chứng từ "
     "chứng minh nguồn gốc của từng lô. Hiện khoảng 70% chai nhựa Công ty mua qua các đại lý ve chai không có phiếu cân, "
     "không rõ người thu gom, nên không dùng được làm hồ sơ EPR.", "p"),
    ("Trên địa bàn xã Như Quỳnh có ba tổ hợp tác của người thu gom phế liệu (THT Thu gom phế liệu Minh Khai 1, THT Thu "
     "gom phế liệu Như Quỳnh, THT Ve chai Lạc Hồng, tổng cộng 86 tổ viên) và Hợp tác xã Dịch vụ môi trường Văn Lâm "
     "đang thu gom rác sinh hoạt cho 14 thôn. Công ty lập Kế hoạch mua chai nhựa trực tiếp của các tổ, hợp tác xã này "
     "từ quý IV/2026 như sau:", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("- Chậm nhất cuối năm 2027, tối thiểu 60% khối lượng chai PET, HDPE đầu vào được mua thẳng của tổ hợp tác, hợp "
     "tác xã, lô nào cũng có phiếu cân ghi rõ người thu gom.", "p"),
    ("- Tổ viên bán được giá ổn định, được trả tiền qua tài khoản, được trang bị bảo hộ lao động; không thu gom chai "
     "lọ đựng hóa chất, thuốc bảo vệ thực vật.", "p"),
    ("II. CÁCH ĐỌC BẢNG TẠI MỤC III", "h"),
    ("Mỗi dòng là một bước của chuỗi thu gom - tái chế, ghi theo mô hình SIPOC mà hệ thống quản lý chất lượng ISO 9001 "
     "của Công ty vẫn dùng: S là bên cung cấp đầu vào, I là đầu vào, P là việc phải làm ở bước đó, O là đầu ra, C là "
     "bên nhận đầu ra. Bên cung cấp và bên nhận không phải là đơn vị thực hiện; đơn vị thực hiện và thời hạn ghi ở ba "
     "cột cuối.", "i"),
    ("III. CHUỖI THU GOM - TÁI CHẾ VÀ PHÂN CÔNG", "h"),
]

COLUMNS = ["TT", "S - Bên cung cấp", "I - Đầu vào", "P - Việc phải làm", "O - Đầu ra", "C - Bên nhận", "Chủ trì",
           "Phối hợp", "Hạn"]
WIDTHS = [Cm(0.9), Cm(2.9), Cm(2.6), Cm(6.0), Cm(2.6), Cm(2.6), Cm(2.5), Cm(2.6), Cm(2.0)]
ROWS = [
    ("1", "03 THT thu gom phế liệu", "Hợp đồng hợp tác của tổ, danh sách tổ viên",
     "Giúp 03 tổ hợp tác hoàn thiện hợp đồng hợp tác, bầu tổ trưởng và gửi thông báo thành lập tổ hợp tác đến UBND xã "
     "theo Luật Hợp tác xã năm 2023",
     "Hồ sơ tổ hợp tác đủ điều kiện ký hợp đồng", "UBND xã Như Quỳnh", "Phòng Hành chính - Nhân sự",
     "Liên minh Hợp tác xã tỉnh", "25/9/2026"),
    ("2", "THT Thu gom phế liệu Minh Khai 1, THT Thu gom phế liệu Như Quỳnh, THT Ve chai Lạc Hồng",
     "Sản lượng thu gom bình quân 03 tháng gần nhất",
     "Ký hợp đồng cung ứng chai PET, HDPE với từng tổ: giá sàn theo quý, khối lượng tối thiểu theo tháng, tổ viên nhận "
     "tiền trực tiếp",
     "03 hợp đồng cung ứng", "Ban Dự án EPR (lưu hồ sơ)", "Phòng Thu mua", "Phòng Tài chính - Kế toán", "30/9/2026"),
    ("3", "HTX Dịch vụ môi trường Văn Lâm", "Bãi tập kết 600 m² tại thôn Minh Khai",
     "Thuê lại và cải tạo bãi tập kết thành điểm cân - phân loại chung: mái che, nền bê tông, cân bàn điện tử 2 tấn, "
     "camera, bình chữa cháy",
     "01 điểm cân - phân loại được nghiệm thu PCCC", "03 THT thu gom phế liệu", "Phòng Kỹ thuật - Chất lượng",
     "UBND xã Như Quỳnh, Công an xã Như Quỳnh", "15/10/2026"),
    ("4", "Các nhà sản xuất ký hợp đồng EPR", "Danh mục bao bì thuộc hợp đồng, yêu cầu về chứng từ",
     "Tập huấn tổ viên phân loại PET trong, PET màu, HDPE; tách nắp, nhãn; nhận biết và từ chối chai lọ đựng hóa chất, "
     "thuốc bảo vệ thực vật",
     "Tờ hướng dẫn có hình; 86 tổ viên được tập huấn", "Tổ viên 03 THT", "Phòng Kỹ thuật - Chất lượng",
     "HTX Dịch vụ môi trường Văn Lâm", "Tháng 10/2026"),
    ("5", "Quỹ phúc lợi Công ty", "Kinh phí 180 triệu đồng",
     "Cấp bảo hộ lao động (găng tay chống cắt, khẩu trang, áo phản quang) và tổ chức khám sức khỏe cho tổ viên",
     "Sổ cấp phát có chữ ký người nhận; kết quả khám", "Tổ viên 03 THT", "Phòng Hành chính - Nhân sự",
     "Trung tâm Y tế khu vực Văn Lâm", "Trước 31/10/2026"),
    ("6", "03 THT, HTX Dịch vụ môi trường Văn Lâm", "Chai PET, HDPE đã phân loại, ép kiện (≥ 95% đúng loại)",
     "Cân từng kiện, lập phiếu cân điện tử có ảnh kiện hàng và mã tổ viên; gửi phiếu cho tổ trưởng qua ứng dụng ngay "
     "khi cân",
     "Phiếu cân điện tử (chứng từ nguồn gốc EPR)", "Ban Dự án EPR; các nhà sản xuất", "Phòng Thu mua", "",
     "Mỗi lần nhận hàng, từ 01/11/2026"),
    ("7", "Phòng Thu mua", "Phiếu cân đã đối chiếu với tổ trưởng",
     "Chuyển tiền hàng vào tài khoản của từng tổ viên, không trả tiền mặt; trích 3% giá trị vào quỹ chung của tổ theo "
     "hợp đồng",
     "Ủy nhiệm chi, bảng kê từng tổ viên", "Tổ viên, tổ trưởng 03 THT", "Phòng Tài chính - Kế toán",
     "Ngân hàng Agribank Chi nhánh Văn Lâm", "Thứ Hai hằng tuần"),
    ("8", "Kho nguyên liệu", "Kiện PET đã cân, đã rửa nóng, nghiền",
     "Xây dựng quy trình lấy mẫu, kiểm tra từng lô mảnh PET (tạp chất PVC, độ ẩm, màu) và đề nghị tổ chức chứng nhận "
     "đánh giá bổ sung vào phạm vi ISO 9001",
     "Mảnh PET sạch ≥ 99,5%, độ ẩm ≤ 1%", "Dây chuyền tạo hạt rPET", "Phòng Kỹ thuật - Chất lượng",
     "Xưởng rửa - nghiền", "Quý IV/2026"),
    ("9", "Phòng Thu mua, Phòng Tài chính - Kế toán", "Phiếu cân, ủy nhiệm chi, nhật ký sản xuất",
     "Lập hồ sơ kết quả tái chế năm 2026 cho từng nhà sản xuất; kê khai trên Cổng thông tin EPR quốc gia",
     "Hồ sơ kết quả tái chế có xác nhận của nhà sản xuất",
     "Các nhà sản xuất ký hợp đồng EPR; Bộ Nông nghiệp và Môi trường", "Ban Dự án EPR",
     "Phòng Thu mua, Phòng Tài chính - Kế toán", "Trước 20/3/2027"),
    ("10", "03 THT, HTX Dịch vụ môi trường Văn Lâm", "Sản lượng 02 quý, ý kiến tổ viên",
     "Sơ kết 6 tháng thực hiện hợp đồng cung ứng; điều chỉnh giá sàn quý II/2027 theo giá hạt rPET",
     "Phụ lục hợp đồng điều chỉnh giá", "03 THT thu gom phế liệu", "Phòng Thu mua", "Liên minh Hợp tác xã tỉnh",
     "Trước 31/3/2027"),
    ("11", "Ban Dự án EPR", "Hồ sơ kết quả tái chế năm 2026",
     "Đón đoàn đánh giá độc lập của các nhà sản xuất tại điểm cân và xưởng; giải trình số liệu nguồn gốc từng lô",
     "Biên bản đánh giá", "Các nhà sản xuất ký hợp đồng EPR", "Ban Dự án EPR", "HTX Dịch vụ môi trường Văn Lâm",
     "Tháng 4/2027"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Ban Dự án EPR là đầu mối theo dõi Kế hoạch; tổng hợp khối lượng mua trực tiếp của từng tổ, báo cáo Tổng Giám "
     "đốc trước ngày 05 hằng tháng.", "p"),
    ("2. Phòng Tài chính - Kế toán cân đối 2,4 tỷ đồng vốn lưu động cho việc mua chai nhựa quý IV/2026, trình Hội đồng "
     "quản trị trước ngày 25/9/2026.", "p"),
    ("3. Đề nghị UBND xã Như Quỳnh xác nhận danh sách tổ viên là người thu gom phế liệu cư trú trên địa bàn xã trước "
     "ngày 10/10/2026, để Công ty làm hồ sơ nguồn gốc và thẻ ra vào điểm cân.", "p"),
    ("Các phòng, Ban Dự án EPR, Xưởng rửa - nghiền căn cứ Kế hoạch này thực hiện; vướng mắc báo cáo Tổng Giám đốc "
     "(qua Ban Dự án EPR) để giải quyết./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "TÁI CHẾ NHỰA NHƯ QUỲNH"], "Số: 52/2026/KH-TCNQ",
                 "Như Quỳnh, ngày 14 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mua chai nhựa PET, HDPE trực tiếp của các tổ hợp tác thu gom phế liệu và hợp tác xã dịch vụ môi trường "
              "để thực hiện hợp đồng tái chế EPR năm 2026 - 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h", italic=style == "i")

    wide = doc.add_section(WD_SECTION.NEW_PAGE)  # the SIPOC table on a landscape page
    wide.orientation = WD_ORIENT.LANDSCAPE
    wide.page_width, wide.page_height = Cm(29.7), Cm(21)
    wide.left_margin, wide.right_margin = Cm(2), Cm(1.5)
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [COLUMNS, *ROWS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            cell_lines(cell, [value], bold=(0,) if n == 0 else (), center=n == 0 or i in (0, 8))
            for run in cell.paragraphs[0].runs:
                run.font.size = Pt(10.5)

    tall = doc.add_section(WD_SECTION.NEW_PAGE)  # back to portrait for the duties and the signature
    tall.orientation = WD_ORIENT.PORTRAIT
    tall.page_width, tall.page_height = Cm(21), Cm(29.7)
    tall.left_margin, tall.right_margin = Cm(3), Cm(2)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Các nhà sản xuất ký hợp đồng EPR;",
                          "- 03 THT thu gom phế liệu, HTX DVMT Văn Lâm;", "- UBND xã Như Quỳnh;",
                          "- Các phòng, Ban Dự án EPR, Xưởng (t/h);", "- Lưu: VT, P.TM."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Vũ Đình Thạch"])
    return saved(doc, author="Phòng Thu mua", editor="Văn thư Công ty",
                 title="Kế hoạch 52/2026/KH-TCNQ", created=datetime(2026, 9, 8, 14, 40, 0),
                 modified=datetime(2026, 9, 14, 10, 25, 0), revision=9)


if __name__ == "__main__":
    write(build, OUT)
