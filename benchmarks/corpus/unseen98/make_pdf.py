"""Write b_nghe-an_45-KH-CCTL-2025_chi-cuc-thuy-loi-to-chuc-dung-nuoc.pdf, the ninety-eighth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen98/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen98/make_pdf.py --html-only

A sub-department's plan (Chi cục Thủy lợi of Nghệ An's Sở Nông nghiệp và Môi trường, October 2025) for the grassroots
irrigation organisations (water users' cooperation groups, cooperatives with an irrigation service): I. purposes, II.
three numbered subject headings over items "a)", "b)", … each ending with a line "Thực hiện: X; phối hợp: Y; thời
hạn: …", III. two numbered paragraphs; the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_nghe-an_45-KH-CCTL-2025_chi-cuc-thuy-loi-to-chuc-dung-nuoc"
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
p.g { margin: 0 0 6pt 10mm; font-style: italic; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", ""), ("CHI CỤC THỦY LỢI", "b"), ("Số: 45/KH-CCTL", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Nghệ An, ngày 08 tháng 10 năm 2025", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Củng cố tổ chức thủy lợi cơ sở (tổ hợp tác dùng nước, hợp tác xã có dịch vụ thủy lợi) vụ Đông Xuân 2025 - 2026"

# "h" a section heading, "s" a subject heading, "p" a paragraph, "g" the italic line giving doer and time
BODY = [
    ("p", "Sau sắp xếp chính quyền hai cấp, nhiều tổ hợp tác dùng nước và hợp tác xã làm dịch vụ tưới tiêu trên địa "
          "bàn tỉnh chưa được kiện toàn, hợp đồng cấp nước với các công ty thủy lợi chưa ký lại. Chi cục Thủy lợi xây "
          "dựng Kế hoạch củng cố các tổ chức này trước vụ Đông Xuân như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Bảo đảm mỗi tuyến kênh nội đồng có tổ chức thủy lợi cơ sở quản lý, thu đúng giá dịch vụ; phân công rõ đơn "
          "vị thực hiện và thời hạn."),
    ("h", "II. NỘI DUNG"),
    ("s", "1. Rà soát, kiện toàn tổ chức"),
    ("p", "a) Thống kê các tổ hợp tác dùng nước, hợp tác xã có khâu dịch vụ thủy lợi ở các xã mới; xác định tuyến kênh "
          "chưa có người quản lý."),
    ("g", "Thực hiện: Phòng Quản lý công trình thủy lợi; phối hợp: UBND các xã; thời hạn: 31/10/2025."),
    ("p", "b) Hướng dẫn các tổ hợp tác dùng nước bầu lại tổ trưởng, sửa đổi hợp đồng hợp tác theo địa giới xã mới."),
    ("g", "Thực hiện: Phòng Quản lý công trình thủy lợi; thời hạn: tháng 11/2025."),
    ("p", "c) Đề xuất chuyển 06 tổ hợp tác dùng nước đủ điều kiện thành hợp tác xã dịch vụ nông nghiệp."),
    ("g", "Thực hiện: Phòng Quản lý công trình thủy lợi; phối hợp: Liên minh HTX tỉnh, Chi cục Phát triển nông thôn; "
          "thời hạn: quý I/2026."),
    ("s", "2. Hợp đồng dịch vụ và giá"),
    ("p", "a) Tổ chức ký lại hợp đồng đặt hàng dịch vụ tưới tiêu giữa công ty thủy lợi và các tổ chức thủy lợi cơ sở."),
    ("g", "Thực hiện: Công ty TNHH MTV Thủy lợi Bắc Nghệ An, Công ty TNHH MTV Thủy lợi Nam Nghệ An; phối hợp: Phòng "
          "Quản lý công trình thủy lợi; thời hạn: trước khi lấy nước đổ ải vụ Đông Xuân."),
    ("p", "b) Kiểm tra việc thu, chi tiền dịch vụ thủy lợi nội đồng tại 10 hợp tác xã."),
    ("g", "Thực hiện: Phòng Tổng hợp - Hành chính; phối hợp: Sở Tài chính; thời hạn: tháng 12/2025."),
    ("s", "3. Bồi dưỡng, hỗ trợ kỹ thuật"),
    ("p", "a) Tập huấn vận hành cống, trạm bơm và tưới tiết kiệm nước cho tổ trưởng tổ dùng nước, cán bộ thủy nông hợp "
          "tác xã."),
    ("g", "Thực hiện: Trạm Thủy lợi Diễn Châu, Trạm Thủy lợi Đô Lương; phối hợp: Trung tâm Khuyến nông; thời hạn: "
          "tháng 11 - 12/2025."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Tổng hợp - Hành chính là đầu mối theo dõi, tổng hợp kết quả, báo cáo Sở Nông nghiệp và Môi trường sau khi kết "
          "thúc vụ Đông Xuân 2025 - 2026."),
    ("p", "2. Đề nghị Ủy ban nhân dân các xã chỉ đạo các tổ hợp tác dùng nước trên địa bàn tổ chức nạo vét kênh nội "
          "đồng trong đợt ra quân làm thủy lợi mùa khô."),
    ("p", "Trên đây là Kế hoạch củng cố tổ chức thủy lợi cơ sở vụ Đông Xuân 2025 - 2026 của Chi cục Thủy lợi./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở NN&MT (b/c);", "- Các công ty TNHH MTV thủy lợi;", "- UBND các xã (p/h);",
            "- LMHTX tỉnh;", "- Các phòng, trạm thuộc Chi cục;", "- Lưu: VT, QLCT."]
SIGN = [("CHI CỤC TRƯỞNG", "b"), ("", ""), ("", ""), ("", ""), ("Nguyễn Cảnh Thường", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:00 in Việt Nam
PDF_DATE = b"D:20251008140000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 45/KH-CCTL", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "s": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>',
                    "g": f'<p class="g">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
