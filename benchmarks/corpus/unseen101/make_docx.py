"""Write a_gia-lai_21-KH-HHGLS-2026_hiep-hoi-go-ket-noi-htx-rung-fsc.docx, the hundred-and-first held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen101/make_docx.py [OUT]

A timber association's own plan in Word (April 2026, after Gia Lai and Bình Định were merged): I. purposes in "-"
lines, II. one bordered table STT | Công việc | Người/đơn vị phụ trách | Đơn vị cùng làm | Mốc thời gian, eight rows,
leads the association's own units and a member company "(hội viên)", one empty partner cell, partners split by ";";
III. funding; IV. one sentence of the member companies (no date); the signature beside "Nơi nhận". Every paragraph is a
plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_gia-lai_21-KH-HHGLS-2026_hiep-hoi-go-ket-noi-htx-rung-fsc.docx"

COLUMNS = ["STT", "Công việc", "Người/đơn vị phụ trách", "Đơn vị cùng làm", "Mốc thời gian"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.2), Cm(3.6), Cm(2.6)]
ROWS = [
    ("1", "Lập danh sách tổ hợp tác, hợp tác xã trồng keo, bạch đàn ở các xã phía Tây có nhu cầu làm chứng chỉ "
          "rừng FSC nhóm", "Văn phòng Hiệp hội", "Chi cục Kiểm lâm; Ủy ban nhân dân các xã", "Tháng 5/2026"),
    ("2", "Mở 03 lớp hướng dẫn ghi chép nhật ký trồng, chăm sóc, khai thác rừng cho chủ nhiệm và tổ trưởng",
     "Ban Chứng chỉ rừng", "Trường Đại học Nông Lâm (Phân hiệu Gia Lai)", "Trước mùa trồng rừng (tháng 6/2026)"),
    ("3", "Ký hợp đồng bao tiêu gỗ rừng trồng có chứng chỉ với 05 hợp tác xã, giá sàn ghi trong hợp đồng",
     "Công ty TNHH Gỗ Xanh An Khê (hội viên)", "Văn phòng Hiệp hội", "Quý III/2026"),
    ("4", "Hỗ trợ hợp tác xã thuê đơn vị đánh giá độc lập, chia chi phí đánh giá giữa doanh nghiệp và hợp tác xã",
     "Ban Chứng chỉ rừng", "", "Sau khi ký hợp đồng bao tiêu"),
    ("5", "Đề xuất Sở Nông nghiệp và Môi trường lồng ghép hỗ trợ trồng rừng gỗ lớn cho hợp tác xã vào kế hoạch "
          "năm 2027", "Thường trực Hiệp hội", "Sở Nông nghiệp và Môi trường; Liên minh HTX tỉnh", "Trước 15/10/2026"),
    ("6", "Cập nhật bản tin giá gỗ nguyên liệu, gửi nhóm Zalo các hợp tác xã hội viên", "Văn phòng Hiệp hội", "",
     "Hằng tháng"),
    ("7", "Tổ chức đoàn hợp tác xã tham quan nhà máy chế biến gỗ xuất khẩu tại khu công nghiệp Phú Tài",
     "Ban Thị trường", "Các doanh nghiệp hội viên", "Tháng 8 - 9/2026"),
    ("8", "Tổng kết năm đầu liên kết, báo cáo Ban Chấp hành và Sở Nông nghiệp và Môi trường", "Văn phòng Hiệp hội",
     "Ban Chứng chỉ rừng", "Cuối năm 2026"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["LIÊN HIỆP CÁC HỘI KH&KT TỈNH GIA LAI", "HIỆP HỘI GỖ VÀ LÂM SẢN GIA LAI"],
                 "Số: 21/KH-HHGLS", "Gia Lai, ngày 14 tháng 4 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Kết nối doanh nghiệp hội viên với tổ hợp tác, hợp tác xã trồng rừng", bold=True, center=True)
    para(doc, "để làm chứng chỉ rừng FSC nhóm năm 2026", bold=True, center=True)
    para(doc, "Sau hội nghị hội viên đầu năm, nhiều doanh nghiệp chế biến thiếu gỗ rừng trồng có chứng chỉ để xuất "
              "sang châu Âu, trong khi các hộ trồng rừng ở phía Tây tỉnh bán gỗ non với giá thấp. Ban Thường vụ "
              "Hiệp hội thống nhất kế hoạch năm 2026 như sau:")
    para(doc, "I. MỤC ĐÍCH", bold=True)
    para(doc, "- Gom các hộ trồng rừng nhỏ lẻ vào tổ hợp tác, hợp tác xã để cùng làm chứng chỉ FSC nhóm.")
    para(doc, "- Doanh nghiệp hội viên có nguồn gỗ hợp pháp, ổn định; hợp tác xã bán được gỗ lớn với giá cao hơn.")
    para(doc, "II. CÔNG VIỆC CỤ THỂ", bold=True)
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 4))
    para(doc, "III. KINH PHÍ", bold=True)
    para(doc, "Từ hội phí, đóng góp tự nguyện của doanh nghiệp hội viên và nguồn hỗ trợ hợp pháp khác.")
    para(doc, "IV. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "Các doanh nghiệp hội viên chủ động liên hệ Văn phòng Hiệp hội để được giới thiệu hợp tác xã phù hợp. "
              "Trong quá trình thực hiện có vướng mắc, phản ánh về Văn phòng Hiệp hội (số điện thoại 0269.3826.411) "
              "để tổng hợp, báo cáo Thường trực./.")
    signature_table(doc, ["Nơi nhận:", "- Liên hiệp các Hội KH&KT tỉnh (b/c);", "- Sở NN&MT (p/h);",
                          "- Liên minh HTX tỉnh;", "- DN hội viên;", "- Lưu: VP."],
                    ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "", "Đoàn Văn Khải"])
    return saved(doc, author="Văn phòng Hiệp hội", editor="Văn phòng Hiệp hội",
                 title="Kế hoạch 21/KH-HHGLS", created=datetime(2026, 4, 8, 9, 10, 0),
                 modified=datetime(2026, 4, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
