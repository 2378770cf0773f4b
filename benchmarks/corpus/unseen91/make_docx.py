"""Write a_hiep-hoi-nnhc_27-KH-HHNNHC-2026_nhom-pgs-huu-co-bang-dau-moi.docx, the ninety-first held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen91/make_docx.py [OUT]

A national association's plan (March 2026): helping cooperatives and cooperative groups set up organic PGS groups
(Hệ thống đảm bảo cùng tham gia). I. purposes, II. one bordered table STT | Hoạt động | Đầu mối | Phối hợp | Thời gian,
seven rows, a lead named with its parent in brackets, times in cells with and without a year; III. two paragraphs of
the association's own units; the signature beside "Nơi nhận".

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
OUT = HERE / "a_hiep-hoi-nnhc_27-KH-HHNNHC-2026_nhom-pgs-huu-co-bang-dau-moi.docx"

COLUMNS = ["STT", "Hoạt động", "Đầu mối", "Phối hợp", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.4), Cm(3.6), Cm(2.4)]
ROWS = [
    ("1", "Khảo sát nhu cầu, chọn 12 HTX, THT trồng rau, chè, lúa đặc sản đủ điều kiện lập nhóm PGS",
     "Ban Chứng nhận PGS", "Liên minh HTX Việt Nam", "Tháng 4/2026"),
    ("2", "Mở 04 lớp tập huấn tiêu chuẩn TCVN 11041 về nông nghiệp hữu cơ, ghi chép nhật ký sản xuất cho thành viên "
          "HTX", "Trung tâm Tư vấn và Đào tạo (thuộc Hiệp hội)", "Hội Nông dân tỉnh Lào Cai, Hội Nông dân tỉnh Tuyên "
          "Quang", "Vụ hè thu 2026"),
    ("3", "Hướng dẫn HTX thành lập nhóm liên nhóm, bầu điều phối viên, xây dựng quy chế kiểm tra chéo",
     "Ban Chứng nhận PGS", "", "Trước 30/6"),
    ("4", "Tổ chức kiểm tra chéo lần đầu, cấp chứng nhận PGS cho các nhóm đạt yêu cầu", "Ban Chứng nhận PGS",
     "Cục Trồng trọt và Bảo vệ thực vật (Bộ NN&MT)", "Quý III"),
    ("5", "Kết nối các HTX có chứng nhận PGS với chuỗi cửa hàng thực phẩm sạch tại Hà Nội",
     "Ban Thị trường", "Liên minh HTX Việt Nam", "Tháng 10 - 11/2026"),
    ("6", "Cập nhật dữ liệu nhóm PGS, sản lượng hữu cơ của HTX lên trang pgs.vn của Hiệp hội", "Văn phòng Hiệp hội",
     "", "Cả năm"),
    ("7", "Tổng kết mô hình, đề xuất Bộ NN&MT nhân rộng nhóm PGS trong HTX", "Văn phòng Hiệp hội",
     "Ban Chứng nhận PGS", "Tháng 12/2026"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["HIỆP HỘI NÔNG NGHIỆP HỮU CƠ", "VIỆT NAM"], "Số: 27/KH-HHNNHC",
                 "Hà Nội, ngày 16 tháng 3 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ hợp tác xã, tổ hợp tác xây dựng nhóm PGS hữu cơ năm 2026", bold=True, center=True)
    para(doc, "Năm 2026 Hiệp hội tiếp tục đồng hành cùng các hợp tác xã ở vùng núi phía Bắc chuyển sang sản xuất hữu "
              "cơ với chi phí chứng nhận thấp. Văn phòng Hiệp hội xây dựng Kế hoạch như sau:")
    para(doc, "I. MỤC ĐÍCH", bold=True)
    para(doc, "- Mỗi hợp tác xã tham gia có ít nhất một nhóm PGS được cấp chứng nhận trong năm.")
    para(doc, "- Gắn chứng nhận với đầu ra ổn định, giá bán sản phẩm hữu cơ cao hơn sản phẩm thường.")
    para(doc, "II. CÁC HOẠT ĐỘNG", bold=True)
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 4))
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "1. Ban Tài chính cân đối kinh phí từ hội phí và tài trợ của dự án, tạm ứng cho các lớp tập huấn trước "
              "ngày 15/4/2026.")
    para(doc, "2. Văn phòng Hiệp hội đôn đốc các ban, tổng hợp kết quả 6 tháng gửi Ban Thường trực trước 10/7/2026.")
    para(doc, "Đề nghị các ban và hội viên tổ chức thực hiện./.")
    signature_table(doc, ["Nơi nhận:", "- Ban Thường trực;", "- Liên minh HTX Việt Nam;", "- Các ban, Trung tâm;",
                          "- Lưu VP."],
                    ["TM. HIỆP HỘI", "CHỦ TỊCH", "", "", "", "Đặng Minh Khuê"])
    return saved(doc, author="Văn phòng Hiệp hội", editor="Văn phòng Hiệp hội", title="Kế hoạch 27/KH-HHNNHC",
                 created=datetime(2026, 3, 10, 9, 0, 0), modified=datetime(2026, 3, 16, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
