"""Print b_quang-ngai_28-KH-LCSH-2026_be-cau-tht-ngay-lam-viec-thu.pdf, the two-hundred-and-thirty-fifth held-out set's
PDF, from ``sources/b_quang-ngai_28-KH-LCSH-2026_be-cau-tht-ngay-lam-viec-thu.html``.

    .venv/bin/python benchmarks/corpus/unseen235/make_pdf.py

An areca-sheath tableware maker's plan (November 2026) for buying the fallen areca sheaths ("bẹ cau") gathered by
ethnic women's cooperative groups and two cooperatives in the 2026 - 2027 dry season: the opening, I. purposes, II. the
gathering units as "-" lines (facts), III. an italic note and ONE bordered table Tháng | Ngày làm việc thứ | Việc |
Phụ trách | Cùng làm whose first cell is the MONTH, merged down over its rows (rowspan), and whose time is only the
ORDINAL WORKING DAY of that month ("10", "3", "cuối" — the last; Saturdays, Sundays and public holidays not counted,
01/01/2027 a holiday), so that the reader counts each deadline on the calendar; IV. a request to the gathering units;
a closing sentence; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif. The table's head row is a row of ordinary bold cells.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_quang-ngai_28-KH-LCSH-2026_be-cau-tht-ngay-lam-viec-thu"
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
p.note { font-style: italic; text-align: justify; margin: 0 0 6pt; }
table.work { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.3; }
table.work td { border: 0.5pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.work tr.h td { font-weight: bold; text-align: center; vertical-align: middle; }
table.work td.m { text-align: center; vertical-align: middle; font-weight: bold; }
table.work td.d { text-align: center; }
table.work tr { break-inside: avoid; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("ĐỒ DÙNG LÁ CAU SƠN HÀ", "b"), ("Số: 28/KH-LCSH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Quảng Ngãi, ngày 06 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thu mua bẹ cau của các tổ hợp tác, hợp tác xã mùa khô 2026 - 2027"

BEFORE = [
    ("p", "Mùa khô 2025 - 2026 Công ty mua được 1,1 triệu bẹ cau do bà con các xã miền núi phía tây tỉnh nhặt, đủ ép "
          "khoảng 2,4 triệu đĩa, khay xuất sang Hàn Quốc và Nhật Bản; đơn hàng năm 2027 đã tăng gần gấp đôi. Công ty "
          "lập Kế hoạch thu mua bẹ cau mùa khô 2026 - 2027 cùng các tổ hợp tác, hợp tác xã như sau."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Mua ít nhất 2 triệu bẹ cau loại A và loại B, giao đều từ tháng 12/2026 đến hết tháng 5/2027."),
    ("p", "- Người nhặt bẹ có thêm thu nhập trong mùa khô; không ai bóc bẹ còn trên cây hay chặt cây cau để lấy bẹ."),
    ("h", "II. CÁC ĐƠN VỊ THU GOM"),
    ("p", "- Tổ hợp tác thu gom bẹ cau thôn Làng Mon (xã Sơn Kỳ): 46 hộ, dự kiến 600.000 bẹ."),
    ("p", "- Tổ hợp tác phụ nữ Hrê thôn Gò Da (xã Ba Vinh): 32 hộ, dự kiến 420.000 bẹ."),
    ("p", "- HTX Nông lâm nghiệp Sơn Kỳ: 03 điểm gom, dự kiến 700.000 bẹ."),
    ("p", "- HTX Dịch vụ tổng hợp Ba Vinh: 02 điểm gom, dự kiến 350.000 bẹ."),
    ("h", "III. PHÂN CÔNG VÀ HẠN HOÀN THÀNH"),
    ("n", "Các việc xếp theo tháng phải xong. Cột “Ngày làm việc thứ” ghi hạn của việc: ngày làm việc thứ mấy của tháng "
          "ghi ở cột đầu, đếm từ ngày làm việc đầu tiên của tháng, không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ, Tết "
          "(ngày 01/01/2027 là ngày nghỉ); “cuối” là ngày làm việc cuối cùng của tháng. Ô “Cùng làm” để trống là "
          "không có đơn vị cùng làm."),
]

HEAD_ROW = ["Tháng", "Ngày làm việc thứ", "Việc", "Phụ trách", "Cùng làm"]
#: (month, [(ordinal working day, work, in charge, with), …])
MONTHS = [
    ("11/2026", [
        ("10", "Ký hợp đồng thu mua bẹ cau mùa khô với 02 tổ hợp tác, 02 hợp tác xã; chốt giá bẹ loại A 1.200 "
               "đồng/bẹ, loại B 700 đồng/bẹ", "Phòng Thu mua nguyên liệu", "Phòng Kế toán"),
        ("cuối", "Tập huấn cách nhặt, phơi và xếp bẹ (không bóc bẹ trên cây, không để bẹ ướt quá hai ngày) cho thành "
                 "viên các tổ hợp tác, hợp tác xã", "Tổ Kiểm phẩm", "Trung tâm Khuyến nông tỉnh"),
    ]),
    ("12/2026", [
        ("3", "Dựng 04 nhà phơi bẹ có mái che tại các điểm gom", "Tổ Kho vận", "HTX Nông lâm nghiệp Sơn Kỳ"),
        ("15", "Cân, phân loại bẹ lần đầu tại các điểm gom; mở sổ theo dõi số bẹ của từng hộ",
         "Phòng Thu mua nguyên liệu", "Tổ Kiểm phẩm"),
        ("cuối", "Lập hồ sơ đề nghị chứng nhận an toàn vật liệu tiếp xúc thực phẩm cho dòng khay mới", "Tổ Kiểm phẩm",
         "Phòng Kinh doanh - Xuất khẩu"),
    ]),
    ("01/2027", [
        ("5", "Trả tiền bẹ đợt 1 vào tài khoản của các tổ hợp tác, hợp tác xã", "Phòng Kế toán", ""),
        ("12", "Ép thử 2.000 đĩa từ bẹ của mỗi điểm gom, tính tỷ lệ đạt loại xuất khẩu", "Xưởng Ép khuôn",
         "Tổ Kiểm phẩm"),
    ]),
    ("3/2027", [
        ("1", "Nhận 20 phụ nữ của các tổ hợp tác vào làm thời vụ cắt, mài viền sản phẩm tại xưởng", "Xưởng Ép khuôn",
         "Hội Liên hiệp Phụ nữ xã Ba Vinh"),
        ("cuối", "Sơ kết thu mua mùa khô, điều chỉnh giá bẹ loại B", "Phòng Thu mua nguyên liệu", "Phòng Kế toán"),
    ]),
    ("6/2027", [
        ("8", "Trả thưởng cuối mùa 50 đồng/bẹ cho các tổ hợp tác, hợp tác xã giao đủ sản lượng đã ký",
         "Phòng Kế toán", "Phòng Thu mua nguyên liệu"),
        ("cuối", "Tổng kết mùa khô 2026 - 2027, ký tiếp hợp đồng mùa 2027 - 2028", "Phòng Thu mua nguyên liệu",
         "Phòng Kinh doanh - Xuất khẩu"),
    ]),
]

AFTER = [
    ("h", "IV. VỚI CÁC ĐƠN VỊ THU GOM"),
    ("p", "Đề nghị các tổ hợp tác, hợp tác xã báo số bẹ đã gom ở từng điểm cho Phòng Thu mua nguyên liệu trước 10 giờ "
          "sáng thứ Hai hằng tuần để Công ty bố trí xe nhận bẹ."),
    ("p", "Các phòng, tổ, xưởng chủ động làm theo phân công; khi có vướng mắc báo ngay Giám đốc Công ty./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- Các THT, HTX thu gom;", "- UBND xã Sơn Kỳ, xã Ba Vinh;",
            "- Các phòng, tổ, xưởng;", "- Lưu: VT, P.TMNL."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Phạm Ngọc Diệp", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20261106143000+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>',
            "n": f'<p class="note">{e(text)}</p>'}[kind]


def table() -> list[str]:
    out = ['<table class="work">',
           '<colgroup><col style="width:11%"><col style="width:11%"><col style="width:44%"><col style="width:17%">'
           '<col style="width:17%"></colgroup>',
           '<tr class="h">' + "".join(f'<td>{e(h)}</td>' for h in HEAD_ROW) + '</tr>']
    for month, rows in MONTHS:
        for n, (day, work, lead, partner) in enumerate(rows):
            first = f'<td class="m" rowspan="{len(rows)}">{e(month)}</td>' if n == 0 else ''
            out.append(f'<tr>{first}<td class="d">{e(day)}</td><td>{e(work)}</td><td>{e(lead)}</td>'
                       f'<td>{e(partner)}</td></tr>')
    out.append('</table>')
    return out


def build_html() -> str:
    out = page_start("Kế hoạch 28/KH-LCSH", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(kind, text) for kind, text in BEFORE]
    out += table()
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
