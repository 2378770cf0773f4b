"""Write a_khanh-hoa_36-KH-BTGDVTU-2026_tuyen-truyen-phu-luc-khau-hieu.pdf, the twenty-sixth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen26/make_pdf.py            # writes sources/a_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen26/make_pdf.py --html-only

A provincial Party propaganda body's plan (March 2026, after Khánh Hòa and Ninh Thuận were merged and the Ban Tuyên
giáo and the Ban Dân vận of the Tỉnh ủy became one Ban): the Party's header ("TỈNH ỦY KHÁNH HÒA / BAN TUYÊN GIÁO VÀ
DÂN VẬN / *", "Số 36-KH/BTGDVTU" without a colon, "ĐẢNG CỘNG SẢN VIỆT NAM"); I. purposes; II. what is to be told
(numbered themes) and III. how (numbered channels), both naming nobody; IV. the time with its high point ("đợt cao
điểm"); V. the share-out under numbered bodies, some headings over "-" items, some one paragraph; the signature beside
"Nơi nhận"; then, on a new page, the Phụ lục of slogans (not work).

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
STEM = "a_khanh-hoa_36-KH-BTGDVTU-2026_tuyen-truyen-phu-luc-khau-hieu"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10.5pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
.u { text-decoration: underline; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
h4 { font-size: 12pt; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.c { text-align: center; margin: 0 0 4pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
.annex { break-before: page; }
"""

HEAD_LEFT = [("TỈNH ỦY KHÁNH HÒA", ""), ("BAN TUYÊN GIÁO VÀ DÂN VẬN", "b"), ("*", ""), ("Số 36-KH/BTGDVTU", "")]
HEAD_RIGHT = [("ĐẢNG CỘNG SẢN VIỆT NAM", "b u"), ("", ""), ("Khánh Hòa, ngày 09 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("tuyên truyền dịp Ngày Hợp tác xã Việt Nam (11/4) và về kinh tế tập thể, hợp tác xã "
            "năm 2026")

# "h" a section heading, "s" a numbered body heading, "p" a paragraph
BODY = [
    ("p", "Căn cứ định hướng tuyên truyền của Ban Tuyên giáo và Dân vận Trung ương và chương trình công tác của Ban "
          "Thường vụ Tỉnh ủy năm 2026, Ban Tuyên giáo và Dân vận Tỉnh ủy xây dựng Kế hoạch tuyên truyền như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Giúp cán bộ, đảng viên và Nhân dân hiểu rõ hơn chỗ đứng, vai trò của kinh tế tập thể; tạo đồng "
          "thuận để người dân tự nguyện tham gia tổ hợp tác, hợp tác xã kiểu mới."),
    ("p", "2. Tuyên truyền bảo đảm định hướng, thiết thực, phù hợp với từng vùng của tỉnh sau hợp nhất (vùng Khánh "
          "Hòa cũ và Ninh Thuận cũ), gắn với các phong trào thi đua ở cơ sở; tránh phô trương, hình thức."),
    ("h", "II. NỘI DUNG TUYÊN TRUYỀN"),
    ("p", "1. Chủ trương của Đảng, chính sách của Nhà nước đối với kinh tế tập thể; các điểm mới của Luật Hợp tác xã "
          "năm 2023 và những văn bản quy định chi tiết."),
    ("p", "2. Ý nghĩa Ngày Hợp tác xã Việt Nam (11/4); vai trò của tổ hợp tác, hợp tác xã trong giảm nghèo, xây dựng "
          "nông thôn mới ở vùng đồng bào dân tộc thiểu số, vùng bãi ngang ven biển."),
    ("p", "3. Kết quả phát triển kinh tế tập thể của tỉnh năm 2025; những mô hình hợp tác xã muối, nho, tỏi, nuôi tôm "
          "hùm, du lịch cộng đồng làm ăn hiệu quả; gương cán bộ quản lý hợp tác xã năng động, sáng tạo."),
    ("p", "4. Đấu tranh với nhận thức lệch lạc, coi hợp tác xã là mô hình cũ, kém hiệu quả; phê phán việc thành lập "
          "hợp tác xã để hưởng chính sách rồi ngừng hoạt động."),
    ("h", "III. HÌNH THỨC TUYÊN TRUYỀN"),
    ("p", "1. Trên báo chí: chuyên trang, chuyên mục, tin, bài, phóng sự; tăng thời lượng trong đợt cao điểm."),
    ("p", "2. Tuyên truyền miệng: qua đội ngũ báo cáo viên, tuyên truyền viên cơ sở, sinh hoạt chi bộ và sinh hoạt "
          "các đoàn thể."),
    ("p", "3. Cổ động trực quan: băng rôn, pa-nô, áp phích với các khẩu hiệu tại Phụ lục kèm theo."),
    ("p", "4. Trên không gian mạng: trang thông tin điện tử, trang mạng xã hội của các cơ quan, đoàn thể và của chính "
          "các hợp tác xã."),
    ("h", "IV. THỜI GIAN"),
    ("p", "Tuyên truyền thường xuyên trong năm 2026; đợt cao điểm từ ngày 01/4 đến ngày 15/4/2026."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("s", "1. Ban Thường vụ các đảng ủy trực thuộc Tỉnh ủy"),
    ("p", "- Chỉ đạo cấp ủy cơ sở đưa nội dung tuyên truyền về kinh tế tập thể vào sinh hoạt chi bộ, hội nghị báo cáo "
          "viên; thời gian: trong đợt cao điểm."),
    ("p", "- Chỉ đạo treo băng rôn, khẩu hiệu tại trụ sở cơ quan, nhà văn hóa thôn, tổ dân phố, hoàn thành trước ngày "
          "31/3/2026."),
    ("s", "2. Đề nghị Đảng ủy Ủy ban nhân dân tỉnh chỉ đạo:"),
    ("p", "- Sở Văn hóa, Thể thao và Du lịch thực hiện pa-nô, áp phích cổ động tại các trục đường chính khu vực Nha "
          "Trang, Phan Rang và trung tâm các xã, phường; hoàn thành trước 01/4/2026."),
    ("p", "- Sở Tài chính cung cấp số liệu, kết quả phát triển kinh tế tập thể năm 2025 và danh sách hợp tác xã điển "
          "hình cho các cơ quan báo chí, gửi trước 20/3/2026."),
    ("p", "- Ủy ban nhân dân các xã, phường, đặc khu phát trên hệ thống loa truyền thanh cơ sở ít nhất 02 lần mỗi tuần "
          "trong đợt cao điểm."),
    ("s", "3. Báo và Phát thanh, Truyền hình Khánh Hòa"),
    ("p", "- Mở chuyên mục “Kinh tế tập thể - Hợp tác xã” trên báo in, báo điện tử, sóng phát thanh và truyền hình, "
          "định kỳ 02 kỳ/tháng."),
    ("p", "- Sản xuất 01 phóng sự chuyên đề về hợp tác xã muối, nho vùng Ninh Thuận cũ, phát sóng trong đợt cao điểm."),
    ("p", "4. Liên minh Hợp tác xã tỉnh chủ trì, phối hợp với Sở Tài chính tổ chức tọa đàm “Hợp tác xã với chuyển đổi "
          "số” nhân Ngày Hợp tác xã Việt Nam (11/4/2026); cung cấp tài liệu, gương điển hình cho đội ngũ báo cáo "
          "viên."),
    ("p", "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh hướng dẫn Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh "
          "lồng ghép tuyên truyền trong sinh hoạt hội viên, vận động hội viên tham gia tổ hợp tác, hợp tác xã; thực "
          "hiện trong năm 2026."),
    ("p", "6. Phòng Tuyên truyền - Báo chí (Ban Tuyên giáo và Dân vận Tỉnh ủy) định hướng thông tin tại giao ban báo "
          "chí hằng tháng; theo dõi, tổng hợp kết quả đợt cao điểm, tham mưu Ban báo cáo Thường trực Tỉnh ủy trước "
          "ngày 30/4/2026."),
]

NOI_NHAN = ["Nơi nhận:", "- Thường trực Tỉnh ủy (b/c),", "- Ban Tuyên giáo và Dân vận Trung ương (b/c),",
            "- Các đảng ủy trực thuộc Tỉnh ủy,", "- Các cơ quan tại mục V,", "- Lưu Văn phòng Ban."]
SIGN = [("K/T TRƯỞNG BAN", "b"), ("PHÓ TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("Mai Thị Kiều Oanh", "b")]

ANNEX_HEAD = ["PHỤ LỤC", "KHẨU HIỆU TUYÊN TRUYỀN"]
ANNEX_NOTE = "(Kèm theo Kế hoạch số 36-KH/BTGDVTU ngày 09/3/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy)"
SLOGANS = [
    "1. Nhiệt liệt chào mừng Ngày Hợp tác xã Việt Nam 11/4!",
    "2. Phát triển kinh tế tập thể, hợp tác xã là nhiệm vụ của cả hệ thống chính trị!",
    "3. Hợp tác xã kiểu mới - vì lợi ích của thành viên và cộng đồng!",
    "4. Tham gia hợp tác xã để sản xuất lớn, tiêu thụ ổn định, thu nhập bền vững!",
    "5. Đẩy mạnh chuyển đổi số trong hợp tác xã, nâng tầm nông sản Khánh Hòa!",
    "6. Đảng Cộng sản Việt Nam quang vinh muôn năm!",
]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:10 in Việt Nam
PDF_DATE = b"D:20260309151000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 36-KH/BTGDVTU", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "s": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out.append('<div class="annex">')
    out += [f'<p class="c b">{e(line)}</p>' for line in ANNEX_HEAD]
    out.append(f'<p class="c i">{e(ANNEX_NOTE)}</p>')
    out += [f'<p class="t">{e(line)}</p>' for line in SLOGANS]
    out.append('</div>')
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
