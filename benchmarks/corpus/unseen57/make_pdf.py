"""Write b_khanh-hoa_27-KH-BQLCC-2026_ban-quan-ly-cang-ca-htx-vu-ca-bac.pdf, the fifty-seventh held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen57/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen57/make_pdf.py --html-only

A fishing-port authority's plan for a fishing season (August 2026, Khánh Hòa after its merger with Ninh Thuận): the
Ban Quản lý cảng cá of the Sở Nông nghiệp và Môi trường supports the fishing and port-service cooperatives at its two
ports; I. purposes, II. four numbered subject headings over "-" items in prose, each opening with the port station, the
office or the body asked, its time after a semicolon; III. two numbered paragraphs; the closing sentence; the
signature beside "Nơi nhận". No table.

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
STEM = "b_khanh-hoa_27-KH-BQLCC-2026_ban-quan-ly-cang-ca-htx-vu-ca-bac"
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

HEAD_LEFT = [("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", ""), ("TỈNH KHÁNH HÒA", ""), ("BAN QUẢN LÝ CẢNG CÁ", "b"),
             ("Số: 27/KH-BQLCC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Khánh Hòa, ngày 12 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Hỗ trợ hợp tác xã, tổ hợp tác khai thác hải sản và dịch vụ hậu cần nghề cá tại cảng cá Hòn Rớ, cảng cá "
            "Cà Ná trong vụ cá Bắc 2026 - 2027")

# "h" a section heading, "s" a subject heading, "p" a paragraph
BODY = [
    ("p", "Căn cứ Quyết định số 1120/QĐ-SNNMT ngày 02/7/2026 của Sở Nông nghiệp và Môi trường quy định chức năng, "
          "nhiệm vụ của Ban Quản lý cảng cá; để tàu cá của thành viên các hợp tác xã, tổ hợp tác bám biển dài ngày "
          "trong vụ cá Bắc, Ban Quản lý cảng cá xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Tạo thuận lợi cho tàu cá của hợp tác xã, tổ hợp tác cập cảng, bốc dỡ và bán sản phẩm; hợp tác xã dịch vụ "
          "hậu cần có chỗ làm ăn ổn định tại cảng; góp phần chống khai thác hải sản bất hợp pháp (IUU)."),
    ("h", "II. NỘI DUNG"),
    ("s", "1. Cầu cảng và dịch vụ hậu cần"),
    ("p", "- Trạm Quản lý cảng cá Hòn Rớ bố trí riêng 02 vị trí cập cầu cho tàu khai thác xa bờ của các hợp tác xã, "
          "công khai lịch cập cảng tại nhà điều hành cảng; xong trước khi vào vụ (15/9/2026)."),
    ("p", "- Trạm Quản lý cảng cá Cà Ná ký hợp đồng cung ứng nước đá, nhiên liệu, nước ngọt với 03 hợp tác xã dịch vụ "
          "hậu cần nghề cá đang hoạt động trong cảng; thời gian: tháng 9/2026."),
    ("s", "2. Thủ tục cập, rời cảng và truy xuất nguồn gốc"),
    ("p", "- Phòng Nghiệp vụ - Kiểm soát tập huấn cho ban quản trị các hợp tác xã, tổ hợp tác cách ghi nhật ký khai thác "
          "điện tử và đề nghị xác nhận nguyên liệu thủy sản khai thác, mỗi cảng 01 lớp; trong tháng 10/2026."),
    ("p", "- Đề nghị Chi cục Thủy sản và Kiểm ngư (Sở Nông nghiệp và Môi trường) cử cán bộ trực tại Văn phòng kiểm "
          "soát tàu cá ở hai cảng, kiểm tra tàu của hợp tác xã ra, vào cảng; suốt vụ cá Bắc (tháng 9/2026 - tháng "
          "3/2027)."),
    ("s", "3. Tiêu thụ sản phẩm"),
    ("p", "- Phòng Hành chính - Tổng hợp chủ trì, cùng Trạm Quản lý cảng cá Hòn Rớ tổ chức 01 buổi gặp gỡ giữa các hợp "
          "tác xã với doanh nghiệp thu mua, chế biến cá ngừ đại dương ngay tại cảng; dự kiến cuối tháng 10/2026."),
    ("p", "- Trạm Quản lý cảng cá Cà Ná giúp tổ hợp tác hậu cần nghề cá thôn Lạc Tiến thuê mặt bằng sơ chế trong khu "
          "cảng, giảm 30% tiền thuê năm đầu; hoàn tất hồ sơ trước 30/11/2026."),
    ("s", "4. Phòng, tránh thiên tai"),
    ("p", "- Các Trạm Quản lý cảng cá hướng dẫn hợp tác xã, tổ hợp tác đưa tàu vào neo đậu đúng sơ đồ, chằng buộc an "
          "toàn; thực hiện ngay khi có tin bão, áp thấp nhiệt đới trên Biển Đông."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Nghiệp vụ - Kiểm soát là đầu mối theo dõi; tổng hợp kết quả cả vụ gửi Sở Nông nghiệp và Môi trường "
          "trước ngày 15/4/2027."),
    ("p", "2. Phòng Hành chính - Tổng hợp cân đối kinh phí từ nguồn thu dịch vụ cảng để thực hiện Kế hoạch, trình "
          "Trưởng ban trong tháng 8/2026."),
    ("p", "Trên đây là Kế hoạch hỗ trợ hợp tác xã, tổ hợp tác nghề cá trong vụ cá Bắc 2026 - 2027 của Ban Quản lý cảng "
          "cá./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở NN&MT (b/c);", "- Chi cục Thủy sản và Kiểm ngư;", "- Liên minh HTX tỉnh;",
            "- UBND các xã, phường có cảng cá;", "- Các HTX, THT tại cảng;", "- Lưu: VT, NV-KS."]
SIGN = [("KT. TRƯỞNG BAN", "b"), ("PHÓ TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("Trần Hữu Phước", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:20 in Việt Nam
PDF_DATE = b"D:20260812152000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 27/KH-BQLCC", CSS)
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
