"""Write b_dien-bien_1536-KH-NHNo-2026_agribank-chi-nhanh-cho-vay-htx.pdf, the fifty-sixth held-out set's PDF, from
the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen56/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen56/make_pdf.py --html-only

A commercial bank branch's plan (July 2026, after the district branches of Điện Biên became "chi nhánh loại II" named
by their old districts): lending to cooperatives and cooperative groups for the second half of 2026. The bank's
two-line letterhead over the branch; I. purposes, II. targets; III. the work, each a lettered item whose doer, partner
and time follow the work in labelled clauses after a dash ("— Đầu mối: …; phối hợp: …; thời hạn: …"); IV. two
paragraphs of the branches; the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_dien-bien_1536-KH-NHNo-2026_agribank-chi-nhanh-cho-vay-htx"
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

HEAD_LEFT = [("NGÂN HÀNG NÔNG NGHIỆP", "b"), ("VÀ PHÁT TRIỂN NÔNG THÔN", "b"), ("VIỆT NAM", "b"),
             ("CHI NHÁNH TỈNH ĐIỆN BIÊN", "b"), ("Số: 1536/KH-NHNo.ĐB", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Điện Biên, ngày 06 tháng 7 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Đẩy mạnh cho vay hợp tác xã, tổ hợp tác 6 tháng cuối năm 2026"

BODY = [
    ("p", "Căn cứ chỉ tiêu kinh doanh Agribank giao năm 2026 và kết quả cho vay kinh tế tập thể 6 tháng đầu năm "
          "(dư nợ hợp tác xã mới đạt 41% kế hoạch), Agribank Chi nhánh tỉnh Điện Biên xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Mở rộng cho vay có bảo đảm bằng tài sản hình thành từ vốn vay và cho vay theo chuỗi liên kết đối với hợp "
          "tác xã trồng cà phê, mắc ca, chè Shan tuyết và chăn nuôi đại gia súc; kiểm soát nợ xấu dưới 1,5%."),
    ("h", "II. CHỈ TIÊU ĐẾN 31/12/2026"),
    ("p", "Dư nợ cho vay hợp tác xã, tổ hợp tác đạt 186 tỷ đồng; số khách hàng là hợp tác xã đạt 64."),
    ("h", "III. NHIỆM VỤ CỤ THỂ"),
    ("p", "a) Lập danh sách hợp tác xã có phương án sản xuất khả thi trên địa bàn từng chi nhánh loại II, phân loại "
          "theo mức tín nhiệm — Đầu mối: Phòng Khách hàng doanh nghiệp; phối hợp: các Chi nhánh loại II; thời hạn: "
          "trước 31/7/2026."),
    ("p", "b) Xây dựng gói tín dụng ưu đãi lãi suất cho hợp tác xã tham gia chuỗi cà phê, mắc ca — Đầu mối: Phòng "
          "Kế hoạch - Nguồn vốn; thời hạn: tháng 8/2026."),
    ("p", "c) Ký thỏa thuận với Liên minh HTX tỉnh về giới thiệu khách hàng và tư vấn lập phương án vay vốn — Đầu "
          "mối: Phòng Khách hàng doanh nghiệp; phối hợp: Văn phòng; thời hạn: quý III/2026."),
    ("p", "d) Tổ chức 05 hội nghị gặp gỡ, đối thoại với hợp tác xã tại các cụm xã Mường Ảng, Tuần Giáo, Điện Biên "
          "Đông — Đầu mối: các Chi nhánh loại II; phối hợp: UBND các xã nơi tổ chức; thời hạn: từ tháng 8 đến tháng "
          "10/2026."),
    ("p", "đ) Triển khai thanh toán không dùng tiền mặt, mở tài khoản và Agribank Plus cho hợp tác xã, thành viên "
          "— Đầu mối: Phòng Dịch vụ và Marketing; thời hạn: thường xuyên."),
    ("p", "e) Kiểm tra sau cho vay đối với 100% hợp tác xã có dư nợ trên 3 tỷ đồng — Đầu mối: Phòng Kiểm tra, kiểm "
          "soát nội bộ; phối hợp: Phòng Khách hàng doanh nghiệp; thời hạn: quý IV/2026."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Giám đốc các Chi nhánh loại II chịu trách nhiệm về chỉ tiêu dư nợ hợp tác xã được giao, báo cáo kết quả "
          "về Phòng Kế hoạch - Nguồn vốn trước ngày 05 hằng tháng."),
    ("p", "2. Phòng Kế hoạch - Nguồn vốn theo dõi, tổng hợp tình hình thực hiện; tham mưu Ban Giám đốc sơ kết vào "
          "đầu tháng 10/2026."),
    ("p", "Trên đây là Kế hoạch đẩy mạnh cho vay hợp tác xã, tổ hợp tác 6 tháng cuối năm 2026 của Agribank Chi nhánh "
          "tỉnh Điện Biên./."),
]

NOI_NHAN = ["Nơi nhận:", "- Agribank (Ban KHDN) (b/c);", "- Ban Giám đốc;", "- Các phòng, Chi nhánh loại II;",
            "- Liên minh HTX tỉnh (p/h);", "- Lưu: VT, KHNV."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lò Văn Thưởng", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:45 in Việt Nam
PDF_DATE = b"D:20260706094500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 1536/KH-NHNo.ĐB", CSS)
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
