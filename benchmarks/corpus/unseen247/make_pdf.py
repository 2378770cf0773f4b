"""Print b_dong-thap_17-KH-TMSH-2026_thu-mua-trung-vit-htx.pdf, the two-hundred-and-forty-seventh held-out set's
PDF, from ``sources/b_dong-thap_17-KH-TMSH-2026_thu-mua-trung-vit-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen247/make_pdf.py

A salted duck egg maker's plan (September 2026) for buying fresh duck eggs from duck-raising cooperatives and
cooperative groups for the 2027 Tết and mooncake seasons: the opening, I. targets, II. a note on how the work is
marked, then numbered works, each followed by its bodies ONE PER LINE with a red RUBBER-STAMP box beside each name
("CHỦ TRÌ", "PHỐI HỢP", "ĐỂ BIẾT" — the last no work) and the time in a stamp "HẠN …"; III. organisation; the
signature beside "Nơi nhận".

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
STEM = "b_dong-thap_17-KH-TMSH-2026_thu-mua-trung-vit-htx"
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
div.task { margin: 0 0 8pt; break-inside: avoid; }
div.task p.w { text-align: justify; margin: 0 0 3pt; }
div.task p.who { margin: 0 0 2pt 14mm; }
.stamp { display: inline-block; margin-left: 6pt; padding: 0 4pt; border: 1.6pt solid #c8102e; color: #c8102e;
         font-family: "DejaVu Sans"; font-size: 8.5pt; font-weight: bold;
         transform: rotate(-3deg); }
.stamp.due { margin-left: 14mm; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("TRỨNG MUỐI SA HÀNH", "b"), ("Số: 17/KH-TMSH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đồng Tháp, ngày 14 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thu mua trứng vịt tươi của hợp tác xã, tổ hợp tác chăn nuôi vịt phục vụ mùa bánh Trung thu và Tết năm 2027"

# ("h" heading | "p" paragraph | ("task", number, work, [(body, stamp)], due))
BODY = [
    ("p", "Vụ Tết năm 2026, Công ty phải mua thêm 1,2 triệu quả trứng trôi nổi vì các đàn vịt chạy đồng của hợp tác xã "
          "đẻ không đều; 6,5% số trứng muối bị loại do vỏ mỏng, lòng đỏ không đạt màu. Để chủ động nguồn trứng sạch "
          "có truy xuất, Công ty lập Kế hoạch thu mua trứng vịt tươi năm 2027 với các hợp tác xã, tổ hợp tác liên kết."),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Mua 7,8 triệu quả trứng vịt tươi của vùng liên kết, trong đó 3 triệu quả cho mùa bánh Trung thu 2027."),
    ("p", "- Tỷ lệ trứng loại sau khi muối dưới 3%; 100% lô trứng có phiếu ghi đàn vịt và ngày đẻ."),
    ("h", "II. CÔNG VIỆC"),
    ("p", "Dưới mỗi việc là các đơn vị có tên trong việc đó, mỗi đơn vị một dòng, bên cạnh có đóng dấu vai trò: "
          "dấu CHỦ TRÌ là đơn vị chịu trách nhiệm chính, dấu PHỐI HỢP là đơn vị cùng làm, dấu ĐỂ BIẾT là đơn vị chỉ "
          "nhận thông tin. Dấu HẠN ghi thời hạn phải xong."),
    ("task", "1.", "Chốt số đàn, số vịt đẻ và sản lượng trứng từng tháng mà mỗi hợp tác xã, tổ hợp tác cam kết bán "
                   "cho Công ty; ký hợp đồng năm 2027.",
     [("Phòng Thu mua", "CHỦ TRÌ"), ("Phòng Kế toán", "PHỐI HỢP"), ("HTX Chăn nuôi vịt Tân Hồng", "PHỐI HỢP")],
     "HẠN 31/10/2026"),
    ("task", "2.", "Tiêm phòng cúm gia cầm và dịch tả vịt cho các đàn liên kết, lập sổ theo dõi đàn.",
     [("Tổ Thú y", "CHỦ TRÌ"), ("Chi cục Chăn nuôi, Thú y và Thủy sản tỉnh", "PHỐI HỢP"),
      ("UBND các xã Tân Hồng, An Phước, Thường Phước", "ĐỂ BIẾT")],
     "HẠN 30/11/2026"),
    ("task", "3.", "Cấp khay nhựa đựng trứng và sổ ghi ngày đẻ cho 42 hộ nuôi vịt của THT vịt đẻ An Phước.",
     [("Kho Vật tư", "CHỦ TRÌ")],
     "HẠN 15/11/2026"),
    ("task", "4.", "Kiểm tra trứng tại điểm gom: soi trứng, cân, loại trứng dập, vỏ mỏng; dán mã lô theo đàn.",
     [("Phòng Kiểm soát chất lượng", "CHỦ TRÌ"), ("Phòng Thu mua", "PHỐI HỢP"), ("Ban Giám đốc", "ĐỂ BIẾT")],
     "HẠN THƯỜNG XUYÊN"),
    ("task", "5.", "Thuê xe lạnh chở trứng từ các điểm gom về xưởng muối trong ngày, không quá 06 giờ sau khi gom.",
     [("Phòng Hành chính - Vận tải", "CHỦ TRÌ"), ("HTX Dịch vụ vận tải Hồng Ngự", "PHỐI HỢP")],
     "HẠN 31/12/2026"),
    ("task", "6.", "Mở 03 lớp hướng dẫn phối trộn thức ăn cho vịt đẻ để lòng đỏ đạt màu, giảm trứng vỏ mỏng.",
     [("Tổ Thú y", "CHỦ TRÌ"), ("Trung tâm Khuyến nông tỉnh Đồng Tháp", "PHỐI HỢP"),
      ("Hội Nông dân xã Tân Hồng", "PHỐI HỢP")],
     "HẠN THÁNG 01/2027"),
    ("task", "7.", "Trả tiền trứng cho hợp tác xã, tổ hợp tác theo phiếu nhập kho đã kiểm tra.",
     [("Phòng Kế toán", "CHỦ TRÌ"), ("Phòng Thu mua", "ĐỂ BIẾT")],
     "HẠN 07 NGÀY SAU MỖI ĐỢT NHẬP"),
    ("task", "8.", "Lập hồ sơ cấp mã số vùng nuôi và truy xuất nguồn gốc cho trứng muối xuất sang Đài Loan.",
     [("Phòng Kiểm soát chất lượng", "CHỦ TRÌ"), ("Sở Nông nghiệp và Môi trường", "PHỐI HỢP"),
      ("Phòng Xuất nhập khẩu", "PHỐI HỢP")],
     "HẠN QUÝ I/2027"),
    ("task", "9.", "Đặt trước 3 triệu quả trứng cho mùa bánh Trung thu, ứng trước 20% tiền cho các hợp tác xã.",
     [("Phòng Thu mua", "CHỦ TRÌ"), ("Phòng Kế toán", "PHỐI HỢP"), ("HTX Nông nghiệp Thường Phước", "PHỐI HỢP")],
     "HẠN 30/4/2027"),
    ("task", "10.", "Tổng kết năm liên kết, bình chọn hộ nuôi vịt giao trứng đạt chuẩn để thưởng.",
     [("Phòng Thu mua", "CHỦ TRÌ"), ("Công đoàn Công ty", "PHỐI HỢP"), ("Hội đồng thành viên", "ĐỂ BIẾT")],
     "HẠN THÁNG 9/2027"),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Các phòng, tổ chủ động làm theo dấu vai trò đã đóng; đơn vị chủ trì báo kết quả cho Phòng Thu mua ngày 25 "
          "hằng tháng. Đề nghị các hợp tác xã, tổ hợp tác liên kết giao trứng đúng lượng cam kết./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- Các HTX, THT liên kết;", "- Các phòng, tổ (t/h);",
            "- Lưu: VT, PTM."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Huỳnh Thị Kim Thoa", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20260914142000+07'00'"


def block(entry) -> str:
    if entry[0] == "task":
        _, number, work, bodies, due = entry
        lines = [f'<div class="task"><p class="w"><b>{e(number)}</b> {e(work)}</p>']
        lines += [f'<p class="who">{e(body)} <span class="stamp">{e(stamp)}</span></p>' for body, stamp in bodies]
        lines.append(f'<p class="who"><span class="stamp due">{e(due)}</span></p></div>')
        return "\n".join(lines)
    kind, text = entry
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 17/KH-TMSH", CSS)
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
