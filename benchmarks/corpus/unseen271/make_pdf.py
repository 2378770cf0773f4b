"""Print b_lao-cai_17-KH-MNLS-2026_mau-nhuom-the-cong-thuc.pdf, the two-hundred-and-seventy-first held-out set's PDF,
from ``sources/b_lao-cai_17-KH-MNLS-2026_mau-nhuom-the-cong-thuc.html``.

    .venv/bin/python benchmarks/corpus/unseen271/make_pdf.py

A natural-dye maker's plan (March 2026) for buying indigo leaves, turmeric, sappan wood, mạc nưa fruit and walnut
husks of cooperatives: the opening, I. purposes, II. the cooperatives (facts), III. the work as RECIPE CARDS two across
— a card head "CÔNG THỨC 01 · <colour>", then "Nền màu:" (the lead), "Pha thêm:" (partners), "Cách làm:" (the work)
and at the card's foot "Ngâm ủ đến:" (the time), a line under III.'s heading saying so; IV. organisation; the signature
beside "Nơi nhận".

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
STEM = "b_lao-cai_17-KH-MNLS-2026_mau-nhuom-the-cong-thuc"
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
.cards { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; margin: 4pt 0 8pt; }
.card { border: 1.5px solid #3a4a7a; border-radius: 3mm; padding: 0 0 2mm; font-size: 10.5pt; break-inside: avoid; }
.card .top { background: #3a4a7a; color: #fff; font-weight: bold; padding: 1.5mm 3mm; border-radius: 2.5mm 2.5mm 0 0;
             letter-spacing: 0.5pt; }
.card p { margin: 1.5mm 3mm 0; }
.card .lab { font-variant: small-caps; font-weight: bold; color: #3a4a7a; }
.card .foot { border-top: 1px dashed #3a4a7a; margin-top: 2mm; padding-top: 1.5mm; text-align: right; font-style: italic; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("MÀU NHUỘM THẢO MỘC LAM SƠN", "b"), ("Số: 17/KH-MNLS", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Sa Pa, ngày 09 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thu mua nguyên liệu nhuộm tự nhiên của hợp tác xã năm 2026"

BEFORE = [
    ("p", "Công ty chiết màu chàm, màu vàng nghệ, màu đỏ gỗ vang, màu đen mạc nưa và màu nâu vỏ óc chó bán cho các xưởng "
          "dệt thổ cẩm, xưởng may và khách du lịch. Nguyên liệu năm 2025 mua qua thương lái, lá chàm nhiều đợt bị ủ "
          "quá ngày, màu lên không đều. Năm 2026 Công ty chuyển sang mua thẳng của các hợp tác xã trồng, thu hái tại "
          "tỉnh; Giám đốc ban hành Kế hoạch này."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Đủ nguyên liệu cho 18 tấn cao màu năm 2026, mỗi mẻ biết rõ vườn trồng, ngày hái."),
    ("p", "- Trả giá ổn định để hợp tác xã yên tâm mở rộng diện tích chàm, nghệ, vang."),
    ("h", "II. HỢP TÁC XÃ CÙNG LÀM"),
    ("p", "HTX Chàm Tả Van (phường Sa Pa): trồng chàm mèo, ủ cao chàm. HTX Nông sản Bảo Hà (xã Bảo Hà): nghệ vàng, gỗ "
          "vang trồng xen. HTX Dược liệu Bản Hồ (xã Bản Hồ): mạc nưa, vỏ óc chó, thu hái theo mùa."),
    ("h", "III. CÁC CÔNG THỨC VIỆC"),
    ("p", "Mỗi việc ghi trên một thẻ như thẻ công thức của xưởng: “Nền màu” là bộ phận chịu trách nhiệm chính, “Pha "
          "thêm” là bộ phận, đơn vị cùng làm, “Cách làm” là nội dung việc, “Ngâm ủ đến” là thời hạn."),
]

# (colour, lead, partners, work, time)
CARDS = [
    ("Chàm đậm", "Phòng Nguyên liệu", "HTX Chàm Tả Van",
     "Đo, đánh dấu từng ruộng chàm của thành viên hợp tác xã, ghi sổ diện tích và ngày cắt lá dự kiến cho cả năm",
     "31/3/2026"),
    ("Chàm nhạt", "Phòng Kế toán", "Phòng Nguyên liệu",
     "Ký hợp đồng bao tiêu lá chàm tươi và cao chàm năm 2026, ứng trước 30% tiền hàng cho hợp tác xã mua giống",
     "trước 15/4/2026"),
    ("Vàng nghệ", "Phòng Nguyên liệu", "HTX Nông sản Bảo Hà",
     "Thu mua nghệ vàng đã thái lát, phơi khô đạt độ ẩm dưới 13%; trả lại lô có nấm mốc",
     "tháng 11/2026"),
    ("Đỏ vang", "Xưởng Chiết màu", "HTX Nông sản Bảo Hà; Phòng Kiểm nghiệm",
     "Nấu thử gỗ vang của hợp tác xã ba mẻ, so độ bền màu với gỗ vang mua ngoài, chọn cỡ dăm gỗ phù hợp",
     "quý II/2026"),
    ("Đen mạc nưa", "Phòng Nguyên liệu", "HTX Dược liệu Bản Hồ",
     "Hướng dẫn hợp tác xã hái mạc nưa đúng độ chín, không chặt cành; thu mua quả tươi trong ngày hái",
     "tháng 8/2026"),
    ("Nâu óc chó", "Phòng Kinh doanh", "HTX Dược liệu Bản Hồ",
     "Làm bộ mẫu vải nhuộm nâu vỏ óc chó ghi tên hợp tác xã, đưa vào catalogue gửi các xưởng dệt thổ cẩm",
     "30/6/2026"),
    ("Xanh lá", "Phòng Kiểm nghiệm", "Trung tâm Kiểm nghiệm tỉnh Lào Cai",
     "Gửi mẫu cao màu của từng hợp tác xã kiểm kim loại nặng, cấp phiếu kết quả kèm mỗi lô bán ra",
     "mỗi lô trước khi xuất"),
    ("Tím sim", "Phòng Hành chính - Nhân sự", "Liên minh Hợp tác xã tỉnh; HTX Chàm Tả Van",
     "Mở lớp ba ngày dạy thành viên hợp tác xã ủ chàm đúng kỹ thuật, ghi nhật ký ủ",
     "tháng 5/2026"),
    ("Xám tro", "Xưởng Chiết màu", "",
     "Trả bã lá chàm, bã nghệ sau chiết cho các hợp tác xã ủ phân bón ruộng", "hằng tuần"),
    ("Màu tổng hợp", "Phòng Kinh doanh", "Phòng Kế toán; Phòng Nguyên liệu",
     "Tổng kết một năm thu mua, đánh giá giá cả, chất lượng từng hợp tác xã; đề xuất hợp đồng năm 2027",
     "trước 20/11/2026"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, xưởng làm đúng thẻ của mình; ngày 28 hằng tháng gửi Phòng Kinh doanh tình hình thu mua để "
          "tổng hợp báo cáo Giám đốc./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- 03 HTX cùng làm;", "- Các phòng, xưởng;", "- Lưu: VT."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lý Thị Sẻng", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260309101500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def card(n: int, colour: str, lead: str, partners: str, work: str, time: str) -> str:
    return (f'<div class="card"><div class="top">CÔNG THỨC {n:02d} · {e(colour.upper())}</div>'
            f'<p><span class="lab">Nền màu:</span> {e(lead)}</p>'
            f'<p><span class="lab">Pha thêm:</span> {e(partners) if partners else "—"}</p>'
            f'<p><span class="lab">Cách làm:</span> {e(work)}</p>'
            f'<p class="foot"><span class="lab">Ngâm ủ đến:</span> {e(time)}</p></div>')


def build_html() -> str:
    out = page_start("Kế hoạch 17/KH-MNLS", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out.append('<div class="cards">')
    out += [card(n, *entry) for n, entry in enumerate(CARDS, 1)]
    out.append('</div>')
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
