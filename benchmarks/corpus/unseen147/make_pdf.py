"""Write b_dong-thap_19-KH-TTDMST-2026_htx-dat-bai-toan-giai-doan.pdf, the hundred-and-forty-seventh held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen147/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen147/make_pdf.py --html-only

A provincial innovation centre's plan (Trung tâm Đổi mới sáng tạo under the Sở Khoa học và Công nghệ, July 2026) for
an innovation challenge in which cooperatives post their problems ("bài toán") and start-ups, students and technology
firms answer them: I. purposes, II. who takes part (no work), III. THREE STAGE HEADINGS EACH CARRYING ITS TIME SPAN IN
BRACKETS ("Giai đoạn 1. Đặt bài toán (từ 15/7 đến 31/8/2026)"), the lettered points under them mostly without a time
of their own (one with its own date after a semicolon, one with its own deadline in brackets, one opening with its
day and a colon); units named in full once with "(sau đây viết tắt là …)" and short after; IV. two numbered
paragraphs; the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_dong-thap_19-KH-TTDMST-2026_htx-dat-bai-toan-giai-doan"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 45% 55%; text-align: center; font-size: 10pt; }
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

HEAD_LEFT = [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", ""), ("TỈNH ĐỒNG THÁP", ""), ("TRUNG TÂM ĐỔI MỚI SÁNG TẠO", "b"),
             ("Số: 19/KH-TTĐMST", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đồng Tháp, ngày 06 tháng 7 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Tổ chức Chương trình \"Hợp tác xã đặt bài toán\" năm 2026"

# "h" a section heading, "s" a stage heading, "p" a paragraph
BODY = [
    ("p", "Nhiều hợp tác xã trồng xoài, lúa giống, nuôi cá tra trên địa bàn tỉnh đang gặp những vướng mắc kỹ thuật cụ "
          "thể nhưng chưa biết tìm ai giải quyết, trong khi các nhóm khởi nghiệp, sinh viên và doanh nghiệp công nghệ "
          "lại thiếu bài toán thực tế. Trung tâm Đổi mới sáng tạo tỉnh Đồng Tháp (sau đây gọi là Trung tâm) lập Kế "
          "hoạch tổ chức Chương trình \"Hợp tác xã đặt bài toán\" năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Kết nối ít nhất 30 hợp tác xã có bài toán với các nhóm giải pháp; chọn tối đa 05 giải pháp để thử nghiệm "
          "ngay tại hợp tác xã; giải pháp hiệu quả được nhân rộng từ năm 2027."),
    ("h", "II. ĐỐI TƯỢNG THAM GIA"),
    ("p", "Bên đặt bài toán là các hợp tác xã, tổ hợp tác còn hoạt động ở trong tỉnh. Bên giải bài toán là nhóm khởi "
          "nghiệp, nhóm sinh viên, giảng viên, doanh nghiệp khoa học và công nghệ trong và ngoài tỉnh; mỗi nhóm được "
          "đăng ký giải tối đa 02 bài toán."),
    ("h", "III. CÁC GIAI ĐOẠN VÀ PHÂN CÔNG"),
    ("s", "Giai đoạn 1. Đặt bài toán (từ 15/7 đến 31/8/2026)"),
    ("p", "a) Phòng Kết nối và Chuyển giao công nghệ (sau đây viết tắt là Phòng Kết nối) phối hợp Liên minh Hợp tác xã "
          "tỉnh khảo sát, giúp các hợp tác xã viết bài toán thành phiếu mô tả: hiện trạng, yêu cầu, kinh phí hợp tác xã "
          "có thể đối ứng."),
    ("p", "b) Hội đồng chuyên môn do Giám đốc Trung tâm thành lập chọn 10 bài toán tiêu biểu để công bố; xong trước "
          "ngày 05/9/2026."),
    ("p", "c) Phòng Hành chính - Tổng hợp đăng thông báo mời tham gia trên Cổng thông tin điện tử của Sở Khoa học và "
          "Công nghệ và trang mạng xã hội của Trung tâm; phối hợp Báo và Phát thanh, Truyền hình Đồng Tháp đưa tin."),
    ("s", "Giai đoạn 2. Giải bài toán (tháng 9 và tháng 10/2026)"),
    ("p", "a) Phòng Ươm tạo và Hỗ trợ khởi nghiệp (Phòng Ươm tạo) nhận hồ sơ giải pháp; tổ chức 02 buổi \"cà phê bài "
          "toán\" để nhóm giải pháp gặp trực tiếp ban giám đốc hợp tác xã, xuống tận ruộng, ao, vườn."),
    ("p", "b) Đề nghị Trường Đại học Đồng Tháp cử giảng viên hướng dẫn các nhóm sinh viên, cho nhóm cần thử mẫu sử "
          "dụng phòng thí nghiệm của Trường."),
    ("p", "c) Phòng Kết nối mời chuyên gia của Trung tâm Khuyến nông tỉnh, Sở Nông nghiệp và Môi trường góp ý tính khả "
          "thi của từng giải pháp trước vòng chấm (hạn chót 20/10/2026)."),
    ("s", "Giai đoạn 3. Chấm chọn và thử nghiệm tại hợp tác xã (từ tháng 11/2026 đến tháng 3/2027)"),
    ("p", "a) Ngày 14/11/2026: Hội đồng chuyên môn chấm chọn tối đa 05 giải pháp vào thử nghiệm, công bố kết quả tại "
          "Ngày hội khởi nghiệp đổi mới sáng tạo của tỉnh."),
    ("p", "b) Phòng Ươm tạo cùng hợp tác xã có bài toán ký biên bản thử nghiệm, theo dõi, ghi nhận kết quả thử nghiệm "
          "hằng tháng."),
    ("p", "c) Phòng Hành chính - Tổng hợp thanh toán kinh phí hỗ trợ thử nghiệm, tối đa 50 triệu đồng/giải pháp, theo "
          "hợp đồng ba bên giữa Trung tâm, nhóm giải pháp và hợp tác xã có bài toán."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Hành chính - Tổng hợp làm đầu mối, theo dõi và tổng kết Chương trình, báo cáo Sở Khoa học và Công "
          "nghệ trước ngày 15/4/2027."),
    ("p", "2. Đề nghị Liên minh Hợp tác xã tỉnh giới thiệu các giải pháp thử nghiệm thành công đến các hợp tác xã cùng "
          "ngành trong năm 2027."),
    ("p", "Trên đây là Kế hoạch tổ chức Chương trình \"Hợp tác xã đặt bài toán\" năm 2026; các phòng bám sát thời gian "
          "từng giai đoạn để thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở KH&CN (b/c);", "- Liên minh HTX tỉnh;", "- Trường Đại học Đồng Tháp;",
            "- Các phòng thuộc Trung tâm (t/h);", "- Lưu: VT, HC-TH."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Huỳnh Thị Ngọc Giàu", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:20 in Việt Nam
PDF_DATE = b"D:20260706102000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 19/KH-TTĐMST", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
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
