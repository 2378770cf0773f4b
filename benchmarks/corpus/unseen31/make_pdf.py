"""Write b_dak-lak_21-KH-HDNT-2026_hoat-dong-the-thong-tin.pdf, the thirty-first held-out set's PDF, from the HTML this
script writes.

    .venv/bin/python benchmarks/corpus/unseen31/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen31/make_pdf.py --html-only

A provincial Hội Doanh nhân trẻ's plan (March 2026, Đắk Lắk after it was merged with Phú Yên) for its programme linking
young entrepreneurs with cooperatives: I. purposes, II. who takes part, III. eight activities, each an italic heading
"Hoạt động n: …" over labelled "-" lines (Thời gian, Địa điểm, Nội dung, Đơn vị thực hiện — the lead marked "(chủ trì)"
after its name, partners after a semicolon —, Kinh phí); IV. funding in one paragraph; V. two numbered paragraphs;
the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_dak-lak_21-KH-HDNT-2026_hoat-dong-the-thong-tin"
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
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 2pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 4pt; }
p.l { margin: 0 0 2pt 10mm; text-align: justify; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỘI DOANH NHÂN TRẺ VIỆT NAM", ""), ("HỘI DOANH NHÂN TRẺ", "b"), ("TỈNH ĐẮK LẮK", "b"),
             ("Số: 21/KH-HDNT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đắk Lắk, ngày 16 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Triển khai Chương trình “Doanh nhân trẻ đồng hành cùng hợp tác xã” năm 2026"

# "h" a section heading, "a" an activity's heading, "p" a paragraph, "l" a labelled line of an activity
BODY = [
    ("p", "Thực hiện Nghị quyết Đại hội Hội Doanh nhân trẻ tỉnh nhiệm kỳ 2025 - 2030 và chương trình công tác năm 2026 "
          "của Ban Chấp hành, Ban Thường vụ Hội xây dựng Kế hoạch triển khai Chương trình “Doanh nhân trẻ đồng hành "
          "cùng hợp tác xã” năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Tạo cầu nối giữa hội viên là doanh nghiệp chế biến, phân phối, logistics với các hợp tác xã, tổ hợp tác "
          "trồng cà phê, sầu riêng, hồ tiêu ở vùng Đắk Lắk cũ và các hợp tác xã thủy sản, nông sản ở vùng Phú Yên cũ; "
          "mỗi hoạt động có đơn vị chủ trì, thời gian và kết quả cụ thể, không hình thức."),
    ("h", "II. ĐỐI TƯỢNG THAM GIA"),
    ("p", "Hội viên Hội Doanh nhân trẻ tỉnh; giám đốc, thành viên các hợp tác xã, tổ trưởng tổ hợp tác có nhu cầu liên "
          "kết; thanh niên khởi nghiệp trong lĩnh vực nông nghiệp."),
    ("h", "III. CÁC HOẠT ĐỘNG CỤ THỂ"),
    ("a", "Hoạt động 1: Khảo sát nhu cầu liên kết của hợp tác xã"),
    ("l", "- Thời gian: tháng 4 - 5/2026."),
    ("l", "- Nội dung: phát phiếu khảo sát tới khoảng 120 hợp tác xã về sản lượng, tiêu chuẩn sản phẩm, nhu cầu vốn, "
          "bao bì, kho bãi và đầu ra; lập danh mục hợp tác xã sẵn sàng liên kết."),
    ("l", "- Đơn vị thực hiện: Ban Kết nối giao thương (chủ trì); Liên minh Hợp tác xã tỉnh, Chi hội Doanh nhân trẻ "
          "khu vực Phú Yên."),
    ("a", "Hoạt động 2: Hội nghị kết nối doanh nghiệp trẻ với hợp tác xã cà phê, sầu riêng"),
    ("l", "- Thời gian: dự kiến trung tuần tháng 6/2026, trước vụ thu hoạch sầu riêng."),
    ("l", "- Địa điểm: phường Buôn Ma Thuột."),
    ("l", "- Nội dung: giới thiệu nhu cầu thu mua của hội viên, tiêu chuẩn xuất khẩu; các hợp tác xã trình bày năng lực "
          "cung ứng; tổ chức gặp gỡ song phương."),
    ("l", "- Đơn vị thực hiện: Ban Kết nối giao thương (chủ trì); Văn phòng Hội, Sở Công Thương."),
    ("l", "- Kinh phí: hội phí và tài trợ của doanh nghiệp."),
    ("a", "Hoạt động 3: Ký kết hợp đồng liên kết tiêu thụ"),
    ("l", "- Thời gian: quý III/2026."),
    ("l", "- Nội dung: hỗ trợ ký kết ít nhất 10 hợp đồng liên kết bao tiêu giữa hội viên và hợp tác xã, có điều khoản về "
          "giá sàn, ứng trước vật tư và chia sẻ rủi ro."),
    ("l", "- Đơn vị thực hiện: Câu lạc bộ Doanh nhân trẻ nông nghiệp (chủ trì); các hội viên tham gia Chương trình."),
    ("a", "Hoạt động 4: Kèm cặp giám đốc hợp tác xã trẻ"),
    ("l", "- Thời gian: từ tháng 5 đến tháng 12/2026."),
    ("l", "- Nội dung: mỗi doanh nhân trẻ nhận kèm cặp một giám đốc hợp tác xã dưới 40 tuổi về quản trị tài chính, bán "
          "hàng, xây dựng thương hiệu; gặp trực tiếp ít nhất một lần mỗi quý."),
    ("l", "- Đơn vị thực hiện: Ban Hội viên (chủ trì); Tỉnh đoàn Đắk Lắk."),
    ("a", "Hoạt động 5: Thiết kế bao bì, nhãn hàng cho hợp tác xã thủy sản vùng Phú Yên cũ"),
    ("l", "- Thời gian: quý IV/2026."),
    ("l", "- Nội dung: hỗ trợ 06 hợp tác xã nước mắm, cá ngừ, rong biển thiết kế bao bì, đăng ký mã vạch, hoàn thiện hồ "
          "sơ công bố sản phẩm."),
    ("l", "- Đơn vị thực hiện: Chi hội Doanh nhân trẻ khu vực Phú Yên (chủ trì); Ban Truyền thông."),
    ("a", "Hoạt động 6: Tập huấn bán hàng trực tuyến cho cán bộ hợp tác xã"),
    ("l", "- Thời gian: tháng 8/2026."),
    ("l", "- Nội dung: 02 lớp, mỗi lớp 40 học viên, về livestream bán hàng, quản lý gian hàng trên sàn thương mại điện "
          "tử và giao vận."),
    ("l", "- Đơn vị thực hiện: Ban Hội viên (chủ trì); Hội Nông dân tỉnh."),
    ("a", "Hoạt động 7: Gian hàng chung “Doanh nhân trẻ - Hợp tác xã”"),
    ("l", "- Thời gian: dịp Hội chợ Thương mại - Nông sản tỉnh (dự kiến tháng 11/2026)."),
    ("l", "- Nội dung: bố trí 15 gian hàng để hội viên cùng hợp tác xã trưng bày, giới thiệu sản phẩm đã liên kết."),
    ("l", "- Đơn vị thực hiện: Văn phòng Hội (chủ trì); Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh, Liên "
          "minh Hợp tác xã tỉnh."),
    ("a", "Hoạt động 8: Truyền thông về Chương trình"),
    ("l", "- Thời gian: hằng tháng."),
    ("l", "- Nội dung: đăng tin, bài, video ngắn về các cặp liên kết doanh nghiệp - hợp tác xã trên trang thông tin "
          "điện tử và fanpage của Hội."),
    ("l", "- Đơn vị thực hiện: Ban Truyền thông (chủ trì)."),
    ("h", "IV. KINH PHÍ"),
    ("p", "Kinh phí thực hiện từ nguồn hội phí, đóng góp và tài trợ hợp pháp của hội viên, doanh nghiệp; Văn phòng Hội "
          "lập dự toán từng hoạt động trình Thường trực Hội phê duyệt."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Văn phòng Hội là đầu mối theo dõi, đôn đốc các ban, chi hội, câu lạc bộ thực hiện Kế hoạch; tổng hợp kết "
          "quả Chương trình năm 2026 báo cáo Ban Thường vụ Hội trước ngày 15/12/2026."),
    ("p", "2. Các chi hội, câu lạc bộ trực thuộc đăng ký hội viên tham gia kèm cặp và liên kết với hợp tác xã, gửi danh "
          "sách về Văn phòng Hội trước ngày 30/4/2026."),
    ("p", "Trên đây là Kế hoạch triển khai Chương trình “Doanh nhân trẻ đồng hành cùng hợp tác xã” năm 2026 của Hội "
          "Doanh nhân trẻ tỉnh Đắk Lắk./."),
]

NOI_NHAN = ["Nơi nhận:", "- TW Hội DNT Việt Nam (b/c);", "- Tỉnh đoàn, LMHTX tỉnh (p/h);", "- Sở Công Thương;",
            "- BCH Hội;", "- Các ban, chi hội, CLB;", "- Lưu: VP Hội."]
SIGN = [("TM. BAN THƯỜNG VỤ", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Lê Quang Vĩnh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260316141500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 21/KH-HDNT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "a": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>',
                    "l": f'<p class="l">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
