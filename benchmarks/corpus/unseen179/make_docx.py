"""Write a_ninh-binh_27-KH-HQLD4-2026_giao-khoan-duy-tu-de-htx.docx, the hundred-and-seventy-ninth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen179/make_docx.py [OUT]

A dike management unit's plan (October 2026): the Hạt Quản lý đê số 4 (under the province's Chi cục Thủy lợi) hands
the routine upkeep of its dike sections for the 2026 - 2027 dry season to three agricultural cooperatives under
"giao khoán" contracts, before the 2027 flood season. I. aims ("-" lines), II. the sections and the money (facts),
III. a legend of the check boxes, then ONE SMALL BORDERED "PHIẾU GIAO KHOÁN" TABLE PER COOPERATIVE: a title row, the
cooperative that takes the work, its dike section as a chainage ("K12+300 ÷ K15+800"), the commune that cooperates,
then a check list of the unit's standard work items, "☒" before those given to that cooperative (with the amount and
the time), "☐" before those it keeps or gives elsewhere ("—"); IV. the unit's own duties and a request to the
communes, numbered; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with
its number typed in (no Word numbering).

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
OUT = HERE / "a_ninh-binh_27-KH-HQLD4-2026_giao-khoan-duy-tu-de-htx.docx"

TICK, EMPTY = "☒", "☐"

# (text, style): "h" a bold heading, "p" a paragraph, "i" an italic paragraph
OPENING = [
    ("Hạt Quản lý đê số 4 được giao quản lý 9,3 km đê tả sông Đáy (từ K12+300 đến K21+600) đi qua các xã Yên Cường, "
     "Vũ Dương, Tân Minh. Từ năm 2024 việc cắt cỏ, dọn vệ sinh mặt đê ở một số đoạn đã giao cho hợp tác xã nông "
     "nghiệp tại chỗ làm theo hợp đồng và cho kết quả tốt: mái đê sạch, phát hiện sớm sự cố, thành viên hợp tác xã có "
     "thêm việc làm lúc nông nhàn. Để chuẩn bị cho mùa mưa lũ năm 2027, Hạt lập Kế hoạch giao khoán như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Toàn bộ mái đê, cơ đê, hành lang bảo vệ đê trên tuyến được phát quang, dọn sạch trước ngày 15/5/2027, để "
     "lực lượng canh đê quan sát được khi có lũ.", "p"),
    ("- Giao đúng việc cho đúng đơn vị; hạng mục cần máy móc hoặc chuyên môn (xử lý mối, sửa kè) Hạt tự làm.", "p"),
    ("- Nghiệm thu theo từng đợt, thanh toán đúng hạn cho hợp tác xã.", "p"),
    ("II. PHẠM VI, KINH PHÍ", "h"),
    ("Giao khoán 9,3 km đê cho 03 hợp tác xã trong thời gian từ 01/11/2026 đến 31/5/2027, tổng kinh phí dự kiến 486 "
     "triệu đồng, lấy từ nguồn duy tu, bảo dưỡng đê điều năm 2026 - 2027 đã được Chi cục Thủy lợi phân bổ. Đơn giá "
     "cắt cỏ, phát quang tính theo m² mỗi đợt; các hạng mục khác tính theo khối lượng thực tế được nghiệm thu.", "p"),
    ("III. NỘI DUNG GIAO KHOÁN CHO TỪNG HỢP TÁC XÃ", "h"),
    ("Mỗi hợp tác xã có một phiếu giao khoán dưới đây. Ô đánh dấu ☒ là hạng mục giao cho hợp tác xã đó, kèm khối lượng "
     "và thời hạn; ô ☐ là hạng mục không giao (Hạt tự làm hoặc đơn vị khác làm). Đơn vị ghi ở dòng “Phối hợp” cùng "
     "hợp tác xã làm mọi hạng mục được giao trong phiếu.", "i"),
]

COLUMNS = ["", "Hạng mục công việc", "Khối lượng", "Thời hạn"]
WIDTHS = [Cm(1.1), Cm(8.9), Cm(3.0), Cm(3.0)]

# (number, the cooperative, the section, the commune cooperating, [(mark, item, amount, time)])
SLIPS = [
    ("01/GK-2026", "HTX Nông nghiệp Yên Cường", "Đê tả sông Đáy, K12+300 ÷ K15+800 (3,5 km), xã Yên Cường",
     "UBND xã Yên Cường", [
         (TICK, "Cắt cỏ, phát quang mái đê phía sông và phía đồng đoạn K12+300 ÷ K15+800", "52.500 m² × 4 đợt",
          "Đợt cuối xong trước 15/4/2027"),
         (EMPTY, "Tìm, đào, xử lý tổ mối trong thân đê", "—", "—"),
         (TICK, "Lấp hang chuột, rãnh xói trên mái đê phía đồng K13+100 ÷ K13+650", "40 m³", "Trước 31/12/2026"),
         (EMPTY, "Trồng dặm cỏ mái đê chỗ bị trụi", "—", "—"),
         (TICK, "Thu gom rác, phế thải đổ trộm trên mặt đê và hành lang bảo vệ đê đoạn K12+300 ÷ K15+800",
          "Ít nhất 01 lần/tuần", "Thường xuyên"),
         (EMPTY, "Sửa chữa dốc lên xuống đê", "—", "—"),
         (TICK, "Trông giữ, bảo quản vật tư dự trữ phòng, chống lụt bão tại điếm canh đê K14+200",
          "120 m³ đá hộc; 2.000 bao tải", "01/11/2026 - 31/5/2027"),
     ]),
    ("02/GK-2026", "HTX Dịch vụ nông nghiệp Vũ Dương", "Đê tả sông Đáy, K15+800 ÷ K19+100 (3,3 km), xã Vũ Dương",
     "UBND xã Vũ Dương", [
         (TICK, "Cắt cỏ, phát quang mái đê phía sông và phía đồng đoạn K15+800 ÷ K19+100", "49.500 m² × 4 đợt",
          "Đợt cuối xong trước 15/4/2027"),
         (TICK, "Tìm, đào, xử lý tổ mối trong thân đê K16+400 ÷ K17+200 theo sơ đồ Hạt đánh dấu",
          "Khoảng 25 tổ mối", "Tháng 12/2026 - tháng 01/2027"),
         (EMPTY, "Lấp hang chuột, rãnh xói trên mái đê", "—", "—"),
         (TICK, "Trồng dặm cỏ gà mái đê phía sông K17+900 ÷ K18+400", "1.800 m²", "Sau Tết, xong trước 15/3/2027"),
         (EMPTY, "Thu gom rác, phế thải trên mặt đê và hành lang bảo vệ đê", "—", "—"),
         (EMPTY, "Sửa chữa dốc lên xuống đê", "—", "—"),
         (EMPTY, "Trông giữ, bảo quản vật tư dự trữ tại điếm canh đê", "—", "—"),
     ]),
    ("03/GK-2026", "HTX Nông nghiệp Tân Minh", "Đê tả sông Đáy, K19+100 ÷ K21+600 (2,5 km), xã Tân Minh",
     "UBND xã Tân Minh", [
         (TICK, "Cắt cỏ, phát quang mái đê phía sông và phía đồng đoạn K19+100 ÷ K21+600", "37.500 m² × 3 đợt",
          "Đợt cuối xong trước 15/4/2027"),
         (EMPTY, "Tìm, đào, xử lý tổ mối trong thân đê", "—", "—"),
         (EMPTY, "Lấp hang chuột, rãnh xói trên mái đê", "—", "—"),
         (EMPTY, "Trồng dặm cỏ mái đê chỗ bị trụi", "—", "—"),
         (EMPTY, "Thu gom rác, phế thải trên mặt đê và hành lang bảo vệ đê", "—", "—"),
         (TICK, "Lát lại mặt dốc lên xuống đê K20+350 (dốc chợ Tân Minh) bằng bê tông, kẻ vạch sơn chống trơn",
          "01 dốc, 46 m²", "Trước 28/02/2027"),
         (EMPTY, "Trông giữ, bảo quản vật tư dự trữ tại điếm canh đê", "—", "—"),
     ]),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Tổ Kỹ thuật hướng dẫn các hợp tác xã cách làm, nghiệm thu từng đợt trong 03 ngày làm việc sau khi hợp tác xã "
     "báo hoàn thành; lập biên bản có xác nhận của UBND xã sở tại.", "p"),
    ("2. Đội Xử lý mối của Hạt tìm và xử lý tổ mối trên các đoạn K12+300 ÷ K15+800 và K19+100 ÷ K21+600, hoàn thành "
     "trước ngày 31/01/2027.", "p"),
    ("3. Bộ phận Kế toán thanh toán tiền khoán cho hợp tác xã chậm nhất 10 ngày làm việc sau mỗi biên bản nghiệm "
     "thu; tổng hợp quyết toán kinh phí với Chi cục Thủy lợi trước ngày 30/6/2027.", "p"),
    ("4. Đề nghị UBND các xã Yên Cường, Vũ Dương, Tân Minh kiểm tra, xử lý dứt điểm các trường hợp đổ phế thải, lấn "
     "chiếm hành lang bảo vệ đê trên địa bàn trước mùa mưa lũ năm 2027 (trước ngày 15/6/2027).", "p"),
    ("Trên đây là Kế hoạch giao khoán duy tu, bảo dưỡng đê mùa khô 2026 - 2027 của Hạt Quản lý đê số 4; các tổ, bộ "
     "phận của Hạt và các hợp tác xã nhận khoán thực hiện theo đúng phiếu giao khoán./.", "p"),
]


def slip(doc, number, coop, section, partner, items):
    """One "phiếu giao khoán": a bordered table of four columns, four rows of the slip's head (merged across), the
    check list's header row and one row an item."""
    table = doc.add_table(rows=5 + len(items), cols=4)
    set_borders(table, "single")
    head = [f"PHIẾU GIAO KHOÁN SỐ {number}", f"Bên nhận khoán: {coop}", f"Đoạn đê: {section}",
            f"Phối hợp: {partner}"]
    for n, text in enumerate(head):
        row = table.rows[n]
        merged = row.cells[0].merge(row.cells[3])
        p = merged.paragraphs[0]
        if n == 0:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        label, _, rest = text.partition(": ") if n else (text, "", "")
        run = p.add_run(label + (": " if n else ""))
        run.bold = True
        if n:
            p.add_run(rest).bold = False
    for i, cell in enumerate(table.rows[4].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    for row, values in zip(table.rows[5:], items):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            cell_lines(cell, [value], center=i in (0, 2, 3))
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CHI CỤC THỦY LỢI NINH BÌNH", "HẠT QUẢN LÝ ĐÊ SỐ 4"], "Số: 27/KH-HQLĐ4",
                 "Ý Yên, ngày 14 tháng 10 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Giao khoán duy tu, bảo dưỡng đê cho các hợp tác xã nông nghiệp mùa khô 2026 - 2027", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h", italic=style == "i")
    for n, (number, coop, section, partner, items) in enumerate(SLIPS):
        slip(doc, number, coop, section, partner, items)
        para(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Chi cục Thủy lợi (b/c);", "- UBND các xã Yên Cường, Vũ Dương, Tân Minh;",
                          "- 03 HTX nhận khoán;", "- Các tổ, bộ phận thuộc Hạt;", "- Lưu: VT, KT."],
                    ["HẠT TRƯỞNG", "", "", "", "", "Đoàn Văn Khiêm"])
    return saved(doc, author="Tổ Kỹ thuật", editor="Văn thư Hạt", title="Kế hoạch 27/KH-HQLĐ4",
                 created=datetime(2026, 10, 9, 7, 45, 0), modified=datetime(2026, 10, 14, 15, 20, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
