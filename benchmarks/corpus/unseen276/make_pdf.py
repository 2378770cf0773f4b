"""Print b_ha-tinh_23-KH-DVTS-2026_dau-vung-mua-me-htx.pdf, the two-hundred-and-seventy-sixth held-out set's PDF,
from ``sources/b_ha-tinh_23-KH-DVTS-2026_dau-vung-mua-me-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen276/make_pdf.py

A sesame-oil press's plan (March 2026) for buying black sesame and peanuts of cooperatives under contract for the
2026 crop: the opening, I. purposes, II. a note on how to read the stickers, then ten PRODUCT STICKERS two across as
printed on the press's bottles: "TEM 01" and a drawn BARCODE (stripes, no digits) at the top, the work as the product's
name, then "Cơ sở ép:" (the lead), "Đóng gói cùng:" (the partners, "—" none), "NSX:" (the plan's own date on every
sticker — not a time of the work, the note says) and "HSD:" (the time); III. closing; the signature beside "Nơi nhận".

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
STEM = "b_ha-tinh_23-KH-DVTS-2026_dau-vung-mua-me-htx"
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
.shelf { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; row-gap: 6mm; margin: 6pt 0 10pt; }
.tem { break-inside: avoid; border: 1px dashed #444; padding: 5pt 7pt; font-size: 10.5pt; }
.tem .top { display: flex; justify-content: space-between; align-items: center; margin-bottom: 4pt; }
.tem .no { font-weight: bold; font-size: 10pt; }
.tem .bars { width: 38mm; height: 9mm;
             background: repeating-linear-gradient(90deg, #000 0 1px, #fff 1px 3px, #000 3px 5px, #fff 5px 6px,
                                                   #000 6px 7px, #fff 7px 10px); }
.tem p { margin: 0; }
.tem p.work { text-align: justify; font-weight: bold; margin-bottom: 3pt; }
.tem p.f { font-size: 10pt; }
.tem .dates { display: flex; flex-wrap: wrap; justify-content: space-between; column-gap: 5mm; font-size: 10pt;
              border-top: 1px solid #888; margin-top: 3pt; padding-top: 2pt; }
.tem .dates span { white-space: nowrap; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("DẦU VỪNG TRÀ SƠN", "b"), ("Số: 23/KH-DVTS", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Tĩnh, ngày 06 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Liên kết với hợp tác xã trồng vừng đen, lạc làm nguyên liệu ép dầu vụ năm 2026"

BEFORE = [
    ("p", "Năm 2025 Công ty ép được 61 tấn dầu vừng, dầu lạc nhưng phải mua gần một nửa hạt vừng của thương lái ngoài "
          "tỉnh, độ ẩm và tạp chất không đều. Vùng bãi ven sông ở các xã phía tây tỉnh trồng vừng đen hợp đất, đã có ba "
          "hợp tác xã muốn bao tiêu. Theo nghị quyết của Hội đồng quản trị, Tổng Giám đốc lập Kế hoạch dưới đây."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Từ vụ hè thu 2026, ít nhất 70% hạt vừng đen và toàn bộ lạc ép dầu mua của hợp tác xã trong tỉnh, có nhật ký "
          "đồng ruộng."),
    ("p", "- Giá thu mua báo trước khi gieo; thành viên hợp tác xã bán được hạt xấu để làm khô dầu chăn nuôi."),
    ("h", "II. PHÂN CÔNG"),
    ("p", "Mỗi việc in thành một tem như tem dán chai dầu của Công ty. “Cơ sở ép” là bộ phận chịu trách nhiệm chính; "
          "“Đóng gói cùng” là bộ phận, đơn vị phối hợp (gạch ngang là không có); “HSD” là thời hạn phải xong. “NSX” "
          "trên mọi tem là ngày ký Kế hoạch, không phải thời hạn."),
]

# (work, lead, [partners], time)
LABELS = [
    ("Đi thực địa vùng bãi của HTX Nông nghiệp Sơn Kim, HTX Dịch vụ nông nghiệp Đức Quang và HTX Lạc Kỳ Tân, đo diện "
     "tích có thể gieo vừng đen vụ hè thu", "Phòng Nguyên liệu", ["Phòng Kỹ thuật - Chất lượng"], "31/3/2026"),
    ("Ký hợp đồng bao tiêu hạt vừng đen, lạc với ba hợp tác xã, ghi giá sàn và cách trừ ẩm, trừ tạp chất",
     "Phòng Kinh doanh", ["Phòng Tài chính - Kế toán"], "trước 20/4/2026"),
    ("Ứng trước giống vừng đen và phân hữu cơ cho thành viên hợp tác xã, trừ dần vào tiền hạt khi thu mua",
     "Phòng Tài chính - Kế toán", ["Phòng Nguyên liệu"], "tháng 4/2026"),
    ("Tập huấn gieo thưa, làm cỏ, phơi hạt trên bạt cho thành viên ba hợp tác xã, mỗi hợp tác xã hai buổi",
     "Phòng Kỹ thuật - Chất lượng", ["Trung tâm Dịch vụ nông nghiệp tỉnh Hà Tĩnh", "Hội Nông dân tỉnh Hà Tĩnh"],
     "quý II/2026"),
    ("Đặt tại mỗi hợp tác xã một máy đo độ ẩm hạt và một cân bàn, lập sổ cân có chữ ký hai bên",
     "Phòng Nguyên liệu", [], "trước 15/6/2026"),
    ("Thu mua hạt vừng đen vụ hè thu tại kho hợp tác xã, trả tiền cho thành viên trong 05 ngày sau khi cân",
     "Phòng Nguyên liệu", ["Phòng Tài chính - Kế toán"], "tháng 8 - tháng 9/2026"),
    ("Ép nguội mẻ đầu bằng hạt của hợp tác xã, ghi tên hợp tác xã và mã lô trên nhãn chai bán lẻ",
     "Xưởng Ép dầu", ["Phòng Kỹ thuật - Chất lượng"], "tháng 9/2026"),
    ("Bán lại khô dầu vừng, khô dầu lạc cho tổ hợp tác chăn nuôi của xã theo giá vốn",
     "Phòng Kinh doanh", ["Tổ hợp tác chăn nuôi Đức Quang"], "sau mỗi mẻ ép"),
    ("Gửi mẫu dầu ép từ hạt hợp tác xã đi kiểm nghiệm chỉ tiêu an toàn thực phẩm, làm hồ sơ sản phẩm OCOP",
     "Phòng Kỹ thuật - Chất lượng", ["Sở Công Thương tỉnh Hà Tĩnh"], "quý IV/2026"),
    ("Tổng kết vụ, tính lại giá sàn năm 2027 với ba hợp tác xã, báo cáo Hội đồng quản trị",
     "Phòng Kinh doanh", ["Phòng Nguyên liệu", "Phòng Tài chính - Kế toán"], "trước 25/11/2026"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, xưởng làm đúng tem việc đã giao; việc nào quá HSD thì trưởng phòng, xưởng tự "
          "giải trình với Tổng Giám đốc trong tuần đó./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT (b/c);", "- 03 HTX liên kết;", "- Các phòng, Xưởng Ép dầu;", "- Lưu: VT, KD."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lê Văn Thạc", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260306101500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def sticker(n: int, work: str, lead: str, partners: list[str], time: str) -> str:
    cung = ", ".join(partners) if partners else "—"
    return (f'<div class="tem"><div class="top"><span class="no">TEM {n:02d}</span><span class="bars"></span></div>'
            f'<p class="work">{e(work)}</p>'
            f'<p class="f">Cơ sở ép: {e(lead)}</p>'
            f'<p class="f">Đóng gói cùng: {e(cung)}</p>'
            f'<div class="dates"><span>NSX: 06/3/2026</span><span>HSD: {e(time)}</span></div></div>')


def build_html() -> str:
    out = page_start("Kế hoạch 23/KH-DVTS", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out.append('<div class="shelf">')
    out += [sticker(n, *entry) for n, entry in enumerate(LABELS, 1)]
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
