"""Write b_lang-son_1127-KH-SNNMT-2026_chu-tri-phoi-hop-thoi-gian.pdf, the nineteenth held-out set's PDF, from the HTML
this script writes.

    .venv/bin/python benchmarks/corpus/unseen19/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen19/make_pdf.py --html-only

An ordinary Sở's plan for half a year (June 2026, after Lạng Sơn's departments were merged): I. purposes, II. three
numbered subject headings over "-" items in prose, each reading "X chủ trì[, phối hợp với Y] <work>; thời gian …"; III.
three numbered paragraphs of the Sở's own units, each opening with its name; the closing sentence; the signature
beside "Nơi nhận". No table.

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
STEM = "b_lang-son_1127-KH-SNNMT-2026_chu-tri-phoi-hop-thoi-gian"
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
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH LẠNG SƠN", ""), ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "b"), ("Số: 1127/KH-SNNMT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lạng Sơn, ngày 15 tháng 6 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hỗ trợ hợp tác xã nông nghiệp, lâm nghiệp 6 tháng cuối năm 2026"

# "h" a section heading, "s" a subject heading, "p" a paragraph
BODY = [
    ("p", "Thực hiện Kế hoạch số 96/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh, để hỗ trợ kịp thời các hợp tác "
          "xã trong mùa thu hoạch hồi, quế và na, Sở Nông nghiệp và Môi trường ban hành Kế hoạch cho 6 tháng cuối "
          "năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Tập trung hỗ trợ các hợp tác xã trồng hồi, quế, na, chăn nuôi và trồng rừng nâng cao năng lực sản xuất, "
          "tiêu thụ; giao nhiệm vụ cụ thể cho từng đơn vị thuộc Sở, gắn trách nhiệm người đứng đầu."),
    ("h", "II. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN"),
    ("s", "1. Củng cố, nâng cao hiệu quả hoạt động của hợp tác xã"),
    ("p", "- Chi cục Phát triển nông thôn chủ trì, phối hợp với Ủy ban nhân dân các xã rà soát, phân loại 186 hợp tác "
          "xã nông nghiệp theo bộ tiêu chí đánh giá mới; thời gian hoàn thành trước ngày 31/8/2026."),
    ("p", "- Chi cục Phát triển nông thôn chủ trì hướng dẫn 12 hợp tác xã hoạt động yếu kém xây dựng phương án củng "
          "cố, tổ chức lại; thời gian thực hiện trong quý III/2026."),
    ("s", "2. Hỗ trợ sản xuất, chuyển giao kỹ thuật"),
    ("p", "- Trung tâm Khuyến nông chủ trì, phối hợp với Chi cục Trồng trọt và Bảo vệ thực vật xây dựng 04 mô hình "
          "trồng hồi, quế theo hướng hữu cơ do hợp tác xã làm chủ; thời gian: từ tháng 7 đến hết tháng 11/2026."),
    ("p", "- Chi cục Chăn nuôi và Thú y chủ trì, phối hợp với Trung tâm Khuyến nông tập huấn phòng, chống dịch bệnh "
          "gia súc cho thành viên 20 hợp tác xã chăn nuôi; thời gian: tháng 9/2026."),
    ("p", "- Chi cục Kiểm lâm chủ trì hướng dẫn các hợp tác xã lâm nghiệp lập hồ sơ đề nghị cấp chứng chỉ quản lý rừng "
          "bền vững; thời gian: 6 tháng cuối năm 2026."),
    ("s", "3. Liên kết tiêu thụ, xúc tiến thương mại"),
    ("p", "- Chi cục Phát triển nông thôn chủ trì, phối hợp với Sở Công Thương, Liên minh Hợp tác xã tỉnh đưa 15 hợp "
          "tác xã tham gia hội chợ nông sản, đặc sản vùng biên giới; thời gian: quý IV/2026."),
    ("p", "- Chi cục Phát triển nông thôn chủ trì, phối hợp với Ủy ban nhân dân các xã hỗ trợ 10 hợp tác xã sử dụng "
          "nhãn hiệu chứng nhận cho sản phẩm hồi, quế, na; thời gian hoàn thành trước ngày 15/10/2026."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Chi cục Phát triển nông thôn giúp Giám đốc Sở theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết "
          "quả 6 tháng cuối năm, báo cáo Giám đốc Sở trước ngày 10/12/2026."),
    ("p", "2. Phòng Kế hoạch - Tài chính cân đối, bố trí kinh phí sự nghiệp để thực hiện các nội dung của Kế hoạch; "
          "thời gian: tháng 7/2026."),
    ("p", "3. Văn phòng Sở đăng tải Kế hoạch và kết quả hỗ trợ hợp tác xã trên Cổng thông tin điện tử của Sở; thời "
          "gian: thường xuyên."),
    ("p", "Trên đây là Kế hoạch hỗ trợ hợp tác xã nông nghiệp, lâm nghiệp 6 tháng cuối năm 2026 của Sở Nông nghiệp và "
          "Môi trường tỉnh Lạng Sơn./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Công Thương, LMHTX tỉnh;", "- Ban Giám đốc Sở;",
            "- UBND các xã (p/h);", "- Các đơn vị thuộc Sở (t/h);", "- Lưu: VT, Chi cục PTNT."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Nông Thị Diệp", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:30 in Việt Nam
PDF_DATE = b"D:20260615103000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 1127/KH-SNNMT", CSS)
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
