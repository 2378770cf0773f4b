"""Write b_vinh-long_318-KH-CAT-2026_cong-an-htx-quy-tin-dung-theo-giai-doan.pdf, the fifty-fourth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen54/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen54/make_pdf.py --html-only

A provincial police department's plan (July 2026) on security in cooperatives and people's credit funds: I. purposes,
II. the units named with their codes in brackets, III. one bordered table TT | Nội dung công việc | Lực lượng thực
hiện | Thời gian whose rows are grouped under two full-width phase rows, the forces cell a sentence with the codes
("PA04 chủ trì; …  phối hợp"); IV. two numbered paragraphs; the closing sentence; the signature beside "Nơi nhận", the
signer's rank before the name.

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
STEM = "b_vinh-long_318-KH-CAT-2026_cong-an-htx-quy-tin-dung-theo-giai-doan"
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
table.tasks { border-collapse: collapse; width: 100%; font-size: 10.5pt; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; }
table.tasks td.c { text-align: center; }
table.tasks td.phase { font-weight: bold; font-style: italic; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("BỘ CÔNG AN", ""), ("CÔNG AN TỈNH VĨNH LONG", "b"), ("Số: 318/KH-CAT-PA04", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Vĩnh Long, ngày 08 tháng 7 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Bảo đảm an ninh, trật tự trong hoạt động của hợp tác xã, quỹ tín dụng nhân dân 6 tháng cuối năm 2026"

BEFORE = [
    ("p", "Để chủ động phòng ngừa vi phạm pháp luật lợi dụng mô hình hợp tác xã, quỹ tín dụng nhân dân trên địa bàn "
          "tỉnh, Công an tỉnh xây dựng Kế hoạch với các nội dung sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Nắm chắc tình hình, phát hiện sớm hành vi huy động vốn trái phép, lừa đảo, chiếm đoạt tài sản của thành "
          "viên; không để hình thành điểm nóng về an ninh, trật tự ở các hợp tác xã, quỹ tín dụng nhân dân. Bảo đảm "
          "bí mật, không gây cản trở hoạt động sản xuất, kinh doanh hợp pháp."),
    ("h", "II. LỰC LƯỢNG THAM GIA"),
    ("p", "Phòng An ninh kinh tế (PA04) là đơn vị thường trực; Phòng Tham mưu (PV01); Phòng Cảnh sát kinh tế (PC03); "
          "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (PC07); Phòng Hậu cần (PH10); Công an các xã, "
          "phường."),
    ("h", "III. NỘI DUNG, PHÂN CÔNG"),
]

COLUMNS = ["TT", "Nội dung công việc", "Lực lượng thực hiện", "Thời gian"]
WIDTHS = [6, 46, 30, 18]
PHASES = [
    ("Giai đoạn 1: từ tháng 7 đến tháng 9/2026", [
        ("1", "Nắm tình hình hoạt động của hợp tác xã, quỹ tín dụng nhân dân; lập danh sách đơn vị có dấu hiệu huy "
              "động vốn trái phép hoặc núp bóng hợp tác xã để kinh doanh đa cấp",
         "PA04 chủ trì; Công an các xã, phường phối hợp", "Tháng 8/2026"),
        ("2", "Rà soát hợp tác xã đã đăng ký nhưng không hoạt động tại địa chỉ trụ sở, không báo cáo tình hình hoạt "
              "động",
         "PA04 chủ trì, phối hợp Sở Tài chính", "Trước 30/9/2026"),
        ("3", "Tuyên truyền phương thức, thủ đoạn lừa đảo qua mạng cho ban quản trị, ban kiểm soát hợp tác xã, quỹ "
              "tín dụng nhân dân tại các hội nghị của Liên minh",
         "PV01 chủ trì; Liên minh HTX tỉnh Vĩnh Long phối hợp", "Quý III/2026"),
    ]),
    ("Giai đoạn 2: từ tháng 10 đến tháng 12/2026", [
        ("4", "Kiểm tra, xác minh hợp tác xã có dấu hiệu vi phạm trong sử dụng vốn hỗ trợ của Nhà nước, vốn góp "
              "của thành viên",
         "PC03 chủ trì; PA04 phối hợp", "Tháng 10 - 11/2026"),
        ("5", "Trao đổi thông tin về quỹ tín dụng nhân dân có nợ xấu tăng nhanh, có dấu hiệu cho vay sai quy định",
         "PA04 chủ trì, phối hợp Ngân hàng Hợp tác xã - Chi nhánh Vĩnh Long", "Định kỳ hằng quý"),
        ("6", "Hướng dẫn hợp tác xã có kho chứa nông sản, xưởng sấy lúa xây dựng phương án chữa cháy tại chỗ",
         "PC07 chủ trì; Công an các xã, phường phối hợp", "Trước mùa khô (xong trong tháng 11/2026)"),
        ("7", "Sơ kết việc thực hiện Kế hoạch, đề xuất Giám đốc Công an tỉnh phương hướng năm 2027",
         "PA04", "Trước 20/12/2026"),
    ]),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Công an các xã, phường phân công cán bộ theo dõi từng hợp tác xã, quỹ tín dụng nhân dân trên địa bàn; "
          "báo cáo kết quả về Công an tỉnh (qua PA04) trước ngày 25 hằng tháng."),
    ("p", "2. Phòng Hậu cần (PH10) bảo đảm kinh phí, phương tiện cho các lực lượng theo dự toán được duyệt."),
    ("p", "Yêu cầu Thủ trưởng các đơn vị nghiêm túc thực hiện; vướng mắc báo cáo về Công an tỉnh (qua PA04) để chỉ "
          "đạo./."),
]

NOI_NHAN = ["Nơi nhận:", "- Cục An ninh kinh tế (để b/c);", "- Đ/c Giám đốc (để b/c);", "- UBND tỉnh (để b/c);",
            "- Sở Tài chính, LMHTX tỉnh;", "- Các đơn vị: PV01, PC03, PC07, PH10;", "- CA các xã, phường;",
            "- Lưu: VT, PA04."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""),
        ("Đại tá Trần Minh Khải", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 9:30 in Việt Nam
PDF_DATE = b"D:20260708093000+07'00'"


def paragraphs(items) -> list[str]:
    return [f'<h3>{e(text)}</h3>' if kind == "h" else f'<p class="t">{e(text)}</p>' for kind, text in items]


def table() -> list[str]:
    out = table_start(WIDTHS, COLUMNS)
    for phase, rows in PHASES:
        out.append(f'<tr><td class="phase" colspan="4">{e(phase)}</td></tr>')
        for number, work, forces, time in rows:
            out.append(f'<tr><td class="c">{e(number)}</td><td>{e(work)}</td><td>{e(forces)}</td>'
                       f'<td class="c">{e(time)}</td></tr>')
    out += ['</tbody>', '</table>']
    return out


def build_html() -> str:
    out = page_start("Kế hoạch 318/KH-CAT-PA04", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += paragraphs(BEFORE)
    out += table()
    out += paragraphs(AFTER)
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
