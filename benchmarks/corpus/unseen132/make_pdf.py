"""Write b_tay-ninh_58-KH-BTDKT-2026_xet-khen-thuong-htx-theo-moc.pdf, the hundred-and-thirty-second held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen132/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen132/make_pdf.py --html-only

A provincial emulation and rewards board (Ban Thi đua - Khen thưởng, under the Sở Nội vụ) planning how model
cooperatives and cooperative groups are proposed for the Chairman's certificates of merit at the end of 2026: I.
purposes, II. who may be proposed ("-" lines, no work), III. seven numbered steps, EACH OPENING WITH ITS TIME and a
colon ("Từ nay đến 31/8/2026:", "Tháng 9/2026:", "Cùng thời gian trên,", "Sau khi có ý kiến …:") and then the body
and its work; IV. two numbered paragraphs; the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_tay-ninh_58-KH-BTDKT-2026_xet-khen-thuong-htx-theo-moc"
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
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ NỘI VỤ TỈNH TÂY NINH", ""), ("BAN THI ĐUA - KHEN THƯỞNG", "b"), ("Số: 58/KH-BTĐKT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Tây Ninh, ngày 03 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Xét chọn, đề nghị khen thưởng hợp tác xã, tổ hợp tác tiêu biểu năm 2026"

# "h" a section heading, "p" a paragraph
BODY = [
    ("p", "Thực hiện Kế hoạch số 173/KH-UBND ngày 14/7/2026 của Ủy ban nhân dân tỉnh về công tác thi đua, khen thưởng "
          "năm 2026, Ban Thi đua - Khen thưởng (Sở Nội vụ) xây dựng Kế hoạch xét chọn, đề nghị Chủ tịch Ủy ban nhân "
          "dân tỉnh tặng Bằng khen cho các HTX, THT tiêu biểu như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Biểu dương kịp thời những HTX, THT làm ăn có lãi, chia lợi nhuận cho thành viên, liên kết tiêu thụ nông sản "
          "ổn định; việc xét chọn công khai, đúng đối tượng, không chạy theo số lượng."),
    ("h", "II. ĐỐI TƯỢNG, SỐ LƯỢNG"),
    ("p", "- Tập thể: không quá 20 hợp tác xã và 10 tổ hợp tác hoạt động từ đủ 3 năm trở lên."),
    ("p", "- Cá nhân: không quá 25 giám đốc, thành viên hội đồng quản trị, kế toán và thành viên tiêu biểu."),
    ("h", "III. TRÌNH TỰ, THỜI GIAN VÀ PHÂN CÔNG"),
    ("p", "1. Từ nay đến 31/8/2026: Liên minh HTX tỉnh hướng dẫn các HTX thành viên tự đánh giá theo tiêu chí, đăng ký "
          "đề nghị khen thưởng; gửi danh sách đăng ký về Ban Thi đua - Khen thưởng."),
    ("p", "2. Tháng 9/2026: UBND các xã, phường họp xét đối với các HTX, THT trên địa bàn, lập hồ sơ đề nghị gửi qua "
          "Liên minh HTX tỉnh."),
    ("p", "3. Trước ngày 15/10/2026: Sở Tài chính (đơn vị giúp UBND tỉnh quản lý nhà nước về HTX) có ý kiến về kết quả "
          "sản xuất, kinh doanh và việc chấp hành quy định về đăng ký của các HTX được đề nghị."),
    ("p", "4. Cùng thời gian trên, Thuế tỉnh Tây Ninh xác nhận việc chấp hành nghĩa vụ thuế của các HTX, THT và cá nhân "
          "có tên trong danh sách."),
    ("p", "5. Tháng 10 - 11/2026: Phòng Nghiệp vụ 1 thẩm định hồ sơ, phối hợp Sở NN&MT, Hội Nông dân tỉnh lấy ý kiến về "
          "các HTX nông nghiệp được đề nghị."),
    ("p", "6. Sau khi có ý kiến của Hội đồng Thi đua - Khen thưởng tỉnh: Văn phòng Ban hoàn thiện tờ trình, trình Chủ "
          "tịch UBND tỉnh quyết định tặng Bằng khen."),
    ("p", "7. Dịp tổng kết năm (dự kiến tháng 12/2026): Liên minh HTX tỉnh chủ trì, phối hợp Ban Thi đua - Khen thưởng "
          "tổ chức trao Bằng khen tại hội nghị tổng kết hoạt động của Liên minh."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Nghiệp vụ 1 là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Trưởng ban "
          "trước ngày 25/12/2026."),
    ("p", "2. Đề nghị Báo và Phát thanh, Truyền hình Tây Ninh đưa tin, giới thiệu các HTX, THT được khen thưởng; thời "
          "gian: quý IV/2026."),
    ("p", "Trên đây là Kế hoạch xét chọn, đề nghị khen thưởng HTX, THT tiêu biểu năm 2026 của Ban Thi đua - Khen "
          "thưởng tỉnh Tây Ninh./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Giám đốc Sở Nội vụ (b/c);", "- Liên minh HTX tỉnh; Sở Tài chính;",
            "- Thuế tỉnh Tây Ninh;", "- UBND các xã, phường;", "- Lưu: VT, NV1."]
SIGN = [("TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("Trương Thị Mỹ Duyên", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20260803142000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 58/KH-BTĐKT", CSS)
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
