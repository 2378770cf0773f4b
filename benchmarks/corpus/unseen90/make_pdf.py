"""Write b_bac-ninh_34-KH-QBVMT-2026_quy-bvmt-htx-chan-nuoi-xu-ly-chat-thai.pdf, the ninetieth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen90/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen90/make_pdf.py --html-only

A provincial Environmental Protection Fund's plan (March 2026) for preferential loans and advice to livestock
cooperatives treating their waste: I. purposes, II. targets, III. numbered items in prose, each with the work first
and the doer afterwards ("<work>. Phòng X thực hiện, phối hợp Y; hoàn thành …"), one item opening with a
"Đề nghị X"; IV. the organisation; the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_bac-ninh_34-KH-QBVMT-2026_quy-bvmt-htx-chan-nuoi-xu-ly-chat-thai"
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
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", ""), ("QUỸ BẢO VỆ MÔI TRƯỜNG", "b"), ("TỈNH BẮC NINH", "b"),
             ("Số: 34/KH-QBVMT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Bắc Ninh, ngày 09 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Cho vay ưu đãi, hỗ trợ hợp tác xã chăn nuôi đầu tư xử lý chất thải năm 2026"

# "h" a section heading, "p" a paragraph
BODY = [
    ("p", "Thực hiện Quyết định số 52/QĐ-HĐQL ngày 15/01/2026 của Hội đồng quản lý Quỹ về kế hoạch hoạt động năm 2026, "
          "Quỹ Bảo vệ môi trường tỉnh xây dựng Kế hoạch dành nguồn vốn vay ưu đãi cho các hợp tác xã, tổ hợp tác chăn "
          "nuôi lợn, gà, bò sữa đầu tư công trình xử lý chất thải như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giảm ô nhiễm từ chăn nuôi tập trung ở các vùng đồi Lục Nam, Sơn Động và ven sông Cầu; giúp hợp tác xã tiếp "
          "cận vốn lãi suất thấp, hoàn thiện hồ sơ môi trường theo quy định."),
    ("h", "II. CHỈ TIÊU"),
    ("p", "Giải ngân cho vay khoảng 18 tỷ đồng đối với 25 dự án của hợp tác xã, tổ hợp tác (hầm biogas, đệm lót sinh học, "
          "ủ phân compost, hệ thống tách phân); lãi suất cho vay 2,6%/năm, thời hạn vay tối đa 5 năm."),
    ("h", "III. NỘI DUNG THỰC HIỆN"),
    ("p", "1. Thông báo nguồn vốn, điều kiện vay và mẫu hồ sơ đến các hợp tác xã chăn nuôi. Phòng Nghiệp vụ thực hiện, "
          "phối hợp Liên minh Hợp tác xã tỉnh và Hội Nông dân tỉnh; hoàn thành trong tháng 3/2026."),
    ("p", "2. Tổ chức 03 buổi hướng dẫn lập dự án vay vốn tại các cụm xã có nhiều trang trại. Phòng Nghiệp vụ chủ trì, "
          "mời Trung tâm Khuyến nông cùng tham gia; thời gian: tháng 4/2026."),
    ("p", "3. Thẩm định dự án, kiểm tra thực địa tài sản bảo đảm tiền vay. Phòng Tín dụng thực hiện trong vòng 15 ngày "
          "làm việc kể từ khi nhận đủ hồ sơ hợp lệ."),
    ("p", "4. Đề nghị Ủy ban nhân dân các xã, phường có dự án xác nhận vị trí công trình và cam kết của hợp tác xã về "
          "không xả thải ra kênh mương; gửi văn bản về Quỹ trước ngày 30/5/2026."),
    ("p", "5. Ký hợp đồng tín dụng và giải ngân đợt 1 cho các dự án đủ điều kiện. Phòng Tín dụng, Phòng Kế toán thực "
          "hiện; quý II/2026."),
    ("p", "6. Kiểm tra việc sử dụng vốn vay, nghiệm thu công trình xử lý chất thải sau khi đưa vào vận hành. Phòng Tín "
          "dụng phối hợp Chi cục Bảo vệ môi trường; 6 tháng cuối năm 2026."),
    ("p", "7. Đăng tin về các hợp tác xã vay vốn làm tốt trên trang thông tin điện tử của Quỹ và Báo Bắc Ninh. Văn "
          "phòng Quỹ làm thường xuyên."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Phòng Nghiệp vụ là đầu mối theo dõi; tổng hợp kết quả cho vay năm 2026 báo cáo Hội đồng quản lý Quỹ và Sở "
          "Nông nghiệp và Môi trường trước ngày 10/12/2026."),
    ("p", "Trên đây là Kế hoạch cho vay ưu đãi, hỗ trợ hợp tác xã chăn nuôi đầu tư xử lý chất thải năm 2026 của Quỹ "
          "Bảo vệ môi trường tỉnh Bắc Ninh./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng quản lý Quỹ (b/c);", "- Sở NN&MT (b/c);", "- LMHTX tỉnh, Hội ND tỉnh;",
            "- UBND các xã, phường (p/h);", "- Các phòng thuộc Quỹ;", "- Lưu: VT, NV."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Đặng Quốc Thịnh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260309141500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 34/KH-QBVMT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
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
