"""Write b_can-tho_58-KH-BQLNNCNC-2026_khu-nong-nghiep-cong-nghe-cao-uom-tao-htx.pdf, the eighty-third held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen83/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen83/make_pdf.py --html-only

A high-tech agricultural zone's management board's plan (May 2026) for bringing cooperatives into the zone and
incubating them: II. three numbered subject headings over lettered items in prose, the doer named first ("Giao X …",
"X phối hợp với …", "X chủ trì …") or in brackets at the end with the time; III. three numbered paragraphs; the
closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_can-tho_58-KH-BQLNNCNC-2026_khu-nong-nghiep-cong-nghe-cao-uom-tao-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 48% 52%; text-align: center; font-size: 10pt; }
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

HEAD_LEFT = [("UBND THÀNH PHỐ CẦN THƠ", ""), ("BAN QUẢN LÝ KHU NÔNG NGHIỆP", "b"), ("ỨNG DỤNG CÔNG NGHỆ CAO", "b"),
             ("Số: 58/KH-BQLNNCNC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Cần Thơ, ngày 20 tháng 5 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thu hút, ươm tạo hợp tác xã sản xuất trong Khu nông nghiệp ứng dụng công nghệ cao năm 2026"

# "h" a section heading, "s" a subject heading, "p" a paragraph
BODY = [
    ("p", "Sau khi sắp xếp, Khu nông nghiệp ứng dụng công nghệ cao (phía Nam thành phố, vùng Hậu Giang cũ) còn khoảng "
          "38 ha đất sản xuất chưa cho thuê, trong khi nhiều hợp tác xã rau màu, trái cây của thành phố cần mặt bằng "
          "và công nghệ. Ban Quản lý xây dựng Kế hoạch năm 2026 như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "Đến cuối năm 2026 có thêm ít nhất 04 hợp tác xã thuê đất sản xuất trong Khu; 05 hợp tác xã được ươm tạo, "
          "làm chủ quy trình sản xuất trong nhà màng, nhà lưới."),
    ("h", "II. NHIỆM VỤ CỤ THỂ"),
    ("s", "1. Thu hút hợp tác xã vào Khu"),
    ("p", "a) Giao Phòng Quản lý đầu tư rà soát quỹ đất còn trống trong phân khu sản xuất, đề xuất phương án cho 04 "
          "hợp tác xã thuê đất với giá ưu đãi; hoàn thành trong quý III/2026."),
    ("p", "b) Phòng Quản lý đầu tư phối hợp với Sở Tài chính, Liên minh Hợp tác xã thành phố tổ chức hội nghị giới "
          "thiệu cơ chế, chính sách cho hợp tác xã vào sản xuất tại Khu, dự kiến tháng 7/2026."),
    ("s", "2. Ươm tạo và chuyển giao công nghệ"),
    ("p", "a) Trung tâm Ươm tạo và Chuyển giao công nghệ chủ trì ươm tạo 05 hợp tác xã trồng rau ăn lá, dưa lưới "
          "trong nhà màng; thời gian từ tháng 6 đến tháng 12/2026."),
    ("p", "b) Giao Trung tâm Ươm tạo và Chuyển giao công nghệ cùng Viện Công nghệ sinh học và Thực phẩm (Trường Đại "
          "học Cần Thơ) chuyển giao quy trình nhân giống chuối, khóm cấy mô cho 03 hợp tác xã; xong trước ngày "
          "30/10/2026."),
    ("p", "c) Mở 02 lớp tập huấn VietGAP, GlobalGAP cho thành viên các hợp tác xã đang sản xuất trong Khu (Trung tâm "
          "Ươm tạo và Chuyển giao công nghệ; quý III và quý IV/2026)."),
    ("s", "3. Hạ tầng và dịch vụ dùng chung"),
    ("p", "a) Phòng Quy hoạch - Xây dựng sửa chữa hệ thống tưới, đường nội bộ của phân khu dành cho hợp tác xã; trước "
          "31/8/2026."),
    ("p", "b) Trung tâm Dịch vụ nông nghiệp công nghệ cao thu gom, xử lý bao bì thuốc bảo vệ thực vật, phụ phẩm cho "
          "các hợp tác xã trong Khu; thực hiện thường xuyên."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Văn phòng Ban bố trí kinh phí từ nguồn sự nghiệp kinh tế năm 2026 được giao cho các nội dung trên, xong "
          "trong tháng 6/2026."),
    ("p", "2. Phòng Quản lý đầu tư là đầu mối theo dõi; tổng hợp kết quả, báo cáo Trưởng ban trước ngày 15/12/2026, "
          "làm cơ sở báo cáo Ủy ban nhân dân thành phố."),
    ("p", "3. Đề nghị Sở Nông nghiệp và Môi trường giúp các hợp tác xã trong Khu lập hồ sơ cấp mã số vùng "
          "trồng."),
    ("p", "Trên đây là Kế hoạch thu hút, ươm tạo hợp tác xã năm 2026 của Ban Quản lý Khu nông nghiệp ứng dụng công "
          "nghệ cao./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND thành phố (b/c);", "- Sở NN&MT, Sở Tài chính;", "- LMHTX thành phố;",
            "- Trưởng ban, các Phó Trưởng ban;", "- Các phòng, trung tâm thuộc Ban;", "- Lưu: VT, QLĐT."]
SIGN = [("KT. TRƯỞNG BAN", "b"), ("PHÓ TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("Trịnh Hoài Phong", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:10 in Việt Nam
PDF_DATE = b"D:20260520141000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 58/KH-BQLNNCNC", CSS)
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
