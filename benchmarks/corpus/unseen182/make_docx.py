"""Write a_ha-noi_58-KH-KDTL-2026_so-dang-ky-thiet-bi-htx.docx, the hundred-and-eighty-second held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen182/make_docx.py [OUT]

A technical-safety inspection company's plan (September 2026) for the periodic inspection of the strictly regulated
equipment of four cooperatives (steam boilers of noodle makers, a pottery's LPG tanks and compressed-air vessels, a
vegetable cooperative's cold-store refrigeration and electric hoist, forklifts) under a framework contract with the
city's Liên minh HTX. I. purposes ("-" lines); II. a note on how to read the table, then ONE bordered EQUIPMENT
REGISTER: one row per piece or group of equipment under a merged row naming the cooperative (the place), the work
never written as a verb — the kind of inspection a CODE in its own column ("ĐK", "LĐ", "BT", defined in the note) —,
fact columns before the date (serial numbers, pressures, capacities, the year made, and the EXPIRY DATE OF THE
CERTIFICATE IN FORCE, dates that are no deadlines), the day of the visit, the company's team that does it and a partner
column; III. seven numbered duties of the company's rooms and centre and two requests; the closing sentence; the
signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_ha-noi_58-KH-KDTL-2026_so-dang-ky-thiet-bi-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Căn cứ Hợp đồng nguyên tắc số 17/2026/HĐNT-LM ngày 04/9/2026 giữa Liên minh Hợp tác xã thành phố Hà Nội và "
     "Công ty về kiểm định máy, thiết bị của hợp tác xã thành viên (Liên minh chi trả 70% phí kiểm định từ kinh phí "
     "hỗ trợ phát triển hợp tác xã năm 2026, hợp tác xã trả 30%); căn cứ phiếu đăng ký thiết bị của 04 hợp tác xã "
     "gửi về Công ty đến hết ngày 15/9/2026, Công ty Cổ phần Kiểm định Kỹ thuật An toàn Thăng Long lập Kế hoạch "
     "kiểm định quý IV năm 2026 với các nội dung dưới đây.", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Thiết bị của các hợp tác xã đến hạn hoặc sắp đến hạn đều được kiểm định trước mùa làm hàng Tết Đinh Mùi; "
     "không còn nồi hơi, bình chịu áp lực, thiết bị nâng nào chạy khi giấy chứng nhận đã hết hiệu lực.", "p"),
    ("- Làm đúng quy trình kiểm định hiện hành; thiết bị đạt được dán tem ngay, thiết bị không đạt được chỉ rõ lỗi "
     "và cách khắc phục để hợp tác xã sửa chữa.", "p"),
    ("II. DANH MỤC THIẾT BỊ VÀ LỊCH KIỂM ĐỊNH", "h"),
    ("Cách đọc bảng: cột “Hình thức” ghi ĐK là kiểm định định kỳ, LĐ là kiểm định lần đầu trước khi đưa vào sử "
     "dụng, BT là kiểm định bất thường sau sửa chữa, cải tạo; cột “Hạn GCN hiện tại” là ngày hết hạn của giấy "
     "chứng nhận kết quả kiểm định đang có, chỉ để hợp tác xã đối chiếu; “Ngày KĐ” là ngày tổ kiểm định làm việc tại "
     "hợp tác xã. Tổ ở cột “Tổ thực hiện” chịu trách nhiệm chính; đơn vị ở cột “Phối hợp” cùng có mặt hôm đó.", "p"),
]

COLUMNS = ["TT", "Thiết bị, số lượng", "Số chế tạo, thông số chính", "Hạn GCN hiện tại", "Hình thức", "Ngày KĐ",
           "Tổ thực hiện", "Phối hợp"]
WIDTHS = [Cm(0.8), Cm(3.5), Cm(3.2), Cm(1.9), Cm(1.3), Cm(1.8), Cm(2.0), Cm(2.0)]
# a str is a merged group row naming the cooperative; a tuple is an equipment row
ROWS = [
    "A. HTX Bún bánh Phú Đô (phường Từ Liêm)",
    ("1", "Nồi hơi ống lò ống lửa đốt than (01 chiếc)", "Số CT: NH-0917; 1,0 tấn hơi/giờ; p = 8 kG/cm²; SX 2015",
     "12/10/2026", "ĐK", "06/10/2026", "Tổ Nồi hơi - Bình áp lực", "Tổ Hiệu chuẩn"),
    ("2", "Bình chứa khí nén cho dây chuyền tráng bánh (02 chiếc)", "Số CT: BKN-2231, BKN-2232; 0,5 m³; 10 bar; "
     "SX 2026", "—", "LĐ", "06/10/2026", "Tổ Nồi hơi - Bình áp lực", ""),
    "B. HTX Gốm men Giang Cao (xã Bát Tràng)",
    ("3", "Bồn chứa khí dầu mỏ hóa lỏng cấp cho lò nung ga (02 bồn)", "Số CT: BG-1804, BG-1805; 10 m³; 17,5 bar; "
     "SX 2018", "31/10/2026", "ĐK", "14/10/2026", "Tổ Nồi hơi - Bình áp lực", "Công ty TNHH Gas Hồng Hà"),
    ("4", "Xe nâng hàng động cơ diesel (01 chiếc)", "Số CT: FD25-77312; sức nâng 2,5 tấn; SX 2016", "05/11/2026",
     "ĐK", "15/10/2026", "Tổ Thiết bị nâng", ""),
    "C. HTX Nông nghiệp dịch vụ Văn Đức (xã Gia Lâm)",
    ("5", "Pa lăng điện nâng rau lên sàn sơ chế (01 chiếc)", "Số CT: PL-5580; 1 tấn; SX 2019; thay cáp, phanh tháng "
     "8/2026", "—", "BT", "29/9/2026", "Tổ Thiết bị nâng", ""),
    ("6", "Hệ thống lạnh kho bảo quản rau, môi chất R404A (02 cụm máy nén)", "Số CT: KL-21116; 2 × 7,5 kW; kho "
     "120 m³; SX 2021", "18/11/2026", "ĐK", "21/10/2026", "Tổ Hệ thống lạnh", "Công ty TNHH Cơ điện lạnh Bách Việt"),
    "D. HTX Miến dong Minh Hồng (xã Minh Châu)",
    ("7", "Nồi hơi đốt củi cấp hơi cho 02 nồi hấp bánh miến (01 bộ)", "Số CT: NH-C-3302; 0,5 tấn hơi/giờ; "
     "p = 6 kG/cm²; SX 2017", "20/12/2026", "ĐK", "04/11/2026", "Tổ Nồi hơi - Bình áp lực", "Tổ Hiệu chuẩn"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Kinh doanh gửi thông báo lịch kiểm định kèm danh mục hồ sơ cần chuẩn bị (lý lịch thiết bị, biên bản "
     "kiểm định lần trước, chứng chỉ của người vận hành) tới từng hợp tác xã trước ngày 25/9/2026; hợp tác xã nào "
     "xin đổi ngày thì Phòng thống nhất lại với tổ kiểm định.", "p"),
    ("2. Phòng Kỹ thuật - Chất lượng soát xét biên bản, cấp giấy chứng nhận kết quả kiểm định và tem kiểm định cho "
     "thiết bị đạt yêu cầu chậm nhất 05 ngày làm việc sau ngày kiểm định; nhập kết quả vào phần mềm quản lý thiết "
     "bị của Công ty.", "p"),
    ("3. Khi có thiết bị không đạt, Phòng Kỹ thuật - Chất lượng báo bằng văn bản cho Sở Nội vụ và UBND xã, phường "
     "nơi đặt thiết bị trong 24 giờ kể từ khi lập biên bản, nêu rõ yêu cầu dừng sử dụng.", "p"),
    ("4. Trung tâm Huấn luyện an toàn của Công ty mở 01 lớp huấn luyện an toàn nhóm 3 cho khoảng 18 người vận hành "
     "nồi hơi, bình chịu áp lực, xe nâng của các hợp tác xã trong tháng 10/2026; Liên minh Hợp tác xã thành phố Hà "
     "Nội phối hợp triệu tập học viên.", "p"),
    ("5. Phòng Tài chính - Kế toán xuất hóa đơn phần phí hợp tác xã trả sau mỗi đợt; lập hồ sơ đề nghị Liên minh "
     "thanh toán phần hỗ trợ 70% gửi trước ngày 15/12/2026.", "p"),
    ("6. Đề nghị Liên minh Hợp tác xã thành phố Hà Nội giao cán bộ theo dõi, nghiệm thu khối lượng kiểm định và "
     "chuyển phần kinh phí hỗ trợ trong tháng 01/2027.", "p"),
    ("7. Đề nghị các hợp tác xã có thiết bị trong danh mục chuẩn bị đủ hồ sơ, bố trí người vận hành có mặt và dừng "
     "thiết bị đúng ngày kiểm định; không cho chạy lại thiết bị không đạt khi chưa sửa xong và kiểm định lại.", "p"),
    ("Trên đây là Kế hoạch kiểm định máy, thiết bị quý IV năm 2026 tại các hợp tác xã; các phòng, tổ kiểm định và "
     "Trung tâm Huấn luyện an toàn của Công ty triển khai thực hiện./.", "p"),
]

TABLE_PT = Pt(10)


def cell_text(cell, text: str, *, bold: bool = False, center: bool = False) -> None:
    p = cell.paragraphs[0]
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.font.size = TABLE_PT


def register(doc):
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, (cell, name) in enumerate(zip(table.rows[0].cells, COLUMNS)):
        cell.width = WIDTHS[i]
        cell_text(cell, name, bold=True, center=True)
    for row, values in zip(table.rows[1:], ROWS):
        for i, cell in enumerate(row.cells):
            cell.width = WIDTHS[i]
        if isinstance(values, str):
            merged = row.cells[0].merge(row.cells[-1])
            cell_text(merged, values, bold=True)
            continue
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell_text(cell, value, center=i in (0, 3, 4, 5))
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "KIỂM ĐỊNH KỸ THUẬT AN TOÀN", "THĂNG LONG"], "Số: 58/KH-KĐTL",
                 "Hà Nội, ngày 21 tháng 9 năm 2026", issuer_bold=(0, 1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Kiểm định kỹ thuật an toàn máy, thiết bị có yêu cầu nghiêm ngặt tại các hợp tác xã quý IV năm 2026",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    register(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Liên minh HTX thành phố Hà Nội (p/h);", "- Sở Nội vụ (b/c);",
                          "- 04 HTX có tên tại mục II;", "- Các phòng, tổ kiểm định, TT Huấn luyện an toàn;",
                          "- Lưu: VT, KT-CL."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "Nghiêm Xuân Lực"])
    return saved(doc, author="Phòng Kỹ thuật - Chất lượng", editor="Văn thư Công ty",
                 title="Kế hoạch 58/KH-KĐTL", created=datetime(2026, 9, 17, 9, 10, 0),
                 modified=datetime(2026, 9, 21, 15, 40, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
