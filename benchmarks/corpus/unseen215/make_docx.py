"""Write a_tp-hcm_27-KH-HMT-2026_hoa-si-thiet-ke-san-pham-htx-nghe.docx, the two-hundred-and-fifteenth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen215/make_docx.py [OUT]

A city fine arts association's plan (August 2026): its painters and designers, in three design groups, work with the
lacquer, ceramics and rattan cooperatives of the former Bình Dương on new product lines, labels and packaging, then a
joint exhibition. I. purposes, II. targets, III. the three design groups (a list: who they are, no work), IV. ONE
bordered table whose FIRST column names the BENEFICIARY COOPERATIVE in a cell MERGED DOWN over its two or three rows
(the last group "Chung cho các HTX"), then the work, a DELIVERABLES column ("Sản phẩm giao nộp": "03 phương án", "01
bộ file in"), the doer, the partners and the deadline; V. three numbered duties; the closing sentence; the signature
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
OUT = HERE / "a_tp-hcm_27-KH-HMT-2026_hoa-si-thiet-ke-san-pham-htx-nghe.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Theo Chương trình phối hợp giai đoạn 2026 - 2028 giữa Hội Mỹ thuật Thành phố và Liên minh Hợp tác xã Thành "
     "phố, năm nay Hội chọn ba hợp tác xã làm nghề truyền thống ở vùng Bình Dương cũ để hội viên cùng làm mẫu mới. "
     "Qua trao đổi tháng 7/2026, cả ba đơn vị đều bán chủ yếu qua thương lái, mẫu mã ít đổi trong nhiều năm, bao bì "
     "tự in, chưa có tờ giới thiệu bằng tiếng nước ngoài. Ban Thường vụ Hội Mỹ thuật Thành phố lập Kế hoạch như sau:",
     "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Đem tay nghề của họa sĩ, nhà thiết kế là hội viên giúp hợp tác xã làm ra sản phẩm hợp thị hiếu, bán được "
     "giá cao hơn; hội viên có thêm chất liệu sáng tác từ làng nghề.", "p"),
    ("2. Mẫu thiết kế làm xong thuộc quyền sử dụng của hợp tác xã; Hội không thu phí thiết kế.", "p"),
    ("II. CHỈ TIÊU", "h"),
    ("- Mỗi hợp tác xã có ít nhất một dòng sản phẩm mới và một bộ nhãn, bao bì dùng được ngay.", "p"),
    ("- Ít nhất 40 sản phẩm mới được trưng bày tại triển lãm cuối đợt.", "p"),
    ("III. CÁC NHÓM THIẾT KẾ", "h"),
    ("- Nhóm thiết kế 1: họa sĩ Lâm Thế Nguyên (trưởng nhóm) và 03 hội viên chuyên ngành sơn mài;", "p"),
    ("- Nhóm thiết kế 2: nhà điêu khắc Phùng Thị Ngọc Hân (trưởng nhóm) và 02 hội viên chuyên ngành gốm;", "p"),
    ("- Nhóm thiết kế 3: họa sĩ thiết kế Tạ Quốc Bảo (trưởng nhóm) và 02 hội viên chuyên ngành đồ họa, mỹ thuật "
     "ứng dụng.", "p"),
    ("IV. NỘI DUNG, SẢN PHẨM VÀ PHÂN CÔNG", "h"),
]

COLUMNS = ["HTX được hỗ trợ", "Nội dung công việc", "Sản phẩm giao nộp", "Thực hiện", "Phối hợp", "Hạn"]
WIDTHS = [Cm(2.6), Cm(5.2), Cm(2.2), Cm(2.2), Cm(2.4), Cm(1.8)]
# (beneficiary group, its rows): each row Nội dung, Sản phẩm, Thực hiện, Phối hợp, Hạn
GROUPS = [
    ("HTX Sơn mài Tương Bình Hiệp", [
        ("Khảo sát xưởng, kho mẫu và cách bán hàng hiện nay của HTX; chọn 02 dòng sản phẩm cần làm mới",
         "Biên bản khảo sát", "Nhóm thiết kế 1", "Ban Mỹ thuật ứng dụng", "15/9/2026"),
        ("Thiết kế dòng tranh và hộp sơn mài khổ nhỏ làm quà tặng, kèm phương án giá thành",
         "03 phương án, 01 mẫu làm thử", "Nhóm thiết kế 1", "Khoa Mỹ thuật, Trường Đại học Thủ Dầu Một",
         "31/10/2026"),
        ("Vẽ nhãn, hộp đựng và tờ giới thiệu song ngữ Việt - Anh cho dòng quà tặng", "01 bộ file in",
         "Ban Mỹ thuật ứng dụng", "Nhóm thiết kế 1", "20/11/2026"),
    ]),
    ("HTX Gốm Tân Phước Khánh", [
        ("Cùng nghệ nhân của HTX thử 04 màu men mới trên bình, chậu gốm cỡ nhỏ", "04 mẫu men",
         "Nhóm thiết kế 2", "Trung tâm Khuyến công Thành phố", "Tháng 10/2026"),
        ("Đặt tên, vẽ logo và tem nhãn có mã QR cho dòng gốm men mới", "01 bộ nhận diện", "Nhóm thiết kế 2",
         "Sở Khoa học và Công nghệ", "30/11/2026"),
    ]),
    ("HTX Mây tre đan Phú An", [
        ("Vẽ lại 06 mẫu giỏ, chụp đèn mây theo yêu cầu của khách đặt hàng xuất khẩu, kèm bản vẽ kỹ thuật",
         "06 bản vẽ", "Nhóm thiết kế 3", "", "05 - 25/10/2026"),
        ("Thiết kế túi giấy, thùng carton in logo cho lô hàng xuất khẩu đầu năm", "01 bộ file in",
         "Nhóm thiết kế 3", "Ban Mỹ thuật ứng dụng", "Trước 15/12/2026"),
    ]),
    ("Chung cho các HTX", [
        ("Mở 02 buổi nói chuyện về bản quyền mẫu thiết kế, nhãn hiệu cho giám đốc, thợ chính của 03 HTX",
         "02 buổi", "Văn phòng Hội", "Sở Khoa học và Công nghệ, Liên minh Hợp tác xã Thành phố", "Quý IV/2026"),
        ("Tổ chức triển lãm \"Sắc nghề đất Thủ\" bày sản phẩm mới của 03 HTX cạnh tác phẩm của hội viên",
         "01 triển lãm", "Văn phòng Hội", "Bảo tàng Mỹ thuật Thành phố Hồ Chí Minh", "Tháng 01/2027"),
        ("Bàn giao file thiết kế gốc, chỉ cho HTX cách tự sửa chữ, đổi màu khi in lại", "Biên bản bàn giao",
         "Ban Mỹ thuật ứng dụng", "", "Trong 10 ngày sau khi nghiệm thu từng sản phẩm"),
    ]),
]

AFTER = [
    ("V. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Văn phòng Hội tính toán kinh phí (vật liệu làm mẫu, in thử, thuê mặt bằng triển lãm) từ nguồn hỗ trợ của "
     "Liên hiệp các Hội Văn học nghệ thuật Thành phố, trình Ban Thường vụ trước ngày 31/8/2026.", "p"),
    ("2. Các hợp tác xã được hỗ trợ cử 01 người làm đầu mối, gửi mẫu sản phẩm đang bán và bảng giá thành cho các "
     "nhóm thiết kế trước ngày 05/9/2026.", "p"),
    ("3. Đề nghị Liên minh Hợp tác xã Thành phố đưa sản phẩm mới của 03 hợp tác xã vào các hội chợ do Liên minh tổ "
     "chức trong năm 2027.", "p"),
    ("Trên đây là Kế hoạch của Hội Mỹ thuật Thành phố; các Ban, Nhóm thiết kế và hội viên được phân công căn cứ "
     "nhiệm vụ để làm./.", "p"),
]


def task_table(doc):
    rows = sum(len(rows) for _, rows in GROUPS)
    table = doc.add_table(rows=1 + rows, cols=len(COLUMNS))
    set_borders(table, "single")
    for i, (cell, value) in enumerate(zip(table.rows[0].cells, COLUMNS)):
        cell.width = WIDTHS[i]
        cell_lines(cell, [value], bold=(0,))
    r = 1
    for name, group in GROUPS:
        for k, values in enumerate(group):
            cells = table.rows[r + k].cells
            for i, value in enumerate(values, start=1):
                cells[i].width = WIDTHS[i]
                cell_lines(cells[i], [value], center=i in (2, 5))
            cells[0].width = WIDTHS[0]
        top = table.cell(r, 0)
        merged = top.merge(table.cell(r + len(group) - 1, 0)) if len(group) > 1 else top
        cell_lines(merged, [name], bold=(0,))
        r += len(group)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["LIÊN HIỆP CÁC HỘI VHNT", "THÀNH PHỐ HỒ CHÍ MINH", "HỘI MỸ THUẬT"], "Số: 27/KH-HMT",
                 "Thành phố Hồ Chí Minh, ngày 17 tháng 8 năm 2026", issuer_bold=(2,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hội viên thiết kế mẫu sản phẩm, nhãn và bao bì cho các hợp tác xã làng nghề năm 2026",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    task_table(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Liên hiệp các Hội VHNT Thành phố (b/c);", "- Liên minh HTX Thành phố;",
                          "- 03 HTX được hỗ trợ;", "- Các Ban, Nhóm thiết kế (t/h);", "- Lưu: VP Hội."],
                    ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "", "Kha Minh Luân"])
    return saved(doc, author="Văn phòng Hội", editor="Văn phòng Hội Mỹ thuật",
                 title="Kế hoạch 27/KH-HMT", created=datetime(2026, 8, 12, 9, 5, 0),
                 modified=datetime(2026, 8, 17, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
