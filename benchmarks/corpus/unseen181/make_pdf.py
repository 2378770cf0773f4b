"""Write b_an-giang_46-KH-HLNB-2026_so-do-to-chuc-chung-nhan-halal-htx.pdf, the hundred-and-eighty-first held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen181/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen181/make_pdf.py --html-only

A Halal certification centre's plan (October 2026) bringing five cooperatives and a cooperative group of An Giang's
Cham communities to Halal certification: page 1 (portrait) the header, the opening, I. purposes, II. the six units and
their products (facts), III. fees (facts), IV. one sentence sending the reader to the chart; page 2 (LANDSCAPE, a named
CSS page) the ORGANISATION CHART "SƠ ĐỒ TỔ CHỨC THỰC HIỆN", which alone holds the duties: the director's box on top
with the certification council beside it, the centre's three units below (the sampling desk under the assessment
unit), joined by solid lines, and three boxes with DASHED borders for the bodies asked to cooperate and for the
cooperatives themselves; each box lists its work as "•" lines, the time after an en dash; a legend under the chart;
page 3 (portrait) the closing sentence and the signature beside "Nơi nhận". ``pdftotext`` prints the boxes one after
another, each with its own lines.

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif (DejaVu Sans in the chart).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_an-giang_46-KH-HLNB-2026_so-do-to-chuc-chung-nhan-halal-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
@page chart { size: A4 landscape; margin: 15mm 15mm 15mm 20mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.chartpage { page: chart; break-before: page; break-after: page; font-family: "DejaVu Sans"; padding-top: 3mm; }
.chartpage h4 { text-align: center; font-size: 12pt; margin: 0 0 2pt; }
.chartpage p.sub { text-align: center; font-size: 9pt; font-style: italic; margin: 0 0 8pt; }
.chart { display: grid; grid-template-columns: 1fr 1fr 1fr; column-gap: 14mm; row-gap: 0; font-size: 8.5pt;
         line-height: 1.25; }
.box { border: 1pt solid #000; padding: 3pt 5pt 4pt; }
.box.dash { border: 1pt dashed #000; }
.box.side { position: relative; }
.box.side::before { content: ""; position: absolute; left: -14mm; top: 12mm; width: 14mm; border-top: 1pt solid #000; }
.box .title { font-weight: bold; text-align: center; border-bottom: 0.5pt solid #000; padding-bottom: 2pt;
              margin: 0 0 3pt; }
.box p { margin: 0 0 2pt; }
.box p.w { padding-left: 8pt; text-indent: -8pt; }
.v { height: 7mm; border-left: 1pt solid #000; margin-left: 50%; }
.v.dash { border-left: 1pt dashed #000; }
.bus { grid-column: 1 / 4; height: 0; border-top: 1pt solid #000; margin: 0 16% 0 16%; }
.gap { height: 7mm; }
.legend { font-size: 8.5pt; font-style: italic; margin-top: 6pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("TRUNG TÂM CHỨNG NHẬN", "b"), ("HALAL NAM BỘ", "b"), ("Số: 46/KH-HLNB", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Thành phố Hồ Chí Minh, ngày 02 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Hỗ trợ đánh giá, chứng nhận Halal cho sản phẩm của các hợp tác xã, tổ hợp tác vùng đồng bào Chăm tỉnh An "
            "Giang năm 2026 - 2027")

BEFORE = [
    ("p", "Thực hiện Chương trình phối hợp số 08/CTrPH ngày 15/7/2026 giữa Sở Công Thương tỉnh An Giang và Trung tâm "
          "Chứng nhận Halal Nam Bộ về phát triển sản phẩm Halal của tỉnh, theo đề xuất của Ban Đại diện Cộng đồng Hồi "
          "giáo tỉnh An Giang, Trung tâm đặt ra kế hoạch giúp các hợp tác xã, tổ hợp tác của bà con Chăm như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Các hợp tác xã, tổ hợp tác tham gia được đánh giá và, nếu đạt, được cấp Giấy chứng nhận Halal theo TCVN "
          "12944:2020 trước tháng Ramadan năm 2027, kịp đơn hàng xuất sang Malaysia, Indonesia và các nước Trung Đông."),
    ("p", "- Giảm 50% phí đánh giá lần đầu cho các đơn vị trong danh sách ở mục II; thủ tục công khai, không phát "
          "sinh chi phí ngoài biểu phí."),
    ("h", "II. ĐƠN VỊ THAM GIA"),
    ("p", "1. HTX Khô cá Châu Phong (xã Châu Phong): khô cá lóc, khô cá tra phồng."),
    ("p", "2. HTX Mắm Nhơn Hội (xã Nhơn Hội): mắm cá linh, mắm cá sặc."),
    ("p", "3. HTX Nông nghiệp Đa Phước (xã Đa Phước): gạo nàng thơm đóng túi."),
    ("p", "4. HTX Nông nghiệp Vĩnh Trường (xã Vĩnh Trường): gạo, bột gạo."),
    ("p", "5. HTX Đường thốt nốt Tri Tôn (xã Tri Tôn): đường thốt nốt, nước thốt nốt đóng chai."),
    ("p", "6. THT Bánh truyền thống Chăm Khánh Bình (xã Khánh Bình): bánh bò, bánh gừng, bánh ca pơ."),
    ("h", "III. CHI PHÍ"),
    ("p", "Phí đánh giá lần đầu sau khi giảm là 7.500.000 đồng/đơn vị; phí kiểm nghiệm mẫu do Sở Công Thương tỉnh An "
          "Giang hỗ trợ từ kinh phí khuyến công năm 2026."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Việc của từng đơn vị được ghi trong Sơ đồ tổ chức thực hiện ở trang sau."),
]

# the chart: a row is three cells; a cell is None (empty), "v" / "v-" (a solid / dashed vertical line), or a box
# (title, lines, dashed)
DIRECTOR = ("GIÁM ĐỐC TRUNG TÂM", ["Chỉ đạo chung việc thực hiện Kế hoạch."], False)
COUNCIL = ("HỘI ĐỒNG CHỨNG NHẬN",
           ["• Xem xét kết quả đánh giá, kiểm nghiệm; quyết định cấp hoặc chưa cấp Giấy chứng nhận Halal – trong 10 "
            "ngày làm việc sau khi có đủ kết quả."], False)
TRAINING = ("PHÒNG ĐÀO TẠO",
            ["• Tổ chức 02 hội nghị giới thiệu tiêu chuẩn TCVN 12944:2020 và thủ tục chứng nhận tại xã Châu Phong, xã "
             "Khánh Bình, phối hợp Ban Đại diện Cộng đồng Hồi giáo tỉnh An Giang – tháng 10/2026.",
             "• Mở 01 lớp đào tạo giám sát viên Halal nội bộ (03 ngày) cho người do các HTX, THT cử – 16 - 18/11/2026."],
            False)
ASSESSMENT = ("PHÒNG ĐÁNH GIÁ",
              ["• Xem xét hồ sơ, danh mục nguyên liệu, phụ gia, chất tẩy rửa của từng đơn vị – trước 30/11/2026.",
               "• Đánh giá tại cơ sở 06 đơn vị; mỗi đoàn có 01 giám sát viên Halal do Ban Đại diện Cộng đồng Hồi giáo "
               "tỉnh cử – 01 - 18/12/2026.",
               "• Đánh giá giám sát lần 1 tại các đơn vị đã được cấp Giấy chứng nhận – quý III/2027."], False)
OFFICE = ("VĂN PHÒNG TRUNG TÂM",
          ["• Nhận hồ sơ đăng ký chứng nhận của các HTX, THT – đến hết ngày 06/11/2026.",
           "• Cùng Sở Công Thương tỉnh An Giang trao Giấy chứng nhận, kết nối các đơn vị với doanh nghiệp xuất khẩu "
           "sang Malaysia, Indonesia – tháng 01/2027."], False)
SAMPLING = ("BỘ PHẬN LẤY MẪU (thuộc Phòng Đánh giá)",
            ["• Lấy mẫu sản phẩm ngay trong đợt đánh giá tại cơ sở, phối hợp Trung tâm Kỹ thuật Tiêu chuẩn Đo lường "
             "Chất lượng 3 kiểm nghiệm ADN lợn và cồn – cùng đợt đánh giá."], False)
MUSLIM_BOARD = ("BAN ĐẠI DIỆN CỘNG ĐỒNG HỒI GIÁO TỈNH AN GIANG (đề nghị phối hợp)",
                ["• Giới thiệu 12 tín đồ đủ điều kiện làm giám sát viên Halal nội bộ cho các HTX, THT – trước "
                 "10/11/2026."], True)
MEMBERS = ("CÁC HTX, THT THAM GIA",
           ["• Nộp hồ sơ đăng ký, cử người học lớp giám sát viên Halal nội bộ – trước 06/11/2026.",
            "• Tách riêng khu sản xuất, kho chứa với nguyên liệu không Halal; ghi chép nguồn gốc từng lô nguyên liệu – "
            "trước 25/11/2026."], True)
TRADE = ("SỞ CÔNG THƯƠNG TỈNH AN GIANG (đề nghị phối hợp)",
         ["• Hỗ trợ kinh phí đưa sản phẩm đã có chứng nhận Halal tham gia Hội chợ MIHAS 2027 tại Malaysia – quý "
          "III/2027."], True)

CHART = [
    [None, DIRECTOR, COUNCIL],
    [None, "v", None],
    "bus",
    ["v", "v", "v"],
    [TRAINING, ASSESSMENT, OFFICE],
    [None, "v", None],
    [None, SAMPLING, None],
    [None, "v-", None],
    [MUSLIM_BOARD, MEMBERS, TRADE],
]
LEGEND = ("Ghi chú: đường liền nối các đơn vị của Trung tâm; khung và đường nét đứt là cơ quan, đơn vị phối hợp và các "
          "đơn vị tham gia. Việc của mỗi đơn vị ghi trong khung của đơn vị đó, thời hạn ghi sau dấu “–”.")

AFTER = [
    ("p", "Trên đây là Kế hoạch hỗ trợ chứng nhận Halal năm 2026 - 2027 của Trung tâm Chứng nhận Halal Nam Bộ; các "
          "phòng thuộc Trung tâm căn cứ Sơ đồ tổ chức thực hiện để làm, vướng mắc báo Giám đốc Trung tâm./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở Công Thương tỉnh An Giang;", "- Ban Đại diện Cộng đồng Hồi giáo tỉnh An Giang;",
            "- Các HTX, THT tham gia;", "- Các phòng thuộc Trung tâm;", "- Lưu: VT, PĐG."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lê Hoàng Nhựt", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20261002101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def cell(value) -> str:
    if value is None:
        return '<div class="gap"></div>'
    if value in ("v", "v-"):
        return f'<div class="{"v dash" if value == "v-" else "v"}"></div>'
    title, lines, dashed = value
    kind = "box dash" if dashed else "box side" if value is COUNCIL else "box"
    return (f'<div class="{kind}"><p class="title">{e(title)}</p>'
            + "".join(f'<p class="w">{e(line)}</p>' for line in lines) + '</div>')


def build_html() -> str:
    out = page_start("Kế hoạch 46/KH-HLNB", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += ['<div class="chartpage">', f'<h4>{e("SƠ ĐỒ TỔ CHỨC THỰC HIỆN")}</h4>',
            f'<p class="sub">{e("(Kèm theo Kế hoạch số 46/KH-HLNB ngày 02/10/2026 của Trung tâm Chứng nhận Halal Nam Bộ)")}</p>',
            '<div class="chart">']
    for row in CHART:
        if row == "bus":
            out.append('<div class="bus"></div>')
        else:
            out += [cell(value) for value in row]
    out += ['</div>', f'<p class="legend">{e(LEGEND)}</p>', '</div>']
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
