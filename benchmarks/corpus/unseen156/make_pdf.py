"""Write b_lang-son_214-KH-TrD-2026_trung-doan-htx-theo-tung-hop-tac-xa.pdf, the hundred-and-fifty-sixth held-out
set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen156/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen156/make_pdf.py --html-only

An infantry regiment's plan (August 2026) for working with the cooperatives round its barracks — buying food for its
kitchens, having its waste collected, sending soldiers to help at harvest, placing discharged soldiers —: I. purposes,
II. the work GROUPED UNDER ONE HEADING PER COOPERATIVE (the counterparty, named in the heading with its commune and
products in brackets), lettered points under each opening with the regiment's unit that does the work (once the time
first, once "Đề nghị hợp tác xã …", the heading's cooperative doing the work itself; once "cùng hợp tác xã", the
heading's cooperative working alongside), III. three numbered paragraphs of the regiment's staff offices; the
signature beside "Nơi nhận", the signer's rank before his name. No table.

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
STEM = "b_lang-son_214-KH-TrD-2026_trung-doan-htx-theo-tung-hop-tac-xa"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 42% 58%; text-align: center; font-size: 10.5pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 12mm 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
h4 { font-size: 12pt; font-style: italic; margin: 7pt 0 3pt; text-indent: 10mm; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 52% 48%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SƯ ĐOÀN 391", ""), ("TRUNG ĐOÀN 839", "b"), ("Số: 214/KH-TrĐ", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lạng Sơn, ngày 06 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Liên kết với các hợp tác xã quanh khu vực đóng quân: tiêu thụ nông sản, giúp dân thu hoạch "
            "và tiếp nhận quân nhân xuất ngũ năm 2026 - 2027")

# "h" a section heading, "c" a cooperative's heading, "p" a paragraph
BODY = [
    ("p", "Thực hiện chủ trương của Sư đoàn về công tác dân vận, tăng gia sản xuất và cải thiện đời sống bộ đội; sau "
          "khi trao đổi với Ủy ban nhân dân các xã Chi Lăng, Hữu Lũng, Vạn Linh và với 04 hợp tác xã gần doanh trại, "
          "Trung đoàn 839 xây dựng Kế hoạch phối hợp như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Bếp ăn của các tiểu đoàn có nguồn rau, thịt, quả tươi, rõ nguồn gốc, giá ổn định; hợp tác xã có đầu ra "
          "thường xuyên."),
    ("p", "- Việc giúp dân, giới thiệu việc làm cho quân nhân xuất ngũ thiết thực, không ảnh hưởng nhiệm vụ huấn "
          "luyện, sẵn sàng chiến đấu; mua bán theo hợp đồng, thanh toán sòng phẳng."),
    ("h", "II. NỘI DUNG PHỐI HỢP VỚI TỪNG HỢP TÁC XÃ"),
    ("c", "1. Hợp tác xã Dịch vụ nông nghiệp Mai Sao Xanh (xã Chi Lăng; na, rau xanh)"),
    ("p", "a) Ban Hậu cần - Kỹ thuật ký hợp đồng mua rau xanh, na cho bếp ăn của 03 tiểu đoàn, giá thỏa thuận theo "
          "từng tháng; ký xong trước 31/8/2026."),
    ("p", "b) Tiểu đoàn 1 cử 02 trung đội giúp hợp tác xã thu hái na chính vụ, phối hợp Đoàn Thanh niên xã Chi Lăng "
          "bố trí nơi nghỉ trưa, nước uống cho bộ đội; thời gian tháng 8 - 9/2026."),
    ("c", "2. Hợp tác xã Chăn nuôi Hữu Lũng Thịnh (xã Hữu Lũng; lợn, gà đồi)"),
    ("p", "a) Trong quý IV/2026, Ban Hậu cần - Kỹ thuật thống nhất với hợp tác xã giá thịt lợn, thịt gà cung cấp theo "
          "quý; kiểm tra giấy chứng nhận kiểm dịch của từng lô hàng trước khi nhập kho."),
    ("p", "b) Tổ Quân y (Ban Hậu cần - Kỹ thuật) phối hợp Trạm Y tế xã Hữu Lũng lấy mẫu thịt, rau kiểm tra an toàn "
          "thực phẩm, định kỳ 03 tháng một lần."),
    ("c", "3. Hợp tác xã Môi trường Đồng Mỏ (xã Chi Lăng; thu gom, xử lý rác thải)"),
    ("p", "a) Ban Hậu cần - Kỹ thuật ký hợp đồng để hợp tác xã thu gom rác thải sinh hoạt, thức ăn thừa của doanh "
          "trại 03 lần mỗi tuần kể từ ngày 01/10/2026; ký hợp đồng trước 25/9/2026."),
    ("p", "b) Tiểu đoàn 3 cùng hợp tác xã dọn vệ sinh, trồng cây xanh dọc tuyến đường từ cổng doanh trại ra quốc lộ 1 "
          "nhân Ngày Môi trường thế giới (05/6/2027)."),
    ("c", "4. Hợp tác xã Nông nghiệp Vạn Linh (xã Vạn Linh; chè, hồi, quế)"),
    ("p", "a) Ban Chính trị phối hợp Ban Chỉ huy quân sự xã Vạn Linh lập danh sách quân nhân xuất ngũ đợt tháng "
          "02/2027 có nhu cầu làm việc tại hợp tác xã; hoàn thành trước 15/01/2027."),
    ("p", "b) Đề nghị hợp tác xã tiếp nhận, kèm cặp nghề cho ít nhất 05 quân nhân xuất ngũ, ký hợp đồng lao động với "
          "người đạt yêu cầu trong quý I/2027."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Ban Tham mưu là cơ quan thường trực, nắm tình hình các đơn vị; tổng hợp, báo cáo Sư đoàn kết quả "
          "trước ngày 20/12/2026."),
    ("p", "2. Ban Chính trị phổ biến Kế hoạch đến cán bộ, chiến sĩ; đưa tin về các hoạt động giúp hợp tác xã trên "
          "bản tin nội bộ của Trung đoàn thường xuyên."),
    ("p", "3. Ban Hậu cần - Kỹ thuật thanh toán tiền hàng, tiền dịch vụ cho các hợp tác xã chậm nhất ngày 10 của "
          "tháng sau; lưu đủ chứng từ theo quy định."),
    ("p", "Có vấn đề phát sinh, các cơ quan, đơn vị kịp thời báo cáo Trung đoàn (qua Ban Tham mưu) để giải quyết./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sư đoàn 391 (b/c);", "- UBND các xã Chi Lăng, Hữu Lũng, Vạn Linh;",
            "- 04 HTX có tên trong KH;", "- Các cơ quan, đơn vị thuộc Trung đoàn;", "- Lưu: VT, TM."]
SIGN = [("TRUNG ĐOÀN TRƯỞNG", "b"), ("", ""), ("", ""), ("", ""), ("Thượng tá Nông Đức Thiện", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20260806143000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 214/KH-TrĐ", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "c": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
