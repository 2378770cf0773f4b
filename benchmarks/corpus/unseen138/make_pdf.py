"""Write b_ha-noi_1184-KH-SHTT-2026_nhan-hieu-tap-the-htx.pdf, the hundred-and-thirty-eighth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen138/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen138/make_pdf.py --html-only

A national intellectual-property office's plan (Cục Sở hữu trí tuệ, June 2026) to help cooperatives register and use
collective and certification marks: I. purposes, II. targets, III. two paragraphs saying that the work is in the
Phụ lục, IV. three numbered duties of the Cục's own units, the closing sentence, the signature beside "Nơi nhận"; then
on a new page the Phụ lục: one bordered table TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm |
Thời hạn — a PRODUCT COLUMN BETWEEN THE DOERS AND THE TIME —, two group rows (A., B.) spanning the columns.

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, table_start, write_html  # noqa: E402,E501

HERE = Path(__file__).resolve().parent
STEM = "b_ha-noi_1184-KH-SHTT-2026_nhan-hieu-tap-the-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 15mm 15mm 15mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 11pt; line-height: 1.3; }
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
.annex { break-before: page; }
.annex p { margin: 0; text-align: center; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin-top: 8pt; }
table.tasks th, table.tasks td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: top; }
table.tasks td.g { font-weight: bold; }
"""

HEAD_LEFT = [("BỘ KHOA HỌC VÀ CÔNG NGHỆ", ""), ("CỤC SỞ HỮU TRÍ TUỆ", "b"), ("Số: 1184/KH-SHTT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Nội, ngày 08 tháng 6 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Giúp hợp tác xã, tổ hợp tác đăng ký và khai thác nhãn hiệu tập thể, nhãn hiệu chứng nhận năm 2026"

# "h" a section heading, "p" a paragraph
BODY = [
    ("p", "Nhiều hợp tác xã đang làm ra nông sản, thủ công mỹ nghệ có tiếng nhưng chưa đứng tên nhãn hiệu, hoặc đã "
          "được cấp văn bằng mà không dùng, không quản lý được việc gắn nhãn của thành viên. Cục Sở hữu trí tuệ đặt ra "
          "các việc cần làm trong năm 2026 dưới đây:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giúp hợp tác xã, tổ hợp tác hiểu lợi ích của nhãn hiệu tập thể, nhãn hiệu chứng nhận; rút ngắn thời gian xử lý "
          "đơn; để nhãn hiệu đã cấp thực sự được dùng trên bao bì, tem truy xuất và sàn thương mại điện tử."),
    ("h", "II. CHỈ TIÊU"),
    ("p", "Hướng dẫn lập ít nhất 60 đơn nhãn hiệu tập thể của hợp tác xã; xử lý xong trước hạn luật định 100% đơn của hợp "
          "tác xã nộp trong năm; khảo sát việc sử dụng 120 nhãn hiệu tập thể đã cấp."),
    ("h", "III. NHIỆM VỤ"),
    ("p", "Danh mục việc cần làm, kèm nơi chủ trì, nơi phối hợp, sản phẩm phải có và thời hạn, in tại Phụ lục kèm theo."),
    ("p", "Đơn vị chủ trì chủ động liên hệ đơn vị phối hợp; sản phẩm của từng nhiệm vụ gửi Văn phòng Cục để lưu và công "
          "khai trên Cổng thông tin điện tử của Cục."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Văn phòng Cục bố trí kinh phí từ nguồn chi thường xuyên năm 2026 cho các nhiệm vụ tại Phụ lục, hoàn thành "
          "thủ tục giao dự toán trong tháng 7/2026."),
    ("p", "2. Trung tâm Thông tin sở hữu trí tuệ cập nhật danh mục nhãn hiệu tập thể của hợp tác xã lên cơ sở dữ liệu tra "
          "cứu trực tuyến, làm thường xuyên."),
    ("p", "3. Phòng Hợp tác và Truyền thông theo dõi tiến độ, tổng hợp kết quả, báo cáo Lãnh đạo Cục và Bộ Khoa học và "
          "Công nghệ trước ngày 20/12/2026."),
    ("p", "Trong quá trình thực hiện, các đơn vị phản ánh vướng mắc về Phòng Hợp tác và Truyền thông để báo cáo Cục "
          "trưởng xem xét, quyết định./."),
]

NOI_NHAN = ["Nơi nhận:", "- Bộ trưởng (để b/c);", "- Cục trưởng (để b/c);", "- Liên minh HTX Việt Nam;",
            "- Cục KTHT&PTNT (Bộ NN&MT);", "- Sở KH&CN các tỉnh, thành phố;", "- Các đơn vị thuộc Cục;",
            "- Lưu: VT, HTTT."]
SIGN = [("KT. CỤC TRƯỞNG", "b"), ("PHÓ CỤC TRƯỞNG", "b"), ("", ""), ("", ""), ("", ""), ("Lưu Quang Định", "b")]

ANNEX_HEAD = [("PHỤ LỤC", "b"), ("NHIỆM VỤ HỖ TRỢ HỢP TÁC XÃ VỀ NHÃN HIỆU NĂM 2026", "b"),
              ("(Kèm theo Kế hoạch số 1184/KH-SHTT ngày 08/6/2026 của Cục Sở hữu trí tuệ)", "i")]
COLUMNS = ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Sản phẩm", "Thời hạn"]
WIDTHS = [5, 33, 16, 18, 15, 13]
# a str is a group row spanning the columns; a tuple a task row
ROWS = [
    "A. HƯỚNG DẪN, XỬ LÝ ĐƠN",
    ("1", "Biên soạn sổ tay \"Nhãn hiệu tập thể cho hợp tác xã\" kèm mẫu quy chế sử dụng nhãn hiệu",
     "Phòng Nhãn hiệu tập thể và Chỉ dẫn địa lý", "Liên minh Hợp tác xã Việt Nam", "Sổ tay, 10 mẫu quy chế",
     "Tháng 7/2026"),
    ("2", "Mở 06 lớp tập huấn trực tuyến lập đơn, soạn quy chế sử dụng nhãn hiệu cho cán bộ hợp tác xã",
     "Phòng Hợp tác và Truyền thông", "Cục Kinh tế hợp tác và Phát triển nông thôn; Sở Khoa học và Công nghệ các "
     "tỉnh", "06 lớp, 600 học viên", "Quý III/2026"),
    ("3", "Lập luồng riêng tiếp nhận, thẩm định hình thức đơn nhãn hiệu của hợp tác xã; trả lời thiếu sót một lần",
     "Phòng Nhãn hiệu tập thể và Chỉ dẫn địa lý", "", "Quy trình nội bộ", "Từ 01/7/2026"),
    ("4", "Tư vấn tại chỗ cho hợp tác xã các tỉnh phía Nam khi lập đơn, sửa quy chế",
     "Văn phòng đại diện tại Thành phố Hồ Chí Minh", "Liên minh Hợp tác xã Thành phố Hồ Chí Minh",
     "Biên bản tư vấn", "Tháng 9 - 10/2026"),
    ("5", "Tư vấn tại chỗ cho hợp tác xã các tỉnh miền Trung, Tây Nguyên", "Văn phòng đại diện tại Đà Nẵng",
     "Sở Khoa học và Công nghệ thành phố Đà Nẵng", "Biên bản tư vấn", "Tháng 9 - 10/2026"),
    "B. KHẢO SÁT, KHAI THÁC NHÃN HIỆU",
    ("6", "Khảo sát việc sử dụng 120 nhãn hiệu tập thể đã cấp cho hợp tác xã; chỉ ra nhãn hiệu \"ngủ quên\"",
     "Trung tâm Thông tin sở hữu trí tuệ", "Viện Khoa học sở hữu trí tuệ", "Báo cáo khảo sát", "Trước 31/10/2026"),
    ("7", "Kết nối 20 hợp tác xã có nhãn hiệu tập thể với sàn thương mại điện tử, gắn nhãn lên tem truy xuất",
     "Phòng Hợp tác và Truyền thông", "Cục Thương mại điện tử và Kinh tế số (Bộ Công Thương)",
     "20 gian hàng có nhãn hiệu", "Quý IV/2026"),
    ("8", "Tổ chức hội thảo \"Nhãn hiệu tập thể - tài sản chung của hợp tác xã\" và giới thiệu mô hình quản lý tốt",
     "Văn phòng Cục", "Liên minh Hợp tác xã Việt Nam", "Hội thảo, kỷ yếu", "Tháng 11/2026"),
]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20260608142000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 1184/KH-SHTT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out.append('<div class="annex">' + "".join(f'<p class="{c}">{e(t)}</p>' for t, c in ANNEX_HEAD) + '</div>')
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        if isinstance(row, str):
            out.append(f'<tr><td class="g" colspan="{len(COLUMNS)}">{e(row)}</td></tr>')
        else:
            out.append('<tr>' + "".join(f'<td>{e(x)}</td>' for x in row) + '</tr>')
    out += ['</tbody>', '</table>']
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
