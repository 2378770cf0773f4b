"""Write b_lang-son_52-KH-BQLDA-2025_ban-giao-tai-san-to-hop-tac.pdf, the hundred-and-thirty-first held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen131/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen131/make_pdf.py --html-only

A poverty-reduction project board's plan (October 2025) for handing machines and equipment bought by the project to
cooperative groups: I. purposes, II. the assets (figures, no work), III. numbered paragraphs of work, each closing
with its doers and time in parentheses "(X chủ trì; Y phối hợp; thời gian)"; IV. two numbered paragraphs of other
bodies' duties; the signature beside "Nơi nhận". No table.

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
STEM = "b_lang-son_52-KH-BQLDA-2025_ban-giao-tai-san-to-hop-tac"
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
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", ""), ("BAN QUẢN LÝ DỰ ÁN GIẢM NGHÈO", "b"), ("TỈNH LẠNG SƠN", "b"),
             ("Số: 52/KH-BQLDA", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lạng Sơn, ngày 14 tháng 10 năm 2025", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Bàn giao máy móc, thiết bị hỗ trợ sản xuất cho các tổ hợp tác, nhóm hộ thuộc Tiểu dự án sinh kế"

# "h" a section heading, "p" a paragraph
BODY = [
    ("p", "Căn cứ Quyết định số 1873/QĐ-SNNMT ngày 02/9/2025 của Sở Nông nghiệp và Môi trường phê duyệt danh mục tài "
          "sản của Tiểu dự án sinh kế; căn cứ kết quả nghiệm thu lô máy móc, thiết bị ngày 30/9/2025, Ban Quản lý dự "
          "án lập Kế hoạch bàn giao như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Bàn giao đúng đối tượng, đủ số lượng, kèm hồ sơ và hướng dẫn sử dụng; tổ hợp tác nhận tài sản phải có quy "
          "chế quản lý, sử dụng chung và cam kết duy trì tối thiểu 5 năm."),
    ("h", "II. TÀI SẢN BÀN GIAO"),
    ("p", "Gồm 14 máy sấy hồi, quế loại 500 kg/mẻ; 22 máy làm đất đa năng; 9 hệ thống tưới nhỏ giọt cho vườn na; 6 "
          "kho lạnh mini 10 m³. Tổng giá trị khoảng 7,9 tỷ đồng, bàn giao cho 31 tổ hợp tác và 8 nhóm hộ tại 11 xã."),
    ("h", "III. CÁC BƯỚC THỰC HIỆN"),
    ("p", "1. Rà soát lần cuối danh sách tổ hợp tác, nhóm hộ đủ điều kiện nhận tài sản; đối chiếu biên bản họp thôn "
          "(Tổ Sinh kế chủ trì; UBND 11 xã phối hợp; xong trước 25/10/2025)."),
    ("p", "2. Hướng dẫn tổ hợp tác xây dựng quy chế quản lý, sử dụng và bảo dưỡng tài sản chung, mẫu sổ theo dõi giờ "
          "máy (Tổ Sinh kế chủ trì; Liên minh HTX tỉnh phối hợp; tháng 10 - 11/2025)."),
    ("p", "3. Vận chuyển, lắp đặt máy sấy và kho lạnh tại điểm tập kết của từng tổ; chạy thử có mặt đại diện tổ "
          "(Nhà thầu cung cấp thiết bị thực hiện; Tổ Kỹ thuật giám sát; trong tháng 11/2025)."),
    ("p", "4. Tập huấn vận hành, an toàn điện cho 2 thành viên mỗi tổ (Tổ Kỹ thuật chủ trì, phối hợp Trung tâm "
          "Khuyến nông tỉnh; ngay sau khi lắp đặt)."),
    ("p", "5. Ký biên bản bàn giao, ghi tăng tài sản vào sổ của tổ hợp tác; lập hồ sơ ghi giảm tài sản của dự án "
          "(Bộ phận Kế toán chủ trì; Tổ Sinh kế phối hợp; hoàn thành trong năm 2025)."),
    ("p", "6. Kiểm tra tình hình sử dụng tài sản sau bàn giao, lập báo cáo gửi Sở Nông nghiệp và Môi trường (Tổ Giám "
          "sát - Đánh giá chủ trì; 6 tháng một lần)."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Đề nghị UBND các xã có tổ hợp tác nhận tài sản cử cán bộ chứng kiến việc bàn giao, xác nhận biên bản và "
          "theo dõi việc sử dụng trên địa bàn; thời gian: tháng 11 và tháng 12/2025."),
    ("p", "2. Đề nghị Liên minh Hợp tác xã tỉnh tư vấn cho các tổ hợp tác hoạt động tốt chuyển đổi thành hợp tác xã; "
          "thời gian: năm 2026."),
    ("p", "Trong quá trình thực hiện nếu có vướng mắc, các tổ, bộ phận báo cáo Trưởng ban để chỉ đạo giải quyết./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở NN&MT (b/c);", "- LMHTX tỉnh;", "- UBND các xã vùng dự án;", "- Các tổ thuộc Ban;",
            "- Lưu: VT, KT."]
SIGN = [("TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("Hoàng Văn Khiêm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:00 in Việt Nam
PDF_DATE = b"D:20251014150000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 52/KH-BQLDA", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
