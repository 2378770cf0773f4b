"""Print b_khanh-hoa_17-KH-NDPD-2026_nha-dam-chang-ban-giao-htx.pdf, the two-hundred-and-thirtieth held-out set's PDF,
from ``sources/b_khanh-hoa_17-KH-NDPD-2026_nha-dam-chang-ban-giao-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen230/make_pdf.py

An aloe vera processor's plan (October 2026) for buying fresh aloe leaves from its linked cooperatives and groups in
the 2026 - 2027 dry season: the opening, I. purposes, II. the linked units as "-" lines (facts), III. a note and ONE
RELAY TABLE following the leaf from the field to the can — Chặng | Đơn vị nhận chặng | Việc | Nhận bàn giao từ | Bàn
giao tiếp cho | Hạn —: each stage is done by the body that takes it over; the bodies it comes from and goes on to only
sign the hand-over and are no partners; partners stand inside the work after "cùng"; IV. a request to the Sở; the
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
STEM = "b_khanh-hoa_17-KH-NDPD-2026_nha-dam-chang-ban-giao-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 18mm 14mm 18mm 25mm; }
body { font-family: "DejaVu Serif"; font-size: 11.5pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 10pt; }
h3 { font-size: 11.5pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.note { font-style: italic; text-align: justify; margin: 0 0 6pt; }
table.relay { width: 100%; border-collapse: collapse; font-size: 9.5pt; margin: 4pt 0 8pt; }
table.relay th, table.relay td { border: 0.6pt solid #000; padding: 2pt 3pt; vertical-align: top; }
table.relay th { background: #eee; }
table.relay td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("NHA ĐAM PHƯỚC DÂN", "b"), ("Số: 17/KH-NĐPD", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Phước Dân, ngày 06 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thu mua lá nha đam tươi của các hợp tác xã, tổ hợp tác liên kết mùa khô 2026 - 2027"

BEFORE = [
    ("p", "Mùa khô 2025 - 2026, Công ty mua 6.300 tấn lá nha đam của vùng liên kết; 11% số lá bị loại vì dập, gãy "
          "hoặc để quá lâu trước khi chế biến, nhiều lô không ghi được lá của hợp tác xã nào. Công ty lập Kế hoạch "
          "này để mỗi chặng đi của lá, từ ruộng đến lon nước, có một đơn vị nhận và chịu trách nhiệm."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Mua 7.500 tấn lá tươi đạt chuẩn; tỷ lệ lá loại dưới 6%."),
    ("p", "- Lô thành phẩm nào cũng truy lại được hợp tác xã, tổ hợp tác đã cung cấp lá."),
    ("h", "II. ĐƠN VỊ LIÊN KẾT"),
    ("p", "- HTX Nông nghiệp Nhơn Hải: 46 ha, 52 hộ thành viên."),
    ("p", "- HTX Nha đam Thanh Hải: 31 ha, có nhà sơ chế nhỏ."),
    ("p", "- THT nha đam Mỹ Tường: 12 ha, 17 hộ."),
    ("h", "III. CÁC CHẶNG VÀ ĐƠN VỊ NHẬN CHẶNG"),
    ("n", "Mỗi chặng do đơn vị ghi ở cột “Đơn vị nhận chặng” làm từ lúc nhận bàn giao đến lúc bàn giao tiếp. Hai cột "
          "“Nhận bàn giao từ” và “Bàn giao tiếp cho” chỉ ghi nơi lá, sản phẩm hoặc chứng từ được chuyển đến và chuyển "
          "đi để hai bên ký biên bản giao nhận; các đơn vị ghi ở hai cột này không phải đơn vị phối hợp của chặng. "
          "Đơn vị cùng làm (nếu có) được ghi trong nội dung việc."),
]

HEAD_ROW = ["Chặng", "Đơn vị nhận chặng", "Việc", "Nhận bàn giao từ", "Bàn giao tiếp cho", "Hạn"]
WIDTHS = [7, 15, 38, 14, 14, 12]
ROWS = [
    ("1", "Phòng Vùng nguyên liệu",
     "Đăng ký diện tích cắt của từng hộ, lập lịch cắt theo lứa; cùng Trung tâm Khuyến nông tỉnh hướng dẫn chỉ cắt lá "
     "cây từ 12 tháng tuổi, lá dày từ 3 cm",
     "Các HTX, THT liên kết", "Tổ Thu mua", "31/10/2026"),
    ("2", "Tổ Thu mua",
     "Cân lá tại điểm gom của từng HTX, THT, ghi phiếu cân có mã lô; trả lại ngay lá dập, gãy",
     "Phòng Vùng nguyên liệu", "Tổ Vận chuyển lạnh", "Mỗi lứa cắt"),
    ("3", "Tổ Vận chuyển lạnh",
     "Chở lá về nhà máy trong 06 giờ kể từ khi cắt, giữ thùng xe ở 8 - 12 °C",
     "Tổ Thu mua", "Phòng Kiểm nghiệm", "01/11/2026 - 30/4/2027"),
    ("4", "Phòng Kiểm nghiệm",
     "Lấy mẫu từng lô, kiểm dư lượng thuốc bảo vệ thực vật và kim loại nặng; gửi mẫu đối chứng cùng Chi cục Quản "
     "lý chất lượng nông lâm sản và thủy sản",
     "Tổ Vận chuyển lạnh", "Xưởng Sơ chế", "Hằng tuần"),
    ("5", "Xưởng Sơ chế",
     "Gọt vỏ, rửa nhựa vàng, cắt hạt lựu, chần; chuyển vỏ lá về HTX Nông nghiệp Nhơn Hải làm phân ủ",
     "Phòng Kiểm nghiệm", "Xưởng Đóng lon", "Trong ngày nhận lá"),
    ("6", "Xưởng Đóng lon",
     "Nấu, phối trộn, đóng lon nước nha đam và ly thạch nha đam cho đợt hàng Tết Nguyên đán",
     "Xưởng Sơ chế", "Kho thành phẩm", "20/01/2027"),
    ("7", "Kho thành phẩm",
     "In tem truy xuất ghi tên HTX, THT có lá trong lô; xuất hàng cho nhà phân phối",
     "Xưởng Đóng lon", "Phòng Kinh doanh", "31/01/2027"),
    ("8", "Phòng Kinh doanh",
     "Gom phản hồi của nhà phân phối về từng lô; cùng Phòng Kiểm nghiệm truy ra lô lá có lỗi",
     "Kho thành phẩm", "Phòng Tài chính - Kế toán", "Hằng tháng"),
    ("9", "Phòng Tài chính - Kế toán",
     "Quyết toán tiền lá cả mùa với từng HTX, THT; trả khoản thưởng 300 đồng/kg cho đơn vị có tỷ lệ lá loại dưới 5%",
     "Phòng Kinh doanh", "Các HTX, THT liên kết", "15/5/2027"),
]

AFTER = [
    ("h", "IV. ĐỀ NGHỊ"),
    ("p", "Đề nghị Sở Nông nghiệp và Môi trường xem xét cấp mã số vùng trồng cho ba vùng nha đam của các đơn vị liên "
          "kết trong quý IV/2026 để lô hàng kịp xuất đi Hàn Quốc đầu năm 2027."),
    ("p", "Trưởng các đơn vị nhận chặng ký biên bản giao nhận đầy đủ ở mỗi chặng; chặng nào chậm thì báo ngay Tổng "
          "Giám đốc./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT (b/c);", "- Sở Nông nghiệp và Môi trường;", "- 03 HTX, THT liên kết;",
            "- Các phòng, tổ, xưởng;", "- Lưu: VT, P.VNL."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Châu Thị Mỹ Lệ", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20261006142000+07'00'"


def block(entry) -> str:
    kind, text = entry
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>', "n": f'<p class="note">{e(text)}</p>'}[kind]


def relay_table() -> list[str]:
    out = ['<table class="relay">',
           '<colgroup>' + "".join(f'<col style="width:{w}%">' for w in WIDTHS) + '</colgroup>',
           '<thead><tr>' + "".join(f'<th>{e(h)}</th>' for h in HEAD_ROW) + '</tr></thead>', '<tbody>']
    for row in ROWS:
        cells = [f'<td class="{"c" if i in (0, 5) else ""}">{e(v)}</td>' for i, v in enumerate(row)]
        out.append('<tr>' + "".join(cells) + '</tr>')
    out += ['</tbody>', '</table>']
    return out


def build_html() -> str:
    out = page_start("Kế hoạch 17/KH-NĐPD", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(entry) for entry in BEFORE]
    out += relay_table()
    out += [block(entry) for entry in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
