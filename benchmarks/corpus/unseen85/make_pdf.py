"""Write b_dak-lak_02-KH-BKS-2026_ban-kiem-soat-htx-kiem-soat-nam.pdf, the eighty-fifth held-out set's PDF, from the HTML
this script writes.

    .venv/bin/python benchmarks/corpus/unseen85/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen85/make_pdf.py --html-only

A cooperative's SUPERVISORY BOARD's plan for its year of checks (January 2026): the cooperative and "BAN KIỂM SOÁT" in
the header, "Căn cứ" lines, I. purposes, II. three numbered areas of checking over lettered items naming the board's
head or a named supervisor as the doer ("Kiểm soát viên Y Bhim Niê …"), each with its time after a semicolon; III.
two numbered paragraphs; the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_dak-lak_02-KH-BKS-2026_ban-kiem-soat-htx-kiem-soat-nam"
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
h4 { font-size: 12pt; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.c { font-style: italic; text-indent: 10mm; margin: 0 0 3pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HTX NÔNG NGHIỆP DỊCH VỤ EA KIẾT", ""), ("BAN KIỂM SOÁT", "b"), ("Số: 02/KH-BKS", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Ea Kiết, ngày 12 tháng 01 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hoạt động kiểm soát năm 2026"

# "c" a Căn cứ line, "h" a section heading, "s" an area heading, "p" a paragraph
BODY = [
    ("c", "Căn cứ Luật Hợp tác xã số 17/2023/QH15;"),
    ("c", "Căn cứ Điều lệ của HTX Nông nghiệp dịch vụ Ea Kiết (sửa đổi năm 2024);"),
    ("c", "Căn cứ Nghị quyết Đại hội thành viên thường niên ngày 27/12/2025,"),
    ("p", "Ban kiểm soát Hợp tác xã Nông nghiệp dịch vụ Ea Kiết xây dựng kế hoạch hoạt động năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giám sát để Hội đồng quản trị, Giám đốc điều hành đúng Điều lệ và nghị quyết Đại hội; bảo vệ quyền lợi của "
          "212 thành viên trồng cà phê, sầu riêng; phát hiện sớm sai sót về tài chính để kiến nghị sửa."),
    ("h", "II. NỘI DUNG KIỂM SOÁT VÀ PHÂN CÔNG"),
    ("s", "1. Việc chấp hành Điều lệ, nghị quyết"),
    ("p", "a) Trưởng Ban kiểm soát Lê Thị Hạnh chủ trì, cùng kiểm soát viên Y Bhim Niê kiểm tra việc Hội đồng quản "
          "trị và Giám đốc thực hiện Nghị quyết Đại hội thành viên thường niên; thời điểm: quý II/2026."),
    ("p", "b) Kiểm soát viên Y Bhim Niê giám sát việc kết nạp, chấm dứt tư cách thành viên và ghi sổ đăng ký thành "
          "viên; định kỳ hằng quý."),
    ("s", "2. Tài chính, kế toán"),
    ("p", "a) Ban kiểm soát phối hợp với kế toán trưởng đối chiếu việc trích lập quỹ đầu tư phát triển, quỹ dự phòng "
          "và chia lãi theo mức độ sử dụng dịch vụ năm 2025; thời gian: tháng 3/2026."),
    ("p", "b) Kiểm soát viên Phạm Quang Tuấn kiểm tra sổ quỹ tiền mặt, tài khoản ngân hàng, công nợ ứng phân bón cho "
          "thành viên; xong trước ngày 30/4/2026."),
    ("p", "c) Kiểm soát viên Phạm Quang Tuấn giám sát việc dùng vốn ngân sách hỗ trợ xây lò sấy và sân phơi cà phê "
          "đúng dự toán được duyệt; thời điểm: quý III/2026."),
    ("s", "3. Hoạt động dịch vụ, sản xuất"),
    ("p", "a) Trưởng Ban kiểm soát chủ trì, mời tổ trưởng Tổ sản xuất số 3 cùng kiểm tra hợp đồng cung ứng vật tư và "
          "thu mua cà phê niên vụ 2026 - 2027; thời điểm: tháng 11/2026, lúc vào vụ thu hoạch."),
    ("p", "b) Kiểm soát viên Y Bhim Niê tiếp nhận, xem xét đơn thư, kiến nghị của thành viên, trả lời trong 15 ngày kể "
          "từ khi nhận; làm thường xuyên."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Trưởng Ban kiểm soát tổng hợp kết quả, lập báo cáo hoạt động của Ban kiểm soát trình Đại hội thành viên "
          "thường niên, dự kiến tháng 12/2026."),
    ("p", "2. Đề nghị Giám đốc hợp tác xã chỉ đạo bộ phận kế toán và các tổ sản xuất cung cấp đủ sổ sách, chứng từ "
          "khi Ban kiểm soát yêu cầu."),
    ("p", "Trên đây là kế hoạch hoạt động năm 2026 của Ban kiểm soát, gửi Hội đồng quản trị để phối hợp và thông báo "
          "tới toàn thể thành viên./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT, Giám đốc HTX;", "- Kế toán trưởng;", "- Các tổ sản xuất (niêm yết);",
            "- UBND xã Ea Kiết (b/c);", "- Lưu: BKS."]
SIGN = [("TM. BAN KIỂM SOÁT", "b"), ("TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("Lê Thị Hạnh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 9:15 in Việt Nam
PDF_DATE = b"D:20260112091500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 02/KH-BKS", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "s": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>',
                    "c": f'<p class="c">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
