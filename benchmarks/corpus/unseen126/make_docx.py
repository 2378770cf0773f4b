"""Write a_can-tho_27-KH-BQLCN-2025_ghe-hang-to-hop-tac.docx, the hundred-and-twenty-sixth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen126/make_docx.py [OUT]

A floating market's board (Ban Quản lý chợ nổi Cái Răng, under the ward of Cái Răng, Cần Thơ) plans, in August 2025,
to bring the traders on boats into cooperative groups and a trade-and-service cooperative: a short opening, 1. purposes,
2. one bordered table STT | Công việc | Bộ phận thực hiện | Phối hợp | Thời gian (nine rows, the board's own teams and
its head as doers, seasonal and festive times in the cells), 3. funding, the closing sentence, the signature beside
"Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_can-tho_27-KH-BQLCN-2025_ghe-hang-to-hop-tac.docx"

COLUMNS = ["STT", "Công việc", "Tổ, bộ phận thực hiện", "Phối hợp", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.0), Cm(3.8), Cm(2.6)]
ROWS = [
    ("1", "Đi từng ghe, xuồng lập danh sách tiểu thương theo mặt hàng (trái cây, nông sản, ăn uống, chở khách), "
          "ghi rõ bến neo đậu và số điện thoại", "Tổ Trật tự bến", "Tổ dân phố khu vực 1, khu vực 2", "Tháng 9/2025"),
    ("2", "Họp mặt tiểu thương trên ghe tại nhà văn hóa khu vực, nói rõ quyền lợi khi vào tổ hợp tác (mua chung "
          "hàng, chung bến, chung điểm đón khách)", "Trưởng Ban", "Phòng Kinh tế phường, Liên minh HTX thành phố",
     "Mùa nước nổi năm 2025 (tháng 9 - 11)"),
    ("3", "Thành lập 03 tổ hợp tác ghe trái cây và 01 tổ hợp tác xuồng bán đồ ăn sáng; chứng thực hợp đồng hợp tác",
     "Tổ Nghiệp vụ", "Phòng Kinh tế phường", "Quý IV/2025"),
    ("4", "Sắp xếp khu neo đậu riêng cho ghe của các tổ hợp tác, cắm biển tên tổ trên mặt sông", "Tổ Trật tự bến",
     "Công an phường Cái Răng", "Trước Tết Nguyên đán Bính Ngọ"),
    ("5", "Hướng dẫn hồ sơ, tổ chức hội nghị thành lập Hợp tác xã Thương mại - Dịch vụ Chợ nổi Cái Răng từ các tổ "
          "hợp tác đã ổn định", "Phòng Kinh tế phường", "Ban Quản lý chợ nổi, Liên minh HTX thành phố",
     "Trước 31/3/2026"),
    ("6", "Tập huấn an toàn giao thông đường thủy, áo phao, vệ sinh an toàn thực phẩm cho thành viên", "Tổ Nghiệp vụ",
     "Công an phường Cái Răng, Trạm Y tế phường", "Tháng 3/2026"),
    ("7", "Ký thỏa thuận đưa đón khách với các công ty lữ hành và bến tàu du lịch Ninh Kiều", "Trưởng Ban",
     "Trung tâm Xúc tiến du lịch (Sở VHTTDL)", "Cả năm 2026"),
    ("8", "Giữ vệ sinh mặt nước, gom rác trên ghe theo từng tổ, nộp rác tại phao thu gom của Ban",
     "Các tổ hợp tác ghe hàng", "Tổ Trật tự bến", "Thường xuyên"),
    ("9", "Theo dõi hoạt động các tổ hợp tác, tổng hợp báo cáo UBND phường", "Kế toán Ban", "", "Hằng quý"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["UBND PHƯỜNG CÁI RĂNG", "BAN QUẢN LÝ CHỢ NỔI CÁI RĂNG"], "Số: 27/KH-BQLCN",
                 "Cái Răng, ngày 12 tháng 8 năm 2025")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Vận động tiểu thương trên ghe tham gia tổ hợp tác, hợp tác xã thương mại - dịch vụ chợ nổi", bold=True,
         center=True)
    para(doc, "Chợ nổi hiện có khoảng 310 ghe, xuồng buôn bán thường xuyên, phần lớn làm ăn riêng lẻ, chưa có đầu mối "
              "chung để nhận hàng của nhà vườn và phục vụ khách du lịch. Ban Quản lý chợ nổi Cái Răng lập kế hoạch "
              "vận động như sau:")
    para(doc, "1. Mục đích", bold=True)
    para(doc, "Đến hết năm 2026 có ít nhất 04 tổ hợp tác và 01 hợp tác xã của người buôn bán trên ghe; giữ trật tự "
              "bến, giữ nét mua bán truyền thống của chợ nổi.")
    para(doc, "2. Công việc và phân công", bold=True)
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 4))
    para(doc, "3. Kinh phí", bold=True)
    para(doc, "Từ nguồn thu phí neo đậu của Ban và vận động tài trợ của các công ty lữ hành; không thu tiền của tiểu "
              "thương khi vào tổ.")
    para(doc, "Trên đây là Kế hoạch vận động tiểu thương tham gia tổ hợp tác, hợp tác xã của Ban Quản lý chợ nổi Cái "
              "Răng./.")
    signature_table(doc, ["Nơi nhận:", "- UBND phường (b/c);", "- Phòng Kinh tế phường;", "- LMHTX TP Cần Thơ;",
                          "- Các tổ thuộc Ban;", "- Lưu: BQL."],
                    ["TRƯỞNG BAN", "", "", "", "Huỳnh Văn Lộc"])
    return saved(doc, author="Tổ Nghiệp vụ", editor="Ban Quản lý chợ nổi Cái Răng",
                 title="Kế hoạch 27/KH-BQLCN", created=datetime(2025, 8, 6, 9, 10, 0),
                 modified=datetime(2025, 8, 12, 15, 40, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
