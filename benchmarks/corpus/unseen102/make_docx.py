"""Write a_quang-tri_215-KH-CSQT-2026_cong-ty-cao-su-thu-mua-mu-tieu-dien.docx, the hundred-and-second held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen102/make_docx.py [OUT]

A new kind: a state rubber company's plan (February 2026) for buying smallholders' latex through cooperatives and
co-operative groups: the group's and the company's names in the header, "Căn cứ" lines, I. targets ("-" lines), II.
three lettered groups of numbered items, each item ending with its doer and time in brackets ("(Phòng Kỹ thuật chủ
trì, phối hợp …; trong tháng 4/2026 …)"), III. two numbered paragraphs, the closing sentence, the signature beside
"Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import header_table, new_document, para, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_quang-tri_215-KH-CSQT-2026_cong-ty-cao-su-thu-mua-mu-tieu-dien.docx"

# (text, style): "h" a bold heading, "g" an italic group heading, "p" a paragraph
BODY = [
    ("Căn cứ Luật Hợp tác xã số 17/2023/QH15;", "p"),
    ("Căn cứ Nghị quyết số 04/NQ-HĐTV ngày 15/01/2026 của Hội đồng thành viên Công ty về kế hoạch sản xuất, kinh "
     "doanh năm 2026;", "p"),
    ("Công ty TNHH MTV Cao su Quảng Trị lập kế hoạch liên kết mua mủ cao su tiểu điền qua hợp tác xã, tổ hợp tác ở "
     "các xã Khe Sanh, Hướng Phùng, Lao Bảo, Cam Lộ trong năm 2026 như sau:", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Mua qua hợp tác xã, tổ hợp tác khoảng 2.400 tấn mủ quy khô của 9 hợp tác xã và 21 tổ hợp tác, tăng chừng "
     "300 tấn so với năm 2025.", "p"),
    ("- Giá mua công bố mỗi tuần tại điểm thu mua, không thấp hơn giá bình quân của các đại lý trong vùng.", "p"),
    ("II. CÔNG VIỆC CỤ THỂ", "h"),
    ("A. Ký kết và tổ chức thu mua", "g"),
    ("1. Ký hợp đồng nguyên tắc mua mủ cả năm với từng hợp tác xã, tổ hợp tác; phụ lục giá điều chỉnh theo tháng "
     "(Phòng Kinh doanh chủ trì, phối hợp Nông trường Khe Sanh, Nông trường Hướng Phùng; xong trước 15/3/2026).", "p"),
    ("2. Dựng thêm 06 điểm cân mủ nước gần vườn của tổ viên, có mái che và bồn chứa (Nông trường Khe Sanh thực "
     "hiện; tháng 3/2026).", "p"),
    ("3. Kiểm tra hàm lượng cao su khô của từng lô mủ ngay tại điểm cân, dán kết quả cho hộ giao mủ xem (Phòng Quản "
     "lý chất lượng; suốt mùa cạo).", "p"),
    ("B. Kỹ thuật và vật tư", "g"),
    ("4. Tập huấn cạo đúng chế độ, bôi thuốc kích thích đúng liều cho 420 thành viên, tổ viên (Phòng Kỹ thuật chủ "
     "trì, phối hợp Trung tâm Khuyến nông (Sở NN&MT); trong tháng 4/2026, trước khi mở miệng cạo).", "p"),
    ("5. Ứng trước máng, chén hứng mủ, thuốc kích thích cho hợp tác xã, trừ dần vào tiền mủ (Phòng Tài chính - Kế "
     "toán; quý II/2026).", "p"),
    ("6. Hướng dẫn hợp tác xã lập hồ sơ lô vườn có tọa độ, bản đồ để khách mua châu Âu truy xuất được nguồn gốc "
     "(Phòng Kỹ thuật chủ trì, phối hợp Chi cục Kiểm lâm; 6 tháng đầu năm).", "p"),
    ("C. Thanh toán, sơ kết", "g"),
    ("7. Chuyển tiền mủ vào tài khoản của hợp tác xã chậm nhất 07 ngày sau mỗi đợt giao (Phòng Tài chính - Kế "
     "toán; định kỳ theo đợt giao).", "p"),
    ("8. Họp sơ kết 6 tháng với ban giám đốc các hợp tác xã, tổ trưởng tổ hợp tác, điều chỉnh giá và điểm cân "
     "(Phòng Kinh doanh; tháng 7/2026).", "p"),
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Trưởng các phòng, giám đốc nông trường có tên ở mục II chịu trách nhiệm trước Tổng Giám đốc về phần việc "
     "được giao.", "p"),
    ("2. Văn phòng Công ty tổng hợp sản lượng mua qua hợp tác xã hằng tháng, báo cáo Tổng Giám đốc kết quả cả năm "
     "trước ngày 20/12/2026.", "p"),
    ("Trong quá trình làm, vướng mắc gì các đơn vị báo về Phòng Kinh doanh để trình Tổng Giám đốc giải quyết./.",
     "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["TẬP ĐOÀN CÔNG NGHIỆP", "CAO SU VIỆT NAM", "CÔNG TY TNHH MTV", "CAO SU QUẢNG TRỊ"],
                 "Số: 215/KH-CSQT", "Quảng Trị, ngày 06 tháng 02 năm 2026", issuer_bold=(2, 3))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Liên kết mua mủ cao su tiểu điền qua hợp tác xã, tổ hợp tác năm 2026", bold=True, center=True)
    for text, style in BODY:
        para(doc, text, bold=style == "h", italic=style == "g")
    signature_table(doc, ["Nơi nhận:", "- HĐTV Công ty (b/c);", "- Ban TGĐ;", "- UBND các xã Khe Sanh, Hướng Phùng,",
                          "  Lao Bảo, Cam Lộ (p/h);", "- Các phòng, nông trường (t/h);", "- Lưu: VT, P.KD."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Hồ Văn Thạnh"])
    return saved(doc, author="Phòng Kinh doanh", editor="Văn phòng Công ty",
                 title="Kế hoạch 215/KH-CSQT", created=datetime(2026, 2, 2, 9, 10, 0),
                 modified=datetime(2026, 2, 6, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
