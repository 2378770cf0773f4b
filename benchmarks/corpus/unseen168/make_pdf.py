"""Write b_son-la_02-KH-HDGT-2026_hoi-dong-giai-the-htx-che.pdf, the hundred-and-sixty-eighth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen168/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen168/make_pdf.py --html-only

The plan of a tea cooperative's own dissolution council (Hội đồng giải thể, November 2026), set up by the general
meeting that voted to dissolve the cooperative: I. why and who sits on the council (the teams it forms), II. a
bordered box of the assets and debts on the day of the vote (facts, with a loan's maturity date that is no time of
work), III. a borderless TIMELINE — five milestones, each a row whose narrow left column gives the milestone COUNTED
IN DAYS from the vote ("Ngày 1 – 7") with its calendar dates in italics under it, and whose right column, behind a
rule, holds the work of that stretch as paragraphs opening with their doer (a team, the council's secretary, the
chairman, the whole council); IV. two sentences; the signature beside "Nơi nhận".

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
STEM = "b_son-la_02-KH-HDGT-2026_hoi-dong-giai-the-htx-che"
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
.box { border: 1px solid #000; padding: 4pt 8pt; margin: 4pt 0 8pt; font-size: 11pt; }
.box p { margin: 0 0 2pt; }
.mile { display: grid; grid-template-columns: 27% 73%; margin: 0 0 6pt; break-inside: avoid; }
.mile .when { padding-right: 6pt; }
.mile .when p { margin: 0; }
.mile .work { border-left: 2px solid #000; padding-left: 8pt; }
.mile .work p { text-align: justify; margin: 0 0 4pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỢP TÁC XÃ CHÈ TÚ NANG", ""), ("HỘI ĐỒNG GIẢI THỂ", "b"), ("Số: 02/KH-HĐGT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Yên Châu, ngày 10 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Giải thể tự nguyện Hợp tác xã Chè Tú Nang"

INTRO = [
    ("h", "I. CĂN CỨ VÀ THÀNH PHẦN HỘI ĐỒNG"),
    ("p", "Đại hội thành viên bất thường ngày 06/11/2026 đã biểu quyết giải thể Hợp tác xã Chè Tú Nang (46/51 thành "
          "viên tán thành) vì xưởng chè không còn nguồn nguyên liệu ổn định, nhiều thành viên đã bán chè búp tươi trực "
          "tiếp cho doanh nghiệp. Nghị quyết số 03/NQ-ĐHTV cùng ngày thành lập Hội đồng giải thể gồm 05 người: ông "
          "Lò Văn Thoại, Chủ tịch Hội đồng quản trị, làm Trưởng Hội đồng; bà Cầm Thị Lún, kế toán; ông Hà Văn Piêng, "
          "Trưởng Ban Kiểm soát; ông Quàng Văn Dũng và bà Lường Thị Ánh, đại diện thành viên (bà Ánh làm Thư ký Hội "
          "đồng)."),
    ("p", "Hội đồng lập hai tổ giúp việc: Tổ Kiểm kê tài sản do ông Hà Văn Piêng làm tổ trưởng; Tổ Công nợ do bà Cầm "
          "Thị Lún làm tổ trưởng. Thời hạn giải thể là 90 ngày, tính từ ngày 07/11/2026 (ngày kế tiếp ngày Đại hội)."),
    ("h", "II. TÀI SẢN, CÔNG NỢ TẠI NGÀY 06/11/2026 (THEO SỔ SÁCH)"),
]

BOX = [
    "Tổng giá trị tài sản: 1,84 tỷ đồng (nhà xưởng, 02 máy vò chè, 01 lò sấy, xe tải 2,5 tấn, tiền mặt và tiền gửi).",
    "Nợ phải trả: 612 triệu đồng, trong đó vay Phòng giao dịch Agribank Yên Châu 400 triệu đồng (đáo hạn 15/3/2027), "
    "nợ tiền chè của thành viên 148 triệu đồng.",
    "Vốn góp của 51 thành viên: 690 triệu đồng. Tài sản không chia: lò sấy chè được ngân sách hỗ trợ năm 2019.",
]

# (days, dates, paragraphs of work)
MILESTONES = [
    ("Ngày 1 – 7", "07/11 – 13/11/2026", [
        "Thư ký Hội đồng gửi Nghị quyết giải thể và danh sách Hội đồng đến Phòng Đăng ký kinh doanh (Sở Tài chính), "
        "UBND xã Yên Châu và Thuế cơ sở 3 tỉnh Sơn La; đưa thông báo giải thể lên Hệ thống thông tin quốc gia về "
        "hợp tác xã.",
        "Trưởng Hội đồng tạm dừng mọi hợp đồng mua chè búp mới, thu hồi con dấu và chìa khóa kho, két của xưởng.",
    ]),
    ("Ngày 8 – 30", "14/11 – 06/12/2026", [
        "Tổ Kiểm kê tài sản kiểm kê toàn bộ nhà xưởng, máy móc, xe, chè thành phẩm còn tồn; lập biên bản có chữ ký "
        "của các thành viên Hội đồng.",
        "Tổ Công nợ gửi thông báo bằng văn bản cho từng chủ nợ, khách hàng còn nợ tiền chè, chậm nhất ngày "
        "20/11/2026.",
        "Tổ Công nợ phối hợp với Phòng giao dịch Agribank Yên Châu đối chiếu dư nợ, thỏa thuận trả nợ vay trước hạn "
        "bằng tiền bán tài sản.",
    ]),
    ("Ngày 31 – 60", "07/12/2026 – 05/01/2027", [
        "Tổ Kiểm kê tài sản cùng Công ty TNHH Thẩm định giá Tây Bắc định giá máy vò chè, xe tải; bán tài sản theo "
        "phương án Đại hội thành viên đã thông qua, ưu tiên bán cho thành viên.",
        "Kế toán hợp tác xã lập hồ sơ quyết toán thuế đến thời điểm giải thể, phối hợp với Thuế cơ sở 3 tỉnh Sơn La "
        "để đóng mã số thuế.",
        "Tổ Công nợ trả nợ theo thứ tự: tiền lương, bảo hiểm của người lao động; nợ thuế; nợ vay ngân hàng; tiền chè "
        "còn nợ thành viên.",
    ]),
    ("Ngày 61 – 90", "06/01 – 04/02/2027", [
        "Hội đồng giải thể cùng UBND xã Yên Châu lập biên bản bàn giao lò sấy chè là tài sản không chia cho địa "
        "phương quản lý.",
        "Tổ Công nợ hoàn trả phần vốn góp còn lại cho thành viên theo tỷ lệ vốn góp; thành viên ký nhận vào sổ.",
    ]),
    ("Sau ngày 90", "từ 05/02/2027", [
        "Thư ký Hội đồng nộp báo cáo kết quả giải thể, đề nghị Phòng Đăng ký kinh doanh (Sở Tài chính) ghi nhận hợp "
        "tác xã đã giải thể, chậm nhất ngày 12/02/2027.",
        "Trưởng Hội đồng bàn giao hồ sơ, sổ sách kế toán cho UBND xã Yên Châu lưu trữ; Hội đồng tự giải tán sau khi "
        "bàn giao xong.",
    ]),
]

OUTRO = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Các thành viên Hội đồng, hai tổ giúp việc làm đúng việc, đúng mốc ghi trên. Mọi khoản thu, chi trong thời "
          "gian giải thể phải có chứng từ, được Trưởng Ban Kiểm soát ký xác nhận./."),
]

NOI_NHAN = ["Nơi nhận:", "- Phòng ĐKKD - Sở Tài chính;", "- UBND xã Yên Châu;", "- Thuế cơ sở 3 tỉnh Sơn La;",
            "- Thành viên HTX (niêm yết);", "- Lưu: HĐGT."]
SIGN = [("TM. HỘI ĐỒNG GIẢI THỂ", "b"), ("TRƯỞNG HỘI ĐỒNG", "b"), ("", ""), ("", ""), ("", ""),
        ("Lò Văn Thoại", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20261110143000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 02/KH-HĐGT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in INTRO:
        out.append({"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append('<div class="box">' + "".join(f'<p>- {e(x)}</p>' for x in BOX) + '</div>')
    out.append('<h3>III. CÁC MỐC VÀ PHÂN CÔNG</h3>')
    for days, dates, works in MILESTONES:
        out.append('<div class="mile"><div class="when">'
                   f'<p class="b">{e(days)}</p><p class="i">({e(dates)})</p></div>'
                   '<div class="work">' + "".join(f'<p>{e(w)}</p>' for w in works) + '</div></div>')
    for kind, text in OUTRO:
        out.append({"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
