"""Write b_thai-nguyen_118-KH-CCKL-2026_chi-cuc-kiem-lam-htx-lam-nghiep-the-nhiem-vu.pdf, the forty-ninth held-out
set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen49/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen49/make_pdf.py --html-only

A provincial forest-protection sub-department's plan (May 2026, the Chi cục Kiểm lâm of the Sở Nông nghiệp và Môi
trường tỉnh Thái Nguyên, after Bắc Kạn was merged in): I. purposes, II. eight numbered tasks, each a bold heading
naming the work over labelled lines "- Đơn vị chủ trì: …", "- Đơn vị phối hợp: …", "- Thời gian: …", "- Sản phẩm: …";
III. three numbered paragraphs of the Chi cục's own units and of its area offices as a class; the closing sentence; the
signature beside "Nơi nhận". No table.

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
STEM = "b_thai-nguyen_118-KH-CCKL-2026_chi-cuc-kiem-lam-htx-lam-nghiep-the-nhiem-vu"
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
h4 { font-size: 12pt; margin: 6pt 0 2pt; text-indent: 10mm; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 4pt; }
p.f { margin: 0 0 2pt 10mm; text-align: justify; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", ""), ("TỈNH THÁI NGUYÊN", ""), ("CHI CỤC KIỂM LÂM", "b"),
             ("Số: 118/KH-CCKL", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Thái Nguyên, ngày 12 tháng 5 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hỗ trợ các hợp tác xã, tổ hợp tác lâm nghiệp quản lý, bảo vệ và phát triển rừng năm 2026"

# (chủ trì, phối hợp, thời gian, sản phẩm) under each task's heading
TASKS = [
    ("1. Rà soát, cập nhật diện tích rừng giao, khoán cho hợp tác xã, tổ hợp tác lâm nghiệp trên bản đồ số",
     "Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên.",
     "Hạt Kiểm lâm khu vực Ba Bể - Pác Nặm, Hạt Kiểm lâm khu vực Định Hóa - Phú Lương.",
     "hoàn thành trong tháng 6/2026.", "bộ dữ liệu diện tích rừng của 41 hợp tác xã, 57 tổ hợp tác."),
    ("2. Hướng dẫn hợp tác xã lập phương án quản lý rừng bền vững, hồ sơ đề nghị cấp chứng chỉ rừng cho 3.200 ha "
     "rừng trồng keo, mỡ",
     "Phòng Sử dụng và Phát triển rừng.", "Trung tâm Khuyến nông tỉnh.", "quý III/2026.",
     "12 phương án được hợp tác xã thông qua."),
    ("3. Tập huấn kỹ thuật khai thác, sơ chế lâm sản ngoài gỗ (quế, hồi, măng, dược liệu dưới tán rừng)",
     "Phòng Sử dụng và Phát triển rừng.", "Liên minh Hợp tác xã tỉnh.", "tháng 7 - tháng 8/2026.",
     "06 lớp, khoảng 240 lượt thành viên hợp tác xã."),
    ("4. Hướng dẫn hồ sơ nguồn gốc lâm sản, bảng kê lâm sản khi hợp tác xã khai thác, bán gỗ rừng trồng",
     "Phòng Thanh tra, Pháp chế.", "không.", "thường xuyên.", "hợp tác xã lập hồ sơ đúng quy định."),
    ("5. Củng cố các tổ bảo vệ rừng cộng đồng ở các thôn giáp ranh Vườn quốc gia Ba Bể, vận động thành lập tổ hợp "
     "tác, hợp tác xã",
     "Hạt Kiểm lâm khu vực Ba Bể - Pác Nặm.", "Vườn quốc gia Ba Bể; UBND xã Ba Bể.", "năm 2026.",
     "ít nhất 02 tổ hợp tác được thành lập."),
    ("6. Xây dựng phương án phòng cháy, chữa cháy rừng cho các hợp tác xã có rừng; tổ chức diễn tập",
     "Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên.", "Hạt Kiểm lâm khu vực Định Hóa - Phú Lương.",
     "trước mùa hanh khô, xong trước ngày 15/10/2026.", "01 cuộc diễn tập tại xã Định Hóa."),
    ("7. Kết nối hợp tác xã với doanh nghiệp chế biến gỗ để tiêu thụ gỗ lớn có chứng chỉ",
     "Phòng Sử dụng và Phát triển rừng.", "Sở Công Thương.", "quý IV/2026.",
     "ít nhất 03 hợp đồng liên kết được ký."),
    ("8. Rà soát danh sách hợp tác xã, tổ hợp tác nhận khoán được chi trả dịch vụ môi trường rừng",
     "Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên.", "Quỹ Bảo vệ và Phát triển rừng tỉnh.",
     "6 tháng cuối năm 2026.", "danh sách gửi Quỹ kèm bản đồ khoán."),
]

# "h" a section heading, "p" a paragraph
OPENING = [
    ("p", "Căn cứ Luật Lâm nghiệp năm 2017 và Luật Hợp tác xã năm 2023;"),
    ("p", "Căn cứ Kế hoạch số 640/KH-SNNMT ngày 21/3/2026 của Sở Nông nghiệp và Môi trường về hỗ trợ hợp tác xã nông "
          "nghiệp, lâm nghiệp năm 2026;"),
    ("p", "Chi cục Kiểm lâm xây dựng Kế hoạch hỗ trợ các hợp tác xã, tổ hợp tác lâm nghiệp năm 2026 với những nội dung "
          "chính dưới đây:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Hỗ trợ để các hợp tác xã, tổ hợp tác lâm nghiệp, nhất là ở vùng Bắc Kạn cũ, quản lý rừng được giao, khoán đúng "
          "pháp luật, tăng thu nhập từ rừng trồng gỗ lớn và lâm sản ngoài gỗ. Mỗi nhiệm vụ giao một đơn vị chủ trì, "
          "có thời gian và sản phẩm cụ thể."),
    ("h", "II. NHIỆM VỤ CỤ THỂ"),
]
CLOSING = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Văn phòng Chi cục cân đối kinh phí sự nghiệp lâm nghiệp được giao năm 2026 để thực hiện Kế hoạch, trình "
          "Chi cục trưởng trong tháng 5/2026."),
    ("p", "2. Các Hạt Kiểm lâm khu vực giao kiểm lâm địa bàn theo dõi từng hợp tác xã, tổ hợp tác; báo cáo kết quả về "
          "Chi cục (qua Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên) trước ngày 10/12/2026."),
    ("p", "3. Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên là đầu mối theo dõi, tổng hợp, báo cáo Sở Nông nghiệp "
          "và Môi trường trước ngày 20/12/2026."),
    ("p", "Trên đây là Kế hoạch năm 2026 của Chi cục Kiểm lâm. Các đơn vị thuộc Chi cục tổ chức thực hiện; có khó khăn, "
          "vướng mắc báo cáo Chi cục trưởng để chỉ đạo./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở NN&MT (b/c);", "- Liên minh HTX tỉnh;", "- Vườn quốc gia Ba Bể;",
            "- Quỹ BV&PTR tỉnh;", "- Lãnh đạo Chi cục;", "- Các phòng, Hạt Kiểm lâm khu vực;", "- Lưu: VT, QLBVR."]
SIGN = [("KT. CHI CỤC TRƯỞNG", "b"), ("PHÓ CHI CỤC TRƯỞNG", "b"), ("", ""), ("", ""), ("", ""),
        ("Lục Văn Thưởng", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:10 in Việt Nam
PDF_DATE = b"D:20260512151000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 118/KH-CCKL", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    tag = {"h": "h3", "p": 'p class="t"'}
    for kind, text in OPENING:
        out.append(f'<{tag[kind]}>{e(text)}</{tag[kind].split()[0]}>')
    for heading, lead, partners, time, product in TASKS:
        out.append(f'<h4>{e(heading)}</h4>')
        for label, value in (("Đơn vị chủ trì", lead), ("Đơn vị phối hợp", partners), ("Thời gian", time),
                             ("Sản phẩm", product)):
            out.append(f'<p class="f">- {e(label)}: {e(value)}</p>')
    for kind, text in CLOSING:
        out.append(f'<{tag[kind]}>{e(text)}</{tag[kind].split()[0]}>')
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
