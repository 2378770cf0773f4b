"""Write b_ha-noi_318-KH-BNNMT-2026_loat-bai-htx-sau-sap-xep.pdf, the two-hundred-and-fifteenth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen215/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen215/make_pdf.py --html-only

A national newspaper (Báo Nông nghiệp và Môi trường, October 2026) planning a reportage series on cooperatives after
the 2025 mergers, a forum and a special page of its e-paper: the opening, I. purposes, II. AN EDITORIAL CALENDAR — one
bordered table Kỳ | Đề tài | Địa bàn | Ban thực hiện | Lên trang, six rows "Kỳ 1" … "Kỳ 6" whose publication cells
give a WEEKDAY AND A YEARLESS DATE ("Thứ Hai, 09/11"), a photo or video unit in brackets after the department —, III.
five numbered paragraphs for the forum and the work around the series; IV. a closing paragraph; the signature beside
"Nơi nhận".

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
STEM = "b_ha-noi_318-KH-BNNMT-2026_loat-bai-htx-sau-sap-xep"
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
table.tasks { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks th { text-align: center; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", ""), ("BÁO NÔNG NGHIỆP", "b"), ("VÀ MÔI TRƯỜNG", "b"),
             ("Số: 318/KH-BNNMT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Nội, ngày 02 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Loạt bài, diễn đàn và chuyên trang \u201cHợp tác xã sau sắp xếp: đứng vững từ cơ sở\u201d"

BEFORE = [
    ("p", "Hơn một năm sau khi bỏ cấp huyện và hợp nhất tỉnh, xã, nhiều hợp tác xã, tổ hợp tác vẫn đang làm lại giấy "
          "tờ vì đổi địa chỉ, có đơn vị nay nằm trên ba xã mới, có nơi mất đầu mối hướng dẫn quen thuộc. Thư bạn đọc "
          "gửi về Báo từ đầu năm 2026 có 214 thư hỏi về những việc này. Báo Nông nghiệp và Môi trường lập Kế hoạch "
          "thực hiện loạt bài, diễn đàn và chuyên trang như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Phản ánh đúng, đủ những vướng mắc của hợp tác xã, tổ hợp tác sau sắp xếp; nêu cách làm hay của địa "
          "phương để nơi khác tham khảo."),
    ("p", "- Chuyển kiến nghị của cơ sở tới các bộ, ngành; theo dõi việc trả lời trên báo."),
    ("h", "II. LỊCH LÊN TRANG CỦA LOẠT BÀI"),
    ("p", "Loạt bài 06 kỳ đăng cùng lúc trên báo in và báo điện tử; ngày lên trang ghi dưới đây là ngày của năm "
          "2026. Ban được ghi tên chịu trách nhiệm từ đi cơ sở đến khi bài lên trang."),
]

COLUMNS = ["Kỳ", "Đề tài", "Địa bàn", "Ban thực hiện", "Lên trang"]
WIDTHS = [8, 38, 16, 24, 14]
ROWS = [
    ("Kỳ 1", "Đổi tên, đổi con dấu: những thủ tục hợp tác xã phải làm lại sau sáp nhập", "Phú Thọ, Tuyên Quang",
     "Ban Kinh tế (ảnh: Ban Ảnh)", "Thứ Hai, 09/11"),
    ("Kỳ 2", "Một hợp tác xã, ba xã mới: chuyện chia vùng nguyên liệu, chia thành viên", "Đồng Tháp",
     "Văn phòng đại diện khu vực phía Nam", "Thứ Năm, 12/11"),
    ("Kỳ 3", "Tổ hợp tác muốn lên hợp tác xã: vướng ở vốn góp và kế toán", "Nghệ An, Hà Tĩnh",
     "Ban Kinh tế", "Thứ Hai, 16/11"),
    ("Kỳ 4", "Trụ sở, sân phơi, kho chung sau khi huyện thôi hoạt động", "Gia Lai, Đắk Lắk",
     "Văn phòng đại diện khu vực miền Trung - Tây Nguyên (video: Trung tâm Truyền thông đa phương tiện)",
     "Thứ Năm, 19/11"),
    ("Kỳ 5", "Cán bộ xã mới và người làm kinh tế tập thể", "Ninh Bình", "Ban Nông thôn mới", "Thứ Hai, 23/11"),
    ("Kỳ 6", "Kiến nghị từ cơ sở và trả lời của cơ quan quản lý", "Hà Nội", "Ban Thời sự", "Thứ Năm, 26/11"),
]

AFTER = [
    ("h", "III. DIỄN ĐÀN VÀ CÁC VIỆC PHỤC VỤ LOẠT BÀI"),
    ("p", "1. Thư ký Tòa soạn duyệt đề cương, danh sách nhân vật của cả 06 kỳ trước ngày 20/10; kỳ nào chưa đạt trả "
          "lại ban thực hiện để sửa trong tuần."),
    ("p", "2. Văn phòng Tòa soạn bố trí xe và tạm ứng công tác phí cho các nhóm phóng viên trong 03 ngày làm việc "
          "sau khi lịch đi cơ sở của từng nhóm được duyệt."),
    ("p", "3. Ban Điện tử dựng chuyên trang \u201cHợp tác xã sau sắp xếp\u201d trên báo điện tử, có bản đồ các hợp "
          "tác xã được phản ánh và hộp thư nhận câu hỏi của bạn đọc; chạy thử xong trước ngày lên trang Kỳ 1."),
    ("p", "4. Ban Kinh tế làm đầu mối tổ chức diễn đàn trực tuyến tại Hà Nội vào sáng Thứ Ba, 01/12, cùng Liên minh "
          "Hợp tác xã Việt Nam và Cục Kinh tế hợp tác và Phát triển nông thôn; mời giám đốc 10 hợp tác xã có mặt "
          "trong loạt bài."),
    ("p", "5. Ban Truyền thông và Phát triển bạn đọc đăng lại các kỳ trên trang Facebook, kênh YouTube của Báo; "
          "tổng hợp lượt đọc, lượt xem và ý kiến bạn đọc gửi Tổng Biên tập trong tháng 12."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các ban, văn phòng có tên trong Kế hoạch chịu trách nhiệm trước Tổng Biên tập về tiến độ, chất "
          "lượng phần việc của đơn vị mình. Có thay đổi về lịch lên trang, Thư ký Tòa soạn báo cáo Tổng Biên tập "
          "quyết định./."),
]

NOI_NHAN = ["Nơi nhận:", "- Bộ NN&MT (b/c);", "- Tổng Biên tập (b/c);", "- Liên minh HTX Việt Nam;",
            "- Cục KTHT&PTNT;", "- Các ban, VP đại diện, TT TTĐPT;", "- Lưu: VT, TKTS."]
SIGN = [("KT. TỔNG BIÊN TẬP", "b"), ("PHÓ TỔNG BIÊN TẬP", "b"), ("", ""), ("", ""), ("", ""),
        ("Lều Quang Thịnh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20261002101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 318/KH-BNNMT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        out.append('<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i in (0, 4) else f'<td>{e(v)}</td>'
                                    for i, v in enumerate(row)) + '</tr>')
    out += ['</tbody>', '</table>']
    out += [paragraph(kind, text) for kind, text in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
