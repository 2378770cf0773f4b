"""Print b_quang-ninh_38-KH-CXHL-2026_cay-xanh-do-thi-mua-hoa-htx-nhan-dao-mau.pdf, the two-hundred-and-sixty-first
held-out set's PDF, from ``sources/b_quang-ninh_38-KH-CXHL-2026_cay-xanh-do-thi-mua-hoa-htx-nhan-dao-mau.html``.

    .venv/bin/python benchmarks/corpus/unseen261/make_pdf.py

An urban greenery company's plan (September 2026) for buying seedlings and Tết flowers of cooperatives and hiring an
environment cooperative for its parks: the opening, I. purposes, II. the cooperatives (facts), III. a legend line, then
ten numbered paragraphs, EACH OPENING WITH THE LEAD IN AN INVERTED LABEL (white bold type on a black band), then the
work, then "⊕" and the partners ("⊕ —" for none) and "◷" and the time at the paragraph's end; IV. closing; the
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
STEM = "b_quang-ninh_38-KH-CXHL-2026_cay-xanh-do-thi-mua-hoa-htx-nhan-dao-mau"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.45; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.legend { font-size: 10.5pt; font-style: italic; border-top: 1px solid #000; border-bottom: 1px solid #000;
           padding: 2pt 0; margin: 2pt 0 8pt; }
p.job { text-align: justify; margin: 0 0 7pt; padding-left: 8mm; text-indent: -8mm; }
span.no { font-weight: bold; margin-right: 3pt; }
span.lead { background: #000; color: #fff; font-weight: bold; font-size: 10.5pt; padding: 0 4pt; margin-right: 4pt; }
span.mark { font-family: "DejaVu Sans"; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("CÂY XANH ĐÔ THỊ HẠ LONG", "b"), ("Số: 38/KH-CXHL", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Quảng Ninh, ngày 22 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mua cây giống, hoa Tết của hợp tác xã và thuê hợp tác xã chăm sóc công viên, vườn hoa năm 2026 - 2027"

BEFORE = [
    ("p", "Công ty đang chăm sóc 41 công viên, vườn hoa và dải phân cách trên địa bàn các phường Hạ Long, Bãi Cháy, "
          "Hồng Gai và Cẩm Phả. Hoa trang trí Tết và cây giống trước nay phần lớn mua từ các tỉnh phía Nam, vận chuyển "
          "xa, tỷ lệ cây chết cao. Hội đồng quản trị đã có nghị quyết giao Giám đốc mua của các hợp tác xã trong tỉnh."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Tết Nguyên đán Đinh Mùi 2027 có ít nhất 70% số chậu hoa trang trí do hợp tác xã trong tỉnh trồng."),
    ("p", "- Giảm tỷ lệ cây giống chết sau trồng xuống dưới 5%; có thêm việc làm cho thành viên hợp tác xã."),
    ("h", "II. CÁC HỢP TÁC XÃ DỰ KIẾN LIÊN KẾT"),
    ("p", "HTX Hoa, cây cảnh Hoành Bồ (xã Hoành Bồ): cúc, dạ yến thảo, hoa giấy, cây viền. HTX Nông nghiệp Đông Triều "
          "(phường Đông Triều): cây bóng mát, ủ phân hữu cơ. HTX Dịch vụ môi trường Cẩm Phả (phường Cẩm Phả): quét "
          "dọn, tưới cây, thu gom rác trong công viên."),
    ("h", "III. PHÂN CÔNG"),
]

LEGEND = ("Ô chữ trắng nền đen ở đầu mỗi việc là đơn vị chủ trì; sau dấu ⊕ là đơn vị cùng làm (“—” là không có); "
          "sau dấu ◷ là thời hạn.")

# (lead, partners, work, time)
JOBS = [
    ("Phòng Kế hoạch - Vật tư", "Xí nghiệp Hoa - Cây cảnh",
     "Khảo sát vườn ươm của HTX Hoa, cây cảnh Hoành Bồ và HTX Nông nghiệp Đông Triều, chấm điểm giống, giá thể, "
     "nguồn nước tưới", "trước 15/10/2026"),
    ("Phòng Kế hoạch - Vật tư", "Phòng Tài chính - Kế toán",
     "Ký hợp đồng mua 25.000 chậu cúc, dạ yến thảo, hoa giấy trang trí Tết Nguyên đán Đinh Mùi 2027, giao thành ba "
     "đợt", "trong tháng 10/2026"),
    ("Xí nghiệp Hoa - Cây cảnh", "HTX Hoa, cây cảnh Hoành Bồ",
     "Đặt hợp tác xã ươm trước 8.000 cây hoa giấy, cây viền lá màu để trồng lại các dải phân cách sau Tết",
     "quý IV/2026"),
    ("Đội Cây xanh số 2", "—",
     "Thuê HTX Dịch vụ môi trường Cẩm Phả quét lá, tưới cây, nhặt rác tại 06 công viên, vườn hoa của phường Cẩm Phả",
     "hằng ngày, từ 01/11/2026"),
    ("Xí nghiệp Hoa - Cây cảnh", "Phòng Kế hoạch - Vật tư",
     "Nhận hoa tại vườn, đếm số chậu, ghi tỷ lệ cây héo, dập; lập biên bản trả lại chậu không đạt",
     "mỗi đợt giao hoa"),
    ("Phòng Tài chính - Kế toán", "—",
     "Chuyển tiền cho hợp tác xã chậm nhất 15 ngày sau khi nghiệm thu từng đợt hoa, cây", "sau mỗi đợt nghiệm thu"),
    ("Phòng Kỹ thuật", "Đội Cây xanh số 1",
     "Thu gom cành, lá sau cắt tỉa chở về HTX Nông nghiệp Đông Triều ủ phân; mua lại phân hữu cơ bón cho bồn hoa",
     "thường xuyên"),
    ("Phòng Kế hoạch - Vật tư", "Phòng Kỹ thuật",
     "Lập danh sách hợp tác xã đủ năng lực cung ứng cây xanh đô thị, gửi Sở Xây dựng để tham khảo khi lập dự toán",
     "trước 30/11/2026"),
    ("Phòng Kỹ thuật", "Đội Cây xanh số 1, Đội Cây xanh số 2",
     "Tập huấn cho thành viên các hợp tác xã cách cắt tỉa cây bóng mát, chằng chống cây trước mùa mưa bão",
     "tháng 4/2027"),
    ("Phòng Tổ chức - Hành chính", "các phòng, xí nghiệp, đội",
     "Sơ kết việc mua hoa, cây của hợp tác xã sau Tết, đề xuất mở rộng sang mua cây bóng mát cỡ lớn, báo cáo Hội "
     "đồng quản trị", "tháng 3/2027"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, Giám đốc Xí nghiệp, Đội trưởng các đội làm theo phân công tại mục III; có vướng mắc báo "
          "Phó Giám đốc phụ trách kỹ thuật để xử lý./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 03 HTX liên kết;", "- Các phòng, xí nghiệp, đội;", "- Lưu: VT, KHVT."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Vũ Đình Khiêm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:40 in Việt Nam
PDF_DATE = b"D:20260922104000+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def job(n: int, lead: str, partners: str, work: str, time: str) -> str:
    return (f'<p class="job"><span class="no">{n}.</span><span class="lead">{e(lead)}</span>{e(work)}. '
            f'<span class="mark">⊕</span> {e(partners)}. <span class="mark">◷</span> {e(time)}.</p>')


def build_html() -> str:
    out = page_start("Kế hoạch 38/KH-CXHL", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out.append(f'<p class="legend">{e(LEGEND)}</p>')
    out += [job(n, *entry) for n, entry in enumerate(JOBS, start=1)]
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
