"""Write a_vinh-long_86-KH-TTYT-2026_trung-tam-y-te-kham-suc-khoe-htx-lich-theo-xa.docx, the sixty-seventh held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen67/make_docx.py [OUT]

A regional health centre's plan in Word (August 2026) for periodic health checks of cooperative members and workers:
the grounds, I. purposes, II. who is checked, III. a bordered schedule table by commune (TT | Xã | Ngày khám | Địa
điểm, đơn vị được khám | Tổ khám | Phối hợp), IV. numbered paragraphs of the centre's departments and the communes'
health stations, the closing sentence, the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its
number typed in.

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
OUT = HERE / "a_vinh-long_86-KH-TTYT-2026_trung-tam-y-te-kham-suc-khoe-htx-lich-theo-xa.docx"

BEFORE = [
    ("Căn cứ Bộ luật Lao động năm 2019 và Thông tư số 32/2023/TT-BYT của Bộ trưởng Bộ Y tế về khám sức khỏe; căn cứ "
     "đề nghị của Liên minh Hợp tác xã tỉnh Vĩnh Long về việc chăm lo sức khỏe người lao động trong khu vực kinh tế "
     "tập thể, Trung tâm Y tế khu vực Trà Ôn xây dựng kế hoạch khám sức khỏe như sau:", "p"),
    ("I. MỤC ĐÍCH", "h"),
    ("Phát hiện sớm bệnh nghề nghiệp, bệnh do phơi nhiễm thuốc bảo vệ thực vật ở thành viên và người lao động hợp tác "
     "xã, tổ hợp tác; tư vấn để hợp tác xã bố trí công việc phù hợp sức khỏe người lao động.", "p"),
    ("II. ĐỐI TƯỢNG, SỐ LƯỢNG", "h"),
    ("Khoảng 560 thành viên, người lao động của 9 hợp tác xã và 6 tổ hợp tác nông nghiệp, thủy sản tại 5 xã; ưu tiên "
     "người trực tiếp phun thuốc, sơ chế nông sản, làm việc dưới nước. Kinh phí do hợp tác xã chi trả theo giá dịch "
     "vụ, phần còn lại từ nguồn hỗ trợ của Liên minh Hợp tác xã tỉnh.", "p"),
    ("III. LỊCH KHÁM TẠI CÁC XÃ", "h"),
]

COLUMNS = ["TT", "Xã", "Ngày khám", "Địa điểm, đơn vị được khám", "Tổ khám", "Phối hợp"]
WIDTHS = [Cm(0.9), Cm(2.2), Cm(2.4), Cm(6.0), Cm(2.2), Cm(3.0)]
ROWS = [
    ("1", "Trà Ôn", "08/9/2026", "Trạm Y tế xã Trà Ôn: HTX Nông nghiệp Thiện Mỹ, HTX Bưởi Năm Roi Tân Mỹ, tổ hợp tác "
                                 "rau an toàn ấp Mỹ Yên (khoảng 130 người)", "Tổ khám số 1", "UBND xã Trà Ôn"),
    ("2", "Hòa Bình", "10/9/2026", "Hội trường ấp Phước Hòa: HTX Thủy sản Hòa Bình, THT nuôi cá lóc Phước Trinh "
                                   "(khoảng 95 người)", "Tổ khám số 2", "UBND xã Hòa Bình, Trạm Y tế xã"),
    ("3", "Lục Sĩ Thành", "15 - 16/9/2026", "Trạm Y tế xã Lục Sĩ Thành: HTX Khoai lang Phú Thành, HTX Dịch vụ nông "
                                            "nghiệp Tích Thiện, 02 tổ hợp tác làm lúa (khoảng 150 người)",
     "Tổ khám số 1", "UBND xã Lục Sĩ Thành"),
    ("4", "Vĩnh Xuân", "22/9/2026", "Nhà văn hóa ấp Vĩnh Hòa: HTX Chôm chôm Vĩnh Xuân, THT se nhang (khoảng 80 "
                                    "người)", "Tổ khám số 2", "UBND xã Vĩnh Xuân, Hội Nông dân xã"),
    ("5", "Trà Côn", "Tuần đầu tháng 10", "Trạm Y tế xã Trà Côn: HTX Nông nghiệp Trà Côn, HTX Cam sành Hựu Thành, "
                                          "THT đan lục bình (khoảng 105 người)", "Tổ khám số 1 và số 2",
     "UBND xã Trà Côn"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Khoa Kiểm soát bệnh tật - Dinh dưỡng:", "p"),
    ("Chủ trì lập danh sách người được khám theo từng hợp tác xã, tổ hợp tác, gửi Ủy ban nhân dân các xã và hợp tác "
     "xã trước ngày 31/8/2026; thành lập 02 tổ khám lưu động gồm bác sĩ nội, mắt, tai mũi họng, răng hàm mặt, xét "
     "nghiệm.", "p"),
    ("2. Khoa Dược - Vật tư y tế bảo đảm thuốc, sinh phẩm xét nghiệm men cholinesterase, vật tư tiêu hao cho 560 "
     "lượt khám, giao cho các tổ khám trước đợt khám đầu tiên.", "p"),
    ("3. Trạm Y tế các xã có lịch khám: thông báo lịch cho từng hợp tác xã, chuẩn bị bàn, ghế, nơi lấy máu; sau đợt "
     "khám quản lý, theo dõi người có bệnh mạn tính tại địa phương.", "p"),
    ("4. Phòng Kế hoạch - Nghiệp vụ trả kết quả, sổ khám sức khỏe cho từng hợp tác xã chậm nhất 10 ngày sau mỗi đợt "
     "khám; tổng hợp, báo cáo Sở Y tế và Liên minh Hợp tác xã tỉnh trước ngày 20/10/2026.", "p"),
    ("Trên đây là Kế hoạch khám sức khỏe cho thành viên, người lao động hợp tác xã, tổ hợp tác năm 2026 của Trung tâm "
     "Y tế khu vực Trà Ôn./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ Y TẾ TỈNH VĨNH LONG", "TRUNG TÂM Y TẾ", "KHU VỰC TRÀ ÔN"], "Số: 86/KH-TTYT",
                 "Trà Ôn, ngày 18 tháng 8 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Khám sức khỏe định kỳ cho thành viên, người lao động hợp tác xã, tổ hợp tác trên địa bàn năm 2026",
         bold=True, center=True)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 2))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở Y tế (để b/c);", "- LMHTX tỉnh Vĩnh Long;",
                          "- UBND các xã: Trà Ôn, Hòa Bình, Lục Sĩ Thành, Vĩnh Xuân, Trà Côn;",
                          "- Các khoa, phòng, TYT liên quan;", "- Lưu: VT, KH-NV."],
                    ["GIÁM ĐỐC", "", "", "", "", "Thạch Minh Luân"])
    return saved(doc, author="Phòng Kế hoạch - Nghiệp vụ", editor="Văn thư TTYT Trà Ôn",
                 title="Kế hoạch 86/KH-TTYT", created=datetime(2026, 8, 12, 8, 30, 0),
                 modified=datetime(2026, 8, 18, 10, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
