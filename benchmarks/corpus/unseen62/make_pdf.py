"""Write b_ha-noi_45-KH-HSV-2025_hoi-sinh-vien-cuoc-thi-htx-khoi-nghiep.pdf, the sixty-second held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen62/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen62/make_pdf.py --html-only

A students' association's plan (September 2025): the city Students' Association running a contest of student
start-up cooperatives. The header of the youth organisations ("HỘI SINH VIÊN VIỆT NAM" in place of the national
motto, the number "45-KH/HSV"); I. purposes, II. the contest, III. its timetable as "-" lines of rounds and dates
(no doer), IV. the organisation as numbered bodies over "-" items whose times refer to the rounds; the signature
beside "Nơi nhận". No table.

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
STEM = "b_ha-noi_45-KH-HSV-2025_hoi-sinh-vien-cuoc-thi-htx-khoi-nghiep"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 45% 55%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
.u { font-weight: bold; text-decoration: underline; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỘI SINH VIÊN VIỆT NAM", ""), ("THÀNH PHỐ HÀ NỘI", "b"), ("***", ""), ("Số: 45-KH/HSV", "")]
HEAD_RIGHT = [("HỘI SINH VIÊN VIỆT NAM", "u"), ("", ""), ("Hà Nội, ngày 22 tháng 9 năm 2025", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Tổ chức Cuộc thi \u201cSinh viên khởi nghiệp theo mô hình hợp tác xã\u201d năm học 2025 - 2026"

BODY = [
    ("p", "Thực hiện Chương trình công tác năm học 2025 - 2026 của Hội Sinh viên Việt Nam thành phố Hà Nội, nhằm "
          "khuyến khích sinh viên cùng góp vốn, góp sức làm ăn theo mô hình hợp tác xã, Ban Thư ký Hội Sinh viên "
          "thành phố ban hành Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Giúp sinh viên hiểu về hợp tác xã kiểu mới, nguyên tắc tự nguyện, cùng có lợi, quản lý dân chủ theo Luật "
          "Hợp tác xã năm 2023."),
    ("p", "- Tìm chọn, ươm tạo những nhóm sinh viên có dự án khả thi để thành lập tổ hợp tác, hợp tác xã sau khi ra "
          "trường."),
    ("h", "II. NỘI DUNG CUỘC THI"),
    ("p", "Đối tượng là các nhóm từ 03 đến 07 sinh viên đang học tại các trường đại học, học viện, cao đẳng trên địa "
          "bàn thành phố. Mỗi nhóm gửi một dự án kinh doanh chung (nông sản sạch, dịch vụ cho sinh viên, thủ công mỹ "
          "nghệ, du lịch làng nghề, công nghệ) kèm dự thảo điều lệ và phương án góp vốn của các thành viên."),
    ("h", "III. THỜI GIAN, TIẾN ĐỘ"),
    ("p", "- Phát động và nhận hồ sơ: từ 10/10 đến hết 15/11/2025."),
    ("p", "- Vòng sơ khảo (chấm hồ sơ): 17/11 - 30/11/2025, chọn 20 dự án."),
    ("p", "- Vòng bán kết (thuyết trình, có chuyên gia góp ý): tháng 12/2025, chọn 08 dự án."),
    ("p", "- Vòng chung kết và trao giải: dự kiến ngày 09/01/2026, dịp kỷ niệm Ngày truyền thống học sinh, sinh "
          "viên."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("s", "1. Ban Thư ký Hội Sinh viên thành phố"),
    ("p", "- Ban hành Thể lệ, phát động Cuộc thi trên toàn địa bàn; hoàn thành trước ngày 10/10/2025."),
    ("p", "- Thành lập Ban Giám khảo gồm đại diện Hội, chuyên gia của Liên minh Hợp tác xã thành phố, ngân hàng và "
          "doanh nghiệp; xong trước vòng sơ khảo."),
    ("p", "- Tổ chức vòng chung kết, lễ trao giải; chuẩn bị kinh phí khen thưởng từ nguồn xã hội hóa."),
    ("s", "2. Văn phòng Hội Sinh viên thành phố"),
    ("p", "Đăng tải thể lệ, tin bài về Cuộc thi và các dự án trên trang tin và fanpage của Hội suốt thời gian diễn ra "
          "Cuộc thi; phối hợp Báo Tuổi trẻ Thủ đô đưa tin vòng chung kết."),
    ("s", "3. Hội Sinh viên các trường đại học, học viện, cao đẳng"),
    ("p", "Phát động trong trường, phối hợp với Đoàn Thanh niên nhà trường hướng dẫn các nhóm lập hồ sơ, mỗi trường "
          "gửi tối thiểu 02 dự án về Ban Thư ký trước ngày 15/11/2025."),
    ("s", "4. Đề nghị Liên minh Hợp tác xã thành phố Hà Nội"),
    ("p", "- Cử chuyên gia góp ý, tư vấn cho 20 dự án vào vòng bán kết."),
    ("p", "- Hướng dẫn các nhóm đạt giải hoàn thiện hồ sơ đăng ký thành lập tổ hợp tác, hợp tác xã trong quý I/2026."),
    ("s", "5. Trung tâm Hỗ trợ thanh niên khởi nghiệp (Thành đoàn Hà Nội)"),
    ("p", "Ươm tạo 03 dự án đạt giải cao nhất trong 06 tháng kể từ ngày trao giải: bố trí chỗ làm việc, kết nối quỹ "
          "và nhà đầu tư."),
    ("p", "Ban Thư ký tổng hợp kết quả Cuộc thi, báo cáo Thường trực Trung ương Hội và Ban Thường vụ Thành đoàn chậm "
          "nhất 15 ngày sau lễ trao giải."),
]

NOI_NHAN = ["Nơi nhận:", "- TW Hội SVVN (b/c);", "- BTV Thành đoàn (b/c);", "- LMHTX TP Hà Nội;",
            "- Hội SV các trường ĐH, HV, CĐ;", "- Lưu: VP."]
SIGN = [("TM. BAN THƯ KÝ", "b"), ("PHÓ CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Trần Minh Khôi", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:20 in Việt Nam
PDF_DATE = b"D:20250922152000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 45-KH/HSV", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "s": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
