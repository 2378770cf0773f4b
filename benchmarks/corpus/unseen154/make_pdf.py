"""Write b_tuyen-quang_09-KH-BTC-2026_giai-chay-dem-nguoc-ngay-d-htx.pdf, the hundred-and-fifty-fourth held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen154/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen154/make_pdf.py --html-only

A trail race's organising committee (Ban Tổ chức Giải chạy địa hình Cao nguyên đá 2026, Tuyên Quang, August 2026)
drawing cooperatives into the race — water stations, a runners' expo, homestays, shuttle buses: I. purposes, II. the
work BY SUB-COMMITTEE ("1. Tiểu ban …" headings, each over an italic line naming its head, which is no task), every
item OPENING WITH A COUNTDOWN TIME IN SQUARE BRACKETS counted from race day ("[D-60]", "[Ngày D]", "[D+5]"; a note
says D is 15/11/2026 and how to count); III. requests to two outside bodies; the closing sentence; the signature beside
"Nơi nhận". No table.

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
STEM = "b_tuyen-quang_09-KH-BTC-2026_giai-chay-dem-nguoc-ngay-d-htx"
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
h4 { font-size: 12pt; margin: 6pt 0 1pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.w { font-style: italic; margin: 0 0 4pt 10mm; }
p.n { font-style: italic; text-align: justify; margin: 0 0 6pt; border: 1px solid #000; padding: 3pt 6pt; }
.sign { display: grid; grid-template-columns: 40% 60%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH TUYÊN QUANG", ""), ("BAN TỔ CHỨC GIẢI CHẠY ĐỊA HÌNH", "b"),
             ("CAO NGUYÊN ĐÁ 2026", "b"), ("Số: 09/KH-BTC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Tuyên Quang, ngày 18 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mời gọi hợp tác xã, tổ hợp tác cùng phục vụ Giải chạy địa hình Cao nguyên đá 2026"

# "h" a section heading, "s" a sub-committee's heading, "w" the line naming its head, "n" the boxed note,
# "p" a paragraph
BODY = [
    ("p", "Giải chạy địa hình Cao nguyên đá 2026 tổ chức ngày 15/11/2026 tại xã Đồng Văn, gồm 4 cự ly 10 km, 21 km, "
          "42 km và 70 km, dự kiến 3.500 vận động viên trong nước và quốc tế. Để người dân và kinh tế tập thể địa "
          "phương được hưởng lợi từ giải, Ban Tổ chức xây dựng Kế hoạch huy động các hợp tác xã (HTX), tổ hợp tác "
          "(THT) tham gia phục vụ như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Nước uống, trái cây, chỗ nghỉ, xe đưa đón phục vụ vận động viên ưu tiên đặt của HTX, THT trên địa bàn; "
          "giá niêm yết công khai."),
    ("p", "- Quảng bá sản phẩm OCOP, du lịch cộng đồng của vùng cao nguyên đá tới vận động viên và du khách."),
    ("h", "II. NHIỆM VỤ CỦA CÁC TIỂU BAN"),
    ("n", "Ghi chú: ngày thi đấu 15/11/2026 gọi là ngày D. Mốc thời gian đầu mỗi việc tính theo ngày D: [D-30] là "
          "chậm nhất 30 ngày trước ngày D; [Ngày D] là trong ngày thi đấu; [D+5] là chậm nhất 5 ngày sau ngày D."),
    ("s", "1. Tiểu ban Hậu cần - Dịch vụ"),
    ("w", "(Trưởng tiểu ban: ông Sùng Mí Chúa, Phó Chủ tịch UBND xã Đồng Văn)"),
    ("p", "- [D-60] Ký hợp đồng với HTX Nông sản Phố Cáo và HTX Dịch vụ Lũng Cú cung cấp nước uống, chuối, cam sành, "
          "mật ong bạc hà cho 12 trạm tiếp nước; phối hợp Trung tâm Y tế khu vực Đồng Văn kiểm tra an toàn thực "
          "phẩm."),
    ("p", "- [D-20] Thống nhất với các HTX, THT du lịch cộng đồng bố trí 600 chỗ nghỉ homestay cho vận động viên, "
          "công khai giá phòng trên trang thông tin của giải."),
    ("p", "- [Ngày D] Điều hành 12 trạm tiếp nước, mỗi trạm 04 thành viên HTX; phối hợp Tỉnh đoàn bố trí tình nguyện "
          "viên hỗ trợ."),
    ("s", "2. Tiểu ban Truyền thông - Tài trợ"),
    ("w", "(Trưởng tiểu ban: bà Hà Thị Nguyệt Quế, Trưởng phòng Quản lý thể dục thể thao, Sở Văn hóa, Thể thao và "
          "Du lịch)"),
    ("p", "- [D-45] Mời các HTX có sản phẩm OCOP đăng ký gian hàng tại khu Expo nhận số đeo ngày 13 - 14/11/2026; "
          "cùng Liên minh Hợp tác xã tỉnh chọn 30 gian hàng."),
    ("p", "- [D-30] Đưa tên, sản phẩm của các HTX đồng hành vào bộ nhận diện của giải và túi quà tặng vận động "
          "viên."),
    ("p", "- [D+10] Đăng bài, phóng sự về các HTX phục vụ giải trên trang thông tin của giải; phối hợp Báo và Phát "
          "thanh, Truyền hình Tuyên Quang."),
    ("s", "3. Tiểu ban An ninh - Y tế - Đường chạy"),
    ("w", "(Trưởng tiểu ban: ông Lù Văn Dình, Phó Trưởng Công an xã Đồng Văn)"),
    ("p", "- [D-15] Phối hợp Công an xã Đồng Văn và HTX Vận tải Cao nguyên đá lập phương án 20 xe trung chuyển vận "
          "động viên từ trung tâm xã tới điểm xuất phát."),
    ("p", "- [D-3] Kiểm tra lần cuối đoạn đường chạy qua vườn đào, nương tam giác mạch của các HTX; thống nhất với "
          "HTX cách căng dây, bảo vệ cây trồng."),
    ("s", "4. Văn phòng Ban Tổ chức"),
    ("w", "(đặt tại Sở Văn hóa, Thể thao và Du lịch)"),
    ("p", "- [D+5] Đối chiếu khối lượng, thanh toán các hợp đồng dịch vụ đã ký với HTX, THT."),
    ("p", "- [D+20] Tổng hợp doanh thu của các HTX tại khu Expo và các trạm tiếp nước, báo cáo UBND tỉnh."),
    ("h", "III. ĐỀ NGHỊ CÁC CƠ QUAN NGOÀI BAN TỔ CHỨC"),
    ("p", "1. Đề nghị Liên minh Hợp tác xã tỉnh hướng dẫn các HTX tham gia giải xây dựng giá dịch vụ, xuất hóa đơn "
          "đúng quy định, hoàn thành trước ngày 30/9/2026."),
    ("p", "2. Đề nghị UBND xã Đồng Văn vận động các THT, hộ dân dọc đường chạy giữ vệ sinh, bày bán nông sản đúng "
          "nơi quy định trong ngày D."),
    ("p", "Trên đây là Kế hoạch huy động HTX, THT phục vụ Giải chạy địa hình Cao nguyên đá 2026; các tiểu ban chủ động "
          "triển khai, có vướng mắc báo cáo Trưởng Ban Tổ chức (qua Văn phòng Ban Tổ chức)./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở VHTTDL, Sở Tài chính;", "- Liên minh HTX tỉnh;",
            "- UBND xã Đồng Văn;", "- Các tiểu ban (t/h);", "- Lưu: VT, BTC."]
SIGN = [("KT. TRƯỞNG BAN", "b"), ("PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "b"), ("", ""), ("", ""), ("", ""),
        ("Vương Đức Khải", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20260818143000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 09/KH-BTC", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "s": f'<h4>{e(text)}</h4>', "w": f'<p class="w">{e(text)}</p>',
                    "n": f'<p class="n">{e(text)}</p>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
