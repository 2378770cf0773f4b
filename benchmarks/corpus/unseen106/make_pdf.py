"""Write b_thanh-hoa_37-KH-TTCTXH-2026_nguoi-khuyet-tat-vao-htx.pdf, the hundred-and-sixth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen106/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen106/make_pdf.py --html-only

A SOCIAL WORK CENTRE's plan (Kế hoạch of a Trung tâm Công tác xã hội under a Sở Y tế, April 2026) for bringing people
with disabilities into cooperative groups and cooperatives: "Căn cứ" lines, I. purposes, II. three lettered groups of
"-" items in prose (the centre's rooms and outside bodies, each with its time), III. two numbered paragraphs, the
closing sentence, the signature beside "Nơi nhận". No table.

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
STEM = "b_thanh-hoa_37-KH-TTCTXH-2026_nguoi-khuyet-tat-vao-htx"
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
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ Y TẾ TỈNH THANH HÓA", ""), ("TRUNG TÂM CÔNG TÁC XÃ HỘI", "b"), ("Số: 37/KH-TTCTXH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Thanh Hóa, ngày 06 tháng 4 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Kết nối việc làm cho người khuyết tật tại tổ hợp tác, hợp tác xã năm 2026"

# "h" a section heading, "s" a group heading, "p" a paragraph
BODY = [
    ("p", "Căn cứ chức năng, nhiệm vụ của Trung tâm Công tác xã hội được Sở Y tế giao;"),
    ("p", "Căn cứ kết quả khảo sát nhu cầu việc làm của người khuyết tật trong độ tuổi lao động tại 14 xã, phường năm "
          "2025;"),
    ("p", "Trung tâm Công tác xã hội xây dựng Kế hoạch năm 2026 để đưa người khuyết tật vào làm việc tại tổ hợp tác, "
          "hợp tác xã, gồm các nội dung:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giúp ít nhất 120 người khuyết tật có việc làm ổn định tại các tổ hợp tác, hợp tác xã may, đan lát, làm "
          "hương, trồng nấm; hỗ trợ thành lập mới 03 tổ hợp tác do người khuyết tật làm nòng cốt."),
    ("h", "II. CÁC HOẠT ĐỘNG"),
    ("s", "a) Tư vấn, kết nối việc làm"),
    ("p", "- Phòng Tư vấn và Trợ giúp xã hội lập danh sách người khuyết tật có nhu cầu, kết nối với các hợp tác xã đang "
          "tuyển thành viên, người lao động; thực hiện trong quý II/2026."),
    ("p", "- Phòng Tư vấn và Trợ giúp xã hội cùng Hội Người khuyết tật tỉnh tổ chức 02 buổi gặp gỡ giữa người khuyết "
          "tật và hợp tác xã tại xã Hoằng Hóa và phường Hạc Thành, xong trước ngày 30/6/2026."),
    ("s", "b) Dạy nghề, hỗ trợ thành lập tổ hợp tác"),
    ("p", "- Đề nghị Trường Cao đẳng nghề Thanh Hóa mở 03 lớp dạy nghề đan cói, làm hương cho người khuyết tật; Phòng "
          "Hành chính - Tổng hợp bố trí phương tiện đưa đón học viên; từ tháng 5 đến tháng 8/2026."),
    ("p", "- Phòng Công tác xã hội cộng đồng hướng dẫn nhóm học viên sau khóa học thành lập tổ hợp tác, ký hợp đồng hợp "
          "tác theo Luật Hợp tác xã năm 2023; phối hợp Ủy ban nhân dân các xã có học viên; quý III/2026."),
    ("p", "- Liên minh Hợp tác xã tỉnh được đề nghị hỗ trợ 03 tổ hợp tác mới tham gia hội chợ sản phẩm của người "
          "khuyết tật nhân Ngày Quốc tế người khuyết tật (03/12/2026)."),
    ("s", "c) Truyền thông"),
    ("p", "- Phòng Công tác xã hội cộng đồng viết tin, bài giới thiệu các hợp tác xã sử dụng lao động là người khuyết "
          "tật, gửi Báo và Phát thanh, Truyền hình Thanh Hóa đăng phát; định kỳ mỗi quý."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Hành chính - Tổng hợp lập dự toán kinh phí thực hiện Kế hoạch, trình Giám đốc Trung tâm phê duyệt "
          "trong tháng 4/2026."),
    ("p", "2. Phòng Tư vấn và Trợ giúp xã hội là đầu mối theo dõi, tổng hợp kết quả, báo cáo Sở Y tế trước ngày "
          "15/12/2026."),
    ("p", "Các phòng thuộc Trung tâm Công tác xã hội tỉnh Thanh Hóa căn cứ Kế hoạch này để làm./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở Y tế (b/c);", "- Hội Người khuyết tật tỉnh;", "- LMHTX tỉnh;",
            "- Trường CĐ nghề Thanh Hóa;", "- Các phòng thuộc Trung tâm;", "- Lưu: VT, TV&TGXH."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lê Thị Hồng Nhung", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 9:15 in Việt Nam
PDF_DATE = b"D:20260406091500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 37/KH-TTCTXH", CSS)
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
