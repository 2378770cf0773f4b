"""Write b_quang-ngai_427-KH-PC07-2026_canh-sat-pccc-kho-xuong-htx-theo-buoc.pdf, the eightieth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen80/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen80/make_pdf.py --html-only

A provincial police fire-prevention department's plan (July 2026) for guiding and inspecting the warehouses, drying
kilns and markets that cooperatives run: its header under the Công an tỉnh, I. requirements, II. four STEPS in bold
("Bước 1 - …"), each with its period in brackets, over paragraphs naming their doers; III. funding; the signature beside "Nơi nhận". No table.

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
STEM = "b_quang-ngai_427-KH-PC07-2026_canh-sat-pccc-kho-xuong-htx-theo-buoc"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 42% 58%; text-align: center; font-size: 10.5pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
h4 { font-size: 12pt; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG AN TỈNH QUẢNG NGÃI", ""), ("PHÒNG CẢNH SÁT PCCC VÀ CNCH", "b"), ("Số: 427/KH-PC07", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Quảng Ngãi, ngày 21 tháng 7 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hướng dẫn, kiểm tra an toàn phòng cháy, chữa cháy tại kho, xưởng sấy, chợ do hợp tác xã quản lý năm 2026"

# "h" a section heading, "s" a step heading, "p" a paragraph
BODY = [
    ("p", "Sáu tháng đầu năm 2026 trên địa bàn tỉnh xảy ra 04 vụ cháy tại lò sấy quế, kho chứa mì lát và xưởng chế "
          "biến keo của hợp tác xã (03 vụ ở vùng Kon Tum cũ), thiệt hại gần 2,6 tỷ đồng. Phòng Cảnh sát phòng cháy, "
          "chữa cháy và cứu nạn, cứu hộ (PC07) lập Kế hoạch hướng dẫn, kiểm tra như sau:"),
    ("h", "I. YÊU CẦU"),
    ("p", "Mọi kho, xưởng sấy, chợ, bến bãi do hợp tác xã quản lý được hướng dẫn ít nhất một lần trong năm; cơ sở có "
          "nguy cơ cháy cao được kiểm tra, xử lý vi phạm theo quy định."),
    ("h", "II. CÁC BƯỚC TIẾN HÀNH"),
    ("s", "Bước 1 - Rà soát, lập danh sách (tháng 8/2026)"),
    ("p", "Công an các xã, phường, đặc khu thống kê kho, xưởng sấy, chợ do hợp tác xã quản lý trên địa bàn, phân "
          "loại theo mức nguy hiểm cháy, nổ, gửi về PC07 trước ngày 05/9/2026."),
    ("p", "Đội Hướng dẫn, kiểm tra an toàn PCCC phối hợp Liên minh HTX tỉnh đối chiếu danh sách hợp tác xã đang "
          "hoạt động, bổ sung cơ sở còn sót; làm xong trong tháng 8/2026."),
    ("s", "Bước 2 - Tuyên truyền, hướng dẫn (tháng 9 và tháng 10/2026)"),
    ("p", "Đội Tuyên truyền và Xây dựng phong trào toàn dân PCCC tổ chức 08 buổi hướng dẫn tại chỗ cho ban giám đốc, "
          "tổ bảo vệ của hợp tác xã cách sử dụng bình chữa cháy, lối thoát nạn; in tờ rơi gửi kèm."),
    ("p", "Đề nghị Liên minh HTX tỉnh vận động các hợp tác xã thành lập đội PCCC cơ sở, mua bảo hiểm cháy, nổ bắt buộc "
          "cho kho, xưởng trước ngày 31/10/2026."),
    ("s", "Bước 3 - Kiểm tra (quý IV/2026)"),
    ("p", "Đội Hướng dẫn, kiểm tra an toàn PCCC chủ trì, cùng Công an xã, phường sở tại kiểm tra 40 cơ sở có nguy cơ "
          "cao; lập biên bản, xử lý hoặc đề nghị xử lý vi phạm."),
    ("p", "Các hợp tác xã được kiểm tra khắc phục tồn tại theo biên bản, báo cáo kết quả chậm nhất 30 ngày sau khi "
          "nhận biên bản."),
    ("s", "Bước 4 - Sơ kết (tháng 12/2026)"),
    ("p", "Đội Công tác PCCC và CNCH khu vực số 3 diễn tập chữa cháy tại kho của một hợp tác xã vùng Kon Tum cũ, mời "
          "Sở Tài chính và Ủy ban nhân dân xã sở tại dự; thời gian do Trưởng phòng quyết định."),
    ("p", "Đội Tham mưu tổng hợp, báo cáo kết quả thực hiện Kế hoạch với Giám đốc Công an tỉnh trước ngày "
          "20/12/2026."),
    ("h", "III. KINH PHÍ"),
    ("p", "Từ nguồn kinh phí nghiệp vụ PCCC năm 2026 của Công an tỉnh; hợp tác xã tự bảo đảm chi phí trang bị phương "
          "tiện tại cơ sở mình./."),
]

NOI_NHAN = ["Nơi nhận:", "- Đ/c Giám đốc CA tỉnh (b/c);", "- LMHTX tỉnh, Sở Tài chính;", "- CA các xã, phường, đặc khu;",
            "- Các đội thuộc Phòng;", "- Lưu: PC07 (TM)."]
SIGN = [("TRƯỞNG PHÒNG", "b"), ("", ""), ("", ""), ("", ""), ("Thượng tá Lê Quang Vĩnh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 9:00 in Việt Nam
PDF_DATE = b"D:20260721090000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 427/KH-PC07", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
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
