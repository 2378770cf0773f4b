"""Write b_mo-duc-quang-ngai_97-KH-UBND-2026_tieu-chi-13-nong-thon-moi.docx, the thirty-ninth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen39/make_docx.py [OUT]

A commune's plan for meeting one criterion of the new-countryside programme (criterion 13, the organisation of
production, March 2026): I. purposes; II. a bordered table assessing each sub-criterion (Chỉ tiêu | Yêu cầu | Hiện
trạng | Đánh giá — no tasks); III. one numbered heading per sub-criterion, each over "a) Hiện trạng" (what was done,
in the past) and "b) Nhiệm vụ, giải pháp" with "-" items naming their doer; IV. funding; V. carrying out (two numbered
paragraphs); the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its
number typed in (no Word numbering).

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
OUT = HERE / "b_mo-duc-quang-ngai_97-KH-UBND-2026_tieu-chi-13-nong-thon-moi.docx"

COLUMNS = ["Chỉ tiêu", "Yêu cầu", "Hiện trạng đầu năm 2026", "Đánh giá"]
WIDTHS = [Cm(2.2), Cm(5.6), Cm(6.0), Cm(2.2)]
ROWS = [
    ("13.1", "Có hợp tác xã hoạt động hiệu quả theo Luật Hợp tác xã năm 2023",
     "11 HTX; 05 HTX xếp loại tốt, 03 khá, 03 trung bình", "Chưa đạt"),
    ("13.2", "Có mô hình liên kết sản xuất gắn với tiêu thụ sản phẩm chủ lực bảo đảm bền vững",
     "02 mô hình liên kết lúa giống, 01 mô hình rau an toàn", "Đạt"),
    ("13.3", "Sản phẩm chủ lực được truy xuất nguồn gốc, có mã số vùng trồng",
     "Chưa có vùng trồng được cấp mã số", "Chưa đạt"),
    ("13.4", "Có sản phẩm OCOP đạt từ 3 sao trở lên do HTX, THT làm chủ thể",
     "01 sản phẩm 3 sao (nước mắm, tổ hợp tác)", "Đạt"),
]

# (text, style): "h" a bold heading, "s" an italic bold sub-heading, "p" a paragraph, "table" the assessment table
BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Hoàn thành tiêu chí số 13 về Tổ chức sản xuất và phát triển kinh tế nông thôn trong năm 2026, góp phần đưa "
     "xã Mộ Đức đạt chuẩn xã nông thôn mới nâng cao.", "p"),
    ("2. Phân công rõ đơn vị thực hiện từng phần việc; các hợp tác xã, tổ hợp tác là chủ thể, chính quyền xã hỗ "
     "trợ, không làm thay.", "p"),
    ("II. ĐÁNH GIÁ HIỆN TRẠNG TIÊU CHÍ SỐ 13", "h"),
    ("Kết quả rà soát đến tháng 02/2026 theo từng chỉ tiêu như sau:", "p"),
    ("", "table"),
    ("III. NHIỆM VỤ, GIẢI PHÁP THEO TỪNG CHỈ TIÊU", "h"),
    ("1. Chỉ tiêu 13.1 - Hợp tác xã hoạt động hiệu quả", "s"),
    ("a) Hiện trạng: Năm 2025, Phòng Kinh tế đã phối hợp với Liên minh Hợp tác xã tỉnh hướng dẫn 02 hợp tác xã "
     "chuyển đổi theo Luật Hợp tác xã năm 2023; còn 03 hợp tác xã xếp loại trung bình do vốn ít, bộ máy quản lý "
     "chưa đủ.", "p"),
    ("b) Nhiệm vụ, giải pháp:", "p"),
    ("- Phòng Kinh tế chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh giúp 03 hợp tác xã xếp loại trung bình "
     "xây dựng phương án sản xuất, kinh doanh, kiện toàn Hội đồng quản trị và kiểm soát viên; hoàn thành trước ngày "
     "30/9/2026.", "p"),
    ("- Trung tâm Dịch vụ tổng hợp xã hướng dẫn các hợp tác xã lập báo cáo tài chính năm 2026 và cập nhật thông tin "
     "lên Hệ thống thông tin quốc gia về hợp tác xã; thời gian: quý IV/2026.", "p"),
    ("- Hội Nông dân xã vận động hội viên góp vốn, sử dụng dịch vụ làm đất, bơm nước của hợp tác xã; thực hiện "
     "thường xuyên.", "p"),
    ("2. Chỉ tiêu 13.2 - Liên kết sản xuất gắn với tiêu thụ", "s"),
    ("a) Hiện trạng: Hợp tác xã Nông nghiệp Đức Thạnh đã ký hợp đồng bao tiêu lúa giống với doanh nghiệp; mô hình "
     "rau an toàn ở thôn Phước Thịnh còn nhỏ lẻ.", "p"),
    ("b) Nhiệm vụ, giải pháp:", "p"),
    ("- Phòng Kinh tế phối hợp với Trung tâm Dịch vụ tổng hợp xã vận động thêm 02 hợp tác xã ký hợp đồng liên kết "
     "sản xuất, tiêu thụ lúa giống trong vụ Hè Thu năm 2026.", "p"),
    ("- Trung tâm Dịch vụ tổng hợp xã chủ trì, phối hợp với Trung tâm Khuyến nông tỉnh tập huấn kỹ thuật trồng rau "
     "theo VietGAP cho thành viên tổ hợp tác rau an toàn; thời gian: tháng 6/2026.", "p"),
    ("3. Chỉ tiêu 13.3 - Truy xuất nguồn gốc, mã số vùng trồng", "s"),
    ("a) Hiện trạng: Chưa có vùng trồng nào được cấp mã số; các hợp tác xã chưa dùng tem truy xuất.", "p"),
    ("b) Nhiệm vụ, giải pháp:", "p"),
    ("- Phòng Kinh tế hướng dẫn hợp tác xã lập hồ sơ đề nghị Sở Nông nghiệp và Môi trường cấp mã số cho 02 vùng "
     "trồng lúa giống, rau an toàn; thời gian: tháng 7/2026.", "p"),
    ("- Các hợp tác xã có sản phẩm chủ lực đăng ký và sử dụng tem truy xuất nguồn gốc trên bao bì sản phẩm; xong "
     "trước ngày 31/12/2026.", "p"),
    ("4. Chỉ tiêu 13.4 - Sản phẩm OCOP", "s"),
    ("a) Hiện trạng: Tổ hợp tác nước mắm Đức Lợi có 01 sản phẩm đạt 3 sao năm 2024, sắp hết hạn chứng nhận.", "p"),
    ("b) Nhiệm vụ, giải pháp:", "p"),
    ("- Phòng Kinh tế hướng dẫn tổ hợp tác nước mắm Đức Lợi hoàn thiện hồ sơ đánh giá lại sản phẩm OCOP, đồng thời "
     "chọn thêm 01 sản phẩm của hợp tác xã đăng ký đánh giá; thời gian: tháng 8/2026.", "p"),
    ("- Văn phòng HĐND và UBND xã giới thiệu sản phẩm OCOP, sản phẩm của hợp tác xã trên Trang thông tin điện tử "
     "xã; thường xuyên.", "p"),
    ("IV. KINH PHÍ", "h"),
    ("Kinh phí thực hiện từ nguồn Chương trình mục tiêu quốc gia xây dựng nông thôn mới phân bổ cho xã năm 2026, "
     "ngân sách xã và vốn đối ứng của hợp tác xã, tổ hợp tác.", "p"),
    ("V. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Kinh tế là cơ quan thường trực, giúp UBND xã đôn đốc các đơn vị; hoàn thiện hồ sơ minh chứng tiêu "
     "chí số 13, báo cáo UBND xã trước ngày 15/11/2026.", "p"),
    ("2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã chỉ đạo các tổ chức chính trị - xã hội xã tuyên truyền, vận "
     "động Nhân dân tham gia tổ hợp tác, hợp tác xã; thực hiện thường xuyên.", "p"),
    ("Trên đây là Kế hoạch thực hiện tiêu chí số 13 năm 2026 của Ủy ban nhân dân xã Mộ Đức./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["ỦY BAN NHÂN DÂN", "XÃ MỘ ĐỨC"], "Số: 97/KH-UBND", "Mộ Đức, ngày 09 tháng 3 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thực hiện tiêu chí số 13 về Tổ chức sản xuất và phát triển kinh tế nông thôn năm 2026", bold=True,
         center=True)
    para(doc, "Căn cứ kết quả rà soát các tiêu chí xã nông thôn mới nâng cao của Ban Chỉ đạo xã; để hoàn thành tiêu "
              "chí số 13 trong năm 2026, Ủy ban nhân dân xã Mộ Đức ban hành Kế hoạch như sau:", italic=True)
    for text, style in BODY:
        if style == "table":
            table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
            set_borders(table, "single")
            for row, values in zip(table.rows, [COLUMNS, *ROWS]):
                for i, (cell, value) in enumerate(zip(row.cells, values)):
                    cell.width = WIDTHS[i]
                    if row is table.rows[0]:
                        cell_lines(cell, [value], bold=(0,))
                    else:
                        cell_lines(cell, [value], center=i in (0, 3))
        else:
            para(doc, text, bold=style in ("h", "s"), italic=style == "s")
    signature_table(doc, ["Nơi nhận:", "- Văn phòng Điều phối NTM tỉnh (b/c);", "- TT Đảng ủy, TT HĐND xã;",
                          "- CT, các PCT UBND xã;", "- UB MTTQ VN xã và các đoàn thể;", "- Phòng KT, TT DVTH xã;",
                          "- Các HTX, THT trên địa bàn;", "- Lưu: VT."],
                    ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Huỳnh Tấn Vĩnh"])
    return saved(doc, author="Phòng Kinh tế", editor="Văn thư UBND xã Mộ Đức", title="Kế hoạch 97/KH-UBND",
                 created=datetime(2026, 3, 4, 9, 40, 0), modified=datetime(2026, 3, 9, 15, 25, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
