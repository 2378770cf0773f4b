"""Write b_lam-dong_21-KH-HVHAT-2026_bep-truong-ve-voi-htx.pdf, the hundred-and-sixty-seventh held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen167/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen167/make_pdf.py --html-only

A provincial culinary culture association's plan (Hội Văn hóa Ẩm thực, August 2026) pairing member chefs with
cooperatives, a food day and a recipe booklet: I. purposes, II. what the programme holds (facts, no doers), III.
"PHÂN CÔNG": a note saying the times are in IV., then eleven numbered duties that name their doers but carry NO TIME
(one only, in its own words, "trong suốt chương trình"), IV. "TIẾN ĐỘ": one bordered table Thời gian | Việc (số thứ tự
tại mục III) | Kết quả cần có, whose second column REFERS BACK TO THE DUTIES BY THEIR NUMBERS ("1", "9, 10", "5, 6");
the closing sentence; the signature beside "Nơi nhận".

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
STEM = "b_lam-dong_21-KH-HVHAT-2026_bep-truong-ve-voi-htx"
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
p.n { font-style: italic; margin: 0 0 5pt; }
table.plan { border-collapse: collapse; width: 100%; font-size: 11pt; margin: 4pt 0 8pt; }
table.plan th, table.plan td { border: 0.5pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.plan td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỘI VĂN HÓA ẨM THỰC", "b"), ("TỈNH LÂM ĐỒNG", "b"), ("Số: 21/KH-HVHAT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lâm Đồng, ngày 18 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Thực hiện chương trình \"Bếp trưởng về với hợp tác xã\" và Ngày hội Món ngon từ nông sản hợp "
            "tác xã năm 2026")

# "h" a section heading, "p" a paragraph, "n" an italic note
BEFORE = [
    ("p", "Căn cứ Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Hội (khóa II) và Chương trình phối hợp giữa Hội Văn hóa "
          "Ẩm thực tỉnh với Liên minh Hợp tác xã tỉnh Lâm Đồng giai đoạn 2026 - 2028, Ban Thường vụ Hội lập Kế hoạch "
          "thực hiện trong năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Để hợp tác xã nắm được bếp của nhà hàng, khách sạn cần nguyên liệu thế nào: quy cách, độ tươi, mùa vụ, "
          "cách "
          "đóng gói; giúp nhà hàng có nguồn nguyên liệu ổn định, rõ nguồn gốc."),
    ("p", "- Mỗi hợp tác xã tham gia có ít nhất 02 món ăn được chuẩn hóa công thức, gắn với tên sản phẩm của hợp "
          "tác xã."),
    ("h", "II. NỘI DUNG CHƯƠNG TRÌNH"),
    ("p", "1. Ghép cặp: 12 bếp trưởng là hội viên của Hội với 12 hợp tác xã trồng rau, hoa atiso, cà phê, thanh long, "
          "làm nước mắm và hải sản khô của tỉnh."),
    ("p", "2. Sáng tạo món: mỗi cặp làm 02 món từ sản phẩm của hợp tác xã, phục vụ được thực khách trong và ngoài "
          "nước."),
    ("p", "3. Ngày hội \"Món ngon từ nông sản hợp tác xã\": 02 ngày tại Quảng trường Lâm Viên, 30 gian hàng, sân "
          "khấu bếp "
          "biểu diễn."),
    ("p", "4. Sổ tay công thức: 24 món, song ngữ Việt - Anh, phát miễn phí cho nhà hàng, khách sạn và du khách."),
    ("h", "III. PHÂN CÔNG"),
    ("n", "(Thời gian thực hiện từng việc dưới đây theo Bảng tiến độ tại mục IV.)"),
    ("p", "1. Văn phòng Hội lập danh sách nhà hàng, khách sạn hội viên đăng ký tham gia; cùng Liên minh Hợp tác xã "
          "tỉnh "
          "chọn 12 hợp tác xã có sản phẩm được xếp hạng OCOP từ 3 sao."),
    ("p", "2. Ban Nghề bếp ghép cặp bếp trưởng với hợp tác xã, đưa các bếp trưởng về thăm vùng nguyên liệu, làm việc "
          "với ban giám đốc từng hợp tác xã."),
    ("p", "3. Câu lạc bộ Đầu bếp trẻ Đà Lạt nấu thử, chuẩn hóa định lượng và cách chế biến 24 món; chụp ảnh từng bước "
          "để in sổ tay."),
    ("p", "4. Ban Truyền thông đưa tin về từng cặp bếp trưởng - hợp tác xã lên fanpage và trang tin điện tử của Hội "
          "trong suốt chương trình; phối hợp Báo và Phát thanh, Truyền hình Lâm Đồng làm 01 phóng sự."),
    ("p", "5. Văn phòng Hội thuê, dựng 30 gian hàng và sân khấu bếp biểu diễn; phối hợp UBND phường Xuân Hương - Đà "
          "Lạt "
          "bảo đảm an ninh, vệ sinh môi trường trong những ngày diễn ra Ngày hội."),
    ("p", "6. Ban Nghề bếp tổ chức chấm chọn 10 món tiêu biểu tại Ngày hội; mời Sở Văn hóa, Thể thao và Du lịch cử đại "
          "diện tham gia Hội đồng chấm."),
    ("p", "7. Ban Truyền thông biên tập, in 1.000 cuốn sổ tay \"Món ngon từ nông sản hợp tác xã Lâm Đồng\" và làm bản "
          "điện tử có mã QR dẫn về gian hàng trực tuyến của từng hợp tác xã."),
    ("p", "8. Ban Hội viên vận động các nhà hàng, khách sạn hội viên ký hợp đồng mua nguyên liệu thường xuyên với "
          "hợp tác "
          "xã đã ghép cặp."),
    ("p", "9. Đề nghị Liên minh Hợp tác xã tỉnh hỗ trợ chi phí gian hàng và vận chuyển hàng hóa cho các hợp tác xã "
          "tham "
          "gia Ngày hội."),
    ("p", "10. Đề nghị Sở Công Thương đưa Ngày hội vào Chương trình xúc tiến thương mại của tỉnh năm 2026, giới thiệu "
          "doanh nghiệp phân phối đến giao thương với hợp tác xã."),
    ("p", "11. Văn phòng Hội tổng hợp kết quả chương trình, báo cáo Ban Chấp hành Hội và Liên minh Hợp tác xã tỉnh."),
    ("h", "IV. TIẾN ĐỘ"),
]

TABLE_HEAD = ["Thời gian", "Việc (số thứ tự tại mục III)", "Kết quả cần có"]
WIDTHS = [24, 22, 54]
TABLE = [
    ("Trước 05/9/2026", "1", "Danh sách 12 nhà hàng, khách sạn và 12 hợp tác xã"),
    ("Tháng 9/2026", "2", "12 cặp bếp trưởng - hợp tác xã; biên bản làm việc"),
    ("01/10 - 25/10/2026", "3", "24 công thức đã nấu thử, ảnh từng bước"),
    ("Trước 31/10/2026", "9, 10", "Ý kiến của Liên minh Hợp tác xã tỉnh, Sở Công Thương"),
    ("14 - 15/11/2026", "5, 6", "Ngày hội; 10 món tiêu biểu được trao chứng nhận"),
    ("Tháng 12/2026", "7", "1.000 cuốn sổ tay, bản điện tử"),
    ("Quý I/2027", "8", "Ít nhất 12 hợp đồng mua nguyên liệu"),
    ("Trước 20/01/2027", "11", "Báo cáo tổng kết chương trình"),
]

AFTER = [
    ("p", "Kinh phí thực hiện từ nguồn hội phí, tài trợ của hội viên và hỗ trợ của Liên minh Hợp tác xã tỉnh (nếu có). "
          "Trên đây là Kế hoạch của Hội Văn hóa Ẩm thực tỉnh Lâm Đồng; các Ban, Văn phòng Hội và Câu lạc bộ bám sát "
          "Bảng tiến độ để thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- Liên minh HTX tỉnh (p/h);", "- Sở Công Thương, Sở VHTTDL;",
            "- UBND phường Xuân Hương - Đà Lạt;",
            "- Các Ban, Văn phòng Hội, CLB Đầu bếp trẻ;", "- Lưu: VP Hội."]
SIGN = [("TM. BAN THƯỜNG VỤ", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Vương Đình Khiêm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 16:30 in Việt Nam
PDF_DATE = b"D:20260818163000+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>', "n": f'<p class="n">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 21/KH-HVHAT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(kind, text) for kind, text in BEFORE]
    out += ['<table class="plan">',
            '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>',
            '<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in TABLE_HEAD) + '</tr></thead>',
            '<tbody>']
    for when, items, result in TABLE:
        out.append(f'<tr><td>{e(when)}</td><td class="c">{e(items)}</td><td>{e(result)}</td></tr>')
    out += ['</tbody>', '</table>']
    out += [block(kind, text) for kind, text in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
