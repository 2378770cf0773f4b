"""Write b_kbang-gia-lai_24-NQ-HDND-2026_nghi-quyet-hdnd-xa.pdf, the twenty-second held-out set's PDF, from the HTML this
script writes.

    .venv/bin/python benchmarks/corpus/unseen22/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen22/make_pdf.py --html-only

A COMMUNE's HĐND resolution (July 2026, after the 2025 reform and the 2026 elections): "HỘI ĐỒNG NHÂN DÂN / XÃ KBANG",
the resolution's title, "HỘI ĐỒNG NHÂN DÂN XÃ KBANG / KHÓA I, KỲ HỌP THỨ BA", italic "Căn cứ …"/"Xét …" lines,
"QUYẾT NGHỊ:", Điều 1 targets, Điều 2 solutions naming nobody, Điều 3 "Tổ chức thực hiện" (1. the Ủy ban nhân dân xã
given the resolution, its points a) … e) the units it is to direct, 2. the HĐND's own supervision, 3. "Đề nghị …"),
the passing formula, the signature ("CHỦ TỊCH") beside "Nơi nhận". No table.

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the resolution's own date and time, so that two runs give the
same bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_kbang-gia-lai_24-NQ-HDND-2026_nghi-quyet-hdnd-xa"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 40% 60%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 4pt; }
p.c { text-align: center; font-weight: bold; margin: 0 0 2pt; }
p.k { text-indent: 10mm; font-style: italic; text-align: justify; margin: 0 0 3pt; }
p.q { text-align: center; font-weight: bold; margin: 8pt 0 6pt; }
p.d { text-indent: 10mm; font-weight: bold; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỘI ĐỒNG NHÂN DÂN", "b"), ("XÃ KBANG", "b"), ("Số: 24/NQ-HĐND", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Kbang, ngày 17 tháng 7 năm 2026", "i")]
TITLE = "NGHỊ QUYẾT"
SUBTITLE = "Về một số giải pháp phát triển tổ hợp tác, hợp tác xã trên địa bàn xã Kbang giai đoạn 2026 - 2030"

# "c" the centred council line, "k" a "Căn cứ" line, "q" QUYẾT NGHỊ, "d" an Điều heading, "p" a paragraph
BODY = [
    ("c", "HỘI ĐỒNG NHÂN DÂN XÃ KBANG"),
    ("c", "KHÓA I, KỲ HỌP THỨ BA"),
    ("k", "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;"),
    ("k", "Căn cứ Luật Hợp tác xã số 17/2023/QH15;"),
    ("k", "Căn cứ Nghị quyết Đại hội Đảng bộ xã Kbang lần thứ I, nhiệm kỳ 2025 - 2030;"),
    ("k", "Xét Tờ trình số 118/TTr-UBND ngày 02 tháng 7 năm 2026 của Ủy ban nhân dân xã, Báo cáo thẩm tra số 09/BC-KTNS "
          "của Ban Kinh tế - Ngân sách và ý kiến thảo luận của các đại biểu tại kỳ họp."),
    ("q", "QUYẾT NGHỊ:"),
    ("d", "Điều 1. Mục tiêu và chỉ tiêu đến năm 2030"),
    ("p", "1. Phát triển tổ hợp tác, hợp tác xã gắn với các sản phẩm chủ lực của xã là cà phê, mía, bò thịt và du "
          "lịch sinh thái rừng; từng bước đưa hợp tác xã trở thành đầu mối liên kết sản xuất của đồng bào Ba Na."),
    ("p", "2. Đến năm 2030, trên địa bàn xã có ít nhất 14 hợp tác xã và 30 tổ hợp tác hoạt động; 70% hợp tác xã hoạt "
          "động hiệu quả; 05 sản phẩm OCOP 3 sao trở lên do hợp tác xã làm chủ thể."),
    ("d", "Điều 2. Nhiệm vụ, giải pháp chủ yếu"),
    ("p", "1. Củng cố các hợp tác xã hiện có; vận động các hợp tác xã ngừng hoạt động nhiều năm giải thể theo quy định, "
          "không để tồn tại hợp tác xã chỉ có tên trên giấy."),
    ("p", "2. Khuyến khích thành lập tổ hợp tác trồng cà phê, chăn nuôi bò ở các làng đồng bào dân tộc thiểu số, làm "
          "nền tảng để phát triển thành hợp tác xã."),
    ("p", "3. Ưu tiên bố trí ngân sách xã và lồng ghép nguồn vốn các chương trình mục tiêu quốc gia, ưu tiên hợp tác xã về "
          "hạ tầng, máy móc sơ chế và xúc tiến thương mại."),
    ("d", "Điều 3. Tổ chức thực hiện"),
    ("p", "1. Giao Ủy ban nhân dân xã tổ chức triển khai thực hiện Nghị quyết; hằng năm báo cáo kết quả tại kỳ họp "
          "thường lệ cuối năm của Hội đồng nhân dân xã. Trong đó, chỉ đạo thực hiện một số nội dung sau:"),
    ("p", "a) Phòng Kinh tế chủ trì, phối hợp với các thôn, làng rà soát, phân loại hợp tác xã và đề xuất phương án "
          "giải thể hợp tác xã ngừng hoạt động; hoàn thành trong quý IV/2026."),
    ("p", "b) Phòng Kinh tế chủ trì, mời Liên minh Hợp tác xã tỉnh phối hợp giúp thành lập mới 04 hợp tác xã "
          "cà phê, bò thịt tại các làng Kon Lốc, Đăk Hlơ; hoàn thành trước ngày 30/6/2027."),
    ("p", "c) Phòng Văn hóa - Xã hội phối hợp với Đoàn Thanh niên xã xây dựng mô hình hợp tác xã du lịch sinh thái "
          "do thanh niên làm chủ; thực hiện năm 2027."),
    ("p", "d) Trung tâm Phục vụ hành chính công xã nhận và trả kết quả đăng ký hợp tác xã, tổ hợp tác đúng thời hạn, "
          "không thu phí ngoài quy định; thường xuyên."),
    ("p", "đ) Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã cân đối, đưa khoản hỗ trợ hợp tác xã vào dự toán "
          "ngân sách xã năm 2027, trình Hội đồng nhân dân xã tại kỳ họp cuối năm 2026."),
    ("p", "2. Thường trực Hội đồng nhân dân xã, các Ban của Hội đồng nhân dân xã, các Tổ đại biểu và đại biểu Hội đồng "
          "nhân dân xã giám sát việc thực hiện Nghị quyết; năm 2028 tổ chức giám sát chuyên đề giữa kỳ."),
    ("p", "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì, phối hợp với Hội Nông dân xã vận động hộ nông dân "
          "vào tổ hợp tác, hợp tác xã; theo dõi việc các hợp tác xã được hưởng chính sách hỗ trợ; thường xuyên."),
    ("p", "Nghị quyết này đã được Hội đồng nhân dân xã Kbang khóa I, kỳ họp thứ ba thông qua ngày 17 tháng 7 năm 2026 và "
          "có hiệu lực từ ngày thông qua./."),
]

NOI_NHAN = ["Nơi nhận:", "- TT HĐND, UBND tỉnh (b/c);", "- Đảng ủy xã (b/c);", "- TT HĐND, UBND, UBMTTQ VN xã;",
            "- Đại biểu HĐND xã;", "- Các phòng, đơn vị thuộc xã;", "- Các thôn, làng;", "- Lưu: VT."]
SIGN = [("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Đinh Văn Hrên", "b")]

#: the dates written into the PDF instead of the time of printing: the resolution's, 16:15 in Việt Nam
PDF_DATE = b"D:20260717161500+07'00'"

CLASSES = {"c": "c", "k": "k", "q": "q", "d": "d", "p": "t"}


def build_html() -> str:
    out = page_start("Nghị quyết 24/NQ-HĐND", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append(f'<p class="{CLASSES[kind]}">{e(text)}</p>')
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
