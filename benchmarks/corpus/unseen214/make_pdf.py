"""Write b_hue_36-KH-LTESOS-2026_lang-sos-thanh-nien-vao-htx-sao-uu-tien.pdf, the two-hundred-and-fourteenth held-out
set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen214/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen214/make_pdf.py --html-only

An SOS children's village's plan (September 2026) placing its grown youths in cooperatives for apprenticeships and
jobs, and buying the family houses' food from cooperatives: the opening, I. facts and targets, II. a legend of the
PRIORITY STARS (★★★ / ★★ / ★), then ONE bordered table STT | Việc | Ưu tiên | Phụ trách | Cùng làm | Xong trước whose
rows are SORTED BY PRIORITY (three band rows name the levels) and whose doers are the village's POSTS ("Giám đốc
Làng", "Cán bộ xã hội", "Kế toán Làng", "Trưởng Nhà Thanh niên"); III. two numbered paragraphs; the closing
sentence; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif (the stars from DejaVu Sans).
"""

from __future__ import annotations

import sys
import re
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

#: every run of stars is set in DejaVu Sans, upright and of normal weight (DejaVu Serif has no star)
STARS = re.compile("★+")

HERE = Path(__file__).resolve().parent
STEM = "b_hue_36-KH-LTESOS-2026_lang-sos-thanh-nien-vao-htx-sao-uu-tien"
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
.star { font-family: "DejaVu Sans"; font-weight: normal; font-style: normal; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks td.hd { text-align: center; font-weight: bold; }
table.tasks td.c { text-align: center; }
table.tasks td.band { font-weight: bold; font-style: italic; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỘI LÀNG TRẺ EM SOS VIỆT NAM", ""), ("LÀNG TRẺ EM SOS HUẾ", "b"), ("Số: 36/KH-LTESOS", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Huế, ngày 22 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Đưa thanh niên của Làng vào học nghề, làm việc tại hợp tác xã và mua thực phẩm của hợp tác xã năm 2026 - 2027"

BEFORE = [
    ("p", "Năm 2026 Làng có 14 thanh niên từ đủ 18 tuổi đang ở Nhà Thanh niên, trong đó 09 em chưa có việc làm ổn "
          "định; 12 gia đình SOS mỗi tháng chi khoảng 85 triệu đồng mua thực phẩm ở chợ. Nhiều hợp tác xã trên địa bàn "
          "thành phố Huế thiếu lao động trẻ và cần đầu ra ổn định. Làng trẻ em SOS Huế xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Ít nhất 08 thanh niên được nhận học nghề hoặc ký hợp đồng lao động với hợp tác xã trong năm 2027."),
    ("p", "- Từ 50% trở lên rau, gạo, trứng dùng trong các gia đình SOS được mua trực tiếp của hợp tác xã."),
    ("h", "II. CÁC VIỆC CẦN LÀM, SẮP THEO MỨC ƯU TIÊN"),
    ("p", "Ký hiệu ưu tiên: ★★★ làm ngay, không lùi thời hạn; ★★ làm sau khi xong các việc ★★★ có liên quan; ★ làm "
          "khi có điều kiện. Cột “Phụ trách” ghi chức danh người chịu trách nhiệm chính."),
]

COLUMNS = ["STT", "Việc", "Ưu tiên", "Phụ trách", "Cùng làm", "Xong trước"]
WIDTHS = [5, 41, 9, 15, 18, 12]
BANDS = {
    "1": "Mức ★★★",
    "5": "Mức ★★",
    "9": "Mức ★",
}
ROWS = [
    ("1", "Gặp từng thanh niên, ghi nguyện vọng nghề, sức khỏe, trình độ; lập hồ sơ giới thiệu việc làm", "★★★",
     "Cán bộ xã hội", "Trưởng Nhà Thanh niên", "15/10/2026"),
    ("2", "Làm việc với Liên minh Hợp tác xã thành phố Huế để chọn hợp tác xã nhận thanh niên học nghề", "★★★",
     "Giám đốc Làng", "Cán bộ xã hội", "31/10/2026"),
    ("3", "Ký thỏa thuận nhận học nghề có trả lương với HTX Rau an toàn Hương Long, HTX Nông nghiệp Thủy Thanh",
     "★★★", "Giám đốc Làng", "Kế toán Làng", "30/11/2026"),
    ("4", "Đưa thanh niên đi khám sức khỏe, mua bảo hiểm y tế trước khi vào làm việc", "★★★",
     "Trưởng Nhà Thanh niên", "Trạm Y tế phường Kim Long", "30/11/2026"),
    ("5", "Chọn 02 hợp tác xã cung cấp rau, gạo, trứng; ký hợp đồng mua hàng tuần cho các gia đình SOS", "★★",
     "Kế toán Làng", "Các bà mẹ SOS", "15/12/2026"),
    ("6", "Theo dõi thanh niên tại nơi học nghề, mỗi tháng gặp hợp tác xã một lần", "★★", "Cán bộ xã hội", "",
     "Hằng tháng"),
    ("7", "Hỗ trợ mỗi thanh niên học nghề tiền đi lại, ăn trưa trong 06 tháng đầu", "★★", "Kế toán Làng",
     "Cán bộ xã hội", "Quý I/2027"),
    ("8", "Mời chủ nhiệm hợp tác xã nói chuyện nghề nghiệp với thanh niên 16 - 17 tuổi của Làng", "★★",
     "Trưởng Nhà Thanh niên", "Liên minh Hợp tác xã thành phố Huế", "Tháng 3/2027"),
    ("9", "Vận động nhà tài trợ góp vốn để 02 - 03 thanh niên làm thành viên góp vốn của hợp tác xã", "★",
     "Giám đốc Làng", "Văn phòng Hội Làng trẻ em SOS Việt Nam", "Năm 2027"),
    ("10", "Làm vườn rau mẫu trong khuôn viên Làng do hợp tác xã hướng dẫn kỹ thuật", "★", "Trưởng Nhà Thanh niên",
     "HTX Rau an toàn Hương Long", "Tháng 6/2027"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Cán bộ xã hội giúp Giám đốc Làng theo dõi việc thực hiện, gửi báo cáo kết quả trước ngày 25/6/2027."),
    ("p", "2. Đề nghị UBND phường Kim Long hỗ trợ xác nhận hồ sơ, giới thiệu thanh niên của Làng với các hợp tác xã "
          "trên địa bàn phường."),
    ("p", "Trên đây là Kế hoạch của Làng trẻ em SOS Huế; các bộ phận, cá nhân được phân công thực hiện nghiêm túc./."),
]

NOI_NHAN = ["Nơi nhận:", "- Văn phòng Hội Làng trẻ em SOS Việt Nam (b/c);", "- LMHTX thành phố Huế;",
            "- UBND phường Kim Long;", "- Các HTX liên quan;", "- Lưu: VT."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Tôn Nữ Bích Liên", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:30 in Việt Nam
PDF_DATE = b"D:20260922093000+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def table_start(widths, header_row) -> list[str]:
    """The table up to its body; the header cells are bold ordinary cells (no <th>, whose structure Chromium tags
    differently from one print to the next)."""
    return ['<table class="tasks">',
            '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in widths) + '</colgroup>',
            '<tbody>', '<tr>' + "".join(f'<td class="hd">{e(h)}</td>' for h in header_row) + '</tr>']


def build_html() -> str:
    out = page_start("Kế hoạch 36/KH-LTESOS", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        if row[0] in BANDS:
            out.append(f'<tr><td class="band" colspan="6">{e(BANDS[row[0]])}</td></tr>')
        cells = []
        for i, v in enumerate(row):
            if i == 2:
                cells.append(f'<td class="c">{e(v)}</td>')
            elif i in (0, 5):
                cells.append(f'<td class="c">{e(v)}</td>')
            else:
                cells.append(f'<td>{e(v)}</td>')
        out.append('<tr>' + "".join(cells) + '</tr>')
    out += ['</tbody>', '</table>']
    out += [paragraph(kind, text) for kind, text in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return STARS.sub(lambda m: f'<span class="star">{m.group(0)}</span>', "\n".join(out))


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
