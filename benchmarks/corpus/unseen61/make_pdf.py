"""Write b_thanh-hoa_15-KH-HNM-2025_hoi-nguoi-mu-htx-xoa-bop-bam-huyet.pdf, the sixty-first held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen61/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen61/make_pdf.py --html-only

An association's plan (August 2025): the provincial Association of the Blind supporting the massage and acupressure
cooperatives of blind members. I. purposes, II. the situation, III. the work as numbered paragraphs in which the
doer comes LAST, after "Giao:" with "phối hợp" and "thời gian" in the same closing sentence; IV. one paragraph of
reporting; the signature beside "Nơi nhận". No table.

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
STEM = "b_thanh-hoa_15-KH-HNM-2025_hoi-nguoi-mu-htx-xoa-bop-bam-huyet"
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
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỘI NGƯỜI MÙ TỈNH THANH HÓA", ""), ("BAN THƯỜNG VỤ", "b"), ("Số: 15/KH-HNM", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Thanh Hóa, ngày 04 tháng 8 năm 2025", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hỗ trợ các hợp tác xã xoa bóp bấm huyệt của người mù giai đoạn tháng 8/2025 - tháng 6/2026"

BODY = [
    ("p", "Thực hiện Nghị quyết Hội nghị Ban Chấp hành Hội Người mù tỉnh lần thứ ba (khóa VIII) về việc làm cho hội "
          "viên, Ban Thường vụ Hội xây dựng Kế hoạch hỗ trợ các hợp tác xã xoa bóp bấm huyệt như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giữ ổn định việc làm cho hội viên đang làm trong 05 hợp tác xã và 03 cơ sở xoa bóp; nâng tay nghề, mở "
          "thêm điểm phục vụ, giúp hợp tác xã tiếp cận chính sách dành cho hợp tác xã có đông thành viên là người "
          "khuyết tật."),
    ("h", "II. TÌNH HÌNH"),
    ("p", "Năm hợp tác xã xoa bóp bấm huyệt của người mù trong tỉnh có 112 thành viên, thu nhập bình quân 4,2 triệu "
          "đồng/người/tháng; khách giảm vào mùa mưa, cơ sở thuê lại nhà dân nên không ổn định, nhiều thành viên "
          "chưa có chứng chỉ hành nghề phù hợp quy định mới."),
    ("h", "III. NỘI DUNG CÔNG VIỆC"),
    ("p", "1. Rà soát hồ sơ, lập danh sách thành viên hợp tác xã chưa có chứng chỉ, nhu cầu học nâng cao và nhu cầu "
          "vay vốn của từng hợp tác xã. Giao: Văn phòng Hội, phối hợp với ban quản trị các hợp tác xã; thời gian: "
          "xong trong tháng 9/2025."),
    ("p", "2. Mở 02 lớp nâng cao kỹ thuật xoa bóp bấm huyệt và giao tiếp với khách (mỗi lớp 25 học viên, có tài "
          "liệu chữ nổi và sách nói). Giao: Trung tâm Dạy nghề và Phục hồi chức năng người mù, phối hợp Bệnh viện Y "
          "dược cổ truyền tỉnh; thời gian: tháng 10 và tháng 11/2025."),
    ("p", "3. Làm việc với Sở Y tế về hồ sơ, điều kiện cấp phép cho cơ sở xoa bóp của hợp tác xã theo quy định hiện "
          "hành. Giao: Phó Chủ tịch Thường trực Hội; thời gian: quý IV/2025."),
    ("p", "4. Đề nghị Ngân hàng Chính sách xã hội tỉnh xem xét cho 03 hợp tác xã vay vốn giải quyết việc làm để sửa "
          "chữa cơ sở, mua giường, máy xông. Giao: Ban Kinh tế - Xã hội của Hội lập hồ sơ, phối hợp: Hội Người mù "
          "các xã, phường nơi có hợp tác xã; thời gian: trước 31/12/2025."),
    ("p", "5. Giới thiệu dịch vụ của các hợp tác xã với khách sạn, khu nghỉ dưỡng ở Sầm Sơn, Hải Tiến trước mùa du "
          "lịch biển. Giao: Văn phòng Hội, phối hợp Liên minh Hợp tác xã tỉnh và Sở Văn hóa, Thể thao và Du lịch; "
          "thời gian: tháng 3 - 4/2026."),
    ("p", "6. Hỗ trợ hợp tác xã làm thẻ khách hàng, nhận đặt lịch qua điện thoại và Zalo có đọc màn hình. Giao: Chi "
          "đoàn thanh niên Hội; thời gian: thường xuyên."),
    ("p", "7. Kiến nghị UBND tỉnh ưu tiên cho hợp tác xã của người mù thuê mặt bằng tại các cơ sở nhà nước không sử "
          "dụng. Giao: Ban Thường vụ Hội, phối hợp Sở Tài chính; thời gian: năm 2026."),
    ("p", "8. Kiểm tra, động viên các hợp tác xã dịp Ngày truyền thống Hội Người mù Việt Nam (17/4/2026). Giao: Ban "
          "Kiểm tra Hội; thời gian: tháng 4/2026."),
    ("h", "IV. BÁO CÁO"),
    ("p", "Văn phòng Hội tổng hợp kết quả thực hiện, báo cáo Ban Thường vụ Hội và Trung ương Hội Người mù Việt Nam "
          "trước ngày 30/6/2026."),
]

NOI_NHAN = ["Nơi nhận:", "- TW Hội NMVN (b/c);", "- Sở Nội vụ, Sở Y tế;", "- LMHTX tỉnh;",
            "- Các HTX xoa bóp bấm huyệt;", "- Lưu: VP Hội."]
SIGN = [("TM. BAN THƯỜNG VỤ", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Nguyễn Văn Tịnh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:40 in Việt Nam
PDF_DATE = b"D:20250804104000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 15/KH-HNM", CSS)
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
