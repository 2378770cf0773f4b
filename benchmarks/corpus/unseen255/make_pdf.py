"""Print b_dong-nai_33-KH-NTPA-2026_noi-that-gia-cong-dan-htx-cot-htx.pdf, the two-hundred-and-fifty-fifth held-out
set's PDF, from ``sources/b_dong-nai_33-KH-NTPA-2026_noi-that-gia-cong-dan-htx-cot-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen255/make_pdf.py

A furniture maker's plan (August 2026) for putting the weaving of water-hyacinth chairs and rattan baskets out to two
cooperatives: the opening, I. purposes, II. the cooperatives (facts), III. a note, then one bordered table whose ROWS
ARE DATED STAGES (Hạn) and whose COLUMNS ARE THE COOPERATIVES (one column each, and "Việc chung"): each cell one work
ending in an italic dash and the company's unit in charge; the cooperative at the head of the column works with it,
"—" a cell with no work; IV. closing; the signature beside "Nơi nhận".

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
STEM = "b_dong-nai_33-KH-NTPA-2026_noi-that-gia-cong-dan-htx-cot-htx"
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
table.grid { width: 100%; border-collapse: collapse; font-size: 10.5pt; margin: 4pt 0 8pt; }
table.grid td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; }
table.grid tr.top td { font-weight: bold; text-align: center; background: #ececec; }
td.when { font-weight: bold; text-align: center; }
td.none { text-align: center; }
span.unit { font-style: italic; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("NỘI THẤT PHƯỚC AN", "b"), ("Số: 33/KH-NTPA", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đồng Nai, ngày 14 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Đặt hợp tác xã đan ghế lục bình, giỏ mây cho đơn hàng xuất khẩu quý IV/2026"

BEFORE = [
    ("p", "Đơn hàng của khách Nhật Bản và Úc cho quý IV/2026 gồm 1.200 ghế khung sắt bọc lục bình và 800 giỏ, khay "
          "mây đan tay. Xưởng của Công ty chỉ làm khung, sơn tĩnh điện và đóng gói; phần đan cần khoảng 140 thợ, vượt "
          "sức của tổ đan hiện có. Tổng Giám đốc giao lập Kế hoạch này để chuyển phần đan cho hợp tác xã."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Giao hàng đúng hẹn cho khách, tỷ lệ hàng đan phải sửa dưới 3%."),
    ("p", "- Thợ đan của hợp tác xã có việc đều trong mùa khô, được trả công đúng hạn."),
    ("h", "II. HAI HỢP TÁC XÃ NHẬN GIA CÔNG"),
    ("p", "HTX Lục bình Tân Hòa có 96 thợ đan, tự phơi, sấy lục bình; HTX Mây tre lá Phú An có 52 thợ, quen làm giỏ, khay "
          "xuất khẩu. Cả hai đã có mã số thuế, xuất được hóa đơn."),
    ("h", "III. LỊCH VIỆC"),
    ("p", "Mỗi hàng của bảng là một mốc, việc trong hàng phải xong theo mốc ở cột đầu. Trong mỗi ô, tên in nghiêng sau "
          "gạch ngang là bộ phận của Công ty chịu trách nhiệm; hợp tác xã ghi ở đầu cột là bên cùng làm việc đó. Ở cột "
          "“Việc chung”, bên cùng làm (nếu có) ghi trong ngoặc. Ô có dấu “—” là mốc đó không có việc."),
]

COOPS = ["HTX Lục bình Tân Hòa", "HTX Mây tre lá Phú An", "Việc chung"]
# (time, [cell per column]); a cell is None ("—") or (work, unit)
ROWS = [
    ("Trước 31/8/2026",
     [("Khảo sát số thợ, sân phơi, kho chứa lục bình khô; chụp ảnh mẫu đan đã làm", "Phòng Mua hàng"),
      ("Giao mẫu khung khay, giỏ để hợp tác xã đan thử 20 bộ, ghi thời gian mỗi bộ", "Phòng Thiết kế - Mẫu"),
      None]),
    ("Tháng 9/2026",
     [("Tập huấn đan bện sợi kép và cách sấy chống mốc lục bình cho tổ trưởng các tổ đan", "Xưởng Hoàn thiện"),
      None,
      ("Chốt đơn giá gia công từng mã hàng, trình Tổng Giám đốc duyệt (cùng Phòng Mua hàng)",
       "Phòng Kế hoạch - Giá thành")]),
    ("Trước 15/10/2026",
     [("Ký hợp đồng gia công 1.200 ghế lục bình, giao khung sắt theo ba đợt", "Phòng Kế hoạch - Giá thành"),
      ("Ký hợp đồng gia công 800 giỏ, khay mây; thống nhất mẫu chuẩn có niêm phong", "Phòng Kế hoạch - Giá thành"),
      None]),
    ("Quý IV/2026",
     [("Kiểm tra từng lô ghế ngay tại hợp tác xã trước khi chở về kho", "Phòng Quản lý chất lượng"),
      ("Ứng trước 30% tiền công để hợp tác xã mua mây, sơn bóng gốc nước", "Phòng Tài chính - Kế toán"),
      ("Chạy xe gom hàng từ hai hợp tác xã về nhà máy mười ngày một chuyến", "Đội Vận tải")]),
    ("Tháng 01/2027",
     [None, None,
      ("Họp rút kinh nghiệm với hai hợp tác xã, đề xuất thưởng cho tổ đan giao đủ, đúng hẹn (cùng Phòng Tài chính - "
       "Kế toán)", "Phòng Mua hàng")]),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, xưởng, đội bám lịch trên; hợp đồng ký với hợp tác xã ghi rõ các mốc của bảng. Vướng mắc "
          "báo Phó Tổng Giám đốc sản xuất./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT (b/c);", "- HTX Lục bình Tân Hòa;", "- HTX Mây tre lá Phú An;",
            "- Các phòng, xưởng, đội;", "- Lưu: VT."]
SIGN = [("KT. TỔNG GIÁM ĐỐC", "b"), ("PHÓ TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""),
        ("Vương Đình Khải", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:45 in Việt Nam
PDF_DATE = b"D:20260814104500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def cell(entry) -> str:
    if entry is None:
        return '<td class="none">—</td>'
    work, unit = entry
    return f'<td>{e(work)} — <span class="unit">{e(unit)}</span></td>'


def build_html() -> str:
    out = page_start("Kế hoạch 33/KH-NTPA", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out += ['<table class="grid">',
            '<colgroup><col style="width:16%"><col style="width:28%"><col style="width:28%"><col style="width:28%">'
            '</colgroup>',
            '<tr class="top"><td>Hạn</td>' + "".join(f'<td>{e(c)}</td>' for c in COOPS) + '</tr>']
    for time, cells in ROWS:
        out.append(f'<tr><td class="when">{e(time)}</td>' + "".join(cell(c) for c in cells) + '</tr>')
    out += ['</table>']
    out += [block(*entry) for entry in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
