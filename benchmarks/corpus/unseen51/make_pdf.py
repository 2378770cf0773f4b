"""Write b_lang-son_96-KH-HQKV-2026_hai-quan-htx-xuat-khau-dau-moi-trong-ngoac.pdf, the fifty-first held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen51/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen51/make_pdf.py --html-only

A regional customs office's plan (April 2026) for helping cooperatives export farm produce through the border gates:
I. purposes, II. numbered items of work each closed by a bracket "(Đầu mối: …; phối hợp: …; thời gian: …)", III. two
numbered paragraphs; the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_lang-son_96-KH-HQKV-2026_hai-quan-htx-xuat-khau-dau-moi-trong-ngoac"
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
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CỤC HẢI QUAN", ""), ("CHI CỤC HẢI QUAN KHU VỰC VII", "b"), ("Số: 96/KH-HQKV", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lạng Sơn, ngày 08 tháng 4 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hỗ trợ hợp tác xã làm thủ tục xuất khẩu nông sản qua các cửa khẩu năm 2026"

BODY = [
    ("p", "Mùa thu hoạch vải, na, hồi năm 2026 dự kiến có nhiều hợp tác xã lần đầu trực tiếp xuất khẩu. Để các hợp "
          "tác xã nắm được quy định, làm thủ tục nhanh và tránh ùn ứ xe hàng tại cửa khẩu, Chi cục xây dựng Kế hoạch "
          "như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Hướng dẫn hợp tác xã khai hải quan điện tử, truy xuất nguồn gốc, mã số vùng trồng, cơ sở đóng gói; ưu tiên "
          "thông quan nông sản tươi của hợp tác xã trong cao điểm mùa vụ."),
    ("h", "II. NỘI DUNG CÔNG VIỆC"),
    ("p", "1. Tổ chức hội nghị đối thoại, giới thiệu quy định về thủ tục hải quan đối với hàng nông sản xuất khẩu cho "
          "các hợp tác xã, tổ hợp tác. (Đầu mối: Đội Tổng hợp; phối hợp: Liên minh Hợp tác xã tỉnh Lạng Sơn; thời "
          "gian: tháng 5/2026)"),
    ("p", "2. Lập danh sách hợp tác xã có nhu cầu xuất khẩu, cập nhật thông tin đầu mối liên hệ của từng hợp tác xã. "
          "(Đầu mối: Đội Nghiệp vụ; phối hợp: Sở Nông nghiệp và Môi trường; thời gian: trước 20/5/2026)"),
    ("p", "3. Bố trí luồng ưu tiên, làm thủ tục ngoài giờ cho xe chở vải, na tươi của hợp tác xã. (Đầu mối: Hải quan "
          "cửa khẩu Tân Thanh, Hải quan cửa khẩu Chi Ma; phối hợp: Đồn Biên phòng cửa khẩu, Ban Quản lý Khu kinh tế "
          "cửa khẩu Đồng Đăng - Lạng Sơn; thời gian: trong suốt mùa vụ, dự kiến từ 10/6 đến 31/8/2026)"),
    ("p", "4. Hướng dẫn tại chỗ việc khai báo điện tử, chữ ký số cho hợp tác xã lần đầu làm thủ tục. (Đầu mối: Hải "
          "quan cửa khẩu Tân Thanh; thời gian: khi hợp tác xã có yêu cầu)"),
    ("p", "5. Phối hợp kiểm tra mã số vùng trồng, mã số cơ sở đóng gói của hợp tác xã trước khi thông quan. (Đầu mối: "
          "Đội Kiểm soát hải quan; phối hợp: Chi cục Trồng trọt và Bảo vệ thực vật; thời gian: thường xuyên)"),
    ("p", "6. Biên soạn, phát hành sổ tay hỏi đáp về thủ tục xuất khẩu nông sản dành cho hợp tác xã. (Đầu mối: Đội "
          "Tổng hợp; thời gian: quý II/2026)"),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Đội Tổng hợp theo dõi, tổng hợp vướng mắc của hợp tác xã, báo cáo Lãnh đạo Chi cục hằng tháng."),
    ("p", "2. Đề nghị Liên minh Hợp tác xã tỉnh Lạng Sơn thông báo Kế hoạch tới các hợp tác xã thành viên, hoàn thành "
          "trước ngày 30/4/2026."),
    ("p", "Quá trình thực hiện có khó khăn, vướng mắc, các đơn vị báo cáo về Chi cục (qua Đội Tổng hợp) để chỉ đạo./."),
]

NOI_NHAN = ["Nơi nhận:", "- Cục Hải quan (b/c);", "- UBND tỉnh Lạng Sơn (b/c);", "- LMHTX tỉnh, Sở NN&MT;",
            "- Các Đội, Hải quan cửa khẩu;", "- Lưu: VT, TH."]
SIGN = [("KT. CHI CỤC TRƯỞNG", "b"), ("PHÓ CHI CỤC TRƯỞNG", "b"), ("", ""), ("", ""), ("", ""), ("Hoàng Văn Thiện", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260408141500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 96/KH-HQKV", CSS)
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
