"""Print b_khanh-hoa_19-KH-HSTT-2026_hai-sam-ao-tom-vong-mua-vu.pdf, the two-hundred-and-twenty-seventh held-out set's
PDF, from ``sources/b_khanh-hoa_19-KH-HSTT-2026_hai-sam-ao-tom-vong-mua-vu.html``.

    .venv/bin/python benchmarks/corpus/unseen227/make_pdf.py

A sea-cucumber company's plan (September 2026) for raising sand sea cucumbers in idle shrimp ponds together with
aquaculture cooperatives and a cooperative group, season 2026 - 2027: page 1 the opening, I. purposes, II. the
partner units as "-" lines (facts) and III.'s sentence on how the wheel is read; page 2 holds only the SEASONAL WHEEL:
twelve month boxes set round a central circle (a 4 × 4 grid whose middle is the circle), read CLOCKWISE from the
top-left box "Tháng 9/2026" to "Tháng 8/2027" beside it, each box the work of that month with an "Đảm trách:" line
(the unit that keeps the work) and a "Góp sức:" line (those who help; left out when none); the box "Tháng 01/2027"
holds no work (the Tết break); page 3 IV. two numbered paragraphs, the closing sentence and the signature beside
"Nơi nhận".

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
STEM = "b_khanh-hoa_19-KH-HSTT-2026_hai-sam-ao-tom-vong-mua-vu"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 18mm 15mm 18mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 45% 55%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.wheelpage { break-before: page; break-after: page; }
.wheelpage h3 { text-align: center; margin: 0 0 6pt; }
.wheel { display: grid; grid-template-columns: repeat(4, 1fr); grid-template-rows: repeat(4, 56mm); gap: 3mm;
         font-size: 8.6pt; line-height: 1.3; }
.box { border: 1px solid #000; padding: 2mm; overflow: hidden; }
.box p { margin: 0 0 2pt; }
.box .m { font-weight: bold; text-align: center; border-bottom: 1px solid #000; padding-bottom: 1mm;
          margin-bottom: 2mm; }
.box .w { text-align: left; }
.hub { grid-column: 2 / 4; grid-row: 2 / 4; display: flex; align-items: center; justify-content: center; }
.ring { width: 100mm; height: 100mm; border: 1.5px solid #000; border-radius: 50%; display: flex;
        flex-direction: column; align-items: center; justify-content: center; text-align: center; font-size: 10pt; }
.ring p { margin: 0 8mm 4pt; }
.ring .big { font-size: 20pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("HẢI SÂM THỦY TRIỀU", "b"), ("Số: 19/KH-HSTT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Cam Ranh, ngày 09 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Nuôi hải sâm cát trong ao tôm bỏ trống cùng các hợp tác xã, tổ hợp tác vụ 2026 - 2027"

PAGE1 = [
    ("p", "Quanh đầm Thủy Triều hiện có khoảng 60 ha ao nuôi tôm bỏ trống sau các vụ tôm thua lỗ. Năm 2025 - 2026, "
          "Công ty nuôi thử hải sâm cát trong 03 ao thuê của hộ dân, tỷ lệ sống đạt 58%, sau 7 tháng con đạt bình quân "
          "220 g. Công ty lập Kế hoạch này để cùng các hợp tác xã, tổ hợp tác nuôi hải sâm trên 14 ao trong vụ 2026 - "
          "2027; Công ty cung cấp con giống, thức ăn bổ sung, hướng dẫn kỹ thuật và mua lại toàn bộ hải sâm."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Đưa 14 ao tôm bỏ trống (khoảng 11 ha) vào nuôi hải sâm cát; tỷ lệ sống từ 55% trở lên."),
    ("p", "- Các hợp tác xã, tổ hợp tác có thêm nguồn thu ổn định từ ao cũ, không phải thuê thêm đất."),
    ("h", "II. ĐƠN VỊ CÙNG NUÔI"),
    ("p", "- HTX Thủy sản Cam Thịnh Đông: 06 ao, khoảng 4,8 ha."),
    ("p", "- HTX Dịch vụ nuôi trồng thủy sản Cam Lập: 05 ao, khoảng 3,9 ha."),
    ("p", "- THT nuôi trồng thủy sản thôn Mỹ Thanh: 03 ao, khoảng 2,3 ha."),
    ("h", "III. VÒNG VIỆC CẢ VỤ"),
    ("p", "Các việc của vụ nuôi được vẽ thành vòng ở trang sau, như mặt đồng hồ: đọc theo chiều kim đồng hồ, bắt đầu "
          "từ ô “Tháng 9/2026” ở góc trên bên trái, đi hết hàng trên, xuống cột phải, sang hàng dưới từ phải qua trái, "
          "lên cột trái và kết thúc ở ô “Tháng 8/2027” ngay dưới ô đầu tiên. Mỗi ô là việc phải xong trong tháng ghi ở "
          "đầu ô; dòng “Đảm trách” là bộ phận, đơn vị làm chính, dòng “Góp sức” là đơn vị cùng làm (ô không có dòng "
          "này thì không có đơn vị cùng làm)."),
]

# (month, work, lead, partners) — partners "" when the box has no "Góp sức" line; work "" and lead "" for the Tết box
BOXES = {
    "sep": ("Tháng 9/2026", "Ký hợp đồng nuôi chung với từng HTX, THT; đo độ mặn, kiểm tra nền đáy của 14 ao.",
            "Phòng Kỹ thuật nuôi", "Phòng Kế toán"),
    "oct": ("Tháng 10/2026", "Cải tạo ao: nạo vét bùn đen, phơi đáy, rải cát sạch dày 10 cm, dựng lưới chắn quanh bờ.",
            "Các HTX, THT cùng nuôi", "Phòng Kỹ thuật nuôi"),
    "nov": ("Tháng 11/2026", "Thả đợt 1 khoảng 240.000 con hải sâm giống cỡ 2 - 3 g vào 08 ao đã cải tạo xong.",
            "Trại giống Cam Lập", "HTX Thủy sản Cam Thịnh Đông, THT nuôi trồng thủy sản thôn Mỹ Thanh"),
    "dec": ("Tháng 12/2026", "Tập huấn tổ kỹ thuật của các HTX, THT: đo độ mặn sau mưa lớn, cho ăn bổ sung, san "
                             "thưa khi ao nuôi dày.",
            "Phòng Kỹ thuật nuôi", "Viện Nghiên cứu Nuôi trồng thủy sản III"),
    "jan": ("Tháng 01/2027", "Nghỉ Tết Nguyên đán Đinh Mùi: không thả giống, không thu hoạch; các ao vẫn nuôi bình "
                             "thường.", "", ""),
    "feb": ("Tháng 02/2027", "Thả đợt 2 khoảng 180.000 con giống vào 06 ao còn lại sau khi thu tôm vụ cũ.",
            "Trại giống Cam Lập", "HTX Dịch vụ nuôi trồng thủy sản Cam Lập"),
    "mar": ("Tháng 3/2027", "Lấy mẫu nước, mẫu đất đáy ở cả 14 ao kiểm tra kim loại nặng và vi sinh.",
            "Phòng Chất lượng", "Chi cục Thủy sản và Kiểm ngư tỉnh"),
    "apr": ("Tháng 4/2027", "Cân mẫu đo tăng trọng, san thưa những ao có mật độ quá 3 con/m².",
            "Các HTX, THT cùng nuôi", "Phòng Kỹ thuật nuôi"),
    "may": ("Tháng 5/2027", "Thu thử 02 ao, chế biến thử hải sâm khô và hải sâm đông lạnh nguyên con.",
            "Xưởng Chế biến", "Phòng Chất lượng"),
    "jun": ("Tháng 6/2027", "Thu hoạch đợt 1; cân tại bờ ao, phân cỡ, lập biên bản với từng HTX, THT.",
            "Xưởng Chế biến", "Các HTX, THT cùng nuôi"),
    "jul": ("Tháng 7/2027", "Thanh toán tiền hải sâm cho các HTX, THT theo biên bản cân của đợt 1.",
            "Phòng Kế toán", ""),
    "aug": ("Tháng 8/2027", "Tổng kết vụ nuôi, chốt giá mua và số ao của vụ 2027 - 2028.",
            "Ban Giám đốc", "Phòng Kỹ thuật nuôi, Phòng Kế toán"),
}
# the 4 × 4 grid read row by row; "hub" is the circle in the middle (it spans the four middle cells)
GRID = [["sep", "oct", "nov", "dec"],
        ["aug", "hub", None, "jan"],
        ["jul", None, None, "feb"],
        ["jun", "may", "apr", "mar"]]

PAGE3 = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Kế toán mở sổ theo dõi con giống, thức ăn đã cấp và tiền phải trả cho từng hợp tác xã, tổ hợp tác; "
          "gửi bản đối chiếu cho các đơn vị trước ngày 05 hằng tháng."),
    ("p", "2. Công ty đề nghị UBND phường Cam Linh, UBND xã Cam Lâm cho các hợp tác xã, tổ hợp tác dùng ao tôm bỏ trống "
          "vào nuôi hải sâm theo quy hoạch nuôi trồng thủy sản, có ý kiến bằng văn bản trước ngày 30/9/2026."),
    ("p", "Các bộ phận căn cứ vòng việc ở mục III chủ động làm phần việc của mình; việc phát sinh báo Giám đốc để xử "
          "lý./."),
]

NOI_NHAN = ["Nơi nhận:", "- HTX Thủy sản Cam Thịnh Đông;", "- HTX DV NTTS Cam Lập;", "- THT NTTS thôn Mỹ Thanh;",
            "- UBND phường Cam Linh, UBND xã Cam Lâm;", "- Các bộ phận Công ty;", "- Lưu: VT."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Võ Thị Ngọc Trâm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20260909143000+07'00'"


def block(entry) -> str:
    kind, text = entry
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def box(key: str) -> str:
    month, work, lead, partners = BOXES[key]
    lines = [f'<p class="m">{e(month)}</p>', f'<p class="w">{e(work)}</p>']
    if lead:
        lines.append(f'<p><b>Đảm trách:</b> {e(lead)}</p>')
    if partners:
        lines.append(f'<p><b>Góp sức:</b> {e(partners)}</p>')
    return '<div class="box">' + "".join(lines) + '</div>'


def wheel() -> list[str]:
    out = ['<div class="wheelpage">', '<h3>VÒNG VIỆC VỤ NUÔI HẢI SÂM 2026 - 2027</h3>', '<div class="wheel">']
    for row in GRID:
        for key in row:
            if key == "hub":
                out.append('<div class="hub"><div class="ring"><p class="big">↻</p>'
                           '<p class="b">VỤ NUÔI 2026 - 2027</p>'
                           '<p class="i">đọc theo chiều kim đồng hồ, bắt đầu từ ô Tháng 9/2026</p>'
                           '<p>14 ao · 3 đơn vị cùng nuôi</p></div></div>')
            elif key:
                out.append(box(key))
    out += ['</div>', '</div>']
    return out


def build_html() -> str:
    out = page_start("Kế hoạch 19/KH-HSTT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(entry) for entry in PAGE1]
    out += wheel()
    out += [block(entry) for entry in PAGE3]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
