"""Write b_quang-ninh_286-KH-NDHB-2026_nhiet-dien-tro-xi-htx-in-2-trang.pdf, the hundred-and-eighty-fourth held-out
set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen184/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen184/make_pdf.py --html-only

A coal-fired power company's plan (August 2026) giving the fly ash, bottom slag and FGD gypsum of its plant to
cooperatives: unburnt bricks, field roads on slag, gypsum tried on acid paddy soil, with the plant's own sampling,
weighing and monitoring. The opening paragraph, I. purposes ("-" lines), II. a small facts table of the receiving
cooperatives and tonnages (no work) and a note under it, III. ten numbered paragraphs naming their doers, IV. funding
(no work), V. two numbered paragraphs, a closing sentence, the signature beside "Nơi nhận".

PRINTED TWO PAGES PER SHEET, as a print-to-PDF driver does it with "2 pages per sheet": each landscape A4 sheet holds
two A5 portrait pages side by side (an A4 page reduced to 71 %: 13 pt type is 9.2 pt), each with its own margins and,
from the second page on, its number centred at its top as Nghị định 30/2020 places it; the third page is alone on the
second sheet, its right half blank. The pages are cut by hand where the A4 original breaks, its lines full: III.1 runs
from the foot of the first page over the gutter into the second page mid-sentence (its time is there), and III.10 from
the foot of the second page onto the next sheet (a receiver's name cut after "Sở", its date on the next sheet).
``pdftotext`` prints the second page's number first (it is the highest line of the sheet), then the left page, then
the right one.

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, page_start, print_dated_pdf, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_quang-ninh_286-KH-NDHB-2026_nhiet-dien-tro-xi-htx-in-2-trang"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

# An A4 page at 71 %: 13 pt type is 9.2 pt, the 20/15/20/30 mm margins are 14/10.6/14/21.2 mm.
CSS = """
@page { size: A4 landscape; margin: 0; }
body { margin: 0; font-family: "DejaVu Serif"; font-size: 9.2pt; line-height: 1.36; }
.sheet { width: 297mm; height: 210mm; display: flex; break-after: page; overflow: hidden; }
.sheet:last-child { break-after: auto; }
.page { width: 148.5mm; height: 210mm; box-sizing: border-box; padding: 14mm 10.6mm 14mm 21.2mm; position: relative;
        overflow: hidden; }
.num { position: absolute; top: 6mm; left: 0; right: 0; text-align: center; font-size: 9.2pt; margin: 0; }
.head { display: grid; grid-template-columns: 42% 58%; text-align: center; font-size: 7.4pt; line-height: 1.3; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 9.8pt; text-align: center; margin: 11pt 0 0; }
h2 { font-size: 9.4pt; text-align: center; margin: 1pt 0 8pt; }
h3 { font-size: 9.2pt; margin: 5pt 0 2pt; }
p.t { text-indent: 7mm; text-align: justify; margin: 0 0 3pt; }
p.c { text-align: justify; margin: 0 0 3pt; }
p.cut { text-align-last: justify; }
table.facts { border-collapse: collapse; width: 100%; font-size: 7.4pt; line-height: 1.25; margin: 2pt 0 5pt; }
table.facts th, table.facts td { border: 0.6pt solid #000; padding: 1.5pt 2.5pt; vertical-align: top; }
table.facts td.r { text-align: right; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 8pt; }
.sign p { margin: 0; }
.sign .left { font-size: 7.4pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("NHIỆT ĐIỆN HOÀNH BỒ", "b"), ("Số: 286/KH-NĐHB", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Quảng Ninh, ngày 14 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Đưa tro, xỉ và thạch cao tới các hợp tác xã làm vật liệu xây dựng, đường nội đồng, cải tạo đất năm 2026 - 2027"

FACTS_HEAD = ["Hợp tác xã nhận", "Vật liệu", "Khối lượng (tấn)", "Dùng để"]
FACTS = [
    ("HTX Gạch không nung Thống Nhất (xã Thống Nhất)", "Tro bay", "24.000", "Gạch bê tông, gạch block"),
    ("HTX Dịch vụ nông nghiệp Quảng La (xã Quảng La)", "Xỉ đáy lò", "12.500", "Nền đường giao thông nội đồng"),
    ("HTX Vật liệu xây dựng Lê Lợi (phường Hoành Bồ)", "Tro bay, xỉ", "4.800", "Vữa xây, bê tông lót"),
    ("HTX Nông nghiệp Sơn Dương (xã Sơn Dương)", "Thạch cao", "600", "Thử nghiệm cải tạo đất chua"),
]

# The text in order, each block (kind, text): "head" the header and title, "h" a heading, "t" a paragraph, "facts" the
# table, "sign" the signature. A "¦" inside a paragraph is where its page ends (the rest goes on the next page, not
# indented); a ("page", "") block starts a new page between blocks.
BLOCKS = [
    ("head", ""),
    ("t", "Mỗi năm Nhà máy Nhiệt điện Hoành Bồ (hai tổ máy, 2 × 330 MW) thải ra khoảng 720.000 tấn tro bay, 105.000 "
          "tấn xỉ đáy lò và 96.000 tấn thạch cao của hệ thống khử lưu huỳnh khói thải; bãi thải xỉ Đồng Đăng đã "
          "chứa tới 74% dung tích thiết kế. Thực hiện Nghị định số 08/2022/NĐ-CP ngày 10 tháng 01 năm 2022 của "
          "Chính phủ quy định chi tiết một số điều của Luật Bảo vệ môi trường và Công văn số 5127/UBND-XD ngày "
          "24/7/2026 của UBND tỉnh về tiêu thụ tro, xỉ, thạch cao, Công ty lập Kế hoạch đưa các vật liệu này tới "
          "các hợp tác xã ở các xã, phường lân cận Nhà máy."),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("t", "- Trong 12 tháng đưa ít nhất 40.000 tấn tro, xỉ, thạch cao vào sử dụng qua các hợp tác xã, giảm tương "
          "ứng lượng phải đổ ra bãi thải."),
    ("t", "- Vật liệu giao cho hợp tác xã phải có kết quả phân tích đạt yêu cầu làm vật liệu xây dựng; việc chở, "
          "dùng vật liệu không gây bụi, không làm bẩn nguồn nước của dân."),
    ("h", "II. HỢP TÁC XÃ NHẬN VÀ KHỐI LƯỢNG DỰ KIẾN"),
    ("facts", ""),
    ("t", "Khối lượng trên là số các hợp tác xã đăng ký với Công ty trong tháng 7/2026; số thực giao tính theo phiếu "
          "cân từng chuyến xe ra khỏi bãi thải."),
    ("h", "III. NHIỆM VỤ"),
    ("t", "1. Phòng Kỹ thuật - An toàn lấy mẫu tro bay, xỉ đáy lò, thạch cao đợt đầu, gửi Trung tâm Kỹ thuật "
          "Tiêu chuẩn Đo lường Chất lượng Quảng Ninh phân tích thành phần hóa, chỉ số hoạt độ phóng xạ và ¦hàm "
          "lượng kim loại nặng; xong trước 10/9/2026."),
    ("t", "2. Phòng Kinh doanh soạn và ký hợp đồng giao nhận vật liệu với từng hợp tác xã (Công ty không thu "
          "tiền vật liệu; hợp tác xã chịu chi phí bốc xúc, vận chuyển và tự kiểm tra vật liệu khi nhận), phối hợp Phòng Tài chính - Kế toán "
          "thống nhất đơn giá bốc xúc; hoàn thành trong tháng 9/2026."),
    ("t", "3. Phân xưởng Vận hành bãi thải sửa đường nội bộ, lắp trạm cân 60 tấn có camera và dàn phun sương "
          "tại cổng bãi thải xỉ Đồng Đăng trước ngày 15/10/2026; bố trí ca giao vật liệu từ 7 giờ đến 17 giờ các "
          "ngày trong tuần, trừ ngày Nhà máy xả xỉ ướt."),
    ("t", "4. Đề nghị HTX Vận tải Hoành Bồ dùng xe thùng kín hoặc phủ bạt kín, rửa bánh xe trước khi ra đường "
          "tỉnh 326, chạy đúng tuyến đã thống nhất với UBND các xã; thực hiện trong suốt thời gian nhận vật "
          "liệu."),
    ("t", "5. Phòng Kỹ thuật - An toàn phối hợp Viện Vật liệu xây dựng hướng dẫn HTX Gạch không nung Thống Nhất "
          "điều chỉnh cấp phối (tro bay chiếm 30 - 35% khối lượng), thử cường độ nén các lô gạch đầu tiên; "
          "tháng 10 - 11/2026."),
    ("t", "6. Đề nghị Sở Xây dựng hướng dẫn HTX Gạch không nung Thống Nhất, HTX Vật liệu xây dựng Lê Lợi lập hồ "
          "sơ công bố hợp quy sản phẩm có dùng tro, xỉ; trong quý IV/2026."),
    ("t", "7. Ban Quản lý dự án Công ty cùng HTX Dịch vụ nông nghiệp Quảng La làm thử 1,2 km đường nội đồng "
          "nền xỉ đáy lò (rộng 3,5 m, lớp xỉ dày 30 cm, lu lèn chặt) ở cánh đồng thôn Đồng Trà, phối hợp UBND xã Quảng La giám sát thi công; xong trước mùa "
          "mưa (trước 30/4/2027)."),
    ("t", "8. Phòng Kỹ thuật - An toàn và Trung tâm Khuyến nông tỉnh làm mô hình bón thạch cao cho 05 ha lúa "
          "trên đất chua của HTX Nông nghiệp Sơn Dương trong vụ Xuân 2027, lấy mẫu đất trước khi bón và sau thu "
          "hoạch; tổng kết mô hình trong tháng 7/2027."),
    ("t", "9. Phòng Kỹ thuật - An toàn quan trắc bụi, nước rỉ tại bãi thải và tại các điểm tập kết vật liệu của "
          "các hợp tác xã theo từng quý, gửi kết quả cho Sở Nông nghiệp và Môi trường và UBND các xã, phường nơi "
          "có điểm tập kết; điểm nào có kết quả vượt giới hạn cho phép thì tạm dừng giao vật liệu tới điểm đó."),
    ("t", "10. Phòng Tài chính - Kế toán theo dõi khối lượng xuất cho từng hợp tác xã qua phiếu cân, đối chiếu "
          "với hợp tác xã vào ngày cuối mỗi tháng, báo cáo Tổng Giám đốc hằng tháng; lập báo cáo năm về lượng tro, "
          "xỉ, thạch cao đã đưa vào sử dụng gửi Sở Xây dựng, Sở ¦Nông nghiệp và Môi trường trước ngày 15/01/2027."),
    ("h", "IV. KINH PHÍ"),
    ("t", "Chi phí lấy mẫu, phân tích, quan trắc, làm trạm cân và sửa đường nội bộ lấy từ kế hoạch chi phí bảo vệ "
          "môi trường năm 2026, năm 2027 của Nhà máy; chi phí làm thử đường nội đồng và mô hình bón thạch cao lấy "
          "từ quỹ phúc lợi xã hội của Công ty. Các hợp tác xã tự chịu chi phí bốc xúc, vận chuyển và sản xuất."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("t", "1. Phó Tổng Giám đốc phụ trách kỹ thuật chỉ đạo chung việc thực hiện Kế hoạch; Phòng Kỹ thuật - An "
          "toàn là đầu mối theo dõi."),
    ("t", "2. Văn phòng Công ty gửi Kế hoạch tới UBND các xã Thống Nhất, Quảng La, Sơn Dương, phường Hoành Bồ và "
          "các hợp tác xã có tên tại mục II, đăng trên trang thông tin điện tử của Công ty trong tháng 8/2026."),
    ("t", "Đơn vị nào gặp vướng mắc khi làm thì báo ngay Phòng Kỹ thuật - An toàn để tổng hợp, trình Tổng Giám đốc "
          "giải quyết./."),
    ("sign", ""),
]


def pages() -> list[list[tuple[str, str]]]:
    """``BLOCKS`` cut into the small pages where a "¦" or a ("page", "") block says."""
    out: list[list[tuple[str, str]]] = [[]]
    for kind, text in BLOCKS:
        if kind == "page":
            out.append([])
            continue
        parts = text.split("¦")
        out[-1].append((kind + (" cut" if len(parts) > 1 else ""), parts[0].rstrip()))
        for rest in parts[1:]:
            out.append([("c", rest.lstrip())])
    return out


NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh Quảng Ninh (b/c);", "- Sở Xây dựng, Sở NN&MT;",
            "- UBND các xã, phường có tên tại mục II;", "- Các HTX có tên tại mục II;", "- HĐQT, Ban TGĐ;",
            "- Các phòng, phân xưởng;", "- Lưu: VT, KTAT."]
SIGN = [("KT. TỔNG GIÁM ĐỐC", "b"), ("PHÓ TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Vũ Đức Thuận", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:10 in Việt Nam
PDF_DATE = b"D:20260814151000+07'00'"


def block(kind: str, text: str) -> list[str]:
    if kind == "head":
        columns = ['<div>' + "".join(f'<p class="{cls}">{e(t)}</p>' for t, cls in column) + '</div>'
                   for column in (HEAD_LEFT, HEAD_RIGHT)]
        return ['<div class="head">', *columns, '</div>', f'<h1>{e(TITLE)}</h1>', f'<h2>{e(SUBTITLE)}</h2>']
    if kind == "facts":
        out = ['<table class="facts">', '<tr>' + "".join(f'<th>{e(h)}</th>' for h in FACTS_HEAD) + '</tr>']
        out += ['<tr>' + "".join(f'<td class="r">{e(v)}</td>' if i == 2 else f'<td>{e(v)}</td>'
                                 for i, v in enumerate(row)) + '</tr>' for row in FACTS]
        return out + ['</table>']
    if kind == "sign":
        return ['<div class="sign"><div class="left">'
                + "".join(f'<p class="{"b i" if i == 0 else ""}">{e(x)}</p>' for i, x in enumerate(NOI_NHAN))
                + '</div><div class="right">'
                + "".join(f'<p class="{cls}">{e(t) or "&nbsp;"}</p>' for t, cls in SIGN) + '</div></div>']
    if kind == "h":
        return [f'<h3>{e(text)}</h3>']
    return [f'<p class="{kind}">{e(text)}</p>']


def build_html() -> str:
    out = page_start("Kế hoạch 286/KH-NĐHB", CSS)
    small = pages()
    sheets = [small[i:i + 2] for i in range(0, len(small), 2)]
    number = 0
    for sheet in sheets:
        out.append('<div class="sheet">')
        for page in sheet:
            number += 1
            out.append('<div class="page">')
            if number > 1:
                out.append(f'<p class="num">{number}</p>')
            for kind, text in page:
                out += block(kind, text)
            out.append('</div>')
        out.append('</div>')
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
