"""Write a_can-tho_57-KH-TTTM-2026_ngay-hoi-hien-mau-htx.docx, the two-hundred-and-thirteenth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen213/make_docx.py [OUT]

A regional blood transfusion centre's plan (September 2026) for blood-donation days hosted by cooperatives and a
union of cooperatives, with the city's Liên minh Hợp tác xã: the opening, I. targets ("-" lines), II. a facts table of
the five collection sessions (date, place, host, expected units: no work), III. ONE bordered task table whose FIRST
column is a PHASE CODE ("VĐ-01", "TN-02", "CS-03") with a merged row naming each phase between the groups, then the
work, the doing room, the partners and the time; IV. two numbered requests; the closing sentence; the signature
beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_can-tho_57-KH-TTTM-2026_ngay-hoi-hien-mau-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Mỗi năm, vào các tháng cuối năm và dịp trước, sau Tết Nguyên đán, lượng máu dự trữ của Trung tâm chỉ đủ cấp "
     "cho các bệnh viện trong vùng từ 5 đến 7 ngày, thấp hơn nhiều so với mức an toàn. Khu vực kinh tế tập thể của "
     "thành phố hiện có trên 680 hợp tác xã với khoảng 41.000 thành viên và người lao động, phần lớn ở độ tuổi hiến "
     "máu nhưng ít có dịp tiếp cận điểm hiến máu cố định. Được sự thống nhất của Liên minh Hợp tác xã thành phố, Trung "
     "tâm xây dựng Kế hoạch như sau:", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Tiếp nhận tối thiểu 1.200 đơn vị máu an toàn từ thành viên, người lao động của các hợp tác xã qua 05 ngày hội.",
     "p"),
    ("- Hình thành ở mỗi hợp tác xã đăng cai một nhóm người hiến máu nhắc lại, sẵn sàng hiến khi các bệnh viện cần máu "
     "khẩn cấp.", "p"),
    ("II. LỊCH CÁC NGÀY HỘI HIẾN MÁU", "h"),
]

SESSION_COLUMNS = ["Đợt", "Ngày", "Điểm lấy máu", "Đơn vị đăng cai", "Dự kiến (đơn vị máu)"]
SESSION_WIDTHS = [Cm(1.2), Cm(2.4), Cm(5.4), Cm(4.6), Cm(2.4)]
SESSIONS = [
    ("1", "17/10/2026", "Hội trường HTX, ấp Tân Thạnh, xã Phong Điền", "HTX Nông nghiệp Tân Thới Xanh", "250"),
    ("2", "14/11/2026", "Sân kho lúa của HTX, xã Thới Lai", "HTX Lúa gạo Thới Lai", "300"),
    ("3", "12/12/2026", "Trụ sở Liên hiệp, phường Vị Thanh", "Liên hiệp HTX Khóm Hậu Giang", "200"),
    ("4", "16/01/2027", "Nhà văn hóa ấp Cảng, xã Trần Đề", "HTX Thủy sản Trần Đề", "250"),
    ("5", "06/3/2027", "Bến tàu của HTX, phường Cái Răng", "HTX Vận tải thủy Cái Răng", "200"),
    ("", "", "Cộng", "", "1.200"),
]

BEFORE_TABLE = [
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
]

COLUMNS = ["Mã", "Nội dung công việc", "Khoa/Phòng chủ trì", "Phối hợp", "Thời gian"]
WIDTHS = [Cm(1.5), Cm(6.8), Cm(2.9), Cm(3.4), Cm(2.4)]
# a row of one value is a phase row merged across the table
ROWS = [
    ("A. VẬN ĐỘNG, CHUẨN BỊ",),
    ("VĐ-01", "Thống nhất với Liên minh danh sách, ngày và địa điểm 05 điểm lấy máu; gửi văn bản mời từng HTX đăng cai",
     "Phòng Vận động hiến máu", "Liên minh Hợp tác xã thành phố", "Trước 30/9/2026"),
    ("VĐ-02", "Tập huấn cho cán bộ đầu mối của mỗi HTX đăng cai cách tuyên truyền, nhận đăng ký và sắp xếp mặt bằng "
              "cho điểm lấy máu", "Phòng Vận động hiến máu", "Hội Chữ thập đỏ thành phố", "Tháng 10/2026"),
    ("VĐ-03", "In 3.000 tờ rơi, 20 băng rôn; đưa lịch hiến máu lên trang tin của Liên minh và các nhóm Zalo của HTX",
     "Phòng Vận động hiến máu", "Báo và Phát thanh, Truyền hình Cần Thơ", "10 ngày trước mỗi đợt"),
    ("VĐ-04", "Chuẩn bị túi máu, hóa chất xét nghiệm nhanh, giường lấy máu xếp gọn đủ cho 05 đợt",
     "Khoa Tiếp nhận máu", "Phòng Tài chính - Kế toán", "Trước 10/10/2026"),
    ("B. TỔ CHỨC NGÀY HỘI",),
    ("TN-01", "Đưa kíp lưu động (bác sĩ khám tuyển, điều dưỡng lấy máu, xe bảo quản máu) đến từng điểm theo lịch ở mục "
              "II, khám tuyển và tiếp nhận máu", "Khoa Tiếp nhận máu", "HTX đăng cai, UBND xã, phường sở tại",
     "Từ 17/10/2026 đến 06/3/2027"),
    ("TN-02", "Bố trí bàn sơ cứu và xe cứu thương trực suốt buổi lấy máu", "Phòng Kế hoạch - Tổng hợp",
     "Trạm Y tế xã, phường sở tại", "Mỗi đợt"),
    ("TN-03", "Chi quà tặng, suất ăn nhẹ và tiền hỗ trợ đi lại cho người hiến máu theo mức quy định",
     "Phòng Tài chính - Kế toán", "Hội Chữ thập đỏ thành phố", "Ngày hiến máu"),
    ("C. SAU HIẾN MÁU",),
    ("CS-01", "Xét nghiệm sàng lọc các đơn vị máu đã tiếp nhận; nhắn kết quả cho người hiến, mời người có kết quả bất "
              "thường đến tư vấn", "Khoa Xét nghiệm", "", "Trong 14 ngày sau mỗi đợt"),
    ("CS-02", "Lập danh sách người hiến máu nhắc lại theo từng HTX; nhắn tin mời hiến lần sau khi đủ 12 tuần",
     "Phòng Vận động hiến máu", "", "Sau mỗi đợt"),
    ("CS-03", "Tổng hợp số đơn vị máu từng HTX đã hiến, gửi Liên minh làm căn cứ xét tặng giấy khen",
     "Phòng Kế hoạch - Tổng hợp", "Liên minh Hợp tác xã thành phố", "Trước 31/3/2027"),
    ("CS-04", "Sơ kết, đề xuất đưa ngày hội hiến máu vào chương trình hoạt động hằng năm của khu vực kinh tế tập thể",
     "Phòng Kế hoạch - Tổng hợp", "Ban Chỉ đạo vận động hiến máu tình nguyện thành phố", "Tháng 4/2027"),
]

AFTER = [
    ("IV. ĐỀ NGHỊ PHỐI HỢP", "h"),
    ("1. Liên minh Hợp tác xã thành phố giao Ban Phong trào theo dõi, cử cán bộ có mặt ở từng ngày hội và vận động các "
     "hợp tác xã lân cận đưa thành viên đến hiến máu.", "p"),
    ("2. Các hợp tác xã, liên hiệp hợp tác xã đăng cai bố trí mặt bằng có mái che, điện, nước; gửi danh sách người "
     "đăng ký hiến máu về Phòng Vận động hiến máu chậm nhất 05 ngày trước ngày lấy máu.", "p"),
    ("Trên đây là Kế hoạch tổ chức các ngày hội hiến máu tình nguyện tại hợp tác xã của Trung tâm Truyền máu khu vực "
     "Cần Thơ. Rất mong các cơ quan, đơn vị và hợp tác xã quan tâm, cùng chung tay./.", "p"),
]


def bordered(doc, columns, widths, rows, center_columns):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [columns, *rows])):
        if len(values) == 1:
            merged = row.cells[0].merge(row.cells[-1])
            cell_lines(merged, [values[0]], bold=(0,), center=False)
            continue
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in center_columns)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["BỆNH VIỆN ĐA KHOA TRUNG ƯƠNG CẦN THƠ", "TRUNG TÂM TRUYỀN MÁU KHU VỰC"], "Số: 57/KH-TTTM",
                 "Cần Thơ, ngày 14 tháng 9 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tổ chức ngày hội hiến máu tình nguyện tại các hợp tác xã trên địa bàn thành phố Cần Thơ "
              "(tháng 10/2026 - tháng 3/2027)", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    bordered(doc, SESSION_COLUMNS, SESSION_WIDTHS, SESSIONS, center_columns=(0, 1, 4))
    for text, style in BEFORE_TABLE:
        para(doc, text, bold=style == "h")
    bordered(doc, COLUMNS, WIDTHS, ROWS, center_columns=(0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Ban Giám đốc Bệnh viện (b/c);", "- Liên minh HTX thành phố;",
                          "- Ban Chỉ đạo VĐHMTN thành phố;", "- Hội Chữ thập đỏ thành phố;",
                          "- Các HTX, Liên hiệp HTX đăng cai;", "- Các khoa, phòng (t/h);", "- Lưu: VT, VĐHM."],
                    ["GIÁM ĐỐC", "", "", "", "", "BSCKII. Lâm Quốc Thịnh"])
    return saved(doc, author="Phòng Vận động hiến máu", editor="Văn thư Trung tâm",
                 title="Kế hoạch 57/KH-TTTM", created=datetime(2026, 9, 9, 9, 10, 0),
                 modified=datetime(2026, 9, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
