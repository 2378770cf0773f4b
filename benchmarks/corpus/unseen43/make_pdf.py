"""Write b_dong-nai_164-BC-KTNS-2026_ban-hdnd-bao-cao-giam-sat-kien-nghi.pdf, the forty-third held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen43/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen43/make_pdf.py --html-only

A provincial People's Council committee's report on its oversight of the support policies for cooperatives (November
2026): the opening naming the oversight plan and the places visited; I. an overview and II. the results in prose with
a bordered table of the support given (facts, no work); III. shortcomings ("-" lines, facts); IV. recommendations under
numbered headings "Đối với X" (a colon or none, the work sometimes on the heading's own line) over lettered points or
"-" lines, several of them "Chỉ đạo Sở Y …"; a closing request; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the report's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_dong-nai_164-BC-KTNS-2026_ban-hdnd-bao-cao-giam-sat-kien-nghi"
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
table.list { border-collapse: collapse; width: 100%; font-size: 10.5pt; margin: 4pt 0 8pt; }
table.list th, table.list td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; }
table.list td.n { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HĐND TỈNH ĐỒNG NAI", ""), ("BAN KINH TẾ - NGÂN SÁCH", "b"), ("Số: 164/BC-KTNS", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đồng Nai, ngày 09 tháng 11 năm 2026", "i")]
TITLE = "BÁO CÁO"
SUBTITLE = ("Kết quả giám sát chuyên đề về thực hiện các chính sách hỗ trợ hợp tác xã, tổ hợp tác của tỉnh từ năm "
            "2024 đến tháng 9/2026")

TABLE_HEAD = ["TT", "Nội dung hỗ trợ", "Số HTX, THT được hỗ trợ", "Kinh phí (triệu đồng)"]
TABLE_ROWS = [
    ("1", "Đào tạo, bồi dưỡng nguồn nhân lực", "212", "1.846"),
    ("2", "Xúc tiến thương mại, mở rộng thị trường", "74", "3.120"),
    ("3", "Ứng dụng khoa học, công nghệ", "19", "4.580"),
    ("4", "Đầu tư kết cấu hạ tầng, chế biến sản phẩm", "11", "18.900"),
    ("5", "Cho vay từ Quỹ Hỗ trợ phát triển hợp tác xã tỉnh", "46", "27.350"),
    ("", "Cộng", "", "55.796"),
]

# "h" a section heading, "s" an italic numbered heading, "p" a paragraph, "table" the support given
BODY = [
    ("p", "Thực hiện Kế hoạch giám sát số 41/KH-KTNS ngày 12/8/2026, từ ngày 08/9 đến ngày 16/10/2026 Ban Kinh tế - "
          "Ngân sách Hội đồng nhân dân tỉnh (sau đây gọi là Ban) đã giám sát tại Liên minh Hợp tác xã tỉnh, Sở Tài chính, "
          "Sở Nông nghiệp và Môi trường, 06 xã, phường và 14 hợp tác xã; làm việc với Ủy ban nhân dân tỉnh ngày "
          "28/10/2026. Ban báo cáo kết quả như sau:"),
    ("h", "I. KHÁI QUÁT TÌNH HÌNH"),
    ("p", "Đến 30/9/2026, toàn tỉnh có 612 hợp tác xã (trong đó 187 hợp tác xã của vùng Bình Phước cũ) và 1.035 tổ "
          "hợp tác; 428 hợp tác xã đang hoạt động, 37 hợp tác xã đã ngừng hoạt động nhiều năm nhưng chưa giải thể. "
          "Doanh thu bình quân của một hợp tác xã nông nghiệp năm 2025 đạt 3,1 tỷ đồng, tăng 12% so với năm 2023."),
    ("h", "II. KẾT QUẢ THỰC HIỆN CHÍNH SÁCH"),
    ("p", "Ủy ban nhân dân tỉnh đã ban hành các kế hoạch hằng năm để triển khai Nghị quyết số 18/2024/NQ-HĐND của Hội "
          "đồng nhân dân tỉnh; các sở, ngành đã hướng dẫn, tiếp nhận hồ sơ và thực hiện hỗ trợ. Kết quả hỗ trợ từ "
          "năm 2024 đến tháng 9/2026:"),
    ("table", ""),
    ("h", "III. TỒN TẠI, HẠN CHẾ"),
    ("p", "- Chính sách hỗ trợ đất đai, kết cấu hạ tầng khó thực hiện: 09 hợp tác xã đã nộp hồ sơ thuê đất làm khu sơ "
          "chế, kho lạnh từ năm 2024 nhưng đến nay chưa được giải quyết."),
    ("p", "- Kinh phí bố trí mới đạt 61% nhu cầu; nhiều hợp tác xã không biết chính sách hoặc không lập được hồ sơ."),
    ("p", "- Cơ sở dữ liệu hợp tác xã chưa cập nhật đầy đủ sau hợp nhất tỉnh; báo cáo của cấp xã chậm, số liệu "
          "chênh lệch với số liệu của cơ quan thuế."),
    ("h", "IV. KIẾN NGHỊ, ĐỀ XUẤT"),
    ("s", "1. Đối với Ủy ban nhân dân tỉnh"),
    ("p", "a) Chỉ đạo Sở Tài chính nghiên cứu, tham mưu trình Hội đồng nhân dân tỉnh sửa đổi, bổ sung Nghị quyết số "
          "18/2024/NQ-HĐND theo hướng đơn giản hồ sơ, thủ tục; trình tại kỳ họp thường lệ giữa năm 2027."),
    ("p", "b) Bố trí kinh phí hỗ trợ hợp tác xã khi giao dự toán ngân sách năm 2027 (tháng 12/2026), ưu tiên hợp tác "
          "xã có liên kết chuỗi giá trị và hợp tác xã ở vùng đồng bào dân tộc thiểu số."),
    ("p", "c) Chỉ đạo xử lý dứt điểm 37 hợp tác xã ngừng hoạt động nhưng chưa giải thể, hoàn thành trong quý II/2027."),
    ("s", "2. Đối với Sở Tài chính:"),
    ("p", "a) Hoàn thiện cơ sở dữ liệu hợp tác xã toàn tỉnh, cập nhật đủ các hợp tác xã của vùng Bình Phước cũ; xong "
          "trước ngày 31/3/2027."),
    ("p", "b) Phối hợp với Liên minh Hợp tác xã tỉnh giúp các hợp tác xã chuẩn bị hồ sơ xin hỗ trợ; công khai "
          "danh mục hỗ trợ và kết quả xét duyệt trên Cổng thông tin điện tử của Sở; thực hiện thường xuyên."),
    ("s", "3. Đối với Sở Nông nghiệp và Môi trường: phối hợp với Ủy ban nhân dân các xã, phường giải quyết dứt điểm "
          "hồ sơ thuê đất của 09 hợp tác xã nêu tại Mục III trong năm 2027."),
    ("s", "4. Đối với Liên minh Hợp tác xã tỉnh"),
    ("p", "- Nâng cao chất lượng tư vấn thành lập mới; phát triển mới ít nhất 30 hợp tác xã trong năm 2027."),
    ("p", "- Giải ngân hết nguồn vốn năm 2026 của Quỹ Hỗ trợ phát triển hợp tác xã tỉnh trước ngày 31/12/2026; rà "
          "soát các khoản vay quá hạn."),
    ("s", "5. Đối với Ủy ban nhân dân các xã, phường"),
    ("p", "Định kỳ 6 tháng rà soát các hợp tác xã, tổ hợp tác đang hoạt động ở địa phương, gửi kết quả cho Sở Tài "
          "chính tổng hợp; kịp thời hướng dẫn tổ hợp tác đủ điều kiện chuyển thành hợp tác xã."),
    ("p", "Ban Kinh tế - Ngân sách đề nghị Ủy ban nhân dân tỉnh chỉ đạo thực hiện các kiến nghị trên, báo cáo kết quả "
          "với Thường trực Hội đồng nhân dân tỉnh trước ngày 30/6/2027./."),
]

NOI_NHAN = ["Nơi nhận:", "- Thường trực HĐND tỉnh;", "- UBND tỉnh;", "- Các vị đại biểu HĐND tỉnh;",
            "- Sở Tài chính, Sở NN&MT, Liên minh HTX tỉnh;", "- Lưu: VT, Ban KTNS."]
SIGN = [("TM. BAN KINH TẾ - NGÂN SÁCH", "b"), ("TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""),
        ("Trịnh Thị Bích Vân", "b")]

#: the dates written into the PDF instead of the time of printing: the report's, 10:05 in Việt Nam
PDF_DATE = b"D:20261109100500+07'00'"


def table_html() -> str:
    head = "".join(f"<th>{e(h)}</th>" for h in TABLE_HEAD)
    rows = "".join("<tr>" + "".join(f'<td class="{"n" if i != 1 else ""}">{e(v)}</td>'
                                    for i, v in enumerate(row)) + "</tr>" for row in TABLE_ROWS)
    return ('<table class="list"><colgroup><col style="width:7%"><col style="width:53%"><col style="width:20%">'
            '<col style="width:20%"></colgroup>'
            f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")


def build_html() -> str:
    out = page_start("Báo cáo 164/BC-KTNS", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": lambda: f"<h3>{e(text)}</h3>", "s": lambda: f"<h4>{e(text)}</h4>",
                    "p": lambda: f'<p class="t">{e(text)}</p>', "table": table_html}[kind]())
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
