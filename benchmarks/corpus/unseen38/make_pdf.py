"""Write b_gia-lai_52-KH-TTXT-2026_moc-tinh-tu-ngay-khai-mac.pdf, the thirty-eighth held-out set's PDF, from the HTML
this script writes.

    .venv/bin/python benchmarks/corpus/unseen38/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen38/make_pdf.py --html-only

A provincial trade promotion centre's plan for taking cooperatives to a fair in another city (October 2026, after Gia
Lai and Bình Định were merged): I. purposes, II. time, place and size of the fair, the opening day named "ngày N";
III. a sentence saying how the milestones count, then one table Mốc thời gian | Nội dung công việc | Bộ phận chủ trì |
Phối hợp whose times are COUNTED FROM THE OPENING DAY ("N - 55 (16/10)", "N - 30", "Ngày N", "N + 4"); IV. the
organisation (one request to the Liên minh); the closing sentence; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, table_start, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_gia-lai_52-KH-TTXT-2026_moc-tinh-tu-ngay-khai-mac"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 11.5pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 10pt; }
h3 { font-size: 11.5pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 4pt; }
table.tasks { width: 100%; border-collapse: collapse; font-size: 10pt; margin: 4pt 0 6pt; }
table.tasks th, table.tasks td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: top; }
table.tasks th { text-align: center; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH GIA LAI", ""), ("TRUNG TÂM XÚC TIẾN ĐẦU TƯ,", "b"), ("THƯƠNG MẠI VÀ DU LỊCH", "b"),
             ("Số: 52/KH-TTXT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Gia Lai, ngày 12 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Đưa hợp tác xã, tổ hợp tác tỉnh Gia Lai tham gia Hội chợ nông sản và sản phẩm hợp tác xã "
            "vùng Tây Nguyên - Duyên hải Nam Trung Bộ năm 2026 tại Thành phố Hồ Chí Minh")

# "h" a section heading, "p" a paragraph
BEFORE = [
    ("p", "Thực hiện Chương trình xúc tiến thương mại tỉnh Gia Lai năm 2026 và thư mời của Ban Tổ chức Hội chợ, Trung "
          "tâm Xúc tiến Đầu tư, Thương mại và Du lịch (sau đây gọi là Trung tâm) xây dựng Kế hoạch đưa các hợp tác xã "
          "(HTX), tổ hợp tác (THT) của tỉnh tham gia Hội chợ như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Quảng bá cà phê, hồ tiêu, mắc ca, nước mắm, cá cơm khô và các sản phẩm OCOP của HTX, THT vùng cao nguyên "
          "và vùng biển của tỉnh; tìm kiếm nhà phân phối, đơn vị xuất khẩu."),
    ("p", "- Chuẩn bị đúng tiến độ; mỗi việc có bộ phận chịu trách nhiệm; gian hàng chung của tỉnh bảo đảm thẩm mỹ, "
          "an toàn."),
    ("h", "II. THỜI GIAN, ĐỊA ĐIỂM, QUY MÔ"),
    ("p", "- Thời gian: 04 ngày, từ ngày 10/12/2026 đến hết ngày 13/12/2026; khai mạc lúc 09 giờ 00 ngày 10/12/2026 "
          "(sau đây gọi là ngày N)."),
    ("p", "- Địa điểm: Nhà triển lãm của Ban Tổ chức Hội chợ, Thành phố Hồ Chí Minh."),
    ("p", "- Quy mô: khu gian hàng chung của tỉnh gồm 18 gian tiêu chuẩn (3m x 3m) cho khoảng 22 HTX, THT. Kinh phí "
          "thuê gian hàng, thiết kế, vận chuyển hàng mẫu do Chương trình xúc tiến thương mại của tỉnh hỗ trợ; HTX, "
          "THT tự chi phí ăn ở, đi lại của người đứng gian hàng."),
    ("h", "III. TIẾN ĐỘ VÀ PHÂN CÔNG THỰC HIỆN"),
    ("p", "Các mốc thời gian dưới đây tính từ ngày khai mạc Hội chợ (ngày N); ví dụ \u201cN - 30\u201d là trước ngày "
          "khai mạc 30 ngày, \u201cN + 4\u201d là sau ngày khai mạc 04 ngày."),
]

COLUMNS = ["TT", "Mốc thời gian", "Nội dung công việc", "Bộ phận chủ trì", "Phối hợp"]
WIDTHS = [5, 14, 45, 18, 18]
ROWS = [
    ("1", "N - 55 (16/10)", "Gửi thông báo, hướng dẫn đăng ký tham gia Hội chợ đến các HTX, THT qua Liên minh HTX tỉnh "
                            "và UBND các xã, phường", "Phòng Xúc tiến thương mại", "Liên minh Hợp tác xã tỉnh"),
    ("2", "N - 40", "Tổng hợp đăng ký; lựa chọn khoảng 22 HTX, THT có sản phẩm OCOP hoặc sản phẩm chủ lực; thông báo "
                    "kết quả cho từng đơn vị", "Phòng Xúc tiến thương mại", "Sở Công Thương, Sở Nông nghiệp và Môi "
                                                                            "trường"),
    ("3", "N - 35", "Ký hợp đồng thuê 18 gian hàng với Ban Tổ chức Hội chợ, chuyển tiền đặt cọc",
     "Phòng Hành chính - Tổng hợp", ""),
    ("4", "N - 30 (10/11)", "Thiết kế gian hàng chung mang nhận diện \u201cGia Lai - đại ngàn và biển xanh\u201d; "
                            "duyệt mẫu thiết kế, lựa chọn đơn vị thi công",
     "Phòng Thông tin và Hỗ trợ doanh nghiệp", ""),
    ("5", "N - 20", "Hướng dẫn HTX, THT chuẩn bị hàng mẫu, hồ sơ công bố chất lượng, tem truy xuất nguồn gốc; kiểm "
                    "tra nhãn hàng hóa trước khi đưa đi", "Phòng Xúc tiến thương mại", "Sở Nông nghiệp và Môi trường"),
    ("6", "N - 10", "Tập kết hàng hóa tại Pleiku và Quy Nhơn, vận chuyển vào Thành phố Hồ Chí Minh",
     "Phòng Hành chính - Tổng hợp", "Liên minh Hợp tác xã tỉnh"),
    ("7", "N - 2 đến N - 1", "Nhận mặt bằng, trang trí, trưng bày sản phẩm; hướng dẫn người đứng gian hàng kỹ năng "
                             "bán hàng, livestream", "Phòng Thông tin và Hỗ trợ doanh nghiệp", "Liên minh Hợp tác xã tỉnh"),
    ("8", "Ngày N", "Tham dự lễ khai mạc; tổ chức buổi giới thiệu, mời dùng thử cà phê, mắc ca Gia Lai tại gian "
                    "hàng chung", "Phòng Xúc tiến thương mại", ""),
    ("9", "Từ N đến N + 3", "Trực gian hàng; tổ chức 02 phiên kết nối giao thương giữa HTX với hệ thống phân phối, "
                            "doanh nghiệp xuất khẩu", "Phòng Xúc tiến thương mại", "Sở Công Thương"),
    ("10", "N + 4", "Thu dọn gian hàng, thanh lý hợp đồng thuê gian hàng, vận chuyển hàng mẫu còn lại về tỉnh",
     "Phòng Hành chính - Tổng hợp", ""),
    ("11", "Trong 15 ngày sau khi bế mạc", "Tổng hợp kết quả (doanh thu, hợp đồng, biên bản ghi nhớ đã ký), báo cáo "
                                           "Sở Công Thương, UBND tỉnh; quyết toán kinh phí",
     "Phòng Xúc tiến thương mại", "Phòng Hành chính - Tổng hợp"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Trưởng Phòng Xúc tiến thương mại, Trưởng Phòng Hành chính - Tổng hợp, Trưởng Phòng Thông tin và Hỗ trợ "
          "doanh nghiệp chịu trách nhiệm trước Giám đốc về phần việc được giao tại mục III; khi có vướng mắc báo cáo "
          "ngay Giám đốc Trung tâm."),
    ("p", "2. Đề nghị Liên minh Hợp tác xã tỉnh cử 01 cán bộ đi cùng đoàn, hỗ trợ các HTX, THT trong suốt thời gian "
          "diễn ra Hội chợ."),
    ("p", "Trên đây là Kế hoạch đưa HTX, THT tham gia Hội chợ năm 2026 của Trung tâm Xúc tiến Đầu tư, Thương mại và "
          "Du lịch tỉnh Gia Lai./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Công Thương (b/c);", "- Liên minh HTX tỉnh (p/h);", "- Sở Nông nghiệp và Môi trường;",
            "- Ban Giám đốc Trung tâm;", "- Các phòng thuộc Trung tâm (t/h);", "- Lưu: VT, XTTM."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lê Đình Vũ", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:20 in Việt Nam
PDF_DATE = b"D:20261012152000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 52/KH-TTXT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BEFORE:
        out.append({"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        cells = [f'<td class="{"c" if i in (0, 1) else ""}">{e(value)}</td>' for i, value in enumerate(row)]
        out.append("<tr>" + "".join(cells) + "</tr>")
    out += ["</tbody>", "</table>"]
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
