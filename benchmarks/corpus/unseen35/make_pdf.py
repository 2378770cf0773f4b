"""Write a_bo-tai-chinh_8417-BTC-PTDN-2026_cong-van-bo-gui-cac-tinh.pdf, the thirty-fifth held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen35/make_pdf.py            # writes sources/a_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen35/make_pdf.py --html-only

A ministry's Công văn to every province (October 2026, after the ministries and the provinces were merged): the
number and "V/v …" under the ministry's name, "Kính gửi:" the provinces' People's Committees as a class and the Liên
minh Hợp tác xã Việt Nam, an opening paragraph, four numbered subject headings over "a)" "b)" points, a numbered
request to the Liên minh, a numbered paragraph giving work to the ministry's own Cục, a contact sentence, the
signature beside "Nơi nhận"; after a page break two appendices (an outline of the report, a list of report forms in a
bordered table). Font: DejaVu Serif.

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the letter's own date and time, so that two runs give the
same bytes (with the same Chromium and fonts).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, page_start, print_dated_pdf, signature, table_start, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "a_bo-tai-chinh_8417-BTC-PTDN-2026_cong-van-bo-gui-cac-tinh"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 42% 58%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
.vv { font-size: 9.5pt; margin-top: 3pt !important; }
.kg { margin: 14pt 0 8pt 25mm; }
.kg p { margin: 0; }
h1 { font-size: 12.5pt; text-align: center; margin: 4pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 2pt; }
p.c { text-align: center; font-style: italic; margin: 0 0 10pt; }
h4 { font-size: 12pt; margin: 6pt 0 3pt; text-indent: 10mm; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
.pb { break-before: page; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10.5pt; }
table.tasks th, table.tasks td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks td:first-child { text-align: center; }
"""

HEAD_LEFT = [("BỘ TÀI CHÍNH", "b"), ("Số: 8417/BTC-PTDN", ""),
             ("V/v báo cáo tình hình kinh tế tập thể, hợp tác xã năm 2026 và rà soát dữ liệu hợp tác xã", "vv")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""),
              ("Hà Nội, ngày 02 tháng 10 năm 2026", "i")]
KINH_GUI = ["Kính gửi:", "- Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;",
            "- Liên minh Hợp tác xã Việt Nam."]

# "s" a subject heading, "p" a paragraph
BODY = [
    ("p", "Để tổng hợp, đánh giá tình hình kinh tế tập thể, hợp tác xã cả nước năm 2026 phục vụ báo cáo Chính phủ, "
          "Thủ tướng Chính phủ và làm căn cứ bố trí nguồn lực hỗ trợ năm 2027 theo Luật Hợp tác xã năm 2023, Bộ Tài "
          "chính đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương (sau đây gọi là Ủy ban nhân dân "
          "cấp tỉnh) và Liên minh Hợp tác xã Việt Nam quan tâm chỉ đạo, thực hiện các nội dung sau:"),
    ("s", "1. Về báo cáo năm 2026"),
    ("p", "a) Ủy ban nhân dân cấp tỉnh giao Sở Tài chính xây dựng báo cáo tình hình kinh tế tập thể, hợp tác xã của địa "
          "phương theo Đề cương tại Phụ lục I, có sự phối hợp của Liên minh Hợp tác xã cấp tỉnh và Sở Nông nghiệp và "
          "Môi trường; gửi Bộ Tài chính trước ngày 15/12/2026."),
    ("p", "b) Sở Tài chính lập các Biểu số 01 đến 05 tại Phụ lục II kèm theo báo cáo, trong đó số liệu năm 2026 là số "
          "ước thực hiện; số liệu chính thức của cả năm gửi bổ sung chậm nhất ngày 31/01/2027."),
    ("s", "2. Về rà soát dữ liệu trên Hệ thống thông tin quốc gia về hợp tác xã"),
    ("p", "a) Phòng Đăng ký kinh doanh (Sở Tài chính) đối chiếu danh sách hợp tác xã, liên hiệp hợp tác xã đã đăng ký "
          "với tình trạng hoạt động thực tế; cập nhật các trường hợp tạm ngừng, giải thể, chuyển đổi địa chỉ trụ sở "
          "sau sắp xếp đơn vị hành chính, hoàn thành trong quý IV/2026."),
    ("p", "b) Ủy ban nhân dân các xã, phường, đặc khu xác minh những hợp tác xã không hoạt động ở địa chỉ trụ sở đã "
          "đăng ký trên địa bàn, gửi kết quả về Sở Tài chính trước ngày 20/11/2026 để làm căn cứ cập nhật."),
    ("s", "3. Về tổ hợp tác"),
    ("p", "Ủy ban nhân dân các xã, phường, đặc khu cập nhật sổ theo dõi tổ hợp tác trên địa bàn theo mẫu tại Biểu số "
          "05, tổng hợp định kỳ 6 tháng và cả năm gửi Sở Tài chính."),
    ("s", "4. Về nhu cầu hỗ trợ năm 2027"),
    ("p", "Sở Tài chính rà soát, tổng hợp nhu cầu kinh phí hỗ trợ hợp tác xã năm 2027 của địa phương (ngân sách trung "
          "ương, ngân sách địa phương, nguồn lồng ghép các chương trình mục tiêu quốc gia), đề xuất thứ tự ưu tiên, gửi "
          "kèm báo cáo tại điểm a khoản 1 văn bản này."),
    ("p", "5. Đề nghị Liên minh Hợp tác xã Việt Nam chỉ đạo Liên minh Hợp tác xã các tỉnh, thành phố cung cấp cho Sở "
          "Tài chính số liệu về thành viên, hoạt động tư vấn, hỗ trợ của hệ thống Liên minh trên địa bàn; gửi báo cáo "
          "chung của hệ thống Liên minh Hợp tác xã về Bộ Tài chính trước ngày 20/12/2026."),
    ("p", "6. Tại Bộ Tài chính:"),
    ("p", "a) Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể tiếp nhận báo cáo của các địa phương, "
          "giải đáp vướng mắc về biểu mẫu, tổng hợp dự thảo Báo cáo tình hình kinh tế tập thể, hợp tác xã năm 2026 "
          "trình Lãnh đạo Bộ trong tháng 01/2027."),
    ("p", "b) Cục Thống kê cùng Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể đối chiếu số liệu các "
          "địa phương báo cáo với kết quả cuộc Điều tra hợp tác xã năm 2026, có ý kiến "
          "bằng văn bản trước ngày 10/01/2027."),
    ("p", "c) Cục Công nghệ thông tin và Chuyển đổi số bảo đảm Hệ thống thông tin quốc gia về hợp tác xã vận hành thông "
          "suốt trong thời gian các địa phương cập nhật dữ liệu, từ ngày 15/10/2026 đến hết ngày 31/12/2026."),
    ("p", "Mọi vướng mắc trong quá trình thực hiện, đề nghị liên hệ Cục Phát triển doanh nghiệp tư nhân và kinh tế tập "
          "thể (Phòng Kinh tế tập thể, điện thoại: 024.3845.xxxx) để được hướng dẫn."),
    ("p", "Bộ Tài chính trân trọng cảm ơn sự phối hợp của Quý cơ quan./."),
]

NOI_NHAN = ["Nơi nhận:", "- Như trên;", "- Văn phòng Chính phủ (để b/c);", "- Bộ trưởng (để b/c);",
            "- Sở Tài chính các tỉnh, thành phố;", "- Cục Thống kê; Cục CNTT&CĐS;", "- Lưu: VT, PTDN (3b)."]
SIGN = [("KT. BỘ TRƯỞNG", "b"), ("THỨ TRƯỞNG", "b"), ("", ""), ("", ""), ("", ""), ("Đoàn Minh Khuê", "b")]

OUTLINE = [
    "I. Kết quả phát triển khu vực kinh tế tập thể trong năm: số lượng, quy mô, thành viên, doanh thu, thu nhập "
    "của người lao động; kết quả thành lập mới, giải thể.",
    "II. Tình hình triển khai chính sách hỗ trợ theo Luật Hợp tác xã năm 2023: kinh phí bố trí, số hợp tác xã được "
    "hưởng, kết quả theo từng chính sách.",
    "III. Công tác quản lý nhà nước sau sắp xếp đơn vị hành chính: phân công cơ quan, công chức theo dõi ở cấp tỉnh "
    "và cấp xã; khó khăn, vướng mắc.",
    "IV. Phương hướng năm 2027 và kiến nghị, đề xuất.",
]

FORMS = [
    ("1", "Biểu số 01", "Số lượng hợp tác xã, liên hiệp hợp tác xã theo lĩnh vực"),
    ("2", "Biểu số 02", "Thành viên, người lao động trong hợp tác xã"),
    ("3", "Biểu số 03", "Kết quả hoạt động sản xuất, kinh doanh"),
    ("4", "Biểu số 04", "Kết quả thực hiện chính sách hỗ trợ và nhu cầu năm 2027"),
    ("5", "Biểu số 05", "Tổ hợp tác trên địa bàn cấp xã"),
]

#: the dates written into the PDF instead of the time of printing: the letter's, 15:40 in Việt Nam
PDF_DATE = b"D:20261002154000+07'00'"


def build_html() -> str:
    out = page_start("Công văn 8417/BTC-PTDN", CSS)
    columns = ['<div>' + "".join(f'<p class="{cls}">{e(text) or "&nbsp;"}</p>' for text, cls in column) + '</div>'
               for column in (HEAD_LEFT, HEAD_RIGHT)]
    out += ['<div class="head">', *columns, '</div>']
    out.append('<div class="kg">' + "".join(f'<p>{e(x)}</p>' for x in KINH_GUI) + '</div>')
    for kind, text in BODY:
        out.append({"s": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out.append('<div class="pb"></div>')
    out.append(f'<h1>{e("Phụ lục I")}</h1>')
    out.append(f'<h2>{e("ĐỀ CƯƠNG BÁO CÁO TÌNH HÌNH KINH TẾ TẬP THỂ, HỢP TÁC XÃ NĂM 2026")}</h2>')
    out.append(f'<p class="c">{e("(Kèm theo Công văn số 8417/BTC-PTDN ngày 02/10/2026 của Bộ Tài chính)")}</p>')
    for line in OUTLINE:
        out.append(f'<p class="t">{e(line)}</p>')
    out.append(f'<h1>{e("Phụ lục II")}</h1>')
    out.append(f'<h2>{e("DANH MỤC BIỂU MẪU SỐ LIỆU")}</h2>')
    out += table_start([8, 18, 74], ["STT", "Ký hiệu", "Tên biểu"])
    for row in FORMS:
        out.append('<tr>' + "".join(f'<td>{e(v)}</td>' for v in row) + '</tr>')
    out += ['</tbody>', '</table>']
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
