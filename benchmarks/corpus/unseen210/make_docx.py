"""Write a_ha-tinh_1187-KH-PC06-2026_tai-khoan-dinh-danh-to-chuc-htx.docx, the two-hundred-and-tenth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen210/make_docx.py [OUT]

A provincial police department's plan (July 2026): the Phòng Cảnh sát quản lý hành chính về trật tự xã hội of the
Công an tỉnh Hà Tĩnh creating and activating organisational electronic-identification accounts for cooperatives,
unions of cooperatives and cooperative groups, and teaching them to file procedures with them. I. purposes, II.
targets ("-" lines), III. a note of the units' numbers and of yearless dates, then ONE BORDERLESS TWO-COLUMN TABLE
laid out like margin notes: the narrow left cell stacks the doing unit and its time ("Đội 3" over "hạn 20/8"), the
right cell holds the work, partners inside its text; three full-width round rows ("ĐỢT 1 …") merged across both
columns. IV. two numbered paragraphs; the signature beside "Nơi nhận". Every paragraph is typed, no Word numbering.

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
OUT = HERE / "a_ha-tinh_1187-KH-PC06-2026_tai-khoan-dinh-danh-to-chuc-htx.docx"

OPENING = [
    ("Theo chỉ đạo của Giám đốc Công an tỉnh về phát triển tài khoản định danh điện tử cho cơ quan, tổ chức; "
     "qua nắm tình hình, đến hết tháng 6/2026 toàn tỉnh mới có 38 trong số 450 hợp tác xã, liên hiệp hợp tác xã, tổ "
     "hợp tác được cấp tài khoản định danh điện tử của tổ chức, nhiều đơn vị vẫn phải nộp hồ sơ giấy hoặc nhờ người "
     "khác khai hộ. Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh (sau đây gọi là Phòng PC06) lên "
     "kế hoạch triển khai như dưới đây.", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Giúp hợp tác xã, tổ hợp tác có và dùng được tài khoản định danh điện tử của tổ chức khi giao dịch với cơ quan "
     "nhà nước, ngân hàng; giảm giấy tờ, đi lại cho người đại diện theo pháp luật.", "p"),
    ("2. Làm đến đâu chắc đến đó; không thu bất kỳ khoản tiền nào của đơn vị; bảo đảm an toàn thông tin của tổ "
     "chức và người đại diện.", "p"),
    ("II. CHỈ TIÊU", "h"),
    ("- Đến ngày 31/12/2026, ít nhất 95% hợp tác xã, liên hiệp hợp tác xã đang hoạt động có tài khoản định danh điện "
     "tử của tổ chức đã kích hoạt.", "p"),
    ("- Mỗi hợp tác xã có ít nhất 01 người được hướng dẫn thành thạo việc nộp hồ sơ trực tuyến bằng tài khoản này.",
     "p"),
    ("III. NỘI DUNG VÀ PHÂN CÔNG", "h"),
    ("Cột trái ghi đơn vị làm và hạn phải xong. Đội 1 là Đội Quản lý cư trú, Đội 2 là Đội Căn cước, Đội 3 là Đội "
     "Định danh và xác thực điện tử, Đội 4 là Đội Tổng hợp thuộc Phòng PC06. Ngày, tháng không ghi năm là của năm 2026.",
     "p"),
]

# ("round", title) a row merged across both columns; (left lines, work) a margin note and its work
ROWS = [
    ("round", "ĐỢT 1 - RÀ SOÁT, CHUẨN BỊ (tháng 8/2026)"),
    (["Đội 4", "hạn 10/8"],
     "Cùng Sở Tài chính so khớp danh sách HTX, liên hiệp HTX trong hệ thống đăng ký hợp tác xã với dữ liệu của hệ "
     "thống định danh; lập danh sách 412 đơn vị chưa có tài khoản, chia theo từng xã, phường."),
    (["Đội 3", "hạn 20/8"],
     "Soạn tờ gấp và 02 video ngắn hướng dẫn đăng ký tài khoản định danh điện tử cho tổ chức (giấy tờ cần có, các "
     "bước làm trên ứng dụng VNeID), gửi Công an các xã, phường dùng thống nhất."),
    (["Đội 3", "17/8 - 28/8"],
     "Tập huấn trực tuyến cho cán bộ Công an các xã, phường làm nhiệm vụ định danh điện tử; mời Liên minh Hợp tác xã "
     "tỉnh cử người nói về đặc thù tổ chức, người đại diện của hợp tác xã."),
    ("round", "ĐỢT 2 - THU NHẬN HỒ SƠ, KÍCH HOẠT (tháng 9 và tháng 10/2026)"),
    (["Công an các xã, phường", "hạn 30/9"],
     "Mở điểm thu nhận hồ sơ lưu động ngay tại trụ sở hợp tác xã cho người đại diện theo pháp luật của hợp tác xã, "
     "tổ hợp tác; phối hợp UBND cấp xã báo lịch cho từng đơn vị trước 03 ngày."),
    (["Đội 3", "trong 03 ngày làm việc kể từ khi nhận hồ sơ"],
     "Phê duyệt, kích hoạt tài khoản trên hệ thống; hồ sơ chưa hợp lệ thì trả lời qua ứng dụng VNeID, nói rõ phải "
     "bổ sung giấy tờ gì."),
    (["Đội 2", "hạn 15/10"],
     "Cấp căn cước cho người đại diện của hợp tác xã chưa có căn cước gắn chíp hoặc có thông tin sai lệch; bố trí "
     "làm việc cả sáng thứ Bảy trong thời gian cao điểm."),
    (["LMHTX tỉnh", "tháng 9, tháng 10"],
     "Đề nghị Liên minh Hợp tác xã tỉnh nhắc các thành viên của mình sớm đăng ký, cử cán bộ đi cùng điểm thu nhận "
     "lưu động ở những xã có từ 10 hợp tác xã trở lên."),
    ("round", "ĐỢT 3 - ĐƯA TÀI KHOẢN VÀO SỬ DỤNG (tháng 11 và tháng 12/2026)"),
    (["Đội 3", "hạn 30/11"],
     "Hướng dẫn hợp tác xã dùng tài khoản của tổ chức nộp hồ sơ trên Cổng Dịch vụ công quốc gia (thay đổi nội dung "
     "đăng ký, khai thuế, bảo hiểm xã hội), phối hợp Trung tâm Phục vụ hành chính công tỉnh."),
    (["Đội 1", "hằng tháng"],
     "Cập nhật người đại diện, địa chỉ trụ sở của hợp tác xã khi có thay đổi do sắp xếp thôn, tổ dân phố hoặc "
     "hợp nhất hợp tác xã."),
    (["Đội 4", "hạn 15/12"],
     "Tổng hợp kết quả từng xã, phường; đề xuất khen thưởng tập thể, cá nhân làm tốt, báo cáo Giám đốc Công an tỉnh."),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Đội trưởng các Đội căn cứ nội dung được giao chủ động bố trí người, phương tiện; khó khăn, vướng mắc báo "
     "ngay lãnh đạo Phòng để giải quyết.", "p"),
    ("2. Đề nghị Sở Tài chính gửi danh sách hợp tác xã, liên hiệp hợp tác xã mới đăng ký, giải thể trong tháng về "
     "Phòng PC06 (qua Đội 4) trước ngày 05 hằng tháng để cập nhật.", "p"),
]


def margin_table(doc):
    table = doc.add_table(rows=len(ROWS), cols=2)
    set_borders(table, "nil")
    for row, item in zip(table.rows, ROWS):
        left, right = row.cells
        left.width, right.width = Cm(3.4), Cm(12.6)
        if item[0] == "round":
            merged = left.merge(right)
            cell_lines(merged, [item[1]], bold=(0,), center=False)
        else:
            lines, work = item
            cell_lines(left, lines, bold=(0,), italic=(1,), center=False)
            cell_lines(right, [work], center=False)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG AN TỈNH HÀ TĨNH", "PHÒNG CẢNH SÁT QUẢN LÝ", "HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI"], "Số: 1187/KH-PC06",
                 "Hà Tĩnh, ngày 28 tháng 7 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Cấp, kích hoạt tài khoản định danh điện tử cho hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác năm 2026",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    margin_table(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Đ/c Giám đốc CA tỉnh (để b/c);", "- Sở Tài chính;",
                          "- Các Đội thuộc Phòng;", "- Công an các xã, phường;", "- Liên minh HTX tỉnh;",
                          "- Lưu: VT, Đ4."],
                    ["KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "", "", "", "Thượng tá Đặng Quốc Thịnh"])
    return saved(doc, author="Đội Tổng hợp", editor="Văn thư PC06",
                 title="Kế hoạch 1187/KH-PC06", created=datetime(2026, 7, 22, 9, 10, 0),
                 modified=datetime(2026, 7, 28, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
