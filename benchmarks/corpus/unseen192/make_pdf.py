"""Write b_dong-nai_76-KH-DTYTX-2026_giam-khang-sinh-htx-chan-nuoi-heo.pdf, the hundred-and-ninety-second held-out
set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen192/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen192/make_pdf.py --html-only

A veterinary drug company's plan (October 2026) running a programme with pig-raising cooperatives and a cooperative
group to stop mixing antibiotics into feed in 2027: the opening, I. purposes, II. TWO TABLES — A. the dated work (TT |
Việc | Bộ phận thực hiện | Phối hợp | Thời hạn) and B. the work KEYED TO THE AGE OF EACH BATCH OF PIGS (Ngày tuổi |
Việc | Người thực hiện | Ghi chú), whose times recur with every batch —, III. two numbered paragraphs; the closing
sentence; the signature beside "Nơi nhận".

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
STEM = "b_dong-nai_76-KH-DTYTX-2026_giam-khang-sinh-htx-chan-nuoi-heo"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks td.hd { text-align: center; font-weight: bold; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("DƯỢC THÚ Y TRƯỜNG XUÂN", "b"), ("Số: 76/KH-DTYTX", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đồng Nai, ngày 06 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hướng dẫn hợp tác xã, tổ hợp tác chăn nuôi heo ngừng trộn kháng sinh vào thức ăn năm 2027"

BEFORE = [
    ("p", "Các hợp tác xã chăn nuôi heo là khách hàng của Công ty ở các xã Xuân Lộc, Xuân Phú, Thống Nhất và Bình Long "
          "hiện còn trộn kháng sinh vào thức ăn để phòng bệnh cho heo con sau cai sữa; từ năm 2027 việc dùng kháng sinh "
          "để phòng bệnh phải chấm dứt theo quy định về chăn nuôi. Công ty Cổ phần Dược thú y Trường Xuân lập kế hoạch "
          "đồng hành với 03 hợp tác xã và 01 tổ hợp tác trong năm 2027 như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Đến hết quý II/2027, 100% đàn heo của các đơn vị tham gia không còn dùng thức ăn có trộn sẵn kháng sinh; "
          "tỷ lệ heo chết sau cai sữa không tăng quá 1% so với năm 2026."),
    ("p", "- Mỗi hợp tác xã có ít nhất 01 thú y viên được tập huấn và một sổ ghi chép dùng thuốc theo từng lứa."),
    ("h", "II. NỘI DUNG VÀ PHÂN CÔNG"),
    ("h4", "A. Các việc theo lịch"),
]

COLUMNS_A = ["TT", "Việc", "Bộ phận thực hiện", "Phối hợp", "Thời hạn"]
WIDTHS_A = [5, 43, 18, 18, 16]
ROWS_A = [
    ("1", "Khảo sát chuồng trại, cách dùng thuốc và lịch tiêm phòng của từng hợp tác xã, tổ hợp tác; lập hồ sơ đàn",
     "Phòng Kỹ thuật thị trường", "HTX Chăn nuôi Xuân Phú", "Trước 30/11/2026"),
    ("2", "Mở 02 lớp tập huấn cho thú y viên của các HTX về an toàn sinh học, dùng vắc xin, men vi sinh và axit hữu "
          "cơ thay kháng sinh trộn sẵn",
     "Phòng Kỹ thuật thị trường", "Chi cục Chăn nuôi và Thú y tỉnh", "Tháng 12/2026"),
    ("3", "Cấp vắc xin dịch tả heo châu Phi, tai xanh, suyễn cho các HTX theo hình thức trả chậm 90 ngày",
     "Phòng Kinh doanh khu vực Đông Nam Bộ", "Phòng Tài chính - Kế toán", "Quý I/2027"),
    ("4", "Lấy mẫu phân, máu của heo ở 12 chuồng đại diện, xét nghiệm vi khuẩn kháng thuốc trước và sau khi bỏ kháng "
          "sinh",
     "Phòng Chẩn đoán xét nghiệm", "Trường Đại học Nông Lâm Thành phố Hồ Chí Minh", "Tháng 01/2027 và tháng 7/2027"),
    ("5", "In, phát sổ ghi chép dùng thuốc theo lứa cho từng hộ thành viên; hướng dẫn ghi sổ",
     "Phòng Kỹ thuật thị trường", "Liên minh Hợp tác xã tỉnh", "Trước 15/01/2027"),
    ("6", "Hỗ trợ HTX Chăn nuôi heo Thống Nhất làm hồ sơ chứng nhận cơ sở chăn nuôi an toàn dịch bệnh",
     "Phòng Đăng ký - Pháp chế", "", "Quý II/2027"),
    ("7", "Tổng kết chương trình, công bố kết quả xét nghiệm và chi phí thuốc của từng HTX trước và sau khi bỏ kháng "
          "sinh",
     "Ban Giám đốc", "Phòng Kỹ thuật thị trường, Phòng Chẩn đoán xét nghiệm", "Tháng 11/2027"),
]

BETWEEN = [
    ("h4", "B. Các việc theo ngày tuổi của mỗi lứa heo"),
    ("p", "Các việc dưới đây lặp lại ở mỗi lứa heo nhập chuồng hoặc sinh ra từ tháng 01/2027; cột thứ nhất là ngày tuổi "
          "của heo trong lứa, không phải ngày trong tháng."),
]

COLUMNS_B = ["Ngày tuổi", "Việc", "Người thực hiện", "Ghi chú"]
WIDTHS_B = [13, 47, 20, 20]
ROWS_B = [
    ("21 - 28", "Tập cho heo con ăn thức ăn không trộn kháng sinh, bổ sung men vi sinh vào nước uống",
     "Thú y viên HTX", "Kỹ thuật viên Công ty hướng dẫn lứa đầu"),
    ("35 - 42", "Tiêm vắc xin tai xanh, suyễn theo lịch; ghi số lô vắc xin vào sổ của lứa",
     "Thú y viên HTX", ""),
    ("Khi heo bệnh", "Chẩn đoán, kê đơn điều trị; chỉ dùng kháng sinh theo đơn, ghi thời gian ngừng thuốc trước khi bán",
     "Kỹ thuật viên Công ty", "Báo Phòng Chẩn đoán xét nghiệm nếu nghi dịch"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Kỹ thuật thị trường là đầu mối, mỗi tháng gửi Ban Giám đốc bảng theo dõi tỷ lệ heo chết, heo bệnh "
          "của từng đơn vị tham gia."),
    ("p", "2. Đề nghị các hợp tác xã, tổ hợp tác tham gia cử thú y viên dự đủ các lớp tập huấn và gửi danh sách hộ thành "
          "viên nuôi heo cho Phòng Kỹ thuật thị trường trước ngày 20/11/2026."),
    ("p", "Trên đây là Kế hoạch của Công ty Cổ phần Dược thú y Trường Xuân; các phòng, bộ phận của Công ty và các đơn vị "
          "tham gia phối hợp thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Chi cục Chăn nuôi và Thú y tỉnh;", "- 03 HTX, 01 THT tham gia;",
            "- Các phòng, bộ phận;", "- Lưu: VT, KTTT."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lâm Hữu Thành", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20261006101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "h4": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def rows(values, center):
    return ['<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i in center else f'<td>{e(v)}</td>'
                             for i, v in enumerate(row)) + '</tr>' for row in values]


def table_start(widths, head) -> list[str]:
    """A table (class "tasks") up to its body; its head row is an ordinary row of bold cells (no <th>: Chromium gives
    header cells structure IDs whose numbering varied between prints)."""
    return ['<table class="tasks">',
            '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in widths) + '</colgroup>',
            '<tbody>', '<tr>' + "".join(f'<td class="hd">{e(h)}</td>' for h in head) + '</tr>']


def build_html() -> str:
    out = page_start("Kế hoạch 76/KH-DTYTX", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += table_start(WIDTHS_A, COLUMNS_A) + rows(ROWS_A, (0, 4)) + ['</tbody>', '</table>']
    out += [paragraph(kind, text) for kind, text in BETWEEN]
    out += table_start(WIDTHS_B, COLUMNS_B) + rows(ROWS_B, (0,)) + ['</tbody>', '</table>']
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
