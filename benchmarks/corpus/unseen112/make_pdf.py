"""Write b_cua-lo-nghe-an_26-KH-TYT-2026_tui-so-cuu-htx-nghe-ca.pdf, the hundred-and-twelfth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen112/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen112/make_pdf.py --html-only

A ward health station's plan (April 2026): first-aid kits and first-aid training for the fishing cooperatives' boats.
I. purposes, II. numbered subject headings over "a)", "b)" items, each opening with its doer followed directly by its
verb, the time in the sentence; III. the station's own staff; the closing sentence; the signature beside "Nơi nhận".
No table.

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
STEM = "b_cua-lo-nghe-an_26-KH-TYT-2026_tui-so-cuu-htx-nghe-ca"
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

HEAD_LEFT = [("UBND PHƯỜNG CỬA LÒ", ""), ("TRẠM Y TẾ", "b"), ("Số: 26/KH-TYT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Cửa Lò, ngày 06 tháng 4 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Trang bị túi sơ cứu và tập huấn sơ cấp cứu cho tàu cá của các hợp tác xã, tổ hợp tác nghề cá năm 2026"

# "h" a section heading, "s" a subject heading, "p" a paragraph
BODY = [
    ("p", "Năm 2025 trên địa bàn phường có 7 trường hợp ngư dân bị tai nạn, đuối nước khi đánh bắt xa bờ, trong đó 3 "
          "trường hợp do không được sơ cứu kịp thời. Trạm Y tế phường xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Mỗi tàu cá của hợp tác xã, tổ hợp tác nghề cá trên địa bàn có túi sơ cứu đủ cơ số thuốc; mỗi tàu có ít "
          "nhất một thuyền viên biết sơ cứu, hô hấp nhân tạo trước mùa cá Nam."),
    ("h", "II. NỘI DUNG"),
    ("s", "1. Rà soát, cấp túi sơ cứu"),
    ("p", "a) Bộ phận Y tế cộng đồng rà soát số tàu, số thuyền viên của HTX Dịch vụ khai thác hải sản Nghi Thủy, HTX "
          "Đánh cá Thu Thủy và 4 tổ hợp tác nghề lưới rê, xong trước 30/4/2026."),
    ("p", "b) Bộ phận Dược lập dự trù cơ số thuốc, vật tư cho 112 túi sơ cứu, trình Trung tâm Y tế khu vực Cửa Lò "
          "phê duyệt trong tháng 4/2026."),
    ("p", "c) Ban quản trị các hợp tác xã nghề cá nhận túi, ký sổ giao nhận và phân về từng tàu trước khi ra khơi "
          "chuyến đầu mùa cá Nam (tháng 5/2026)."),
    ("s", "2. Tập huấn sơ cấp cứu"),
    ("p", "a) Bác sĩ Trạm mở 04 lớp tập huấn sơ cấp cứu đuối nước, chấn thương, say nắng cho thuyền trưởng, máy trưởng "
          "tại hội trường các HTX; phối hợp Hội Chữ thập đỏ phường chuẩn bị mô hình thực hành; thời gian tháng "
          "5 và tháng 6/2026."),
    ("p", "b) Đồn Biên phòng Cửa Hội phối hợp hướng dẫn thuyền viên cách gọi cấp cứu qua máy thông tin liên lạc tầm "
          "xa trong các buổi tập huấn nói trên."),
    ("s", "3. Bổ sung thuốc và theo dõi"),
    ("p", "a) Bộ phận Dược bổ sung thuốc đã dùng cho các túi sơ cứu sau mỗi chuyến biển, khi tàu cập cảng."),
    ("p", "b) Bộ phận Y tế cộng đồng ghi chép các ca sơ cứu trên biển do thuyền viên báo lại, tổng hợp vào báo cáo "
          "6 tháng và cả năm."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng Trạm phân công một viên chức theo dõi chung; tổng hợp kết quả, báo cáo Trung tâm Y tế khu vực Cửa Lò "
          "và UBND phường trước ngày 15/12/2026."),
    ("p", "Trên đây là Kế hoạch trang bị túi sơ cứu cho tàu cá của các hợp tác xã, tổ hợp tác nghề cá năm 2026 của "
          "Trạm Y tế phường Cửa Lò./."),
]

NOI_NHAN = ["Nơi nhận:", "- TTYT khu vực Cửa Lò (b/c);", "- UBND phường (b/c);", "- Đồn BP Cửa Hội;",
            "- Hội CTĐ phường;", "- Các HTX, THT nghề cá;", "- Lưu: TYT."]
SIGN = [("TRƯỞNG TRẠM", "b"), ("", ""), ("", ""), ("", ""), ("Hồ Thị Minh Nguyệt", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:15 in Việt Nam
PDF_DATE = b"D:20260406091500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 26/KH-TYT", CSS)
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
