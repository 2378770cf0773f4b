"""Write b_can-tho_18-2026-KH-TTPS_dieu-khoan-tranh-chap-htx-lua.pdf, the two-hundred-and-ninth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen209/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen209/make_pdf.py --html-only

A commercial arbitration centre's plan (July 2026) giving rice cooperatives free help with their sale contracts: a
recommended dispute clause, contract advice, a first mediation free of charge, a reduced fee. The opening, I.
purposes, II. the RECOMMENDED CLAUSE quoted as an indented italic block (duties of the contracting parties, "hai bên
thương lượng …", "các bên phải thi hành": not the plan's work), III. one bordered table TT | Hoạt động | Phân công,
thời gian whose THIRD CELL STACKS THREE LABELLED LINES ("Chủ trì: …", "Phối hợp: …", "Thời gian: …"), IV. two
numbered requests to outside bodies; the closing; the signature beside "Nơi nhận".

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
STEM = "b_can-tho_18-2026-KH-TTPS_dieu-khoan-tranh-chap-htx-lua"
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
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
div.clause { padding: 0 10mm; margin: 4pt 0 8pt; font-size: 11pt; font-style: italic; }
div.clause p { margin: 0 0 3pt; text-align: justify; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks th { text-align: center; }
table.tasks td.c { text-align: center; }
table.tasks td.h { text-align: center; font-weight: bold; }
table.tasks td p { margin: 0 0 2pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("TRUNG TÂM TRỌNG TÀI", "b"), ("THƯƠNG MẠI PHÙ SA", "b"), ("Số: 18/2026/KH-TTPS", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Cần Thơ, ngày 28 tháng 7 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hỗ trợ pháp lý về hợp đồng mua bán lúa cho các hợp tác xã nông nghiệp năm 2026 - 2027"

BEFORE = [
    ("p", "Vụ Hè Thu năm 2026, Trung tâm nhận 11 yêu cầu tư vấn của hợp tác xã trồng lúa về việc doanh nghiệp thu mua "
          "hủy cọc, hạ giá hoặc chậm nhận lúa khi giá thị trường giảm; phần lớn hợp đồng các bên đã ký không ghi cách "
          "giải quyết tranh chấp, không quy định lúa đạt chuẩn là lúa có độ ẩm bao nhiêu, không có mức phạt khi một bên "
          "vi phạm. Thực hiện chủ trương phục vụ cộng đồng của Hội đồng Trọng tài viên, Trung tâm ban hành Kế hoạch hỗ "
          "trợ như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Có ít nhất 40 hợp tác xã trồng lúa của thành phố được giúp để có hợp đồng mua bán rõ ràng, ghi đủ quyền và nghĩa vụ "
          "của các bên, có điều khoản giải quyết tranh chấp."),
    ("p", "- Tranh chấp nhỏ được hòa giải sớm, ít tốn kém, giữ được quan hệ làm ăn lâu dài giữa hợp tác xã và doanh "
          "nghiệp."),
    ("h", "II. ĐIỀU KHOẢN GIẢI QUYẾT TRANH CHẤP KHUYẾN NGHỊ"),
    ("p", "Trung tâm khuyến nghị các hợp tác xã đưa nội dung dưới đây vào hợp đồng (các bên có thể sửa thời hạn cho phù "
          "hợp):"),
]

CLAUSE = [
    "Điều ... Giải quyết tranh chấp",
    "1. Khi phát sinh tranh chấp từ hợp đồng này, hai bên thương lượng trong thời hạn 15 ngày kể từ ngày một bên "
    "nhận được thông báo bằng văn bản của bên kia.",
    "2. Hết thời hạn nói trên mà không thương lượng được, mỗi bên có quyền yêu cầu hòa giải tại Trung tâm Trọng tài "
    "Thương mại Phù Sa.",
    "3. Hòa giải không thành thì tranh chấp được giải quyết bằng trọng tài tại Trung tâm theo Quy tắc tố tụng trọng "
    "tài của Trung tâm; phán quyết trọng tài là chung thẩm, các bên phải thi hành.",
]

MIDDLE = [("h", "III. CÁC HOẠT ĐỘNG")]

COLUMNS = ["TT", "Hoạt động", "Phân công, thời gian"]
WIDTHS = [6, 58, 36]
ROWS = [
    ("1", "Thu thập, rà soát khoảng 60 hợp đồng mua bán lúa đang có hiệu lực của các HTX; chỉ ra cho từng HTX các "
          "điều khoản bất lợi hoặc còn thiếu",
     "Ban Thư ký", "Liên minh Hợp tác xã thành phố", "tháng 8 - 9/2026"),
    ("2", "Biên soạn cuốn \"Hợp đồng mua bán lúa: những điều hợp tác xã cần biết\" kèm mẫu hợp đồng có chú giải",
     "Tổ trọng tài viên tình nguyện", "Khoa Luật, Trường Đại học Cần Thơ", "trước 15/9/2026"),
    ("3", "Mở 04 buổi tập huấn tại các xã Thới Lai, Cờ Đỏ, Vĩnh Thạnh, Phong Điền cho Hội đồng quản trị, giám đốc và "
          "kế toán HTX",
     "Ban Thư ký", "UBND các xã Thới Lai, Cờ Đỏ, Vĩnh Thạnh, Phong Điền", "tháng 10 - 11/2026"),
    ("4", "Tư vấn miễn phí, trực tiếp hoặc qua điện thoại, cho HTX trước khi ký hoặc sửa đổi hợp đồng với doanh "
          "nghiệp",
     "Tổ trọng tài viên tình nguyện", "", "thường xuyên"),
    ("5", "Hòa giải thương mại không thu phí đối với vụ tranh chấp đầu tiên của mỗi HTX với doanh nghiệp thu mua",
     "Bộ phận Hòa giải thương mại", "", "khi HTX có yêu cầu"),
    ("6", "Áp dụng mức giảm 50% phí trọng tài cho vụ tranh chấp có một bên là HTX và giá trị tranh chấp dưới 500 "
          "triệu đồng",
     "Văn phòng Trung tâm", "Ban Thư ký", "từ 01/9/2026 đến hết năm 2027"),
    ("7", "Đưa điều khoản khuyến nghị ở mục II vào tài liệu phổ biến, giáo dục pháp luật cho nông dân và HTX",
     "Văn phòng Trung tâm", "Sở Tư pháp thành phố", "quý IV/2026"),
    ("8", "Tổ chức tọa đàm giữa HTX và doanh nghiệp xuất khẩu gạo về cách ghi giá, tiêu chuẩn lúa và mức phạt trong "
          "hợp đồng",
     "Ban Thư ký", "Sở Nông nghiệp và Môi trường thành phố, Hiệp hội Doanh nghiệp thành phố", "tháng 12/2026"),
    ("9", "Sơ kết một năm thực hiện, báo cáo Hội đồng Trọng tài viên và đề xuất kéo dài chương trình",
     "Văn phòng Trung tâm", "Ban Thư ký", "trước 20/7/2027"),
]

AFTER = [
    ("h", "IV. ĐỀ NGHỊ CÁC CƠ QUAN, ĐƠN VỊ"),
    ("p", "1. Trung tâm đề nghị Liên minh Hợp tác xã thành phố phổ biến Kế hoạch tới HTX thành viên; tổng hợp danh sách HTX "
          "cần rà soát hợp đồng gửi Ban Thư ký Trung tâm trước ngày 25/8/2026."),
    ("p", "2. Đề nghị UBND các xã có buổi tập huấn bố trí hội trường và mời các HTX trên địa bàn dự đầy đủ."),
    ("p", "Trung tâm Trọng tài Thương mại Phù Sa rất mong các cơ quan, đơn vị và các hợp tác xã cùng tham gia để Kế "
          "hoạch đạt kết quả./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở Tư pháp thành phố Cần Thơ;", "- Liên minh HTX thành phố;",
            "- UBND các xã Thới Lai, Cờ Đỏ, Vĩnh Thạnh, Phong Điền;", "- Hội đồng Trọng tài viên;",
            "- Lưu: VP, BTK."]
SIGN = [("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Lâm Hữu Phước", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260728101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def assignment(lead: str, partners: str, time: str) -> str:
    lines = [("Chủ trì", lead), ("Phối hợp", partners or "-"), ("Thời gian", time)]
    return "".join(f'<p>{label}: {e(value)}</p>' for label, value in lines)


def build_html() -> str:
    out = page_start("Kế hoạch 18/2026/KH-TTPS", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out.append('<div class="clause">' + "".join(f'<p>{e(line)}</p>' for line in CLAUSE) + '</div>')
    out += [paragraph(kind, text) for kind, text in MIDDLE]
    out += ['<table class="tasks">',
            '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>',
            '<tbody>', '<tr>' + "".join(f'<td class="h">{e(h)}</td>' for h in COLUMNS) + '</tr>']  # heads: a plain row
    for number, work, lead, partners, time in ROWS:
        out.append(f'<tr><td class="c">{e(number)}</td><td>{e(work)}</td>'
                   f'<td>{assignment(lead, partners, time)}</td></tr>')
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
