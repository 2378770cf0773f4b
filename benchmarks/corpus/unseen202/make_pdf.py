"""Write b_gia-lai_118-KH-TTGVN-2026_thu-tinh-nhan-tao-bo-htx.pdf, the two-hundred-and-second held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen202/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen202/make_pdf.py --html-only

A provincial livestock breeding centre's plan (November 2026) for improving the beef cattle of cooperatives and
cooperative groups by artificial insemination in 2027 (frozen semen straws, liquid nitrogen, the cooperatives' own
inseminators, pregnancy checks, calf registration, the province's support money): the opening, I. facts and targets,
II. a note on reading the table and ONE bordered table WITHOUT A LEAD COLUMN (TT | Việc | Phối hợp | Hạn) whose rows
are grouped under BOLD ITALIC BAND ROWS spanning the width that name the lead (the header row printed once, in the body, not repeated on the next page) ("1. Phòng Kỹ thuật chủ trì:", "4. Các
HTX, THT chăn nuôi bò tham gia chương trình thực hiện:"); two partner cells empty; III. one request to the communes;
the closing sentence; the signature beside "Nơi nhận".

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
STEM = "b_gia-lai_118-KH-TTGVN-2026_thu-tinh-nhan-tao-bo-htx"
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
table.tasks { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks td.hd { text-align: center; font-weight: bold; }
table.tasks tr { break-inside: avoid; }
table.tasks td.c { text-align: center; }
table.tasks td.band { font-weight: bold; font-style: italic; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", ""), ("TRUNG TÂM GIỐNG VẬT NUÔI", "b"), ("Số: 118/KH-TTGVN", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Gia Lai, ngày 05 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Cải tạo đàn bò thịt bằng thụ tinh nhân tạo thông qua các hợp tác xã, tổ hợp tác chăn nuôi bò năm 2027")

BEFORE = [
    ("p", "Trung tâm Giống vật nuôi tỉnh Gia Lai (sau đây gọi là Trung tâm) lập Kế hoạch đưa thụ tinh nhân tạo về các "
          "hợp tác xã, tổ hợp tác chăn nuôi bò năm 2027 với các nội dung sau."),
    ("h", "I. TÌNH HÌNH VÀ CHỈ TIÊU"),
    ("p", "Cuối tháng 9/2026, 09 hợp tác xã và 03 tổ hợp tác chăn nuôi bò ở các xã Kông Chro, Ia Pa, Phú Túc, Chư Sê "
          "có 5.180 con bò cái sinh sản, trong đó bò lai chỉ chiếm 27%; phần lớn bò cái vẫn phối bằng bò đực nội thả "
          "rông trong đàn, tầm vóc nhỏ, bê sinh ra nặng chưa đến 15 kg."),
    ("p", "Năm 2027 phấn đấu phối giống nhân tạo cho 2.400 con bò cái của các đơn vị trên, tỷ lệ đậu thai lần đầu "
          "đạt 55% trở lên, có ít nhất 1.100 bê lai Brahman, BBB sinh ra được đánh số tai và đăng ký."),
    ("h", "II. PHÂN CÔNG THỰC HIỆN"),
    ("p", "Bảng dưới đây chia việc theo từng nhóm; dòng tô nền đứng đầu mỗi nhóm ghi đơn vị chủ trì các việc trong "
          "nhóm đó. Ô \"Phối hợp\" để trống là không có đơn vị phối hợp."),
]

COLUMNS = ["TT", "Việc", "Phối hợp", "Hạn"]
WIDTHS = [7, 53, 22, 18]
GROUPS = [
    ("1. Phòng Kỹ thuật chủ trì:", [
        ("1.1", "Rà soát đàn bò cái của từng HTX, THT, chọn con đủ tuổi, đủ thể trạng đưa vào danh sách phối giống",
         "Trạm Chăn nuôi và Thú y khu vực Ayun Pa", "Trước 31/12/2026"),
        ("1.2", "Mở 02 lớp đào tạo dẫn tinh viên cho 24 thành viên do các HTX, THT cử, thực hành tại trại của HTX "
                "Chăn nuôi bò Ia Pa", "Liên minh Hợp tác xã tỉnh", "Quý I/2027"),
        ("1.3", "Khám thai cho bò đã phối, ghi kết quả vào sổ theo dõi của từng HTX, THT", "",
         "60 - 90 ngày sau mỗi lần phối"),
    ]),
    ("2. Trạm Cung ứng tinh và ni tơ lỏng chủ trì:", [
        ("2.1", "Nhập 6.000 liều tinh cọng rạ bò Brahman, BBB và 12 bình chứa ni tơ lỏng loại 3 lít",
         "Phòng Kế hoạch - Tài chính", "Trước 15/01/2027"),
        ("2.2", "Nạp ni tơ lỏng, bổ sung tinh cho 12 điểm phối giống đặt tại HTX, THT", "",
         "Ngày 05 hằng tháng"),
    ]),
    ("3. Phòng Kế hoạch - Tài chính chủ trì:", [
        ("3.1", "Lập dự toán, trình Sở Nông nghiệp và Môi trường kinh phí hỗ trợ liều tinh, ni tơ và tiền công phối "
                "giống năm 2027", "Phòng Kỹ thuật", "Tháng 12/2026"),
        ("3.2", "Chi tiền công cho dẫn tinh viên của HTX, THT theo số bê sinh ra có phiếu xác nhận",
         "UBND các xã Kông Chro, Ia Pa, Phú Túc, Chư Sê", "Hằng quý"),
    ]),
    ("4. Các HTX, THT chăn nuôi bò tham gia chương trình thực hiện:", [
        ("4.1", "Đăng ký số bò cái đưa vào chương trình, cử thành viên đi học dẫn tinh viên", "",
         "Trước 20/12/2026"),
        ("4.2", "Làm giá cố định bò tại điểm phối giống, ghi sổ phối giống, báo dẫn tinh viên ngay khi bò động dục",
         "Phòng Kỹ thuật", "Thường xuyên"),
        ("4.3", "Bấm số tai, đăng ký bê lai sinh ra vào phần mềm quản lý giống của Trung tâm", "Phòng Kỹ thuật",
         "Trong 07 ngày sau khi bê sinh"),
    ]),
    ("5. Văn phòng Trung tâm chủ trì:", [
        ("5.1", "Tổng kết năm, tổ chức hội thi bê lai tại xã Ia Pa, đề xuất mở rộng chương trình năm 2028",
         "Liên minh Hợp tác xã tỉnh, Hội Nông dân tỉnh", "Tháng 11/2027"),
    ]),
]

AFTER = [
    ("h", "III. ĐỀ NGHỊ PHỐI HỢP"),
    ("p", "Đề nghị UBND các xã Kông Chro, Ia Pa, Phú Túc, Chư Sê chỉ đạo công chức nông nghiệp xã hướng dẫn người "
          "nuôi không thả bò đực nội chưa thiến vào đàn bò cái đã phối tinh; thời gian thực hiện: quý I/2027."),
    ("p", "Trên đây là Kế hoạch cải tạo đàn bò thịt năm 2027 của Trung tâm; các phòng, trạm thuộc Trung tâm và các "
          "hợp tác xã, tổ hợp tác tham gia có trách nhiệm thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở Nông nghiệp và Môi trường (b/c);", "- LMHTX tỉnh, Hội Nông dân tỉnh;",
            "- UBND các xã Kông Chro, Ia Pa, Phú Túc, Chư Sê;", "- 09 HTX, 03 THT chăn nuôi bò;",
            "- Các phòng, trạm thuộc Trung tâm;", "- Lưu: VT, KT."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Nguyễn Đình Khôi", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:00 in Việt Nam
PDF_DATE = b"D:20261105100000+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 118/KH-TTGVN", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += ['<table class="tasks">',
            '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>',
            '<tbody>', '<tr>' + "".join(f'<td class="hd">{e(h)}</td>' for h in COLUMNS) + '</tr>']
    for band, rows in GROUPS:
        out.append(f'<tr><td class="band" colspan="4">{e(band)}</td></tr>')
        for row in rows:
            out.append('<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i in (0, 3) else f'<td>{e(v)}</td>'
                                        for i, v in enumerate(row)) + '</tr>')
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
