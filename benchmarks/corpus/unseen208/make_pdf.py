"""Write b_ha-noi_63-KH-NTPK-2026_tra-mat-ong-htx-len-quay-nha-thuoc.pdf, the two-hundred-and-eighth held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen208/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen208/make_pdf.py --html-only

A pharmacy-chain company (Hà Nội, September 2026) putting three cooperatives' herbal teas and honey on the shelves of
its pharmacies: the opening, I. purposes, II. a CONTACT DIRECTORY of the staff in charge by their INITIALS (Ký hiệu |
Họ và tên | Chức vụ | Điện thoại), III. one bordered task table GROUPED BY PRODUCT — a shaded bar row spanning the
table for each product and its cooperative, and one for the common work — whose "Phụ trách" column holds only the
initials; IV. the cooperatives' part in one paragraph; the closing sentence; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, table_start, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_ha-noi_63-KH-NTPK-2026_tra-mat-ong-htx-len-quay-nha-thuoc"
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
table.tasks { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.25; margin: 4pt 0 8pt; break-inside: avoid; }
table.tasks th, table.tasks td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks th { text-align: center; }
table.tasks td.c { text-align: center; }
table.tasks td.bar { font-weight: bold; background: #e6e6e6; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("NHÀ THUỐC PHÚC KHANG", "b"), ("Số: 63/KH-NTPK", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Nội, ngày 22 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Đưa trà dược liệu, mật ong của các hợp tác xã lên quầy hệ thống nhà thuốc năm 2026 - 2027"

BEFORE = [
    ("p", "Hệ thống có 48 nhà thuốc ở Hà Nội, Bắc Ninh và Hưng Yên. Khách mua trà thảo mộc, mật ong tại quầy tăng đều "
          "qua từng quý nhưng phần lớn là hàng của các công ty lớn; sau buổi làm việc với Liên minh Hợp tác xã Việt Nam "
          "tháng 8/2026, Công ty chọn ba sản phẩm của ba hợp tác xã để bán thử. Kế hoạch cụ thể như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Có hàng của hợp tác xã trên quầy của ít nhất 25 nhà thuốc trước Tết Nguyên đán Đinh Mùi."),
    ("p", "- Chỉ nhận sản phẩm có hồ sơ tự công bố hợp lệ và phiếu kết quả kiểm nghiệm còn thời hạn."),
    ("h", "II. ĐẦU MỐI PHỤ TRÁCH"),
    ("p", "Trong bảng ở mục III người phụ trách ghi bằng ký hiệu sau:"),
]

CONTACT_COLUMNS = ["Ký hiệu", "Họ và tên", "Chức vụ", "Điện thoại"]
CONTACT_WIDTHS = [12, 28, 40, 20]
CONTACTS = [
    ("NTL", "Nguyễn Thị Loan", "Trưởng phòng Mua hàng", "0912 406 318"),
    ("ĐVK", "Đỗ Văn Khiêm", "Dược sĩ phụ trách chất lượng", "0983 277 504"),
    ("PMH", "Phạm Minh Hằng", "Trưởng phòng Marketing", "0904 615 229"),
    ("TQB", "Trần Quốc Bảo", "Trưởng phòng Vận hành chuỗi", "0936 182 740"),
]

AFTER_CONTACTS = [("h", "III. VIỆC CẦN LÀM")]

COLUMNS = ["TT", "Việc", "Phụ trách", "Phối hợp", "Hạn"]
WIDTHS = [5, 47, 11, 21, 16]
# ("bar", text) a shaded group row; otherwise (TT, work, initials, partners, time)
ROWS = [
    ("bar", "Sản phẩm 1: Trà túi lọc giảo cổ lam - HTX Dược liệu Bản Khoang (Lào Cai)"),
    ("1", "Xem xét hồ sơ tự công bố, phiếu kiểm nghiệm và nhãn sản phẩm; yêu cầu bổ sung nếu thiếu", "ĐVK",
     "HTX Dược liệu Bản Khoang", "Trước 15/10/2026"),
    ("2", "Ký hợp đồng mua thử 2.000 hộp, giá nhập và chiết khấu theo biên bản làm việc", "NTL", "ĐVK",
     "Tháng 10/2026"),
    ("3", "Xếp hàng lên kệ ở 25 nhà thuốc nội thành, gắn thẻ giới thiệu vùng trồng", "TQB", "PMH", "01/11/2026"),
    ("bar", "Sản phẩm 2: Trà hoa vàng sấy khô - HTX Trà hoa vàng Ba Chẽ (Quảng Ninh)"),
    ("4", "Đánh giá tại chỗ khu sơ chế, sấy và đóng gói của hợp tác xã", "ĐVK", "HTX Trà hoa vàng Ba Chẽ",
     "Tuần đầu tháng 11/2026"),
    ("5", "In lại nhãn phụ tiếng Việt ghi đủ thành phần, hạn dùng, cách pha", "HTX Trà hoa vàng Ba Chẽ", "PMH",
     "Trước 30/11/2026"),
    ("6", "Nhập lô đầu, bày quầy riêng dịp Tết", "TQB", "", "Trước 20/01/2027"),
    ("bar", "Sản phẩm 3: Mật ong hoa bạc hà - HTX Ong mật Sủng Là (Tuyên Quang)"),
    ("7", "Gửi mẫu kiểm nghiệm độ ẩm, đường khử, HMF và dư lượng kháng sinh", "ĐVK",
     "Viện Kiểm nghiệm an toàn vệ sinh thực phẩm quốc gia", "Tháng 12/2026"),
    ("8", "Đặt hàng theo lô 500 hũ, nhận tại kho Gia Lâm", "NTL", "TQB", "Mỗi tháng một lần"),
    ("bar", "Việc chung"),
    ("9", "Hướng dẫn dược sĩ đứng quầy giới thiệu ba sản phẩm, không quảng cáo như thuốc chữa bệnh", "PMH", "ĐVK",
     "Tháng 11/2026"),
    ("10", "Thanh toán tiền hàng cho các hợp tác xã theo hóa đơn", "Phòng Tài chính - Kế toán", "NTL",
     "15 ngày sau mỗi lần nhận hàng"),
    ("11", "Đánh giá doanh số, quyết định giữ, mở rộng hay dừng từng mã hàng", "NTL", "PMH, TQB", "Quý II/2027"),
]

AFTER = [
    ("h", "IV. PHẦN VIỆC CỦA CÁC HỢP TÁC XÃ"),
    ("p", "Các hợp tác xã giao hàng đúng lô, kèm phiếu xuất kho và bản sao phiếu kiểm nghiệm của lô; báo ngay cho "
          "người phụ trách khi thay đổi bao bì hoặc nguồn nguyên liệu."),
    ("p", "Các phòng căn cứ phần việc được giao trong Kế hoạch này để triển khai, báo cáo kết quả về Phòng Mua "
          "hàng./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng quản trị (b/c);", "- HTX Dược liệu Bản Khoang;", "- HTX Trà hoa vàng Ba Chẽ;",
            "- HTX Ong mật Sủng Là;", "- Các phòng;", "- Lưu: VT, MH."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Vũ Thanh Tùng", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260922101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 63/KH-NTPK", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += table_start(CONTACT_WIDTHS, CONTACT_COLUMNS)
    for row in CONTACTS:
        out.append('<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i in (0, 3) else f'<td>{e(v)}</td>'
                                    for i, v in enumerate(row)) + '</tr>')
    out += ['</tbody>', '</table>']
    out += [paragraph(kind, text) for kind, text in AFTER_CONTACTS]
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        if row[0] == "bar":
            out.append(f'<tr><td class="bar" colspan="5">{e(row[1])}</td></tr>')
        else:
            out.append('<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i in (0, 2, 4) else f'<td>{e(v)}</td>'
                                        for i, v in enumerate(row)) + '</tr>')
    out += ['</tbody>', '</table>']
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
