"""Print b_can-tho_52-KH-KHLTD-2026_gas-cho-lo-say-va-dai-ly-htx.pdf, the two-hundred-and-eighty-first held-out set's
PDF, from ``sources/b_can-tho_52-KH-KHLTD-2026_gas-cho-lo-say-va-dai-ly-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen281/make_pdf.py

A liquefied-gas distributor's plan (March 2026) for supplying gas to cooperatives' dryers and making cooperatives its
cylinder agents: the opening, I. purposes, II. the cooperatives (facts), III. a note, then nine GAS CYLINDERS drawn
three across — a valve on top, the shoulder "BÌNH 01", the work on the body, "Đầu van: X" (the unit in charge),
"Theo ống: Y; Z" (the units going along, "không" for none) and at the foot a ring "Hạn kiểm định: <time>"; IV.
closing; the signature beside "Nơi nhận".

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
STEM = "b_can-tho_52-KH-KHLTD-2026_gas-cho-lo-say-va-dai-ly-htx"
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
.rack { display: grid; grid-template-columns: 1fr 1fr 1fr; column-gap: 6mm; row-gap: 6mm; margin: 6pt 0 10pt; }
.cyl { break-inside: avoid; display: flex; flex-direction: column; align-items: center; font-size: 9.5pt; }
.valve { width: 12mm; height: 5mm; border: 1.2px solid #000; border-bottom: none; border-radius: 2mm 2mm 0 0;
  background: #d9d9d9; }
.collar { width: 24mm; height: 4mm; border: 1.2px solid #000; border-radius: 3mm 3mm 0 0; }
.body { width: 100%; box-sizing: border-box; border: 1.6px solid #000; border-radius: 14mm 14mm 6mm 6mm;
  padding: 8pt 7pt 6pt; background: #f3f3f3; text-align: center; }
.shoulder { font-weight: bold; letter-spacing: 1pt; margin: 0 0 4pt; }
.work { text-align: left; margin: 0 0 5pt; line-height: 1.3; }
.role { text-align: left; margin: 0; }
.foot { width: 80%; box-sizing: border-box; border: 1.2px solid #000; border-top: none; border-radius: 0 0 4mm 4mm;
  padding: 2pt 4pt; text-align: center; font-size: 9pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("KHÍ HÓA LỎNG TÂY ĐÔ", "b"), ("Số: 52/KH-KHLTĐ", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Cần Thơ, ngày 02 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Cung cấp gas cho lò sấy nông sản và mở đại lý gas tại hợp tác xã năm 2026"

BEFORE = [
    ("p", "Từ khi ba tỉnh, thành cũ hợp nhất thành thành phố Cần Thơ, Công ty có thêm nhiều khách hàng là hợp tác xã sấy "
          "lúa, sấy trái cây ở vùng Hậu Giang, Sóc Trăng cũ; phần lớn lò sấy còn đốt trấu, củi, khói bụi nhiều và khó "
          "giữ nhiệt đều. Hội đồng quản trị giao Ban Tổng Giám đốc lập Kế hoạch này."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Chuyển ít nhất 12 lò sấy của hợp tác xã sang dùng gas hoặc đốt kết hợp gas trong năm 2026, giao gas tận lò "
          "theo lịch sấy."),
    ("p", "- Mỗi hợp tác xã có cửa hàng vật tư làm đại lý bình gas dân dụng cho thành viên, được tập huấn an toàn."),
    ("h", "II. HỢP TÁC XÃ THAM GIA"),
    ("p", "HTX Nông nghiệp Tân Long (xã Long Phú): 03 lò sấy lúa. HTX Trái cây sấy Phong Điền (xã Phong Điền): sấy mít, "
          "xoài, chuối. HTX Dịch vụ nông nghiệp Thới Lai (xã Thới Lai): cửa hàng vật tư, 02 lò sấy. Các hợp tác xã này "
          "đã ký biên bản ghi nhớ với Công ty tháng 02/2026."),
    ("h", "III. PHÂN CÔNG"),
    ("p", "Mỗi việc vẽ thành một bình gas. Tên ghi ở “Đầu van” là bộ phận chịu trách nhiệm chính; “Theo ống” là các "
          "bộ phận, đơn vị cùng làm (ghi “không” khi không có ai); vòng dưới chân bình là hạn phải xong."),
]

# (lead, [partners], work, time)
CYLINDERS = [
    ("Phòng Kỹ thuật - An toàn", ["Phòng Kinh doanh"],
     "Khảo sát 12 lò sấy của ba hợp tác xã, tính lượng gas mỗi mẻ sấy, chọn loại đầu đốt phù hợp từng lò",
     "31/3/2026"),
    ("Phòng Kinh doanh", ["Phòng Kế toán"],
     "Ký hợp đồng cung cấp gas bồn 45 kg cho lò sấy với giá cố định theo quý, trả tiền sau mỗi vụ",
     "tháng 4/2026"),
    ("Phòng Kỹ thuật - An toàn", ["HTX Nông nghiệp Tân Long"],
     "Lắp thử đầu đốt gas cho 01 lò sấy lúa, đo thời gian sấy, độ ẩm hạt và chi phí so với đốt trấu",
     "trước 15/5/2026"),
    ("Trạm chiết nạp Trà Nóc", ["Đội Vận chuyển"],
     "Giữ đủ bình 45 kg dự trữ cho mùa sấy lúa hè thu; giao bình tận lò theo lịch sấy hợp tác xã gửi trước",
     "quý II/2026"),
    ("Phòng Kỹ thuật - An toàn", ["Liên minh Hợp tác xã thành phố Cần Thơ",
                                  "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an thành phố Cần Thơ"],
     "Tập huấn an toàn khí hóa lỏng cho người đốt lò và nhân viên cửa hàng vật tư của hợp tác xã",
     "tháng 6/2026"),
    ("Phòng Kinh doanh", ["HTX Dịch vụ nông nghiệp Thới Lai"],
     "Làm thủ tục cho cửa hàng vật tư của hợp tác xã làm đại lý bán bình gas dân dụng mang thương hiệu Công ty",
     "15/7/2026"),
    ("Đội Vận chuyển", [],
     "Đến kiểm tra rò rỉ, thay van, dây dẫn cho lò sấy và bình của đại lý, không tính tiền công",
     "khi hợp tác xã báo có mùi gas"),
    ("Phòng Kế toán", [],
     "Đối chiếu số bình giao, bình vỏ thu về và công nợ với từng hợp tác xã",
     "hằng tháng"),
    ("Phòng Kinh doanh", ["Phòng Kỹ thuật - An toàn", "Phòng Kế toán"],
     "Tổng kết một năm chuyển lò sấy sang gas, tính lượng trấu, củi đã thay thế, đề xuất mở rộng năm 2027",
     "trước 30/11/2026"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, trạm, đội làm theo phần việc đã vẽ ở mục III; Phòng Kinh doanh theo dõi chung, báo Tổng "
          "Giám đốc vào tuần cuối mỗi quý./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT (b/c);", "- 03 HTX tham gia;", "- Các phòng, trạm, đội;", "- Lưu: VT, KD."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Huỳnh Thanh Phước", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260302101500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def cylinder(n: int, lead: str, partners: list[str], work: str, time: str) -> str:
    along = "; ".join(partners) if partners else "không"
    return (f'<div class="cyl"><div class="valve"></div><div class="collar"></div><div class="body">'
            f'<p class="shoulder">BÌNH {n:02d}</p><p class="work">{e(work)}</p>'
            f'<p class="role"><b>Đầu van:</b> {e(lead)}</p><p class="role"><b>Theo ống:</b> {e(along)}</p></div>'
            f'<div class="foot">Hạn kiểm định: <b>{e(time)}</b></div></div>')


def build_html() -> str:
    out = page_start("Kế hoạch 52/KH-KHLTĐ", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out.append('<div class="rack">')
    out += [cylinder(n, *entry) for n, entry in enumerate(CYLINDERS, start=1)]
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
