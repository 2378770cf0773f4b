"""Write b_son-la_318-KH-TCS4-2026_hoa-don-dien-tu-htx.pdf, the hundred-and-thirty-third held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen133/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen133/make_pdf.py --html-only

A basic-level tax office's plan (Thuế cơ sở, July 2026) to help and check cooperatives' use of e-invoices: I. purposes,
II. three numbered headings over lettered points, EACH POINT OPENING WITH ITS TIME AND A COLON ("Từ 03/8 đến
14/8/2026: Đội … mở …"), the team named in full once and then by its abbreviation; III. one paragraph of a team's own
work; the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_son-la_318-KH-TCS4-2026_hoa-don-dien-tu-htx"
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
h4 { font-size: 12pt; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("THUẾ TỈNH SƠN LA", ""), ("THUẾ CƠ SỞ 4 TỈNH SƠN LA", "b"), ("Số: 318/KH-TCS4", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Mộc Châu, ngày 20 tháng 7 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hướng dẫn, kiểm tra việc sử dụng hóa đơn điện tử của hợp tác xã, tổ hợp tác 6 tháng cuối năm 2026"

# "h" a section heading, "s" a numbered heading, "p" a paragraph
BODY = [
    ("p", "Qua rà soát, nhiều hợp tác xã chè, rau, bò sữa trên địa bàn phường Mộc Châu và các xã Vân Hồ, Lóng Sập còn "
          "lúng túng khi lập hóa đơn điện tử có mã, kê khai hóa đơn đầu vào khi mua nông sản của thành viên. Thuế cơ sở "
          "4 tỉnh Sơn La lập Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giúp các hợp tác xã, tổ hợp tác lập, gửi, lưu hóa đơn điện tử đúng quy định; phát hiện sớm sai sót để hướng "
          "dẫn sửa, hạn chế phải xử phạt."),
    ("h", "II. NỘI DUNG"),
    ("s", "1. Hướng dẫn, hỗ trợ"),
    ("p", "a) Từ 03/8 đến 14/8/2026: Đội Tuyên truyền - Hỗ trợ người nộp thuế (Đội TT-HT) mở 03 lớp hướng dẫn lập hóa "
          "đơn điện tử có mã, hóa đơn khởi tạo từ máy tính tiền cho kế toán hợp tác xã, tổ trưởng tổ hợp tác; phối hợp "
          "Liên minh HTX tỉnh Sơn La mời học viên."),
    ("p", "b) Thường xuyên: Đội TT-HT duy trì nhóm Zalo \"HTX - Hóa đơn điện tử\", trả lời vướng mắc của hợp tác xã "
          "chậm nhất 02 ngày làm việc."),
    ("p", "c) Quý III/2026: Đội Hành chính - Nghiệp vụ phối hợp UBND phường Mộc Châu, UBND xã Vân Hồ rà soát danh sách "
          "hợp tác xã, tổ hợp tác đang hoạt động, đối chiếu với dữ liệu đăng ký thuế."),
    ("s", "2. Kiểm tra"),
    ("p", "a) Tháng 9 và tháng 10/2026: Đội Kiểm tra kiểm tra tại trụ sở 12 hợp tác xã có doanh thu trên 3 tỷ đồng/năm, "
          "mời Liên minh HTX tỉnh Sơn La cử cán bộ cùng tham gia đoàn."),
    ("p", "b) Trước 15/10/2026: Đội Kiểm tra đối chiếu hóa đơn đầu vào của 08 hợp tác xã chế biến chè, cà phê với bảng "
          "kê thu mua nông sản của thành viên."),
    ("p", "c) Quý IV/2026: Đội Kiểm tra phối hợp với Phòng Kinh tế (UBND xã Lóng Sập) xác minh 05 hợp tác xã không còn "
          "hoạt động tại địa chỉ đã đăng ký."),
    ("s", "3. Xử lý sau kiểm tra"),
    ("p", "a) Chậm nhất 10 ngày làm việc sau khi kết thúc mỗi cuộc kiểm tra: Đội Kiểm tra dự thảo kết luận, hướng dẫn "
          "hợp tác xã điều chỉnh hóa đơn sai sót."),
    ("p", "b) Trước 30/11/2026: Đội TT-HT tổng hợp 10 lỗi hóa đơn hợp tác xã hay mắc, in tờ rơi gửi các hợp tác xã, "
          "tổ hợp tác."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Đội Hành chính - Nghiệp vụ theo dõi tiến độ, tổng hợp kết quả thực hiện Kế hoạch, báo cáo Trưởng Thuế cơ sở "
          "và Thuế tỉnh Sơn La trước ngày 10/12/2026."),
    ("p", "Trên đây là Kế hoạch của Thuế cơ sở 4 tỉnh Sơn La; các Đội thực hiện đúng thời gian đã nêu./."),
]

NOI_NHAN = ["Nơi nhận:", "- Thuế tỉnh Sơn La (b/c);", "- LMHTX tỉnh;", "- UBND phường Mộc Châu, xã Vân Hồ, xã Lóng Sập;",
            "- Các Đội thuộc TCS4 (t/h);", "- Lưu: VT, KT."]
SIGN = [("KT. TRƯỞNG THUẾ CƠ SỞ", "b"), ("PHÓ TRƯỞNG THUẾ CƠ SỞ", "b"), ("", ""), ("", ""), ("", ""),
        ("Cầm Văn Thưởng", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 9:15 in Việt Nam
PDF_DATE = b"D:20260720091500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 318/KH-TCS4", CSS)
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
