"""Write b_nghe-an_2961-KH-SNNMT-2026_truoc-trong-sau-bao.pdf, the thirty-second held-out set's PDF, from the HTML this
script writes.

    .venv/bin/python benchmarks/corpus/unseen32/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen32/make_pdf.py --html-only

A Sở's plan for the storm season (July 2026): the cooperatives' work against storms and floods GROUPED BY THE PHASES
OF A STORM — the preparation before the season (dated), "khi có tin bão", "trong thời gian bão, lũ", "sau bão, lũ" —
as italic numbered headings over "-" items each opening with its doer; most times are counted from the storm itself
("ngay khi nhận được bản tin", "chậm nhất 24 giờ trước khi bão vào vùng nguy hiểm", "trong 07 ngày kể từ khi bão
tan", "ngay khi nước rút"); III. two numbered paragraphs of the Sở's units; the signature beside "Nơi nhận". No table.

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
STEM = "b_nghe-an_2961-KH-SNNMT-2026_truoc-trong-sau-bao"
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
p.n { font-style: italic; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH NGHỆ AN", ""), ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "b"), ("Số: 2961/KH-SNNMT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Nghệ An, ngày 14 tháng 7 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hỗ trợ hợp tác xã nông nghiệp, thủy sản chủ động ứng phó bão, lũ mùa mưa năm 2026"

# "h" a section heading, "s" a phase heading, "p" a paragraph, "n" an italic note
BODY = [
    ("p", "Theo nhận định của cơ quan khí tượng, mùa mưa bão năm 2026 trên Biển Đông có khoảng 11 đến 13 cơn bão, áp "
          "thấp nhiệt đới, trong đó 3 - 4 cơn có thể ảnh hưởng trực tiếp đến Nghệ An. Mùa mưa năm 2025, các hợp tác "
          "xã nuôi tôm, nuôi cá lồng ven biển và trồng cam, chanh vùng đồi của tỉnh bị thiệt hại ước khoảng 46 tỷ "
          "đồng. Để các hợp tác xã không bị động, Sở Nông nghiệp và Môi trường ban hành Kế hoạch này."),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Hợp tác xã, tổ hợp tác biết rõ việc phải làm để bảo vệ người, tàu thuyền, lồng bè, vật nuôi và cây trồng "
          "của mình trong từng giai đoạn của một cơn bão."),
    ("p", "- Giao việc cụ thể cho các đơn vị thuộc Sở theo từng giai đoạn: chuẩn bị trước mùa mưa bão, khi có tin bão, "
          "trong bão, lũ và sau bão, lũ; đề nghị các cơ quan liên quan phối hợp."),
    ("h", "II. NHIỆM VỤ THEO TỪNG GIAI ĐOẠN"),
    ("n", "Ghi chú: các việc tại mục 2, 3 và 4 làm lại với mỗi cơn bão, áp thấp nhiệt đới hoặc đợt lũ; thời gian tính "
          "theo bản tin của Đài Khí tượng Thủy văn tỉnh."),
    ("s", "1. Chuẩn bị trước mùa mưa bão (từ nay đến hết ngày 31/8/2026)"),
    ("p", "- Chi cục Phát triển nông thôn chủ trì, phối hợp với Ủy ban nhân dân 19 xã, phường ven biển lập danh sách 74 "
          "hợp tác xã có ao nuôi, lồng bè, kho vật tư nằm trong vùng nguy cơ cao; xong trước ngày 05/8/2026."),
    ("p", "- Chi cục Thủy lợi hướng dẫn các hợp tác xã dịch vụ thủy lợi kiểm tra, gia cố 38 hồ chứa nhỏ và trạm bơm do "
          "hợp tác xã đang quản lý, vận hành."),
    ("p", "- Trung tâm Khuyến nông tỉnh phối hợp Chi cục Thủy sản mở 06 lớp hướng dẫn cán bộ hợp tác xã cách neo buộc "
          "lồng bè, thu hoạch sớm và giữ giống; xong trong tháng 8/2026."),
    ("p", "- Đề nghị Liên minh Hợp tác xã tỉnh vận động hợp tác xã mua bảo hiểm nông nghiệp cho tàu thuyền, lồng bè và "
          "vật nuôi, gửi kết quả về Sở trước 25/8."),
    ("s", "2. Khi có tin bão, áp thấp nhiệt đới trên Biển Đông"),
    ("p", "- Văn phòng Sở (bộ phận thường trực phòng, chống thiên tai) gửi bản tin dự báo và công điện của tỉnh tới "
          "các hợp tác xã qua nhóm Zalo và thư điện tử ngay khi nhận được bản tin."),
    ("p", "- Chi cục Thủy sản phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Ủy ban nhân dân các xã có cảng cá kêu gọi "
          "tàu của các hợp tác xã khai thác hải sản về nơi neo đậu tránh trú, chậm nhất 24 giờ trước khi bão vào vùng "
          "nguy hiểm."),
    ("s", "3. Trong thời gian bão, lũ"),
    ("p", "- Chi cục Phát triển nông thôn trực 24/24 giờ, nắm tình hình thiệt hại của hợp tác xã qua Ủy ban nhân dân "
          "các xã, phường, báo cáo Giám đốc Sở trước 16 giờ hằng ngày cho đến khi bão, lũ kết thúc."),
    ("s", "4. Sau bão, lũ"),
    ("p", "- Chi cục Phát triển nông thôn chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh thống kê thiệt hại của từng "
          "hợp tác xã và đề xuất mức hỗ trợ khôi phục sản xuất, trong 07 ngày kể từ khi bão tan."),
    ("p", "- Chi cục Chăn nuôi và Thú y cấp hóa chất khử trùng, hướng dẫn hợp tác xã vệ sinh chuồng trại, xử lý xác vật "
          "nuôi và phòng dịch, làm ngay khi nước rút."),
    ("p", "- Chi cục Trồng trọt và Bảo vệ thực vật phối hợp Trung tâm Khuyến nông tỉnh hướng dẫn hợp tác xã gieo trồng "
          "lại, chuyển sang cây vụ đông ngắn ngày; xong trước 15/10/2026."),
    ("p", "- Đề nghị Ngân hàng Chính sách xã hội chi nhánh tỉnh Nghệ An xem xét gia hạn nợ, cho vay mới để hợp tác xã "
          "và thành viên bị thiệt hại khôi phục sản xuất, sau mỗi đợt thiên tai."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Giao Chi cục Phát triển nông thôn làm đầu mối, theo dõi các đơn vị thực hiện Kế hoạch, tổng hợp kết quả "
          "cả mùa mưa bão, báo cáo Giám đốc Sở chậm nhất ngày 10/12/2026."),
    ("p", "2. Phòng Kế hoạch - Tài chính bố trí kinh phí sự nghiệp năm 2026 cho các lớp hướng dẫn và vật tư hỗ trợ "
          "hợp tác xã; thời gian: quý III/2026."),
    ("p", "Khó khăn, vướng mắc phát sinh, các đơn vị kịp thời phản ánh về Sở (qua Chi cục Phát triển nông thôn) để "
          "xử lý./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- BCH PTDS tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;",
            "- LMHTX tỉnh, NHCSXH tỉnh;", "- UBND các xã, phường ven biển;", "- Các đơn vị thuộc Sở;",
            "- Lưu: VT, PTNT."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Phan Đình Khuê", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:20 in Việt Nam
PDF_DATE = b"D:20260714152000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 2961/KH-SNNMT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "s": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>',
                    "n": f'<p class="n">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
