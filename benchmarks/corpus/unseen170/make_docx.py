"""Write a_vinh-long_27-KH-MTMT-2026_thu-gom-bao-goi-thuoc-bvtv.docx, the hundred-and-seventieth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen170/make_docx.py [OUT]

A licensed hazardous-waste company's plan (August 2026) for collecting and destroying the used pesticide packaging
that farmers drop into the field bins agricultural cooperatives look after: the company's name over two header lines,
an opening "Căn cứ" paragraph, I. purposes, II. preparation as "-" paragraphs each opening with the unit that does it,
III. one sentence over ONE TRANSPOSED bordered table — its COLUMNS are the four collection rounds ("Đợt 1" … "Đợt 4"),
its ROWS the fields of each round (Thời gian, Địa bàn, Công việc, Bộ phận chủ trì, Phối hợp), the first column naming
the row —, IV. four numbered paragraphs, the closing sentence, the signature beside "Nơi nhận". Every paragraph is a
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
OUT = HERE / "a_vinh-long_27-KH-MTMT-2026_thu-gom-bao-goi-thuoc-bvtv.docx"

OPENING = ("Căn cứ Hợp đồng nguyên tắc số 09/2026/HĐNT ngày 02/7/2026 giữa Công ty và Liên minh Hợp tác xã tỉnh Vĩnh "
           "Long về gom bao gói thuốc BVTV đã qua sử dụng; căn cứ danh sách 146 bể chứa đặt trên đồng "
           "ruộng do 11 hợp tác xã nông nghiệp đang trông giữ, Công ty Cổ phần Xử lý môi trường Mỹ Thuận lập Kế hoạch "
           "thu gom, xử lý vụ Thu Đông 2026 và Đông Xuân 2026 - 2027 như sau:")

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Không để bao gói, chai lọ thuốc bảo vệ thực vật tồn lâu ngoài bể, trôi xuống kênh rạch; bể đầy được gom "
     "trong vòng 07 ngày.", "p"),
    ("- Toàn bộ khối lượng thu gom được vận chuyển bằng xe có giấy phép và đốt tại lò của Công ty, có chứng từ chất "
     "thải nguy hại cho từng chuyến.", "p"),
    ("- Chi phí thu gom, xử lý lấy từ khoản đóng góp của các doanh nghiệp sản xuất thuốc theo trách nhiệm mở rộng "
     "của nhà sản xuất; hợp tác xã và nông dân không phải trả tiền.", "p"),
    ("II. CÔNG TÁC CHUẨN BỊ", "h"),
    ("- Phòng Kỹ thuật - Môi trường khảo sát lại 146 bể chứa, chụp ảnh hiện trạng, gắn mã QR cho từng bể; hoàn "
     "thành trước ngày 10/9/2026.", "p"),
    ("- Phòng Kinh doanh ký phụ lục hợp đồng với từng hợp tác xã về công trông giữ bể (150.000 đồng/bể/vụ) và cách "
     "báo bể đầy, xong trong tháng 9/2026.", "p"),
    ("- Đội Vận tải đưa 03 xe chuyên dụng đi kiểm định lại, bổ sung thùng chứa kín nắp và biển cảnh báo, trước ngày "
     "20/9/2026.", "p"),
    ("- Ban An toàn - Sức khỏe - Môi trường (Ban HSE) tập huấn cho tổ trưởng trông giữ bể của các hợp tác xã về bảo "
     "hộ lao động khi gom bao gói; phối hợp Trạm Trồng trọt và BVTV khu vực Vĩnh Long mời giảng viên; dự kiến "
     "ngày 24 - 25/9/2026.", "p"),
    ("III. LỊCH THU GOM THEO ĐỢT", "h"),
    ("Mỗi đợt thu gom được ghi trong một cột của bảng dưới đây (đọc từ trên xuống theo từng cột):", "p"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Tài chính - Kế toán thanh toán công trông giữ bể cho các hợp tác xã sau mỗi đợt, chậm nhất 15 ngày kể "
     "từ ngày ký biên bản nghiệm thu khối lượng.", "p"),
    ("2. Phòng Kỹ thuật - Môi trường tổng hợp khối lượng thu gom, xử lý của từng đợt, lập báo cáo gửi Sở Nông nghiệp "
     "và Môi trường và các doanh nghiệp sản xuất thuốc đóng góp kinh phí; báo cáo cả năm gửi trước ngày 31/01/2027.",
     "p"),
    ("3. Đề nghị Liên minh Hợp tác xã tỉnh Vĩnh Long đôn đốc các hợp tác xã thành viên giữ bể sạch, không đốt bao gói "
     "ngoài đồng, báo Công ty khi bể đầy, trong suốt thời gian thực hiện Kế hoạch.", "p"),
    ("4. Các hợp tác xã trông giữ bể cử 01 tổ trưởng, ghi sổ theo dõi bể và chụp ảnh gửi Phòng Kỹ thuật - Môi trường "
     "vào thứ Hai hằng tuần.", "p"),
    ("Trên đây là Kế hoạch thu gom, xử lý bao gói thuốc bảo vệ thực vật sau sử dụng của Công ty; các phòng, đội, "
     "xưởng triển khai đúng lịch, vướng mắc báo cáo Tổng Giám đốc./.", "p"),
]

# the transposed table: the first column names each row, each further column is one collection round
HEAD = ["Nội dung", "Đợt 1", "Đợt 2", "Đợt 3", "Đợt 4"]
ROWS = [
    ("Thời gian", ["05 - 16/10/2026 (sau thu hoạch lúa Hè Thu)", "Tháng 12/2026",
                   "Trước 15/02/2027 (trước Tết Đinh Mùi)", "Quý II/2027 (sau thu hoạch Đông Xuân)"]),
    ("Địa bàn, HTX trông giữ bể", ["Xã Tân Quới, xã Tân Lược: HTX NN Tân Quới, HTX DVNN Tân Lược (42 bể)",
                                   "Xã Trà Ôn, xã Vĩnh Xuân: HTX NN Trà Ôn, HTX Lúa gạo Vĩnh Xuân (38 bể)",
                                   "146 bể của 11 HTX", "146 bể của 11 HTX"]),
    ("Công việc", ["Gom lần đầu, cân tại bể, lập chứng từ chất thải nguy hại; rửa, khử khuẩn lòng bể",
                   "Gom vụ Thu Đông ở vùng chuyên canh lúa; thay 12 nắp bể bị vỡ",
                   "Kiểm tra đột xuất, gom các bể đã đầy quá 2/3 trước kỳ nghỉ Tết",
                   "Gom tổng thể vụ Đông Xuân, chở về lò đốt của Công ty tại Khu công nghiệp Hòa Phú để xử lý"]),
    ("Bộ phận chủ trì", ["Đội Vận tải", "Đội Vận tải", "Phòng Kỹ thuật - Môi trường", "Xưởng Xử lý chất thải"]),
    ("Phối hợp", ["Phòng Kinh tế xã Tân Quới, Phòng Kinh tế xã Tân Lược", "UBND xã Trà Ôn", "Ban HSE",
                  "Đội Vận tải; Chi cục Bảo vệ môi trường"]),
]
WIDTHS = [Cm(2.6), Cm(3.6), Cm(3.6), Cm(3.6), Cm(3.6)]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "XỬ LÝ MÔI TRƯỜNG MỸ THUẬN"], "Số: 27/KH-MTMT",
                 "Vĩnh Long, ngày 18 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thu gom, vận chuyển và xử lý bao gói thuốc bảo vệ thực vật sau sử dụng tại các bể chứa do hợp tác xã "
              "trông giữ, vụ Thu Đông 2026 và Đông Xuân 2026 - 2027", bold=True, center=True)
    para(doc, OPENING)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(HEAD))
    set_borders(table, "single")
    for row, (label, values) in zip(table.rows, [(HEAD[0], HEAD[1:]), *ROWS]):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        header = row is table.rows[0]
        cell_lines(cells[0], [label], bold=(0,), center=header)
        for cell, value in zip(cells[1:], values):
            cell_lines(cell, [value], bold=(0,) if header else (), center=header)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở NN&MT tỉnh Vĩnh Long (b/c);", "- Liên minh HTX tỉnh;",
                          "- 11 HTX trông giữ bể;", "- Các phòng, đội, xưởng (t/h);", "- Lưu: VT, KT-MT."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "Lâm Hữu Phước"])
    return saved(doc, author="Phòng Kỹ thuật - Môi trường", editor="Văn thư Công ty",
                 title="Kế hoạch 27/KH-MTMT", created=datetime(2026, 8, 11, 8, 20, 0),
                 modified=datetime(2026, 8, 18, 16, 5, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
