"""Write b_cao-bang_386-KH-VNPT-CBG-2026_vien-thong-chuyen-doi-so-htx-theo-goi.pdf, the seventieth held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen70/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen70/make_pdf.py --html-only

A telecommunications company's provincial branch's plan for the digital transformation of cooperatives (March 2026):
the corporate header (the group over the branch), I. purposes, II. the support packages as lettered subject headings,
each over "+" lines "<unit>: <work>." followed by a sentence "Thời gian: …"; III. numbered paragraphs of the branch's
own units and of its partners; the signature beside "Nơi nhận". No table.

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
STEM = "b_cao-bang_386-KH-VNPT-CBG-2026_vien-thong-chuyen-doi-so-htx-theo-goi"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 48% 52%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG", ""), ("VIỆT NAM", ""), ("VIỄN THÔNG CAO BẰNG", "b"),
             ("Số: 386/KH-VNPT-CBG", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Cao Bằng, ngày 23 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Đồng hành chuyển đổi số với hợp tác xã, tổ hợp tác ở tỉnh Cao Bằng năm 2026"

# "h" a section heading, "s" a subject heading, "p" a paragraph
BODY = [
    ("p", "Căn cứ Chương trình phối hợp giữa Viễn thông Cao Bằng và Liên minh Hợp tác xã tỉnh giai đoạn 2026 - 2028; "
          "để các hợp tác xã ở vùng cao dùng được dịch vụ số với chi phí thấp, Viễn thông Cao Bằng lập Kế hoạch như "
          "sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "Năm 2026 có ít nhất 120 hợp tác xã, tổ hợp tác dùng hóa đơn điện tử và chữ ký số; 60 hợp tác xã có gian "
          "hàng trên sàn thương mại điện tử; mỗi xã có một cán bộ của Viễn thông làm đầu mối hỗ trợ."),
    ("h", "II. CÁC GÓI HỖ TRỢ VÀ ĐƠN VỊ THỰC HIỆN"),
    ("s", "a) Gói \u201cHTX số cơ bản\u201d (hóa đơn điện tử, chữ ký số, phần mềm kế toán)"),
    ("p", "+ Trung tâm Kinh doanh VNPT Cao Bằng: khảo sát nhu cầu, lập danh sách hợp tác xã đăng ký gói, gửi Liên minh "
          "Hợp tác xã tỉnh để thống nhất mức hỗ trợ. Thời gian: xong trong tháng 4/2026."),
    ("p", "+ Phòng Bán hàng khu vực Hà Quảng: cài đặt chữ ký số, hướng dẫn hợp tác xã lập hóa đơn điện tử đầu tiên "
          "ngay tại trụ sở hợp tác xã, phối hợp với UBND các xã vùng biên. Thời gian: quý II/2026."),
    ("s", "b) Gói \u201cGian hàng số\u201d (sàn Postmart, voso, website giới thiệu sản phẩm)"),
    ("p", "+ Trung tâm Điều hành thông tin: dựng gian hàng, chụp ảnh sản phẩm hạt dẻ, miến dong, trà hoa vàng cho 60 hợp "
          "tác xã; cùng làm có Sở Công Thương (phòng Thương mại điện tử). Thời gian: từ tháng 5 đến tháng 8/2026."),
    ("p", "+ Phòng Khách hàng tổ chức - doanh nghiệp: mở 04 lớp \u201cbán hàng qua livestream\u201d cho thành viên hợp "
          "tác xã, mời Đoàn Thanh niên tỉnh cử báo cáo viên. Thời gian: sau khi các gian hàng đi vào hoạt động."),
    ("s", "c) Gói \u201cKết nối vùng sâu\u201d"),
    ("p", "+ Trung tâm Hạ tầng: lắp đặt Internet cáp quang, wifi miễn phí tại 15 trụ sở hợp tác xã chưa có mạng; "
          "bảo đảm thông tin liên lạc mùa mưa lũ. Thời gian: trước mùa mưa (trước 31/5/2026)."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Kế hoạch - Kế toán cân đối chi phí khuyến mại, miễn phí 12 tháng đầu cho hợp tác xã, trình Giám đốc "
          "trước ngày 10/4/2026."),
    ("p", "2. Phòng Tổng hợp - Nhân sự phân công mỗi xã một nhân viên làm đầu mối, công bố số điện thoại hỗ trợ trên "
          "trang của Liên minh Hợp tác xã tỉnh; thực hiện thường xuyên."),
    ("p", "3. Đề nghị Liên minh Hợp tác xã tỉnh phối hợp Viễn thông Cao Bằng vận động hợp tác xã thành viên tham gia, tổng "
          "hợp kết quả năm 2026 để hai bên đánh giá vào tháng 12/2026."),
    ("p", "Đơn vị nào gặp vướng mắc thì phản ánh về Phòng Tổng hợp - Nhân sự để báo cáo Giám đốc./."),
]

NOI_NHAN = ["Nơi nhận:", "- Ban TGĐ Tập đoàn (b/c);", "- Liên minh HTX tỉnh;", "- Sở Công Thương;",
            "- Các đơn vị trực thuộc (t/h);", "- Lưu: VT, KHKT."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Nông Văn Thạch", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:15 in Việt Nam
PDF_DATE = b"D:20260323141500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 386/KH-VNPT-CBG", CSS)
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
