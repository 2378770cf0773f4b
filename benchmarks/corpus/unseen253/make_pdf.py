"""Print b_bac-ninh_58-KH-MKB-2026_may-dong-phuc-gia-cong-htx.pdf, the two-hundred-and-fifty-third held-out set's PDF,
from ``sources/b_bac-ninh_58-KH-MKB-2026_may-dong-phuc-gia-cong-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen253/make_pdf.py

A school-uniform garment company's plan (August 2026) for putting the sewing of winter school jackets out to tailoring
cooperatives: the opening, I. purposes, II. the partners (facts), III. the work as PROSE PARAGRAPHS, EACH OPENING WITH
ITS TIME AS A BOLD DATELINE ("Đến 25/8/2026 —"), the unit that leads the subject of the first sentence and the units
that help named in a short trailing sentence ("… hỗ trợ."), or none; IV. closing; the signature beside "Nơi nhận".

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
STEM = "b_bac-ninh_58-KH-MKB-2026_may-dong-phuc-gia-cong-htx"
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
p.job { text-align: justify; margin: 0 0 6pt; padding-left: 6mm; text-indent: -6mm; }
p.job b.when { white-space: nowrap; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("MAY ĐỒNG PHỤC KINH BẮC", "b"), ("Số: 58/KH-MKB", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Bắc Ninh, ngày 12 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thuê hợp tác xã may gia công áo khoác đồng phục học sinh mùa đông năm học 2026 - 2027"

BEFORE = [
    ("p", "Năm học 2026 - 2027 Công ty nhận đặt may 38.000 áo khoác đồng phục của 52 trường tiểu học, trung học cơ sở "
          "trong tỉnh, gấp rưỡi năm trước, trong khi hai xưởng của Công ty chỉ kịp khoảng 24.000 chiếc trước mùa lạnh. "
          "Tổng Giám đốc quyết định thuê các hợp tác xã, tổ hợp tác may ở phía bắc tỉnh làm phần còn lại và ban hành "
          "Kế hoạch này."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Giao đủ áo khoác cho các trường trước ngày 30/11/2026, đúng mẫu, đúng cỡ từng lớp."),
    ("p", "- Giữ việc làm quanh năm cho thợ may của hợp tác xã, trả công gia công sòng phẳng, đúng ngày."),
    ("h", "II. ĐƠN VỊ NHẬN GIA CÔNG"),
    ("p", "HTX May Việt Yên (phường Việt Yên, 64 máy may công nghiệp) nhận khoảng 9.000 áo; Tổ hợp tác may Yên Dũng "
          "(xã Yên Dũng, 22 thợ) nhận khoảng 3.500 áo; HTX Thêu Quang Châu thêu logo trường cho phần áo của hai đơn vị "
          "trên. Vải, khóa kéo, chỉ, mác do Công ty cấp; hợp tác xã lo công may, là, đóng gói."),
    ("h", "III. LỊCH VIỆC"),
    ("p", "Mỗi đoạn dưới đây mở đầu bằng thời hạn; đơn vị đứng đầu câu là nơi chịu trách nhiệm, đơn vị nêu ở câu "
          "“… hỗ trợ” cuối đoạn là nơi phối hợp."),
]

# (dateline, the paragraph after it)
JOBS = [
    ("Đến 25/8/2026 —",
     "Phòng Kỹ thuật chuyển áo mẫu, bảng thông số bảy cỡ và bộ rập cứng cho HTX May Việt Yên, Tổ hợp tác may Yên "
     "Dũng; mỗi nơi may hai áo đối mẫu, Công ty duyệt xong mới cho cắt hàng loạt. Phòng Kế hoạch - Sản xuất hỗ trợ."),
    ("Đến 05/9/2026 —",
     "Kho nguyên phụ liệu xuất vải đã cắt bán thành phẩm, khóa kéo, chỉ, mác theo từng lô, chở đến xưởng hợp tác xã, "
     "lập biên bản giao nhận ghi số lượng từng cỡ. Phòng Quản lý chất lượng hỗ trợ."),
    ("Trong tháng 9/2026 —",
     "Phòng Quản lý chất lượng cử hai nhân viên kiểm hàng ngồi tại chuyền của hợp tác xã suốt tuần đầu, chỉ ra lỗi "
     "đường may, lỗi là ép ngay tại chỗ."),
    ("Từ 15/9/2026, thứ Sáu hằng tuần —",
     "Phòng Kế hoạch - Sản xuất gọi trực tuyến với người điều hành ba đơn vị gia công, đối chiếu số áo đã xong với "
     "kế hoạch tuần, điều thêm việc sang nơi còn dư máy. HTX May Việt Yên, Tổ hợp tác may Yên Dũng hỗ trợ."),
    ("Đến 20/10/2026 —",
     "Phòng Kinh doanh chốt với từng trường ngày nhận áo, danh sách cỡ theo lớp, người ký nhận; gửi lịch giao cho "
     "Kho thành phẩm. Phòng Kế hoạch - Sản xuất hỗ trợ."),
    ("Chậm nhất 10 ngày sau mỗi lần nhận hàng đạt —",
     "Phòng Tài chính - Kế toán chuyển khoản tiền công gia công cho hợp tác xã, tổ hợp tác theo biên bản nghiệm thu, "
     "không giữ lại quá 5% bảo hành."),
    ("Tháng 11/2026 —",
     "Phòng Kỹ thuật mở lớp ba ngày hướng dẫn thợ HTX Thêu Quang Châu dùng máy thêu vi tính tám đầu Công ty cho mượn, "
     "thêu logo của 18 trường còn lại. HTX Thêu Quang Châu và Phòng Kế hoạch - Sản xuất hỗ trợ."),
    ("Khi trường đặt thêm áo —",
     "Phòng Kế hoạch - Sản xuất chia đơn bổ sung cho đơn vị gia công còn năng lực, báo giá công trong ngày."),
    ("Đến 31/01/2027 —",
     "Phòng Kế hoạch - Sản xuất tổng kết đợt gia công: số áo, tỷ lệ hàng sửa, chi phí, ý kiến các trường; trình Tổng "
     "Giám đốc. Phòng Tài chính - Kế toán và Phòng Quản lý chất lượng hỗ trợ."),
    ("Quý I/2027 —",
     "Phòng Kinh doanh làm hồ sơ chào giá đồng phục năm học 2027 - 2028, ghi rõ phần việc do hợp tác xã trong tỉnh "
     "đảm nhận. Phòng Tài chính - Kế toán hỗ trợ."),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, kho bám lịch trên; chậm quá ba ngày so với lịch thì báo ngay Tổng Giám đốc để điều chỉnh./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT (b/c);", "- HTX May Việt Yên, THT may Yên Dũng, HTX Thêu Quang Châu;",
            "- Các phòng, kho;", "- Lưu: VT, KHSX."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Nguyễn Thị Thanh Xuân", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:45 in Việt Nam
PDF_DATE = b"D:20260812104500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def job(when: str, text: str) -> str:
    return f'<p class="job"><b class="when">{e(when)}</b> {e(text)}</p>'


def build_html() -> str:
    out = page_start("Kế hoạch 58/KH-MKB", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out += [job(*entry) for entry in JOBS]
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
