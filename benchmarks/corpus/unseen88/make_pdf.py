"""Write b_hai-phong_412-KH-SKHCN-2026_so-khcn-nhan-hieu-tap-the-htx.pdf, the eighty-eighth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen88/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen88/make_pdf.py --html-only

A Sở Khoa học và Công nghệ's plan (March 2026, after Hải Phòng and Hải Dương were merged) for helping cooperatives
register and use collective marks and a geographical indication: II. three numbered subject headings over "-" items
each opening with the unit that does the work, the partners in parentheses "(phối hợp: …)" and the time after a
dash; III. two numbered paragraphs; the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_hai-phong_412-KH-SKHCN-2026_so-khcn-nhan-hieu-tap-the-htx"
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
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND THÀNH PHỐ HẢI PHÒNG", ""), ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "b"), ("Số: 412/KH-SKHCN", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hải Phòng, ngày 06 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hỗ trợ hợp tác xã đăng ký, quản lý và khai thác nhãn hiệu tập thể, chỉ dẫn địa lý năm 2026"

# "h" a section heading, "s" a subject heading, "p" a paragraph
BODY = [
    ("p", "Nhiều sản phẩm nông sản, thủy sản của hợp tác xã trên địa bàn thành phố đã có thị trường nhưng chưa được "
          "bảo hộ tên gọi, dễ bị làm nhái. Sở Khoa học và Công nghệ ban hành Kế hoạch hỗ trợ các hợp tác xã xác lập "
          "và khai thác quyền sở hữu công nghiệp đối với sản phẩm chủ lực năm 2026 như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "Hỗ trợ 08 hợp tác xã nộp đơn đăng ký nhãn hiệu tập thể; hoàn thiện hồ sơ đề nghị bảo hộ 01 chỉ dẫn địa lý; "
          "100% hợp tác xã được cấp văn bằng có quy chế quản lý, sử dụng nhãn hiệu."),
    ("h", "II. NỘI DUNG VÀ PHÂN CÔNG"),
    ("s", "1. Tuyên truyền, tập huấn"),
    ("p", "- Phòng Quản lý chuyên ngành mở 02 lớp tập huấn về xác lập, quản lý nhãn hiệu tập thể cho giám đốc, cán "
          "bộ hợp tác xã ở khu vực phía Tây thành phố và đặc khu Cát Hải (phối hợp: Liên minh Hợp tác xã thành phố) "
          "— tháng 4/2026."),
    ("s", "2. Hỗ trợ xác lập quyền"),
    ("p", "- Phòng Quản lý chuyên ngành hướng dẫn 08 hợp tác xã chuẩn bị hồ sơ, nộp đơn đăng ký nhãn hiệu tập thể cho "
          "vải sớm, na dai, gà đồi, rươi và mắm cáy (phối hợp: Sở Nông nghiệp và Môi trường, Ủy ban nhân dân các xã "
          "có sản phẩm) — nộp đơn trước ngày 30/6/2026."),
    ("p", "- Trung tâm Ứng dụng khoa học và công nghệ thiết kế mẫu nhãn, logo và bao bì cho các sản phẩm đăng ký "
          "(phối hợp: các hợp tác xã chủ sở hữu) — quý II/2026."),
    ("p", "- Phòng Quản lý chuyên ngành lập hồ sơ đề nghị bảo hộ chỉ dẫn địa lý cho gừng vùng đồi Kinh Môn, trình Ủy "
          "ban nhân dân thành phố (phối hợp: Sở Nông nghiệp và Môi trường, Hội Nông dân thành phố) — trong năm 2026."),
    ("s", "3. Quản lý, khai thác sau bảo hộ"),
    ("p", "- Chi cục Tiêu chuẩn Đo lường Chất lượng hướng dẫn hợp tác xã dùng mã số mã vạch, tem truy xuất nguồn gốc "
          "trên sản phẩm mang nhãn hiệu tập thể (phối hợp: Trung tâm Ứng dụng khoa học và công nghệ) — quý III/2026."),
    ("p", "- Đề nghị Liên minh Hợp tác xã thành phố giới thiệu sản phẩm đã được bảo hộ tại hội chợ và trên sàn giao "
          "dịch điện tử của Liên minh (phối hợp: Sở Công Thương) — quý IV/2026."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Kế hoạch - Tài chính bố trí kinh phí từ Chương trình phát triển tài sản trí tuệ của thành phố để "
          "thực hiện Kế hoạch — tháng 3/2026."),
    ("p", "2. Phòng Quản lý chuyên ngành là đầu mối theo dõi, tổng hợp; trước ngày 15/12/2026 gửi "
          "Giám đốc Sở báo cáo kết quả cả năm."),
    ("p", "Trên đây là Kế hoạch hỗ trợ hợp tác xã về nhãn hiệu tập thể, chỉ dẫn địa lý năm 2026 của Sở Khoa học và "
          "Công nghệ thành phố Hải Phòng./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND thành phố (b/c);", "- Sở NNMT, Sở Công Thương;", "- LMHTX thành phố;",
            "- UBND các xã, phường, đặc khu;", "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, QLCN."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Vũ Đình Khiêm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260306141500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 412/KH-SKHCN", CSS)
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
