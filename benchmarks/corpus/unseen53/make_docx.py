"""Write a_nghe-an_37-KH-KBKVX-2026_kho-bac-kiem-soat-chi-ho-tro-htx-o-phan-cong.docx, the fifty-third held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen53/make_docx.py [OUT]

A regional State Treasury office's plan in Word (January 2026): I. purposes, II. one bordered table of two columns
"Nội dung công việc | Phân công thực hiện" whose second cell holds three labelled lines ("Chủ trì: …", "Phối hợp: …",
"Thời hạn: …"), seven rows; III. two paragraphs each opening with a unit's name and a colon; the closing sentence;
the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_nghe-an_37-KH-KBKVX-2026_kho-bac-kiem-soat-chi-ho-tro-htx-o-phan-cong.docx"

INTRO = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Bảo đảm kinh phí ngân sách nhà nước hỗ trợ hợp tác xã, liên hiệp HTX và tổ hợp tác ở các xã, phường được "
     "kiểm soát, thanh toán đúng chế độ, kịp thời, không để tồn đọng hồ sơ tại Kho bạc.", "p"),
    ("2. Phân định rõ việc của từng phòng, từng Phòng Giao dịch; công chức được giao nhiệm vụ chịu trách nhiệm về "
     "thời hạn xử lý hồ sơ của đơn vị mình.", "p"),
    ("II. NỘI DUNG CÔNG VIỆC VÀ PHÂN CÔNG", "h"),
]

COLUMNS = ["TT", "Nội dung công việc", "Phân công thực hiện"]
WIDTHS = [Cm(1.0), Cm(9.0), Cm(6.5)]
ROWS = [
    ("1", "Hướng dẫn chủ đầu tư (UBND các xã, phường, Liên minh HTX tỉnh) hồ sơ, thủ tục kiểm soát chi các nội dung hỗ "
          "trợ hợp tác xã: bồi dưỡng nguồn nhân lực, xúc tiến thương mại, đầu tư kết cấu hạ tầng, chế biến sản phẩm",
     ["Chủ trì: Phòng Kiểm soát chi", "Phối hợp: Sở Tài chính tỉnh Nghệ An", "Thời hạn: Quý I/2026"]),
    ("2", "Tổ chức tập huấn nghiệp vụ kiểm soát chi hỗ trợ hợp tác xã cho công chức các Phòng Giao dịch",
     ["Chủ trì: Phòng Kiểm soát chi", "Phối hợp: Phòng Tổng hợp - Hành chính", "Thời hạn: Sau Tết Nguyên đán, "
      "xong trong tháng 3/2026"]),
    ("3", "Tiếp nhận, kiểm soát hồ sơ đề nghị thanh toán kinh phí hỗ trợ hợp tác xã qua Dịch vụ công trực tuyến của "
          "Kho bạc Nhà nước; trả kết quả đúng thời hạn quy định",
     ["Chủ trì: Các Phòng Giao dịch", "Phối hợp: Phòng Kiểm soát chi", "Thời hạn: Thường xuyên"]),
    ("4", "Hỗ trợ hợp tác xã được giao làm chủ dự án mở tài khoản, đăng ký chữ ký số để giao dịch điện tử với Kho bạc",
     ["Chủ trì: Phòng Giao dịch số 2", "Phối hợp: Liên minh HTX tỉnh Nghệ An (Trung tâm Tư vấn và Hỗ trợ HTX)",
      "Thời hạn: Tháng 4 - 5/2026"]),
    ("5", "Đối chiếu, đôn đốc thu hồi số dư tạm ứng kinh phí hỗ trợ hợp tác xã quá hạn của các năm trước",
     ["Chủ trì: Phòng Kế toán nhà nước", "Phối hợp: Phòng Kiểm soát chi; UBND các xã còn số dư tạm ứng",
      "Thời hạn: Trước 30/6/2026"]),
    ("6", "Kiểm tra việc chấp hành quy trình kiểm soát chi hỗ trợ hợp tác xã tại 04 Phòng Giao dịch",
     ["Chủ trì: Phòng Thanh tra - Kiểm tra", "Phối hợp: Phòng Kiểm soát chi", "Thời hạn: Quý III/2026"]),
    ("7", "Tổng hợp số liệu giải ngân kinh phí hỗ trợ hợp tác xã phục vụ quyết toán ngân sách năm 2026",
     ["Chủ trì: Phòng Kế toán nhà nước", "Phối hợp: Sở Tài chính tỉnh Nghệ An", "Thời hạn: Trước 31/01/2027"]),
]

TAIL = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Tổng hợp - Hành chính: theo dõi việc thực hiện Kế hoạch, tổng hợp vướng mắc của các phòng để báo cáo "
     "Giám đốc Kho bạc Nhà nước khu vực X vào ngày 25 hằng tháng.", "p"),
    ("2. Các Phòng Giao dịch: phân công 01 công chức làm đầu mối tiếp nhận hồ sơ của hợp tác xã, gửi danh sách về "
     "Phòng Kiểm soát chi trước ngày 31/01/2026.", "p"),
    ("Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo kịp thời về Phòng Kiểm soát chi để trình Giám "
     "đốc xem xét, xử lý./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["KHO BẠC NHÀ NƯỚC", "KHO BẠC NHÀ NƯỚC KHU VỰC X"], "Số: 37/KH-KBKVX",
                 "Nghệ An, ngày 12 tháng 01 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Kiểm soát chi, thanh toán kinh phí hỗ trợ phát triển hợp tác xã năm 2026", bold=True, center=True)
    para(doc, "Căn cứ Luật Hợp tác xã năm 2023; căn cứ dự toán ngân sách năm 2026 đã được giao, Giám đốc Kho bạc Nhà "
              "nước khu vực X ban hành Kế hoạch như sau:")
    for text, style in INTRO:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for i, cell in enumerate(table.rows[0].cells):
        cell.width = WIDTHS[i]
        cell_lines(cell, [COLUMNS[i]], bold=(0,))
    for row, (number, work, lines) in zip(table.rows[1:], ROWS):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        cell_lines(cells[0], [number])
        cell_lines(cells[1], [work], center=False)
        cell_lines(cells[2], lines, center=False)
    for text, style in TAIL:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Kho bạc Nhà nước (b/c);", "- Sở Tài chính tỉnh Nghệ An;",
                          "- Liên minh HTX tỉnh;", "- Ban Giám đốc;", "- Các phòng, Phòng Giao dịch;",
                          "- Lưu: VT, KSC."],
                    ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Hồ Sỹ Tường"])
    return saved(doc, author="Phòng Kiểm soát chi", editor="Văn thư KBNN khu vực X",
                 title="Kế hoạch 37/KH-KBKVX", created=datetime(2026, 1, 7, 9, 15, 0),
                 modified=datetime(2026, 1, 12, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
