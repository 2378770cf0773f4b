"""Write b_thai-nguyen_87-KH-CTD-2025_hoi-chu-thap-do-sinh-ke-qua-htx.pdf, the forty-eighth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen48/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen48/make_pdf.py --html-only

A provincial Red Cross plan (November 2025): after the autumn floods the Hội Chữ thập đỏ of Thái Nguyên restores the
livelihoods of flooded households THROUGH cooperatives — the Hội buys seedlings, young animals and feed from named
cooperatives, which deliver them, teach the households and buy back the produce: the mass organisation's header; I.
aims; II. who is helped and with what, with a small table of the allocation by commune (not tasks); III. the way of
doing it as numbered STEPS ("Bước 1" … "Bước 5"), each a bold line with its time in brackets over a paragraph naming
its doer; IV. four numbered paragraphs of the Hội's own boards and its commune branches; the closing sentence; the
signature beside "Nơi nhận".

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
STEM = "b_thai-nguyen_87-KH-CTD-2025_hoi-chu-thap-do-sinh-ke-qua-htx"
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
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
h4 { font-size: 12pt; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.alloc { border-collapse: collapse; width: 100%; font-size: 10.5pt; margin: 4pt 0 8pt; }
table.alloc th, table.alloc td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỘI CHỮ THẬP ĐỎ VIỆT NAM", ""), ("HỘI CHỮ THẬP ĐỎ", "b"), ("TỈNH THÁI NGUYÊN", "b"),
             ("Số: 87/KH-CTĐ", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Thái Nguyên, ngày 06 tháng 11 năm 2025", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hỗ trợ khôi phục sinh kế cho hộ gia đình bị thiệt hại do mưa lũ thông qua hợp tác xã"

ALLOC_HEAD = ["Xã, phường", "Số hộ", "Hình thức hỗ trợ", "HTX cung ứng, bao tiêu"]
ALLOC = [
    ("Xã Phú Lương", "45", "Giống gà thả vườn, thức ăn 3 tháng", "HTX Chăn nuôi Yên Trạch"),
    ("Xã Định Hóa", "38", "Cây chè giống, phân hữu cơ", "HTX Chè Bảo Linh"),
    ("Xã Chợ Mới", "32", "Giống rau vụ Đông, nhà lưới nhỏ", "HTX Nông nghiệp Thanh Mai"),
    ("Phường Bắc Kạn", "25", "Lợn giống bản địa, thức ăn", "HTX Chăn nuôi Nông Thượng"),
]

# "h" a section heading, "s" a bold step line, "p" a paragraph, "t" the allocation table
BODY = [
    ("p", "Đợt mưa lũ đầu tháng 10/2025 làm nhiều hộ gia đình ở vùng Thái Nguyên cũ và Bắc Kạn cũ mất trắng đàn gia "
          "cầm, gia súc, vườn chè và rau màu. Từ nguồn vận động của Trung ương Hội và các nhà hảo tâm, Ban Thường vụ "
          "Hội Chữ thập đỏ tỉnh ban hành Kế hoạch hỗ trợ sinh kế cho 140 hộ, thực hiện qua các hợp tác xã tại địa "
          "phương như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Giúp hộ bị thiệt hại nặng có lại nguồn thu nhập sau 3 - 6 tháng, không hỗ trợ bằng tiền mặt mà bằng "
          "giống, vật tư do hợp tác xã cung ứng kèm hướng dẫn kỹ thuật và cam kết thu mua sản phẩm."),
    ("p", "- Công khai danh sách, tiêu chí, mức hỗ trợ; đúng đối tượng, không trùng lặp với hỗ trợ của chính quyền "
          "và các tổ chức khác."),
    ("h", "II. ĐỐI TƯỢNG, MỨC HỖ TRỢ"),
    ("p", "Hộ nghèo, cận nghèo, hộ có người khuyết tật hoặc người cao tuổi neo đơn có thiệt hại về sản xuất từ 70% trở "
          "lên; mỗi hộ được hỗ trợ tối đa 8 triệu đồng. Số hộ và hình thức hỗ trợ dự kiến theo địa bàn:"),
    ("t", ""),
    ("h", "III. CÁCH THỨC THỰC HIỆN"),
    ("s", "Bước 1. Bình xét, lập danh sách hộ được hỗ trợ (xong trước ngày 20/11/2025)"),
    ("p", "Hội Chữ thập đỏ các xã, phường có tên tại mục II chủ trì, phối hợp với trưởng thôn, tổ dân phố tổ chức "
          "bình xét công khai tại cộng đồng, lập danh sách hộ và nhu cầu cụ thể, gửi về Tỉnh Hội (qua Ban Công tác xã "
          "hội)."),
    ("s", "Bước 2. Thẩm định danh sách, chọn hợp tác xã (từ 20/11 đến 30/11/2025)"),
    ("p", "Ban Công tác xã hội thẩm định danh sách, kiểm tra thực tế ngẫu nhiên tại mỗi xã ít nhất 5 hộ; làm việc với "
          "Liên minh Hợp tác xã tỉnh để xác nhận năng lực của các hợp tác xã dự kiến cung ứng, bao tiêu."),
    ("s", "Bước 3. Ký thỏa thuận với hợp tác xã (tháng 12/2025)"),
    ("p", "Văn phòng Tỉnh Hội dự thảo và ký thỏa thuận ba bên (Tỉnh Hội, hợp tác xã, Hội Chữ thập đỏ xã) ghi rõ giá "
          "giống, vật tư, thời gian giao, nội dung hướng dẫn kỹ thuật và giá thu mua tối thiểu."),
    ("s", "Bước 4. Giao nhận, hướng dẫn kỹ thuật và theo dõi (tháng 12/2025 - tháng 6/2026)"),
    ("p", "Các hợp tác xã cung ứng giao giống, vật tư tận hộ trước Tết Nguyên đán Bính Ngọ, cử cán bộ kỹ thuật hướng "
          "dẫn chăm sóc, phòng bệnh và thu mua sản phẩm theo thỏa thuận; Hội Chữ thập đỏ xã cùng giao nhận, ký biên "
          "bản với từng hộ."),
    ("s", "Bước 5. Sơ kết, đánh giá (tháng 7/2026)"),
    ("p", "Ban Công tác xã hội phối hợp Liên minh Hợp tác xã tỉnh đánh giá thu nhập của từng hộ sau hỗ trợ, mức độ "
          "hợp tác xã thực hiện cam kết thu mua; đề xuất Ban Thường vụ nhân rộng cách làm cho các đợt cứu trợ sau."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Ban Công tác xã hội là thường trực Kế hoạch, theo dõi tiến độ ở từng xã, phường; tổng hợp tình hình, báo "
          "cáo Thường trực Tỉnh Hội vào ngày 25 hằng tháng."),
    ("p", "2. Ban Tuyên truyền - Huấn luyện phối hợp Báo và Phát thanh, Truyền hình Thái Nguyên đưa tin về cách làm "
          "hỗ trợ sinh kế qua hợp tác xã, tiếp tục vận động nguồn lực cho đợt hỗ trợ sau; trong suốt thời gian thực "
          "hiện Kế hoạch."),
    ("p", "3. Văn phòng Tỉnh Hội chuyển kinh phí cho hợp tác xã theo tiến độ giao nhận, thanh quyết toán theo quy "
          "định; hoàn thành quyết toán trong quý III/2026."),
    ("p", "4. Ban Tổ chức - Kiểm tra giám sát việc bình xét, giao nhận tại ít nhất 4 xã, phường, kịp thời xử lý phản "
          "ánh của người dân; kết thúc giám sát trong tháng 3/2026."),
    ("p", "Trên đây là Kế hoạch hỗ trợ khôi phục sinh kế cho hộ gia đình bị thiệt hại do mưa lũ thông qua hợp tác xã "
          "của Hội Chữ thập đỏ tỉnh Thái Nguyên./."),
]

NOI_NHAN = ["Nơi nhận:", "- TW Hội CTĐ Việt Nam (b/c);", "- Thường trực Tỉnh ủy, UBND tỉnh (b/c);",
            "- Ủy ban MTTQ Việt Nam tỉnh;", "- Liên minh HTX tỉnh;", "- Hội CTĐ các xã, phường có tên;",
            "- Các HTX tham gia;", "- Lưu: VT, CTXH."]
SIGN = [("TM. BAN THƯỜNG VỤ", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Hà Thị Ngọc Lan", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20251106141500+07'00'"


def alloc_table() -> list[str]:
    out = ['<table class="alloc">', '<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in ALLOC_HEAD) + '</tr></thead>',
           '<tbody>']
    out += ['<tr>' + "".join(f'<td>{e(c)}</td>' for c in row) + '</tr>' for row in ALLOC]
    return out + ['</tbody>', '</table>']


def build_html() -> str:
    out = page_start("Kế hoạch 87/KH-CTĐ", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        if kind == "t":
            out += alloc_table()
            continue
        out.append({"h": f'<h3>{e(text)}</h3>', "s": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
