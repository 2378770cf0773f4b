"""Write b_hung-yen_47-KH-TTPTQD-2026_trung-tam-quy-dat-cho-thue-dat-htx.pdf, the sixty-eighth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen68/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen68/make_pdf.py --html-only

A land-fund development centre's plan for leasing land to cooperatives (April 2026, a unit of the Sở Nông nghiệp và
Môi trường tỉnh Hưng Yên after Thái Bình was merged in): I. purposes, II. three numbered subject headings over "-"
items in prose (the unit first, an abbreviation introduced once and used after, the time after a colon or a comma),
III. two numbered paragraphs; the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_hung-yen_47-KH-TTPTQD-2026_trung-tam-quy-dat-cho-thue-dat-htx"
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
h4 { font-size: 12pt; font-weight: bold; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ NN&MT TỈNH HƯNG YÊN", ""), ("TRUNG TÂM PHÁT TRIỂN QUỸ ĐẤT", "b"),
             ("Số: 47/KH-TTPTQĐ", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hưng Yên, ngày 08 tháng 4 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Cho thuê đất, bố trí mặt bằng sản xuất tập trung cho hợp tác xã năm 2026"

# "h" a section heading, "s" a subject heading, "p" a paragraph
BODY = [
    ("p", "Thực hiện chỉ đạo của Sở Nông nghiệp và Môi trường về tạo quỹ đất sạch cho khu vực kinh tế tập thể, Trung "
          "tâm Phát triển quỹ đất lập Kế hoạch cho thuê đất, bố trí mặt bằng sản xuất cho hợp tác xã năm 2026, cụ "
          "thể như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Đưa quỹ đất nông nghiệp, đất công ích do Trung tâm đang quản lý vào sử dụng hiệu quả; ưu tiên hợp tác xã "
          "trồng rau màu, cây dược liệu, cây cảnh và hợp tác xã cần mặt bằng làm nhà sơ chế, kho bảo quản."),
    ("h", "II. NHIỆM VỤ CỤ THỂ"),
    ("s", "1. Rà soát quỹ đất"),
    ("p", "- Phòng Kỹ thuật - Địa chính (sau đây gọi là Phòng KT-ĐC) rà soát các thửa đất công ích, đất nông nghiệp do "
          "Trung tâm quản lý có thể cho hợp tác xã thuê, lập danh mục kèm sơ đồ vị trí; xong trước ngày 15/5/2026."),
    ("p", "- Chi nhánh Trung tâm khu vực Văn Giang, Chi nhánh Trung tâm khu vực Kiến Xương phối hợp với UBND các xã, "
          "phường xác định diện tích đất bãi ven sông Hồng, sông Luộc có thể giao cho hợp tác xã trồng rau màu, cây "
          "cảnh. Thời gian: quý II/2026."),
    ("s", "2. Cho thuê đất, bàn giao mặt bằng"),
    ("p", "- Phòng KT-ĐC chủ trì, phối hợp Văn phòng Đăng ký đất đai tỉnh lập phương án cho thuê đất không qua đấu giá "
          "đối với hợp tác xã đủ điều kiện theo Luật Đất đai năm 2024, trình Giám đốc Sở trong tháng 6/2026."),
    ("p", "- Các Chi nhánh Trung tâm khu vực cùng công chức địa chính xã bàn giao đất trên thực địa cho hợp tác xã đã "
          "có quyết định cho thuê đất, chậm nhất 10 ngày làm việc kể từ ngày nhận quyết định."),
    ("p", "- Phòng Hành chính - Tổng hợp soạn mẫu hợp đồng thuê đất, biên bản bàn giao mốc giới dùng chung cho các "
          "hợp tác xã, hoàn thành 30/6/2026."),
    ("s", "3. Hỗ trợ hợp tác xã về thủ tục đất đai"),
    ("p", "- Phòng KT-ĐC hướng dẫn hợp tác xã lập hồ sơ xin thuê đất, chuyển mục đích sử dụng đất để xây nhà sơ chế, "
          "kho bảo quản nông sản; thời gian: thường xuyên."),
    ("p", "- Đề nghị Liên minh Hợp tác xã tỉnh giới thiệu các hợp tác xã có nhu cầu thuê đất, tổng hợp danh sách gửi "
          "Trung tâm trước ngày 30/4/2026."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Hành chính - Tổng hợp theo dõi tiến độ thực hiện Kế hoạch, báo cáo Giám đốc Trung tâm hằng tháng "
          "(trước ngày 25)."),
    ("p", "2. Các Chi nhánh Trung tâm khu vực báo cáo kết quả bàn giao đất cho hợp tác xã về Phòng KT-ĐC trước ngày "
          "10/12/2026 để tổng hợp, báo cáo Sở Nông nghiệp và Môi trường."),
    ("p", "Trên đây là Kế hoạch cho thuê đất, bố trí mặt bằng sản xuất cho hợp tác xã năm 2026 của Trung tâm Phát "
          "triển quỹ đất tỉnh Hưng Yên./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở NN&MT (b/c);", "- LMHTX tỉnh;", "- UBND các xã, phường có đất;",
            "- Ban Giám đốc Trung tâm;", "- Các phòng, Chi nhánh (t/h);", "- Lưu: VT, KT-ĐC."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Vũ Thị Thanh Nhàn", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:10 in Việt Nam
PDF_DATE = b"D:20260408141000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 47/KH-TTPTQĐ", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
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
