"""Write b_hue_36-KH-TTDD-2026_dieu-duong-mua-thuc-pham-htx.pdf, the hundred-and-twenty-fifth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen125/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen125/make_pdf.py --html-only

A city's Trung tâm Điều dưỡng người có công buying food for its convalescence rounds from cooperatives (March 2026):
I. purposes, II. three numbered food groups over "-" items in prose, each "<unit> chủ trì[, <unit> phối hợp] <work>;
<time>" with times tied to the rounds ("trước đợt điều dưỡng thứ nhất (khai mạc 15/4/2026)", "trong các đợt điều
dưỡng từ tháng 4 đến tháng 10/2026"); III. two paragraphs of units; the closing sentence; the signature beside "Nơi
nhận". No table.

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
STEM = "b_hue_36-KH-TTDD-2026_dieu-duong-mua-thuc-pham-htx"
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
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ NỘI VỤ THÀNH PHỐ HUẾ", ""), ("TRUNG TÂM ĐIỀU DƯỠNG", "b"), ("NGƯỜI CÓ CÔNG", "b"),
             ("Số: 36/KH-TTĐD", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Huế, ngày 09 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mua thực phẩm từ hợp tác xã phục vụ điều dưỡng người có công năm 2026"

# "h" a section heading, "s" a subject heading, "p" a paragraph
BODY = [
    ("p", "Năm 2026 Trung tâm Điều dưỡng người có công thành phố Huế dự kiến đón 2.400 lượt người có công với cách "
          "mạng về điều dưỡng tập trung, chia 08 đợt. Để bữa ăn của các cụ bảo đảm tươi, sạch và góp phần tiêu thụ "
          "nông sản của địa phương, Trung tâm xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Ưu tiên mua trực tiếp của hợp tác xã có sản phẩm được chứng nhận VietGAP, OCOP hoặc có giấy chứng nhận cơ sở "
          "đủ điều kiện an toàn thực phẩm; việc mua sắm đúng quy định về đấu thầu, có hợp đồng, có hồ sơ nguồn gốc."),
    ("h", "II. NỘI DUNG VÀ PHÂN CÔNG"),
    ("s", "1. Rau, củ, quả"),
    ("p", "- Khoa Dinh dưỡng chủ trì, Phòng Tài chính - Kế toán phối hợp khảo sát 05 hợp tác xã rau ở Hương Trà, Quảng "
          "Điền, lập danh mục rau theo mùa và giá tham khảo; trước đợt điều dưỡng thứ nhất (khai mạc 15/4/2026)."),
    ("p", "- Phòng Hành chính - Tổ chức chủ trì ký hợp đồng nguyên tắc cung ứng rau với HTX Nông nghiệp Quảng Thọ, "
          "HTX rau hữu cơ Thanh Thủy; hoàn thành trong tháng 4/2026."),
    ("s", "2. Thịt, cá, thủy sản"),
    ("p", "- Khoa Dinh dưỡng chủ trì, phối hợp với Trung tâm Kiểm soát bệnh tật thành phố lấy mẫu kiểm nghiệm thịt lợn, "
          "gà, cá nước lợ do hợp tác xã cung cấp; định kỳ 02 tháng một lần."),
    ("p", "- Phòng Tài chính - Kế toán chủ trì tổ chức chào hàng cạnh tranh gói mua thủy sản đầm phá, mời các HTX "
          "nuôi trồng thủy sản Tam Giang tham gia; quý II/2026."),
    ("s", "3. Gạo, đặc sản và quà tặng"),
    ("p", "- Phòng Hành chính - Tổ chức chủ trì, phối hợp với Liên minh Hợp tác xã thành phố Huế giới thiệu sản phẩm "
          "OCOP của hợp tác xã (mè xửng, tôm chua, trà cung đình) làm quà tặng các đoàn; từ tháng 5 đến hết tháng 10/2026."),
    ("p", "- Khoa Dinh dưỡng chủ trì chuyển toàn bộ gạo nấu ăn sang gạo hữu cơ của HTX Nông nghiệp Phú Vinh; trong "
          "các đợt điều dưỡng từ tháng 4 đến tháng 10/2026."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Tài chính - Kế toán cân đối dự toán tiền ăn theo mức chi quy định, thanh toán cho hợp tác xã trong "
          "vòng 15 ngày sau mỗi đợt; tổng hợp số liệu mua hàng gửi Sở Nội vụ trước 20/11/2026."),
    ("p", "2. Phòng Hành chính - Tổ chức đôn đốc các bộ phận và báo cáo Giám đốc kết quả thực hiện sau đợt 4 (tháng "
          "7/2026) để rút kinh nghiệm."),
    ("p", "Trên đây là Kế hoạch mua thực phẩm từ hợp tác xã năm 2026 của Trung tâm./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở Nội vụ (b/c);", "- Liên minh HTX TP Huế;", "- Các khoa, phòng;",
            "- Lưu: VT, HCTC."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Tôn Nữ Minh Khuê", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260309141500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 36/KH-TTĐD", CSS)
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
