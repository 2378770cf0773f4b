"""Write b_hue_412-KH-CHKPB-2026_cang-hang-khong-gian-hang-htx.pdf, the hundredth held-out set's PDF, from the HTML
this script writes.

    .venv/bin/python benchmarks/corpus/unseen100/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen100/make_pdf.py --html-only

An international airport's own plan (Huế, October 2026) for a stand of cooperatives' OCOP goods in its terminal: I.
purposes, II. the stand, III. eight numbered paragraphs, most opening with their time ("Trong tháng 10/2026, …"),
IV. one paragraph; the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_hue_412-KH-CHKPB-2026_cang-hang-khong-gian-hang-htx"
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
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("TỔNG CÔNG TY CẢNG HÀNG KHÔNG VIỆT NAM", ""), ("CẢNG HÀNG KHÔNG QUỐC TẾ PHÚ BÀI", "b"),
             ("Số: 412/KH-CHKPB", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Thành phố Huế, ngày 06 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Bố trí không gian giới thiệu, bán sản phẩm OCOP của hợp tác xã tại nhà ga hành khách"

# "h" a section heading, "p" a paragraph
BODY = [
    ("p", "Theo đề nghị của Ủy ban nhân dân thành phố Huế về quảng bá sản phẩm của hợp tác xã tới hành khách đi máy "
          "bay, Cảng hàng không quốc tế Phú Bài lập Kế hoạch bố trí gian hàng như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Đưa các sản phẩm OCOP của hợp tác xã Huế (mè xửng, trà cung đình, nón lá, tinh dầu tràm, hương trầm) đến "
          "với hành khách; khai thác hiệu quả diện tích thương mại còn trống tại tầng 2 nhà ga T2."),
    ("h", "II. QUY MÔ GIAN HÀNG"),
    ("p", "Diện tích khoảng 36 m² gần cửa ra tàu bay số 4; 10 đến 12 hợp tác xã luân phiên trưng bày theo quý; hợp tác "
          "xã được miễn tiền thuê mặt bằng năm đầu, chỉ trả chi phí điện, vệ sinh."),
    ("h", "III. CÁC CÔNG VIỆC CỤ THỂ"),
    ("p", "1. Trong tháng 10/2026, Phòng Kế hoạch - Kinh doanh làm việc với Liên minh Hợp tác xã thành phố Huế lựa chọn "
          "danh sách hợp tác xã, sản phẩm đủ điều kiện bán trong khu cách ly."),
    ("p", "2. Trước ngày 15/11/2026, Phòng Kỹ thuật - Công nghệ thiết kế, thi công quầy kệ, biển hiệu và đấu nối điện "
          "cho gian hàng; Đội An ninh hàng không phối hợp rà soát phương án soi chiếu hàng hóa."),
    ("p", "3. Phòng Tài chính - Kế toán soạn mẫu hợp đồng sử dụng mặt bằng miễn phí năm đầu với từng hợp tác xã, xong "
          "trong tháng 11/2026."),
    ("p", "4. Từ 01/12/2026, Trung tâm Khai thác ga phân công nhân viên hướng dẫn hành khách tới gian hàng; mở gian "
          "hàng hằng ngày theo giờ khai thác chuyến bay."),
    ("p", "5. Đội An ninh hàng không kiểm tra hàng hóa của hợp tác xã khi đưa vào khu cách ly, mỗi lần giao hàng."),
    ("p", "6. Hằng quý, Phòng Kế hoạch - Kinh doanh cùng Liên minh Hợp tác xã thành phố Huế thay đổi nhóm hợp tác xã "
          "trưng bày, ưu tiên hợp tác xã có sản phẩm OCOP 4 sao."),
    ("p", "7. Phòng Tổ chức - Hành chính đăng tin giới thiệu gian hàng trên trang thông tin và màn hình nhà ga; thời gian "
          "từ tháng 12/2026."),
    ("p", "8. Dịp Tết Nguyên đán Đinh Mùi, Trung tâm Khai thác ga phối hợp Sở Công Thương thành phố Huế tổ chức tuần "
          "lễ giới thiệu đặc sản Huế tại sảnh đi quốc nội."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Phòng Kế hoạch - Kinh doanh là đầu mối, tổng hợp doanh số, ý kiến hành khách, báo cáo Giám đốc Cảng sau 6 "
          "tháng hoạt động của gian hàng (tháng 6/2027)."),
    ("p", "Trên đây là Kế hoạch bố trí không gian giới thiệu, bán sản phẩm OCOP của hợp tác xã tại nhà ga hành khách "
          "của Cảng hàng không quốc tế Phú Bài./."),
]

NOI_NHAN = ["Nơi nhận:", "- Tổng công ty CHKVN (b/c);", "- UBND TP Huế (b/c);", "- LMHTX TP Huế;",
            "- Các phòng, đội, trung tâm (t/h);", "- Lưu: VT, KHKD."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Tôn Thất Khiêm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:20 in Việt Nam
PDF_DATE = b"D:20261006152000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 412/KH-CHKPB", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
