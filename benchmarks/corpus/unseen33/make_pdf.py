"""Write b_ngoc-lac-thanh-hoa_09-KH-HPN-2026_hoi-phu-nu-xa-bang-phu-trach.pdf, the thirty-third held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen33/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen33/make_pdf.py --html-only

A NEW KIND: the yearly plan of a COMMUNE BRANCH of the Hội Liên hiệp Phụ nữ (March 2026, a commune of Thanh Hóa
after the 2025 reform) on helping women found and join cooperative groups and cooperatives: the branch's header
("HỘI LHPN TỈNH THANH HÓA / BCH HỘI LHPN XÃ NGỌC LẶC"), I. purposes, II. targets, III. one sentence over a bordered
table TT | Nội dung hoạt động | Phụ trách | Phối hợp | Thời gian whose "Phụ trách" cells name the Hội's own
officers and branches (the standing board, the village branch heads, an officer by her duty) and whose times are
yearless months, quarters and occasions; IV. three numbered paragraphs; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import (PAGE_END, e, header, page_start, print_dated_pdf, signature, table_start,  # noqa: E402
                           write_html)

HERE = Path(__file__).resolve().parent
STEM = "b_ngoc-lac-thanh-hoa_09-KH-HPN-2026_hoi-phu-nu-xa-bang-phu-trach"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 18mm 15mm 18mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 11.5pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 10pt; }
h3 { font-size: 11.5pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 4pt; }
table.tasks { width: 100%; border-collapse: collapse; font-size: 10.5pt; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.5pt solid #000; padding: 2pt 6pt; vertical-align: top; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỘI LHPN TỈNH THANH HÓA", ""), ("BCH HỘI LHPN XÃ NGỌC LẶC", "b"), ("Số: 09/KH-HPN", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Ngọc Lặc, ngày 05 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Vận động, hỗ trợ hội viên phụ nữ lập tổ hợp tác, vào hợp tác xã năm 2026"

BEFORE = [
    ("p", "Căn cứ Nghị quyết Đảng ủy xã về phát triển kinh tế tập thể và hướng dẫn của Hội LHPN tỉnh, Ban Thường vụ Hội "
          "LHPN xã Ngọc Lặc đề ra các hoạt động năm 2026 giúp hội viên lập tổ hợp tác, vào hợp tác xã như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Để hội viên thấy rõ cái lợi của làm ăn tập thể; hỗ trợ chị em liên kết sản xuất dưa lưới, "
          "rau an toàn, dệt thổ cẩm và chăn nuôi gà đồi; mỗi việc có người phụ trách, có thời gian cụ thể."),
    ("h", "II. CHỈ TIÊU"),
    ("p", "- Thành lập mới 02 tổ hợp tác do phụ nữ làm chủ; vận động thêm 45 hội viên tham gia tổ hợp tác, hợp tác xã."),
    ("p", "- 100% chi hội có ít nhất một tổ hợp tác hoặc nhóm liên kết sản xuất của hội viên."),
    ("h", "III. NỘI DUNG HOẠT ĐỘNG VÀ PHÂN CÔNG"),
    ("p", "Các hoạt động trong năm và người phụ trách như bảng dưới đây:"),
]

COLUMNS = ["TT", "Nội dung hoạt động", "Phụ trách", "Phối hợp", "Thời gian"]
WIDTHS = [5, 36, 21, 24, 14]
ROWS = [
    ("1", "Lồng ghép tuyên truyền về tổ hợp tác, hợp tác xã trong buổi sinh hoạt chi hội; giới thiệu gương chị em "
          "làm kinh tế tập thể giỏi", "Chi hội trưởng các chi hội", "", "Hằng quý"),
    ("2", "Khảo sát, lập danh sách hội viên có nhu cầu thành lập, tham gia tổ hợp tác", "Thường trực Hội",
     "Các chi hội phụ nữ thôn", "Tháng 3"),
    ("3", "Thành lập Tổ hợp tác dưa lưới thôn Minh Thành và Tổ hợp tác dệt thổ cẩm thôn Chiềng Khạt",
     "Ban Thường vụ Hội", "Phòng Kinh tế xã", "Quý II"),
    ("4", "Tổ chức 02 lớp tập huấn kỹ năng quản lý, ghi chép sổ sách cho tổ trưởng, tổ phó tổ hợp tác",
     "Thường trực Hội", "Liên minh Hợp tác xã tỉnh, Hội LHPN tỉnh", "Tháng 5, tháng 6"),
    ("5", "Giới thiệu hội viên vay vốn qua Tổ tiết kiệm và vay vốn do Hội quản lý để góp vốn vào tổ hợp tác",
     "Ủy viên BTV phụ trách ủy thác", "Phòng giao dịch NHCSXH khu vực Ngọc Lặc", "Thường xuyên"),
    ("6", "Hỗ trợ Hợp tác xã Dệt thổ cẩm Chiềng Khạt chuẩn bị hồ sơ, mẫu sản phẩm khăn thổ cẩm dự đánh giá OCOP",
     "Thường trực Hội", "Phòng Kinh tế xã", "Trước 30/9"),
    ("7", "Trưng bày, giới thiệu sản phẩm của các tổ hợp tác phụ nữ tại phiên chợ của xã", "Ban Thường vụ Hội",
     "Đoàn Thanh niên xã", "Dịp 20/10"),
    ("8", "Biểu dương tổ hợp tác, hợp tác xã do phụ nữ làm chủ hoạt động hiệu quả tại hội nghị tổng kết",
     "Thường trực Hội", "", "Tháng 12"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Thường trực Hội LHPN xã nắm tiến độ từng hoạt động, nhắc các chi hội; gửi báo cáo kết quả cho Đảng ủy xã "
          "và Hội LHPN tỉnh trước ngày 15/12/2026."),
    ("p", "2. Các chi hội phụ nữ thôn xây dựng kế hoạch của chi hội, gửi về Thường trực Hội trước ngày 20/3/2026."),
    ("p", "3. Đề nghị Phòng Kinh tế xã hướng dẫn hội viên thủ tục đăng ký tổ hợp tác, hợp tác xã và hồ sơ hỗ trợ "
          "theo chính sách của tỉnh trong năm 2026."),
    ("p", "Trên đây là Kế hoạch năm 2026 của Hội LHPN xã Ngọc Lặc về giúp hội viên làm kinh tế tập thể./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội LHPN tỉnh (b/c);", "- Đảng ủy, UBND xã (b/c);", "- Phòng Kinh tế xã;",
            "- Các chi hội phụ nữ thôn;", "- Lưu: VP Hội."]
SIGN = [("TM. BAN THƯỜNG VỤ", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Bùi Thị Nguyệt", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:00 in Việt Nam
PDF_DATE = b"D:20260305150000+07'00'"


def paragraphs(items) -> list[str]:
    return [{"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind] for kind, text in items]


def build_html() -> str:
    out = page_start("Kế hoạch 09/KH-HPN", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += paragraphs(BEFORE)
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        out.append('<tr>' + "".join(f'<td class="{"c" if i in (0, 4) else ""}">{e(v)}</td>'
                                    for i, v in enumerate(row)) + '</tr>')
    out += ['</tbody>', '</table>']
    out += paragraphs(AFTER)
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
