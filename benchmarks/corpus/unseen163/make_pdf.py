"""Write b_dien-bien_23-KH-QTTSH-2026_bo-giong-luan-chuyen-qua-htx.pdf, the hundred-and-sixty-third held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen163/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen163/make_pdf.py --html-only

A private charity fund's plan (August 2026) giving breeding cows to poor households of two mountain communes through
two livestock cooperatives that hold the cows in trust and pass the first heifer calf on to the next household: I.
purposes, II. the rules of the rotating herd (a description, no work), III. ONE table in the plain words the fund uses
with its donors — TT | Việc cần làm | Ai làm | Ai hỗ trợ | Ở đâu | Khi nào xong —, the PLACE column naming communes,
villages and yards (no partner), a dash for no partner, times by a date, a week, an event, "mỗi quý"; IV. one
paragraph; the closing sentence; the signature beside "Nơi nhận".

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
STEM = "b_dien-bien_23-KH-QTTSH-2026_bo-giong-luan-chuyen-qua-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 18mm 14mm 18mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 11.5pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 42% 58%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 10pt; }
h3 { font-size: 11.5pt; margin: 8pt 0 4pt; }
p.t { text-indent: 8mm; text-align: justify; margin: 0 0 4pt; }
table.w { border-collapse: collapse; width: 100%; font-size: 10pt; margin: 4pt 0 8pt; }
table.w th, table.w td { border: 0.5pt solid #000; padding: 2pt 3pt; vertical-align: top; }
table.w th { background: #e8e8e8; }
table.w td.c { text-align: center; }
table.w tr { break-inside: avoid; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("QUỸ TỪ THIỆN SƠN HÀ", "b"), ("Số: 23/KH-QTTSH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Điện Biên, ngày 18 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Trao bò giống sinh sản luân chuyển cho hộ nghèo thông qua hợp tác xã chăn nuôi tại xã Na Sang và xã Mường Chà (đợt 1)"

BEFORE = [
    ("p", "Từ nguồn vận động của các nhà hảo tâm năm 2026 (1,02 tỷ đồng), Quỹ Từ thiện Sơn Hà trao 60 con bò cái sinh "
          "sản cho hộ nghèo, hộ cận nghèo của xã Na Sang và xã Mường Chà. Khác các đợt trước, bò không giao thẳng cho "
          "hộ mà ủy thác cho hai hợp tác xã chăn nuôi ở hai xã quản lý, theo dõi và luân chuyển. Quỹ lập Kế hoạch như "
          "sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giúp hộ nghèo có sinh kế lâu dài; đưa các hộ nhận bò vào tổ hợp tác để cùng học cách nuôi, cùng bán bê, "
          "và để con bò được trao hôm nay sinh ra con bò cho hộ khác ngày mai."),
    ("h", "II. NGUYÊN TẮC LUÂN CHUYỂN"),
    ("p", "Hộ nhận bò nuôi và hưởng toàn bộ bê sinh ra, trừ con bê cái đầu tiên: khi bê cái đủ 10 tháng tuổi, hợp tác "
          "xã thu về và giao cho hộ kế tiếp trong danh sách chờ. Bò mẹ thuộc quyền sở hữu của hộ sau khi đã trả bê. "
          "Bò chết do lỗi chăm sóc thì hộ không được nhận tiếp; bò chết do dịch bệnh thì Quỹ xem xét hỗ trợ lại."),
    ("h", "III. PHÂN CÔNG CÔNG VIỆC"),
]

COLUMNS = ["TT", "Việc cần làm", "Ai làm", "Ai hỗ trợ", "Ở đâu", "Khi nào xong"]
WIDTHS = [5, 36, 15, 16, 13, 15]
ROWS = [
    ("1", "Khảo sát, bình xét danh sách 60 hộ nhận bò và 40 hộ chờ (có lao động, có đất trồng cỏ, cam kết làm "
          "chuồng)", "Bộ phận Dự án", "UBND xã Na Sang, UBND xã Mường Chà", "14 bản của hai xã", "trước 15/9/2026"),
    ("2", "Ký thỏa thuận ủy thác quản lý, luân chuyển bò với hai hợp tác xã", "Ban Điều hành Quỹ",
          "HTX Chăn nuôi Mường Chà Xanh, HTX Dịch vụ nông nghiệp Na Sang", "Văn phòng Quỹ", "20/9/2026"),
    ("3", "Chọn mua 60 con bò cái vàng địa phương từ 12 đến 18 tháng tuổi, có nguồn gốc rõ ràng",
          "HTX Chăn nuôi Mường Chà Xanh", "Bộ phận Dự án", "các chợ bò trong tỉnh", "tháng 10/2026"),
    ("4", "Tiêm phòng lở mồm long móng, tụ huyết trùng, bấm thẻ tai cho từng con bò",
          "Trung tâm Dịch vụ nông nghiệp xã Mường Chà", "HTX Chăn nuôi Mường Chà Xanh", "chuồng tập trung của HTX",
          "trước ngày giao bò (dự kiến 25/10/2026)"),
    ("5", "Tập huấn làm chuồng, trồng cỏ VA06, ủ chua thức ăn cho các hộ nhận bò", "HTX Dịch vụ nông nghiệp Na Sang",
          "Hội Nông dân xã Na Sang", "nhà văn hóa các bản", "tuần 3 tháng 10/2026"),
    ("6", "Lễ trao bò; hộ nhận bò ký cam kết trả bê cái đầu tiên", "Ban Điều hành Quỹ",
          "UBND xã Na Sang, UBND xã Mường Chà", "sân UBND xã Na Sang", "25/10/2026"),
    ("7", "Thành lập 04 tổ hợp tác chăn nuôi bò của các hộ nhận bò, bầu tổ trưởng, lập sổ theo dõi đàn",
          "HTX Dịch vụ nông nghiệp Na Sang", "Hội Nông dân xã Na Sang, Hội Nông dân xã Mường Chà", "các bản có hộ nhận bò",
          "trong tháng 11/2026"),
    ("8", "Đến từng hộ xem bò, ghi cân nặng, báo ngay cho Quỹ khi bò ốm, chết",
          "HTX Chăn nuôi Mường Chà Xanh, HTX Dịch vụ nông nghiệp Na Sang", "—", "tại hộ nuôi", "hằng tháng"),
    ("9", "Thu bê cái đầu tiên, giao cho hộ kế tiếp trong danh sách chờ",
          "HTX Chăn nuôi Mường Chà Xanh, HTX Dịch vụ nông nghiệp Na Sang", "trưởng bản", "tại hộ nuôi",
          "khi bê cái đủ 10 tháng tuổi"),
    ("10", "Đăng hình ảnh, số liệu đàn bò lên trang thông tin của Quỹ; gửi thư báo cho nhà hảo tâm",
           "Bộ phận Truyền thông", "Bộ phận Dự án", "—", "mỗi quý một lần"),
    ("11", "Quyết toán kinh phí đợt 1, công khai các khoản chi", "Bộ phận Tài chính - Kế toán", "—",
           "Văn phòng Quỹ", "trước 31/12/2026"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Bộ phận Dự án là đầu mối, hằng tháng tổng hợp tình hình đàn bò từ hai hợp tác xã, báo cáo Hội đồng quản lý "
          "Quỹ; kết thúc đợt 1, tổng kết, rút kinh nghiệm trước ngày 15/01/2027 để triển khai đợt 2 ở các xã khác."),
    ("p", "Trên đây là Kế hoạch trao bò giống sinh sản luân chuyển (đợt 1) của Quỹ Từ thiện Sơn Hà./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở Nội vụ tỉnh Điện Biên (b/c);", "- UBND xã Na Sang, xã Mường Chà;",
            "- HTX Chăn nuôi Mường Chà Xanh, HTX DVNN Na Sang;", "- Các nhà hảo tâm;", "- Lưu: VP Quỹ."]
SIGN = [("TM. HỘI ĐỒNG QUẢN LÝ QUỸ", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""),
        ("Lường Thị Mai Hoa", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20260818142000+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 23/KH-QTTSH", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(kind, text) for kind, text in BEFORE]
    out.append('<table class="w">')
    out.append('<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>')
    out.append('<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in COLUMNS) + '</tr></thead>')
    out.append('<tbody>')
    for row in ROWS:
        out.append('<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i in (0, 5) else f'<td>{e(v)}</td>'
                                    for i, v in enumerate(row)) + '</tr>')
    out.append('</tbody></table>')
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
