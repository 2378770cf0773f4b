"""Write b_dak-lak_58-KH-NDHH-2026_nuoc-da-htx-ca-ngu-kem-dinh-chinh.pdf, the hundred-and-eighty-ninth held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen189/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen189/make_pdf.py --html-only

An ice plant's plan (October 2026) supplying ice to the offshore tuna-fishing cooperatives and cooperative groups of
its port over the 2026 - 2027 northern season: the opening, I. purposes ("-" lines), II. ten numbered paragraphs each
naming its doers and time, III. one numbered request; the closing sentence; the signature beside "Nơi nhận". Then, on
a new page, the company's own THÔNG BÁO ĐÍNH CHÍNH (its own number, date, title and signature) that corrects the
plan: the time of II.3 and the lead of II.6 as printed are replaced ("đã ghi …, nay đính chính là …").

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif. No drawn lines or boxes.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_dak-lak_58-KH-NDHH-2026_nuoc-da-htx-ca-ngu-kem-dinh-chinh"
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
.newpage { break-before: page; padding-top: 1pt; }
"""

ISSUER = [("CÔNG TY CỔ PHẦN", "b"), ("NƯỚC ĐÁ HÒA HIỆP", "b")]
MOTTO = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b")]

PLAN_LEFT = ISSUER + [("Số: 58/KH-NĐHH", "")]
PLAN_RIGHT = MOTTO + [("Hòa Hiệp, ngày 08 tháng 10 năm 2026", "i")]
PLAN_TITLE = "KẾ HOẠCH"
PLAN_SUBTITLE = ("Cung cấp nước đá cho các hợp tác xã, tổ hợp tác khai thác cá ngừ đại dương vụ cá Bắc "
                 "2026 - 2027")

PLAN = [
    ("p", "Vụ cá Bắc 2026 - 2027 dự kiến bắt đầu từ đầu tháng 12/2026. Năm nay 02 hợp tác xã và 03 tổ hợp tác "
          "khai thác xa bờ đăng ký 71 tàu lấy đá tại cảng cá Phú Lạc; lúc cao điểm các tàu cần khoảng 620 tấn đá mỗi "
          "ngày, trong khi hai phân xưởng của Công ty làm được 540 tấn/ngày. Công ty lập Kế hoạch cung cấp đá như "
          "sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Không để tàu của hợp tác xã, tổ hợp tác nằm bờ chờ đá quá 06 giờ trong suốt vụ cá."),
    ("p", "- Đá cây, đá xay bán cho tàu đạt QCVN 10:2011/BYT; cá ngừ gửi kho lạnh của Công ty được giữ đúng nhiệt độ "
          "chủ hàng yêu cầu."),
    ("h", "II. NỘI DUNG THỰC HIỆN"),
    ("p", "1. Ký hợp đồng cung cấp đá cả vụ với từng hợp tác xã, tổ hợp tác: chốt số tàu, lượng đá mỗi chuyến, giá "
          "1.450.000 đồng/tấn đá cây, tiền đá trả sau khi bán cá của chuyến biển. Phòng Kinh doanh chủ trì, Phòng "
          "Tài chính - Kế toán phối hợp; xong trước 15/11/2026."),
    ("p", "2. Đại tu 06 bể đá, thay dàn ngưng tụ của Phân xưởng số 1, chạy thử liên tục 72 giờ trước khi vào vụ. "
          "Tổ Cơ điện thực hiện; hoàn thành trong tháng 11/2026."),
    ("p", "3. Lắp thêm 01 máy xay đá 30 tấn/giờ và băng tải ở cầu cảng số 2 để rót đá thẳng xuống hầm tàu. Phân "
          "xưởng số 2 chủ trì, phối hợp với Ban Quản lý cảng cá Phú Lạc; xong trước 30/11/2026."),
    ("p", "4. Lập lịch lấy đá theo số hiệu tàu, ưu tiên tàu xuất bến trong đêm; gửi lịch vào nhóm Zalo của từng hợp "
          "tác xã, tổ hợp tác trước 16 giờ hằng ngày. Phòng Kinh doanh thực hiện, phối hợp các hợp tác xã, tổ hợp "
          "tác; thường xuyên trong vụ cá."),
    ("p", "5. Diễn tập xử lý sự cố rò rỉ khí amoniac tại Phân xưởng số 1, có thuyền viên và người dân khu cảng cùng "
          "tham gia. Phòng Hành chính - An toàn chủ trì, phối hợp Phòng Cảnh sát PCCC và CNCH Công an tỉnh; trong "
          "tháng 11/2026."),
    ("p", "6. Dành 02 buồng kho lạnh (âm 25 độ C, sức chứa 180 tấn) nhận gửi cá ngừ của thành viên hợp tác xã, tổ "
          "hợp tác trong lúc chờ xe lạnh; ghi nhiệt độ từng giờ và giao bản ghi cho chủ hàng khi xuất kho. Phòng "
          "Kinh doanh chủ trì; từ 01/12/2026 đến hết tháng 5/2027."),
    ("p", "7. Lấy mẫu nước đá gửi phòng thử nghiệm được công nhận để kiểm tra chỉ tiêu vi sinh, hóa lý; niêm yết "
          "kết quả tại cổng xuất đá. Phòng Kỹ thuật - Chất lượng thực hiện; hằng tháng."),
    ("p", "8. Khi máy hỏng hoặc mất điện quá 04 giờ, mua đá của Nhà máy nước đá Tuy An theo thỏa thuận hỗ trợ đã ký "
          "để cấp cho tàu, báo ngay lịch lấy đá mới cho các hợp tác xã, tổ hợp tác. Phòng Kinh doanh thực hiện; "
          "ngay khi có sự cố."),
    ("p", "9. Đối chiếu công nợ tiền đá với từng hợp tác xã, tổ hợp tác sau mỗi chuyến biển; tổng hợp các khoản nợ "
          "quá 60 ngày báo Ban Giám đốc. Phòng Tài chính - Kế toán thực hiện; hằng tháng, trước ngày 05 của tháng "
          "sau."),
    ("p", "10. Tổng kết vụ cá, lấy ý kiến các hợp tác xã, tổ hợp tác về chất lượng đá và lịch lấy đá, đề xuất giá "
          "đá vụ sau. Phòng Kinh doanh chủ trì; tháng 6/2027."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Đề nghị các hợp tác xã, tổ hợp tác gửi danh sách tàu (số hiệu, tên thuyền trưởng, số điện thoại) về "
          "Phòng Kinh doanh trước ngày 31/10/2026 để lập lịch lấy đá."),
    ("p", "Trên đây là Kế hoạch cung cấp nước đá vụ cá Bắc 2026 - 2027 của Công ty; các phòng, phân xưởng, tổ trực "
          "thuộc tổ chức thực hiện./."),
]
PLAN_NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 02 HTX, 03 THT khai thác xa bờ;",
                 "- Ban Quản lý cảng cá Phú Lạc;", "- Các phòng, phân xưởng, tổ;", "- Lưu: VT, PKD."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Võ Đình Luận", "b")]

NOTE_LEFT = ISSUER + [("Số: 61/TB-NĐHH", "")]
NOTE_RIGHT = MOTTO + [("Hòa Hiệp, ngày 15 tháng 10 năm 2026", "i")]
NOTE_TITLE = "THÔNG BÁO"
NOTE_SUBTITLE = "Đính chính Kế hoạch số 58/KH-NĐHH ngày 08/10/2026"
NOTE = [
    ("p", "Do sơ suất khi soạn thảo, Kế hoạch số 58/KH-NĐHH ngày 08/10/2026 của Công ty về cung cấp nước đá cho các "
          "hợp tác xã, tổ hợp tác khai thác cá ngừ đại dương vụ cá Bắc 2026 - 2027 có hai chỗ ghi chưa đúng. Công ty "
          "đính chính như sau:"),
    ("p", "1. Tại điểm 3 mục II: đã ghi \u201cxong trước 30/11/2026\u201d, nay đính chính là \u201cxong trước "
          "15/12/2026\u201d (nhà cung cấp giao máy xay đá tại cảng ngày 02/12/2026)."),
    ("p", "2. Tại điểm 6 mục II: đã ghi \u201cPhòng Kinh doanh chủ trì\u201d, nay đính chính là \u201cPhân xưởng "
          "Kho lạnh chủ trì, Phòng Kinh doanh phối hợp\u201d."),
    ("p", "Các nội dung khác của Kế hoạch giữ nguyên. Công ty thông báo để các phòng, phân xưởng, tổ và các hợp tác "
          "xã, tổ hợp tác biết, thực hiện./."),
]
NOTE_NOI_NHAN = ["Nơi nhận:", "- Như nơi nhận Kế hoạch số 58/KH-NĐHH;", "- Lưu: VT, PKD."]

#: the dates written into the PDF instead of the time of printing: the erratum's, 09:40 in Việt Nam
PDF_DATE = b"D:20261015094000+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 58/KH-NĐHH và Thông báo 61/TB-NĐHH", CSS)
    out += header(PLAN_LEFT, PLAN_RIGHT, PLAN_TITLE, PLAN_SUBTITLE)
    out += [paragraph(kind, text) for kind, text in PLAN]
    out.append(signature(PLAN_NOI_NHAN, SIGN))
    out.append('<div class="newpage">')
    out += header(NOTE_LEFT, NOTE_RIGHT, NOTE_TITLE, NOTE_SUBTITLE)
    out += [paragraph(kind, text) for kind, text in NOTE]
    out.append(signature(NOTE_NOI_NHAN, SIGN))
    out.append('</div>')
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
