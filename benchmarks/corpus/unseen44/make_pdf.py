"""Write b_tp-hcm_214-KH-QBL-2026_quy-bao-lanh-tin-dung-dong-co-nhan.pdf, the forty-fourth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen44/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen44/make_pdf.py --html-only

A city credit-guarantee fund's plan (March 2026, after Hồ Chí Minh City, Bình Dương and Bà Rịa - Vũng Tàu were merged)
for guaranteeing cooperatives' bank loans: the opening paragraph, I. targets ("-" lines), II. nine numbered pieces of
work, each a bold heading over LABELLED LINES ("Nội dung:", "Đơn vị chủ trì:", "Đơn vị phối hợp:", "Thời gian:"),
one of them without a partner's line; III. two numbered paragraphs; the closing sentence; the signature beside "Nơi
nhận". No table.

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
STEM = "b_tp-hcm_214-KH-QBL-2026_quy-bao-lanh-tin-dung-dong-co-nhan"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 43% 57%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
h4 { font-size: 12pt; margin: 7pt 0 2pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.f { margin: 0 0 2pt 10mm; text-align: justify; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND THÀNH PHỐ HỒ CHÍ MINH", ""), ("QUỸ BẢO LÃNH TÍN DỤNG CHO", "b"), ("DOANH NGHIỆP NHỎ VÀ VỪA", "b"),
             ("Số: 214/KH-QBL", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("TP. Hồ Chí Minh, ngày 23 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mở rộng bảo lãnh tín dụng cho hợp tác xã năm 2026"

# "h" a section heading, "w" a piece of work's heading, "f" a labelled line, "p" a paragraph
BODY = [
    ("p", "Điều lệ tổ chức và hoạt động sửa đổi năm 2025 cho phép Quỹ bảo lãnh cho hợp tác xã, liên hiệp hợp tác xã "
          "vay vốn tại các tổ chức tín dụng. Để đưa nghiệp vụ này vào thực tế ngay trong năm đầu, Quỹ Bảo lãnh tín "
          "dụng cho doanh nghiệp nhỏ và vừa Thành phố Hồ Chí Minh (sau đây gọi là Quỹ) ban hành Kế hoạch như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Cấp bảo lãnh cho ít nhất 25 hợp tác xã với tổng mức bảo lãnh khoảng 60 tỷ đồng, trong đó ưu tiên hợp tác "
          "xã nông nghiệp ven đô, hợp tác xã thủy sản vùng biển Bà Rịa - Vũng Tàu cũ."),
    ("p", "- Không phát sinh nợ quá hạn phải trả thay trên 3% tổng số dư bảo lãnh cho hợp tác xã."),
    ("h", "II. NỘI DUNG CÔNG VIỆC"),
    ("w", "1. Rà soát nhu cầu bảo lãnh của hợp tác xã"),
    ("f", "Nội dung: lập danh sách hợp tác xã có phương án sản xuất, kinh doanh khả thi nhưng thiếu tài sản bảo đảm, "
          "phân theo ngành nghề và số vốn cần vay."),
    ("f", "Đơn vị chủ trì: Phòng Nghiệp vụ bảo lãnh."),
    ("f", "Đơn vị phối hợp: Liên minh Hợp tác xã Thành phố; Sở Tài chính."),
    ("f", "Thời gian: quý II/2026."),
    ("w", "2. Ký thỏa thuận phối hợp với các ngân hàng cho vay"),
    ("f", "Nội dung: bổ sung đối tượng hợp tác xã vào thỏa thuận khung đã ký, thống nhất mẫu hồ sơ và cách chia sẻ "
          "thông tin khách hàng."),
    ("f", "Đơn vị chủ trì: Phòng Tổng hợp - Pháp chế."),
    ("f", "Đơn vị phối hợp: Phòng Nghiệp vụ bảo lãnh; Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam - Chi "
          "nhánh Bình Dương."),
    ("f", "Thời gian: trước ngày 30/4/2026."),
    ("w", "3. Sửa đổi quy trình thẩm định hồ sơ bảo lãnh"),
    ("f", "Nội dung: bổ sung tiêu chí thẩm định riêng cho hợp tác xã (tài sản chung không chia, vốn góp của thành "
          "viên, hợp đồng liên kết tiêu thụ), trình Hội đồng quản lý Quỹ phê duyệt."),
    ("f", "Đơn vị chủ trì: Phòng Thẩm định và Quản lý rủi ro."),
    ("f", "Đơn vị phối hợp: Phòng Tổng hợp - Pháp chế."),
    ("f", "Thời gian: tháng 5/2026."),
    ("w", "4. Giới thiệu sản phẩm bảo lãnh đến hợp tác xã"),
    ("f", "Nội dung: tổ chức 04 hội nghị tại khu vực Bình Dương cũ, Bà Rịa - Vũng Tàu cũ và khu vực trung tâm Thành "
          "phố; phát tờ gấp hướng dẫn hồ sơ."),
    ("f", "Đơn vị chủ trì: Phòng Nghiệp vụ bảo lãnh."),
    ("f", "Đơn vị phối hợp: Liên minh Hợp tác xã Thành phố, Ủy ban nhân dân các xã, phường nơi tổ chức hội nghị."),
    ("f", "Thời gian: tháng 6 - tháng 9/2026."),
    ("w", "5. Thẩm định, cấp bảo lãnh"),
    ("f", "Nội dung: thẩm định hồ sơ đề nghị bảo lãnh của hợp tác xã, trình Giám đốc Quỹ quyết định cấp chứng thư "
          "bảo lãnh."),
    ("f", "Đơn vị chủ trì: Phòng Thẩm định và Quản lý rủi ro."),
    ("f", "Đơn vị phối hợp: Phòng Nghiệp vụ bảo lãnh."),
    ("f", "Thời gian: trong 07 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ."),
    ("w", "6. Kiểm tra sau bảo lãnh"),
    ("f", "Nội dung: kiểm tra việc sử dụng vốn vay, đôn đốc hợp tác xã trả nợ đúng hạn; đề xuất biện pháp xử lý khi "
          "có dấu hiệu rủi ro."),
    ("f", "Đơn vị chủ trì: Phòng Thẩm định và Quản lý rủi ro."),
    ("f", "Đơn vị phối hợp: Phòng Kế toán."),
    ("f", "Thời gian: hằng quý."),
    ("w", "7. Đề nghị bổ sung vốn điều lệ"),
    ("f", "Nội dung: xây dựng hồ sơ đề nghị Ủy ban nhân dân Thành phố cấp bổ sung vốn điều lệ cho Quỹ để mở rộng bảo "
          "lãnh cho hợp tác xã giai đoạn 2026 - 2027."),
    ("f", "Đơn vị chủ trì: Phòng Kế toán."),
    ("f", "Đơn vị phối hợp: Sở Tài chính."),
    ("f", "Thời gian: tháng 7/2026."),
    ("w", "8. Công khai thông tin"),
    ("f", "Nội dung: đăng tải điều kiện, hồ sơ, biểu phí bảo lãnh và danh sách hợp tác xã được bảo lãnh trên trang "
          "thông tin điện tử của Quỹ."),
    ("f", "Đơn vị chủ trì: Phòng Tổng hợp - Pháp chế."),
    ("f", "Thời gian: từ quý II/2026, cập nhật thường xuyên."),
    ("w", "9. Bồi dưỡng kỹ năng lập phương án vay vốn"),
    ("f", "Nội dung: mở 02 lớp bồi dưỡng cho 60 lượt giám đốc, kế toán hợp tác xã về lập phương án sản xuất, kinh "
          "doanh và báo cáo tài chính phục vụ vay vốn."),
    ("f", "Đơn vị chủ trì: Phòng Nghiệp vụ bảo lãnh."),
    ("f", "Đơn vị phối hợp: Liên minh Hợp tác xã Thành phố."),
    ("f", "Thời gian: quý III/2026."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Tổng hợp - Pháp chế theo dõi, tổng hợp kết quả thực hiện Kế hoạch; báo cáo Hội đồng quản lý Quỹ "
          "kết quả 6 tháng trước ngày 05/7/2026 và cả năm trước ngày 10/12/2026."),
    ("p", "2. Đề nghị Liên minh Hợp tác xã Thành phố giới thiệu các hợp tác xã thành viên có nhu cầu vay vốn, gửi danh "
          "sách về Quỹ trước ngày 31/5/2026."),
    ("p", "Trong quá trình thực hiện, trưởng các phòng kịp thời báo cáo Giám đốc Quỹ những vướng mắc vượt thẩm quyền "
          "để xử lý./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng quản lý Quỹ (b/c);", "- Sở Tài chính;", "- Liên minh HTX Thành phố;",
            "- Ban Giám đốc Quỹ;", "- Các phòng thuộc Quỹ;", "- Lưu: VT, TH-PC."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Quách Ngọc Thảo", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260323141500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 214/KH-QBL", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "w": f'<h4>{e(text)}</h4>', "f": f'<p class="f">{e(text)}</p>',
                    "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
