"""Write a_nghe-an_112-KH-MLT-2026_htx-may-gia-cong-ve-tinh.docx, the hundred-and-fortieth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen140/make_docx.py [OUT]

A garment export company's plan (November 2026) for a network of sewing cooperatives and cooperative groups that take
its outwork in 2027: I. targets, II. the assignment as a "table" TYPED WITH TABS in plain paragraphs (a bold line
"TT<TAB>Nội dung công việc<TAB>Đơn vị thực hiện<TAB>Thời hạn", then one paragraph a task, its number, text, doers and
time a TAB apart, on tab stops), the doers by the company's abbreviations spelt out once in a bracketed legend above,
III. funding, IV. one paragraph, the signature beside "Nơi nhận". Every number is typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import header_table, new_document, para, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_nghe-an_112-KH-MLT-2026_htx-may-gia-cong-ve-tinh.docx"

BEFORE = [
    ("Căn cứ Nghị quyết số 09/NQ-HĐQT ngày 05/11/2026 của Hội đồng quản trị về kế hoạch sản xuất, kinh doanh năm "
     "2027; để giảm áp lực tuyển thợ tại nhà máy và tạo việc làm cho lao động nữ ở nông thôn, Công ty xây dựng Kế hoạch "
     "phát triển mạng lưới gia công vệ tinh như sau:", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Hết năm 2027 có 06 hợp tác xã, tổ hợp tác may ở các xã Thanh Chương, Anh Sơn, Đô Lương nhận hàng gia công "
     "thường xuyên của Công ty, bình quân khoảng 420 thợ, phần lớn là phụ nữ làm việc gần nhà.", "p"),
    ("- Hàng gia công có tỷ lệ lỗi dưới 3%; trên 95% số lô giao đúng hẹn.", "p"),
    ("II. PHÂN CÔNG THỰC HIỆN", "h"),
    ("(Viết tắt trong bảng: P.KH-XNK - Phòng Kế hoạch - Xuất nhập khẩu; P.KT-CN - Phòng Kỹ thuật - Công nghệ; "
     "P.QA - Phòng Quản lý chất lượng; P.TC-HC - Phòng Tổ chức - Hành chính; P.TC-KT - Phòng Tài chính - Kế toán)",
     "i"),
]

HEAD_ROW = "TT\tNội dung công việc\tĐơn vị thực hiện\tThời hạn"
# number, work, doers, time: one paragraph each, a TAB between
ROWS = [
    ("1", "Khảo sát, chọn 06 HTX, THT may có nhà xưởng, điện 3 pha và từ 40 thợ trở lên", "P.KH-XNK; P.TC-HC phối hợp",
     "T12/2026"),
    ("2", "Ký hợp đồng gia công khung năm 2027 với từng HTX, THT đã chọn, đơn giá tính theo phút may chuẩn",
     "P.KH-XNK", "trước 15/01/2027"),
    ("3", "Cho HTX mượn 120 máy 1 kim, 30 máy vắt sổ thanh lý từ Xưởng 2, lập biên bản bàn giao và sổ theo dõi",
     "P.KT-CN + Xưởng 2", "Q1/2027"),
    ("4", "Đào tạo tổ trưởng, thợ kỹ thuật của HTX thao tác may áo jacket 2 lớp theo tiêu chuẩn của khách hàng",
     "P.KT-CN", "tháng 2, 3/2027"),
    ("5", "Cử nhân viên QC thường trú ở mỗi HTX, kiểm 100% hàng trước khi xuất xưởng", "P.QA",
     "Suốt thời gian có đơn hàng"),
    ("6", "Lập lịch giao bán thành phẩm, nhận thành phẩm bằng xe Công ty, 2 chuyến/tuần mỗi HTX",
     "Tổ Vận tải (P.TC-HC)", "01/3/2027"),
    ("7", "Thanh toán tiền gia công cho HTX, THT chậm nhất ngày 10 của tháng sau", "P.TC-KT", "Hằng tháng"),
    ("8", "Phối hợp Liên minh HTX tỉnh Nghệ An hướng dẫn các THT đủ điều kiện đăng ký thành HTX theo Luật Hợp tác xã "
          "năm 2023", "P.TC-HC", "6 tháng đầu năm 2027"),
    ("9", "Đề nghị UBND các xã Thanh Chương, Anh Sơn, Đô Lương giới thiệu lao động, hỗ trợ mặt bằng cho HTX mở rộng "
          "xưởng", "P.KH-XNK", "Quý I/2027"),
    ("10", "Đánh giá, xếp loại các HTX, THT vệ tinh; đề xuất Tổng Giám đốc khen thưởng đơn vị làm tốt",
     "P.QA, P.KH-XNK", "20/12/2027"),
]

AFTER = [
    ("III. KINH PHÍ", "h"),
    ("Chi phí đào tạo, vận chuyển, lương nhân viên QC thường trú hạch toán vào giá thành sản xuất năm 2027; máy móc cho "
     "mượn vẫn là tài sản của Công ty.", "p"),
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("Các trưởng phòng, quản đốc xưởng triển khai phần việc được giao; hằng tháng P.KH-XNK tổng hợp tiến độ, báo cáo "
     "tại cuộc giao ban sản xuất của Tổng Giám đốc.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "MAY LAM THỊNH"], "Số: 112/KH-MLT",
                 "Nghệ An, ngày 18 tháng 11 năm 2026", issuer_bold=(0, 1))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phát triển mạng lưới hợp tác xã, tổ hợp tác may gia công vệ tinh năm 2027", bold=True, center=True)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h", italic=style == "i")
    for i, line in enumerate([HEAD_ROW, *("\t".join(row) for row in ROWS)]):
        p = para(doc, line, bold=i == 0)
        stops = p.paragraph_format.tab_stops
        for pos in (Cm(1.0), Cm(10.5), Cm(13.8)):
            stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.LEFT)
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-1.0)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Liên minh HTX tỉnh Nghệ An;",
                          "- UBND các xã Thanh Chương, Anh Sơn, Đô Lương;", "- Các phòng, xưởng (t/h);",
                          "- Lưu: VT, KH-XNK."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "Phan Văn Lĩnh"])
    return saved(doc, author="Phòng KH-XNK", editor="Văn thư Công ty",
                 title="Kế hoạch 112/KH-MLT", created=datetime(2026, 11, 12, 8, 20, 0),
                 modified=datetime(2026, 11, 18, 16, 5, 0), revision=3)


if __name__ == "__main__":
    write(build, OUT)
