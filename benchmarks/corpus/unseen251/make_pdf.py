"""Print b_can-tho_19-KH-VH-2026_tang-le-mua-hoa-nhang-htx.pdf, the two-hundred-and-fifty-first held-out set's PDF, from
``sources/b_can-tho_19-KH-VH-2026_tang-le-mua-hoa-nhang-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen251/make_pdf.py

A funeral services company's plan (September 2026) for buying fresh flowers, wreaths and incense of cooperatives and
hiring a transport cooperative's vans: the opening, I. purposes, II. the cooperatives (facts), III. one two-column
table "Ai làm | Làm gì, đến khi nào" whose LEFT cell holds the lead in bold and the partners under it as italic "+ "
lines, and whose right cell ends the work with an ARROW AND AN UNDERLINED TIME ("→ hạn: 30/9/2026"); IV. closing; the
signature beside "Nơi nhận".

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
STEM = "b_can-tho_19-KH-VH-2026_tang-le-mua-hoa-nhang-htx"
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
table.who { width: 100%; border-collapse: collapse; font-size: 11pt; margin: 4pt 0 8pt; }
table.who th, table.who td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; }
table.who th { background: #e6e6e6; }
td.doer p { margin: 0; }
td.doer p.plus { font-style: italic; padding-left: 4mm; }
td.work { text-align: justify; }
span.due { text-decoration: underline; white-space: nowrap; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("DỊCH VỤ TANG LỄ VĨNH HẰNG", "b"), ("Số: 19/KH-VH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Cần Thơ, ngày 10 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mua hoa tươi, nhang và thuê xe của hợp tác xã phục vụ tang lễ giai đoạn cuối năm 2026"

BEFORE = [
    ("p", "Mỗi tháng Công ty tổ chức bình quân 85 lễ tang tại hai nhà tang lễ và tại gia; hoa, vòng hoa, nhang hiện mua "
          "của tư thương, giá lên xuống theo ngày rằm, lễ Tết, vòng hoa nhựa dùng lại gây phàn nàn. Hội đồng quản trị "
          "đồng ý chủ trương chuyển sang mua của các hợp tác xã trong thành phố; Ban Tổng Giám đốc lập Kế hoạch này."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Có nguồn hoa tươi, nhang ổn định, giá biết trước theo quý; bỏ hẳn vòng hoa nhựa từ đầu năm 2027."),
    ("p", "- Tạo đầu ra thường xuyên cho hợp tác xã hoa kiểng và hợp tác xã làm nhang ở địa phương."),
    ("h", "II. HỢP TÁC XÃ CÙNG LÀM"),
    ("p", "HTX Hoa kiểng Bà Bộ (phường Bình Thủy): cúc trắng, huệ, lay ơn, kết vòng hoa tươi. HTX Nhang trầm Long Hòa "
          "(phường Long Tuyền): nhang không phẩm màu, nhang trầm. HTX Vận tải Tây Đô Xanh: xe tải nhỏ có thùng kín."),
    ("h", "III. PHÂN CÔNG"),
    ("p", "Ở cột thứ nhất, tên in đậm là bộ phận chịu trách nhiệm chính; dòng có dấu “+” in nghiêng bên dưới là bộ phận, "
          "đơn vị cùng làm."),
]

# (lead, [partners], work, time)
ROWS = [
    ("Phòng Vật tư", ["Phòng Kinh doanh"],
     "Đặt hàng thử 300 bó cúc trắng và 120 vòng hoa tươi của HTX Hoa kiểng Bà Bộ, ghi lại độ tươi sau 24 và 48 giờ",
     "30/9/2026"),
    ("Phòng Vật tư", ["HTX Nhang trầm Long Hòa"],
     "Chọn 03 loại nhang không phẩm màu, ít khói để dùng chung ở các nhà tang lễ; thống nhất quy cách đóng gói",
     "tháng 10/2026"),
    ("Phòng Tài chính - Kế toán", [],
     "Ký hợp đồng cung ứng cả năm 2027 với hai hợp tác xã hoa và nhang, giá cố định từng quý, có điều khoản ngày lễ",
     "trước 20/11/2026"),
    ("Nhà tang lễ Bình Thủy", ["Phòng Kinh doanh"],
     "Đặt một kệ giới thiệu nhang trầm, hoa khô của hợp tác xã ở sảnh chờ, ghi rõ tên hợp tác xã làm ra",
     "01/12/2026"),
    ("Phòng Kinh doanh", [],
     "Đưa gói “Tang lễ xanh” (hoa tươi của hợp tác xã, không dùng vòng hoa nhựa) vào bảng giá dịch vụ",
     "quý IV/2026"),
    ("Đội Xe", ["HTX Vận tải Tây Đô Xanh"],
     "Thuê xe của hợp tác xã chở hoa, vòng hoa ban đêm và dịp lễ khi xe của Công ty không đủ",
     "khi xe Công ty không đáp ứng"),
    ("Phòng Vật tư", ["Nhà tang lễ Bình Thủy"],
     "Gom hoa tàn sau lễ, giao lại HTX Hoa kiểng Bà Bộ ủ làm phân hữu cơ",
     "hằng tuần"),
    ("Phòng Tài chính - Kế toán", [],
     "Trả tiền hàng cho hợp tác xã trong 07 ngày làm việc kể từ khi nhận đủ hóa đơn",
     "sau mỗi lần nhận hóa đơn"),
    ("Phòng Kinh doanh", ["Phòng Vật tư", "Phòng Tài chính - Kế toán"],
     "Sơ kết bốn tháng mua hàng của hợp tác xã, đề xuất mở rộng sang hoa lan, báo cáo Hội đồng quản trị",
     "15/01/2027"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, đội, nhà tang lễ làm theo bảng trên; có khó khăn thì báo Phó Tổng Giám đốc phụ trách kinh "
          "doanh./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT (b/c);", "- 03 HTX cùng làm;", "- Các phòng, đội, nhà tang lễ;", "- Lưu: VT."]
SIGN = [("KT. TỔNG GIÁM ĐỐC", "b"), ("PHÓ TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""),
        ("Trịnh Minh Khoa", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20260910142000+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def row(lead: str, partners: list[str], work: str, time: str) -> str:
    doer = f'<p><b>{e(lead)}</b></p>' + "".join(f'<p class="plus">+ {e(p)}</p>' for p in partners)
    return (f'<tr><td class="doer">{doer}</td>'
            f'<td class="work">{e(work)} → hạn: <span class="due">{e(time)}</span></td></tr>')


def build_html() -> str:
    out = page_start("Kế hoạch 19/KH-VH", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out += ['<table class="who">', '<colgroup><col style="width:30%"><col style="width:70%"></colgroup>',
            '<thead><tr><th>Ai làm</th><th>Làm gì, đến khi nào</th></tr></thead>', '<tbody>']
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
