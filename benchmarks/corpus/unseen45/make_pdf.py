"""Write b_ha-tinh_47-KH-DKTTV-2026_dai-khi-tuong-thuy-van-ban-tin-htx.pdf, the forty-fifth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen45/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen45/make_pdf.py --html-only

A provincial hydro-meteorological station's plan (March 2026) for the weather and water services it gives the
agricultural and aquaculture cooperatives: the header of a unit under a regional station, I. purposes, II. a short
paragraph then a bordered table of the station's products TT | Sản phẩm, nội dung | Đơn vị thực hiện | Đơn vị phối
hợp | Thời gian, tần suất (times by crop season and by frequency), III. three numbered paragraphs of who does what, the
closing sentence, the signature beside "Nơi nhận".

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
STEM = "b_ha-tinh_47-KH-DKTTV-2026_dai-khi-tuong-thuy-van-ban-tin-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { width: 100%; border-collapse: collapse; font-size: 10.5pt; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.5pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("ĐÀI KTTV KHU VỰC BẮC TRUNG BỘ", ""), ("ĐÀI KHÍ TƯỢNG THỦY VĂN", "b"), ("TỈNH HÀ TĨNH", "b"),
             ("Số: 47/KH-ĐKTTV", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Tĩnh, ngày 25 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Cung cấp thông tin, dự báo khí tượng thủy văn phục vụ sản xuất của các hợp tác xã nông nghiệp, "
            "thủy sản năm 2026")

BEFORE = [
    ("p", "Năm 2025, nhiều hợp tác xã trồng lúa, bưởi và nuôi tôm trên địa bàn tỉnh bị thiệt hại do nắng nóng kéo "
          "dài đầu vụ Hè Thu và mưa lớn cuối năm, một phần vì chưa tiếp cận được bản tin dự báo sát với vùng sản "
          "xuất. Để khắc phục, Đài Khí tượng Thủy văn tỉnh Hà Tĩnh lập Kế hoạch năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Đưa bản tin dự báo, cảnh báo đến tận ban quản trị hợp tác xã bằng hình thức dễ tiếp cận (tin nhắn, nhóm "
          "Zalo, loa truyền thanh xã); lấy ý kiến của hợp tác xã để điều chỉnh nội dung bản tin cho phù hợp với "
          "lịch thời vụ."),
    ("h", "II. NỘI DUNG VÀ PHÂN CÔNG"),
    ("p", "Các sản phẩm phục vụ hợp tác xã năm 2026 và đơn vị thực hiện được phân công theo bảng sau:"),
]

COLUMNS = ["TT", "Sản phẩm, nội dung", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian, tần suất"]
WIDTHS = [6, 36, 20, 20, 18]
ROWS = [
    ("1", "Bản tin dự báo thời tiết 10 ngày cho vùng lúa, gửi các hợp tác xã dịch vụ nông nghiệp qua nhóm Zalo",
     "Phòng Dự báo", "Liên minh Hợp tác xã tỉnh", "10 ngày/lần, từ 01/5 đến 31/8/2026"),
    ("2", "Bản tin cảnh báo nắng nóng, hạn hán và nguy cơ thiếu nước tưới cho các hợp tác xã làm dịch vụ thủy lợi",
     "Phòng Dự báo", "Chi cục Thủy lợi (Sở Nông nghiệp và Môi trường)", "Tháng 5 - tháng 8/2026"),
    ("3", "Lắp đặt 06 điểm đo mưa tự động tại trụ sở hợp tác xã ở vùng trồng bưởi, cam và vùng nuôi tôm",
     "Phòng Quan trắc", "Ủy ban nhân dân các xã", "Quý II/2026"),
    ("4", "Tập huấn cho cán bộ hợp tác xã cách đọc bản tin, sử dụng thông tin dự báo khi lập lịch gieo cấy, thả "
          "giống", "Phòng Dự báo", "Trung tâm Khuyến nông tỉnh", "Trước vụ Hè Thu (tháng 4/2026)"),
    ("5", "Cung cấp số liệu nắng, mưa, độ ẩm hằng tháng cho các hợp tác xã trồng bưởi Phúc Trạch",
     "Trạm Khí tượng Hương Khê", "", "Hằng tháng"),
    ("6", "Bản tin cảnh báo mưa lớn, lũ, ngập úng cho các hợp tác xã nuôi trồng thủy sản ven biển",
     "Phòng Dự báo", "Báo và Phát thanh, Truyền hình Hà Tĩnh", "Mùa mưa bão (tháng 9 - 11/2026)"),
    ("7", "Bản tin dự báo khí hậu mùa phục vụ xây dựng lịch thời vụ Đông Xuân 2026 - 2027",
     "Phòng Dự báo", "Chi cục Trồng trọt và Bảo vệ thực vật", "Trước 15/11/2026"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Dự báo là đầu mối theo dõi việc thực hiện Kế hoạch, tổng hợp ý kiến phản hồi của các hợp tác xã "
          "về chất lượng bản tin, báo cáo Giám đốc Đài trước ngày 10/12/2026."),
    ("p", "2. Phòng Hành chính - Tổng hợp bảo đảm kinh phí, phương tiện cho việc lắp đặt điểm đo mưa và các lớp tập "
          "huấn; hoàn thành trong quý II/2026."),
    ("p", "3. Đề nghị Liên minh Hợp tác xã tỉnh cung cấp danh sách, số điện thoại người đầu mối của các hợp tác xã "
          "nhận bản tin, gửi Đài trước ngày 15/4/2026."),
    ("p", "Trên đây là Kế hoạch cung cấp thông tin khí tượng thủy văn cho các hợp tác xã năm 2026 của Đài Khí tượng "
          "Thủy văn tỉnh Hà Tĩnh./."),
]

NOI_NHAN = ["Nơi nhận:", "- Đài KTTV khu vực Bắc Trung Bộ (b/c);", "- Sở NN&MT tỉnh Hà Tĩnh;",
            "- Liên minh HTX tỉnh;", "- UBND các xã có điểm đo;", "- Các phòng, trạm thuộc Đài;", "- Lưu: VT, DB."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Phan Đình Thụy", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260325141500+07'00'"


def paragraphs(items) -> list[str]:
    return [{"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind] for kind, text in items]


def build_html() -> str:
    out = page_start("Kế hoạch 47/KH-ĐKTTV", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += paragraphs(BEFORE)
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        out.append('<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i in (0, 4) else f'<td>{e(v)}</td>'
                                    for i, v in enumerate(row)) + '</tr>')
    out += ['</tbody>', '</table>']
    out += paragraphs(AFTER)
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
