"""Write b_khanh-hoa_24-KH-HXD-2026_hoi-xay-dung-htx-thi-cong-moc-thoi-gian.pdf, the two-hundred-and-twelfth held-out
set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen212/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen212/make_pdf.py --html-only

A provincial construction association (Hội Xây dựng, October 2026) advising the construction and sanitation
cooperatives of its province on capability certificates, site safety and bids for the rural works of the dry season:
the opening, I. purposes and targets, II. a note saying that times are written as MILESTONE CODES, then eleven
numbered paragraphs, each ending with its code in brackets ("(mốc M2)"), doers the association's boards, its office,
a branch and, by request, the province's cooperative alliance; III. funding (no work); IV. "MỐC THỜI GIAN": the list
that resolves the codes, printed AFTER the tasks; the signature beside "Nơi nhận".

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
STEM = "b_khanh-hoa_24-KH-HXD-2026_hoi-xay-dung-htx-thi-cong-moc-thoi-gian"
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
p.n { font-style: italic; margin: 0 0 6pt; }
p.m { margin: 0 0 3pt 10mm; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỘI XÂY DỰNG VIỆT NAM", ""), ("HỘI XÂY DỰNG", "b"), ("TỈNH KHÁNH HÒA", "b"), ("Số: 24/KH-HXD", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Nha Trang, ngày 06 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Tư vấn, hỗ trợ hợp tác xã xây dựng, vệ sinh môi trường nâng cao năng lực thi công và tham gia các công "
            "trình nông thôn mùa khô 2026 - 2027")

# (kind, text): "h" a heading, "p" a paragraph, "n" an italic note, "m" a milestone line
BODY = [
    ("p", "Toàn tỉnh hiện có 23 hợp tác xã làm xây dựng, sửa chữa công trình và vệ sinh môi trường, tập trung ở các xã "
          "Cam Lâm, Cam Hiệp, Diên Khánh, Ninh Hải và phường Phan Rang. Đến tháng 9/2026 mới có 05 hợp tác xã được "
          "cấp chứng chỉ năng lực hoạt động xây dựng hạng III; trong năm đã xảy ra 02 vụ tai nạn lao động tại công "
          "trình do hợp tác xã nhận thi công. Thực hiện Chương trình công tác năm 2026 của Ban Chấp hành, Hội Xây dựng "
          "tỉnh ban hành Kế hoạch này."),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Giúp các hợp tác xã đủ điều kiện pháp lý và kỹ thuật để nhận thầu công trình giao thông, thủy lợi nhỏ, "
          "nhà văn hóa thôn theo cơ chế cộng đồng tham gia thực hiện."),
    ("p", "- Phấn đấu đến hết mùa khô năm 2027 có thêm ít nhất 08 hợp tác xã được cấp chứng chỉ năng lực hạng III; "
          "không để xảy ra tai nạn lao động nghiêm trọng tại công trình do hợp tác xã thi công."),
    ("h", "II. NỘI DUNG VÀ PHÂN CÔNG"),
    ("n", "Thời gian của từng việc ghi bằng mã mốc (M1 đến M6); ngày cụ thể của mỗi mốc xem tại mục IV."),
    ("p", "1. Ban Tư vấn - Phản biện khảo sát năng lực của 23 hợp tác xã (nhân sự có chứng chỉ hành nghề, máy thi "
          "công, công trình đã làm), lập danh sách hợp tác xã có thể đề nghị cấp chứng chỉ; phối hợp Liên minh Hợp "
          "tác xã tỉnh (mốc M1)."),
    ("p", "2. Ban Tư vấn - Phản biện hướng dẫn từng hợp tác xã lập hồ sơ đề nghị cấp chứng chỉ năng lực hạng III, đọc "
          "soát hồ sơ trước khi nộp Sở Xây dựng (mốc M2)."),
    ("p", "3. Văn phòng Hội cùng Trường Cao đẳng Kỹ thuật Công nghệ Nha Trang mở 02 lớp huấn luyện an toàn, vệ sinh "
          "lao động cho tổ trưởng thi công và công nhân của hợp tác xã (mốc M2)."),
    ("p", "4. Chi hội Xây dựng Cam Ranh cử kỹ sư theo sát công trường của 03 hợp tác xã đang làm đường giao thông nông "
          "thôn ở xã Cam Lâm, xã Cam Hiệp, hướng dẫn ghi nhật ký thi công và nghiệm thu từng phần (mốc M3)."),
    ("p", "5. Ban Tư vấn - Phản biện soạn bộ mẫu hồ sơ dự thầu rút gọn cho gói thầu dưới 500 triệu đồng, gửi các hợp "
          "tác xã và UBND các xã có công trình mùa khô (mốc M3)."),
    ("p", "6. Thường trực Hội chủ trì hội nghị gặp gỡ giữa hợp tác xã và các chủ đầu tư (UBND các xã, Ban Quản lý dự "
          "án đầu tư xây dựng tỉnh); phối hợp Sở Xây dựng, Liên minh Hợp tác xã tỉnh (mốc M4)."),
    ("p", "7. Chi hội Xây dựng Phan Rang giúp 04 hợp tác xã vệ sinh môi trường lập phương án thu gom, vận chuyển chất "
          "thải rắn xây dựng và đăng ký với UBND phường Phan Rang (mốc M4)."),
    ("p", "8. Đề nghị Liên minh Hợp tác xã tỉnh chọn, giới thiệu những hợp tác xã đã có chứng chỉ vay Quỹ Hỗ trợ phát "
          "triển hợp tác xã tỉnh mua máy thi công (mốc M4)."),
    ("p", "9. Ban Tư vấn - Phản biện cùng Sở Xây dựng kiểm tra xác suất chất lượng 05 công trình do hợp tác xã thi "
          "công, góp ý bằng văn bản cho từng đơn vị (mốc M5)."),
    ("p", "10. Văn phòng Hội đăng danh sách hợp tác xã đã có chứng chỉ lên trang thông tin điện tử của Hội và gửi Sở "
          "Xây dựng (mốc M5)."),
    ("p", "11. Văn phòng Hội tập hợp kết quả, báo cáo Ban Thường vụ tại phiên họp cuối mùa khô (mốc M6)."),
    ("h", "III. KINH PHÍ"),
    ("p", "Từ hội phí, phần kinh phí Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh cấp cho Hội năm 2026, "
          "2027 và đóng góp tự nguyện của doanh nghiệp hội viên; hợp tác xã không phải trả phí tư vấn."),
    ("h", "IV. MỐC THỜI GIAN"),
    ("m", "M1 - trước ngày 31/10/2026"),
    ("m", "M2 - trong tháng 11/2026"),
    ("m", "M3 - trước ngày 15/12/2026 (trước khi khởi công các công trình mùa khô)"),
    ("m", "M4 - quý I/2027"),
    ("m", "M5 - trước ngày 30/4/2027"),
    ("m", "M6 - tháng 6/2027"),
    ("p", "Các ban, chi hội và Văn phòng Hội chủ động triển khai theo Kế hoạch; thay đổi mốc nào phải báo Thường trực "
          "Hội trước ít nhất 10 ngày./."),
]

NOI_NHAN = ["Nơi nhận:", "- Liên hiệp các Hội KH&KT tỉnh (b/c);", "- Sở Xây dựng;", "- Liên minh HTX tỉnh;",
            "- Các ban chuyên môn, chi hội trực thuộc;", "- Lưu: VP Hội."]
SIGN = [("TM. BAN CHẤP HÀNH", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Phạm Ngọc Duẩn", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20261006101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>', "n": f'<p class="n">{e(text)}</p>',
            "m": f'<p class="m">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 24/KH-HXD", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BODY]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
