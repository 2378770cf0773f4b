"""Write a_cao-bang_58-KH-DKTH-2025_xuong-dao-keo-nhom-san-pham.docx, the two-hundred-and-seventy-first held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen271/make_docx.py [OUT]

A knife and cutlery forge company's plan (August 2025) for buying forged blanks of blacksmith cooperatives, wooden
handles of a woodwork cooperative and charcoal, and selling farm tools through agricultural cooperatives: an opening,
I. purposes; II. one bordered table in the forge's own words — Mã | Việc | Cầm búa | Kéo bễ | Tôi thép xong — the rows
grouped under shaded BAND ROWS merged across the table that name a PRODUCT GROUP ("NHÓM SẢN PHẨM 1 — DAO BẾP, DAO
THÁI"), neither a doer nor a time; a note above says "Cầm búa" leads and "Kéo bễ" helps; III. organisation; the
signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_cao-bang_58-KH-DKTH-2025_xuong-dao-keo-nhom-san-pham.docx"

OPENING = [
    ("Năm 2025 xưởng của Công ty rèn được khoảng 41 nghìn con dao, kéo các loại, nhưng hơn một nửa số phôi vẫn phải "
     "mua lẻ của từng hộ thợ, độ cứng lưỡi không đều, khách đại lý trả lại nhiều lô. Được Hội đồng quản trị đồng ý, "
     "Tổng Giám đốc ban hành Kế hoạch liên kết với các hợp tác xã rèn, hợp tác xã mộc và hợp tác xã nông nghiệp trong "
     "tỉnh từ tháng 8/2025 đến hết năm 2026 như sau.", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Mua phôi rèn, cán gỗ, than củi của hợp tác xã theo hợp đồng cả năm, có phiếu ghi tên thợ rèn, mác thép "
     "và ngày rèn của từng lô.", "p"),
    ("2. Đến hết năm 2026, tỷ lệ lô dao bị đại lý trả lại vì lưỡi mẻ, gỉ dưới 2%.", "p"),
    ("II. BẢNG VIỆC THEO NHÓM SẢN PHẨM", "h"),
    ("Trong bảng, cột “Cầm búa” ghi bộ phận chịu trách nhiệm chính; cột “Kéo bễ” ghi bộ phận, đơn vị cùng làm; cột "
     "“Tôi thép xong” ghi thời hạn. Dòng tô nền chỉ để chia nhóm sản phẩm.", "p"),
]

COLUMNS = ["Mã", "Việc", "Cầm búa", "Kéo bễ", "Tôi thép xong"]
WIDTHS = [Cm(1.3), Cm(7.0), Cm(3.0), Cm(3.2), Cm(2.4)]
# a band row is a 1-tuple: its text merged across the five columns
ROWS = [
    ("NHÓM SẢN PHẨM 1 — DAO BẾP, DAO THÁI",),
    ("R-01", "Khảo sát lò rèn của 14 thành viên HTX Rèn Phúc Tiến, chấm điểm thợ, lò, búa máy; chọn lò đủ điều kiện "
     "rèn phôi dao bếp cho Công ty", "Phòng Kỹ thuật", "HTX Rèn Phúc Tiến", "15/9/2025"),
    ("R-02", "Ký hợp đồng mua phôi dao bếp bằng thép nhíp ô tô cả năm 2026, giá chốt theo quý, thanh toán qua tài "
     "khoản của hợp tác xã", "Phòng Kinh doanh", "Phòng Tài chính - Kế toán", "trước 31/10/2025"),
    ("R-03", "Hướng dẫn thợ của hợp tác xã ghi phiếu lô phôi (tên thợ, mác thép, ngày rèn, số lượng) và dán mã lô lên "
     "từng bó phôi", "Phòng Quản lý chất lượng", "HTX Rèn Phúc Tiến; HTX Cơ khí rèn Hòa Thuận",
     "tháng 11/2025"),
    ("NHÓM SẢN PHẨM 2 — KÉO, DAO LÀM VƯỜN",),
    ("R-04", "Thuê HTX Cơ khí rèn Hòa Thuận mài, ram lại lưỡi kéo cắt cành, kéo tỉa quả; đo độ cứng ngẫu nhiên "
     "10 con mỗi lô", "Xưởng Hoàn thiện", "Phòng Quản lý chất lượng", "quý IV/2025"),
    ("R-05", "Đặt HTX Mộc Bản Giốc làm 20.000 cán dao, cán kéo bằng gỗ nghiến tận dụng, sấy đạt độ ẩm dưới 12%",
     "Phòng Kinh doanh", "Xưởng Hoàn thiện", "trước 15/01/2026"),
    ("R-06", "Bán dao phát, cuốc, liềm qua cửa hàng vật tư của HTX Nông nghiệp Thông Nông; chiết khấu cho thành viên "
     "hợp tác xã", "Phòng Kinh doanh", "HTX Nông nghiệp Thông Nông", "thường xuyên từ tháng 3/2026"),
    ("NHÓM SẢN PHẨM 3 — THAN VÀ VẬT TƯ LÒ",),
    ("R-07", "Mua than củi từ gỗ rừng trồng của HTX Lâm nghiệp Nguyên Bình, có giấy xác nhận nguồn gốc gỗ; bỏ hẳn than "
     "không rõ nguồn", "Phòng Vật tư", "Hạt Kiểm lâm khu vực Nguyên Bình", "tháng 02/2026"),
    ("R-08", "Thu gom phoi thép, đầu mẩu nhíp thừa ở xưởng, bán lại cho các hợp tác xã rèn làm phôi dao nhỏ",
     "Phòng Vật tư", "", "hằng quý"),
    ("NHÓM SẢN PHẨM 4 — CHUNG CHO CÁC NHÓM",),
    ("R-09", "Đăng ký nhãn hiệu chung “Dao rèn Cao Bằng” cho sản phẩm làm từ phôi của hợp tác xã, in tem truy xuất lên "
     "hộp", "Phòng Hành chính - Nhân sự", "Sở Khoa học và Công nghệ tỉnh Cao Bằng", "quý II/2026"),
    ("R-10", "Tổ chức hội thi “Thợ rèn giỏi” cho thợ của các hợp tác xã liên kết, thưởng bằng búa máy, đe thép",
     "Công đoàn Công ty", "Phòng Kỹ thuật; Liên minh Hợp tác xã tỉnh", "tháng 9/2026"),
    ("R-11", "Tổng kết một năm liên kết, tính lại giá phôi, trình Hội đồng quản trị xem xét", "Phòng Kinh doanh",
     "Phòng Tài chính - Kế toán; Phòng Quản lý chất lượng", "trước 30/11/2026"),
]

AFTER = [
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Trưởng các phòng, xưởng và Chủ tịch Công đoàn Công ty làm theo bảng trên; hằng tháng báo tiến độ về Phòng "
     "Kinh doanh trước ngày 25.", "p"),
    ("2. Phòng Kinh doanh là đầu mối theo dõi chung, tổng hợp vướng mắc trình Tổng Giám đốc./.", "p"),
]


def shade(cell, fill: str) -> None:
    props = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    props.append(shd)


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "DAO KÉO THÉP HỒNG"], "Số: 58/KH-DKTH",
                 "Cao Bằng, ngày 11 tháng 8 năm 2025")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Liên kết với hợp tác xã rèn, mộc và nông nghiệp trong sản xuất, tiêu thụ dao kéo giai đoạn 2025 - 2026",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [COLUMNS, *ROWS])):
        if len(values) == 1:
            merged = row.cells[0].merge(row.cells[-1])
            cell_lines(merged, [values[0]], bold=(0,), center=False)
            shade(merged, "D9D9D9")
            continue
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            elif value:
                cell_lines(cell, [value], center=i in (0, 4))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản trị (b/c);", "- Các HTX liên kết;",
                          "- Các phòng, xưởng, Công đoàn Công ty;", "- Lưu: VT, KD."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "Nông Văn Thạch"])
    return saved(doc, author="Phòng Kinh doanh", editor="Văn thư Công ty",
                 title="Kế hoạch 58/KH-DKTH", created=datetime(2025, 8, 6, 9, 0, 0),
                 modified=datetime(2025, 8, 11, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
