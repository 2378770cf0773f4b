"""Write b_nghe-an_02-KH-CTD4-2026_cum-thi-dua-htx-mien-tay.pdf, the hundred-and-seventieth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen170/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen170/make_pdf.py --html-only

An EMULATION CLUSTER of six mountain communes (Cụm thi đua số 4, set up by the province's Hội đồng Thi đua - Khen
thưởng after the 2025 reorganisation) planning a year's emulation on the collective economy (March 2026): I. purposes,
II. the cluster's make-up — the ROLES defined once ("Cụm trưởng: UBND xã Tương Dương", "Cụm phó: UBND xã Anh Sơn",
"Thư ký Cụm: …") —, III. targets (no work), IV. numbered duties whose doers are NAMED BY THEIR ROLE ("Cụm trưởng chủ
trì …", "Cụm phó phối hợp với …", "Các xã thành viên …") and one by name, V. one bordered ROTA table Quý | Xã đăng cai
| Chuyên đề sinh hoạt | Đơn vị phối hợp (the host leads; once the host cell is a role), VI. two paragraphs on
rewards, the closing sentence, the signature beside "Nơi nhận" ("TM. CỤM THI ĐUA SỐ 4 / CỤM TRƯỞNG / CHỦ TỊCH UBND
XÃ …").

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import (PAGE_END, e, header, page_start, print_dated_pdf, signature, table_start,  # noqa: E402
                           write_html)

HERE = Path(__file__).resolve().parent
STEM = "b_nghe-an_02-KH-CTD4-2026_cum-thi-dua-htx-mien-tay"
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
p.d { margin: 0 0 3pt 10mm; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10.5pt; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.5pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks th { text-align: center; }
.sign { display: grid; grid-template-columns: 44% 56%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH NGHỆ AN", ""), ("CỤM THI ĐUA SỐ 4", "b"), ("Số: 02/KH-CTĐ4", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Tương Dương, ngày 16 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Tổ chức phong trào thi đua \"Chung tay phát triển hợp tác xã kiểu mới\" của Cụm thi đua số 4 "
            "năm 2026")

# "h" a section heading, "p" a paragraph, "d" a "-" line
BEFORE = [
    ("p", "Thực hiện hướng dẫn của Hội đồng Thi đua - Khen thưởng tỉnh về tổ chức các cụm thi đua cấp xã sau sắp xếp "
          "đơn vị hành chính, Hội nghị Cụm thi đua số 4 ngày 09/3/2026 đã thống nhất chọn kinh tế tập thể là nội dung "
          "thi đua chính của năm. Cụm thi đua số 4 ban hành Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("d", "- Tạo sự cạnh tranh lành mạnh giữa các xã miền Tây trong việc thành lập mới, củng cố hợp tác xã, tổ "
          "hợp tác."),
    ("d", "- Kết quả thi đua là căn cứ để Cụm bình xét, đề nghị khen thưởng cuối năm; tránh hình thức, chạy theo số "
          "lượng."),
    ("h", "II. TỔ CHỨC CỦA CỤM"),
    ("p", "Cụm thi đua số 4 gồm Ủy ban nhân dân 06 xã: Tương Dương, Con Cuông, Anh Sơn, Kỳ Sơn, Quế Phong, Quỳ Châu. "
          "Trong Kế hoạch này:"),
    ("d", "- Cụm trưởng: UBND xã Tương Dương."),
    ("d", "- Cụm phó: UBND xã Anh Sơn."),
    ("d", "- Thư ký Cụm: công chức Văn phòng HĐND và UBND xã Tương Dương."),
    ("d", "- Các xã thành viên: cả 06 xã nêu trên."),
    ("h", "III. CHỈ TIÊU THI ĐUA"),
    ("d", "- Mỗi xã thành lập mới ít nhất 02 hợp tác xã, 03 tổ hợp tác; không còn hợp tác xã ngừng hoạt động trên 12 "
          "tháng chưa được xử lý."),
    ("d", "- Ít nhất 50% hợp tác xã nông nghiệp của mỗi xã được xếp loại tốt, khá; mỗi xã có ít nhất 01 sản phẩm OCOP "
          "của hợp tác xã."),
    ("h", "IV. NHIỆM VỤ CỤ THỂ"),
    ("p", "1. Cụm trưởng chủ trì xây dựng bảng tiêu chí chấm điểm thi đua về kinh tế tập thể, gửi các xã thành viên "
          "góp ý trước ngày 10/4/2026."),
    ("p", "2. Cụm phó phối hợp với Liên minh Hợp tác xã tỉnh Nghệ An chọn 06 hợp tác xã tiêu biểu, mỗi xã 01 hợp tác "
          "xã, để làm mô hình điểm của Cụm; hoàn thành trong quý II/2026."),
    ("p", "3. Các xã thành viên đăng ký chỉ tiêu thi đua bằng văn bản, gửi Cụm trưởng qua Thư ký Cụm trước ngày "
          "15/4/2026."),
    ("p", "4. Thư ký Cụm lập nhóm Zalo của Cụm, cập nhật số hợp tác xã, tổ hợp tác thành lập mới và giải thể của từng "
          "xã vào ngày 25 hằng tháng."),
    ("p", "5. Riêng UBND xã Quế Phong và UBND xã Quỳ Châu (chưa có hợp tác xã nào xếp loại tốt năm 2025) phối hợp với "
          "Liên minh HTX tỉnh Nghệ An củng cố ít nhất 03 hợp tác xã yếu kém trên địa bàn, xong trước 30/9/2026."),
    ("h", "V. LỊCH SINH HOẠT CHUYÊN ĐỀ LUÂN PHIÊN"),
    ("p", "Mỗi quý Cụm sinh hoạt chuyên đề một lần tại xã đăng cai; xã đăng cai chủ trì chuẩn bị nội dung, địa điểm và "
          "mời đại biểu:"),
]

COLUMNS = ["Quý", "Xã đăng cai", "Chuyên đề sinh hoạt", "Đơn vị phối hợp"]
WIDTHS = [16, 27, 33, 24]
ROWS = [
    ("Quý II/2026", "UBND xã Con Cuông",
     "Hội thảo \"Hợp tác xã du lịch cộng đồng gắn với bản làng người Thái\"; tham quan HTX Du lịch cộng đồng Yên Khê",
     "Sở Văn hóa, Thể thao và Du lịch"),
    ("Quý III/2026", "UBND xã Kỳ Sơn",
     "Trao đổi kinh nghiệm liên kết tiêu thụ gừng, chè tuyết giữa hợp tác xã với doanh nghiệp",
     "Sở Công Thương; Trung tâm Khuyến công và Xúc tiến thương mại"),
    ("Quý IV/2026", "Cụm trưởng",
     "Sơ kết phong trào, các xã chấm điểm chéo theo bảng tiêu chí đã thống nhất",
     "Các xã thành viên"),
]

AFTER = [
    ("h", "VI. KHEN THƯỞNG VÀ TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Cụm trưởng, Cụm phó tổng hợp điểm, tổ chức bình xét và đề nghị Hội đồng Thi đua - Khen thưởng tỉnh tặng "
          "Cờ thi đua cho xã dẫn đầu Cụm trước ngày 20/12/2026."),
    ("p", "2. Đề nghị Ban Thi đua - Khen thưởng (Sở Nội vụ) hướng dẫn các xã trong Cụm lập hồ sơ đề nghị khen thưởng "
          "tập thể hợp tác xã, trong tháng 11/2026."),
    ("p", "Trên đây là Kế hoạch tổ chức phong trào thi đua năm 2026 của Cụm thi đua số 4; đề nghị Ủy ban nhân dân các "
          "xã trong Cụm quan tâm chỉ đạo thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng TĐKT tỉnh (b/c);", "- Ban TĐKT (Sở Nội vụ);", "- Liên minh HTX tỉnh;",
            "- UBND 06 xã trong Cụm;", "- Lưu: VT, Cụm."]
SIGN = [("TM. CỤM THI ĐUA SỐ 4", "b"), ("CỤM TRƯỞNG", "b"), ("CHỦ TỊCH UBND XÃ TƯƠNG DƯƠNG", "b"), ("", ""), ("", ""),
        ("", ""), ("Vi Văn Khiêm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20260316143000+07'00'"


def paragraphs(items) -> list[str]:
    return [{"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>', "d": f'<p class="d">{e(text)}</p>'}[kind]
            for kind, text in items]


def build_html() -> str:
    out = page_start("Kế hoạch 02/KH-CTĐ4", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += paragraphs(BEFORE)
    out += table_start(WIDTHS, COLUMNS)
    out += ['<tr>' + "".join(f'<td>{e(cell)}</td>' for cell in row) + '</tr>' for row in ROWS]
    out += ['</tbody>', '</table>']
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
