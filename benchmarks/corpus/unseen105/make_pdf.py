"""Write b_an-giang_24-KH-TTKT-2026_kiem-dinh-can-diem-mua-lua-htx.pdf, the hundred-and-fifth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen105/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen105/make_pdf.py --html-only

A MEASUREMENT AND STANDARDS centre's plan (Kế hoạch of a Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng under a Sở
Khoa học và Công nghệ, August 2026) for verifying the scales at the rice-buying points of cooperatives before and during
a harvest: the header of a unit under a Sở, I. purposes, II. the scope (not tasks), III. per-room headings with a
colon ("1. Phòng Đo lường:") over "-" items, some naming a partner; IV. what it asks of other bodies in numbered
paragraphs; the closing sentence, the signature beside "Nơi nhận".

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
STEM = "b_an-giang_24-KH-TTKT-2026_kiem-dinh-can-diem-mua-lua-htx"
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
h4 { font-size: 12pt; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ KHOA HỌC VÀ CÔNG NGHỆ", ""), ("TRUNG TÂM KỸ THUẬT TIÊU CHUẨN", "b"),
             ("ĐO LƯỜNG CHẤT LƯỢNG", "b"), ("Số: 24/KH-TTKT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("An Giang, ngày 05 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Kiểm định, hiệu chuẩn cân tại điểm thu mua lúa của hợp tác xã vụ Thu Đông năm 2026"

# "h" a section heading, "s" a room's heading, "p" a paragraph
BODY = [
    ("p", "Vụ Thu Đông năm 2026 toàn tỉnh có 96 hợp tác xã nông nghiệp tổ chức thu mua lúa cho thành viên, phần lớn "
          "dùng cân bàn, cân treo đã lâu không kiểm định. Để bảo đảm quyền lợi của nông dân và uy tín của hợp tác xã, "
          "Trung tâm lập Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Mọi phương tiện đo dùng trong mua bán lúa tại hợp tác xã được kiểm định, dán tem trước khi vào thu hoạch "
          "rộ; hợp tác xã tự kiểm tra được cân của mình giữa hai lần kiểm định."),
    ("h", "II. PHẠM VI"),
    ("p", "Cân bàn, cân đĩa, cân treo, cân ô tô tại điểm thu mua, sân phơi, lò sấy của 96 hợp tác xã; ẩm kế đo độ ẩm "
          "hạt tại các hợp tác xã có lò sấy."),
    ("h", "III. PHÂN CÔNG"),
    ("s", "1. Phòng Đo lường:"),
    ("p", "- Lập danh mục phương tiện đo của các HTX, phối hợp với Liên minh Hợp tác xã tỉnh gửi phiếu đăng ký "
          "đến các hợp tác xã; xong trước ngày 25/8/2026."),
    ("p", "- Kiểm định, dán tem cân bàn, cân treo, cân đĩa tại chỗ cho các hợp tác xã, xong trước khi thu hoạch rộ "
          "(dự kiến 20/9/2026)."),
    ("p", "- Kiểm định cân ô tô tại 08 hợp tác xã có lò sấy; thời gian: tháng 9/2026."),
    ("s", "2. Phòng Thử nghiệm:"),
    ("p", "- Hiệu chuẩn ẩm kế đo độ ẩm lúa tại các hợp tác xã có lò sấy; tháng 9 và tháng 10/2026."),
    ("p", "- Hướng dẫn cán bộ điều hành hợp tác xã tự kiểm tra cân bằng quả cân chuẩn, trong đợt cao điểm thu hoạch."),
    ("s", "3. Phòng Hành chính - Tổng hợp:"),
    ("p", "- Thu phí kiểm định theo mức giảm 50% cho hợp tác xã, lập chứng từ; tổng hợp kết quả, báo cáo Sở Khoa học và "
          "Công nghệ trước ngày 30/11/2026."),
    ("h", "IV. ĐỀ NGHỊ PHỐI HỢP"),
    ("p", "1. Đề nghị Chi cục Phát triển nông thôn (Sở Nông nghiệp và Môi trường) gửi Trung tâm danh sách các HTX có "
          "điểm thu mua, lò sấy lúa trước ngày 15/8/2026."),
    ("p", "2. Đề nghị Phòng Kinh tế các xã phối hợp với Đội Quản lý thị trường trên địa bàn kiểm tra việc sử dụng cân "
          "đã kiểm định tại các điểm thu mua trong suốt vụ Thu Đông."),
    ("p", "Trên đây là Kế hoạch kiểm định, hiệu chuẩn cân tại điểm thu mua lúa của hợp tác xã vụ Thu Đông năm 2026 của "
          "Trung tâm./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở KH&CN (b/c);", "- Chi cục PTNT; LMHTX tỉnh;", "- Phòng Kinh tế các xã;",
            "- Các phòng thuộc TT;", "- Lưu: VT, ĐL."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Thạch Thị Ngọc Hân", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20260805142000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 24/KH-TTKT", CSS)
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
