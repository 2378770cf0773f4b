"""Write b_dak-lak_41-KH-BTDL-2026_bao-tang-trung-bay-chuyen-de-htx-moc-thoi-gian-dau-dong.pdf, the seventy-first
held-out set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen71/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen71/make_pdf.py --html-only

A provincial museum's plan for a thematic exhibition on the cooperative movement for Vietnamese Cooperative Day
(January 2026, after Đắk Lắk and Phú Yên were merged): the museum's header under its Sở, I. purposes, II. the
exhibition's content (no task), III. the schedule as "-" lines each OPENING WITH ITS TIME ("- Từ … đến …: X <work>"),
IV. two paragraphs; the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_dak-lak_41-KH-BTDL-2026_bao-tang-trung-bay-chuyen-de-htx-moc-thoi-gian-dau-dong"
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

HEAD_LEFT = [("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", ""), ("BẢO TÀNG TỈNH ĐẮK LẮK", "b"), ("Số: 41/KH-BTĐL", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đắk Lắk, ngày 20 tháng 01 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Trưng bày chuyên đề \u201cTừ tập đoàn sản xuất đến hợp tác xã kiểu mới\u201d chào mừng Ngày Hợp tác xã "
            "Việt Nam (11/4/2026)")

# "h" a section heading, "p" a paragraph
BODY = [
    ("p", "Được sự đồng ý của Sở Văn hóa, Thể thao và Du lịch, Bảo tàng tỉnh phối hợp với Liên minh Hợp tác xã tỉnh "
          "tổ chức trưng bày chuyên đề về kinh tế tập thể của vùng cao nguyên và vùng biển Phú Yên cũ, cụ thể như "
          "sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giới thiệu với công chúng chặng đường từ các tập đoàn sản xuất cà phê, hợp tác xã nghề cá những năm 1980 "
          "đến các hợp tác xã kiểu mới hôm nay; tạo nơi để hợp tác xã giới thiệu sản phẩm OCOP với khách tham quan."),
    ("h", "II. NỘI DUNG TRƯNG BÀY"),
    ("p", "Khoảng 240 tài liệu, hình ảnh, hiện vật chia ba phần: thời kỳ tập đoàn sản xuất; hợp tác xã chuyển đổi "
          "theo Luật năm 1996 và 2012; hợp tác xã kiểu mới và sản phẩm tiêu biểu. Địa điểm: phòng trưng bày tầng 1, "
          "Bảo tàng tỉnh, thời gian mở cửa từ 08/4 đến 30/6/2026."),
    ("h", "III. TIẾN ĐỘ VÀ PHÂN CÔNG"),
    ("p", "- Từ 02/02 đến 27/02/2026: Phòng Sưu tầm - Kiểm kê liên hệ các hợp tác xã, gia đình chủ nhiệm tập đoàn "
          "sản xuất cũ để mượn, tiếp nhận hiện vật; Liên minh Hợp tác xã tỉnh giới thiệu danh sách đơn vị."),
    ("p", "- Trong tháng 02: Phòng Nghiên cứu - Trưng bày viết đề cương trưng bày, trình Giám đốc Bảo tàng duyệt."),
    ("p", "- Trước 10/3/2026: Phòng Nghiên cứu - Trưng bày hoàn thiện thiết kế mỹ thuật, chú thích song ngữ Việt - "
          "Anh."),
    ("p", "- Tháng 3/2026: Phòng Bảo quản làm thủ tục mượn, vệ sinh và gia cố hiện vật, lập biên bản giao nhận với "
          "từng hợp tác xã."),
    ("p", "- Từ 25/3 đến 06/4: Phòng Hành chính - Tổng hợp thi công, lắp đặt tủ, bục, đèn chiếu sáng."),
    ("p", "- Sáng 08/4/2026: Ban Giám đốc Bảo tàng tổ chức khai mạc; Liên minh Hợp tác xã tỉnh mời đại diện các hợp "
          "tác xã, lão thành hợp tác xã dự."),
    ("p", "- Trong thời gian mở cửa: Phòng Giáo dục - Truyền thông thuyết minh cho khách, đón học sinh các trường "
          "theo lịch đăng ký; phối hợp Báo và Phát thanh, Truyền hình Đắk Lắk đưa tin."),
    ("p", "- Đầu tháng 7/2026: Phòng Bảo quản hoàn trả hiện vật mượn cho các hợp tác xã, gia đình."),
    ("h", "IV. KINH PHÍ VÀ BÁO CÁO"),
    ("p", "Kinh phí từ nguồn sự nghiệp văn hóa năm 2026 giao Bảo tàng và nguồn xã hội hóa. Phòng Hành chính - Tổng "
          "hợp lập dự toán, quyết toán; tổng hợp kết quả, báo cáo Sở Văn hóa, Thể thao và Du lịch trước ngày "
          "15/7/2026."),
    ("p", "Bảo tàng tỉnh đề nghị Liên minh Hợp tác xã tỉnh quan tâm phối hợp để cuộc trưng bày đạt kết quả./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở VHTTDL (b/c);", "- Liên minh HTX tỉnh (p/h);", "- Báo và PT, TH Đắk Lắk;",
            "- Các phòng thuộc Bảo tàng;", "- Lưu: VT, NC-TB."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("H' Linh Niê Kdăm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:15 in Việt Nam
PDF_DATE = b"D:20260120091500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 41/KH-BTĐL", CSS)
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
