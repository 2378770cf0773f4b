"""Write a_dak-lak_118-KH-CBDN-2026_mrv-carbon-htx-ca-phe.docx, the hundred-and-sixty-second held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen162/make_docx.py [OUT]

A carbon-credit developer's plan (October 2026) for the second monitoring period of its low-emission coffee project
with three coffee cooperatives: the company's header (no parent body), "Căn cứ" lines, I. aims, II. scope, III. a
note that defines the measuring room's short name and says times are ISO weeks, then ONE bordered table Hạng mục |
Công việc | Phụ trách | Phối hợp | Hạn whose first column is a CATEGORY MERGED DOWN over its rows (four categories, eleven
rows; times "W44 (26 - 30/10)", "T11/2026", "Q1/2027" …), IV. the cooperatives' duty in one paragraph, V. the revenue
split (facts), VI. one paragraph; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its
number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.table import WD_ALIGN_VERTICAL
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_dak-lak_118-KH-CBDN-2026_mrv-carbon-htx-ca-phe.docx"

# (text, style): "h" a bold heading, "p" a paragraph, "i" an italic paragraph
BEFORE = [
    ("Căn cứ Hợp đồng hợp tác phát triển dự án giảm phát thải số 09/2025/HĐHT ký ngày 12/3/2025 giữa Công ty với HTX "
     "Cà phê Ea Tân, HTX Nông nghiệp Dịch vụ Hòa Đông và HTX Cà phê bền vững Cư Né;", "i"),
    ("Căn cứ kết quả kỳ giám sát thứ nhất (vụ 2025 - 2026) của Dự án \u201cCà phê phát thải thấp Đại Ngàn\u201d,", "i"),
    ("Công ty Cổ phần Tín chỉ Carbon Đại Ngàn ban hành Kế hoạch đo đạc, giám sát và thẩm định kỳ thứ hai như sau:", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Ghi nhận đầy đủ lượng phân bón hóa học, nước tưới, nhiên liệu chạy máy và sinh khối cây che bóng trên 1.240 ha "
     "cà phê của 812 hộ thành viên thuộc 03 hợp tác xã trong vụ 2026 - 2027.", "p"),
    ("- Có báo cáo giám sát được đơn vị thẩm định độc lập chấp thuận, làm cơ sở đăng ký phát hành tín chỉ kỳ 2.", "p"),
    ("II. PHẠM VI", "h"),
    ("Vườn cà phê của thành viên ba hợp tác xã tại các xã Ea Tân, Hòa Đông và Cư Né, tỉnh Đắk Lắk. Mỗi hợp tác xã chia "
     "thành các tổ sản xuất từ 15 đến 30 hộ; tổ trưởng do hợp tác xã cử, là người thu sổ và đi cùng cán bộ Công ty khi "
     "đo đạc.", "p"),
    ("III. NỘI DUNG, PHÂN CÔNG VÀ TIẾN ĐỘ", "h"),
    ("Ghi chú: Phòng Đo đạc, Báo cáo và Thẩm định viết tắt là Phòng MRV; thời hạn ghi theo tuần trong năm (W) hoặc "
     "theo tháng (T), quý (Q).", "i"),
]

AFTER = [
    ("IV. TRÁCH NHIỆM CỦA CÁC HỢP TÁC XÃ", "h"),
    ("Các hợp tác xã tham gia cử 01 cán bộ làm đầu mối với Phòng MRV, đôn đốc thành viên ghi Sổ nhật ký vườn đầy đủ, "
     "giữ nguyên số cây che bóng đã trồng trong suốt thời gian dự án; hộ nào rút khỏi dự án thì báo ngay cho Tổ Kỹ "
     "thuật hiện trường.", "p"),
    ("V. CHIA SẺ LỢI ÍCH", "h"),
    ("Doanh thu bán tín chỉ kỳ 2, sau khi trừ phí thẩm định và phí đăng ký, được chia 65% cho các hợp tác xã (theo lượng "
     "giảm phát thải đo được của từng hợp tác xã) và 35% cho Công ty. Hợp tác xã giữ lại không quá 10% phần được chia "
     "làm quỹ chung, phần còn lại trả cho hộ thành viên theo diện tích và kết quả ghi sổ.", "p"),
    ("VI. TỔ CHỨC THỰC HIỆN", "h"),
    ("Phòng Phát triển dự án làm đầu mối theo dõi tiến độ Kế hoạch, báo cáo Tổng Giám đốc vào sáng thứ Hai hằng tuần; "
     "phòng, tổ nào gặp vướng mắc báo cáo ngay để xử lý./.", "p"),
]

COLUMNS = ["Hạng mục", "Công việc", "Phụ trách", "Phối hợp", "Hạn"]
WIDTHS = [Cm(2.4), Cm(6.2), Cm(2.9), Cm(3.0), Cm(2.3)]
# (category, rows): the category's cell is merged down over its rows
TABLE = [
    ("1. Chuẩn bị vụ", [
        ("Ký phụ lục hợp đồng vụ 2026 - 2027 với từng hợp tác xã; chốt danh sách hộ và diện tích tham gia",
         "Phòng Pháp chế - Hợp đồng", "Phòng Phát triển dự án", "W44 (26 - 30/10)"),
        ("Đo lại ranh giới lô vườn bằng GPS cầm tay, đối chiếu ảnh vệ tinh; loại khỏi dự án các lô trồng mới trên đất "
         "rừng sau năm 2020", "Tổ Kỹ thuật hiện trường",
         "HTX Cà phê Ea Tân, HTX NNDV Hòa Đông, HTX Cà phê bền vững Cư Né", "W45 - W46 (02 - 13/11)"),
        ("Tập huấn ghi Sổ nhật ký vườn (phân bón, nước tưới, dầu chạy máy) cho tổ trưởng các tổ sản xuất",
         "Phòng MRV", "Trung tâm Khuyến nông tỉnh", "T11/2026"),
    ]),
    ("2. Giám sát trong vụ", [
        ("Lấy mẫu đất tầng 0 - 30 cm tại 120 điểm cố định, gửi phân tích hàm lượng carbon hữu cơ",
         "Tổ Kỹ thuật hiện trường", "Phòng thí nghiệm Đất - Phân bón Tây Nguyên", "Trước thu hoạch (chậm nhất 20/11)"),
        ("Thu Sổ nhật ký vườn, nhập số liệu vào phần mềm MRV", "Phòng MRV", "tổ trưởng các tổ sản xuất",
         "Hằng tháng, ngày 25"),
        ("Phúc tra ngẫu nhiên 10% số hộ về lượng phân bón đã ghi sổ", "Phòng MRV (TGĐ duyệt danh sách hộ)", "",
         "T12/2026"),
        ("Đo đường kính, chiều cao cây che bóng và cây trồng xen (muồng đen, sầu riêng, bơ) trong các ô tiêu chuẩn",
         "Tổ Kỹ thuật hiện trường", "Phòng MRV", "W50 - W51 (07 - 18/12)"),
    ]),
    ("3. Báo cáo, thẩm định", [
        ("Lập Báo cáo giám sát kỳ 2, gửi đơn vị thẩm định độc lập", "Phòng MRV", "Phòng Phát triển dự án",
         "15/01/2027"),
        ("Đón đoàn thẩm định khảo sát hiện trường, phỏng vấn hộ thành viên", "Phòng Phát triển dự án",
         "Công ty TNHH Kiểm định Phát thải Sao Việt; 03 HTX", "Q1/2027"),
        ("Giải trình, khắc phục các phát hiện của đoàn thẩm định", "Phòng MRV", "Tổ Kỹ thuật hiện trường",
         "10 ngày làm việc sau khi nhận biên bản"),
    ]),
    ("4. Chia sẻ lợi ích", [
        ("Chuyển phần doanh thu tín chỉ của từng hợp tác xã theo tỷ lệ tại Mục V", "Phòng Tài chính - Kế toán",
         "Phòng Pháp chế - Hợp đồng", "Sau khi bán tín chỉ kỳ 2"),
    ]),
]


def paragraphs(doc, items) -> None:
    for text, style in items:
        para(doc, text, bold=style == "h", italic=style == "i")


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "TÍN CHỈ CARBON ĐẠI NGÀN"], "Số: 118/KH-CBĐN",
                 "Buôn Ma Thuột, ngày 19 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Đo đạc, giám sát và thẩm định giảm phát thải vụ cà phê 2026 - 2027 tại các hợp tác xã tham gia Dự án "
              "\u201cCà phê phát thải thấp Đại Ngàn\u201d", bold=True, center=True)
    paragraphs(doc, BEFORE)
    n_rows = sum(len(rows) for _, rows in TABLE)
    table = doc.add_table(rows=1 + n_rows, cols=len(COLUMNS))
    set_borders(table, "single")
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            cell.width = WIDTHS[i]
    for cell, value in zip(table.rows[0].cells, COLUMNS):
        cell_lines(cell, [value], bold=(0,))
    r = 1
    for category, rows in TABLE:
        first, last = table.cell(r, 0), table.cell(r + len(rows) - 1, 0)
        merged = first.merge(last) if len(rows) > 1 else first
        merged.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        cell_lines(merged, [category], bold=(0,), center=False)
        for work, lead, partner, due in rows:
            cells = table.rows[r].cells
            cell_lines(cells[1], [work], center=False)
            cell_lines(cells[2], [lead], center=False)
            cell_lines(cells[3], [partner], center=False)
            cell_lines(cells[4], [due])
            r += 1
    paragraphs(doc, AFTER)
    signature_table(doc, ["Nơi nhận:", "- HĐQT (b/c);", "- Ban TGĐ;", "- 03 HTX tham gia;",
                          "- Các phòng, Tổ KTHT (t/h);", "- Lưu: VT, MRV."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Phan Đức Hậu"])
    return saved(doc, author="Phòng MRV", editor="Thư ký TGĐ", title="Kế hoạch 118/KH-CBĐN",
                 created=datetime(2026, 10, 14, 8, 20, 0), modified=datetime(2026, 10, 19, 16, 5, 0), revision=6)


if __name__ == "__main__":
    write(build, OUT)
