"""Print b_phu-tho_19-KH-GDDB-2026_vo-do-htx-phan-so-theo-dot.pdf, the two-hundred-and-thirty-second held-out set's
PDF, from ``sources/b_phu-tho_19-KH-GDDB-2026_vo-do-htx-phan-so-theo-dot.html``.

    .venv/bin/python benchmarks/corpus/unseen232/make_pdf.py

A dó-paper maker's plan (September 2026) for buying the dó bark of forest cooperatives and bark-stripping groups in the
2026 - 2027 season: the bases, I. purposes, II. the three PURCHASE LOTS with their dates (a facts table), III. a legend
and one table TT | Việc | Đơn vị | Thời hạn whose "Đơn vị" cell is written as a FRACTION — the lead above a short
rule, the partners below it (nothing below: no partner) — and whose times are given BY LOT ("Trước Đợt I", "Hết Đợt
II", "Giữa Đợt II và Đợt III", "Suốt 3 đợt", "Sau Đợt III 15 ngày"); IV. the cooperatives' part; the signature beside
"Nơi nhận".

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
STEM = "b_phu-tho_19-KH-GDDB-2026_vo-do-htx-phan-so-theo-dot"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.legend { font-style: italic; text-align: justify; margin: 0 0 6pt; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; font-size: 11pt; }
th, td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: middle; }
th { text-align: center; }
td.c { text-align: center; }
td.frac { text-align: center; width: 27%; }
.frac .up { padding-bottom: 3pt; }
.frac .down { border-top: 1.2px solid #000; margin: 0 12%; padding-top: 3pt; min-height: 12pt; }
tr { break-inside: avoid; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("GIẤY DÓ ĐÀ BẮC", "b"), ("Số: 19/KH-GDĐB", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đà Bắc, ngày 09 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thu mua vỏ dó niên vụ 2026 - 2027 từ các hợp tác xã, tổ hợp tác liên kết"

OPENING = [
    ("p", "Theo hợp đồng nguyên tắc về liên kết trồng, khai thác và tiêu thụ vỏ dó ký ngày 12/6/2026 giữa Công ty với "
          "các hợp tác xã, tổ hợp tác ở các xã Đà Bắc, Tiền Phong, Mường Chiềng và số đơn đặt giấy dó làm tranh, "
          "làm sách và giấy bồi tu sửa tài liệu năm 2027 (khoảng 64.000 tờ), Công ty lập Kế hoạch thu mua vỏ dó niên "
          "vụ 2026 - 2027 như sau."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Thu mua 38 tấn vỏ dó khô loại 1 và loại 2, đủ nguyên liệu seo giấy cả năm 2027; giá mua không thấp hơn "
          "giá sàn ghi trong hợp đồng nguyên tắc."),
    ("p", "- Thợ bóc vỏ của các tổ hợp tác bóc đúng kỹ thuật, không làm chết gốc dó; mọi lô vỏ có hồ sơ nguồn gốc."),
    ("h", "II. CÁC ĐỢT THU MUA"),
]

LOT_HEAD = ["Đợt", "Từ ngày", "Đến ngày", "Loại vỏ chủ yếu", "Sản lượng dự kiến"]
LOTS = [
    ("Đợt I", "01/10/2026", "31/10/2026", "Vỏ cành tỉa mùa thu", "9 tấn"),
    ("Đợt II", "15/11/2026", "15/12/2026", "Vỏ cây chặt sát gốc", "17 tấn"),
    ("Đợt III", "01/3/2027", "31/3/2027", "Vỏ mùa xuân (nhựa lên, dễ bóc)", "12 tấn"),
]

LEGEND = ("Cách đọc cột “Đơn vị”: tên ghi trên vạch ngang là đơn vị chủ trì; tên ghi dưới vạch là đơn vị phối hợp; "
          "dưới vạch để trống là việc không có đơn vị phối hợp. Cột “Thời hạn” tính theo ngày của các đợt ở mục II.")

TASK_HEAD = ["TT", "Việc", "Đơn vị", "Thời hạn"]
# (number, work, lead above the rule, partners below it, time)
TASKS = [
    ("1", "Ký hợp đồng mua vỏ niên vụ 2026 - 2027 với 03 hợp tác xã và 02 tổ hợp tác; chốt giá từng loại vỏ",
     "Bộ phận Thu mua vỏ", "Phòng Kế toán - Hành chính", "Trước Đợt I"),
    ("2", "Tập huấn cách bóc vỏ không làm chết gốc, phơi vỏ trên giàn tre cho thợ bóc của các tổ hợp tác",
     "Tổ Kỹ thuật rừng dó", "HTX Lâm nghiệp Tiền Phong", "Trước Đợt I"),
    ("3", "Cân, phân loại và nhận vỏ tại 03 điểm gom; ghi phiếu nhận cho từng hộ", "Bộ phận Thu mua vỏ",
     "Xưởng Nấu - Giã", "Hết Đợt I"),
    ("4", "Trả tiền vỏ của Đợt I cho hợp tác xã, tổ hợp tác qua tài khoản", "Phòng Kế toán - Hành chính", "",
     "Trước Đợt II"),
    ("5", "Seo thử giấy từ vỏ Đợt I, đo độ dai, độ trắng; báo cho từng hợp tác xã lô đạt và lô phải sửa cách phơi",
     "Xưởng Seo giấy", "Bộ phận Thu mua vỏ", "Trước Đợt II"),
    ("6", "Đo vẽ 40 ha dó trồng xen của tổ hợp tác xóm Sưng, lập hồ sơ nguồn gốc lâm sản cho vỏ bán ra",
     "Tổ Kỹ thuật rừng dó", "Hạt Kiểm lâm khu vực Đà Bắc, UBND xã Tiền Phong", "Hết Đợt II"),
    ("7", "Hướng dẫn HTX Nông lâm Mường Chiềng ươm 20.000 cây dó giống để trồng dặm vào vườn đã khai thác",
     "Tổ Kỹ thuật rừng dó", "", "Giữa Đợt II và Đợt III"),
    ("8", "Ghi sổ giao nhận vỏ theo từng hộ thành viên để hợp tác xã chia tiền đúng cho hộ",
     "Bộ phận Thu mua vỏ", "Phòng Kế toán - Hành chính", "Suốt 3 đợt"),
    ("9", "Nhận vỏ mùa xuân, ưu tiên vỏ của các vườn đã có hồ sơ nguồn gốc", "Bộ phận Thu mua vỏ",
     "Xưởng Nấu - Giã, Tổ Kỹ thuật rừng dó", "Hết Đợt III"),
    ("10", "Tổng kết niên vụ, tính giá sàn vỏ dó niên vụ 2027 - 2028 trình Giám đốc", "Phòng Kế toán - Hành chính",
     "Bộ phận Thu mua vỏ", "Sau Đợt III 15 ngày"),
]

CLOSING = [
    ("h", "IV. VIỆC CỦA BÊN BÁN VỎ"),
    ("p", "Các hợp tác xã, tổ hợp tác báo danh sách thợ bóc vỏ và diện tích dó đến kỳ khai thác về Bộ phận Thu mua vỏ "
          "trước ngày 25/9/2026; chỉ bóc vỏ cây đủ 3 năm tuổi trở lên."),
    ("p", "Các bộ phận căn cứ bảng phân công trên chủ động làm; vướng mắc báo Giám đốc để xử lý./."),
]

NOI_NHAN = ["Nơi nhận:", "- Các HTX, THT liên kết;", "- UBND các xã Đà Bắc, Tiền Phong, Mường Chiềng;",
            "- Các bộ phận Công ty;", "- Lưu: VT."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Đinh Thị Hồng Nhung", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20260909142000+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def lot_table() -> list[str]:
    out = ['<table>', '<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in LOT_HEAD) + '</tr></thead>', '<tbody>']
    for lot in LOTS:
        out.append('<tr>' + "".join(f'<td class="c">{e(v)}</td>' for v in lot) + '</tr>')
    return out + ['</tbody>', '</table>']


def task_table() -> list[str]:
    out = ['<table>', '<colgroup><col style="width:6%"><col style="width:49%"><col style="width:27%">'
           '<col style="width:18%"></colgroup>',
           '<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in TASK_HEAD) + '</tr></thead>', '<tbody>']
    for number, work, lead, partners, time in TASKS:
        down = e(partners) if partners else "&nbsp;"
        out.append(f'<tr><td class="c">{e(number)}</td><td>{e(work)}</td>'
                   f'<td class="frac"><div class="up">{e(lead)}</div><div class="down">{down}</div></td>'
                   f'<td class="c">{e(time)}</td></tr>')
    return out + ['</tbody>', '</table>']


def build_html() -> str:
    out = page_start("Kế hoạch 19/KH-GDĐB", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in OPENING]
    out += lot_table()
    out.append(block("h", "III. PHÂN CÔNG THỰC HIỆN"))
    out.append(f'<p class="legend">{e(LEGEND)}</p>')
    out += task_table()
    out += [block(*entry) for entry in CLOSING]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
