"""Print b_lam-dong_17-KH-KQHT-2026_thu-mua-kho-qua-rung-htx.pdf, the two-hundred-and-forty-ninth held-out set's PDF,
from ``sources/b_lam-dong_17-KH-KQHT-2026_thu-mua-kho-qua-rung-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen249/make_pdf.py

A wild bitter-melon tea maker's plan (August 2026) for buying the sliced, dried wild bitter melon of its linked
cooperatives and cooperative groups in the 2026 - 2027 crop: the opening, I. targets, II. one bordered table
Bắt đầu | Kết thúc | Việc | Đơn vị whose doer cell is SPLIT BY A THIN RULE — the lead above the rule, the partners
below it ("—" when none) — and whose head cell is stacked the same way ("Chủ trì" over the rule, "Phối hợp" under it),
a note saying so; "Bắt đầu" is when the work may begin, "Kết thúc" when it must be done; III. the cooperatives' duty;
the signature beside "Nơi nhận".

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
STEM = "b_lam-dong_17-KH-KQHT-2026_thu-mua-kho-qua-rung-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.note { font-style: italic; font-size: 11pt; margin: 0 0 6pt; }
table.w { border-collapse: collapse; width: 100%; font-size: 10.5pt; }
table.w th, table.w td { border: 0.8pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.w td.d { text-align: center; white-space: nowrap; }
table.w td.u { padding: 0; }
.lead { padding: 3pt 4pt; }
.rest { padding: 3pt 4pt; border-top: 0.5pt solid #000; }
tr { break-inside: avoid; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("TRÀ KHỔ QUA RỪNG HÀM THUẬN", "b"), ("Số: 17/KH-KQHT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lâm Đồng, ngày 03 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thu mua khổ qua rừng sấy lát của hợp tác xã, tổ hợp tác niên vụ 2026 - 2027"

BEFORE = [
    ("p", "Trong niên vụ trước (2025 - 2026), lượng khổ qua rừng sấy lát Công ty nhận của các hợp tác xã, tổ hợp tác "
          "trong tỉnh là 38 tấn, nhưng 6,5 tấn phải trả lại vì lát thái dày, sấy chưa khô, có mốc. Để có đủ nguyên liệu đạt chuẩn cho "
          "dây chuyền trà túi lọc, Công ty lập Kế hoạch thu mua niên vụ 2026 - 2027 như sau."),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Mua 55 tấn khổ qua rừng sấy lát, độ ẩm dưới 12%, của 05 hợp tác xã, tổ hợp tác liên kết."),
    ("p", "- Tỷ lệ hàng bị trả lại dưới 3%; 03 hợp tác xã được cấp mã số vùng trồng."),
    ("h", "II. TIẾN ĐỘ VÀ PHÂN CÔNG"),
    ("n", "Ở cột “Đơn vị”, tên ghi phía trên vạch kẻ là đơn vị chủ trì; các tên ghi phía dưới vạch là đơn vị phối hợp "
          "(dấu “—” là không có). “Bắt đầu” là ngày được bắt đầu làm; “Kết thúc” là ngày phải xong."),
]

# (start, end, work, lead, partners)
ROWS = [
    ("10/8/2026", "31/8/2026", "Khảo sát vùng khổ qua rừng của 05 hợp tác xã, tổ hợp tác; đo diện tích trồng xen dưới "
     "tán điều và ước sản lượng", "Phòng Vùng nguyên liệu", ["Phòng Kỹ thuật"]),
    ("01/9/2026", "30/9/2026", "Ký hợp đồng thu mua khổ qua rừng sấy lát với từng hợp tác xã, tổ hợp tác; giá sàn "
     "95.000 đồng/kg", "Phòng Vùng nguyên liệu", ["Phòng Tài chính - Kế toán"]),
    ("15/9/2026", "15/10/2026", "Hướng dẫn hái trái vừa già tới, thái lát dày 3 - 4 mm, sấy không quá 60 °C, đóng túi "
     "hút chân không", "Phòng Kỹ thuật", ["HTX Dịch vụ nông nghiệp Hàm Chính"]),
    ("01/10/2026", "30/11/2026", "Cho các tổ hợp tác mượn 04 máy sấy bơm nhiệt, hướng dẫn vận hành và ghi nhật ký "
     "sấy", "Xưởng chế biến", []),
    ("01/10/2026", "31/3/2027", "Nhận hàng tại kho, đo độ ẩm, loại lát mốc, lát cháy; lập biên bản từng lần giao",
     "Phòng Kiểm soát chất lượng", ["Xưởng chế biến"]),
    ("15/10/2026", "31/12/2026", "Lập hồ sơ đề nghị cấp mã số vùng trồng cho HTX Nông nghiệp Hàm Liêm, HTX Dịch vụ "
     "nông nghiệp Hàm Chính và HTX Thuận Minh", "Phòng Kỹ thuật",
     ["Chi cục Trồng trọt và Bảo vệ thực vật", "HTX Nông nghiệp Hàm Liêm"]),
    ("01/11/2026", "15/01/2027", "Thiết kế hộp trà mới in tên hợp tác xã cung cấp nguyên liệu và mã QR truy xuất",
     "Phòng Kinh doanh", ["Phòng Kiểm soát chất lượng"]),
    ("01/10/2026", "Ngày 10 hằng tháng", "Thanh toán tiền hàng đã nhận trong tháng trước cho hợp tác xã, tổ hợp tác",
     "Phòng Tài chính - Kế toán", ["Phòng Vùng nguyên liệu"]),
    ("01/4/2027", "30/4/2027", "Tổng kết niên vụ, xét thưởng hợp tác xã, tổ hợp tác giao hàng đạt chuẩn cả vụ; đề xuất "
     "giá sàn niên vụ sau", "Phòng Vùng nguyên liệu", ["Phòng Tài chính - Kế toán", "Phòng Kiểm soát chất lượng"]),
]

AFTER = [
    ("h", "III. ĐỐI VỚI CÁC HỢP TÁC XÃ, TỔ HỢP TÁC LIÊN KẾT"),
    ("p", "Các hợp tác xã, tổ hợp tác liên kết cử một người làm đầu mối giao hàng, báo sản lượng dự kiến từng tháng cho "
          "Phòng Vùng nguyên liệu trước ngày 25/9/2026; không thu gom khổ qua ngoài vùng đã đăng ký."),
    ("p", "Các phòng, xưởng thực hiện theo bảng trên; định kỳ báo cáo Giám đốc vào cuộc họp giao ban tháng./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- 05 HTX, THT liên kết;", "- Các phòng, xưởng;",
            "- Lưu: VT, P.VNL."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Trương Minh Hiển", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20260803142000+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "n": f'<p class="note">{e(text)}</p>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def row(start, end, work, lead, partners) -> str:
    rest = "<br>".join(e(p) for p in partners) or "—"
    return (f'<tr><td class="d">{e(start)}</td><td class="d">{e(end)}</td><td>{e(work)}</td>'
            f'<td class="u"><div class="lead">{e(lead)}</div><div class="rest">{rest}</div></td></tr>')


def build_html() -> str:
    out = page_start("Kế hoạch 17/KH-KQHT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(kind, text) for kind, text in BEFORE]
    out += ['<table class="w">',
            '<colgroup><col style="width:13%"><col style="width:15%"><col style="width:44%"><col style="width:28%">'
            '</colgroup>',
            '<thead><tr><th>Bắt đầu</th><th>Kết thúc</th><th>Việc</th>'
            '<th class="u"><div class="lead">Chủ trì</div><div class="rest">Phối hợp</div></th></tr></thead>',
            '<tbody>']
    out += [row(*r) for r in ROWS]
    out += ['</tbody></table>']
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
