"""Write b_quang-ngai_58-KH-LHH-2026_lien-hiep-hoi-khkt-tu-van-htx-cot-don-vi-tiep-nhan.pdf, the sixty-fourth
held-out set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen64/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen64/make_pdf.py --html-only

A provincial Union of Science and Technology Associations' plan (August 2026) of advice and technology transfer to
cooperatives by its member associations: I. purposes, II. one bordered table TT | Hoạt động | Hội thành viên thực
hiện | Đơn vị tiếp nhận | Thời gian, whose fourth column names the cooperatives that receive the work (no column of
partners); III. numbered paragraphs of the Union's office, its member associations and a Sở; the closing sentence; the
signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, table_start, write_html  # noqa: E402,E501

HERE = Path(__file__).resolve().parent
STEM = "b_quang-ngai_58-KH-LHH-2026_lien-hiep-hoi-khkt-tu-van-htx-cot-don-vi-tiep-nhan"
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
table.tasks { border-collapse: collapse; width: 100%; font-size: 10.5pt; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.6pt solid #000; padding: 2pt 4pt; vertical-align: top; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("LIÊN HIỆP CÁC HỘI KHOA HỌC", "b"), ("VÀ KỸ THUẬT TỈNH QUẢNG NGÃI", "b"), ("Số: 58/KH-LHH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Quảng Ngãi, ngày 20 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Tư vấn, chuyển giao tiến bộ khoa học kỹ thuật cho hợp tác xã, tổ hợp tác năm 2026 - 2027"

BEFORE = [
    ("p", "Thực hiện Chương trình phối hợp giữa Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh với Sở Khoa học và Công "
          "nghệ, nhằm đưa đội ngũ trí thức của các hội thành viên về giúp các hợp tác xã ở đồng bằng, miền núi và "
          "đặc khu Lý Sơn, Thường trực Liên hiệp hội xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Mỗi hội thành viên nhận giúp ít nhất một hợp tác xã cụ thể, làm đến nơi đến chốn; kết quả được đánh giá "
          "bằng sản phẩm, quy trình mà hợp tác xã áp dụng được, không tính bằng số buổi hội thảo."),
    ("h", "II. CÁC HOẠT ĐỘNG"),
]

TABLE_WIDTHS = [6, 38, 20, 22, 14]
TABLE_HEAD = ["TT", "Hoạt động", "Hội thành viên thực hiện", "Đơn vị tiếp nhận", "Thời gian"]
TABLE = [
    ("1", "Khảo sát nhu cầu ứng dụng khoa học, kỹ thuật của các hợp tác xã nông nghiệp; lập danh mục đặt hàng",
     "Văn phòng Liên hiệp hội", "Các HTX nông nghiệp trong tỉnh", "Tháng 9/2026"),
    ("2", "Tư vấn quy trình trồng, sơ chế quế theo hướng hữu cơ; hướng dẫn ghi chép nhật ký đồng ruộng",
     "Hội Khoa học Phát triển nông thôn tỉnh", "HTX Nông nghiệp Quế Trà Bồng", "Quý IV/2026"),
    ("3", "Hướng dẫn lắp đặt, vận hành hệ thống tưới nhỏ giọt tiết kiệm nước cho ruộng tỏi",
     "Hội Thủy lợi tỉnh", "HTX Dịch vụ tổng hợp An Hải", "Tháng 11 - 12/2026"),
    ("4", "Tư vấn xây dựng phương án sản xuất, kinh doanh và phân tích hiệu quả tài chính",
     "Hội Khoa học Kinh tế tỉnh", "10 HTX do Sở Tài chính giới thiệu", "Trước 15/12/2026"),
    ("5", "Hỗ trợ hợp tác xã làm trang giới thiệu sản phẩm, mở gian hàng trên sàn thương mại điện tử",
     "Hội Tin học tỉnh", "15 HTX có sản phẩm OCOP", "Quý IV/2026"),
    ("6", "Chuyển giao kỹ thuật nhân giống, sơ chế sâm và dược liệu dưới tán rừng",
     "Hội Đông y tỉnh", "HTX Dược liệu Măng Ri", "2026 - 2027"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Văn phòng Liên hiệp hội là đầu mối, phối hợp với Sở Khoa học và Công nghệ, Liên minh Hợp tác xã tỉnh "
          "kết nối các hội thành viên với hợp tác xã; tổng hợp kết quả, báo cáo Thường trực Liên hiệp hội trước ngày "
          "20/12/2026."),
    ("p", "2. Các hội thành viên được phân công tại Mục II xây dựng kế hoạch chi tiết, cử chuyên gia phụ trách từng "
          "hợp tác xã, gửi Văn phòng Liên hiệp hội trước ngày 15/9/2026."),
    ("p", "3. Đề nghị Sở Khoa học và Công nghệ xem xét hỗ trợ kinh phí sự nghiệp khoa học cho các hoạt động 2, 3 và 6 "
          "trong năm 2027."),
    ("p", "Trên đây là Kế hoạch tư vấn, chuyển giao tiến bộ khoa học kỹ thuật cho hợp tác xã, tổ hợp tác năm 2026 - "
          "2027 của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Quảng Ngãi./."),
]

NOI_NHAN = ["Nơi nhận:", "- Liên hiệp các Hội KH&KT Việt Nam (b/c);", "- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c);",
            "- Sở KH&CN, Liên minh HTX tỉnh;", "- Các hội thành viên;", "- Lưu: VT, VP."]
SIGN = [("TM. BAN THƯỜNG VỤ", "b"), ("KT. CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Đinh Thị Hồng Vân", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20260820142000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 58/KH-LHH", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BEFORE:
        out.append({"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out += table_start(TABLE_WIDTHS, TABLE_HEAD)
    out += ['<tr>' + "".join(f'<td>{e(c)}</td>' for c in row) + '</tr>' for row in TABLE]
    out += ['</tbody>', '</table>']
    for kind, text in AFTER:
        out.append({"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
