"""Write b_thanh-hoa_27-KH-MTX-2026_ham-biogas-u-phan-htx-chan-nuoi.pdf, the hundred-and-ninetieth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen190/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen190/make_pdf.py --html-only

A biogas and organic-fertiliser company's plan (November 2026) for building biogas digesters and composting lines at
the farms of pig-raising cooperatives and cooperative groups in 2027. The header of Nghị định 30, the title and the
signature run across the page; the BODY IS SET IN TWO PAGE COLUMNS (CSS ``column-count: 2``, as the company sets its
newsletters): the opening, I. targets, II. eleven numbered paragraphs of work, III. two numbered requests and the
closing sentence flow down the left column and on into the right one, so that ``pdftotext -layout`` prints the lines
of the two columns side by side and plain ``pdftotext`` one column after the other. No drawn shapes: no borders.

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
STEM = "b_thanh-hoa_27-KH-MTX-2026_ham-biogas-u-phan-htx-chan-nuoi"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 18mm 15mm 18mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 10.5pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 12pt; }
.cols { column-count: 2; column-gap: 9mm; }
h3 { font-size: 10.5pt; margin: 6pt 0 3pt; break-after: avoid; }
p.t { text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 9.5pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH MÔI TRƯỜNG VÀ", "b"), ("NĂNG LƯỢNG XANH QUẢNG XƯƠNG", "b"), ("Số: 27/KH-MTX", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Thanh Hóa, ngày 03 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Xây dựng hầm khí sinh học (biogas) và dây chuyền ủ phân hữu cơ tại trại lợn của các hợp tác xã, tổ hợp "
            "tác năm 2027")

BODY = [
    ("p", "Thực hiện hợp đồng nguyên tắc đã ký với 14 hợp tác xã và 03 tổ hợp tác chăn nuôi lợn ở các xã Quảng Ngọc, "
          "Quảng Yên, Tiên Trang, Hoằng Thanh và Nga Sơn, trong khuôn khổ chương trình hỗ trợ chăn nuôi phát thải "
          "thấp của tỉnh (Nhà nước hỗ trợ 50% giá trị hầm và dây chuyền, hợp tác xã đối ứng phần còn lại), Công ty "
          "lập Kế hoạch năm 2027 như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Hoàn thành 46 hầm biogas composite dung tích 30 - 80 m3 và 05 dây chuyền ủ phân hữu cơ vi sinh; xử "
          "lý được khoảng 95% chất thải của 31.000 con lợn."),
    ("p", "- Không còn trại nào của các hợp tác xã, tổ hợp tác xả nước thải chưa xử lý ra kênh mương."),
    ("h", "II. NỘI DUNG VÀ PHÂN CÔNG"),
    ("p", "1. Phòng Kỹ thuật khảo sát chuồng trại, lượng chất thải và mặt bằng của 17 trại đăng ký, chọn dung tích "
          "hầm cho từng trại; phối hợp Trung tâm Khuyến nông tỉnh. Xong trước 30/11/2026."),
    ("p", "2. Phòng Kinh doanh ký hợp đồng thi công với từng hợp tác xã, tổ hợp tác, ghi rõ phần đối ứng của hợp "
          "tác xã và phần hỗ trợ của tỉnh; Phòng Tài chính - Kế toán phối hợp. Thời gian: tháng 12/2026."),
    ("p", "3. Giúp các hợp tác xã, tổ hợp tác lập hồ sơ đề nghị hỗ trợ gửi Sở Nông nghiệp và Môi trường trước ngày "
          "15/01/2027: giao Phòng Kinh doanh."),
    ("p", "4. Đội Thi công số 1 lắp đặt 26 hầm tại các trại ở xã Quảng Ngọc, Quảng Yên, Tiên Trang từ tháng 01 đến "
          "hết tháng 3/2027, có sự giám sát của Phòng Kỹ thuật."),
    ("p", "5. Đội Thi công số 2 lắp đặt 20 hầm và 05 dây chuyền ủ phân tại xã Hoằng Thanh, Nga Sơn trong tháng 3 - "
          "tháng 5/2027; phối hợp UBND xã Hoằng Thanh, UBND xã Nga Sơn bố trí mặt bằng bãi ủ."),
    ("p", "6. Nghiệm thu từng hầm sau 30 ngày vận hành đầu tiên, lập biên bản làm căn cứ giải ngân phần hỗ trợ: Phòng "
          "Kỹ thuật chủ trì, mời đại diện UBND xã nơi có trại cùng tham gia."),
    ("p", "7. Tập huấn vận hành hầm, an toàn khí (phòng ngạt, phòng cháy nổ) cho 02 người của mỗi hợp tác xã, tổ hợp "
          "tác trong quý II/2027. Phòng Kỹ thuật thực hiện, phối hợp Phòng Cảnh sát PCCC và CNCH Công an tỉnh."),
    ("p", "8. Xưởng Cơ khí lắp máy phát điện chạy khí biogas 20 kVA cho 04 hợp tác xã có trại trên 1.000 con, xong "
          "trước ngày 30/6/2027."),
    ("p", "9. Phòng Kinh doanh mua lại phân hữu cơ sau ủ đạt chuẩn của các hợp tác xã theo giá thỏa thuận từng quý "
          "(thường xuyên, từ tháng 6/2027)."),
    ("p", "10. Trung tâm Dịch vụ khách hàng bảo trì hầm, đường ống, thiết bị định kỳ 06 tháng một lần trong thời "
          "gian bảo hành 36 tháng."),
    ("p", "11. Văn phòng Công ty theo dõi tiến độ; chậm nhất ngày 10/7/2027 gửi Sở Nông nghiệp và Môi trường báo cáo kết quả."),
    ("h", "III. ĐỀ NGHỊ"),
    ("p", "1. Đề nghị Liên minh Hợp tác xã tỉnh giới thiệu thêm hợp tác xã, tổ hợp tác chăn nuôi đủ điều kiện tham "
          "gia đợt 2, gửi danh sách về Công ty trước ngày 31/3/2027."),
    ("p", "2. Đề nghị UBND các xã có trại tham gia xác nhận mặt bằng, hướng dẫn hợp tác xã đăng ký môi trường theo "
          "quy định; thực hiện thường xuyên trong năm 2027."),
    ("p", "Trên đây là Kế hoạch năm 2027 của Công ty; các phòng, đội, xưởng, trung tâm thuộc Công ty và các hợp tác "
          "xã, tổ hợp tác liên quan phối hợp thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở Nông nghiệp và Môi trường (b/c);", "- Liên minh HTX tỉnh;",
            "- UBND các xã Quảng Ngọc, Quảng Yên, Tiên Trang, Hoằng Thanh, Nga Sơn;", "- 14 HTX, 03 THT;",
            "- Các phòng, đội, xưởng, trung tâm;", "- Lưu: VT, KD."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lê Hữu Trọng", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20261103101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 27/KH-MTX", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out.append('<div class="cols">')
    out += [paragraph(kind, text) for kind, text in BODY]
    out.append('</div>')
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
