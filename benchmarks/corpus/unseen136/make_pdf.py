"""Write b_an-giang_86-KH-THPTGR-2026_truong-thpt-trai-nghiem-htx-thang-gop.pdf, the hundred-and-thirty-sixth held-out
set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen136/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen136/make_pdf.py --html-only

A high school's plan (September 2026) of career-orientation and experiential activities at cooperatives for the school
year 2026 - 2027: I. purposes, II. who takes part (facts), III. one sentence over ONE BORDERED TABLE Tháng | Nội dung
hoạt động | Phụ trách | Phối hợp whose MONTH CELLS ARE MERGED DOWN over the rows of that month (rowspan), the months
YEARLESS and running across two calendar years (Tháng 10 … Tháng 5); IV. one paragraph (no work); the closing
sentence; the signature beside "Nơi nhận".

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
STEM = "b_an-giang_86-KH-THPTGR-2026_truong-thpt-trai-nghiem-htx-thang-gop"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.plan { border-collapse: collapse; width: 100%; font-size: 10.5pt; margin: 4pt 0 8pt; }
table.plan th, table.plan td { border: 0.5pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.plan th { text-align: center; }
table.plan td.m { text-align: center; vertical-align: middle; font-weight: bold; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ GD&ĐT AN GIANG", ""), ("TRƯỜNG THPT GIỒNG RIỀNG", "b"), ("Số: 86/KH-THPTGR", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Giồng Riềng, ngày 15 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hoạt động trải nghiệm, hướng nghiệp tại hợp tác xã năm học 2026 - 2027"

BEFORE = [
    ("p", "Căn cứ kế hoạch giáo dục nhà trường năm học 2026 - 2027 và nhu cầu tìm hiểu nghề của học sinh, Trường THPT "
          "Giồng Riềng xây dựng Kế hoạch đưa học sinh đi trải nghiệm, tìm hiểu nghề tại các hợp tác xã trên địa bàn "
          "như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giúp học sinh biết hợp tác xã kiểu mới làm ăn thế nào, những vị trí việc làm mà hợp tác xã ở quê đang cần "
          "(kỹ thuật viên, kế toán, bán hàng trực tuyến), từ đó chọn ngành học phù hợp; gắn với nội dung môn Giáo dục "
          "kinh tế và pháp luật, môn Công nghệ."),
    ("h", "II. ĐỐI TƯỢNG, QUY MÔ"),
    ("p", "Học sinh khối 10, 11 và 12 (khoảng 1.150 em); mỗi chuyến đi không quá 90 học sinh, có giáo viên đi kèm "
          "theo tỉ lệ 1 giáo viên với 15 học sinh."),
    ("h", "III. NỘI DUNG VÀ LỊCH THỰC HIỆN"),
    ("p", "Các hoạt động được sắp theo tháng trong năm học như bảng dưới đây."),
]

# (month, number of rows the month cell spans or 0 when it is spanned), activity, in charge, partners
ROWS = [
    ("Tháng 10", 2, "Khảo sát nhu cầu tìm hiểu nghề của học sinh khối 10, 11 bằng phiếu trực tuyến",
     "Tổ Tư vấn tâm lý - hướng nghiệp", "Đoàn Thanh niên trường"),
    ("", 0, "Liên hệ, ký thỏa thuận đón học sinh với 04 hợp tác xã nông nghiệp, dịch vụ",
     "Văn phòng trường", "Liên minh HTX tỉnh"),
    ("Tháng 11", 2, "Đưa học sinh khối 11 tham quan khu sản xuất lúa giống và lò sấy của HTX Nông nghiệp Thạnh Lộc",
     "Tổ Sinh - Công nghệ", "HTX Nông nghiệp Thạnh Lộc, Ban đại diện cha mẹ học sinh"),
    ("", 0, "Nói chuyện chuyên đề \"Hợp tác xã kiểu mới và việc làm ở quê\" trong giờ chào cờ",
     "Đoàn Thanh niên trường", "Liên minh HTX tỉnh"),
    ("Tháng 12 - tháng 01", 1, "Học sinh khối 12 làm dự án nhóm \"Phương án kinh doanh cho một tổ hợp tác\"",
     "Tổ Sử - Địa - GDKT&PL", "Tổ Toán - Tin"),
    ("Tháng 3", 2, "Ngày hội \"Một ngày làm thành viên hợp tác xã\" tại HTX Lúa gạo Ngọc Chúc: xuống đồng, vận hành "
                  "máy cấy, đóng gói gạo",
     "Đoàn Thanh niên trường", "HTX Lúa gạo Ngọc Chúc, Trung tâm Khuyến nông tỉnh"),
    ("", 0, "Thuê xe đưa đón, mua bảo hiểm chuyến đi, bố trí nhân viên y tế đi kèm",
     "Văn phòng trường", "Ban đại diện cha mẹ học sinh"),
    ("Tháng 4", 1, "Tư vấn chọn ngành nông nghiệp, quản trị kinh doanh, thương mại điện tử cho học sinh khối 12",
     "Tổ Tư vấn tâm lý - hướng nghiệp", "Trung tâm Dịch vụ việc làm tỉnh"),
    ("Tháng 5", 2, "Trưng bày sản phẩm dự án nhóm của học sinh, trao giấy khen nhóm xuất sắc",
     "Đoàn Thanh niên trường", ""),
    ("", 0, "Tổng kết hoạt động, báo cáo Sở GD&ĐT trước ngày 25/5",
     "Văn phòng trường", ""),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Tổ trưởng chuyên môn, Bí thư Đoàn trường, giáo viên chủ nhiệm căn cứ nhiệm vụ được phân công tại mục III "
          "chủ động triển khai; kinh phí lấy từ nguồn chi hoạt động giáo dục của nhà trường và đóng góp tự nguyện "
          "của cha mẹ học sinh."),
    ("p", "Trên đây là Kế hoạch hoạt động trải nghiệm, hướng nghiệp tại hợp tác xã năm học 2026 - 2027 của Trường "
          "THPT Giồng Riềng./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở GD&ĐT (b/c);", "- Liên minh HTX tỉnh;", "- Các tổ chuyên môn, Đoàn trường (t/h);",
            "- Ban ĐDCMHS;", "- Lưu: VT."]
SIGN = [("KT. HIỆU TRƯỞNG", "b"), ("PHÓ HIỆU TRƯỞNG", "b"), ("", ""), ("", ""), ("", ""), ("Danh Thị Mỹ Xuyên", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:20 in Việt Nam
PDF_DATE = b"D:20260915102000+07'00'"


def paragraphs(items) -> list[str]:
    return [f'<h3>{e(text)}</h3>' if kind == "h" else f'<p class="t">{e(text)}</p>' for kind, text in items]


def build_html() -> str:
    out = page_start("Kế hoạch 86/KH-THPTGR", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += paragraphs(BEFORE)
    out += ['<table class="plan">',
            '<colgroup><col style="width:14%"><col style="width:46%"><col style="width:19%"><col style="width:21%">'
            '</colgroup>',
            '<thead><tr><th>Tháng</th><th>Nội dung hoạt động</th><th>Phụ trách</th><th>Phối hợp</th></tr></thead>',
            '<tbody>']
    for month, span, work, lead, partners in ROWS:
        month_cell = f'<td class="m" rowspan="{span}">{e(month)}</td>' if span else ""
        out.append(f'<tr>{month_cell}<td>{e(work)}</td><td>{e(lead)}</td><td>{e(partners)}</td></tr>')
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
