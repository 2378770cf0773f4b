"""Write b_nghe-an_27-KH-HLG-2026_hoi-luat-gia-tu-van-htx-cot-thoi-gian-thu-hai.pdf, the eighty-second held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen82/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen82/make_pdf.py --html-only

A provincial Hội Luật gia's plan (March 2026) of legal advice for cooperatives and cooperative groups: the mass
organisation's header, I. purposes, II. targets, III. one bordered table STT | Hoạt động | Thời gian | Đơn vị thực hiện
| Phối hợp (the time in the SECOND column) with three group rows, IV. two numbered paragraphs (a task, then the standing request to report problems); the closing sentence; the
signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, table_start, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_nghe-an_27-KH-HLG-2026_hoi-luat-gia-tu-van-htx-cot-thoi-gian-thu-hai"
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
table.tasks { border-collapse: collapse; width: 100%; font-size: 10.5pt; }
table.tasks th, table.tasks td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks td.g { font-weight: bold; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỘI LUẬT GIA VIỆT NAM", ""), ("HỘI LUẬT GIA TỈNH NGHỆ AN", "b"), ("*", ""), ("Số: 27/KH-HLG", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Nghệ An, ngày 20 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Tư vấn pháp luật cho hợp tác xã, tổ hợp tác năm 2026"

BEFORE = [
    ("p", "Theo chương trình công tác của Ban Thường vụ Hội năm nay, nhằm giúp các hợp tác xã, tổ hợp tác trên "
          "địa bàn tỉnh hiểu và làm đúng Luật Hợp tác xã năm 2023 sau khi sắp xếp đơn vị hành chính, Hội Luật gia "
          "tỉnh xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Đưa hoạt động tư vấn pháp luật của Hội đến tận hợp tác xã, nhất là các hợp tác xã ở các xã miền núi phía "
          "Tây; phát huy đội ngũ hội viên là luật sư, thẩm phán, kiểm sát viên đã nghỉ hưu."),
    ("h", "II. CHỈ TIÊU"),
    ("p", "- Tư vấn trực tiếp cho ít nhất 120 hợp tác xã, 80 tổ hợp tác; không thu phí."),
    ("p", "- 100% hợp tác xã đề nghị được hỗ trợ sửa đổi điều lệ được Hội hướng dẫn trong năm."),
    ("h", "III. NỘI DUNG, THỜI GIAN, PHÂN CÔNG"),
]

COLUMNS = ["STT", "Hoạt động", "Thời gian", "Đơn vị thực hiện", "Phối hợp"]
WIDTHS = [6, 42, 14, 19, 19]
# a group row is (title,); a task row is (no, activity, time, doer, partners)
ROWS = [
    ("1. Tư vấn trực tiếp",),
    ("1.1", "Tư vấn miễn phí hồ sơ sửa đổi điều lệ, đăng ký thay đổi địa chỉ trụ sở cho hợp tác xã sau sáp nhập xã",
     "Quý II/2026", "Trung tâm Tư vấn pháp luật", "Liên minh HTX tỉnh"),
    ("1.2", "Tổ chức 04 buổi “Ngày pháp luật với hợp tác xã” tại các xã Con Cuông, Tương Dương, Quế Phong, Kỳ Sơn",
     "Tháng 5 - 8/2026", "Ban Phổ biến, giáo dục pháp luật", "UBND các xã nơi tổ chức"),
    ("1.3", "Tư vấn mẫu hợp đồng liên kết tiêu thụ nông sản giữa hợp tác xã và doanh nghiệp", "Cả năm",
     "Trung tâm Tư vấn pháp luật", "Sở Nông nghiệp và Môi trường"),
    ("1.4", "Tham gia hòa giải tranh chấp giữa hợp tác xã và thành viên", "Khi có yêu cầu",
     "Chi hội Luật gia các xã, phường", "Ủy ban MTTQ Việt Nam xã, phường"),
    ("2. Phổ biến, tuyên truyền",),
    ("2.1", "Biên soạn, in 2.000 cuốn sổ tay hỏi - đáp về Luật Hợp tác xã năm 2023 cho thành viên ban quản trị",
     "Trước 30/6/2026", "Ban Nghiên cứu - Pháp chế", "Sở Tư pháp"),
    ("2.2", "Đưa tin hoạt động tư vấn trên trang tin của Hội và chuyên mục pháp luật của báo, đài tỉnh",
     "Thường xuyên", "Văn phòng Hội", "Báo và Phát thanh, Truyền hình Nghệ An"),
    ("3. Nghiên cứu, kiến nghị",),
    ("3.1", "Tọa đàm “Thực thi Luật Hợp tác xã năm 2023: vướng mắc và kiến nghị”", "Quý III",
     "Văn phòng Hội", "Sở Tài chính, Liên minh HTX tỉnh"),
    ("3.2", "Tổng hợp kiến nghị của hợp tác xã về thủ tục đất đai, tín dụng, gửi Trung ương Hội Luật gia Việt Nam",
     "Tháng 10/2026", "Ban Nghiên cứu - Pháp chế", ""),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Văn phòng Hội lập dự toán kinh phí thực hiện Kế hoạch từ nguồn ngân sách cấp cho Hội và nguồn tài trợ, "
          "trình Thường trực Hội trước ngày 15/4/2026."),
    ("p", "2. Các ban, đơn vị của Hội chủ động phối hợp với nhau; vướng mắc phát sinh kịp thời phản ánh về "
          "Thường trực Hội để xem xét."),
    ("p", "Trên đây là Kế hoạch tư vấn pháp luật cho hợp tác xã, tổ hợp tác năm 2026 của Hội Luật gia tỉnh Nghệ An./."),
]

NOI_NHAN = ["Nơi nhận:", "- TW Hội Luật gia VN (b/c);", "- Ban Dân vận Tỉnh ủy (b/c);", "- Sở Tư pháp, Sở Tài chính;",
            "- LMHTX tỉnh;", "- Các ban, đơn vị, chi hội;", "- Lưu: VP Hội."]
SIGN = [("TM. BAN THƯỜNG VỤ", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Phan Đình Lực", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:00 in Việt Nam
PDF_DATE = b"D:20260320150000+07'00'"


def paragraphs(items) -> list[str]:
    return [{"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind] for kind, text in items]


def build_html() -> str:
    out = page_start("Kế hoạch 27/KH-HLG", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += paragraphs(BEFORE)
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        if len(row) == 1:
            out.append(f'<tr><td class="g" colspan="5">{e(row[0])}</td></tr>')
        else:
            out.append("<tr>" + "".join(f'<td class="{"c" if i in (0, 2) else ""}">{e(v)}</td>'
                                        for i, v in enumerate(row)) + "</tr>")
    out += ["</tbody>", "</table>"]
    out += paragraphs(AFTER)
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
