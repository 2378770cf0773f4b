"""Write a_gia-lai_1468-KH-UBND-2025_htx-chuoi-lien-ket-scan.pdf, the eighth held-out set's SCANNED PDF.

    .venv/bin/python benchmarks/corpus/unseen8/make_scan.py             # HTML → Chromium PDF → 200 dpi PNG → image PDF
    .venv/bin/python benchmarks/corpus/unseen8/make_scan.py --html-only

A province's plan as it reaches people who download it from a portal: the signed paper copy put through an office
scanner, so the PDF holds only page images and NO text layer (a reader sees the text; a program must OCR it). The
text is typed here as HTML (``build_html``, a pure function of this script), printed by Debian's Chromium
(``/usr/bin/chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf=…``), rasterised by
poppler (``pdftoppm -r 200 -png``), each page turned to greyscale and tilted by a small fixed angle as a sheet lies
on a scanner's glass, and the page images assembled by Pillow into one PDF (``save_all=True, resolution=200``) with
fixed metadata (title, producer, creation and modification dates; JPEG quality 70), so the bytes depend only on
this script (with the shared ../pdf_from_html.py), Chromium, poppler and Pillow. The annotation is read from the HTML's
text.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML parts
from pdf_from_html import PAGE_END, e, header, page_start, print_pdf, signature, table_start, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "a_gia-lai_1468-KH-UBND-2025_htx-chuoi-lien-ket-scan"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"
DPI = 200
TILT = (0.35, -0.25, 0.3)  # degrees, page by page (cycled): a sheet never lies quite straight on the glass

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 13pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 38% 62%; text-align: center; font-size: 11pt; white-space: nowrap; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 14pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 13pt; text-align: center; margin: 0 0 12pt; }
h3 { font-size: 13pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 6pt; }
.sign { display: grid; grid-template-columns: 50% 50%; margin-top: 14pt; }
.sign .left { font-size: 10.5pt; }
.sign .left p, .sign .right p { margin: 0; }
.sign .right { text-align: center; }
.appendix { break-before: page; }
table.tasks { border-collapse: collapse; width: 100%; font-size: 11.5pt; }
table.tasks th, table.tasks td { border: 1px solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks td.c { text-align: center; }
"""

HEAD_LEFT = [("ỦY BAN NHÂN DÂN", "b"), ("TỈNH GIA LAI", "b"), ("Số: 1468/KH-UBND", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Gia Lai, ngày 14 tháng 10 năm 2025", "i")]

TITLE = "KẾ HOẠCH"
SUBTITLE = "Hỗ trợ hợp tác xã tham gia chuỗi liên kết cà phê, hồ tiêu, mắc ca và thủy sản giai đoạn 2025 - 2027"

# ("h", heading) or ("p", paragraph)
BODY = [
    ("p", "Thực hiện Luật Hợp tác xã năm 2023 và Nghị quyết số 09/NQ-HĐND ngày 18 tháng 8 năm 2025 của Hội đồng nhân "
          "dân tỉnh về một số nhiệm vụ trọng tâm sau khi hợp nhất tỉnh Gia Lai và tỉnh Bình Định, Ủy ban nhân dân tỉnh "
          "ban hành Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Đưa thêm ít nhất 40 hợp tác xã vào các chuỗi liên kết cà phê, hồ tiêu, mắc ca ở vùng cao nguyên và thủy "
          "sản ở vùng ven biển của tỉnh; mỗi nhiệm vụ có cơ quan chủ trì, thời hạn cụ thể."),
    ("h", "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
    ("p", "1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh khảo sát, lập danh sách "
          "hợp tác xã đủ điều kiện tham gia chuỗi liên kết theo từng ngành hàng; hoàn thành trong quý IV/2025."),
    ("p", "2. Sở Tài chính chủ trì, phối hợp với Sở Nông nghiệp và Môi trường cân đối, bố trí kinh phí hỗ trợ liên kết "
          "sản xuất gắn với tiêu thụ sản phẩm cho hợp tác xã trong dự toán năm 2026, trình Ủy ban nhân dân tỉnh trước "
          "ngày 30/11/2025."),
    ("p", "3. Sở Công Thương chủ trì, phối hợp với Sở Khoa học và Công nghệ, Liên minh Hợp tác xã tỉnh tổ chức hai "
          "hội nghị kết nối hợp tác xã với doanh nghiệp thu mua, chế biến, xuất khẩu; thực hiện trong năm 2026."),
    ("p", "4. Sở Khoa học và Công nghệ chủ trì hướng dẫn hợp tác xã gắn mã vùng trồng, mã số cơ sở nuôi và truy xuất "
          "nguồn gốc sản phẩm; hoàn thành trong quý II/2026."),
    ("p", "5. Sở Nội vụ chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh đưa lao động trẻ có trình độ về làm việc tại "
          "hợp tác xã theo chính sách của tỉnh, hằng năm."),
    ("p", "6. Ủy ban nhân dân các xã, phường chủ trì vận động hộ nông dân, tổ hợp tác tham gia hợp tác xã và chuỗi "
          "liên kết trên địa bàn; thường xuyên."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Sở Nông nghiệp và Môi trường theo dõi, đôn đốc các cơ quan, đơn vị; tổng hợp kết quả, báo cáo Ủy ban nhân "
          "dân tỉnh trước ngày 20 tháng 12 hằng năm. Mô hình điểm thực hiện theo Phụ lục kèm theo./."),
]

NOI_NHAN = ["Nơi nhận:", "- Bộ Nông nghiệp và Môi trường (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
            "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ngành có tên tại Kế hoạch;", "- UBND các xã, phường;",
            "- Lưu: VT, KT."]
SIGN = [("TM. ỦY BAN NHÂN DÂN", "b"), ("KT. CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""),
        ("Rơ Mah Thị Hlin", "b")]

APPENDIX_TITLE = "DANH MỤC MÔ HÌNH HỢP TÁC XÃ LIÊN KẾT ĐIỂM"
APPENDIX_NOTE = "(Kèm theo Kế hoạch số 1468/KH-UBND ngày 14/10/2025 của Ủy ban nhân dân tỉnh Gia Lai)"
HEADER_ROW = ["TT", "Mô hình", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
ROWS = [
    ("1", "Chuỗi cà phê chứng nhận bền vững của hợp tác xã ở xã Ia Grai", "Sở Nông nghiệp và Môi trường",
     "UBND xã Ia Grai", "2026"),
    ("2", "Chuỗi hồ tiêu hữu cơ liên kết với doanh nghiệp xuất khẩu", "Sở Công Thương",
     "Liên minh Hợp tác xã tỉnh", "2026 - 2027"),
    ("3", "Hợp tác xã nuôi tôm hùm lồng gắn với tiêu thụ ở vùng ven biển", "Sở Nông nghiệp và Môi trường",
     "UBND các xã ven biển", "Quý III/2026"),
]


def build_html() -> str:
    out = [*page_start("Kế hoạch 1468/KH-UBND", CSS), *header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)]
    for kind, text in BODY:
        out.append(f'<h3>{e(text)}</h3>' if kind == "h" else f'<p class="t">{e(text)}</p>')
    out.append(signature(NOI_NHAN, SIGN))
    out += ['<div class="appendix">', '<h1>PHỤ LỤC</h1>',
            f'<h2>{e(APPENDIX_TITLE)}<br><span class="i">{e(APPENDIX_NOTE)}</span></h2>',
            *table_start((6, 40, 20, 20, 14), HEADER_ROW)]
    for tt, task, lead, coop, when in ROWS:
        out.append(f'<tr><td class="c">{tt}</td><td>{e(task)}</td><td>{e(lead)}</td><td>{e(coop)}</td>'
                   f'<td class="c">{e(when)}</td></tr>')
    out += ['</tbody>', '</table>', '</div>', *PAGE_END]
    return "\n".join(out)


def scanned(pages: list[Path]) -> bytes:
    """The page images as one image-only PDF: greyscale, each tilted by its fixed angle on a white ground."""
    import io

    from PIL import Image

    images = []
    for i, page in enumerate(pages):
        with Image.open(page) as im:
            grey = im.convert("L")
        images.append(grey.rotate(TILT[i % len(TILT)], resample=Image.Resampling.BICUBIC, fillcolor=255))
    stamp = dt.datetime(2025, 10, 15, 9, 12, 40)
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=DPI,
                   quality=70, title="1468-KH-UBND", creator="Scan", producer="Scan",
                   creationDate=stamp.timetuple(), modDate=stamp.timetuple())
    return out.getvalue()


def main() -> None:
    if not write_html(HTML, build_html()):
        return
    with tempfile.TemporaryDirectory() as tmp:
        printed = Path(tmp) / "printed.pdf"
        print_pdf(HTML, printed)
        subprocess.run(["pdftoppm", "-r", str(DPI), "-png", str(printed), str(Path(tmp) / "page")], check=True)
        OUT.write_bytes(scanned(sorted(Path(tmp).glob("page-*.png"))))
    print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
