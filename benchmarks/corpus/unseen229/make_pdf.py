"""Print b_hai-phong_36-KH-DTLHX-2026_du-thuyen-htx-ngoac-nhon.pdf, the two-hundred-and-twenty-ninth held-out set's
PDF, from ``sources/b_hai-phong_36-KH-DTLHX-2026_du-thuyen-htx-ngoac-nhon.html``.

    .venv/bin/python benchmarks/corpus/unseen229/make_pdf.py

A cruise company's plan (October 2026) on Lan Hạ bay with the cooperatives and the cooperative group of đặc khu Cát
Hải: buying their seafood for the ships' kitchens, a stop at a cooperative's fishing village, a counter of their goods
aboard, rubbish from the fish farms. The opening, I. purposes, II. the linked units as "-" lines (facts), III. a
sentence on how the groups are read, then the items numbered 1. to 10. right through, SET IN GROUPS, EACH GROUP
CLOSED ON THE RIGHT BY A TALL CURLY BRACE "}" (an SVG stretched to the group's height) with the unit that leads its
items written beside the brace; partners inside the items ("cùng …", "phối hợp …", "mời …"), the time in brackets at
the end or in the sentence; IV. a request to the cooperatives; the closing sentence; the signature beside "Nơi nhận".

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
STEM = "b_hai-phong_36-KH-DTLHX-2026_du-thuyen-htx-ngoac-nhon"
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
p.note { font-style: italic; text-align: justify; margin: 0 0 8pt; }
.grp { display: grid; grid-template-columns: 1fr 7mm 50mm; margin: 0 0 9pt; break-inside: avoid; }
.grp .items p { text-align: justify; margin: 0 0 3pt; }
.grp .brace { align-self: stretch; }
.grp .brace svg { display: block; width: 100%; height: 100%; }
.grp .who { align-self: center; font-weight: bold; padding-left: 2mm; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("DU THUYỀN LAN HẠ XANH", "b"), ("Số: 36/KH-DTLHX", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Cát Hải, ngày 21 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mua hàng, đón khách và bán sản phẩm cùng các hợp tác xã, tổ hợp tác ở đặc khu Cát Hải, mùa du lịch 2026 - 2027"

BEFORE = [
    ("p", "Năm 2026, bốn du thuyền ngủ đêm của Công ty đón khoảng 38.000 lượt khách trên vịnh Lan Hạ; hải sản cho "
          "bếp tàu phần lớn mua qua thương lái nên giá cao và không rõ bè nuôi. Công ty đặt kế hoạch mua hàng, đưa khách "
          "và bán sản phẩm cùng các HTX, THT của đặc khu cho mùa du lịch 2026 - 2027 như sau."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Bếp tàu dùng hải sản, rau, mật ong của hợp tác xã địa phương, có nguồn gốc rõ ràng; khách được ghé làng "
          "chài, mua sản phẩm của hợp tác xã ngay trên tàu."),
    ("p", "- Các bè nuôi liên kết không xả rác nhựa, phao xốp hỏng ra vịnh."),
    ("h", "II. CÁC ĐƠN VỊ LIÊN KẾT"),
    ("p", "- HTX Nuôi trồng thủy sản Cái Bèo: 46 ô bè nuôi cá song, cá giò, tôm hùm tại vịnh Lan Hạ."),
    ("p", "- THT nuôi hàu Gia Luận: 18 hộ, khoảng 60 tấn hàu thương phẩm mỗi năm."),
    ("p", "- HTX Du lịch cộng đồng Việt Hải: 32 hộ thành viên làm homestay, chèo thuyền đưa khách."),
    ("p", "- HTX Nông nghiệp Trân Châu: mật ong, rau, gạo và 04 sản phẩm OCOP 3 sao."),
    ("h", "III. PHÂN CÔNG THỰC HIỆN"),
    ("note", "Các việc dưới đây được xếp thành nhóm; mỗi nhóm đóng bằng một dấu ngoặc nhọn ở bên phải. Đơn vị ghi cạnh "
             "dấu ngoặc chủ trì tất cả các việc trong ngoặc; đơn vị được nêu trong từng việc là đơn vị phối hợp."),
]

# (the unit beside the brace, [items of its group])
GROUPS = [
    ("Phòng Thu mua", [
        "1. Ký hợp đồng mua cá song, cá giò, tôm hùm và hàu với HTX Nuôi trồng thủy sản Cái Bèo và THT nuôi hàu "
        "Gia Luận, giá chốt theo từng quý (trước 15/11/2026).",
        "2. Nhận hàng tại cầu cảng Cái Bèo vào sáng sớm, cùng Bộ phận Ẩm thực kiểm tra độ tươi và ghi sổ từng lần "
        "nhận (mỗi chuyến nhận hàng).",
        "3. Đặt mua mật ong, rau và gạo của HTX Nông nghiệp Trân Châu cho thực đơn mùa đông; phối hợp Bộ phận Ẩm "
        "thực (tháng 12/2026).",
    ]),
    ("Phòng Điều hành tàu", [
        "4. Đưa điểm ghé làng chài của HTX Du lịch cộng đồng Việt Hải vào lịch trình 2 ngày 1 đêm, mỗi tàu dừng 90 "
        "phút; phối hợp UBND đặc khu Cát Hải bố trí điểm neo (trước 01/12/2026).",
        "5. Thuê thuyền kayak và người chèo của hợp tác xã đưa khách đi quanh khu bè nuôi, trả công theo lượt "
        "khách (từ tháng 12/2026, làm thường xuyên).",
    ]),
    ("Bộ phận Dịch vụ trên tàu", [
        "6. Mở quầy “Sản vật Cát Hải” trên cả 04 tàu, bán sản phẩm OCOP của các hợp tác xã theo hình thức ký gửi; "
        "phối hợp Phòng Thu mua (tháng 01/2027).",
        "7. Dạy nhân viên quầy giới thiệu sản phẩm bằng tiếng Anh, mời Trường Cao đẳng Du lịch Hải Phòng cử giảng "
        "viên hướng dẫn (trước 20/01/2027).",
    ]),
    ("Phòng Kế toán", [
        "8. Chuyển tiền hàng cho hợp tác xã, tổ hợp tác trong 07 ngày làm việc sau mỗi lần đối chiếu sổ nhận "
        "hàng.",
        "9. Đối chiếu doanh số quầy ký gửi với từng hợp tác xã và chuyển tiền bán hàng (ngày 05 hằng tháng).",
    ]),
    ("Ban An toàn - Môi trường", [
        "10. Gom rác nhựa, phao xốp hỏng của các bè nuôi lên tàu chở về bến, phối hợp HTX Nuôi trồng thủy sản Cái "
        "Bèo (thứ Hai hằng tuần).",
    ]),
]

AFTER = [
    ("h", "IV. ĐỀ NGHỊ ĐỐI VỚI CÁC ĐƠN VỊ LIÊN KẾT"),
    ("p", "Đề nghị các hợp tác xã, tổ hợp tác liên kết báo cho Phòng Thu mua lượng hàng có thể giao trong tuần sau, "
          "chậm nhất chiều thứ Sáu hằng tuần."),
    ("p", "Trưởng các phòng, bộ phận nêu trên triển khai đúng phần việc được giao, vướng mắc báo Tổng Giám đốc./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- UBND đặc khu Cát Hải;", "- Các HTX, THT liên kết;",
            "- Các phòng, bộ phận;", "- Lưu: VT."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Vũ Thị Ngọc Diệp", "b")]

#: a right curly brace drawn in a 20 × 100 box, stretched to the group's height (the stroke keeps its width)
BRACE = ('<svg viewBox="0 0 20 100" preserveAspectRatio="none"><path d="M2 0.5 Q10 0.5 10 8 L10 43 Q10 50 18 50 '
         'Q10 50 10 57 L10 92 Q10 99.5 2 99.5" fill="none" stroke="#000" stroke-width="1.3" '
         'vector-effect="non-scaling-stroke"/></svg>')

#: the dates written into the PDF instead of the time of printing: the plan's, 09:30 in Việt Nam
PDF_DATE = b"D:20261021093000+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>',
            "note": f'<p class="note">{e(text)}</p>'}[kind]


def group(unit: str, items: list[str]) -> str:
    return ('<div class="grp"><div class="items">' + "".join(f'<p>{e(x)}</p>' for x in items) + '</div>'
            f'<div class="brace">{BRACE}</div><div class="who">{e(unit)}</div></div>')


def build_html() -> str:
    out = page_start("Kế hoạch 36/KH-DTLHX", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out += [group(*entry) for entry in GROUPS]
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
