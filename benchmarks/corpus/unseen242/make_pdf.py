"""Print b_tp-ho-chi-minh_37-KH-DCSBN-2026_da-ca-sau-tht-htx.pdf, the two-hundred-and-forty-second held-out set's PDF,
from ``sources/b_tp-ho-chi-minh_37-KH-DCSBN-2026_da-ca-sau-tht-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen242/make_pdf.py

A crocodile-leather goods maker's plan (September 2026) for buying farmed crocodile skins from crocodile-raising
cooperative groups and a cooperative in the 2026 - 2027 season: the opening, I. purposes, II. numbered task paragraphs
each ENDING IN INLINE SQUARE-BRACKET TAGS "[CT: …] [PH: …] [HẠN: …]" (one without [PH], one [HẠN] a span), III. the
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
STEM = "b_tp-ho-chi-minh_37-KH-DCSBN-2026_da-ca-sau-tht-htx"
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
p.item { text-align: justify; margin: 0 0 6pt; padding-left: 10mm; text-indent: -6mm; }
span.tag { font-style: italic; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("DA CÁ SẤU BẾN NGHÉ", "b"), ("Số: 37/KH-DCSBN", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Thành phố Hồ Chí Minh, ngày 16 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thu mua da cá sấu nuôi của các tổ hợp tác, hợp tác xã niên vụ 2026 - 2027"

# ("h" heading | "p" paragraph | ("i", number, work, tags) an item, tags a list of (label, value))
BODY = [
    ("p", "Xưởng thuộc da của Công ty cần khoảng 5.200 tấm da cá sấu nước ngọt mỗi năm để may túi, thắt lưng, ví xuất "
          "khẩu; niên vụ trước chỉ 38% số tấm mua được từ hộ nuôi trong nước, số còn lại phải nhập. Các tổ hợp tác nuôi "
          "cá sấu ở các xã Củ Chi, Tân An Hội, Thái Mỹ và Hợp tác xã Cá sấu Phú Hòa Đông có thể cung cấp thêm nếu được "
          "hướng dẫn lột da, muối da đúng cách. Công ty TNHH Da cá sấu Bến Nghé lập Kế hoạch này."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Mua được 2.600 tấm da đạt loại I, II từ các THT, HTX trong niên vụ; có hồ sơ nguồn gốc hợp pháp cho từng "
          "tấm theo quy định CITES."),
    ("p", "- Cách đọc mục II: mỗi việc kết thúc bằng các nhãn trong ngoặc vuông — [CT: …] ghi bộ phận chủ trì, [PH: …] ghi "
          "bộ phận, cơ quan cùng làm, [HẠN: …] ghi mốc phải xong; việc không có nhãn [PH] thì bộ phận chủ trì tự làm."),
    ("h", "II. CÔNG VIỆC"),
    ("i", "1.", "Khảo sát đàn cá sấu từ 3 năm tuổi trở lên của từng THT, HTX; ước số tấm da có thể bán trong niên vụ.",
     [("CT", "Phòng Nguyên liệu"), ("PH", "Hợp tác xã Cá sấu Phú Hòa Đông"), ("HẠN", "30/10/2026")]),
    ("i", "2.", "Ký hợp đồng mua da có giá theo bề ngang bụng (cm) và loại da; ứng trước 20% giá trị cho THT khó khăn.",
     [("CT", "Phòng Nguyên liệu"), ("PH", "Phòng Kế toán"), ("HẠN", "20/11/2026")]),
    ("i", "3.", "Hướng dẫn thành viên THT, HTX lột da bụng, cạo mỡ, muối và cuộn da; cấp muối hạt và thùng chứa.",
     [("CT", "Xưởng Thuộc da"), ("PH", "Phòng Kỹ thuật - Chất lượng"), ("HẠN", "từ 01/12/2026 đến 15/01/2027")]),
    ("i", "4.", "Cùng chủ cơ sở nuôi lập hồ sơ đề nghị cấp giấy phép CITES cho từng lô da trước khi vận chuyển.",
     [("CT", "Phòng Xuất nhập khẩu"), ("PH", "Chi cục Kiểm lâm Thành phố"), ("HẠN", "trước mỗi lô")]),
    ("i", "5.", "Gắn thẻ nhựa có mã số vào đuôi từng tấm da khi nhận, ghi sổ theo dõi nguồn gốc.",
     [("CT", "Phòng Kỹ thuật - Chất lượng"), ("HẠN", "khi nhận da")]),
    ("i", "6.", "Phân loại, đo bề ngang bụng và chấm điểm vết xước của từng tấm ngay tại kho; trả biên bản cho "
                "THT, HTX.", [("CT", "Phòng Kỹ thuật - Chất lượng"), ("PH", "Xưởng Thuộc da; Phòng Nguyên liệu"),
                             ("HẠN", "15/02/2027")]),
    ("i", "7.", "Thanh toán phần tiền còn lại sau khi có biên bản phân loại.",
     [("CT", "Phòng Kế toán"), ("HẠN", "trong 05 ngày làm việc sau biên bản")]),
    ("i", "8.", "Mời đại diện các THT, HTX tham quan xưởng, xem tấm da thành phẩm để thấy lỗi lột da thường gặp.",
     [("CT", "Phòng Nguyên liệu"), ("PH", "Hội Nông dân Thành phố"), ("HẠN", "tháng 3/2027")]),
    ("i", "9.", "Tổng kết niên vụ, đề xuất giá mua niên vụ 2027 - 2028 trình Giám đốc.",
     [("CT", "Phòng Nguyên liệu"), ("PH", "Phòng Kế toán, Phòng Xuất nhập khẩu"), ("HẠN", "30/4/2027")]),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, xưởng theo nhãn [CT] của từng việc chịu trách nhiệm trước Giám đốc; mỗi tháng gửi tiến độ "
          "về Phòng Nguyên liệu để tổng hợp./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- Các THT, HTX nuôi cá sấu;", "- Các phòng, xưởng;",
            "- Lưu: VT, PNL."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Ung Thị Bảo Trâm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:40 in Việt Nam
PDF_DATE = b"D:20260916094000+07'00'"


def block(entry) -> str:
    if entry[0] == "i":
        _, number, work, tags = entry
        spans = " ".join(f'<span class="tag">[{e(label)}: {e(value)}]</span>' for label, value in tags)
        return f'<p class="item">{e(number)} {e(work)} {spans}</p>'
    kind, text = entry
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 37/KH-DCSBN", CSS)
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
