"""Write b_lam-dong_118-KH-CQDT-2026_hoa-tet-htx-cot-trai.pdf, the hundred-and-fifty-eighth held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen158/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen158/make_pdf.py --html-only

A city urban-landscape company's plan (Công ty Cổ phần Cảnh quan đô thị Đà Lạt, November 2026) ordering the Tết Đinh
Mùi 2027 flower pots from flower cooperatives and contracting a cooperative to tend the city's greenery in 2027: I.
purposes, II. a sentence saying how section III is laid out, III. four numbered headings over items in a SIDEHEAD
layout — each item a borderless two-column row whose NARROW LEFT COLUMN stacks the doer (bold), an italic "phối hợp:
…" line (absent in two items) and "hạn: …", and whose right column holds the numbered work ("1.1.", "2.3." …) —;
IV. one closing paragraph; the signature beside "Nơi nhận". No bordered table.

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
STEM = "b_lam-dong_118-KH-CQDT-2026_hoa-tet-htx-cot-trai"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 11.5pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 42% 58%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 11.5pt; margin: 9pt 0 4pt; }
h4 { font-size: 11.5pt; margin: 8pt 0 4pt; font-style: italic; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.item { display: grid; grid-template-columns: 37% minmax(0, 1fr); column-gap: 4mm; margin: 0 0 7pt; break-inside: avoid; }
.item .who { font-size: 10pt; border-right: 0.6pt solid #555; padding-right: 3mm; }
.item .who p { margin: 0; }
.item .what p { margin: 0; text-align: justify; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("CẢNH QUAN ĐÔ THỊ ĐÀ LẠT", "b"), ("Số: 118/KH-CQĐT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đà Lạt, ngày 06 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Đặt hoa trang trí Tết Đinh Mùi 2027 từ các hợp tác xã và giao khoán chăm sóc cảnh quan cho hợp tác xã "
            "năm 2027")

# ("h", text) a section heading, ("s", text) a numbered heading, ("p", text) a paragraph,
# ("i", who, partners, deadline, work) an item in two columns (partners "" when none)
BODY = [
    ("p", "Căn cứ dự thảo hợp đồng đặt hàng dịch vụ công ích đô thị năm 2027 với UBND phường Xuân Hương - Đà Lạt; căn "
          "cứ kết quả buổi làm việc ngày 28/10/2026 với 04 hợp tác xã trồng hoa, Công ty lập Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Có đủ hoa, cây cảnh trang trí 12 điểm công cộng dịp Tết Đinh Mùi 2027 từ nguồn hoa của các hợp tác xã trên "
          "địa bàn; hợp tác xã được bao tiêu với giá cố định, không phải ứng vốn. Từ năm 2027 giao một phần việc chăm "
          "sóc cảnh quan cho hợp tác xã dịch vụ môi trường của phường."),
    ("h", "II. CÁCH GHI"),
    ("p", "Tại Mục III, cột bên trái ghi bộ phận chủ trì (chữ đậm), đơn vị phối hợp (chữ nghiêng) và hạn hoàn thành; "
          "cột bên phải ghi nội dung công việc."),
    ("h", "III. NỘI DUNG CÔNG VIỆC"),
    ("s", "1. Đặt hàng và kiểm tra nguồn hoa"),
    ("i", "Phòng Kế hoạch - Kỹ thuật", "Phòng Tài chính - Kế toán", "20/11/2026",
     "1.1. Ký hợp đồng bao tiêu 24.000 chậu hoa các loại (cúc mâm xôi, vạn thọ, dạ yến thảo, cát tường) với 04 hợp "
     "tác xã, ghi rõ quy cách chậu, chiều cao cây và ngày giao."),
    ("i", "Xí nghiệp Hoa kiểng", "HTX Hoa Thái Phiên Xanh, HTX Rau hoa Vạn Thành", "tháng 12/2026",
     "1.2. Kiểm tra vườn ươm của các hợp tác xã 02 lần mỗi tháng; ghi nhật ký sinh trưởng, báo sớm những lô hoa có "
     "nguy cơ không đạt để hợp tác xã trồng bù."),
    ("i", "Phòng Tài chính - Kế toán", "Quỹ Hỗ trợ phát triển hợp tác xã tỉnh", "30/11/2026",
     "1.3. Tạm ứng 30% giá trị hợp đồng cho hợp tác xã; giới thiệu hợp tác xã còn thiếu vốn mua giá thể, phân bón đến "
     "Quỹ để được vay ưu đãi."),
    ("s", "2. Thiết kế, bày hoa"),
    ("i", "Phòng Kế hoạch - Kỹ thuật", "UBND phường Xuân Hương - Đà Lạt", "15/12/2026",
     "2.1. Thiết kế phối cảnh bồn hoa ở quảng trường Lâm Viên, bờ hồ Xuân Hương và 10 vòng xoay, trình phường duyệt."),
    ("i", "Đội Vận chuyển", "các hợp tác xã cung ứng", "22/01/2027",
     "2.2. Nhận hoa tại vườn, chở bằng xe có mái che về từng điểm; cây gãy, dập thì trả lại ngay tại vườn."),
    ("i", "Đội Cây xanh số 1, Đội Cây xanh số 2", "HTX Dịch vụ môi trường Xuân Thọ", "27/01/2027",
     "2.3. Làm đất, bày hoa theo thiết kế đã duyệt tại 12 điểm, mỗi đội phụ trách 06 điểm."),
    ("i", "Xí nghiệp Hoa kiểng", "HTX Hoa Thái Phiên Xanh", "từ 28/01 đến 20/02/2027",
     "2.4. Tưới, chăm sóc, thay ngay chậu hoa héo, hỏng trong suốt dịp Tết; trực 24/24 giờ từ ngày 28 tháng Chạp đến "
     "hết mùng 5 Tết."),
    ("s", "3. Giao khoán chăm sóc cảnh quan năm 2027"),
    ("i", "Phòng Kế hoạch - Kỹ thuật", "UBND phường Xuân Hương - Đà Lạt", "25/12/2026",
     "3.1. Hoàn thiện hồ sơ giao khoán cho HTX Dịch vụ môi trường Xuân Thọ chăm sóc thảm cỏ, cây bụi trên 04 tuyến "
     "đường trung tâm trong năm 2027 theo đơn giá Nhà nước ban hành."),
    ("i", "Đội Cây xanh số 2", "", "tháng 12/2026",
     "3.2. Tập huấn 02 buổi cho thành viên hợp tác xã về kỹ thuật cắt tỉa, sử dụng máy cắt cỏ và an toàn khi làm việc "
     "trên cao."),
    ("s", "4. Thanh toán, tổng kết"),
    ("i", "Phòng Tài chính - Kế toán", "", "trong 10 ngày sau mỗi đợt nghiệm thu",
     "4.1. Thanh toán phần còn lại cho hợp tác xã theo biên bản nghiệm thu số lượng, chất lượng hoa."),
    ("i", "Phòng Kế hoạch - Kỹ thuật", "Phòng Tài chính - Kế toán", "10/3/2027",
     "4.2. Tổng kết, đánh giá từng hợp tác xã cung ứng, báo cáo Hội đồng quản trị; đề xuất danh sách hợp tác xã đặt "
     "hàng Tết năm 2028."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Các phòng, xí nghiệp, đội căn cứ Kế hoạch này chủ động triển khai phần việc của mình; có phát sinh báo cáo "
          "Giám đốc để xử lý./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- UBND phường Xuân Hương - Đà Lạt;", "- Các HTX cung ứng hoa;",
            "- Các phòng, xí nghiệp, đội;", "- Lưu: VT, KHKT."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Trịnh Minh Khang", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20261106143000+07'00'"


def item(who: str, partners: str, deadline: str, work: str) -> str:
    left = f'<p class="b">{e(who)}</p>'
    if partners:
        left += f'<p class="i">phối hợp: {e(partners)}</p>'
    left += f'<p>hạn: {e(deadline)}</p>'
    return f'<div class="item"><div class="who">{left}</div><div class="what"><p>{e(work)}</p></div></div>'


def build_html() -> str:
    out = page_start("Kế hoạch 118/KH-CQĐT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, *rest in BODY:
        if kind == "i":
            out.append(item(*rest))
        else:
            text = rest[0]
            out.append({"h": f'<h3>{e(text)}</h3>', "s": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
