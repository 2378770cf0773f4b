"""Write b_tay-ninh_58-KH-XSKT-2026_xo-so-nguoi-ban-ve-vao-to-hop-tac.pdf, the hundred-and-fiftieth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen150/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen150/make_pdf.py --html-only

A provincial lottery company's plan (July 2026) to bring its street lottery-ticket sellers into tổ hợp tác, a service
cooperative and voluntary social insurance: an opening paragraph of figures, I. targets, II. ten numbered work lines
each ending in its TIME, RIGHT-ALIGNED AFTER A DOTTED LEADER (a dotted rule drawn between the work and the time, as a
tab leader is), the doers on an italic line below ("Phụ trách: X; phối hợp: Y.", one "Phụ trách: như mục 4."),
III. two paragraphs (the standing unit, the first-level agents' duty); the closing sentence; the signature beside
"Nơi nhận". No table.

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
STEM = "b_tay-ninh_58-KH-XSKT-2026_xo-so-nguoi-ban-ve-vao-to-hop-tac"
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
p.d { margin: 0 0 3pt 10mm; }
.job { margin: 0 0 6pt; break-inside: avoid; }
.line { display: flex; align-items: flex-end; }
.line .w { flex: 0 1 auto; text-align: justify; }
.line .lead { flex: 1 0 12mm; border-bottom: 1.2pt dotted #000; margin: 0 2mm 4pt; }
.line .when { flex: 0 0 auto; max-width: 40mm; text-align: right; }
p.who { margin: 1pt 0 0 10mm; font-style: italic; font-size: 11pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH TÂY NINH", ""), ("CÔNG TY TNHH MTV", "b"), ("XỔ SỐ KIẾN THIẾT TÂY NINH", "b"),
             ("Số: 58/KH-XSKT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""),
              ("Tây Ninh, ngày 06 tháng 7 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Hỗ trợ người bán lẻ vé số lưu động tham gia tổ hợp tác, hợp tác xã và bảo hiểm xã hội tự nguyện "
            "năm 2026 - 2027")

OPENING = ("Hiện Công ty có 126 đại lý cấp 1 và khoảng 4.800 người bán lẻ vé số lưu động, phần lớn là người cao tuổi, "
           "người khuyết tật, lao động nghèo từ nơi khác đến; hơn 80% chưa có bảo hiểm xã hội, nhiều người chưa có thẻ "
           "bảo hiểm y tế. Thực hiện chủ trương của UBND tỉnh về phát triển kinh tế tập thể và an sinh xã hội, Công ty "
           "xây dựng Kế hoạch như sau:")
TARGETS = ["- Trong năm 2027 thành lập tối thiểu 10 tổ hợp tác của người bán vé số và 01 hợp tác xã dịch vụ do các "
           "tổ hợp tác cùng góp vốn.",
           "- Ít nhất 1.000 người bán lẻ tham gia bảo hiểm xã hội tự nguyện; 3.000 người có thẻ bảo hiểm y tế."]

# (work, time, doers)
JOBS = [
    ("Thống kê người bán lẻ vé số lưu động theo từng đại lý, từng xã, phường; phân loại người có nhu cầu vào tổ "
     "hợp tác, người cần hỗ trợ đóng bảo hiểm", "Tháng 7 - 8/2026",
     "Phụ trách: Phòng Kế hoạch - Kinh doanh; phối hợp: các đại lý cấp 1."),
    ("Biên soạn tờ gấp về lợi ích của tổ hợp tác, hợp tác xã và bảo hiểm xã hội tự nguyện; phát kèm vé khi đại lý "
     "nhận vé hằng ngày", "Trước 15/8/2026",
     "Phụ trách: Phòng Tổ chức - Hành chính; phối hợp: Bảo hiểm xã hội tỉnh Tây Ninh."),
    ("Tổ chức 06 buổi gặp mặt người bán vé số tại các điểm giao vé Tân Ninh, Hòa Thành, Trảng Bàng, Gò Dầu, Long An, "
     "Bến Lức để vận động thành lập tổ hợp tác", "Quý III/2026",
     "Phụ trách: Công đoàn Công ty; phối hợp: Liên minh Hợp tác xã tỉnh."),
    ("Hướng dẫn người bán vé số lập tổ hợp tác: soạn mẫu hợp đồng hợp tác, bầu tổ trưởng, mở sổ quỹ chung; mỗi tổ "
     "từ 15 đến 30 người", "Tháng 9 - 12/2026",
     "Phụ trách: Phòng Tổ chức - Hành chính; phối hợp: Liên minh Hợp tác xã tỉnh."),
    ("Hỗ trợ mỗi tổ hợp tác mới thành lập 05 triệu đồng mua tủ đựng vé, áo và nón đồng phục",
     "15 ngày sau khi tổ ký hợp đồng hợp tác", "Phụ trách: Phòng Tài chính - Kế toán."),
    ("Vận động các tổ hợp tác đủ điều kiện cùng góp vốn thành lập Hợp tác xã Dịch vụ vé số Tây Ninh, nhận làm đại lý "
     "cấp 1 của Công ty", "Quý II/2027", "Phụ trách: như mục 4."),
    ("Mở điểm thu bảo hiểm xã hội tự nguyện, bảo hiểm y tế ngay tại 06 điểm giao vé vào sáng thứ Hai hằng tuần",
     "Thường xuyên", "Phụ trách: Phòng Tổ chức - Hành chính; phối hợp: Bảo hiểm xã hội tỉnh Tây Ninh."),
    ("Trích Quỹ phúc lợi hỗ trợ 30% mức đóng bảo hiểm xã hội tự nguyện trong 12 tháng đầu cho người bán vé là thành "
     "viên tổ hợp tác, hợp tác xã", "Năm 2027",
     "Phụ trách: Phòng Tài chính - Kế toán; phối hợp: Công đoàn Công ty."),
    ("Ưu tiên tăng cơ số vé cho đại lý có tổ hợp tác mà thành viên bán đúng giá, không bán vé đã hết hạn",
     "Hằng tháng", "Phụ trách: Phòng Kế hoạch - Kinh doanh; phối hợp: Tổ Kiểm tra thị trường."),
    ("Sơ kết 6 tháng thực hiện Kế hoạch, khen thưởng tổ hợp tác và người bán vé tiêu biểu", "Tháng 01/2027",
     "Phụ trách: Công đoàn Công ty; phối hợp: Phòng Tổ chức - Hành chính."),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("t", "1. Phòng Tổ chức - Hành chính làm thường trực, nắm tình hình triển khai từng việc, báo cáo Ban Giám đốc "
          "trước ngày 10 của tháng đầu mỗi quý."),
    ("t", "2. Các đại lý cấp 1 phổ biến Kế hoạch này đến từng người bán lẻ nhận vé của đại lý mình, lập danh sách "
          "người đăng ký vào tổ hợp tác gửi Phòng Kế hoạch - Kinh doanh trước ngày 31/7/2026."),
    ("t", "Trên đây là Kế hoạch của Công ty; các phòng, bộ phận và đại lý nghiêm túc thực hiện, có khó khăn báo cáo "
          "Giám đốc để chỉ đạo./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Tài chính;", "- BHXH tỉnh, LMHTX tỉnh (p/h);",
            "- Các đại lý cấp 1;", "- Các phòng, Công đoàn Công ty;", "- Lưu: VT, TCHC."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Trịnh Văn Lực", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 8:30 in Việt Nam
PDF_DATE = b"D:20260706083000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 58/KH-XSKT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out.append(f'<p class="t">{e(OPENING)}</p>')
    out.append('<h3>I. MỤC TIÊU</h3>')
    out += [f'<p class="d">{e(t)}</p>' for t in TARGETS]
    out.append('<h3>II. CÁC VIỆC CẦN LÀM</h3>')
    for n, (work, when, who) in enumerate(JOBS, 1):
        out.append(f'<div class="job"><div class="line"><span class="w">{n}. {e(work)}</span><span class="lead">'
                   f'</span><span class="when">{e(when)}</span></div><p class="who">{e(who)}</p></div>')
    for kind, text in AFTER:
        out.append(f'<h3>{e(text)}</h3>' if kind == "h" else f'<p class="t">{e(text)}</p>')
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
