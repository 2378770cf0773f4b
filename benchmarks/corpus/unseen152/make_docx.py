"""Write a_quang-ninh_2147-KH-TDV-2026_htx-hoan-nguyen-bai-thai.docx, the hundred-and-fifty-second held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen152/make_docx.py [OUT]

A coal-mining company's plan (Công ty Than Đồng Vải - TKV, September 2026) for the forestry and environment
cooperatives it contracts to replant and tend its closed spoil dumps: the issuer under its group (three lines, only
its own bold), an opening "Căn cứ" paragraph, I. purposes ("-" lines), II. the extent of the work (no task), III. one
bordered table TT | Hạng mục công việc | Vị trí | Đơn vị thực hiện | Giám sát, phối hợp | Hoàn thành — a SITE column
between the work and the doers, the doers split into who carries the work out (often a cooperative, as contractor)
and who supervises it, three group rows "I"/"II"/"III" whose title cell is merged across the other five columns —, a
"Ghi chú" line under the table, IV. two paragraphs of duties, the closing sentence, the signature beside "Nơi nhận".
Every paragraph is a plain paragraph with its number or dash typed in (no Word numbering).

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
OUT = HERE / "a_quang-ninh_2147-KH-TDV-2026_htx-hoan-nguyen-bai-thai.docx"

# (text, style): "h" a bold heading, "p" a paragraph, "i" an italic paragraph
BEFORE = [
    ("Căn cứ Phương án cải tạo, phục hồi môi trường của mỏ than Đồng Vải đã được cấp có thẩm quyền phê duyệt; căn cứ "
     "biên bản làm việc ngày 28/8/2026 giữa Công ty với UBND phường Hà Tu, UBND phường Cao Xanh và đại diện các hợp "
     "tác xã, tổ hợp tác trên địa bàn, Công ty Than Đồng Vải - TKV xây dựng Kế hoạch phối hợp trồng cây hoàn nguyên "
     "các bãi thải đã dừng đổ thải như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Phủ xanh toàn bộ mặt tầng, sườn tầng của các bãi thải đã dừng đổ thải, giảm xói mòn, sạt trượt và bồi lắng "
     "suối trong mùa mưa.", "p"),
    ("- Giao khoán cho hợp tác xã, tổ hợp tác của người dân sở tại để tạo việc làm, thu nhập ổn định; thanh toán theo "
     "khối lượng nghiệm thu thực tế.", "p"),
    ("- Công việc có địa chỉ, người chịu trách nhiệm và thời hạn cụ thể; an toàn tuyệt đối cho người lao động trên "
     "sườn tầng thải.", "p"),
    ("II. KHỐI LƯỢNG", "h"),
    ("Tổng diện tích trồng hoàn nguyên là 46,5 ha trên 03 bãi thải: bãi thải Nam Khe Sim 18,2 ha, bãi thải Đông Lộ "
     "Trí 16,0 ha, bãi thải tầng +150 Cao Xanh 12,3 ha; cây trồng chính là keo lai, thông mã vĩ xen cây bản địa, cỏ "
     "vetiver trên mái dốc. Đơn vị nhận khoán gồm HTX Lâm nghiệp Đồng Đăng, HTX Dịch vụ môi trường Hà Tu và Tổ hợp "
     "tác trồng rừng tổ 7 phường Cao Xanh.", "p"),
    ("III. NỘI DUNG CÔNG VIỆC, PHÂN CÔNG THỰC HIỆN", "h"),
]

AFTER = [
    ("Ghi chú: Đơn vị ở cột \"Giám sát, phối hợp\" kiểm tra chất lượng, xác nhận khối lượng cho đơn vị thực hiện và "
     "cùng chịu trách nhiệm về tiến độ hạng mục.", "i"),
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Đề nghị UBND phường Hà Tu, UBND phường Cao Xanh chỉ đạo các tổ dân phố tuyên truyền người dân không chăn thả "
     "gia súc, không chặt phá cây trồng trên bãi thải; thường xuyên trong suốt thời gian thực hiện Kế hoạch.", "p"),
    ("2. Các HTX, THT nhận khoán bố trí đủ nhân lực theo tiến độ, trang bị bảo hộ lao động cho thành viên, báo cáo "
     "khối lượng thực hiện về Phòng Kỹ thuật - Môi trường vào ngày 25 hằng tháng.", "p"),
    ("Trên đây là Kế hoạch trồng cây hoàn nguyên môi trường bãi thải của Công ty Than Đồng Vải - TKV; các phòng, "
     "công trường, phân xưởng và các HTX, THT nhận khoán bám sát tiến độ từng hạng mục./.", "p"),
]

COLUMNS = ["TT", "Hạng mục công việc", "Vị trí", "Đơn vị thực hiện", "Giám sát, phối hợp", "Hoàn thành"]
WIDTHS = [Cm(1.0), Cm(5.4), Cm(2.6), Cm(2.7), Cm(2.8), Cm(2.0)]
# a pair (number, title) is a group row (the title merged across the last five columns); a 6-tuple a task row
ROWS = [
    ("I", "CÔNG TÁC CHUẨN BỊ"),
    ("1", "Khảo sát hiện trạng, cắm mốc ranh giới lô trồng; lập bản đồ giao khoán cho từng hợp tác xã, tổ hợp tác",
     "Cả 03 bãi thải", "Phòng Trắc địa - Địa chất", "Phòng Kỹ thuật - Môi trường", "30/10/2026"),
    ("2", "Ký hợp đồng giao khoán trồng, chăm sóc cây hoàn nguyên với các hợp tác xã, tổ hợp tác",
     "Văn phòng Công ty", "Phòng Kế hoạch - Vật tư", "Phòng Kế toán - Tài chính", "Tháng 10/2026"),
    ("3", "San gạt mặt tầng, đắp bờ chắn, đào rãnh thoát nước chân tầng thải", "Bãi thải Nam Khe Sim",
     "Công trường Cơ giới - Vận tải", "Phòng Kỹ thuật - Môi trường", "15/11/2026"),
    ("II", "TRỒNG CÂY"),
    ("4", "Trồng keo lai mật độ 2.500 cây/ha, trồng cỏ vetiver theo đường đồng mức trên mái dốc",
     "Bãi thải Nam Khe Sim (18,2 ha)", "HTX Lâm nghiệp Đồng Đăng", "Phòng Kỹ thuật - Môi trường",
     "Vụ xuân 2027 (trước 30/4/2027)"),
    ("5", "Trồng thông mã vĩ, keo lai xen cây bản địa (lim xanh, sau sau)", "Bãi thải Đông Lộ Trí (16,0 ha)",
     "HTX Dịch vụ môi trường Hà Tu", "Phòng Kỹ thuật - Môi trường", "Trước 30/4/2027"),
    ("6", "Trồng cây, trồng dặm cây chết và tưới nước giữ ẩm trong tháng đầu sau trồng",
     "Bãi thải tầng +150 Cao Xanh (12,3 ha)", "Tổ hợp tác trồng rừng tổ 7 phường Cao Xanh",
     "Phân xưởng Môi trường", "Quý III/2027"),
    ("III", "CHĂM SÓC, BẢO VỆ, NGHIỆM THU"),
    ("7", "Phát dọn thực bì, vun gốc, bón thúc NPK 2 lần trong năm; phát đường băng cản lửa rộng 10 m",
     "Cả 03 bãi thải", "Các HTX, THT nhận khoán", "Phân xưởng Môi trường", "Tháng 6 và tháng 10/2027"),
    ("8", "Tuần tra phòng cháy rừng trồng, ngăn chăn thả gia súc trên bãi thải", "Cả 03 bãi thải",
     "Phòng Bảo vệ - Quân sự", "Công an phường Hà Tu, Công an phường Cao Xanh",
     "Mùa khô (tháng 11/2026 - tháng 4/2027)"),
    ("9", "Nghiệm thu diện tích, tỷ lệ cây sống; thanh toán đợt 1 cho các hợp tác xã, tổ hợp tác", "Cả 03 bãi thải",
     "Phòng Kỹ thuật - Môi trường", "Phòng Kế toán - Tài chính", "Sau 3 tháng kể từ khi trồng xong"),
    ("10", "Quan trắc độ đục, chất rắn lơ lửng của nước suối chân bãi thải", "Suối Lộ Phong",
     "Trung tâm Quan trắc - Phân tích môi trường mỏ", "Phòng Kỹ thuật - Môi trường", "6 tháng/lần"),
    ("11", "Tổng hợp kết quả, báo cáo Tập đoàn và Sở Nông nghiệp và Môi trường tỉnh Quảng Ninh", "",
     "Phòng Kỹ thuật - Môi trường", "", "Trước 15/12/2027"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["TẬP ĐOÀN CÔNG NGHIỆP", "THAN - KHOÁNG SẢN VIỆT NAM", "CÔNG TY THAN ĐỒNG VẢI - TKV"],
                 "Số: 2147/KH-TĐV", "Hạ Long, ngày 14 tháng 9 năm 2026", issuer_bold=(2,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phối hợp với các hợp tác xã, tổ hợp tác trồng cây hoàn nguyên môi trường các bãi thải đã dừng đổ thải "
              "(quý IV/2026 - năm 2027)", bold=True, center=True)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h", italic=style == "i")
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
            merged = cells[1].merge(cells[-1])
            cell_lines(merged, [values[1]], bold=(0,), center=False)
        else:
            for i, (cell, value) in enumerate(zip(cells, values)):
                cell_lines(cell, [value], center=i in (0, 5))
    for text, style in AFTER:
        para(doc, text, bold=style == "h", italic=style == "i")
    signature_table(doc, ["Nơi nhận:", "- Tập đoàn TKV (b/c);", "- Sở NN&MT tỉnh Quảng Ninh;",
                          "- UBND các phường: Hà Tu, Cao Xanh;", "- Các HTX, THT nhận khoán;",
                          "- Các phòng, công trường, phân xưởng liên quan;", "- Lưu: VT, KTMT."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Phạm Quang Thiệp"])
    return saved(doc, author="Phòng Kỹ thuật - Môi trường", editor="Văn thư Công ty",
                 title="Kế hoạch 2147/KH-TĐV", created=datetime(2026, 9, 8, 14, 20, 0),
                 modified=datetime(2026, 9, 14, 10, 5, 0), revision=6)


if __name__ == "__main__":
    write(build, OUT)
