"""Write b_an-giang_37-KH-NDBT-2026_resort-mua-hang-htx-phu-quoc.pdf, the hundred-and-fortieth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen140/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen140/make_pdf.py --html-only

A resort company's plan (September 2026) for buying produce and seafood and hiring services from the cooperatives of
đặc khu Phú Quốc over the high season 2026 - 2027: I. purposes, II. one sentence defining the season, then ONE
BORDERED TABLE "# | Đầu việc | Đầu mối | Hỗ trợ | Hạn chót" — a company's words for lead, partner and deadline —,
whose departments are named with their English names in brackets ("Bộ phận Mua hàng (Purchasing)"), an empty partner
cell printed "—", deadlines mostly yearless across the turn of the year; III. one paragraph; the signature beside
"Nơi nhận".

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
STEM = "b_an-giang_37-KH-NDBT-2026_resort-mua-hang-htx-phu-quoc"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 11.5pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10pt; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.5pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks th { font-weight: bold; text-align: center; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH DU LỊCH", "b"), ("NGHỈ DƯỠNG BÃI THƠM", "b"), ("Số: 37/KH-NDBT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Phú Quốc, ngày 08 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Thu mua nông sản, hải sản và sử dụng dịch vụ của các hợp tác xã, tổ hợp tác tại đặc khu Phú Quốc "
            "mùa cao điểm 2026 - 2027")

BEFORE = [
    ("p", "Khu nghỉ dưỡng Bãi Thơm có 280 phòng, công suất bình quân mùa cao điểm trên 85%. Để dùng nguyên liệu tươi "
          "tại chỗ, giảm chi phí vận chuyển từ đất liền và cùng các hợp tác xã, tổ hợp tác trên đảo phát triển, Công ty "
          "lập Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Nâng tỷ lệ rau, trái cây, hải sản mua trực tiếp của hợp tác xã, tổ hợp tác trên đảo lên tối thiểu 40% giá "
          "trị nguyên liệu của bếp."),
    ("p", "- Đưa dịch vụ tàu, hướng dẫn trải nghiệm làng chài của hợp tác xã vào gói tour bán cho khách lưu trú."),
    ("h", "II. NỘI DUNG VÀ PHÂN CÔNG"),
    ("p", "Mùa cao điểm tính từ ngày 01/11/2026 đến ngày 30/4/2027. Các đầu việc, bộ phận đầu mối, bộ phận hỗ trợ và hạn "
          "chót như sau:"),
]

COLUMNS = ["#", "Đầu việc", "Đầu mối", "Hỗ trợ", "Hạn chót"]
WIDTHS = [5, 43, 19, 19, 14]
ROWS = [
    ("1", "Lập danh sách HTX, THT trồng rau, nuôi hải sản, làm nước mắm, tiêu trên đảo có thể cung ứng; đến làm việc "
          "tại cơ sở của từng đơn vị", "Bộ phận Mua hàng (Purchasing)", "Phòng Kinh tế (UBND đặc khu Phú Quốc)",
     "30/9"),
    ("2", "Kiểm tra điều kiện an toàn thực phẩm, lấy mẫu rau, hải sản gửi kiểm nghiệm trước khi ký hợp đồng",
     "Bộ phận Kiểm soát chất lượng (QC)", "Bộ phận Mua hàng (Purchasing)", "15/10"),
    ("3", "Tập huấn cho thành viên HTX về đóng gói, ghi nhãn, giao hàng đúng khung giờ của bếp",
     "Bộ phận Kiểm soát chất lượng (QC)", "Bộ phận Ẩm thực (F&B)", "Tháng 10"),
    ("4", "Tuyển 20 lao động thời vụ là con em thành viên HTX, THT vào làm buồng phòng, nhà hàng",
     "Bộ phận Nhân sự (HR)", "UBND đặc khu Phú Quốc", "20/10"),
    ("5", "Xây dựng thực đơn \"Bữa tối đảo ngọc\" dùng tối thiểu 60% nguyên liệu của HTX địa phương",
     "Bộ phận Ẩm thực (F&B)", "—", "25/10"),
    ("6", "Ký hợp đồng cung ứng theo mùa với ít nhất 05 HTX, THT; giá chốt theo từng tháng",
     "Bộ phận Mua hàng (Purchasing)", "Bộ phận Kế toán", "Trước mùa cao điểm"),
    ("7", "Thuê tàu của HTX Dịch vụ du lịch An Thới đưa khách câu mực đêm, ngắm san hô; kiểm tra áo phao, giấy phép "
          "tàu trước mỗi chuyến", "Bộ phận Trải nghiệm khách (Guest Experience)", "Đồn Biên phòng An Thới",
     "Suốt mùa cao điểm"),
    ("8", "Mở \"Góc chợ phiên HTX\" ở sảnh chính để HTX tự bán sản phẩm OCOP cho khách, Công ty không thu phí",
     "Bộ phận Trải nghiệm khách (Guest Experience)", "Liên minh HTX tỉnh An Giang", "Tối thứ Bảy hằng tuần"),
    ("9", "Thanh toán tiền hàng cho HTX, THT bằng chuyển khoản, không giữ lại tiền bảo đảm", "Bộ phận Kế toán", "—",
     "Trong 07 ngày sau khi nhận hóa đơn"),
    ("10", "Đánh giá từng nhà cung cấp là HTX, THT sau mùa cao điểm; đề xuất gia hạn hợp đồng năm 2027 - 2028",
     "Bộ phận Mua hàng (Purchasing)", "Bộ phận Kiểm soát chất lượng (QC)", "31/5"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Bộ phận Mua hàng (Purchasing) là đầu mối theo dõi Kế hoạch; cuối mỗi tháng báo cáo Ban Tổng Giám đốc khối "
          "lượng, giá trị hàng mua của từng HTX, THT và những vướng mắc cần xử lý."),
    ("p", "Các bộ phận thực hiện đúng hạn chót nêu trong bảng; Kế hoạch này được điều chỉnh khi công suất phòng thay "
          "đổi./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- UBND đặc khu Phú Quốc;", "- Liên minh HTX tỉnh An Giang;",
            "- Các bộ phận (t/h);", "- Lưu: VT, Purchasing."]
SIGN = [("KT. TỔNG GIÁM ĐỐC", "b"), ("PHÓ TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Trần Ngọc Diệp", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20260908142000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 37/KH-NDBT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BEFORE:
        out.append({"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        out.append('<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i in (0, 4) else f'<td>{e(v)}</td>'
                                    for i, v in enumerate(row)) + '</tr>')
    out += ['</tbody>', '</table>']
    for kind, text in AFTER:
        out.append({"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
