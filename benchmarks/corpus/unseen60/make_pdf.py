"""Write b_dong-nai_41-KH-BQLC-2026_ban-quan-ly-cho-dau-moi-sap-htx-tieu-de-chay.pdf, the sixtieth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen60/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen60/make_pdf.py --html-only

A wholesale market board's plan (August 2026, the market under a commune after the 2025 reform): I. purposes, II.
numbered items "2.1." … each opening with a bold run-in title ending in a full stop, then the work of one of the
board's teams, a "Phối hợp:" and a "Thời hạn:" sentence; III. the closing paragraph; the signature beside "Nơi nhận".
No table.

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
STEM = "b_dong-nai_41-KH-BQLC-2026_ban-quan-ly-cho-dau-moi-sap-htx-tieu-de-chay"
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
"""

HEAD_LEFT = [("UBND XÃ DẦU GIÂY", ""), ("BAN QUẢN LÝ CHỢ ĐẦU MỐI", "b"), ("NÔNG SẢN THỰC PHẨM DẦU GIÂY", "b"),
             ("Số: 41/KH-BQLC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Dầu Giây, ngày 21 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Bố trí sạp, điểm giao nhận hàng cho hợp tác xã, tổ hợp tác tại chợ đầu mối từ quý IV/2026"

# "h" a section heading, "p" a paragraph, "r" an item with a bold run-in title: (title, text)
BODY = [
    ("p", "Thực hiện chỉ đạo của Ủy ban nhân dân xã về việc tạo điều kiện cho hợp tác xã đưa nông sản vào kênh bán "
          "buôn, Ban Quản lý chợ đầu mối nông sản thực phẩm Dầu Giây (sau đây gọi là Ban Quản lý chợ) lập Kế hoạch "
          "như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Dành 36 sạp và 02 điểm giao nhận hàng ban đêm cho các hợp tác xã rau, trái cây, heo, gà của Đồng Nai và các "
          "tỉnh lân cận; giá thuê sạp giảm 30% trong 12 tháng đầu; hàng vào chợ có nguồn gốc rõ ràng."),
    ("h", "II. NỘI DUNG VÀ PHÂN CÔNG"),
    ("r", ("2.1. Rà soát mặt bằng.", "Tổ Kỹ thuật - Mặt bằng đo vẽ lại khu B (rau, củ) và khu D (trái cây), xác định "
           "36 vị trí sạp dành cho hợp tác xã, trình Trưởng ban duyệt. Phối hợp: Tổ Kinh doanh. Thời hạn: xong trước "
           "ngày 15/9/2026.")),
    ("r", ("2.2. Thông báo, nhận hồ sơ.", "Tổ Kinh doanh đăng thông báo trên trang của chợ và gửi Liên minh Hợp tác "
           "xã tỉnh Đồng Nai để giới thiệu tới các hợp tác xã; nhận hồ sơ đăng ký thuê sạp. Phối hợp: Liên minh Hợp "
           "tác xã tỉnh Đồng Nai. Thời hạn: từ 16/9 đến hết 10/10/2026.")),
    ("r", ("2.3. Xét chọn hợp tác xã.", "Hội đồng xét chọn (do Phó Trưởng ban làm chủ tịch) chấm hồ sơ, ưu tiên hợp "
           "tác xã có mã số vùng trồng, chứng nhận VietGAP; công bố danh sách trúng thuê. Phối hợp: Phòng Kinh tế "
           "xã Dầu Giây. Thời hạn: tháng 10/2026.")),
    ("r", ("2.4. Ký hợp đồng, bàn giao sạp.", "Tổ Kinh doanh ký hợp đồng thuê sạp có điều khoản giảm giá, bàn giao "
           "sạp và thẻ ra vào cho hợp tác xã. Thời hạn: trước ngày 31/10/2026, để hợp tác xã bán hàng từ ngày "
           "01/11/2026.")),
    ("r", ("2.5. Điểm giao nhận ban đêm.", "Tổ Bảo vệ - Trật tự bố trí 02 điểm giao nhận hàng từ 22 giờ đến 4 giờ "
           "sáng cho xe của hợp tác xã, hướng dẫn luồng xe, giữ an ninh. Phối hợp: Công an xã Dầu Giây. Thời hạn: "
           "từ ngày 01/11/2026 và duy trì hằng đêm.")),
    ("r", ("2.6. Kiểm soát nguồn gốc.", "Tổ Kiểm soát chất lượng test nhanh dư lượng thuốc bảo vệ thực vật trên rau, "
           "trái cây của hợp tác xã trước khi lên sạp, lưu sổ nguồn gốc từng chuyến hàng. Phối hợp: Trạm Thú y "
           "khu vực Thống Nhất (đối với thịt heo, gà). Thời hạn: mỗi chuyến hàng.")),
    ("r", ("2.7. Kết nối thương lái.", "Tổ Kinh doanh tổ chức 02 buổi gặp mặt giữa hợp tác xã với thương lái, bếp ăn "
           "khu công nghiệp đang lấy hàng tại chợ. Phối hợp: Sở Công Thương; Liên minh Hợp tác xã tỉnh Đồng Nai. "
           "Thời hạn: tháng 11/2026 và trước Tết Đinh Mùi.")),
    ("r", ("2.8. Kinh phí, giá thuê.", "Bộ phận Kế toán tính mức giảm giá thuê, lập dự toán phần chênh lệch, trình "
           "UBND xã Dầu Giây quyết định. Thời hạn: trước 30/9/2026.")),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Các tổ, bộ phận thuộc Ban Quản lý chợ thực hiện đúng phần việc được giao; Văn phòng Ban tổng hợp kết quả, "
          "báo cáo Trưởng ban và UBND xã vào ngày 25 hằng tháng. Kế hoạch này được điều chỉnh khi có yêu cầu của "
          "UBND xã./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND xã Dầu Giây (b/c);", "- Liên minh HTX tỉnh Đồng Nai;", "- Phòng Kinh tế xã;",
            "- Các tổ, bộ phận (t/h);", "- Lưu: VT, TKD."]
SIGN = [("TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("Lâm Hữu Thạnh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260821141500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 41/KH-BQLC", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        if kind == "r":
            out.append(f'<p class="t"><b>{e(text[0])}</b> {e(text[1])}</p>')
        else:
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
