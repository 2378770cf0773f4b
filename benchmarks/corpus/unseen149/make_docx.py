"""Write a_khanh-hoa_27-KH-SABD-2026_rau-qua-htx-suat-an-bay.docx, the hundred-and-forty-ninth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen149/make_docx.py [OUT]

An in-flight catering company's plan (June 2026) to buy vegetables, fruit and seafood straight from cooperatives for its
flight kitchen: the opening, I. targets ("-" lines), II. a line of the abbreviations used, then ONE bordered table in the
company's own words — STT | Công việc | PIC | Phối hợp | Deadline —, three phase rows merged across the five columns,
department codes in the cells ("P.CU", "P.QA", "BTT", "P.TCKT"), a kitchen post as a doer ("Bếp trưởng điều hành"),
times as a company writes them ("T7/2026", "03 - 16/8", "Q4/2026", "Mỗi lô hàng", "Ngay sau khi ký HĐ"); III. two
numbered paragraphs; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with
its number typed in (no Word numbering).

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
OUT = HERE / "a_khanh-hoa_27-KH-SABD-2026_rau-qua-htx-suat-an-bay.docx"

OPENING = ("Năm 2025, Bếp trung tâm của Công ty chế biến bình quân 9.800 suất ăn mỗi ngày cho các chuyến bay đi từ Cảng "
           "hàng không quốc tế Cam Ranh; gần 70% rau, củ, quả vẫn mua qua thương lái nên khi hãng bay yêu cầu audit "
           "thì khó chứng minh nguồn gốc. Để chủ động nguồn nguyên liệu sạch, giá ổn định, Công ty lập Kế hoạch mua "
           "trực tiếp từ các hợp tác xã (HTX) ở Lâm Đồng và Khánh Hòa như sau:")

BEFORE = [
    ("I. MỤC TIÊU", "h"),
    ("- Đến hết tháng 12/2026, tối thiểu 40% khối lượng rau, củ, quả và 20% hải sản tươi dùng cho bếp được mua thẳng "
     "từ HTX có chứng nhận VietGAP hoặc tương đương.", "p"),
    ("- Mỗi lô hàng nhập từ HTX truy được về tận vườn, ao nuôi; không lô nào vượt mức dư lượng mà hợp đồng với các "
     "hãng bay cho phép.", "p"),
    ("- Ký hợp đồng dài hạn với 5 - 6 HTX, trả tiền đúng hẹn để HTX yên tâm đầu tư sản xuất.", "p"),
    ("II. PHÂN CÔNG VÀ TIẾN ĐỘ", "h"),
    ("Chữ viết tắt trong bảng: P.CU - Phòng Cung ứng; P.QA - Phòng Đảm bảo chất lượng; BTT - Bếp trung tâm; P.TCKT - "
     "Phòng Tài chính - Kế toán; P.HCNS - Phòng Hành chính - Nhân sự; PIC - bộ phận chịu trách nhiệm chính.", "p"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. P.CU là đầu mối theo dõi, cập nhật tiến độ từng việc trong bảng, báo cáo Tổng Giám đốc tại cuộc họp giao ban "
     "hằng tháng.", "p"),
    ("2. P.HCNS bố trí xe và công tác phí cho cán bộ P.QA, P.CU đi khảo sát, audit tại Lâm Đồng trước ngày 10/7/2026; "
     "chi phí thử nghiệm mẫu lấy từ chi phí quản lý năm 2026.", "p"),
    ("Trong quá trình thực hiện, bộ phận nào gặp vướng mắc thì báo cáo Tổng Giám đốc qua P.CU để giải quyết./.", "p"),
]

COLUMNS = ["STT", "Công việc", "PIC", "Phối hợp", "Deadline"]
WIDTHS = [Cm(1.1), Cm(7.4), Cm(2.6), Cm(3.2), Cm(2.7)]
# a str is a phase row (merged across the five columns); a tuple a task row
ROWS = [
    "Giai đoạn 1: Khảo sát, chọn HTX (tháng 6 - 7/2026)",
    ("1", "Lập danh mục 28 mặt hàng rau, củ, quả theo thực đơn mùa đông của các hãng bay, kèm quy cách và sản lượng dự "
          "kiến mỗi tuần; gửi Liên minh HTX tỉnh Lâm Đồng, Liên minh HTX tỉnh Khánh Hòa đề nghị giới thiệu HTX",
     "P.CU", "BTT", "30/6/2026"),
    ("2", "Khảo sát vùng trồng của các HTX được giới thiệu (tối thiểu 8 HTX): đất, nước tưới, nhật ký canh tác, giấy "
          "chứng nhận VietGAP còn hiệu lực; chấm điểm theo mẫu audit nhà cung cấp",
     "P.QA", "P.CU", "T7/2026"),
    ("3", "Lấy mẫu rau, quả tại vườn của các HTX đạt từ 70 điểm, gửi phòng thử nghiệm độc lập phân tích dư lượng thuốc "
          "BVTV, nitrat, kim loại nặng",
     "P.QA", "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng Khánh Hòa", "trước 10/8"),
    "Giai đoạn 2: Chạy thử, ký hợp đồng (tháng 8 - 9/2026)",
    ("4", "Chạy thử thực đơn bằng nguyên liệu của HTX trong 2 tuần, chỉ cho suất ăn tổ bay; ghi độ tươi, tỷ lệ hao hụt "
          "sau sơ chế",
     "Bếp trưởng điều hành", "P.QA", "03 - 16/8"),
    ("5", "Đàm phán giá, ký hợp đồng nguyên tắc 12 tháng với các HTX đạt yêu cầu; giá chốt theo quý, có điều khoản đổi, "
          "trả lô hàng không đạt",
     "P.CU", "P.TCKT, bộ phận Pháp chế", "31/8/2026"),
    ("6", "Hướng dẫn HTX sơ chế, đóng thùng, dán nhãn lô và giao hàng bằng xe lạnh (2 - 5°C) trong khung giờ 3h00 - "
          "4h30 qua cổng kiểm soát an ninh khu bếp",
     "P.QA", "BTT; Tổ Kho vận", "T9/2026"),
    ("7", "Tạm ứng 30% giá trị đơn hàng tháng đầu để HTX mua giống, phân bón",
     "P.TCKT", "P.CU", "Ngay sau khi ký HĐ"),
    "Giai đoạn 3: Cung ứng ổn định (từ tháng 10/2026)",
    ("8", "Nhận hàng từng lô: kiểm tra cảm quan, nhiệt độ, test nhanh dư lượng; lô không đạt lập biên bản, trả lại ngay "
          "trong ngày",
     "Tổ Kho vận", "P.QA", "Mỗi lô hàng"),
    ("9", "Audit vùng trồng, ao nuôi của HTX, trong đó ít nhất 01 lần không báo trước",
     "P.QA", "", "Hằng quý"),
    ("10", "Mời Trung tâm Khuyến nông tỉnh Lâm Đồng tập huấn cho thành viên HTX trồng rau trái vụ, đủ hàng cho cao điểm "
           "Tết",
     "P.CU", "Trung tâm Khuyến nông tỉnh Lâm Đồng", "T11/2026"),
    ("11", "Mở rộng sang hải sản: chọn 02 HTX nuôi tôm hùm, cá bớp ở vịnh Cam Ranh, làm các bước như giai đoạn 1 - 2",
     "P.CU", "P.QA, BTT", "Q4/2026"),
    ("12", "Tổng kết, báo cáo HĐQT kết quả mua hàng từ HTX, đề xuất kế hoạch năm 2027",
     "P.CU", "P.TCKT", "15/12/2026"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "SUẤT ĂN HÀNG KHÔNG BÃI DÀI"], "Số: 27/KH-SABD",
                 "Khánh Hòa, ngày 16 tháng 6 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mua rau, củ, quả và hải sản trực tiếp từ hợp tác xã cho Bếp trung tâm 6 tháng cuối năm 2026",
         bold=True, center=True)
    para(doc, OPENING)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        if isinstance(values, str):
            merged = cells[0].merge(cells[-1])
            cell_lines(merged, [values], bold=(0,), center=False)
        elif row is table.rows[0]:
            for cell, value in zip(cells, values):
                cell_lines(cell, [value], bold=(0,))
        else:
            for i, (cell, value) in enumerate(zip(cells, values)):
                cell_lines(cell, [value], center=i in (0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT (b/c);", "- Ban TGĐ;", "- Các phòng, BTT, Tổ Kho vận (t/h);",
                          "- Lưu: VT, P.CU."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Trịnh Quốc Bảo"])
    return saved(doc, author="Phòng Cung ứng", editor="Thư ký Ban TGĐ",
                 title="Kế hoạch 27/KH-SABD", created=datetime(2026, 6, 9, 8, 20, 0),
                 modified=datetime(2026, 6, 16, 16, 5, 0), revision=6)


if __name__ == "__main__":
    write(build, OUT)
