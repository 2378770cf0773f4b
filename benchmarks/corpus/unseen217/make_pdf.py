"""Write b_quang-ngai_57-KH-SKX-2026_tau-cao-toc-cho-hang-htx-ly-son.pdf, the two-hundred-and-seventeenth held-out
set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen217/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen217/make_pdf.py --html-only

A high-speed ferry company's plan (October 2026) for carrying the garlic, onions and dried seaweed of the cooperatives
and cooperative groups of the Lý Sơn special zone to the mainland over the 2026 - 2027 season and selling their goods
aboard: the opening, I. aims, II. a note on how the table is read, then ONE bordered table Ngày | Việc | Phòng, Đội
thực hiện | Phối hợp whose FIRST COLUMN HOLDS THE DAY ALONE ("05", "10 - 15", "Cả tháng", "Tuần đầu"), THE MONTH
GIVEN BY FULL-WIDTH MONTH ROWS ("THÁNG 11/2026") between the groups; III. two numbered paragraphs; the signature
beside "Nơi nhận".

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
STEM = "b_quang-ngai_57-KH-SKX-2026_tau-cao-toc-cho-hang-htx-ly-son"
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
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks th { text-align: center; }
table.tasks td.c { text-align: center; }
table.tasks td.m { font-weight: bold; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("TÀU CAO TỐC SA KỲ XANH", "b"), ("Số: 57/KH-SKX", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Quảng Ngãi, ngày 14 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Chở hàng nông sản và bán sản phẩm của các hợp tác xã, tổ hợp tác đặc khu Lý Sơn trên tuyến Sa Kỳ - Lý "
            "Sơn mùa vụ 2026 - 2027")

BEFORE = [
    ("p", "Mỗi năm các hợp tác xã, tổ hợp tác trên đảo đưa vào đất liền khoảng 2.400 tấn tỏi, hành và rong biển khô, "
          "phần lớn gửi theo tàu khách thành từng bao lẻ, dễ bị ẩm, dập và mất thời gian bốc dỡ ở cảng. Công ty có 04 "
          "tàu cao tốc chạy tuyến Sa Kỳ - Lý Sơn, mỗi ngày 06 chuyến khứ hồi khi biển êm. Để các HTX, THT chở hàng "
          "thuận tiện, chi phí thấp và có thêm chỗ bán hàng cho khách du lịch, Công ty đề ra các việc sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Chở ít nhất 900 tấn hàng của HTX, THT trong mùa vụ; không để hàng ướt, hỏng do xếp dỡ."),
    ("p", "- Doanh số bán hộ trên tàu đạt 1,2 tỷ đồng; tiền hàng trả cho HTX, THT trong tháng."),
    ("h", "II. CÁC VIỆC CẦN LÀM"),
    ("p", "Cột \"Ngày\" ghi ngày trong tháng; tháng và năm ghi ở dòng in đậm ngay phía trên. \"Cả tháng\" là làm trong cả "
          "tháng đó."),
]

COLUMNS = ["Ngày", "Việc", "Phòng, Đội thực hiện", "Phối hợp"]
WIDTHS = [11, 51, 18, 20]
# a str is a month row across the table; a tuple a task row
ROWS = [
    "THÁNG 10/2026",
    ("20 - 30", "Khảo sát nhu cầu gửi hàng của từng HTX, THT trên đảo; thống nhất loại hàng, cách đóng thùng và mức "
                "cước ưu đãi", "Phòng Kinh doanh", "UBND đặc khu Lý Sơn"),
    "THÁNG 11/2026",
    ("05", "Ký hợp đồng vận chuyển cả mùa vụ với HTX Tỏi An Vĩnh, HTX Dịch vụ tổng hợp Bắc Đảo, THT rong biển thôn "
           "Đông; giảm 30% cước với nông sản đóng thùng", "Phòng Kinh doanh", ""),
    ("10 - 15", "Cải tạo khoang hàng tàu Sa Kỳ Xanh 05: lắp giá kê, quạt thông gió để tỏi khô không bị hấp hơi",
     "Đội tàu", "Phòng Khai thác"),
    ("Cả tháng", "Hướng dẫn cán bộ HTX, tổ trưởng THT đóng thùng, dán nhãn, khai báo hàng qua ứng dụng trước giờ tàu "
                 "chạy", "Phòng Khai thác", "HTX Dịch vụ tổng hợp Bắc Đảo"),
    "THÁNG 12/2026",
    ("01", "Mở quầy bán tỏi, rong biển khô, bánh đặc sản của các HTX trên 02 tàu lớn; năm đầu không thu hoa hồng",
     "Phòng Kinh doanh", "HTX Tỏi An Vĩnh, HTX Dịch vụ tổng hợp Bắc Đảo"),
    ("15", "Kiểm tra cách xếp, chằng buộc hàng trong khoang; không nhận hàng dễ cháy đi chung với nông sản",
     "Ban An toàn - Pháp chế", "Cảng vụ Hàng hải Quảng Ngãi"),
    ("20 - 31", "Chạy thêm 02 chuyến hàng mỗi tuần đưa tỏi, hành vào đất liền kịp bán Tết", "Phòng Khai thác",
     "Đồn Biên phòng Lý Sơn"),
    "THÁNG 01/2027",
    ("10", "Đối chiếu khối lượng đã chở, tiền cước được giảm với từng HTX, THT; trả tiền hàng đã bán trên tàu",
     "Phòng Tài chính - Kế toán", "Phòng Kinh doanh"),
    ("Cả tháng", "Dành vé ưu tiên cho thành viên HTX, THT mang hàng vào đất liền dự phiên chợ Tết",
     "Phòng Kinh doanh", "UBND đặc khu Lý Sơn"),
    "THÁNG 3/2027",
    ("Tuần đầu", "Chở tỏi tươi vụ chính cho các HTX bán cho doanh nghiệp ở đất liền theo đơn đặt trước",
     "Phòng Khai thác", "HTX Tỏi An Vĩnh"),
    ("25", "Họp tổng kết với các HTX, THT; đề xuất mức cước ưu đãi năm 2027 - 2028 trình Hội đồng quản trị",
     "Phòng Kinh doanh", ""),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Thuyền trưởng các tàu ghi sổ hàng của HTX, THT theo từng chuyến, gửi Phòng Khai thác vào thứ Hai hằng "
          "tuần."),
    ("p", "2. Trưởng các phòng, đội căn cứ Kế hoạch để làm; vướng mắc báo Giám đốc xử lý kịp thời./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- UBND đặc khu Lý Sơn;", "- Các HTX, THT có hợp đồng;",
            "- Các phòng, Đội tàu;", "- Lưu: VT, KD."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Trương Công Định", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20261014101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 57/KH-SKX", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        if isinstance(row, str):
            out.append(f'<tr><td class="m" colspan="4">{e(row)}</td></tr>')
        else:
            out.append('<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i == 0 else f'<td>{e(v)}</td>'
                                        for i, v in enumerate(row)) + '</tr>')
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
