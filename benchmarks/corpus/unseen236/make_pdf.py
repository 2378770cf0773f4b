"""Print b_an-giang_42-KH-BCHC-2026_bot-ca-htx-phieu-giao-tung-bo-phan.pdf, the two-hundred-and-thirty-sixth held-out
set's PDF, from ``sources/b_an-giang_42-KH-BCHC-2026_bot-ca-htx-phieu-giao-tung-bo-phan.html``.

    .venv/bin/python benchmarks/corpus/unseen236/make_pdf.py

A fishmeal plant's plan (September 2026) for buying trash fish and fish by-products from fishing and fish-processing
cooperatives and cooperative groups in the northeast-monsoon season 2026 - 2027: pages 1 - 2 the plan (the opening,
I. purposes, II. the supplying units as "-" lines, facts; III. a paragraph saying the work is given out on the
department sheets that follow, and one request to the cooperatives with its date; the signature beside "Nơi nhận"),
then FIVE MAIL-MERGED "PHIẾU GIAO NHIỆM VỤ" PAGES, ONE PER DEPARTMENT ("Kính gửi: Phòng Nguyên liệu" …), each with
"A. Việc đơn vị chủ trì" (Mã | Nội dung | Đơn vị phối hợp | Thời hạn) and "B. Việc đơn vị phối hợp" (Mã | Nội dung |
Đơn vị chủ trì | Thời hạn): a task with partners is printed on its lead's sheet under A and AGAIN on each partner
department's sheet under B; partners outside the company are named only on the lead's sheet.

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif. The tables' head rows are ordinary bold cells (no
``<th>``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_an-giang_42-KH-BCHC-2026_bot-ca-htx-phieu-giao-tung-bo-phan"
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
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
.sheet { break-before: page; font-size: 11pt; }
.sheet .co { font-size: 10pt; font-weight: bold; margin: 0; }
.sheet h4 { font-size: 13pt; text-align: center; margin: 10pt 0 0; }
.sheet .sub { text-align: center; font-style: italic; margin: 0 0 8pt; }
.sheet .to { font-weight: bold; margin: 6pt 0 6pt; }
.sheet h5 { font-size: 11pt; margin: 8pt 0 3pt; }
table.w { border-collapse: collapse; width: 100%; }
table.w td { border: 0.8pt solid #000; padding: 2pt 4pt; vertical-align: top; }
table.w tr.hd td { font-weight: bold; text-align: center; }
.sheet .none { font-style: italic; margin: 0 0 4pt; }
.sheet .foot { margin-top: 10pt; font-size: 10pt; font-style: italic; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("BỘT CÁ HÒN CHÔNG", "b"), ("Số: 42/KH-BCHC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("An Giang, ngày 08 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Thu mua cá nguyên liệu và phụ phẩm cá của các hợp tác xã, tổ hợp tác khai thác, chế biến hải sản "
            "vụ cá Bấc 2026 - 2027")

BODY = [
    ("p", "Vụ cá Bấc 2025 - 2026, nhà máy nhận 9.800 tấn cá nguyên liệu, trong đó 58% của các hợp tác xã, tổ hợp tác "
          "ở Kiên Lương, Hòn Đất cũ; có 27 chuyến cá bị hạ loại vì ướp đá không đủ, độ đạm bột cá thành phẩm nhiều "
          "tuần dưới 60%. Để vào vụ mới chủ động nguồn cá tươi và phụ phẩm sạch, Công ty lập Kế hoạch này."),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Mua của các đơn vị liên kết tối thiểu 7.500 tấn cá nguyên liệu và 2.400 tấn phụ phẩm (đầu, xương, ruột cá) "
          "từ 01/10/2026 đến 31/3/2027; bột cá đạt độ đạm từ 62% trở lên."),
    ("p", "- Mỗi việc có một bộ phận chủ trì chịu trách nhiệm đến cùng; bộ phận phối hợp làm phần việc của mình đúng hạn."),
    ("h", "II. NGUỒN NGUYÊN LIỆU"),
    ("p", "- HTX Khai thác hải sản Bình An: 14 tàu lưới kéo, dự kiến 3.100 tấn cá nguyên liệu."),
    ("p", "- Tổ hợp tác Lưới kéo đôi Dương Hòa: 06 cặp tàu, dự kiến 1.900 tấn."),
    ("p", "- HTX Dịch vụ nghề cá Hòn Chông: thu gom cá của tàu nhỏ ven bờ, dự kiến 2.500 tấn; có bến và cầu cân."),
    ("p", "- HTX Chế biến hải sản Ba Hòn: phụ phẩm của xưởng khô cá và xưởng phi lê, dự kiến 2.400 tấn."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Các việc của Kế hoạch được giao cho từng bộ phận bằng Phiếu giao nhiệm vụ in kèm theo (từ trang 3). Phiếu "
          "của mỗi bộ phận ghi ở mục A các việc bộ phận đó chủ trì, ở mục B các việc bộ phận đó phối hợp với bộ phận "
          "khác; một việc có nhiều bộ phận tham gia vì vậy được in ở phiếu của từng bộ phận, cùng một mã việc."),
    ("p", "2. Đề nghị các đơn vị liên kết (hợp tác xã, tổ hợp tác) cung cấp danh sách tàu, số đăng ký tàu và số điện thoại "
          "thuyền trưởng cho Phòng Nguyên liệu trước ngày 20/9/2026, để Công ty cấp thẻ nhận hàng."),
    ("p", "3. Trưởng các bộ phận ký nhận phiếu, triển khai ngay; hằng tuần báo cáo Giám đốc tại cuộc họp giao ban sáng "
          "thứ Hai./."),
]

NOI_NHAN = ["Nơi nhận:", "- Các phòng, xưởng (kèm phiếu);", "- Hội đồng quản trị (b/c);", "- 04 HTX, THT liên kết;",
            "- Lưu: VT, P.NL."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("La Văn Thuận", "b")]

# The tasks: code -> (work, lead, [partners], time). The sheets are merged from this list, as a mail merge does.
TASKS = {
    "NV01": ("Ký hợp đồng nguyên tắc mua cá nguyên liệu vụ cá Bấc với 04 hợp tác xã, tổ hợp tác; chốt giá theo độ "
             "tươi loại A, loại B", "Phòng Nguyên liệu", ["Phòng Tài chính - Kế toán"], "Trước 30/9/2026"),
    "NV02": ("Bố trí 02 điểm nhận cá tại bến Ba Hòn và bến Bình An: cân điện tử, sổ nhận hàng, người trực ca đêm",
             "Phòng Nguyên liệu", ["Phòng Hành chính - Nhân sự", "HTX Dịch vụ nghề cá Hòn Chông"], "Trước 10/10/2026"),
    "NV03": ("Hướng dẫn thuyền viên ướp đá cá nguyên liệu ngay trên tàu, không dùng hóa chất bảo quản; cấp 400 thùng "
             "cách nhiệt cho các tàu", "Phòng Quản lý chất lượng",
             ["Phòng Nguyên liệu", "HTX Khai thác hải sản Bình An"], "Tháng 10/2026"),
    "NV04": ("Đo độ tươi (TVB-N) và histamin từng chuyến cá khi cân; lập biên bản hạ loại hoặc trả lại lô không đạt",
             "Phòng Quản lý chất lượng", ["Phòng Nguyên liệu"], "Mỗi chuyến, từ 01/10/2026 đến 31/3/2027"),
    "NV05": ("Chở phụ phẩm của HTX Chế biến hải sản Ba Hòn về nhà máy bằng xe bồn kín, ngày hai chuyến",
             "Xưởng Sản xuất", ["Phòng Nguyên liệu", "HTX Chế biến hải sản Ba Hòn"], "Hằng ngày trong vụ"),
    "NV06": ("Bảo dưỡng lò sấy, máy ép dầu; chạy thử dây chuyền 40 tấn nguyên liệu một ngày", "Xưởng Sản xuất",
             ["Phòng Quản lý chất lượng"], "Trước 25/9/2026"),
    "NV07": ("Trả tiền cá, tiền phụ phẩm cho hợp tác xã, tổ hợp tác qua tài khoản", "Phòng Tài chính - Kế toán",
             ["Phòng Nguyên liệu"], "Trong 02 ngày làm việc sau mỗi chuyến"),
    "NV08": ("Ứng trước 30% tiền dầu chuyến biển đầu vụ cho tàu của HTX Khai thác hải sản Bình An và Tổ hợp tác Lưới "
             "kéo đôi Dương Hòa theo hợp đồng", "Phòng Tài chính - Kế toán", ["Phòng Nguyên liệu"], "Trước 05/10/2026"),
    "NV09": ("Tuyển thêm 12 công nhân thời vụ ca đêm; tập huấn an toàn lò sấy, nồi hơi cho công nhân mới",
             "Phòng Hành chính - Nhân sự", ["Xưởng Sản xuất"], "Trước 30/9/2026"),
    "NV10": ("Gửi mẫu bột cá của từng tháng đi phòng thử nghiệm được công nhận, kiểm độ đạm, muối, cát sạn",
             "Phòng Quản lý chất lượng", [], "Ngày 05 hằng tháng"),
    "NV11": ("Sơ kết giữa vụ, tổng kết vụ với các hợp tác xã, tổ hợp tác; đề xuất giá, sản lượng vụ 2027 - 2028",
             "Phòng Nguyên liệu", ["Phòng Tài chính - Kế toán", "Phòng Quản lý chất lượng"],
             "Sơ kết 15/01/2027; tổng kết trước 15/4/2027"),
}

DEPARTMENTS = ["Phòng Nguyên liệu", "Phòng Quản lý chất lượng", "Xưởng Sản xuất", "Phòng Tài chính - Kế toán",
               "Phòng Hành chính - Nhân sự"]


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def rows_table(head: list[str], rows: list[list[str]]) -> str:
    widths = [10, 52, 22, 16]
    out = ['<table class="w">', '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in widths) + '</colgroup>',
           '<tr class="hd">' + "".join(f'<td>{e(h)}</td>' for h in head) + '</tr>']
    out += ['<tr>' + "".join(f'<td>{e(c)}</td>' for c in row) + '</tr>' for row in rows]
    out.append('</table>')
    return "".join(out)


def sheet(number: int, unit: str) -> list[str]:
    lead = [[code, work, ", ".join(partners) or "—", time]
            for code, (work, who, partners, time) in TASKS.items() if who == unit]
    helps = [[code, work, who, time] for code, (work, who, partners, time) in TASKS.items() if unit in partners]
    out = ['<div class="sheet">', '<p class="co">CÔNG TY CỔ PHẦN BỘT CÁ HÒN CHÔNG</p>',
           f'<h4>PHIẾU GIAO NHIỆM VỤ SỐ {number:02d}</h4>',
           '<p class="sub">(Kèm theo Kế hoạch số 42/KH-BCHC ngày 08/9/2026 của Công ty)</p>',
           f'<p class="to">Kính gửi: {e(unit)}</p>', '<h5>A. VIỆC ĐƠN VỊ CHỦ TRÌ</h5>']
    out.append(rows_table(["Mã", "Nội dung", "Đơn vị phối hợp", "Thời hạn"], lead))
    out.append('<h5>B. VIỆC ĐƠN VỊ PHỐI HỢP</h5>')
    out.append(rows_table(["Mã", "Nội dung", "Đơn vị chủ trì", "Thời hạn"], helps) if helps
               else '<p class="none">Không có.</p>')
    out.append('<p class="foot">Trưởng đơn vị nhận phiếu ký, ghi rõ họ tên: ……………………… Ngày nhận: ……/……/2026</p>')
    out.append('</div>')
    return out


def build_html() -> str:
    out = page_start("Kế hoạch 42/KH-BCHC", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(kind, text) for kind, text in BODY]
    out.append(signature(NOI_NHAN, SIGN))
    for number, unit in enumerate(DEPARTMENTS, 1):
        out += sheet(number, unit)
    out += PAGE_END
    return "\n".join(out)


#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20260908142000+07'00'"


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
