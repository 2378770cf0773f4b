"""Write b_lang-son_62-KH-DLMS-2026_phieu-viec-vung-trong-duoc-lieu.pdf, the hundred-and-fifty-seventh held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen157/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen157/make_pdf.py --html-only

A medicinal-herb company's plan (Công ty Cổ phần Dược liệu Mẫu Sơn, Lạng Sơn, September 2026) with the two
cooperatives that grow ba kích and giảo cổ lam for it under GACP-WHO: I. targets, II. a note on how the work is written,
III. the work as WORK CARDS — a bordered box per item whose FIRST LINE, a shaded bar, carries the item's code, the room
in charge, its partners and its time ("VT-03 | Phụ trách: … | Phối hợp: … | Hạn: …"), the work itself on the lines
UNDER the bar —, the cards grouped under three stage headings carrying their months; IV. one paragraph of the
company's factory and the closing sentence; the signature beside "Nơi nhận".

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
STEM = "b_lang-son_62-KH-DLMS-2026_phieu-viec-vung-trong-duoc-lieu"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 28mm; }
body { font-family: "DejaVu Serif"; font-size: 11.5pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 11.5pt; margin: 8pt 0 4pt; }
h4 { font-size: 11.5pt; font-style: italic; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.card { border: 0.8pt solid #444; margin: 0 0 6pt; break-inside: avoid; }
.bar { background: #e6e6e6; border-bottom: 0.6pt solid #444; padding: 2pt 5pt; font-size: 9.5pt; }
.bar span { margin-right: 9pt; display: inline-block; white-space: nowrap; }
.bar .code { font-weight: bold; }
.work { padding: 3pt 6pt 4pt; text-align: justify; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("DƯỢC LIỆU MẪU SƠN", "b"), ("Số: 62/KH-DLMS", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lạng Sơn, ngày 07 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Xây dựng vùng trồng ba kích, giảo cổ lam đạt GACP-WHO cùng các hợp tác xã liên kết, niên vụ 2026 - 2027")

NONE = "—"
# ("h", text) a section heading, ("s", text) a stage heading, ("p", text) a paragraph,
# ("c", code, lead, partners, time, work) a work card
BODY = [
    ("p", "Căn cứ Hợp đồng liên kết sản xuất và bao tiêu số 15/2026/HĐLK ngày 20/7/2026 giữa Công ty với HTX Nông lâm "
          "Mẫu Sơn và HTX Dược liệu Công Sơn; căn cứ nhu cầu nguyên liệu năm 2027 của Nhà máy chiết xuất, Công ty lập "
          "Kế hoạch như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "Đến hết năm 2027, hai hợp tác xã có 35 ha ba kích tím và 20 ha giảo cổ lam trồng theo quy trình GACP-WHO; "
          "Công ty mua toàn bộ sản lượng đạt chuẩn theo giá sàn ghi trong hợp đồng."),
    ("h", "II. CÁCH GHI PHIẾU VIỆC"),
    ("p", "Mỗi việc dưới đây là một phiếu: dòng trên cùng ghi mã việc, bộ phận phụ trách, đơn vị phối hợp và hạn hoàn "
          "thành; các dòng dưới ghi nội dung việc. Bộ phận phụ trách chịu trách nhiệm trước Tổng Giám đốc về kết quả."),
    ("h", "III. PHIẾU VIỆC"),
    ("s", "Giai đoạn 1. Chuẩn bị vùng trồng (tháng 9 - tháng 11/2026)"),
    ("c", "VT-01", "Phòng Nguyên liệu", "HTX Nông lâm Mẫu Sơn", "30/9/2026",
     "Khảo sát, khoanh vẽ bản đồ 55 ha đất đồi của hộ thành viên; lấy mẫu đất, nước gửi phân tích kim loại nặng và dư "
     "lượng thuốc bảo vệ thực vật."),
    ("c", "VT-02", "Phòng Đảm bảo chất lượng (QA)", NONE, "15/10/2026",
     "Soạn 12 quy trình thao tác chuẩn (SOP) trồng, chăm sóc, thu hái, sơ chế theo GACP-WHO, kèm bản hướng dẫn bằng "
     "hình cho hộ thành viên."),
    ("c", "VT-03", "Phòng Nguyên liệu", "HTX Dược liệu Công Sơn, Trung tâm Khuyến nông tỉnh Lạng Sơn", "Tháng 10/2026",
     "Mở 04 lớp tập huấn SOP cho 160 hộ thành viên của hai hợp tác xã, mỗi lớp 02 ngày tại nhà văn hóa thôn."),
    ("c", "VT-04", "Phòng Tài chính - Kế toán", "Phòng Nguyên liệu", "Trước 31/10/2026",
     "Ứng trước cho hợp tác xã 30% tiền giống và phân hữu cơ theo hợp đồng; mở sổ theo dõi công nợ của từng hộ."),
    ("s", "Giai đoạn 2. Trồng và chăm sóc (tháng 11/2026 - tháng 8/2027)"),
    ("c", "VT-05", "Trại giống Mẫu Sơn", "Phòng Đảm bảo chất lượng (QA)", "Quý IV/2026",
     "Giao 90.000 cây ba kích nuôi cấy mô và 40.000 bầu giảo cổ lam có nguồn gốc rõ ràng, kèm phiếu xuất vườn cho "
     "từng lô."),
    ("c", "VT-06", "Phòng Nguyên liệu", "HTX Nông lâm Mẫu Sơn, HTX Dược liệu Công Sơn", "Hằng tháng",
     "Cán bộ kỹ thuật xuống vườn kiểm tra, cùng tổ trưởng tổ sản xuất ghi nhật ký canh tác điện tử của từng lô."),
    ("c", "VT-07", "Phòng Kiểm nghiệm (QC)", NONE, "Tháng 6/2027",
     "Lấy mẫu lá giảo cổ lam lứa đầu kiểm nghiệm hàm lượng saponin và dư lượng; trả kết quả cho hợp tác xã trong 10 "
     "ngày."),
    ("s", "Giai đoạn 3. Thu hái, thu mua (từ tháng 9/2027)"),
    ("c", "VT-08", "Phòng Kế hoạch - Cung ứng", "Phòng Tài chính - Kế toán", "Trước thu hái 15 ngày",
     "Thông báo giá thu mua, lịch cân hàng tại điểm thu mua của từng hợp tác xã; thanh toán cho hợp tác xã không quá "
     "07 ngày sau khi nhận hàng."),
    ("c", "VT-09", "Phòng Đảm bảo chất lượng (QA)", "Trung tâm Kiểm nghiệm tỉnh Lạng Sơn", "Quý IV/2027",
     "Lập hồ sơ tự đánh giá, đề nghị Cục Quản lý Y, Dược cổ truyền kiểm tra, công bố vùng trồng đạt GACP-WHO."),
    ("c", "VT-10", "Phòng Kế hoạch - Cung ứng", "các phòng liên quan", "20/12 hằng năm",
     "Tổng kết niên vụ, đánh giá việc thực hiện hợp đồng liên kết, đề xuất giá sàn và diện tích cho năm sau."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Nhà máy Chiết xuất Đồng Đăng bố trí kho chứa và lò sấy đủ tiếp nhận 120 tấn dược liệu tươi mỗi vụ, xong "
          "trước ngày 31/8/2027."),
    ("p", "Các phòng, đơn vị căn cứ phiếu việc được giao để thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- HTX Nông lâm Mẫu Sơn, HTX Dược liệu Công Sơn;",
            "- Các phòng, Trại giống, Nhà máy;", "- Lưu: VT, P.NL."]
SIGN = [("KT. TỔNG GIÁM ĐỐC", "b"), ("PHÓ TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""),
        ("Vi Thị Hạnh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20260907142000+07'00'"


def card(code: str, lead: str, partners: str, time: str, work: str) -> str:
    bar = (f'<span class="code">{e(code)}</span><span>Phụ trách: {e(lead)}</span>'
           f'<span>Phối hợp: {e(partners)}</span><span>Hạn: {e(time)}</span>')
    return f'<div class="card"><div class="bar">{bar}</div><div class="work">{e(work)}</div></div>'


def build_html() -> str:
    out = page_start("Kế hoạch 62/KH-DLMS", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, *rest in BODY:
        if kind == "c":
            out.append(card(*rest))
        else:
            text = rest[0]
            out.append({"h": f'<h3>{e(text)}</h3>', "s": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
