"""Write b_bac-ninh_08-KH-HKT-2026_hoi-ke-toan-to-tu-van-htx-lich-theo-dot.pdf, the sixty-third held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen63/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen63/make_pdf.py --html-only

A provincial accountants' association's plan (May 2026) for volunteer bookkeeping advice to cooperatives: I. purposes,
II. numbered paragraphs of work, each followed by its own line "Bộ phận thực hiện: …" naming the doer (and partners
after "phối hợp"), then "Thời gian: …"; III. a table of the advice rounds (Đợt | Thời gian | Địa bàn | Tổ phụ trách |
Phối hợp), the time in the second column and teams of members as doers; IV. the closing; the signature beside "Nơi
nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, table_start, write_html  # noqa: E402,E501

HERE = Path(__file__).resolve().parent
STEM = "b_bac-ninh_08-KH-HKT-2026_hoi-ke-toan-to-tu-van-htx-lich-theo-dot"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 45% 55%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 4pt; }
p.x { margin: 0 0 4pt 10mm; font-style: italic; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10.5pt; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.6pt solid #000; padding: 2pt 4pt; vertical-align: top; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỘI KẾ TOÁN VÀ KIỂM TOÁN", "b"), ("TỈNH BẮC NINH", "b"), ("Số: 08/KH-HKT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Bắc Ninh, ngày 12 tháng 5 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Tư vấn, hỗ trợ công tác kế toán cho hợp tác xã, tổ hợp tác năm 2026"

# "h" a section heading, "p" a paragraph, "x" a line naming who does it or when
BODY = [
    ("p", "Nhiều hợp tác xã trên địa bàn, nhất là hợp tác xã dịch vụ nông nghiệp ở vùng Bắc Giang cũ, chưa có kế "
          "toán đủ chuẩn, sổ sách ghi chép thủ công, quyết toán thuế chậm. Ban Thường vụ Hội Kế toán và Kiểm toán "
          "tỉnh ban hành Kế hoạch tư vấn tình nguyện năm 2026 cho hợp tác xã, tổ hợp tác, cụ thể:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Huy động hội viên là kế toán viên, kiểm toán viên giúp hợp tác xã lập sổ sách, báo cáo tài chính đúng chế "
          "độ; không thu phí tư vấn; không làm thay công việc của kế toán hợp tác xã."),
    ("h", "II. CÁC HOẠT ĐỘNG"),
    ("p", "1. Mở 03 lớp hướng dẫn chế độ kế toán hợp tác xã và cách dùng phần mềm kế toán miễn phí cho kế toán, "
          "giám đốc hợp tác xã."),
    ("x", "Bộ phận thực hiện: Ban Đào tạo - Bồi dưỡng, phối hợp Liên minh Hợp tác xã tỉnh."),
    ("x", "Thời gian: tháng 6 và tháng 7/2026."),
    ("p", "2. Biên soạn sổ tay hỏi - đáp về hạch toán vốn góp, quỹ chung không chia, phân phối thu nhập theo Luật "
          "Hợp tác xã năm 2023; in 500 cuốn phát tại các lớp và các đợt tư vấn."),
    ("x", "Bộ phận thực hiện: Ban Chuyên môn."),
    ("x", "Thời gian: xong trước ngày 25/6/2026."),
    ("p", "3. Lập nhóm Zalo \"Kế toán HTX Bắc Ninh\" để hội viên trả lời câu hỏi của kế toán hợp tác xã."),
    ("x", "Bộ phận thực hiện: Văn phòng Hội."),
    ("x", "Thời gian: từ tháng 6/2026, duy trì thường xuyên."),
    ("p", "4. Phối hợp với cơ quan thuế rà soát các hợp tác xã còn nợ tờ khai, hướng dẫn nộp bổ sung."),
    ("x", "Bộ phận thực hiện: Ban Chuyên môn, phối hợp Thuế tỉnh Bắc Ninh."),
    ("x", "Thời gian: quý III/2026."),
    ("h", "III. LỊCH TƯ VẤN TẠI CƠ SỞ"),
    ("p", "Các tổ tư vấn tình nguyện (mỗi tổ 04 - 05 hội viên) xuống làm việc trực tiếp tại trụ sở hợp tác xã theo "
          "lịch dưới đây; Ủy ban nhân dân xã bố trí địa điểm, thông báo cho các hợp tác xã."),
    ("t", ""),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Văn phòng Hội tổng hợp kết quả, báo cáo Ban Thường vụ Hội và Hội Kế toán và Kiểm toán Việt Nam trước ngày "
          "15/12/2026. Kinh phí từ quỹ Hội và tài trợ hợp pháp của các doanh nghiệp hội viên."),
    ("p", "Trên đây là Kế hoạch năm 2026 của Hội Kế toán và Kiểm toán tỉnh Bắc Ninh./."),
]

TABLE_HEAD = ["Đợt", "Thời gian", "Địa bàn", "Tổ phụ trách", "Phối hợp"]
TABLE_WIDTHS = [8, 18, 32, 18, 24]
TABLE = [
    ("1", "Tháng 8/2026", "Các xã Lục Ngạn, Sơn Động, Tân Sơn (vùng cây ăn quả)", "Tổ tư vấn số 1",
     "UBND các xã"),
    ("2", "Tháng 9/2026", "Các xã Yên Thế, Tân Yên, Lạng Giang", "Tổ tư vấn số 2", "UBND các xã"),
    ("3", "Tháng 10 - 11/2026", "Các phường Từ Sơn, Thuận Thành và xã Gia Bình (hợp tác xã làng nghề)",
     "Tổ tư vấn số 3", "Liên minh Hợp tác xã tỉnh"),
]

NOI_NHAN = ["Nơi nhận:", "- Hội KTKT Việt Nam (b/c);", "- Sở Tài chính, Sở Nội vụ (b/c);", "- LMHTX tỉnh, Thuế tỉnh;",
            "- Thường trực Hội, các Ban;", "- Các tổ tư vấn;", "- Lưu: VP Hội."]
SIGN = [("TM. BAN THƯỜNG VỤ", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Thân Văn Khiêm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 9:15 in Việt Nam
PDF_DATE = b"D:20260512091500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 08/KH-HKT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        if kind == "t":
            out += table_start(TABLE_WIDTHS, TABLE_HEAD)
            out += ['<tr>' + "".join(f'<td>{e(c)}</td>' for c in row) + '</tr>' for row in TABLE]
            out += ['</tbody>', '</table>']
        else:
            out.append({"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>',
                        "x": f'<p class="x">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
