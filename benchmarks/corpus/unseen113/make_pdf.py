"""Write b_ha-noi_15-KH-HNTT-2026_nu-tri-thuc-tu-van-htx.pdf, the hundred-and-thirteenth held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen113/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen113/make_pdf.py --html-only

A national women intellectuals' association's plan (July 2026) for advising cooperatives run by women: I. purposes,
II. one bordered table TT | Nội dung hoạt động | Đơn vị thực hiện | Thời gian whose "Đơn vị thực hiện" cell names the
doer, then "phối hợp:" and its partners after a semicolon; III. two numbered paragraphs; the signature beside "Nơi
nhận".

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
STEM = "b_ha-noi_15-KH-HNTT-2026_nu-tri-thuc-tu-van-htx"
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
table.tasks { width: 100%; border-collapse: collapse; font-size: 11pt; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("LIÊN HIỆP CÁC HỘI KHOA HỌC", ""), ("VÀ KỸ THUẬT VIỆT NAM", ""), ("HỘI NỮ TRÍ THỨC VIỆT NAM", "b"),
             ("Số: 15/KH-HNTT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Nội, ngày 06 tháng 7 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Tư vấn khoa học, công nghệ cho hợp tác xã do phụ nữ quản lý giai đoạn 2026 - 2027"

OPENING = [
    ("p", "Hưởng ứng Chương trình hành động của Chính phủ về phát triển kinh tế tập thể, Hội Nữ trí thức Việt Nam "
          "(sau đây gọi tắt là Hội) xây dựng Kế hoạch tư vấn cho các hợp tác xã do phụ nữ làm giám đốc hoặc chủ tịch "
          "hội đồng quản trị, cụ thể như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Phát huy đội ngũ nhà khoa học nữ là hội viên của Hội, hỗ trợ ít nhất 40 hợp tác xã do phụ nữ quản lý tại "
          "các tỉnh Phú Thọ, Tuyên Quang, Quảng Trị, Gia Lai và Vĩnh Long cải tiến quy trình, nâng chất lượng sản "
          "phẩm."),
    ("h", "II. NỘI DUNG VÀ PHÂN CÔNG"),
]

COLUMNS = ["TT", "Nội dung hoạt động", "Đơn vị thực hiện", "Thời gian"]
WIDTHS = [6, 46, 30, 18]
ROWS = [
    ("1", "Khảo sát nhu cầu tư vấn của hợp tác xã do phụ nữ quản lý tại 05 tỉnh",
     "Ban Khoa học - Công nghệ; phối hợp: Hội LHPN các tỉnh", "Tháng 8 - 9/2026"),
    ("2", "Lập danh sách chuyên gia nữ theo lĩnh vực (chế biến nông sản, dược liệu, tài chính, chuyển đổi số)",
     "Văn phòng Hội", "Trước 15/9/2026"),
    ("3", "Tổ chức 05 lớp tập huấn quản trị và an toàn thực phẩm cho nữ cán bộ quản lý hợp tác xã",
     "Ban Khoa học - Công nghệ; phối hợp: Liên minh HTX Việt Nam, Trung ương Hội LHPN Việt Nam", "Quý IV/2026"),
    ("4", "Chuyên gia làm việc trực tiếp tại hợp tác xã, hoàn thiện quy trình chế biến, hồ sơ công bố sản phẩm",
     "Câu lạc bộ Nữ nhà khoa học nông nghiệp (thuộc Hội)", "Năm 2027"),
    ("5", "Hỗ trợ 10 hợp tác xã đăng ký sản phẩm tham gia Chương trình OCOP",
     "Câu lạc bộ Nữ nhà khoa học nông nghiệp (thuộc Hội); phối hợp: Sở NN&MT các tỉnh", "6 tháng đầu năm 2027"),
    ("6", "Tọa đàm \"Phụ nữ làm giám đốc hợp tác xã\" nhân Ngày Phụ nữ Việt Nam 20/10",
     "Ban Truyền thông", "Tháng 10/2026"),
]

CLOSING = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Văn phòng Hội là đầu mối, theo dõi tiến độ; tổng hợp kết quả báo cáo Đoàn Chủ tịch trước ngày "
          "20/12/2026 và trước ngày 20/12/2027."),
    ("p", "2. Ban Tài chính cân đối kinh phí từ nguồn hội phí và tài trợ hợp pháp, trình Đoàn Chủ tịch trong tháng "
          "7/2026."),
    ("p", "Trên đây là Kế hoạch của Hội Nữ trí thức Việt Nam./."),
]

NOI_NHAN = ["Nơi nhận:", "- Liên hiệp các Hội KH&KT VN (b/c);", "- Đoàn Chủ tịch Hội;", "- Các Ban, CLB thuộc Hội;",
            "- Liên minh HTX Việt Nam (p/h);", "- Lưu: VP."]
SIGN = [("TM. ĐOÀN CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Đỗ Ngọc Quỳnh Anh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:10 in Việt Nam
PDF_DATE = b"D:20260706151000+07'00'"


def part(items) -> list[str]:
    return [f'<h3>{e(text)}</h3>' if kind == "h" else f'<p class="t">{e(text)}</p>' for kind, text in items]


def build_html() -> str:
    out = page_start("Kế hoạch 15/KH-HNTT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += part(OPENING)
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        out.append("<tr>" + "".join(f'<td class="c">{e(x)}</td>' if i in (0, 3) else f'<td>{e(x)}</td>'
                                    for i, x in enumerate(row)) + "</tr>")
    out += ['</tbody>', '</table>']
    out += part(CLOSING)
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
