"""Write b_cao-bang_138-KH-VQG-2026_vuon-quoc-gia-to-nhan-khoan-mua-kho.pdf, the forty-first held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen41/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen41/make_pdf.py --html-only

A national park's plan with the buffer-zone groups and cooperatives that hold its forest-protection contracts, for one
dry season (October 2026): the opening defining "(sau đây gọi là Vườn)"; I. purposes; II. a bordered table of the
contract holders (group or cooperative, commune, forest sub-compartments, area — facts, no work); III. three italic
numbered headings — two of them the season's phases with their time in the heading ("Trước mùa khô hanh (hoàn thành
trước ngày 15/11/2026)", "Trong mùa khô hanh (từ tháng 11/2026 đến hết tháng 4/2027)"), the third a subject — over "-"
items each opening with its doer (the park's own units, the contract holders as a class); IV. three numbered
paragraphs; the closing sentence; the signature beside "Nơi nhận".

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
STEM = "b_cao-bang_138-KH-VQG-2026_vuon-quoc-gia-to-nhan-khoan-mua-kho"
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
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.list { border-collapse: collapse; width: 100%; font-size: 10.5pt; margin: 4pt 0 8pt; }
table.list th, table.list td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; }
table.list td.n { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH CAO BẰNG", ""), ("VƯỜN QUỐC GIA", "b"), ("PHIA OẮC - PHIA ĐÉN", "b"),
             ("Số: 138/KH-VQG", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Cao Bằng, ngày 20 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Phối hợp với các tổ hợp tác, hợp tác xã vùng đệm bảo vệ rừng, phòng cháy, chữa cháy rừng mùa khô hanh "
            "2026 - 2027")

TABLE_HEAD = ["TT", "Tổ hợp tác, hợp tác xã nhận khoán", "Xã", "Tiểu khu", "Diện tích (ha)"]
TABLE_ROWS = [
    ("1", "Tổ hợp tác bảo vệ rừng Nặm Kép", "Thành Công", "112, 114", "486,5"),
    ("2", "Tổ hợp tác bảo vệ rừng Lũng Mười", "Thành Công", "118", "352,0"),
    ("3", "Hợp tác xã Dược liệu Phia Đén", "Thành Công", "121", "210,8"),
    ("4", "Tổ hợp tác bảo vệ rừng Khau Dựa", "Phan Thanh", "131, 132", "517,2"),
    ("5", "Hợp tác xã Nông lâm nghiệp Phan Thanh", "Phan Thanh", "135", "298,4"),
    ("", "Cộng", "", "", "1.864,9"),
]

# "h" a section heading, "s" an italic numbered heading, "p" a paragraph, "table" the contract holders
BODY = [
    ("p", "Thực hiện các hợp đồng khoán bảo vệ rừng năm 2026 đã ký với tổ hợp tác, hợp tác xã ở vùng đệm; để chủ động "
          "phòng cháy, chữa cháy rừng trong mùa khô hanh và hỗ trợ các hợp tác xã trồng dược liệu dưới tán rừng, "
          "Vườn quốc gia Phia Oắc - Phia Đén (sau đây gọi là Vườn) xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Không để xảy ra cháy rừng trên 1.864,9 ha rừng giao khoán; phát hiện sớm, dập tắt ngay khi mới phát sinh "
          "điểm cháy."),
    ("p", "- Các bên nhận khoán thực hiện đúng hợp đồng; Vườn chi trả tiền khoán đúng hạn, hướng dẫn kỹ thuật cho "
          "hợp tác xã trồng dược liệu dưới tán rừng."),
    ("h", "II. CÁC TỔ HỢP TÁC, HỢP TÁC XÃ NHẬN KHOÁN"),
    ("p", "Năm 2026, Vườn giao khoán bảo vệ rừng cho 03 tổ hợp tác và 02 hợp tác xã, cụ thể:"),
    ("table", ""),
    ("h", "III. NHIỆM VỤ CỤ THỂ"),
    ("s", "1. Trước mùa khô hanh (hoàn thành trước ngày 15/11/2026)"),
    ("p", "- Hạt Kiểm lâm Vườn quốc gia Phia Oắc - Phia Đén (sau đây gọi là Hạt Kiểm lâm) chủ trì, phối hợp với Ủy ban "
          "nhân dân xã Thành Công, Ủy ban nhân dân xã Phan Thanh kiểm tra, sửa chữa 05 chòi canh lửa và 14 km đường "
          "băng cản lửa trên diện tích giao khoán."),
    ("p", "- Phòng Kỹ thuật, Khoa học và Hợp tác quốc tế rà soát bản đồ tiểu khu, cập nhật ranh giới giao khoán của "
          "từng tổ hợp tác, hợp tác xã trên phần mềm theo dõi diễn biến rừng."),
    ("p", "- Các tổ hợp tác, hợp tác xã nhận khoán phát dọn thực bì dọc đường băng, lập danh sách tổ viên, thành viên "
          "trực lửa gửi Hạt Kiểm lâm."),
    ("s", "2. Trong mùa khô hanh (từ tháng 11/2026 đến hết tháng 4/2027)"),
    ("p", "- Các tổ hợp tác, hợp tác xã nhận khoán tuần tra rừng theo lịch, ít nhất 04 lượt mỗi tuần; trực lửa 24/24 "
          "giờ vào những ngày dự báo cháy rừng từ cấp IV trở lên."),
    ("p", "- Hạt Kiểm lâm phối hợp với Công an xã Thành Công, Công an xã Phan Thanh ngăn chặn, xử lý người mang lửa "
          "vào rừng trái phép; mọi điểm cháy báo ngay về Ban Giám đốc Vườn."),
    ("p", "- Trung tâm Giáo dục môi trường và Dịch vụ môi trường rừng chi trả tiền khoán bảo vệ rừng quý IV/2026 cho "
          "các tổ hợp tác, hợp tác xã trước ngày 20/12/2026."),
    ("s", "3. Hỗ trợ hợp tác xã trồng dược liệu dưới tán rừng"),
    ("p", "- Phòng Kỹ thuật, Khoa học và Hợp tác quốc tế hướng dẫn Hợp tác xã Dược liệu Phia Đén, Hợp tác xã Nông lâm "
          "nghiệp Phan Thanh trồng dặm giảo cổ lam, hoàng tinh hoa đỏ dưới tán rừng vào đầu mùa mưa năm 2027 (tháng "
          "4 - 5/2027)."),
    ("p", "- Trung tâm Giáo dục môi trường và Dịch vụ môi trường rừng phối hợp Liên minh Hợp tác xã tỉnh Cao Bằng đưa "
          "sản phẩm dược liệu, chè của 02 hợp tác xã vào điểm trưng bày tại trạm dừng chân đèo Phia Oắc, xong trước "
          "mùa băng tuyết (trong tháng 11/2026)."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Tổ chức - Hành chính trình Giám đốc Vườn khen thưởng các tổ hợp tác, hợp tác xã không để xảy ra "
          "cháy rừng trên diện tích nhận khoán, xong trong tháng 5/2027."),
    ("p", "2. Đề nghị Ủy ban nhân dân xã Thành Công, xã Phan Thanh chỉ đạo các thôn vùng đệm đưa nội dung phòng cháy "
          "rừng vào hương ước, quy ước và họp thôn trước ngày 30/11/2026."),
    ("p", "3. Hạt Kiểm lâm giúp Giám đốc Vườn nắm tình hình cả mùa khô, gửi báo cáo kết quả về Giám đốc Vườn và Sở Nông "
          "nghiệp và Môi trường trước ngày 15/5/2027."),
    ("p", "Trên đây là Kế hoạch phối hợp bảo vệ rừng, phòng cháy, chữa cháy rừng mùa khô hanh 2026 - 2027 của Vườn "
          "quốc gia Phia Oắc - Phia Đén./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở NN&MT (b/c);", "- Chi cục Kiểm lâm tỉnh;",
            "- UBND xã Thành Công, xã Phan Thanh;", "- Các THT, HTX nhận khoán;", "- Lưu: VT, HKL."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lương Văn Khởi", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:20 in Việt Nam
PDF_DATE = b"D:20261020152000+07'00'"


def table_html() -> str:
    head = "".join(f"<th>{e(h)}</th>" for h in TABLE_HEAD)
    rows = "".join("<tr>" + "".join(f'<td class="{"n" if i in (0, 2, 3, 4) else ""}">{e(v)}</td>'
                                    for i, v in enumerate(row)) + "</tr>" for row in TABLE_ROWS)
    return ('<table class="list"><colgroup><col style="width:7%"><col style="width:45%"><col style="width:18%">'
            '<col style="width:14%"><col style="width:16%"></colgroup>'
            f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")


def build_html() -> str:
    out = page_start("Kế hoạch 138/KH-VQG", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": lambda: f"<h3>{e(text)}</h3>", "s": lambda: f"<h4>{e(text)}</h4>",
                    "p": lambda: f'<p class="t">{e(text)}</p>', "table": table_html}[kind]())
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
