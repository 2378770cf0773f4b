"""Write b_lao-cai_07-KH-HKTS-2026_kien-truc-su-homestay-htx.pdf, the hundred-and-forty-sixth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen146/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen146/make_pdf.py --html-only

A provincial architects' association's plan (Hội Kiến trúc sư, March 2026) to advise community-tourism cooperatives
on homestays and OCOP points in the old architecture of the highlands: I. purposes (numbered), II. a paragraph that
sends the reader to the appendix, III. funding, IV. three numbered paragraphs of its own (an office, two named
branches, a request to the provincial Liên minh HTX); the signature beside "Nơi nhận", the signer's name after the
professional title "KTS."; then, on a new page, the APPENDIX: one table TT | Hoạt động | Sản phẩm | Chủ trì | Phối hợp
| Hoàn thành — an OUTPUT column between the work and its doers —, three group rows (I. … III.) spanning it, partners
separated by ";", one partner with its unit in brackets, one empty partner cell, times "Tháng 4/2026", a day
"20/4/2026", "Quý II/2026", "Tháng 6 - 7/2026", "Theo tiến độ thi công của HTX", "Trước mùa lúa chín (15/9/2026)".

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
STEM = "b_lao-cai_07-KH-HKTS-2026_kien-truc-su-homestay-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 45% 55%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; padding-top: 6pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
.annex { break-before: page; }
.annex p { margin: 0; text-align: center; }
table.tasks { width: 100%; border-collapse: collapse; font-size: 10pt; margin-top: 8pt; }
table.tasks th, table.tasks td { border: 0.5pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks th { font-weight: bold; text-align: center; }
table.tasks td.c { text-align: center; }
table.tasks tr.g td { font-weight: bold; }
"""

HEAD_LEFT = [("HỘI KIẾN TRÚC SƯ VIỆT NAM", ""), ("HỘI KIẾN TRÚC SƯ TỈNH LÀO CAI", "b"), ("Số: 07/KH-HKTS", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lào Cai, ngày 16 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Kiến trúc sư đồng hành cùng hợp tác xã, tổ hợp tác du lịch cộng đồng năm 2026"

# "h" a section heading, "p" a paragraph
BODY = [
    ("p", "Triển khai nhiệm vụ năm 2026 mà Ban Chấp hành Hội đã thông qua; theo đề nghị của Liên minh Hợp tác xã tỉnh "
          "về giúp các hợp tác xã, tổ hợp tác làm du lịch cộng đồng ở vùng cao sửa nhà ở, điểm dừng chân mà vẫn giữ "
          "dáng nhà truyền thống, Hội Kiến trúc sư tỉnh Lào Cai lập Kế hoạch này để hội viên cùng thực hiện."),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Hội viên kiến trúc sư tư vấn không lấy tiền cho hợp tác xã, tổ hợp tác cải tạo nhà trình tường, nhà sàn "
          "thành nơi lưu trú, thiết kế điểm giới thiệu sản phẩm OCOP, giữ được nét kiến trúc của đồng bào Mông, Dao, "
          "Tày, Giáy."),
    ("p", "2. Mỗi công trình có ít nhất một kiến trúc sư theo từ lúc khảo sát đến khi làm xong; không vẽ thêm tầng, "
          "không dùng mái tôn màu ở khu bản cổ."),
    ("h", "II. NỘI DUNG"),
    ("p", "Năm 2026 Hội tập trung ở phường Sa Pa và các xã Bản Hồ, Tả Phìn, Mù Cang Chải, với 12 hợp tác xã, tổ hợp tác "
          "đã đăng ký qua Liên minh Hợp tác xã tỉnh. Hoạt động, sản phẩm, đơn vị chủ trì, phối hợp và thời hạn hoàn "
          "thành theo Phụ lục kèm theo Kế hoạch này."),
    ("h", "III. KINH PHÍ"),
    ("p", "Từ hội phí, kinh phí hỗ trợ hoạt động của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh và đóng góp tự nguyện "
          "của hội viên. Hợp tác xã, tổ hợp tác tự chịu tiền vật liệu và thi công."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Văn phòng Hội giúp Thường trực Hội theo dõi, nhắc các tổ tư vấn làm đúng các hoạt động tại Phụ lục; gửi "
          "báo cáo kết quả về Thường trực Hội chậm nhất ngày 10/12/2026."),
    ("p", "2. Chi hội Kiến trúc sư Sa Pa, Chi hội Kiến trúc sư Nghĩa Lộ cử hội viên vào các tổ tư vấn, gửi danh sách "
          "về Văn phòng Hội trước 31/3/2026."),
    ("p", "3. Đề nghị Liên minh Hợp tác xã tỉnh phổ biến Kế hoạch tới những hợp tác xã, tổ hợp tác làm du lịch cộng "
          "đồng và cử cán bộ đi cùng các đợt khảo sát."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội KTS Việt Nam (b/c);", "- Liên hiệp các Hội KH&KT tỉnh;", "- LMHTX tỉnh (p/h);",
            "- Sở Xây dựng, Sở VHTTDL;", "- Các chi hội;", "- Lưu: VP Hội."]
SIGN = [("TM. BAN CHẤP HÀNH", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("KTS. Hoàng Minh Khôi", "b")]

ANNEX = ["PHỤ LỤC", "HOẠT ĐỘNG VÀ PHÂN CÔNG THỰC HIỆN",
         "(Kèm theo Kế hoạch số 07/KH-HKTS ngày 16/3/2026 của Hội Kiến trúc sư tỉnh Lào Cai)"]
WIDTHS = [5, 33, 15, 15, 18, 14]
COLUMNS = ["TT", "Hoạt động", "Sản phẩm", "Chủ trì", "Phối hợp", "Hoàn thành"]
# a str is a group row; a tuple a task row
ROWS = [
    "I. KHẢO SÁT, GIỚI THIỆU",
    ("1", "Khảo sát hiện trạng 12 nhà ở, điểm dừng chân của HTX, THT đã đăng ký; chụp ảnh, đo vẽ",
     "Hồ sơ hiện trạng từng công trình", "Ban Nghề nghiệp", "Liên minh HTX tỉnh; UBND xã Bản Hồ; UBND xã Tả Phìn",
     "Tháng 4/2026"),
    ("2", "Tọa đàm \"Giữ hồn nhà trình tường trong homestay\" tại phường Sa Pa cho chủ nhiệm HTX, tổ trưởng THT",
     "01 tọa đàm, 80 đại biểu", "Văn phòng Hội", "Sở Văn hóa, Thể thao và Du lịch", "20/4/2026"),
    "II. TƯ VẤN THIẾT KẾ",
    ("3", "Thiết kế mẫu cải tạo nhà trình tường thành nơi lưu trú 4 - 6 phòng, khu vệ sinh khép kín, xử lý nước thải",
     "03 bộ mẫu thiết kế", "Trung tâm Tư vấn kiến trúc (thuộc Hội)", "Sở Xây dựng", "Quý II/2026"),
    ("4", "Tư vấn thiết kế điểm giới thiệu, bán sản phẩm OCOP cho HTX Dược liệu Tả Phìn và HTX Thổ cẩm Bản Hồ",
     "02 bản vẽ, dự toán sơ bộ", "Chi hội Kiến trúc sư Sa Pa", "", "Tháng 6/2026"),
    ("5", "Hướng dẫn HTX, THT thủ tục xin phép sửa chữa nhà, bảo đảm an toàn phòng cháy đối với nhà gỗ",
     "Tài liệu hỏi - đáp", "Ban Nghề nghiệp", "Công an tỉnh (Phòng Cảnh sát PCCC và CNCH)", "Tháng 6 - 7/2026"),
    ("6", "Thiết kế biển chỉ dẫn, nhà chờ bằng vật liệu địa phương cho HTX Du lịch cộng đồng Khau Phạ",
     "Bản vẽ thi công", "Chi hội Kiến trúc sư Nghĩa Lộ", "UBND xã Mù Cang Chải", "Trước mùa lúa chín (15/9/2026)"),
    "III. GIÁM SÁT, TỔNG KẾT",
    ("7", "Giám sát tác giả khi HTX, THT thi công, mỗi công trình ít nhất 2 lần", "Nhật ký giám sát",
     "Các kiến trúc sư được phân công", "", "Theo tiến độ thi công của HTX"),
    ("8", "Triển lãm ảnh, bản vẽ các công trình đã tư vấn; trao giấy chứng nhận \"Homestay kiến trúc bản địa\"",
     "01 triển lãm", "Văn phòng Hội", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh; Liên minh HTX tỉnh", "Quý IV/2026"),
]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20260316143000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 07/KH-HKTS", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out.append('<div class="annex">' + "".join(f'<p class="{"b" if i < 2 else "i"}">{e(x)}</p>'
                                               for i, x in enumerate(ANNEX)) + '</div>')
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        if isinstance(row, str):
            out.append(f'<tr class="g"><td colspan="{len(COLUMNS)}">{e(row)}</td></tr>')
        else:
            cells = [f'<td class="c">{e(row[0])}</td>'] + [f'<td>{e(x)}</td>' for x in row[1:5]]
            cells.append(f'<td class="c">{e(row[5])}</td>')
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
