"""Print b_hai-phong_63-KH-HM-2026_ke-toan-dich-vu-cho-htx.pdf, the two-hundred-and-fifty-seventh held-out set's PDF,
from ``sources/b_hai-phong_63-KH-HM-2026_ke-toan-dich-vu-cho-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen257/make_pdf.py

An accounting-services firm's plan (November 2026) for keeping the books of cooperatives in the 2027 financial year:
the opening, I. targets, II. the client cooperatives (facts), III. one table Việc | Làm chính | Cùng làm CUT BY
FULL-WIDTH SHADED DEADLINE BAND ROWS ("Xong trước 30/11/2026", "Làm hằng tháng", "Khi phát sinh"), each band dating
the rows under it; IV. closing; the signature beside "Nơi nhận".

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
STEM = "b_hai-phong_63-KH-HM-2026_ke-toan-dich-vu-cho-htx"
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
table.plan { width: 100%; border-collapse: collapse; font-size: 11pt; margin: 4pt 0 8pt; }
table.plan th, table.plan td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; }
table.plan th { text-align: center; }
tr.band td { background: #d9d9d9; font-weight: bold; font-style: italic; }
td.work { text-align: justify; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("DỊCH VỤ KẾ TOÁN HẢI MINH", "b"), ("Số: 63/KH-HM", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hải Phòng, ngày 12 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Nhận giữ sổ sách, lập báo cáo tài chính và khai thuế cho các hợp tác xã năm tài chính 2027"

BEFORE = [
    ("p", "Nhiều hợp tác xã ở Hải Phòng không đủ tiền thuê một kế toán có chứng chỉ làm toàn thời gian; có nơi để "
          "giám đốc kiêm thủ quỹ, kiêm ghi sổ, cuối năm không lập được báo cáo tài chính nên bị phạt chậm nộp tờ khai. "
          "Công ty đã được cấp giấy chứng nhận đủ điều kiện kinh doanh dịch vụ kế toán; Ban Giám đốc lập Kế hoạch "
          "nhận làm kế toán thuê cho các hợp tác xã trong năm 2027 như sau."),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Sổ sách của 06 hợp tác xã khách hàng được ghi đúng chế độ kế toán dành cho hợp tác xã, không bị phạt "
          "vì khai thuế chậm."),
    ("p", "- Mỗi tháng giám đốc hợp tác xã nhận được bảng thu chi và số dư tiền, hàng tồn của đơn vị mình."),
    ("h", "II. CÁC HỢP TÁC XÃ ĐÃ ĐĂNG KÝ"),
    ("p", "HTX Vải thiều Thanh Hà, HTX Gốm Chu Đậu, HTX Dịch vụ nông nghiệp Kiến Thụy, HTX Nuôi trồng thủy sản Cát "
          "Hải, HTX Rau củ An Lão và HTX Vận tải hành khách Đồ Sơn; tổng cộng khoảng 4.100 chứng từ mỗi năm."),
    ("h", "III. PHÂN CÔNG VÀ MỐC HOÀN THÀNH"),
    ("p", "Các việc được xếp dưới dòng tô xám ghi mốc phải xong; việc nằm dưới dòng nào thì theo mốc của dòng ấy. "
          "Cột “Làm chính” là bộ phận chịu trách nhiệm, cột “Cùng làm” là bộ phận hoặc đơn vị tham gia; ô để trống "
          "là không có."),
]

# a band is a str; a row is (work, lead, partners)
ROWS = [
    "Xong trước 30/11/2026",
    ("Gặp giám đốc, kế toán của 06 hợp tác xã; lập danh mục chứng từ năm 2026 còn thiếu và hẹn ngày bổ sung",
     "Phòng Kế toán dịch vụ", "Bộ phận Chăm sóc khách hàng"),
    ("Ký hợp đồng dịch vụ kế toán trọn năm 2027 với từng hợp tác xã, phí tính theo số chứng từ mỗi tháng",
     "Bộ phận Chăm sóc khách hàng", "Phòng Tư vấn thuế"),
    "Xong trước 31/12/2026",
    ("Cài phần mềm kế toán và hóa đơn điện tử cho hợp tác xã chưa dùng; nhập số dư đầu năm 2027",
     "Tổ Công nghệ thông tin", "Phòng Kế toán dịch vụ"),
    ("Hướng dẫn thủ kho HTX Gốm Chu Đậu lập thẻ kho, kiểm kê gốm thành phẩm và men, đất tồn cuối năm",
     "Phòng Kế toán dịch vụ", "HTX Gốm Chu Đậu"),
    "Xong trước 31/3/2027",
    ("Lập báo cáo tài chính năm 2026, tờ khai quyết toán thuế thu nhập doanh nghiệp cho các hợp tác xã",
     "Phòng Tư vấn thuế", "Phòng Kế toán dịch vụ"),
    ("Mở 01 lớp hai ngày cho giám đốc, thủ quỹ hợp tác xã về hóa đơn, chứng từ hợp lệ và quỹ chung không chia",
     "Phòng Tư vấn thuế", "Liên minh Hợp tác xã thành phố Hải Phòng"),
    "Xong trong quý II/2027",
    ("Đối chiếu công nợ với từng thành viên và kiểm quỹ tiền mặt của HTX Nuôi trồng thủy sản Cát Hải",
     "Phòng Kế toán dịch vụ", ""),
    "Xong trước 15/7/2027",
    ("Tổng kết sáu tháng, hỏi ý kiến các hợp tác xã về chất lượng dịch vụ, đề xuất gói phí cho hợp tác xã nhỏ",
     "Bộ phận Chăm sóc khách hàng", "Phòng Kế toán dịch vụ, Phòng Tư vấn thuế"),
    "Làm hằng tháng",
    ("Nhận ảnh chụp chứng từ qua ứng dụng, ghi sổ, gửi bảng thu chi tháng cho giám đốc hợp tác xã trước ngày 10 "
     "tháng sau", "Phòng Kế toán dịch vụ", "Bộ phận Chăm sóc khách hàng"),
    "Khi phát sinh",
    ("Thay mặt hợp tác xã làm việc với cơ quan thuế khi hợp tác xã nhận được quyết định kiểm tra",
     "Phòng Tư vấn thuế", "Phòng Kế toán dịch vụ"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, bộ phận, tổ có tên trong bảng bố trí nhân sự làm đúng mốc; hằng tuần Kế toán trưởng "
          "Công ty kiểm tra ngẫu nhiên sổ của một hợp tác xã và báo Giám đốc./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- 06 HTX khách hàng;", "- Các phòng, bộ phận, tổ;",
            "- Lưu: VT, HC."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Vũ Thị Thanh Nhàn", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:45 in Việt Nam
PDF_DATE = b"D:20261112104500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def row(entry) -> str:
    if isinstance(entry, str):
        return f'<tr class="band"><td colspan="3">{e(entry)}</td></tr>'
    work, lead, partners = entry
    return f'<tr><td class="work">{e(work)}</td><td>{e(lead)}</td><td>{e(partners)}</td></tr>'


def build_html() -> str:
    out = page_start("Kế hoạch 63/KH-HM", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out += ['<table class="plan">',
            '<colgroup><col style="width:54%"><col style="width:22%"><col style="width:24%"></colgroup>',
            '<thead><tr><th>Việc</th><th>Làm chính</th><th>Cùng làm</th></tr></thead>', '<tbody>']
    out += [row(entry) for entry in ROWS]
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
