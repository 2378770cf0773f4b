"""Write b_can-tho_41-2026-KH-XCL_ma-tran-raci-chung-nhan-vietgap.pdf, the hundred-and-forty-eighth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen148/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen148/make_pdf.py --html-only

A private certification body's plan (a company designated to certify VietGAP; October 2026) for auditing and
certifying the farms of nine cooperatives over the 2026 - 2027 winter-spring crop: I. purposes, II. the cooperatives
("-" lines, facts), III. a legend line of the letters R / A / C / I over ONE bordered RACI MATRIX TT | Hoạt động |
Phòng Chứng nhận | Phòng Kỹ thuật | Đoàn chuyên gia đánh giá | Giám đốc | Thời gian — one letter per unit cell (R
carries out, A approves, C takes part, I is told), "–" for none, two "C" in a row once —; IV. one request to outside
bodies in a paragraph; the signature beside "Nơi nhận".

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
STEM = "b_can-tho_41-2026-KH-XCL_ma-tran-raci-chung-nhan-vietgap"
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
p.note { font-style: italic; font-size: 11pt; margin: 0 0 4pt; }
table.raci { border-collapse: collapse; table-layout: fixed; width: 100%; font-size: 10.5pt; margin: 2pt 0 8pt; }
table.raci th, table.raci td { border: 0.5pt solid #000; padding: 3pt 4pt; vertical-align: middle; }
table.raci th { text-align: center; font-weight: bold; }
table.raci td { text-align: center; }
table.raci td.work { text-align: left; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH CHỨNG NHẬN", "b"), ("NÔNG SẢN XANH CỬU LONG", "b"), ("Số: 41/2026/KH-XCL", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Cần Thơ, ngày 02 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Đánh giá, cấp Giấy chứng nhận VietGAP cho các hợp tác xã trồng lúa, rau màu và cây ăn trái vụ Đông Xuân "
            "2026 - 2027")

# "h" a section heading, "p" a paragraph, "n" an italic note, "t" the matrix
BODY = [
    ("p", "Căn cứ các hợp đồng chứng nhận đã ký với 09 hợp tác xã trên địa bàn thành phố Cần Thơ trong tháng 9/2026, "
          "Công ty TNHH Chứng nhận Nông sản Xanh Cửu Long (sau đây gọi là Công ty) lập Kế hoạch đánh giá, cấp Giấy "
          "chứng nhận sản phẩm trồng trọt phù hợp VietGAP như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Đánh giá đúng trình tự, thủ tục của tổ chức chứng nhận; kết quả đánh giá được thông báo cho từng HTX bằng văn "
          "bản, nêu rõ điểm chưa phù hợp và thời hạn khắc phục. Chuyên gia không đánh giá HTX mà mình đã tư vấn trong "
          "02 năm gần nhất."),
    ("h", "II. HỢP TÁC XÃ ĐĂNG KÝ CHỨNG NHẬN"),
    ("p", "- 04 HTX lúa (1.120 ha), 03 HTX rau màu (86 ha), 02 HTX cây ăn trái (sầu riêng, bưởi; 140 ha); trong đó 05 "
          "HTX đánh giá lần đầu, 04 HTX đánh giá chứng nhận lại."),
    ("h", "III. NỘI DUNG CÔNG VIỆC VÀ TRÁCH NHIỆM"),
    ("n", "Ký hiệu trong bảng: R - thực hiện; A - phê duyệt; C - phối hợp; I - được thông báo kết quả; \u201c–\u201d - "
          "không tham gia."),
    ("t", ""),
    ("h", "IV. ĐỀ NGHỊ PHỐI HỢP"),
    ("p", "Đề nghị Chi cục Trồng trọt và Bảo vệ thực vật thành phố Cần Thơ cử cán bộ tham gia giám sát đợt đánh giá lần "
          "đầu tại 02 HTX sầu riêng, bưởi; thời gian trong tháng 11/2026."),
    ("p", "Trong quá trình thực hiện, các phòng báo cáo Giám đốc những vướng mắc phát sinh để xử lý kịp thời./."),
]

UNITS = ["Phòng Chứng nhận", "Phòng Kỹ thuật", "Đoàn chuyên gia đánh giá", "Giám đốc"]
# (TT, activity, one letter per unit, time)
ROWS = [
    ("1", "Rà soát hồ sơ đăng ký, hợp đồng chứng nhận của 09 HTX", "R C – A", "Trước 20/10/2026"),
    ("2", "Tập huấn cho tổ nội kiểm của HTX về ghi chép nhật ký sản xuất, tự kiểm tra nội bộ", "C R – I",
     "Tháng 10/2026"),
    ("3", "Lập chương trình đánh giá, gửi lịch đánh giá đến từng HTX", "R – C A", "Trước 31/10/2026"),
    ("4", "Đánh giá tại ruộng, vườn, nơi sơ chế của HTX; lấy mẫu đất, nước, sản phẩm", "I C R –",
     "01/11 - 15/12/2026"),
    ("5", "Gửi mẫu đến phòng thử nghiệm được chỉ định, theo dõi kết quả phân tích", "– R I –",
     "Trong 03 ngày sau khi lấy mẫu"),
    ("6", "Thẩm xét hồ sơ, báo cáo đánh giá; trình quyết định cấp Giấy chứng nhận", "R C C A", "Trước 15/01/2027"),
    ("7", "Hướng dẫn HTX khắc phục điểm chưa phù hợp; đánh giá bổ sung khi HTX báo đã khắc phục", "C – R I",
     "Trong 30 ngày kể từ ngày thông báo kết quả"),
    ("8", "Cập nhật danh sách HTX được cấp Giấy chứng nhận lên trang thông tin của Công ty và gửi cơ quan quản lý",
     "R – – I", "Quý I/2027"),
    ("9", "Đánh giá giám sát đột xuất tại 03 HTX đã được cấp chứng nhận", "I C R A", "Tháng 6/2027"),
    ("10", "Tổng hợp kết quả đánh giá của cả vụ, báo cáo Sở Nông nghiệp và Môi trường thành phố Cần Thơ", "R C – A",
     "Trước 31/7/2027"),
]

NOI_NHAN = ["Nơi nhận:", "- Cục Trồng trọt và BVTV (b/c);", "- Sở NN&MT TP. Cần Thơ;", "- Chi cục TT&BVTV TP. Cần Thơ;",
            "- 09 HTX có tên tại mục II;", "- Các phòng, Đoàn chuyên gia;", "- Lưu: VT, PCN."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Huỳnh Thị Mỹ Tiên", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:30 in Việt Nam
PDF_DATE = b"D:20261002153000+07'00'"


def matrix_html() -> str:
    widths = [6, 37, 11, 11, 12, 9, 14]
    out = ['<table class="raci">', '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in widths) + '</colgroup>',
           '<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in ["TT", "Hoạt động", *UNITS, "Thời gian"])
           + '</tr></thead>', '<tbody>']
    for tt, work, marks, time in ROWS:
        cells = [f'<td>{e(tt)}</td>', f'<td class="work">{e(work)}</td>',
                 *(f'<td>{e(m)}</td>' for m in marks.split()), f'<td>{e(time)}</td>']
        out.append('<tr>' + "".join(cells) + '</tr>')
    out += ['</tbody>', '</table>']
    return "\n".join(out)


def build_html() -> str:
    out = page_start("Kế hoạch 41/2026/KH-XCL", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        if kind == "t":
            out.append(matrix_html())
        else:
            out.append({"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>',
                        "n": f'<p class="note">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
