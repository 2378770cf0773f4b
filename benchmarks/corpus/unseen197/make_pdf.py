"""Write b_dak-lak_73-KH-CPBD-2026_ca-phe-dac-san-qua-chin-htx.pdf, the hundred-and-ninety-seventh held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen197/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen197/make_pdf.py --html-only

A specialty-coffee roasting company's plan (October 2026) with the arabica and robusta cooperatives and a cooperative
group that sell it ripe cherries over the 2026 - 2027 crop: the opening, I. targets, II. the linked units (facts),
III. a legend saying how the names are printed, then thirteen numbered paragraphs whose ROLES ARE MARKED ONLY BY
TYPE: each paragraph gives the work, then, after a dash, the units — the one that leads in bold and underlined, those
that take part in italics, in either order — and ends with its time in a grey-shaded box; no "chủ trì" or "phối hợp"
word in them. ``pdftotext`` keeps the words and loses the marks. IV. the closing; the signature beside "Nơi nhận".

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
STEM = "b_dak-lak_73-KH-CPBD-2026_ca-phe-dac-san-qua-chin-htx"
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
p.legend { font-size: 10.5pt; margin: 0 0 8pt; }
u.lead { font-weight: bold; }
span.han { background: #d9d9d9; padding: 0 3pt; white-space: nowrap; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("CÀ PHÊ ĐẶC SẢN BUÔN ĐÔN", "b"), ("Số: 73/KH-CPBĐ", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Buôn Ma Thuột, ngày 05 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thu mua quả chín, sơ chế và nâng hạng cà phê đặc sản cùng các hợp tác xã liên kết niên vụ 2026 - 2027"

BEFORE = [
    ("p", "Niên vụ trước, Công ty rang và bán 212 tấn cà phê nhân, trong đó chỉ 38 tấn đạt điểm thử nếm từ 80 trở lên "
          "theo thang của Hiệp hội Cà phê đặc sản (SCA); phần lớn lô bị hạ điểm vì hái lẫn quả xanh và phơi trên nền "
          "đất. Khách hàng ở Hàn Quốc, Úc đã đặt trước 90 tấn nhân đặc sản cho năm 2027. Công ty đặt ra những việc "
          "sau để cùng các đơn vị liên kết chuẩn bị và đi hết niên vụ:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Mua 1.450 tấn quả chín, tỷ lệ quả chín mỗi lô từ 90% trở lên; có ít nhất 95 tấn nhân đạt 80 điểm."),
    ("p", "- Trả cho thành viên hợp tác xã giá cao hơn giá quả tươi thị trường từ 15% trở lên, thưởng thêm theo điểm."),
    ("h", "II. CÁC ĐƠN VỊ LIÊN KẾT"),
    ("p", "HTX Arabica Chư Yang Sin (xã Krông Bông, 96 ha), HTX Cà phê chất lượng cao Cư Pơng (xã Cư Pơng, 140 ha), "
          "HTX Nông nghiệp Ea Tân (xã Ea Tân, 118 ha) và THT cà phê chín buôn Tơng Jú (xã Ea Kao, 35 ha). Vụ thu hoạch "
          "robusta từ tháng 10 đến tháng 12, arabica từ tháng 11 đến tháng 01 năm sau."),
    ("h", "III. CÔNG VIỆC"),
]

LEGEND = ("Cách đọc: sau mỗi việc là tên các đơn vị; tên in đậm, gạch chân là đơn vị chịu trách nhiệm chính; tên in "
          "nghiêng là đơn vị cùng làm; thời hạn trong ô nền xám cuối đoạn.")

# (the work, [(unit, "L" lead | "P" taking part)], the time)
ITEMS = [
    ("Ký phụ lục mua quả chín niên vụ 2026 - 2027 với từng hợp tác xã, tổ hợp tác: sản lượng, giá nền và mức thưởng "
     "theo điểm thử nếm",
     [("Phòng Thu mua nguyên liệu", "L"), ("Phòng Tài chính - Kế toán", "P")], "Trước 15/10/2026"),
    ("Tập huấn hái chọn quả chín, loại quả xanh, quả khô tại vườn cho thành viên ba hợp tác xã và tổ hợp tác",
     [("Trung tâm Khuyến nông tỉnh", "P"), ("Phòng Kỹ thuật vùng trồng", "L")], "Trước 25/10/2026"),
    ("Gửi danh sách thành viên, diện tích, sản lượng dự kiến của từng vườn để Công ty xếp lịch nhận quả",
     [("Các hợp tác xã, tổ hợp tác liên kết", "L"), ("Phòng Thu mua nguyên liệu", "P")], "Trước 20/10/2026"),
    ("Dựng 02 nhà phơi có mái che và giàn phơi cao tại điểm sơ chế của HTX Arabica Chư Yang Sin",
     [("HTX Arabica Chư Yang Sin", "P"), ("Phòng Kỹ thuật vùng trồng", "L")], "Xong trước 10/11/2026"),
    ("Lập hồ sơ vùng trồng không phá rừng theo quy định của Liên minh châu Âu cho vườn của thành viên: đo tọa độ "
     "ranh giới từng vườn, lưu ảnh vệ tinh",
     [("Phòng Kỹ thuật vùng trồng", "L"), ("Phòng Thu mua nguyên liệu", "P")], "Trước 31/12/2026"),
    ("Sơ chế mật ong (honey) và phơi nguyên quả (natural) các lô quả chín nhận về; sấy nhân đến độ ẩm dưới 12,5% "
     "rồi mới đóng bao",
     [("Xưởng sơ chế Ea Tân", "L")], "Từ 01/11/2026 đến 31/01/2027"),
    ("Lấy mẫu từng lô nhân, thử nếm theo thang điểm SCA và báo điểm của lô cho hợp tác xã đã bán quả",
     [("Xưởng sơ chế Ea Tân", "P"), ("Phòng Quản lý chất lượng", "L")], "Trong 05 ngày sau khi lô nhập kho"),
    ("Chuyển tiền quả chín và tiền thưởng cho các lô đạt từ 80 điểm vào tài khoản hợp tác xã, tổ hợp tác",
     [("Phòng Tài chính - Kế toán", "L")], "Ngày 10 và ngày 25 hằng tháng"),
    ("Lấy mẫu đất tại 40 vườn của thành viên để khuyến cáo lượng phân bón, vôi cho vụ sau",
     [("Viện Khoa học Kỹ thuật Nông Lâm nghiệp Tây Nguyên", "P"), ("Phòng Kỹ thuật vùng trồng", "L")],
     "Tháng 12/2026"),
    ("Ứng trước phân hữu cơ vi sinh cho thành viên THT cà phê chín buôn Tơng Jú, trừ dần vào tiền quả vụ sau",
     [("Phòng Thu mua nguyên liệu", "L"), ("Phòng Tài chính - Kế toán", "P")], "Tháng 02/2027"),
    ("In tên hợp tác xã và vùng trồng trên túi cà phê rang 250 g của từng lô đặc sản",
     [("Phòng Kinh doanh", "L"), ("Phòng Quản lý chất lượng", "P")], "Quý I/2027"),
    ("Đưa 03 lô điểm cao nhất dự thi cà phê đặc sản tại Lễ hội Cà phê Buôn Ma Thuột năm 2027",
     [("HTX Arabica Chư Yang Sin", "P"), ("Phòng Quản lý chất lượng", "P"), ("Phòng Kinh doanh", "L")],
     "Tháng 3/2027"),
    ("Tổng kết niên vụ với các hợp tác xã, tổ hợp tác, thống nhất giá nền niên vụ 2027 - 2028",
     [("Ban Tổng giám đốc", "L"), ("Phòng Thu mua nguyên liệu", "P")], "Trước 30/4/2027"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Các phòng, xưởng bám sát Kế hoạch; vướng mắc báo ngay Ban Tổng giám đốc. Đề nghị các hợp tác xã, tổ hợp tác "
          "liên kết phổ biến Kế hoạch này đến từng thành viên./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 03 HTX, 01 THT liên kết;", "- Các phòng, xưởng;",
            "- Lưu: VT, TM."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Phạm Quang Thiện", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20261005101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def item(n: int, work: str, units, time: str) -> str:
    names = ", ".join(f'<u class="lead">{e(name)}</u>' if role == "L" else f'<i>{e(name)}</i>'
                      for name, role in units)
    return f'<p class="t">{n}. {e(work)} — {names} <span class="han">{e(time)}</span></p>'


def build_html() -> str:
    out = page_start("Kế hoạch 73/KH-CPBĐ", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out.append(f'<p class="legend"><i>{e(LEGEND)}</i></p>')
    out += [item(n, *row) for n, row in enumerate(ITEMS, 1)]
    out += [paragraph(kind, text) for kind, text in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
