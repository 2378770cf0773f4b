"""Write b_lang-son_09-KH-HDATVSLD-2026_thang-hanh-dong-atvsld-htx.pdf, the hundred-and-fifty-ninth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen159/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen159/make_pdf.py --html-only

A provincial occupational safety and health council's plan (Hội đồng An toàn, vệ sinh lao động tỉnh, April 2026) for
the action month on safety at work in cooperatives: I. purposes, II. theme and time (facts), III. the work laid out
BY WEEK of the action month — five headings ("Trước Tháng hành động (từ nay đến hết 30/4/2026)", "Tuần thứ nhất (từ
04/5 đến 10/5/2026)", …, "Sau Tháng hành động") over items NUMBERED 1 TO 11 RIGHT THROUGH THE HEADINGS, most without a
time of their own (the week's is theirs), some with one; doers in many forms ("X (cơ quan thường trực Hội đồng) …",
"X chủ trì, cùng Y …", "có sự tham gia của Y", "Đoàn kiểm tra liên ngành do X chủ trì …; thành viên đoàn gồm …",
"X chỉ đạo Y …", "Đề nghị X …", a qualified class, "Các thành viên Hội đồng"); IV. funding; the closing sentence; the
signature of the council's standing vice-chairman beside "Nơi nhận". No table.

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
STEM = "b_lang-son_09-KH-HDATVSLD-2026_thang-hanh-dong-atvsld-htx"
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
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 3pt; text-decoration: underline; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 52% 48%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH LẠNG SƠN", ""), ("HỘI ĐỒNG AN TOÀN, VỆ SINH", "b"), ("LAO ĐỘNG TỈNH", "b"),
             ("Số: 09/KH-HĐATVSLĐ", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lạng Sơn, ngày 10 tháng 4 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Triển khai Tháng hành động về an toàn, vệ sinh lao động năm 2026 trong các hợp tác xã, tổ hợp tác")

# "h" a section heading, "w" a week heading, "p" a paragraph
BODY = [
    ("p", "Năm 2025, trên địa bàn tỉnh xảy ra 04 vụ tai nạn lao động tại các hợp tác xã cưa xẻ gỗ rừng trồng, sấy hồi "
          "và sấy thạch đen, làm 02 người bị thương nặng. Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh về Tháng hành "
          "động về an toàn, vệ sinh lao động năm 2026, Hội đồng An toàn, vệ sinh lao động tỉnh ban hành Kế hoạch triển "
          "khai Tháng hành động trong các hợp tác xã, tổ hợp tác với các nội dung dưới đây:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Nâng cao hiểu biết của hội đồng quản trị hợp tác xã, tổ trưởng tổ hợp tác và người lao động về phòng ngừa "
          "tai nạn lao động, bệnh nghề nghiệp, nhất là khi vận hành máy cưa xẻ, lò sấy, nồi hơi và khi phun thuốc bảo "
          "vệ thực vật."),
    ("p", "2. Các hoạt động thiết thực, gắn với mùa vụ của hợp tác xã; không tổ chức hình thức, tốn kém."),
    ("h", "II. CHỦ ĐỀ, THỜI GIAN"),
    ("p", "Chủ đề: \u201cLàm việc an toàn - Hợp tác xã phát triển bền vững\u201d. Tháng hành động diễn ra từ ngày 01/5 "
          "đến hết ngày 31/5/2026; các việc chuẩn bị làm xong trong tháng 4/2026."),
    ("h", "III. CÁC HOẠT ĐỘNG THEO TỪNG TUẦN"),
    ("w", "Trước Tháng hành động (từ nay đến hết 30/4/2026)"),
    ("p", "1. Sở Nội vụ (cơ quan thường trực Hội đồng) gửi hướng dẫn và bảng tự kiểm tra điều kiện an toàn lao động "
          "đến các hợp tác xã, tổ hợp tác; phối hợp Liên minh Hợp tác xã tỉnh chuyển đến các hợp tác xã thành viên."),
    ("p", "2. Báo và Phát thanh, Truyền hình Lạng Sơn mở chuyên mục \u201cAn toàn lao động ở hợp tác xã\u201d, phát "
          "từ ngày 25/4 đến hết Tháng hành động."),
    ("w", "Tuần thứ nhất (từ 04/5 đến 10/5/2026)"),
    ("p", "3. Sở Nội vụ chủ trì, cùng Liên đoàn Lao động tỉnh tổ chức Lễ phát động Tháng hành động tại Hợp tác xã Chế "
          "biến lâm sản Hữu Lũng vào sáng ngày 05/5/2026; mời 30 hợp tác xã, tổ hợp tác dự."),
    ("p", "4. Sở Nông nghiệp và Môi trường tập huấn sử dụng thuốc bảo vệ thực vật an toàn cho tổ phun thuốc của 15 hợp "
          "tác xã trồng na, hồi, quế, thạch đen, có sự tham gia của Liên minh Hợp tác xã tỉnh."),
    ("w", "Tuần thứ hai (từ 11/5 đến 17/5/2026)"),
    ("p", "5. Đoàn kiểm tra liên ngành do Sở Nội vụ chủ trì kiểm tra 10 hợp tác xã có lò sấy, nồi hơi, máy cưa xẻ gỗ; "
          "thành viên đoàn gồm Sở Công Thương, Công an tỉnh (Phòng Cảnh sát PCCC và CNCH), Liên đoàn Lao động tỉnh."),
    ("p", "6. Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh khám sức khỏe, xét nghiệm men cholinesterase trong máu "
          "cho 200 người thường xuyên phun thuốc của các hợp tác xã."),
    ("w", "Tuần thứ ba và tuần thứ tư (từ 18/5 đến 31/5/2026)"),
    ("p", "7. Liên đoàn Lao động tỉnh thăm, tặng quà người lao động bị tai nạn lao động năm 2025 tại các hợp tác xã; "
          "giúp thành lập công đoàn cơ sở ở 03 hợp tác xã có từ 20 lao động trở lên."),
    ("p", "8. Đề nghị Liên minh Hợp tác xã tỉnh tổ chức tọa đàm \u201cHợp tác xã làm việc an toàn\u201d, phối hợp với "
          "Sở Nội vụ chọn 05 hợp tác xã làm tốt để biểu dương, xong trước ngày 28/5/2026."),
    ("p", "9. UBND các xã, phường có hợp tác xã chế biến lâm sản kiểm tra, nhắc nhở việc che chắn máy, nối đất thiết bị "
          "điện, trang bị bình chữa cháy tại xưởng của các hợp tác xã, tổ hợp tác trên địa bàn."),
    ("w", "Sau Tháng hành động"),
    ("p", "10. Các thành viên Hội đồng gửi báo cáo kết quả về Sở Nội vụ trước ngày 10/6/2026."),
    ("p", "11. Sở Nội vụ tổng hợp, giúp Hội đồng báo cáo UBND tỉnh và Bộ Nội vụ trước ngày 20/6/2026; đề xuất đưa nội "
          "dung an toàn lao động vào tiêu chí đánh giá, xếp loại hợp tác xã năm 2026."),
    ("h", "IV. KINH PHÍ"),
    ("p", "Kinh phí thực hiện từ dự toán năm 2026 của các cơ quan, đơn vị có thành viên trong Hội đồng và nguồn xã hội "
          "hóa."),
    ("p", "Trên đây là Kế hoạch triển khai Tháng hành động về an toàn, vệ sinh lao động năm 2026 trong các hợp tác xã, "
          "tổ hợp tác; đề nghị các cơ quan, đơn vị thực hiện đúng tiến độ./."),
]

NOI_NHAN = ["Nơi nhận:", "- Bộ Nội vụ (b/c);", "- TT UBND tỉnh (b/c);", "- Các thành viên Hội đồng;",
            "- Liên minh HTX tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, SNV."]
SIGN = [("KT. CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH THƯỜNG TRỰC", "b"), ("", ""), ("", ""), ("", ""),
        ("Lương Đức Toản", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20260410143000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 09/KH-HĐATVSLĐ", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "w": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
