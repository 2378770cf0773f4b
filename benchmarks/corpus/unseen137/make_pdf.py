"""Write b_lam-dong_36-KH-CNX-2025_cong-ty-sua-thu-mua-htx-bo-sua.pdf, the hundred-and-thirty-seventh held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen137/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen137/make_pdf.py --html-only

A dairy-processing company's own plan (November 2025) for buying raw milk from dairy cooperatives and cooperative
groups in 2026: the company's "Căn cứ" (its board's resolution and framework contracts), I. targets, II. a bordered
table of milk GRADES AND PRICES (figures, no task) with a note, III. the work by the company's units — bold headings
ending in a colon (one naming TWO stations, one "Đề nghị" the cooperatives) over "-" items naming no doer, their
times at the end in several forms —, IV. one paragraph, the closing sentence, the signature beside "Nơi nhận".

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
STEM = "b_lam-dong_36-KH-CNX-2025_cong-ty-sua-thu-mua-htx-bo-sua"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 18mm 15mm 18mm 28mm; }
body { font-family: "DejaVu Serif"; font-size: 11.5pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 10pt; }
h3 { font-size: 11.5pt; margin: 8pt 0 4pt; }
p.u { font-weight: bold; margin: 6pt 0 2pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 4pt; }
p.n { font-style: italic; font-size: 10.5pt; margin: 3pt 0 6pt; }
table.grid { border-collapse: collapse; width: 100%; font-size: 10.5pt; margin: 4pt 0; }
table.grid th, table.grid td { border: 0.6pt solid #000; padding: 2pt 4pt; text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN THỰC PHẨM", "b"), ("SỮA CAO NGUYÊN XANH", "b"), ("Số: 36/KH-CNX", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lâm Đồng, ngày 05 tháng 11 năm 2025", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Thu mua sữa bò tươi nguyên liệu của các hợp tác xã, tổ hợp tác chăn nuôi bò sữa năm 2026")

PRICES = [("Hạng sữa", "Chất béo (%)", "Chất khô không béo (%)", "Tổng vi sinh vật (CFU/ml)", "Giá (đồng/kg)"),
          ("A", "≥ 3,6", "≥ 8,3", "≤ 100.000", "14.200"),
          ("B", "≥ 3,4", "≥ 8,1", "≤ 300.000", "13.600"),
          ("C", "≥ 3,2", "≥ 8,0", "≤ 1.000.000", "12.800")]

# "h" a section heading, "u" a unit's heading, "p" a paragraph, "n" a note, "T" the price table
BODY = [
    ("p", "Căn cứ Nghị quyết số 14/NQ-HĐQT ngày 28/10/2025 của Hội đồng quản trị Công ty về kế hoạch sản xuất, kinh "
          "doanh năm 2026; căn cứ các hợp đồng nguyên tắc đã ký với 05 hợp tác xã chăn nuôi bò sữa ở Đơn Dương, Đức "
          "Trọng, Lạc Dương, Tổng Giám đốc Công ty ban hành Kế hoạch thu mua sữa năm 2026 như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Mua khoảng 18.500 tấn sữa tươi đạt chuẩn, tăng 12% so với năm 2025; ít nhất 70% sản lượng mua qua hợp tác "
          "xã, tổ hợp tác."),
    ("p", "- Trả tiền sữa cho hợp tác xã đúng hạn, không để nợ quá 15 ngày."),
    ("h", "II. TIÊU CHUẨN VÀ GIÁ THU MUA"),
    ("T", ""),
    ("n", "Giá trên chưa gồm tiền thưởng sản lượng, áp dụng từ ngày 01/01/2026; Công ty xem xét điều chỉnh theo quý khi "
          "giá thức ăn chăn nuôi biến động trên 5%."),
    ("h", "III. PHÂN CÔNG THỰC HIỆN"),
    ("u", "1. Phòng Phát triển vùng nguyên liệu:"),
    ("p", "- Ký hợp đồng mua bán sữa năm 2026 với 05 hợp tác xã và 03 tổ hợp tác chăn nuôi bò sữa; hoàn thành trước "
          "25/12/2025."),
    ("p", "- Cùng HTX Bò sữa Lạc Xuân khảo sát, chọn thêm 40 hộ nuôi đủ điều kiện kết nạp vào hợp tác xã (quý I/2026)."),
    ("p", "- Phối hợp với UBND xã Đơn Dương, UBND xã Ka Đô rà soát các điểm chuồng trại gần khu dân cư, vận động di dời "
          "vào khu chăn nuôi tập trung; hạn chót tháng 6/2026."),
    ("u", "2. Phòng Quản lý chất lượng (QA):"),
    ("p", "- Lấy mẫu kiểm tra chất béo, vi sinh vật từng lô sữa tại các trạm, trả kết quả cho hợp tác xã trong 24 giờ "
          "(hằng ngày)."),
    ("p", "- Tập huấn vệ sinh vắt sữa, bảo quản lạnh cho thành viên hợp tác xã, mời Chi cục Chăn nuôi, Thú y và Thủy "
          "sản tỉnh Lâm Đồng cùng giảng; xong trong tháng 01/2026."),
    ("u", "3. Trạm thu mua sữa Đơn Dương, Trạm thu mua sữa Đức Trọng:"),
    ("p", "- Nhận sữa 02 cữ mỗi ngày (5 giờ 30 và 15 giờ 30), cân, đo nhiệt độ, ghi phiếu giao nhận có chữ ký đại diện "
          "hợp tác xã, bắt đầu từ 01/01/2026."),
    ("p", "- Bảo dưỡng 06 bồn làm lạnh đặt tại trụ sở các hợp tác xã trước mùa mưa (trước 30/4/2026)."),
    ("u", "4. Phòng Kỹ thuật thú y:"),
    ("p", "- Tiêm vắc xin lở mồm long móng và viêm da nổi cục cho bò của thành viên hợp tác xã, đợt 1 tháng 3/2026, "
          "đợt 2 tháng 9/2026; phối hợp cán bộ thú y các xã."),
    ("u", "5. Phòng Tài chính - Kế toán:"),
    ("p", "- Chuyển tiền sữa cho hợp tác xã 02 kỳ mỗi tháng (ngày 05 và ngày 20) qua tài khoản ngân hàng của hợp tác "
          "xã."),
    ("p", "- Xây dựng phương án ứng trước tiền thức ăn tinh cho hợp tác xã có nhu cầu, trừ dần vào tiền sữa; trình Tổng "
          "Giám đốc trong tháng 12/2025."),
    ("u", "6. Đề nghị các hợp tác xã, tổ hợp tác:"),
    ("p", "- Giao sữa đúng cữ, không trộn sữa của bò đang điều trị kháng sinh vào sữa giao cho Công ty; tự kiểm tra "
          "nhanh trước khi giao."),
    ("p", "- Gửi danh sách thành viên, số bò đang vắt sữa về Phòng Phát triển vùng nguyên liệu trước ngày 15/12 để làm "
          "căn cứ ký hợp đồng."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Phòng Phát triển vùng nguyên liệu là đầu mối theo dõi, tổng hợp sản lượng thu mua hằng quý báo cáo Tổng Giám "
          "đốc; tổng kết năm 2026 trình Hội đồng quản trị trước ngày 15/01/2027."),
    ("p", "Trên đây là Kế hoạch thu mua sữa năm 2026 của Công ty; các phòng, trạm triển khai đúng tiến độ./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Các HTX, THT có hợp đồng;", "- Các phòng, trạm, nhà máy;",
            "- Lưu: VT, PTVNL."]
SIGN = [("KT. TỔNG GIÁM ĐỐC", "b"), ("PHÓ TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""),
        ("Lưu Đình Thạc", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20251105142000+07'00'"


def price_table() -> str:
    head, *rows = PRICES
    return ('<table class="grid"><thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in head) + '</tr></thead><tbody>'
            + "".join('<tr>' + "".join(f'<td>{e(c)}</td>' for c in row) + '</tr>' for row in rows)
            + '</tbody></table>')


def build_html() -> str:
    out = page_start("Kế hoạch 36/KH-CNX", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": lambda t: f'<h3>{e(t)}</h3>', "u": lambda t: f'<p class="u">{e(t)}</p>',
                    "p": lambda t: f'<p class="t">{e(t)}</p>', "n": lambda t: f'<p class="n">{e(t)}</p>',
                    "T": lambda t: price_table()}[kind](text))
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
