"""Write b_nghe-an_96-KH-QLTT-2026_chi-cuc-qltt-truy-xuat-nguon-goc-htx.pdf, the fiftieth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen50/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen50/make_pdf.py --html-only

A market-surveillance sub-department's plan (July 2026, the Chi cục Quản lý thị trường of the Sở Công Thương tỉnh
Nghệ An): I. purposes, II. three numbered bodies as headings with a colon, each over lettered items that open with
their time ("Tháng 8/2026: …", "Quý IV/2026: …"), the third heading naming a class of numbered teams; III. two
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
STEM = "b_nghe-an_96-KH-QLTT-2026_chi-cuc-qltt-truy-xuat-nguon-goc-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12.5pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12.5pt; margin: 8pt 0 4pt; }
h4 { font-size: 12.5pt; margin: 6pt 0 2pt; text-indent: 10mm; font-style: italic; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 4pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ CÔNG THƯƠNG TỈNH NGHỆ AN", ""), ("CHI CỤC QUẢN LÝ THỊ TRƯỜNG", "b"), ("Số: 96/KH-QLTT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Nghệ An, ngày 21 tháng 7 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Hướng dẫn hợp tác xã, tổ hợp tác ghi nhãn, truy xuất nguồn gốc và phòng, chống hàng giả sản phẩm "
            "6 tháng cuối năm 2026")

# "h" a section heading, "b" a body's heading (h4), "p" a paragraph
PARTS = [
    ("p", "Thời gian qua, một số sản phẩm của hợp tác xã trên địa bàn tỉnh như nước mắm Vạn Phần, cam Vinh, chè "
          "Thanh Chương bị làm nhái nhãn mác, bán trên mạng xã hội với giá thấp, ảnh hưởng uy tín của hợp tác xã. "
          "Thực hiện chỉ đạo của Giám đốc Sở Công Thương tại Văn bản số 1904/SCT-QLTM ngày 02/7/2026, Chi cục Quản lý "
          "thị trường ban hành Kế hoạch này."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giúp hợp tác xã ghi nhãn đúng quy định, có mã truy xuất nguồn gốc; phát hiện, xử lý kịp thời hành vi làm "
          "giả, làm nhái sản phẩm của hợp tác xã; không gây phiền hà cho hợp tác xã khi kiểm tra."),
    ("h", "II. PHÂN CÔNG NHIỆM VỤ"),
    ("b", "1. Phòng Nghiệp vụ - Tổng hợp:"),
    ("p", "a) Tháng 8/2026: lập danh sách hợp tác xã có sản phẩm OCOP, sản phẩm mang chỉ dẫn địa lý, nhãn hiệu tập "
          "thể, phối hợp với Sở Khoa học và Công nghệ cập nhật tình trạng bảo hộ."),
    ("p", "b) Quý III/2026: biên soạn sổ tay hướng dẫn ghi nhãn hàng hóa, tem truy xuất cho hợp tác xã, in 500 cuốn."),
    ("p", "c) Chậm nhất ngày 15 hằng tháng: tổng hợp thông tin phản ánh của hợp tác xã về hàng giả, hàng nhái, báo cáo "
          "Chi cục trưởng."),
    ("b", "2. Phòng Thanh tra - Pháp chế:"),
    ("p", "a) Tháng 9 và tháng 10/2026: cùng Liên minh Hợp tác xã tỉnh tổ chức 04 hội nghị tập huấn về ghi nhãn, "
          "quyền sở hữu trí tuệ cho cán bộ quản lý hợp tác xã ở Vinh, Thanh Chương, Quỳnh Lưu, Diễn Châu."),
    ("p", "b) Quý IV/2026: phối hợp Công an tỉnh (Phòng Cảnh sát kinh tế) kiểm tra các cơ sở kinh doanh trên mạng có "
          "dấu hiệu bán sản phẩm giả nhãn hợp tác xã."),
    ("b", "3. Các Đội Quản lý thị trường số 1, số 3, số 6:"),
    ("p", "a) Tháng 8 - tháng 9/2026: đến từng hợp tác xã trên địa bàn phụ trách hướng dẫn ghi nhãn, dán tem truy "
          "xuất; ghi nhận vướng mắc."),
    ("p", "b) Từ tháng 10/2026 đến hết năm: kiểm tra đột xuất chợ, cửa hàng đặc sản, kho hàng khi có tin báo về "
          "hàng giả sản phẩm hợp tác xã."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Giao Phòng Nghiệp vụ - Tổng hợp làm đầu mối, tham mưu Chi cục trưởng sơ kết Kế hoạch, báo cáo Sở Công "
          "Thương trước ngày 20/12/2026."),
    ("p", "2. Đề nghị Liên minh Hợp tác xã tỉnh phổ biến nội dung Kế hoạch tới hợp tác xã thành viên, cử cán bộ tham gia "
          "đoàn hướng dẫn của các Đội."),
    ("p", "Trên đây là Kế hoạch của Chi cục Quản lý thị trường tỉnh Nghệ An; các phòng, Đội tổ chức thực hiện nghiêm "
          "túc./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở Công Thương (b/c);", "- Liên minh HTX tỉnh;", "- Công an tỉnh (PC03);",
            "- Lãnh đạo Chi cục;", "- Các phòng, Đội QLTT;", "- Lưu: VT, NV-TH."]
SIGN = [("KT. CHI CỤC TRƯỞNG", "b"), ("PHÓ CHI CỤC TRƯỞNG", "b"), ("", ""), ("", ""), ("", ""),
        ("Trần Đình Khiêm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:40 in Việt Nam
PDF_DATE = b"D:20260721104000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 96/KH-QLTT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    tag = {"h": "h3", "b": "h4", "p": 'p class="t"'}
    for kind, text in PARTS:
        out.append(f'<{tag[kind]}>{e(text)}</{tag[kind].split()[0]}>')
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
