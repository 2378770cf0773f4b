"""Write a_gia-lai_47-KH-DTHM-2026_luu-do-boc-composite-tau-ca-htx.docx, the hundred-and-seventy-second held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen172/make_docx.py [OUT]

A shipyard's plan (September 2026) to sheathe the wooden hulls of eight fishing boats of two offshore-fishing
cooperatives in composite and fit their VMS boxes: I. purposes, II. a facts table of the boats (hull numbers, owners,
lengths, engine power, the day each goes up the slipway — no work), III. the work as an ISO-style FLOWCHART TABLE
Trách nhiệm | Lưu đồ | Thời gian | Biểu mẫu, hồ sơ: one row per step box ("B1." … "B11."), a row holding only an
arrow "↓" between two steps, and one DECISION row ("◇ Đạt yêu cầu?" with its two branches) that assigns nothing;
a legend line over the table; IV. two duties asked of the cooperatives; V. one closing paragraph; the signature beside
"Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_gia-lai_47-KH-DTHM-2026_luu-do-boc-composite-tau-ca-htx.docx"

OPENING = ("Căn cứ Hợp đồng nguyên tắc số 12/2026/HĐNT ngày 20/8/2026 giữa Công ty Cổ phần Đóng tàu Hải Minh với Hợp "
           "tác xã Khai thác hải sản Nhơn Hải Tiến và Hợp tác xã Dịch vụ nghề cá Tam Quan Bắc về việc chuyển đổi vỏ gỗ "
           "tàu cá của thành viên sang bọc vật liệu composite; Công ty lập Kế hoạch thi công đợt 2 năm 2026 như sau:")

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Bọc vỏ composite, lắp thiết bị giám sát hành trình cho 08 tàu cá của thành viên hai hợp tác xã, bảo đảm tàu "
     "đủ điều kiện an toàn kỹ thuật để ra khơi chuyến biển đầu năm 2027.", "p"),
    ("- Các bộ phận thực hiện đúng trình tự tại lưu đồ mục III; không bỏ bước kiểm tra chất lượng nội bộ.", "p"),
    ("II. DANH SÁCH TÀU THI CÔNG ĐỢT 2", "h"),
]

BOATS_HEAD = ["TT", "Số đăng ký", "Chủ tàu", "Hợp tác xã", "Dài (m)", "Công suất (CV)", "Ngày lên đà"]
BOATS = [
    ("1", "BĐ-97568-TS", "Nguyễn Văn Lành", "HTX KTHS Nhơn Hải Tiến", "15,2", "450", "12/10/2026"),
    ("2", "BĐ-96104-TS", "Trần Thị Bích", "HTX KTHS Nhơn Hải Tiến", "14,6", "410", "12/10/2026"),
    ("3", "BĐ-97221-TS", "Lê Văn Sáu", "HTX KTHS Nhơn Hải Tiến", "16,0", "520", "14/10/2026"),
    ("4", "BĐ-95837-TS", "Phạm Ngọc Thạch", "HTX DVNC Tam Quan Bắc", "13,8", "380", "14/10/2026"),
    ("5", "BĐ-96650-TS", "Võ Văn Bền", "HTX DVNC Tam Quan Bắc", "15,5", "460", "09/11/2026"),
    ("6", "BĐ-97012-TS", "Đặng Thị Huệ", "HTX DVNC Tam Quan Bắc", "14,9", "420", "09/11/2026"),
    ("7", "BĐ-95488-TS", "Huỳnh Văn Tư", "HTX DVNC Tam Quan Bắc", "15,8", "500", "11/11/2026"),
    ("8", "BĐ-97305-TS", "Nguyễn Thanh Tùng", "HTX KTHS Nhơn Hải Tiến", "14,2", "400", "11/11/2026"),
]
BOATS_WIDTHS = [Cm(0.9), Cm(2.6), Cm(3.2), Cm(3.9), Cm(1.4), Cm(1.8), Cm(2.2)]

AFTER_BOATS = [
    ("Mỗi đợt lên đà 04 tàu trên triền số 1 và triền số 2; thời gian thi công mỗi tàu không quá 25 ngày kể từ ngày "
     "lên đà.", "p"),
    ("III. LƯU ĐỒ THỰC HIỆN", "h"),
    ("Ký hiệu: ▭ bước công việc; ◇ bước quyết định; ↓ chuyển sang bước kế tiếp. Bộ phận ghi đầu tiên trong cột "
     "Trách nhiệm là bộ phận chủ trì.", "i"),
]

FLOW_HEAD = ["Trách nhiệm", "Lưu đồ", "Thời gian", "Biểu mẫu, hồ sơ"]
FLOW_WIDTHS = [Cm(3.8), Cm(7.0), Cm(3.2), Cm(2.6)]
ARROW = "↓"
# a tuple is a row: (Trách nhiệm lines, Lưu đồ lines, Thời gian lines, Biểu mẫu lines); ARROW a row with only the arrow
FLOW = [
    (["Phòng Kỹ thuật - Thiết kế", "(phối hợp: HTX KTHS Nhơn Hải Tiến, HTX DVNC Tam Quan Bắc)"],
     ["B1. Khảo sát hiện trạng vỏ, máy, trang thiết bị từng tàu; lập biên bản hiện trạng có chữ ký chủ tàu"],
     ["14/9 - 25/9/2026"], ["BM-01/QT-CH"]),
    ARROW,
    (["Phòng Kỹ thuật - Thiết kế", "(phối hợp: Phòng Kinh doanh)"],
     ["B2. Lập hồ sơ thiết kế cải hoán, dự toán từng tàu; gửi chủ tàu và hợp tác xã thống nhất"],
     ["trước 30/9/2026"], ["BM-02/QT-CH"]),
    ARROW,
    (["Phòng Kỹ thuật - Thiết kế"],
     ["B3. Trình Chi cục Thủy sản và Kiểm ngư tỉnh Gia Lai thẩm định hồ sơ thiết kế cải hoán"],
     ["trước 08/10/2026"], ["Hồ sơ thiết kế"]),
    ARROW,
    (["Phòng Kinh doanh", "(phối hợp: Phòng Tài chính - Kế toán)"],
     ["B4. Ký hợp đồng thi công với từng chủ tàu, thu tạm ứng 30% giá trị hợp đồng"],
     ["Sau khi thiết kế được thẩm định"], ["BM-03/QT-CH"]),
    ARROW,
    (["Phòng Kế hoạch - Vật tư"],
     ["B5. Mua sợi thủy tinh, nhựa polyester, chất đóng rắn đủ cho 08 tàu; kiểm tra chứng chỉ xuất xưởng của "
      "từng lô vật tư"],
     ["trước 10/10/2026"], ["BM-04/QT-CH"]),
    ARROW,
    (["Xưởng Triền đà"],
     ["B6. Đưa tàu lên đà, cạo hà, xử lý và sấy khô vỏ gỗ"],
     ["Đợt 1: 12 - 16/10/2026", "Đợt 2: 09 - 13/11/2026"], ["Nhật ký thi công"]),
    ARROW,
    (["Xưởng Vỏ composite"],
     ["B7. Bọc 03 lớp sợi thủy tinh, nhựa polyester lên vỏ tàu; mài, sơn hoàn thiện"],
     ["Trong 15 ngày kể từ ngày tàu lên đà"], ["BM-05/QT-CH"]),
    ARROW,
    (["Xưởng Máy - Điện"],
     ["B8. Lắp đặt, đấu nối thiết bị giám sát hành trình, kiểm tra tín hiệu về trạm bờ"],
     ["Song song với B7"], ["BM-06/QT-CH"]),
    ARROW,
    (["Tổ KCS", "(phối hợp: Xưởng Vỏ composite)"],
     ["B9. Kiểm tra chất lượng nội bộ: độ dày lớp composite, độ kín nước, tín hiệu thiết bị giám sát hành trình"],
     ["Ngày thứ 18 kể từ ngày lên đà"], ["BM-07/QT-CH"]),
    ARROW,
    ([""],
     ["◇ Đạt yêu cầu?", "Không đạt: quay lại B7", "Đạt: chuyển B10"],
     [""], [""]),
    ARROW,
    (["Phòng Kỹ thuật - Thiết kế", "(phối hợp: Chi cục Thủy sản và Kiểm ngư tỉnh Gia Lai)"],
     ["B10. Kiểm tra đăng kiểm, hạ thủy, chạy thử đường dài 04 giờ có chủ tàu trên tàu"],
     ["Đợt 1: trước 10/11/2026", "Đợt 2: trước 08/12/2026"], ["Biên bản chạy thử"]),
    ARROW,
    (["Phòng Kinh doanh", "Phòng Tài chính - Kế toán"],
     ["B11. Bàn giao tàu và hồ sơ cho chủ tàu, xuất hóa đơn, thanh lý hợp đồng; mở sổ bảo hành 12 tháng"],
     ["Trong 05 ngày sau hạ thủy; thanh lý xong trước 25/12/2026"], ["BM-08/QT-CH"]),
]

AFTER = [
    ("IV. ĐỀ NGHỊ CÁC HỢP TÁC XÃ", "h"),
    ("1. Đề nghị HTX Khai thác hải sản Nhơn Hải Tiến, HTX Dịch vụ nghề cá Tam Quan Bắc thông báo cho chủ tàu đưa tàu "
     "về bến của Công ty đúng ngày lên đà tại mục II, bốc dỡ hết ngư lưới cụ, nhiên liệu trước khi lên đà 02 ngày.",
     "p"),
    ("2. Ban quản trị hai hợp tác xã hướng dẫn chủ tàu lập hồ sơ đề nghị hỗ trợ kinh phí chuyển đổi vỏ tàu theo chính "
     "sách của tỉnh, nộp UBND xã, phường nơi chủ tàu cư trú trong tháng 12/2026.", "p"),
    ("V. TỔ CHỨC THỰC HIỆN", "h"),
    ("Phòng Kỹ thuật - Thiết kế là đầu mối theo dõi lưu đồ; các bộ phận ghi đủ biểu mẫu từng bước, chuyển về Phòng "
     "Kỹ thuật - Thiết kế lưu hồ sơ tàu. Kế hoạch này thay cho lịch thi công đã thông báo tại cuộc họp ngày "
     "28/8/2026./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "ĐÓNG TÀU HẢI MINH"], "Số: 47/KH-ĐTHM",
                 "Gia Lai, ngày 14 tháng 9 năm 2026", issuer_bold=(0, 1))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Bọc vỏ composite, lắp thiết bị giám sát hành trình cho tàu cá của thành viên các hợp tác xã khai thác "
              "hải sản (đợt 2 năm 2026)", bold=True, center=True)
    para(doc, OPENING)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    boats = doc.add_table(rows=1 + len(BOATS), cols=len(BOATS_HEAD))
    set_borders(boats, "single")
    for r, (row, values) in enumerate(zip(boats.rows, [BOATS_HEAD, *BOATS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = BOATS_WIDTHS[i]
            cell_lines(cell, [value], bold=(0,) if r == 0 else (), center=i != 2 or r == 0)
    for text, style in AFTER_BOATS:
        para(doc, text, bold=style == "h", italic=style == "i")
    flow = doc.add_table(rows=1 + len(FLOW), cols=len(FLOW_HEAD))
    set_borders(flow, "single")
    for r, (row, values) in enumerate(zip(flow.rows, [FLOW_HEAD, *FLOW])):
        cells = row.cells
        for i, cell in enumerate(cells):
            cell.width = FLOW_WIDTHS[i]
        if r == 0:
            for cell, value in zip(cells, values):
                cell_lines(cell, [value], bold=(0,))
        elif values == ARROW:
            cell_lines(cells[1], [ARROW], bold=(0,))
        else:
            who, box, when, form = values
            cell_lines(cells[0], who, center=False)
            cell_lines(cells[1], box, bold=(0,) if box[0].startswith("◇") else (), center=True)
            cell_lines(cells[2], when)
            cell_lines(cells[3], form)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- HTX KTHS Nhơn Hải Tiến, HTX DVNC Tam Quan Bắc;",
                          "- Chi cục Thủy sản và Kiểm ngư tỉnh;", "- Các phòng, xưởng, Tổ KCS (t/h);",
                          "- Lưu: VT, P.KT-TK."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Trương Công Hậu"])
    return saved(doc, author="Phòng Kỹ thuật - Thiết kế", editor="Văn thư Công ty",
                 title="Kế hoạch 47/KH-ĐTHM", created=datetime(2026, 9, 9, 8, 20, 0),
                 modified=datetime(2026, 9, 14, 16, 5, 0), revision=6)


if __name__ == "__main__":
    write(build, OUT)
