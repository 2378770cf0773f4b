"""Write a_dong-nai_27-KH-LHVHNT-2026_trai-sang-tac-hop-tac-xa.docx, the hundred-and-thirteenth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen113/make_docx.py [OUT]

A provincial union of literature and arts associations' plan for a creative camp on cooperatives (April 2026): I.
purposes, II. the camp (time, place, members), III. the work assigned, each body a lettered heading with a colon over
"-" lines, times counted from the camp's opening; the signature beside "Nơi nhận". Plain paragraphs with typed
numbers (no Word numbering).

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
OUT = HERE / "a_dong-nai_27-KH-LHVHNT-2026_trai-sang-tac-hop-tac-xa.docx"

# (text, style): "h" a bold heading, "s" an italic sub-heading, "p" a paragraph
BODY = [
    ("I. MỤC ĐÍCH", "h"),
    ("- Tạo điều kiện để văn nghệ sĩ đi thực tế tại các hợp tác xã trồng điều, tiêu, cao su và chăn nuôi bò sữa, sáng "
     "tác tác phẩm phản ánh đời sống người lao động trong khu vực kinh tế tập thể.", "p"),
    ("- Chọn tác phẩm tốt để giới thiệu nhân dịp kỷ niệm Ngày Hợp tác xã Việt Nam 11/4/2027.", "p"),
    ("II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", "h"),
    ("- Thời gian: 07 ngày, từ ngày 08/6 đến ngày 14/6/2026 (khai mạc sáng 08/6/2026).", "p"),
    ("- Địa điểm: Nhà khách Liên minh Hợp tác xã tỉnh và 05 hợp tác xã tại các xã Xuân Lộc, Cẩm Mỹ, Tân Phú, Định "
     "Quán, Thống Nhất.", "p"),
    ("- Thành phần: 25 trại viên là hội viên các hội chuyên ngành văn học, mỹ thuật, nhiếp ảnh, âm nhạc.", "p"),
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
    ("a) Văn phòng Liên hiệp:", "s"),
    ("- Tham mưu Quyết định thành lập Ban Tổ chức trại, hoàn thành trước ngày 15/5/2026.", "p"),
    ("- Dự trù kinh phí, làm việc với Sở Tài chính để bố trí kinh phí hỗ trợ sáng tác năm 2026; xong trong tháng "
     "5/2026.", "p"),
    ("- Chuẩn bị hậu cần, phương tiện đưa đón trại viên trong suốt thời gian trại.", "p"),
    ("b) Ban Chuyên môn:", "s"),
    ("- Phối hợp các hội chuyên ngành lựa chọn trại viên, gửi danh sách về Văn phòng trước khai mạc 10 ngày.", "p"),
    ("- Tổ chức thẩm định, nghiệm thu tác phẩm sau khi bế mạc trại 30 ngày.", "p"),
    ("c) Đề nghị Liên minh HTX tỉnh:", "s"),
    ("- Giới thiệu 05 hợp tác xã tiêu biểu đón trại viên, cử cán bộ đi cùng đoàn; thống nhất danh sách trước ngày "
     "25/5/2026.", "p"),
    ("d) Hội Nhiếp ảnh tỉnh chủ trì cùng Tạp chí Văn nghệ Đồng Nai tổ chức triển lãm ảnh \"Hợp tác xã - sắc màu "
     "quê hương\" tại Nhà Văn hóa Thanh niên vào dịp Ngày Hợp tác xã Việt Nam năm 2027.", "p"),
    ("đ) Tạp chí Văn nghệ Đồng Nai đăng tải tác phẩm đạt yêu cầu trên các số Tạp chí quý IV/2026.", "p"),
    ("Trên đây là Kế hoạch tổ chức trại sáng tác về đề tài hợp tác xã năm 2026 của Liên hiệp các Hội Văn học nghệ "
     "thuật tỉnh Đồng Nai./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["LIÊN HIỆP CÁC HỘI", "VĂN HỌC NGHỆ THUẬT", "TỈNH ĐỒNG NAI"], "Số: 27/KH-LHVHNT",
                 "Đồng Nai, ngày 20 tháng 4 năm 2026", issuer_bold=(0, 1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tổ chức trại sáng tác văn học nghệ thuật về đề tài hợp tác xã năm 2026", bold=True, center=True)
    para(doc, "Thực hiện Chương trình công tác năm nay của Ban Thường vụ Liên hiệp các Hội Văn học nghệ thuật tỉnh; "
              "được sự thống nhất của Liên minh Hợp tác xã tỉnh, Liên hiệp các Hội Văn học nghệ thuật tỉnh (sau đây "
              "gọi là Liên hiệp) xây dựng Kế hoạch như sau:", italic=True)
    for text, style in BODY:
        para(doc, text, bold=style == "h", italic=style == "s")
    signature_table(doc, ["Nơi nhận:", "- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);", "- Liên minh HTX tỉnh (p/h);",
                          "- Các hội chuyên ngành;", "- Tạp chí Văn nghệ Đồng Nai;", "- Lưu: VP."],
                    ["TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "", "", "", "Lê Thị Thu Hà"])
    return saved(doc, author="Văn phòng Liên hiệp", editor="Văn phòng Liên hiệp",
                 title="Kế hoạch 27/KH-LHVHNT", created=datetime(2026, 4, 14, 9, 0, 0),
                 modified=datetime(2026, 4, 20, 10, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
