"""Write a_can-tho_86-KH-VCCICT-2026_vcci-chung-nhan-xuat-xu-htx.docx, the hundred-and-thirty-ninth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen139/make_docx.py [OUT]

A regional branch of the Vietnam Chamber of Commerce and Industry (VCCI Cần Thơ, August 2026): a plan helping exporting
cooperatives obtain certificates of origin (C/O) on eCoSys. I. purposes, II. who it is for, III. one bordered table
STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành whose rows are NUMBERED HIERARCHICALLY: a
group row "1" (its title bold in the Nội dung cell, the other cells empty, not merged) over task rows "1.1", "1.2"…;
IV. funding, V. one paragraph of a room's own follow-up; the closing sentence; the signature beside "Nơi nhận".
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
OUT = HERE / "a_can-tho_86-KH-VCCICT-2026_vcci-chung-nhan-xuat-xu-htx.docx"

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Để các hợp tác xã có hàng xuất khẩu hiểu đúng quy tắc xuất xứ của các hiệp định thương mại tự do, tự lập "
     "và nộp hồ sơ đề nghị cấp C/O trên Hệ thống eCoSys, tận dụng được thuế suất ưu đãi.", "p"),
    ("- Rút ngắn thời gian cấp C/O cho hợp tác xã, hạn chế hồ sơ bị trả lại để bổ sung.", "p"),
    ("II. ĐỐI TƯỢNG", "h"),
    ("Hợp tác xã, liên hiệp hợp tác xã trên địa bàn thành phố Cần Thơ và các tỉnh An Giang, Cà Mau, Vĩnh Long đang "
     "xuất khẩu trực tiếp hoặc ủy thác gạo, trái cây, thủy sản, hàng thủ công mỹ nghệ từ lục bình, dừa.", "p"),
    ("III. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", "h"),
]

AFTER = [
    ("IV. KINH PHÍ", "h"),
    ("Kinh phí tổ chức lớp tập huấn, in sổ tay từ nguồn chương trình xúc tiến thương mại năm 2026 - 2027 của Chi "
     "nhánh; hợp tác xã tham gia không phải đóng học phí.", "p"),
    ("V. TỔ CHỨC THỰC HIỆN", "h"),
    ("Phòng Xuất xứ hàng hóa là đầu mối theo dõi việc thực hiện Kế hoạch, cập nhật số hồ sơ C/O của hợp tác xã đã "
     "tiếp nhận, đã cấp và tổng hợp báo cáo Giám đốc Chi nhánh trước ngày 05 hằng tháng.", "p"),
    ("Trong quá trình thực hiện, các phòng chủ động đề xuất điều chỉnh nội dung cho phù hợp./.", "p"),
]

COLUMNS = ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"]
WIDTHS = [Cm(1.1), Cm(6.9), Cm(3.0), Cm(3.2), Cm(2.4)]
# a 2-tuple is a group row (number, bold title; the other cells empty); a 5-tuple a task row
ROWS = [
    ("1", "Khảo sát nhu cầu, thông tin"),
    ("1.1", "Lập danh sách hợp tác xã có hàng xuất khẩu năm 2025 - 2026, gửi phiếu khảo sát nhu cầu được hướng dẫn "
            "cấp C/O", "Phòng Hội viên - Đào tạo", "Liên minh HTX TP. Cần Thơ, Sở Công Thương", "30/9/2026"),
    ("1.2", "Đăng hướng dẫn thủ tục đề nghị cấp C/O dành cho hợp tác xã trên trang thông tin điện tử và nhóm Zalo "
            "doanh nghiệp của Chi nhánh", "Văn phòng Chi nhánh", "", "Tháng 9/2026"),
    ("2", "Tập huấn, hướng dẫn"),
    ("2.1", "Mở 02 lớp tập huấn quy tắc xuất xứ theo CPTPP, EVFTA, RCEP cho giám đốc, kế toán hợp tác xã (01 lớp tại "
            "Cần Thơ, 01 lớp tại Cà Mau)", "Phòng Hội viên - Đào tạo",
     "Phòng Xuất xứ hàng hóa; Liên minh HTX tỉnh Cà Mau", "Quý IV/2026"),
    ("2.2", "Cầm tay chỉ việc cho từng hợp tác xã đăng ký tài khoản, khai báo hồ sơ thương nhân và hồ sơ đề nghị "
            "cấp C/O trên eCoSys", "Phòng Xuất xứ hàng hóa", "", "Sau mỗi lớp tập huấn"),
    ("2.3", "Mời chuyên gia Cục Xuất nhập khẩu trao đổi trực tuyến về cam kết xuất xứ của hàng nông sản, thủy sản",
     "Phòng Hội viên - Đào tạo", "Cục Xuất nhập khẩu (Bộ Công Thương)", "Tháng 11 - 12/2026"),
    ("2.4", "Biên soạn, in 500 cuốn sổ tay \"Hỏi - đáp về C/O cho hợp tác xã\"", "Ban Pháp chế",
     "Phòng Xuất xứ hàng hóa", "15/12/2026"),
    ("3", "Hỗ trợ trực tiếp"),
    ("3.1", "Bố trí bộ phận tiếp nhận riêng, xử lý hồ sơ C/O của hợp tác xã ngay trong ngày làm việc",
     "Phòng Xuất xứ hàng hóa", "", "Từ 01/10/2026"),
    ("3.2", "Kiểm tra xuất xứ tại cơ sở sản xuất đối với hợp tác xã lần đầu đề nghị cấp C/O", "Phòng Xuất xứ hàng hóa",
     "Sở Công Thương", "Thường xuyên"),
    ("3.3", "Kết nối 05 hợp tác xã đã được cấp C/O với doanh nghiệp hội viên tại Diễn đàn xuất khẩu nông sản vùng "
            "Đồng bằng sông Cửu Long", "Phòng Xúc tiến thương mại",
     "Trung tâm Xúc tiến Thương mại và Đầu tư Cần Thơ", "Tháng 3/2027"),
    ("4", "Sơ kết"),
    ("4.1", "Đánh giá tỷ lệ hồ sơ C/O của hợp tác xã phải sửa đổi, bổ sung; đề xuất nội dung hỗ trợ năm tiếp theo",
     "Phòng Xuất xứ hàng hóa", "Phòng Hội viên - Đào tạo", "Tháng 6/2027"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["PHÒNG THƯƠNG MẠI VÀ CÔNG NGHIỆP VIỆT NAM", "CHI NHÁNH CẦN THƠ"], "Số: 86/KH-VCCICT",
                 "Cần Thơ, ngày 21 tháng 8 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ hợp tác xã xuất khẩu đề nghị cấp Giấy chứng nhận xuất xứ hàng hóa (C/O)", bold=True, center=True)
    para(doc, "Từ tháng 9/2026 đến tháng 6/2027", italic=True, center=True)
    para(doc, "Qua theo dõi, số hợp tác xã trong vùng có hàng xuất khẩu tăng nhưng phần lớn chưa tự đề nghị cấp C/O, "
              "phải nhờ doanh nghiệp thu mua đứng tên nên không hưởng được giá tốt. Phòng Thương mại và Công nghiệp "
              "Việt Nam - Chi nhánh Cần Thơ (VCCI Cần Thơ) xây dựng Kế hoạch hỗ trợ như sau:")
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        if row is table.rows[0]:
            for cell, value in zip(cells, values):
                cell_lines(cell, [value], bold=(0,))
        elif len(values) == 2:
            cell_lines(cells[0], [values[0]], bold=(0,))
            cell_lines(cells[1], [values[1]], bold=(0,), center=False)
        else:
            for i, (cell, value) in enumerate(zip(cells, values)):
                cell_lines(cell, [value], center=i in (0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Ban Thường trực VCCI (b/c);", "- Sở Công Thương TP. Cần Thơ;",
                          "- Liên minh HTX TP. Cần Thơ, tỉnh Cà Mau;", "- Các phòng, ban thuộc Chi nhánh;",
                          "- Lưu: VT, XXHH."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Lâm Ngọc Thạch"])
    return saved(doc, author="Phòng Xuất xứ hàng hóa", editor="Văn phòng Chi nhánh",
                 title="Kế hoạch 86/KH-VCCICT", created=datetime(2026, 8, 14, 8, 20, 0),
                 modified=datetime(2026, 8, 21, 16, 5, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
