"""Write d_bct_2876-KH-BCT-2026_phan-cong-theo-so-thu-tu.pdf, the twelfth held-out set's PDF, from the HTML this script
writes.

    .venv/bin/python benchmarks/corpus/unseen12/make_pdf.py            # writes sources/d_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen12/make_pdf.py --html-only

A ministry's plan (September 2026, after the 2025 reorganisation of the Bộ Công Thương's Cục and Vụ) whose II. lists
the tasks as numbered paragraphs that NAME NOBODY (each ends with its own "Thời gian: …"), and whose III. assigns them
BY THEIR NUMBERS: "1. Cục Xúc tiến thương mại chủ trì thực hiện các nhiệm vụ tại điểm 1 và 2 mục II; phối hợp … tại
điểm 4 mục II." — the way a plan is written when several units share a list of tasks and the list comes first.

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium
(``/usr/bin/chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=…``): the same pages
and text on every run, not the same bytes (the PDF records its creation time). Font: DejaVu Serif (embedded, subset).
"""

from __future__ import annotations

import html
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
STEM = "d_bct_2876-KH-BCT-2026_phan-cong-theo-so-thu-tu"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12.5pt; line-height: 1.45; }
.head { display: grid; grid-template-columns: 38% 62%; text-align: center; font-size: 11pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 13pt; text-align: center; margin: 0 0 10pt; }
h3 { font-size: 12.5pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign .left { font-size: 10.5pt; }
.sign .left p, .sign .right p { margin: 0; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("BỘ CÔNG THƯƠNG", "b"), ("Số: 2876/KH-BCT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Nội, ngày 15 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hỗ trợ hợp tác xã, tổ hợp tác tiêu thụ sản phẩm và phát triển thị trường năm 2027"

# II.: the tasks, numbered, naming nobody — (text, time)
TASKS = [
    ("Tổ chức chương trình “Tuần hàng sản phẩm hợp tác xã” tại ba khu vực Bắc, Trung, Nam, ưu tiên hợp tác xã có "
     "sản phẩm OCOP từ 4 sao trở lên.", "quý II/2027"),
    ("Hỗ trợ hợp tác xã tham gia gian hàng chung tại các hội chợ quốc tế về nông sản, thực phẩm tổ chức trong nước "
     "và ở các thị trường trọng điểm.", "năm 2027"),
    ("Mở gian hàng “Hợp tác xã Việt” trên các sàn thương mại điện tử lớn; hướng dẫn hợp tác xã đăng ký, quản lý gian "
     "hàng và thanh toán không dùng tiền mặt.", "quý I - quý II/2027"),
    ("Đào tạo kỹ năng bán hàng trực tuyến, livestream và chăm sóc khách hàng cho cán bộ, thành viên hợp tác xã.",
     "quý III/2027"),
    ("Cung cấp thông tin thị trường, cảnh báo các rào cản kỹ thuật và biện pháp phòng vệ thương mại đối với nông "
     "sản mà hợp tác xã xuất khẩu.", "thường xuyên"),
    ("Rà soát quy định về điểm bán hàng Việt, chợ truyền thống; đề xuất ưu tiên bố trí điểm bán cho sản phẩm của "
     "hợp tác xã.", "trước ngày 30/6/2027"),
    ("Kết nối hợp tác xã với các hệ thống phân phối hiện đại, chợ đầu mối để ký hợp đồng cung ứng dài hạn.",
     "năm 2027"),
    ("Tổng hợp dự toán kinh phí xúc tiến thương mại cho hợp tác xã năm 2027 từ Chương trình cấp quốc gia về xúc tiến "
     "thương mại, trình Lãnh đạo Bộ.", "tháng 11/2026"),
    ("Tổng hợp, đánh giá kết quả thực hiện Kế hoạch, báo cáo Bộ trưởng.", "tháng 12/2027"),
]

# ("h", heading) | ("p", paragraph)
BEFORE = [
    ("p", "Thực hiện Luật Hợp tác xã năm 2023 và chương trình công tác năm 2027 của Bộ, Bộ Công Thương ban hành Kế "
          "hoạch hỗ trợ hợp tác xã, tổ hợp tác tiêu thụ sản phẩm và phát triển thị trường năm 2027 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Giúp hợp tác xã mở rộng kênh tiêu thụ trong nước và xuất khẩu; các nhiệm vụ được liệt kê một lần tại mục "
          "II và giao đơn vị chủ trì, đơn vị phối hợp theo số thứ tự tại mục III."),
    ("h", "II. NHIỆM VỤ"),
]

AFTER = [
    ("h", "III. PHÂN CÔNG THỰC HIỆN"),
    ("p", "1. Cục Xúc tiến thương mại chủ trì thực hiện các nhiệm vụ tại điểm 1 và điểm 2 mục II; phối hợp với Cục "
          "Thương mại điện tử và Kinh tế số thực hiện nhiệm vụ tại điểm 4 mục II."),
    ("p", "2. Cục Thương mại điện tử và Kinh tế số chủ trì thực hiện các nhiệm vụ tại điểm 3 và điểm 4 mục II."),
    ("p", "3. Cục Quản lý và Phát triển thị trường trong nước chủ trì thực hiện các nhiệm vụ tại điểm 6, 7 và 9 mục "
          "II; phối hợp với Cục Xúc tiến thương mại thực hiện nhiệm vụ tại điểm 1 mục II."),
    ("p", "4. Cục Phòng vệ thương mại chủ trì thực hiện nhiệm vụ tại điểm 5 mục II."),
    ("p", "5. Vụ Kế hoạch - Tài chính chủ trì thực hiện nhiệm vụ tại điểm 8 mục II."),
    ("p", "6. Đề nghị Liên minh Hợp tác xã Việt Nam phối hợp thực hiện các nhiệm vụ tại điểm 1, 3 và 7 mục II."),
    ("p", "7. Đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương căn cứ điều kiện thực tế chỉ đạo Sở Công "
          "Thương lựa chọn hợp tác xã tiêu biểu của địa phương tham gia các chương trình tại điểm 1 và điểm 2 mục II, "
          "gửi danh sách về Bộ Công Thương (qua Cục Xúc tiến thương mại) trước ngày 31/01/2027."),
    ("p", "8. Thủ trưởng các đơn vị thuộc Bộ có tên tại mục này bố trí nhân lực, chủ động triển khai nhiệm vụ được "
          "giao; định kỳ 6 tháng gửi kết quả về Cục Quản lý và Phát triển thị trường trong nước để tổng hợp./."),
]

NOI_NHAN = ["Nơi nhận:", "- Bộ trưởng (để b/c);", "- Các Thứ trưởng;", "- Liên minh HTX Việt Nam;",
            "- UBND các tỉnh, thành phố trực thuộc TW;", "- Sở Công Thương các tỉnh, thành phố;",
            "- Các đơn vị có tên tại mục III;", "- Lưu: VT, TTTN."]
SIGN = [("KT. BỘ TRƯỞNG", "b"), ("THỨ TRƯỞNG", "b"), ("", ""), ("", ""), ("", ""), ("Đoàn Minh Khôi", "b")]


def e(text: str) -> str:
    return html.escape(text, quote=False)


def build_html() -> str:
    out = ['<!DOCTYPE html>', '<html lang="vi">', '<head>', '<meta charset="utf-8">',
           '<title>Kế hoạch 2876/KH-BCT</title>', f'<style>{CSS}</style>', '</head>', '<body>', '<div class="head">']
    for column in (HEAD_LEFT, HEAD_RIGHT):
        out.append('<div>' + "".join(f'<p class="{cls}">{e(text)}</p>' for text, cls in column) + '</div>')
    out += ['</div>', f'<h1>{e(TITLE)}</h1>', f'<h2>{e(SUBTITLE)}</h2>']
    paragraphs = BEFORE + [("p", f"{n}. {text} Thời gian: {time}.") for n, (text, time) in enumerate(TASKS, 1)] + AFTER
    for kind, text in paragraphs:
        out.append(("<h3>{}</h3>" if kind == "h" else '<p class="t">{}</p>').format(e(text)))
    out.append('<div class="sign"><div class="left">'
               + "".join(f'<p class="{"b i" if i == 0 else ""}">{e(x)}</p>' for i, x in enumerate(NOI_NHAN))
               + '</div><div class="right">'
               + "".join(f'<p class="{cls}">{e(text) or "&nbsp;"}</p>' for text, cls in SIGN) + '</div></div>')
    out += ['</body>', '</html>', '']
    return "\n".join(out)


def main() -> None:
    HTML.parent.mkdir(exist_ok=True)
    HTML.write_text(build_html(), encoding="utf-8")
    print(HTML)
    if "--html-only" in sys.argv:
        return
    subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={OUT}", HTML.as_uri()], check=True, capture_output=True)
    print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
