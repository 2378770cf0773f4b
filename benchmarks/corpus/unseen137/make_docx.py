"""Write a_ninh-binh_11-KH-UBDKCG-2025_doan-ket-cong-giao-to-hop-tac-giao-dan.docx, the hundred-and-thirty-seventh
held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen137/make_docx.py [OUT]

A provincial Catholic solidarity committee's plan (Ủy ban Đoàn kết Công giáo tỉnh, in the Mặt trận's system; September
2025) for bringing parishioners into tổ hợp tác and cooperatives: I. purposes, II. targets ("-" lines), III. the work
as ONE bordered table of TWO columns, Thời gian | Nội dung công việc — each row a time (a span of months, a quarter, a
date, a year, "Thường xuyên") and its cell several "-" paragraphs, each opening with its doer —, IV. funding, the
closing sentence, the signature beside "Nơi nhận" (a priest signing for the standing board). Every paragraph is a plain
paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_ninh-binh_11-KH-UBDKCG-2025_doan-ket-cong-giao-to-hop-tac-giao-dan.docx"

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Giúp bà con giáo dân ở các giáo xứ ven biển, vùng bãi ngang thấy rõ cái lợi khi góp sức làm ăn chung trong tổ "
     "hợp tác, hợp tác xã; giữ được các nghề truyền thống như dệt cói, thêu ren, làm muối, nuôi ngao.", "p"),
    ("2. Việc vận động hoàn toàn tự nguyện, không làm ảnh hưởng đến sinh hoạt tôn giáo bình thường của giáo dân; bám "
     "sát sự chỉ đạo của cấp ủy, chính quyền các xã, phường.", "p"),
    ("II. MỘT SỐ CHỈ TIÊU", "h"),
    ("- Có thêm ít nhất 06 tổ hợp tác và 02 hợp tác xã mà phần lớn thành viên là giáo dân.", "p"),
    ("- Mỗi Ban Đoàn kết Công giáo xã, phường có đông giáo dân phân công 01 thành viên theo dõi việc làm ăn tập thể.",
     "p"),
    ("III. NỘI DUNG VÀ LỊCH TRIỂN KHAI", "h"),
]

AFTER = [
    ("IV. KINH PHÍ", "h"),
    ("Kinh phí hoạt động lấy từ dự toán năm 2025, năm 2026 của Ủy ban Đoàn kết Công giáo tỉnh do Ủy ban MTTQ Việt Nam "
     "tỉnh cấp; khen thưởng tại hội nghị biểu dương do các nhà hảo tâm và doanh nghiệp ủng hộ.", "p"),
    ("Ban Thường trực đề nghị các thành viên Ủy ban, Ban Đoàn kết Công giáo các xã, phường nghiêm túc thực hiện; trong "
     "quá trình làm có khó khăn, phản ánh về Văn phòng Ủy ban (điện thoại 0229.3871.xxx) để kịp thời tháo gỡ./.", "p"),
]

COLUMNS = ["Thời gian", "Nội dung công việc"]
WIDTHS = [Cm(3.2), Cm(12.8)]
ROWS = [
    ("Tháng 9 - 10/2025", [
        "- Văn phòng Ủy ban phối hợp Ban Dân vận Tỉnh ủy, Sở Dân tộc và Tôn giáo khảo sát các tổ hợp tác, hợp tác xã "
        "có đông giáo dân tham gia tại các xã Hải Hậu, Giao Thủy, Kim Sơn, Phát Diệm; lập danh sách nhóm hộ đang làm "
        "chung nhưng chưa thành lập tổ hợp tác.",
        "- Ban Thường trực làm việc với Liên minh Hợp tác xã tỉnh, thống nhất cử cán bộ tư vấn về tận 04 giáo hạt có "
        "đông giáo dân làm nghề.",
    ]),
    ("Quý IV/2025", [
        "- Ban Đoàn kết Công giáo các xã, phường có đông đồng bào Công giáo phối hợp Ủy ban MTTQ Việt Nam cấp xã mời "
        "các hộ làm cói, thêu ren, làm muối đến gặp mặt; giới thiệu mô hình tổ hợp tác, cách lập hợp đồng hợp tác.",
        "- Văn phòng Ủy ban mời Trung tâm Khuyến nông tỉnh về hướng dẫn kỹ thuật nuôi ngao, tôm sú cho 03 tổ hợp tác "
        "ở giáo xứ Hải Lý, Văn Lý.",
    ]),
    ("Trước 20/12/2025", [
        "- Ban Thường trực cùng Ủy ban MTTQ Việt Nam tỉnh tổ chức Hội nghị biểu dương giáo dân sản xuất, kinh doanh "
        "giỏi, thành viên tổ hợp tác, hợp tác xã tiêu biểu, lồng ghép dịp mừng lễ Giáng sinh.",
    ]),
    ("Năm 2026", [
        "- Văn phòng Ủy ban phối hợp Ngân hàng Chính sách xã hội tỉnh giới thiệu các tổ hợp tác mới thành lập vay vốn "
        "giải quyết việc làm, vốn cho hộ cận nghèo.",
        "- Ban Đoàn kết Công giáo các xã, phường có đông đồng bào Công giáo vận động lập mới tổ hợp tác; giúp 02 tổ hợp "
        "tác đủ điều kiện chuyển lên hợp tác xã (dự kiến HTX Cói mỹ nghệ Kim Đông, HTX Thêu ren Văn Lý).",
        "- Đề nghị Liên minh Hợp tác xã tỉnh tư vấn điều lệ, hồ sơ đăng ký và đưa sản phẩm của các hợp tác xã nói trên "
        "tham gia hội chợ OCOP.",
    ]),
    ("Tháng 6/2026", [
        "- Ban Thường trực phối hợp Sở Tài chính sơ kết một năm vận động, đề xuất hỗ trợ theo chính sách phát triển "
        "kinh tế tập thể cho các tổ hợp tác, hợp tác xã của giáo dân.",
    ]),
    ("Thường xuyên", [
        "- Các thành viên Ủy ban nắm tình hình đời sống, sản xuất của giáo dân nơi mình sinh hoạt; phản ánh kịp thời "
        "khó khăn của tổ hợp tác, hợp tác xã về Văn phòng Ủy ban.",
        "- Văn phòng Ủy ban nắm tiến độ, tổng hợp những việc đã làm được và chưa làm được, gửi Ban Thường trực trước "
        "ngày 25/11/2026.",
    ]),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["ỦY BAN ĐOÀN KẾT CÔNG GIÁO VIỆT NAM", "ỦY BAN ĐOÀN KẾT CÔNG GIÁO", "TỈNH NINH BÌNH"],
                 "Số: 11/KH-UBĐKCG", "Ninh Bình, ngày 22 tháng 9 năm 2025", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Vận động đồng bào Công giáo tham gia tổ hợp tác, hợp tác xã", bold=True, center=True)
    para(doc, "gắn với phong trào \"Sống tốt đời, đẹp đạo\" giai đoạn 2025 - 2026", bold=True, center=True)
    para(doc, "Thực hiện chương trình phối hợp giữa Ủy ban MTTQ Việt Nam tỉnh với Ủy ban Đoàn kết Công giáo tỉnh về vận "
              "động đồng bào có đạo phát triển kinh tế, sau khi trao đổi với Liên minh Hợp tác xã tỉnh, Ban Thường trực "
              "Ủy ban Đoàn kết Công giáo tỉnh (gọi tắt là Ban Thường trực) xây dựng Kế hoạch với những nội dung sau:")
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [COLUMNS, *ROWS])):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = WIDTHS[i]
        if n == 0:
            for cell, value in zip(cells, values):
                cell_lines(cell, [value], bold=(0,))
        else:
            when, lines = values
            cell_lines(cells[0], [when], bold=(0,))
            cell_lines(cells[1], lines, center=False)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Ủy ban ĐKCG Việt Nam (b/c);", "- Ban Dân vận Tỉnh ủy;",
                          "- Ủy ban MTTQ Việt Nam tỉnh;", "- Sở Dân tộc và Tôn giáo; LMHTX tỉnh;",
                          "- Thành viên Ủy ban;", "- Ban ĐKCG các xã, phường;", "- Lưu: VP."],
                    ["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "", "", "", "Linh mục Giuse Trần Văn Khiêm"])
    return saved(doc, author="Văn phòng UBĐKCG tỉnh", editor="Văn phòng UBĐKCG tỉnh",
                 title="Kế hoạch 11/KH-UBĐKCG", created=datetime(2025, 9, 15, 8, 20, 0),
                 modified=datetime(2025, 9, 22, 10, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
