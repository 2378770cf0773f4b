"""Print b_nghe-an_26-KH-TBN-2026_thu-mua-cu-nghe-htx.pdf, the two-hundred-and-fiftieth held-out set's PDF, from
``sources/b_nghe-an_26-KH-TBN-2026_thu-mua-cu-nghe-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen250/make_pdf.py

A turmeric starch maker's plan (October 2026) for buying fresh turmeric roots from linked cooperatives and cooperative
groups: the opening, I. purposes, II. a legend with two sample PILLS and one bordered table TT | Việc | Đơn vị |
Thời hạn whose "Đơn vị" cell prints every body as a rounded PILL CHIP — the leading body's pill FILLED dark green
with white letters, the bodies that help in OUTLINED pills (no role word in the cell) — the lead's pill not always
first; III. the cooperatives' own part; the signature beside "Nơi nhận".

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
STEM = "b_nghe-an_26-KH-TBN-2026_thu-mua-cu-nghe-htx"
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
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.w { border-collapse: collapse; width: 100%; font-size: 10.5pt; }
table.w th, table.w td { border: 0.5pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.w td.c { text-align: center; }
.pill { display: inline-block; border-radius: 9pt; padding: 0 6pt; margin: 1pt 0; font-size: 9.5pt;
        border: 1pt solid #1b5e20; }
.lead { background: #1b5e20; color: #fff; }
.help { background: #fff; color: #1b5e20; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("TINH BỘT NGHỆ NAM ĐÀN", "b"), ("Số: 26/KH-TBN", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Nam Đàn, ngày 12 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thu mua củ nghệ tươi của hợp tác xã, tổ hợp tác vụ thu hoạch 2026 - 2027"

BEFORE = [
    ("p", "Vụ 2025 - 2026 Công ty mua được 1.140 tấn củ nghệ tươi, chỉ đạt 76% nhu cầu của xưởng tách tinh bột; một "
          "số lô củ bị dập, nhiễm đất, hàm lượng curcumin thấp. Căn cứ hợp đồng liên kết với các hợp tác xã, tổ hợp "
          "tác trồng nghệ ở các xã Nam Đàn, Kim Liên, Thiên Nhẫn và Vạn An, Công ty lập Kế hoạch thu mua vụ 2026 - "
          "2027 như sau."),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Mua đủ 1.500 tấn củ nghệ vàng tươi; lô củ dập, thối không quá 3%."),
    ("p", "- Hợp tác xã, tổ hợp tác được trả tiền đúng hạn, có giống nghệ sạch bệnh cho vụ sau."),
    ("h", "II. PHÂN CÔNG"),
]

LEGEND = ("Cách đọc cột “Đơn vị”: tên đơn vị in trong ô màu sẫm chữ trắng là đơn vị chủ trì; tên trong ô viền, nền "
          "trắng là đơn vị phối hợp. Ví dụ:")

# (number, work, [(body, lead?) …], time)
ROWS = [
    ("1", "Chốt sản lượng, giá sàn và lịch thu hoạch của từng hợp tác xã, tổ hợp tác; ký phụ lục hợp đồng",
     [("Phòng Thu mua", True), ("Phòng Kế toán", False)], "31/10/2026"),
    ("2", "Đặt 06 điểm cân củ tại các xã, thuê kho mát tạm cho các điểm xa xưởng",
     [("Phòng Hành chính - Kho vận", False), ("Phòng Thu mua", True)], "15/11/2026"),
    ("3", "Hướng dẫn thu hoạch bằng cuốc bản rộng, không rửa củ, đóng bao lưới 25 kg",
     [("Tổ Kỹ thuật vùng nguyên liệu", True), ("HTX Nông nghiệp Kim Liên", False)], "20/11/2026"),
    ("4", "Kiểm tra tại điểm cân: tỷ lệ củ dập, đất bám, lấy mẫu đo curcumin từng lô",
     [("Phòng Kiểm nghiệm", True)], "Suốt vụ thu hoạch"),
    ("5", "Chở củ từ điểm cân về xưởng trong ngày, không để qua đêm ngoài trời",
     [("Đội Xe", True), ("Phòng Hành chính - Kho vận", False)], "Suốt vụ thu hoạch"),
    ("6", "Thanh toán tiền củ cho hợp tác xã, tổ hợp tác theo phiếu cân đã xác nhận",
     [("Phòng Kế toán", True)], "Chậm nhất 07 ngày sau mỗi đợt cân"),
    ("7", "Giữ lại 40 tấn củ giống sạch bệnh, bảo quản trong cát ẩm để giao lại cho hợp tác xã trồng vụ mới",
     [("Tổ Kỹ thuật vùng nguyên liệu", True), ("THT trồng nghệ xóm 4 Vạn An", False),
      ("Phòng Kiểm nghiệm", False)], "28/02/2027"),
    ("8", "Làm việc với Sở Nông nghiệp và Môi trường về hỗ trợ giống, phân bón hữu cơ cho vùng nghệ liên kết",
     [("Ban Giám đốc", True), ("Phòng Thu mua", False)], "Quý I/2027"),
    ("9", "Tổng kết vụ, báo cáo Hội đồng thành viên, đề xuất giá sàn vụ 2027 - 2028",
     [("Phòng Kế toán", False), ("Phòng Thu mua", True), ("Phòng Kiểm nghiệm", False)], "30/4/2027"),
]

AFTER = [
    ("h", "III. PHẦN VIỆC CỦA HỢP TÁC XÃ, TỔ HỢP TÁC"),
    ("p", "Các hợp tác xã, tổ hợp tác liên kết báo lịch thu hoạch từng thửa cho Phòng Thu mua trước ngày 25/10/2026; "
          "không trộn củ của hộ ngoài vùng liên kết vào lô giao cho Công ty."),
    ("p", "Các phòng, tổ, đội căn cứ phân công trên chủ động triển khai./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- Các HTX, THT liên kết;", "- Các phòng, tổ, đội;",
            "- Lưu: VT, PTM."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Hoàng Thị Nguyệt Minh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:40 in Việt Nam
PDF_DATE = b"D:20261012094000+07'00'"


def pill(body: str, lead: bool) -> str:
    return f'<span class="pill {"lead" if lead else "help"}">{e(body)}</span>'


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 26/KH-TBN", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out.append(f'<p class="t">{e(LEGEND)} {pill("Đơn vị chủ trì", True)} {pill("Đơn vị phối hợp", False)}</p>')
    out.append('<table class="w">')
    out.append('<tr><th style="width:7%">TT</th><th style="width:45%">Việc</th><th style="width:30%">Đơn vị</th>'
               '<th style="width:18%">Thời hạn</th></tr>')
    for number, work, bodies, due in ROWS:
        chips = "<br>".join(pill(body, lead) for body, lead in bodies)
        out.append(f'<tr><td class="c">{e(number)}</td><td>{e(work)}</td><td>{chips}</td>'
                   f'<td class="c">{e(due)}</td></tr>')
    out.append('</table>')
    out += [block(*entry) for entry in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
