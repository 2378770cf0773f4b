"""Write a_hung-yen_41-2026-KH-GHC_gia-cong-mu-giay-quai-coi-htx-ngoac-vai-tro.docx, the two-hundred-and-thirty-fourth
held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen234/make_docx.py [OUT]

A footwear maker's plan (October 2026) for putting out the hand-stitching of moccasin uppers and the weaving of sedge
sandal straps to its linked cooperatives and cooperative groups for the 2027 export orders: I. targets; II. the linked
units in one paragraph (facts); III. a note, then one bordered table TT | Việc | Bộ phận | Hạn hoàn thành whose single
"Bộ phận" cell marks each body's ROLE BY THE KIND OF BRACKET it stands in — the lead in square brackets "[…]", the
partners in round brackets "(…)", in no fixed order; IV. the cooperatives' own duty; the closing sentence; the
signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_hung-yen_41-2026-KH-GHC_gia-cong-mu-giay-quai-coi-htx-ngoac-vai-tro.docx"

OPENING = [
    ("Trong năm 2026, Công ty đã đưa 41.000 đôi mũ giày khâu tay và 18.500 đôi quai dép đan cói ra gia công tại các hợp tác "
     "xã, tổ hợp tác trong tỉnh; tỷ lệ hàng phải khâu lại còn 4,2%, hai lô giao chậm vì thiếu bán thành phẩm. Để đáp "
     "ứng các đơn hàng xuất khẩu năm 2027 đã ký với khách hàng châu Âu, Công ty lập Kế hoạch đưa hàng ra gia công như "
     "sau.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Đưa ra gia công 64.000 đôi mũ giày moccasin khâu tay và 30.000 đôi quai dép đan cói trong quý I và quý II năm "
     "2027.", "p"),
    ("- Tỷ lệ mũ giày phải khâu lại dưới 3%; không lô hàng nào giao chậm vì thiếu vật tư.", "p"),
    ("II. CÁC ĐƠN VỊ NHẬN GIA CÔNG", "h"),
    ("Nhận gia công năm 2027 có HTX May Đông Quý (khâu mũ giày, 160 thợ), HTX Dịch vụ cói Nam Thịnh (cung ứng cói "
     "nhuộm và đan quai, 95 thợ), HTX Thủ công mỹ nghệ Quang Lịch (đan quai, 70 thợ) và tổ hợp tác đan quai dép thôn "
     "Đồng Xá (32 thợ). Mỗi đơn vị có một điểm nhận, giao hàng tại nhà văn hóa thôn hoặc trụ sở hợp tác xã.", "p"),
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
    ("Ghi chú: trong cột “Bộ phận”, tên đặt trong ngoặc vuông [ ] là bộ phận chủ trì, chịu trách nhiệm chính về việc "
     "đó; tên đặt trong ngoặc đơn ( ) là bộ phận, đơn vị phối hợp. Thứ tự ghi các tên không nói lên vai trò.", "i"),
]

COLUMNS = ["TT", "Việc", "Bộ phận", "Hạn hoàn thành"]
WIDTHS = [Cm(1.0), Cm(8.2), Cm(4.8), Cm(2.8)]
ROWS = [
    ("1", "Chốt với từng HTX, THT số đôi mũ giày khâu tay, quai dép đan nhận gia công quý I/2027; ký phụ lục đơn giá "
          "gia công", ["[Phòng Kế hoạch - Điều độ]", "(Phòng Tài chính - Kế toán)"], "Trước 20/11/2026"),
    ("2", "Làm 05 bộ mẫu đối (mũ giày moccasin, quai dép đan) kèm bảng hướng dẫn đường khâu, số mũi trên một xăng-ti-mét "
          "cho các điểm gia công", ["(Xưởng May mũ giày)", "[Phòng Phát triển mẫu]"], "Trước 30/11/2026"),
    ("3", "Mở 04 lớp dạy khâu tay mũ giày da tại nhà văn hóa các thôn có điểm gia công, mỗi lớp 25 người",
     ["(HTX May Đông Quý)", "[Phòng Nhân sự - Đào tạo]", "(Xưởng May mũ giày)"], "Tháng 12/2026"),
    ("4", "Giao mũ giày đã chặt, chỉ, kim và phiếu theo dõi lô đến điểm nhận của từng HTX, THT",
     ["[Kho vật tư]"], "Thứ Hai hằng tuần, từ 04/01/2027"),
    ("5", "Thử độ bền màu, độ ẩm từng lô cói nhuộm do HTX Dịch vụ cói Nam Thịnh cung ứng trước khi chuyển đan quai",
     ["[Phòng Quản lý chất lượng]", "(Kho vật tư)"], "Trước 25/12/2026"),
    ("6", "Kiểm 100% mũ giày khâu tay khi nhận lại; lô có trên 3% lỗi đường khâu trả về đơn vị gia công sửa",
     ["(Xưởng May mũ giày)", "(Kho vật tư)", "[Phòng Quản lý chất lượng]"], "Khi nhận mỗi lô"),
    ("7", "Trả tiền công gia công vào tài khoản của HTX, THT theo biên bản nghiệm thu lô",
     ["[Phòng Tài chính - Kế toán]", "(Phòng Kế hoạch - Điều độ)"], "Trước ngày 10 hằng tháng"),
    ("8", "Lập hồ sơ đề nghị hỗ trợ máy khâu trụ, đèn chiếu sáng cho 02 điểm gia công từ chương trình khuyến công",
     ["(Trung tâm Khuyến công tỉnh)", "[Phòng Tài chính - Kế toán]"], "Quý I/2027"),
    ("9", "Đánh giá chỗ ngồi làm việc, ánh sáng, lối thoát nạn tại các điểm gia công theo bộ tiêu chí trách nhiệm xã hội "
          "của khách hàng", ["[Phòng Quản lý chất lượng]", "(Phòng Nhân sự - Đào tạo)", "(UBND các xã có điểm gia công)"],
     "Trước 15/3/2027"),
    ("10", "Tổng kết gia công quý I/2027, đề xuất đơn giá và số lượng quý II/2027 trình Giám đốc",
     ["(Phòng Quản lý chất lượng)", "(Phòng Tài chính - Kế toán)", "[Phòng Kế hoạch - Điều độ]"], "Tháng 4/2027"),
]

AFTER = [
    ("IV. VIỆC CỦA CÁC HTX, THT NHẬN GIA CÔNG", "h"),
    ("Các HTX, THT nhận gia công bố trí điểm nhận, giao hàng có mái che, ghi sổ giao nhận từng lô và giữ bán thành "
     "phẩm không để ẩm, mốc trong suốt thời gian gia công; thiếu thợ thì báo ngay Phòng Kế hoạch - Điều độ để điều "
     "chỉnh số lượng.", "p"),
    ("Trưởng các bộ phận có tên trong bảng tổ chức thực hiện; vướng mắc báo Phó Giám đốc phụ trách sản xuất để giải "
     "quyết./.", "p"),
]


def bordered(doc):
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [COLUMNS, *ROWS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            elif isinstance(value, list):
                cell_lines(cell, value, center=False)
            else:
                cell_lines(cell, [value], center=i in (0, 3))
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "GIÀY HỒNG CHÂU"], "Số: 41/2026/KH-GHC", "Hưng Yên, ngày 22 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Đưa mũ giày khâu tay và quai dép đan cói ra gia công tại các hợp tác xã, tổ hợp tác năm 2027",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h", italic=style == "i")
    bordered(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Giám đốc (b/c);", "- 04 HTX, THT nhận gia công;",
                          "- Các phòng, xưởng, kho (t/h);", "- Lưu: VT, P.KHĐĐ."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Phạm Quốc Lượng"])
    return saved(doc, author="Phòng Kế hoạch - Điều độ", editor="Văn thư Công ty",
                 title="Kế hoạch 41/2026/KH-GHC", created=datetime(2026, 10, 19, 8, 20, 0),
                 modified=datetime(2026, 10, 22, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
