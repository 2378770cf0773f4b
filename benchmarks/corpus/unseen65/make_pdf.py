"""Write b_thanh-hoa_34-KH-HCTNXP-2026_hoi-cuu-tnxp-htx-nhiem-vu-giao-cuoi-doan.pdf, the sixty-fifth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen65/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen65/make_pdf.py --html-only

A provincial Association of Former Youth Volunteers' plan (August 2026) for its members' cooperatives: I. purposes,
II. nine numbered tasks, each a bold title ("Nhiệm vụ 1. …") over a paragraph of the work and a line "Giao: …" naming
the lead, its partners and the time; III. a table of the expected costs (no task); IV. the closing paragraph; the
signature beside "Nơi nhận".

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
STEM = "b_thanh-hoa_34-KH-HCTNXP-2026_hoi-cuu-tnxp-htx-nhiem-vu-giao-cuoi-doan"
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
h4 { font-size: 12pt; margin: 6pt 0 2pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 4pt; }
p.g { margin: 0 0 6pt 10mm; font-style: italic; }
table.cost { border-collapse: collapse; width: 100%; font-size: 11pt; margin: 4pt 0 8pt; }
table.cost td, table.cost th { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỘI CỰU TNXP VIỆT NAM", ""), ("HỘI CỰU THANH NIÊN XUNG PHONG", "b"), ("TỈNH THANH HÓA", "b"),
             ("Số: 34/KH-HCTNXP", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Thanh Hóa, ngày 11 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Củng cố các hợp tác xã, tổ hợp tác của cựu thanh niên xung phong đến hết năm 2026"

# "h" a section heading, "n" a task's title, "p" a paragraph, "g" the line giving the task
BODY = [
    ("p", "Toàn tỉnh hiện có 11 hợp tác xã và 23 tổ hợp tác do hội viên cựu thanh niên xung phong thành lập, phần lớn "
          "làm dịch vụ nông nghiệp, trồng rừng, may mặc và vận tải; nhiều đơn vị quy mô nhỏ, thiếu vốn và người trẻ "
          "kế cận. Thường trực Hội đề ra các việc cần làm từ nay đến cuối năm như sau."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giữ vững và nâng chất lượng các hợp tác xã, tổ hợp tác của hội viên; mỗi việc có ban chủ trì, người phối "
          "hợp và mốc thời gian để Thường trực Hội kiểm tra."),
    ("h", "II. NHIỆM VỤ CỤ THỂ"),
    ("n", "Nhiệm vụ 1. Nắm lại tình hình từng đơn vị"),
    ("p", "Đến từng hợp tác xã, tổ hợp tác của hội viên, ghi rõ số thành viên, vốn, doanh thu, khó khăn và đề xuất."),
    ("g", "Giao: Ban Công tác hội viên chủ trì; phối hợp: Hội cựu TNXP các xã, phường; xong trong tháng 9/2026."),
    ("n", "Nhiệm vụ 2. Hướng dẫn sửa đổi điều lệ"),
    ("p", "Hướng dẫn 06 hợp tác xã chưa sửa điều lệ theo Luật Hợp tác xã năm 2023 hoàn thiện hồ sơ, đăng ký thay đổi."),
    ("g", "Giao: Ban Kinh tế chủ trì; phối hợp: Liên minh Hợp tác xã tỉnh, Sở Tài chính; trước ngày 30/10/2026."),
    ("n", "Nhiệm vụ 3. Nối vốn cho hợp tác xã"),
    ("p", "Làm việc với Quỹ Hỗ trợ phát triển hợp tác xã tỉnh để giới thiệu 04 dự án vay vốn của hợp tác xã hội viên "
          "(máy làm đất, xưởng may, xe tải nhỏ)."),
    ("g", "Giao: Ban Kinh tế chủ trì; phối hợp: Quỹ Hỗ trợ phát triển hợp tác xã tỉnh; quý IV/2026."),
    ("n", "Nhiệm vụ 4. Thu hút con em hội viên"),
    ("p", "Vận động con, cháu hội viên đã qua đào tạo về làm việc tại hợp tác xã; phối hợp giới thiệu việc làm tại "
          "các phiên giao dịch việc làm của tỉnh."),
    ("g", "Giao: Ban Công tác hội viên chủ trì; phối hợp: Tỉnh đoàn, Trung tâm Dịch vụ việc làm tỉnh; thường xuyên."),
    ("n", "Nhiệm vụ 5. Giới thiệu sản phẩm"),
    ("p", "Chọn sản phẩm của 05 hợp tác xã hội viên (mật ong rừng, quế, nước mắm, đồ may sẵn) tham gia Hội chợ hàng "
          "Việt và sản phẩm OCOP cuối năm; lo gian hàng chung của Hội."),
    ("g", "Giao: Văn phòng Hội chủ trì; phối hợp: Sở Công Thương; tháng 11/2026."),
    ("n", "Nhiệm vụ 6. Tập huấn quản trị"),
    ("p", "Mở 01 lớp tập huấn quản trị, kế toán, thuế cho giám đốc và kế toán các hợp tác xã, tổ trưởng tổ hợp tác "
          "của hội viên (khoảng 60 người), học 3 ngày."),
    ("g", "Giao: Ban Kinh tế chủ trì; phối hợp: Liên minh Hợp tác xã tỉnh, Thuế tỉnh Thanh Hóa; trong tháng 10/2026."),
    ("n", "Nhiệm vụ 7. Giải thể đơn vị ngừng hoạt động"),
    ("p", "Vận động 02 hợp tác xã đã ngừng hoạt động trên 12 tháng làm thủ tục giải thể theo quy định, tránh tồn đọng."),
    ("g", "Giao: Ban Kinh tế chủ trì; phối hợp: Ủy ban nhân dân các xã có hợp tác xã; trước 31/12/2026."),
    ("n", "Nhiệm vụ 8. Tuyên truyền gương điển hình"),
    ("p", "Viết bài, làm phóng sự ngắn về các hợp tác xã hội viên làm ăn tốt, đăng trên trang thông tin của Hội và "
          "chuyên mục Hội Cựu TNXP trên Báo và Phát thanh, Truyền hình Thanh Hóa."),
    ("g", "Giao: Ban Tuyên giáo chủ trì; mỗi tháng ít nhất 01 tin, bài."),
    ("n", "Nhiệm vụ 9. Sơ kết"),
    ("p", "Tổng hợp kết quả, đánh giá từng hợp tác xã, tổ hợp tác; báo cáo Ban Thường vụ Hội và Trung ương Hội."),
    ("g", "Giao: Văn phòng Hội chủ trì; phối hợp: các ban của Hội; trước ngày 15/12/2026."),
    ("h", "III. DỰ KIẾN KINH PHÍ"),
]

COSTS = [("Nội dung", "Số tiền (đồng)", "Nguồn"),
         ("Lớp tập huấn quản trị (nhiệm vụ 6)", "45.000.000", "Liên minh Hợp tác xã tỉnh hỗ trợ"),
         ("Gian hàng chung tại hội chợ (nhiệm vụ 5)", "18.000.000", "Kinh phí Hội, hợp tác xã đóng góp"),
         ("Tài liệu, đi cơ sở (nhiệm vụ 1, 2)", "12.000.000", "Kinh phí hoạt động của Hội")]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Các ban, Văn phòng Hội làm theo phần việc đã giao ở mục II; vướng mắc báo cáo Thường trực Hội để xử lý."),
]

NOI_NHAN = ["Nơi nhận:", "- TW Hội Cựu TNXP Việt Nam (b/c);", "- Ban Dân vận Tỉnh ủy (b/c);", "- LMHTX tỉnh, Sở Tài chính;",
            "- Các ban, VP Hội;", "- Hội cựu TNXP xã, phường;", "- Lưu: VP."]
SIGN = [("TM. BAN THƯỜNG VỤ", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Lê Đình Thưởng", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 9:15 in Việt Nam
PDF_DATE = b"D:20260811091500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 34/KH-HCTNXP", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "n": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>',
                    "g": f'<p class="g">{e(text)}</p>'}[kind])
    out.append('<table class="cost">')
    for i, row in enumerate(COSTS):
        tag = "th" if i == 0 else "td"
        out.append('<tr>' + "".join(f'<{tag}>{e(c)}</{tag}>' for c in row) + '</tr>')
    out.append('</table>')
    for kind, text in AFTER:
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
