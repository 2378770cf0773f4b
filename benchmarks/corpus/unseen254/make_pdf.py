"""Print b_lao-cai_52-KH-STH-2026_suoi-nong-la-tam-dao-rau-che-htx.pdf, the two-hundred-and-fifty-fourth held-out set's
PDF, from ``sources/b_lao-cai_52-KH-STH-2026_suoi-nong-la-tam-dao-rau-che-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen254/make_pdf.py

A hot-spring resort company's plan (August 2026) for buying Dao bath herbs, vegetables and tea of cooperatives: the
opening, I. purposes, II. one table in the order the resort's managers asked for — Hạn | Phối hợp | Chủ trì | Công
việc —, the time first, the partners BEFORE the lead and the work last; III. closing; the signature beside "Nơi nhận".

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
STEM = "b_lao-cai_52-KH-STH-2026_suoi-nong-la-tam-dao-rau-che-htx"
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
table.rev { width: 100%; border-collapse: collapse; font-size: 11pt; margin: 4pt 0 8pt; }
table.rev th, table.rev td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; }
table.rev th { background: #ececec; }
td.due { text-align: center; }
td.lead { font-weight: bold; }
td.work { text-align: justify; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("DU LỊCH SUỐI NÓNG THÁC HOA", "b"), ("Số: 52/KH-STH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lào Cai, ngày 20 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Dùng lá tắm thuốc, rau và chè của hợp tác xã tại khu suối nóng mùa khách 2026 - 2027"

BEFORE = [
    ("p", "Khu suối nóng đón bình quân 1.900 lượt khách mỗi tháng; dịch vụ ngâm lá thuốc người Dao đỏ được khách hỏi "
          "nhiều nhưng lá vẫn mua qua người buôn, không rõ bài thuốc, có lần khách bị mẩn ngứa. Ban Giám đốc thống nhất "
          "ký mua trực tiếp của các hợp tác xã người địa phương, đồng thời đưa rau, chè của hợp tác xã vào nhà hàng."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Lá tắm có bài thuốc rõ, người hái, ngày phơi ghi trên từng túi; không còn mua lá trôi nổi từ tháng 10/2026."),
    ("p", "- Người Dao trong hợp tác xã có thu nhập đều hằng tháng từ hái lá, trồng rau cho khu du lịch."),
    ("h", "II. CÁC VIỆC PHẢI LÀM"),
    ("p", "Bảng xếp theo thứ tự các trưởng bộ phận quen dùng khi giao ban: cột đầu là hạn, kế đến đơn vị phối hợp, "
          "đơn vị chủ trì (in đậm), nội dung công việc ở cột cuối. Ô phối hợp ghi “—” là đơn vị chủ trì tự làm."),
]

# (time, partners, lead, work)
ROWS = [
    ("31/8/2026", "HTX Lá thuốc Dao đỏ Bản Hồ", "Bộ phận Spa - Tắm lá",
     "Chốt ba bài lá tắm (thư giãn, giảm đau mỏi, phục hồi sau sinh), lượng lá khô cần mỗi tháng và cách đóng túi "
     "500 gam"),
    ("Tháng 9/2026", "Phòng Hành chính - Nhân sự", "Bộ phận Spa - Tắm lá",
     "Mời hai người Dao của hợp tác xã xuống dạy nhân viên nấu nước lá, ghi thành quy trình có ảnh từng bước"),
    ("15/9/2026", "—", "Phòng Kế toán",
     "Ký hợp đồng mua lá thuốc, rau, chè trong một năm với ba hợp tác xã, giá chốt theo từng quý"),
    ("Trước 30/9/2026", "Bộ phận Spa - Tắm lá", "Tổ Kỹ thuật - Bể khoáng",
     "Đóng kệ gỗ để lá khô cho thoáng, lắp máy hút ẩm trong kho phía sau dãy bể ngâm"),
    ("Quý IV/2026", "Phòng Kinh doanh - Lễ tân", "Bộ phận Nhà hàng",
     "Thêm cải mèo, su su, măng đắng của HTX Rau an toàn Nghĩa Lộ vào thực đơn buffet tối, ghi tên hợp tác xã "
     "trên thẻ món"),
    ("Hằng tuần", "HTX Rau an toàn Nghĩa Lộ", "Bộ phận Nhà hàng",
     "Đặt rau theo số khách lưu trú của tuần kế tiếp; nhận hàng sáng thứ Hai và sáng thứ Năm"),
    ("Tháng 11/2026", "HTX Chè Shan tuyết Suối Giàng", "Phòng Kinh doanh - Lễ tân",
     "Mời khách uống chè shan tuyết ở sảnh chờ, bày chè đóng hộp của hợp tác xã tại quầy lưu niệm"),
    ("Khi có khách bị mẩn ngứa", "Trạm Y tế xã Bản Hồ", "Bộ phận Spa - Tắm lá",
     "Ngừng dùng mẻ lá đó, giữ lại mẫu, báo hợp tác xã và đưa khách đi khám"),
    ("05 ngày làm việc sau khi nhận hóa đơn", "—", "Phòng Kế toán",
     "Chuyển khoản tiền hàng cho từng hợp tác xã, gửi kèm bảng đối chiếu số lượng"),
    ("20/01/2027", "Bộ phận Spa - Tắm lá, Bộ phận Nhà hàng", "Phòng Kinh doanh - Lễ tân",
     "Tính doanh thu gói tắm lá và các món từ nông sản hợp tác xã; đề xuất Ban Giám đốc mở thêm gói tắm lá cho "
     "khách đoàn"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các bộ phận, phòng, tổ có tên trong bảng triển khai đúng hạn; hằng tháng báo kết quả tại buổi giao ban "
          "đầu tháng./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 03 HTX cung ứng;", "- Các phòng, bộ phận, tổ;", "- Lưu: VT, KT."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lù Thị Xuân", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:45 in Việt Nam
PDF_DATE = b"D:20260820104500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def row(time: str, partners: str, lead: str, work: str) -> str:
    return (f'<tr><td class="due">{e(time)}</td><td>{e(partners)}</td><td class="lead">{e(lead)}</td>'
            f'<td class="work">{e(work)}</td></tr>')


def build_html() -> str:
    out = page_start("Kế hoạch 52/KH-STH", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out += ['<table class="rev">',
            '<colgroup><col style="width:17%"><col style="width:22%"><col style="width:20%"><col style="width:41%">'
            '</colgroup>',
            '<thead><tr><th>Hạn</th><th>Phối hợp</th><th>Chủ trì</th><th>Công việc</th></tr></thead>', '<tbody>']
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
