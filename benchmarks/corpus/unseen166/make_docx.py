"""Write a_khanh-hoa_37-KH-HT-2026_chuyen-muc-truyen-hinh-htx.docx, the hundred-and-sixty-sixth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen166/make_docx.py [OUT]

A television production company's plan (Khánh Hòa, August 2026) for a five-episode TV series about cooperatives that
the provincial Báo và Phát thanh, Truyền hình ordered from it: I. purposes, II. length and channel (facts), III. one
bordered table of the EPISODES — Số | Chủ đề - hợp tác xã được giới thiệu | Ê-kíp | Phối hợp | Ghi hình | Phát sóng —
with TWO TIME COLUMNS (the days of filming and the day of broadcast, both yearless), a crews' cell once with a team in
brackets and once with two crews, then a note under the table; IV. numbered duties of the company's units in prose;
the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

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
OUT = HERE / "a_khanh-hoa_37-KH-HT-2026_chuyen-muc-truyen-hinh-htx.docx"

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Giới thiệu với khán giả cách làm ăn mới của các hợp tác xã, tổ hợp tác ở vùng biển, vùng núi và vùng khô hạn "
     "của tỉnh sau hợp nhất; để chính thành viên hợp tác xã kể chuyện của mình, không đọc thay lời bình.", "p"),
    ("- Mỗi số dài 15 phút, có phụ đề; hình ảnh quay tại nơi sản xuất thật, không dàn dựng.", "p"),
    ("- Giữ an toàn cho người và thiết bị khi ghi hình trên biển, trên nương rẫy và trong mùa mưa bão.", "p"),
    ("II. THỜI LƯỢNG, KÊNH PHÁT SÓNG", "h"),
    ("Chuyên mục gồm 05 số, phát trên kênh KTV1 lúc 20 giờ 15 phút thứ Bảy, hai tuần một số, phát lại lúc 10 giờ "
     "sáng Chủ nhật liền sau. Công ty bố trí hai ê-kíp: Ê-kíp 1 do đạo diễn Trần Minh Quân phụ trách, Ê-kíp 2 do "
     "đạo diễn Lâm Thị Kiều Oanh phụ trách; mỗi ê-kíp gồm biên tập viên, 02 quay phim và 01 kỹ thuật âm thanh.", "p"),
    ("III. LỊCH GHI HÌNH, PHÁT SÓNG", "h"),
]

COLUMNS = ["Số", "Chủ đề - hợp tác xã được giới thiệu", "Ê-kíp", "Phối hợp", "Ghi hình", "Phát sóng"]
WIDTHS = [Cm(1.0), Cm(5.0), Cm(2.2), Cm(3.6), Cm(2.0), Cm(2.2)]
ROWS = [
    ("1", "Muối sạch trên cánh đồng Hòn Khói: HTX Muối Đông Hòa chuyển sang làm muối trải bạt, bán muối có nhãn",
     "Ê-kíp 1", "HTX Muối Đông Hòa; UBND phường Đông Ninh Hòa", "07 - 09/9", "19/9"),
    ("2", "Sầu riêng Khánh Sơn đi siêu thị: HTX Nông nghiệp Sơn Bình và chuyện mã số vùng trồng",
     "Ê-kíp 2 (flycam: Tổ Kỹ thuật)", "HTX Nông nghiệp Sơn Bình; Liên minh HTX tỉnh", "21 - 23/9", "03/10"),
    ("3", "Tổ cộng đồng nuôi tôm hùm lồng ở đầm Vân Phong: THT Nuôi tôm hùm thôn Xuân Tự giữ sạch mặt nước",
     "Ê-kíp 1", "UBND xã Vạn Hưng", "05 - 06/10", "17/10"),
    ("4", "Nho, táo và dê cừu: HTX Nho Thái An đón khách tham quan vườn",
     "Ê-kíp 2", "HTX Nho Thái An, UBND xã Vĩnh Hải", "19 - 21/10", "31/10"),
    ("5", "Sợi thổ cẩm Chăm gặp khách du lịch: HTX Dệt thổ cẩm Mỹ Nghiệp",
     "Ê-kíp 1, Ê-kíp 2", "HTX Dệt thổ cẩm Mỹ Nghiệp", "02 - 04/11", "14/11/2026"),
]
NOTE = ("Ghi chú: ngày phát sóng do Báo và Phát thanh, Truyền hình Khánh Hòa xếp lịch, có thể lùi khi có chương trình "
        "đột xuất; ê-kíp giao bản dựng hoàn chỉnh của số mình chậm nhất 05 ngày trước ngày phát sóng.")

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Ban Biên tập hoàn thiện kịch bản khung của 05 số, gửi Báo và Phát thanh, Truyền hình Khánh Hòa duyệt trước "
     "ngày 31/8/2026; duyệt lời bình từng số trước khi dựng.", "p"),
    ("2. Đề nghị Liên minh Hợp tác xã tỉnh giới thiệu nhân vật, cung cấp số liệu về các hợp tác xã được chọn, cử cán "
     "bộ cùng đi với ê-kíp khi ghi hình (nếu được); trả lời Công ty bằng văn bản trước 28/8.", "p"),
    ("3. Ê-kíp 1 theo dõi bản tin dự báo thời tiết biển, lùi lịch ghi hình số 1 và số 3 khi có áp thấp nhiệt đới hoặc "
     "gió mạnh từ cấp 6 trở lên, báo ngay Ban Biên tập để xếp lại lịch.", "p"),
    ("4. Phòng Hậu kỳ dựng hình, lồng tiếng, làm phụ đề và đồ họa; giao bản phát sóng cho Báo và Phát thanh, Truyền "
     "hình Khánh Hòa chậm nhất 05 ngày trước ngày phát sóng của từng số.", "p"),
    ("5. Phòng Truyền thông số cắt mỗi số thành 03 clip ngắn, đăng trên fanpage, kênh YouTube và TikTok của Công ty "
     "trong vòng 48 giờ sau khi số đó lên sóng; tổng hợp lượt xem báo cáo Tổng Giám đốc hằng tháng.", "p"),
    ("6. Phòng Hành chính - Kế toán tạm ứng kinh phí, thuê xe, mua bảo hiểm cho ê-kíp trước mỗi chuyến đi; làm hồ sơ "
     "nghiệm thu, thanh lý Hợp đồng số 112/2026/HĐ-BPTTH trước ngày 15/12/2026.", "p"),
    ("Trên đây là Kế hoạch sản xuất chuyên mục \u201cHợp tác xã hôm nay\u201d năm 2026; các phòng, ê-kíp bám sát lịch, "
     "có vướng mắc báo cáo Tổng Giám đốc (qua Ban Biên tập) để xử lý./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "TRUYỀN THÔNG HÒN TRE"], "Số: 37/KH-HT",
                 "Khánh Hòa, ngày 18 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Sản xuất chuyên mục truyền hình \u201cHợp tác xã hôm nay\u201d năm 2026", bold=True, center=True)
    para(doc, "Thực hiện Hợp đồng đặt hàng số 112/2026/HĐ-BPTTH ngày 05/8/2026 với Báo và Phát thanh, Truyền hình "
              "Khánh Hòa về sản xuất chuyên mục \u201cHợp tác xã hôm nay\u201d giới thiệu các mô hình hợp tác xã tiêu "
              "biểu của tỉnh, Công ty Cổ phần Truyền thông Hòn Tre xây dựng Kế hoạch sản xuất như sau:")
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 4, 5))
    para(doc, NOTE, italic=True)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Báo và PT, TH Khánh Hòa (để p/h);", "- Liên minh HTX tỉnh;",
                          "- HĐQT Công ty (b/c);", "- Các phòng, ê-kíp (t/h);", "- Lưu: VT, BBT."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "Tôn Nữ Bảo Trâm"])
    return saved(doc, author="Ban Biên tập", editor="Văn thư Công ty",
                 title="Kế hoạch 37/KH-HT", created=datetime(2026, 8, 12, 8, 30, 0),
                 modified=datetime(2026, 8, 18, 16, 5, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
