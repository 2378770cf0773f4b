"""Write b_ha-tinh_58-KH-BQLNTLS-2026_htx-phuc-vu-le-27-7.pdf, the two-hundred-and-third held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen203/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen203/make_pdf.py --html-only

A provincial martyrs' cemetery management board (Ban Quản lý Nghĩa trang liệt sĩ tỉnh, under the Sở Nội vụ, June
2026) planning the remembrance days of July 2026 with the cooperatives and cooperative groups that supply flowers and
incense, clean the graves, keep the car park, run a shuttle and look after the relatives' rest house: the opening,
I. purposes, II. one bordered table BY PLACE in the cemetery — Vị trí | Công việc | Đơn vị thực hiện / giám sát |
Thời gian — whose place cell is MERGED DOWN over its rows (``rowspan``), the cooperative that does the work on the
first line of its cell and "Giám sát: <the board's team>" on a second line, times as clock times of the days round
27 July and as dates; III. four numbered paragraphs; the closing sentence; the signature beside "Nơi nhận".

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
STEM = "b_ha-tinh_58-KH-BQLNTLS-2026_htx-phuc-vu-le-27-7"
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
table.tasks { border-collapse: collapse; break-inside: auto; width: 100%; font-size: 10pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 1pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks th { text-align: center; }
table.tasks td.place { font-weight: bold; text-align: center; }
table.tasks td p { margin: 0; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ NỘI VỤ TỈNH HÀ TĨNH", ""), ("BAN QUẢN LÝ", "b"), ("NGHĨA TRANG LIỆT SĨ TỈNH", "b"),
             ("Số: 58/KH-BQLNTLS", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Tĩnh, ngày 19 tháng 6 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Huy động các hợp tác xã, tổ hợp tác cùng phục vụ Nhân dân, thân nhân liệt sĩ viếng, thắp hương dịp kỷ "
            "niệm 79 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2026)")

BEFORE = [
    ("p", "Tháng 7 hằng năm, Nghĩa trang liệt sĩ tỉnh đón khoảng 45.000 lượt người đến viếng, riêng hai ngày 26 và 27/7 "
          "trên 20.000 lượt; nhân lực của Ban không đủ để vừa đón tiếp vừa giữ vệ sinh, trật tự. Năm 2025, Ban đã thuê "
          "một số hợp tác xã, tổ hợp tác trong tỉnh làm các dịch vụ này và được thân nhân liệt sĩ đánh giá tốt. Năm nay "
          "Ban Quản lý Nghĩa trang liệt sĩ tỉnh (sau đây gọi là Ban) tiếp tục phối hợp với các đơn vị như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Nghĩa trang sạch, trang nghiêm; thân nhân liệt sĩ, người cao tuổi, thương binh được đón tiếp chu đáo, "
          "không phải trả bất cứ khoản phí nào."),
    ("p", "- Không để xảy ra mất an ninh, trật tự, cháy nổ; không để bán hàng rong, đốt vàng mã trong khu mộ."),
    ("h", "II. PHÂN CÔNG THEO VỊ TRÍ"),
]

COLUMNS = ["Vị trí", "Công việc", "Đơn vị thực hiện / giám sát", "Thời gian"]
WIDTHS = [15, 42, 25, 18]
# (place, [(work, doer, supervisor, time), …])
PLACES = [
    ("Cổng chính và sân lễ", [
        ("Dựng cổng hoa tươi, đặt 40 chậu cúc vạn thọ hai bên lối vào", "HTX Hoa cây cảnh Thạch Hạ", "Tổ Quản trang",
         "Xong trước 17h00 ngày 24/7/2026"),
        ("Đặt 02 quầy phát hương, hoa miễn phí cho thân nhân liệt sĩ và khách viếng", "HTX Hương trầm Sơn Kim",
         "Tổ Lễ tân", "Từ 25/7 đến hết 27/7/2026"),
    ]),
    ("Khu mộ A, B, C", [
        ("Phát cỏ, rửa bia, sơn lại bó vỉa 3.180 phần mộ; dọn chân hương cũ, lá rụng", "HTX Dịch vụ môi trường "
         "Thạch Khê", "Tổ Quản trang", "Từ 01/7 đến 20/7/2026"),
        ("Đặt nến và thắp nến tri ân trên từng phần mộ; thu dọn sau lễ", "HTX Dịch vụ môi trường Thạch Khê",
         "Tổ Quản trang", "19h30 - 21h30 ngày 26/7/2026"),
    ]),
    ("Đài tưởng niệm", [
        ("Cắm hoa, thay khăn phủ bàn thờ, chuẩn bị lễ vật cho đoàn lãnh đạo tỉnh dâng hương", "HTX Hoa cây cảnh "
         "Thạch Hạ", "Tổ Lễ tân", "Trước 06h00 ngày 27/7/2026"),
    ]),
    ("Bãi đỗ xe phía Đông", [
        ("Trông giữ xe miễn phí; kẻ vạch chỗ đỗ cho xe khách của các đoàn", "THT giữ xe thôn Trung Tiến",
         "Tổ Bảo vệ", "Từ 20/7 đến 28/7/2026"),
        ("Chạy 04 xe điện đưa người cao tuổi, thương binh từ bãi xe vào khu mộ và ra lại", "HTX Vận tải Hồng Lĩnh",
         "Tổ Bảo vệ", "Từ 24/7 đến 27/7/2026"),
    ]),
    ("Nhà đón tiếp thân nhân", [
        ("Nấu nước uống, trà gừng; chuẩn bị chỗ nghỉ trưa cho thân nhân ở tỉnh xa về", "HTX Nông sản sạch Cẩm "
         "Xuyên", "Tổ Hành chính - Tổng hợp", "Từ 24/7 đến 27/7/2026"),
        ("Trưng bày, giới thiệu sản phẩm OCOP của các HTX trong tỉnh tại hiên nhà đón tiếp; không bày bán trong khu "
         "mộ", "HTX Nông sản sạch Cẩm Xuyên", "Tổ Hành chính - Tổng hợp", "Từ 24/7 đến 27/7/2026"),
    ]),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Tổ Hành chính - Tổng hợp ký hợp đồng dịch vụ với các hợp tác xã, tổ hợp tác nêu ở mục II trước ngày "
          "30/6/2026; thanh toán trong 10 ngày làm việc sau khi hai bên nghiệm thu."),
    ("p", "2. Tổ Bảo vệ phối hợp Công an phường Thành Sen lập phương án giữ an ninh, trật tự và phòng cháy cho đêm "
          "thắp nến, xong trước ngày 20/7/2026."),
    ("p", "3. Đề nghị UBND phường Thành Sen chỉ đạo các tổ dân phố vận động đoàn viên, học sinh tham gia đêm thắp nến "
          "tri ân cùng hợp tác xã; gửi danh sách cho Ban trước ngày 22/7/2026."),
    ("p", "4. Tổ Hành chính - Tổng hợp tổng hợp kết quả, báo cáo Sở Nội vụ trước ngày 05/8/2026."),
    ("p", "Trên đây là Kế hoạch của Ban Quản lý Nghĩa trang liệt sĩ tỉnh; các tổ thuộc Ban và các đơn vị có tên trong "
          "Kế hoạch thực hiện nghiêm túc./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở Nội vụ (b/c);", "- UBND phường Thành Sen;", "- Công an phường Thành Sen;",
            "- Các HTX, THT có tên tại mục II;", "- Các tổ thuộc Ban;", "- Lưu: VT, HC-TH."]
SIGN = [("TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("Lê Thị Thu Hà", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260619101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 58/KH-BQLNTLS", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += table_start(WIDTHS, COLUMNS)
    for place, rows in PLACES:
        for n, (work, doer, supervisor, time) in enumerate(rows):
            cells = [f'<td class="place" rowspan="{len(rows)}">{e(place)}</td>'] if n == 0 else []
            cells += [f'<td>{e(work)}</td>',
                      f'<td><p>{e(doer)}</p><p class="g">Giám sát: {e(supervisor)}</p></td>',
                      f'<td>{e(time)}</td>']
            out.append('<tr>' + "".join(cells) + '</tr>')
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
