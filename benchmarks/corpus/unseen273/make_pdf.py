"""Print b_ha-noi_12-KH-MM-2026_salon-toc-thao-moc-htx-bang-dich-vu.pdf, the two-hundred-and-seventy-third held-out
set's PDF, from ``sources/b_ha-noi_12-KH-MM-2026_salon-toc-thao-moc-htx-bang-dich-vu.html``.

    .venv/bin/python benchmarks/corpus/unseen273/make_pdf.py

A hair-salon chain's plan (January 2026) for buying herbal shampoo, horn combs and woven towels of cooperatives: the
opening, I. purposes, II. the work laid out as the salon's SERVICE MENU ("BẢNG DỊCH VỤ") — two menu columns under
group heads that are neither doers nor times, each item "01  work ........ time" with a DOT LEADER RUNNING TO THE TIME
where a menu prints the price, and under it a small line "Thợ chính: X · Thợ phụ: Y, Z" (a note above says what each
means); III. organisation; the signature beside "Nơi nhận".

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
STEM = "b_ha-noi_12-KH-MM-2026_salon-toc-thao-moc-htx-bang-dich-vu"
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
.menu { border: 2px double #000; padding: 6pt 8pt; margin: 6pt 0 10pt; }
.menu .title { text-align: center; font-weight: bold; letter-spacing: 3pt; margin: 0 0 6pt; }
.cols { column-count: 2; column-gap: 8mm; column-rule: 1px solid #999; font-size: 10pt; }
.group { font-weight: bold; text-align: center; border-bottom: 1px solid #000; margin: 4pt 0 4pt; break-after: avoid; }
.item { break-inside: avoid; margin: 0 0 6pt; }
.line { display: flex; align-items: baseline; }
.line .no { font-weight: bold; margin-right: 4pt; }
.line .work { flex: 1 1 0; }
.line .dots { flex: 0 0 9mm; border-bottom: 1px dotted #000; margin: 0 3pt; }
.line .time { white-space: nowrap; font-weight: bold; }
.who { font-size: 9pt; font-style: italic; padding-left: 6mm; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("SALON TÓC MỘC MIÊN", "b"), ("Số: 12/KH-MM", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Nội, ngày 20 tháng 01 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Dùng dầu gội thảo mộc, lược sừng và khăn dệt của hợp tác xã tại các salon năm 2026"

BEFORE = [
    ("p", "Hai salon của Công ty ở phường Hoàn Kiếm và phường Cầu Giấy mỗi tháng phục vụ khoảng 5.200 lượt khách gội, "
          "cắt, chăm sóc tóc. Nhiều khách hỏi mua dầu gội không hương liệu tổng hợp và đồ dùng làm thủ công. Hội đồng "
          "thành viên đồng ý thử nghiệm chuyển sang hàng của các hợp tác xã ở Hà Nội; Giám đốc ban hành Kế hoạch này."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Đến quý III/2026, dầu gội, dầu xả dùng tại ghế gội là hàng thảo mộc của hợp tác xã, có phiếu kiểm nghiệm."),
    ("p", "- Khách được dùng lược sừng, khăn dệt thủ công; salon có quầy bán lẻ sản phẩm của hợp tác xã."),
    ("h", "II. BẢNG DỊCH VỤ — PHÂN VIỆC"),
    ("p", "Các việc được trình bày như một món trong bảng dịch vụ của salon: dòng chấm dẫn tới hạn xong (chỗ bảng giá "
          "ghi giá tiền). Dòng nhỏ bên dưới mỗi việc: “Thợ chính” là bộ phận chủ trì, “Thợ phụ” là bộ phận, đơn vị "
          "phối hợp; “—” là không có."),
]

# group heads and items (no, work, time, lead, partners)
MENU = [
    ("GỘI · DƯỠNG", None),
    ("01", "Đặt thử 400 chai dầu gội bồ kết, hương nhu của HTX Thảo mộc Suối Hai, dùng song song với dầu gội cũ ở cả hai "
           "salon", "28/02/2026", "Phòng Mua hàng", ["Salon Hoàn Kiếm", "Salon Cầu Giấy"]),
    ("02", "Gửi mẫu dầu gội đi kiểm nghiệm vi sinh, kim loại nặng trước khi dùng đại trà", "trước 15/3/2026",
     "Phòng Mua hàng", ["HTX Thảo mộc Suối Hai"]),
    ("03", "Phát phiếu hỏi 200 khách về mùi, độ sạch, độ mượt sau gội; tổng hợp ý kiến", "tháng 3/2026",
     "Phòng Chăm sóc khách hàng", ["Salon Cầu Giấy"]),
    ("04", "Ký hợp đồng mua dầu gội, dầu xả thảo mộc cho cả năm 2026, giá cố định theo quý", "31/3/2026",
     "Phòng Kế toán", ["Phòng Mua hàng"]),
    ("05", "Dạy thợ kỹ thuật gội đầu dưỡng sinh bằng nước bồ kết đun, có người của hợp tác xã giới thiệu cây thuốc",
     "trước 30/4/2026", "Phòng Đào tạo", ["HTX Thảo mộc Suối Hai"]),
    ("DỤNG CỤ", None),
    ("06", "Đặt 600 chiếc lược sừng khắc tên salon để dùng tại ghế cắt và tặng khách có thẻ thành viên",
     "tháng 4/2026", "Phòng Mua hàng", ["HTX Lược sừng Thụy Ứng"]),
    ("07", "Thay khăn bông công nghiệp bằng khăn dệt của HTX Khăn dệt Phùng Xá ở salon Hoàn Kiếm; so độ thấm, độ bền "
           "sau 100 lần giặt", "quý II/2026", "Salon Hoàn Kiếm", ["Phòng Mua hàng"]),
    ("KHÁCH HÀNG", None),
    ("08", "Quay video về vườn bồ kết và xưởng lược sừng, đăng trên trang của salon", "tháng 5/2026",
     "Phòng Marketing", ["HTX Lược sừng Thụy Ứng", "HTX Thảo mộc Suối Hai"]),
    ("09", "Bày kệ bán lẻ dầu gội, lược sừng của hợp tác xã cạnh quầy thu ngân hai salon", "trước 01/6/2026",
     "Phòng Marketing", ["Salon Hoàn Kiếm", "Salon Cầu Giấy"]),
    ("10", "Chuyển khoản tiền hàng cho từng hợp tác xã chậm nhất 10 ngày sau khi có đủ hóa đơn", "sau mỗi đợt",
     "Phòng Kế toán", []),
    ("11", "Sơ kết, báo cáo Hội đồng thành viên, đề xuất dùng hàng hợp tác xã ở salon thứ ba", "10/10/2026",
     "Phòng Mua hàng", ["Phòng Kế toán", "Phòng Marketing"]),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng và quản lý hai salon làm theo bảng trên; Phòng Mua hàng là đầu mối liên hệ với các hợp tác "
          "xã, vướng mắc báo Giám đốc để giải quyết./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐTV (b/c);", "- 03 HTX liên kết;", "- Các phòng, salon;", "- Lưu: VT."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Nguyễn Hoài Thương", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260120101500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def item(no: str, work: str, time: str, lead: str, partners: list[str]) -> str:
    helpers = ", ".join(partners) if partners else "—"
    return (f'<div class="item"><div class="line"><span class="no">{e(no)}</span><span class="work">{e(work)}</span>'
            f'<span class="dots"></span><span class="time">{e(time)}</span></div>'
            f'<div class="who">Thợ chính: {e(lead)} · Thợ phụ: {e(helpers)}</div></div>')


def build_html() -> str:
    out = page_start("Kế hoạch 12/KH-MM", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out += ['<div class="menu">', '<p class="title">BẢNG DỊCH VỤ</p>', '<div class="cols">']
    for entry in MENU:
        if entry[1] is None:
            out.append(f'<div class="group">{e(entry[0])}</div>')
        else:
            out.append(item(*entry))
    out += ['</div>', '</div>']
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
