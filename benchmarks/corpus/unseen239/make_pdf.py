"""Print b_lao-cai_41-KH-GDNT-2026_go-keo-van-boc-htx-nam-2027.pdf, the two-hundred-and-thirty-ninth held-out set's
PDF, from ``sources/b_lao-cai_41-KH-GDNT-2026_go-keo-van-boc-htx-nam-2027.html``.

    .venv/bin/python benchmarks/corpus/unseen239/make_pdf.py

A plywood and peeled-veneer maker's plan (November 2026) for buying the 2027 acacia logs and peeled veneer of forestry
cooperatives and cooperative groups: I. purposes and targets; II. the selling units as "-" lines (facts); III. a
legend, then the work as HUB-AND-SPOKE DIAGRAMS, one per task ("Sơ đồ phối hợp"): the centre box holds the task's
number, the work, the lead (bold) and the date; the small boxes wired to it above, left, right or below are the
partners — the role is given by the position only, no "chủ trì"/"phối hợp" word in the diagrams; one hub has no spoke;
IV. a request to the cooperatives; a closing sentence; the signature beside "Nơi nhận".

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
STEM = "b_lao-cai_41-KH-GDNT-2026_go-keo-van-boc-htx-nam-2027"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 18mm 15mm 18mm 28mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.legend { font-style: italic; font-size: 11pt; text-align: justify; margin: 0 0 8pt; }
.hub { display: grid; grid-template-columns: 36mm 8mm 66mm 8mm 36mm; grid-template-rows: auto 5mm auto 5mm auto;
       justify-content: center; align-items: center; margin: 0 0 9pt; break-inside: avoid; font-size: 10pt; }
.centre { grid-column: 3; grid-row: 3; border: 1.6pt solid #000; border-radius: 3mm; padding: 2mm 3mm; text-align: center; }
.centre .no { font-size: 9pt; letter-spacing: 1pt; }
.centre .work { margin: 1mm 0; }
.centre .lead { font-weight: bold; margin: 1mm 0; }
.centre .date { display: inline-block; border: 0.6pt solid #000; border-radius: 2mm; padding: 0 2mm; }
.spoke { border: 0.7pt solid #000; border-radius: 1.5mm; padding: 1mm 2mm; text-align: center; font-size: 9.5pt; }
.top { grid-column: 3; grid-row: 1; justify-self: center; max-width: 60mm; }
.left { grid-column: 1; grid-row: 3; }
.right { grid-column: 5; grid-row: 3; }
.bottom { grid-column: 3; grid-row: 5; justify-self: center; max-width: 60mm; }
.wire-v { align-self: stretch; justify-self: center; border-left: 0.7pt solid #000; width: 0; }
.wire-h { border-top: 0.7pt solid #000; height: 0; }
.wire-top { grid-column: 3; grid-row: 2; }
.wire-bottom { grid-column: 3; grid-row: 4; }
.wire-left { grid-column: 2; grid-row: 3; }
.wire-right { grid-column: 4; grid-row: 3; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("GỖ DÁN NGÒI THIA", "b"), ("Số: 41/KH-GDNT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lào Cai, ngày 05 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thu mua gỗ keo rừng trồng và ván bóc của các hợp tác xã, tổ hợp tác năm 2027"

BEFORE = [
    ("p", "Nhà máy ép gỗ dán của Công ty chạy hết công suất cần khoảng 24.000 m³ gỗ tròn mỗi năm; năm 2026 gỗ mua của "
          "hợp tác xã, tổ hợp tác mới được 61%, phần còn lại phải mua qua thương lái với giá cao và không rõ nguồn gốc "
          "lô rừng. Khách hàng châu Âu yêu cầu từ năm 2027 gỗ dán giao cho họ phải có gỗ rừng trồng được cấp chứng chỉ "
          "quản lý rừng bền vững. Công ty lập Kế hoạch thu mua năm 2027 như sau."),
    ("h", "I. MỤC ĐÍCH, CHỈ TIÊU"),
    ("p", "- Mua 18.000 m³ gỗ keo tròn và 6.500 m³ ván bóc của các hợp tác xã, tổ hợp tác, trả tiền đúng hạn, giữ giá "
          "sàn theo đường kính gỗ."),
    ("p", "- Ít nhất 40% khối lượng gỗ mua trong năm có chứng chỉ quản lý rừng bền vững nhóm (FSC nhóm)."),
    ("h", "II. CÁC ĐƠN VỊ BÁN GỖ"),
    ("p", "- HTX Lâm nghiệp Nghĩa Tâm: 640 ha keo, 38 hộ thành viên, dự kiến bán 7.200 m³ gỗ tròn."),
    ("p", "- HTX Nông lâm nghiệp Đại Phác: 410 ha keo, có tổ khai thác 22 người, dự kiến bán 5.100 m³."),
    ("p", "- THT bóc ván thôn Khe Cam: 03 máy bóc, dự kiến bán 6.500 m³ ván bóc."),
    ("p", "- Các hộ lẻ bán qua THT trồng rừng thôn Làng Mỵ: khoảng 5.700 m³."),
    ("h", "III. SƠ ĐỒ PHỐI HỢP"),
    ("legend", "Cách đọc: mỗi việc vẽ một sơ đồ. Ô lớn ở giữa ghi số việc, nội dung việc, tên đơn vị chủ trì (chữ đậm) "
               "và thời hạn hoàn thành; các ô nhỏ nối vào ô giữa (ở trên, bên trái, bên phải hoặc ở dưới) là các đơn "
               "vị phối hợp. Sơ đồ không có ô nhỏ là việc đơn vị chủ trì tự làm."),
]

# (number, work, lead, date, {position: partner})
HUBS = [
    ("1", "Chốt với từng HTX, THT diện tích keo đến tuổi khai thác năm 2027, ký hợp đồng mua gỗ có giá sàn theo "
          "đường kính", "Phòng Nguyên liệu", "20/12/2026",
     {"left": "UBND các xã Nghĩa Tâm, Đại Phác", "right": "Phòng Tài chính - Kế toán"}),
    ("2", "Đo đếm, khoanh vẽ từng lô rừng keo của các THT, đánh số cây mẫu, lập sổ lô", "Tổ Điều tra rừng",
     "Tháng 01/2027", {"top": "Hạt Kiểm lâm khu vực Văn Chấn", "bottom": "HTX Lâm nghiệp Nghĩa Tâm"}),
    ("3", "Giúp các HTX soạn phương án quản lý rừng bền vững, chuẩn bị hồ sơ đánh giá chứng chỉ FSC nhóm",
     "Phòng Chứng chỉ rừng", "Quý I/2027",
     {"left": "Chi cục Kiểm lâm tỉnh", "right": "Tổ Điều tra rừng"}),
    ("4", "Cho THT bóc ván thôn Khe Cam mượn 02 máy bóc không trục, hướng dẫn phơi ván đến độ ẩm dưới 14%",
     "Phòng Kỹ thuật - Cơ điện", "15/02/2027", {"bottom": "Phòng Quản lý chất lượng"}),
    ("5", "Mua bảo hiểm tai nạn cho thợ của các tổ khai thác gỗ trước mùa khai thác", "Phòng Hành chính - Nhân sự",
     "Trước 28/02/2027", {}),
    ("6", "Mở lớp an toàn khi cưa hạ cây, vận xuất gỗ trên đất dốc cho tổ khai thác của các HTX, THT",
     "Phòng Hành chính - Nhân sự", "Tháng 3/2027",
     {"top": "Trung tâm Khuyến nông tỉnh", "right": "HTX Nông lâm nghiệp Đại Phác"}),
    ("7", "Nhận gỗ, ván bóc tại bãi, đo khối, phân loại A, B, C ngay khi xe về, lập biên bản nghiệm thu từng chuyến",
     "Bãi nguyên liệu", "Từ 01/3 đến 30/9/2027", {"right": "Phòng Quản lý chất lượng"}),
    ("8", "Chuyển tiền gỗ vào tài khoản của HTX, THT", "Phòng Tài chính - Kế toán",
     "07 ngày làm việc sau mỗi biên bản nghiệm thu", {"left": "Bãi nguyên liệu"}),
    ("9", "Cấp cây keo lai mô cho các THT trồng lại rừng ngay sau khai thác", "Vườn ươm Công ty", "Tháng 7/2027",
     {"top": "Phòng Nguyên liệu", "left": "HTX Nông lâm nghiệp Đại Phác", "right": "THT trồng rừng thôn Làng Mỵ"}),
    ("10", "Tổng kết việc mua gỗ năm 2027, đề xuất giá sàn năm 2028 trình Hội đồng quản trị", "Phòng Nguyên liệu",
     "Tháng 10/2027", {"left": "Phòng Tài chính - Kế toán", "right": "Phòng Quản lý chất lượng"}),
]

AFTER = [
    ("h", "IV. ĐỀ NGHỊ ĐỐI VỚI CÁC HTX, THT"),
    ("p", "Các HTX, THT bán gỗ báo cho Phòng Nguyên liệu lịch khai thác từng lô rừng ít nhất 10 ngày trước khi khai "
          "thác; không trộn gỗ của lô chưa khoanh vẽ vào chuyến gỗ giao cho Công ty."),
    ("p", "Các phòng, bộ phận có tên trong sơ đồ chủ động triển khai; vướng mắc báo Phó Tổng Giám đốc phụ trách nguyên "
          "liệu để giải quyết./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (để b/c);", "- Các HTX, THT bán gỗ;", "- Các phòng, bộ phận;",
            "- Lưu: VT, PNL."]
SIGN = [("KT. TỔNG GIÁM ĐỐC", "b"), ("PHÓ TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Hà Quang Tuyến", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:40 in Việt Nam
PDF_DATE = b"D:20261105094000+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>',
            "legend": f'<p class="legend">{e(text)}</p>'}[kind]


def hub(number: str, work: str, lead: str, date: str, spokes: dict) -> str:
    out = ['<div class="hub">']
    for place in ("top", "left", "right", "bottom"):
        if place in spokes:
            wire = "wire-v" if place in ("top", "bottom") else "wire-h"
            out.append(f'<div class="spoke {place}">{e(spokes[place])}</div>')
            out.append(f'<div class="{wire} wire-{place}"></div>')
    out.append(f'<div class="centre"><div class="no">VIỆC {e(number)}</div><div class="work">{e(work)}</div>'
               f'<div class="lead">{e(lead)}</div><div class="date">{e(date)}</div></div>')
    out.append('</div>')
    return "".join(out)


def build_html() -> str:
    out = page_start("Kế hoạch 41/KH-GDNT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(kind, text) for kind, text in BEFORE]
    out += [hub(*entry) for entry in HUBS]
    out += [block(kind, text) for kind, text in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
