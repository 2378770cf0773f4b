"""Write b_lam-dong_1176-KH-STC-2026_htx-nhom-theo-chi-tieu.pdf, the eleventh held-out set's PDF, from the HTML this
script writes.

    .venv/bin/python benchmarks/corpus/unseen11/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen11/make_pdf.py --html-only

A Sở's plan (April 2026, after Lâm Đồng absorbed Đắk Nông and Bình Thuận, and the Sở Tài chính took over the state
management of the collective economy) whose II. is GROUPED BY TARGET: each "Chỉ tiêu n: …" heading is followed by a
"Nhiệm vụ:" line, its "-" bullets (the tasks, which name nobody), and THEN, AFTER THE GROUP, one paragraph
"Trách nhiệm thực hiện: X chủ trì; Y phối hợp. Thời gian: …" that gives the lead, the cooperating bodies and the time
of every bullet above it, as such plans are laid out when the targets come first.

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium
(``/usr/bin/chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=…``): the same pages
and text on every run, not the same bytes (the PDF records its creation time). Font: DejaVu Serif (embedded, subset).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML parts
from pdf_from_html import PAGE_END, e, header, page_start, print_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_lam-dong_1176-KH-STC-2026_htx-nhom-theo-chi-tieu"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12.5pt; line-height: 1.45; }
.head { display: grid; grid-template-columns: 36% 64%; text-align: center; font-size: 11pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 13pt; text-align: center; margin: 0 0 10pt; }
h3 { font-size: 12.5pt; margin: 8pt 0 4pt; }
h4 { font-size: 12.5pt; font-style: italic; margin: 6pt 0 3pt; break-after: avoid; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.r { text-indent: 10mm; text-align: justify; margin: 2pt 0 8pt; font-style: italic; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; }
.sign .left { font-size: 10.5pt; }
.sign .left p, .sign .right p { margin: 0; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH LÂM ĐỒNG", ""), ("SỞ TÀI CHÍNH", "b"), ("Số: 1176/KH-STC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lâm Đồng, ngày 14 tháng 4 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thực hiện các chỉ tiêu phát triển hợp tác xã, tổ hợp tác năm 2026"

# ("h", heading) | ("g", target heading) | ("p", paragraph) | ("-", bullet) | ("r", the group's responsibility line)
BODY = [
    ("p", "Thực hiện Kế hoạch phát triển kinh tế tập thể, hợp tác xã năm 2026 của Ủy ban nhân dân tỉnh, Sở Tài chính "
          "xây dựng Kế hoạch thực hiện các chỉ tiêu được giao như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Cụ thể hóa từng chỉ tiêu thành nhiệm vụ của các phòng, đơn vị thuộc Sở; xác định rõ đơn vị chịu trách "
          "nhiệm và thời gian hoàn thành đối với mỗi nhóm nhiệm vụ."),
    ("h", "II. CHỈ TIÊU, NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
    ("g", "1. Chỉ tiêu 1: Thành lập mới ít nhất 45 hợp tác xã và 120 tổ hợp tác trong năm 2026"),
    ("p", "Nhiệm vụ:"),
    ("-", "Hướng dẫn trình tự, hồ sơ đăng ký thành lập hợp tác xã, tổ hợp tác cho công chức các xã, phường, đặc khu "
          "sau sắp xếp."),
    ("-", "Tổng hợp nhu cầu thành lập mới hợp tác xã ở các xã vùng cà phê, sầu riêng và các xã ven biển, gửi danh "
          "sách để tư vấn thành lập."),
    ("r", "Trách nhiệm thực hiện: Phòng Doanh nghiệp, kinh tế tập thể và tư nhân chủ trì; Liên minh Hợp tác xã tỉnh "
          "phối hợp. Thời gian: hoàn thành trong quý III/2026."),
    ("g", "2. Chỉ tiêu 2: 100% hợp tác xã đang hoạt động có thông tin cập nhật trên Hệ thống thông tin quốc gia về "
          "hợp tác xã"),
    ("p", "Nhiệm vụ:"),
    ("-", "Đối chiếu danh sách hợp tác xã đã đăng ký của ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận cũ với hợp tác xã thực "
          "tế đang hoạt động."),
    ("-", "Hướng dẫn hợp tác xã nhập, cập nhật báo cáo tình hình hoạt động trên Hệ thống."),
    ("-", "Lập danh sách hợp tác xã ngừng hoạt động từ 12 tháng trở lên, đề xuất thu hồi giấy chứng nhận đăng ký."),
    ("r", "Trách nhiệm thực hiện: Phòng Doanh nghiệp, kinh tế tập thể và tư nhân chủ trì; Văn phòng Sở phối hợp. "
          "Thời gian: trước ngày 30/9/2026."),
    ("g", "3. Chỉ tiêu 3: Ít nhất 30 hợp tác xã được hỗ trợ từ ngân sách nhà nước theo Luật Hợp tác xã năm 2023"),
    ("p", "Nhiệm vụ:"),
    ("-", "Tham mưu Ủy ban nhân dân tỉnh phân bổ kinh phí hỗ trợ hợp tác xã năm 2026 theo danh mục đã được phê duyệt."),
    ("-", "Thẩm định dự toán hỗ trợ kết cấu hạ tầng, nhà sơ chế cho hợp tác xã nông nghiệp."),
    ("r", "Trách nhiệm thực hiện: Phòng Quản lý ngân sách chủ trì; Phòng Doanh nghiệp, kinh tế tập thể và tư nhân, "
          "Sở Nông nghiệp và Môi trường phối hợp. Thời gian: quý II/2026."),
    ("g", "4. Chỉ tiêu 4: Ít nhất 300 lượt cán bộ quản lý, thành viên hợp tác xã được bồi dưỡng"),
    ("p", "Nhiệm vụ:"),
    ("-", "Mở các lớp bồi dưỡng về quản trị, kế toán và chuyển đổi số cho hợp tác xã tại ba khu vực của tỉnh."),
    ("-", "Biên soạn tài liệu bồi dưỡng bằng tiếng Việt có minh họa, phù hợp thành viên là đồng bào dân tộc thiểu số."),
    ("r", "Trách nhiệm thực hiện: đề nghị Liên minh Hợp tác xã tỉnh chủ trì; Phòng Doanh nghiệp, kinh tế tập thể và "
          "tư nhân phối hợp. Thời gian: năm 2026."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Trưởng các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được phân công chủ động triển khai; định kỳ hằng quý "
          "báo cáo tiến độ qua Văn phòng Sở."),
    ("p", "2. Văn phòng Sở tổng hợp kết quả thực hiện các chỉ tiêu, báo cáo Giám đốc Sở trước ngày 15/12/2026./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (để b/c);", "- Liên minh HTX tỉnh;", "- Sở Nông nghiệp và Môi trường;",
            "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, DN."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Ka Thị Hạnh", "b")]


def build_html() -> str:
    out = [*page_start("Kế hoạch 1176/KH-STC", CSS), *header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)]
    for kind, text in BODY:
        tag = {"h": "<h3>{}</h3>", "g": "<h4>{}</h4>", "p": '<p class="t">{}</p>', "-": '<p class="t">- {}</p>',
               "r": '<p class="r">{}</p>'}[kind]
        out.append(tag.format(e(text)))
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_pdf(HTML, OUT)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
