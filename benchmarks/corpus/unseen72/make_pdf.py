"""Write b_lai-chau_46-KH-TV-2026_thu-vien-tinh-tu-sach-htx-nguoi-lam-trong-ngoac.pdf, the seventy-second
held-out set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen72/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen72/make_pdf.py --html-only

A provincial library's plan for book cabinets of technical books at cooperatives' offices (September 2026): the
library under its Sở in the header, I. purposes, II. four numbered stages over "-" items whose doer and time come
last, IN BRACKETS ("(X chủ trì, phối hợp Y; xong trước …)"); III. funding and the
Phòng's duty; the signature beside "Nơi nhận". No table.

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
STEM = "b_lai-chau_46-KH-TV-2026_thu-vien-tinh-tu-sach-htx-nguoi-lam-trong-ngoac"
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
h4 { font-size: 12pt; font-weight: normal; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", ""), ("TỈNH LAI CHÂU", ""), ("THƯ VIỆN TỈNH", "b"),
             ("Số: 46/KH-TV", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lai Châu, ngày 03 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Xây dựng tủ sách khoa học kỹ thuật tại hợp tác xã, tổ hợp tác năm 2026 - 2027"

# "h" a section heading, "s" a stage heading, "p" a paragraph
BODY = [
    ("p", "Nhiều hợp tác xã trồng chè, thảo quả, mắc ca và nuôi cá nước lạnh ở vùng cao của tỉnh cần tài liệu kỹ "
          "thuật bằng tiếng Việt và tiếng dân tộc nhưng ở xa thư viện. Thư viện tỉnh xây dựng Kế hoạch đưa sách, báo "
          "đến các hợp tác xã như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Đặt 20 tủ sách tại trụ sở hợp tác xã, mỗi tủ khoảng 150 bản sách về trồng trọt, chăn nuôi, quản trị và kế "
          "toán hợp tác xã, có sách song ngữ Việt - Mông, Việt - Thái; sách được luân chuyển, không để tủ sách nằm "
          "im sau khi khai trương."),
    ("h", "II. CÁC BƯỚC THỰC HIỆN"),
    ("s", "1. Khảo sát, chọn điểm đặt tủ sách"),
    ("p", "- Khảo sát nhu cầu đọc, chọn 20 hợp tác xã có trụ sở và người nhận quản lý tủ sách (Phòng Phục vụ bạn đọc "
          "chủ trì, phối hợp Liên minh Hợp tác xã tỉnh; xong trước 30/9/2026)."),
    ("p", "- Giới thiệu hợp tác xã đủ điều kiện, bố trí chỗ đặt tủ sách tại trụ sở (UBND các xã có hợp tác xã được "
          "chọn thực hiện; chậm nhất ngày 10/10/2026)."),
    ("s", "2. Bổ sung và luân chuyển sách"),
    ("p", "- Chọn mua, xử lý kỹ thuật 3.000 bản sách, tờ gấp kỹ thuật (Phòng Nghiệp vụ thực hiện; trong tháng "
          "10/2026)."),
    ("p", "- Vận động doanh nghiệp, ngân hàng trên địa bàn tặng sách, giá sách cho các hợp tác xã (Văn phòng Thư viện "
          "thực hiện; quý IV/2026)."),
    ("p", "- Đưa sách bằng xe thư viện lưu động, đổi sách giữa các tủ sách hợp tác xã (Tổ thư viện lưu động thực "
          "hiện; 3 tháng một lần)."),
    ("s", "3. Tập huấn, hướng dẫn sử dụng"),
    ("p", "- Tập huấn người quản lý tủ sách cách cho mượn, ghi sổ, bảo quản sách (Phòng Nghiệp vụ chủ trì, Trung tâm "
          "Khuyến nông tỉnh phối hợp giới thiệu tài liệu kỹ thuật; tuần đầu tháng 11/2026)."),
    ("p", "- Hướng dẫn thành viên hợp tác xã đọc sách, xem video kỹ thuật trên thư viện số bằng điện thoại (Phòng "
          "Thư viện số thực hiện; thường xuyên)."),
    ("s", "4. Theo dõi, đánh giá"),
    ("p", "- Ghi số lượt mượn sách, gửi Thư viện tỉnh hằng quý (người quản lý tủ sách của các hợp tác xã thực hiện; "
          "từ quý I/2027)."),
    ("p", "- Sơ kết một năm, đề xuất nhân rộng tủ sách sang các tổ hợp tác (Phòng Phục vụ bạn đọc chủ trì; tháng "
          "12/2027)."),
    ("h", "III. KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN"),
    ("p", "Kinh phí mua sách, tủ sách lấy từ nguồn bổ sung vốn tài liệu năm 2026 của Thư viện và nguồn vận động tài "
          "trợ."),
    ("p", "Giao Phòng Phục vụ bạn đọc làm đầu mối theo dõi; tổng hợp kết quả đợt đầu, báo cáo Sở Văn hóa, Thể thao "
          "và Du lịch trước ngày 20/12/2026."),
    ("p", "Trên đây là Kế hoạch xây dựng tủ sách tại hợp tác xã, tổ hợp tác của Thư viện tỉnh Lai Châu./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở VHTTDL (b/c);", "- Liên minh HTX tỉnh;", "- Trung tâm Khuyến nông tỉnh;",
            "- UBND các xã có HTX được chọn;", "- Các phòng thuộc Thư viện;", "- Lưu: VT, PVBĐ."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Tẩn Thị Mai", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260903141500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 46/KH-TV", CSS)
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
