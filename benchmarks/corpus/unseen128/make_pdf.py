"""Write b_vinh-long_27-KH-TTGSDH-2026_ban-do-so-htx.pdf, the hundred-and-twenty-eighth held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen128/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen128/make_pdf.py --html-only

A provincial smart-city operations centre (Trung tâm Giám sát, điều hành đô thị thông minh, Sở Khoa học và Công nghệ
tỉnh Vĩnh Long) plans to put cooperatives on its digital map and citizen app: I. purposes, II. work in numbered items
"2.1." … each a sentence of the work followed by "Giao <unit> thực hiện[, phối hợp với …]; <time>."; III. two
paragraphs; the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_vinh-long_27-KH-TTGSDH-2026_ban-do-so-htx"
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

HEAD_LEFT = [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", ""), ("TRUNG TÂM GIÁM SÁT, ĐIỀU HÀNH", "b"), ("ĐÔ THỊ THÔNG MINH", "b"),
             ("Số: 27/KH-TTGSĐH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Vĩnh Long, ngày 09 tháng 4 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Đưa dữ liệu hợp tác xã, tổ hợp tác lên bản đồ số và ứng dụng Vĩnh Long Smart năm 2026"

BODY = [
    ("p", "Căn cứ nhiệm vụ được Sở Khoa học và Công nghệ giao tại Văn bản số 611/SKHCN-CĐS ngày 25/3/2026, Trung tâm "
          "xây dựng Kế hoạch đưa thông tin về hợp tác xã, tổ hợp tác trên địa bàn tỉnh lên bản đồ số dùng chung như "
          "sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Người dân, du khách và thương lái tra cứu được vị trí, sản phẩm, số điện thoại của hợp tác xã ngay trên "
          "điện thoại; lãnh đạo tỉnh theo dõi được số hợp tác xã đang hoạt động trên màn hình điều hành."),
    ("h", "II. NỘI DUNG CÔNG VIỆC"),
    ("p", "2.1. Xây dựng lớp dữ liệu “Kinh tế tập thể” trên nền bản đồ số của tỉnh, gồm vị trí trụ sở, ngành nghề, "
          "sản phẩm chủ lực. Giao Phòng Dữ liệu và Tích hợp thực hiện; xong trong tháng 5/2026."),
    ("p", "2.2. Tiếp nhận danh sách hợp tác xã đang hoạt động, đối chiếu với Hệ thống thông tin quốc gia về hợp tác "
          "xã. Giao Phòng Dữ liệu và Tích hợp thực hiện, phối hợp với Sở Tài chính; trước ngày 15/5/2026."),
    ("p", "2.3. Chụp ảnh, định vị trụ sở và vùng sản xuất của các hợp tác xã trồng bưởi, cam sành, khoai lang. Giao "
          "Tổ Khảo sát hiện trường thực hiện, phối hợp với UBND các xã có hợp tác xã; mùa khô năm 2026 (tháng 4 - "
          "tháng 6)."),
    ("p", "2.4. Thêm mục “Sản phẩm hợp tác xã” trên ứng dụng Vĩnh Long Smart, cho phép gọi điện, chỉ đường đến điểm "
          "bán. Giao Phòng Phát triển ứng dụng thực hiện; quý III/2026."),
    ("p", "2.5. Kết nối số liệu hợp tác xã lên màn hình điều hành của Trung tâm, cập nhật tự động mỗi tuần. Giao "
          "Phòng Vận hành và Giám sát thực hiện; từ tháng 8/2026."),
    ("p", "2.6. Hướng dẫn cán bộ hợp tác xã tự cập nhật sản phẩm, giá bán trên ứng dụng, mỗi xã một buổi. Giao Phòng "
          "Phát triển ứng dụng thực hiện, phối hợp với Liên minh Hợp tác xã tỉnh và UBND các xã; tháng 9 - tháng "
          "10/2026."),
    ("p", "2.7. Rà soát an toàn thông tin của lớp dữ liệu trước khi công khai. Giao Phòng Vận hành và Giám sát thực "
          "hiện, phối hợp với Công an tỉnh (Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao); trước "
          "khi đưa lớp dữ liệu ra công khai."),
    ("p", "2.8. Giới thiệu tính năng mới trên trang tin của Trung tâm và mạng xã hội. Giao Phòng Hành chính - Tổng hợp "
          "thực hiện; sau khi tính năng được đưa vào sử dụng."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Hành chính - Tổng hợp bố trí kinh phí từ nguồn chi thường xuyên năm 2026 của Trung tâm; tổng hợp "
          "kết quả, báo cáo Giám đốc Sở Khoa học và Công nghệ trước ngày 05/12/2026."),
    ("p", "2. Các phòng thực hiện đúng tiến độ; vướng mắc báo cáo Giám đốc Trung tâm để xem xét, giải quyết."),
    ("p", "Trên đây là Kế hoạch đưa dữ liệu hợp tác xã, tổ hợp tác lên bản đồ số năm 2026 của Trung tâm./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở KH&CN (b/c);", "- Sở Tài chính, LMHTX tỉnh (p/h);", "- UBND các xã (p/h);",
            "- Ban Giám đốc TT;", "- Các phòng thuộc TT;", "- Lưu: VT, HCTH."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Thạch Văn Khải", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:10 in Việt Nam
PDF_DATE = b"D:20260409151000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 27/KH-TTGSĐH", CSS)
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
