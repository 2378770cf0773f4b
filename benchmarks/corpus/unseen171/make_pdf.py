"""Write b_ha-tinh_15-2026-KH-HLM_okr-mua-livestream-buoi-cam-htx.pdf, the hundred-and-seventy-first held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen171/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen171/make_pdf.py --html-only

A livestream e-commerce company's plan (August 2026) for a season of live sales of the pomelos and oranges of the
cooperatives of two communes, written the way the company runs its work, as OKRs: I. the situation, II. a sentence
saying how the plan is read and ONE TABLE OF OBJECTIVES AND KEY RESULTS (Mã | Mục tiêu, kết quả then chốt | Chỉ số |
Mốc — targets with numbers and dates, no work), III. the INITIATIVES under three objective headings, each a bold line
"S1.1 …" followed by a small grey META LINE "Phụ trách: … · Hỗ trợ: … · Hạn: …" (the doer, who helps, the time, in
that order, after the work), IV. the weekly check-in and the end-of-season scoring, the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif, the meta lines DejaVu Sans.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_ha-tinh_15-2026-KH-HLM_okr-mua-livestream-buoi-cam-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.3; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 10pt 0 4pt; }
h4 { font-size: 12pt; margin: 8pt 0 3pt; font-style: italic; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.okr { width: 100%; border-collapse: collapse; font-size: 10.5pt; margin: 4pt 0 8pt; }
table.okr th, table.okr td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; }
table.okr th { text-align: center; }
table.okr td.c { text-align: center; }
table.okr tr.o td { font-weight: bold; background: #e8e8e8; }
div.init { margin: 0 0 6pt 6mm; break-inside: avoid; }
div.init p { margin: 0; }
div.init p.w { font-weight: bold; text-align: justify; }
div.init p.m { font-family: "DejaVu Sans"; font-size: 9pt; color: #555; margin-top: 1pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("TRUYỀN THÔNG VÀ THƯƠNG MẠI", "b"), ("ĐIỆN TỬ HỒNG LAM", "b"),
             ("Số: 15/2026/KH-HLM", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Tĩnh, ngày 25 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mùa livestream bưởi Phúc Trạch, cam Khe Mây cùng các hợp tác xã (tháng 9 - 12/2026)"

BEFORE = [
    ("h", "I. BỐI CẢNH"),
    ("p", "Vụ bưởi, cam năm 2026 ở xã Phúc Trạch và xã Hương Khê dự kiến được mùa, sản lượng của 04 hợp tác xã và 02 "
          "tổ hợp tác đã ký thỏa thuận với Công ty khoảng 420 tấn. Năm 2025 các hợp tác xã chủ yếu bán cho thương lái "
          "tại vườn; đơn hàng qua mạng chưa đến 5% sản lượng, nhiều đơn bị hoàn vì quả dập trong lúc giao."),
    ("h", "II. MỤC TIÊU VÀ KẾT QUẢ THEN CHỐT (OKR)"),
    ("p", "Kế hoạch viết theo cách Công ty vẫn quản trị công việc: mỗi mục tiêu (O) đo bằng các kết quả then chốt (KR) "
          "dưới đây; các KR là chỉ tiêu để chấm điểm cuối mùa, không phải đầu việc. Đầu việc là các sáng kiến (S) ở mục "
          "III, mỗi sáng kiến ghi người phụ trách, đơn vị hỗ trợ và hạn ở dòng chữ nhỏ ngay bên dưới."),
]

OKR_HEAD = ["Mã", "Mục tiêu, kết quả then chốt", "Chỉ số", "Mốc"]
# a 2-tuple is an objective row (shaded), a 4-tuple a key result
OKRS = [
    ("O1", "Đưa bưởi, cam của hợp tác xã lên sàn thương mại điện tử"),
    ("KR1.1", "Hợp tác xã, tổ hợp tác có gian hàng, đủ ảnh và mã truy xuất", "6/6", "30/9/2026"),
    ("KR1.2", "Sản lượng bán qua sàn và livestream", "≥ 150 tấn", "31/12/2026"),
    ("O2", "Giao hàng nhanh, ít hoàn"),
    ("KR2.1", "Đơn giao trong 48 giờ ở miền Bắc và miền Trung", "≥ 90%", "cả mùa"),
    ("KR2.2", "Tỷ lệ đơn hoàn, đổi trả", "< 3%", "cả mùa"),
    ("O3", "Hợp tác xã tự bán được sau mùa vụ"),
    ("KR3.1", "Thành viên hợp tác xã tự dựng và chạy phiên live", "12 người", "30/11/2026"),
    ("KR3.2", "Phiên live do hợp tác xã tự làm trong tháng 12", "≥ 8 phiên", "31/12/2026"),
]

# (objective heading, [(code, work, meta)])
INITIATIVES = [
    ("O1 - Lên sàn", [
        ("S1.1", "Chụp ảnh, quay video vườn và quả, dựng gian hàng cho 04 hợp tác xã và 02 tổ hợp tác trên hai sàn "
                 "thương mại điện tử",
         "Phụ trách: Nhóm Nội dung · Hỗ trợ: HTX Bưởi Phúc Trạch Xanh, HTX Cam Hương Đô · Hạn: 20/9/2026"),
        ("S1.2", "Làm hồ sơ cấp mã truy xuất nguồn gốc cho từng lô bưởi, cam trước khi đăng bán",
         "Phụ trách: Nhóm Vận hành · Hỗ trợ: Sở Khoa học và Công nghệ · Hạn: 30/9/2026"),
        ("S1.3", "Mở 40 phiên livestream bán bưởi, cam tại vườn, mỗi phiên có một thành viên hợp tác xã cùng dẫn",
         "Phụ trách: Nhóm Livestream · Hỗ trợ: Liên minh Hợp tác xã tỉnh · Hạn: 05/10 - 15/12/2026"),
    ]),
    ("O2 - Giao hàng", [
        ("S2.1", "Thiết kế thùng carton có lót xốp chống dập cho quả 1,2 - 2 kg; đặt in 30.000 thùng",
         "Phụ trách: Nhóm Vận hành · Hỗ trợ: — · Hạn: 25/9/2026"),
        ("S2.2", "Ký hợp đồng gom hàng tại kho của hợp tác xã mỗi chiều, giao đơn nội tỉnh trong ngày",
         "Phụ trách: Nhóm Vận hành · Hỗ trợ: Bưu điện tỉnh Hà Tĩnh · Hạn: trước phiên live đầu tiên"),
        ("S2.3", "Đối soát đơn hoàn hằng tuần, trả lại tiền cho hợp tác xã phần quả hỏng do vận chuyển",
         "Phụ trách: Phòng Kế toán · Hỗ trợ: Nhóm Vận hành · Hạn: thứ Sáu hằng tuần"),
    ]),
    ("O3 - Tự bán", [
        ("S3.1", "Mở 02 lớp thực hành livestream, chốt đơn, trả lời bình luận cho 12 thành viên hợp tác xã",
         "Phụ trách: Nhóm Livestream · Hỗ trợ: Hội Liên hiệp Phụ nữ xã Phúc Trạch · Hạn: tháng 11/2026"),
        ("S3.2", "Bàn giao tài khoản gian hàng, kho ảnh, kịch bản phiên live cho từng hợp tác xã",
         "Phụ trách: Nhóm Nội dung · Hỗ trợ: Phòng Kế toán · Hạn: sau khi chấm điểm OKR cuối mùa"),
    ]),
]

AFTER = [
    ("h", "IV. THEO DÕI VÀ CHẤM ĐIỂM"),
    ("p", "1. Trưởng các nhóm cập nhật tiến độ sáng kiến lên bảng theo dõi chung trước buổi họp check-in 14 giờ thứ Hai "
          "hằng tuần; sáng kiến chậm quá 01 tuần thì báo Giám đốc điều chỉnh."),
    ("p", "2. Giám đốc chủ trì chấm điểm OKR cuối mùa cùng đại diện các hợp tác xã, tổ hợp tác, xong trước ngày "
          "10/01/2027; kết quả là căn cứ chia thưởng cho các nhóm và ký thỏa thuận mùa vụ năm 2027."),
    ("p", "Trên đây là Kế hoạch mùa livestream năm 2026 của Công ty; các nhóm chủ động thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- Các HTX, THT tham gia;", "- Liên minh HTX tỉnh (p/h);",
            "- Các nhóm, phòng (t/h);", "- Lưu: VT."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Phan Thị Thu Hiền", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:40 in Việt Nam
PDF_DATE = b"D:20260825104000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 15/2026/KH-HLM", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    blocks = {"h": "<h3>{}</h3>", "p": '<p class="t">{}</p>'}
    out += [blocks[kind].format(e(text)) for kind, text in BEFORE]
    out.append('<table class="okr">')
    out.append('<colgroup><col style="width:10%"><col style="width:56%"><col style="width:16%">'
               '<col style="width:18%"></colgroup>')
    out.append('<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in OKR_HEAD) + '</tr></thead><tbody>')
    for row in OKRS:
        if len(row) == 2:
            out.append(f'<tr class="o"><td class="c">{e(row[0])}</td><td colspan="3">{e(row[1])}</td></tr>')
        else:
            code, text, measure, mark = row
            out.append(f'<tr><td class="c">{e(code)}</td><td>{e(text)}</td><td class="c">{e(measure)}</td>'
                       f'<td class="c">{e(mark)}</td></tr>')
    out.append('</tbody></table>')
    out.append("<h3>III. SÁNG KIẾN VÀ PHÂN CÔNG</h3>")
    for heading, items in INITIATIVES:
        out.append(f"<h4>{e(heading)}</h4>")
        for code, work, meta in items:
            out.append(f'<div class="init"><p class="w">{e(code)} {e(work)}</p><p class="m">{e(meta)}</p></div>')
    out += [blocks[kind].format(e(text)) for kind, text in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
