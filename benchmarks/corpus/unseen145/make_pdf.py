"""Write b_lao-cai_38-KH-TGPL-2025_tro-giup-phap-ly-thanh-vien-htx.pdf, the hundred-and-forty-fifth held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen145/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen145/make_pdf.py --html-only

A state legal-aid centre's own plan (Trung tâm Trợ giúp pháp lý nhà nước, August 2025) of mobile legal aid for the
members of cooperatives and cooperative groups in four highland communes: I. purposes, II.1 ONE BORDERED TABLE OF
FOUR ROUNDS (Đợt | Địa bàn, nội dung | Thời gian | Thực hiện), the doer cell "X (chủ trì); Y, Z" — lead marked in
brackets, partners after a semicolon with no verb —, II.2 five numbered paragraphs, the closing sentence, the signature
beside "Nơi nhận".

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
STEM = "b_lao-cai_38-KH-TGPL-2025_tro-giup-phap-ly-thanh-vien-htx"
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
h4 { font-size: 12pt; margin: 6pt 0 3pt; font-style: italic; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table { border-collapse: collapse; width: 100%; font-size: 11pt; margin: 4pt 0 8pt; }
th, td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; }
th { font-weight: bold; text-align: center; }
td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ TƯ PHÁP TỈNH LÀO CAI", ""), ("TRUNG TÂM TRỢ GIÚP PHÁP LÝ", "b"), ("NHÀ NƯỚC", "b"),
             ("Số: 38/KH-TGPL", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lào Cai, ngày 14 tháng 8 năm 2025", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Trợ giúp pháp lý lưu động cho thành viên hợp tác xã, tổ hợp tác tại các xã vùng cao năm 2025"

BEFORE = [
    ("p", "Nhiều thành viên hợp tác xã, tổ hợp tác ở vùng cao là người dân tộc thiểu số, hộ nghèo, thuộc diện được "
          "trợ giúp pháp lý miễn phí nhưng ít biết đến quyền này; các vướng mắc thường gặp là hợp đồng góp đất, góp "
          "vốn, chia lãi và bao tiêu sản phẩm. Trung tâm xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Đưa trợ giúp viên pháp lý về tận xã, nghe và giải đáp tại chỗ; nhận đơn yêu cầu trợ giúp pháp lý của người "
          "thuộc diện được trợ giúp; dùng người phiên dịch tiếng Mông, tiếng Dao khi cần."),
    ("h", "II. NỘI DUNG"),
    ("s", "1. Các đợt trợ giúp pháp lý lưu động"),
]

COLUMNS = ["Đợt", "Địa bàn, nội dung", "Thời gian", "Thực hiện"]
WIDTHS = [8, 46, 18, 28]
ROWS = [
    ("1", "Xã Bắc Hà: giải đáp pháp luật cho thành viên HTX chè Shan tuyết, THT mận; nhận đơn yêu cầu trợ giúp",
     "09 - 11/9/2025", "Phòng Nghiệp vụ 1 (chủ trì); UBND xã Bắc Hà"),
    ("2", "Xã Mường Khương: hướng dẫn thành viên HTX thảo quả, gừng đọc và ký hợp đồng bao tiêu, góp vốn",
     "06 - 08/10/2025", "Phòng Nghiệp vụ 1 (chủ trì); UBND xã Mường Khương, Hội Nông dân xã Mường Khương"),
    ("3", "Xã Bát Xát: tư vấn cho thành viên HTX dệt thổ cẩm về quyền ra khỏi HTX, nhận lại vốn góp",
     "tháng 11/2025", "Phòng Nghiệp vụ 2 (chủ trì); Liên minh HTX tỉnh"),
    ("4", "Xã Si Ma Cai: giải đáp tranh chấp đất góp vào HTX, hòa giải giữa thành viên và ban quản trị",
     "01 - 03/12/2025", "Chi nhánh Trợ giúp pháp lý số 2 (chủ trì); UBND xã Si Ma Cai"),
]

AFTER = [
    ("s", "2. Các việc khác"),
    ("p", "2.1. Phòng Hành chính - Tổng hợp in 3.000 tờ gấp song ngữ Việt - Mông về quyền được trợ giúp pháp lý của "
          "thành viên hợp tác xã, xong trước ngày 31/8/2025."),
    ("p", "2.2. Đề nghị Liên minh HTX tỉnh gửi danh sách các hợp tác xã có thành viên là hộ nghèo, người dân tộc thiểu "
          "số để Trung tâm chọn địa bàn, trước ngày 25/8/2025."),
    ("p", "2.3. Phòng Nghiệp vụ 2 cử trợ giúp viên pháp lý tham gia tố tụng cho thành viên hợp tác xã có vụ việc phải "
          "ra Tòa, trong 03 ngày làm việc kể từ ngày thụ lý yêu cầu."),
    ("p", "2.4. Đề nghị Báo và Phát thanh, Truyền hình Lào Cai đưa tin về các đợt trợ giúp lưu động, phát bằng tiếng "
          "Mông, tiếng Dao trên sóng phát thanh."),
    ("p", "2.5. Phòng Hành chính - Tổng hợp tổng hợp kết quả, số vụ việc đã thụ lý, báo cáo Sở Tư pháp trước "
          "20/12/2025."),
    ("h", "III. KINH PHÍ"),
    ("p", "Từ nguồn ngân sách cấp cho Trung tâm năm 2025; chi phiên dịch theo mức Sở Tư pháp đã duyệt./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở Tư pháp (b/c);", "- Liên minh HTX tỉnh;", "- UBND các xã: Bắc Hà, Mường Khương,",
            "  Bát Xát, Si Ma Cai;", "- Các phòng, Chi nhánh số 2;", "- Lưu: VT, NV1."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lý Thị Sâm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20250814143000+07'00'"


def blocks(items) -> list[str]:
    return [{"h": f'<h3>{e(t)}</h3>', "s": f'<h4>{e(t)}</h4>', "p": f'<p class="t">{e(t)}</p>'}[k] for k, t in items]


def build_html() -> str:
    out = page_start("Kế hoạch 38/KH-TGPL", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += blocks(BEFORE)
    out.append('<table><colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>')
    out.append('<tr>' + "".join(f'<th>{e(h)}</th>' for h in COLUMNS) + '</tr>')
    for row in ROWS:
        out.append('<tr>' + "".join(f'<td class="{"c" if i in (0, 2) else ""}">{e(v)}</td>'
                                    for i, v in enumerate(row)) + '</tr>')
    out.append('</table>')
    out += blocks(AFTER)
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
