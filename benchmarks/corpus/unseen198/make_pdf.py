"""Write b_quang-ngai_118-KH-TTKV2-2026_dien-tap-tim-kiem-cuu-nan-htx-ca.pdf, the hundred-and-ninety-eighth held-out
set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen198/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen198/make_pdf.py --html-only

A regional maritime search-and-rescue coordination centre (September 2026) preparing the offshore-fishing
cooperatives and fishermen's solidarity groups of Quảng Ngãi for the storm season, with a joint drill at sea: the
opening, I. purposes, II. the drill's time, area and forces (facts), III. preparation as numbered paragraphs,
IV. the DRILL SCRIPT — one bordered table keyed by CLOCK TIMES of the drill day (Giờ | Tình huống, nội dung | Lực
lượng thực hiện | Lực lượng phối hợp), one row a simulated situation with no doer —, V. two numbered paragraphs; the
signature beside "Nơi nhận".

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
STEM = "b_quang-ngai_118-KH-TTKV2-2026_dien-tap-tim-kiem-cuu-nan-htx-ca"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 45% 55%; text-align: center; font-size: 9.5pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks td.h { text-align: center; font-weight: bold; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("TRUNG TÂM PHỐI HỢP TÌM KIẾM,", ""), ("CỨU NẠN HÀNG HẢI VIỆT NAM", ""),
             ("TRUNG TÂM PHỐI HỢP TÌM KIẾM, CỨU NẠN", "b"), ("HÀNG HẢI KHU VỰC II", "b"),
             ("Số: 118/KH-TTKV2", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đà Nẵng, ngày 08 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Cùng các hợp tác xã khai thác hải sản xa bờ, tổ đoàn kết trên biển tỉnh Quảng Ngãi sẵn sàng cho mùa mưa "
            "bão năm 2026 và diễn tập tìm kiếm, cứu nạn tàu cá")

BEFORE = [
    ("p", "Tám tháng đầu năm 2026, Trung tâm nhận 23 tin báo nạn của tàu cá ở vùng biển Quảng Ngãi, 11 tin là của tàu "
          "thuộc hợp tác xã hoặc tổ đoàn kết; ở nhiều vụ, tàu đi cùng tổ có mặt sớm hơn lực lượng chuyên trách từ 3 đến "
          "5 giờ. Trung tâm Phối hợp tìm kiếm, cứu nạn hàng hải khu vực II (sau đây gọi là Trung tâm) lập Kế hoạch sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Mỗi tàu cá của hợp tác xã, tổ đoàn kết có đủ phương tiện liên lạc, biết phát và nhận tín hiệu cấp cứu."),
    ("p", "- Tàu cùng tổ, cùng hợp tác xã là lực lượng tại chỗ, phối hợp nhịp nhàng với tàu chuyên trách khi có nạn."),
    ("h", "II. THỜI GIAN, KHU VỰC, LỰC LƯỢNG DIỄN TẬP"),
    ("p", "Diễn tập vào thứ Sáu, ngày 16/10/2026 (hoãn sang ngày 23/10/2026 nếu biển động từ cấp 5 trở lên), ở vùng "
          "biển cách đảo Lý Sơn 12 hải lý về phía Đông Bắc; Sở chỉ huy đặt tại cảng cá Sa Kỳ. Lực lượng gồm tàu SAR "
          "27-01, 04 tàu cá của HTX Khai thác hải sản xa bờ Bình Châu và Tổ đoàn kết Bình Châu 3, Đài Thông tin duyên "
          "hải Quảng Ngãi, Đồn Biên phòng Sa Kỳ."),
    ("h", "III. CÔNG TÁC CHUẨN BỊ"),
    ("p", "1. Phòng Điều hành - Phối hợp cập nhật danh bạ số điện thoại vệ tinh, tần số liên lạc của 46 tàu cá thuộc các "
          "hợp tác xã, tổ đoàn kết, gửi lại cho từng chủ tàu trước ngày 30/9/2026."),
    ("p", "2. Phòng Kỹ thuật cùng Đài Thông tin duyên hải Quảng Ngãi kiểm tra máy thu phát sóng ngắn và phao vô tuyến "
          "chỉ báo vị trí khẩn cấp trên tàu của thành viên hợp tác xã; xong trước ngày 09/10/2026."),
    ("p", "3. Phòng Huấn luyện - Diễn tập mở 01 lớp cho thuyền trưởng, máy trưởng về phát tín hiệu cấp cứu, dùng phao áo "
          "cứu sinh và sơ cứu người đuối nước, mời Trạm Y tế xã Bình Châu cử người dạy phần sơ cứu; học ngày 05 và "
          "06/10/2026."),
    ("p", "4. Đề nghị Liên minh Hợp tác xã tỉnh Quảng Ngãi vận động các hợp tác xã, tổ đoàn kết cử tàu tham gia diễn "
          "tập, gửi danh sách tàu và thuyền viên về Trung tâm trước ngày 02/10/2026."),
    ("p", "5. Văn phòng Trung tâm lập dự toán kinh phí hỗ trợ dầu cho tàu cá tham gia diễn tập, trình Giám đốc trước "
          "ngày 25/9/2026."),
    ("h", "IV. KỊCH BẢN DIỄN TẬP NGÀY 16/10/2026"),
]

COLUMNS = ["Giờ", "Tình huống, nội dung", "Lực lượng thực hiện", "Lực lượng phối hợp"]
WIDTHS = [13, 47, 20, 20]
ROWS = [
    ("06h30", "Tàu SAR rời cầu cảng Sa Kỳ ra vị trí chờ; kiểm tra liên lạc với Sở chỉ huy và 04 tàu cá tham gia",
     "Tàu SAR 27-01", "HTX Khai thác hải sản xa bờ Bình Châu"),
    ("07h00", "Tình huống giả định: tàu cá QNg-95126-TS bị nước tràn vào hầm máy, 01 thuyền viên rơi xuống biển",
     "—", "—"),
    ("07h05 - 07h20", "Thu tín hiệu cấp cứu, xác minh vị trí tàu bị nạn, phát thông báo cho các tàu ở gần",
     "Phòng Điều hành - Phối hợp", "Đài Thông tin duyên hải Quảng Ngãi"),
    ("07h20 - 08h30", "Tàu cùng tổ tiếp cận, vớt thuyền viên, hỗ trợ bơm nước và lai dắt tàu bị nạn",
     "Tổ đoàn kết Bình Châu 3", "Tàu SAR 27-01"),
    ("08h30 - 10h00", "Đưa tàu bị nạn về cảng, sơ cứu và chuyển thuyền viên lên bờ",
     "Tàu SAR 27-01", "Đồn Biên phòng Sa Kỳ, Trạm Y tế xã Bình Châu"),
    ("10h00 - 11h00", "Rút kinh nghiệm tại Sở chỉ huy với chủ nhiệm hợp tác xã, tổ trưởng tổ đoàn kết",
     "Phòng Huấn luyện - Diễn tập", "Liên minh Hợp tác xã tỉnh Quảng Ngãi"),
]

AFTER = [
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Huấn luyện - Diễn tập tổng hợp kết quả diễn tập và lớp huấn luyện, giúp Giám đốc báo cáo Trung tâm "
          "Phối hợp tìm kiếm, cứu nạn hàng hải Việt Nam trước ngày 30/10/2026."),
    ("p", "2. Đề nghị các hợp tác xã, tổ đoàn kết duy trì trực canh trên kênh liên lạc của tổ suốt mùa mưa bão, báo "
          "ngay cho Trung tâm khi tàu gặp nạn hoặc thấy tàu khác gặp nạn."),
    ("p", "Trung tâm đề nghị các cơ quan, đơn vị, hợp tác xã liên quan phối hợp để Kế hoạch được thực hiện đúng thời "
          "gian./."),
]

NOI_NHAN = ["Nơi nhận:", "- Trung tâm PHTKCNHH Việt Nam (b/c);", "- LMHTX tỉnh Quảng Ngãi;",
            "- Các HTX, tổ đoàn kết tham gia;", "- Đài TTDH Quảng Ngãi;", "- Các phòng thuộc Trung tâm;",
            "- Lưu: VT, HL-DT."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Võ Thành Nhân", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260908101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 118/KH-TTKV2", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    # the head row as ordinary bold cells (no <th>: Chromium numbers header cells in the tagged PDF by a DOM counter
    # that varies from run to run)
    out += ['<table class="tasks">',
            '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>',
            '<tbody>', '<tr>' + "".join(f'<td class="h">{e(h)}</td>' for h in COLUMNS) + '</tr>']
    for row in ROWS:
        out.append('<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i == 0 else f'<td>{e(v)}</td>'
                                    for i, v in enumerate(row)) + '</tr>')
    out += ['</tbody>', '</table>']
    out += [paragraph(kind, text) for kind, text in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
