"""Write a_thai-nguyen_46-KH-DTN-2026_mua-he-xanh-dong-hanh-htx.docx, the hundred-and-sixty-seventh held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen167/make_docx.py [OUT]

A university Youth Union's plan for its summer student volunteer campaign ("Mùa hè xanh" 2026), whose teams go to six
communes to help cooperatives: the Youth Union's header (its parent and itself on the left over "***" and the number,
"ĐOÀN TNCS HỒ CHÍ MINH" underlined in place of the national motto on the right), I. purposes, II. time (the campaign
in TWO PHASES with their dates), places and forces, III. one sentence over a bordered table of TEAMS TT | Đội hình |
Địa bàn, HTX nhận hỗ trợ | Phần việc | Phối hợp | Đợt — a team cell of two paragraphs (its name, its head count), a
place cell naming the commune and the cooperatives helped, the time cell ONLY A PHASE LABEL ("Đợt 1", "Đợt 2", "Cả 2
đợt") —, IV. duties: a numbered heading over two "-" items, then numbered paragraphs opening with their body or with
"Đề nghị"; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its
number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_thai-nguyen_46-KH-DTN-2026_mua-he-xanh-dong-hanh-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE = [
    ("Thực hiện Kế hoạch số 31-KH/ĐĐH ngày 20/5/2026 của Ban Thường vụ Đoàn Đại học Thái Nguyên về các hoạt động "
     "tình nguyện hè năm 2026; trên cơ sở nhu cầu được hỗ trợ mà các hợp tác xã, tổ hợp tác gửi qua Liên minh Hợp tác "
     "xã tỉnh, Ban Thường vụ Đoàn trường xây dựng Kế hoạch Chiến dịch như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Đưa kiến thức chuyên ngành của sinh viên về giúp hợp tác xã, tổ hợp tác ở các xã vùng sâu làm những việc cụ "
     "thể: sổ sách kế toán, nhật ký sản xuất, truy xuất nguồn gốc, bán hàng qua mạng.", "p"),
    ("- Mỗi đội hình nhận \"đơn đặt hàng\" của hợp tác xã trước khi xuống địa bàn; cuối đợt bàn giao sản phẩm, có biên "
     "bản xác nhận của hợp tác xã.", "p"),
    ("- Bảo đảm an toàn cho chiến sĩ tình nguyện; không để hợp tác xã, người dân phải chi thêm bất cứ khoản nào.", "p"),
    ("II. THỜI GIAN, ĐỊA BÀN, LỰC LƯỢNG", "h"),
    ("1. Thời gian: Chiến dịch chia làm 02 đợt:", "p"),
    ("- Đợt 1: từ ngày 06/7/2026 đến ngày 25/7/2026;", "p"),
    ("- Đợt 2: từ ngày 27/7/2026 đến ngày 15/8/2026.", "p"),
    ("Lễ ra quân toàn Chiến dịch tổ chức lúc 7 giờ 00 ngày 05/7/2026 tại sân Hiệu bộ.", "p"),
    ("2. Địa bàn: 06 xã Phú Bình, Đại Từ, Định Hóa, Võ Nhai, Phú Lương và Chợ Đồn.", "p"),
    ("3. Lực lượng: 186 chiến sĩ là sinh viên năm thứ hai, năm thứ ba của các khoa, chia thành 06 đội hình; mỗi đội "
     "hình có 01 giảng viên hướng dẫn đi cùng.", "p"),
    ("III. PHÂN CÔNG CÁC ĐỘI HÌNH", "h"),
    ("Cột \"Đợt\" ghi theo thời gian tại mục II.1; đội hình làm cả 2 đợt thì luân phiên chiến sĩ giữa hai đợt.", "p"),
]

COLUMNS = ["TT", "Đội hình", "Địa bàn, HTX nhận hỗ trợ", "Phần việc", "Phối hợp", "Đợt"]
WIDTHS = [Cm(0.9), Cm(3.3), Cm(3.4), Cm(5.2), Cm(2.6), Cm(1.6)]
# (TT, team lines, place, work, partners, phase)
ROWS = [
    ("1", ["Đội hình Khoa Kinh tế và Phát triển nông thôn", "(32 chiến sĩ)"],
     "Xã Phú Bình: HTX Gà đồi Tân Khánh, HTX Rau an toàn Xuân Phương",
     "Hướng dẫn kế toán HTX ghi sổ, lập báo cáo tài chính năm; chuyển sổ sách giấy sang phần mềm kế toán miễn phí",
     "Đoàn xã Phú Bình", "Đợt 1"),
    ("2", ["Đội hình Khoa Công nghệ sinh học và Công nghệ thực phẩm", "(30 chiến sĩ)"],
     "Xã Đại Từ: HTX Chè La Bằng Xanh, THT chè Hoàng Nông",
     "Lấy mẫu đất, nước tưới gửi phân tích; hướng dẫn thành viên ghi nhật ký sản xuất chè theo VietGAP",
     "Trung tâm Khuyến nông tỉnh, Đoàn xã Đại Từ", "Cả 2 đợt"),
    ("3", ["Đội hình Chuyển đổi số", "(36 chiến sĩ các khoa)"],
     "Xã Định Hóa: 08 HTX có sản phẩm OCOP",
     "Tạo mã QR truy xuất nguồn gốc, chụp ảnh sản phẩm, mở gian hàng trên sàn thương mại điện tử cho 08 HTX",
     "Bưu điện tỉnh Thái Nguyên", "Đợt 2"),
    ("4", ["Đội hình Khoa Chăn nuôi Thú y", "(28 chiến sĩ)"],
     "Xã Võ Nhai: HTX Dê núi Nghinh Tường, THT nuôi ong Thần Sa",
     "Tiêm phòng cho đàn dê; hướng dẫn ủ chua thức ăn thô xanh, làm chuồng sàn đúng kỹ thuật",
     "Chi cục Chăn nuôi và Thú y", "Đợt 1"),
    ("5", ["Đội hình Khoa Lâm nghiệp", "(30 chiến sĩ)"],
     "Xã Phú Lương: HTX Lâm nghiệp Yên Đổ",
     "Đo đạc, số hóa bản đồ 120 ha rừng trồng keo, quế; hướng dẫn lập hồ sơ xin cấp chứng chỉ rừng",
     "Hạt Kiểm lâm khu vực Phú Lương", "Đợt 2"),
    ("6", ["Đội hình Khoa Quản lý tài nguyên", "(30 chiến sĩ)"],
     "Xã Chợ Đồn: HTX Miến dong Bằng Lũng, THT trồng dong riềng Nam Cường",
     "Hướng dẫn hồ sơ thuê đất làm xưởng; đo vẽ mặt bằng xưởng chế biến miến, đề xuất cách xử lý nước thải",
     "UBND xã Chợ Đồn", "Cả 2 đợt"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Ban Chỉ huy Chiến dịch", "h"),
    ("- Tổ chức Lễ ra quân lúc 7 giờ 00 ngày 05/7/2026, trao cờ cho 06 đội hình.", "p"),
    ("- Kiểm tra các đội hình ít nhất 02 lần trong mỗi đợt; tổng kết Chiến dịch, đề nghị khen thưởng tập thể, chiến sĩ "
     "tiêu biểu trước ngày 31/8/2026.", "p"),
    ("2. Văn phòng Đoàn trường tiếp nhận danh sách, mua bảo hiểm thân thể cho chiến sĩ, chuẩn bị cờ, áo, băng rôn; "
     "xong trước ngày 01/7/2026.", "p"),
    ("3. Các Liên chi đoàn khoa tuyển chọn chiến sĩ, phân công giảng viên hướng dẫn, gửi danh sách về Văn phòng Đoàn "
     "trường trước ngày 25/6/2026.", "p"),
    ("4. Đề nghị Phòng Công tác học sinh, sinh viên xác nhận ngày công tình nguyện, cộng điểm rèn luyện cho chiến sĩ "
     "sau khi Chiến dịch kết thúc.", "p"),
    ("5. Đề nghị Phòng Kế hoạch - Tài chính tạm ứng kinh phí hỗ trợ tiền ăn cho chiến sĩ theo dự toán đã được duyệt "
     "trước ngày 03/7/2026.", "p"),
    ("6. Đề nghị Liên minh Hợp tác xã tỉnh Thái Nguyên gửi danh sách và \"đơn đặt hàng\" của các hợp tác xã nhận hỗ "
     "trợ cho Ban Chỉ huy trong tháng 6/2026.", "p"),
    ("Trên đây là Kế hoạch Chiến dịch tình nguyện \"Mùa hè xanh\" năm 2026 của Đoàn trường; các đơn vị có vướng mắc "
     "báo cáo về Văn phòng Đoàn trường để phối hợp giải quyết./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    head = doc.add_table(rows=2, cols=2)
    set_borders(head, "nil")
    cell_lines(head.cell(0, 0), ["ĐOÀN ĐẠI HỌC THÁI NGUYÊN", "BCH ĐOÀN TRƯỜNG ĐẠI HỌC NÔNG LÂM", "***"], bold=(1,))
    motto = head.cell(0, 1).paragraphs[0]
    motto.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = motto.add_run("ĐOÀN TNCS HỒ CHÍ MINH")
    run.bold, run.italic, run.underline = True, False, True
    cell_lines(head.cell(1, 0), ["Số: 46-KH/ĐTN"])
    cell_lines(head.cell(1, 1), ["Thái Nguyên, ngày 12 tháng 6 năm 2026"], italic=(0,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tổ chức Chiến dịch tình nguyện \"Mùa hè xanh\" năm 2026", bold=True, center=True)
    para(doc, "\"Sinh viên Nông Lâm đồng hành cùng hợp tác xã\"", bold=True, italic=True, center=True)
    para(doc, "-----", center=True)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [COLUMNS, *ROWS])):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        if n == 0:
            for cell, value in zip(cells, values):
                cell_lines(cell, [value], bold=(0,))
            continue
        tt, team, place, work, partners, phase = values
        cell_lines(cells[0], [tt])
        cell_lines(cells[1], team, bold=(0,), center=False)
        cell_lines(cells[2], [place], center=False)
        cell_lines(cells[3], [work], center=False)
        cell_lines(cells[4], [partners], center=False)
        cell_lines(cells[5], [phase])
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- BTV Đoàn ĐHTN (b/c);", "- Đảng ủy, Ban Giám hiệu (b/c);",
                          "- Liên minh HTX tỉnh (p/h);", "- Phòng CTHSSV, Phòng KH-TC;",
                          "- Các Liên chi đoàn khoa (t/h);", "- Lưu: VP Đoàn."],
                    ["TM. BAN THƯỜNG VỤ ĐOÀN TRƯỜNG", "BÍ THƯ", "", "", "", "Lục Văn Khải"])
    return saved(doc, author="Văn phòng Đoàn trường", editor="Lục Văn Khải",
                 title="Kế hoạch 46-KH/ĐTN", created=datetime(2026, 6, 8, 14, 20, 0),
                 modified=datetime(2026, 6, 12, 10, 5, 0), revision=6)


if __name__ == "__main__":
    write(build, OUT)
