"""Write b_nghe-an_23-KH-HHVT-2025_hiep-hoi-van-tai-htx-hoi-vien.pdf, the ninety-fifth held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen95/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen95/make_pdf.py --html-only

A provincial road-transport association's plan for its member transport cooperatives (the last months of 2025 and the
Tết season): I. purposes, II. three numbered subject headings over "-" items in prose, each ending with its doer, its
partner and its time in brackets ("(Văn phòng Hiệp hội thực hiện, phối hợp …; tháng 10/2025)"); III. three "-" items
opening with their body; the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_nghe-an_23-KH-HHVT-2025_hiep-hoi-van-tai-htx-hoi-vien"
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

HEAD_LEFT = [("HIỆP HỘI VẬN TẢI Ô TÔ", "b"), ("TỈNH NGHỆ AN", "b"), ("Số: 23/KH-HHVT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Vinh, ngày 06 tháng 10 năm 2025", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hỗ trợ các hợp tác xã vận tải hội viên những tháng cuối năm 2025 và dịp Tết Nguyên đán Bính Ngọ"

# "h" a section heading, "s" a subject heading, "p" a paragraph
BODY = [
    ("p", "Căn cứ Điều lệ Hiệp hội và Nghị quyết Hội nghị Ban Chấp hành lần thứ năm (khóa IV); trước nhu cầu đi lại tăng "
          "cao dịp cuối năm, Ban Thường trực Hiệp hội xây dựng Kế hoạch hỗ trợ 41 hợp tác xã vận tải hội viên như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giúp các hợp tác xã vận tải hội viên giữ an toàn giao thông, dùng hợp đồng và hóa đơn điện tử, giữ ổn định "
          "giá cước; nắm và phản ánh kịp thời vướng mắc của hội viên với cơ quan quản lý."),
    ("h", "II. NỘI DUNG"),
    ("s", "1. An toàn giao thông"),
    ("p", "- Mở 02 lớp bồi dưỡng đạo đức nghề nghiệp, kỹ năng lái xe an toàn cho lái xe, nhân viên phục vụ của các HTX "
          "hội viên (Văn phòng Hiệp hội thực hiện, phối hợp Phòng Quản lý vận tải (Sở Xây dựng); tháng 10/2025)."),
    ("p", "- Rà soát thiết bị giám sát hành trình, camera trên xe kinh doanh vận tải của các HTX, nhắc nhở xe chưa truyền "
          "dữ liệu (Ban Kiểm tra Hiệp hội; xong trước 15/11)."),
    ("p", "- Kiểm tra đột xuất việc chấp hành thời gian lái xe liên tục trên các tuyến đi Hà Nội, TP. Hồ Chí Minh, Tây "
          "Nguyên (Ban Kiểm tra Hiệp hội cùng Phòng Cảnh sát giao thông Công an tỉnh; cao điểm Tết, từ 15/01 đến "
          "28/02/2026)."),
    ("s", "2. Chuyển đổi số trong điều hành vận tải"),
    ("p", "- Hướng dẫn các HTX ký hợp đồng vận tải điện tử, xuất hóa đơn điện tử cho từng chuyến (Ban Tư vấn pháp lý "
          "Hiệp hội, phối hợp Thuế tỉnh Nghệ An; quý IV/2025)."),
    ("p", "- Giới thiệu phần mềm quản lý bến, điều độ xe dùng chung cho 10 HTX vận tải hành khách tuyến cố định, thí "
          "điểm tại HTX Vận tải Thành Vinh (Văn phòng Hiệp hội; tháng 11 - 12/2025)."),
    ("s", "3. Giá cước và phục vụ hành khách dịp Tết"),
    ("p", "- Tổng hợp phương án tăng chuyến, giá vé Tết của các HTX hội viên gửi Sở Xây dựng (Văn phòng Hiệp hội; "
          "trước 20/12/2025)."),
    ("p", "- Vận động các HTX niêm yết giá cước, bố trí xe tăng cường đưa đón công nhân về quê ăn Tết (các HTX vận tải "
          "hội viên thực hiện; từ 20 tháng Chạp)."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "- Văn phòng Hiệp hội là đầu mối theo dõi, đôn đốc; tổng hợp kết quả, báo cáo Ban Thường trực trước ngày "
          "10/3/2026."),
    ("p", "- Ban Tài chính Hiệp hội cân đối kinh phí mở lớp bồi dưỡng từ nguồn hội phí năm 2025, xong trước khi khai "
          "giảng lớp đầu tiên."),
    ("p", "- Các hội viên phản ánh khó khăn, vướng mắc về Văn phòng Hiệp hội qua nhóm Zalo của Hiệp hội hoặc bằng văn "
          "bản."),
    ("p", "Ban Thường trực Hiệp hội đề nghị các hợp tác xã hội viên nghiêm túc thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở Xây dựng (b/c);", "- LMHTX tỉnh Nghệ An;", "- Ban Chấp hành Hiệp hội;",
            "- Các HTX hội viên (t/h);", "- Lưu: VP Hiệp hội."]
SIGN = [("TM. BAN THƯỜNG TRỰC", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Hoàng Đình Quyết", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:00 in Việt Nam
PDF_DATE = b"D:20251006150000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 23/KH-HHVT", CSS)
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
