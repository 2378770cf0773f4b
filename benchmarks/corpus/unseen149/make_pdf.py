"""Write b_lao-cai_46-KH-NHNTDT-2026_trang-phuc-nhac-cu-htx-nha-hat.pdf, the hundred-and-forty-ninth held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen149/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen149/make_pdf.py --html-only

A provincial traditional-arts theatre's plan (September 2026) with brocade-weaving and instrument-making cooperatives:
stage costumes sewn and khèn made by the cooperatives, and shows that promote the cooperatives' goods at markets and
festivals. I. purposes ("-" lines); II. three numbered headings over points "1.1." …, the doer named at the start, in
the middle ("Đặt HTX … ; Đoàn … thử âm …") or at the end ("Phòng … thực hiện"), one point only a pointer to the
appendix; III. three numbered paragraphs, one with the unit as a run-in label and a colon, two "Đề nghị …"; the
closing sentence; the signature beside "Nơi nhận"; then, on a page of its own, an APPENDIX TABLE OF PERFORMANCES —
TT | Thời gian | Địa điểm | Nội dung | Đơn vị biểu diễn | HTX tham gia trưng bày —, the time before the work.

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import (PAGE_END, e, header, page_start, print_dated_pdf, signature, table_start,  # noqa: E402
                           write_html)

HERE = Path(__file__).resolve().parent
STEM = "b_lao-cai_46-KH-NHNTDT-2026_trang-phuc-nhac-cu-htx-nha-hat"
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
h4 { font-size: 12pt; margin: 6pt 0 3pt; font-style: italic; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
.annex { break-before: page; }
.annex p { text-align: center; margin: 0; }
table.tasks { width: 100%; border-collapse: collapse; font-size: 10.5pt; margin-top: 8pt; }
table.tasks th, table.tasks td { border: 0.5pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks td.c { text-align: center; }
"""

HEAD_LEFT = [("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", ""), ("TỈNH LÀO CAI", ""), ("NHÀ HÁT NGHỆ THUẬT DÂN TỘC", "b"),
             ("Số: 46/KH-NHNTDT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""),
              ("Lào Cai, ngày 07 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Phối hợp với các hợp tác xã dệt thổ cẩm, làm nhạc cụ dân tộc may trang phục, chế tác nhạc cụ và biểu diễn "
            "quảng bá sản phẩm hợp tác xã năm 2026")

# "h" a section heading, "s" a numbered heading, "p" a paragraph
BODY = [
    ("p", "Thực hiện Kế hoạch số 211/KH-SVHTTDL ngày 18/3/2026 của Sở Văn hóa, Thể thao và Du lịch về bảo tồn, phát huy "
          "giá trị văn hóa truyền thống các dân tộc gắn với phát triển du lịch năm 2026; sau khi làm việc với Liên minh "
          "Hợp tác xã tỉnh và một số hợp tác xã (HTX) dệt thổ cẩm, làm khèn trên địa bàn, Nhà hát Nghệ thuật dân tộc "
          "xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Thay mới trang phục, nhạc cụ biểu diễn đã xuống cấp bằng sản phẩm làm thủ công của HTX trong tỉnh, đúng "
          "hoa văn, chất liệu của từng dân tộc."),
    ("p", "- Mỗi buổi diễn ở phiên chợ, lễ hội đồng thời là dịp giới thiệu HTX và sản phẩm của HTX với du khách."),
    ("p", "- Thanh toán, nghiệm thu minh bạch; không để HTX phải ứng vốn kéo dài."),
    ("h", "II. NỘI DUNG"),
    ("s", "1. Trang phục biểu diễn"),
    ("p", "1.1. Phòng Nghệ thuật chủ trì, cùng nghệ nhân HTX Dệt thổ cẩm Nà Lang hoàn thiện thiết kế 40 bộ trang phục "
          "Mông, Dao đỏ, Tày cho chương trình “Sắc màu vùng cao”, trình Giám đốc duyệt mẫu trước ngày 25/9/2026."),
    ("p", "1.2. Ký hợp đồng đặt may với HTX Dệt thổ cẩm Nà Lang và HTX Thêu may Sa Pa Xanh theo mẫu đã duyệt; vải lanh, "
          "sáp ong, chàm do HTX tự chuẩn bị. Phòng Hành chính - Tổng hợp thực hiện, hoàn thành trong tháng 10/2026."),
    ("p", "1.3. Xưởng Phục trang - Đạo cụ nghiệm thu từng đợt giao hàng; bộ nào lỗi màu, sai mẫu thì trả HTX sửa trong "
          "10 ngày."),
    ("s", "2. Nhạc cụ dân tộc"),
    ("p", "2.1. Đoàn Nghệ thuật dân tộc (bộ phận nhạc) kiểm kê khèn, sáo, đàn tính, trống, lập danh mục 26 nhạc cụ cần "
          "sửa hoặc làm mới; xong trước 30/9."),
    ("p", "2.2. Đặt HTX Khèn Mông Sín Chải làm mới 12 cây khèn và sửa 8 cây cũ; Đoàn Nghệ thuật dân tộc thử âm, nghiệm "
          "thu cùng nghệ nhân của HTX (tháng 11/2026)."),
    ("s", "3. Biểu diễn quảng bá sản phẩm HTX"),
    ("p", "3.1. Đoàn Ca múa nhạc dàn dựng chương trình “Sắc màu vùng cao” dài 45 phút, có phần trình diễn trang phục "
          "thổ cẩm do HTX may; tổng duyệt ngày 20/10/2026."),
    ("p", "3.2. Lịch biểu diễn tại các phiên chợ, lễ hội có gian hàng của HTX: chi tiết tại Phụ lục kèm theo."),
    ("p", "3.3. Phòng Khai thác biểu diễn quay video các buổi diễn, đăng trên trang của Nhà hát và gửi Trung tâm Thông "
          "tin và Xúc tiến du lịch tỉnh đăng lại, chậm nhất 03 ngày sau mỗi buổi."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Hành chính - Tổng hợp: làm dự toán kinh phí (khoảng 380 triệu đồng, nguồn sự nghiệp văn hóa năm "
          "2026) trình Sở trước ngày 15/9/2026; thanh toán hợp đồng với các HTX đúng hạn."),
    ("p", "2. Đề nghị UBND xã Bắc Hà, UBND phường Sa Pa hỗ trợ mặt bằng, điện, giữ trật tự tại các điểm diễn trên địa "
          "bàn theo lịch tại Phụ lục."),
    ("p", "3. Đề nghị Liên minh Hợp tác xã tỉnh giới thiệu thêm HTX có sản phẩm thổ cẩm, nhạc cụ, đặc sản tham gia "
          "trưng bày, chậm nhất 10 ngày trước mỗi buổi diễn."),
    ("p", "Trên đây là Kế hoạch phối hợp với các HTX năm 2026 của Nhà hát Nghệ thuật dân tộc; các phòng, đoàn, xưởng "
          "triển khai, có vướng mắc báo cáo Giám đốc./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở VHTTDL (b/c);", "- UBND xã Bắc Hà, UBND phường Sa Pa;", "- LMHTX tỉnh;",
            "- Các phòng, đoàn, xưởng (t/h);", "- Lưu: VT, HCTH."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Hà Thị Ngọc Diệp", "b")]

ANNEX = [("PHỤ LỤC", "b"), ("LỊCH BIỂU DIỄN QUẢNG BÁ SẢN PHẨM HỢP TÁC XÃ NĂM 2026", "b"),
         ("(Kèm theo Kế hoạch số 46/KH-NHNTDT ngày 07/9/2026 của Nhà hát Nghệ thuật dân tộc)", "i")]
WIDTHS = [5, 15, 17, 27, 16, 20]
COLUMNS = ["TT", "Thời gian", "Địa điểm", "Nội dung", "Đơn vị biểu diễn", "HTX tham gia trưng bày"]
ROWS = [
    ("1", "20h00 ngày 24/10/2026", "Quảng trường phường Sa Pa",
     "Ra mắt chương trình “Sắc màu vùng cao”, trình diễn trang phục thổ cẩm mới", "Đoàn Ca múa nhạc",
     ["HTX Thêu may Sa Pa Xanh", "HTX Dệt thổ cẩm Nà Lang"]),
    ("2", "Sáng Chủ nhật 01/11/2026", "Chợ phiên Bắc Hà",
     "Hát dân ca, múa khèn giữa phiên chợ; giới thiệu gian hàng thổ cẩm, rượu ngô", "Đoàn Nghệ thuật dân tộc",
     ["HTX Rượu ngô Bản Phố"]),
    ("3", "19h30 ngày 21/11/2026", "Lễ hội hoa tam giác mạch, xã Bắc Hà",
     "Đêm hòa tấu khèn mới do HTX chế tác, giao lưu với nghệ nhân", "Đoàn Nghệ thuật dân tộc, Đoàn Ca múa nhạc",
     ["HTX Khèn Mông Sín Chải"]),
    ("4", "20h00 ngày 12/12/2026", "Phố đi bộ phường Lào Cai",
     "Biểu diễn tổng hợp cuối năm kết hợp phiên chợ sản phẩm HTX vùng cao", "Đoàn Ca múa nhạc",
     ["Các HTX do Liên minh HTX tỉnh giới thiệu"]),
]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20260907143000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 46/KH-NHNTDT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "s": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out.append('<div class="annex">' + "".join(f'<p class="{cls}">{e(text)}</p>' for text, cls in ANNEX) + '</div>')
    out += table_start(WIDTHS, COLUMNS)
    for tt, time, place, work, doer, htx in ROWS:
        cells = [f'<td class="c">{e(tt)}</td>', f'<td>{e(time)}</td>', f'<td>{e(place)}</td>', f'<td>{e(work)}</td>',
                 f'<td>{e(doer)}</td>', '<td>' + "<br>".join(e(x) for x in htx) + '</td>']
        out.append('<tr>' + "".join(cells) + '</tr>')
    out += ['</tbody>', '</table>']
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
