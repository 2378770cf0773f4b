"""Write b_hai-phong_41-KH-LHHN-2026_lien-hiep-huu-nghi-ket-noi-htx.pdf, the hundred-and-eleventh held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen111/make_pdf.py            # writes sources/b_….html, then the PDF
    .venv/bin/python benchmarks/corpus/unseen111/make_pdf.py --html-only

A city's Liên hiệp các tổ chức hữu nghị plan (July 2026) for linking cooperatives with foreign partners: I. purposes,
II. a bordered table Hoạt động | Chủ trì | Phối hợp | Thời gian with a group row per subject, III. numbered
paragraphs; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, table_start, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_hai-phong_41-KH-LHHN-2026_lien-hiep-huu-nghi-ket-noi-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 45% 55%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 11pt; }
table.tasks th, table.tasks td { border: 1px solid #000; padding: 3pt; vertical-align: top; }
td.g { font-weight: bold; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ", "b"), ("THÀNH PHỐ HẢI PHÒNG", "b"), ("Số: 41/KH-LHHN", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hải Phòng, ngày 20 tháng 7 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Kết nối hợp tác xã của thành phố với đối tác, tổ chức phi chính phủ nước ngoài 6 tháng cuối năm 2026"

BEFORE = [
    ("p", "Nhằm tận dụng quan hệ hữu nghị với các địa phương, tổ chức nhân dân nước ngoài để mở thêm thị trường, "
          "nguồn hỗ trợ kỹ thuật cho hợp tác xã, Liên hiệp các tổ chức hữu nghị thành phố (Liên hiệp) đề ra các hoạt "
          "động sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giới thiệu hợp tác xã sản xuất rau an toàn, thủy sản, nước mắm và hàng thủ công của thành phố với bạn bè "
          "quốc tế; mỗi hoạt động có đơn vị chủ trì và thời gian rõ ràng."),
    ("h", "II. CÁC HOẠT ĐỘNG"),
]

COLUMNS = ["TT", "Hoạt động", "Chủ trì", "Phối hợp", "Thời gian"]
WIDTHS = [6, 40, 18, 20, 16]
# None in the first cell: a group row spanning the table
ROWS = [
    (None, "A. Kết nối thông tin"),
    ("1", "Lập danh sách 30 hợp tác xã có sản phẩm đủ điều kiện giới thiệu với đối tác nước ngoài, kèm hồ sơ "
          "song ngữ", "Ban Đối ngoại nhân dân", "Liên minh HTX TP", "trước 31/8"),
    ("2", "Dịch và đăng thông tin sản phẩm hợp tác xã trên trang tiếng Anh, tiếng Hàn của Liên hiệp",
     "Văn phòng Liên hiệp", "", "T9-T10/2026"),
    ("3", "Gửi thư giới thiệu hợp tác xã tới các hội hữu nghị của các địa phương kết nghĩa (Kitakyushu, Incheon, "
          "Quảng Tây)", "Hội Hữu nghị Việt Nam - Nhật Bản TP", "Hội Hữu nghị Việt - Hàn TP; Hội Hữu nghị Việt - "
          "Trung TP", "Quý III/2026"),
    (None, "B. Đón đoàn, xúc tiến"),
    ("4", "Đón đoàn doanh nghiệp, nhà nhập khẩu Hàn Quốc thăm hợp tác xã nước mắm Cát Hải, rau an toàn An Lão",
     "Hội Hữu nghị Việt - Hàn TP", "Sở Ngoại vụ, UBND đặc khu Cát Hải", "Tháng 10/2026"),
    ("5", "Hỗ trợ 05 hợp tác xã tham gia gian hàng chung tại hội chợ nông sản quốc tế", "Ban Đối ngoại nhân dân",
     "Sở Công Thương", "Theo thời gian hội chợ (dự kiến tháng 11/2026)"),
    ("6", "Vận động tổ chức phi chính phủ nước ngoài tài trợ dự án nhỏ về chế biến, đóng gói cho hợp tác xã phụ nữ",
     "Ban Dự án và Viện trợ PCPNN", "Hội LHPN TP, Liên minh HTX TP", "Cả 6 tháng"),
    (None, "C. Tập huấn"),
    ("7", "Tập huấn kỹ năng đàm phán, giao tiếp với đối tác nước ngoài cho cán bộ quản lý hợp tác xã (02 lớp)",
     "Ban Đối ngoại nhân dân", "Trường Đại học Hàng hải Việt Nam", "Tháng 9 và tháng 11/2026"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Văn phòng Liên hiệp bố trí kinh phí từ nguồn hoạt động đối ngoại nhân dân được giao năm 2026; xong "
          "trong tháng 8/2026."),
    ("p", "2. Các hội hữu nghị thành viên báo cáo kết quả hoạt động với hợp tác xã về Ban Đối ngoại nhân dân trước "
          "ngày 05/12/2026 để tổng hợp, báo cáo Thường trực Liên hiệp."),
]

NOI_NHAN = ["Nơi nhận:", "- Liên hiệp các tổ chức hữu nghị VN (b/c);", "- Thành ủy, UBND TP (b/c);",
            "- Sở Ngoại vụ; Liên minh HTX TP;", "- Các hội thành viên;", "- Lưu: VT, Ban ĐNND."]
SIGN = [("TM. ĐOÀN CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH THƯỜNG TRỰC", "b"), ("", ""), ("", ""), ("", ""),
        ("Đỗ Thị Hải Yến", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:00 in Việt Nam
PDF_DATE = b"D:20260720140000+07'00'"


def block(items) -> list[str]:
    return [{"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind] for kind, text in items]


def build_html() -> str:
    out = page_start("Kế hoạch 41/KH-LHHN", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += block(BEFORE)
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        if row[0] is None:
            out.append(f'<tr><td class="g" colspan="{len(COLUMNS)}">{e(row[1])}</td></tr>')
        else:
            out.append('<tr>' + "".join(f'<td>{e(cell)}</td>' for cell in row) + '</tr>')
    out += ['</tbody>', '</table>']
    out += block(AFTER)
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
