"""Print b_khanh-hoa_19-KH-RNVH-2026_thu-mua-rong-nho-htx.pdf, the two-hundred-and-forty-eighth held-out set's PDF,
from ``sources/b_khanh-hoa_19-KH-RNVH-2026_thu-mua-rong-nho-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen248/make_pdf.py

A sea-grape (rong nho) processing company's plan (September 2026) for buying fresh sea grapes from the cooperatives
and cooperative groups that farm them: the opening, I. targets, II. the work as numbered paragraphs, EACH FOLLOWED BY
A SIGNATURE STRIP of four boxes — "LÀM CHÍNH" (the lead), "CÙNG LÀM" (the partners, one per line; empty once),
"DUYỆT" (the officer who approves the result: no work of the task) and "HẠN" (the deadline) —, a note above saying
so; III. the cooperatives' part; the signature beside "Nơi nhận".

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
STEM = "b_khanh-hoa_19-KH-RNVH-2026_thu-mua-rong-nho-htx"
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
p.note { font-style: italic; font-size: 11pt; margin: 0 0 6pt; }
.task { break-inside: avoid; margin: 0 0 9pt; }
.task p { text-align: justify; margin: 0 0 3pt; }
table.strip { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
table.strip th, table.strip td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
table.strip th { font-size: 8pt; font-weight: bold; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("RONG NHO VĨNH HY", "b"), ("Số: 19/KH-RNVH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Vĩnh Hải, ngày 09 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thu mua rong nho tươi của các hợp tác xã, tổ hợp tác nuôi rong từ tháng 10/2026 đến tháng 6/2027"

OPENING = [
    ("p", "Trong năm 2026 Công ty đã mua 212 tấn rong nho tươi của các hợp tác xã, tổ hợp tác nuôi rong ven đầm Nại và "
          "vịnh Cam Ranh; có những đợt rong về nhà máy chậm hơn 6 giờ sau khi cắt nên bị rụng hạt, phải loại. Căn cứ "
          "nhu cầu của các khách hàng xuất khẩu, Công ty lập Kế hoạch thu mua rong nho tươi vụ 2026 - 2027 như sau."),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Mua 260 tấn rong nho tươi; rong về đến nhà máy không quá 4 giờ sau khi cắt."),
    ("p", "- 100% ao, bể nuôi rong của đơn vị liên kết có sổ ghi chép nguồn nước và độ mặn."),
    ("h", "II. CÔNG VIỆC VÀ PHÂN CÔNG"),
    ("note", "Dưới mỗi việc là một dải ô ký: ô “LÀM CHÍNH” là bộ phận chịu trách nhiệm chính; ô “CÙNG LÀM” là các đơn "
             "vị tham gia; ô “DUYỆT” là người xem và ký duyệt kết quả, không phải người làm; ô “HẠN” là thời hạn "
             "xong việc."),
]

# (number, text, lead, partners, approver, deadline)
TASKS = [
    ("1.", "Khảo sát lại 74 ao, bể nuôi rong của 05 hợp tác xã, tổ hợp tác liên kết: độ mặn, nguồn nước cấp, lưới che "
           "nắng; ghi sản lượng từng đơn vị có thể bán trong vụ.",
     "Phòng Nguyên liệu", ["Phòng Kiểm nghiệm"], "Phó Giám đốc sản xuất", "30/9/2026"),
    ("2.", "Ký hợp đồng mua rong vụ 2026 - 2027 với từng đơn vị, có điều khoản giá mua theo loại rong và thưởng khi giao "
           "rong sớm.",
     "Phòng Kinh doanh", ["Phòng Nguyên liệu", "Phòng Kế toán"], "Giám đốc Công ty", "15/10/2026"),
    ("3.", "Hướng dẫn thành viên hợp tác xã cắt rong lúc sáng sớm, rửa bằng nước biển sạch, xếp rong vào khay nhựa "
           "thoáng, không dồn bao.",
     "Tổ Kỹ thuật nuôi rong", ["HTX Nuôi trồng thủy sản Mỹ Hiệp", "Trung tâm Khuyến nông tỉnh Khánh Hòa"],
     "Phó Giám đốc sản xuất", "Tháng 10/2026"),
    ("4.", "Bố trí 02 xe lạnh đi gom rong theo lịch cắt của các đơn vị; ghi giờ cắt, giờ nhận vào phiếu giao nhận.",
     "Đội Vận chuyển", [], "Phó Giám đốc sản xuất", "Suốt vụ"),
    ("5.", "Kiểm nghiệm mẫu rong mỗi lô nhập về: kim loại nặng, vi sinh; lô không đạt trả lại và báo cho đơn vị giao.",
     "Phòng Kiểm nghiệm", ["Đội Vận chuyển"], "Giám đốc Công ty", "Mỗi lô nhập"),
    ("6.", "Làm thủ tục tiêu chuẩn VietGAP cho vùng nuôi của HTX Rong nho Vĩnh Hy và THT nuôi rong thôn Thái An.",
     "Tổ Kỹ thuật nuôi rong", ["HTX Rong nho Vĩnh Hy", "Chi cục Thủy sản và Kiểm ngư tỉnh"],
     "Phó Giám đốc sản xuất", "Quý I/2027"),
    ("7.", "Trả tiền rong cho đơn vị giao trong 05 ngày làm việc kể từ ngày có phiếu giao nhận và kết quả kiểm nghiệm.",
     "Phòng Kế toán", ["Phòng Nguyên liệu"], "Giám đốc Công ty", "Mỗi đợt thanh toán"),
    ("8.", "Mở gian trưng bày rong nho của Công ty và các hợp tác xã tại Hội chợ nông sản tỉnh Khánh Hòa.",
     "Phòng Kinh doanh", ["Liên minh Hợp tác xã tỉnh Khánh Hòa"], "Giám đốc Công ty", "Tháng 4/2027"),
    ("9.", "Tổng kết vụ, tính lại giá mua và số lượng đặt hàng vụ sau, báo cáo Hội đồng thành viên.",
     "Phòng Nguyên liệu", ["Phòng Kinh doanh", "Phòng Kế toán"], "Giám đốc Công ty", "Trước 30/6/2027"),
]

AFTER = [
    ("h", "III. VIỆC CỦA BÊN NUÔI RONG"),
    ("p", "Các hợp tác xã, tổ hợp tác nuôi rong liên kết gửi lịch cắt rong hằng tuần cho Phòng Nguyên liệu vào chiều thứ "
          "Sáu của tuần trước; báo ngay cho Công ty khi ao nuôi bị ngọt hóa sau mưa lớn."),
    ("p", "Các phòng, đội, tổ căn cứ dải ô ký của từng việc để triển khai; người ký ô “DUYỆT” kiểm tra kết quả và báo "
          "Giám đốc./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐTV Công ty (để b/c);", "- 05 đơn vị nuôi rong liên kết;", "- Phòng, đội, tổ (t/h);",
            "- Lưu: VT, P.NL."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Hà Thị Ngọc Trâm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20260909142000+07'00'"


def block(entry) -> str:
    kind, text = entry
    return {"h": f'<h3>{e(text)}</h3>', "note": f'<p class="note">{e(text)}</p>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def strip(lead, partners, approver, deadline) -> str:
    return ('<table class="strip"><colgroup><col style="width:27%"><col style="width:37%"><col style="width:22%">'
            '<col style="width:14%"></colgroup>'
            '<tr><th>LÀM CHÍNH</th><th>CÙNG LÀM</th><th>DUYỆT</th><th>HẠN</th></tr>'
            f'<tr><td>{e(lead)}</td><td>{"<br>".join(e(p) for p in partners) or "&nbsp;"}</td>'
            f'<td>{e(approver)}</td><td>{e(deadline)}</td></tr></table>')


def build_html() -> str:
    out = page_start("Kế hoạch 19/KH-RNVH", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(entry) for entry in OPENING]
    for number, text, lead, partners, approver, deadline in TASKS:
        out.append(f'<div class="task"><p>{e(number)} {e(text)}</p>{strip(lead, partners, approver, deadline)}</div>')
    out += [block(entry) for entry in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
