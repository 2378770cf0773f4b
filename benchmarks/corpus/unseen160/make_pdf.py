"""Write b_ca-mau_63-KH-TSDM-2026_dieu-chinh-tien-do-htx-tom-rung-asc.pdf, the hundred-and-sixtieth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen160/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen160/make_pdf.py --html-only

A seafood processor's REVISED PLAN (Kế hoạch điều chỉnh, October 2026) of its link with shrimp-forest cooperatives
seeking ASC certification, after a spring-tide flood: an opening naming the earlier plan, I. two principles of the
revision, II. ONE TABLE TT (KH 35) | Công việc | Bộ phận phụ trách | Phối hợp | Thời hạn cũ | Thời hạn mới, whose
TT column keeps the earlier plan's numbers (with gaps), whose OLD deadlines are STRUCK THROUGH where a new one replaces
them, rows "giữ nguyên" (the old deadline stands), a row already done, a row dropped (struck through whole, "Bỏ"), and
a group row "Nội dung bổ sung" over three added rows numbered "BS1" … "BS3"; III. numbered duties; the signature
beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_ca-mau_63-KH-TSDM-2026_dieu-chinh-tien-do-htx-tom-rung-asc"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 11.5pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.adj { border-collapse: collapse; width: 100%; font-size: 10pt; margin: 4pt 0 8pt; }
table.adj th, table.adj td { border: 0.5pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.adj th { font-weight: bold; text-align: center; }
table.adj td.c { text-align: center; }
table.adj tr.group td { font-weight: bold; font-style: italic; }
table.adj tr.dropped td.w { text-decoration: line-through; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("CHẾ BIẾN THỦY SẢN ĐẤT MŨI", "b"), ("Số: 63/KH-TSĐM", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Cà Mau, ngày 16 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Điều chỉnh tiến độ Kế hoạch số 35/KH-TSĐM ngày 12/5/2026 về liên kết với các hợp tác xã nuôi tôm - rừng "
            "đạt chứng nhận ASC")

OPENING = [
    "Kế hoạch số 35/KH-TSĐM ngày 12/5/2026 của Công ty (sau đây gọi là Kế hoạch 35) đặt mục tiêu 04 hợp tác xã nuôi "
    "tôm - rừng ở các xã Tam Giang, Đất Mũi, Năm Căn được đánh giá chứng nhận ASC trong quý IV/2026. Đợt triều cường "
    "kèm mưa lớn từ ngày 18 đến ngày 24/9/2026 làm vỡ bờ bao nhiều vuông tôm, hai hợp tác xã phải ngừng thả giống; một "
    "hợp tác xã có văn bản xin rút khỏi liên kết. Tổng Giám đốc điều chỉnh tiến độ Kế hoạch 35 như sau:",
]
PRINCIPLES = [
    "- Việc đã làm xong thì ghi ngày hoàn thành; việc chưa xong được lùi thời hạn hoặc giữ nguyên; việc không còn phù "
    "hợp thì bỏ.",
    "- Trong bảng dưới đây, thời hạn cũ bị gạch ngang là thời hạn đã được thay bằng thời hạn ở cột \"Thời hạn mới\".",
]

COLUMNS = ["TT (KH 35)", "Công việc", "Bộ phận phụ trách", "Phối hợp", "Thời hạn cũ", "Thời hạn mới"]
WIDTHS = [7, 35, 15, 17, 12, 14]
# (tt, work, doer, partner, old, old struck?, new); a str is a group row; "drop" a dropped row (struck through whole)
ROWS = [
    ("1", "Khảo sát, lập sơ đồ vuông tôm và ranh rừng của 04 hợp tác xã", "Phòng Nguyên liệu",
     "Ban Quản lý rừng phòng hộ Đất Mũi", "15/6/2026", False, "Đã hoàn thành ngày 12/6/2026"),
    ("2", "Tập huấn nhóm nội kiểm (ICS) cho ban quản trị, tổ trưởng sản xuất của hợp tác xã về hồ sơ ASC",
     "Phòng Quản lý chất lượng", "Chi cục Thủy sản tỉnh Cà Mau", "31/8/2026", True, "15/11/2026"),
    ("4", "Hướng dẫn thành viên ghi nhật ký ao nuôi trên ứng dụng \"Tôm rừng Đất Mũi\" của Công ty",
     "Phòng Quản lý chất lượng", "HTX Tôm rừng Tam Giang", "30/9/2026", True, "Tháng 12/2026"),
    ("5", "Lấy mẫu nước, bùn đáy, tôm thương phẩm để kiểm tra dư lượng kháng sinh, kim loại nặng",
     "Phòng Quản lý chất lượng", "", "30/10/2026", False, "Giữ nguyên"),
    ("6", "Đánh giá nội bộ toàn bộ hồ sơ, ao nuôi trước khi mời tổ chức chứng nhận", "Phòng Quản lý chất lượng",
     "Phòng Nguyên liệu", "31/10/2026", True, "Quý I/2027"),
    ("7", "Ký hợp đồng với tổ chức chứng nhận, đăng ký đánh giá ASC chính thức", "Phòng Kinh doanh xuất khẩu",
     "Phòng Quản lý chất lượng", "Quý IV/2026", True, "Tháng 4/2027"),
    ("drop", "9", "Hỗ trợ HTX Nuôi tôm sinh thái Đất Mới làm cống, bọng thoát nước cho vuông tôm", "Phòng Nguyên liệu",
     "HTX Nuôi tôm sinh thái Đất Mới", "30/11/2026", "Bỏ (HTX đã rút khỏi liên kết, văn bản ngày 02/10/2026)"),
    ("10", "Thu mua tôm của hợp tác xã theo lịch thu hoạch, chuyển tiền vào tài khoản của hợp tác xã chậm nhất sau 05 "
     "ngày", "Trạm thu mua Năm Căn", "Phòng Kế toán", "Thường xuyên", False, "Giữ nguyên"),
    "Nội dung bổ sung",
    ("BS1", "Tạm ứng 300 triệu đồng, không tính lãi, để HTX Thủy sản Rạch Gốc đắp lại bờ bao 20 ha vuông tôm bị vỡ",
     "Phòng Kế toán", "Phòng Nguyên liệu", "-", False, "Trước 10/11/2026"),
    ("BS2", "Cung ứng bổ sung 2 triệu con giống tôm sú sạch bệnh cho các vuông bị thiệt hại, trừ dần vào tiền bán tôm",
     "Phòng Nguyên liệu", "HTX Thủy sản Rạch Gốc, HTX Tôm rừng Tam Giang", "-", False, "Tháng 01/2027"),
    ("BS3", "Rà soát hợp đồng bao tiêu năm 2027 với 03 hợp tác xã còn tham gia, thêm điều khoản thưởng giá khi đạt ASC",
     "Phòng Kinh doanh xuất khẩu", "Phòng Nguyên liệu", "-", False, "30/11/2026"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Nguyên liệu gửi Kế hoạch này đến 03 hợp tác xã còn tham gia liên kết và Chi cục Thủy sản tỉnh Cà "
          "Mau trước ngày 25/10/2026."),
    ("p", "2. Phòng Quản lý chất lượng theo dõi tiến độ, báo cáo Tổng Giám đốc vào ngày 05 hằng tháng cho đến khi các "
          "hợp tác xã được cấp chứng nhận ASC."),
    ("p", "3. Các nội dung khác của Kế hoạch 35 không nêu trong Kế hoạch này được giữ nguyên./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 03 HTX liên kết;", "- Chi cục Thủy sản tỉnh Cà Mau;",
            "- Các phòng, Trạm thu mua Năm Căn;", "- Lưu: VT, P.NL."]
SIGN = [("KT. TỔNG GIÁM ĐỐC", "b"), ("PHÓ TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""),
        ("Lâm Quốc Khải", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20261016143000+07'00'"


def row_html(row) -> str:
    if isinstance(row, str):
        return f'<tr class="group"><td colspan="{len(COLUMNS)}">{e(row)}</td></tr>'
    if row[0] == "drop":
        _, tt, work, doer, partner, old, new = row
        cells = [("c w", e(tt)), ("w", e(work)), ("w", e(doer)), ("w", e(partner)), ("c w", e(old)), ("c", e(new))]
        return '<tr class="dropped">' + "".join(f'<td class="{cls}">{text}</td>' for cls, text in cells) + '</tr>'
    tt, work, doer, partner, old, struck, new = row
    old_html = f"<s>{e(old)}</s>" if struck else e(old)
    cells = [("c", e(tt)), ("", e(work)), ("", e(doer)), ("", e(partner)), ("c", old_html), ("c", e(new))]
    return '<tr>' + "".join(f'<td class="{cls}">{text}</td>' if cls else f'<td>{text}</td>' for cls, text in cells) \
        + '</tr>'


def build_html() -> str:
    out = page_start("Kế hoạch 63/KH-TSĐM", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [f'<p class="t">{e(text)}</p>' for text in OPENING]
    out.append('<h3>I. NGUYÊN TẮC ĐIỀU CHỈNH</h3>')
    out += [f'<p class="t">{e(text)}</p>' for text in PRINCIPLES]
    out.append('<h3>II. NỘI DUNG ĐIỀU CHỈNH</h3>')
    out.append('<table class="adj">')
    out.append('<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>')
    out.append('<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in COLUMNS) + '</tr></thead>')
    out.append('<tbody>')
    out += [row_html(row) for row in ROWS]
    out.append('</tbody></table>')
    for kind, text in AFTER:
        out.append(f'<h3>{e(text)}</h3>' if kind == "h" else f'<p class="t">{e(text)}</p>')
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
