"""Write b_can-tho_57-KH-TK-2026_dieu-tra-htx-tht-so-do-trien-khai.pdf, the hundred-and-ninety-third held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen193/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen193/make_pdf.py --html-only

A city statistics office (Thống kê thành phố Cần Thơ, August 2026) running a sample survey of cooperatives and
cooperative groups: the opening, I. purposes, II. scope and sample (facts, no work), III. one sentence pointing to the
map; then a LANDSCAPE page (a CSS named page) holding the work only as a MIND MAP ("SƠ ĐỒ TRIỂN KHAI"): a central box,
two branch boxes on the left and two on the right, each with its leaf boxes ("work" / "CT: …" / "PH: …" / "Hạn: …")
on the outer side, joined to it by a plain vertical rule; a legend under the map; then, on a portrait page again,
IV. three numbered duties in prose, the closing sentence and the signature beside "Nơi nhận". ``pdftotext`` prints
the left and right halves of the map side by side, line by line (``-layout``) or one column after another in an
order of its own (plain).

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif. The map has no rounded corners, shadows or drawn dots.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_can-tho_57-KH-TK-2026_dieu-tra-htx-tht-so-do-trien-khai"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
@page map { size: A4 landscape; margin: 12mm 12mm 12mm 12mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.map { page: map; font-size: 9pt; line-height: 1.25; }
.map h4 { font-size: 12pt; text-align: center; margin: 0 0 6pt; }
.grid { display: grid; grid-template-columns: 28% 11% 14% 11% 28%; column-gap: 2%; align-items: center; }
.leaves { display: flex; flex-direction: column; gap: 4pt; }
.leaves.l { border-right: 1pt solid #000; padding-right: 4pt; }
.leaves.r { border-left: 1pt solid #000; padding-left: 4pt; }
.leaf { border: 0.75pt solid #000; padding: 2pt 4pt; }
.leaf p { margin: 0; }
.branch { border: 1.25pt solid #000; padding: 4pt; text-align: center; font-weight: bold; font-size: 9.5pt; }
.centre { grid-row: 1 / span 2; grid-column: 3; border: 2.5pt double #000; padding: 8pt 4pt; text-align: center;
          font-weight: bold; font-size: 10.5pt; }
.legend { margin-top: 6pt; font-style: italic; font-size: 8.5pt; }
.after { page: auto; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CỤC THỐNG KÊ", ""), ("THỐNG KÊ THÀNH PHỐ CẦN THƠ", "b"), ("Số: 57/KH-TK", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Cần Thơ, ngày 26 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Điều tra chọn mẫu về hợp tác xã, tổ hợp tác của thành phố Cần Thơ năm 2026"

BEFORE = [
    ("p", "Từ khi Cần Thơ, Sóc Trăng và Hậu Giang hợp nhất thành thành phố Cần Thơ, số liệu về hợp tác xã, tổ hợp tác của "
          "ba địa phương cũ được thu thập theo các mốc thời gian và biểu mẫu khác nhau, chưa thể cộng gộp. Để có số liệu "
          "thống nhất phục vụ thành phố xây dựng chính sách hỗ trợ kinh tế tập thể giai đoạn 2027 - 2030, Thống kê thành "
          "phố Cần Thơ xây dựng Kế hoạch điều tra như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Thu thập thông tin về lao động, vốn, doanh thu, kết quả kinh doanh và mức độ liên kết của hợp tác xã, tổ hợp "
          "tác; số liệu suy rộng cho toàn thành phố và cho từng khu vực."),
    ("p", "- Thông tin của từng đơn vị được bảo mật theo Luật Thống kê, chỉ dùng cho mục đích thống kê."),
    ("h", "II. PHẠM VI, ĐỐI TƯỢNG VÀ MẪU ĐIỀU TRA"),
    ("p", "- Thời điểm điều tra: ngày 01/10/2026; số liệu kết quả kinh doanh tính cho năm 2025."),
    ("p", "- Toàn thành phố hiện có 612 hợp tác xã và 1.340 tổ hợp tác đang hoạt động; mẫu điều tra gồm 260 hợp tác xã "
          "và 140 tổ hợp tác, chọn theo ngành và theo ba khu vực Cần Thơ, Sóc Trăng, Vị Thanh."),
    ("p", "- Phiếu điều tra điện tử (CAPI) trên máy tính bảng; điều tra viên phỏng vấn trực tiếp chủ nhiệm hợp tác xã, "
          "tổ trưởng tổ hợp tác."),
    ("h", "III. NỘI DUNG CÔNG VIỆC VÀ PHÂN CÔNG"),
    ("p", "Các bước của cuộc điều tra, đơn vị chủ trì, đơn vị phối hợp và thời hạn được thể hiện trong Sơ đồ triển khai "
          "ở trang sau."),
]

CENTRE = "ĐIỀU TRA HTX, THT NĂM 2026"

# (side, branch, leaves): each leaf (work, CT, PH, Hạn); an empty PH is left out
BRANCHES = [
    ("l", "1. CHUẨN BỊ", [
        ("Lập danh sách HTX, THT đang hoạt động từ dữ liệu đăng ký, đối chiếu với danh sách do Sở quản lý",
         "Phòng Tổng hợp", "Sở Tài chính thành phố", "15/9/2026"),
        ("Chọn mẫu 260 HTX, 140 THT; lập danh sách mẫu theo từng xã, phường", "Phòng Tổng hợp", "", "25/9/2026"),
        ("Tuyển chọn 48 điều tra viên, 9 giám sát viên; ký hợp đồng thuê khoán", "Phòng Hành chính - Tổ chức",
         "UBND các xã, phường", "30/9/2026"),
    ]),
    ("l", "2. TẬP HUẤN", [
        ("Cài đặt phiếu CAPI lên máy tính bảng, chạy thử với 05 HTX ở phường Ninh Kiều", "Phòng Thu thập thông tin",
         "", "05/10/2026"),
        ("Mở 02 lớp tập huấn nghiệp vụ cho điều tra viên, giám sát viên (tại Cần Thơ và Sóc Trăng)",
         "Phòng Thu thập thông tin", "Liên minh Hợp tác xã thành phố", "08 - 10/10/2026"),
    ]),
    ("r", "3. THU THẬP", [
        ("Hẹn lịch, phỏng vấn trực tiếp tại trụ sở HTX, nơi sinh hoạt của THT; ghi phiếu trên máy tính bảng",
         "Các Đội Thống kê khu vực", "UBND các xã, phường", "15/10 - 15/11/2026"),
        ("Giám sát tại địa bàn, phúc tra ngẫu nhiên 10% số phiếu đã hoàn thành", "Phòng Thu thập thông tin", "",
         "Trong thời gian thu thập"),
        ("Xác minh đơn vị không còn hoạt động hoặc không liên lạc được; đề nghị thay mẫu", "Các Đội Thống kê khu vực",
         "Sở Tài chính thành phố", "03 ngày sau khi phát hiện"),
    ]),
    ("r", "4. XỬ LÝ VÀ BÁO CÁO", [
        ("Kiểm tra logic, làm sạch, duyệt số liệu toàn bộ phiếu", "Phòng Tổng hợp", "", "30/11/2026"),
        ("Suy rộng, lập biểu kết quả và báo cáo phân tích gửi Cục Thống kê, UBND thành phố", "Phòng Tổng hợp",
         "Sở Tài chính thành phố", "20/12/2026"),
        ("Phổ biến kết quả tại hội nghị của Liên minh HTX thành phố", "Phòng Tổng hợp",
         "Liên minh Hợp tác xã thành phố", "Quý I/2027"),
    ]),
]

LEGEND = ("Ghi chú: CT - đơn vị chủ trì; PH - đơn vị phối hợp; Hạn - thời hạn hoàn thành (ngày không ghi năm là năm "
          "2026). Các nhánh đọc theo số thứ tự 1 → 4.")

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Hành chính - Tổ chức bảo đảm kinh phí, máy tính bảng, chi trả thù lao cho điều tra viên, giám sát "
          "viên chậm nhất 15 ngày sau khi kết thúc thu thập thông tin."),
    ("p", "2. Đề nghị Liên minh Hợp tác xã thành phố gửi thông báo về cuộc điều tra tới các hợp tác xã thành viên, vận động "
          "các đơn vị tiếp điều tra viên và cung cấp thông tin đầy đủ, trung thực trước khi bắt đầu thu thập."),
    ("p", "3. Đề nghị UBND các xã, phường giao công chức phụ trách kinh tế dẫn đường, giới thiệu điều tra viên đến "
          "từng hợp tác xã, tổ hợp tác trong suốt thời gian thu thập thông tin."),
    ("p", "Phát sinh khó khăn ở khâu nào, đơn vị gặp khó khăn báo ngay cho Phòng Tổng hợp để trình Trưởng Thống kê thành "
          "phố xử lý./."),
]

NOI_NHAN = ["Nơi nhận:", "- Cục Thống kê (b/c);", "- UBND thành phố (b/c);", "- Sở Tài chính thành phố;",
            "- Liên minh HTX thành phố;", "- UBND các xã, phường;", "- Các phòng, Đội Thống kê khu vực;",
            "- Lưu: VT, TH."]
SIGN = [("KT. TRƯỞNG THỐNG KÊ", "b"), ("PHÓ TRƯỞNG THỐNG KÊ", "b"), ("", ""), ("", ""), ("", ""),
        ("Thạch Thị Kim Duyên", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260826101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def leaf(work: str, ct: str, ph: str, han: str) -> str:
    lines = [f'<p>{e(work)}</p>', f'<p><span class="b">CT:</span> {e(ct)}</p>']
    if ph:
        lines.append(f'<p><span class="b">PH:</span> {e(ph)}</p>')
    lines.append(f'<p><span class="b">Hạn:</span> {e(han)}</p>')
    return '<div class="leaf">' + "".join(lines) + '</div>'


def mind_map() -> list[str]:
    out = ['<div class="map">', '<h4>SƠ ĐỒ TRIỂN KHAI</h4>', '<div class="grid">']
    left = [b for b in BRANCHES if b[0] == "l"]
    right = [b for b in BRANCHES if b[0] == "r"]
    for row, (lb, rb) in enumerate(zip(left, right), start=1):
        out.append(f'<div class="leaves l" style="grid-row:{row};grid-column:1">'
                   + "".join(leaf(*x) for x in lb[2]) + '</div>')
        out.append(f'<div class="branch" style="grid-row:{row};grid-column:2">{e(lb[1])}</div>')
        out.append(f'<div class="branch" style="grid-row:{row};grid-column:4">{e(rb[1])}</div>')
        out.append(f'<div class="leaves r" style="grid-row:{row};grid-column:5">'
                   + "".join(leaf(*x) for x in rb[2]) + '</div>')
    out.append(f'<div class="centre">{e(CENTRE)}</div>')
    out += ['</div>', f'<p class="legend">{e(LEGEND)}</p>', '</div>']
    return out


def build_html() -> str:
    out = page_start("Kế hoạch 57/KH-TK", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += mind_map()
    out.append('<div class="after">')
    out += [paragraph(kind, text) for kind, text in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out.append('</div>')
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
