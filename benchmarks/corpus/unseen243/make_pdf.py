"""Print b_vinh-long_52-KH-DDMC-2026_com-dua-htx-ghi-chu-le.pdf, the two-hundred-and-forty-third held-out set's PDF,
from ``sources/b_vinh-long_52-KH-DDMC-2026_com-dua-htx-ghi-chu-le.html``.

    .venv/bin/python benchmarks/corpus/unseen243/make_pdf.py

A coconut-oil pressing company's plan (November 2026) for buying the dried coconut meat (copra) of its linked
cooperatives and cooperative groups in 2027: the opening, I. targets, II. a note on how the margin is read, then ten
numbered task paragraphs in a wide column, each with a SIDENOTE IN A NARROW RIGHT-HAND MARGIN COLUMN in small type
("CT: …" the lead, "PH: …" the partners, "Hạn: …" the time); III. the closing sentence; the signature beside
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
STEM = "b_vinh-long_52-KH-DDMC-2026_com-dua-htx-ghi-chu-le"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 12mm 20mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.row { display: grid; grid-template-columns: 70% 30%; margin: 0 0 6pt; break-inside: avoid; }
.row p.task { text-align: justify; margin: 0; padding-right: 4mm; }
.row .side { border-left: 1.5pt solid #555; padding-left: 3mm; font-size: 9pt; line-height: 1.3; }
.row .side p { margin: 0; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("DẦU DỪA MỎ CÀY", "b"), ("Số: 52/KH-DDMC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Vĩnh Long, ngày 05 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mua cơm dừa khô năm 2027 từ hợp tác xã, tổ hợp tác trong vùng nguyên liệu"

BEFORE = [
    ("p", "Năm 2026 Công ty ép được 3.150 tấn dầu dừa thô từ cơm dừa khô mua của 05 hợp tác xã và 04 tổ hợp tác; "
          "có 11% số lô cơm dừa bị nấm mốc do sấy không đều, làm chỉ số axit của dầu vượt mức khách hàng cho phép. "
          "Để có đủ nguyên liệu đạt chuẩn cho năm 2027, Công ty ban hành Kế hoạch này."),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Mua 9.800 tấn cơm dừa khô của vùng liên kết; độ ẩm cơm dừa giao kho không quá 7%."),
    ("p", "- Không còn lô cơm dừa nấm mốc; 100% hợp tác xã liên kết có lò sấy gián tiếp."),
    ("h", "II. NHIỆM VỤ"),
    ("p", "Ghi chú: lề phải của mỗi việc ghi đơn vị chủ trì (CT), đơn vị phối hợp (PH) và hạn hoàn thành (Hạn). "
          "Ghi chú lề không có dòng PH là việc không có đơn vị phối hợp."),
]

# (number, text, [sidenote lines])
TASKS = [
    ("1.", "Ký với từng hợp tác xã, tổ hợp tác hợp đồng cho năm 2027, ghi rõ giá sàn và cách cộng thưởng theo "
           "độ ẩm.", ["CT: Phòng Nguyên liệu", "PH: Phòng Tài chính - Kế toán", "Hạn: 20/12/2026"]),
    ("2.", "Khảo sát lò sấy của các hợp tác xã, lập danh sách lò cần cải tạo sang sấy gián tiếp.",
     ["CT: Phòng Kỹ thuật - Cơ điện", "PH: Phòng Nguyên liệu", "Hạn: 30/11/2026"]),
    ("3.", "Cho hợp tác xã vay không lãi vật tư cải tạo lò sấy, trừ dần vào tiền bán cơm dừa.",
     ["CT: Phòng Tài chính - Kế toán", "Hạn: 31/01/2027"]),
    ("4.", "Cải tạo lò sấy theo bản vẽ mẫu của Công ty và đưa vào sấy thử trước khi vào vụ.",
     ["CT: các HTX liên kết", "PH: Phòng Kỹ thuật - Cơ điện", "Hạn: 28/02/2027"]),
    ("5.", "Tập huấn cho thành viên cách tách cơm dừa, sấy và bảo quản cơm dừa trong bao có lót.",
     ["CT: Phòng Quản lý chất lượng", "PH: Trung tâm Khuyến nông tỉnh; Hội Nông dân tỉnh", "Hạn: tháng 3/2027"]),
    ("6.", "Lấy mẫu, đo độ ẩm và kiểm tra nấm mốc từng lô cơm dừa khi nhập kho; lô không đạt trả lại ngay tại chỗ.",
     ["CT: Phòng Quản lý chất lượng", "PH: Kho nguyên liệu", "Hạn: từng lô nhập"]),
    ("7.", "Điều xe tải gom cơm dừa tại các điểm tập kết của hợp tác xã theo lịch hằng tuần.",
     ["CT: Đội xe", "PH: Kho nguyên liệu", "Hạn: thường xuyên"]),
    ("8.", "Chuyển tiền cơm dừa cho hợp tác xã, tổ hợp tác sau mỗi đợt giao hàng.",
     ["CT: Phòng Tài chính - Kế toán", "Hạn: 03 ngày làm việc sau phiếu nhập kho"]),
    ("9.", "Đề nghị Sở Nông nghiệp và Môi trường xác nhận vùng trồng dừa hữu cơ của 02 hợp tác xã để làm dòng dầu "
           "dừa hữu cơ.", ["CT: Phòng Nguyên liệu", "Hạn: quý II/2027"]),
    ("10.", "Sơ kết 6 tháng, tổng kết năm việc mua cơm dừa, đề xuất giá sàn năm 2028.",
     ["CT: Phòng Nguyên liệu", "PH: Phòng Tài chính - Kế toán, Phòng Quản lý chất lượng", "Hạn: 15/12/2027"]),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Các phòng, đội, kho cùng các HTX, THT trong vùng làm đúng phần việc ghi ở lề; hằng tháng "
          "Phòng Nguyên liệu tổng hợp tiến độ báo Tổng Giám đốc./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng quản trị (b/c);", "- HTX, THT trong vùng nguyên liệu;", "- Các phòng, đội, kho (t/h);",
            "- Lưu: VT, P.NL."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Huỳnh Văn Thơm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20261105143000+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def row(number: str, text: str, notes: list[str]) -> str:
    side = "".join(f'<p>{e(n)}</p>' for n in notes)
    return f'<div class="row"><p class="task">{e(number)} {e(text)}</p><div class="side">{side}</div></div>'


def build_html() -> str:
    out = page_start("Kế hoạch 52/KH-DDMC", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out += [row(*task) for task in TASKS]
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
