"""Write a_dak-lak_16-KH-HYS-2026_hoi-yen-sao-tht-htx-nuoi-yen.docx, the hundred-and-eighteenth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen118/make_docx.py [OUT]

A bird's-nest association's plan in Word (February 2026): the association's header, an opening paragraph, I. purposes
in "-" lines, II. one bordered table in the body, Nội dung | Chủ trì | Phối hợp | Thời gian, its times written without
the year ("Tháng 4", "Quý II", "Trước 30/6", "Cả năm"), the Hội's own boards and branches as doers; III. two numbered
paragraphs; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_dak-lak_16-KH-HYS-2026_hoi-yen-sao-tht-htx-nuoi-yen.docx"

COLUMNS = ["STT", "Việc cần làm", "Chủ trì", "Phối hợp", "Thời gian"]
WIDTHS = [Cm(1.0), Cm(6.6), Cm(3.0), Cm(3.6), Cm(2.4)]
ROWS = [
    ("1", "Khảo sát số nhà yến, sản lượng tổ yến của các tổ hợp tác nuôi yến vùng Tuy An, Sông Cầu, Đông Hòa",
     "Ban Kỹ thuật", "Chi hội Tuy An, Chi hội Sông Cầu", "Tháng 3"),
    ("2", "Vận động 04 tổ hợp tác nuôi yến đủ điều kiện chuyển lên hợp tác xã; hướng dẫn soạn điều lệ, phương án "
          "kinh doanh", "Ban Hội viên", "Liên minh HTX tỉnh", "Quý II"),
    ("3", "Lớp kỹ thuật dẫn dụ chim yến, kiểm soát tiếng kêu phát loa đúng quy định cho thành viên HTX",
     "Ban Kỹ thuật", "Chi cục Chăn nuôi và Thú y (Sở NN&MT)", "Tháng 5"),
    ("4", "Hỗ trợ HTX đăng ký mã số cơ sở sơ chế tổ yến xuất khẩu chính ngạch", "Văn phòng Hội",
     "Chi cục Chăn nuôi và Thú y (Sở NN&MT)", "Trước 30/6"),
    ("5", "Xây dựng nhãn hiệu tập thể \u201cYến sào Đất Xanh\u201d cho các HTX hội viên", "Ban Thị trường",
     "Sở Khoa học và Công nghệ", "Quý III"),
    ("6", "Đưa sản phẩm tổ yến của HTX dự hội chợ OCOP khu vực Tây Nguyên - Duyên hải", "Ban Thị trường",
     "", "Tháng 9"),
    ("7", "Kết nối HTX với Agribank chi nhánh Phú Yên vay vốn làm nhà yến theo tiêu chuẩn", "Văn phòng Hội",
     "Agribank chi nhánh Phú Yên", "Cả năm"),
    ("8", "Sơ kết một năm thực hiện, đề xuất khen thưởng HTX, tổ hợp tác tiêu biểu", "Ban Hội viên",
     "các Chi hội", "Tháng 12"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["LIÊN HIỆP CÁC HỘI KH&KT TỈNH ĐẮK LẮK", "HỘI YẾN SÀO TỈNH ĐẮK LẮK"], "Số: 16/KH-HYS",
                 "Đắk Lắk, ngày 09 tháng 02 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ tổ hợp tác, hợp tác xã nuôi yến năm 2026", bold=True, center=True)
    para(doc, "Năm 2026, Ban Chấp hành Hội Yến sào tỉnh đặt trọng tâm đưa các hộ nuôi yến nhỏ lẻ ở vùng ven biển vào "
              "tổ hợp tác, hợp tác xã để giữ giá tổ yến và làm thủ tục xuất khẩu. Ban Thường trực Hội xây dựng kế "
              "hoạch cụ thể như sau.")
    para(doc, "I. MỤC ĐÍCH", bold=True)
    para(doc, "- Có thêm ít nhất 02 hợp tác xã nuôi yến được thành lập trong năm; 100% HTX hội viên ghi chép nhật ký "
              "nhà yến.")
    para(doc, "- Phân công rõ ban nào làm, ai phối hợp, làm xong lúc nào.")
    para(doc, "II. CÁC VIỆC CẦN LÀM", bold=True)
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 4))
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "1. Văn phòng Hội cân đối kinh phí từ nguồn hội phí và tài trợ để thực hiện kế hoạch, trình Ban Thường "
              "trực trong tháng 02/2026.")
    para(doc, "2. Các Chi hội báo cáo kết quả 6 tháng về Văn phòng Hội trước ngày 05/7/2026 và cả năm trước ngày "
              "05/12/2026.")
    para(doc, "Đề nghị các ban, chi hội nghiêm túc thực hiện./.")
    signature_table(doc, ["Nơi nhận:", "- Liên hiệp các Hội KH&KT tỉnh (b/c);", "- Sở Tài chính (b/c);",
                          "- Ban Chấp hành Hội;", "- Các ban, chi hội;", "- Lưu: VP Hội."],
                    ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "", "", "", "Huỳnh Văn Lộc"])
    return saved(doc, author="Văn phòng Hội Yến sào", editor="Văn phòng Hội Yến sào",
                 title="Kế hoạch 16/KH-HYS", created=datetime(2026, 2, 3, 9, 10, 0),
                 modified=datetime(2026, 2, 9, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
