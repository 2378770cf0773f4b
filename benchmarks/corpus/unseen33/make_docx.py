"""Write a_nghe-an_1318-KH-NHCS-2026_ngan-hang-cho-vay-thanh-vien-htx.docx, the thirty-third held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen33/make_docx.py [OUT]

A NEW KIND: the plan of a provincial branch of the Ngân hàng Chính sách xã hội (July 2026) for lending to households
that are members of cooperatives and cooperative groups. The bank's header ("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI / CHI NHÁNH
TỈNH NGHỆ AN"), I. purposes, II. targets, III. the work grouped by LEVEL OF THE BANK ("1. Tại Hội sở tỉnh" over its
rooms "1.1. …", some over a) b), others a room's name straight into its verb; "2. Phòng giao dịch NHCSXH các khu
vực" over a) b) c); requests to the entrusted associations named in brackets, to the Liên minh and to the Sở Tài
chính), IV. one paragraph of the coordinating room's duty; the signature beside "Nơi nhận"; then a bordered table of
each transaction office's lending figures (no work in it). Every paragraph is a plain paragraph with its number typed
in (no Word numbering).

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
OUT = HERE / "a_nghe-an_1318-KH-NHCS-2026_ngan-hang-cho-vay-thanh-vien-htx.docx"

# (text, style): "h" a bold heading, "s" a bold-italic sub-heading, "p" a paragraph
BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Giúp hộ gia đình là thành viên tổ hợp tác, hợp tác xã nông nghiệp, thủ công mỹ nghệ và dịch vụ có vốn góp "
     "vào tổ chức của mình, đầu tư mở rộng sản xuất, tạo việc làm tại chỗ.", "p"),
    ("- Vốn đến đúng người vay thông qua Tổ tiết kiệm và vay vốn; bình xét công khai tại thôn, bản, khối phố; không "
     "để phát sinh nợ quá hạn mới.", "p"),
    ("II. CHỈ TIÊU ĐẾN 31/12/2026", "h"),
    ("- Doanh số cho vay hộ thành viên tổ hợp tác, hợp tác xã đạt tối thiểu 214 tỷ đồng, khoảng 3.850 lượt hộ vay.",
     "p"),
    ("- Nợ quá hạn và nợ khoanh dưới 0,15% tổng dư nợ của chương trình.", "p"),
    ("(Chỉ tiêu của từng Phòng giao dịch tại Biểu kèm theo Kế hoạch này.)", "p"),
    ("III. NHIỆM VỤ CỤ THỂ", "h"),
    ("1. Tại Hội sở tỉnh", "h"),
    ("1.1. Phòng Kế hoạch - Nghiệp vụ tín dụng", "s"),
    ("a) Thông báo nguồn vốn, giao chỉ tiêu kế hoạch tín dụng cho các Phòng giao dịch; hoàn thành trước ngày "
     "10/8/2026.", "p"),
    ("b) Chủ trì, cùng Liên minh Hợp tác xã tỉnh lập danh mục hợp tác xã có thành viên thuộc đối tượng vay "
     "vốn, gửi các Phòng giao dịch trong tháng 8/2026.", "p"),
    ("1.2. Phòng Kế toán - Ngân quỹ bảo đảm đủ tiền mặt giải ngân tại các Điểm giao dịch xã, nhất là dịp chuẩn bị "
     "vụ Đông và trước Tết Nguyên đán; thực hiện thường xuyên.", "p"),
    ("1.3. Phòng Kiểm tra, kiểm soát nội bộ kiểm tra chuyên đề việc cho vay hộ thành viên hợp tác xã tại 06 Phòng "
     "giao dịch, hoàn thành trong quý IV/2026.", "p"),
    ("1.4. Phòng Hành chính - Tổ chức phối hợp với Báo và Phát thanh, Truyền hình Nghệ An đưa tin về chương trình cho "
     "vay và các hộ vay làm ăn có hiệu quả; định kỳ hằng tháng.", "p"),
    ("2. Phòng giao dịch NHCSXH các khu vực", "h"),
    ("a) Phối hợp với Ủy ban nhân dân các xã, phường và tổ chức hội nhận ủy thác rà soát nhu cầu vay của hộ thành "
     "viên tổ hợp tác, hợp tác xã trên địa bàn; xong trước 31/8/2026.", "p"),
    ("b) Giải ngân tại Điểm giao dịch xã theo lịch giao dịch cố định hằng tháng; hướng dẫn hộ vay dùng vốn đúng mục "
     "đích đã đăng ký.", "p"),
    ("c) Báo cáo kết quả cho vay về Hội sở tỉnh (qua Phòng Kế hoạch - Nghiệp vụ tín dụng) trước ngày 05 của tháng "
     "sau.", "p"),
    ("3. Đề nghị các tổ chức hội nhận ủy thác cấp tỉnh (Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Hội Cựu chiến "
     "binh tỉnh, Tỉnh đoàn Nghệ An) chỉ đạo hội cấp xã kiện toàn các Tổ tiết kiệm và vay vốn có hộ thành viên tổ hợp "
     "tác, hợp tác xã; hoàn thành trong quý III/2026.", "p"),
    ("4. Đề nghị Liên minh Hợp tác xã tỉnh xác nhận danh sách thành viên của các hợp tác xã có nhu cầu vay vốn; thời "
     "gian: tháng 8 - tháng 9/2026.", "p"),
    ("5. Đề nghị Sở Tài chính trình Ủy ban nhân dân tỉnh cân đối nguồn vốn ngân sách tỉnh ủy thác qua Chi nhánh "
     "năm 2027 để cho vay hộ thành viên hợp tác xã, trước ngày 31/10/2026.", "p"),
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("Phòng Kế hoạch - Nghiệp vụ tín dụng là đầu mối theo dõi Kế hoạch này, tập hợp số liệu, kết quả để báo cáo Ban "
     "đại diện Hội đồng quản trị NHCSXH tỉnh tại phiên họp quý IV/2026.", "p"),
    ("Quá trình thực hiện có vướng mắc, các đơn vị phản ánh về Giám đốc Chi nhánh để xem xét, giải quyết./.", "p"),
]

COLUMNS = ["TT", "Phòng giao dịch", "Doanh số cho vay (triệu đồng)", "Số lượt hộ vay", "Ghi chú"]
WIDTHS = [Cm(1.0), Cm(5.6), Cm(3.6), Cm(2.8), Cm(3.0)]
ROWS = [
    ("1", "PGD khu vực Diễn Châu", "38.500", "690", ""),
    ("2", "PGD khu vực Yên Thành", "36.000", "650", ""),
    ("3", "PGD khu vực Đô Lương", "31.500", "560", ""),
    ("4", "PGD khu vực Quỳnh Lưu", "34.000", "610", ""),
    ("5", "PGD khu vực Con Cuông", "27.000", "500", "Vùng đồng bào dân tộc thiểu số"),
    ("6", "PGD khu vực Nghĩa Đàn", "47.000", "840", ""),
    ("", "Cộng", "214.000", "3.850", ""),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["NGÂN HÀNG CHÍNH SÁCH XÃ HỘI", "CHI NHÁNH TỈNH NGHỆ AN"], "Số: 1318/KH-NHCS",
                 "Nghệ An, ngày 27 tháng 7 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Cho vay hộ gia đình là thành viên tổ hợp tác, hợp tác xã 5 tháng cuối năm 2026", bold=True, center=True)
    para(doc, "Thực hiện Văn bản số 4127/NHCS-TDNN ngày 02/7/2026 của Tổng Giám đốc Ngân hàng Chính sách xã hội về cho "
              "vay hộ sản xuất, kinh doanh tham gia tổ hợp tác, hợp tác xã; căn cứ nguồn vốn được giao, Giám đốc Chi "
              "nhánh NHCSXH tỉnh Nghệ An triển khai thực hiện như sau:")
    for text, style in BODY:
        para(doc, text, bold=style in ("h", "s"), italic=style == "s")
    signature_table(doc, ["Nơi nhận:", "- NHCSXH Trung ương (b/c);", "- Ban đại diện HĐQT NHCSXH tỉnh (b/c);",
                          "- Sở Tài chính, LMHTX tỉnh;", "- Các tổ chức hội nhận ủy thác cấp tỉnh;",
                          "- Các phòng Hội sở, PGD khu vực (t/h);", "- Lưu: VT, KH-NVTD."],
                    ["GIÁM ĐỐC", "", "", "", "Phan Đình Khôi"])
    para(doc)
    para(doc, "BIỂU CHỈ TIÊU CHO VAY HỘ THÀNH VIÊN TỔ HỢP TÁC, HỢP TÁC XÃ 5 THÁNG CUỐI NĂM 2026", bold=True,
         center=True)
    para(doc, "(Kèm theo Kế hoạch số 1318/KH-NHCS ngày 27/7/2026 của Chi nhánh NHCSXH tỉnh Nghệ An)", italic=True,
         center=True)
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0] or values[1] == "Cộng":
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i != 1)
    return saved(doc, author="Phòng KH-NVTD", editor="Văn thư Chi nhánh NHCSXH Nghệ An",
                 title="Kế hoạch 1318/KH-NHCS", created=datetime(2026, 7, 21, 14, 10, 0),
                 modified=datetime(2026, 7, 27, 9, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
