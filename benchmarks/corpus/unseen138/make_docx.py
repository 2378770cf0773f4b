"""Write a_lam-dong_07-KH-HDPH-2026_pho-bien-luat-htx.docx, the hundred-and-thirty-eighth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen138/make_docx.py [OUT]

A provincial Hội đồng phối hợp phổ biến, giáo dục pháp luật's plan (March 2026) for spreading the 2023 Law on
Cooperatives among cooperatives and cooperative groups: I. purposes, II. three numbered groups over sub-numbered tasks
("1.1.", "1.2." …), EACH TASK FOLLOWED BY ITS OWN LABELLED "-" LINES ("- Chủ trì: …", "- Phối hợp: …",
"- Thời gian: …"; once "- Thực hiện: …" alone, once no partner line), III. funding, IV. two
numbered duties, the closing sentence, the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its
number typed in (no Word numbering).

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
OUT = HERE / "a_lam-dong_07-KH-HDPH-2026_pho-bien-luat-htx.docx"

# "h" a section heading (bold), "g" a group heading (bold), "t" a task's text, "l" a labelled line, "p" a paragraph
BODY = [
    ("p", "Theo Chương trình công tác năm 2026 mà Chủ tịch Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh đã "
          "duyệt; để các hợp tác xã, tổ hợp tác, nhất là ở vùng đồng bào dân tộc thiểu số, nắm và làm đúng các quy định mới của Luật "
          "Hợp tác xã năm 2023, Hội đồng đề ra Kế hoạch dưới đây:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Giúp thành viên, ban quản trị hợp tác xã và tổ trưởng tổ hợp tác hiểu quyền, nghĩa vụ của mình; biết "
          "thủ tục chuyển đổi, sửa Điều lệ, chia quỹ chung không chia theo Luật mới."),
    ("p", "2. Hình thức gọn, dễ hiểu, đúng đối tượng; tận dụng loa truyền thanh xã, nhóm Zalo của các hợp tác xã; "
          "không tổ chức hội nghị tràn lan."),
    ("h", "II. NỘI DUNG VÀ PHÂN CÔNG"),
    ("g", "1. Biên soạn tài liệu, truyền thông"),
    ("t", "1.1. Biên soạn, in 5.000 cuốn tài liệu hỏi - đáp về Luật Hợp tác xã năm 2023 và Nghị định hướng dẫn, có bản "
          "dịch tiếng K'Ho, tiếng Mạ cho các xã vùng đồng bào."),
    ("l", "- Chủ trì: Sở Tư pháp."),
    ("l", "- Phối hợp: Sở Tài chính, Liên minh Hợp tác xã tỉnh."),
    ("l", "- Thời gian: Quý II/2026."),
    ("t", "1.2. Mở chuyên mục \"Pháp luật và hợp tác xã\" trên sóng truyền hình và báo điện tử, mỗi kỳ giới thiệu một "
          "quy định và một hợp tác xã làm tốt."),
    ("l", "- Thực hiện: Báo và Phát thanh, Truyền hình Lâm Đồng."),
    ("l", "- Thời gian: Hằng tháng, bắt đầu từ tháng 4/2026."),
    ("t", "1.3. Đọc tin, bài phổ biến pháp luật về hợp tác xã trên hệ thống loa truyền thanh của thôn, buôn, tổ dân phố, "
          "song ngữ ở nơi có đông đồng bào dân tộc thiểu số."),
    ("l", "- Chủ trì: UBND các xã, phường, đặc khu."),
    ("l", "- Phối hợp: Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh."),
    ("l", "- Thời gian: Thường xuyên."),
    ("g", "2. Phổ biến trực tiếp, tư vấn"),
    ("t", "2.1. Tổ chức 03 hội nghị phổ biến Luật cho giám đốc, kế toán hợp tác xã tại ba khu vực Đà Lạt, Bảo Lộc, "
          "Phan Thiết."),
    ("l", "- Chủ trì: Sở Tài chính."),
    ("l", "- Phối hợp: Sở Tư pháp, Liên minh Hợp tác xã tỉnh, UBND các phường nơi tổ chức hội nghị."),
    ("l", "- Thời gian: Tháng 5 - 6/2026."),
    ("t", "2.2. Lồng ghép giới thiệu chính sách hỗ trợ hợp tác xã nông nghiệp vào các lớp tập huấn kỹ thuật, lớp "
          "chuyển giao giống cây cà phê, chè."),
    ("l", "- Chủ trì: Sở Nông nghiệp và Môi trường."),
    ("l", "- Phối hợp: Trung tâm Khuyến nông tỉnh."),
    ("l", "- Thời gian: Lồng ghép trong năm 2026."),
    ("t", "2.3. Trợ giúp pháp lý miễn phí cho xã viên là đồng bào dân tộc thiểu số, người thuộc hộ nghèo khi "
          "ký hợp đồng bao tiêu, góp vốn, rút vốn."),
    ("l", "- Chủ trì: Trung tâm Trợ giúp pháp lý nhà nước tỉnh."),
    ("l", "- Phối hợp: Đoàn Luật sư tỉnh, Liên minh Hợp tác xã tỉnh."),
    ("l", "- Thời gian: Khi có yêu cầu."),
    ("t", "2.4. Hướng dẫn các hợp tác xã thành lập trước năm 2024 rà soát, sửa đổi Điều lệ cho phù hợp Luật Hợp tác xã "
          "năm 2023; trực tiếp giúp 40 hợp tác xã còn lúng túng."),
    ("l", "- Chủ trì: Liên minh Hợp tác xã tỉnh."),
    ("l", "- Phối hợp: Sở Tài chính."),
    ("l", "- Thời gian: Xong trước ngày 30/9/2026."),
    ("t", "2.5. Phổ biến quy định về thuế, hóa đơn, kế toán đối với hợp tác xã và tổ hợp tác có doanh thu nhỏ."),
    ("l", "- Chủ trì: Thuế tỉnh Lâm Đồng."),
    ("l", "- Thời gian: Quý III/2026."),
    ("g", "3. Cuộc thi, kiểm tra"),
    ("t", "3.1. Tổ chức Cuộc thi trực tuyến \"Tìm hiểu Luật Hợp tác xã năm 2023\" cho thành viên hợp tác xã, đoàn viên "
          "thanh niên; trao giải vào dịp Ngày Pháp luật Việt Nam."),
    ("l", "- Chủ trì: Sở Tư pháp."),
    ("l", "- Phối hợp: Tỉnh đoàn Lâm Đồng; Báo và Phát thanh, Truyền hình Lâm Đồng."),
    ("l", "- Thời gian: Thi trong tháng 8 - 9/2026; trao giải trước ngày 09/11/2026."),
    ("t", "3.2. Kiểm tra việc phổ biến Luật tại một số xã, phường có nhiều hợp tác xã yếu kém, ngừng hoạt động."),
    ("l", "- Chủ trì: Sở Tư pháp."),
    ("l", "- Phối hợp: các cơ quan thành viên Hội đồng."),
    ("l", "- Thời gian: Tháng 10/2026."),
    ("h", "III. KINH PHÍ"),
    ("p", "Kinh phí thực hiện do ngân sách tỉnh bảo đảm trong dự toán năm 2026 của các cơ quan được giao chủ trì; khuyến "
          "khích huy động thêm nguồn tài trợ hợp pháp."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Tư pháp (Cơ quan Thường trực Hội đồng) giúp Hội đồng nắm tiến độ, tổng hợp kết quả "
          "từng nhiệm vụ, báo cáo Chủ tịch Hội đồng và UBND tỉnh trước ngày 15/12/2026."),
    ("p", "2. Sở Tài chính thẩm định, tham mưu UBND tỉnh bổ sung kinh phí cho các nhiệm vụ phát sinh ngoài dự toán theo "
          "đề nghị của cơ quan chủ trì."),
    ("p", "Vướng mắc phát sinh khi triển khai, các cơ quan gửi ý kiến về Sở Tư pháp để tổng hợp, trình Hội đồng xem "
          "xét./."),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["UBND TỈNH LÂM ĐỒNG", "HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN,", "GIÁO DỤC PHÁP LUẬT"],
                 "Số: 07/KH-HĐPH", "Lâm Đồng, ngày 16 tháng 3 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phổ biến Luật Hợp tác xã năm 2023 đến hợp tác xã, tổ hợp tác trong năm 2026", bold=True, center=True)
    for kind, text in BODY:
        para(doc, text, bold=kind in "hg", italic=False)
    signature_table(doc, ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Chủ tịch, các Phó Chủ tịch Hội đồng;",
                          "- Các cơ quan thành viên Hội đồng;", "- UBND các xã, phường, đặc khu;",
                          "- Liên minh HTX tỉnh;", "- Lưu: VT, STP (PBGDPL)."],
                    ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "", "", "", "Kha Văn Thịnh"])
    return saved(doc, author="Phòng Phổ biến, giáo dục pháp luật", editor="Văn thư Sở Tư pháp",
                 title="Kế hoạch 07/KH-HĐPH", created=datetime(2026, 3, 9, 8, 30, 0),
                 modified=datetime(2026, 3, 16, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
