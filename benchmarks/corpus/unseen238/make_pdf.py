"""Print b_da-nang_57-KH-HCSH-2026_hoi-cho-htx-nhu-nam-truoc.pdf, the two-hundred-and-thirty-eighth held-out set's PDF,
from ``sources/b_da-nang_57-KH-HCSH-2026_hoi-cho-htx-nhu-nam-truoc.html``.

    .venv/bin/python benchmarks/corpus/unseen238/make_pdf.py

A trade-fair and advertising company's plan (September 2026) for the sixth fair of cooperatives' and OCOP goods in
December 2026: the opening, I. purposes, II. the fair's facts, III. a note, then one bordered table that SETS LAST
YEAR'S FAIR BESIDE THIS YEAR'S — TT | Việc | Hội chợ lần thứ 5 (2025) | Chủ trì | Phối hợp | Hạn —, the 2025 column
saying who did the work and when (no assignment), this year's cells naming bodies or saying only "Như năm 2025" (or
"Như năm 2025, thêm …"); IV. a request to the city's union of cooperatives; the closing sentence; the signature beside
"Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif. The table's head row is made of bold ordinary cells.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_da-nang_57-KH-HCSH-2026_hoi-cho-htx-nhu-nam-truoc"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 18mm 14mm 18mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 11.5pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 48% 52%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 10pt; }
h3 { font-size: 11.5pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 4pt; }
p.note { font-style: italic; text-align: justify; margin: 0 0 6pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
table.tasks td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: top; }
table.tasks td.c { text-align: center; }
table.tasks td.old { color: #444; }
table.tasks tr.headrow td { font-weight: bold; text-align: center; vertical-align: middle; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN HỘI CHỢ", "b"), ("TRIỂN LÃM VÀ QUẢNG CÁO", "b"), ("SÔNG HÀN", "b"),
             ("Số: 57/KH-HCSH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đà Nẵng, ngày 21 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Tổ chức Hội chợ hàng hợp tác xã và sản phẩm OCOP Đà Nẵng lần thứ 6 năm 2026"

BEFORE = [
    ("p", "Hội chợ lần thứ 5 (tháng 12/2025) có 142 gian hàng của 96 hợp tác xã, tổ hợp tác và cơ sở có sản phẩm OCOP, "
          "đón khoảng 38.000 lượt khách, doanh số bán lẻ ước 6,2 tỷ đồng; còn để xảy ra việc mất điện cục bộ ở khu "
          "hàng lạnh và chậm quyết toán với một số hợp tác xã. Công ty lập Kế hoạch tổ chức Hội chợ lần thứ 6 như sau."),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Tạo chỗ bán hàng, tìm bạn hàng dịp cuối năm cho hợp tác xã, tổ hợp tác của thành phố và các tỉnh miền Trung."),
    ("p", "- Kế thừa cách làm của Hội chợ lần thứ 5, khắc phục những việc năm trước làm chưa tốt."),
    ("h", "II. THÔNG TIN CHUNG"),
    ("p", "- Thời gian: từ ngày 10/12 đến hết ngày 14/12/2026 (05 ngày). Địa điểm: Nhà triển lãm Bờ Đông, phường An "
          "Hải, thành phố Đà Nẵng."),
    ("p", "- Quy mô: 180 gian hàng tiêu chuẩn, trong đó 40 gian miễn phí cho hợp tác xã vùng cao, vùng khó khăn; khu ẩm "
          "thực và khu hàng lạnh riêng."),
    ("h", "III. PHÂN CÔNG THỰC HIỆN"),
    ("n", "Cột “Hội chợ lần thứ 5 (2025)” ghi lại đơn vị đã làm việc đó năm trước (đơn vị đứng đầu là đơn vị làm chính, "
          "đơn vị sau chữ “cùng” là đơn vị cùng làm) và thời gian làm, chỉ để đối chiếu. Phân công năm nay ở ba cột cuối; "
          "ô ghi “Như năm 2025” là giao lại cho đúng (các) đơn vị đã làm năm trước theo vai trò đó; “thêm …” là bổ sung "
          "đơn vị cùng làm; ô để trống là không có đơn vị phối hợp."),
]

COLUMNS = ["TT", "Việc", "Hội chợ lần thứ 5 (2025)", "Chủ trì", "Phối hợp", "Hạn"]
WIDTHS = [5, 27, 22, 15, 18, 13]
SAME = "Như năm 2025"
ROWS = [
    ("Gửi thư mời, nhận đăng ký gian hàng (hợp tác xã, tổ hợp tác, cơ sở có sản phẩm OCOP)",
     "Phòng Kinh doanh gian hàng, cùng Liên minh Hợp tác xã thành phố Đà Nẵng — xong 10/10/2025",
     SAME, SAME, "Trước 15/10/2026"),
    ("Lập sơ đồ 180 gian hàng, chia khu theo ngành hàng, bố trí khu hàng lạnh có nguồn điện riêng",
     "Phòng Dự án — xong 25/10/2025", "Phòng Kỹ thuật - Thi công", "Phòng Dự án", "Trước 31/10/2026"),
    ("Đăng ký tổ chức hội chợ, lập phương án phòng cháy, chữa cháy và an ninh trật tự",
     "Phòng Hành chính - Tổng hợp, cùng Công an phường An Hải — xong 15/11/2025",
     SAME, f"{SAME}, thêm Sở Công Thương thành phố Đà Nẵng", "Trước 20/11/2026"),
    ("Xét miễn phí gian hàng và hỗ trợ tiền chở hàng cho 40 hợp tác xã vùng cao, vùng khó khăn",
     "Phòng Tài chính - Kế toán, cùng Phòng Kinh doanh gian hàng — xong 20/11/2025",
     SAME, "Phòng Kinh doanh gian hàng, Liên minh Hợp tác xã thành phố Đà Nẵng", "Trước 25/11/2026"),
    ("Quảng bá hội chợ bằng pano, clip ngắn và trên mạng xã hội",
     "Phòng Truyền thông - Quảng cáo — tháng 11/2025", SAME, "Báo và Phát thanh, Truyền hình Đà Nẵng",
     "Tháng 11/2026"),
    ("Dựng gian hàng, kéo điện, lắp chiếu sáng và tủ mát khu hàng lạnh",
     "Phòng Kỹ thuật - Thi công, cùng Công ty Điện lực Đà Nẵng — 02 - 05/12/2025", SAME, SAME, "06 - 09/12/2026"),
    ("Khai mạc hội chợ, trao chứng nhận gian hàng đẹp, sản phẩm được khách bình chọn",
     "Phòng Dự án, cùng Sở Công Thương thành phố Đà Nẵng — 05/12/2025",
     SAME, f"{SAME}, thêm Liên minh Hợp tác xã thành phố Đà Nẵng", "10/12/2026"),
    ("Tổ chức phiên bán hàng trực tuyến (livestream) cho hợp tác xã ngay tại gian hàng",
     "— (năm 2025 chưa tổ chức)", "Phòng Truyền thông - Quảng cáo", "", "10 - 14/12/2026"),
    ("Thu tiền thuê gian hàng, quyết toán chi phí với từng hợp tác xã",
     "Phòng Tài chính - Kế toán — xong 31/12/2025", SAME, "Phòng Kinh doanh gian hàng", "Trước 31/12/2026"),
    ("Khảo sát ý kiến hợp tác xã và khách tham quan; làm báo cáo tổng kết gửi Sở Công Thương",
     "Phòng Dự án — xong 15/01/2026", "Phòng Kinh doanh gian hàng", "Phòng Dự án", "Trước 20/01/2027"),
]

AFTER = [
    ("h", "IV. ĐỀ NGHỊ PHỐI HỢP"),
    ("p", "Đề nghị Liên minh Hợp tác xã thành phố Đà Nẵng gửi Công ty danh sách hợp tác xã vùng cao, vùng khó khăn được "
          "giới thiệu tham gia hội chợ trước ngày 30/9/2026."),
    ("p", "Trưởng các phòng căn cứ Kế hoạch này chủ động làm phần việc được giao, báo cáo Giám đốc khi có vướng mắc./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở Công Thương TP Đà Nẵng;", "- Liên minh HTX TP Đà Nẵng;", "- HĐQT Công ty (b/c);",
            "- Các phòng (t/h);", "- Lưu: VT, PDA."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Phan Thế Quyền", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:20 in Việt Nam
PDF_DATE = b"D:20260921152000+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f"<h3>{e(text)}</h3>", "p": f'<p class="t">{e(text)}</p>', "n": f'<p class="note">{e(text)}</p>'}[kind]


def table() -> list[str]:
    out = ['<table class="tasks">',
           "<colgroup>" + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + "</colgroup>",
           '<tbody>', '<tr class="headrow">' + "".join(f"<td>{e(h)}</td>" for h in COLUMNS) + "</tr>"]
    for n, (work, old, lead, partners, due) in enumerate(ROWS, start=1):
        out.append(f'<tr><td class="c">{n}</td><td>{e(work)}</td><td class="old">{e(old)}</td><td>{e(lead)}</td>'
                   f'<td>{e(partners)}</td><td class="c">{e(due)}</td></tr>')
    out += ["</tbody>", "</table>"]
    return out


def build_html() -> str:
    out = page_start("Kế hoạch 57/KH-HCSH", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(kind, text) for kind, text in BEFORE]
    out += table()
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
