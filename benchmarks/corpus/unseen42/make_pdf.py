"""Write b_hue_1486-KH-SGDDT-2026_so-giao-duc-htx-trong-truong-hoc.pdf, the forty-second held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen42/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen42/make_pdf.py --html-only

A city Sở Giáo dục và Đào tạo's plan (August 2026) piloting student cooperatives in five schools and centres for one
school year: I. purposes; II. a bordered table of the pilot units (facts, no task); III. the Sở's rooms as numbered
headings with a colon over "-" items, two rooms' work run on after the colon, the pilot units as a class heading, then
two numbered requests to bodies outside; times by the school year (terms, the opening day, Tết); IV. one paragraph; the
closing sentence, the signature beside "Nơi nhận".

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
STEM = "b_hue_1486-KH-SGDDT-2026_so-giao-duc-htx-trong-truong-hoc"
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
p.s { text-indent: 10mm; font-weight: bold; margin: 6pt 0 3pt; }
table.units { border-collapse: collapse; width: 100%; font-size: 10.5pt; margin: 4pt 0 8pt; }
table.units th, table.units td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; }
table.units td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND THÀNH PHỐ HUẾ", ""), ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "b"), ("Số: 1486/KH-SGDĐT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Huế, ngày 18 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thí điểm mô hình hợp tác xã trong trường học năm học 2026 - 2027"

UNITS_HEAD = ["TT", "Đơn vị thí điểm", "Hoạt động của hợp tác xã học sinh", "Học sinh tham gia (dự kiến)"]
UNITS = [
    ("1", "Trường THPT Hương Trà", "Trồng rau thủy canh, bán tại căng tin trường", "45"),
    ("2", "Trường THPT Vinh Lộc", "Phơi, đóng gói hải sản khô cùng hợp tác xã nghề cá địa phương", "38"),
    ("3", "Trường THPT Nam Đông", "Ươm cây giống bản địa, làm mật ong rừng", "30"),
    ("4", "Trung tâm GDNN - GDTX Phong Điền", "May đồng phục, túi vải theo đơn đặt hàng", "52"),
    ("5", "Trung tâm GDNN - GDTX Phú Vang", "Dịch vụ ảnh, hướng dẫn viên nhí tại làng nghề", "40"),
]

# "h" a section heading, "s" a room's or a class's heading, "r" a room's bold name with its work run on after the colon,
# "p" a paragraph, "t" the table of pilot units
BODY = [
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Giúp học sinh làm quen với cách làm ăn tập thể: góp vốn nhỏ, bầu ban điều hành, ghi chép sổ sách, chia "
          "lãi minh bạch; gắn với giáo dục hướng nghiệp và giáo dục địa phương."),
    ("p", "- Hợp tác xã học sinh hoạt động ngoài giờ học chính khóa, không thu tiền của cha mẹ học sinh, có giáo viên "
          "cố vấn và sự đồng hành của một hợp tác xã thật ở địa phương."),
    ("h", "II. ĐƠN VỊ THÍ ĐIỂM"),
    ("t", ""),
    ("h", "III. NHIỆM VỤ CỤ THỂ"),
    ("s", "1. Phòng Giáo dục phổ thông:"),
    ("p", "- Chủ trì soạn hướng dẫn khung về tổ chức, hoạt động của hợp tác xã học sinh (điều lệ mẫu, sổ thu chi, "
          "quy định an toàn lao động), trình Giám đốc Sở ban hành trước ngày khai giảng (05/9/2026)."),
    ("p", "- Phối hợp với Liên minh Hợp tác xã thành phố tập huấn cho giáo viên cố vấn và ban điều hành hợp tác xã "
          "học sinh của 05 đơn vị; hoàn thành trong tháng 9/2026."),
    ("p", "- Lồng ghép chuyên đề \"Hợp tác xã và làm ăn tập thể\" vào hoạt động trải nghiệm, hướng nghiệp lớp 10, "
          "lớp 11 của các trường thí điểm, thực hiện trong học kỳ I."),
    ("r", "2. Phòng Giáo dục nghề nghiệp và Giáo dục thường xuyên: hướng dẫn hai trung tâm GDNN - GDTX gắn hoạt động "
          "của hợp tác xã học sinh với nghề đang dạy, nhận đơn hàng thật từ doanh nghiệp và hợp tác xã; thời gian "
          "học kỳ II (tháng 02 - 5/2027)."),
    ("r", "3. Phòng Kế hoạch - Tài chính: tham mưu bố trí kinh phí hỗ trợ ban đầu 15 triệu đồng cho mỗi đơn vị thí "
          "điểm từ nguồn chi sự nghiệp giáo dục, trước ngày 30/9/2026."),
    ("s", "4. Các trường, trung tâm thí điểm:"),
    ("p", "- Thành lập hợp tác xã học sinh, chọn giáo viên cố vấn, xây dựng kế hoạch hoạt động cả năm học, gửi về Sở "
          "(qua Phòng Giáo dục phổ thông) trước ngày 30/9/2026."),
    ("p", "- Tổ chức phiên chợ sản phẩm của hợp tác xã học sinh vào dịp Tết Nguyên đán (tháng 02/2027), mời cha mẹ "
          "học sinh và các hợp tác xã đồng hành tham dự."),
    ("p", "- Báo cáo sơ kết học kỳ I trước ngày 20/01/2027 và tổng kết năm học trước ngày 25/5/2027."),
    ("p", "5. Đề nghị Liên minh Hợp tác xã thành phố giới thiệu mỗi đơn vị thí điểm một hợp tác xã đồng hành, cử "
          "chuyên gia hướng dẫn học sinh lập phương án kinh doanh; thực hiện ngay từ đầu năm học."),
    ("p", "6. Đề nghị Thành đoàn Huế chỉ đạo Đoàn trường các đơn vị thí điểm đưa hợp tác xã học sinh vào sinh hoạt "
          "chi đoàn, tổ chức cuộc thi ý tưởng khởi nghiệp hợp tác xã cho đoàn viên trong tháng 3/2027."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Giao Phòng Giáo dục phổ thông làm đầu mối theo dõi, hướng dẫn các đơn vị; tổng hợp kết quả thí điểm, đề "
          "xuất Giám đốc Sở báo cáo Ủy ban nhân dân thành phố việc nhân rộng mô hình trước ngày 15/6/2027."),
    ("p", "Vướng mắc phát sinh, các đơn vị liên hệ Phòng Giáo dục phổ thông (số điện thoại 0234.3822.416) để được "
          "giải đáp./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND thành phố (b/c);", "- Liên minh HTX thành phố;", "- Thành đoàn Huế;",
            "- Giám đốc, các PGĐ Sở;", "- Các đơn vị thí điểm (t/h);", "- Lưu: VT, GDPT."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Tôn Thất Hữu Khang", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:40 in Việt Nam
PDF_DATE = b"D:20260818094000+07'00'"


def units_table() -> str:
    head = "".join(f"<th>{e(h)}</th>" for h in UNITS_HEAD)
    rows = "".join("<tr>" + "".join(f'<td class="{"c" if i in (0, 3) else ""}">{e(v)}</td>' for i, v in enumerate(r))
                   + "</tr>" for r in UNITS)
    return (f'<table class="units"><colgroup><col style="width:7%"><col style="width:33%"><col style="width:44%">'
            f'<col style="width:16%"></colgroup><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>')


def build_html() -> str:
    out = page_start("Kế hoạch 1486/KH-SGDĐT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out.append('<p class="t">Thực hiện Công văn số 2375/UBND-VX ngày 22/7/2026 của Ủy ban nhân dân thành phố về thí '
               'điểm mô hình hợp tác xã trong trường học, trên cơ sở đề xuất của Liên minh Hợp tác xã thành phố, Sở '
               'Giáo dục và Đào tạo xây dựng Kế hoạch thí điểm tại 05 đơn vị trong năm học 2026 - 2027 như sau:</p>')
    for kind, text in BODY:
        if kind == "r":
            name, work = text.split(": ", 1)
            out.append(f'<p class="t"><b>{e(name)}:</b> {e(work)}</p>')
            continue
        out.append({"h": f'<h3>{e(text)}</h3>', "s": f'<p class="s">{e(text)}</p>', "p": f'<p class="t">{e(text)}</p>',
                    "t": units_table()}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
