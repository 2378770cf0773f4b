"""Print b_nghe-an_27-KH-TVMT-2026_ho-so-moi-truong-htx-ky-hieu-hinh.pdf, the two-hundred-and-twenty-eighth held-out
set's PDF, from ``sources/b_nghe-an_27-KH-TVMT-2026_ho-so-moi-truong-htx-ky-hieu-hinh.html``.

    .venv/bin/python benchmarks/corpus/unseen228/make_pdf.py

An environmental consulting company's plan (September 2026) for the environmental files (registration, a permit) and
the wastewater monitoring of the livestock and processing cooperatives it has contracts with: the opening, I.
purposes, II. the client cooperatives as "-" lines (facts), III. one sentence pointing to the table; on page 2 a
bordered LEGEND BOX giving each of the company's rooms a SHAPE (■ ▲ ● ◆), a FILLED shape the lead and a HOLLOW one
(□ △ ○ ◇) a partner, then one bordered table TT | Việc | Phòng | Phối hợp bên ngoài | Hạn whose "Phòng" cells hold
only shapes, outside bodies by name in their own column; IV. the cooperatives' own part; the closing; the signature
beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Fonts: DejaVu Serif, the shapes in DejaVu Sans. The table's head is an
ordinary bold row (no ``<th>``) and the table stands whole on its page.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_nghe-an_27-KH-TVMT-2026_ho-so-moi-truong-htx-ky-hieu-hinh"
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
.newpage { break-before: page; }
.legend { border: 1px solid #000; padding: 4pt 8pt; margin: 0 0 8pt; font-size: 11pt; }
.legend p { margin: 0 0 2pt; }
.k { font-family: "DejaVu Sans"; }
table.tasks { width: 100%; border-collapse: collapse; font-size: 10.5pt; line-height: 1.3; break-inside: avoid; }
table.tasks td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks tr.hd td { font-weight: bold; text-align: center; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("TƯ VẤN MÔI TRƯỜNG SÔNG LAM", "b"), ("Số: 27/KH-TVMT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Nghệ An, ngày 09 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Lập hồ sơ môi trường và quan trắc nước thải cho các hợp tác xã khách hàng năm 2026 - 2027"

PAGE1 = [
    ("p", "Từ tháng 7/2026 Công ty đã ký hợp đồng dịch vụ môi trường với 04 hợp tác xã chăn nuôi, chế biến trên địa bàn "
          "tỉnh. Theo Luật Bảo vệ môi trường năm 2020 và các văn bản hướng dẫn, mỗi hợp tác xã phải có hồ sơ môi "
          "trường phù hợp với quy mô của mình và xử lý nước thải đạt quy chuẩn trước khi thải ra môi trường. Công ty "
          "lập Kế hoạch thực hiện các hợp đồng này."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Bốn hợp tác xã khách hàng có hồ sơ môi trường đúng quy định trong năm 2026; nước thải sau xử lý của các "
          "trại chăn nuôi, cơ sở chế biến được quan trắc định kỳ."),
    ("p", "- Hợp tác xã tự vận hành được hệ thống xử lý, ghi sổ nhật ký vận hành đầy đủ."),
    ("h", "II. HỢP TÁC XÃ KHÁCH HÀNG"),
    ("p", "- HTX Chăn nuôi lợn Hùng Châu (xã Hùng Châu): trại 2.400 con lợn thịt, hầm biogas đã xuống cấp; phải lập báo "
          "cáo đề xuất cấp giấy phép môi trường."),
    ("p", "- HTX Chăn nuôi Nghĩa Lộc (xã Nghĩa Lộc): trại gà đẻ 30.000 con; đăng ký môi trường."),
    ("p", "- HTX Chế biến hải sản Sơn Hải (xã Sơn Hải): làm nước mắm, mực khô; đăng ký môi trường, nước thải có độ mặn "
          "cao."),
    ("p", "- HTX Bún bánh Hưng Nguyên (xã Hưng Nguyên): làm bún, bánh phở; đăng ký môi trường, nước thải tinh bột."),
    ("h", "III. PHÂN CÔNG THỰC HIỆN"),
    ("p", "Các việc, phòng chủ trì, phòng phối hợp và thời hạn ghi tại bảng ở trang sau; ký hiệu của từng phòng giải "
          "thích trong khung phía trên bảng."),
]

LEGEND = [
    "Ký hiệu các phòng của Công ty:",
    "■ Phòng Tư vấn hồ sơ; ▲ Phòng Quan trắc - Phân tích; ● Phòng Kỹ thuật xử lý; ◆ Phòng Hành chính - Kế toán.",
    "Ký hiệu tô đặc (■ ▲ ● ◆) là phòng chủ trì; ký hiệu rỗng (□ △ ○ ◇) là phòng phối hợp. Cơ quan, đơn vị ngoài "
    "Công ty cùng làm ghi ở cột “Phối hợp bên ngoài”.",
]

HEAD_ROW = ["TT", "Việc", "Phòng", "Phối hợp bên ngoài", "Hạn"]
WIDTHS = [6, 46, 12, 22, 14]
ROWS = [
    ("1", "Khảo sát hiện trạng, lập danh mục nguồn thải và khối lượng nước thải tại 04 hợp tác xã khách hàng",
     "■ △", "—", "30/9/2026"),
    ("2", "Lấy mẫu nước thải đợt 1 tại trại lợn Hùng Châu và xưởng chế biến Sơn Hải, phân tích 12 chỉ tiêu",
     "▲", "Trung tâm Quan trắc tài nguyên và môi trường tỉnh", "15/10/2026"),
    ("3", "Lập hồ sơ đăng ký môi trường cho HTX Chăn nuôi Nghĩa Lộc, HTX Chế biến hải sản Sơn Hải, HTX Bún bánh "
          "Hưng Nguyên; nộp UBND xã nơi có cơ sở", "■ ○", "—", "31/10/2026"),
    ("4", "Lập báo cáo đề xuất cấp giấy phép môi trường cho trại lợn của HTX Chăn nuôi lợn Hùng Châu",
     "■ △ ○", "—", "30/11/2026"),
    ("5", "Thiết kế cải tạo hầm biogas, hồ sinh học và bể lắng; hướng dẫn hợp tác xã vận hành sau cải tạo",
     "● □", "Trạm Chăn nuôi và Thú y khu vực Diễn Châu", "Quý IV/2026"),
    ("6", "Hướng dẫn người vận hành của từng hợp tác xã ghi chép hằng ngày về hầm biogas, bể lắng; lưu chứng từ "
          "chuyển giao chất thải rắn", "●", "Liên minh Hợp tác xã tỉnh", "Tháng 12/2026"),
    ("7", "Quan trắc nước thải sau xử lý, gửi kết quả và khuyến nghị cho từng hợp tác xã", "▲ ○",
     "Trung tâm Quan trắc tài nguyên và môi trường tỉnh", "3 tháng một lần"),
    ("8", "Đề xuất phương án thuê chung đơn vị thu gom bùn thải, vỏ bao bì thức ăn chăn nuôi cho các hợp tác xã",
     "● □ ◇", "—", "Quý I/2027"),
    ("9", "Xuất hóa đơn, thanh lý từng hạng mục của hợp đồng với hợp tác xã", "◆ □", "—",
     "10 ngày làm việc sau khi xong mỗi hạng mục"),
    ("10", "Tổng hợp kết quả, báo cáo Giám đốc; đề xuất gói dịch vụ năm 2027 cho các hợp tác xã", "■ △ ○ ◇", "—",
     "15/01/2027"),
]

AFTER = [
    ("h", "IV. ĐỀ NGHỊ ĐỐI VỚI CÁC HỢP TÁC XÃ KHÁCH HÀNG"),
    ("p", "Các hợp tác xã khách hàng cử một người theo dõi môi trường, cung cấp sơ đồ mặt bằng, số liệu sản xuất và hóa "
          "đơn tiền nước ba tháng gần nhất cho Phòng Tư vấn hồ sơ trước ngày 20/9/2026."),
    ("p", "Các phòng làm đúng ký hiệu đã phân công; phòng chủ trì chịu trách nhiệm về tiến độ của cả việc./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- 04 HTX khách hàng;", "- Các phòng (t/h);", "- Lưu: VT."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Hồ Văn Định", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:40 in Việt Nam
PDF_DATE = b"D:20260909094000+07'00'"


def shapes(text: str) -> str:
    """``text`` with each shape in a span of the sans font."""
    return "".join(f'<span class="k">{ch}</span>' if ch in "■▲●◆□△○◇" else e(ch) for ch in text)


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def table() -> list[str]:
    out = ['<table class="tasks">', '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>',
           '<tr class="hd">' + "".join(f'<td>{e(h)}</td>' for h in HEAD_ROW) + '</tr>']
    for number, work, rooms, outside, due in ROWS:
        out.append(f'<tr><td class="c">{e(number)}</td><td>{e(work)}</td><td class="c">{shapes(rooms)}</td>'
                   f'<td>{e(outside)}</td><td class="c">{e(due)}</td></tr>')
    out.append('</table>')
    return out


def build_html() -> str:
    out = page_start("Kế hoạch 27/KH-TVMT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(kind, text) for kind, text in PAGE1]
    out.append('<div class="newpage legend">' + "".join(f'<p>{shapes(line)}</p>' for line in LEGEND) + '</div>')
    out += table()
    out += [block(kind, text) for kind, text in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
