"""Write b_gia-lai_146-KH-BQLDA-2026_san-phoi-kho-htx.pdf, the two-hundred-and-twentieth held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen220/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen220/make_pdf.py --html-only

A provincial construction project management board's plan (October 2026) building drying yards and warehouses for
five farming cooperatives: the opening, I. purposes, II. a facts table of the five works (TT | Công trình | HTX nhận
công trình | Địa điểm | Kinh phí: no work), III. the work as A MILESTONE TIMELINE — a borderless two-column table,
the milestone's date in bold on the left, the work on the right ending with an italic line
"Chủ trì: …; phối hợp: …" —, IV. one paragraph asking the cooperatives for a watchman; the closing sentence; the
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
STEM = "b_gia-lai_146-KH-BQLDA-2026_san-phoi-kho-htx"
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
table.tasks { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks th { text-align: center; }
table.tl { border-collapse: collapse; width: 100%; font-size: 11pt; line-height: 1.3; margin: 4pt 0 8pt; }
table.tl td { padding: 2pt 6pt 7pt; vertical-align: top; }
table.tl td.d { width: 24%; text-align: right; font-weight: bold; }
table.tl td.w { text-align: justify; }
table.tl p { margin: 0; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH GIA LAI", ""), ("BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ", "b"), ("XÂY DỰNG CÁC CÔNG TRÌNH", "b"),
             ("NÔNG NGHIỆP", "b"), ("Số: 146/KH-BQLDA", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Quy Nhơn, ngày 06 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thi công, bàn giao sân phơi và nhà kho cho 05 hợp tác xã nông nghiệp năm 2026 - 2027"

BEFORE = [
    ("p", "Căn cứ Quyết định số 1372/QĐ-UBND ngày 18/8/2026 của UBND tỉnh phê duyệt danh mục công trình hạ tầng hỗ "
          "trợ hợp tác xã nông nghiệp năm 2026 từ nguồn ngân sách tỉnh; Ban Quản lý dự án đầu tư xây dựng các công "
          "trình nông nghiệp (sau đây gọi là Ban) được giao làm chủ đầu tư 05 công trình. Ban xây dựng Kế hoạch thi "
          "công và bàn giao như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Các sân phơi xong trước vụ thu hoạch cà phê, lúa mùa; các nhà kho đưa vào sử dụng trước vụ Đông Xuân "
          "2026 - 2027."),
    ("p", "- Hợp tác xã được mời tham gia từ khâu bàn giao mặt bằng đến nghiệm thu; công trình bàn giao kèm đầy đủ "
          "hồ sơ, quy trình vận hành."),
    ("h", "II. DANH MỤC CÔNG TRÌNH"),
]

FACT_COLUMNS = ["TT", "Công trình", "HTX nhận công trình", "Địa điểm", "Kinh phí (triệu đồng)"]
FACT_WIDTHS = [6, 34, 26, 18, 16]
FACTS = [
    ("1", "Sân phơi bê tông 2.400 m²", "HTX Nông nghiệp Ia Le", "xã Ia Le", "1.150"),
    ("2", "Sân phơi bê tông 1.800 m²", "HTX Cà phê Chư Prông", "xã Chư Prông", "890"),
    ("3", "Sân phơi bê tông 1.500 m² và mái che", "HTX Dịch vụ nông nghiệp Kông Chro", "xã Kông Chro", "1.020"),
    ("4", "Nhà kho 600 m², máy sấy 10 tấn/mẻ", "HTX Nông nghiệp Phù Mỹ Đông", "xã Phù Mỹ Đông", "2.640"),
    ("5", "Nhà kho 450 m²", "HTX Nông nghiệp Đak Đoa", "xã Đak Đoa", "1.480"),
    ("", "Cộng", "", "", "7.180"),
]

TIMELINE_INTRO = ("Các mốc dưới đây là hạn phải xong; đơn vị chủ trì chịu trách nhiệm trước Giám đốc Ban về từng mốc.")

# (date, work, doers)
TIMELINE = [
    ("15/10/2026", "Bàn giao mặt bằng, cắm mốc 05 công trình; mời đại diện Ban quản trị từng hợp tác xã ký biên bản "
                   "nhận mặt bằng cùng nhà thầu.",
     "Chủ trì: Phòng Điều hành dự án; phối hợp: UBND các xã Ia Le, Chư Prông, Kông Chro, Phù Mỹ Đông, Đak Đoa."),
    ("25/10/2026", "Ký thỏa thuận với từng hợp tác xã về phần đối ứng 10% kinh phí bằng ngày công lao động và vật "
                   "liệu tại chỗ.",
     "Chủ trì: Phòng Kế hoạch - Tổng hợp; phối hợp: Liên minh Hợp tác xã tỉnh."),
    ("31/10/2026", "Khởi công 03 sân phơi ở Ia Le, Chư Prông, Kông Chro; treo biển công trình ghi rõ nguồn vốn, nhà "
                   "thầu, số điện thoại đường dây nóng của Ban.",
     "Chủ trì: Phòng Điều hành dự án."),
    ("Tháng 11/2026", "Lấy mẫu bê tông nền sân phơi, kiểm tra độ dốc thoát nước; dừng thi công đoạn nào không đạt "
                      "để xử lý.",
     "Chủ trì: Phòng Kỹ thuật - Thẩm định; phối hợp: Trung tâm Kiểm định chất lượng công trình xây dựng tỉnh."),
    ("30/11/2026", "Thành lập Ban giám sát đầu tư của cộng đồng cho từng công trình, mỗi ban có ít nhất 01 thành "
                   "viên hợp tác xã.",
     "Chủ trì: Ủy ban MTTQ Việt Nam các xã có công trình; phối hợp: Phòng Điều hành dự án."),
    ("15/12/2026", "Nghiệm thu hoàn thành, bàn giao 03 sân phơi cho hợp tác xã quản lý, vận hành; bàn giao bản vẽ "
                   "hoàn công và sổ theo dõi bảo trì.",
     "Chủ trì: Phòng Kỹ thuật - Thẩm định; phối hợp: Sở Nông nghiệp và Môi trường, UBND xã nơi có công trình."),
    ("Tháng 01/2027", "Tập huấn vận hành máy sấy, phòng cháy và bảo quản hàng trong kho cho tổ vận hành của hai hợp "
                      "tác xã nhận nhà kho.",
     "Chủ trì: Phòng Điều hành dự án; phối hợp: Công ty TNHH Cơ khí Nông nghiệp Phú Tài, Công an xã Phù Mỹ Đông."),
    ("Quý I/2027", "Hoàn thành, nghiệm thu và bàn giao 02 nhà kho, máy sấy cho HTX Nông nghiệp Phù Mỹ Đông và HTX "
                   "Nông nghiệp Đak Đoa.",
     "Chủ trì: Phòng Kỹ thuật - Thẩm định; phối hợp: Phòng Điều hành dự án."),
    ("31/5/2027", "Lập hồ sơ quyết toán vốn đầu tư 05 công trình hoàn thành, trình thẩm tra.",
     "Chủ trì: Phòng Hành chính - Kế toán; phối hợp: Sở Tài chính."),
    ("Hằng tháng", "Tổng hợp tiến độ, khó khăn của từng công trình, báo cáo Giám đốc Ban trước ngày 25.",
     "Chủ trì: Phòng Kế hoạch - Tổng hợp."),
    ("12 tháng sau bàn giao", "Theo dõi bảo hành: ghi nhận nứt, lún, thấm dột do hợp tác xã báo; yêu cầu nhà thầu sửa "
                              "trong 07 ngày.",
     "Chủ trì: Phòng Kỹ thuật - Thẩm định; phối hợp: các HTX nhận công trình."),
]

AFTER = [
    ("h", "IV. ĐỀ NGHỊ ĐỐI VỚI HỢP TÁC XÃ"),
    ("p", "Đề nghị các HTX nhận công trình cử người trực tại công trường suốt thời gian thi công, báo ngay cho Ban khi "
          "thấy nhà thầu làm sai thiết kế hoặc dùng vật liệu không đúng chủng loại."),
    ("p", "Trên đây là Kế hoạch thi công, bàn giao sân phơi và nhà kho cho 05 hợp tác xã nông nghiệp năm 2026 - 2027 "
          "của Ban./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Tài chính, Sở Nông nghiệp và Môi trường;",
            "- Liên minh Hợp tác xã tỉnh;", "- UBND các xã có công trình;", "- 05 HTX nhận công trình;",
            "- Lưu: VT, KH-TH."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Rơ Mah Thuận", "b")]

PDF_DATE = b"D:20261006101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 146/KH-BQLDA", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += table_start(FACT_WIDTHS, FACT_COLUMNS)
    for row in FACTS:
        out.append('<tr>' + "".join(f'<td>{e(v)}</td>' for v in row) + '</tr>')
    out += ['</tbody>', '</table>']
    out.append(paragraph("h", "III. CÁC MỐC THỰC HIỆN"))
    out.append(paragraph("p", TIMELINE_INTRO))
    out.append('<table class="tl"><tbody>')
    for date, work, doers in TIMELINE:
        out.append(f'<tr><td class="d">{e(date)}</td><td class="w"><p>{e(work)}</p>'
                   f'<p class="i">{e(doers)}</p></td></tr>')
    out += ['</tbody>', '</table>']
    out += [paragraph(kind, text) for kind, text in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
