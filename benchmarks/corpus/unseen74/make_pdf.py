"""Write b_hai-phong_31-KH-BQLKBT-2026_khu-bao-ton-bien-dong-quan-ly-tht-do-x-thuc-hien.pdf, the seventy-fourth held-out
set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen74/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen74/make_pdf.py --html-only

A marine protected area's management board's plan for co-managing the fishing grounds with fishermen's cooperative
groups and a cooperative (February 2026): the board under its Sở in the header, I. purposes, II. numbered paragraphs
of work, most in the passive "… do X chủ trì / thực hiện", III. two paragraphs; the signature beside "Nơi nhận". No
table.

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
STEM = "b_hai-phong_31-KH-BQLKBT-2026_khu-bao-ton-bien-dong-quan-ly-tht-do-x-thuc-hien"
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
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", ""), ("BAN QUẢN LÝ KHU BẢO TỒN", "b"),
             ("BIỂN BẠCH LONG VĨ", "b"), ("Số: 31/KH-BQLKBT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hải Phòng, ngày 18 tháng 02 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Đồng quản lý nguồn lợi thủy sản với các tổ hợp tác, hợp tác xã khai thác hải sản tại Khu bảo tồn biển "
            "Bạch Long Vĩ năm 2026")

# "h" a section heading, "p" a paragraph
BODY = [
    ("p", "Năm 2025, bốn tổ hợp tác khai thác hải sản và Hợp tác xã Dịch vụ nghề cá Bạch Long đã cùng Ban Quản lý tuần "
          "tra, giữ được vùng rạn san hô phía Tây Nam đảo; nguồn lợi bào ngư, tôm hùm có dấu hiệu phục hồi. Để nhân "
          "rộng cách làm này trong năm 2026, Ban Quản lý Khu bảo tồn biển Bạch Long Vĩ đề ra các việc cụ thể dưới đây."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giao quyền và trách nhiệm bảo vệ nguồn lợi cho cộng đồng ngư dân có tổ chức; giảm khai thác bằng nghề cấm, "
          "nghề lặn có sử dụng máy nén khí trong vùng lõi; tăng thu nhập cho thành viên từ dịch vụ du lịch sinh thái."),
    ("h", "II. NHIỆM VỤ CỤ THỂ"),
    ("p", "1. Việc rà soát danh sách tàu cá, thuyền viên của các tổ hợp tác thường xuyên hoạt động trong Khu bảo tồn do "
          "Phòng Bảo tồn biển chủ trì, phối hợp với Chi cục Thủy sản và UBND đặc khu Bạch Long Vĩ thực hiện, xong "
          "trước 20/3/2026."),
    ("p", "2. Phòng Bảo tồn biển hướng dẫn các tổ hợp tác xây dựng quy chế đồng quản lý, tổ chức cho thành viên ký cam "
          "kết không dùng nghề cấm; hoàn thành trong tháng 4/2026."),
    ("p", "3. Hai tổ tự quản tuần tra vùng rạn được thành lập trên cơ sở lực lượng của Hợp tác xã Dịch vụ nghề cá Bạch "
          "Long; việc thành lập do Hợp tác xã Dịch vụ nghề cá Bạch Long đảm nhận sau khi quy chế đồng quản lý được "
          "ký kết."),
    ("p", "4. Trạm Kiểm soát bảo tồn (thuộc Ban) cùng các tổ tự quản tuần tra, ngăn chặn khai thác trái phép trong "
          "thời gian cấm khai thác mùa sinh sản (từ 01/4 đến 31/5/2026)."),
    ("p", "5. Việc tập huấn kỹ năng quản trị tổ hợp tác, ghi nhật ký khai thác cho tổ trưởng, thành viên do Phòng "
          "Truyền thông và Phát triển cộng đồng thực hiện, mời Liên minh Hợp tác xã thành phố phối hợp, trong quý "
          "II/2026."),
    ("p", "6. Phòng Truyền thông và Phát triển cộng đồng phối hợp Trung tâm Khuyến nông hỗ trợ Hợp tác xã Dịch vụ nghề "
          "cá Bạch Long xây dựng tuyến lặn ngắm san hô và dịch vụ lưu trú cho du khách trước mùa du lịch hè."),
    ("p", "7. Thả bổ sung 40.000 con giống bào ngư, hải sâm tại vùng phục hồi do Phòng Bảo tồn biển thực hiện cùng "
          "thành viên các tổ hợp tác, trước mùa mưa bão."),
    ("h", "III. KINH PHÍ VÀ BÁO CÁO"),
    ("p", "1. Phòng Hành chính - Tổng hợp lập dự toán kinh phí thực hiện Kế hoạch, trình Sở Nông nghiệp và Môi trường "
          "trước ngày 10/3/2026."),
    ("p", "2. Kết quả đồng quản lý hằng quý và cả năm do Phòng Hành chính - Tổng hợp tập hợp, gửi Sở Nông nghiệp và "
          "Môi trường; báo cáo năm gửi trước ngày 15/12/2026."),
    ("p", "Trưởng các phòng, Trạm trưởng Trạm Kiểm soát bảo tồn chịu trách nhiệm trước Trưởng ban về kết quả thực "
          "hiện phần việc được giao./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở NN&MT (b/c);", "- UBND đặc khu Bạch Long Vĩ;", "- Chi cục Thủy sản;",
            "- HTX DV nghề cá Bạch Long, các THT;", "- Lưu: VT, BTB."]
SIGN = [("KT. TRƯỞNG BAN", "b"), ("PHÓ TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("Đỗ Mạnh Cường", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 9:00 in Việt Nam
PDF_DATE = b"D:20260218090000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 31/KH-BQLKBT", CSS)
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
