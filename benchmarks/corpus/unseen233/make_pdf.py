"""Print b_cao-bang_26-KH-DTPH-2026_dau-tuong-htx-but-phe-tong-giam-doc.pdf, the two-hundred-and-thirty-third held-out
set's PDF, from ``sources/b_cao-bang_26-KH-DTPH-2026_dau-tuong-htx-but-phe-tong-giam-doc.html``.

    .venv/bin/python benchmarks/corpus/unseen233/make_pdf.py

A soybean foods maker's plan (September 2026) for buying the autumn-winter soybeans of its linked cooperatives and
cooperative groups (for tofu, soy milk and tương): the opening, I. purposes, II. the work as the drafting room typed
it — each numbered item a paragraph of work and a typed "Đề xuất:" line (proposed lead, partners, time) — and under
each item the General Director's BÚT PHÊ, the handwritten directive written on the plan before it was issued (blue
italic, a little slanted, his initial after it), which approves the proposal, replaces its lead, adds or removes a
partner, moves its date or holds the item back; a note under II.'s heading says the bút phê decides. III. how to
carry it out; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Fonts: DejaVu Serif (typed), DejaVu Sans oblique (the bút phê).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_cao-bang_26-KH-DTPH-2026_dau-tuong-htx-but-phe-tong-giam-doc"
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
p.note { font-style: italic; font-size: 11pt; margin: 0 0 6pt; }
div.item { margin: 0 0 8pt; break-inside: avoid; }
div.item p { margin: 0; text-align: justify; }
div.item p.de { padding-left: 10mm; font-size: 11pt; }
div.item p.bp { font-family: "DejaVu Sans"; font-style: oblique; color: #1a3d9c; font-size: 11pt;
                margin: 3pt 0 0 40mm; transform: rotate(-1.5deg); }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("THỰC PHẨM ĐẬU TƯƠNG PHỤC HÒA", "b"), ("Số: 26/KH-ĐTPH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Cao Bằng, ngày 21 tháng 9 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thu mua đậu tương vụ thu đông 2026 từ các hợp tác xã, tổ hợp tác liên kết"

# ("h" heading | "p" paragraph | "n" note | ("i", number, work, proposal, bút phê) an item)
BODY = [
    ("p", "Năm 2025 Công ty phải nhập 62% lượng đậu tương dùng cho sản xuất đậu phụ, sữa đậu và tương; đậu của vùng "
          "liên kết trong tỉnh chỉ đạt 410 tấn vì nhiều hộ chuyển sang trồng ngô. Để chủ động nguyên liệu hạt vàng, "
          "không biến đổi gen cho các sản phẩm mang tên Phục Hòa, Công ty lập Kế hoạch thu mua đậu tương vụ thu đông "
          "năm 2026 như sau."),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Thu mua tối thiểu 780 tấn đậu tương hạt khô của 03 hợp tác xã và 02 tổ hợp tác liên kết ở các xã Phục "
          "Hòa, Hòa An, Quảng Uyên; độ ẩm hạt không quá 12%."),
    ("p", "- Hộ trồng đậu được ứng giống, phân bón trả chậm; tiền đậu trả nhanh, đúng giá sàn đã ký."),
    ("h", "II. NỘI DUNG CÔNG VIỆC"),
    ("n", "Dưới mỗi mục: dòng “Đề xuất” do Phòng Kế hoạch - Vật tư trình; dòng chữ viết tay là bút phê của Tổng Giám "
          "đốc. Nơi bút phê khác với đề xuất thì thực hiện theo bút phê; phần bút phê không nhắc đến thì giữ như đề "
          "xuất."),
    ("i", "1.", "Ký hợp đồng bao tiêu đậu tương vụ thu đông 2026 với 03 hợp tác xã, 02 tổ hợp tác; giá sàn 17.500 "
                "đồng/kg hạt khô, mua theo giá thị trường khi giá cao hơn giá sàn.",
     "Phòng Kế hoạch - Vật tư chủ trì; Phòng Tài chính - Kế toán phối hợp; xong trước 30/9/2026.",
     "Đồng ý. — Th."),
    ("i", "2.", "Ứng 6,5 tấn giống đậu tương ĐT26 và phân bón trả chậm cho các hợp tác xã, tổ hợp tác theo diện tích "
                "đã đăng ký.",
     "Phòng Kế hoạch - Vật tư chủ trì; xong trước 05/10/2026.",
     "Thêm Phòng Kỹ thuật - Chất lượng thử tỷ lệ nảy mầm từng lô giống trước khi giao. — Th."),
    ("i", "3.", "Hướng dẫn thành viên hợp tác xã, tổ hợp tác gieo đúng mật độ, bón phân, phòng sâu cuốn lá, sâu đục "
                "quả; mỗi xã một buổi tại ruộng.",
     "Phòng Kỹ thuật - Chất lượng chủ trì; Phòng Kinh tế xã Phục Hòa phối hợp; trong tháng 10/2026.",
     "Làm sớm, xong trước 20/10 cho kịp lứa gieo. — Th."),
    ("i", "4.", "Làm 03 sân phơi bạt và đặt 03 máy tách hạt tại các điểm gom của HTX Đậu tương Hòa An, HTX Nông "
                "nghiệp Quảng Uyên, THT đậu tương Bản Giới.",
     "Tổ Thu mua lưu động chủ trì; Phòng Tài chính - Kế toán phối hợp; xong trước 30/11/2026.",
     "Giao Phòng Kế hoạch - Vật tư chủ trì; Tổ Thu mua lưu động chuyển sang phối hợp cùng Phòng Tài chính - Kế toán. — Th."),
    ("i", "5.", "Đo độ ẩm, tạp chất, hạt lép của từng lô đậu khi nhận; lấy mẫu lưu, ghi kết quả vào phiếu nhận hàng.",
     "Phòng Kỹ thuật - Chất lượng chủ trì; Tổ Thu mua lưu động phối hợp; suốt vụ thu mua, từ 01/12/2026 đến "
     "15/01/2027.",
     "Đồng ý. — Th."),
    ("i", "6.", "Trả tiền đậu cho hợp tác xã, tổ hợp tác vào tài khoản, trừ tiền giống, phân đã ứng.",
     "Phòng Tài chính - Kế toán chủ trì; Phòng Kế hoạch - Vật tư phối hợp; trong 05 ngày làm việc kể từ ngày nhận "
     "hàng.",
     "Rút xuống 03 ngày làm việc. — Th."),
    ("i", "7.", "Chạy thử các mẻ đậu phụ, sữa đậu bằng đậu vụ mới; so hiệu suất và độ đạm với đậu nhập khẩu.",
     "Xưởng Đậu phụ chủ trì; Xưởng Sữa đậu và Tương, Phòng Kỹ thuật - Chất lượng phối hợp; trong tháng 12/2026.",
     "Không cần Xưởng Sữa đậu và Tương (đang bảo dưỡng dây chuyền). — Th."),
    ("i", "8.", "Mua thêm 01 máy sấy đậu 2 tấn/mẻ đặt tại HTX Đậu tương Hòa An.",
     "Phòng Tài chính - Kế toán chủ trì; HTX Đậu tương Hòa An phối hợp; trong tháng 11/2026.",
     "Chưa duyệt. Để sau vụ xem lại. — Th."),
    ("i", "9.", "In dòng chữ “Đậu tương vùng liên kết Cao Bằng” lên bao bì đậu phụ, sữa đậu; giới thiệu các hợp tác "
                "xã liên kết trên trang bán hàng của Công ty.",
     "Phòng Kinh doanh chủ trì; xong trước 31/12/2026.",
     "Lùi đến 15/01/2027 cho kịp lô sữa đậu Tết. — Th."),
    ("i", "10.", "Tổ chức hội nghị tổng kết vụ, thưởng 05 hộ, tổ có năng suất đậu cao nhất.",
     "Phòng Kế hoạch - Vật tư chủ trì; Phòng Kinh tế xã Phục Hòa phối hợp; trong tháng 02/2027.",
     "Giao Phòng Kinh doanh chủ trì. — Th."),
    ("i", "11.", "Báo cáo lượng đậu đã mua, đã trả tiền theo từng hợp tác xã, tổ hợp tác gửi Tổng Giám đốc.",
     "Phòng Kế hoạch - Vật tư chủ trì; thứ Sáu hằng tuần trong vụ thu mua.",
     "Đồng ý. — Th."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Các phòng, xưởng, tổ thực hiện theo nội dung đã được Tổng Giám đốc bút phê tại từng mục; mục chưa duyệt "
          "không triển khai. Quá trình làm có vướng mắc, báo ngay về Phòng Kế hoạch - Vật tư để trình Tổng Giám đốc "
          "xử lý./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng quản trị (b/c);", "- Các HTX, THT liên kết;", "- Các phòng, xưởng, tổ (t/h);",
            "- Lưu: VT, P.KHVT."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Nông Đức Thịnh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:30 in Việt Nam
PDF_DATE = b"D:20260921153000+07'00'"


def block(entry) -> str:
    if entry[0] == "i":
        _, number, work, proposal, remark = entry
        return (f'<div class="item"><p>{e(number)} {e(work)}</p>'
                f'<p class="de"><i>Đề xuất:</i> {e(proposal)}</p>'
                f'<p class="bp">{e(remark)}</p></div>')
    kind, text = entry
    return {"h": f'<h3>{e(text)}</h3>', "n": f'<p class="note">{e(text)}</p>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 26/KH-ĐTPH", CSS)
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
