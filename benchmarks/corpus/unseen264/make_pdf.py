"""Print b_quang-ngai_27-KH-OSH-2026_tuong-ot-mua-ot-toi-htx-the-ruy-bang.pdf, the two-hundred-and-sixty-fourth held-out
set's PDF, from ``sources/b_quang-ngai_27-KH-OSH-2026_tuong-ot-mua-ot-toi-htx-the-ruy-bang.html``.

    .venv/bin/python benchmarks/corpus/unseen264/make_pdf.py

A chilli-sauce maker's plan (August 2026) for buying chillies, Lý Sơn garlic and tomatoes of cooperatives for the
2026 - 2027 season: the opening, I. purposes, II. the cooperatives (facts), III. a note, then ONE BORDERED CARD PER TASK
whose top-left corner carries a DIAGONAL RIBBON (turned 45°) with the LEAD on it; inside the card the task's number,
the work, a line "cùng: …" (the partners, "(không)" for none), and at its bottom right the time after a
black flag "⚑"; IV. closing; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif (the flag from DejaVu Sans).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_quang-ngai_27-KH-OSH-2026_tuong-ot-mua-ot-toi-htx-the-ruy-bang"
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
div.card { position: relative; overflow: hidden; border: 1.2px solid #8b1a1a; border-radius: 4px;
           margin: 0 0 7pt; padding: 6pt 8pt 4pt 36mm; min-height: 30mm; break-inside: avoid; font-size: 11pt; }
div.ribbon { position: absolute; top: 13mm; left: -17mm; width: 66mm; transform: rotate(-45deg);
             background: #c0392b; color: #fff; text-align: center; font-family: "DejaVu Sans"; font-size: 6.5pt;
             font-weight: bold; line-height: 1.25; padding: 2pt 0; }
div.card p { margin: 0; text-align: justify; }
div.card p.no { font-weight: bold; color: #8b1a1a; font-size: 10pt; }
div.card p.with { font-style: italic; font-size: 10pt; margin-top: 2pt; }
div.card p.due { text-align: right; font-size: 10pt; margin-top: 2pt; }
span.glass { font-family: "DejaVu Sans"; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("THỰC PHẨM ỚT SA HUỲNH", "b"), ("Số: 27/KH-OSH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Quảng Ngãi, ngày 05 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thu mua ớt, tỏi, cà chua của hợp tác xã làm tương ớt vụ 2026 - 2027"

BEFORE = [
    ("p", "Nhà máy của Công ty ở xã Sa Huỳnh cần mỗi năm khoảng 1.800 tấn ớt tươi, 220 tấn tỏi và 600 tấn cà chua. Vụ "
          "trước gần một nửa lượng ớt phải mua qua thương lái, lẫn nhiều quả dập, có lô còn dư lượng thuốc vượt mức cho "
          "phép nên phải hủy. Tổng Giám đốc ban hành Kế hoạch này để vụ 2026 - 2027 mua chủ yếu của hợp tác xã có vùng "
          "trồng được cấp mã số."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Ít nhất 70% ớt tươi và toàn bộ tỏi mua của hợp tác xã theo hợp đồng bao tiêu, giá sàn báo trước từng tháng."),
    ("p", "- Lô nào cũng truy được về vùng trồng; không còn lô nguyên liệu phải hủy vì dư lượng thuốc."),
    ("h", "II. CÁC HỢP TÁC XÃ BÁN HÀNG CHO CÔNG TY"),
    ("p", "HTX Nông nghiệp Phổ Khánh (ớt chỉ thiên, 95 ha); HTX Tỏi Lý Sơn (tỏi cô đơn và tỏi nhiều tép, đặc khu Lý "
          "Sơn); HTX Rau quả Nghĩa Hành (cà chua, ớt sừng); Tổ hợp tác sơ chế ớt Đức Phổ (phân loại, cắt cuống)."),
    ("h", "III. PHÂN CÔNG"),
    ("p", "Mỗi việc là một ô. Dải ruy băng đỏ ở góc trên bên trái ô ghi bộ phận chịu trách nhiệm chính; dòng “cùng:” là "
          "bộ phận, đơn vị cùng làm; thời hạn ở góc dưới bên phải, sau dấu lá cờ."),
]

# (lead, [partners], work, time)
CARDS = [
    ("Phòng Nguyên liệu", ["Phòng Quản lý chất lượng"],
     "Đi từng cánh đồng ớt của HTX Nông nghiệp Phổ Khánh và HTX Rau quả Nghĩa Hành, đo diện tích, xem nhật ký phun "
     "thuốc, ước sản lượng từng tháng của vụ", "trước 25/8/2026"),
    ("Phòng Quản lý chất lượng", ["Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Quảng Ngãi"],
     "Tập huấn cho tổ trưởng sản xuất của các hợp tác xã cách ghi nhật ký, thời gian cách ly thuốc trước khi hái",
     "tháng 9/2026"),
    ("Phòng Kế toán", ["Phòng Nguyên liệu"],
     "Ký hợp đồng bao tiêu ớt, cà chua với hai hợp tác xã, có giá sàn và cách tính thưởng cho ớt loại một",
     "trước 15/9/2026"),
    ("Phòng Nguyên liệu", ["HTX Tỏi Lý Sơn", "Đội Xe"],
     "Thỏa thuận lịch tàu chở tỏi từ đặc khu Lý Sơn vào cảng Sa Kỳ, thuê kho mát giữ tỏi khô tại cảng",
     "quý IV/2026"),
    ("Xưởng Sản xuất", [],
     "Chạy thử mẻ tương ớt tỏi Lý Sơn 2.000 chai, so màu, độ cay với mẻ làm từ tỏi nhập",
     "tháng 11/2026"),
    ("Tổ hợp tác sơ chế ớt Đức Phổ", ["Phòng Quản lý chất lượng"],
     "Nhận ớt tại điểm gom, bỏ quả dập, cắt cuống, đóng sọt nhựa có dán phiếu ghi mã vùng trồng trước khi giao",
     "mỗi ngày trong mùa thu hoạch"),
    ("Phòng Quản lý chất lượng", [],
     "Lấy mẫu ngẫu nhiên ớt, cà chua của mỗi chuyến hàng kiểm tra nhanh dư lượng thuốc; lô không đạt trả lại ngay tại "
     "cổng", "khi có chuyến hàng về nhà máy"),
    ("Phòng Kế toán", [],
     "Chuyển tiền hàng vào tài khoản hợp tác xã trong 03 ngày làm việc kể từ ngày cân",
     "thường xuyên"),
    ("Phòng Kinh doanh", ["HTX Tỏi Lý Sơn"],
     "In tên hợp tác xã và vùng trồng lên nhãn dòng tương ớt tỏi Lý Sơn; đăng ký sản phẩm OCOP",
     "quý I/2027"),
    ("Ban Tổng Giám đốc", ["Phòng Nguyên liệu", "Phòng Kế toán", "Xưởng Sản xuất"],
     "Tổng kết vụ với các hợp tác xã, tổ hợp tác; chốt diện tích và giá sàn cho vụ 2027 - 2028",
     "trước 30/4/2027"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, Quản đốc Xưởng Sản xuất, Đội trưởng Đội Xe làm theo các ô ở mục III; giữa mỗi tháng gửi Phó "
          "Tổng Giám đốc phụ trách sản xuất một trang báo cáo tiến độ./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT (b/c);", "- Các HTX, THT bán hàng;", "- Các phòng, Xưởng, Đội Xe;", "- Lưu: VT, NL."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Huỳnh Văn Thịnh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260805101500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def card(n: int, lead: str, partners: list[str], work: str, time: str) -> str:
    return (f'<div class="card"><div class="ribbon">{e(lead)}</div>'
            f'<p class="no">Việc {n:02d}</p><p>{e(work)}</p>'
            f'<p class="with">cùng: {e(", ".join(partners)) if partners else "(không)"}</p>'
            f'<p class="due"><span class="glass">⚑</span> {e(time)}</p></div>')


def build_html() -> str:
    out = page_start("Kế hoạch 27/KH-OSH", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out += [card(n, *entry) for n, entry in enumerate(CARDS, 1)]
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
