"""Write b_dong-nai_58-KH-CVHLD-2026_phien-cho-tet-cong-doan-hang-htx.pdf, the two-hundred-and-twenty-first held-out
set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen221/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen221/make_pdf.py --html-only

A province's workers' cultural palace (Cung Văn hóa Lao động, under the Liên đoàn Lao động tỉnh Đồng Nai, November
2026) hosting a union Tết fair where cooperatives and cooperative groups sell to union members who pay with vouchers:
the opening, I. purposes (targets), II. a preparation table TT | Việc | Bộ phận thực hiện | Phối hợp | Xong trước,
III. an HOURLY RUN SHEET — one table a fair day under a bold day line ("NGÀY THỨ NHẤT - THỨ SÁU, 22/01/2027"), whose
first column is a clock span ("06h00 - 07h30") with no date of its own, then the work, the doing room, the partner;
IV. two numbered paragraphs after the fair; the closing sentence; the signature beside "Nơi nhận".
The tables are framed (an outer frame and a rule under the header row, no inner grid), their header rows plain cells in
bold: with <th> cells Chromium's tagged PDF carried ids that varied between prints.

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
STEM = "b_dong-nai_58-KH-CVHLD-2026_phien-cho-tet-cong-doan-hang-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.day { font-weight: bold; margin: 8pt 0 2pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks { border: 0.75pt solid #000; }
table.tasks th, table.tasks td { padding: 3pt 4pt; vertical-align: top; }
table.tasks tr.hd td { border-bottom: 0.75pt solid #000; font-weight: bold; text-align: center; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI", ""), ("CUNG VĂN HÓA LAO ĐỘNG", "b"), ("Số: 58/KH-CVHLĐ", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đồng Nai, ngày 18 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Tổ chức Phiên chợ Tết Công đoàn - Hàng hợp tác xã Xuân Đinh Mùi năm 2027"

BEFORE = [
    ("p", "Thực hiện chủ trương của Ban Thường vụ Liên đoàn Lao động tỉnh về chăm lo Tết cho đoàn viên, người lao động "
          "có hoàn cảnh khó khăn, Cung Văn hóa Lao động tỉnh cùng Liên minh Hợp tác xã tỉnh mở phiên chợ để "
          "các hợp tác xã, tổ hợp tác trong tỉnh bán trực tiếp nông sản, thực phẩm, hàng tiêu dùng cho đoàn viên; đoàn "
          "viên thanh toán bằng phiếu mua hàng do Công đoàn hỗ trợ. Phiên chợ họp hai ngày 22 và 23/01/2027 tại sân trung "
          "tâm của Cung."),
    ("h", "I. MỤC ĐÍCH, CHỈ TIÊU"),
    ("p", "- Bố trí 40 gian hàng cho khoảng 28 hợp tác xã, tổ hợp tác; ưu tiên sản phẩm OCOP, sản phẩm có truy xuất "
          "nguồn gốc."),
    ("p", "- Phát 12.000 phiếu mua hàng, mỗi phiếu trị giá 300.000 đồng, cho đoàn viên của các công đoàn cơ sở khu công "
          "nghiệp; hàng bán tại phiên chợ có giá thấp hơn giá thị trường từ 10% trở lên."),
    ("h", "II. CÔNG VIỆC CHUẨN BỊ"),
]

PREP_COLUMNS = ["TT", "Việc", "Bộ phận thực hiện", "Phối hợp", "Xong trước"]
PREP_WIDTHS = [5, 45, 17, 19, 14]
PREP = [
    ("1", "Gửi thư mời, nhận phiếu đăng ký gian hàng từ các hợp tác xã, tổ hợp tác; xếp vị trí gian theo nhóm hàng",
     "Phòng Dịch vụ", "Liên minh Hợp tác xã tỉnh", "15/12/2026"),
    ("2", "Xem xét giấy tờ về an toàn thực phẩm, nguồn gốc hàng hóa của từng đơn vị đăng ký; loại hàng không rõ xuất "
          "xứ", "Phòng Dịch vụ", "Chi cục An toàn vệ sinh thực phẩm tỉnh", "28/12/2026"),
    ("3", "In 12.000 phiếu mua hàng có số sê-ri, dấu nổi; bàn giao cho công đoàn cơ sở theo danh sách được duyệt",
     "Phòng Hành chính - Tổng hợp", "Ban Tài chính Liên đoàn Lao động tỉnh", "05/01/2027"),
    ("4", "Dựng 40 gian hàng khung nhôm, sân khấu, cổng chào; kéo điện chiếu sáng và ổ cắm cho từng gian",
     "Phòng Dịch vụ", "Công ty TNHH Tổ chức sự kiện Trấn Biên", "20/01/2027"),
    ("5", "Xây dựng chương trình văn nghệ chào Xuân do các câu lạc bộ của Cung và đội văn nghệ công nhân biểu diễn",
     "Phòng Văn hóa - Nghệ thuật", "", "15/01/2027"),
    ("6", "Lập phương án phòng cháy, chữa cháy, giữ xe và an ninh trật tự trong hai ngày họp chợ",
     "Đội Bảo vệ", "Công an phường Trấn Biên", "18/01/2027"),
]

RUN_COLUMNS = ["Giờ", "Việc", "Bộ phận thực hiện", "Phối hợp"]
RUN_WIDTHS = [14, 50, 18, 18]
DAYS = [
    ("NGÀY THỨ NHẤT - THỨ SÁU, 22/01/2027", [
        ("06h00 - 07h30", "Hợp tác xã, tổ hợp tác nhận gian, bày hàng; kiểm tra cân và bảng niêm yết giá của từng gian",
         "Phòng Dịch vụ", "Đội Quản lý thị trường số 2"),
        ("08h00 - 09h00", "Khai mạc phiên chợ; trao tượng trưng phiếu mua hàng cho 100 đoàn viên có hoàn cảnh khó "
                          "khăn", "Phòng Văn hóa - Nghệ thuật", "Ban Tuyên giáo - Nữ công Liên đoàn Lao động tỉnh"),
        ("19h00 - 21h00", "Biểu diễn văn nghệ chào Xuân; bốc thăm tặng quà cho đoàn viên mua hàng trong ngày",
         "Phòng Văn hóa - Nghệ thuật", ""),
    ]),
    ("NGÀY THỨ HAI - THỨ BẢY, 23/01/2027", [
        ("07h00 - 16h00", "Tư vấn pháp luật lao động, bảo hiểm xã hội cho đoàn viên tại gian thông tin",
         "Ban Chính sách - Pháp luật Liên đoàn Lao động tỉnh", "Bảo hiểm xã hội tỉnh Đồng Nai"),
        ("16h00 - 18h00", "Đối chiếu phiếu mua hàng đã thu của từng gian, lập bảng kê thanh toán có chữ ký của đại "
                          "diện hợp tác xã, tổ hợp tác", "Phòng Hành chính - Tổng hợp",
         "Ban Tài chính Liên đoàn Lao động tỉnh"),
        ("18h00 - 20h00", "Tháo dỡ gian hàng, thu gom rác, trả lại mặt bằng sân trung tâm", "Phòng Dịch vụ", ""),
    ]),
]

AFTER = [
    ("h", "IV. SAU PHIÊN CHỢ"),
    ("p", "1. Phòng Hành chính - Tổng hợp chuyển tiền quy đổi phiếu mua hàng vào tài khoản của từng hợp tác xã, tổ hợp "
          "tác trong 05 ngày làm việc kể từ ngày bế mạc."),
    ("p", "2. Phòng Dịch vụ tổng hợp doanh thu, ý kiến của đoàn viên và của các đơn vị bán hàng, giúp Giám đốc báo cáo "
          "Ban Thường vụ Liên đoàn Lao động tỉnh trước ngày 05/02/2027."),
    ("p", "Trên đây là Kế hoạch tổ chức Phiên chợ Tết Công đoàn - Hàng hợp tác xã năm 2027; các phòng, đội thuộc Cung "
          "triển khai thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- Thường trực LĐLĐ tỉnh (b/c);", "- Liên minh HTX tỉnh;", "- Các ban LĐLĐ tỉnh;",
            "- Công an phường Trấn Biên;", "- Các phòng, đội thuộc Cung;", "- Lưu: VT, DV."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lâm Quốc Tuấn", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20261118101500+07'00'"


def table_start(widths, header_row) -> list[str]:
    """A table up to its body; its header row is a row of bold cells (no <th>: Chromium gives each <th> of its tagged
    PDF an id that varied from one print to the next)."""
    return ['<table class="tasks">',
            '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in widths) + '</colgroup>',
            '<tbody>',
            '<tr class="hd">' + "".join(f'<td>{e(h)}</td>' for h in header_row) + '</tr>']


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def rows(values, centred) -> list[str]:
    return ['<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i in centred else f'<td>{e(v)}</td>'
                             for i, v in enumerate(row)) + '</tr>' for row in values]


def build_html() -> str:
    out = page_start("Kế hoạch 58/KH-CVHLĐ", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += table_start(PREP_WIDTHS, PREP_COLUMNS)
    out += rows(PREP, (0, 4))
    out += ['</tbody>', '</table>']
    out.append(paragraph("h", "III. LỊCH ĐIỀU HÀNH TRONG HAI NGÀY HỌP CHỢ"))
    for day, slots in DAYS:
        out.append(f'<p class="day">{e(day)}</p>')
        out += table_start(RUN_WIDTHS, RUN_COLUMNS)
        out += rows(slots, (0,))
        out += ['</tbody>', '</table>']
    out += [paragraph(kind, text) for kind, text in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
