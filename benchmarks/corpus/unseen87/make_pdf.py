"""Write b_dong-thap_214-KH-CVDTND-2026_cang-vu-htx-do-khach-mua-lu.pdf, the eighty-seventh held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen87/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen87/make_pdf.py --html-only

An inland-waterway port authority's plan (July 2026) for passenger-boat and ferry cooperatives in the flood season:
II. numbered items opening "Giao <unit> chủ trì[, phối hợp <bodies>] <work>", the time after a dash; III. the
cooperatives' and others' own duties. No table.

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
STEM = "b_dong-thap_214-KH-CVDTND-2026_cang-vu-htx-do-khach-mua-lu"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
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

HEAD_LEFT = [("SỞ XÂY DỰNG TỈNH ĐỒNG THÁP", ""), ("CẢNG VỤ ĐƯỜNG THỦY NỘI ĐỊA", "b"), ("Số: 214/KH-CVĐTNĐ", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đồng Tháp, ngày 06 tháng 7 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hướng dẫn, kiểm tra an toàn đối với hợp tác xã đò khách, phà ngang sông mùa lũ năm 2026"

BODY = [
    ("p", "Mùa lũ năm 2026 dự báo đến sớm trên sông Tiền, sông Hậu; trên địa bàn tỉnh hiện có 41 hợp tác xã, tổ hợp tác "
          "khai thác bến khách ngang sông với 312 phương tiện. Cảng vụ Đường thủy nội địa lập Kế hoạch như sau:"),
    ("h", "I. YÊU CẦU"),
    ("p", "Không để xảy ra tai nạn chở khách trên các bến do hợp tác xã khai thác; mỗi hợp tác xã có người phụ trách an "
          "toàn và phương án ứng phó khi nước lên."),
    ("h", "II. NHIỆM VỤ CỤ THỂ"),
    ("p", "1. Giao Phòng Pháp chế - An toàn chủ trì, phối hợp Chi cục Phát triển nông thôn (Sở NN&MT) rà soát giấy phép "
          "hoạt động bến của 41 hợp tác xã, tổ hợp tác, lập danh sách bến hết hạn — xong trước ngày 31/7/2026."),
    ("p", "2. Giao Đại diện Cảng vụ khu vực Cao Lãnh kiểm tra áo phao, phao tròn và vạch dấu mớn nước trên phương tiện "
          "của các hợp tác xã đò khách phía bắc sông Tiền — tháng 8/2026."),
    ("p", "3. Giao Đại diện Cảng vụ khu vực Mỹ Tho chủ trì, phối hợp Công an tỉnh (Phòng Cảnh sát đường thủy) kiểm tra "
          "đột xuất các bến khách ngang sông trong những ngày nước lớn — từ tháng 9 đến hết tháng 11/2026."),
    ("p", "4. Giao Phòng Pháp chế - An toàn mở 03 lớp tập huấn cứu hộ, cứu nạn cho người lái phương tiện, thuyền viên "
          "của hợp tác xã; Hội Chữ thập đỏ tỉnh hỗ trợ giảng viên sơ cứu — trong quý III/2026."),
    ("p", "5. Giao Văn phòng Cảng vụ cấp phát 600 áo phao cho các hợp tác xã khó khăn từ nguồn tài trợ — trước mùa lũ, "
          "chậm nhất 15/8/2026."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Đề nghị Liên minh Hợp tác xã tỉnh vận động các hợp tác xã đò khách mua bảo hiểm cho hành khách, phối hợp "
          "Cảng vụ tổng hợp kết quả trong tháng 10/2026."),
    ("p", "2. Đề nghị UBND các xã, phường có bến khách ngang sông cử người trực bến những ngày mưa bão, lũ lớn; thời "
          "gian: suốt mùa lũ năm 2026."),
    ("p", "3. Các hợp tác xã, tổ hợp tác khai thác bến khách ngang sông tự kiểm tra phương tiện trước mỗi ngày chạy "
          "đò, ghi sổ nhật ký an toàn (thường xuyên)."),
    ("p", "4. Văn phòng Cảng vụ tổng hợp kết quả thực hiện, báo cáo Sở Xây dựng trước ngày 10/12/2026."),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị báo cáo về Cảng vụ (qua Phòng Pháp chế - An toàn) "
          "để xử lý./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở Xây dựng (b/c);", "- Công an tỉnh (PC08);", "- LMHTX tỉnh;",
            "- UBND các xã, phường có bến;", "- Các phòng, Đại diện CV khu vực;", "- Lưu: VT, PCAT."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Đặng Minh Luân", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 9:15 in Việt Nam
PDF_DATE = b"D:20260706091500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 214/KH-CVĐTNĐ", CSS)
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
