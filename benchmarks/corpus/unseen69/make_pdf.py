"""Write b_tp-hcm_12-KH-LHHTX-2026_lien-hiep-htx-mua-chung-vat-tu-thanh-vien.pdf, the sixty-ninth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen69/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen69/make_pdf.py --html-only

A union of cooperatives' plan for its member cooperatives' joint purchasing of inputs for a season (September 2026):
the union's own header, I. purposes, II. the quantities the members registered, III. the work in numbered items, each
closing with a bracket "(Phụ trách: …; phối hợp: …; hạn: …)"; IV. the members' own duties; the closing sentence; the
signature beside "Nơi nhận". No table.

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
STEM = "b_tp-hcm_12-KH-LHHTX-2026_lien-hiep-htx-mua-chung-vat-tu-thanh-vien"
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

HEAD_LEFT = [("LIÊN HIỆP HỢP TÁC XÃ", "b"), ("NÔNG SẢN XANH CỦ CHI", "b"), ("Số: 12/KH-LHHTX", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("TP. Hồ Chí Minh, ngày 07 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mua chung phân bón, giống và bao bì cho các hợp tác xã thành viên vụ Đông Xuân 2026 - 2027"

# "h" a section heading, "p" a paragraph
BODY = [
    ("p", "Căn cứ Điều lệ Liên hiệp Hợp tác xã Nông sản xanh Củ Chi và Nghị quyết phiên họp Hội đồng quản trị ngày "
          "28/8/2026; căn cứ phiếu đăng ký của 09 hợp tác xã thành viên, Hội đồng quản trị Liên hiệp ban hành Kế "
          "hoạch mua chung vật tư đầu vào như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Gom nhu cầu của các hợp tác xã thành viên để đàm phán giá trực tiếp với nhà sản xuất, giảm chi phí vật tư "
          "ít nhất 8% so với mua lẻ; bảo đảm vật tư có nguồn gốc, đủ hồ sơ cho vùng trồng rau VietGAP."),
    ("h", "II. NHU CẦU ĐÃ ĐĂNG KÝ"),
    ("p", "Phân hữu cơ vi sinh 420 tấn; phân NPK 135 tấn; hạt giống rau ăn lá 1.850 kg; túi, thùng carton in mã QR "
          "96.000 chiếc. Tổng giá trị dự kiến 6,7 tỷ đồng."),
    ("h", "III. CÁC VIỆC CẦN LÀM"),
    ("p", "1. Chốt số lượng đăng ký của từng hợp tác xã thành viên, lập bảng tổng hợp theo chủng loại và thời điểm "
          "giao hàng (Phụ trách: Bộ phận Kinh doanh; phối hợp: Giám đốc các HTX thành viên; hạn: 15/9/2026)."),
    ("p", "2. Mời chào giá ít nhất ba nhà cung cấp cho mỗi loại vật tư, tổ chức họp so sánh giá công khai (Phụ trách: "
          "Tổ mua hàng chung; phối hợp: Ban Kiểm soát Liên hiệp; hạn: trước 30/9/2026)."),
    ("p", "3. Ký hợp đồng khung với nhà cung cấp được chọn, thỏa thuận giao hàng tận kho từng hợp tác xã (Phụ trách: "
          "Giám đốc Liên hiệp; hạn: tuần đầu tháng 10/2026)."),
    ("p", "4. Thu tiền đặt cọc 30% của các hợp tác xã thành viên, mở sổ theo dõi riêng cho từng đơn vị (Phụ trách: "
          "Kế toán Liên hiệp; hạn: trước khi ký hợp đồng khung)."),
    ("p", "5. Nhận hàng, kiểm tra chất lượng, lấy mẫu phân bón gửi kiểm nghiệm từng lô (Phụ trách: Bộ phận Kỹ thuật; "
          "phối hợp: Trung tâm Khuyến nông Thành phố; hạn: tháng 10 và tháng 11/2026)."),
    ("p", "6. Vay vốn lưu động để thanh toán phần còn lại cho nhà cung cấp (Phụ trách: Kế toán Liên hiệp; phối hợp: "
          "Quỹ Hỗ trợ phát triển hợp tác xã Thành phố; hạn: quý IV/2026)."),
    ("p", "7. Quyết toán với từng hợp tác xã thành viên, báo cáo Hội đồng quản trị về giá mua, chênh lệch tiết kiệm "
          "được (Phụ trách: Kế toán Liên hiệp; hạn: 20/01/2027)."),
    ("h", "IV. TRÁCH NHIỆM CỦA CÁC HỢP TÁC XÃ THÀNH VIÊN"),
    ("p", "Các hợp tác xã thành viên nộp đủ tiền đặt cọc, cử người nhận hàng tại kho và ký biên bản giao nhận; phản ánh "
          "ngay về Bộ phận Kỹ thuật nếu vật tư không đúng chủng loại; hoàn thành trước ngày 15/11/2026."),
    ("p", "HTX Rau sạch Tân Thông Hội làm đầu mối nhận và chia hàng cho 03 hợp tác xã ở khu vực phía bắc, xong trong "
          "tháng 11/2026."),
    ("p", "Trên đây là Kế hoạch mua chung vật tư vụ Đông Xuân 2026 - 2027 của Liên hiệp Hợp tác xã Nông sản xanh Củ "
          "Chi./."),
]

NOI_NHAN = ["Nơi nhận:", "- Liên minh HTX Thành phố (b/c);", "- HĐQT, Ban Kiểm soát;", "- Các HTX thành viên;",
            "- Lưu: VP."]
SIGN = [("TM. HỘI ĐỒNG QUẢN TRỊ", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Lê Thị Mỹ Duyên", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 9:15 in Việt Nam
PDF_DATE = b"D:20260907091500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 12/KH-LHHTX", CSS)
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
