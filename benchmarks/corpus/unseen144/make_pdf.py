"""Write b_lam-dong_19-KH-HCGC-2026_cuu-giao-chuc-kem-so-sach-tht.pdf, the hundred-and-forty-fourth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen144/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen144/make_pdf.py --html-only

A provincial Hội Cựu giáo chức's plan (March 2026) for retired teachers coaching ethnic-minority cooperative groups in
bookkeeping: I. purposes, II. the way of working, III. tasks grouped UNDER THEIR DOER: a numbered line "1. Văn phòng
Hội tỉnh:" (the body in bold, then a colon) over "+" items, EACH ENDING WITH ITS TIME IN BRACKETS ("(trước
31/3/2026)", "(tháng 4/2026)", "(thường xuyên, từ tháng 5/2026)"); an outside body asked by "Đề nghị …:"; IV. the
report; the closing sentence; the signature "TM. BAN CHẤP HÀNH / CHỦ TỊCH" beside "Nơi nhận". No table.

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
STEM = "b_lam-dong_19-KH-HCGC-2026_cuu-giao-chuc-kem-so-sach-tht"
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
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.d { margin: 6pt 0 3pt; text-indent: 10mm; }
p.plus { margin: 0 0 4pt 10mm; text-align: justify; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỘI CỰU GIÁO CHỨC VIỆT NAM", ""), ("HỘI CỰU GIÁO CHỨC TỈNH LÂM ĐỒNG", "b"), ("Số: 19/KH-HCGC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lâm Đồng, ngày 09 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hội viên cựu giáo chức kèm cặp tổ hợp tác, hợp tác xã vùng đồng bào dân tộc thiểu số ghi chép sổ sách năm 2026"

# "h" a section heading, "p" a paragraph, "d" a numbered doer line (its body in bold), "+" an item under it
BODY = [
    ("p", "Nhiều tổ hợp tác, hợp tác xã của bà con K'Ho, Mạ, Chu Ru ở các xã Lạc Dương, Đam Rông, Di Linh mới thành "
          "lập, chưa có người biết ghi sổ thu chi, sổ thành viên, có nơi ký hợp đồng bao tiêu mà không đọc kỹ điều "
          "khoản. Phát huy kinh nghiệm của hội viên từng dạy toán, dạy kế toán, Ban Chấp hành Hội Cựu giáo chức tỉnh "
          "ban hành Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Mỗi tổ hợp tác, hợp tác xã được chọn có ít nhất một người ghi được sổ sách đơn giản sau một năm; hội viên "
          "tham gia tự nguyện, không nhận thù lao của tổ, hợp tác xã."),
    ("h", "II. CÁCH LÀM"),
    ("p", "Mỗi nhóm hai hội viên \"kèm\" một tổ hợp tác hoặc hợp tác xã, đến tận nơi, dùng chính sổ sách của tổ để "
          "hướng dẫn; khi cần, nhờ người biết tiếng đồng bào phiên dịch."),
    ("h", "III. NHIỆM VỤ CỤ THỂ"),
    ("d", ("1. ", "Văn phòng Hội tỉnh", ":")),
    ("+", "+ Chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh lập danh sách 20 tổ hợp tác, hợp tác xã cần kèm cặp "
          "(trước 31/3/2026)."),
    ("+", "+ Ký chương trình phối hợp \"Thầy cũ đồng hành cùng tổ hợp tác\" với Liên minh Hợp tác xã tỉnh và Hội Nông "
          "dân tỉnh (tháng 4/2026)."),
    ("+", "+ Lập dự toán, vận động nhà hảo tâm tài trợ sổ sách, máy tính cầm tay cho các tổ (quý II/2026)."),
    ("d", ("2. ", "Ban Công tác hội viên", ":")),
    ("+", "+ Chọn 40 hội viên từng dạy toán, kế toán còn sức khỏe, chia thành 20 nhóm kèm cặp, giao mỗi nhóm một tổ "
          "hợp tác hoặc hợp tác xã (trước 15/4/2026)."),
    ("+", "+ Phối hợp với Sở Tài chính mời báo cáo viên bồi dưỡng cho hội viên về Luật Hợp tác xã năm 2023 và chế độ "
          "kế toán hợp tác xã (tháng 5/2026)."),
    ("d", ("3. ", "Hội Cựu giáo chức các xã, phường", " nơi có tổ hợp tác, hợp tác xã được chọn:")),
    ("+", "+ Bố trí hội viên đến kèm ít nhất 2 buổi mỗi tháng, hướng dẫn ghi sổ thu chi, sổ theo dõi vốn góp, đọc "
          "hiểu hợp đồng bao tiêu cà phê, rau (thường xuyên, từ tháng 5/2026)."),
    ("+", "+ Mở lớp học chữ buổi tối cho thành viên tổ hợp tác chưa biết đọc, biết viết (quý III/2026)."),
    ("d", ("4. Đề nghị ", "Liên minh Hợp tác xã tỉnh", ":")),
    ("+", "+ Cử cán bộ tư vấn đi cùng các nhóm kèm cặp, hướng dẫn tổ hợp tác đủ điều kiện làm thủ tục chuyển thành "
          "hợp tác xã (6 tháng cuối năm 2026)."),
    ("h", "IV. CHẾ ĐỘ BÁO CÁO"),
    ("p", "Văn phòng Hội tỉnh tổng hợp, báo cáo sơ kết 6 tháng trước 10/7/2026 và tổng kết năm trước 15/12/2026 gửi "
          "Trung ương Hội."),
    ("p", "Trên đây là Kế hoạch của Hội Cựu giáo chức tỉnh; đề nghị các cấp hội triển khai nghiêm túc./."),
]

NOI_NHAN = ["Nơi nhận:", "- TW Hội CGC Việt Nam (b/c);", "- Ban Thường trực UBMTTQ tỉnh (b/c);", "- LMHTX tỉnh;",
            "- Hội Nông dân tỉnh;", "- Hội CGC các xã, phường;", "- Lưu: VP."]
SIGN = [("TM. BAN CHẤP HÀNH", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Nguyễn Đình Khuê", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20260309143000+07'00'"


def line(kind, text) -> str:
    if kind == "h":
        return f'<h3>{e(text)}</h3>'
    if kind == "d":
        before, body, after = text
        return f'<p class="d">{e(before)}<b>{e(body)}</b>{e(after)}</p>'
    return f'<p class="{"plus" if kind == "+" else "t"}">{e(text)}</p>'


def build_html() -> str:
    out = page_start("Kế hoạch 19/KH-HCGC", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [line(kind, text) for kind, text in BODY]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
