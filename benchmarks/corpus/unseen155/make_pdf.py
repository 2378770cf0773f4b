"""Write b_lam-dong_27-KH-GDNTN-2026_phong-ve-gia-ca-phe-htx.pdf, the hundred-and-fifty-fifth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen155/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen155/make_pdf.py --html-only

A commodity-futures brokerage (a trading member of the Sở Giao dịch Hàng hóa Việt Nam, in Lâm Đồng) planning how it
helps coffee cooperatives hedge the price of one crop (2026 - 2027): I. purposes, II. which cooperatives (a paragraph),
III. one sentence over a TIME x UNIT MATRIX — a bordered table whose ROWS ARE PERIODS ("Tháng 9 - 10/2026 (trước thu
hoạch)", …, "Thường xuyên") and whose COLUMNS ARE THE COMPANY'S ROOMS, the work written inside the cells (some empty):
the room heading a column leads the work in it, the period heading a row is its time, a partner is named inside the
cell's own sentence —; IV. two numbered paragraphs; the closing sentence; the signature beside "Nơi nhận".

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
STEM = "b_lam-dong_27-KH-GDNTN-2026_phong-ve-gia-ca-phe-htx"
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
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.matrix { width: 100%; border-collapse: collapse; font-size: 10.5pt; line-height: 1.3; margin: 4pt 0 8pt; }
table.matrix th, table.matrix td { border: 0.5pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.matrix th { text-align: center; }
table.matrix td.when { font-weight: bold; text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN GIAO DỊCH", "b"), ("HÀNG HÓA NAM TÂY NGUYÊN", "b"), ("Số: 27/KH-GDNTN", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lâm Đồng, ngày 14 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Đồng hành cùng hợp tác xã cà phê phòng vệ rủi ro giá niên vụ 2026 - 2027"

BEFORE = [
    ("p", "Công ty Cổ phần Giao dịch hàng hóa Nam Tây Nguyên (sau đây gọi là Công ty) là thành viên kinh doanh của Sở "
          "Giao dịch Hàng hóa Việt Nam (MXV). Giá cà phê nhân những niên vụ gần đây lên xuống thất thường, nhiều hợp "
          "tác xã bán hết sản lượng lúc giá thấp. Công ty xây dựng Kế hoạch đồng hành cùng các hợp tác xã cà phê như "
          "sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giúp hợp tác xã hiểu và dùng hợp đồng tương lai, quyền chọn để chốt trước giá bán cho một phần sản lượng; "
          "chỉ phòng vệ, không đầu cơ; hợp tác xã tự quyết định khối lượng và thời điểm."),
    ("h", "II. ĐỐI TƯỢNG"),
    ("p", "12 hợp tác xã cà phê có vùng nguyên liệu được chứng nhận tại các xã Di Linh, Bảo Thuận, Đinh Trang Thượng, Nam "
          "Ban Lâm Hà và phường 2 Bảo Lộc, tổng sản lượng dự kiến khoảng 9.800 tấn cà phê nhân."),
    ("h", "III. PHÂN CÔNG THEO GIAI ĐOẠN"),
    ("p", "Bảng dưới đây ghi việc của từng phòng theo từng giai đoạn; phòng đứng đầu cột chủ trì các việc ghi trong cột "
          "đó."),
]

COLUMNS = ["Giai đoạn", "Phòng Môi giới", "Phòng Phân tích thị trường", "Phòng Quản lý rủi ro"]
WIDTHS = [19, 27, 27, 27]
# (period, the work of each room in column order; "" an empty cell)
MATRIX = [
    ("Tháng 9 - 10/2026 (trước thu hoạch)",
     ["Khảo sát nhu cầu, ký thỏa thuận hợp tác với 12 HTX; mở tài khoản giao dịch cho HTX đăng ký. Phối hợp Liên minh "
      "HTX tỉnh Lâm Đồng giới thiệu HTX.",
      "Mở 02 lớp tập huấn về hợp đồng tương lai, quyền chọn cà phê Robusta cho giám đốc, kế toán HTX, cùng Trung tâm "
      "Khuyến nông tỉnh.",
      ""]),
    ("Tháng 11/2026 - tháng 01/2027 (thu hoạch, bán hàng)",
     ["Hỗ trợ HTX đặt lệnh bán phòng vệ cho tối đa 30% sản lượng dự kiến; hướng dẫn chốt giá trong hợp đồng bán hàng "
      "với doanh nghiệp xuất khẩu.",
      "Gửi bản tin giá cà phê London, New York hằng ngày vào nhóm Zalo của các HTX; cảnh báo khi giá biến động mạnh.",
      "Theo dõi ký quỹ, báo cho giám đốc HTX khi tài khoản xuống dưới mức duy trì; không để phát sinh nợ ký quỹ."]),
    ("Quý I/2027",
     ["Cùng HTX tất toán vị thế, đối chiếu lãi, lỗ phòng vệ với giá bán cà phê nhân thực tế.",
      "",
      "Kiểm tra hồ sơ, chứng từ giao dịch của từng HTX theo quy chế của MXV; lập biên bản đối chiếu."]),
    ("Tháng 4 - 5/2027",
     ["Đề xuất biểu phí ưu đãi cho HTX ở niên vụ 2027 - 2028.",
      "Phối hợp Liên minh HTX tỉnh Lâm Đồng tổ chức hội nghị đánh giá niên vụ với các HTX.",
      ""]),
    ("Thường xuyên",
     ["", "", "Trực đường dây nóng, giải đáp thắc mắc của HTX về ký quỹ, thanh toán, giao nhận hàng."]),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Văn phòng Công ty bố trí kinh phí tập huấn, hội nghị từ quỹ phát triển khách hàng; tổng hợp kết quả, báo "
          "cáo Tổng Giám đốc trước ngày 15/6/2027."),
    ("p", "2. Đề nghị Liên minh HTX tỉnh Lâm Đồng thông tin Kế hoạch tới các HTX thành viên, cử cán bộ cùng Công ty theo "
          "dõi trong suốt niên vụ."),
    ("p", "Trưởng các phòng chịu trách nhiệm trước Tổng Giám đốc về phần việc của phòng mình./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Liên minh HTX tỉnh Lâm Đồng;", "- Các HTX tham gia;",
            "- Các phòng: MG, PTTT, QLRR, VP;", "- Lưu: VT, MG."]
SIGN = [("KT. TỔNG GIÁM ĐỐC", "b"), ("PHÓ TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""),
        ("Vũ Thị Thanh Nhàn", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 8:30 in Việt Nam
PDF_DATE = b"D:20260914083000+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 27/KH-GDNTN", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(kind, text) for kind, text in BEFORE]
    out.append('<table class="matrix">')
    out.append('<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>')
    out.append('<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in COLUMNS) + '</tr></thead>')
    out.append('<tbody>')
    for period, cells in MATRIX:
        out.append('<tr><td class="when">' + e(period) + '</td>' + "".join(f'<td>{e(c)}</td>' for c in cells)
                   + '</tr>')
    out.append('</tbody></table>')
    out += [block(kind, text) for kind, text in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
