"""Write b_son-la_07-KH-BCH-2026_phong-thu-dan-su-xa-htx-theo-cap-do-rui-ro.pdf, the sixty-sixth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen66/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen66/make_pdf.py --html-only

A commune's civil-defence command's plan (May 2026) for mobilising cooperatives and cooperative groups in natural
disasters: I. preparations, II. duties by level of disaster risk (three italic sub-headings over "-" items), III. the
commune office's duty; the signature beside "Nơi nhận". No table.

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
STEM = "b_son-la_07-KH-BCH-2026_phong-thu-dan-su-xa-htx-theo-cap-do-rui-ro"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND XÃ MƯỜNG BÚ", ""), ("BAN CHỈ HUY PHÒNG THỦ DÂN SỰ", "b"), ("Số: 07/KH-BCH", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Mường Bú, ngày 20 tháng 5 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Huy động hợp tác xã, tổ hợp tác tham gia ứng phó thiên tai theo cấp độ rủi ro năm 2026"

BODY = [
    ("p", "Mùa mưa lũ năm 2026 dự báo đến sớm, nguy cơ lũ quét, sạt lở đất ở các bản ven suối và ven lòng hồ thủy "
          "điện Sơn La cao. Để sử dụng phương tiện, lương thực và nhân lực của các hợp tác xã, tổ hợp tác trên địa "
          "bàn khi cần, Ban Chỉ huy phòng thủ dân sự xã lập Kế hoạch như sau:"),
    ("h", "I. CÔNG TÁC CHUẨN BỊ"),
    ("p", "- Phòng Kinh tế rà soát, lập danh sách phương tiện, máy móc, vật tư của các HTX, tổ hợp tác có thể huy "
          "động khi có thiên tai; xong trước 31/5/2026."),
    ("p", "- HTX Nông nghiệp Bản Búng dự trữ 02 tấn gạo, 500 thùng nước uống đóng chai tại kho của HTX để cấp cho "
          "các hộ sơ tán; hoàn thành trong tháng 6/2026."),
    ("p", "- Ban Chỉ huy Quân sự xã chủ trì, phối hợp HTX Vận tải Mường Bú diễn tập sơ tán dân bằng xe của HTX tại "
          "bản Phiêng Ban; trước 15/6/2026."),
    ("h", "II. NHIỆM VỤ THEO CẤP ĐỘ RỦI RO THIÊN TAI"),
    ("s", "1. Cấp độ rủi ro 1"),
    ("p", "- HTX Vận tải Mường Bú bố trí 03 xe khách trực tại bến, sẵn sàng chở dân đi sơ tán theo lệnh; thời gian: "
          "ngay khi có bản tin cảnh báo."),
    ("p", "- Các HTX thủy sản lòng hồ gia cố, neo buộc lồng bè, đưa người khỏi lồng bè trước khi lũ về; phối hợp: "
          "Công an xã; thời gian: trong 12 giờ kể từ khi có cảnh báo."),
    ("s", "2. Cấp độ rủi ro 2"),
    ("p", "- HTX Dịch vụ nông nghiệp Mường Bú huy động 02 máy xúc, 01 máy ủi san gạt đất đá sạt lở trên đường liên "
          "bản, phối hợp với Ban Chỉ huy Quân sự xã; thời gian: chậm nhất 24 giờ sau khi có lệnh huy động."),
    ("p", "- Hội Liên hiệp Phụ nữ xã phối hợp HTX Nông nghiệp Bản Búng nấu ăn, phát lương thực cho hộ phải sơ tán; "
          "thời gian: suốt thời gian sơ tán."),
    ("s", "3. Cấp độ rủi ro 3 trở lên"),
    ("p", "- Phòng Kinh tế thống kê thiệt hại của HTX, tổ hợp tác, đề xuất mức hỗ trợ khôi phục sản xuất; thời gian: "
          "không quá 10 ngày sau khi kết thúc đợt thiên tai."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Văn phòng HĐND và UBND xã (thường trực Ban Chỉ huy) theo dõi việc thực hiện, tổng hợp báo cáo Chủ tịch "
          "UBND xã trước 15/12/2026."),
    ("p", "Yêu cầu các thành viên Ban Chỉ huy, các HTX, tổ hợp tác nghiêm túc thực hiện./."),
]

NOI_NHAN = ["Nơi nhận:", "- BCH PTDS tỉnh (b/c);", "- TT Đảng ủy, HĐND xã;", "- CT, PCT UBND xã;",
            "- Thành viên BCH;", "- Các HTX, THT trên địa bàn;", "- Lưu: VT."]
SIGN = [("TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("PHÓ CHỦ TỊCH UBND XÃ", ""), ("Lò Văn Thiêm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:20 in Việt Nam
PDF_DATE = b"D:20260520152000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 07/KH-BCH", CSS)
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
