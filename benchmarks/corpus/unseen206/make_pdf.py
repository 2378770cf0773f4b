"""Write b_ninh-binh_14-KH-HVNDG-2026_van-nghe-dan-gian-cau-chuyen-san-pham-htx.pdf, the two-hundred-and-sixth
held-out set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen206/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen206/make_pdf.py --html-only

A provincial folk arts association (Hội Văn nghệ dân gian tỉnh Ninh Bình, March 2026) collecting the lore of three
craft villages to write the "product stories" of their cooperatives' OCOP goods: the opening, I. purposes, II. an
indented BLOCK (no border: a bordered box printed different bytes once in ten) defining the three field teams by letter (Nhóm A, B, C, each with its unit and leader), III. one
bordered table TT | Việc | Nhóm | Phối hợp | Thời gian GROUPED BY COOPERATIVE (a full-width group row naming the
cooperative and its product over its rows, and a last group "Chung cho ba hợp tác xã"), whose doer cell holds ONLY
THE TEAM'S LETTER; IV. the Hội's own units as run-in bold names; the closing; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, table_start, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_ninh-binh_14-KH-HVNDG-2026_van-nghe-dan-gian-cau-chuyen-san-pham-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
div.box { padding: 0 0 0 10mm; margin: 4pt 0 8pt; font-size: 11pt; }
div.box p { margin: 0 0 2pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks th { text-align: center; }
table.tasks td.c { text-align: center; }
table.tasks td.g { font-weight: bold; font-style: italic; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("LIÊN HIỆP CÁC HỘI VHNT TỈNH NINH BÌNH", ""), ("HỘI VĂN NGHỆ DÂN GIAN", "b"),
             ("Số: 14/KH-HVNDG", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Ninh Bình, ngày 16 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Sưu tầm tri thức dân gian làng nghề, xây dựng câu chuyện sản phẩm cho hợp tác xã năm 2026"

BEFORE = [
    ("p", "Bộ tiêu chí đánh giá sản phẩm OCOP chấm điểm cả câu chuyện về sản phẩm, nhưng phần lớn hợp tác xã làng nghề "
          "chỉ viết được vài dòng giới thiệu chung. Sau khi tỉnh hợp nhất, ba hợp tác xã ở ba vùng của tỉnh đã đề nghị "
          "Hội giúp ghi lại nguồn gốc nghề, lời kể của nghệ nhân và tục thờ tổ nghề để làm câu chuyện sản phẩm. Hội "
          "Văn nghệ dân gian tỉnh đề ra Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Lưu giữ lời kể, nghi lễ, bài văn tế của các làng nghề trước khi lớp nghệ nhân cao tuổi không còn."),
    ("p", "- Mỗi hợp tác xã có một câu chuyện sản phẩm đúng với tư liệu, dùng được cho bao bì, hồ sơ OCOP và giới thiệu "
          "với khách du lịch; không hư cấu thêm truyền thuyết."),
    ("h", "II. CÁC NHÓM ĐIỀN DÃ"),
]

BOX = [
    "Nhóm A: Ban Nghiên cứu - Sưu tầm của Hội, trưởng nhóm hội viên Đỗ Văn Thiệp.",
    "Nhóm B: Chi hội Văn nghệ dân gian khu vực Nam Định, trưởng nhóm hội viên Trần Thị Nguyệt Ánh.",
    "Nhóm C: Chi hội Văn nghệ dân gian khu vực Hà Nam, trưởng nhóm hội viên Lại Văn Phúc.",
    "Trong bảng ở mục III, cột \"Nhóm\" chỉ ghi chữ cái của nhóm thực hiện.",
]

MIDDLE = [("h", "III. NỘI DUNG VÀ TIẾN ĐỘ")]

COLUMNS = ["TT", "Việc", "Nhóm", "Phối hợp", "Thời gian"]
WIDTHS = [5, 47, 8, 24, 16]
GROUPS = [
    ("HTX Cói Kim Sơn (xã Kim Sơn) - chiếu cói, thảm cói", [
        ("1", "Điền dã, ghi âm lời kể của các nghệ nhân về nghề dệt chiếu cói và lễ giỗ tổ nghề cói",
         "A", "UBND xã Kim Sơn", "Tháng 4/2026"),
        ("2", "Viết câu chuyện sản phẩm \"Chiếu cói Kim Sơn\": bản đầy đủ khoảng 1.000 chữ và bản rút gọn in trên "
              "bao bì", "A", "HTX Cói Kim Sơn", "Trước 31/5/2026"),
    ]),
    ("HTX Sơn mài Cát Đằng (xã Ý Yên) - tranh, hộp sơn mài", [
        ("3", "Sưu tầm truyền thuyết về ông tổ nghề sơn, bài văn tế và ảnh tư liệu của làng nghề", "B",
         "Bảo tàng tỉnh", "Tháng 5/2026"),
        ("4", "Viết câu chuyện sản phẩm tranh sơn mài, hộp sơn mài và chuyển ngữ sang tiếng Anh", "B",
         "Trường Đại học Hoa Lư", "Trước 15/7/2026"),
    ]),
    ("HTX Trống Đọi Tam (khu vực Duy Tiên) - trống da", [
        ("5", "Ghi hình quy trình bịt mặt trống, phỏng vấn các thợ cả về bí quyết căng da", "C",
         "Báo và Phát thanh, Truyền hình Ninh Bình", "Tháng 6/2026"),
        ("6", "Viết câu chuyện sản phẩm trống Đọi Tam và kịch bản trải nghiệm \"Một ngày làm thợ trống\" cho khách du "
              "lịch", "C", "Sở Văn hóa, Thể thao và Du lịch", "Trước 31/8/2026"),
    ]),
    ("Chung cho ba hợp tác xã", [
        ("7", "Tổ chức tọa đàm \"Làng nghề kể chuyện\", trao bản câu chuyện sản phẩm cho ba hợp tác xã", "A",
         "Liên minh Hợp tác xã tỉnh, Sở Công Thương", "Tháng 9/2026"),
    ]),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("r", "1. Văn phòng Hội", " dự trù kinh phí từ nguồn hỗ trợ hoạt động sáng tạo của Liên hiệp các Hội Văn học "
          "nghệ thuật tỉnh, trình Ban Thường vụ Hội trước ngày 31/3/2026."),
    ("r", "2. Ban Nghiên cứu - Sưu tầm", " biên tập tập sách \"Làng nghề kể chuyện\" gồm tư liệu và các câu chuyện sản "
          "phẩm đã hoàn thành, phối hợp Nhà xuất bản Văn hóa dân tộc xuất bản trong quý IV/2026."),
    ("r", "3. Các trưởng nhóm", " nộp bản ghi âm, ghi hình và tư liệu gốc về Văn phòng Hội để lưu trữ trong vòng 10 "
          "ngày sau mỗi đợt điền dã."),
    ("p", "Đề nghị ba hợp tác xã có tên trên bố trí nghệ nhân, thợ cả tiếp các nhóm và cho phép ghi âm, ghi hình tại "
          "xưởng."),
    ("p", "Trên đây là Kế hoạch của Hội Văn nghệ dân gian tỉnh; đề nghị các hội viên, các cơ quan, đơn vị liên quan "
          "phối hợp thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- Liên hiệp các Hội VHNT tỉnh (b/c);", "- Sở VHTTDL; LMHTX tỉnh;", "- 03 HTX có tên;",
            "- Các Chi hội, Ban của Hội;", "- Lưu: VP."]
SIGN = [("TM. BAN CHẤP HÀNH", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Vũ Thị Hằng Nga", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:15 in Việt Nam
PDF_DATE = b"D:20260316091500+07'00'"


def paragraph(kind: str, text: str, rest: str = "") -> str:
    if kind == "r":
        return f'<p class="t"><b>{e(text)}</b>{e(rest)}</p>'
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 14/KH-HVNDG", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(*item) for item in BEFORE]
    out.append('<div class="box">' + "".join(f'<p>{e(line)}</p>' for line in BOX) + '</div>')
    out += [paragraph(*item) for item in MIDDLE]
    out += table_start(WIDTHS, COLUMNS)
    for title, rows in GROUPS:
        out.append(f'<tr><td class="g" colspan="5">{e(title)}</td></tr>')
        for row in rows:
            out.append('<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i in (0, 2, 4) else f'<td>{e(v)}</td>'
                                        for i, v in enumerate(row)) + '</tr>')
    out += ['</tbody>', '</table>']
    out += [paragraph(*item) for item in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
