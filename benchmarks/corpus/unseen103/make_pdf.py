"""Write b_can-tho_86-KH-DTTNB-2026_du-tru-nha-nuoc-mua-gao-htx-theo-kho.pdf, the hundred-and-third held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen103/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen103/make_pdf.py --html-only

A regional STATE RESERVE office's plan (Kế hoạch, September 2026) for buying rice for the national reserve directly
from rice cooperatives: the header of a unit under a Cục of the Bộ Tài chính, I. purposes, II. the quantity and the
buying method (not tasks), III. the work assigned to its own rooms and storage sub-offices ("1. Phòng …" paragraphs,
"Chi cục … " headings over "+" lines), IV. what it asks of the cooperatives and the provinces' bodies, the closing
sentence, the signature beside "Nơi nhận".

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
STEM = "b_can-tho_86-KH-DTTNB-2026_du-tru-nha-nuoc-mua-gao-htx-theo-kho"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12.5pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 42% 58%; text-align: center; font-size: 10.5pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 14pt; text-align: center; margin: 16pt 0 0; letter-spacing: 1pt; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 10pt; }
p.c { text-align: center; font-weight: bold; margin: 6pt 0; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.k { text-indent: 10mm; font-weight: bold; margin: 6pt 0 3pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CỤC DỰ TRỮ NHÀ NƯỚC", ""), ("DỰ TRỮ NHÀ NƯỚC", "b"), ("KHU VỰC TÂY NAM BỘ", "b"),
             ("Số: 86/KH-DTTNB", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Cần Thơ, ngày 08 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mua gạo nhập kho dự trữ quốc gia năm 2026 trực tiếp từ các hợp tác xã sản xuất lúa"

# "k" a bold heading, "p" a paragraph
BODY = [
    ("p", "Thực hiện chỉ tiêu mua tăng gạo dự trữ quốc gia năm 2026 được Cục Dự trữ Nhà nước giao, Dự trữ Nhà nước "
          "khu vực Tây Nam Bộ xây dựng Kế hoạch mua gạo trực tiếp từ các hợp tác xã trồng lúa vụ Thu Đông như sau:"),
    ("k", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Mua đủ số lượng, đúng chất lượng, đúng thời gian; ưu tiên hợp tác xã có vùng lúa liên kết, có máy sấy, kho "
          "chứa và đã được cấp mã số vùng trồng."),
    ("k", "II. SỐ LƯỢNG, PHƯƠNG THỨC"),
    ("p", "Tổng số 12.000 tấn gạo trắng hạt dài 15% tấm, nhập tại 04 điểm kho: Cái Răng, Ô Môn, Long Mỹ, Sóc Trăng. "
          "Mua theo phương thức mua trực tiếp, giá mua tối đa do Cục Dự trữ Nhà nước thông báo."),
    ("k", "III. PHÂN CÔNG THỰC HIỆN"),
    ("p", "1. Phòng Kế hoạch và Quản lý hàng dự trữ chủ trì lập danh sách các hợp tác xã đủ điều kiện bán gạo, thông "
          "báo công khai trên trang thông tin điện tử của đơn vị trước ngày 25/9/2026."),
    ("p", "2. Phòng Kỹ thuật bảo quản phối hợp Trung tâm Kiểm định chất lượng hàng dự trữ lấy mẫu, kiểm tra chất "
          "lượng gạo tại kho của hợp tác xã trước khi ký hợp đồng; thời gian: tháng 10/2026."),
    ("p", "3. Phòng Tài vụ - Quản trị thanh toán tiền mua gạo cho hợp tác xã trong vòng 05 ngày làm việc kể từ khi "
          "có biên bản nhập kho."),
    ("p", "4. Các Chi cục Dự trữ Nhà nước Cái Răng, Ô Môn, Long Mỹ, Sóc Trăng:"),
    ("p", "+ Vệ sinh, sát trùng kho, kê lót sẵn sàng tiếp nhận gạo, xong trước 30/9/2026;"),
    ("p", "+ Ký hợp đồng và tổ chức nhập kho gạo của các hợp tác xã, hoàn thành nhập kho trước ngày 15/12/2026."),
    ("k", "IV. ĐỀ NGHỊ PHỐI HỢP"),
    ("p", "1. Đề nghị Sở Nông nghiệp và Môi trường thành phố Cần Thơ, Sở Nông nghiệp và Môi trường tỉnh Vĩnh Long "
          "giới thiệu các hợp tác xã có vùng lúa đạt chuẩn xuất khẩu, gửi danh sách về Phòng Kế hoạch và Quản lý hàng "
          "dự trữ trong tháng 9/2026."),
    ("p", "2. Đề nghị Liên minh Hợp tác xã thành phố Cần Thơ hướng dẫn các hợp tác xã chuẩn bị hồ sơ chào bán, "
          "thời gian: từ tháng 9 đến tháng 11/2026."),
    ("p", "3. Các hợp tác xã tham gia bán gạo bảo đảm gạo đúng quy chuẩn kỹ thuật quốc gia, giao hàng đến kho theo "
          "đúng tiến độ trong hợp đồng."),
    ("p", "Trên đây là Kế hoạch mua gạo dự trữ quốc gia năm 2026 trực tiếp từ các hợp tác xã của Dự trữ Nhà nước khu "
          "vực Tây Nam Bộ./."),
]

NOI_NHAN = ["Nơi nhận:", "- Cục DTNN (để b/c);", "- Sở NN&MT TP Cần Thơ, tỉnh Vĩnh Long;", "- LMHTX TP Cần Thơ;",
            "- Các Chi cục DTNN trực thuộc;", "- Các phòng;", "- Lưu: VT, KH&QLHDT."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Trịnh Quốc Bảo", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:40 in Việt Nam
PDF_DATE = b"D:20260908094000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 86/KH-DTTNB", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"c": f'<p class="c">{e(text)}</p>', "k": f'<p class="k">{e(text)}</p>',
                    "p": f'<p class="t">{e(text)}</p>', "t": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
