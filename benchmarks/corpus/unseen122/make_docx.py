"""Write a_quang-ninh_21-KH-BQLVHL-2026_ban-quan-ly-vinh-htx-tau-du-lich.docx, the hundred-and-twenty-second held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen122/make_docx.py [OUT]

A bay's management board's plan in Word (March 2026): I. purposes, II. one bordered table IN THE BODY TT | Nội dung
công việc | Đơn vị thực hiện | Thời gian, six rows, the "Đơn vị thực hiện" cell two lines ("Chủ trì: …" and, where
there are partners, "Phối hợp: …"), times by the tourist season; III. two numbered paragraphs; the signature beside
"Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_quang-ninh_21-KH-BQLVHL-2026_ban-quan-ly-vinh-htx-tau-du-lich.docx"

COLUMNS = ["TT", "Nội dung công việc", "Đơn vị thực hiện", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(7.6), Cm(4.6), Cm(3.8)]
ROWS = [
    ("1", "Rà soát hồ sơ pháp lý, phương tiện của 09 hợp tác xã tàu du lịch đang khai thác trên vịnh; lập danh sách "
          "tàu sắp hết hạn đăng kiểm, gửi các hợp tác xã để chủ động sửa chữa",
     ["Chủ trì: Phòng Quản lý tàu du lịch", "Phối hợp: Cảng vụ Hàng hải Quảng Ninh"],
     "Trước mùa cao điểm hè (xong trước 30/4/2026)"),
    ("2", "Tập huấn kỹ năng phục vụ khách, sơ cứu và cứu nạn trên vịnh cho thuyền viên, nhân viên phục vụ của các hợp "
          "tác xã (04 lớp)",
     ["Chủ trì: Phòng Quản lý tàu du lịch", "Phối hợp: Công an tỉnh (Phòng Cảnh sát đường thủy)"], "Tháng 4/2026"),
    ("3", "Hướng dẫn các hợp tác xã bố trí thùng phân loại rác, thiết bị thu gom nước thải trên tàu; kiểm tra đột xuất "
          "việc xả thải xuống vịnh",
     ["Chủ trì: Phòng Tài nguyên - Môi trường vịnh"], "Hằng tháng trong mùa du lịch"),
    ("4", "Xây dựng phương án thí điểm 05 tàu du lịch chạy điện do hợp tác xã làm chủ, báo cáo Ủy ban nhân dân tỉnh "
          "xem xét cơ chế hỗ trợ lãi vay",
     ["Chủ trì: Phòng Kế hoạch - Tổng hợp", "Phối hợp: Sở Xây dựng, Sở Tài chính"], "Quý III/2026"),
    ("5", "Đưa các tour \"vịnh xanh\" của hợp tác xã lên hệ thống bán vé điện tử; giới thiệu các hợp tác xã đạt chuẩn "
          "phục vụ tại bến tàu",
     ["Chủ trì: Trung tâm Hướng dẫn du khách", "Phối hợp: Sở Văn hóa, Thể thao và Du lịch"], "Trước 31/5/2026"),
    ("6", "Tổ chức hội nghị đối thoại với các hợp tác xã tàu du lịch về giá dịch vụ, luồng tuyến và điểm neo đậu "
          "năm 2027",
     ["Chủ trì: Văn phòng Ban"], "Mùa thấp điểm (tháng 11/2026)"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["UBND TỈNH QUẢNG NINH", "BAN QUẢN LÝ VỊNH HẠ LONG"], "Số: 21/KH-BQLVHL",
                 "Quảng Ninh, ngày 16 tháng 3 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ các hợp tác xã tàu du lịch trên vịnh Hạ Long nâng cao chất lượng dịch vụ", bold=True,
         center=True)
    para(doc, "và chuyển đổi xanh năm 2026", bold=True, center=True)
    para(doc, "Hiện có 09 hợp tác xã vận tải thủy với 214 tàu du lịch đang đưa đón khách tham quan vịnh Hạ Long; nhiều "
              "tàu vỏ gỗ đã cũ, thuyền viên chưa được đào tạo bài bản. Ban Quản lý vịnh Hạ Long xây dựng Kế hoạch "
              "năm 2026 như sau:")
    para(doc, "I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(doc, "- Giúp các hợp tác xã tàu du lịch phục vụ an toàn, văn minh, giữ sạch môi trường vịnh trong mùa cao điểm "
              "hè 2026.")
    para(doc, "- Từng bước chuyển tàu vỏ gỗ sang tàu vỏ thép, tàu chạy điện; gắn trách nhiệm từng phòng, đơn vị thuộc "
              "Ban.")
    para(doc, "II. NỘI DUNG VÀ PHÂN CÔNG", bold=True)
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for j, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[j]
        cell_lines(cell, [COLUMNS[j]], bold=(0,))
    for row, (tt, work, doers, time) in zip(table.rows[1:], ROWS):
        cells = row.cells
        for j, cell in enumerate(cells):
            cell.width = WIDTHS[j]
        cell_lines(cells[0], [tt], center=True)
        cell_lines(cells[1], [work])
        cell_lines(cells[2], doers)
        cell_lines(cells[3], [time], center=True)
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "1. Phòng Kế hoạch - Tổng hợp là đầu mối theo dõi việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo "
              "Trưởng ban trước ngày 15/12/2026.")
    para(doc, "2. Đề nghị Liên minh Hợp tác xã tỉnh tư vấn các hợp tác xã tàu du lịch sửa đổi điều lệ, phương án sản "
              "xuất kinh doanh theo Luật Hợp tác xã năm 2023, thực hiện trong quý II/2026.")
    para(doc, "Trong quá trình thực hiện, nếu có vướng mắc, các phòng, đơn vị báo cáo Trưởng ban (qua Phòng Kế hoạch - "
              "Tổng hợp) để xem xét, giải quyết./.")
    signature_table(doc, ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở VHTTDL, Sở XD, Sở TC;", "- LMHTX tỉnh;",
                          "- Cảng vụ HH Quảng Ninh;", "- Các HTX tàu du lịch;", "- Các phòng, đơn vị thuộc Ban;",
                          "- Lưu: VT, KHTH."],
                    ["TRƯỞNG BAN", "", "", "", "Đỗ Thanh Hải"])
    return saved(doc, author="Phòng Kế hoạch - Tổng hợp", editor="Văn thư Ban Quản lý vịnh Hạ Long",
                 title="Kế hoạch 21/KH-BQLVHL", created=datetime(2026, 3, 10, 9, 5, 0),
                 modified=datetime(2026, 3, 16, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
