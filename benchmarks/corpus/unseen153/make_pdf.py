"""Write b_cao-bang_87-KH-NLTL-2026_thuoc-la-vu-xuan-htx.pdf, the hundred-and-fifty-third held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen153/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen153/make_pdf.py --html-only

A tobacco-leaf company's plan (September 2026) to invest in and buy the 2027 spring crop through the cooperatives and
cooperative groups its growers belong to: I. targets, II. how a work line is written and the company's abbreviations
spelt out, III. numbered work lines under three bold phase lines, EACH LINE "work → doers → time" with ARROWS between
the three parts, the lead marked "(chính)" after its name (not always first; absent where two stations share the
work), one line whose partners are asked with "đề nghị"; IV. one request to the provincial cooperative alliance; the
closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_cao-bang_87-KH-NLTL-2026_thuoc-la-vu-xuan-htx"
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
p.w { padding-left: 8mm; text-indent: -8mm; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("NGUYÊN LIỆU THUỐC LÁ BẰNG GIANG", "b"), ("Số: 87/KH-NLTL", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Cao Bằng, ngày 24 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Đầu tư trồng và thu mua thuốc lá nguyên liệu vụ Xuân 2027 qua hợp tác xã, tổ hợp tác"

ARROW = " \u2192 "

# "h" a section heading, "s" a phase line, "p" a paragraph, "w" a work line: (number, work, doers, time)
BODY = [
    ("p", "Vụ Xuân 2026, Công ty đầu tư qua 11 hợp tác xã, tổ hợp tác ở các xã Hòa An, Nguyễn Huệ, Bạch Đằng, Quảng Hòa "
          "với 360 ha; tỷ lệ lá cấp 1 - 2 chỉ đạt 58%, thấp hơn kế hoạch, do nhiều lò sấy đã xuống cấp và có hộ bán lá "
          "ra ngoài. Để vụ Xuân 2027 đạt chỉ tiêu Hội đồng quản trị giao, Công ty lập Kế hoạch như sau:"),
    ("h", "I. CHỈ TIÊU"),
    ("p", "- Diện tích đầu tư 420 ha qua 14 hợp tác xã, tổ hợp tác (thêm 03 đơn vị so với vụ trước)."),
    ("p", "- Thu mua 1.050 tấn lá khô; lá cấp 1 - 2 từ 65% trở lên."),
    ("p", "- Mọi hộ thành viên có nhật ký canh tác; không còn hộ bán lá ngoài hợp đồng."),
    ("h", "II. CÁCH GHI VÀ CHỮ VIẾT TẮT"),
    ("p", "Mỗi việc ghi theo thứ tự: công việc" + ARROW + "đơn vị thực hiện (đơn vị ghi \"chính\" chủ trì, các đơn vị "
          "còn lại phối hợp)" + ARROW + "thời hạn."),
    ("p", "P.KT-ĐT: Phòng Kỹ thuật - Đầu tư vùng trồng; P.KH-TM: Phòng Kế hoạch - Thu mua; P.TC-KT: Phòng Tài chính - "
          "Kế toán; P.HC-NS: Phòng Hành chính - Nhân sự; Trạm NL: trạm nguyên liệu của Công ty (Trạm NL Hòa An, Trạm NL "
          "Quảng Hòa)."),
    ("h", "III. CÔNG VIỆC"),
    ("s", "Trước vụ"),
    ("w", ("1", "Rà soát, chốt danh sách hộ thành viên của từng hợp tác xã, tổ hợp tác đăng ký trồng; không ký với hộ vi "
                "phạm hợp đồng vụ trước", "P.KH-TM (chính), Trạm NL Hòa An, Trạm NL Quảng Hòa", "xong 20/10/2026")),
    ("w", ("2", "Ký hợp đồng đầu tư - bao tiêu với 14 hợp tác xã, tổ hợp tác; hợp tác xã ký thay hộ thành viên theo giấy "
                "ủy quyền", "P.KH-TM (chính), P.TC-KT", "trước 31/10/2026")),
    ("w", ("3", "Ứng trước hạt giống, phân bón, màng phủ nông nghiệp theo định mức cho 1 ha",
           "P.TC-KT (chính), Trạm NL Hòa An, Trạm NL Quảng Hòa", "tháng 11/2026")),
    ("w", ("4", "Sửa chữa, chuyển 12 lò sấy đốt than sang đốt viên nén sinh khối, Công ty hỗ trợ 30% chi phí",
           "P.KT-ĐT, P.TC-KT (chính), UBND xã Hòa An", "quý IV/2026")),
    ("s", "Trong vụ"),
    ("w", ("5", "Gieo ươm cây con tập trung tại vườn ươm của hợp tác xã; kiểm tra mật độ, bệnh lở cổ rễ",
           "P.KT-ĐT (chính), HTX Nông nghiệp Hồng Việt", "tháng 12/2026 - tháng 01/2027")),
    ("w", ("6", "Tập huấn kỹ thuật trồng, bón phân cân đối, phòng bệnh khảm lá cho tổ trưởng và cán bộ kỹ thuật hợp tác "
                "xã", "P.KT-ĐT", "trước khi trồng ra ruộng (dự kiến 15/02/2027)")),
    ("w", ("7", "Đi đồng, cập nhật nhật ký canh tác của từng hộ trên ứng dụng của Công ty",
           "Trạm NL Hòa An, Trạm NL Quảng Hòa", "hằng tuần trong vụ")),
    ("w", ("8", "Xử lý hộ bán lá ngoài hợp đồng, thu hồi vật tư đã ứng",
           "P.KH-TM (chính); đề nghị UBND xã Nguyễn Huệ, UBND xã Bạch Đằng hỗ trợ", "khi phát hiện")),
    ("s", "Thu mua và kết thúc vụ"),
    ("w", ("9", "Thu mua tại điểm cân của hợp tác xã, phân cấp lá theo bảng giá niêm yết; chuyển tiền vào tài khoản hợp "
                "tác xã trong 07 ngày", "P.KH-TM (chính), P.TC-KT", "từ 01/5 đến 31/7/2027")),
    ("w", ("10", "Thanh lý hợp đồng, đối chiếu công nợ vật tư ứng trước với từng hợp tác xã, tổ hợp tác",
           "P.TC-KT (chính), P.KH-TM", "trước 31/8/2027")),
    ("w", ("11", "Tổng kết vụ, khen thưởng hợp tác xã, tổ hợp tác có tỷ lệ lá cấp 1 - 2 cao",
           "P.HC-NS (chính), Liên minh HTX tỉnh Cao Bằng", "tháng 9/2027")),
    ("h", "IV. ĐỀ NGHỊ"),
    ("p", "Công ty đề nghị Liên minh HTX tỉnh Cao Bằng hướng dẫn 03 tổ hợp tác ở xã Quảng Hòa hoàn thiện hồ sơ chuyển "
          "thành hợp tác xã trong quý IV/2026, kịp ký hợp đồng vụ Xuân 2027."),
    ("p", "Các phòng, trạm căn cứ Kế hoạch tổ chức thực hiện; có vướng mắc báo cáo Tổng Giám đốc (qua P.KH-TM) để xử "
          "lý./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- UBND các xã vùng trồng;", "- Liên minh HTX tỉnh;",
            "- 14 HTX, THT ký hợp đồng;", "- Các phòng, trạm (t/h);", "- Lưu: VT, KH-TM."]
SIGN = [("KT. TỔNG GIÁM ĐỐC", "b"), ("PHÓ TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""),
        ("Đàm Quang Khải", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20260924142000+07'00'"


def work_line(number: str, work: str, doers: str, time: str) -> str:
    return f'<p class="w">{e(number)}. {e(work)}{e(ARROW)}{e(doers)}{e(ARROW)}{e(time)}</p>'


def build_html() -> str:
    out = page_start("Kế hoạch 87/KH-NLTL", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, item in BODY:
        if kind == "w":
            out.append(work_line(*item))
        else:
            out.append({"h": f'<h3>{e(item)}</h3>', "s": f'<h4>{e(item)}</h4>', "p": f'<p class="t">{e(item)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
