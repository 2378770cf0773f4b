"""Write b_quang-ninh_19-KH-TV-2026_thu-vien-tinh-tu-sach-htx-don-vi-cuoi-dong.pdf, the seventy-third held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen73/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen73/make_pdf.py --html-only

A provincial library's plan for serving cooperatives with books and information (January 2026): the library under
its Sở in the header, I. purposes, II. "-" lines of work each closing with its doers and time in parentheses, III. two
paragraphs; the signature beside "Nơi nhận". No table.

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
STEM = "b_quang-ninh_19-KH-TV-2026_thu-vien-tinh-tu-sach-htx-don-vi-cuoi-dong"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", ""), ("THƯ VIỆN TỈNH QUẢNG NINH", "b"), ("Số: 19/KH-TV", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Quảng Ninh, ngày 09 tháng 01 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Đưa sách, tài liệu kỹ thuật về phục vụ thành viên HTX, THT trong năm 2026"

# "h" a section heading, "p" a paragraph
BODY = [
    ("p", "Hưởng ứng chủ trương đưa tri thức về với khu vực kinh tế tập thể, nhất là các hợp tác xã nuôi biển, trồng "
          "chè, trồng quế và làm du lịch cộng đồng ở vùng cao và hải đảo, Thư viện tỉnh lập Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giúp thành viên hợp tác xã, tổ hợp tác tiếp cận tài liệu kỹ thuật, thị trường, pháp luật về hợp tác xã; "
          "gắn hoạt động thư viện với nhu cầu sản xuất thực tế; mỗi hợp tác xã được phục vụ ít nhất một lần trong năm."),
    ("h", "II. NỘI DUNG CÔNG VIỆC"),
    ("p", "- Khảo sát nhu cầu đọc, nhu cầu tài liệu của thành viên 30 hợp tác xã trên địa bàn tỉnh (Phòng Phục vụ bạn "
          "đọc chủ trì, Liên minh HTX tỉnh phối hợp; tháng 02/2026)."),
    ("p", "- Biên soạn thư mục chuyên đề “Kinh tế tập thể và nông nghiệp sinh thái” gồm khoảng 400 biểu ghi, in và "
          "gửi các xã, đặc khu (Phòng Nghiệp vụ - Thư viện số; quý II/2026)."),
    ("p", "- Số hóa 200 đầu sách kỹ thuật nuôi hàu, nuôi ngao, trồng chè, trồng quế, đưa lên thư viện số của tỉnh "
          "(Phòng Nghiệp vụ - Thư viện số chủ trì, phối hợp Trung tâm Khuyến nông (Sở NN&MT); trước 30/6/2026)."),
    ("p", "- Xe thư viện lưu động phục vụ tại trụ sở các hợp tác xã của đặc khu Vân Đồn, đặc khu Cô Tô và các xã "
          "miền núi Bình Liêu, Ba Chẽ (Tổ Thư viện lưu động; các tháng hè 2026)."),
    ("p", "- Lập 15 tủ sách hợp tác xã, luân chuyển sách giữa các tủ (Phòng Phục vụ bạn đọc; luân chuyển 3 tháng "
          "một lần)."),
    ("p", "- Tọa đàm “Đọc sách, làm kinh tế” với cán bộ quản lý hợp tác xã tại xã Đầm Hà nhân Ngày Hợp tác xã Việt "
          "Nam (Phòng Phục vụ bạn đọc chủ trì; UBND xã Đầm Hà, Liên minh HTX tỉnh phối hợp; trước ngày 11/4/2026)."),
    ("p", "- Hướng dẫn cán bộ hợp tác xã tra cứu, mượn tài liệu số qua điện thoại (Phòng Nghiệp vụ - Thư viện số; "
          "sau khi hoàn thành số hóa)."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Hành chính - Tổng hợp dự trù, bảo đảm kinh phí từ nguồn sự nghiệp văn hóa được giao; thanh quyết "
          "toán trong tháng 12/2026."),
    ("p", "2. Phòng Hành chính - Tổng hợp tổng hợp kết quả thực hiện Kế hoạch, trước ngày 20/12/2026 gửi báo cáo về "
          "Sở Văn hóa, Thể thao và Du lịch."),
    ("p", "Phòng, tổ nào gặp vướng mắc thì kịp thời báo Giám đốc để điều chỉnh cho phù hợp./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở VHTTDL (b/c);", "- Liên minh HTX tỉnh;", "- UBND xã Đầm Hà;",
            "- Các phòng, tổ thuộc Thư viện;", "- Lưu: VT, PVBĐ."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Phạm Thị Thu Huyền", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 9:00 in Việt Nam
PDF_DATE = b"D:20260109090000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 19/KH-TV", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
