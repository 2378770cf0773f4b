"""Write a_dong-nai_46-KH-HKH-2026_hoi-khuyen-hoc-hop-tac-xa-hoc-tap-theo-cap.docx, the fifty-seventh held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen57/make_docx.py [OUT]

A provincial Hội Khuyến học's plan in Word (January 2026, Đồng Nai after its merger with Bình Phước): a pilot of
"Hợp tác xã học tập" — learning cooperatives — with I. purposes, II. targets, III. tasks grouped by LEVEL ("1. Cấp
tỉnh", "2. Cấp cơ sở") over lettered paragraphs each opening with its body (the Hội's own units, a centre named by its
parent in brackets, a class of the communes' branches, the boards of the cooperatives), IV. two numbered paragraphs,
the closing sentence, the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_dong-nai_46-KH-HKH-2026_hoi-khuyen-hoc-hop-tac-xa-hoc-tap-theo-cap.docx"

# (text, style): "h" a bold heading, "s" an italic sub-heading, "p" a paragraph
BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Đưa phong trào khuyến học, khuyến tài vào khu vực kinh tế tập thể; khuyến khích thành viên, người lao động "
     "hợp tác xã, tổ hợp tác học thường xuyên để nâng tay nghề và thu nhập.", "p"),
    ("- Việc đánh giá, công nhận làm đúng hướng dẫn của Trung ương Hội, không hình thức, không đặt thêm khoản đóng góp "
     "nào cho hợp tác xã.", "p"),
    ("II. CHỈ TIÊU NĂM 2026", "h"),
    ("- Ít nhất 40 hợp tác xã, 25 tổ hợp tác đăng ký xây dựng mô hình; 70% thành viên hợp tác xã đăng ký được công "
     "nhận danh hiệu \"Công dân học tập\".", "p"),
    ("- Mỗi xã, phường có hợp tác xã tham gia mô hình thành lập được 01 chi hội khuyến học trong hợp tác xã.", "p"),
    ("III. NHIỆM VỤ VÀ PHÂN CÔNG", "h"),
    ("1. Cấp tỉnh", "s"),
    ("a) Ban Công tác hội soạn thảo hướng dẫn tiêu chí đánh giá \"Hợp tác xã học tập\", \"Tổ hợp tác học tập\", trình "
     "Ban Thường vụ trước ngày 28/02/2026.", "p"),
    ("b) Ban Công tác hội phối hợp Liên minh Hợp tác xã tỉnh chọn 06 hợp tác xã làm điểm ở các xã Xuân Lộc, Tân Phú, "
     "Định Quán và Bù Đăng; thời gian trong quý I/2026.", "p"),
    ("c) Văn phòng Hội biên soạn, in 2.000 cuốn tài liệu hỏi - đáp về học tập suốt đời dành cho thành viên hợp tác xã, "
     "cấp về Hội Khuyến học các xã, phường trước Ngày Khuyến học Việt Nam (02/10).", "p"),
    ("d) Ban Quản lý Quỹ Khuyến học tỉnh trích quỹ trao 120 suất học bổng cho con em thành viên hợp tác xã có hoàn "
     "cảnh khó khăn vào dịp khai giảng năm học 2026 - 2027.", "p"),
    ("đ) Trung tâm Tư vấn, Hỗ trợ khuyến học (thuộc Hội Khuyến học tỉnh) mở 08 lớp bồi dưỡng kỹ năng số, kế toán cơ "
     "bản cho thành viên hợp tác xã, phối hợp với Trường Cao đẳng Kỹ thuật Đồng Nai; từ tháng 4 đến tháng 10/2026.",
     "p"),
    ("2. Cấp cơ sở", "s"),
    ("a) Hội Khuyến học các xã, phường có hợp tác xã tham gia mô hình vận động thành lập chi hội khuyến học trong hợp "
     "tác xã; hoàn thành trong quý II/2026.", "p"),
    ("b) Đề nghị Hội đồng quản trị các hợp tác xã tham gia mô hình xây dựng kế hoạch học tập hằng năm của hợp tác xã "
     "(nội dung, hình thức học, kinh phí), gửi Hội Khuyến học xã, phường trước ngày 31/3/2026.", "p"),
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Văn phòng Hội là đầu mối theo dõi, tổng hợp kết quả; tham mưu Ban Thường vụ tổng kết, khen thưởng các hợp "
     "tác xã, tổ hợp tác tiêu biểu trong tháng 12/2026.", "p"),
    ("2. Ban Kiểm tra Hội kiểm tra việc đánh giá, công nhận tại 10 xã, phường, quý IV/2026.", "p"),
    ("Trên đây là Kế hoạch thí điểm mô hình \"Hợp tác xã học tập\" năm 2026 của Hội Khuyến học tỉnh Đồng Nai./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["HỘI KHUYẾN HỌC VIỆT NAM", "HỘI KHUYẾN HỌC TỈNH ĐỒNG NAI"], "Số: 46/KH-HKH",
                 "Đồng Nai, ngày 15 tháng 01 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thí điểm xây dựng mô hình \"Hợp tác xã học tập\" trong các hợp tác xã, tổ hợp tác trên địa bàn tỉnh "
              "năm 2026", bold=True, center=True)
    para(doc, "Thực hiện Chương trình công tác năm 2026 của Trung ương Hội Khuyến học Việt Nam và Kế hoạch số "
              "09/KH-UBND ngày 06/01/2026 của Ủy ban nhân dân tỉnh về xây dựng xã hội học tập, Ban Thường vụ Hội "
              "Khuyến học tỉnh ban hành Kế hoạch thí điểm như sau:")
    for text, style in BODY:
        para(doc, text, bold=style == "h", italic=style == "s")
    signature_table(doc, ["Nơi nhận:", "- TW Hội Khuyến học VN (b/c);", "- TT Tỉnh ủy, UBND tỉnh (b/c);",
                          "- Liên minh HTX tỉnh;", "- Hội Khuyến học các xã, phường;", "- Lưu: VP."],
                    ["TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "", "", "", "Đinh Thị Mỹ Lệ"])
    return saved(doc, author="Văn phòng Hội Khuyến học tỉnh", editor="Văn phòng Hội Khuyến học tỉnh",
                 title="Kế hoạch 46/KH-HKH", created=datetime(2026, 1, 9, 14, 10, 0),
                 modified=datetime(2026, 1, 15, 9, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
