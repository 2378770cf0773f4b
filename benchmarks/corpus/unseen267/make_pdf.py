"""Print b_hung-yen_12-KH-NK-2026_trang-suc-bac-dat-hang-htx-cham-bac.pdf, the two-hundred-and-sixty-seventh held-out
set's PDF, from ``sources/b_hung-yen_12-KH-NK-2026_trang-suc-bac-dat-hang-htx-cham-bac.html``.

    .venv/bin/python benchmarks/corpus/unseen267/make_pdf.py

A silver jewellery company's plan (July 2026) for ordering hand-chased silver from the cooperatives of a silversmiths'
village for its Tết collection: the opening, I. purposes, II. the cooperatives (facts), III. a note, then every task
drawn as a jewellery HANG TAG: a punched hole and "MẪU 01" on the left, the work in the tag's body, and a dashed
tear-off stub on the right with three labelled lines "Nghệ nhân chính:" (the lead), "Phụ việc:" (the partners, "—"
for none) and "Giao mẫu:" (the time); IV. closing; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif (DejaVu Sans on the tags).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_hung-yen_12-KH-NK-2026_trang-suc-bac-dat-hang-htx-cham-bac"
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
div.tag { display: grid; grid-template-columns: 22mm 1fr 52mm; border: 1.2px solid #6b6b6b;
          border-radius: 4mm 1.5mm 1.5mm 4mm; margin: 0 0 4mm; break-inside: avoid; font-family: "DejaVu Sans";
          font-size: 10pt; background: #fafafa; }
div.eye { border-right: 1px solid #9a9a9a; text-align: center; padding: 3mm 1mm; }
div.hole { width: 5mm; height: 5mm; border: 1.2px solid #6b6b6b; border-radius: 50%; margin: 0 auto 2mm;
           background: #fff; }
div.eye p { margin: 0; font-weight: bold; font-size: 9pt; letter-spacing: 0.5pt; }
div.face { padding: 3mm 4mm; text-align: justify; }
div.stub { border-left: 1.5px dashed #6b6b6b; padding: 2.5mm 3mm; background: #f0f0f0; font-size: 9pt; }
div.stub p { margin: 0 0 1mm; }
div.stub span.k { color: #555; font-style: italic; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("TRANG SỨC BẠC NGÂN KHÊ", "b"), ("Số: 12/KH-NK", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hưng Yên, ngày 21 tháng 7 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Đặt hàng chạm bạc của hợp tác xã làng nghề cho bộ sưu tập Tết Đinh Mùi 2027"

BEFORE = [
    ("p", "Bộ sưu tập Tết của Công ty hai năm qua do xưởng tại Khu công nghiệp làm bằng máy dập, khách hàng khen mẫu "
          "nhưng chê đường chạm nông, giống hàng nhập. Làng chạm bạc Đồng Xâm cách xưởng 25 km còn nhiều thợ giỏi, "
          "đã gom lại thành hợp tác xã, tổ hợp tác nhưng thiếu đơn hàng đều. Hội đồng quản trị quyết định đặt hợp tác xã "
          "làng nghề chạm tay phần lớn bộ sưu tập Tết Đinh Mùi 2027; Ban Tổng Giám đốc xây dựng Kế hoạch này để triển khai."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Có 2.700 sản phẩm bạc chạm tay (vòng tay, mặt dây, hộp trầu mini) bán từ đầu tháng 12/2026, mỗi sản phẩm "
          "ghi tên hợp tác xã và người thợ làm ra."),
    ("p", "- Giữ việc làm quanh năm cho thợ chạm của làng; truyền nghề cho lớp thợ trẻ."),
    ("h", "II. HỢP TÁC XÃ CÙNG LÀM"),
    ("p", "HTX Chạm bạc Đồng Xâm: 34 thợ, nhận chạm nổi, chạm lộng. HTX Mỹ nghệ kim hoàn Thượng Gia: đúc, cán, làm "
          "khung. Tổ hợp tác đánh bóng Hòa Bình: đánh bóng, xi mạ chống xỉn."),
    ("h", "III. PHÂN CÔNG"),
    ("p", "Mỗi việc in thành một thẻ treo như thẻ sản phẩm của Công ty: mặt thẻ là việc phải làm; cuống thẻ bên phải ghi "
          "“Nghệ nhân chính” là bộ phận chủ trì, “Phụ việc” là bộ phận, đơn vị phối hợp, “Giao mẫu” là thời hạn."),
]

# (work, lead, partners, time)
TAGS = [
    ("Đến 05 hợp tác xã, tổ hợp tác của làng Đồng Xâm đếm số thợ chạm, lò nấu, máy cán; xem sổ nhập xuất bạc và "
     "hàng mẫu đã làm", "Phòng Cung ứng", "Phòng Thiết kế", "15/8/2026"),
    ("Ký hợp đồng gia công chạm nổi 1.800 vòng tay và 900 mặt dây hoa sen với HTX Chạm bạc Đồng Xâm và HTX Mỹ nghệ "
     "kim hoàn Thượng Gia", "Phòng Cung ứng", "Phòng Tài chính - Kế toán", "31/8/2026"),
    ("Giao bản vẽ và khuôn sáp bộ “Mai vàng Đinh Mùi”; thợ hợp tác xã chạm 03 mẫu đầu để Hội đồng mẫu duyệt",
     "Phòng Thiết kế", "HTX Chạm bạc Đồng Xâm", "10/9/2026"),
    ("Xuất bạc 925 cho hợp tác xã theo phiếu có cân, ký nhận từng lô; thu lại phoi và bụi bạc sau mỗi lô",
     "Kho nguyên liệu", "Phòng Kiểm định chất lượng", "Mỗi lần giao bạc"),
    ("Đo tuổi bạc, cân khối lượng từng lô hàng hợp tác xã trả về bằng máy huỳnh quang tia X trước khi nhập kho",
     "Phòng Kiểm định chất lượng", "Kho nguyên liệu", "Khi nhận mỗi lô hàng"),
    ("Mở lớp truyền nghề chạm bạc 03 tháng cho 20 thanh niên trong xã, thợ cả của hợp tác xã đứng lớp, Công ty trả "
     "tiền công dạy", "Phòng Hành chính - Nhân sự", "HTX Chạm bạc Đồng Xâm", "Quý IV/2026"),
    ("Quay phim, chụp ảnh thợ hợp tác xã chạm bạc để kể câu chuyện sản phẩm trên trang web và ở cửa hàng",
     "Phòng Marketing", "Phòng Thiết kế", "30/10/2026"),
    ("Cùng hợp tác xã lập hồ sơ đưa vòng tay chạm sen vào đánh giá, phân hạng sản phẩm OCOP của tỉnh",
     "Phòng Marketing", "HTX Chạm bạc Đồng Xâm, Sở Nông nghiệp và Môi trường", "Tháng 11/2026"),
    ("Nhận đủ 2.700 sản phẩm, cho vào hộp gỗ sơn mài kèm thẻ ghi tên hợp tác xã và người thợ",
     "Kho thành phẩm", "Phòng Cung ứng; Tổ hợp tác đánh bóng Hòa Bình", "05/12/2026"),
    ("Trả tiền công gia công cho hợp tác xã hai đợt: 40% khi mẫu đầu được duyệt, 60% khi nhận đủ hàng",
     "Phòng Tài chính - Kế toán", "—", "Đợt cuối trước 10/12/2026"),
    ("Sơ kết đặt hàng mùa Tết, đề xuất với Hội đồng quản trị đặt hàng hợp tác xã cả năm 2027",
     "Phòng Cung ứng", "Phòng Marketing, Phòng Tài chính - Kế toán", "15/01/2027"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, kho làm theo từng thẻ ở mục III; mỗi thứ Sáu gửi tình hình về Phó Tổng Giám đốc phụ trách "
          "sản xuất. Đề nghị các hợp tác xã, tổ hợp tác giữ đúng mẫu đã duyệt và báo ngay khi thiếu thợ./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT (b/c);", "- 03 HTX, THT cùng làm;", "- Các phòng, kho;", "- Lưu: VT, CU."]
SIGN = [("KT. TỔNG GIÁM ĐỐC", "b"), ("PHÓ TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""),
        ("Đoàn Văn Khải", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:45 in Việt Nam
PDF_DATE = b"D:20260721104500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def tag(n: int, work: str, lead: str, partners: str, time: str) -> str:
    return (f'<div class="tag"><div class="eye"><div class="hole"></div><p>MẪU {n:02d}</p></div>'
            f'<div class="face">{e(work)}</div>'
            f'<div class="stub"><p><span class="k">Nghệ nhân chính:</span> <b>{e(lead)}</b></p>'
            f'<p><span class="k">Phụ việc:</span> {e(partners)}</p>'
            f'<p><span class="k">Giao mẫu:</span> {e(time)}</p></div></div>')


def build_html() -> str:
    out = page_start("Kế hoạch 12/KH-NK", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out += [tag(n, *entry) for n, entry in enumerate(TAGS, 1)]
    out += [block(*entry) for entry in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
