"""Print b_da-nang_12-KH-HP-2026_xe-dap-du-lich-cung-htx.pdf, the two-hundred-and-sixty-fifth held-out set's PDF, from
``sources/b_da-nang_12-KH-HP-2026_xe-dap-du-lich-cung-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen265/make_pdf.py

A bicycle-tour company's plan (March 2026) for opening a cycling route through a vegetable village, a coconut forest and
a craft village with the cooperatives that receive its guests: the opening, I. purposes, II. the route and its
cooperatives (facts), III. a note, then the work as a cyclists' CUE SHEET — one row a task, Km | Hướng | Chặng việc |
Dẫn đoàn | Bám bánh | Về đích — the running kilometre mark standing for the task's number, a turn arrow (↑ ↱ ↰, ⟳ for
work that comes round again, ⚑ for the finish), "Dẫn đoàn" the lead, "Bám bánh" the partners ("—" none), "Về đích"
the time; IV. closing; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Sans.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_da-nang_12-KH-HP-2026_xe-dap-du-lich-cung-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 18mm 15mm 18mm 25mm; }
body { font-family: "DejaVu Sans"; font-size: 10.5pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 9.5pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 12.5pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 11.5pt; text-align: center; margin: 2pt 0 10pt; }
h3 { font-size: 11pt; margin: 8pt 0 4pt; }
p.t { text-indent: 8mm; text-align: justify; margin: 0 0 4pt; }
p.note { font-style: italic; font-size: 9.5pt; border-left: 3px solid #888; padding-left: 3mm; margin: 2pt 0 6pt; }
table.cue { width: 100%; border-collapse: collapse; font-size: 9.5pt; margin: 4pt 0 8pt; }
table.cue th { background: #222; color: #fff; padding: 3pt 4pt; text-align: left; font-weight: bold; }
table.cue td { border-bottom: 1px solid #999; padding: 4pt 4pt; vertical-align: top; }
table.cue tr:nth-child(even) td { background: #f1f1f1; }
td.km { font-weight: bold; font-size: 11pt; white-space: nowrap; text-align: right; }
td.dir { font-size: 14pt; text-align: center; }
td.lead { font-weight: bold; }
td.due { white-space: nowrap; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 9pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("DU LỊCH XE ĐẠP HOÀI PHỐ", "b"), ("Số: 12/KH-HP", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đà Nẵng, ngày 06 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mở tuyến đạp xe “Ruộng rau - Rừng dừa - Làng tre” cùng các hợp tác xã đón khách mùa du lịch 2026"

BEFORE = [
    ("p", "Năm 2025 Công ty đưa gần 6.900 lượt khách đạp xe quanh phường Hội An, phần lớn chỉ đi ngang ruộng rau và "
          "rừng dừa rồi quay về, người làm vườn, chèo thúng hầu như không có thu nhập từ khách. Giám đốc Công ty ban "
          "hành Kế hoạch mở một tuyến đạp xe dài 28 km, mỗi điểm dừng do một hợp tác xã đón khách."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Từ tháng 5/2026 bán đều tour nửa ngày và cả ngày trên tuyến mới, ít nhất 1.500 lượt khách trong năm."),
    ("p", "- Mỗi hợp tác xã trên tuyến có khoản thu cố định theo đầu khách, được trả đúng hẹn."),
    ("h", "II. TUYẾN ĐƯỜNG VÀ CÁC HỢP TÁC XÃ"),
    ("p", "Xuất phát ở văn phòng Công ty, qua ruộng rau của HTX Rau hữu cơ Trà Quế Xanh (phường Hội An Tây), đường đê "
          "ven sông, rừng dừa nước của HTX Thuyền thúng Cẩm Thanh (phường Hội An Đông), làng tre của HTX Tre đan Cẩm "
          "Kim rồi trở về. Có hai đoạn đường bờ ruộng hẹp khách phải xuống dắt xe."),
    ("h", "III. CÁC CHẶNG VIỆC"),
    ("note", "Bảng dưới đây viết như tờ chỉ đường cầm tay của đoàn đạp xe: cột Km là mốc cộng dồn, cũng là "
                         "số thứ tự của việc; “Dẫn đoàn” là bộ phận chịu trách nhiệm chính; “Bám bánh” là bộ phận, "
                         "đơn vị đi cùng (gạch ngang: không có); “Về đích” là lúc việc phải xong. Mũi tên ⟳ chỉ việc "
                         "lặp lại."),
]

# (km, arrow, work, lead, [partners], time)
ROWS = [
    ("0,0", "↑", "Đạp thử toàn tuyến 28 km; đánh dấu 06 điểm dừng, 02 đoạn bờ ruộng phải dắt xe và chỗ đặt thùng nước "
                 "uống cho khách", "Phòng Điều hành", ["Tổ Kỹ thuật xe"], "20/3/2026"),
    ("3,5", "↱", "Thống nhất với HTX Rau hữu cơ Trà Quế Xanh buổi “một giờ làm nông dân”: xới đất, gieo hạt, tưới rau "
                 "bằng gánh; giá trọn gói mỗi khách", "Phòng Điều hành", ["HTX Rau hữu cơ Trà Quế Xanh"],
     "31/3/2026"),
    ("7,2", "↰", "Đặt bữa trưa rau quê tại nhà vườn của thành viên hợp tác xã, có thực đơn chay và thực đơn cho khách "
                 "dị ứng đậu phộng", "Tổ Hướng dẫn viên", ["HTX Rau hữu cơ Trà Quế Xanh", "Phòng Điều hành"],
     "Tháng 4/2026"),
    ("9,0", "↑", "Làm việc với Ủy ban nhân dân phường Hội An Tây về đoạn đê ven sông; xin đặt biển nhắc xe máy đi "
                 "chậm nhường xe đạp", "Phòng Điều hành", ["HTX Rau hữu cơ Trà Quế Xanh"], "15/4/2026"),
    ("12,4", "↱", "Ký hợp đồng đi thúng trong rừng dừa; kiểm tra đủ áo phao, giấy chứng nhận người chèo của từng "
                  "thúng", "Phòng Kế toán", ["Phòng Điều hành", "HTX Thuyền thúng Cẩm Thanh"], "15/4/2026"),
    ("15,8", "↑", "Tập huấn người đón khách của các hợp tác xã: vài câu tiếng Anh thường dùng, cách sơ cứu khi khách "
                  "té xe, say nắng", "Tổ Hướng dẫn viên", ["Trung tâm Y tế khu vực Hội An"], "30/4/2026"),
    ("19,4", "↰", "Đặt 40 giỏ tre gắn xe của HTX Tre đan Cẩm Kim; thay lốp, má phanh cho cả đội xe trước mùa",
     "Tổ Kỹ thuật xe", ["Phòng Kế toán"], "25/4/2026"),
    ("22,0", "↱", "Quay video, chụp ảnh tuyến, đăng bán tour trên trang web và các sàn du lịch, ghi tên từng hợp tác xã "
                  "đón khách", "Nhóm Bán hàng trực tuyến", ["Phòng Điều hành"], "01/5/2026"),
    ("25,6", "⟳", "Trả tiền dịch vụ cho các hợp tác xã vào thứ Sáu hằng tuần theo số khách thực đi",
     "Phòng Kế toán", [], "Hằng tuần"),
    ("27,3", "⟳", "Thu phiếu nhận xét của khách, chuyển những ý kiến về điểm dừng cho hợp tác xã liên quan",
     "Tổ Hướng dẫn viên", [], "Sau mỗi tour"),
    ("28,0", "⚑", "Ngồi lại với các hợp tác xã sơ kết mùa du lịch, thống nhất giá và số khách mùa 2027",
     "Giám đốc Công ty", ["Phòng Điều hành", "Phòng Kế toán"], "Tháng 10/2026"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, tổ, nhóm nêu tại mục III làm đúng các chặng việc; việc phát sinh trên tuyến báo Phòng Điều "
          "hành trong ngày để xử lý./."),
]

NOI_NHAN = ["Nơi nhận:", "- Các HTX trên tuyến;", "- Các phòng, tổ, nhóm;", "- Lưu: VT."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Võ Thị Hạnh Nguyên", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260306101500+07'00'"


def block(kind: str, text: str) -> str:
    if kind == "h":
        return f'<h3>{e(text)}</h3>'
    cls = "t" if kind == "p" else "note"
    return f'<p class="{cls}">{e(text)}</p>'


def row(km: str, arrow: str, work: str, lead: str, partners: list[str], time: str) -> str:
    part = "; ".join(e(p) for p in partners) or "—"
    return (f'<tr><td class="km">{e(km)}</td><td class="dir">{arrow}</td><td class="work">{e(work)}</td>'
            f'<td class="lead">{e(lead)}</td><td class="with">{part}</td><td class="due">{e(time)}</td></tr>')


def build_html() -> str:
    out = page_start("Kế hoạch 12/KH-HP", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out += ['<table class="cue">',
            '<colgroup><col style="width:8%"><col style="width:6%"><col style="width:40%"><col style="width:16%">'
            '<col style="width:18%"><col style="width:12%"></colgroup>',
            '<thead><tr><th>Km</th><th>Hướng</th><th>Chặng việc</th><th>Dẫn đoàn</th><th>Bám bánh</th>'
            '<th>Về đích</th></tr></thead>', '<tbody>']
    out += [row(*entry) for entry in ROWS]
    out += ['</tbody>', '</table>']
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
