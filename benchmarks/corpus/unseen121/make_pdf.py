"""Write b_lam-dong_14-KH-HKHKTNN-2026_hoi-khkt-nong-nghiep-tu-van-dong-ruong.pdf, the hundred-and-twenty-first
held-out set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen121/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen121/make_pdf.py --html-only

An agricultural science and technology association's plan of field advice to cooperatives (July 2026): I. purposes,
II. three rounds ("Đợt"), each a heading carrying its season and months, over items "<Chi hội or Ban>: <work>", some
with "(cùng …)" naming a partner, none with a time of its own; III. three numbered paragraphs; the closing sentence;
the signature beside "Nơi nhận". No table.

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
STEM = "b_lam-dong_14-KH-HKHKTNN-2026_hoi-khkt-nong-nghiep-tu-van-dong-ruong"
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
h4 { font-size: 12pt; font-weight: bold; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("LIÊN HIỆP CÁC HỘI KH&KT TỈNH LÂM ĐỒNG", ""), ("HỘI KHOA HỌC KỸ THUẬT", "b"), ("NÔNG NGHIỆP", "b"),
             ("Số: 14/KH-HKHKTNN", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lâm Đồng, ngày 03 tháng 7 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Tư vấn kỹ thuật tại đồng ruộng cho hợp tác xã năm 2026 - 2027"

# "h" a section heading, "s" a round's heading, "p" a paragraph
BODY = [
    ("p", "Nhiều hợp tác xã trồng cà phê, sầu riêng, rau hoa và thanh long trên địa bàn tỉnh sau hợp nhất còn thiếu cán "
          "bộ kỹ thuật; Ban Thường vụ Hội thống nhất đưa hội viên là kỹ sư, tiến sĩ xuống tận vườn, ruộng của hợp tác "
          "xã để tư vấn theo từng thời vụ, cụ thể như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giúp ít nhất 40 hợp tác xã giải quyết vướng mắc kỹ thuật ngay tại vườn; mỗi đợt có danh sách hợp tác xã, "
          "chuyên gia và sản phẩm tư vấn cụ thể; không thu phí của hợp tác xã."),
    ("h", "II. CÁC ĐỢT TƯ VẤN"),
    ("s", "Đợt 1 - mùa mưa (tháng 7 đến tháng 9/2026)"),
    ("p", "- Chi hội Cà phê: hướng dẫn 10 hợp tác xã vùng Di Linh, Bảo Lộc cũ cắt cành, bón phân hữu cơ và ghi nhật ký "
          "vườn phục vụ truy xuất nguồn gốc (cùng Trung tâm Khuyến nông tỉnh)."),
    ("p", "- Chi hội Cây ăn quả: khám vườn, chỉ cách xử lý bệnh nứt thân xì mủ trên sầu riêng cho 06 hợp tác xã ở "
          "vùng Đắk Nông cũ."),
    ("p", "- Ban Tư vấn - Phản biện: lập phiếu đánh giá nhu cầu kỹ thuật của từng hợp tác xã, tổng hợp gửi Thường trực "
          "Hội."),
    ("s", "Đợt 2 - đầu mùa khô (tháng 12/2026 đến tháng 01/2027)"),
    ("p", "- Chi hội Rau hoa: tư vấn 08 hợp tác xã chuyển sang nhà màng tưới nhỏ giọt, tính toán lượng nước tưới "
          "mùa khô (cùng Chi cục Trồng trọt và Bảo vệ thực vật)."),
    ("p", "- Chi hội Thanh long: hướng dẫn hợp tác xã vùng Bình Thuận cũ chong đèn trái vụ an toàn, giảm dư lượng "
          "thuốc bảo vệ thực vật."),
    ("s", "Đợt 3 - thu hoạch và sau thu hoạch (quý II/2027)"),
    ("p", "- Chi hội Cà phê: tư vấn sơ chế, phơi sấy cà phê nhân đạt chuẩn cho các hợp tác xã đã tư vấn ở Đợt 1."),
    ("p", "- Ban Tư vấn - Phản biện: viết sổ tay kỹ thuật rút gọn (dạng tờ gấp) cho từng loại cây, phát miễn phí tại "
          "hợp tác xã (cùng Liên minh Hợp tác xã tỉnh)."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Văn phòng Hội liên hệ với Ủy ban nhân dân các xã có hợp tác xã được chọn để bố trí lịch, xe đưa đón "
          "chuyên gia; xong trước mỗi đợt ít nhất 07 ngày."),
    ("p", "2. Các chi hội báo cáo kết quả từng đợt (số hợp tác xã, số lượt hội viên, ảnh hiện trường) về Văn phòng "
          "Hội trong 10 ngày sau khi kết thúc đợt."),
    ("p", "3. Ban Tư vấn - Phản biện tổng kết toàn bộ Kế hoạch, đề xuất Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh "
          "nhân rộng cách làm, hoàn thành trong tháng 7/2027."),
    ("p", "Trên đây là Kế hoạch tư vấn kỹ thuật tại đồng ruộng cho hợp tác xã năm 2026 - 2027 của Hội Khoa học Kỹ "
          "thuật Nông nghiệp tỉnh Lâm Đồng./."),
]

NOI_NHAN = ["Nơi nhận:", "- Liên hiệp các Hội KH&KT tỉnh (b/c);", "- Sở NN&MT, Liên minh HTX tỉnh;",
            "- Các chi hội, Ban TV-PB;", "- Lưu: VP Hội."]
SIGN = [("TM. BAN THƯỜNG VỤ", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("TS. Kơ Să Ha Lâm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 9:15 in Việt Nam
PDF_DATE = b"D:20260703091500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 14/KH-HKHKTNN", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
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
