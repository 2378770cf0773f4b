"""Write b_son-la_05-QCPH-STC-LMHTX-2026_quy-che-phoi-hop-hai-co-quan.pdf, the twenty-third held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen23/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen23/make_pdf.py --html-only

A QUY CHẾ PHỐI HỢP signed jointly by two bodies (July 2026, Sơn La): both bodies stacked in the header's left column
over "Số: 05/QCPH-STC-LMHTX"; the title and its subject; italic "Căn cứ" lines; "Chương I. QUY ĐỊNH CHUNG" (scope and
principles, no tasks), "Chương II. NỘI DUNG VÀ TRÁCH NHIỆM PHỐI HỢP" (four Điều, one per field of work, each over
numbered clauses that open with the body that does them, "Hai cơ quan" once), "Chương III. TỔ CHỨC THỰC HIỆN" (the
focal units, the half-yearly meeting, the review, the entry into force); two signature blocks side by side (the Liên
minh's on the left, the Sở's on the right), "Nơi nhận" under them. No table.

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the document's own date and time, so that two runs give the
same bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_son-la_05-QCPH-STC-LMHTX-2026_quy-che-phoi-hop-hai-co-quan"
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
h3 { font-size: 12pt; text-align: center; margin: 10pt 0 4pt; }
h4 { font-size: 12pt; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.c { text-indent: 10mm; font-style: italic; margin: 0 0 3pt; }
.signs { display: grid; grid-template-columns: 50% 50%; margin-top: 12pt; text-align: center; break-inside: avoid; }
.signs p { margin: 0; }
.noi { font-size: 10pt; margin-top: 14pt; }
.noi p { margin: 0; }
"""

HEAD_LEFT = [("UBND TỈNH SƠN LA", ""), ("SỞ TÀI CHÍNH", "b"), ("LIÊN MINH HỢP TÁC XÃ TỈNH SƠN LA", "b"),
             ("Số: 05/QCPH-STC-LMHTX", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""),
              ("Sơn La, ngày 14 tháng 7 năm 2026", "i")]
TITLE = "QUY CHẾ PHỐI HỢP"
SUBTITLE = ("Giữa Sở Tài chính và Liên minh Hợp tác xã tỉnh Sơn La trong quản lý nhà nước và hỗ trợ phát triển hợp "
            "tác xã, tổ hợp tác")

# "c" an italic "Căn cứ" line, "ch" a chapter heading, "d" an article heading, "p" a paragraph
BODY = [
    ("c", "Căn cứ Luật Hợp tác xã số 17/2023/QH15;"),
    ("c", "Căn cứ Quyết định số 1320/QĐ-UBND ngày 20/3/2026 của Ủy ban nhân dân tỉnh về chức năng, nhiệm vụ "
          "của Sở Tài chính tỉnh Sơn La;"),
    ("c", "Căn cứ Điều lệ Liên minh Hợp tác xã tỉnh Sơn La nhiệm kỳ 2025 - 2030;"),
    ("p", "Sở Tài chính và Liên minh Hợp tác xã tỉnh Sơn La (sau đây gọi là hai cơ quan) thống nhất ban hành Quy chế phối "
          "hợp với những nội dung sau:"),
    ("ch", "Chương I"),
    ("ch", "QUY ĐỊNH CHUNG"),
    ("d", "Điều 1. Phạm vi và đối tượng"),
    ("p", "Quy chế này quy định nội dung, hình thức và trách nhiệm phối hợp giữa hai cơ quan trong tham mưu quản lý nhà "
          "nước và hỗ trợ hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác trên địa bàn tỉnh."),
    ("d", "Điều 2. Nguyên tắc phối hợp"),
    ("p", "Phối hợp trên cơ sở chức năng, nhiệm vụ của mỗi cơ quan; chủ động, kịp thời, không làm thay nhau; thông tin "
          "trao đổi bằng văn bản hoặc qua hộp thư điện tử công vụ."),
    ("ch", "Chương II"),
    ("ch", "NỘI DUNG VÀ TRÁCH NHIỆM PHỐI HỢP"),
    ("d", "Điều 3. Xây dựng kế hoạch, chính sách"),
    ("p", "1. Sở Tài chính chủ trì và phối hợp với Liên minh Hợp tác xã tỉnh dự thảo kế hoạch phát triển kinh tế tập thể "
          "hằng năm của tỉnh, trình Ủy ban nhân dân tỉnh trước ngày 30 tháng 11 của năm trước năm kế hoạch."),
    ("p", "2. Liên minh Hợp tác xã tỉnh tổng hợp kiến nghị của các hợp tác xã về cơ chế, chính sách, gửi Sở Tài chính "
          "trước ngày 15 tháng 10 hằng năm."),
    ("d", "Điều 4. Quản lý, theo dõi tình hình hoạt động của hợp tác xã"),
    ("p", "1. Sở Tài chính cung cấp cho Liên minh Hợp tác xã tỉnh danh sách hợp tác xã thành lập mới, giải thể, thay "
          "đổi đăng ký trong kỳ; định kỳ hằng quý, trong 10 ngày đầu của quý sau."),
    ("p", "2. Hai cơ quan phối hợp với Ủy ban nhân dân các xã, phường tổ chức rà soát, phân loại hợp tác xã ngừng hoạt "
          "động, hướng dẫn các hợp tác xã này giải thể hoặc tổ chức lại; hoàn thành đợt rà soát năm 2026 trong quý IV/2026."),
    ("d", "Điều 5. Hỗ trợ hợp tác xã"),
    ("p", "1. Liên minh Hợp tác xã tỉnh chủ trì mở lớp bồi dưỡng cán bộ quản lý hợp tác xã theo kế hoạch năm; "
          "năm 2026 tổ chức ít nhất 04 lớp tại các cụm xã vùng cao."),
    ("p", "2. Sở Tài chính thẩm định, tổng hợp dự toán kinh phí hỗ trợ hợp tác xã do Liên minh Hợp tác xã tỉnh đề xuất, "
          "trình cấp có thẩm quyền bố trí trong dự toán ngân sách tỉnh năm 2027."),
    ("p", "3. Quỹ Hỗ trợ phát triển hợp tác xã thuộc Liên minh Hợp tác xã tỉnh ưu tiên cho vay các hợp tác xã có dự án "
          "liên kết tiêu thụ cà phê, xoài, mận; Sở Tài chính phối hợp kiểm tra việc sử dụng vốn vay theo kế hoạch "
          "kiểm tra hằng năm."),
    ("d", "Điều 6. Thông tin, báo cáo"),
    ("p", "Liên minh Hợp tác xã tỉnh gửi Sở Tài chính báo cáo tình hình hợp tác xã thành viên 6 tháng trước ngày 10/6 "
          "và cả năm trước ngày 10/12 để tổng hợp báo cáo Ủy ban nhân dân tỉnh, Bộ Tài chính."),
    ("ch", "Chương III"),
    ("ch", "TỔ CHỨC THỰC HIỆN"),
    ("d", "Điều 7. Trách nhiệm thi hành"),
    ("p", "1. Phòng Quản lý doanh nghiệp và kinh tế tập thể (Sở Tài chính) và Ban Tư vấn, hỗ trợ (Liên minh Hợp tác xã "
          "tỉnh) là đầu mối giúp lãnh đạo hai cơ quan theo dõi, đôn đốc thực hiện Quy chế."),
    ("p", "2. Định kỳ 6 tháng, hai cơ quan tổ chức giao ban đánh giá kết quả phối hợp (luân phiên chủ trì); năm 2028 "
          "sơ kết 02 năm thực hiện Quy chế."),
    ("p", "3. Quy chế có hiệu lực kể từ ngày ký. Trong quá trình thực hiện, nếu cần sửa đổi, bổ sung, hai cơ quan "
          "trao đổi, thống nhất bằng văn bản."),
]

SIGN_LEFT = [("LIÊN MINH HỢP TÁC XÃ TỈNH", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Cầm Văn Chiến", "b")]
SIGN_RIGHT = [("SỞ TÀI CHÍNH", "b"), ("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lường Thị Hoa", "b")]
NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Liên minh HTX Việt Nam (b/c);", "- Lãnh đạo hai cơ quan;",
            "- UBND các xã, phường;", "- Các phòng, đơn vị thuộc hai cơ quan;", "- Lưu: VT STC, VT LMHTX."]

#: the dates written into the PDF instead of the time of printing: the document's, 14:30 in Việt Nam
PDF_DATE = b"D:20260714143000+07'00'"


def block(lines) -> str:
    return '<div>' + "".join(f'<p class="{cls}">{e(text) or "&nbsp;"}</p>' for text, cls in lines) + '</div>'


def build_html() -> str:
    out = page_start("Quy chế phối hợp 05/QCPH-STC-LMHTX", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"c": f'<p class="c">{e(text)}</p>', "ch": f'<h3>{e(text)}</h3>', "d": f'<h4>{e(text)}</h4>',
                    "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append('<div class="signs">' + block(SIGN_LEFT) + block(SIGN_RIGHT) + '</div>')
    out.append('<div class="noi">' + "".join(f'<p class="{"b i" if i == 0 else ""}">{e(x)}</p>'
                                             for i, x in enumerate(NOI_NHAN)) + '</div>')
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
