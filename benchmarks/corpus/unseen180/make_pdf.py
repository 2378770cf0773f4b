"""Write b_cao-bang_112-KH-XMBG-2026_sao-y-xi-mang-kenh-muong-htx.pdf, the hundred-and-eightieth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen180/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen180/make_pdf.py --html-only

A cement company's plan (August 2026) giving cement for field canals and internal roads to the agricultural
cooperatives of the communes round its limestone quarry, and hiring a transport cooperative and an environmental
service cooperative — printed as its office COPIES it, the way Nghị định 30/2020 lays out a certified copy: the
plan whole (header, title, the opening, I. purposes, II. a facts table of the cement each cooperative receives, III.
the work in numbered paragraphs under numbered topics, IV. two requests, the closing sentence, "Nơi nhận" beside the
signer's title, "(Đã ký)" and name), then under a full-width rule THE COPY'S OWN BLOCK: the copying company and
"Số: 17/SY-VP" beside "SAO Y" and the copy's own place and date, the copy's "Nơi nhận" beside its own signer
("TL. TỔNG GIÁM ĐỐC / CHÁNH VĂN PHÒNG"). Two numbers, two dates and two signers are printed; the plan's are the
document's.

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the copy's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, table_start, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_cao-bang_112-KH-XMBG-2026_sao-y-xi-mang-kenh-muong-htx"
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
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.75pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks th { text-align: center; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
.copy { break-inside: avoid; margin-top: 18pt; border-top: 1pt solid #000; padding-top: 6pt; }
.copy .head { font-size: 11pt; }
.copy .head .form { font-size: 13pt; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("XI MĂNG BẰNG GIANG", "b"), ("Số: 112/KH-XMBG", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Cao Bằng, ngày 05 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Hỗ trợ xi măng làm kênh mương, đường nội đồng và phối hợp với các hợp tác xã ở các xã quanh mỏ đá "
            "vôi Nà Lũng, năm 2026 - 2027")

BEFORE = [
    ("p", "Thực hiện Nghị quyết số 09/NQ-HĐQT ngày 20/7/2026 của Hội đồng quản trị Công ty về chương trình trách "
          "nhiệm xã hội năm 2026 - 2027 và biên bản làm việc ngày 28/7/2026 với UBND các xã Chu Trinh, Hưng Đạo, "
          "Bạch Đằng, nơi có mỏ đá vôi Nà Lũng và tuyến đường chở nguyên liệu của nhà máy, Công ty Cổ phần Xi măng "
          "Bằng Giang đặt ra các việc cần làm dưới đây."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Cùng các hợp tác xã nông nghiệp kiên cố hóa kênh mương, đường ra đồng ở ba xã chịu ảnh hưởng của mỏ và "
          "của xe chở hàng; xi măng hỗ trợ đến đúng công trình, dùng đúng mục đích."),
    ("p", "- Thuê, mua của hợp tác xã địa phương những dịch vụ, sản phẩm mà nhà máy cần, để người dân quanh mỏ có "
          "thêm việc làm và thu nhập."),
    ("h", "II. MỨC HỖ TRỢ"),
    ("p", "Tổng cộng 1.480 tấn xi măng PCB40 (giá trị khoảng 1,9 tỷ đồng), cấp cho bốn hợp tác xã theo danh mục đã "
          "thống nhất với UBND các xã:"),
]

FACT_COLUMNS = ["TT", "Hợp tác xã", "Xã", "Công trình", "Xi măng (tấn)"]
FACT_WIDTHS = [6, 34, 14, 32, 14]
FACTS = [
    ("1", "HTX Nông nghiệp Chu Trinh", "Chu Trinh", "Kênh nội đồng Nà Lũng - Pác Khuổi, 2,1 km", "420"),
    ("2", "HTX Dịch vụ nông nghiệp Hưng Đạo", "Hưng Đạo", "Đường ra đồng Khuổi Đứa, 1,6 km", "380"),
    ("3", "HTX Nông nghiệp Bạch Đằng", "Bạch Đằng", "Kênh tưới cánh đồng Bản Gủn, 1,8 km", "360"),
    ("4", "HTX Nông nghiệp Lê Chung", "Chu Trinh", "Đường nội đồng và cống qua đường, 1,2 km", "320"),
    ("", "Cộng", "", "", "1.480"),
]

WORK = [
    ("h", "III. NHIỆM VỤ CỦA CÁC BỘ PHẬN"),
    ("k", "1. Cấp xi măng"),
    ("p", "1.1. Phòng Kinh doanh chủ trì, cùng UBND các xã Chu Trinh, Hưng Đạo, Bạch Đằng thẩm tra lại danh mục, "
          "khối lượng từng công trình hợp tác xã đã đăng ký; xong trước ngày 31/8/2026."),
    ("p", "1.2. Phòng Kỹ thuật - KCS cử cán bộ hướng dẫn tổ thi công của các hợp tác xã trộn bê tông đúng cấp phối, "
          "đúc mẫu thử cường độ ở 04 công trình đầu tiên; thực hiện trong tháng 9 và tháng 10/2026."),
    ("p", "1.3. Xi măng xuất theo đợt, mỗi đợt không quá 150 tấn: Phòng Kinh doanh chỉ xuất đợt sau khi hợp tác xã "
          "gửi biên bản xác nhận khối lượng đã thi công của đợt trước, có chữ ký của UBND xã."),
    ("k", "2. Vận chuyển"),
    ("p", "2.1. Phòng Vật tư - Vận tải ký hợp đồng với HTX Vận tải Bằng Giang chở xi măng từ kho nhà máy đến chân "
          "từng công trình, cước do Công ty trả; ký xong trước ngày 25/8/2026."),
    ("p", "2.2. Phòng Vật tư - Vận tải kiểm tra từng chuyến xe của HTX Vận tải Bằng Giang khi ra cổng: thùng phủ bạt "
          "kín, đã qua trạm rửa bánh, không chở quá tải trọng; làm thường xuyên trong suốt thời gian chở hàng."),
    ("k", "3. Môi trường và an toàn quanh mỏ"),
    ("p", "3.1. Phòng An toàn - Môi trường thuê HTX Dịch vụ môi trường Hòa Chung tưới nước giảm bụi, quét đoạn "
          "đường 2,6 km từ cổng nhà máy ra Quốc lộ 3 hai lần mỗi ngày suốt mùa khô (tháng 11/2026 - tháng "
          "4/2027)."),
    ("p", "3.2. Xưởng Khai thác mỏ báo lịch nổ mìn của tuần sau cho UBND xã Chu Trinh và HTX Nông nghiệp Chu Trinh "
          "vào chiều thứ Năm hằng tuần; không nổ mìn vào giờ tổ thi công của hợp tác xã đang làm kênh sát chân mỏ."),
    ("k", "4. Mua sản phẩm của hợp tác xã"),
    ("p", "4.1. Phòng Hành chính - Nhân sự ký hợp đồng mua rau xanh, thịt lợn cho bếp ăn ca của nhà máy với HTX "
          "Dịch vụ nông nghiệp Hưng Đạo, để hợp tác xã bắt đầu giao hàng từ ngày 01/10/2026."),
    ("k", "5. Theo dõi, báo cáo"),
    ("p", "5.1. Văn phòng Công ty tổng hợp tiến độ từng công trình, báo cáo Tổng Giám đốc hằng tháng; báo cáo Hội "
          "đồng quản trị kết quả toàn chương trình trước ngày 15/4/2027."),
    ("h", "IV. ĐỀ NGHỊ PHỐI HỢP"),
    ("p", "1. Đề nghị UBND các xã Chu Trinh, Hưng Đạo, Bạch Đằng giao công chức phụ trách nông nghiệp giám sát việc "
          "dùng xi măng ở từng công trình và cùng hợp tác xã ký xác nhận khối lượng mỗi đợt."),
    ("p", "2. Đề nghị các hợp tác xã nhận hỗ trợ tự lo cát, đá, ngày công; bảo quản xi măng chưa dùng trong kho kín, "
          "không bán ra ngoài; hoàn thành công trình trước ngày 31/01/2027."),
    ("p", "Trên đây là Kế hoạch của Công ty Cổ phần Xi măng Bằng Giang; các phòng, xưởng được giao việc thực hiện "
          "đúng nội dung, thời gian./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- UBND các xã Chu Trinh, Hưng Đạo, Bạch Đằng;",
            "- 04 HTX nhận hỗ trợ;", "- HTX Vận tải Bằng Giang;", "- HTX Dịch vụ môi trường Hòa Chung;",
            "- Các phòng, xưởng (t/h);", "- Lưu: VT, P.KD."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("(Đã ký)", "i"), ("", ""), ("Nông Văn Thạch", "b")]

COPY_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("XI MĂNG BẰNG GIANG", "b"), ("Số: 17/SY-VP", "")]
COPY_RIGHT = [("SAO Y", "b form"), ("Cao Bằng, ngày 12 tháng 8 năm 2026", "i")]
COPY_NOI_NHAN = ["Nơi nhận:", "- Trưởng các xóm có công trình (08 bản);", "- Ban kiểm soát 04 HTX nhận hỗ trợ;",
                 "- Lưu: VT."]
COPY_SIGN = [("TL. TỔNG GIÁM ĐỐC", "b"), ("CHÁNH VĂN PHÒNG", "b"), ("", ""), ("", ""), ("", ""),
             ("Đàm Thị Ngọc Bích", "b")]

#: the dates written into the PDF instead of the time of printing: the copy's, 09:20 in Việt Nam
PDF_DATE = b"D:20260812092000+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "k": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def copy_block() -> str:
    columns = ['<div>' + "".join(f'<p class="{cls}">{e(text)}</p>' for text, cls in column) + '</div>'
               for column in (COPY_LEFT, COPY_RIGHT)]
    return ('<div class="copy"><div class="head">' + "".join(columns) + '</div>'
            + signature(COPY_NOI_NHAN, COPY_SIGN) + '</div>')


def build_html() -> str:
    out = page_start("Kế hoạch 112/KH-XMBG (bản sao y)", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += table_start(FACT_WIDTHS, FACT_COLUMNS)
    for row in FACTS:
        out.append('<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i in (0, 2, 4) else f'<td>{e(v)}</td>'
                                    for i, v in enumerate(row)) + '</tr>')
    out += ['</tbody>', '</table>']
    out += [paragraph(kind, text) for kind, text in WORK]
    out.append(signature(NOI_NHAN, SIGN))
    out.append(copy_block())
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
