"""Write a_nghe-an_142-KH-CCCNTY-2026_chung-nhan-an-toan-dich-benh-htx-chan-nuoi.docx, the hundred-and-seventh
held-out set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen107/make_docx.py [OUT]

A Chi cục Chăn nuôi và Thú y's plan (a sub-department under a Sở Nông nghiệp và Môi trường, August 2026) helping
livestock cooperatives obtain certificates of disease-free establishments: I. purposes, II. targets, III. one bordered
table whose head is two rows ("Đơn vị thực hiện" merged over "Chủ trì" and "Phối hợp"), nine rows; IV. one paragraph of
the follow-up; the closing sentence, the signature beside "Nơi nhận". Plain paragraphs, numbers typed in.

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
OUT = HERE / "a_nghe-an_142-KH-CCCNTY-2026_chung-nhan-an-toan-dich-benh-htx-chan-nuoi.docx"

BEFORE = [
    ("Căn cứ Kế hoạch số 311/KH-SNNMT ngày 02/6/2026 của Sở Nông nghiệp và Môi trường về phát triển chăn nuôi an "
     "toàn sinh học giai đoạn 2026 - 2027; xét đề nghị của Phòng Dịch tễ, Chi cục Chăn nuôi và Thú y xây dựng Kế "
     "hoạch như sau:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("Giúp các hợp tác xã, tổ hợp tác chăn nuôi lợn, gà, bò sữa chủ động hoàn thiện điều kiện và hồ sơ để được chứng "
     "nhận cơ sở an toàn dịch bệnh động vật, tạo điều kiện bán sản phẩm vào bếp ăn tập thể, siêu thị và xuất khẩu.",
     "p"),
    ("II. CHỈ TIÊU", "h"),
    ("Đến hết năm 2027 có ít nhất 18 hợp tác xã, 25 tổ hợp tác chăn nuôi được cấp giấy chứng nhận; không để dịch tả "
     "lợn châu Phi, cúm gia cầm xảy ra tại cơ sở đã được chứng nhận.", "p"),
    ("III. NỘI DUNG CÔNG VIỆC VÀ PHÂN CÔNG", "h"),
]

ROWS = [
    ("1", "Rà soát, lập danh sách hợp tác xã, tổ hợp tác chăn nuôi có nhu cầu đăng ký chứng nhận an toàn dịch bệnh",
     "Phòng Dịch tễ", "Các Trạm Chăn nuôi và Thú y khu vực; UBND các xã", "Tháng 9/2026"),
    ("2", "Tập huấn quy trình an toàn sinh học, ghi chép sổ sách chăn nuôi cho ban quản trị và thành viên 40 hợp tác "
          "xã", "Phòng Chăn nuôi", "Trung tâm Khuyến nông tỉnh", "Quý IV/2026"),
    ("3", "Lấy mẫu giám sát lưu hành vi rút dịch tả lợn châu Phi, cúm gia cầm tại cơ sở của hợp tác xã đăng ký "
          "chứng nhận", "Trạm Chẩn đoán xét nghiệm bệnh động vật", "Các Trạm Chăn nuôi và Thú y khu vực",
     "02 đợt: tháng 11/2026 và tháng 4/2027"),
    ("4", "Tiêm phòng bắt buộc cho đàn vật nuôi của hợp tác xã, tổ hợp tác theo lịch tiêm phòng của tỉnh",
     "Các Trạm Chăn nuôi và Thú y khu vực", "UBND các xã", "Đợt tiêm phòng chính vụ Xuân Hè và Thu Đông"),
    ("5", "Tiếp nhận, thẩm định hồ sơ, đánh giá thực tế và trình cấp giấy chứng nhận cơ sở an toàn dịch bệnh",
     "Phòng Dịch tễ", "", "Trong 15 ngày làm việc kể từ ngày nhận đủ hồ sơ"),
    ("6", "Giới thiệu hợp tác xã được chứng nhận với doanh nghiệp thu mua, chế biến và các bếp ăn tập thể",
     "Phòng Chăn nuôi", "Liên minh HTX tỉnh, Sở Công Thương", "Năm 2027"),
    ("7", "Đưa tin, phóng sự về mô hình hợp tác xã chăn nuôi an toàn dịch bệnh", "Văn phòng Chi cục",
     "Báo và Phát thanh, Truyền hình Nghệ An", "Thường xuyên"),
    ("8", "Lập dự toán kinh phí lấy mẫu xét nghiệm, tập huấn trình Sở phê duyệt", "Bộ phận Kế toán (Văn phòng Chi cục)",
     "Phòng Dịch tễ", "Trước 30/9/2026"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("Phòng Dịch tễ là đầu mối theo dõi việc thực hiện Kế hoạch, tổng hợp kết quả cấp giấy chứng nhận, báo cáo Chi cục "
     "trưởng trước ngày 05 hằng tháng.", "p"),
    ("Trên đây là Kế hoạch hỗ trợ hợp tác xã, tổ hợp tác chăn nuôi xây dựng cơ sở an toàn dịch bệnh động vật của Chi "
     "cục Chăn nuôi và Thú y./.", "p"),
]

WIDTHS = [Cm(1.0), Cm(6.2), Cm(3.2), Cm(3.6), Cm(3.0)]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG NGHỆ AN", "CHI CỤC CHĂN NUÔI VÀ THÚ Y"], "Số: 142/KH-CCCNTY",
                 "Nghệ An, ngày 18 tháng 8 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ hợp tác xã, tổ hợp tác chăn nuôi được chứng nhận cơ sở an toàn dịch bệnh động vật", bold=True,
         center=True)
    para(doc, "giai đoạn 2026 - 2027", bold=True, center=True)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=2 + len(ROWS), cols=5)
    set_borders(table, "single")
    top, second = table.rows[0].cells, table.rows[1].cells
    for i in (0, 1, 4):
        top[i].merge(second[i])
    top[2].merge(top[3])
    cell_lines(table.cell(0, 0), ["TT"], bold=(0,))
    cell_lines(table.cell(0, 1), ["Nội dung công việc"], bold=(0,))
    cell_lines(table.cell(0, 2), ["Đơn vị thực hiện"], bold=(0,))
    cell_lines(table.cell(0, 4), ["Thời gian"], bold=(0,))
    cell_lines(table.cell(1, 2), ["Chủ trì"], bold=(0,))
    cell_lines(table.cell(1, 3), ["Phối hợp"], bold=(0,))
    for r, values in enumerate(ROWS, start=2):
        for i, value in enumerate(values):
            cell = table.cell(r, i)
            cell.width = WIDTHS[i]
            cell_lines(cell, [value] if value else [], center=i in (0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Sở NN&MT (b/c);", "- Chi cục trưởng;", "- Các phòng, trạm thuộc Chi cục;",
                          "- LMHTX tỉnh, Sở Công Thương;", "- Lưu: VT, DT."],
                    ["KT. CHI CỤC TRƯỞNG", "PHÓ CHI CỤC TRƯỞNG", "", "", "", "Lê Văn Thạc"])
    return saved(doc, author="Phòng Dịch tễ", editor="Văn thư Chi cục CNTY",
                 title="Kế hoạch 142/KH-CCCNTY", created=datetime(2026, 8, 11, 14, 0, 0),
                 modified=datetime(2026, 8, 18, 9, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
