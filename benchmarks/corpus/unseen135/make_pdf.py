"""Write b_gia-lai_47-KH-VKS-P10-2026_vien-kiem-sat-htx-luoi-don-vi-quy.pdf, the hundred-and-thirty-fifth held-out
set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen135/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen135/make_pdf.py --html-only

A provincial procuracy's plan (Viện kiểm sát nhân dân tỉnh, June 2026) for watching over the bankruptcy cases and the
business disputes in which a cooperative is a party: I. purposes, II. ONE GRID whose ROWS ARE THE UNITS (Phòng 10,
Phòng 9, Phòng 11, two regional procuracies in one row, Văn phòng) and whose COLUMNS ARE THE QUARTERS (Quý III/2026 |
Quý IV/2026): each "-" line in a cell is a task of its row's unit in its column's quarter, an empty cell a dash, one
cell spanning both quarters ("Thường xuyên: …"), one line with its own date; the laws cited with their years inside
the tasks; III. three numbered paragraphs, two of them tasks; the signature beside "Nơi nhận".

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
STEM = "b_gia-lai_47-KH-VKS-P10-2026_vien-kiem-sat-htx-luoi-don-vi-quy"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 45% 55%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.grid { width: 100%; border-collapse: collapse; font-size: 10pt; margin: 4pt 0 8pt; }
table.grid th, table.grid td { border: 0.5pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.grid th { text-align: center; }
table.grid tr { break-inside: avoid; }
table.grid td.unit { font-weight: bold; }
table.grid td.none { text-align: center; }
table.grid p { margin: 0 0 3pt; text-align: left; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("VIỆN KSND TỐI CAO", ""), ("VIỆN KIỂM SÁT NHÂN DÂN", "b"), ("TỈNH GIA LAI", "b"),
             ("Số: 47/KH-VKS-P10", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Gia Lai, ngày 26 tháng 6 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Kiểm sát việc giải quyết các việc phá sản, vụ tranh chấp kinh doanh, thương mại có đương sự là hợp tác xã "
            "6 tháng cuối năm 2026")

BEFORE = [
    ("p", "Căn cứ Luật Tổ chức Viện kiểm sát nhân dân năm 2014, được sửa đổi, bổ sung năm 2025; Luật Phá sản năm 2014; "
          "Luật Hợp tác xã năm 2023; Kế hoạch công tác năm 2026 của Viện kiểm sát nhân dân tỉnh Gia Lai."),
    ("p", "Sáu tháng đầu năm 2026, Tòa án nhân dân tỉnh và các Tòa án nhân dân khu vực đã thụ lý 06 việc phá sản và 17 "
          "vụ tranh chấp hợp đồng có đương sự là hợp tác xã, phần lớn là hợp tác xã nông nghiệp và hợp tác xã vận tải "
          "sau sắp xếp; nhiều vụ kéo dài, quyền lợi của thành viên chưa được bảo đảm. Viện kiểm sát nhân dân tỉnh xây "
          "dựng Kế hoạch kiểm sát chuyên đề như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Nắm chắc từng việc, vụ có đương sự là hợp tác xã; phát hiện kịp thời vi phạm trong thụ lý, giải quyết và "
          "thi hành để kiến nghị khắc phục."),
    ("p", "- Các đơn vị làm đúng chức năng, phối hợp chặt chẽ; không làm ảnh hưởng đến hoạt động bình thường của hợp "
          "tác xã."),
    ("h", "II. NỘI DUNG, PHÂN CÔNG THEO QUÝ"),
    ("p", "Các đơn vị thực hiện các nội dung ghi ở hàng của đơn vị mình, trong quý ghi ở cột tương ứng:"),
]

QUARTERS = ["Quý III/2026", "Quý IV/2026"]
# (unit, third quarter's lines, fourth quarter's lines); None an empty cell (a dash); a str for both quarters spans them
GRID = [
    ("Phòng 10",
     ["- Lập sổ theo dõi riêng các việc phá sản, vụ tranh chấp kinh doanh, thương mại có đương sự là hợp tác xã "
      "đang giải quyết tại Tòa án nhân dân tỉnh.",
      "- Kiểm sát trực tiếp việc mở thủ tục phá sản HTX Dịch vụ nông nghiệp Ia Pết theo Điều 42 Luật Phá sản năm 2014; "
      "phối hợp với Phòng 11 theo dõi việc thanh lý tài sản."],
     ["- Chủ trì, phối hợp với Tòa án nhân dân tỉnh tổ chức 01 phiên tòa rút kinh nghiệm vụ tranh chấp hợp đồng giữa "
      "hợp tác xã và thành viên."]),
    ("Phòng 9",
     None,
     ["- Tổng hợp các vụ án dân sự tranh chấp quyền sử dụng đất, tài sản chung giữa hợp tác xã và hộ thành viên đã "
      "giải quyết từ năm 2024 đến nay; chỉ ra vi phạm thường gặp."]),
    ("Phòng 11",
     ["- Kiểm sát việc thi hành 03 quyết định tuyên bố phá sản hợp tác xã, chú ý việc chia tài sản không chia theo "
      "Điều 86 Luật Hợp tác xã năm 2023."],
     None),
    ("VKSND khu vực 1 - Gia Lai,\nVKSND khu vực 5 - Gia Lai",
     ["- Kiểm sát việc thụ lý, trả lại đơn khởi kiện của thành viên đối với hợp tác xã tại Tòa án nhân dân khu vực "
      "cùng cấp; gửi danh sách về Phòng 10 trước ngày 15/8/2026."],
     ["- Tham gia đầy đủ các phiên tòa, phiên họp giải quyết việc, vụ có đương sự là hợp tác xã; phát hiện vi phạm "
      "thì kiến nghị ngay."]),
    ("Văn phòng",
     "Thường xuyên: đưa tin kết quả kiểm sát các việc, vụ liên quan đến hợp tác xã lên Trang thông tin điện tử của "
     "Viện.",
     None),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng 10 là đơn vị đầu mối; chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh Gia Lai, Sở Tài chính tổ chức "
          "01 buổi phổ biến pháp luật về phá sản, giải thể hợp tác xã cho cán bộ quản lý hợp tác xã trong tháng "
          "11/2026."),
    ("p", "2. Văn phòng theo dõi, tổng hợp kết quả của các đơn vị, báo cáo Viện trưởng trước ngày 10/12/2026."),
    ("p", "3. Trong quá trình thực hiện, có vướng mắc thì các đơn vị báo cáo qua Phòng 10 để tổng hợp, trình Lãnh đạo "
          "Viện xem xét, giải quyết./."),
]

NOI_NHAN = ["Nơi nhận:", "- VKSND tối cao (Vụ 10) (b/c);", "- Đ/c Viện trưởng (b/c);", "- TAND tỉnh, THADS tỉnh;",
            "- Phòng 9, 10, 11, Văn phòng;", "- VKSND khu vực 1, 5;", "- Lưu: VT, P10."]
SIGN = [("KT. VIỆN TRƯỞNG", "b"), ("PHÓ VIỆN TRƯỞNG", "b"), ("", ""), ("", ""), ("", ""), ("Lương Thị Ngọc Bích", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20260626143000+07'00'"


def cell(lines) -> str:
    if lines is None:
        return '<td class="none">-</td>'
    return '<td>' + "".join(f'<p>{e(line)}</p>' for line in lines) + '</td>'


def unit_cell(unit: str) -> str:
    """A unit's name, two units a line each (a line break after the comma)."""
    return "<br>".join(e(part) for part in unit.split("\n"))


def grid() -> list[str]:
    out = ['<table class="grid">',
           '<colgroup><col style="width:31%"><col style="width:34.5%"><col style="width:34.5%"></colgroup>',
           '<thead><tr><th>Đơn vị</th>' + "".join(f'<th>{e(q)}</th>' for q in QUARTERS) + '</tr></thead>', '<tbody>']
    for unit, third, fourth in GRID:
        if isinstance(third, str):
            out.append(f'<tr><td class="unit">{unit_cell(unit)}</td><td colspan="2"><p>{e(third)}</p></td></tr>')
        else:
            out.append(f'<tr><td class="unit">{unit_cell(unit)}</td>{cell(third)}{cell(fourth)}</tr>')
    out += ['</tbody>', '</table>']
    return out


def paragraphs(items) -> list[str]:
    return [f'<h3>{e(text)}</h3>' if kind == "h" else f'<p class="t">{e(text)}</p>' for kind, text in items]


def build_html() -> str:
    out = page_start("Kế hoạch 47/KH-VKS-P10", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += paragraphs(BEFORE)
    out += grid()
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
