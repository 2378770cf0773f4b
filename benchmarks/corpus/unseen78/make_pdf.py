"""Write b_cam-lam-khanh-hoa_12-KH-HTX-2026_htx-ke-hoach-san-xuat-kinh-doanh.pdf, the seventy-eighth held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen78/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen78/make_pdf.py --html-only

A cooperative's own production and business plan for the next year (November 2026), signed for its board: the
cooperative's name as the header's left side with the national motto on the right, I. results of the year, II.
targets as "-" lines, III. per-unit headings of the cooperative's own people and teams ("1. Giám đốc HTX") over "-"
items ending with their time, times by the crop seasons; IV. one paragraph; the signature beside "Nơi nhận". No
table.

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
STEM = "b_cam-lam-khanh-hoa_12-KH-HTX-2026_htx-ke-hoach-san-xuat-kinh-doanh"
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
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỢP TÁC XÃ NÔNG NGHIỆP", "b"), ("DỊCH VỤ TỔNG HỢP CAM HẢI", "b"), ("", ""), ("Số: 12/KH-HTX", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""),
              ("Cam Lâm, ngày 20 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Sản xuất, kinh doanh và dịch vụ năm 2027"

# "h" a section heading, "s" a unit's heading (bold italic), "p" a paragraph
BODY = [
    ("p", "Thực hiện Nghị quyết Hội nghị Hội đồng quản trị ngày 12/11/2026, Hợp tác xã xây dựng kế hoạch năm 2027 "
          "như sau:"),
    ("h", "I. KẾT QUẢ NĂM 2026"),
    ("p", "Hợp tác xã có 612 thành viên. Tổng doanh thu 7,9 tỷ đồng (dịch vụ thủy nông 1,1 tỷ; vật tư, giống 4,6 tỷ; "
          "tiêu thụ xoài, dưa lưới 2,2 tỷ), lãi 486 triệu đồng. Kênh mương nội đồng xuống cấp, máy sấy nông sản chưa "
          "có, một số hộ thành viên bán xoài ngoài hợp đồng."),
    ("h", "II. CHỈ TIÊU NĂM 2027"),
    ("p", "- Doanh thu 9,5 tỷ đồng; lãi từ 600 triệu đồng trở lên; chia lãi theo mức sử dụng dịch vụ."),
    ("p", "- Tiêu thụ qua hợp đồng 420 tấn xoài, 90 tấn dưa lưới; kết nạp thêm 40 thành viên."),
    ("h", "III. PHÂN CÔNG THỰC HIỆN"),
    ("s", "1. Giám đốc HTX"),
    ("p", "- Ký hợp đồng bao tiêu xoài, dưa lưới năm 2027 với Công ty CP Nông sản Thực phẩm Khánh Hòa cho các hộ "
          "thành viên; xong trong tháng 3/2027, trước vụ xoài chính."),
    ("p", "- Cùng Kế toán HTX lập hồ sơ vay 1,5 tỷ đồng tại Ngân hàng Agribank chi nhánh Cam Lâm để mua máy sấy "
          "nông sản; thời gian quý I/2027."),
    ("s", "2. Tổ Dịch vụ thủy nông"),
    ("p", "- Nạo vét 4,2 km kênh nội đồng, phối hợp với Công ty TNHH MTV Khai thác công trình thủy lợi Khánh Hòa "
          "điều tiết nước tưới; làm trong tháng 12/2026, trước khi xuống giống vụ Đông Xuân."),
    ("p", "- Thu phí dịch vụ thủy lợi nội đồng của hộ thành viên sau khi kết thúc mỗi vụ."),
    ("s", "3. Tổ Dịch vụ vật tư"),
    ("p", "- Cung ứng giống lúa xác nhận, phân bón trả chậm cho hộ thành viên với giá thấp hơn giá thị trường ít nhất "
          "3%; suốt vụ Đông Xuân và vụ Hè Thu 2027."),
    ("s", "4. Kế toán HTX"),
    ("p", "- Công khai báo cáo tài chính năm 2026 và phương án phân phối lãi tại trụ sở HTX; trước ngày 31/01/2027."),
    ("s", "5. Tổ hợp tác trồng dưa lưới thôn Hòa Diêm"),
    ("p", "- Mở rộng thêm 1,2 ha nhà màng, phối hợp với Trạm Khuyến nông Cam Lâm chuyển giao kỹ thuật tưới nhỏ giọt; "
          "trong quý II/2027."),
    ("s", "6. Ban Kiểm soát"),
    ("p", "- Kiểm tra việc thu, chi và cung ứng vật tư của các tổ dịch vụ, mỗi quý một lần; báo cáo Hội đồng quản "
          "trị."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Giám đốc HTX điều hành chung, báo cáo tiến độ tại phiên họp Hội đồng quản trị hằng quý; tổ chức tổng kết "
          "năm 2027 trước ngày 15/01/2028. Quá trình thực hiện có khó khăn, các tổ, bộ phận báo cáo Giám đốc để "
          "giải quyết./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND xã Cam Lâm (b/c);", "- Liên minh HTX tỉnh (b/c);", "- Thành viên HĐQT, BKS;",
            "- Các tổ dịch vụ, tổ hợp tác;", "- Lưu HTX."]
SIGN = [("TM. HỘI ĐỒNG QUẢN TRỊ", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Lê Văn Thành", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 16:30 in Việt Nam
PDF_DATE = b"D:20261120163000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 12/KH-HTX", CSS)
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
