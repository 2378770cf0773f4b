"""Write b_ha-noi_2817-KH-BHXH-2026_bao-hiem-xa-hoi-nguoi-lao-dong-htx.pdf, the fortieth held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen40/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen40/make_pdf.py --html-only

A plan of a city's social insurance office (September 2026) for bringing the members and workers of cooperatives into
social and health insurance: I. purposes, II. a small table of targets by period (no task), III. per-unit headings
ending in a colon over "-" items naming no doer (the local offices as a class among them), IV. requests to bodies
outside the office in numbered paragraphs; the closing sentence; the signature beside "Nơi nhận".

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
STEM = "b_ha-noi_2817-KH-BHXH-2026_bao-hiem-xa-hoi-nguoi-lao-dong-htx"
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
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.targets { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; font-size: 11pt; }
table.targets td, table.targets th { border: 0.5pt solid #000; padding: 2pt 4pt; }
table.targets td.n { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("BẢO HIỂM XÃ HỘI VIỆT NAM", ""), ("BẢO HIỂM XÃ HỘI", "b"), ("THÀNH PHỐ HÀ NỘI", "b"),
             ("Số: 2817/KH-BHXH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Nội, ngày 14 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Phát triển người tham gia bảo hiểm xã hội, bảo hiểm y tế trong các hợp tác xã, tổ hợp tác "
            "từ quý IV/2026 đến hết năm 2027")

TARGET_HEAD = ["Chỉ tiêu", "Đến 31/12/2026", "Đến 31/12/2027"]
TARGETS = [
    ("Số hợp tác xã đóng bảo hiểm xã hội bắt buộc cho người lao động", "620", "780"),
    ("Số người lao động, thành viên hợp tác xã tham gia bảo hiểm xã hội bắt buộc", "5.400", "6.900"),
    ("Số thành viên tổ hợp tác tham gia bảo hiểm xã hội tự nguyện", "1.150", "2.000"),
]

# "h" a section heading, "s" a unit heading, "p" a paragraph, "table" the targets
BODY = [
    ("p", "Qua rà soát, trên địa bàn Thành phố có 2.316 hợp tác xã đang hoạt động nhưng mới 514 hợp tác xã đóng bảo "
          "hiểm xã hội cho người lao động; nhiều hợp tác xã nông nghiệp chỉ đóng cho ban quản trị, kế toán. Thực "
          "hiện Luật Bảo hiểm xã hội năm 2024 và Luật Hợp tác xã năm 2023, Bảo hiểm xã hội thành phố Hà Nội xây dựng "
          "Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Mở rộng diện bao phủ bảo hiểm xã hội, bảo hiểm y tế đến người lao động, thành viên hợp tác xã và tổ hợp tác; "
          "phân công rõ phòng nghiệp vụ và Bảo hiểm xã hội cơ sở; phối hợp với Liên minh Hợp tác xã Thành phố và chính "
          "quyền cấp xã trong tuyên truyền, vận động."),
    ("h", "II. CHỈ TIÊU"),
    ("table", ""),
    ("h", "III. NHIỆM VỤ CỦA CÁC ĐƠN VỊ"),
    ("s", "1. Phòng Quản lý thu - Sổ, thẻ:"),
    ("p", "- Đối chiếu dữ liệu hợp tác xã do Sở Tài chính cung cấp với dữ liệu đơn vị đang tham gia, lập danh sách hợp "
          "tác xã chưa đóng hoặc đóng chưa đủ số lao động, gửi Bảo hiểm xã hội cơ sở trong tháng 10/2026."),
    ("p", "- Hướng dẫn hợp tác xã đăng ký tham gia, kê khai thu nộp qua giao dịch điện tử; giải quyết hồ sơ đúng hạn. "
          "Thực hiện thường xuyên."),
    ("s", "2. Phòng Truyền thông và Phát triển người tham gia:"),
    ("p", "- Phối hợp Liên minh Hợp tác xã Thành phố tổ chức 06 hội nghị đối thoại với giám đốc, kế toán hợp tác xã về "
          "quyền lợi khi tham gia bảo hiểm xã hội; xong trong quý IV/2026."),
    ("p", "- Biên soạn tờ gấp, video ngắn dành riêng cho thành viên hợp tác xã nông nghiệp, tổ hợp tác; phát hành trước "
          "ngày 30/11/2026."),
    ("s", "3. Phòng Kiểm tra:"),
    ("p", "- Đưa các hợp tác xã chậm đóng, trốn đóng từ 03 tháng trở lên vào kế hoạch kiểm tra chuyên ngành năm 2027; "
          "kiểm tra đột xuất khi có phản ánh của người lao động."),
    ("s", "4. Bảo hiểm xã hội cơ sở:"),
    ("p", "- Trên cơ sở danh sách được giao, trực tiếp làm việc với từng hợp tác xã trên địa bàn, vận động đóng bảo hiểm "
          "xã hội cho toàn bộ người lao động có hợp đồng; báo cáo kết quả về Phòng Quản lý thu - Sổ, thẻ trước ngày "
          "20 của tháng cuối quý."),
    ("p", "- Phối hợp với Ủy ban nhân dân cấp xã, Hội Nông dân và Hội Liên hiệp Phụ nữ cấp xã tổ chức các buổi tư vấn "
          "bảo hiểm xã hội tự nguyện cho thành viên tổ hợp tác vào dịp nông nhàn sau vụ mùa (tháng 11 - 12/2026)."),
    ("h", "IV. ĐỀ NGHỊ PHỐI HỢP"),
    ("p", "1. Đề nghị Liên minh Hợp tác xã Thành phố cung cấp danh sách hợp tác xã thành viên, số lao động thường xuyên; "
          "đưa nội dung bảo hiểm xã hội vào các lớp bồi dưỡng cán bộ hợp tác xã năm 2027."),
    ("p", "2. Đề nghị Sở Tài chính chia sẻ định kỳ 6 tháng một lần dữ liệu đăng ký hợp tác xã mới thành lập, giải thể để "
          "cập nhật danh sách đơn vị phải tham gia."),
    ("p", "Trên đây là Kế hoạch phát triển người tham gia bảo hiểm xã hội, bảo hiểm y tế trong khu vực kinh tế tập "
          "thể của Bảo hiểm xã hội thành phố Hà Nội./."),
]

NOI_NHAN = ["Nơi nhận:", "- BHXH Việt Nam (b/c);", "- UBND Thành phố (b/c);", "- Sở Tài chính, LMHTX Thành phố;",
            "- Giám đốc, các PGĐ;", "- Các phòng nghiệp vụ; BHXH cơ sở;", "- Lưu: VT, TT&PTNTG."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Đàm Thị Thu Hiền", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:20 in Việt Nam
PDF_DATE = b"D:20260914152000+07'00'"


def targets_table() -> str:
    rows = ['<table class="targets">', "<tr>" + "".join(f"<th>{e(h)}</th>" for h in TARGET_HEAD) + "</tr>"]
    for name, y1, y2 in TARGETS:
        rows.append(f'<tr><td>{e(name)}</td><td class="n">{e(y1)}</td><td class="n">{e(y2)}</td></tr>')
    rows.append("</table>")
    return "".join(rows)


def build_html() -> str:
    out = page_start("Kế hoạch 2817/KH-BHXH", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        if kind == "table":
            out.append(targets_table())
        else:
            out.append({"h": f'<h3>{e(text)}</h3>', "s": f'<h4>{e(text)}</h4>',
                        "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
