"""Write d_quang-tri_127-KH-UBND-2026_bang-trong-than-kinh-phi.pdf, the eighteenth held-out set's PDF, from the HTML
this script writes.

    .venv/bin/python benchmarks/corpus/unseen18/make_pdf.py            # writes sources/d_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen18/make_pdf.py --html-only

An ordinary province's plan for two years (May 2026, after Quảng Trị and Quảng Bình were merged) whose tasks are a
TABLE IN THE BODY, not an appendix: III. "NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG" is one bordered table STT | Nội dung
nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Kinh phí (triệu đồng), with group rows I, II, III
spanning the row and task rows 1 … 9 numbered through; the funding column last (a figure, "Lồng ghép" or empty); a
cooperating cell listing its bodies one a line; IV. funding in prose; V. two tasks in prose and a class's duty; the
signature beside "Nơi nhận".

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
STEM = "d_quang-tri_127-KH-UBND-2026_bang-trong-than-kinh-phi"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 18mm 15mm 18mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 11.5pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 42% 58%; text-align: center; font-size: 10.5pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 10pt; }
h3 { font-size: 11.5pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
table.tasks th, table.tasks td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: top; }
table.tasks td.c { text-align: center; }
table.tasks tr.g td { font-weight: bold; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("ỦY BAN NHÂN DÂN", "b"), ("TỈNH QUẢNG TRỊ", "b"), ("Số: 127/KH-UBND", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Quảng Trị, ngày 18 tháng 5 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Phát triển hợp tác xã nông nghiệp vùng gò đồi và ven biển tỉnh Quảng Trị giai đoạn 2026 - 2027"

BEFORE = [
    ("p", "Nhằm phát huy lợi thế vùng gò đồi phía Tây và dải cát ven biển của tỉnh sau hợp nhất, Ủy ban nhân dân tỉnh "
          "ban hành Kế hoạch phát triển hợp tác xã nông nghiệp giai đoạn 2026 - 2027 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Nâng cao quy mô, hiệu quả của hợp tác xã trồng rừng gỗ lớn, cây dược liệu, nuôi trồng thủy sản trên cát; "
          "phân công rõ cơ quan chủ trì, cơ quan phối hợp, thời gian và nguồn kinh phí của từng nhiệm vụ."),
    ("h", "II. CHỈ TIÊU"),
    ("p", "Đến hết năm 2027, thành lập mới 45 hợp tác xã nông nghiệp; 60% hợp tác xã vùng gò đồi và ven biển hoạt "
          "động hiệu quả; 20 hợp tác xã có sản phẩm được chứng nhận OCOP từ 3 sao trở lên."),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP VÀ PHÂN CÔNG"),
]

COLUMNS = ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
           "Kinh phí (triệu đồng)")
WIDTHS = (5, 41, 16, 17, 11, 10)

# a group row: (numeral, title); a task row: (number, task, lead, [cooperating, one a line], time, funding)
ROWS = [
    ("I", "PHÁT TRIỂN VÙNG NGUYÊN LIỆU"),
    ("1", "Quy hoạch vùng trồng rừng gỗ lớn có chứng chỉ FSC gắn với hợp tác xã ở các xã vùng gò đồi",
     "Sở Nông nghiệp và Môi trường", ["Ủy ban nhân dân các xã"], "Năm 2026", "850"),
    ("2", "Hỗ trợ hợp tác xã trồng dược liệu dưới tán rừng, xây dựng 03 vườn ươm giống",
     "Sở Nông nghiệp và Môi trường", ["Sở Khoa học và Công nghệ", "Hội Nông dân tỉnh"], "2026 - 2027", "1.200"),
    ("3", "Xây dựng mô hình nuôi tôm trên cát ứng dụng công nghệ cao do hợp tác xã quản lý",
     "Sở Khoa học và Công nghệ", ["Sở Nông nghiệp và Môi trường"], "Quý IV/2026", "2.400"),
    ("II", "TỔ CHỨC LẠI SẢN XUẤT VÀ TIÊU THỤ"),
    ("4", "Củng cố, tổ chức lại các hợp tác xã hoạt động yếu kém, ngừng hoạt động ở vùng ven biển",
     "Sở Tài chính", ["Liên minh Hợp tác xã tỉnh", "Ủy ban nhân dân các xã, phường"], "Trước 31/12/2026", "Lồng ghép"),
    ("5", "Kết nối hợp tác xã với doanh nghiệp chế biến gỗ, thủy sản; ký hợp đồng bao tiêu sản phẩm",
     "Sở Công Thương", ["Hiệp hội Doanh nghiệp tỉnh"], "Hằng năm", "300"),
    ("6", "Hỗ trợ hợp tác xã hoàn thiện hồ sơ đánh giá, phân hạng sản phẩm OCOP",
     "Sở Nông nghiệp và Môi trường", ["Sở Công Thương"], "Quý III/2026", "450"),
    ("III", "NGUỒN LỰC VÀ TÍN DỤNG"),
    ("7", "Cho hợp tác xã vay vốn từ Quỹ Hỗ trợ phát triển hợp tác xã tỉnh để đầu tư máy móc, kho bãi",
     "Liên minh Hợp tác xã tỉnh", ["Sở Tài chính"], "2026 - 2027", ""),
    ("8", "Đào tạo, bồi dưỡng 400 lượt cán bộ quản lý hợp tác xã về quản trị, chuyển đổi số",
     "Liên minh Hợp tác xã tỉnh", ["Sở Nội vụ"], "Tháng 8/2026", "600"),
    ("9", "Đưa cán bộ trẻ có trình độ đại học về làm việc tại hợp tác xã theo chính sách của tỉnh",
     "Sở Nội vụ", ["Liên minh Hợp tác xã tỉnh", "Sở Tài chính"], "Năm 2027", "1.500"),
]

AFTER = [
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí dự kiến 7.300 triệu đồng từ ngân sách tỉnh, lồng ghép nguồn vốn của ba chương trình mục tiêu "
          "quốc gia, cùng phần đối ứng do hợp tác xã tự bảo đảm; hằng năm các cơ quan chủ trì lập dự toán gửi Sở Tài chính thẩm định."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Tài chính là cơ quan thường trực, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân "
          "dân tỉnh kết quả năm 2026 trước ngày 20/12/2026."),
    ("p", "2. Sở Nông nghiệp và Môi trường phối hợp với Sở Tài chính đánh giá giữa kỳ việc thực hiện Kế hoạch, đề xuất "
          "điều chỉnh chỉ tiêu trong quý I/2027."),
    ("p", "3. Các sở, ngành, Ủy ban nhân dân các xã, phường căn cứ nhiệm vụ được phân công tổ chức thực hiện, bảo đảm "
          "đúng tiến độ./."),
]

NOI_NHAN = ["Nơi nhận:", "- Thường trực Tỉnh ủy (b/c);", "- Thường trực HĐND tỉnh (b/c);",
            "- CT, PCT UBND tỉnh Lê Văn Hòa;", "- Các Sở: TC, NNMT, KHCN, CT, NV;", "- Liên minh HTX tỉnh;",
            "- Các xã, phường (t/h);", "- Lưu: VT, KTN."]
SIGN = [("TM. ỦY BAN NHÂN DÂN", "b"), ("KT. CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""),
        ("Hồ Sĩ Trượng", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 16:45 in Việt Nam
PDF_DATE = b"D:20260518164500+07'00'"


def part(items) -> list[str]:
    return [f'<h3>{e(text)}</h3>' if kind == "h" else f'<p class="t">{e(text)}</p>' for kind, text in items]


def build_html() -> str:
    out = page_start("Kế hoạch 127/KH-UBND", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += part(BEFORE)
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        if len(row) == 2:
            out.append(f'<tr class="g"><td class="c">{e(row[0])}</td><td colspan="5">{e(row[1])}</td></tr>')
            continue
        number, task, lead, partners, time, money = row
        out.append(f'<tr><td class="c">{e(number)}</td><td>{e(task)}</td><td>{e(lead)}</td>'
                   f'<td>{"<br>".join(e(p) for p in partners)}</td><td class="c">{e(time)}</td>'
                   f'<td class="c">{e(money)}</td></tr>')
    out += ['</tbody>', '</table>']
    out += part(AFTER)
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
