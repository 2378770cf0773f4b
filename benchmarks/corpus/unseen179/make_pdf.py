"""Write b_lai-chau_63-KH-CTPTL-2026_cap-treo-htx-mua-cao-diem.pdf, the hundred-and-seventy-ninth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen179/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen179/make_pdf.py --html-only

A cable-car tourism company (October 2026) planning the year-end peak season and Tết with the cooperatives and
cooperative groups of the communes round its stations: kiosks let to them, produce bought for its restaurant, a
cleaning contract, a shuttle run by a transport cooperative, seasonal staff from their members, weekend highland
market days, payment. The opening, I. purposes ("-" lines), II. the work as numbered paragraphs in a wide MAIN
COLUMN, each with a SHADED SIDE NOTE level with it in the right-hand column that alone names its unit in charge
("Phụ trách"), the bodies that cooperate ("Phối hợp") and its time ("Hạn") — the sentences name none of them; a line
above says how to read the notes; times in clock hours and working days ("Trước 17h00 ngày …", "7h00 - 17h00 thứ
Bảy, Chủ nhật hằng tuần, từ … đến …", "Trong 05 ngày làm việc sau …"); III. one closing paragraph; the signature
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
STEM = "b_lai-chau_63-KH-CTPTL-2026_cap-treo-htx-mua-cao-diem"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 11.5pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.hint { font-style: italic; font-size: 10pt; margin: 0 0 6pt; }
.item { display: grid; grid-template-columns: 64% 34%; column-gap: 2%; margin: 0 0 7pt; break-inside: avoid; }
.item p.t { margin: 0; }
.note { background: #e6e6e6; border-left: 2pt solid #555; padding: 3pt 5pt; font-size: 9pt; line-height: 1.3; }
.note p { margin: 0 0 2pt; }
.note p.label { font-weight: bold; margin: 0; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("CÁP TREO PU TA LENG", "b"), ("Số: 63/KH-CTPTL", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lai Châu, ngày 02 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Cùng các hợp tác xã, tổ hợp tác địa phương phục vụ mùa du lịch cuối năm 2026 và Tết Nguyên đán Đinh "
            "Mùi")

BEFORE = [
    ("p", "Tuyến cáp treo Pu Ta Leng đưa vào khai thác từ tháng 4/2026, đến hết tháng 9/2026 đón khoảng 118.000 lượt "
          "khách; dự kiến từ tháng 11/2026 đến hết tháng 02/2027 (mùa hoa, mùa săn mây và dịp Tết) lượng khách tăng "
          "gấp đôi. Thực hiện biên bản ghi nhớ hợp tác ngày 15/8/2026 giữa Công ty với UBND xã Tam Đường, UBND xã Bình "
          "Lư và 05 hợp tác xã, 02 tổ hợp tác trên địa bàn, Công ty đề ra các việc cụ thể dưới đây."),
    ("h", "I. YÊU CẦU CHUNG"),
    ("p", "- Ưu tiên dùng sản phẩm, dịch vụ và lao động của hợp tác xã, tổ hợp tác địa phương cho hoạt động của khu "
          "cáp treo; ít nhất 60% rau, thịt, chè dùng tại nhà hàng ga đến mua của hợp tác xã."),
    ("p", "- Hợp đồng rõ ràng, thanh toán đúng hạn; hàng hóa bán cho khách có nguồn gốc, giá niêm yết."),
    ("p", "- Không để ùn tắc, mất an toàn tại khu vực ga đi trong những ngày cao điểm."),
    ("h", "II. NỘI DUNG THỰC HIỆN"),
    ("hint", "Ô bên phải mỗi nội dung ghi bộ phận phụ trách, đơn vị phối hợp và thời hạn thực hiện."),
]

# (number, work, in charge, cooperating, time)
ITEMS = [
    ("1", "Ký hợp đồng cho các hợp tác xã, tổ hợp tác thuê 12 ki-ốt tại quảng trường ga đi để bán đặc sản, đồ "
          "thổ cẩm, đồ uống; miễn tiền thuê 03 tháng đầu, thu phí điện nước theo công tơ riêng.",
     "Phòng Kinh doanh - Dịch vụ", "UBND xã Tam Đường", "Trước 17h00 ngày 20/10/2026"),
    ("2", "Ký hợp đồng với HTX Môi trường xanh Bình Lư thu gom rác, quét dọn đường dạo và nhà vệ sinh công cộng ở "
          "hai ga, tăng ca vào thứ Bảy, Chủ nhật và các ngày Tết.",
     "Phòng Hành chính - Nhân sự", "—", "Trước 17h00 ngày 25/10/2026"),
    ("3", "Đặt mua rau, thịt lợn đen, gà đồi, chè Shan tuyết của hợp tác xã cho nhà hàng ga đến theo đơn đặt hàng "
          "gửi từng tuần; kiểm tra nguồn gốc, chất lượng từng lô khi nhận.",
     "Bộ phận Ẩm thực", "HTX Nông sản Bản Hon", "Thứ Hai hằng tuần, bắt đầu từ 02/11/2026"),
    ("4", "Tuyển 20 lao động thời vụ là thành viên hợp tác xã, tổ hợp tác (soát vé, hướng dẫn khách, giữ xe) và "
          "huấn luyện 05 ngày về an toàn, phục vụ khách trước khi nhận việc.",
     "Phòng Hành chính - Nhân sự", "Phòng Vận hành", "Tháng 11/2026"),
    ("5", "Thống nhất giá vé, lịch chạy xe trung chuyển của HTX Dịch vụ vận tải Tam Đường đưa khách từ bãi đỗ xe "
          "tập trung lên ga đi; bố trí điểm đón, trả khách có mái che.",
     "Phòng Vận hành", "UBND xã Tam Đường; Công an xã Tam Đường", "Trước 15/11/2026"),
    ("6", "Giới thiệu sản phẩm OCOP của các hợp tác xã trên màn hình trong cabin, trang web và trang mạng xã hội "
          "của Công ty; in bản đồ điểm mua sắm phát kèm vé.",
     "Phòng Kinh doanh - Dịch vụ", "Sở Văn hóa, Thể thao và Du lịch", "Quý IV/2026"),
    ("7", "Tổ chức “Phiên chợ vùng cao” tại quảng trường ga đi: mỗi phiên 20 gian hàng của hợp tác xã, tổ hợp tác, "
          "có biểu diễn văn nghệ của đội văn nghệ các bản.",
     "Phòng Kinh doanh - Dịch vụ", "UBND xã Bình Lư", "7h00 - 17h00 thứ Bảy, Chủ nhật hằng tuần, từ 05/12/2026 "
     "đến 28/02/2027"),
    ("8", "Kiểm tra điều kiện an toàn thực phẩm của các ki-ốt bán đồ ăn, đồ uống; chỉ cho mở bán khi ki-ốt đạt yêu "
          "cầu.",
     "Bộ phận Ẩm thực", "Trạm Y tế xã Tam Đường", "Trong 02 ngày làm việc trước ngày ki-ốt mở bán"),
    ("9", "Thanh toán tiền hàng, tiền dịch vụ cho hợp tác xã, tổ hợp tác bằng chuyển khoản, đối chiếu công nợ "
          "hằng tháng.",
     "Phòng Tài chính - Kế toán", "—", "Trong 05 ngày làm việc sau khi nhận đủ hóa đơn, chứng từ"),
    ("10", "Đánh giá việc phối hợp với từng hợp tác xã, tổ hợp tác sau mùa cao điểm; đề xuất Tổng Giám đốc gia hạn "
           "hoặc điều chỉnh hợp đồng năm 2027.",
     "Phòng Kinh doanh - Dịch vụ", "Phòng Tài chính - Kế toán", "Trước 17h00 ngày 31/3/2027"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Phó Tổng Giám đốc phụ trách kinh doanh trực tiếp chỉ đạo. Mỗi phòng, bộ phận tự bố trí người, phương tiện "
          "cho phần việc ghi ở ô bên phải của mình; việc phát sinh ngoài Kế hoạch, hoặc cần thay đổi hợp đồng với hợp "
          "tác xã, trình Tổng Giám đốc quyết định./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- UBND xã Tam Đường, UBND xã Bình Lư;",
            "- 05 HTX, 02 THT ký ghi nhớ;", "- Các phòng, bộ phận Công ty;", "- Lưu: VT, KDDV."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Vàng Văn Thịnh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:40 in Việt Nam
PDF_DATE = b"D:20261002094000+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>',
            "hint": f'<p class="hint">{e(text)}</p>'}[kind]


def item(number: str, work: str, lead: str, partners: str, time: str) -> str:
    """One task: the numbered sentence in the main column, its side note beside it: each field's bold label on a line
    of its own over its value (in charge, cooperating, time)."""
    note = "".join(f'<p class="label">{label}:</p><p>{e(value)}</p>'
                   for label, value in (("Phụ trách", lead), ("Phối hợp", partners), ("Hạn", time)))
    return (f'<div class="item"><p class="t">{e(number)}. {e(work)}</p>'
            f'<div class="note">{note}</div></div>')


def build_html() -> str:
    out = page_start("Kế hoạch 63/KH-CTPTL", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += [item(*row) for row in ITEMS]
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
