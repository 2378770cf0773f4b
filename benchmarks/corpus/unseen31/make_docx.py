"""Write a_ha-noi_296-KH-UBND-2026_o-nhieu-co-quan-xuong-dong.docx, the thirty-first held-out set's Word file, byte for
byte.

    .venv/bin/python benchmarks/corpus/unseen31/make_docx.py [OUT]

A city's plan in Word (Hà Nội, October 2026, communes and wards without districts): I. purposes, II. targets, III. one
sentence over a bordered task table TT | Nhiệm vụ | Chủ trì | Phối hợp | Thời gian whose Chủ trì and Phối hợp cells
hold several bodies one a line — as line breaks (Shift+Enter, w:br) inside one paragraph, once as "- " lines ending in
";" and once as separate paragraphs (Enter) —, two lead cells naming two bodies, a body named by its parent in
brackets; IV. two numbered paragraphs; the closing sentence; the signature beside "Nơi nhận".

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
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_ha-noi_296-KH-UBND-2026_o-nhieu-co-quan-xuong-dong.docx"

# (text, style): "h" a bold heading, "p" a paragraph
BEFORE_TABLE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Đưa các chỉ tiêu về kinh tế tập thể trong Chương trình phát triển kinh tế - xã hội năm 2027 của Thành phố "
     "thành việc làm cụ thể của từng sở, ngành và chính quyền cơ sở.", "p"),
    ("- Phân định rõ đầu mối chủ trì, cơ quan phối hợp và mốc thời gian; lấy kết quả thực hiện làm căn cứ đánh giá "
     "mức độ hoàn thành nhiệm vụ cuối năm.", "p"),
    ("II. MỤC TIÊU NĂM 2027", "h"),
    ("- Thành lập mới 170 hợp tác xã và 240 tổ hợp tác; nâng số hợp tác xã xếp loại tốt, khá lên trên 62%.", "p"),
    ("- Doanh thu bình quân của một hợp tác xã nông nghiệp đạt 5,2 tỷ đồng; 45% hợp tác xã nông nghiệp có sản phẩm "
     "được truy xuất nguồn gốc.", "p"),
    ("III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", "h"),
    ("Các nhiệm vụ năm 2027, đầu mối chủ trì, cơ quan phối hợp và thời gian thực hiện như sau:", "p"),
]

AFTER_TABLE = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Sở Tài chính là cơ quan thường trực, giúp UBND Thành phố theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; "
     "định kỳ 6 tháng, năm tổng hợp tình hình, báo cáo UBND Thành phố; báo cáo năm gửi trước ngày 10/12/2027.", "p"),
    ("2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố chủ trì giám sát chuyên đề việc thực thi các chính sách "
     "ưu đãi dành cho hợp tác xã ở một số xã ngoại thành, gửi kết quả giám sát cho UBND Thành phố trong quý III/2027.",
     "p"),
    ("Vướng mắc phát sinh, các đơn vị gửi ý kiến bằng văn bản về Sở Tài chính; Sở tổng hợp, trình UBND Thành phố "
     "cho ý kiến./.", "p"),
]

COLUMNS = ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.3), Cm(3.6), Cm(2.5)]
BR, PARAS = "br", "paras"
# (TT, task, lead lines, cooperating lines, how the cooperating lines are typed, time)
ROWS = [
    ("1", "Rà soát, phân loại hợp tác xã theo bộ tiêu chí đánh giá mới; lập danh sách hợp tác xã đã dừng hoạt động "
          "quá 12 tháng, hướng dẫn giải thể", ["Sở Tài chính"], ["UBND các xã, phường", "Thuế Thành phố Hà Nội"],
     BR, "Quý I/2027"),
    ("2", "Xây dựng 18 mô hình hợp tác xã nông nghiệp đô thị, ứng dụng công nghệ cao tại các vùng rau, hoa, cây ăn "
          "quả ven đô", ["Sở Nông nghiệp và Môi trường"], ["Sở Khoa học và Công nghệ", "Liên minh HTX Thành phố"], BR,
     "Năm 2027"),
    ("3", "Tổ chức 04 phiên chợ, tuần hàng nông sản an toàn và sản phẩm OCOP của hợp tác xã tại các phường trung tâm",
     ["Sở Công Thương", "Sở Nông nghiệp và Môi trường"], ["Liên minh HTX Thành phố", "Hội Nông dân Thành phố",
                                                            "UBND các phường"], BR, "Quý II và quý IV/2027"),
    ("4", "Hỗ trợ hợp tác xã đưa sản phẩm lên sàn thương mại điện tử, gắn mã truy xuất nguồn gốc",
     ["Sở Công Thương"], ["- Sở Khoa học và Công nghệ;", "- Liên minh HTX Thành phố."], BR, "Tháng 3 - tháng 10/2027"),
    ("5", "Bồi dưỡng, tập huấn cho 1.200 lượt cán bộ quản lý, kế toán và thành viên hợp tác xã, tổ hợp tác",
     ["Liên minh HTX Thành phố"], ["Sở Nội vụ", "Sở Tài chính"], BR, "6 tháng đầu năm 2027"),
    ("6", "Cho vay ưu đãi để hợp tác xã đầu tư kho lạnh, sơ chế, chế biến; hướng dẫn hợp tác xã lập phương án vay vốn",
     ["Quỹ Hỗ trợ phát triển HTX", "(Liên minh HTX Thành phố)"], ["Ngân hàng Nhà nước Khu vực 1",
                                                                   "UBND các xã, phường"], BR, "Thường xuyên"),
    ("7", "Tuyên truyền Luật Hợp tác xã năm 2023, giới thiệu các hợp tác xã kiểu mới làm ăn hiệu quả trên báo chí "
          "và hệ thống thông tin cơ sở", ["Sở Văn hóa và Thể thao"], ["Liên minh HTX Thành phố",
                                                                      "Ủy ban MTTQ Việt Nam Thành phố"], BR, "Năm 2027"),
    ("8", "Hướng dẫn hợp tác xã thực hiện chế độ kế toán, hóa đơn điện tử; giải đáp vướng mắc về chính sách thuế",
     ["Thuế Thành phố Hà Nội"], ["Sở Tài chính"], BR, "Quý III/2027"),
    ("9", "Hỗ trợ củng cố hợp tác xã dịch vụ nước sạch, vệ sinh môi trường tại các xã ngoại thành",
     ["Sở Nông nghiệp và Môi trường", "UBND các xã"], ["Sở Xây dựng"], BR, "Tháng 6/2027"),
    ("10", "Tham mưu bố trí dự toán kinh phí hỗ trợ phát triển kinh tế tập thể, hợp tác xã năm 2028",
     ["Sở Tài chính"], ["Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Liên minh HTX Thành phố"], PARAS,
     "Trước 31/10/2027"),
]


def cell_br(cell, lines, center=False) -> None:
    """``cell``'s lines as ONE paragraph, a line break (w:br, Shift+Enter) between them."""
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, line in enumerate(lines):
        run = p.add_run(line)
        if i < len(lines) - 1:
            run.add_break()


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"], "Số: 296/KH-UBND", "Hà Nội, ngày 13 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phát triển kinh tế tập thể, hợp tác xã trên địa bàn Thành phố năm 2027", bold=True, center=True)
    para(doc, "Căn cứ Luật Hợp tác xã năm 2023 và Chương trình phát triển kinh tế tập thể của Thành phố giai đoạn 2026 "
              "- 2030; xét đề nghị của Sở Tài chính, UBND Thành phố ban hành Kế hoạch năm 2027 như sau:")
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, (cell, value) in enumerate(zip(table.rows[0].cells, COLUMNS)):
        cell.width = WIDTHS[i]
        cell_lines(cell, [value], bold=(0,))
    for row, (tt, task, lead, coop, how, time) in zip(table.rows[1:], ROWS):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        cell_lines(cells[0], [tt])
        cell_lines(cells[1], [task], center=False)
        cell_br(cells[2], lead)
        if how == BR:
            cell_br(cells[3], coop)
        else:
            cell_lines(cells[3], coop, center=False)
        cell_lines(cells[4], [time])
    for text, style in AFTER_TABLE:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Bộ Tài chính;", "- Thường trực Thành ủy;", "- Chủ tịch UBND Thành phố;",
                          "- Các PCT UBND Thành phố;", "- Các sở, ngành có tên tại mục III;", "- UBND các xã, phường;",
                          "- VPUBTP: CVP, PCVP, KT;", "- Lưu: VT, KT."],
                    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Trịnh Văn Khải"])
    return saved(doc, author="Phòng Kinh tế", editor="Văn thư VP UBND Thành phố",
                 title="Kế hoạch 296/KH-UBND", created=datetime(2026, 10, 5, 9, 10, 0),
                 modified=datetime(2026, 10, 13, 15, 40, 0), revision=9)


if __name__ == "__main__":
    write(build, OUT)
