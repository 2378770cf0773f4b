"""Print b_lam-dong_24-KH-DTDK-2026_dong-trung-ha-thao-htx-ngay-nuoi.pdf, the two-hundred-and-forty-first held-out
set's PDF, from ``sources/b_lam-dong_24-KH-DTDK-2026_dong-trung-ha-thao-htx-ngay-nuoi.html``.

    .venv/bin/python benchmarks/corpus/unseen241/make_pdf.py

A cordyceps (Cordyceps militaris, "đông trùng hạ thảo") grower's plan (November 2026) for handing strains and culture
boxes to three linked mushroom cooperatives and groups and buying their harvest, batches L1 - L3: the opening, I. aims,
II. a facts table of the three batches ("lứa") with the day each is inoculated ("ngày nuôi thứ 1") and the rule for
counting culture days, III. numbered items whose roles are given ONLY BY VERBS — the lead "cầm trịch", partners
"tiếp sức", "sát cánh cùng", "trợ lực" — and whose times are mostly "ngày nuôi thứ N của lứa Lk"; IV. organisation;
the signature beside "Nơi nhận".

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
STEM = "b_lam-dong_24-KH-DTDK-2026_dong-trung-ha-thao-htx-ngay-nuoi"
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
p.item { text-align: justify; margin: 0 0 5pt; padding-left: 10mm; text-indent: -6mm; }
p.note { font-size: 10.5pt; font-style: italic; margin: 3pt 0 8pt; }
table.facts { border-collapse: collapse; width: 100%; font-size: 11pt; margin: 4pt 0; }
table.facts td, table.facts th { border: 1px solid #000; padding: 2pt 4pt; text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("ĐÔNG TRÙNG HẠ THẢO ĐAN KIA", "b"), ("Số: 24/KH-ĐTĐK", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lâm Đồng, ngày 02 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Nuôi cấy và thu mua đông trùng hạ thảo tại các hợp tác xã, tổ hợp tác liên kết, lứa L1 - L3"

FACTS_HEAD = ["Lứa", "Đơn vị nuôi", "Ngày cấy giống (ngày nuôi thứ 1)", "Số hộp nuôi"]
FACTS = [
    ("L1", "HTX Nấm Đan Kia", "16/11/2026", "6.000"),
    ("L2", "HTX Nông nghiệp Lạc Dương", "01/12/2026", "5.000"),
    ("L3", "HTX Dược liệu Xuân Trường", "04/01/2027", "4.000"),
]

ITEMS = [
    ("1.", "Phòng Công nghệ giống cầm trịch việc nhân giống gốc, pha môi trường nuôi cho cả ba lứa; Xưởng Sấy thăng "
           "hoa tiếp sức khâu hấp tiệt trùng hộp nuôi. Xong chậm nhất vào ngày nuôi thứ 1 của lứa L1."),
    ("2.", "Kiểm tra phòng nuôi của ba đơn vị (nhiệt độ, độ ẩm, đèn LED, lưới chắn côn trùng), lập biên bản đủ điều "
           "kiện nuôi: Phòng Thu mua - Vùng nuôi cầm trịch, sát cánh cùng Phòng Công nghệ giống. Xong trong tháng "
           "11/2026."),
    ("3.", "Tập huấn kỹ thuật cấy giống, ủ tối và chiếu sáng cho xã viên HTX Nấm Đan Kia do Phòng Công nghệ giống cầm "
           "trịch, Trung tâm Khuyến nông tỉnh Lâm Đồng trợ lực; xong trước ngày nuôi thứ 5 của lứa L1."),
    ("4.", "Sát cánh cùng HTX Nông nghiệp Lạc Dương ghi nhật ký nhiệt độ, độ ẩm từng kệ nuôi, Phòng Công nghệ giống cầm "
           "trịch việc theo dõi giai đoạn ủ tối và chuyển sang chiếu sáng; hạn ngày nuôi thứ 12 của lứa L2."),
    ("5.", "Lấy mẫu quả thể lứa L1 đo hàm lượng cordycepin, adenosine: Phòng Kiểm nghiệm cầm trịch, Trung tâm Kỹ "
           "thuật Tiêu chuẩn Đo lường Chất lượng Lâm Đồng tiếp sức. Hạn: ngày nuôi thứ 50 của lứa L1."),
    ("6.", "Thu hoạch, cân nhận quả thể tươi lứa L1 tại HTX Nấm Đan Kia: Phòng Thu mua - Vùng nuôi cầm trịch; HTX Nấm "
           "Đan Kia tiếp sức; Xưởng Sấy thăng hoa trợ lực khâu chở lạnh. Hạn: ngày nuôi thứ 60 của lứa L1."),
    ("7.", "Xưởng Sấy thăng hoa cầm trịch việc sấy quả thể tươi nhận về, xong trong 24 giờ kể từ lúc cân nhận từng "
           "lần."),
    ("8.", "Chuyển tiền quả thể cho đơn vị nuôi: Phòng Tài chính - Kế toán cầm trịch, Phòng Thu mua - Vùng nuôi tiếp "
           "sức đối chiếu phiếu cân; trong 05 ngày làm việc sau mỗi lần cân nhận."),
    ("9.", "Thu hoạch, cân nhận quả thể lứa L2: Phòng Thu mua - Vùng nuôi cầm trịch, sát cánh cùng HTX Nông nghiệp "
           "Lạc Dương. Hạn: ngày nuôi thứ 60 của lứa L2."),
    ("10.", "Bàn giao 4.000 hộp giống và cấy lứa L3 tại HTX Dược liệu Xuân Trường: Phòng Công nghệ giống cầm trịch, "
            "HTX Dược liệu Xuân Trường tiếp sức; xong vào ngày nuôi thứ 1 của lứa L3."),
    ("11.", "Làm hồ sơ tự công bố sản phẩm, tem truy xuất nguồn gốc có ghi tên hợp tác xã nuôi: Phòng Kinh doanh cầm "
            "trịch, Phòng Kiểm nghiệm trợ lực. Xong trong tháng 02/2027."),
    ("12.", "Tổng kết ba lứa nuôi, tính giá thành và năng suất từng đơn vị, báo cáo Tổng Giám đốc: Phòng Thu mua - "
            "Vùng nuôi cầm trịch, Phòng Tài chính - Kế toán tiếp sức; hạn ngày nuôi thứ 60 của lứa L3."),
]

BODY_BEFORE = [
    ("p", "Năm 2026 Công ty nuôi thử đông trùng hạ thảo tại HTX Nấm Đan Kia, mỗi hộp cho 18 - 22 gam quả thể tươi, "
          "đạt yêu cầu của khách hàng. Để mở rộng vùng nuôi liên kết, bảo đảm giống, kỹ thuật và đầu ra cho các hợp "
          "tác xã, Công ty lập Kế hoạch nuôi cấy, thu mua ba lứa dưới đây."),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Nuôi 15.000 hộp tại ba đơn vị liên kết, thu tối thiểu 270 kg quả thể tươi đạt chuẩn cơ sở của Công ty."),
    ("p", "- Mọi lô quả thể có phiếu kiểm nghiệm và truy xuất được đến đơn vị nuôi; tiền hàng trả đúng hạn."),
    ("h", "II. CÁC LỨA NUÔI"),
]

NOTE = ("Ngày cấy giống là ngày nuôi thứ 1 của lứa; ngày nuôi thứ N là ngày cấy giống cộng thêm N - 1 ngày (tính cả "
        "thứ Bảy, Chủ nhật và ngày lễ).")

BODY_AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, xưởng căn cứ mục III bố trí nhân lực; đơn vị cầm trịch chịu trách nhiệm trước Tổng Giám "
          "đốc về kết quả việc được giao. Các hợp tác xã liên kết giữ đúng quy trình nuôi đã được tập huấn, có sự cố "
          "(nhiễm mốc, mất điện) báo ngay Phòng Công nghệ giống./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Các HTX liên kết;", "- Các phòng, xưởng;", "- Lưu: VT."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Ka Sô Hoàng Minh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20261102142000+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 24/KH-ĐTĐK", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BODY_BEFORE]
    out.append('<table class="facts"><tr>' + "".join(f'<th>{e(h)}</th>' for h in FACTS_HEAD) + '</tr>')
    out += ['<tr>' + "".join(f'<td>{e(c)}</td>' for c in row) + '</tr>' for row in FACTS]
    out.append('</table>')
    out.append(f'<p class="note">{e(NOTE)}</p>')
    out.append(block("h", "III. NHIỆM VỤ VÀ PHÂN CÔNG"))
    out += [f'<p class="item">{e(n)} {e(text)}</p>' for n, text in ITEMS]
    out += [block(*entry) for entry in BODY_AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
