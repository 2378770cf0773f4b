"""Print b_lao-cai_14-KH-HB-2026_doanh-nghiep-xa-hoi-tht-theu-bang-tach-trang.pdf, the two-hundred-and-twenty-fourth
held-out set's PDF, from ``sources/b_lao-cai_14-KH-HB-2026_doanh-nghiep-xa-hoi-tht-theu-bang-tach-trang.html``.

    .venv/bin/python benchmarks/corpus/unseen224/make_pdf.py

A social enterprise's plan (August 2026) with the embroidery, beeswax-batik and hemp-weaving cooperative groups of
Hmông and Dao women and a brocade cooperative: the opening (its social commitment), I. aims, II. the groups (facts),
III. one sentence sending the reader to the appendix, IV. a request to the groups, the signature beside "Nơi nhận";
then the APPENDIX, A WORK TABLE PRINTED FROM A SPREADSHEET TOO WIDE FOR THE PAGE: as a spreadsheet prints a sheet
"down, then over" with its first column repeated, page 3 holds the title rows and the columns TT | Việc | Kết quả cần
có, page 4 the same rows again — the same heights, the title rows left blank — with TT | Làm chính | Cùng làm | Xong
trước; a row's work and its doers are matched only by TT. Each appendix page ends with the spreadsheet's own page
number ("Trang 1 / 2", "Trang 2 / 2").

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Fonts: DejaVu Serif (the plan), DejaVu Sans (the sheet). The tables' heads
are ordinary bold cells (no <th>), so that Chromium's tagged-PDF structure is the same from print to print.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_lao-cai_14-KH-HB-2026_doanh-nghiep-xa-hoi-tht-theu-bang-tach-trang"
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
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
.sheet { break-before: page; font-family: "DejaVu Sans"; font-size: 9.5pt; line-height: 1.25; }
.sheet .title { height: 19mm; margin: 0; }
.sheet .title p { margin: 0; }
.sheet table { width: 100%; border-collapse: collapse; table-layout: fixed; }
.sheet td { border: 0.6pt solid #000; padding: 1mm 1.5mm; vertical-align: top; }
.sheet tr.h td { font-weight: bold; text-align: center; vertical-align: middle; height: 9mm; }
.sheet td.c { text-align: center; }
.sheet tr.r2 td { height: 11mm; }
.sheet tr.r3 td { height: 15mm; }
.sheet tr.r4 td { height: 19mm; }
.sheet .pageno { text-align: center; margin-top: 6mm; font-size: 9pt; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("THỦ CÔNG HOA BAN", "b"), ("(Doanh nghiệp xã hội)", "i"), ("Số: 14/KH-HB", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lào Cai, ngày 27 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Đồng hành cùng các tổ hợp tác thêu, dệt của phụ nữ Mông, Dao năm 2026 - 2027"

# ("h" heading | "p" paragraph)
BODY = [
    ("p", "Công ty TNHH Thủ công Hoa Ban đăng ký hoạt động là doanh nghiệp xã hội, cam kết dùng ít nhất 51% lợi nhuận "
          "sau thuế hằng năm để tạo việc làm, nâng thu nhập cho phụ nữ dân tộc thiểu số làm nghề thêu, dệt. Năm 2026 "
          "Công ty nhận đơn hàng túi, khăn thêu tay của hai nhà nhập khẩu Nhật Bản và một cửa hàng ở Hà Nội, cần các tổ "
          "hợp tác giao đều hàng từ tháng 10/2026 đến hết tháng 3/2027. Công ty ban hành Kế hoạch này."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Có việc làm thường xuyên cho ít nhất 140 chị em; tiền công thêu tính đủ theo giờ công, trả đúng hạn."),
    ("p", "- Giúp các tổ hợp tác đủ điều kiện lên hợp tác xã, tự ký được đơn hàng nhỏ với khách."),
    ("h", "II. CÁC ĐƠN VỊ CÙNG THỰC HIỆN"),
    ("p", "- THT thêu Tả Van: 46 thành viên, thêu tay hoa văn Mông trên vải lanh."),
    ("p", "- THT sáp ong Lao Chải: 38 thành viên, vẽ sáp ong, nhuộm chàm."),
    ("p", "- THT dệt lanh Bản Hồ: 29 thành viên, trồng lanh, se sợi, dệt vải."),
    ("p", "- HTX Dệt may thổ cẩm Tả Phìn: 31 thành viên, may hoàn thiện túi, khăn, có máy may công nghiệp."),
    ("h", "III. PHÂN CÔNG THỰC HIỆN"),
    ("p", "Việc cụ thể, bộ phận làm chính, đơn vị cùng làm và thời hạn của từng việc tại Phụ lục kèm theo Kế hoạch "
          "này. Các bộ phận của Công ty nhận việc theo Phụ lục, không chờ văn bản giao việc riêng."),
    ("h", "IV. ĐỀ NGHỊ CÁC TỔ HỢP TÁC, HỢP TÁC XÃ"),
    ("p", "Đề nghị các tổ hợp tác, hợp tác xã cùng thực hiện gửi danh sách thành viên nhận thêu, dệt và số giờ mỗi "
          "người làm được trong tuần về Bộ phận Sản xuất - Thu mua trước ngày 10/9/2026."),
    ("p", "Trong quá trình thực hiện, tổ trưởng các tổ liên hệ trực tiếp Bộ phận Hành chính - Cộng đồng để được giải "
          "đáp./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở Tài chính tỉnh Lào Cai (b/c);", "- Các THT, HTX cùng thực hiện;",
            "- Các bộ phận Công ty;", "- Lưu: VT."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lý Thị Chiêm", "b")]

SHEET_TITLE = [("PHỤ LỤC: BẢNG PHÂN CÔNG THỰC HIỆN", "b"),
               ("(Kèm theo Kế hoạch số 14/KH-HB ngày 27/8/2026 của Công ty TNHH Thủ công Hoa Ban)", "i")]

# (TT, height class, Việc, Kết quả cần có, Làm chính, Cùng làm, Xong trước)
ROWS = [
    ("1", "r3", "Họp với tổ trưởng 04 tổ hợp tác và hợp tác xã, thống nhất bảng giá mua công bằng cho từng loại sản "
     "phẩm, tính đủ công thêu theo giờ", "Bảng giá có chữ ký của các tổ trưởng",
     "Bộ phận Sản xuất - Thu mua", "Bộ phận Kế toán", "20/9/2026"),
    ("2", "r3", "Ứng trước 30% tiền hàng của mỗi đơn đặt hàng khi giao vải, chỉ, sáp ong cho các tổ",
     "Phiếu ứng tiền có chữ ký tổ trưởng", "Bộ phận Kế toán", "Bộ phận Sản xuất - Thu mua",
     "Khi giao nguyên liệu mỗi đơn"),
    ("3", "r3", "Mở 02 đợt tập huấn mẫu thêu mới theo đơn hàng Nhật Bản, nhà thiết kế của Công ty cùng dạy",
     "60 chị em thêu đúng mẫu", "Bộ phận Thiết kế", "Hội LHPN xã Tả Van", "31/10/2026"),
    ("4", "r3", "Mở góc trông trẻ tại xưởng Tả Van cho con của chị em trong giờ thêu",
     "Góc trẻ có người trông từ thứ Hai đến thứ Sáu", "Bộ phận Hành chính - Cộng đồng", "THT thêu Tả Van",
     "15/10/2026"),
    ("5", "r3", "Hướng dẫn 04 tổ hợp tác mở tài khoản ngân hàng đứng tên tổ, nhận tiền hàng qua tài khoản",
     "04 tài khoản", "Bộ phận Kế toán", "Phòng giao dịch Ngân hàng Chính sách xã hội Sa Pa", "30/11/2026"),
    ("6", "r3", "Giúp THT thêu Tả Van và THT sáp ong Lao Chải làm hồ sơ chuyển lên hợp tác xã theo Luật Hợp tác xã "
     "năm 2023", "Hồ sơ đăng ký hợp tác xã", "Bộ phận Hành chính - Cộng đồng", "Liên minh Hợp tác xã tỉnh",
     "Quý I/2027"),
    ("7", "r2", "Đóng gói, giao đơn hàng 3.000 túi thêu cho khách Nhật Bản",
     "Hàng đạt kiểm tra, xuất kho", "Bộ phận Sản xuất - Thu mua", "HTX Dệt may thổ cẩm Tả Phìn", "15/01/2027"),
    ("8", "r3", "Mua thẻ bảo hiểm y tế cho thành viên các tổ chưa có thẻ, bằng phần lợi nhuận dành lại",
     "Danh sách và thẻ bảo hiểm y tế", "Bộ phận Kế toán", "Bảo hiểm xã hội cơ sở Sa Pa", "Tháng 3/2027"),
    ("9", "r3", "Đưa sản phẩm của các tổ lên gian hàng trực tuyến của Công ty, nhãn ghi tên tổ và tên người thêu",
     "40 mẫu sản phẩm có nhãn ghi tên người làm", "Bộ phận Thiết kế", "—", "Tháng 12/2026"),
    ("10", "r4", "Lập báo cáo tác động xã hội năm 2026 (số chị em có việc làm, thu nhập bình quân, phần lợi nhuận "
     "dành lại), gửi Sở Tài chính", "Báo cáo", "Bộ phận Hành chính - Cộng đồng", "Bộ phận Kế toán", "31/3/2027"),
    ("11", "r3", "Tổ chức phiên chợ bán sản phẩm của các tổ tại nhà văn hóa xã Tả Van dịp cuối năm",
     "Phiên chợ 02 ngày", "Bộ phận Hành chính - Cộng đồng", "UBND xã Tả Van", "Trước Tết Đinh Mùi"),
]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:30 in Việt Nam
PDF_DATE = b"D:20260827153000+07'00'"


def block(entry) -> str:
    kind, text = entry
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def sheet_page(title, widths, head, cells, page) -> list[str]:
    """One printed page of the sheet: its title rows (blank on the second page, as the sheet prints them), a table of
    ``head`` and each row's ``cells`` (each row as high as on the other page), and the sheet's page number."""
    out = ['<div class="sheet">', '<div class="title">'
           + "".join(f'<p class="{cls}">{e(text)}</p>' for text, cls in title) + '</div>',
           '<table>', '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in widths) + '</colgroup>',
           '<tr class="h">' + "".join(f'<td>{e(h)}</td>' for h in head) + '</tr>']
    for height, values in cells:
        out.append(f'<tr class="{height}">' + "".join(
            f'<td class="c">{e(v)}</td>' if i == 0 else f'<td>{e(v)}</td>' for i, v in enumerate(values)) + '</tr>')
    out += ['</table>', f'<p class="pageno">Trang {page} / 2</p>', '</div>']
    return out


def build_html() -> str:
    out = page_start("Kế hoạch 14/KH-HB", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(entry) for entry in BODY]
    out.append(signature(NOI_NHAN, SIGN))
    out += sheet_page(SHEET_TITLE, [7, 58, 35], ["TT", "Việc", "Kết quả cần có"],
                      [(h, (tt, work, result)) for tt, h, work, result, *_ in ROWS], 1)
    out += sheet_page([], [7, 35, 35, 23], ["TT", "Làm chính", "Cùng làm", "Xong trước"],
                      [(h, (tt, lead, partner, due)) for tt, h, _, _, lead, partner, due in ROWS], 2)
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
