"""Write b_quang-ngai_57-KH-QBVPTR-2026_quy-rung-chi-tra-dvmtr-htx-giao-trong-ngoac.pdf, the sixty-seventh held-out
set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen67/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen67/make_pdf.py --html-only

A provincial Forest Protection and Development Fund's plan (January 2026) for paying forest-environment-service money
to cooperatives, cooperative groups and communities holding forest contracts: the grounds, I. purposes, II. the
figures, III. numbered tasks each ending with its doer, partners and time IN BRACKETS, IV. the closing paragraph; the
signature beside "Nơi nhận".

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
STEM = "b_quang-ngai_57-KH-QBVPTR-2026_quy-rung-chi-tra-dvmtr-htx-giao-trong-ngoac"
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
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 4pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH QUẢNG NGÃI", ""), ("QUỸ BẢO VỆ VÀ PHÁT TRIỂN RỪNG", "b"), ("Số: 57/KH-QBVPTR", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Quảng Ngãi, ngày 09 tháng 01 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Chi trả tiền dịch vụ môi trường rừng năm 2026 cho các hợp tác xã, tổ hợp tác, cộng đồng thôn nhận "
            "khoán bảo vệ rừng")

# "h" a section heading, "p" a paragraph
BODY = [
    ("p", "Căn cứ Nghị định số 156/2018/NĐ-CP và Nghị định số 91/2024/NĐ-CP của Chính phủ về chính sách chi trả dịch "
          "vụ môi trường rừng; căn cứ kế hoạch thu, chi năm 2026 được Ủy ban nhân dân tỉnh phê duyệt, Quỹ Bảo vệ và "
          "Phát triển rừng tỉnh lập kế hoạch chi trả cho các chủ rừng là tổ chức kinh tế tập thể như sau."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Chi trả đúng đối tượng, đủ tiền, đúng hạn; tiền dịch vụ được dùng để hợp tác xã, tổ hợp tác trả công tuần "
          "tra, trồng dặm và phát triển sinh kế dưới tán rừng (sâm, đẳng sâm, quế, nuôi ong)."),
    ("h", "II. ĐỐI TƯỢNG VÀ SỐ TIỀN DỰ KIẾN"),
    ("p", "14 hợp tác xã, 37 tổ hợp tác và 62 cộng đồng dân cư thôn nhận khoán 48.300 ha rừng tại các xã vùng Kon "
          "Tum cũ và miền Tây Quảng Ngãi; tổng số tiền dự kiến 71,5 tỷ đồng, chi làm hai đợt (tạm ứng và thanh toán)."),
    ("h", "III. NHIỆM VỤ"),
    ("p", "1. Rà soát hồ sơ khoán, bản đồ diện tích rừng của từng hợp tác xã, tổ hợp tác; đối chiếu với kết quả theo "
          "dõi diễn biến rừng năm 2025 (Phòng Kỹ thuật chủ trì, phối hợp Chi cục Kiểm lâm vùng Kon Tum, Hạt Kiểm lâm "
          "các khu vực; xong trước 15/3/2026)."),
    ("p", "2. Mở tài khoản, hướng dẫn ký xác nhận diện tích cho các tổ hợp tác, cộng đồng chưa có tài khoản ngân "
          "hàng để chi không dùng tiền mặt (Phòng Kế hoạch - Tài chính; phối hợp Agribank chi nhánh Kon Tum, UBND các "
          "xã; trong quý I/2026)."),
    ("p", "3. Tạm ứng đợt 1 bằng 70% số tiền kế hoạch cho các hợp tác xã, tổ hợp tác đủ hồ sơ (Phòng Kế hoạch - Tài "
          "chính chủ trì; tháng 4/2026)."),
    ("p", "4. Tập huấn lập phương án sử dụng tiền dịch vụ môi trường rừng, sổ sách kế toán cho giám đốc, kế toán hợp "
          "tác xã và tổ trưởng tổ hợp tác (Phòng Kỹ thuật chủ trì, phối hợp Liên minh Hợp tác xã tỉnh; 02 lớp trong "
          "quý II)."),
    ("p", "5. Kiểm tra việc tuần tra, bảo vệ rừng và dùng tiền đã nhận tại 10 hợp tác xã, 15 tổ hợp tác chọn ngẫu "
          "nhiên (Tổ kiểm tra của Quỹ, phối hợp Sở Nông nghiệp và Môi trường, Sở Tài chính; từ tháng 7 đến tháng "
          "9/2026)."),
    ("p", "6. Hỗ trợ các hợp tác xã có diện tích rừng tự nhiên lớn xây dựng dự án sinh kế dưới tán rừng để đề nghị "
          "hỗ trợ từ tiền lãi và nguồn kết dư của Quỹ (Phòng Kỹ thuật; phối hợp UBND xã nơi có dự án; sau khi có "
          "kết quả kiểm tra)."),
    ("p", "7. Nghiệm thu diện tích rừng được bảo vệ năm 2026 với từng hợp tác xã, tổ hợp tác, cộng đồng (Hạt Kiểm "
          "lâm các khu vực chủ trì, phối hợp Phòng Kỹ thuật và UBND các xã; trước 30/11/2026)."),
    ("p", "8. Thanh toán đợt 2 phần còn lại theo kết quả nghiệm thu, quyết toán với chủ rừng (Phòng Kế hoạch - Tài "
          "chính chủ trì; chậm nhất 31/12/2026)."),
    ("p", "9. Đăng công khai danh sách, số tiền chi trả của từng hợp tác xã, tổ hợp tác tại trụ sở UBND xã và nhà "
          "văn hóa thôn (UBND các xã có rừng; sau mỗi đợt chi trả 10 ngày)."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Giám đốc Quỹ phân công Phó Giám đốc theo dõi từng nhiệm vụ; các phòng báo cáo tiến độ tại giao ban tháng "
          "của Quỹ. Vướng mắc vượt thẩm quyền, Quỹ báo cáo Sở Nông nghiệp và Môi trường, Ủy ban nhân dân tỉnh."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở NN&MT, Sở Tài chính;", "- Hội đồng quản lý Quỹ;",
            "- LMHTX tỉnh;", "- UBND các xã có rừng;", "- Lưu: VT, KH-TC."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("A Hrươu Thanh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20260109142000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 57/KH-QBVPTR", CSS)
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
