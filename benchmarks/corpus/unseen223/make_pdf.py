"""Print b_khanh-hoa_21-KH-HBVNTD-2026_nhan-hang-khieu-nai-htx.pdf, the two-hundred-and-twenty-third held-out set's PDF,
from ``sources/b_khanh-hoa_21-KH-HBVNTD-2026_nhan-hang-khieu-nai-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen223/make_pdf.py

A provincial consumer protection association's plan (September 2026) helping food-processing and tourism cooperatives
with labels, customers' complaints and the 2023 consumer protection law: the opening, I. purposes, II. the work
GROUPED UNDER HEADINGS BY THE GROUP OF COOPERATIVES it serves ("1. Nhóm …", "2. Nhóm …", "3. Chung cho các nhóm"),
items "1.1", "1.2" … each OPENING WITH ITS DOER IN BOLD and an em dash, partners after "phối hợp" or "cùng", the time in
brackets at the item's end; III. requests to other bodies; the signature beside "Nơi nhận".

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
STEM = "b_khanh-hoa_21-KH-HBVNTD-2026_nhan-hang-khieu-nai-htx"
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
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.item { text-align: justify; margin: 0 0 5pt; padding-left: 10mm; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỘI BẢO VỆ QUYỀN LỢI", "b"), ("NGƯỜI TIÊU DÙNG", "b"), ("TỈNH KHÁNH HÒA", "b"), ("Số: 21/KH-HBVNTD", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Khánh Hòa, ngày 18 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hỗ trợ hợp tác xã ghi nhãn đúng, giải quyết phản ánh của khách hàng năm 2026"

# ("h" heading | "g" group heading | "p" paragraph | ("i", number, doer, rest) an item)
BODY = [
    ("p", "Qua tiếp nhận phản ánh năm 2025 và 9 tháng đầu năm 2026, Hội ghi nhận 37 trường hợp khách mua hàng, khách "
          "du lịch phản ánh về sản phẩm, dịch vụ của hợp tác xã: nhãn yến sào, nước mắm thiếu hạn sử dụng hoặc tên đơn "
          "vị chịu trách nhiệm; giá đò, giá xe điện tham quan khác giá đã niêm yết. Thực hiện Luật Bảo vệ quyền lợi "
          "người tiêu dùng năm 2023, Ban Thường vụ Hội lập Kế hoạch này."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Các hợp tác xã chế biến thực phẩm trên địa bàn tỉnh ghi nhãn đúng quy định; hợp tác xã du lịch niêm yết giá "
          "công khai, có đầu mối nhận và trả lời phản ánh của khách."),
    ("p", "- Giảm ít nhất một nửa số phản ánh về hợp tác xã so với năm 2025."),
    ("h", "II. NỘI DUNG VÀ PHÂN CÔNG"),
    ("g", "1. Nhóm hợp tác xã chế biến yến sào, nước mắm, hải sản khô"),
    ("i", "1.1.", "Ban Tư vấn - Khiếu nại",
     "xem lại nhãn hàng hóa của 18 hợp tác xã, chỉ rõ từng lỗi ghi nhãn và cách sửa; phối hợp Chi cục Quản lý thị "
     "trường tỉnh (tháng 10/2026)."),
    ("i", "1.2.", "Văn phòng Hội",
     "cùng Liên minh Hợp tác xã tỉnh mở 02 lớp giới thiệu Luật Bảo vệ quyền lợi người tiêu dùng năm 2023 cho giám "
     "đốc, kế toán hợp tác xã (trước 15/11/2026)."),
    ("i", "1.3.", "Ban Tư vấn - Khiếu nại",
     "giúp mỗi hợp tác xã soạn quy trình nhận và trả lời phản ánh của khách, in số điện thoại đường dây nóng và mã QR "
     "lên bao bì (quý IV/2026)."),
    ("g", "2. Nhóm hợp tác xã du lịch cộng đồng, chở khách bằng đò, xe điện"),
    ("i", "2.1.", "Chi hội Nha Trang",
     "khảo sát bảng giá niêm yết và hợp đồng mẫu với khách của 06 hợp tác xã; phối hợp Sở Văn hóa, Thể thao và Du "
     "lịch (tháng 11/2026)."),
    ("i", "2.2.", "Ban Truyền thông",
     "in tờ gấp “Quyền của khách du lịch” bằng tiếng Việt và tiếng Anh, đặt tại quầy bán vé của các hợp tác xã "
     "(trước 20/12/2026)."),
    ("i", "2.3.", "Ban Tư vấn - Khiếu nại",
     "hòa giải giữa khách và hợp tác xã các vụ thu sai giá niêm yết, mời Liên minh Hợp tác xã tỉnh cùng dự "
     "(khi có phản ánh)."),
    ("g", "3. Chung cho các nhóm"),
    ("i", "3.1.", "Ban Truyền thông",
     "giới thiệu các hợp tác xã làm tốt trên chuyên mục “Người tiêu dùng thông thái”, phối hợp Báo và Phát thanh, "
     "Truyền hình Khánh Hòa (hằng tháng)."),
    ("i", "3.2.", "Văn phòng Hội",
     "gom kết quả các ban, báo cáo Ban Thường vụ Hội và Sở Công Thương (trước 15/01/2027)."),
    ("h", "III. PHẦN VIỆC CỦA CƠ QUAN KHÁC"),
    ("p", "Đề nghị Liên minh Hợp tác xã tỉnh gửi Hội danh sách hợp tác xã chế biến thực phẩm, hợp tác xã du lịch cùng "
          "đầu mối liên hệ trước ngày 05/10/2026."),
    ("p", "Các ban, chi hội căn cứ nội dung được phân công chủ động triển khai./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội Bảo vệ NTD Việt Nam (b/c);", "- Sở Công Thương;", "- Liên minh HTX tỉnh;",
            "- Các ban, chi hội;", "- Lưu: VP."]
SIGN = [("TM. BAN THƯỜNG VỤ", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Tôn Nữ Hạnh Dung", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260918101500+07'00'"


def block(entry) -> str:
    if entry[0] == "i":
        _, number, doer, rest = entry
        return f'<p class="item">{e(number)} <b>{e(doer)}</b> — {e(rest)}</p>'
    kind, text = entry
    return {"h": f'<h3>{e(text)}</h3>', "g": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 21/KH-HBVNTD", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(entry) for entry in BODY]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
