"""Write b_thanh-hoa_27-KH-BDLK-2026_clb-bong-da-goc-nong-san-htx-md.pdf, the two-hundred-and-eleventh held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen211/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen211/make_pdf.py --html-only

A professional football club company's plan (November 2026) for the second half of its 2026 - 2027 season: a "góc
nông sản hợp tác xã" (cooperative produce corner) at every home match and cooperatives supplying the first team's and
the academy's kitchens. The opening, I. purposes; II. a FIXTURE BOX (a small bordered table of the home rounds with
their dates and kick-off times: facts, no work) and a note on the club's match-day notation; III.1 a MATCH-DAY
RUN SHEET, one bordered table Mốc | Việc | Bộ phận làm | Phối hợp whose first column gives each row's time RELATIVE
TO EVERY HOME MATCH ("MD-7", "MD-3", "MD-1", "MD, trước giờ mở cổng", "MD, giờ nghỉ giữa hiệp", "MD+1"); III.2 the
season's other work as numbered paragraphs with dates; IV. two numbered paragraphs; the closing sentence; the
signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif; plain borders only (no shading).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, table_start, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_thanh-hoa_27-KH-BDLK-2026_clb-bong-da-goc-nong-san-htx-md"
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
h4 { font-size: 12pt; margin: 6pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.note { font-size: 10.5pt; margin: 2pt 0 6pt; }
table.tasks, table.fix { border-collapse: collapse; font-size: 10pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks { width: 100%; }
table.fix { width: 70%; margin-left: auto; margin-right: auto; }
table.tasks th, table.tasks td, table.fix th, table.fix td { border: 0.75pt solid #000; padding: 3pt 4pt;
  vertical-align: top; }
table.tasks th, table.fix th, table.fix td { text-align: center; }
table.tasks td.c { text-align: center; font-weight: bold; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("CÂU LẠC BỘ BÓNG ĐÁ LAM KINH", "b"), ("Số: 27/KH-BĐLK", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Thanh Hóa, ngày 24 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Góc nông sản hợp tác xã tại các trận sân nhà và cung ứng thực phẩm từ hợp tác xã cho đội bóng, lượt về "
            "mùa giải 2026 - 2027")

BEFORE = [
    ("p", "Trong các trận sân nhà đã đá ở lượt đi, Câu lạc bộ thử bố trí 04 gian hàng cho hợp tác xã bán đặc sản "
          "tại sân trong 03 trận; bình quân mỗi trận các gian hàng bán được khoảng 21 triệu đồng, nhiều cổ động viên đề nghị duy trì. Bếp ăn của đội một "
          "và Học viện Bóng đá trẻ mỗi tháng dùng khoảng 2,4 tấn rau, thịt, gạo, hiện mua qua trung gian. Công ty lập "
          "Kế hoạch cho lượt về như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Đưa sản phẩm của hợp tác xã trong tỉnh đến với khán giả đến sân; gắn hình ảnh Câu lạc bộ với nông sản "
          "địa phương."),
    ("p", "- Từ tháng 02/2027 mua trực tiếp của hợp tác xã ít nhất 60% lượng rau, thịt, gạo cho hai bếp ăn, bảo đảm "
          "an toàn thực phẩm cho cầu thủ."),
    ("h", "II. LỊCH THI ĐẤU SÂN NHÀ LƯỢT VỀ"),
]

FIX_COLUMNS = ["Vòng", "Ngày thi đấu", "Giờ bóng lăn"]
FIXTURES = [("14", "17/01/2027", "18h00"), ("16", "07/02/2027", "17h00"), ("18", "07/3/2027", "18h00"),
            ("20", "04/4/2027", "18h00"), ("23", "09/5/2027", "19h15"), ("25", "30/5/2027", "19h15")]

NOTE = ("Cách ghi mốc thời gian trong bảng ở mục III.1 theo quen dùng của ban huấn luyện: MD là ngày có trận sân nhà; "
        "MD-3 là ba ngày trước trận; MD+1 là ngày liền sau trận. Các việc trong bảng lặp lại ở mỗi trận sân nhà nêu "
        "trên.")

RUN_COLUMNS = ["Mốc", "Việc", "Bộ phận làm", "Phối hợp"]
RUN_WIDTHS = [15, 51, 17, 17]
RUN = [
    ("MD-7", "Chốt danh sách hợp tác xã bày hàng ở trận (tối đa 08 gian), mặt hàng và số người của từng gian",
     "Phòng Truyền thông - Thương mại", "Liên minh Hợp tác xã tỉnh"),
    ("MD-3", "Xem giấy chứng nhận an toàn thực phẩm, tem truy xuất nguồn gốc của hàng đăng ký; loại hàng không đủ "
             "giấy tờ", "Bộ phận Y tế - Dinh dưỡng", ""),
    ("MD-1", "Dựng gian hàng ở sảnh khán đài B, kéo điện, đặt bình chữa cháy và thùng rác phân loại",
     "Phòng Hậu cần", "Ban Quản lý sân vận động"),
    ("MD, trước giờ mở cổng", "Đưa người và hàng của hợp tác xã vào sân qua cổng số 4; kiểm tra hàng hóa mang vào",
     "Ban An ninh - Trật tự", "Công an phường Hạc Thành"),
    ("MD, giờ nghỉ giữa hiệp", "Giới thiệu từng hợp tác xã trên màn hình LED và loa sân; bốc thăm tặng giỏ quà nông "
                               "sản cho khán giả", "Phòng Truyền thông - Thương mại", ""),
    ("MD+1", "Tổng hợp doanh số từng gian hàng, phiếu góp ý của khán giả; gửi kết quả cho các hợp tác xã",
     "Phòng Truyền thông - Thương mại", "Liên minh Hợp tác xã tỉnh"),
]

SEASON_HEAD = "2. Các việc khác trong lượt về"
SEASON = [
    "2.1. Phòng Hậu cần ký hợp đồng mua rau, thịt lợn, gạo với HTX Nông nghiệp Đông Thịnh, HTX Chăn nuôi Yên Định "
    "Xanh và HTX Dịch vụ nông nghiệp Thiệu Giao; Bộ phận Y tế - Dinh dưỡng cùng tham gia xây dựng định mức, thực đơn. "
    "Xong trước ngày 25/01/2027.",
    "2.2. Hằng tháng, Bộ phận Y tế - Dinh dưỡng lấy mẫu rau, thịt của các hợp tác xã cung ứng gửi kiểm nghiệm; "
    "Trung tâm Kiểm soát bệnh tật tỉnh phối hợp.",
    "2.3. Phòng Vé in mã giảm giá mua hàng ở góc nông sản trên mặt sau vé xem trận, bắt đầu từ vòng 16.",
    "2.4. Trong đợt nghỉ thi đấu cho đội tuyển tháng 3/2027, Phòng Truyền thông - Thương mại đưa cầu thủ đội một về "
    "thăm, làm việc cùng thành viên 02 hợp tác xã, quay phim đăng lên trang của Câu lạc bộ; Đoàn Thanh niên Công ty "
    "phối hợp.",
    "2.5. Học viện Bóng đá trẻ đưa học viên lứa U15, U17 đi trải nghiệm tại hợp tác xã cung ứng rau vào tháng 4/2027.",
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Truyền thông - Thương mại là đầu mối, đánh giá kết quả lượt về, đề xuất phương án cho mùa giải "
          "2027 - 2028, trình Hội đồng quản trị trước ngày 15/6/2027."),
    ("p", "2. Liên minh Hợp tác xã tỉnh được đề nghị chọn, giới thiệu những hợp tác xã có sản phẩm OCOP, hàng đủ "
          "giấy tờ tham gia góc nông sản."),
    ("p", "Trên đây là Kế hoạch của Công ty Cổ phần Câu lạc bộ Bóng đá Lam Kinh; các phòng, bộ phận của Công ty căn "
          "cứ phần việc được giao để làm./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Liên minh HTX tỉnh;", "- Ban Quản lý sân vận động;",
            "- Các phòng, bộ phận, Học viện;", "- Lưu: VT, TT-TM."]
SIGN = [("KT. TỔNG GIÁM ĐỐC", "b"), ("PHÓ TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""),
        ("Lê Trọng Nghĩa", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20261124101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 27/KH-BĐLK", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out.append('<table class="fix">')
    out.append('<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in FIX_COLUMNS) + '</tr></thead>')
    out.append('<tbody>')
    for row in FIXTURES:
        out.append('<tr>' + "".join(f'<td>{e(v)}</td>' for v in row) + '</tr>')
    out += ['</tbody>', '</table>']
    out.append(f'<p class="note">{e(NOTE)}</p>')
    out.append(paragraph("h", "III. NHIỆM VỤ VÀ PHÂN CÔNG"))
    out.append(f'<h4>{e("1. Việc lặp lại ở mỗi trận sân nhà")}</h4>')
    out += table_start(RUN_WIDTHS, RUN_COLUMNS)
    for row in RUN:
        out.append('<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i == 0 else f'<td>{e(v)}</td>'
                                    for i, v in enumerate(row)) + '</tr>')
    out += ['</tbody>', '</table>']
    out.append(f'<h4>{e(SEASON_HEAD)}</h4>')
    out += [paragraph("p", text) for text in SEASON]
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
