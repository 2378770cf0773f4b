"""Write b_tay-ninh_09-KH-HBVNTD-2026_hoi-nguoi-tieu-dung-htx-ngay-15-3.pdf, the seventy-fifth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen75/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen75/make_pdf.py --html-only

A provincial consumers' protection association's plan for the Vietnamese Consumers' Rights Day with cooperatives
(February 2026, Tây Ninh after its merger with Long An): I. purposes, II. numbered activities, each a bold title line
over its prose, the doers and time inside the prose; III. two paragraphs; the signature beside "Nơi nhận". No table.

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
STEM = "b_tay-ninh_09-KH-HBVNTD-2026_hoi-nguoi-tieu-dung-htx-ngay-15-3"
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
h4 { font-size: 12pt; margin: 6pt 0 2pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỘI BẢO VỆ QUYỀN LỢI", "b"), ("NGƯỜI TIÊU DÙNG TỈNH TÂY NINH", "b"), ("Số: 09/KH-HBVNTD", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Tây Ninh, ngày 24 tháng 02 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hưởng ứng Ngày Quyền của người tiêu dùng Việt Nam 15/3/2026 cùng các hợp tác xã"

# "h" a section heading, "s" an activity's title line, "p" a paragraph
BODY = [
    ("p", "Năm 2026 Hội chọn chủ đề hành động “Hợp tác xã minh bạch - người tiêu dùng an tâm”, hướng vào các hợp tác xã "
          "làm rau, trái cây, gạo, mắm và đặc sản của hai vùng Tây Ninh cũ và Long An cũ đang bán hàng tại chợ, cửa "
          "hàng và trên mạng. Ban Thường vụ Hội ban hành Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giúp các hợp tác xã hiểu và làm đúng nghĩa vụ đối với người tiêu dùng: ghi nhãn, niêm yết giá, bảo hành, đổi "
          "trả và giải quyết phản ánh; giúp người tiêu dùng biết các địa chỉ mua hàng của hợp tác xã có nguồn gốc rõ."),
    ("h", "II. CÁC HOẠT ĐỘNG"),
    ("s", "1. Lễ ký cam kết của hợp tác xã"),
    ("p", "Văn phòng Hội chủ trì, phối hợp với Liên minh HTX tỉnh mời 40 hợp tác xã ký cam kết “bán đúng, cân "
          "đủ, ghi nhãn thật” tại Lễ mít tinh ngày 15/3/2026 ở phường Long An."),
    ("s", "2. Tư vấn ghi nhãn, niêm yết giá"),
    ("p", "Ban Tư vấn pháp luật của Hội cùng Chi cục Quản lý thị trường tư vấn trực tiếp cho các hợp tác xã về nhãn hàng "
          "hóa, mã truy xuất, niêm yết giá; làm trong tháng 3 và tháng 4/2026."),
    ("s", "3. Điểm tiếp nhận phản ánh tại hợp tác xã"),
    ("p", "Mỗi hợp tác xã có cửa hàng bố trí một người nhận phản ánh của khách và dán số điện thoại đường dây nóng của "
          "Hội tại quầy; Hội cơ sở các xã, phường hướng dẫn và kiểm tra việc này trước ngày 31/3/2026."),
    ("s", "4. Phiên chợ hàng hợp tác xã"),
    ("p", "Phối hợp Sở Công Thương và Liên minh Hợp tác xã tỉnh tổ chức 02 phiên chợ hàng hợp tác xã cuối tuần tại "
          "Quảng trường tỉnh; Văn phòng Hội đầu mối, tổ chức vào thứ Bảy, Chủ nhật sau lễ mít tinh."),
    ("s", "5. Truyền thông"),
    ("p", "Báo và Phát thanh, Truyền hình Tây Ninh được đề nghị đưa tin, làm phóng sự về hợp tác xã giữ chữ tín với "
          "khách hàng, phát trong tuần lễ 09 - 15/3/2026."),
    ("s", "6. Tập huấn giải quyết khiếu nại"),
    ("p", "Ban Tư vấn pháp luật của Hội mở 02 lớp hướng dẫn hợp tác xã tự thương lượng, hòa giải với người tiêu dùng "
          "khi có khiếu nại; quý II/2026."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Thường trực Hội phân công ủy viên Ban Thường vụ theo dõi từng hoạt động; tổng hợp kết quả, báo cáo "
          "Trung ương Hội và Ủy ban nhân dân tỉnh chậm nhất ngày 30/4/2026."),
    ("p", "2. Kế toán Hội dự trù kinh phí từ nguồn hội phí và tài trợ, quyết toán sau khi kết thúc các hoạt động."),
    ("p", "Đề nghị các cơ quan, đơn vị phối hợp với Hội để các hoạt động được tổ chức chu đáo./."),
]

NOI_NHAN = ["Nơi nhận:", "- TW Hội BVQLNTD VN (b/c);", "- UBND tỉnh (b/c);", "- Sở Công Thương;",
            "- Liên minh HTX tỉnh;", "- Hội cơ sở;", "- Lưu VT."]
SIGN = [("TM. BAN THƯỜNG VỤ", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Võ Thị Ngọc Hạnh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:00 in Việt Nam
PDF_DATE = b"D:20260224140000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 09/KH-HBVNTD", CSS)
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
