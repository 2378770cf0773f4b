"""Write b_ha-noi_86-KH-BQLLVH-2025_tuan-le-san-pham-htx-dtts.pdf, the hundred-and-thirtieth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen130/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen130/make_pdf.py --html-only

The plan of the board that runs the Làng Văn hóa - Du lịch các dân tộc Việt Nam (under the ministry of culture, August
2025) for a week of products of ethnic-minority cooperatives and craft groups held in the village: I. purposes, II. the
programme as ONE TABLE whose FIRST column is the time ("Thời gian" | Nội dung công việc | Đơn vị thực hiện | Đơn vị
phối hợp), the times written without a year ("trước 25/8", "01/9 - 05/9", "sau khi bế mạc 10 ngày"), no TT column;
III. two short paragraphs of duties; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, table_start, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_ha-noi_86-KH-BQLLVH-2025_tuan-le-san-pham-htx-dtts"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 18mm 15mm 18mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 50% 50%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 10pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10.5pt; }
table.tasks th, table.tasks td { border: 1px solid #000; padding: 3pt; vertical-align: top; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", ""), ("BAN QUẢN LÝ LÀNG VĂN HÓA -", "b"),
             ("DU LỊCH CÁC DÂN TỘC VIỆT NAM", "b"), ("Số: 86/KH-BQLLVH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Nội, ngày 11 tháng 8 năm 2025", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Tổ chức Tuần lễ giới thiệu sản phẩm hợp tác xã, tổ hợp tác vùng đồng bào dân tộc thiểu số"

BEFORE = [
    ("p", "Nhằm tạo điều kiện cho các hợp tác xã, tổ hợp tác do đồng bào dân tộc thiểu số làm chủ quảng bá sản phẩm "
          "thổ cẩm, dược liệu, chè shan tuyết, gạo đặc sản tới du khách, Ban Quản lý Làng Văn hóa - Du lịch các dân "
          "tộc Việt Nam xây dựng Kế hoạch tổ chức Tuần lễ tại Làng từ ngày 01/9 đến ngày 05/9/2025."),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Mời khoảng 40 hợp tác xã, tổ hợp tác của 15 tỉnh tham gia; bố trí gian hàng miễn phí; bảo đảm an ninh, an "
          "toàn, vệ sinh môi trường trong suốt thời gian tổ chức."),
    ("h", "II. NỘI DUNG VÀ TIẾN ĐỘ"),
]

COLUMNS = ["Thời gian", "Nội dung công việc", "Đơn vị thực hiện", "Đơn vị phối hợp"]
WIDTHS = [16, 44, 20, 20]
ROWS = [
    ("Trước 20/8", "Gửi thư mời, lập danh sách hợp tác xã, tổ hợp tác tham gia; thống nhất mặt hàng trưng bày",
     "Phòng Quản lý Khai thác", "Liên minh Hợp tác xã Việt Nam; Vụ Dân tộc thiểu số (Bộ Dân tộc và Tôn giáo)"),
    ("Trước 25/8", "Dựng 40 gian hàng tại khu vực cổng chào và quảng trường trung tâm, lắp điện, nước",
     "Phòng Quản lý Công trình", "Trung tâm Dịch vụ"),
    ("25/8 - 31/8", "Quảng bá Tuần lễ trên trang thông tin điện tử của Làng, mạng xã hội và các công ty lữ hành",
     "phòng Tuyên truyền - Sự kiện", ""),
    ("31/8", "Đón, bố trí chỗ ở cho thành viên hợp tác xã, tổ hợp tác và nghệ nhân về Làng",
     "Phòng Hành chính - Tổng hợp", "Trung tâm Dịch vụ"),
    ("01/9 - 05/9", "Tổ chức trình diễn dệt thổ cẩm, sao chè, giã gạo do thành viên hợp tác xã thực hiện tại các "
     "ngôi nhà dân tộc", "Phòng Tuyên truyền - Sự kiện", "Đồng bào các dân tộc đang sinh hoạt tại Làng"),
    ("01/9 - 05/9", "Bảo đảm an ninh trật tự, phòng cháy chữa cháy tại khu gian hàng",
     "Đội Bảo vệ", "Công an xã Đoài Phương"),
    ("Ngày 04/9", "Tọa đàm \"Hợp tác xã vùng đồng bào dân tộc thiểu số kết nối với du lịch\"",
     "Phòng Quản lý Khai thác", "Liên minh Hợp tác xã Việt Nam"),
    ("Sau khi bế mạc 10 ngày", "Tổng kết, đánh giá, đề xuất tổ chức thường niên",
     "Phòng Hành chính - Tổng hợp", "Các phòng, đơn vị"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Phòng Kế hoạch - Tài chính lập dự toán kinh phí tổ chức Tuần lễ, trình Trưởng ban phê duyệt trước ngày "
          "15/8/2025."),
    ("p", "Các phòng, đơn vị được giao nhiệm vụ chủ động thực hiện; trong quá trình thực hiện có vướng mắc, báo cáo "
          "Trưởng ban (qua Phòng Hành chính - Tổng hợp) để chỉ đạo giải quyết./."),
]

NOI_NHAN = ["Nơi nhận:", "- Bộ trưởng (để b/c);", "- Thứ trưởng phụ trách (để b/c);", "- LMHTX Việt Nam;",
            "- Bộ Dân tộc và Tôn giáo;", "- Lãnh đạo Ban;", "- Các phòng, đơn vị;", "- Lưu: VT, QLKT."]
SIGN = [("TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("Phạm Thị Hồng Lê", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:00 in Việt Nam
PDF_DATE = b"D:20250811150000+07'00'"


def _blocks(blocks) -> list[str]:
    return [{"h": f'<h3>{e(t)}</h3>', "p": f'<p class="t">{e(t)}</p>'}[k] for k, t in blocks]


def build_html() -> str:
    out = page_start("Kế hoạch 86/KH-BQLLVH", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += _blocks(BEFORE)
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
    out += ["</tbody>", "</table>"]
    out += _blocks(AFTER)
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
