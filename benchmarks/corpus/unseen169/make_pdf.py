"""Write b_dak-lak_112-KH-TTBTV-2026_voi-than-thien-htx-du-lich.pdf, the hundred-and-sixty-ninth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen169/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen169/make_pdf.py --html-only

A provincial elephant conservation centre's plan (Trung tâm Bảo tồn voi, under the Sở Nông nghiệp và Môi trường tỉnh
Đắk Lắk; October 2026) moving the community-tourism cooperatives whose member households own elephants from elephant
riding to elephant-friendly tourism: the opening paragraph of figures, I. purposes, II. five numbered paragraphs of
common work (the doer at the start, after a time in brackets and a dash, or asked for), III. one bordered table with
ONE ROW PER ELEPHANT — STT | Cá thể voi | Chủ voi, HTX quản lý | Việc cần làm | Bộ phận thực hiện | Thời gian — whose
second and third cells hold the animal's Ê Đê-style name ("H'Ngơn (cái, 42 tuổi)", "Bun Mai (đực, 48 tuổi)") and its
owner household and cooperative (names of people and bodies that neither lead nor cooperate), IV. one paragraph; the
closing sentence; the signature beside "Nơi nhận".

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
STEM = "b_dak-lak_112-KH-TTBTV-2026_voi-than-thien-htx-du-lich"
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
table.voi { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.voi th, table.voi td { border: 0.5pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.voi th { font-weight: bold; text-align: center; }
table.voi td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", ""), ("TỈNH ĐẮK LẮK", ""), ("TRUNG TÂM BẢO TỒN VOI", "b"),
             ("Số: 112/KH-TTBTV", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""),
              ("Đắk Lắk, ngày 02 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Chuyển đổi du lịch cưỡi voi sang du lịch thân thiện với voi tại các hợp tác xã du lịch cộng đồng, "
            "cuối năm 2026 và năm 2027")

# "h" a section heading, "p" a paragraph
BEFORE = [
    ("p", "Trên địa bàn xã Buôn Đôn và xã Liên Sơn Lắk hiện còn 14 cá thể voi nhà phục vụ du lịch, trong đó 09 cá thể "
          "do hộ thành viên của HTX Du lịch cộng đồng Bản Đôn và HTX Dịch vụ du lịch Buôn Jun quản lý. Phần lớn voi "
          "đã trên 30 tuổi, nhiều con có dấu hiệu tổn thương lưng, chân do chở khách kéo dài. Thực hiện chủ trương "
          "của Ủy ban nhân dân tỉnh về chấm dứt hoạt động cưỡi voi, Trung tâm Bảo tồn voi xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Chấm dứt hẳn việc cho du khách cưỡi voi trong năm 2027 mà không làm giảm thu nhập của các hộ có voi; các hợp "
          "tác xã có sản phẩm du lịch mới thay thế; mọi cá thể voi được khám, chăm sóc và có hồ sơ theo dõi."),
    ("h", "II. NHIỆM VỤ CHUNG"),
    ("p", "1. Phòng Truyền thông và Du lịch sinh thái phối hợp với HTX Du lịch cộng đồng Bản Đôn, HTX Dịch vụ du lịch "
          "Buôn Jun xây dựng 02 sản phẩm \"đi bộ cùng voi\" và \"quan sát voi tắm\" thay cho tour cưỡi voi; hoàn thành "
          "trước ngày 30/11/2026."),
    ("p", "2. Mở 02 lớp tập huấn cho quản tượng, hướng dẫn viên của các hợp tác xã về chăm sóc voi và kỹ năng dẫn khách "
          "quan sát voi an toàn (tháng 12/2026) - Phòng Bảo tồn và Thú y chủ trì, mời Chi cục Kiểm lâm tỉnh cùng giảng "
          "dạy."),
    ("p", "3. Đề nghị UBND xã Buôn Đôn và UBND xã Liên Sơn Lắk hướng dẫn các hợp tác xã làm thủ tục bổ sung ngành nghề "
          "kinh doanh, niêm yết giá dịch vụ mới tại bến, điểm du lịch; xong trong quý I/2027."),
    ("p", "4. Phòng Hành chính - Tổng hợp lập hồ sơ đề nghị Quỹ Bảo vệ và Phát triển rừng tỉnh, các tổ chức bảo tồn hỗ "
          "trợ tiền thức ăn cho voi trong thời gian các hộ chuyển đổi (03 triệu đồng/cá thể/tháng), gửi trước ngày "
          "15/12/2026."),
    ("p", "5. Trong mùa mưa (tháng 5 - 10/2027), Tổ Cứu hộ (Phòng Bảo tồn và Thú y) trực 24/24 giờ, sẵn sàng tiếp nhận "
          "voi ốm, voi bị thương do các hộ, hợp tác xã báo về."),
    ("h", "III. VIỆC CẦN LÀM ĐỐI VỚI TỪNG CÁ THỂ VOI"),
]

COLUMNS = ["STT", "Cá thể voi", "Chủ voi, HTX quản lý", "Việc cần làm", "Bộ phận thực hiện", "Thời gian"]
WIDTHS = [6, 14, 19, 31, 16, 14]
ROWS = [
    ("1", "H'Ngơn (cái, 42 tuổi)", "Hộ ông Y Thông Niê, HTX Du lịch cộng đồng Bản Đôn",
     "Tháo ghế bành, thôi chở khách; khám tổng quát, lấy mẫu máu xét nghiệm bệnh lao", "Phòng Bảo tồn và Thú y",
     "Trước 15/11/2026"),
    ("2", "Y Khăm (đực, 35 tuổi)", "Hộ bà H'Lim Mlô, HTX Du lịch cộng đồng Bản Đôn",
     "Dựng chuồng nghỉ có mái che tại điểm quan sát; theo dõi voi trong thời kỳ động dục", "Phòng Bảo tồn và Thú y",
     "Tháng 01 - 02/2027"),
    ("3", "H'Liên (cái, 27 tuổi)", "Hộ ông Y Brơm Êban, HTX Dịch vụ du lịch Buôn Jun",
     "Gắn chip điện tử, lập hồ sơ quản lý cá thể; đưa voi vào sản phẩm \"quan sát voi tắm\"",
     "Phòng Truyền thông và Du lịch sinh thái", "Quý I/2027"),
    ("4", "Bun Mai (đực, 48 tuổi)", "Hộ Ama Hoan, HTX Dịch vụ du lịch Buôn Jun",
     "Khám răng, chân; điều trị áp xe chân trước bên phải, cho nghỉ hẳn 03 tháng", "Phòng Bảo tồn và Thú y",
     "Ngay sau khi tháo bành (dự kiến tháng 11/2026)"),
    ("5", "H'Jơn (cái, 19 tuổi)", "Hộ bà H'Nga Niê, HTX Du lịch cộng đồng Bản Đôn",
     "Hướng dẫn chủ voi, quản tượng cho voi ăn theo khẩu phần, thả voi kiếm ăn ban ngày trong rừng cộng đồng",
     "Phòng Bảo tồn và Thú y", "Hằng ngày, từ tháng 12/2026"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Giao Phòng Hành chính - Tổng hợp theo dõi, tổng hợp kết quả chuyển đổi của từng hợp tác xã, báo cáo Giám đốc Trung "
          "tâm và Sở Nông nghiệp và Môi trường trước ngày 20/12/2027."),
    ("p", "Trên đây là Kế hoạch chuyển đổi du lịch cưỡi voi sang du lịch thân thiện với voi của Trung tâm Bảo tồn voi; "
          "các phòng, tổ căn cứ thực hiện, có khó khăn báo cáo Giám đốc để xử lý./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở NN&MT (b/c);", "- UBND xã Buôn Đôn, xã Liên Sơn Lắk;",
            "- HTX DLCĐ Bản Đôn, HTX DVDL Buôn Jun;", "- Chi cục Kiểm lâm tỉnh;", "- Các phòng, tổ thuộc Trung tâm;",
            "- Lưu: VT, BTTY."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Y Kơ Nul Byă", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20261002142000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 112/KH-TTBTV", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BEFORE:
        out.append(f'<h3>{e(text)}</h3>' if kind == "h" else f'<p class="t">{e(text)}</p>')
    out.append('<table class="voi">')
    out.append('<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>')
    out.append('<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in COLUMNS) + '</tr></thead>')
    out.append('<tbody>')
    for row in ROWS:
        out.append('<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i in (0, 5) else f'<td>{e(v)}</td>'
                                    for i, v in enumerate(row)) + '</tr>')
    out.append('</tbody></table>')
    for kind, text in AFTER:
        out.append(f'<h3>{e(text)}</h3>' if kind == "h" else f'<p class="t">{e(text)}</p>')
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
