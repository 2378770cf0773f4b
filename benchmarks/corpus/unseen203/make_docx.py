"""Write a_quang-ngai_27-2026-KH-GBST_phoi-giong-bo-thit-htx.docx, the two-hundred-and-third held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen203/make_docx.py [OUT]

A beef-cattle breeding company's plan (August 2026) for artificial insemination of the cows of the livestock
cooperatives and cooperative groups linked to it over the 2026 - 2027 season, and for buying back the weaned
crossbred calves. I. targets ("-" lines), II. what the company pays for ("-" lines, no work), III. a sentence saying
how the table is read, then ONE bordered TWO-PARTY table: each row a stage (first column), then the COMPANY's duty with
its unit in brackets at the end of the cell, then the linked COOPERATIVES' duty, then ONE time cell shared by both
duties of the row; a few rows with one side "—"; IV. one paragraph; the closing sentence; the signature beside "Nơi
nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_quang-ngai_27-2026-KH-GBST_phoi-giong-bo-thit-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Từ năm 2025, Công ty liên kết sản xuất với 05 hợp tác xã và 02 tổ hợp tác chăn nuôi ở các xã Sa Thầy, Rờ "
     "Kơi, Ya Ly, Sa Bình, Mô Rai với tổng đàn 1.480 con bò cái nền, phần lớn là bò vàng địa phương tầm vóc nhỏ, bê "
     "bán ra chỉ đạt 90 - 110 kg lúc cai sữa. Để nâng tầm vóc đàn bê và có nguồn bê lai ổn định cho trại vỗ béo, Công "
     "ty xây dựng Kế hoạch mùa phối 2026 - 2027 với các nội dung dưới đây.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Phối tinh đông lạnh bò thịt cao sản cho ít nhất 900 con bò cái nền của các hợp tác xã, tổ hợp tác liên kết; "
     "tỷ lệ đậu thai sau hai lần phối đạt từ 65% trở lên.", "p"),
    ("- Mỗi hợp tác xã có ít nhất 02 dẫn tinh viên được cấp chứng chỉ, làm việc tại chỗ.", "p"),
    ("- Mua lại toàn bộ bê lai cai sữa đạt chuẩn của thành viên theo giá sàn đã thỏa thuận.", "p"),
    ("II. CÔNG TY HỖ TRỢ", "h"),
    ("- Tinh đông lạnh, nitơ lỏng và vật tư phối giống: Công ty cấp không thu tiền.", "p"),
    ("- Công lao động của dẫn tinh viên: Công ty trả 50%, hộ thành viên trả 50% (80.000 đồng mỗi lần phối).", "p"),
    ("- Bê lai đạt chuẩn được mua cao hơn giá bê địa phương cùng trọng lượng ít nhất 12%.", "p"),
    ("III. PHÂN CÔNG GIỮA CÔNG TY VÀ CÁC HỢP TÁC XÃ, TỔ HỢP TÁC", "h"),
    ("Mỗi dòng của bảng là một giai đoạn: việc của Công ty ghi ở cột (2), bộ phận làm ghi trong ngoặc ở cuối ô; việc "
     "của các HTX, THT liên kết ghi ở cột (3); thời hạn ở cột (4) áp dụng cho cả hai bên của dòng đó. Ô có dấu \"—\" là "
     "bên đó không có việc trong giai đoạn.", "p"),
]

COLUMNS = ["Giai đoạn", "Công ty thực hiện", "Các HTX, THT liên kết thực hiện", "Thời hạn"]
NUMBERS = ["(1)", "(2)", "(3)", "(4)"]
WIDTHS = [Cm(2.4), Cm(5.6), Cm(5.2), Cm(2.8)]
ROWS = [
    ("Chuẩn bị",
     "Ký phụ lục hợp đồng phối giống và bao tiêu bê lai với từng HTX, THT; chốt số bò đăng ký phối (Phòng Kinh doanh)",
     "Lập danh sách bò cái nền đủ điều kiện phối (từ 18 tháng tuổi, nặng trên 220 kg), ghi số tai từng con",
     "Trước 31/8/2026"),
    ("Đào tạo",
     "Mở 02 lớp dẫn tinh viên cho 14 học viên do các HTX cử; cấp chứng chỉ cho người đạt (Phòng Kỹ thuật giống; "
     "phối hợp: Trung tâm Khuyến nông tỉnh)",
     "—",
     "Tháng 9/2026"),
    ("Vật tư",
     "Giao bình chứa nitơ lỏng 3 lít, súng bắn tinh và tinh đông lạnh bò Brahman, Red Angus, BBB cho 09 điểm phối "
     "(Trạm phối giống Sa Thầy)",
     "—",
     "Trước 30/9/2026"),
    ("Phối giống",
     "Phối cho bò có biểu hiện động dục trong vòng 12 - 18 giờ kể từ khi HTX báo; ghi phiếu phối cho từng con (Trạm "
     "phối giống Sa Thầy)",
     "Theo dõi bò động dục hằng ngày, báo ngay cho Trạm qua số máy trực; giữ sổ phối giống của hợp tác xã",
     "Từ 01/10/2026 đến 31/3/2027"),
    ("Khám thai",
     "Khám thai bằng máy siêu âm cho bò đã phối được 60 ngày; phối lại những con không đậu (Phòng Kỹ thuật giống)",
     "Dồn bò về điểm khám theo lịch hẹn, mỗi điểm không quá 40 con một buổi",
     "Tháng 12/2026 - tháng 5/2027"),
    ("Chăm sóc bò chửa",
     "—",
     "Tẩy giun sán, cho bò chửa ăn thêm đá liếm khoáng; tiêm vắc xin đủ mũi theo lịch tiêm của xã",
     "Quý IV/2026"),
    ("Bê sinh ra",
     "Cấp giấy chứng nhận phối giống cho từng bê lai và nhập vào phần mềm quản lý giống (Phòng Kỹ thuật giống)",
     "—",
     "Trong 05 ngày làm việc sau khi HTX báo bê sinh"),
    ("Thu mua bê",
     "Cân và mua bê lai cai sữa từ 6 đến 7 tháng tuổi theo giá sàn của phụ lục hợp đồng (Phòng Kinh doanh)",
     "Gom bê về điểm cân của hợp tác xã, đối chiếu với sổ phối giống; chia tiền cho hộ thành viên",
     "Tháng 01 - tháng 3/2028"),
    ("Sơ kết",
     "Sơ kết mùa phối, tính tỷ lệ đậu thai của từng điểm phối và từng dẫn tinh viên (Ban Giám đốc)",
     "—",
     "Trước 30/4/2027"),
]

AFTER = [
    ("IV. THEO DÕI", "h"),
    ("Phòng Kỹ thuật giống tổng hợp số bò đã phối, đã khám thai của các điểm, báo cáo Tổng Giám đốc trước ngày 05 "
     "hằng tháng; khi tỷ lệ đậu thai của một điểm dưới 45% thì đề xuất đổi dẫn tinh viên hoặc đổi giống tinh.", "p"),
    ("Trên đây là Kế hoạch mùa phối giống 2026 - 2027 của Công ty. Các phòng, trạm của Công ty và các HTX, THT liên "
     "kết làm theo phần việc đã ghi trong bảng./.", "p"),
]


def task_table(doc):
    table = doc.add_table(rows=2 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [COLUMNS, NUMBERS, *ROWS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            elif n == 1:
                cell_lines(cell, [value], italic=(0,))
            else:
                cell_lines(cell, [value], bold=(0,) if i == 0 else (), center=i in (0, 3) or value == "—")
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "GIỐNG BÒ THỊT SA THẦY"], "Số: 27/2026/KH-GBST",
                 "Sa Thầy, ngày 06 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phối giống nhân tạo bò thịt và mua lại bê lai với các hợp tác xã, tổ hợp tác chăn nuôi liên kết mùa "
              "phối 2026 - 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    task_table(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng quản trị (b/c);", "- Các HTX, THT chăn nuôi liên kết;",
                          "- UBND các xã Sa Thầy, Rờ Kơi, Ya Ly, Sa Bình, Mô Rai;",
                          "- Sở Nông nghiệp và Môi trường (để biết);", "- Các phòng, Trạm phối giống (t/h);",
                          "- Lưu: VT, P.KTG."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "Đinh Quang Thạch"])
    return saved(doc, author="Phòng Kỹ thuật giống", editor="Văn thư Công ty",
                 title="Kế hoạch 27/2026/KH-GBST", created=datetime(2026, 8, 3, 9, 10, 0),
                 modified=datetime(2026, 8, 6, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
