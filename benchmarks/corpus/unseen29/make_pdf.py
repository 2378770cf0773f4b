"""Write b_vinh-long_58-KH-LMHTX-2026_lop-boi-duong-chu-tri-tren-bang.pdf, the twenty-ninth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen29/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen29/make_pdf.py --html-only

A Liên minh Hợp tác xã's plan of TRAINING COURSES (August 2026, Vĩnh Long after the merger with Bến Tre and Trà
Vinh): I. purposes, II. who attends (no task), III. one sentence naming the unit that runs every course, over a
bordered table of the courses Lớp | Nội dung | Học viên | Địa điểm | Thời gian | Đơn vị phối hợp (no lead column), IV.
funding (no task), V. four numbered paragraphs of the bodies' own work; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import (PAGE_END, e, header, page_start, print_dated_pdf, signature, table_start,  # noqa: E402
                           write_html)

HERE = Path(__file__).resolve().parent
STEM = "b_vinh-long_58-KH-LMHTX-2026_lop-boi-duong-chu-tri-tren-bang"
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
table.tasks { border-collapse: collapse; width: 100%; font-size: 10pt; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: top; }
table.tasks th { text-align: center; }
table.tasks td.c { text-align: center; }
table.tasks tr { break-inside: avoid; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("LIÊN MINH HTX VIỆT NAM", ""), ("LIÊN MINH HỢP TÁC XÃ", "b"), ("TỈNH VĨNH LONG", "b"),
             ("Số: 58/KH-LMHTX", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Vĩnh Long, ngày 20 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mở các lớp bồi dưỡng, tập huấn cho cán bộ quản lý và thành viên hợp tác xã, tổ hợp tác 4 tháng cuối năm 2026"

BEFORE = [
    ("p", "Căn cứ Chương trình công tác đã được Ban Thường vụ thông qua và nguồn kinh phí đào tạo Ủy ban nhân dân tỉnh "
          "giao năm 2026, Liên minh Hợp tác xã tỉnh Vĩnh Long xây dựng Kế hoạch mở các lớp bồi "
          "dưỡng, tập huấn từ tháng 9 đến tháng 12/2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Trang bị kiến thức quản trị, tài chính, kế toán, chuyển đổi số và kỹ năng bán hàng cho cán bộ quản lý, "
          "thành viên hợp tác xã, tổ hợp tác ở cả ba vùng Vĩnh Long cũ, Bến Tre cũ và Trà Vinh cũ; nội dung sát với "
          "sản xuất lúa, dừa, cây ăn trái, thủy sản."),
    ("h", "II. ĐỐI TƯỢNG, SỐ LƯỢNG"),
    ("p", "Khoảng 420 học viên: thành viên Hội đồng quản trị, giám đốc, kế toán, kiểm soát viên hợp tác xã; tổ trưởng "
          "tổ hợp tác; cán bộ theo dõi kinh tế tập thể của các xã, phường. Mỗi hợp tác xã cử không quá 03 người."),
    ("h", "III. NỘI DUNG, THỜI GIAN, ĐỊA ĐIỂM"),
    ("p", "Ban Tuyên truyền - Đào tạo chủ trì tổ chức 07 lớp dưới đây; đơn vị ghi ở cột cuối phối hợp chuẩn bị hội "
          "trường, mời học viên và cử báo cáo viên:"),
]

COLUMNS = ["Lớp", "Nội dung", "Học viên", "Địa điểm", "Thời gian", "Đơn vị phối hợp"]
WIDTHS = [5, 28, 11, 15, 14, 27]
ROWS = [
    ("01", "Quản trị hợp tác xã theo Luật Hợp tác xã năm 2023; xây dựng điều lệ, phương án sản xuất kinh doanh",
     "60 người", "Hội trường Liên minh HTX tỉnh", "Tuần 2 tháng 9/2026", "Sở Tài chính"),
    ("02", "Kế toán hợp tác xã, hóa đơn điện tử, quyết toán thuế", "60 người", "Phường Bến Tre",
     "22 - 23/9/2026", "Thuế tỉnh Vĩnh Long"),
    ("03", "Chuyển đổi số; đưa sản phẩm dừa, cây ăn trái của hợp tác xã lên sàn thương mại điện tử", "70 người",
     "Phường Trà Vinh", "Tháng 10/2026 (02 ngày)", "Sở Công Thương, Sở Khoa học và Công nghệ"),
    ("04", "Sản xuất lúa chất lượng cao, giảm phát thải; liên kết tiêu thụ với doanh nghiệp", "60 người",
     "Xã Trà Ôn", "Sau khi thu hoạch lúa Thu Đông", "Sở Nông nghiệp và Môi trường (Chi cục Trồng trọt và BVTV)"),
    ("05", "Thành lập, vận hành tổ hợp tác; chuyển tổ hợp tác lên hợp tác xã", "50 người", "Xã Cầu Kè",
     "Đầu tháng 11", "Hội Nông dân tỉnh"),
    ("06", "Tiếp cận vốn vay của Quỹ Hỗ trợ phát triển hợp tác xã và ngân hàng thương mại", "60 người",
     "Phường Bến Tre", "Tháng 11/2026", "Quỹ Hỗ trợ phát triển HTX tỉnh; Ngân hàng Nhà nước Chi nhánh Khu vực 14"),
    ("07", "Kiểm soát nội bộ, phòng ngừa vi phạm trong hoạt động của hợp tác xã", "60 người",
     "Hội trường Liên minh HTX tỉnh", "Trước 15/12/2026", ""),
]

AFTER = [
    ("h", "IV. KINH PHÍ"),
    ("p", "Kinh phí tổ chức các lớp từ nguồn ngân sách tỉnh giao Liên minh Hợp tác xã tỉnh năm 2026 và nguồn xã hội hóa "
          "hợp pháp khác; học viên không phải đóng học phí."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Ban Tuyên truyền - Đào tạo mời báo cáo viên, biên soạn tài liệu cho từng lớp, gửi thông báo chiêu sinh "
          "đến các xã, phường ít nhất 10 ngày trước khi khai giảng; tổng hợp kết quả, báo cáo Thường trực Liên minh "
          "trước 25/12/2026."),
    ("p", "2. Văn phòng Liên minh lập dự toán chi tiết từng lớp, tạm ứng và thanh quyết toán kinh phí theo quy định, "
          "hoàn thành quyết toán trong tháng 12/2026."),
    ("p", "3. Trung tâm Tư vấn, hỗ trợ hợp tác xã bố trí cán bộ tư vấn trực tại các lớp 03, 05 và 06 để giải đáp, "
          "hướng dẫn hồ sơ cho học viên; sau lớp học, theo dõi các hợp tác xã đăng ký được tư vấn đến hết quý I/2027."),
    ("p", "4. Đề nghị Ủy ban nhân dân các xã, phường nơi mở lớp phối hợp chuẩn bị địa điểm, thông báo và cử cán bộ "
          "theo dõi kinh tế tập thể tham dự; thời gian theo lịch từng lớp."),
    ("p", "Trên đây là Kế hoạch mở các lớp bồi dưỡng, tập huấn 4 tháng cuối năm 2026 của Liên minh Hợp tác xã tỉnh Vĩnh "
          "Long./."),
]

NOI_NHAN = ["Nơi nhận:", "- LMHTX Việt Nam (b/c);", "- UBND tỉnh (b/c);", "- Sở TC, Sở NN&MT, Sở CT, Sở KH&CN;",
            "- Thuế tỉnh, Hội ND tỉnh, Quỹ HTPT HTX;", "- UBND các xã, phường nơi mở lớp;",
            "- Thường trực LM, các ban, đơn vị;", "- Lưu: VT, TTĐT."]
SIGN = [("TM. BAN THƯỜNG VỤ", "b"), ("KT. CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""),
        ("Thạch Thị Sa Rum", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:20 in Việt Nam
PDF_DATE = b"D:20260820152000+07'00'"


def paragraphs(items) -> list[str]:
    return [{"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind] for kind, text in items]


def build_html() -> str:
    out = page_start("Kế hoạch 58/KH-LMHTX", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += paragraphs(BEFORE)
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        out.append('<tr>' + "".join(f'<td class="{"c" if i in (0, 2, 4) else ""}">{e(v)}</td>'
                                    for i, v in enumerate(row)) + '</tr>')
    out += ['</tbody>', '</table>']
    out += paragraphs(AFTER)
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
