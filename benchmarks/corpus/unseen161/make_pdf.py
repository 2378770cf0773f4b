"""Write b_hung-yen_08-KH-CB-2026_chi-bo-htx-lanh-dao-quy-iv.pdf, the hundred-and-sixty-first held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen161/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen161/make_pdf.py --html-only

A cooperative's own Party cell's plan (Chi bộ of an agricultural-service cooperative under a commune Đảng bộ, October
2026) for leading the cooperative through the fourth quarter and into its yearly general meeting. A Party document:
the Đảng bộ and the Chi bộ over a star and "Số 08-KH/CB" (no colon) on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" underlined on
the right; headings and items numbered the Party's way with hyphens ("I-", "1-", "a-"); the doers the cell's own
organs, its "tổ đảng", the cooperative's boards and posts; times tied to the cell's monthly meetings ("báo cáo tại
kỳ sinh hoạt chi bộ tháng 11/2026", the day of the meeting said once in I-) and to the general meeting; "T/M CHI BỘ /
BÍ THƯ" beside "Nơi nhận". No table.

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
STEM = "b_hung-yen_08-KH-CB-2026_chi-bo-htx-lanh-dao-quy-iv"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12.5pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 48% 52%; text-align: center; font-size: 10.5pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
.u { text-decoration: underline; }
h1 { font-size: 14pt; text-align: center; margin: 18pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 4pt; font-weight: bold; }
p.dash { text-align: center; margin: 0 0 12pt; }
h3 { font-size: 12.5pt; margin: 8pt 0 4pt; }
h4 { font-size: 12.5pt; margin: 6pt 0 3pt; font-style: italic; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 50% 50%; margin-top: 14pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10.5pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("ĐẢNG BỘ XÃ KIẾN XƯƠNG", ""), ("CHI BỘ HỢP TÁC XÃ DỊCH VỤ", "b"), ("NÔNG NGHIỆP VŨ QUÝ", "b"),
             ("*", ""), ("Số 08-KH/CB", "")]
HEAD_RIGHT = [("ĐẢNG CỘNG SẢN VIỆT NAM", "b u"), ("", ""), ("", ""),
              ("Kiến Xương, ngày 06 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("lãnh đạo Hợp tác xã thực hiện nhiệm vụ sản xuất, kinh doanh quý IV năm 2026 và chuẩn bị Đại hội thành "
            "viên thường niên năm 2027")

# "h" a section heading, "s" a numbered heading, "p" a paragraph
BODY = [
    ("p", "Thực hiện Nghị quyết của Đảng ủy xã Kiến Xương về phát triển kinh tế tập thể năm 2026 và Nghị quyết chi bộ "
          "tháng 9/2026, Chi bộ Hợp tác xã Dịch vụ nông nghiệp Vũ Quý (sau đây gọi là Chi bộ) xây dựng Kế hoạch lãnh "
          "đạo Hợp tác xã trong những tháng cuối năm như sau:"),
    ("h", "I- MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Mỗi đảng viên đang giữ chức vụ trong Hội đồng quản trị, Ban Giám đốc, Ban Kiểm soát Hợp tác xã nhận ít "
          "nhất một việc cụ thể, làm gương cho thành viên và báo cáo kết quả với Chi bộ."),
    ("p", "- Việc nào cũng có người chịu trách nhiệm và thời hạn; Chi bộ sinh hoạt thường kỳ vào ngày 05 hằng tháng và "
          "kiểm điểm tiến độ tại các kỳ sinh hoạt đó."),
    ("h", "II- NHIỆM VỤ VÀ PHÂN CÔNG"),
    ("s", "1- Lãnh đạo sản xuất vụ Đông và các khâu dịch vụ"),
    ("p", "a- Đồng chí Giám đốc Hợp tác xã (chi ủy viên) chỉ đạo cày ải, làm đất, đưa 45 ha ngô, khoai tây vụ Đông "
          "xuống giống xong trước ngày 15/10/2026; Tổ thủy nông phối hợp điều tiết nước tưới, tiêu."),
    ("p", "b- Tổ đảng số 2 (các đảng viên ở Tổ dịch vụ vật tư) vận động thành viên mua giống, phân bón qua Hợp tác xã, "
          "phấn đấu doanh thu dịch vụ vật tư quý IV đạt 1,8 tỷ đồng."),
    ("p", "c- Ban Giám đốc Hợp tác xã làm việc với Công ty TNHH Nông sản Đông Hưng để ký hợp đồng bao tiêu khoai tây "
          "vụ Đông; báo cáo kết quả tại kỳ sinh hoạt chi bộ tháng 11/2026."),
    ("s", "2- Lãnh đạo công tác tài chính, kiểm soát"),
    ("p", "a- Hội đồng quản trị Hợp tác xã rà soát công nợ dịch vụ của thành viên, có phương án thu hồi nợ đọng từ năm "
          "2024 trở về trước, hoàn thành trước ngày 31/12/2026."),
    ("p", "b- Ban Kiểm soát kiểm tra việc thu, chi quỹ dịch vụ thủy lợi nội đồng năm 2026, báo cáo Chi bộ tại kỳ sinh "
          "hoạt tháng 12."),
    ("p", "c- Chi ủy phối hợp với Ủy ban Kiểm tra Đảng ủy xã kiểm tra việc thực hiện nhiệm vụ được phân công của các "
          "đảng viên công tác tại Hợp tác xã, trong quý IV/2026."),
    ("s", "3- Chuẩn bị Đại hội thành viên thường niên năm 2027"),
    ("p", "a- Hội đồng quản trị chuẩn bị dự thảo báo cáo tổng kết năm 2026 và phương án sản xuất, kinh doanh năm 2027, "
          "xin ý kiến Chi bộ trước ngày 20/01/2027."),
    ("p", "b- Tổ đảng số 1 (các đảng viên ở thôn Vũ Quý, thôn Vũ Hòa) lấy ý kiến thành viên về dự thảo phương án năm "
          "2027 qua các buổi họp thôn trong tháng 02/2027."),
    ("p", "c- Chi ủy chuẩn bị phương án nhân sự bổ sung Hội đồng quản trị, báo cáo Thường trực Đảng ủy xã trước khi "
          "giới thiệu ra Đại hội thành viên (dự kiến tháng 3/2027)."),
    ("s", "4- Công tác xây dựng Đảng trong Hợp tác xã"),
    ("p", "Đồng chí Bí thư Chi bộ phân công đảng viên kèm cặp 02 quần chúng ưu tú là tổ trưởng dịch vụ; đề nghị Đảng ủy "
          "xã mở lớp bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú trong quý I/2027."),
    ("h", "III- TỔ CHỨC THỰC HIỆN"),
    ("p", "1- Chi ủy theo dõi, đôn đốc thực hiện Kế hoạch; đánh giá kết quả từng việc tại các kỳ sinh hoạt chi bộ hằng "
          "tháng."),
    ("p", "2- Các đồng chí đảng viên căn cứ việc được phân công chủ động thực hiện, gương mẫu đi đầu trong Hợp tác xã; "
          "quá trình thực hiện có khó khăn báo cáo Chi ủy để giải quyết."),
]

NOI_NHAN = ["Nơi nhận:", "- Đảng ủy xã (để b/c),", "- HĐQT, Ban Giám đốc, Ban Kiểm soát HTX,", "- Các đồng chí đảng viên,",
            "- Lưu Chi bộ."]
SIGN = [("T/M CHI BỘ", "b"), ("BÍ THƯ", "b"), ("", ""), ("", ""), ("", ""), ("Phạm Văn Thiện", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 16:30 in Việt Nam
PDF_DATE = b"D:20261006163000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 08-KH/CB", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out.append('<p class="dash">-----</p>')
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "s": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
