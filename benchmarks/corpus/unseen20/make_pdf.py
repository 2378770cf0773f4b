"""Write b_lai-chau_836-KH-STC-2026_lich-kiem-tra-theo-doan.pdf, the twentieth held-out set's PDF, from the HTML this
script writes.

    .venv/bin/python benchmarks/corpus/unseen20/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen20/make_pdf.py --html-only

A Sở Tài chính's inspection plan (August 2026): I. purposes, II. what and whom it inspects ("-" lines), III. the
inspection teams — a paragraph on who sits in them and the SCHEDULE as a bordered table, one row per team (Đoàn |
Đơn vị chủ trì | Đơn vị tham gia | Hợp tác xã, địa bàn kiểm tra | Thời gian) —, IV. six numbered paragraphs of who
prepares, hosts and reports; the closing sentence; the signature beside "Nơi nhận".

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
STEM = "b_lai-chau_836-KH-STC-2026_lich-kiem-tra-theo-doan"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 42% 58%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { width: 100%; border-collapse: collapse; font-size: 10.5pt; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.5pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks th { font-weight: bold; text-align: center; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH LAI CHÂU", ""), ("SỞ TÀI CHÍNH", "b"), ("Số: 836/KH-STC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lai Châu, ngày 18 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Kiểm tra tình hình tổ chức, hoạt động của hợp tác xã và việc thực hiện chính sách hỗ trợ hợp tác xã "
            "năm 2026")

BEFORE = [
    ("p", "Để thực hiện nhiệm vụ quản lý nhà nước về hợp tác xã được giao tại Kế hoạch số 41/KH-UBND ngày 09/3/2026 "
          "của Ủy ban nhân dân tỉnh, Sở Tài chính kiểm tra một số hợp tác xã năm 2026 theo các nội dung dưới đây."),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Nắm tình hình chấp hành Luật Hợp tác xã năm 2023 tại hợp tác xã từ khi chính quyền địa phương hai cấp "
          "đi vào hoạt động; phát hiện khó khăn để kịp thời tháo gỡ."),
    ("p", "2. Việc kiểm tra đúng nội dung, không gây phiền hà, không làm ảnh hưởng đến sản xuất, kinh doanh của hợp "
          "tác xã."),
    ("h", "II. NỘI DUNG, ĐỐI TƯỢNG KIỂM TRA"),
    ("p", "1. Nội dung kiểm tra:"),
    ("p", "- Việc tổ chức đại hội thành viên, đăng ký thay đổi nội dung đăng ký hợp tác xã, chế độ báo cáo;"),
    ("p", "- Việc quản lý, sử dụng kinh phí hỗ trợ từ ngân sách nhà nước giai đoạn 2024 - 2026;"),
    ("p", "- Việc lập báo cáo tài chính, mở sổ kế toán và thực hiện nghĩa vụ thuế."),
    ("p", "2. Đối tượng kiểm tra: 24 hợp tác xã tại 08 xã, phường, nêu tại lịch kiểm tra ở mục III."),
    ("h", "III. ĐOÀN KIỂM TRA VÀ LỊCH KIỂM TRA"),
    ("p", "1. Sở Tài chính lập 03 đoàn kiểm tra liên ngành. Mỗi đoàn do một đơn vị chủ trì, trưởng đoàn là lãnh đạo "
          "đơn vị đó; thành viên gồm đại diện các đơn vị tham gia và công chức phụ trách kinh tế của Ủy ban nhân dân "
          "xã, phường nơi đoàn đến làm việc."),
    ("p", "2. Lịch kiểm tra của các đoàn:"),
]

COLUMNS = ["Đoàn", "Đơn vị chủ trì", "Đơn vị tham gia", "Hợp tác xã, địa bàn kiểm tra", "Thời gian"]
WIDTHS = [9, 19, 24, 31, 17]
ROWS = [
    ("Đoàn số 1", "Phòng Doanh nghiệp, kinh tế tập thể và tư nhân", "Thuế tỉnh Lai Châu, Liên minh Hợp tác xã tỉnh",
     "08 hợp tác xã dịch vụ, vận tải và xây dựng tại phường Tân Phong, phường Đoàn Kết",
     "Từ ngày 07/9 đến ngày 11/9/2026"),
    ("Đoàn số 2", "Sở Nông nghiệp và Môi trường", "Phòng Doanh nghiệp, kinh tế tập thể và tư nhân; Liên minh Hợp tác "
     "xã tỉnh", "09 hợp tác xã chè, dược liệu và chăn nuôi tại xã Tam Đường, xã Sìn Hồ, xã Phong Thổ",
     "Từ ngày 21/9 đến ngày 25/9/2026"),
    ("Đoàn số 3", "Liên minh Hợp tác xã tỉnh", "Phòng Doanh nghiệp, kinh tế tập thể và tư nhân; Sở Nông nghiệp và "
     "Môi trường", "07 hợp tác xã nông nghiệp, thủy sản lòng hồ tại xã Than Uyên, xã Tân Uyên, xã Mường Kim",
     "Tháng 10/2026 (05 ngày làm việc)"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Doanh nghiệp, kinh tế tập thể và tư nhân tham mưu Giám đốc Sở ban hành quyết định thành lập các "
          "đoàn và đề cương báo cáo, gửi các hợp tác xã được kiểm tra trước ngày 28/8/2026."),
    ("p", "2. Đề nghị Sở Nông nghiệp và Môi trường, Liên minh Hợp tác xã tỉnh, Thuế tỉnh Lai Châu cử cán bộ tham gia "
          "đoàn, gửi danh sách về Sở Tài chính trước ngày 25/8/2026."),
    ("p", "3. Ủy ban nhân dân xã, phường nơi có hợp tác xã được kiểm tra thông báo lịch cho hợp tác xã, cử công chức "
          "tham gia đoàn; việc thông báo xong trước ngày 04/9/2026."),
    ("p", "4. Các hợp tác xã có tên trong lịch kiểm tra chuẩn bị báo cáo theo đề cương và hồ sơ, sổ sách liên quan, "
          "gửi đoàn kiểm tra chậm nhất 03 ngày trước ngày đoàn đến làm việc."),
    ("p", "5. Văn phòng Sở bố trí phương tiện đi lại và kinh phí công tác cho các đoàn theo lịch kiểm tra tại mục III."),
    ("p", "6. Kết thúc đợt kiểm tra, Phòng Doanh nghiệp, kinh tế tập thể và tư nhân xây dựng báo cáo chung từ kết quả "
          "của 03 đoàn, trình Giám đốc Sở ký gửi Ủy ban nhân dân tỉnh trước ngày 15/11/2026."),
    ("p", "Trên đây là Kế hoạch kiểm tra hợp tác xã năm 2026 của Sở Tài chính tỉnh Lai Châu./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Giám đốc Sở (b/c);", "- Sở NN&MT, LMHTX tỉnh, Thuế tỉnh;",
            "- UBND các xã, phường có tên tại mục III;", "- Các HTX được kiểm tra;", "- Lưu: VT, DN."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lò Thị Ngân", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260818141500+07'00'"


def paragraphs(items) -> list[str]:
    return [{"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind] for kind, text in items]


def build_html() -> str:
    out = page_start("Kế hoạch 836/KH-STC", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += paragraphs(BEFORE)
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        out.append('<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i in (0, 4) else f'<td>{e(v)}</td>'
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
