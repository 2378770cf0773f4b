"""Write b_thanh-hoa_36-KH-HTTT-2026_thay-thuoc-tre-htx-bang-phoi-hop.pdf, the two-hundred-and-seventh held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen207/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen207/make_pdf.py --html-only

A provincial young physicians' association (Hội Thầy thuốc trẻ, September 2026) screening the members of stone-carving,
sedge-weaving and fishing cooperatives for occupational disease and teaching them first aid: the opening, I. purposes,
II. TWO bordered tables — table 1 the association's own work (TT | Việc | Đơn vị thực hiện | Thời gian), table 2 the
work asked of other bodies, each row naming a body and the NUMBERS OF THE TABLE-1 TASKS it joins ("Cùng thực hiện việc
số 2, 4"), besides two rows that are a body's own work (no number); III. two numbered paragraphs; the closing
sentence; the signature beside "Nơi nhận". The date line is printed upright, not italic: with it italic, ten prints did not all give the same bytes.

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
STEM = "b_thanh-hoa_36-KH-HTTT-2026_thay-thuoc-tre-htx-bang-phoi-hop"
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
h4 { font-size: 11pt; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks th { text-align: center; }
table.tasks td.c { text-align: center; }
table.tasks tr { break-inside: avoid; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỘI THẦY THUỐC TRẺ VIỆT NAM", ""), ("HỘI THẦY THUỐC TRẺ", "b"), ("TỈNH THANH HÓA", "b"),
             ("Số: 36/KH-HTTT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Thanh Hóa, ngày 03 tháng 9 năm 2026", "")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Thầy thuốc trẻ khám sàng lọc bệnh nghề nghiệp và tập huấn sơ cấp cứu cho thành viên hợp tác xã, tổ hợp "
            "tác năm 2026")

BEFORE = [
    ("p", "Thành viên các hợp tác xã chế tác đá mỹ nghệ, dệt chiếu cói và khai thác hải sản trên địa bàn tỉnh phần "
          "lớn làm việc trong môi trường nhiều bụi đá, hóa chất tẩy nhuộm hoặc trên biển dài ngày; năm 2025 mới có "
          "khoảng 18% người lao động ở các đơn vị này được khám sức khỏe định kỳ. Hưởng ứng Tháng hành động vì sức "
          "khỏe người lao động, Ban Thường vụ Hội Thầy thuốc trẻ tỉnh xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Khám sàng lọc miễn phí cho khoảng 1.200 thành viên, người lao động của 14 hợp tác xã, tổ hợp tác; phát "
          "hiện sớm bệnh bụi phổi silic, bệnh da nghề nghiệp, giảm thính lực."),
    ("p", "- Mỗi hợp tác xã khai thác hải sản có ít nhất 02 người biết sơ cứu đuối nước, chấn thương trên tàu."),
    ("h", "II. NỘI DUNG VÀ PHÂN CÔNG"),
    ("4", "1. Phần việc của Hội Thầy thuốc trẻ tỉnh"),
]

COLUMNS1 = ["TT", "Việc", "Đơn vị thực hiện", "Thời gian"]
WIDTHS1 = [6, 52, 24, 18]
ROWS1 = [
    ("1", "Lập danh sách 14 hợp tác xã, tổ hợp tác và số người cần khám; thống nhất ngày khám với từng đơn vị",
     "Văn phòng Hội", "Trước 20/9/2026"),
    ("2", "Khám, đo chức năng hô hấp, chụp X-quang phổi lưu động cho thành viên 06 hợp tác xã chế tác đá ở xã Đông "
          "Sơn và phường Hàm Rồng", "Đội Thầy thuốc trẻ tình nguyện số 1", "Tháng 10/2026"),
    ("3", "Khám da liễu, tư vấn dùng găng tay, khẩu trang khi tẩy nhuộm cói cho 05 hợp tác xã, tổ hợp tác cói ở "
          "xã Nga Sơn", "Đội Thầy thuốc trẻ tình nguyện số 2", "Từ 02/11 đến 13/11/2026"),
    ("4", "Đo thính lực, khám tổng quát cho thuyền viên 03 hợp tác xã khai thác hải sản ở phường Sầm Sơn, xã Hoằng "
          "Thanh trong những ngày tàu nằm bờ", "Đội Thầy thuốc trẻ tình nguyện số 3", "Tháng 12/2026"),
    ("5", "Tập huấn sơ cứu đuối nước, cầm máu, cố định xương gãy trên tàu; phát túi sơ cứu cho mỗi tàu",
     "Chi hội Thầy thuốc trẻ Bệnh viện Đa khoa tỉnh", "Trước mùa biển cuối năm"),
    ("6", "Trả kết quả, lập hồ sơ theo dõi; giới thiệu người có dấu hiệu bệnh nghề nghiệp đi khám chuyên sâu",
     "Văn phòng Hội", "Trong 15 ngày sau mỗi đợt khám"),
    ("7", "Tổng hợp kết quả, kiến nghị với hợp tác xã các biện pháp giảm bụi, thông gió tại xưởng",
     "Ban Chuyên môn Hội", "Trước 25/12/2026"),
]

COLUMNS2 = ["TT", "Cơ quan, đơn vị", "Nội dung đề nghị phối hợp", "Ghi chú"]
WIDTHS2 = [6, 30, 44, 20]
ROWS2 = [
    ("1", "Trung tâm Kiểm soát bệnh tật tỉnh", "Cử bác sĩ chuyên khoa bệnh nghề nghiệp, cho mượn máy đo chức năng hô "
          "hấp", "Cùng thực hiện việc số 2, 6"),
    ("2", "Liên minh Hợp tác xã tỉnh", "Vận động các hợp tác xã bố trí cho người lao động đi khám đủ, đúng ngày",
     "Cùng thực hiện việc số 1"),
    ("3", "Hội Chữ thập đỏ tỉnh", "Hỗ trợ túi sơ cứu và phao cứu sinh cho tàu của hợp tác xã", "Cùng thực hiện việc "
          "số 5"),
    ("4", "Bệnh viện Phổi tỉnh", "Đọc phim X-quang, nhận khám chuyên sâu người nghi bụi phổi silic",
     "Cùng thực hiện việc số 2, 6"),
    ("5", "Sở Nội vụ", "Chủ trì hướng dẫn hợp tác xã đóng bảo hiểm xã hội, khám sức khỏe định kỳ cho người lao động "
          "theo quy định; trước 31/12/2026", "Việc riêng của cơ quan"),
    ("6", "UBND xã Đông Sơn, xã Nga Sơn", "Bố trí địa điểm khám tại trạm y tế xã, thông báo trên loa truyền thanh",
     "Cùng thực hiện việc số 2, 3"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Các đội Thầy thuốc trẻ tình nguyện tự bảo đảm thuốc thông thường từ nguồn vận động; kinh phí chụp "
          "X-quang do Văn phòng Hội lập dự toán, trình Thường trực Hội trước ngày 15/9/2026."),
    ("p", "2. Các chi hội cơ sở báo cáo kết quả về Văn phòng Hội sau từng đợt để tổng hợp báo cáo Trung ương Hội."),
    ("p", "Trên đây là Kế hoạch của Hội Thầy thuốc trẻ tỉnh Thanh Hóa; rất mong các cơ quan, đơn vị giúp đỡ để Kế "
          "hoạch thực hiện được./."),
]

NOI_NHAN = ["Nơi nhận:", "- TW Hội Thầy thuốc trẻ VN (b/c);", "- Tỉnh Đoàn (b/c);", "- Sở Y tế;",
            "- Liên minh HTX tỉnh;", "- Các cơ quan có tên tại mục II;", "- Lưu: VP Hội."]
SIGN = [("TM. BAN THƯỜNG VỤ", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("BS. Lê Hữu Khang", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260903101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "4": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def rows(values, center) -> list[str]:
    return ['<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i in center else f'<td>{e(v)}</td>'
                             for i, v in enumerate(row)) + '</tr>' for row in values]


def build_html() -> str:
    out = page_start("Kế hoạch 36/KH-HTTT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += table_start(WIDTHS1, COLUMNS1)
    out += rows(ROWS1, (0, 3))
    out += ['</tbody>', '</table>']
    out.append(paragraph("4", "2. Phần việc đề nghị các cơ quan, đơn vị phối hợp"))
    out.append(paragraph("p", "Cột \u201cGhi chú\u201d ghi số thứ tự của việc ở bảng 1 mà cơ quan, đơn vị cùng tham "
                              "gia với Hội."))
    out += table_start(WIDTHS2, COLUMNS2)
    out += rows(ROWS2, (0,))
    out += ['</tbody>', '</table>']
    out += [paragraph(kind, text) for kind, text in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
