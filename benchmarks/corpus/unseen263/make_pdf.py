"""Print b_ha-noi_61-KH-SVS-2026_mua-sam-truyen-hinh-hang-tet-htx.pdf, the two-hundred-and-sixty-third held-out set's
PDF, from ``sources/b_ha-noi_61-KH-SVS-2026_mua-sam-truyen-hinh-hang-tet-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen263/make_pdf.py

A TV home-shopping channel's plan (October 2026) for putting cooperatives' goods on air for Tết Đinh Mùi 2027: the
opening, I. purposes, II. a note, then a GRID OF COLOURED "STICKY NOTES" TWO ACROSS, each note a big "#01" with its
time at the top right, the work, and a foot line "X lo · Y, Z đỡ tay" (the lead "lo", the partners "đỡ tay"); III.
closing; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Sans.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_ha-noi_61-KH-SVS-2026_mua-sam-truyen-hinh-hang-tet-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 25mm; }
body { font-family: "DejaVu Sans"; font-size: 11pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 11.5pt; margin: 8pt 0 4pt; }
p.t { text-indent: 8mm; text-align: justify; margin: 0 0 5pt; }
.board { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; margin: 6pt 0 10pt; }
.note { padding: 3mm 4mm; box-shadow: 1.5mm 1.5mm 0 #bbb; break-inside: avoid; }
.note.y { background: #fff3a3; } .note.p { background: #ffd6e6; } .note.g { background: #d4f5c9; }
.note.bl { background: #d3e8ff; }
.note .top { display: flex; justify-content: space-between; align-items: baseline; margin: 0 0 2mm; }
.note .no { font-size: 18pt; font-weight: bold; }
.note .when { font-size: 10pt; font-weight: bold; }
.note p.work { margin: 0 0 2mm; }
.note p.foot { margin: 0; font-size: 9.5pt; font-style: italic; border-top: 1px dashed #777; padding-top: 1mm; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("MUA SẮM TRUYỀN HÌNH SEN VIỆT", "b"), ("Số: 61/KH-SVS", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Hà Nội, ngày 20 tháng 10 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Bán hàng của hợp tác xã trên kênh mua sắm truyền hình dịp Tết Đinh Mùi 2027"

BEFORE = [
    ("p", "Kênh mua sắm của Công ty phát 18 giờ mỗi ngày trên truyền hình cáp và ứng dụng di động. Tết năm trước, nhóm "
          "hàng đặc sản vùng miền bán chạy nhất nhưng phần lớn lấy qua đại lý, khách phản ánh không rõ nơi làm ra. "
          "Năm nay Công ty làm việc thẳng với hợp tác xã, ghi tên hợp tác xã trên màn hình và trên tem hàng."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Lên sóng ít nhất 40 sản phẩm của hợp tác xã; doanh số nhóm hàng hợp tác xã đạt 15 tỷ đồng trong mùa Tết."),
    ("p", "- Hợp tác xã nhận tiền đúng hạn, biết trước phí, tỷ lệ đổi trả dưới 2%."),
    ("h", "II. BẢNG VIỆC"),
    ("p", "Mỗi tờ giấy dưới đây là một việc: góc trên bên phải là thời hạn; dòng cuối tờ ghi bộ phận “lo” (chịu trách "
          "nhiệm chính) và những nơi “đỡ tay” (phối hợp). Không ghi “đỡ tay” là bộ phận lo tự làm."),
]

# (colour, time, work, lead, partners)
NOTES = [
    ("y", "trước 31/10/2026",
     "Chọn 40 sản phẩm OCOP từ 3 sao trở lên của hợp tác xã ở Hà Nội, Phú Thọ, Ninh Bình vào danh mục lên sóng Tết",
     "Ban Ngành hàng", ["Phòng Kiểm định chất lượng"]),
    ("p", "05/11/2026",
     "Gửi từng hợp tác xã mẫu hợp đồng ký gửi và bảng phí lên sóng; gọi điện giải thích cách chia doanh thu",
     "Phòng Pháp chế", ["Ban Ngành hàng"]),
    ("g", "tháng 11/2026",
     "Quay tại vườn, tại xưởng 12 phóng sự ngắn ba phút về cách hợp tác xã làm ra sản phẩm",
     "Ban Sản xuất chương trình", ["Liên minh Hợp tác xã thành phố Hà Nội"]),
    ("bl", "trước 20/11/2026",
     "Kiểm tra phiếu kiểm nghiệm của mứt, trà, miến dong, mật ong; lô nào phiếu hết hạn thì chưa cho lên sóng",
     "Phòng Kiểm định chất lượng", []),
    ("y", "25/11/2026",
     "Nhận đợt hàng Tết đầu tiên vào kho Sài Đồng, dán tem truy xuất có tên hợp tác xã",
     "Trung tâm Kho vận", ["Phòng Điều phối đơn hàng"]),
    ("p", "15/12/2026",
     "Mở gian hàng hợp tác xã trên ứng dụng và trang web của kênh, dùng lại hình ảnh, phóng sự đã quay",
     "Phòng Thương mại điện tử", ["Ban Sản xuất chương trình"]),
    ("g", "01/12/2026 – 05/02/2027",
     "Phát khung giờ “Chợ Tết hợp tác xã” từ 20 giờ đến 21 giờ mỗi tối; mời chủ nhiệm hợp tác xã lên trường quay",
     "Ban Biên tập phát sóng", ["Ban Sản xuất chương trình", "Ban Ngành hàng"]),
    ("bl", "hằng ngày",
     "Gọi lại khách đặt hàng trong 2 giờ; báo từng hợp tác xã số đơn trước 10 giờ sáng hôm sau",
     "Trung tâm Chăm sóc khách hàng", []),
    ("y", "15 ngày sau mỗi kỳ đối soát",
     "Chuyển tiền hàng cho hợp tác xã sau khi trừ phí lên sóng và tiền hàng bị trả lại",
     "Phòng Tài chính - Kế toán", ["Trung tâm Kho vận"]),
    ("p", "28/02/2027",
     "Tổng kết mùa Tết, xếp hạng hợp tác xã theo doanh số và tỷ lệ đổi trả; đề xuất danh mục hàng mùa hè 2027",
     "Ban Ngành hàng", ["Phòng Tài chính - Kế toán", "Trung tâm Chăm sóc khách hàng"]),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Bộ phận “lo” của từng tờ báo tiến độ trong giao ban thứ Hai hằng tuần; Ban Ngành hàng giữ bảng việc này và "
          "cập nhật trên hệ thống nội bộ./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT (b/c);", "- Các hợp tác xã ký gửi hàng;", "- Các ban, phòng, trung tâm;",
            "- Lưu: VT, BNH."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Đỗ Hoàng Quân", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20261020101500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def note(n: int, colour: str, time: str, work: str, lead: str, partners: list[str]) -> str:
    foot = f'{e(lead)} lo' + (f' · {e(", ".join(partners))} đỡ tay' if partners else '')
    return (f'<div class="note {colour}"><div class="top"><span class="no">#{n:02d}</span>'
            f'<span class="when">{e(time)}</span></div>'
            f'<p class="work">{e(work)}</p><p class="foot">{foot}</p></div>')


def build_html() -> str:
    out = page_start("Kế hoạch 61/KH-SVS", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out.append('<div class="board">')
    out += [note(n, *entry) for n, entry in enumerate(NOTES, 1)]
    out.append('</div>')
    out += [block(*entry) for entry in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
