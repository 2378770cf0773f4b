"""Write b_dong-nai_27-KH-DDBQH-2026_doan-dbqh-khao-sat-luat-htx.pdf, the ninety-second held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen92/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen92/make_pdf.py --html-only

A provincial National Assembly delegation's plan for a survey of how the Law on Cooperatives 2023 is applied (May
2026): I. purpose, II. content and subjects, III. the method and timetable as numbered steps, IV. the duties of the
delegation's office, the People's Committee, the departments, the communes and the Front, each a numbered paragraph
opening with the body; the signature "KT. TRƯỞNG ĐOÀN / PHÓ TRƯỞNG ĐOÀN" beside "Nơi nhận". No table.

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
STEM = "b_dong-nai_27-KH-DDBQH-2026_doan-dbqh-khao-sat-luat-htx"
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
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("QUỐC HỘI KHÓA XVI", ""), ("ĐOÀN ĐẠI BIỂU QUỐC HỘI", "b"), ("TỈNH ĐỒNG NAI", "b"),
             ("Số: 27/KH-ĐĐBQH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đồng Nai, ngày 14 tháng 5 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Khảo sát việc thi hành Luật Hợp tác xã năm 2023 và các chính sách hỗ trợ hợp tác xã trên địa bàn tỉnh"

# "h" a section heading, "p" a paragraph
BODY = [
    ("p", "Để có thông tin phục vụ phiên giải trình của Ủy ban Kinh tế và Tài chính của Quốc hội về kinh tế tập thể, "
          "Đoàn đại biểu Quốc hội tỉnh Đồng Nai tổ chức khảo sát tại địa phương theo Kế hoạch sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Nắm tình hình thi hành Luật Hợp tác xã năm 2023 sau hai năm có hiệu lực, những quy định khó áp dụng đối với "
          "hợp tác xã ở tỉnh sau hợp nhất; tổng hợp kiến nghị của hợp tác xã, tổ hợp tác gửi Quốc hội."),
    ("h", "II. NỘI DUNG, ĐỐI TƯỢNG KHẢO SÁT"),
    ("p", "1. Nội dung: đăng ký, tổ chức lại, giải thể hợp tác xã; tài sản không chia; việc tiếp cận đất đai, tín dụng, "
          "đào tạo và các khoản hỗ trợ của Nhà nước từ ngày 01/7/2024 đến hết tháng 4/2026."),
    ("p", "2. Đối tượng: Ủy ban nhân dân tỉnh; Liên minh Hợp tác xã tỉnh, Sở Tài chính, Sở Nông nghiệp và Môi trường; "
          "khảo sát trực tiếp tại 05 xã, phường và 10 hợp tác xã, tổ hợp tác do Đoàn chọn."),
    ("h", "III. CÁCH THỨC VÀ THỜI GIAN"),
    ("p", "1. Phòng Công tác Quốc hội (Văn phòng Đoàn ĐBQH và HĐND tỉnh) xây dựng đề cương báo cáo, gửi các cơ quan, "
          "đơn vị được khảo sát trước ngày 25/5/2026."),
    ("p", "2. Các cơ quan, đơn vị được khảo sát gửi báo cáo bằng văn bản về Đoàn (qua Phòng Công tác Quốc hội) trước "
          "ngày 20/6/2026."),
    ("p", "3. Đoàn khảo sát làm việc trực tiếp với các xã, phường và hợp tác xã trong tháng 7/2026; lịch cụ thể thông "
          "báo sau."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Công tác Quốc hội chủ trì, phối hợp với Ban Kinh tế - Ngân sách HĐND tỉnh tổng hợp, dự thảo báo cáo "
          "của Đoàn gửi Ủy ban Kinh tế và Tài chính của Quốc hội chậm nhất ngày 31/8/2026."),
    ("p", "2. Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Sở Tài chính tổng hợp số liệu về hợp tác xã toàn tỉnh theo đề cương, "
          "thống nhất số liệu giữa vùng Đồng Nai cũ và Bình Phước cũ."),
    ("p", "3. Liên minh Hợp tác xã tỉnh, Sở Tài chính, Sở Nông nghiệp và Môi trường cử lãnh đạo làm việc với Đoàn, "
          "cung cấp hồ sơ, tài liệu khi Đoàn yêu cầu."),
    ("p", "4. Ủy ban nhân dân các xã, phường được khảo sát chuẩn bị nơi làm việc, mời đại diện hợp tác xã, tổ hợp tác "
          "và bố trí cho Đoàn đến tận cơ sở sản xuất theo lịch của Đoàn."),
    ("p", "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh giới thiệu 01 đại diện cùng đi khảo sát, gửi danh sách "
          "trước ngày 30/5/2026."),
    ("p", "6. Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh bố trí xe, kinh phí và đưa tin về hoạt động "
          "của Đoàn trên Trang thông tin điện tử trong suốt đợt khảo sát."),
]

NOI_NHAN = ["Nơi nhận:", "- UBKT&TC của Quốc hội (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- UBND tỉnh;",
            "- UBMTTQVN tỉnh;", "- LMHTX tỉnh, Sở TC, Sở NN&MT;", "- UBND các xã, phường có tên;",
            "- Lưu: VT, CTQH."]
SIGN = [("KT. TRƯỞNG ĐOÀN", "b"), ("PHÓ TRƯỞNG ĐOÀN", "b"), ("", ""), ("", ""), ("", ""), ("Điểu Thị Ngọc Bích", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:15 in Việt Nam
PDF_DATE = b"D:20260514091500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 27/KH-ĐĐBQH", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
