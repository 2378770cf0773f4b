"""Write b_lai-chau_86-KH-TTKNTB-2026_khao-nghiem-giong-lua-ruong-htx.pdf, the hundred-and-forty-second held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen142/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen142/make_pdf.py --html-only

A regional seed-variety testing centre's plan (April 2026) for production trials of four new rice varieties on the
fields of three cooperatives over the 2026 main crop: I. purposes, II. where and what (a description), III. one
bordered table Giai đoạn | Nội dung công việc | Bộ phận thực hiện | Phối hợp whose FIRST column is the CROP STAGE, its
date (when there is one) in brackets or after a colon ("Trước gieo mạ (xong trước 20/5/2026)", "Trước gieo mạ 5
ngày", "Cấy: 15 - 20/6", "Đẻ nhánh rộ - làm đòng (tháng 7)", "Sau thu hoạch 20 ngày"); IV. two numbered paragraphs;
the closing sentence; the signature beside "Nơi nhận".

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
STEM = "b_lai-chau_86-KH-TTKNTB-2026_khao-nghiem-giong-lua-ruong-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 47% 53%; text-align: center; font-size: 9.5pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.plan { border-collapse: collapse; width: 100%; font-size: 10pt; margin: 4pt 0 8pt; }
table.plan th, table.plan td { border: 0.6pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.plan th { font-weight: bold; text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT", ""), ("TRUNG TÂM KHẢO NGHIỆM GIỐNG", "b"),
             ("CÂY TRỒNG VÙNG TÂY BẮC", "b"), ("Số: 86/KH-TTKNTB", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lai Châu, ngày 06 tháng 4 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Khảo nghiệm sản xuất 04 giống lúa mới trên ruộng của hợp tác xã, vụ Mùa năm 2026"

BEFORE = [
    ("p", "Thực hiện chương trình khảo nghiệm giống cây trồng năm 2026 được Cục Trồng trọt và Bảo vệ thực vật giao, "
          "Trung tâm Khảo nghiệm giống cây trồng vùng Tây Bắc lập Kế hoạch khảo nghiệm sản xuất trên ruộng của các hợp "
          "tác xã như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Đánh giá năng suất, chất lượng, khả năng chống chịu của 04 giống lúa thuần mới (TB26-1, TB26-4, NX-19, "
          "Séng Cù cải tiến) trong điều kiện sản xuất thật của hợp tác xã vùng cao, làm căn cứ đề nghị công nhận lưu "
          "hành; để xã viên được trực tiếp xem, chấm giống ngay trên đồng."),
    ("h", "II. ĐỊA ĐIỂM, QUY MÔ"),
    ("p", "Tổng diện tích 4,5 ha tại ba hợp tác xã, mỗi nơi 1,5 ha liền khoảnh, có tưới chủ động: HTX Nông nghiệp Nà "
          "Tăm (xã Tam Đường), HTX Lúa gạo Mường Than (xã Than Uyên), HTX Dịch vụ nông nghiệp Bình Lư (xã Bình Lư). "
          "Giống đối chứng là giống hợp tác xã đang cấy đại trà tại địa phương."),
    ("h", "III. TIẾN ĐỘ VÀ PHÂN CÔNG"),
]

COLUMNS = ["Giai đoạn", "Nội dung công việc", "Bộ phận thực hiện", "Phối hợp"]
WIDTHS = [23, 41, 17, 19]
ROWS = [
    ("Trước gieo mạ (xong trước 20/5/2026)",
     "Chọn ruộng, ký hợp đồng khảo nghiệm với ba hợp tác xã; thống nhất mức hỗ trợ giống, phân bón và bù năng suất "
     "nếu giống khảo nghiệm thấp hơn đối chứng",
     "Phòng Khảo nghiệm", "HTX Nông nghiệp Nà Tăm, HTX Lúa gạo Mường Than, HTX Dịch vụ nông nghiệp Bình Lư"),
    ("Trước gieo mạ 5 ngày",
     "Nhận giống của các tổ chức có giống, thử tỷ lệ nảy mầm, niêm phong mẫu lưu từng lô",
     "Phòng Kiểm nghiệm", "Công ty CP Giống cây trồng Tây Bắc"),
    ("Gieo mạ: 25 - 30/5",
     "Hướng dẫn xã viên làm mạ, cắm biển tên giống và sơ đồ ô tại từng điểm",
     "Trạm Khảo nghiệm Tam Đường", ""),
    ("Cấy: 15 - 20/6",
     "Cấy theo sơ đồ ô, đúng mật độ; ghi ngày cấy, lượng phân bón lót vào sổ đồng ruộng",
     "Trạm Khảo nghiệm Tam Đường", "các hợp tác xã khảo nghiệm"),
    ("Đẻ nhánh rộ - làm đòng (tháng 7)",
     "Theo dõi sâu bệnh hại, đánh giá độ cứng cây; phun phòng khi vượt ngưỡng",
     "Phòng Khảo nghiệm", "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Lai Châu"),
    ("Trỗ - chín sáp (tháng 8 - 9)",
     "Tổ chức 03 hội nghị đầu bờ để xã viên, cán bộ xã chấm điểm giống theo phiếu",
     "Phòng Tổng hợp", "UBND xã Tam Đường, UBND xã Than Uyên, UBND xã Bình Lư"),
    ("Thu hoạch (dự kiến 05 - 10/10)",
     "Gặt riêng từng ô, cân năng suất thực thu, lấy mẫu thóc gửi phân tích",
     "Phòng Khảo nghiệm", "Trạm Khảo nghiệm Tam Đường"),
    ("Sau thu hoạch 20 ngày",
     "Phân tích chất lượng gạo, nếm thử cơm; trả kết quả cho từng hợp tác xã",
     "Phòng Kiểm nghiệm", ""),
    ("Tháng 11/2026",
     "Viết báo cáo kết quả khảo nghiệm sản xuất, đề xuất giống đủ điều kiện công nhận lưu hành",
     "Phòng Tổng hợp", "Phòng Khảo nghiệm"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Hành chính - Kế toán tạm ứng kinh phí hỗ trợ giống, phân bón cho các hợp tác xã theo hợp đồng, "
          "thanh quyết toán xong trước ngày 15/12/2026."),
    ("p", "2. Đề nghị UBND xã Tam Đường, UBND xã Than Uyên, UBND xã Bình Lư chỉ đạo công chức nông nghiệp xã theo dõi "
          "ruộng khảo nghiệm, báo tin kịp thời khi có mưa đá, lũ quét gây hại."),
    ("p", "Trên đây là Kế hoạch khảo nghiệm sản xuất vụ Mùa năm 2026; các phòng, trạm bám sát lịch thời vụ thực tế của "
          "từng điểm, có thay đổi báo cáo Giám đốc Trung tâm./."),
]

NOI_NHAN = ["Nơi nhận:", "- Cục TT&BVTV (b/c);", "- Sở NN&MT tỉnh Lai Châu;", "- UBND các xã Tam Đường, Than Uyên, Bình Lư;",
            "- Các HTX khảo nghiệm;", "- Các phòng, trạm (t/h);", "- Lưu: VT, KN."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lò Văn Thiêm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:20 in Việt Nam
PDF_DATE = b"D:20260406102000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 86/KH-TTKNTB", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    para = {"h": lambda t: f'<h3>{e(t)}</h3>', "p": lambda t: f'<p class="t">{e(t)}</p>'}
    out += [para[kind](text) for kind, text in BEFORE]
    out.append('<table class="plan">')
    out.append('<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>')
    out.append('<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in COLUMNS) + '</tr></thead>')
    out.append('<tbody>')
    for row in ROWS:
        out.append('<tr>' + "".join(f'<td>{e(c)}</td>' for c in row) + '</tr>')
    out.append('</tbody></table>')
    out += [para[kind](text) for kind, text in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
