"""Write b_thanh-hoa_41-KH-PAS.TH-2026_bao-hiem-vi-mo-thanh-vien-htx.pdf, the two-hundred-and-eighteenth held-out
set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen218/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen218/make_pdf.py --html-only

A life insurer's provincial branch (November 2026) selling a MICRO-INSURANCE product to the members and workers of
cooperatives and cooperative groups in 2027, the cooperatives acting as its agents: the opening, I. purposes, II. the
product (facts), III. the work under three SHADED GROUP BARS, each bar carrying the group's title on its left and the
GROUP'S LEAD on its right ("Đầu mối: …"); the numbered items below name no lead unless one differs ("— riêng việc này
do X thực hiện"), and end with their partners and time in an italic bracket; IV. two numbered paragraphs; the
closing sentence; the signature beside "Nơi nhận".

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
STEM = "b_thanh-hoa_41-KH-PAS.TH-2026_bao-hiem-vi-mo-thanh-vien-htx"
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
div.bar { display: flex; justify-content: space-between; background: #e4e4e4; font-weight: bold; font-size: 11pt;
          padding: 2pt 4pt; margin: 8pt 0 4pt; white-space: nowrap; }
p.w { text-align: justify; margin: 0 0 5pt; }
p.w span { font-style: italic; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH BẢO HIỂM NHÂN THỌ", ""), ("PHÚ AN SINH", ""), ("CHI NHÁNH THANH HÓA", "b"),
             ("Số: 41/KH-PAS.TH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Thanh Hóa, ngày 09 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Đưa sản phẩm bảo hiểm vi mô \"Chung sức\" đến người làm việc trong các hợp tác xã, tổ hợp tác năm 2027")

BEFORE = [
    ("p", "Phần lớn thành viên hợp tác xã nông nghiệp, tiểu thủ công nghiệp trên địa bàn tỉnh chưa có bảo hiểm nào "
          "ngoài bảo hiểm y tế; khi tai nạn lao động hoặc nằm viện dài ngày, nhiều hộ phải vay nóng. Được Tổng Công ty "
          "giao triển khai sản phẩm bảo hiểm vi mô \"Chung sức\", Chi nhánh Thanh Hóa lập Kế hoạch năm 2027 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Có 20 hợp tác xã làm đại lý và ít nhất 3.000 người tham gia trong năm 2027."),
    ("p", "- Người tham gia hiểu đúng quyền lợi; hồ sơ chi trả nộp ngay tại hợp tác xã, không phải lên thành phố."),
    ("h", "II. SẢN PHẨM"),
    ("p", "- Phí 150.000 đồng/người/năm, nộp một lần hoặc hai lần; người từ 18 đến 65 tuổi; thời hạn 12 tháng."),
    ("p", "- Quyền lợi: tử vong, thương tật toàn bộ vĩnh viễn do tai nạn 30 triệu đồng; nằm viện do ốm đau, tai nạn "
          "200.000 đồng/ngày, tối đa 30 ngày một năm."),
    ("h", "III. CÁC NHÓM VIỆC"),
    ("p", "Mỗi nhóm việc có một phòng làm đầu mối, ghi ở đầu nhóm; việc nào do đơn vị khác làm thì ghi rõ ở việc đó."),
]

# (group title, group lead, [(work, override or "", bracket)])
GROUPS = [
    ("A. CHUẨN BỊ VÀ KÝ KẾT", "Đầu mối: Phòng Phát triển kênh hợp tác", [
        ("1. Rà soát các hợp tác xã, tổ hợp tác có kế toán, có từ 30 thành viên trở lên, chọn 20 hợp tác xã đủ điều "
         "kiện làm đại lý bảo hiểm vi mô.", "", "phối hợp: Liên minh Hợp tác xã tỉnh; thời gian: trước 30/11/2026"),
        ("2. Ký hợp đồng đại lý với từng hợp tác xã được chọn; mở tài khoản thu phí cho hợp tác xã trên ứng dụng của "
         "Công ty.", "", "phối hợp: Phòng Tài chính - Kế toán; thời gian: tháng 12/2026"),
        ("3. Dạy và tổ chức thi cấp chứng chỉ đại lý bảo hiểm vi mô cho 40 cán bộ hợp tác xã",
         " — riêng việc này do Trung tâm Đào tạo khu vực Bắc Trung Bộ thực hiện.",
         "phối hợp: Phòng Phát triển kênh hợp tác; thời gian: 05 - 16/01/2027"),
    ]),
    ("B. GIỚI THIỆU VÀ BÁN SẢN PHẨM", "Đầu mối: Phòng Kinh doanh vi mô", [
        ("4. Tổ chức 20 buổi nói chuyện tại trụ sở hợp tác xã về quyền lợi, mức phí và những trường hợp không được "
         "chi trả.", "", "phối hợp: Hội Nông dân, Hội LHPN các xã có hợp tác xã đại lý; thời gian: quý I/2027"),
        ("5. In 5.000 tờ gấp và bản quy tắc bảo hiểm rút gọn chữ cỡ lớn, gửi văn phòng các hợp tác xã.", "",
         "thời gian: trước 31/12/2026"),
        ("6. Kèm cặp hợp tác xã thu phí, nhập danh sách người được bảo hiểm; đối chiếu số liệu với từng hợp tác xã.",
         "", "phối hợp: Phòng Tài chính - Kế toán; thời gian: hằng tháng, trước ngày 10"),
        ("7. Giới thiệu sản phẩm tại hội nghị sơ kết và các lớp bồi dưỡng cán bộ hợp tác xã của Liên minh.", "",
         "phối hợp: Văn phòng Liên minh Hợp tác xã tỉnh; thời gian: tháng 7/2027"),
    ]),
    ("C. CHI TRẢ, CHĂM SÓC", "Đầu mối: Phòng Thẩm định - Bồi thường", [
        ("8. Nhận hồ sơ yêu cầu chi trả qua hợp tác xã đại lý, giải quyết xong trong 10 ngày làm việc kể từ ngày đủ "
         "hồ sơ.", "", "phối hợp: các hợp tác xã đại lý; thời gian: khi có yêu cầu"),
        ("9. Mang tiền chi trả đến nhà người bị tai nạn, ốm nặng không tự đi lại được.", "",
         "thời gian: trong 03 ngày làm việc sau khi hồ sơ được duyệt"),
        ("10. Hỏi ý kiến 300 người tham gia về mức hài lòng, đề xuất Tổng Công ty sửa quyền lợi cho năm 2028",
         " — riêng việc này do Phòng Kinh doanh vi mô thực hiện.",
         "phối hợp: Phòng Thẩm định - Bồi thường; thời gian: tháng 9/2027"),
    ]),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Văn phòng Chi nhánh theo dõi tiến độ, tổng hợp số người tham gia, phí thu được và tiền đã chi trả theo "
          "từng hợp tác xã, báo cáo Giám đốc Chi nhánh định kỳ hằng quý."),
    ("p", "2. Trưởng các phòng, trung tâm nêu trên chịu trách nhiệm trước Giám đốc Chi nhánh về phần việc được giao."),
    ("p", "Trên đây là Kế hoạch năm 2027 của Chi nhánh; trong quá trình làm, vướng mắc báo ngay về Phòng Phát triển "
          "kênh hợp tác để trình Giám đốc xem xét./."),
]

NOI_NHAN = ["Nơi nhận:", "- Tổng Công ty (b/c);", "- Liên minh HTX tỉnh;", "- Các HTX đại lý;",
            "- Các phòng, trung tâm;", "- Lưu: VT, PTKHT."]
SIGN = [("GIÁM ĐỐC CHI NHÁNH", "b"), ("", ""), ("", ""), ("", ""), ("Trịnh Thị Thu Hà", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20261109101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 41/KH-PAS.TH", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    for title, lead, items in GROUPS:
        out.append(f'<div class="bar"><span>{e(title)}</span><span>{e(lead)}</span></div>')
        for work, override, bracket in items:
            out.append(f'<p class="w">{e(work + override)} <span>({e(bracket)})</span></p>')
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
