"""Write a_hung-yen_1462-QD-UBND-2026_quyet-dinh-phan-bo-von-ha-tang-htx-bang-cong-trinh.docx, the sixty-ninth
held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen69/make_docx.py [OUT]

A province's Quyết định allocating capital to cooperatives' infrastructure (August 2026, after Hưng Yên and Thái Bình
were merged): the "Căn cứ" lines, "QUYẾT ĐỊNH:", Điều 1 allocating the capital to the works listed in a bordered table
in the body (TT | Hợp tác xã, công trình | Xã | Vốn hỗ trợ | Chủ đầu tư | Hoàn thành, giải ngân), Điều 2 giving the
bodies their work in lettered points, Điều 3 the standing clause of who executes the decision; the signature beside
"Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_hung-yen_1462-QD-UBND-2026_quyet-dinh-phan-bo-von-ha-tang-htx-bang-cong-trinh.docx"

CAN_CU = [
    "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025 và Luật Hợp tác xã năm 2023;",
    "Căn cứ Nghị quyết số 38/2026/NQ-HĐND ngày 14 tháng 7 năm 2026 của Hội đồng nhân dân tỉnh về mức hỗ trợ đầu tư "
    "kết cấu hạ tầng cho hợp tác xã nông nghiệp;",
    "Xét Tờ trình số 611/TTr-STC ngày 06 tháng 8 năm 2026 của Sở Tài chính.",
]

COLUMNS = ["TT", "Hợp tác xã, công trình", "Xã", "Vốn hỗ trợ (triệu đồng)", "Chủ đầu tư", "Hoàn thành, giải ngân"]
WIDTHS = [Cm(0.9), Cm(5.4), Cm(2.2), Cm(2.0), Cm(3.0), Cm(3.0)]
ROWS = [
    ("1", "HTX Dịch vụ nông nghiệp Tân Lập: kiên cố hóa 2,4 km kênh tưới nội đồng", "Nguyễn Văn Linh", "3.150",
     "UBND xã Nguyễn Văn Linh", "Trước 30/11/2026"),
    ("2", "HTX Nuôi trồng thủy sản Đông Hải: đường điện ba pha vào vùng nuôi ngao", "Đông Thụy Anh", "2.480",
     "UBND xã Đông Thụy Anh", "Quý IV/2026"),
    ("3", "HTX Nhãn lồng Hồng Nam: nhà sơ chế, kho mát bảo quản nhãn", "Hồng Châu", "1.920",
     "HTX Nhãn lồng Hồng Nam", "Trước 31/10/2026"),
    ("4", "HTX Rau an toàn Thái Phương: nhà màng và hệ thống tưới tiết kiệm", "Thái Phương", "1.275",
     "UBND xã Thái Phương", "Tháng 12/2026"),
]

DIEU2 = [
    "Điều 2. Tổ chức thực hiện",
    "a) Sở Tài chính thông báo chi tiết kế hoạch vốn cho các chủ đầu tư trong vòng 07 ngày làm việc kể từ ngày ký "
    "Quyết định này; phối hợp Kho bạc Nhà nước khu vực IV theo dõi tiến độ giải ngân, tổng hợp báo cáo UBND tỉnh "
    "trước ngày 15/12/2026.",
    "b) Sở Nông nghiệp và Môi trường hướng dẫn các chủ đầu tư về quy mô, tiêu chuẩn kỹ thuật công trình; cùng Sở Tài "
    "chính kiểm tra thực tế tại các hợp tác xã trong tháng 10/2026.",
    "c) Kho bạc Nhà nước khu vực IV kiểm soát, thanh toán vốn cho các công trình theo đúng chế độ; thường xuyên.",
    "d) UBND các xã có công trình tại Điều 1 giám sát cộng đồng việc thi công, vận động thành viên hợp tác xã góp "
    "công, góp vật liệu; hoàn thành thủ tục bàn giao công trình cho hợp tác xã quản lý trước ngày 25/12/2026.",
    "đ) Liên minh Hợp tác xã tỉnh giúp các hợp tác xã xây dựng quy chế quản lý, khai thác công trình sau đầu tư, "
    "xong trong quý IV/2026.",
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"], "Số: 1462/QĐ-UBND", "Hưng Yên, ngày 18 tháng 8 năm 2026")
    para(doc)
    para(doc, "QUYẾT ĐỊNH", bold=True, center=True)
    para(doc, "Về việc phân bổ vốn hỗ trợ đầu tư kết cấu hạ tầng cho hợp tác xã nông nghiệp năm 2026", bold=True,
         center=True)
    para(doc, "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", bold=True, center=True)
    for line in CAN_CU:
        para(doc, line, italic=True)
    para(doc, "QUYẾT ĐỊNH:", bold=True, center=True)
    para(doc, "Điều 1. Phân bổ 8.825 triệu đồng vốn ngân sách tỉnh năm 2026 để hỗ trợ 04 hợp tác xã nông nghiệp đầu tư "
              "kết cấu hạ tầng phục vụ sản xuất. Chủ đầu tư tổ chức thực hiện, hoàn thành và giải ngân theo thời hạn "
              "tại bảng dưới đây:")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 3, 5))
    para(doc, "Chủ đầu tư chịu trách nhiệm về hồ sơ, chất lượng công trình và quyết toán vốn theo quy định.")
    for i, text in enumerate(DIEU2):
        para(doc, text, bold=i == 0)
    para(doc, "Điều 3. Hiệu lực và thi hành: Quyết định có hiệu lực từ ngày ký; Chánh Văn phòng UBND tỉnh; Thủ trưởng các cơ "
              "quan: Sở Tài chính, Sở Nông nghiệp và Môi trường, Kho bạc Nhà nước khu vực IV; Chủ tịch UBND các "
              "xã có tên tại Điều 1 và các hợp tác xã được hỗ trợ thi hành./.")
    signature_table(doc, ["Nơi nhận:", "- Như Điều 3;", "- TTTU, TTHĐND tỉnh (để b/c);", "- CT, các PCT UBND tỉnh;",
                          "- LMHTX tỉnh;", "- Lưu: VT, KTTC."],
                    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Đặng Quốc Hưng"])
    return saved(doc, author="Phòng Kinh tế tài chính", editor="Văn thư UBND tỉnh Hưng Yên",
                 title="Quyết định 1462/QĐ-UBND", created=datetime(2026, 8, 12, 9, 5, 0),
                 modified=datetime(2026, 8, 18, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
