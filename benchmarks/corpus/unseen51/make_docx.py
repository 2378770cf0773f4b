"""Write a_tp-hcm_214-KH-DHNL-2026_dai-hoc-tu-van-chuyen-giao-htx.docx, the fifty-first held-out set's Word file, byte
for byte.

    .venv/bin/python benchmarks/corpus/unseen51/make_docx.py [OUT]

A university's plan (March 2026) for research, consulting and technology-transfer services to cooperatives: I. purposes,
II. the services offered ("-" lines), III. one bordered table whose FIRST column is the doing unit (Đơn vị thực hiện |
Nội dung | Đơn vị phối hợp | Thời gian), times in the academic calendar; IV. two numbered paragraphs; the signature
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
OUT = HERE / "a_tp-hcm_214-KH-DHNL-2026_dai-hoc-tu-van-chuyen-giao-htx.docx"

BODY_1 = [
    ("I. MỤC ĐÍCH", "h"),
    ("Đưa kết quả nghiên cứu của giảng viên, người học vào sản xuất của các hợp tác xã nông nghiệp vùng Đông Nam Bộ "
     "và Tây Nam Bộ; gắn đào tạo với nhu cầu thực tế của hợp tác xã, tăng nguồn thu từ hoạt động dịch vụ khoa học.",
     "p"),
    ("II. CÁC DỊCH VỤ NHÀ TRƯỜNG CUNG CẤP CHO HỢP TÁC XÃ", "h"),
    ("- Phân tích mẫu đất, nước, phân bón, thức ăn chăn nuôi tại các phòng thí nghiệm của Trường với mức giá ưu đãi.",
     "p"),
    ("- Tư vấn quy trình canh tác, chăn nuôi an toàn, hồ sơ cấp mã số vùng trồng, chứng nhận VietGAP.", "p"),
    ("- Nhận sinh viên thực tập tốt nghiệp tại hợp tác xã theo nhu cầu của hợp tác xã.", "p"),
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
]

COLUMNS = ["Đơn vị thực hiện", "Nội dung", "Đơn vị phối hợp", "Thời gian"]
WIDTHS = [Cm(3.4), Cm(6.6), Cm(3.6), Cm(3.0)]
ROWS = [
    ("Phòng Quản lý khoa học", "Khảo sát nhu cầu khoa học, công nghệ của 60 hợp tác xã; lập danh mục đặt hàng "
     "đề tài cấp Trường năm 2026", "Liên minh Hợp tác xã Thành phố Hồ Chí Minh", "Học kỳ II, năm học 2025 - 2026"),
    ("Khoa Nông học", "Chuyển giao quy trình trồng rau ăn lá trong nhà màng cho 05 hợp tác xã ở Củ Chi, Hóc Môn",
     "Trung tâm Khuyến nông (Sở Nông nghiệp và Môi trường)", "Tháng 4 - tháng 9/2026"),
    ("Khoa Chăn nuôi Thú y", "Tập huấn an toàn sinh học, sử dụng kháng sinh đúng cách cho hợp tác xã chăn nuôi "
     "bò sữa", "", "Hè 2026"),
    ("Khoa Kinh tế", "Tư vấn xây dựng phương án sản xuất kinh doanh, kế toán hợp tác xã; bồi dưỡng 03 lớp giám "
     "đốc hợp tác xã", "Liên minh Hợp tác xã Thành phố Hồ Chí Minh, Sở Tài chính", "Quý III/2026"),
    ("Khoa Công nghệ Thực phẩm", "Hỗ trợ 04 hợp tác xã hoàn thiện công thức, nhãn mác, hồ sơ công bố sản phẩm "
     "tham gia OCOP", "Sở Công Thương", "Trước 30/10/2026"),
    ("Trung tâm Phân tích thí nghiệm", "Phân tích miễn phí 200 mẫu đất, nước cho các hợp tác xã tham gia dự án",
     "Khoa Môi trường và Tài nguyên", "Cả năm 2026"),
    ("Phòng Công tác sinh viên", "Bố trí 120 sinh viên năm cuối thực tập tại hợp tác xã", "Các khoa chuyên môn",
     "Đợt thực tập hè (tháng 6 - 8/2026)"),
]

BODY_2 = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Quản lý khoa học là đầu mối, tổng hợp kết quả thực hiện, báo cáo Ban Giám hiệu trước ngày "
     "15/12/2026.", "p"),
    ("2. Phòng Kế hoạch Tài chính cân đối, giao dự toán cho các đơn vị từ nguồn sự nghiệp khoa học và nguồn thu "
     "dịch vụ; hoàn thành trong tháng 4/2026.", "p"),
    ("Các đơn vị chủ động đề xuất điều chỉnh nội dung khi hợp tác xã có nhu cầu mới./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC NÔNG LÂM", "THÀNH PHỐ HỒ CHÍ MINH"],
                 "Số: 214/KH-ĐHNL", "Thành phố Hồ Chí Minh, ngày 18 tháng 3 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tư vấn, chuyển giao khoa học công nghệ phục vụ hợp tác xã năm 2026", bold=True, center=True)
    for text, style in BODY_1:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i == 3)
    for text, style in BODY_2:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Ban Giám hiệu;", "- LMHTX TP.HCM (p/h);", "- Các đơn vị tại mục III;",
                          "- Lưu: VT, QLKH."],
                    ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "", "", "", "TS. Lương Minh Khoa"])
    return saved(doc, author="Phòng Quản lý khoa học", editor="Văn thư Trường",
                 title="Kế hoạch 214/KH-ĐHNL", created=datetime(2026, 3, 11, 9, 0, 0),
                 modified=datetime(2026, 3, 18, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
