"""Print b_nghe-an_15-KH-DLDC-2026_thu-mua-lac-htx.pdf, the two-hundred-and-forty-sixth held-out set's PDF, from
``sources/b_nghe-an_15-KH-DLDC-2026_thu-mua-lac-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen246/make_pdf.py

A cold-pressed peanut oil maker's plan (August 2026) for buying peanuts of the 2026 autumn-winter and the 2027 spring
crops from its linked cooperatives and cooperative groups: the opening, I. targets, II. the work as a PRINTOUT OF THE
COMPANY'S ISSUE TRACKER — one bordered card per work with its key ("DL-31"), its summary, and the fields "Người thực
hiện" (the lead), "Hỗ trợ" (partners), "Theo dõi" (watchers, who only follow), "Hạn", "Trạng thái" —, a note on how to
read the fields; III. the cooperatives' duty; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Sans.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_nghe-an_15-KH-DLDC-2026_thu-mua-lac-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Sans"; font-size: 11pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 11.5pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.card { border: 1px solid #555; margin: 0 0 6pt; padding: 3pt 6pt; break-inside: avoid; }
.card .key { font-family: "DejaVu Sans Mono"; font-size: 9.5pt; color: #333; }
.card .sum { font-weight: bold; margin: 1pt 0 3pt; }
.card table { border-collapse: collapse; font-size: 9.5pt; width: 100%; }
.card td { padding: 0 6pt 0 0; vertical-align: top; }
.card td.f { color: #444; width: 30mm; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("DẦU LẠC ÉP LẠNH DIỄN CHÂU", "b"), ("Số: 15/KH-DLDC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Nghệ An, ngày 20 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thu mua lạc vỏ vụ thu đông 2026 và vụ xuân 2027 của hợp tác xã, tổ hợp tác liên kết"

# (key, summary, lead, partners, watchers, due, status)
CARDS = [
    ("DL-31", "Ký hợp đồng liên kết hai vụ với 05 HTX và 03 THT trồng lạc, ghi rõ giống, diện tích, giá sàn",
     "Phòng Nguyên liệu", "Phòng Kế toán", "Giám đốc", "15/9/2026", "Đang làm"),
    ("DL-32", "Cung ứng 42 tấn lạc giống L14 đã xử lý cho các HTX, THT trước khi gieo vụ thu đông",
     "Phòng Nguyên liệu", "HTX Nông nghiệp Diễn Thịnh", "Phòng Kế toán", "25/9/2026", "Cần làm"),
    ("DL-33", "Mở lớp hướng dẫn phơi, bảo quản lạc vỏ để không bị mốc, không nhiễm độc tố aflatoxin",
     "Tổ Kỹ thuật nông nghiệp", "Trung tâm Khuyến nông tỉnh, Phòng Quản lý chất lượng", "—", "Tháng 11/2026",
     "Cần làm"),
    ("DL-34", "Lắp máy đo độ ẩm và bộ thử nhanh aflatoxin tại 04 điểm thu mua đặt ở trụ sở HTX",
     "Phòng Quản lý chất lượng", "—", "Phòng Nguyên liệu", "30/11/2026", "Cần làm"),
    ("DL-35", "Cân, kiểm mẫu và nhập kho lạc vụ thu đông theo lịch thu hoạch của từng HTX, THT",
     "Kho nguyên liệu", "Phòng Quản lý chất lượng", "Giám đốc", "Từ 10/12/2026 đến 20/01/2027", "Cần làm"),
    ("DL-36", "Chuyển tiền lạc cho HTX, THT theo phiếu cân đã ký",
     "Phòng Kế toán", "—", "Phòng Nguyên liệu", "03 ngày làm việc sau mỗi phiếu cân", "Thường xuyên"),
    ("DL-37", "Làm hồ sơ đề nghị hỗ trợ liên kết theo chuỗi giá trị cho vùng lạc của các HTX",
     "Phòng Kế toán", "Sở Nông nghiệp và Môi trường, UBND xã Diễn Châu", "Giám đốc", "Quý I/2027", "Cần làm"),
    ("DL-38", "Tổng kết vụ thu đông, thống nhất với các HTX, THT diện tích và giá sàn vụ xuân 2027",
     "Phòng Nguyên liệu", "Phòng Kế toán, Tổ Kỹ thuật nông nghiệp", "Hội đồng thành viên", "28/02/2027",
     "Cần làm"),
]

FIELDS = ("Người thực hiện", "Hỗ trợ", "Theo dõi", "Hạn", "Trạng thái")

OPENING = [
    ("p", "Vụ xuân 2026 Công ty mua được 1.120 tấn lạc vỏ của vùng liên kết, nhưng 9% số lô phải loại vì ẩm mốc. Để "
          "chủ động nguyên liệu cho dây chuyền ép lạnh thứ hai, Công ty lập Kế hoạch thu mua hai vụ tới như sau."),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Thu mua 1.600 tấn lạc vỏ của vùng liên kết trong hai vụ; số lô bị loại dưới 3%."),
    ("p", "- Trả tiền lạc đúng hạn cho hợp tác xã, tổ hợp tác; không có lô nào trả chậm quá thời hạn hợp đồng."),
    ("h", "II. VIỆC CỤ THỂ (in từ bảng việc của Công ty)"),
    ("p", "Mỗi khung là một việc. “Người thực hiện” là đơn vị chủ trì; “Hỗ trợ” là đơn vị phối hợp; “Theo dõi” chỉ "
          "nhận thông báo khi việc thay đổi, không có phần việc; “—” là để trống."),
]

CLOSING = [
    ("h", "III. HỢP TÁC XÃ, TỔ HỢP TÁC LIÊN KẾT"),
    ("p", "Các HTX, THT liên kết lập danh sách hộ thành viên trồng lạc, diện tích và sản lượng dự kiến từng hộ, gửi "
          "Phòng Nguyên liệu trước ngày 05/9/2026; giao lạc đã phơi khô, độ ẩm không quá 9%."),
    ("p", "Các phòng, tổ, kho cập nhật tiến độ việc của mình trên bảng việc của Công ty hằng tuần./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- 08 HTX, THT liên kết;", "- Các phòng, tổ, kho;",
            "- Lưu: VT, PNL."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Phan Đình Khiêm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20260820142000+07'00'"


def block(kind, text) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def card(values) -> str:
    key, summary, *fields = values
    rows = "".join(f'<tr><td class="f">{e(name)}</td><td>{e(value)}</td></tr>' for name, value in zip(FIELDS, fields))
    return (f'<div class="card"><div class="key">{e(key)}</div><div class="sum">{e(summary)}</div>'
            f'<table>{rows}</table></div>')


def build_html() -> str:
    out = page_start("Kế hoạch 15/KH-DLDC", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in OPENING]
    out += [card(values) for values in CARDS]
    out += [block(*entry) for entry in CLOSING]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
