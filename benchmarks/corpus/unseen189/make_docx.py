"""Write a_lao-cai_47-KH-GCMH-2026_chuoi-nuoi-cay-mo-htx-so-giao-viec.docx, the hundred-and-eighty-ninth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen189/make_docx.py [OUT]

A plant tissue-culture company's plan (September 2026) supplying in-vitro banana plantlets to banana cooperatives and
a cooperative group for the spring 2027 planting: I. targets ("-" lines), II. the orders in prose (facts), III. a note
and then the work as the office's RECEIPT REGISTER ("SỔ GIAO VIỆC"): one bordered table STT | Việc giao | Bộ phận
nhận việc | Phối hợp | Hạn xong | Ngày nhận | Người nhận (ký, ghi rõ họ tên), a row of column numbers under the
header, the receipt dates and the receivers' names filled in by the office ("(đã ký) …"), one row not yet signed for;
IV. two numbered requests to the cooperatives; the closing sentence; the signature beside "Nơi nhận". Every
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
OUT = HERE / "a_lao-cai_47-KH-GCMH-2026_chuoi-nuoi-cay-mo-htx-so-giao-viec.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Tháng 8/2026 Công ty đã ký hợp đồng cung ứng cây giống với 04 hợp tác xã và 01 tổ hợp tác trồng chuối ở các "
     "xã Bản Lầu, Mường Khương, Bản Xèo, Trịnh Tường. Vụ trước, vùng chuối của các đơn vị này có gần 14 ha phải phá "
     "bỏ vì bệnh héo vàng (Panama) do trồng bằng cây con tách từ vườn cũ. Để vụ Xuân năm 2027 chỉ trồng bằng cây "
     "sạch bệnh, Công ty lập Kế hoạch cung ứng như sau:", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Xuất vườn 186.000 cây chuối giống Grand Naine nuôi cấy mô, cây cao 25 - 30 cm, có 6 - 7 lá thật, đủ trồng "
     "mới 93 ha.", "p"),
    ("- Mọi lô cây xuất vườn đều có kết quả xét nghiệm âm tính với nấm Fusarium chủng TR4 và virus chùn ngọn.", "p"),
    ("- Tỷ lệ cây sống sau trồng 30 ngày đạt từ 95% trở lên.", "p"),
    ("II. SỐ LƯỢNG ĐẶT HÀNG", "h"),
    ("HTX Nông nghiệp Bản Lầu đặt 60.000 cây; HTX Chuối xuất khẩu Mường Khương 48.000 cây; HTX Dịch vụ nông nghiệp "
     "Bản Xèo 36.000 cây; HTX Trịnh Tường Xanh 30.000 cây; THT trồng chuối thôn Na Lốc 12.000 cây. Cây giao làm hai "
     "đợt theo hợp đồng: đợt 1 khoảng 60% số cây, đợt 2 phần còn lại; giá cây tại ruộng 9.800 đồng/cây.", "p"),
    ("III. SỔ GIAO VIỆC", "h"),
    ("Các việc dưới đây đã giao tại cuộc họp giao ban ngày 14/9/2026, trưởng bộ phận ký nhận trực tiếp vào sổ. Văn "
     "phòng ghi lại ngày nhận và tên người nhận (cột 6, cột 7) vào bản lưu điện tử này. Bộ phận ở cột 3 chịu trách "
     "nhiệm chính; đơn vị ở cột 4 cùng làm.", "p"),
]

COLUMNS = ["STT", "Việc giao", "Bộ phận nhận việc", "Phối hợp", "Hạn xong", "Ngày nhận",
           "Người nhận (ký, ghi rõ họ tên)"]
NUMBERS = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]
WIDTHS = [Cm(1.0), Cm(5.4), Cm(2.3), Cm(2.4), Cm(2.1), Cm(1.8), Cm(2.2)]
ROWS = [
    ("1", "Nhân mẫu cấy từ 12 cây mẹ đã xét nghiệm sạch bệnh; cấy chuyển các lứa cho đủ 200.000 chồi",
     "Phòng Nuôi cấy mô", "", "Trước 30/10/2026", "14/9/2026", "(đã ký) Hoàng Thị Mai"),
    ("2", "Gửi mẫu mô và mẫu lá cây mẹ đi xét nghiệm nấm Fusarium TR4, virus chùn ngọn; lưu phiếu kết quả theo "
          "từng lô", "Phòng Nuôi cấy mô", "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh", "Tháng 10/2026",
     "14/9/2026", "(đã ký) Hoàng Thị Mai"),
    ("3", "Cấy ra rễ, đưa cây ra bầu huấn luyện trong nhà lưới; tưới phun sương, che nắng, phòng rệp muội",
     "Vườn ươm Bản Xèo", "Phòng Nuôi cấy mô", "01/11/2026 - 10/01/2027", "16/9/2026", "(đã ký) Lù Văn Sáng"),
    ("4", "Khảo sát đất ruộng của từng HTX, THT; hướng dẫn đào hố, bón lót vôi và phân chuồng hoai ít nhất 15 ngày "
          "trước khi trồng", "Phòng Kỹ thuật - Thị trường", "Trung tâm Khuyến nông tỉnh", "Tháng 12/2026",
     "14/9/2026", "(đã ký) Giàng A Dế"),
    ("5", "Mở 02 lớp tập huấn cho tổ kỹ thuật các HTX về trồng, chăm sóc chuối cấy mô và phát hiện sớm cây bị héo "
          "vàng", "Phòng Kỹ thuật - Thị trường", "Trung tâm Khuyến nông tỉnh, HTX Nông nghiệp Bản Lầu",
     "05 - 08/01/2027", "14/9/2026", "(đã ký) Giàng A Dế"),
    ("6", "Lập hồ sơ đề nghị kiểm định chất lượng lô cây giống, mời cơ quan kiểm định lấy mẫu trước mỗi đợt xuất "
          "vườn", "Phòng Kỹ thuật - Thị trường", "Vườn ươm Bản Xèo", "Đợt 1: trước 10/01/2027; đợt 2: trước "
          "20/02/2027", "14/9/2026", "(đã ký) Giàng A Dế"),
    ("7", "Giao cây đợt 1 đến tận ruộng từng HTX, THT bằng xe có mui che; lập biên bản giao nhận số lượng, chất "
          "lượng", "Tổ Vận chuyển", "Vườn ươm Bản Xèo", "15/01 - 10/02/2027", "14/9/2026",
     "(đã ký) Vàng Seo Phìn"),
    ("8", "Giao cây đợt 2 và cây trồng dặm (bằng 3% số cây đợt 1)", "Tổ Vận chuyển", "Vườn ươm Bản Xèo",
     "01 - 25/3/2027", "", "Chưa ký nhận"),
    ("9", "Xuất hóa đơn, đối chiếu công nợ; làm giúp hồ sơ để HTX đề nghị hỗ trợ 50% tiền cây giống theo chính sách "
          "của tỉnh", "Phòng Kế toán - Tài chính", "Phòng Kỹ thuật - Thị trường",
     "Trong 05 ngày làm việc sau mỗi đợt giao cây", "15/9/2026", "(đã ký) Đỗ Thu Hà"),
    ("10", "Kiểm tra tỷ lệ cây sống sau trồng 30 ngày ở từng thửa; đổi miễn phí cây chết do lỗi giống",
     "Phòng Kỹ thuật - Thị trường", "Các HTX, THT", "Tháng 4/2027", "14/9/2026", "(đã ký) Giàng A Dế"),
    ("11", "Tổng kết đợt cung ứng, báo cáo Hội đồng quản trị", "Văn phòng Công ty", "Các bộ phận",
     "Trước 30/4/2027", "14/9/2026", "(đã ký) Phạm Quang Vinh"),
]

AFTER = [
    ("IV. ĐỀ NGHỊ CÁC HỢP TÁC XÃ, TỔ HỢP TÁC", "h"),
    ("1. Làm đất, đào hố theo hướng dẫn của Công ty; báo Phòng Kỹ thuật - Thị trường ngày trồng dự kiến của từng "
     "thửa trước ngày 20/12/2026.", "p"),
    ("2. Cử người nhận cây, ký biên bản giao nhận tại ruộng; trồng hết số cây đã nhận trong 02 ngày, không để cây "
     "qua đêm ngoài trời lâu hơn.", "p"),
    ("Trên đây là Kế hoạch cung ứng cây chuối giống nuôi cấy mô vụ Xuân năm 2027 của Công ty; các bộ phận tổ chức "
     "thực hiện, đề nghị các hợp tác xã, tổ hợp tác phối hợp./.", "p"),
]


def register(doc):
    table = doc.add_table(rows=2 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [COLUMNS, NUMBERS, *ROWS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            elif n == 1:
                cell_lines(cell, [value], italic=(0,))
            else:
                cell_lines(cell, [value], italic=(0,) if i == 6 else (), center=i in (0, 4, 5, 6))
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN GIỐNG CÂY TRỒNG", "CÔNG NGHỆ CAO MƯỜNG HUM"], "Số: 47/KH-GCMH",
                 "Bát Xát, ngày 14 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Cung ứng cây chuối giống nuôi cấy mô cho các hợp tác xã, tổ hợp tác trồng chuối vụ Xuân năm 2027",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    register(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 04 HTX, 01 THT đặt hàng;",
                          "- Chi cục TT&BVTV tỉnh;", "- Các bộ phận (t/h);", "- Lưu: VT, VP."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trần Văn Khiêm"])
    return saved(doc, author="Phòng Kỹ thuật - Thị trường", editor="Văn phòng Công ty",
                 title="Kế hoạch 47/KH-GCMH", created=datetime(2026, 9, 10, 14, 0, 0),
                 modified=datetime(2026, 9, 16, 10, 25, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
