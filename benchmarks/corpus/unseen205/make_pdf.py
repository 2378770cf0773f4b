"""Write b_dien-bien_146-KH-PTDTNT-2026_bep-an-noi-tru-htx.pdf, the two-hundred-and-fifth held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen205/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen205/make_pdf.py --html-only

A provincial ethnic boarding school (Trường Phổ thông Dân tộc nội trú, August 2026) buying rice, vegetables, meat
and eggs for its boarders' kitchen from local cooperatives and cooperative groups over the 2026 - 2027 school year,
and taking its classes to cooperatives: the opening, I. purposes, II. (on a new page, so that the table stands on one
page) the school year's calendar (a line of facts) and ONE bordered table TT | Công việc | Thời gian | Người phụ trách whose doer is an OFFICE HOLDER of the school (the Phó
Hiệu trưởng in charge of boarding, the school's accountant, team leaders), partners on a second line of the same cell
after "Phối hợp:", times in school-year terms ("Trước khai giảng (05/9/2026)", "Trong học kỳ I", "Tuần đầu mỗi
tháng", "Cuối năm học"); III. two numbered paragraphs; the closing sentence; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts; on a loaded machine Chromium now and then numbers the table's structure nodes
one off — the doer's lines are therefore joined by "<br>" in one cell, no paragraphs, and the table kept from crossing
a page). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, table_start, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_dien-bien_146-KH-PTDTNT-2026_bep-an-noi-tru-htx"
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
h3.np { break-before: page; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks th { text-align: center; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH ĐIỆN BIÊN", ""), ("TRƯỜNG PHỔ THÔNG DÂN TỘC", "b"),
             ("NỘI TRÚ TỈNH", "b"), ("Số: 146/KH-PTDTNT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Điện Biên Phủ, ngày 10 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Mua thực phẩm của hợp tác xã, tổ hợp tác cho bếp ăn nội trú và đưa học sinh trải nghiệm tại hợp tác xã, "
            "năm học 2026 - 2027")

BEFORE = [
    ("p", "Năm học 2026 - 2027 Trường có 612 học sinh nội trú người Thái, Mông, Khơ Mú, Dao, ăn ba bữa mỗi ngày tại "
          "bếp của Trường; mỗi tháng bếp dùng khoảng 5,5 tấn gạo, 3 tấn rau, củ và 1,2 tấn thịt, cá, trứng. Năm học "
          "trước phần lớn thực phẩm mua qua tiểu thương, khó biết nguồn gốc. Trường lập Kế hoạch mua trực tiếp của các "
          "hợp tác xã, tổ hợp tác trong tỉnh như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Ít nhất 70% gạo, rau và thịt của bếp nội trú do hợp tác xã, tổ hợp tác cung ứng, có hợp đồng, có nguồn "
          "gốc rõ ràng; không để xảy ra ngộ độc thực phẩm."),
    ("p", "- Học sinh được học về kinh tế hợp tác qua việc thật ở hợp tác xã của chính địa phương mình."),
    ("H", "II. CÔNG VIỆC VÀ NGƯỜI PHỤ TRÁCH"),
    ("p", "Lịch năm học theo hướng dẫn của Sở: khai giảng ngày 05/9/2026; học kỳ I từ 07/9/2026 đến 16/01/2027; học kỳ "
          "II từ 18/01/2027 đến 29/5/2027."),
]

COLUMNS = ["TT", "Công việc", "Thời gian", "Người phụ trách"]
WIDTHS = [5, 50, 18, 27]
# (number, work, time, lead, partners or "")
ROWS = [
    ("1", "Khảo sát, chọn các HTX, THT có thể cung ứng gạo, rau, thịt, trứng đạt yêu cầu an toàn thực phẩm; đến tận "
          "nơi xem ruộng, vườn, chuồng nuôi",
     "Trước 25/8/2026", "Phó Hiệu trưởng phụ trách bán trú", "Liên minh HTX tỉnh"),
    ("2", "Ký hợp đồng cung ứng cả năm học với HTX Nông nghiệp Mường Phăng (gạo), THT rau an toàn Noong Bua (rau, củ), "
          "HTX Chăn nuôi Thanh Xương (thịt lợn, trứng)",
     "Trước khai giảng (05/9/2026)", "Kế toán Trường", "Tổ trưởng Tổ Cấp dưỡng"),
    ("3", "Nhận hàng, kiểm tra nguồn gốc, lưu mẫu thức ăn từng bữa, ghi sổ kiểm thực ba bước",
     "Hằng ngày", "Tổ trưởng Tổ Cấp dưỡng", "Nhân viên y tế Trường"),
    ("4", "Đối chiếu khối lượng, thanh toán tiền thực phẩm cho HTX, THT qua tài khoản",
     "Tuần đầu mỗi tháng", "Kế toán Trường", ""),
    ("5", "Kiểm tra đột xuất nơi sản xuất của các đơn vị cung ứng, mỗi lần lấy mẫu rau test nhanh dư lượng thuốc bảo vệ "
          "thực vật",
     "Mỗi học kỳ ít nhất một lần", "Phó Hiệu trưởng phụ trách bán trú", "Trạm Y tế phường Điện Biên Phủ"),
    ("6", "Đưa học sinh lớp 10 đi trải nghiệm một ngày ở HTX Nông nghiệp Mường Phăng: cấy, gặt, xay xát, đóng gói gạo",
     "Trong học kỳ I", "Tổ trưởng Tổ Sinh - Công nghệ", "Bí thư Đoàn trường"),
    ("7", "Mời chủ nhiệm HTX người dân tộc thiểu số nói chuyện với học sinh lớp 12 về lập nghiệp ở quê bằng hợp tác xã",
     "Tháng 11/2026", "Bí thư Đoàn trường", "Liên minh HTX tỉnh"),
    ("8", "Làm vườn rau nội trú 800 m² do học sinh chăm sóc, HTX cử người hướng dẫn kỹ thuật",
     "Trong học kỳ II", "Tổ trưởng Tổ Quản lý học sinh nội trú", "THT rau an toàn Noong Bua"),
    ("9", "Tổ chức bữa cơm “Mâm cỗ các dân tộc” dùng nông sản của HTX cho học sinh không về quê ăn Tết",
     "Trước 05/02/2027", "Tổ trưởng Tổ Cấp dưỡng", "Ban đại diện cha mẹ học sinh"),
    ("10", "Đánh giá từng đơn vị cung ứng, đề xuất ký tiếp hoặc thay đơn vị cho năm học 2027 - 2028",
     "Cuối năm học (trước 29/5/2027)", "Phó Hiệu trưởng phụ trách bán trú", "Kế toán Trường"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phó Hiệu trưởng phụ trách bán trú giúp Hiệu trưởng theo dõi chung; gom kết quả, làm báo cáo gửi Sở Giáo "
          "dục và Đào tạo trước ngày 15/6/2027."),
    ("p", "2. Đề nghị Liên minh Hợp tác xã tỉnh, khi một đơn vị không giao đủ hàng, giới thiệu HTX, THT khác đủ "
          "điều kiện cung ứng, trong vòng 07 ngày kể từ khi Trường có văn bản đề nghị."),
    ("p", "Trên đây là Kế hoạch của Trường; các tổ, bộ phận và cá nhân được phân công nghiêm túc thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở GD&ĐT (b/c);", "- Liên minh HTX tỉnh;", "- Các HTX, THT cung ứng;",
            "- Các tổ chuyên môn, Tổ Cấp dưỡng;", "- Lưu: VT."]
SIGN = [("HIỆU TRƯỞNG", "b"), ("", ""), ("", ""), ("", ""), ("Lường Văn Kiên", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260810101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "H": f'<h3 class="np">{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 146/KH-PTDTNT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += table_start(WIDTHS, COLUMNS)
    for number, work, time, lead, partners in ROWS:
        doer = e(lead) + (f'<br><i>Phối hợp: {e(partners)}</i>' if partners else '')
        out.append(f'<tr><td class="c">{e(number)}</td><td>{e(work)}</td><td class="c">{e(time)}</td>'
                   f'<td>{doer}</td></tr>')
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
