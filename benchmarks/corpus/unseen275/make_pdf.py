"""Print b_tay-ninh_21-KH-TTC-2026_thuc-an-thu-cung-mua-nguyen-lieu-htx.pdf, the two-hundred-and-seventy-fifth held-out
set's PDF, from ``sources/b_tay-ninh_21-KH-TTC-2026_thuc-an-thu-cung-mua-nguyen-lieu-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen275/make_pdf.py

A pet-food maker's plan (September 2026) for buying fish, rice bran, pumpkin and sweet potato of cooperatives: the
opening, I. purposes, II. the cooperatives (facts), III. a note, then the work laid out as a PET'S VACCINATION BOOK
page — a table Mũi | Ngày hẹn tiêm | Tiêm gì | Bác sĩ tiêm | Người giữ con | Dấu, "Mũi 01" … "Mũi 10", the work as
the vaccine, the lead as the vet who gives the shot, the partners as those who hold the animal ("—" none), an empty
round stamp box in the last column; IV. closing; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif (the book in DejaVu Sans).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_tay-ninh_21-KH-TTC-2026_thuc-an-thu-cung-mua-nguyen-lieu-htx"
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
div.book { border: 2px solid #2f6f4f; border-radius: 8pt; padding: 6pt; margin: 6pt 0 10pt; background: #f3faf5;
           font-family: "DejaVu Sans"; }
div.book p.cap { text-align: center; font-weight: bold; color: #2f6f4f; margin: 0 0 4pt; font-size: 11pt; }
table.vac { width: 100%; border-collapse: collapse; font-size: 9.5pt; }
table.vac th, table.vac td { border: 1px solid #2f6f4f; padding: 3pt 4pt; vertical-align: top; }
table.vac th { background: #d6ecdf; }
table.vac tr { break-inside: avoid; }
table.vac thead { display: table-row-group; }
td.shot { font-weight: bold; text-align: center; white-space: nowrap; }
td.date { text-align: center; }
td.stamp div { width: 13mm; height: 13mm; border: 1px dashed #2f6f4f; border-radius: 50%; margin: 0 auto; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("THỨC ĂN THÚ CƯNG TÂM CHÂU", "b"), ("Số: 21/KH-TTC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Tây Ninh, ngày 07 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mua cá, cám gạo, bí đỏ và khoai lang của hợp tác xã làm thức ăn cho chó, mèo từ quý IV năm 2026"

BEFORE = [
    ("p", "Nhà máy ở xã Mỹ Yên mỗi tháng làm khoảng 140 tấn hạt và pa-tê cho chó, mèo, phần lớn nguyên liệu mua qua "
          "thương lái nên lô cá có lúc không rõ nơi đánh bắt, cám gạo ẩm mốc. Hội đồng quản trị đồng ý mua thẳng của "
          "các hợp tác xã trong tỉnh và tỉnh lân cận; Tổng Giám đốc ban hành Kế hoạch này."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Đến hết năm 2027, ít nhất 50% cá tạp, cám gạo và rau củ đưa vào sản xuất mua của hợp tác xã, có hồ sơ "
          "nguồn gốc từng lô."),
    ("p", "- Giá mua cố định theo quý, trả tiền đúng hạn để hợp tác xã yên tâm mở rộng sản xuất."),
    ("h", "II. CÁC HỢP TÁC XÃ BÁN NGUYÊN LIỆU"),
    ("p", "HTX Thủy sản Vàm Cỏ Đông: cá tạp, đầu và xương cá tra đã sơ chế. HTX Nông nghiệp Hòa Khánh Tây: cám gạo, "
          "tấm. HTX Rau củ Long Hựu: bí đỏ, khoai lang, cà rốt."),
    ("h", "III. SỔ TIÊM PHÒNG CỦA KẾ HOẠCH"),
    ("p", "Các việc dưới đây được ghi như một trang sổ tiêm phòng của thú cưng: mỗi “mũi” là một việc, “Bác sĩ tiêm” là "
          "bộ phận chịu trách nhiệm chính, “Người giữ con” là bộ phận, đơn vị cùng làm, “Ngày hẹn tiêm” là thời hạn. Ô "
          "“Dấu” để trống, làm xong việc thì bộ phận chính đóng dấu xác nhận."),
]

# (shot, date, work, lead, [partners])
ROWS = [
    ("Mũi 01", "20/9/2026", "Đến từng hợp tác xã xem nơi sơ chế cá, kho cám, ruộng rau; chấm phiếu đánh giá nhà cung "
     "ứng", "Phòng Mua hàng", ["Phòng Đảm bảo chất lượng"]),
    ("Mũi 02", "tháng 10/2026", "Ký hợp đồng mua cá tạp, xương cá tra có sơ chế lạnh với HTX Thủy sản Vàm Cỏ Đông, "
     "giao bằng xe lạnh", "Phòng Mua hàng", ["Phòng Tài chính - Kế toán"]),
    ("Mũi 03", "trước 31/10/2026", "Thống nhất độ ẩm tối đa của cám gạo, cách đóng bao và lấy mẫu từng chuyến với "
     "HTX Nông nghiệp Hòa Khánh Tây", "Phòng Đảm bảo chất lượng", ["HTX Nông nghiệp Hòa Khánh Tây"]),
    ("Mũi 04", "15/11/2026", "Chạy thử một mẻ pa-tê cá - bí đỏ 2 tấn bằng nguyên liệu của hợp tác xã, đo chỉ tiêu "
     "dinh dưỡng", "Xưởng Pa-tê", ["Phòng Nghiên cứu công thức", "Phòng Đảm bảo chất lượng"]),
    ("Mũi 05", "quý IV/2026", "Cho HTX Rau củ Long Hựu ứng trước 20% tiền bí đỏ, khoai lang vụ đông xuân",
     "Phòng Tài chính - Kế toán", []),
    ("Mũi 06", "mỗi lô hàng", "Lấy mẫu cá, cám gửi kiểm nghiệm vi sinh, độc tố nấm mốc; lô không đạt trả lại trong "
     "ngày", "Phòng Đảm bảo chất lượng", ["Phòng Mua hàng"]),
    ("Mũi 07", "tháng 12/2026", "In tên hợp tác xã và xã nơi trồng, nơi đánh bắt lên bao bì dòng hạt “Mèo Mun”",
     "Phòng Tiếp thị", ["Xưởng Đóng gói"]),
    ("Mũi 08", "trong 10 ngày sau khi nhận hóa đơn", "Trả tiền hàng cho hợp tác xã bằng chuyển khoản",
     "Phòng Tài chính - Kế toán", []),
    ("Mũi 09", "quý I/2027", "Tập huấn cho thành viên hợp tác xã cách sơ chế, bảo quản cá và cám không dùng chất bảo "
     "quản cấm", "Phòng Đảm bảo chất lượng", ["Chi cục Chăn nuôi và Thú y tỉnh Tây Ninh", "Phòng Mua hàng"]),
    ("Mũi 10", "30/6/2027", "Đánh giá chín tháng mua hàng của hợp tác xã, đề xuất mua thêm bột côn trùng của tổ hợp "
     "tác nuôi dế", "Phòng Mua hàng", ["Phòng Tài chính - Kế toán", "Phòng Đảm bảo chất lượng"]),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, xưởng làm đúng sổ trên; Phòng Mua hàng theo dõi chung, mỗi tháng báo cáo Tổng Giám đốc "
          "những mũi chưa có dấu./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT (b/c);", "- 03 HTX bán nguyên liệu;", "- Các phòng, xưởng;", "- Lưu: VT, MH."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lê Hoàng Tâm Phúc", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:45 in Việt Nam
PDF_DATE = b"D:20260907104500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def row(shot: str, date: str, work: str, lead: str, partners: list[str]) -> str:
    held = "; ".join(partners) if partners else "—"
    return (f'<tr><td class="shot">{e(shot)}</td><td class="date">{e(date)}</td><td>{e(work)}</td>'
            f'<td>{e(lead)}</td><td>{e(held)}</td><td class="stamp"><div></div></td></tr>')


def build_html() -> str:
    out = page_start("Kế hoạch 21/KH-TTC", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out += ['<div class="book">', '<p class="cap">SỔ TIÊM PHÒNG — KẾ HOẠCH 21/KH-TTC</p>', '<table class="vac">',
            '<colgroup><col style="width:10%"><col style="width:13%"><col style="width:35%"><col style="width:16%">'
            '<col style="width:17%"><col style="width:9%"></colgroup>',
            '<thead><tr><th>Mũi</th><th>Ngày hẹn tiêm</th><th>Tiêm gì</th><th>Bác sĩ tiêm</th><th>Người giữ con</th>'
            '<th>Dấu</th></tr></thead>', '<tbody>']
    out += [row(*entry) for entry in ROWS]
    out += ['</tbody>', '</table>', '</div>']
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
