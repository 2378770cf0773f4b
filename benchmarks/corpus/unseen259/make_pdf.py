"""Print b_hue_12-KH-NHTP-2026_ngan-hang-thuc-pham-mua-hang-htx.pdf, the two-hundred-and-fifty-ninth held-out set's
PDF, from ``sources/b_hue_12-KH-NHTP-2026_ngan-hang-thuc-pham-mua-hang-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen259/make_pdf.py

A food bank's plan (August 2026) for buying surplus and off-grade produce, rice noodles and dried fish of
cooperatives and giving it to poor households: the opening, I. purposes, II. the cooperatives (facts), III. a note,
then nine MEMO BOXES, one per task, each a small bordered form whose lines are "GỬI:" (the unit that does the work),
"ĐỒNG GỬI:" (those that work with it, "không" when none), "VIỆC:" and "HẠN BÁO KẾT QUẢ:"; IV. closing; the
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
STEM = "b_hue_12-KH-NHTP-2026_ngan-hang-thuc-pham-mua-hang-htx"
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
div.memo { border: 1px solid #000; margin: 0 0 7pt; padding: 4pt 6pt; font-size: 11pt; break-inside: avoid; }
div.memo p { margin: 0 0 1pt; }
div.memo span.k { display: inline-block; width: 40mm; font-weight: bold; font-size: 9.5pt; letter-spacing: 0.3pt; }
div.memo p.work { text-align: justify; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("QUỸ NGÂN HÀNG THỰC PHẨM", "b"), ("SẺ CHIA HUẾ", "b"), ("Số: 12/KH-NHTP", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Huế, ngày 03 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mua nông sản dư, hàng loại hai của hợp tác xã để chia cho hộ khó khăn, quý III - quý IV năm 2026"

BEFORE = [
    ("p", "Sáu tháng đầu năm 2026 Quỹ nhận 41 tấn hàng quyên góp, phần lớn là mì gói và gạo; rau tươi, cá, trứng gần "
          "như không có. Trong khi đó các hợp tác xã ven phá và vùng rau ven sông vẫn phải bỏ đi hàng nghìn ký rau "
          "quá lứa, cá nhỏ, trái xấu mã mỗi vụ vì không ai thu mua. Hội đồng quản lý Quỹ đồng ý dành 600 triệu đồng "
          "để mua lại phần hàng này với giá thỏa thuận, vừa giúp hợp tác xã, vừa có thêm thực phẩm tươi cho bếp ăn "
          "và các hộ khó khăn."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Mỗi tháng có ít nhất 06 tấn rau, củ, cá, trứng tươi chia cho hộ khó khăn và ba bếp ăn từ thiện ở bệnh viện."),
    ("p", "- Giảm lượng nông sản hợp tác xã phải bỏ đi; không mua hàng hư hỏng, hàng không rõ nơi làm ra."),
    ("h", "II. CÁC HỢP TÁC XÃ BÁN HÀNG CHO QUỸ"),
    ("p", "HTX Rau Thủy Biều (rau ăn lá, rau thơm); HTX Thủy sản Tam Giang (cá nhỏ, tôm đất, cá khô); HTX Bún Vân Cù "
          "(bún khô, bánh tráng); HTX Nông nghiệp Hương Trà Xanh (thanh trà, bưởi, khoai, sắn)."),
    ("h", "III. GIAO VIỆC"),
    ("p", "Mỗi khung dưới đây là một lời giao việc của Giám đốc Quỹ: ban, bộ phận ở dòng “Gửi” chịu trách nhiệm làm "
          "và báo kết quả; nơi ở dòng “Đồng gửi” cùng làm việc đó (ghi “không” là không có ai)."),
]

# (lead, partners, work, time)
MEMOS = [
    ("Ban Nguồn hàng", "Văn phòng Quỹ",
     "Đến từng hợp tác xã kê số lượng hàng dư, hàng loại hai theo từng tháng mùa vụ; thỏa thuận giá bằng 50 - 60% "
     "giá bán buôn", "trước 31/8/2026"),
    ("Văn phòng Quỹ", "không",
     "Ký thỏa thuận khung với bốn hợp tác xã, trong đó ghi rõ hàng loại hai là hàng nào, hàng nào Quỹ được từ chối",
     "tháng 9/2026"),
    ("Ban Kiểm tra chất lượng", "HTX Thủy sản Tam Giang",
     "Làm bảng kiểm nhận hàng bằng mắt, mũi, nhiệt kế cho cá, tôm; tập cho tình nguyện viên kiểm nhận ở điểm giao",
     "15/9/2026"),
    ("Ban Vận chuyển", "HTX Rau Thủy Biều; Đội tình nguyện viên xe máy",
     "Chở rau từ hợp tác xã về kho lạnh mượn của Trường Cao đẳng Du lịch trong ngày hái, không để qua đêm",
     "hằng ngày thứ Hai, thứ Năm"),
    ("Ban Phân phối", "Ủy ban MTTQ Việt Nam các phường; Hội Chữ thập đỏ thành phố Huế",
     "Lập danh sách 1.200 hộ khó khăn nhận túi thực phẩm hằng tuần, chia theo phường, xã, không trùng với các đoàn "
     "từ thiện khác", "quý III/2026"),
    ("Ban Phân phối", "không",
     "Giao bún, rau, cá cho ba bếp ăn từ thiện ở bệnh viện theo thực đơn tuần mà các bếp gửi trước", "thường xuyên"),
    ("Ban Nguồn hàng", "HTX Nông nghiệp Hương Trà Xanh",
     "Mua khoai, sắn, bưởi xấu mã vụ thu hoạch cuối năm để nấu cháo và làm quà Tết cho hộ già neo đơn",
     "trong tháng 11/2026"),
    ("Văn phòng Quỹ", "Ban Kiểm soát của Quỹ",
     "Công khai trên trang của Quỹ số tiền trả từng hợp tác xã và số ký hàng đã chia, kèm ảnh phiếu nhập kho",
     "sau mỗi lần chi trả"),
    ("Văn phòng Quỹ", "Ban Nguồn hàng; Ban Phân phối",
     "Tổng kết nửa năm đầu của cách làm này, xin ý kiến các hợp tác xã, trình Hội đồng quản lý mức chi năm 2027",
     "trước 20/12/2026"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các ban, bộ phận được gửi việc chủ động làm, ghi kết quả vào sổ theo dõi chung của Quỹ; việc vượt quá "
          "khả năng báo Giám đốc để giải quyết./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng quản lý Quỹ (b/c);", "- 04 HTX bán hàng;", "- Các ban, bộ phận của Quỹ;",
            "- Lưu: VP."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Tôn Nữ Minh Thư", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:45 in Việt Nam
PDF_DATE = b"D:20260803094500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def memo(lead: str, partners: str, work: str, time: str) -> str:
    return ('<div class="memo">'
            f'<p><span class="k">GỬI:</span>{e(lead)}</p>'
            f'<p><span class="k">ĐỒNG GỬI:</span>{e(partners)}</p>'
            f'<p class="work"><span class="k">VIỆC:</span>{e(work)}</p>'
            f'<p><span class="k">HẠN BÁO KẾT QUẢ:</span>{e(time)}</p>'
            '</div>')


def build_html() -> str:
    out = page_start("Kế hoạch 12/KH-NHTP", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out += [memo(*entry) for entry in MEMOS]
    out += [block(*entry) for entry in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
