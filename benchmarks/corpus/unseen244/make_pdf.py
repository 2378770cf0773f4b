"""Print b_an-giang_19-KH-CBPM-2026_co-bang-tht-to-truc-luan-phien.pdf, the two-hundred-and-forty-fourth held-out
set's PDF, from ``sources/b_an-giang_19-KH-CBPM-2026_co-bang-tht-to-truc-luan-phien.html``.

    .venv/bin/python benchmarks/corpus/unseen244/make_pdf.py

A grass-sedge (cỏ bàng) handicraft maker's plan (September 2026) for buying dried cỏ bàng and woven blanks from the
Khmer women's cooperative groups and a cooperative over the 2026 - 2027 dry season: the opening, I. aims; II. the
ROTA of the purchasing teams — a small table "Tháng | Tổ trực chủ trì các đợt thu mua trong tháng" and a note that a
task given to "tổ trực tháng" is led (or helped) by the team the rota names for that month; III. numbered items,
the monthly purchasing rounds given to "tổ trực tháng" (one helped by "tổ trực tháng 01/2027", the month before),
the other items naming their lead; IV. requests; the signature beside "Nơi nhận".

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
STEM = "b_an-giang_19-KH-CBPM-2026_co-bang-tht-to-truc-luan-phien"
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
p.item { text-align: justify; margin: 0 0 5pt; padding-left: 10mm; text-indent: -6mm; }
table.rota { border-collapse: collapse; margin: 4pt auto 8pt; font-size: 11pt; }
table.rota th, table.rota td { border: 0.8pt solid #000; padding: 2pt 10pt; text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("THỦ CÔNG CỎ BÀNG PHÚ MỸ", "b"), ("Số: 19/KH-CBPM", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Phú Mỹ, ngày 22 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thu mua cỏ bàng khô, hàng đan phôi từ tổ hợp tác và hợp tác xã trong mùa khô 2026 - 2027"

ROTA = [("Tháng 10/2026", "Tổ Thu mua số 1"), ("Tháng 11/2026", "Tổ Thu mua số 2"),
        ("Tháng 12/2026", "Tổ Thu mua số 1"), ("Tháng 01/2027", "Tổ Thu mua số 3"),
        ("Tháng 02/2027", "Tổ Thu mua số 2"), ("Tháng 3/2027", "Tổ Thu mua số 3")]

# ("h" heading | "p" paragraph | "rota" the rota table | ("i", number, text) an item)
BODY = [
    ("p", "Trong mùa khô năm trước (2025 - 2026), Công ty đã thu về 212 tấn cỏ bàng khô và 38.000 sản phẩm đan phôi (túi, giỏ, tấm lót "
          "chưa may viền) của 07 tổ hợp tác phụ nữ người Khmer và Hợp tác xã Đan đát cỏ bàng Phú Mỹ. Các đơn hàng túi, "
          "ống hút cỏ bàng đi châu Âu năm 2027 tăng gần gấp rưỡi; Công ty lập Kế hoạch thu mua mùa khô 2026 - 2027 "
          "như sau."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Mua đủ 300 tấn cỏ bàng khô, sợi dài từ 1,2 m trở lên, và 52.000 sản phẩm đan phôi đúng mẫu."),
    ("p", "- Mỗi đợt thu mua có một tổ chịu trách nhiệm từ đầu đến cuối; bà con được trả tiền ngay sau mỗi đợt."),
    ("h", "II. LỊCH TRỰC LUÂN PHIÊN CỦA CÁC TỔ THU MUA"),
    ("p", "Công ty có ba tổ thu mua. Mỗi tháng một tổ trực theo lịch dưới đây; tổ trực chủ trì mọi đợt thu mua trong "
          "tháng đó."),
    ("rota",),
    ("p", "Việc nào ở mục III giao cho “tổ trực tháng” thì đó là tổ có tên trong lịch trên ứng với tháng của đợt thu "
          "mua; các phòng, xưởng không cần hỏi lại Ban Giám đốc."),
    ("h", "III. CÁC VIỆC CỤ THỂ"),
    ("i", "1.", "Phòng Kinh doanh chốt đơn hàng năm 2027 với khách, chia số lượng phôi cần đan cho từng tổ hợp tác; "
                "tổ trực tháng 10/2026 cùng làm. Xong trước ngày 31/10/2026."),
    ("i", "2.", "Phòng Hành chính - Nhân sự mua bảo hiểm tai nạn cho thành viên tổ hợp tác đi cắt cỏ bàng ở vùng "
                "trũng ngập nước, phối hợp Ủy ban nhân dân xã Phú Mỹ lập danh sách. Xong trước ngày 30/10/2026."),
    ("i", "3.", "Xưởng Hoàn thiện làm thử quy trình xử lý chống mốc bằng hơi nóng cho cỏ bàng đã nhuộm, Phòng Kiểm "
                "hàng cùng theo dõi mẫu. Xong trước ngày 15/11/2026."),
    ("i", "4.", "Đợt thu mua cỏ bàng khô tháng 11/2026 tại Tổ hợp tác đan đệm cỏ bàng ấp Trà Phô: tổ trực tháng "
                "chủ trì, Kho Cỏ khô phối hợp cân, xếp kho. Xong trước ngày 28/11/2026."),
    ("i", "5.", "Phòng Thiết kế mẫu mở lớp dạy đan hai mẫu mới (giỏ đáy vuông, túi quai da) cho 60 thành viên tổ "
                "hợp tác, mời Hội Liên hiệp Phụ nữ xã Phú Mỹ cùng vận động chị em đi học. Làm trong tháng 12/2026."),
    ("i", "6.", "Đợt thu mua hàng đan phôi tháng 12/2026 của Hợp tác xã Đan đát cỏ bàng Phú Mỹ: tổ trực tháng chủ "
                "trì, Phòng Kiểm hàng phối hợp kiểm từng sản phẩm. Xong trước ngày 20/12/2026."),
    ("i", "7.", "Đợt thu mua tháng 01/2027, gom hết cỏ bàng và phôi của các tổ hợp tác trước Tết Nguyên đán: tổ trực "
                "tháng chủ trì, Phòng Kế toán phối hợp tạm ứng tiền. Xong trước ngày 25/01/2027."),
    ("i", "8.", "Đợt thu mua tháng 02/2027 sau Tết: tổ trực tháng chủ trì; tổ trực tháng 01/2027 bàn giao sổ ghi "
                "hàng còn nợ và cùng đi thu. Xong trước ngày 26/02/2027."),
    ("i", "9.", "Đợt thu mua cuối mùa khô, chốt sản lượng và công nợ với từng tổ hợp tác: tổ trực tháng chủ trì, "
                "Phòng Kế toán phối hợp. Làm trong tháng 3/2027."),
    ("i", "10.", "Phòng Kế toán trả tiền hàng vào tài khoản từng tổ, từng hợp tác xã chậm nhất 05 ngày làm "
                 "việc sau mỗi đợt thu mua."),
    ("i", "11.", "Phòng Kinh doanh tổng kết mùa thu mua, đề xuất giá mua mùa khô sau; ba tổ thu mua (Tổ Thu mua "
                 "số 1, Tổ Thu mua số 2, Tổ Thu mua số 3) cùng làm. Xong trước ngày 15/4/2027."),
    ("h", "IV. ĐỀ NGHỊ"),
    ("p", "Đề nghị các tổ hợp tác, Hợp tác xã Đan đát cỏ bàng Phú Mỹ phơi cỏ bàng thật khô, bó theo từng cỡ, báo "
          "trước số lượng cho tổ trực tháng ít nhất 03 ngày trước mỗi đợt thu mua./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- UBND xã Phú Mỹ;", "- 07 THT, HTX Đan đát cỏ bàng Phú Mỹ;",
            "- Các phòng, xưởng, tổ thu mua;", "- Lưu: VT."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Danh Thị Sa Ry", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:40 in Việt Nam
PDF_DATE = b"D:20260922094000+07'00'"


def rota() -> str:
    rows = "".join(f"<tr><td>{e(m)}</td><td>{e(t)}</td></tr>" for m, t in ROTA)
    return ('<table class="rota"><thead><tr><th>Tháng</th><th>Tổ trực chủ trì các đợt thu mua trong tháng</th></tr>'
            f'</thead><tbody>{rows}</tbody></table>')


def block(entry) -> str:
    if entry[0] == "rota":
        return rota()
    if entry[0] == "i":
        _, number, text = entry
        return f'<p class="item">{e(number)} {e(text)}</p>'
    kind, text = entry
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 19/KH-CBPM", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(entry) for entry in BODY]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
