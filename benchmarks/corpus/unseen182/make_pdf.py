"""Write b_nghe-an_47-KH-BQLSQ-2026_khung-logic-htx-vung-dem.pdf, the hundred-and-eighty-second held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen182/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen182/make_pdf.py --html-only

A biosphere reserve's management board (Ban Quản lý Khu dự trữ sinh quyển thế giới miền Tây Nghệ An, November 2026)
planning the first year (2027) of a donor-funded project for the cooperatives and cooperative groups of its buffer and
transition zones: the opening, I. the project's scope (facts), II. a note on how to read the table, then ONE LOGICAL
FRAMEWORK ("khung logic") table Tóm tắt | Chỉ số kiểm chứng | Nguồn kiểm chứng | Giả định quan trọng with a row of
column numbers "(1) … (4)", rows by level — the overall goal, the specific objective, results 1 to 3 (shaded, bold),
each followed by its activities "1.1", "1.2" … —; on the goal and result rows column (2) holds indicators (targets with
dates: no work) and column (3) sources; ON THE ACTIVITY ROWS, as the note says, column (2) holds the lead (first) and
the partners (after "phối hợp:") and column (3) the time, under a header that still reads "indicator" and "source";
column (4) holds assumptions that name bodies which are no doers. III. three numbered paragraphs; the closing sentence;
the signature beside "Nơi nhận". The table runs over pages, its header repeated.

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
STEM = "b_nghe-an_47-KH-BQLSQ-2026_khung-logic-htx-vung-dem"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 28mm; }
body { font-family: "DejaVu Serif"; font-size: 11.5pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 45% 55%; text-align: center; font-size: 9pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 10pt; }
h3 { font-size: 11.5pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.note { font-style: italic; text-align: justify; margin: 0 0 6pt; }
table.lf { border-collapse: collapse; width: 100%; font-size: 9.5pt; line-height: 1.25; }
table.lf th, table.lf td { border: 0.5pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.lf th { text-align: center; }
table.lf tr.num td { text-align: center; font-style: italic; padding: 1pt; }
table.lf tr.level td { background: #e6e6e6; }
table.lf tr.level td.first { font-weight: bold; }
tr { break-inside: avoid; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 9.5pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH NGHỆ AN", ""), ("BAN QUẢN LÝ KHU DỰ TRỮ", "b"), ("SINH QUYỂN THẾ GIỚI", "b"),
             ("MIỀN TÂY NGHỆ AN", "b"), ("Số: 47/KH-BQLSQ", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Nghệ An, ngày 16 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Thực hiện năm 2027 Dự án “Sinh kế xanh cho hợp tác xã, tổ hợp tác vùng đệm và vùng chuyển tiếp Khu dự trữ "
            "sinh quyển thế giới miền Tây Nghệ An”")

BEFORE = [
    ("p", "Dự án được UBND tỉnh phê duyệt tại Quyết định số 2874/QĐ-UBND ngày 09/9/2026, thực hiện trong hai năm 2027 "
          "- 2028 bằng nguồn viện trợ không hoàn lại 9,6 tỷ đồng của Quỹ Hợp tác Sinh kế Xanh (sau đây gọi là Nhà tài "
          "trợ) và 1,2 tỷ đồng vốn đối ứng của tỉnh; Ban Quản lý Khu dự trữ sinh quyển (sau đây gọi là Ban) là chủ dự "
          "án. Căn cứ khung logic đã thống nhất với Nhà tài trợ tại cuộc họp khởi động ngày 28/10/2026, Ban xây dựng "
          "kế hoạch năm thứ nhất của Dự án như sau."),
    ("h", "I. PHẠM VI VÀ ĐỐI TƯỢNG"),
    ("p", "Vùng Dự án gồm 11 xã thuộc vùng đệm và vùng chuyển tiếp: Môn Sơn, Châu Khê, Con Cuông, Tam Quang, Tam Thái, "
          "Tương Dương, Nga My, Hữu Khuông, Mường Xén, Quế Phong, Tri Lễ. Đối tượng là 09 hợp tác xã và 14 tổ hợp tác "
          "làm mật ong rừng, măng, chè, dệt thổ cẩm và du lịch cộng đồng, với khoảng 1.150 hộ thành viên, phần lớn là "
          "đồng bào Thái, Khơ Mú, Ơ Đu."),
    ("h", "II. KHUNG LOGIC NĂM 2027"),
    ("p.note", "Cách ghi trong bảng: ở các dòng mục tiêu và kết quả, cột (2) là chỉ số cần đạt, cột (3) là nguồn số liệu "
               "để kiểm chứng. Ở các dòng hoạt động, cột (2) ghi đơn vị chủ trì trước, các đơn vị phối hợp sau chữ "
               "“phối hợp:”; cột (3) ghi thời gian thực hiện. Cột (4) là những điều kiện bên ngoài Dự án phải có thì "
               "hoạt động, kết quả mới đạt."),
]

COLUMNS = ["Tóm tắt mục tiêu, kết quả, hoạt động", "Chỉ số kiểm chứng", "Nguồn kiểm chứng", "Giả định quan trọng"]
WIDTHS = [36, 26, 17, 21]
# ("level", …) a shaded goal or result row; ("act", …) an activity row
ROWS = [
    ("level", "MỤC TIÊU CHUNG: Thu nhập của thành viên hợp tác xã, tổ hợp tác vùng đệm, vùng chuyển tiếp tăng lên gắn "
              "với giữ rừng và đa dạng sinh học",
     "Thu nhập bình quân của hộ thành viên tăng ít nhất 15% so với năm 2026; diện tích rừng các hợp tác xã, tổ hợp "
     "tác nhận khoán không giảm",
     "Điều tra hộ cuối năm 2028; số liệu theo dõi diễn biến rừng",
     "Không có thiên tai lớn; chi trả dịch vụ môi trường rừng giữ mức hiện nay"),
    ("level", "MỤC TIÊU CỤ THỂ NĂM 2027: Sản phẩm của hợp tác xã, tổ hợp tác được mang nhãn Khu dự trữ sinh quyển và "
              "có kênh bán ổn định",
     "Ít nhất 12 hợp tác xã, tổ hợp tác được cấp quyền dùng nhãn đến 31/12/2027; doanh thu sản phẩm mang nhãn đạt 6 "
     "tỷ đồng",
     "Sổ cấp nhãn của Ban; báo cáo tài chính năm của hợp tác xã",
     "Giá mật ong, măng khô trên thị trường không giảm mạnh"),
    ("level", "KẾT QUẢ 1: Bộ tiêu chí và quy trình cấp nhãn “Sản phẩm Khu dự trữ sinh quyển miền Tây Nghệ An” được ban "
              "hành và áp dụng",
     "Bộ tiêu chí ban hành trong quý I/2027; 12 hồ sơ được thẩm định",
     "Quyết định ban hành; biên bản thẩm định",
     "UBND tỉnh giao Ban quản lý, cấp quyền sử dụng nhãn"),
    ("act", "1.1. Soạn bộ tiêu chí cấp nhãn (sản phẩm từ vùng đệm, không dùng lâm sản khai thác trái phép, bảo đảm an "
            "toàn thực phẩm), lấy ý kiến các hợp tác xã, tổ hợp tác, trình Trưởng ban ký ban hành",
     "Phòng Bảo tồn và Phát triển cộng đồng; phối hợp: Vườn quốc gia Pù Mát, Liên minh Hợp tác xã tỉnh",
     "Tháng 01 - 3/2027",
     "Các hợp tác xã, tổ hợp tác góp ý đúng hạn"),
    ("act", "1.2. Hướng dẫn 12 hợp tác xã, tổ hợp tác lập hồ sơ đăng ký nhãn; thẩm định tại cơ sở, quyết định cấp quyền "
            "dùng nhãn",
     "Hội đồng thẩm định nhãn; phối hợp: UBND các xã có đơn vị đăng ký",
     "Quý II/2027",
     "Các đơn vị có đủ giấy tờ về nguồn gốc sản phẩm"),
    ("act", "1.3. In 60.000 tem nhãn có mã QR truy xuất nguồn gốc, cấp cho các đơn vị được dùng nhãn theo sản lượng đăng "
            "ký",
     "Văn phòng Ban; phối hợp: Sở Khoa học và Công nghệ",
     "Trước 30/6/2027",
     "—"),
    ("level", "KẾT QUẢ 2: Năng lực sản xuất và quản trị của hợp tác xã, tổ hợp tác được nâng lên",
     "09 hợp tác xã có người làm kế toán được đào tạo; 05 tổ hợp tác mật ong khai thác theo quy trình không hủy tổ",
     "Danh sách học viên; biên bản kiểm tra tại rừng",
     "Hợp tác xã cử đúng người làm kế toán đi học"),
    ("act", "2.1. Tập huấn cho thành viên 05 tổ hợp tác cách lấy mật ong rừng không hủy tổ, khai thác măng chừa gốc, ghi "
            "sổ khai thác",
     "Phòng Kỹ thuật lâm sinh; phối hợp: Trung tâm Khuyến nông tỉnh, Hạt Kiểm lâm khu vực Con Cuông",
     "Tháng 3/2027 và tháng 9/2027 (trước mỗi mùa khai thác)",
     "Đường vào bản không bị sạt lở"),
    ("act", "2.2. Mở 02 lớp kế toán và quản trị cho cán bộ hợp tác xã, cập nhật quy định mới của Luật Hợp tác xã năm 2023 và "
            "văn bản hướng dẫn",
     "Liên minh Hợp tác xã tỉnh; phối hợp: Phòng Kế hoạch - Tài chính",
     "Quý II/2027",
     "—"),
    ("act", "2.3. Hỗ trợ 03 hợp tác xã dệt thổ cẩm mua khung dệt, thuốc nhuộm tự nhiên theo hình thức đối ứng 30%",
     "Phòng Kế hoạch - Tài chính; phối hợp: UBND xã Nga My, UBND xã Hữu Khuông",
     "Trước 31/8/2027",
     "Hợp tác xã góp đủ phần đối ứng"),
    ("level", "KẾT QUẢ 3: Sản phẩm và dịch vụ du lịch cộng đồng của hợp tác xã, tổ hợp tác đến được thị trường",
     "Ít nhất 03 hợp đồng tiêu thụ từ 12 tháng trở lên; 4.000 lượt khách đến các điểm du lịch cộng đồng",
     "Hợp đồng đã ký; sổ đón khách của hợp tác xã",
     "Nhu cầu du lịch sinh thái không giảm"),
    ("act", "3.1. Đưa sản phẩm mang nhãn đến 02 hội chợ và giới thiệu với các cửa hàng đặc sản ở phường Vinh Phú, phường "
            "Trường Vinh",
     "Phòng Bảo tồn và Phát triển cộng đồng; phối hợp: Trung tâm Xúc tiến đầu tư, thương mại và du lịch Nghệ An",
     "Tháng 4/2027 và tháng 11/2027",
     "Hội chợ được tổ chức đúng lịch"),
    ("act", "3.2. Xây dựng 02 tuyến du lịch cộng đồng từ bản Khe Rạn vào vùng lõi; tập huấn người dẫn đường là thành viên "
            "hợp tác xã",
     "Vườn quốc gia Pù Mát; phối hợp: HTX Du lịch cộng đồng Khe Rạn",
     "Trước 30/9/2027",
     "Vườn cho phép mở tuyến trong phân khu dịch vụ - hành chính"),
    ("act", "3.3. Theo dõi, đánh giá kết quả năm thứ nhất; lập báo cáo gửi Nhà tài trợ và UBND tỉnh",
     "Văn phòng Ban",
     "Tháng 12/2027",
     "—"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Văn phòng Ban là đầu mối quản lý Dự án; trình Trưởng ban phê duyệt kế hoạch lựa chọn nhà thầu năm 2027 "
          "trước ngày 20/12/2026."),
    ("p", "2. Đề nghị UBND các xã trong vùng Dự án cử một công chức theo dõi, bố trí nơi tập huấn và xác nhận danh sách "
          "hộ thành viên hưởng lợi trước ngày 15/01/2027."),
    ("p", "3. Phòng Kế hoạch - Tài chính giải ngân theo tiến độ các hoạt động; lập báo cáo tài chính quý gửi Nhà tài "
          "trợ trong 15 ngày đầu của quý sau."),
    ("p", "Các phòng, đơn vị thuộc Ban và các cơ quan, địa phương có tên trong khung logic căn cứ nhiệm vụ được giao "
          "chủ động phối hợp thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Nhà tài trợ (để biết);", "- Sở Nông nghiệp và Môi trường;",
            "- UBND 11 xã vùng Dự án;", "- Các phòng thuộc Ban;", "- Lưu: VT, BTPTCĐ."]
SIGN = [("KT. TRƯỞNG BAN", "b"), ("PHÓ TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("Lô Thanh Tâm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20261116101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>',
            "p.note": f'<p class="note">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 47/KH-BQLSQ", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += ['<table class="lf">',
            '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>',
            '<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in COLUMNS) + '</tr>',
            '<tr class="num">' + "".join(f'<td>({n})</td>' for n in range(1, 5)) + '</tr></thead>',
            '<tbody>']
    for kind, *cells in ROWS:
        cls = ' class="level"' if kind == "level" else ""
        first = ' class="first"' if kind == "level" else ""
        out.append(f'<tr{cls}><td{first}>{e(cells[0])}</td>' + "".join(f'<td>{e(c)}</td>' for c in cells[1:])
                   + '</tr>')
    out += ['</tbody>', '</table>']
    out += [paragraph(kind, text) for kind, text in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
