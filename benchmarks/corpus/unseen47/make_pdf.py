"""Write b_thanh-hoa_1846-KH-PCTH-2026_cong-ty-dien-luc-kho-lanh-htx.pdf, the forty-seventh held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen47/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen47/make_pdf.py --html-only

A provincial power company's plan (April 2026): the Công ty Điện lực, a unit of its regional power corporation, plans
the supply of electricity to cooperatives' cold stores and post-harvest works and advice on using it safely: the
corporation over the company in the header; I. aims ("-" lines); II. four numbered subjects over lettered points in
prose, the company's own rooms and its district Điện lực as doers (two named together once, the class "Các Điện lực
trực thuộc" twice), outside bodies as partners (one named by its parent with its unit in brackets), the company
abbreviated (PC Thanh Hóa, EVNNPC); times by season, as a range of months, on request and within the year; III. three
numbered paragraphs of the rooms' own work; the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_thanh-hoa_1846-KH-PCTH-2026_cong-ty-dien-luc-kho-lanh-htx"
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
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
h4 { font-size: 12pt; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC", ""), ("CÔNG TY ĐIỆN LỰC THANH HÓA", "b"),
             ("Số: 1846/KH-PCTH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Thanh Hóa, ngày 20 tháng 4 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Bảo đảm cấp điện, hỗ trợ sử dụng điện an toàn, tiết kiệm cho các hợp tác xã có kho lạnh, cơ sở sơ chế, "
            "bảo quản nông sản, thủy sản năm 2026")

# "h" a section heading, "s" a subject heading, "p" a paragraph
BODY = [
    ("p", "Thực hiện Văn bản số 2318/UBND-CN ngày 02/4/2026 của UBND tỉnh Thanh Hóa về hỗ trợ các hợp tác xã (HTX) "
          "đầu tư kho lạnh, cơ sở bảo quản sau thu hoạch và chỉ đạo của Tổng công ty Điện lực miền Bắc (EVNNPC), "
          "Công ty Điện lực Thanh Hóa (PC Thanh Hóa) ban hành Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Cấp điện ổn định cho 64 HTX, tổ hợp tác có kho lạnh, cơ sở sơ chế, bảo quản nông sản, thủy sản (theo danh "
          "sách Sở Công Thương và Liên minh HTX tỉnh cung cấp), nhất là trong mùa nắng nóng và vụ thu hoạch."),
    ("p", "- Thời gian giải quyết cấp điện trung áp cho HTX không quá 04 ngày làm việc; 100% HTX trong danh sách được "
          "hướng dẫn sử dụng điện an toàn, tiết kiệm."),
    ("h", "II. NỘI DUNG THỰC HIỆN"),
    ("s", "1. Rà soát nhu cầu phụ tải và hiện trạng lưới điện"),
    ("p", "a) Các Điện lực trực thuộc phối hợp với UBND các xã, phường rà soát nhu cầu phụ tải, hiện trạng đường dây, "
          "trạm biến áp cấp điện cho các HTX có kho lạnh trên địa bàn, lập danh sách gửi về Phòng Kinh doanh trước "
          "ngày 15/5/2026."),
    ("p", "b) Phòng Kỹ thuật tổng hợp kết quả rà soát, đề xuất danh mục cải tạo, chống quá tải trạm biến áp ở vùng có "
          "HTX bảo quản nông sản để đưa vào kế hoạch đầu tư xây dựng năm 2027 của Công ty; hoàn thành trong tháng "
          "6/2026."),
    ("s", "2. Bảo đảm cấp điện trong mùa nắng nóng và vụ thu hoạch"),
    ("p", "a) Phòng Điều độ lập phương thức vận hành, hạn chế tối đa cắt điện theo kế hoạch vào khu vực có kho lạnh "
          "của HTX từ tháng 5 đến tháng 8/2026 (cao điểm nắng nóng, thu hoạch lúa vụ Chiêm Xuân và thủy sản)."),
    ("p", "b) Điện lực Hoằng Hóa, Điện lực Hậu Lộc kiểm tra, bảo dưỡng lưới điện cấp cho các HTX nuôi trồng, chế biến "
          "thủy sản ven biển, xong trước mùa mưa bão (trước ngày 31/7/2026)."),
    ("s", "3. Hỗ trợ HTX sử dụng điện an toàn, tiết kiệm"),
    ("p", "a) Phòng Kinh doanh chủ trì, phối hợp Sở Công Thương (Trung tâm Khuyến công) và Liên minh HTX tỉnh tổ chức "
          "04 hội nghị tư vấn sử dụng điện tiết kiệm, chọn thiết bị lạnh hiệu suất cao cho HTX; thời gian: quý II và "
          "quý III/2026."),
    ("p", "b) Phòng Kinh doanh phối hợp Trung tâm Chăm sóc khách hàng EVNNPC tiếp nhận yêu cầu cấp điện mới, nâng công "
          "suất của HTX qua Cổng Dịch vụ công quốc gia và ứng dụng CSKH, giải quyết trong 04 ngày làm việc kể từ khi "
          "HTX nộp đủ hồ sơ."),
    ("p", "c) Các Điện lực trực thuộc kiểm tra an toàn điện miễn phí tại kho lạnh, cơ sở sơ chế của HTX và hướng dẫn "
          "khắc phục tồn tại, mỗi HTX ít nhất 01 lần trong năm 2026."),
    ("s", "4. Khuyến khích điện mặt trời mái nhà tự sản xuất, tự tiêu thụ"),
    ("p", "Phòng Kỹ thuật hướng dẫn các HTX có nhu cầu lắp điện mặt trời trên mái kho lạnh, nhà sơ chế thực hiện thủ "
          "tục đấu nối, bảo đảm an toàn hệ thống; thời gian: quý III/2026."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Kinh doanh làm đầu mối, theo dõi việc thực hiện và tổng hợp kết quả cả năm, báo cáo Giám đốc Công "
          "ty và UBND tỉnh (qua Sở Công Thương) trước ngày 10/12/2026."),
    ("p", "2. Văn phòng Công ty phối hợp Báo và Phát thanh, Truyền hình Thanh Hóa đưa tin về chương trình tư vấn sử "
          "dụng điện cho HTX, định kỳ hằng quý."),
    ("p", "3. Phòng Tài chính - Kế toán bố trí chi phí tổ chức hội nghị, in tài liệu hướng dẫn cho HTX trong tháng "
          "5/2026."),
    ("p", "Trên đây là Kế hoạch bảo đảm cấp điện và hỗ trợ sử dụng điện cho các HTX có kho lạnh, cơ sở sơ chế năm 2026 "
          "của Công ty Điện lực Thanh Hóa./."),
]

NOI_NHAN = ["Nơi nhận:", "- EVNNPC (b/c);", "- UBND tỉnh Thanh Hóa (b/c);", "- Sở Công Thương, LMHTX tỉnh;",
            "- Giám đốc, các PGĐ Công ty;", "- Các phòng, Điện lực trực thuộc (t/h);", "- Lưu: VT, KD."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lê Hữu Thắng", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260420141500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 1846/KH-PCTH", CSS)
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
