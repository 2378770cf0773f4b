"""Write a_hue_214-KH-VPDKDD-2026_van-phong-dang-ky-dat-dai-cap-giay-chung-nhan-htx-theo-buoc.docx, the seventieth
held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen70/make_docx.py [OUT]

A land registration office's plan for issuing land-use certificates to agricultural cooperatives (August 2026, after
Huế's departments were merged and its districts abolished): the office under its parent Sở in the header, I. purposes,
II. a bordered table by steps (Bước | Công việc | Bộ phận thực hiện | Phối hợp | Thời hạn) whose doers are the office's
own branches and sections, III. numbered paragraphs of who else does what; the signature beside "Nơi nhận". Every
paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_hue_214-KH-VPDKDD-2026_van-phong-dang-ky-dat-dai-cap-giay-chung-nhan-htx-theo-buoc.docx"

BEFORE = [
    ("Thực hiện Văn bản số 1893/SNNMT-QLĐĐ ngày 28/7/2026 của Sở Nông nghiệp và Môi trường về việc giải quyết dứt "
     "điểm hồ sơ đất đai tồn đọng của các hợp tác xã nông nghiệp, Văn phòng Đăng ký đất đai đề ra "
     "các việc cần làm như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("Đến hết năm 2026 hoàn thành đăng ký, cấp Giấy chứng nhận quyền sử dụng đất cho 41 hợp tác xã nông nghiệp đang "
     "sử dụng đất làm trụ sở, sân phơi, nhà kho, trạm bơm mà chưa có giấy tờ; không để hợp tác xã phải đi lại nhiều "
     "lần; hồ sơ đủ điều kiện thì giải quyết đúng hạn.", "p"),
    ("II. TRÌNH TỰ VÀ PHÂN CÔNG", "h"),
    ("Việc cấp Giấy chứng nhận cho hợp tác xã được làm theo các bước dưới đây; bộ phận ghi ở cột thứ ba chịu trách "
     "nhiệm chính, kết quả từng bước báo cáo Giám đốc Văn phòng.", "p"),
]

COLUMNS = ["Bước", "Công việc", "Bộ phận thực hiện", "Phối hợp", "Thời hạn"]
WIDTHS = [Cm(1.4), Cm(6.2), Cm(3.4), Cm(3.4), Cm(2.6)]
ROWS = [
    ("1", "Lập danh sách hợp tác xã đang sử dụng đất chưa được cấp Giấy chứng nhận, phân loại theo nguồn gốc đất "
          "(đất giao, đất thuê, đất nhận chuyển nhượng, đất do xã quản lý)",
     "Phòng Đăng ký và Cấp giấy chứng nhận", "UBND các xã, phường; Liên minh HTX thành phố", "Trước 15/9/2026"),
    ("2", "Đo đạc, chỉnh lý bản đồ địa chính các thửa đất của hợp tác xã chưa có trong bản đồ hoặc đã biến động",
     "Phòng Đo đạc, bản đồ và Dữ liệu", "Các Chi nhánh Văn phòng Đăng ký đất đai", "Tháng 9 - tháng 10/2026"),
    ("3", "Hướng dẫn hợp tác xã kê khai, lập hồ sơ đăng ký; tiếp nhận hồ sơ tại Trung tâm phục vụ hành chính công "
          "xã",
     "Các Chi nhánh Văn phòng Đăng ký đất đai", "Ban quản trị các hợp tác xã", "Từ 01/10/2026"),
    ("4", "Xác nhận nguồn gốc, thời điểm sử dụng đất, tình trạng tranh chấp của thửa đất hợp tác xã đang sử dụng",
     "UBND các xã, phường", "Chi nhánh Văn phòng Đăng ký đất đai khu vực", "10 ngày làm việc sau khi nhận hồ sơ"),
    ("5", "Xác định nghĩa vụ tài chính, chuyển thông tin sang cơ quan thuế; hướng dẫn hợp tác xã thuộc diện miễn, "
          "giảm tiền thuê đất",
     "Phòng Đăng ký và Cấp giấy chứng nhận", "Thuế thành phố Huế", "Quý IV/2026"),
    ("6", "Cập nhật cơ sở dữ liệu đất đai, trao Giấy chứng nhận cho hợp tác xã tại xã",
     "Phòng Đo đạc, bản đồ và Dữ liệu", "Các Chi nhánh Văn phòng Đăng ký đất đai", "Trước 25/12/2026"),
]

AFTER = [
    ("III. TRÁCH NHIỆM CÁC BÊN", "h"),
    ("1. Phòng Hành chính - Tổng hợp cân đối kinh phí đo đạc từ nguồn sự nghiệp năm 2026, tổng hợp tiến độ báo cáo Sở "
     "Nông nghiệp và Môi trường vào ngày 25 hằng tháng.", "p"),
    ("2. Đề nghị Liên minh Hợp tác xã thành phố thông báo Kế hoạch đến các hợp tác xã thành viên, cử cán bộ cùng đi "
     "với tổ đo đạc khi xuống hợp tác xã; thực hiện trong tháng 9/2026.", "p"),
    ("3. Đề nghị UBND các xã, phường chỉ đạo công chức địa chính niêm yết công khai kết quả kiểm tra hồ sơ tại trụ "
     "sở xã trong 15 ngày, xong trước ngày 30/11/2026.", "p"),
    ("Quá trình thực hiện có vướng mắc về nguồn gốc đất, các bộ phận báo cáo trực tiếp Giám đốc Văn phòng để xử lý./.",
     "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI"], "Số: 214/KH-VPĐKĐĐ",
                 "Huế, ngày 12 tháng 8 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Đăng ký, cấp Giấy chứng nhận quyền sử dụng đất đối với hợp tác xã nông nghiệp năm 2026", bold=True,
         center=True)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở NN&MT (b/c);", "- UBND các xã, phường;", "- LM HTX thành phố;",
                          "- Thuế thành phố Huế;", "- Các Chi nhánh VPĐKĐĐ;", "- Lưu: VT, ĐK."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Hồ Đăng Khoa"])
    return saved(doc, author="Phòng Đăng ký và Cấp giấy chứng nhận", editor="Văn thư VPĐKĐĐ",
                 title="Kế hoạch 214/KH-VPĐKĐĐ", created=datetime(2026, 8, 6, 9, 10, 0),
                 modified=datetime(2026, 8, 12, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
