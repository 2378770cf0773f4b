"""Write b_quang-ninh_18-KH-PCC1-2026_phong-cong-chung-htx-giao-nguoi.pdf, the fifty-third held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen53/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen53/make_pdf.py --html-only

A small public notary office's plan (March 2026) on notarising cooperatives' contracts: I. purposes, II. five numbered
headings over "-" items in prose, each giving the work to a person by title and name ("Giao Công chứng viên … chủ
trì, cùng …") or to a team of the office; III. two numbered paragraphs; the closing sentence; the signature beside
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
STEM = "b_quang-ninh_18-KH-PCC1-2026_phong-cong-chung-htx-giao-nguoi"
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

HEAD_LEFT = [("SỞ TƯ PHÁP TỈNH QUẢNG NINH", ""), ("PHÒNG CÔNG CHỨNG SỐ 1", "b"), ("Số: 18/KH-PCC1", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Quảng Ninh, ngày 09 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Công chứng hợp đồng, giao dịch của hợp tác xã, tổ hợp tác năm 2026"

# "h" a section heading, "s" a subject heading, "p" a paragraph
BODY = [
    ("p", "Thực hiện chỉ đạo của Giám đốc Sở Tư pháp về hỗ trợ pháp lý cho khu vực kinh tế tập thể, Phòng Công chứng "
          "số 1 xây dựng Kế hoạch công chứng hợp đồng, giao dịch của hợp tác xã, tổ hợp tác trong năm 2026 với các nội dung sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Giúp các hợp tác xã nuôi trồng thủy sản, lâm nghiệp và dịch vụ du lịch ven biển giảm thời gian đi lại, "
          "giảm chi phí khi ký hợp đồng thuê đất, góp vốn bằng tài sản, thế chấp vay vốn; phân công rõ người thực "
          "hiện, thời gian hoàn thành."),
    ("h", "II. NỘI DUNG VÀ PHÂN CÔNG"),
    ("s", "1. Khảo sát nhu cầu"),
    ("p", "- Giao Phó Trưởng phòng Vũ Thị Ngân chủ trì, cùng Liên minh Hợp tác xã tỉnh lập phiếu hỏi và tổng hợp nhu "
          "cầu công chứng của các hợp tác xã trên địa bàn các xã Vân Đồn, Cô Tô, Quảng Hà; xong trong tháng 4/2026."),
    ("s", "2. Công chứng ngoài trụ sở"),
    ("p", "- Tổ công chứng lưu động (gồm 02 công chứng viên, 01 thư ký nghiệp vụ) thực hiện công chứng tại trụ sở hợp "
          "tác xã đối với người già yếu, người không thể đi lại; có mặt theo lịch hẹn, chậm nhất 03 ngày làm việc sau "
          "khi hợp tác xã đăng ký."),
    ("p", "- Giao Công chứng viên Đặng Văn Thìn chủ trì, phối hợp Ủy ban nhân dân xã Cô Tô bố trí 02 đợt công chứng "
          "tại xã đảo vào tháng 5 và tháng 9/2026, tránh những ngày có gió mùa, biển động."),
    ("s", "3. Hướng dẫn hồ sơ"),
    ("p", "- Bộ phận tiếp nhận và trả kết quả soạn 05 mẫu hợp đồng thường gặp của hợp tác xã (góp vốn bằng quyền sử dụng "
          "đất, thuê mặt nước, mua chung vật tư, thế chấp, ủy quyền) và niêm yết tại trụ sở trước 30/4/2026."),
    ("p", "- Công chứng viên Nguyễn Thị Thu Hà cùng Chi nhánh Ngân hàng Nông nghiệp và Phát triển Nông thôn tỉnh Quảng "
          "Ninh thống nhất danh mục giấy tờ khi hợp tác xã thế chấp tài sản vay vốn; thời gian: quý II/2026."),
    ("s", "4. Giảm phí, rút ngắn thời gian"),
    ("p", "- Kế toán đơn vị lập danh sách hợp tác xã được giảm thù lao công chứng theo quyết định của Trưởng phòng, "
          "cập nhật hằng quý."),
    ("s", "5. Lưu trữ, chia sẻ dữ liệu"),
    ("p", "- Giao Thư ký nghiệp vụ Lưu Minh Đức nhập đầy đủ dữ liệu hợp đồng của hợp tác xã vào cơ sở dữ liệu công "
          "chứng của tỉnh ngay trong ngày công chứng."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phó Trưởng phòng Vũ Thị Ngân giúp Trưởng phòng đôn đốc thực hiện Kế hoạch, gửi Sở Tư pháp báo cáo kết quả "
          "6 tháng (trước 05/7/2026) và kết quả năm (trước 05/12/2026)."),
    ("p", "2. Các công chức, người lao động của Phòng căn cứ nhiệm vụ được giao chủ động thực hiện; khó khăn báo cáo "
          "Trưởng phòng để giải quyết."),
    ("p", "Trên đây là Kế hoạch công chứng hợp đồng, giao dịch của hợp tác xã, tổ hợp tác năm 2026 của Phòng Công chứng "
          "số 1./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở Tư pháp (b/c);", "- Liên minh HTX tỉnh;", "- UBND các xã Vân Đồn, Cô Tô, Quảng Hà;",
            "- Agribank Quảng Ninh;", "- CCV, nhân viên Phòng;", "- Lưu: VT."]
SIGN = [("TRƯỞNG PHÒNG", "b"), ("", ""), ("", ""), ("", ""), ("Phạm Quang Vinh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 9:00 in Việt Nam
PDF_DATE = b"D:20260309090000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 18/KH-PCC1", CSS)
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
