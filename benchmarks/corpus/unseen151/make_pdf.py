"""Write b_nhat-ban_118-KH-TVNB-2025_thuong-vu-htx-vai-nhan.pdf, the hundred-and-fifty-first held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen151/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen151/make_pdf.py --html-only

A Vietnamese trade office abroad (Thương vụ Việt Nam tại Nhật Bản, under Bộ Công Thương; the place line "Tokyo, ngày
…") plans, in September 2025, the help it gives cooperatives exporting lychee and longan to Japan over the 2026
season: I. purposes, II. who and when, III. one table TT | Hoạt động | Phía Việt Nam | Phía Nhật Bản | Thời gian —
the doers SPLIT BY COUNTRY, the first Vietnamese body leading (a note above the table says so), a dash where no
Japanese partner takes part, Japanese bodies by their initials ("MAFF", "JETRO"), times tied to Japanese events
("10 - 13/3/2026", "Chính vụ vải (15/6 - 15/7/2026)", "Sau mỗi lô hàng"); IV. three numbered paragraphs (a post of
the office, then "Đề nghị X …"); the signature beside "Nơi nhận".

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
STEM = "b_nhat-ban_118-KH-TVNB-2025_thuong-vu-htx-vai-nhan"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 11.5pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 42% 58%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 11.5pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.note { font-style: italic; margin: 0 0 4pt; }
table.work { border-collapse: collapse; width: 100%; font-size: 10pt; margin: 4pt 0 8pt; }
table.work th, table.work td { border: 0.6pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.work th { text-align: center; }
td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 52% 48%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("BỘ CÔNG THƯƠNG", ""), ("THƯƠNG VỤ VIỆT NAM", "b"), ("TẠI NHẬT BẢN", "b"), ("Số: 118/KH-TVNB", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Tokyo, ngày 22 tháng 9 năm 2025", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hỗ trợ hợp tác xã, tổ hợp tác đưa quả vải, quả nhãn vào thị trường Nhật Bản vụ năm 2026"

BEFORE = [
    ("p", "Vụ năm 2025, mới có 04 hợp tác xã của Việt Nam trực tiếp có hàng vải tươi vào Nhật Bản, phần lớn sản lượng "
          "vẫn qua doanh nghiệp trung gian; một số lô bị trả về do bao bì không đạt yêu cầu. Thương vụ Việt Nam tại "
          "Nhật Bản lập Kế hoạch giúp hợp tác xã, tổ hợp tác trong vụ năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Tăng số hợp tác xã, tổ hợp tác ký được hợp đồng trực tiếp với nhà nhập khẩu Nhật Bản lên ít nhất 10 đơn vị; "
          "không để lô hàng của hợp tác xã bị trả về vì lý do kiểm dịch, bao bì."),
    ("h", "II. ĐỐI TƯỢNG, THỜI GIAN"),
    ("p", "Các hợp tác xã, tổ hợp tác trồng vải, nhãn tại các tỉnh Bắc Ninh, Hưng Yên, Sơn La có mã số vùng trồng; thời "
          "gian từ tháng 10/2025 đến hết tháng 9/2026."),
    ("h", "III. HOẠT ĐỘNG CỤ THỂ"),
    ("n", "(Đơn vị ghi đầu tiên ở cột \"Phía Việt Nam\" là đơn vị chủ trì; cột \"Phía Nhật Bản\" ghi đối tác dự kiến "
          "tham gia.)"),
]

COLUMNS = ["TT", "Hoạt động", "Phía Việt Nam", "Phía Nhật Bản", "Thời gian"]
WIDTHS = [5, 38, 22, 18, 17]
ROWS = [
    ("1", "Rà soát, lập danh sách HTX, THT có mã số vùng trồng và cơ sở đóng gói được phía Nhật Bản chấp thuận",
     "Thương vụ; Cục Trồng trọt và Bảo vệ thực vật", "–", "Trước 31/10/2025"),
    ("2", "Trao đổi với Bộ Nông Lâm Thủy sản Nhật Bản về lịch cử chuyên gia giám sát xử lý hơi nước nóng tại Việt Nam "
          "vụ năm 2026", "Cục Trồng trọt và Bảo vệ thực vật; Thương vụ", "MAFF", "Tháng 12/2025"),
    ("3", "Kết nối trực tuyến giữa các HTX với 15 nhà nhập khẩu, chuỗi siêu thị Nhật Bản, mỗi HTX ít nhất 03 cuộc",
     "Thương vụ; Sở Công Thương các tỉnh Bắc Ninh, Hưng Yên, Sơn La",
     "Hiệp hội các nhà nhập khẩu rau quả Kansai", "Tháng 01 - 02/2026"),
    ("4", "Đưa 06 HTX tham gia gian hàng Việt Nam tại Triển lãm FOODEX Japan 2026 (Makuhari Messe, Chiba)",
     "Cục Xúc tiến thương mại; Thương vụ", "JETRO", "10 - 13/3/2026"),
    ("5", "Tuần hàng vải sấy, nhãn sấy, mứt của HTX tại Tokyo nhân dịp Tuần lễ Vàng",
     "Thương vụ; Đại sứ quán Việt Nam tại Nhật Bản; Sở Công Thương tỉnh Bắc Ninh", "Công ty Asia Bridge Foods",
     "29/4 - 06/5/2026"),
    ("6", "Bày bán thử vải tươi, nhãn tươi của HTX tại 05 siêu thị chuỗi Sakura Mart ở Osaka, Kobe", "Thương vụ",
     "Công ty Sakura Mart", "Chính vụ vải (15/6 - 15/7/2026)"),
    ("7", "Theo dõi từng lô hàng khi thông quan tại sân bay Narita, Kansai; báo ngay cho HTX, cơ sở đóng gói khi có "
          "lô bị phát hiện sinh vật gây hại", "Thương vụ", "Cơ quan kiểm dịch thực vật Nhật Bản", "Sau mỗi lô hàng"),
    ("8", "Tổng kết vụ, đánh giá sản lượng HTX xuất sang Nhật Bản, đề xuất kế hoạch vụ năm 2027", "Thương vụ", "–",
     "Tháng 9/2026"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Cán bộ phụ trách nông sản, thực phẩm của Thương vụ làm đầu mối liên lạc với các hợp tác xã qua thư điện "
          "tử và nhóm Zalo, cập nhật tiến độ từng hoạt động hằng tháng."),
    ("p", "2. Đề nghị Sở Công Thương các tỉnh Bắc Ninh, Hưng Yên, Sơn La phối hợp với Liên minh Hợp tác xã tỉnh giới "
          "thiệu hợp tác xã đủ điều kiện, gửi danh sách kèm hồ sơ năng lực (bằng tiếng Việt và tiếng Anh) về Thương vụ "
          "trước ngày 15/11/2025."),
    ("p", "3. Đề nghị Cục Xúc tiến thương mại xem xét hỗ trợ kinh phí gian hàng cho hợp tác xã dự FOODEX Japan 2026 từ "
          "Chương trình cấp quốc gia về xúc tiến thương mại, thông báo cho Thương vụ trước ngày 15/12/2025."),
    ("p", "Các hợp tác xã tham gia tự chịu chi phí hàng mẫu và vận chuyển. Thương vụ Việt Nam tại Nhật Bản rất mong "
          "các cơ quan, đơn vị quan tâm, cùng thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- Bộ Công Thương (Vụ Thị trường châu Á - châu Phi, Cục XTTM) (b/c);",
            "- Đại sứ quán Việt Nam tại Nhật Bản;", "- Cục Trồng trọt và BVTV;",
            "- Sở Công Thương: Bắc Ninh, Hưng Yên, Sơn La;", "- Lưu: TVNB."]
SIGN = [("THAM TÁN CÔNG SỨ", "b"), ("TRƯỞNG THƯƠNG VỤ", "b"), ("", ""), ("", ""), ("", ""), ("Lâm Quốc Trung", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:30 in Tokyo
PDF_DATE = b"D:20250922103000+09'00'"


def paragraphs(items) -> list[str]:
    return [{"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>',
             "n": f'<p class="note">{e(text)}</p>'}[kind] for kind, text in items]


def build_html() -> str:
    out = page_start("Kế hoạch 118/KH-TVNB", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += paragraphs(BEFORE)
    out.append('<table class="work">')
    out.append('<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>')
    out.append('<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in COLUMNS) + '</tr></thead>')
    out.append('<tbody>')
    for row in ROWS:
        cells = "".join(f'<td class="c">{e(v)}</td>' if i in (0, 4) or v == "–" else f'<td>{e(v)}</td>'
                        for i, v in enumerate(row))
        out.append(f'<tr>{cells}</tr>')
    out.append('</tbody></table>')
    out += paragraphs(AFTER)
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
