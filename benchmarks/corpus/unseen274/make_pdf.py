"""Print b_bac-ninh_21-KH-SMKB-2026_ve-sinh-cong-nghiep-thue-to-htx.pdf, the two-hundred-and-seventy-fourth held-out
set's PDF, from ``sources/b_bac-ninh_21-KH-SMKB-2026_ve-sinh-cong-nghiep-thue-to-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen274/make_pdf.py

An industrial cleaning company's plan (September 2026) for hiring cleaning crews of environmental-sanitation
cooperatives, buying brooms and microbial cleaners of cooperatives and washing mops at a laundry cooperative: the
opening, I. purposes, II. the cooperatives (facts), III. a note, then nine yellow A-FRAME SIGNS ("wet floor" boards)
two across, each with a striped top "⚠ BIỂN 01", the work in the board, and three lines at its foot "Trực biển: X"
(the lead), "Đứng cùng: Y, Z" (the partners, "không" for none), "Cất biển: time"; IV. closing; the signature beside
"Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Sans.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_bac-ninh_21-KH-SMKB-2026_ve-sinh-cong-nghiep-thue-to-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Sans"; font-size: 11pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 11.5pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.boards { display: grid; grid-template-columns: 1fr 1fr; gap: 8mm 10mm; margin: 6pt 0 10pt; }
.board { border: 2px solid #222; border-radius: 14px 14px 2px 2px; background: #ffe45c; break-inside: avoid;
         padding: 0 0 6pt; }
.board .top { background: repeating-linear-gradient(135deg, #222 0 6px, #ffe45c 6px 12px); border-radius: 12px 12px 0 0;
              text-align: center; padding: 4pt 0; }
.board .top span { background: #ffe45c; font-weight: bold; padding: 0 6pt; letter-spacing: 1px; }
.board .work { margin: 6pt 8pt; text-align: justify; font-size: 10.5pt; }
.board .foot { border-top: 1px dashed #222; margin: 0 8pt; padding-top: 4pt; font-size: 10pt; }
.board .foot p { margin: 0; }
.board .foot b { font-weight: bold; }
.legs { display: flex; justify-content: space-between; margin: 0 10mm; }
.legs span { display: block; width: 4mm; height: 5mm; background: #222; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN DỊCH VỤ", "b"), ("VỆ SINH CÔNG NGHIỆP SAO MAI KINH BẮC", "b"), ("Số: 21/KH-SMKB", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Bắc Ninh, ngày 18 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thuê tổ vệ sinh của hợp tác xã và mua chổi, chế phẩm vi sinh của hợp tác xã cho các khu công nghiệp quý IV/2026"

BEFORE = [
    ("p", "Công ty đang làm sạch nhà xưởng, văn phòng, căng tin cho 37 nhà máy ở các khu công nghiệp Yên Phong, Quế Võ, "
          "Vân Trung. Từ tháng 10/2026 có thêm hai hợp đồng mới, cần thêm khoảng 60 người làm ca đêm, trong khi tuyển lẻ "
          "khó, người làm hay nghỉ giữa chừng. Tổng Giám đốc giao các phòng, đội làm theo Kế hoạch này."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Có đủ người làm ca đêm ổn định qua các tổ vệ sinh của hợp tác xã, được huấn luyện an toàn hóa chất như "
          "nhân viên của Công ty."),
    ("p", "- Dùng chổi đót, chổi tre và chế phẩm vi sinh do hợp tác xã trong tỉnh làm, giảm hóa chất tẩy rửa mạnh."),
    ("h", "II. CÁC HỢP TÁC XÃ THAM GIA"),
    ("p", "HTX Vệ sinh môi trường Tam Sơn (phường Tam Sơn) có 48 thành viên làm vệ sinh theo ca. HTX Chổi đót Thái Bảo "
          "bó chổi đót, chổi tre. HTX Nông nghiệp sinh học Việt Hùng ủ chế phẩm vi sinh khử mùi. HTX Dịch vụ giặt là "
          "Đình Bảng nhận giặt cây lau, giẻ lau công nghiệp."),
    ("h", "III. PHÂN CÔNG"),
    ("p", "Mỗi việc in trên một biển báo chữ A như biển “Sàn ướt” của đội: giữa biển là việc phải làm; chân biển ghi "
          "“Trực biển” là bộ phận chịu trách nhiệm chính, “Đứng cùng” là nơi phối hợp (“không” là không có), “Cất biển” "
          "là thời hạn xong việc."),
]

# (work, lead, partners, time)
BOARDS = [
    ("Ký hợp đồng thuê 02 tổ vệ sinh ca đêm (mỗi tổ 12 người) của HTX Vệ sinh môi trường Tam Sơn cho hai nhà máy mới ở "
     "khu công nghiệp Yên Phong", "Phòng Kinh doanh", "Phòng Nhân sự", "trước 30/9/2026"),
    ("Huấn luyện an toàn hóa chất, làm việc trên cao, dùng máy chà sàn cho toàn bộ người của tổ hợp tác xã trước khi "
     "vào ca", "Phòng An toàn - Chất lượng", "Phòng Nhân sự, HTX Vệ sinh môi trường Tam Sơn", "05/10/2026"),
    ("Phát đồng phục, thẻ ra vào nhà máy và đăng ký bảo hiểm tai nạn cho người của tổ hợp tác xã như nhân viên Công ty",
     "Phòng Nhân sự", "không", "tháng 10/2026"),
    ("Đặt 2.000 cây chổi đót, 800 chổi tre của HTX Chổi đót Thái Bảo, giao làm ba đợt; trả lại cây nào rụng cán, bung "
     "đót", "Phòng Vật tư - Hóa chất", "không", "từng đợt giao chổi"),
    ("Dùng thử chế phẩm vi sinh khử mùi của HTX Nông nghiệp sinh học Việt Hùng ở nhà vệ sinh, căng tin của 05 nhà máy; "
     "ghi phản ánh của khách", "Đội Vệ sinh khu công nghiệp Quế Võ", "Phòng Vật tư - Hóa chất",
     "tháng 11/2026"),
    ("Gửi cây lau, giẻ lau đã dùng sang HTX Dịch vụ giặt là Đình Bảng giặt, sấy, trả lại trong ngày",
     "Đội Vệ sinh khu công nghiệp Yên Phong", "HTX Dịch vụ giặt là Đình Bảng", "hằng ngày"),
    ("Kiểm tra đột xuất chất lượng làm sạch ca đêm của tổ hợp tác xã, chấm điểm theo phiếu của khách hàng",
     "Phòng An toàn - Chất lượng", "Phòng Kinh doanh", "mỗi tuần ít nhất 01 lần"),
    ("Trả tiền công cho hợp tác xã theo số ca thực làm, có bảng chấm công ký xác nhận của nhà máy",
     "Phòng Kế toán", "Phòng Nhân sự", "trước ngày 10 hằng tháng"),
    ("Sơ kết quý IV/2026, đề xuất ký tiếp hay mở rộng sang khu công nghiệp Vân Trung, trình Tổng Giám đốc",
     "Phòng Kinh doanh", "Phòng Kế toán, Phòng An toàn - Chất lượng", "15/01/2027"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Các trưởng phòng và đội trưởng bám theo các biển trên; có vướng mắc thì báo Phó Tổng Giám đốc phụ trách vận "
          "hành để giải quyết./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT (b/c);", "- Các HTX tham gia;", "- Các phòng, đội;", "- Lưu: VT, KD."]
SIGN = [("KT. TỔNG GIÁM ĐỐC", "b"), ("PHÓ TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""),
        ("Ngô Thị Hải Yến", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260918101500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def board(n: int, work: str, lead: str, partners: str, time: str) -> str:
    return (f'<div class="board"><div class="top"><span>⚠ BIỂN {n:02d}</span></div>'
            f'<p class="work">{e(work)}</p>'
            f'<div class="foot"><p><b>Trực biển:</b> {e(lead)}</p><p><b>Đứng cùng:</b> {e(partners)}</p>'
            f'<p><b>Cất biển:</b> {e(time)}</p></div>'
            '<div class="legs"><span></span><span></span></div></div>')


def build_html() -> str:
    out = page_start("Kế hoạch 21/KH-SMKB", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out.append('<div class="boards">')
    out += [board(n, *entry) for n, entry in enumerate(BOARDS, 1)]
    out.append('</div>')
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
