"""Print b_khanh-hoa_31-KH-TCVX-2026_thuy-cung-mua-ca-moi-htx.pdf, the two-hundred-and-fifty-second held-out set's PDF,
from ``sources/b_khanh-hoa_31-KH-TCVX-2026_thuy-cung-mua-ca-moi-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen252/make_pdf.py

An aquarium company's plan (October 2026) for buying bait fish, live display fish and cultured coral of cooperatives
in 2027: the opening, I. purposes, II. the cooperatives (facts), III. a note, then ten TASK CARDS, each with a
TEAR-OFF CALENDAR TILE on its left as the deadline — a dark band with the month (or "QUÝ I", "HẰNG TUẦN", "HẰNG
THÁNG", "KHI PHÁT SINH") over a big day ("15", "cả tháng", "2027", "thứ Hai", "trước 05", "—") — and on its right the
work, then a small grey line "Phụ trách: … · Cùng làm: …"; IV. closing; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif (the tiles DejaVu Sans).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_khanh-hoa_31-KH-TCVX-2026_thuy-cung-mua-ca-moi-htx"
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
div.card { display: grid; grid-template-columns: 26mm auto; column-gap: 5mm; margin: 0 0 7pt; break-inside: avoid; }
div.tile { border: 1px solid #1d3b57; border-radius: 3pt; text-align: center; font-family: "DejaVu Sans";
           align-self: start; }
div.tile p.band { margin: 0; background: #1d3b57; color: #fff; font-size: 7.5pt; font-weight: bold; padding: 1pt 0; }
div.tile p.day { margin: 0; font-size: 17pt; font-weight: bold; color: #1d3b57; padding: 2pt 0 3pt; line-height: 1.1; }
div.tile p.day.small { font-size: 10.5pt; padding: 6pt 0 7pt; }
div.body p.work { margin: 0; text-align: justify; }
div.body p.who { margin: 1pt 0 0; font-size: 9.5pt; color: #555; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("THỦY CUNG VỊNH XANH", "b"), ("Số: 31/KH-TCVX", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Khánh Hòa, ngày 14 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mua cá mồi, sinh vật trưng bày và san hô nuôi cấy của hợp tác xã năm 2027"

BEFORE = [
    ("p", "Thủy cung đang nuôi khoảng 3.900 cá thể của 214 loài trong 27 bể, mỗi tuần dùng gần 1,6 tấn cá, mực làm "
          "thức ăn. Nguồn cá mồi và cá trưng bày hiện mua qua nậu vựa ở các cảng cá, không rõ ngày đánh bắt; một số "
          "san hô trưng bày còn mua lại từ người khai thác tự nhiên. Hội đồng quản trị giao Tổng Giám đốc lập Kế hoạch "
          "chuyển sang mua của các hợp tác xã nghề cá, nuôi biển trong tỉnh."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Thức ăn cho sinh vật tươi, đông lạnh đúng quy trình, biết rõ tàu đánh bắt hoặc lồng nuôi."),
    ("p", "- Từ năm 2027 không trưng bày san hô khai thác ngoài tự nhiên; hỗ trợ đầu ra cho ngư dân làm ăn tập thể."),
    ("h", "II. CÁC HỢP TÁC XÃ DỰ KIẾN LIÊN KẾT"),
    ("p", "HTX Khai thác hải sản Cam Ranh Xanh (cá nục, cá trích, mực ống cấp đông trên tàu); HTX Nuôi biển Đầm Môn "
          "(cá mú, tôm hùm, cá chim vây vàng); HTX Nuôi trồng san hô Hòn Mun (giàn ươm san hô cứng); HTX Rong biển "
          "Ninh Hải (rong nho, rong sụn, từ tỉnh Ninh Thuận cũ nhập về)."),
    ("h", "III. CÁC VIỆC CẦN LÀM"),
    ("p", "Ô lịch bên trái mỗi việc là hạn phải xong: dải màu trên ghi tháng, số lớn là ngày; “cả tháng” là xong trong "
          "tháng ghi ở dải màu. Dòng chữ nhỏ dưới mỗi việc ghi bộ phận phụ trách và bộ phận, đơn vị cùng làm."),
]

# (band, day, work, lead, partners)
CARDS = [
    ("THÁNG 11/2026", "15",
     "Đặt thử 500 kg cá nục, mực ống cấp đông của HTX Khai thác hải sản Cam Ranh Xanh cho bể cá mập, bể rùa biển; đo "
     "nhiệt độ lõi khi nhận", "Phòng Vật tư - Thu mua", ["Phòng Sinh vật biển"]),
    ("THÁNG 11/2026", "30",
     "Xuống lồng bè của HTX Nuôi biển Đầm Môn xem cá mú, tôm hùm; chọn cá thể khỏe, không dùng kháng sinh cấm, "
     "làm lý lịch từng lô đưa về bể", "Phòng Sinh vật biển", ["Tổ Thú y thủy sản"]),
    ("THÁNG 12/2026", "cả tháng",
     "Ký hợp đồng năm 2027 với các hợp tác xã: giá theo quý, điều khoản đổi cá chết trong 48 giờ, xe lạnh của "
     "hợp tác xã giao tận kho", "Phòng Tài chính - Kế toán", ["Phòng Vật tư - Thu mua"]),
    ("THÁNG 01/2027", "20",
     "Bày rong nho sấy, rong sụn khô của HTX Rong biển Ninh Hải ở quầy quà lưu niệm, kèm tấm bảng kể chuyện người "
     "trồng rong", "Phòng Kinh doanh - Dịch vụ", []),
    ("QUÝ I", "2027",
     "Dựng giàn ươm san hô trong bể B2, thay dần các khối san hô mua trôi nổi bằng san hô của HTX Nuôi trồng san hô "
     "Hòn Mun", "Tổ Lặn - Bể trưng bày", ["HTX Nuôi trồng san hô Hòn Mun", "Viện Hải dương học"]),
    ("HẰNG TUẦN", "thứ Hai",
     "Nhận cá mồi theo đơn của tuần; kiểm nhiệt độ thùng xe lạnh, trả lại lô hàng ấm hơn âm 18 độ C",
     "Tổ Thức ăn sinh vật", ["Phòng Vật tư - Thu mua"]),
    ("THÁNG 3/2027", "cả tháng",
     "Mở chương trình “Một ngày làm ngư dân” cho học sinh: đi thuyền thăm lồng bè của hợp tác xã, chiều về học bài "
     "về chuỗi thức ăn ở thủy cung", "Phòng Giáo dục - Trải nghiệm", ["HTX Nuôi biển Đầm Môn"]),
    ("KHI PHÁT SINH", "—",
     "Cá trưng bày chết nhiều hoặc nghi nhiễm bệnh sau khi thả: cách ly bể, gửi mẫu xét nghiệm, tạm ngừng nhận hàng "
     "của hợp tác xã đã giao lô đó", "Tổ Thú y thủy sản", ["Phòng Sinh vật biển"]),
    ("HẰNG THÁNG", "trước 05",
     "Đối chiếu phiếu nhập kho, chuyển tiền cho hợp tác xã phần hàng đã nhận của tháng liền trước",
     "Phòng Tài chính - Kế toán", []),
    ("THÁNG 6/2027", "30",
     "Sơ kết sáu tháng: tỷ lệ sinh vật sống sau 30 ngày, chi phí thức ăn, ý kiến khách tham quan; báo cáo Hội đồng "
     "quản trị", "Phòng Sinh vật biển", ["Phòng Tài chính - Kế toán", "Phòng Vật tư - Thu mua"]),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, tổ bám các ô lịch trên để làm; việc trễ hạn báo Phó Tổng Giám đốc phụ trách sinh vật "
          "trước ít nhất ba ngày./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 04 HTX liên kết;", "- Các phòng, tổ;", "- Lưu: VT, P.SVB."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lâm Quốc Vĩnh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:45 in Việt Nam
PDF_DATE = b"D:20261014104500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def card(band: str, day: str, work: str, lead: str, partners: list[str]) -> str:
    small = " small" if len(day) > 3 else ""
    who = f"Phụ trách: {lead} · Cùng làm: {', '.join(partners) if partners else '—'}"
    return (f'<div class="card"><div class="tile"><p class="band">{e(band)}</p>'
            f'<p class="day{small}">{e(day)}</p></div>'
            f'<div class="body"><p class="work">{e(work)}</p><p class="who">{e(who)}</p></div></div>')


def build_html() -> str:
    out = page_start("Kế hoạch 31/KH-TCVX", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out += [card(*entry) for entry in CARDS]
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
