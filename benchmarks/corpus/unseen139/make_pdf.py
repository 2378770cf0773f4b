"""Write c_yen-thanh-nghe-an_118-KH-UBND-2026_xa-tht-ong-cam-len-htx.pdf, the hundred-and-thirty-ninth held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen139/make_pdf.py            # writes sources/c_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen139/make_pdf.py --html-only

An everyday commune plan (UBND xã Yên Thành, Nghệ An, July 2026) for turning bee-keeping and orange-growing tổ hợp
tác into cooperatives: I. purposes, II. targets, III. four numbered headings over LETTERED points whose letters skip
"d)" (a), b), c), đ) as typed), MOST POINTS OPENING WITH THEIR TIME ("Trong tháng 7/2026, Văn phòng …", "Từ ngày 01/8
đến 30/9/2026: phòng Kinh tế …", "Tháng 10, phòng Văn hóa - Xã hội …", "Hằng quý, …"), the bodies in lower case and
followed directly by their verbs; a closing "Giao phòng Kinh tế …" point; the signature beside "Nơi nhận". No table.

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
STEM = "c_yen-thanh-nghe-an_118-KH-UBND-2026_xa-tht-ong-cam-len-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 42% 58%; text-align: center; font-size: 10.5pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 52% 48%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("ỦY BAN NHÂN DÂN", "b"), ("XÃ YÊN THÀNH", "b"), ("Số: 118/KH-UBND", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Yên Thành, ngày 10 tháng 7 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Chuyển đổi tổ hợp tác nuôi ong, trồng cam thành hợp tác xã và nâng cao hiệu quả hoạt động của các hợp tác xã trên địa bàn xã năm 2026"

# "h" a section heading, "s" a numbered heading, "p" a paragraph
BODY = [
    ("p", "Trên địa bàn xã hiện có 05 hợp tác xã và 09 tổ hợp tác, trong đó 03 tổ hợp tác nuôi ong và 02 tổ hợp tác "
          "trồng cam đã đủ số thành viên, có sản phẩm ổn định, có nguyện vọng lên hợp tác xã. Ủy ban nhân dân xã "
          "Yên Thành lập Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Giúp những tổ hợp tác đủ điều kiện chuyển thành hợp tác xã đúng Luật Hợp tác xã năm 2023; giúp các hợp tác "
          "xã hiện có làm ăn hiệu quả, có lãi, chia lãi cho thành viên."),
    ("h", "II. CHỈ TIÊU"),
    ("p", "Năm 2026 thành lập mới ít nhất 03 hợp tác xã từ các tổ hợp tác; 100% hợp tác xã đang hoạt động có báo cáo "
          "tài chính năm; ít nhất 01 sản phẩm mật ong đạt OCOP 3 sao."),
    ("h", "III. NHIỆM VỤ CỤ THỂ"),
    ("s", "1. Tuyên truyền, vận động"),
    ("p", "a) Trong tháng 7/2026, Văn phòng HĐND và UBND xã đưa tin về Luật Hợp tác xã năm 2023, chính sách của tỉnh "
          "dành cho hợp tác xã lên loa truyền thanh các xóm và trang thông tin điện tử của xã."),
    ("p", "b) Đề nghị Ủy ban MTTQ Việt Nam xã, các đoàn thể xã thường xuyên vận động hội viên vào tổ hợp tác, hợp tác "
          "xã; nêu gương thành viên làm ăn giỏi."),
    ("s", "2. Thành lập mới, chuyển đổi"),
    ("p", "a) Từ ngày 01/8 đến 30/9/2026: phòng Kinh tế hướng dẫn 03 tổ hợp tác nuôi ong hoàn thiện hồ sơ chuyển "
          "thành hợp tác xã, phối hợp Liên minh HTX tỉnh tư vấn soạn điều lệ, phương án sản xuất kinh doanh."),
    ("p", "b) Trung tâm Phục vụ hành chính công xã nhận hồ sơ, trả kết quả đăng ký hợp tác xã đúng hạn, không để hồ sơ "
          "quá hạn; thực hiện thường xuyên."),
    ("p", "c) Quý IV/2026, phòng Kinh tế phối hợp HTX Nông nghiệp Cam Vân Tụ khảo sát, vận động 02 tổ hợp tác trồng "
          "cam ở xóm Đông Thành, Tây Thành góp vốn, góp đất vào hợp tác xã."),
    ("p", "đ) Hội Nông dân xã cùng Phòng giao dịch NHCSXH khu vực Yên Thành giới thiệu thành viên tổ hợp tác, hợp tác "
          "xã vay vốn giải quyết việc làm; thời gian trong năm 2026."),
    ("s", "3. Nâng cao hiệu quả hoạt động"),
    ("p", "a) Tháng 10, phòng Văn hóa - Xã hội phối hợp Bảo hiểm xã hội cơ sở Yên Thành hướng dẫn các hợp tác xã đóng "
          "bảo hiểm xã hội, bảo hiểm y tế cho người lao động có hợp đồng."),
    ("p", "b) Trước Tết Nguyên đán Đinh Mùi, phòng Kinh tế tổ chức phiên chợ bán mật ong, cam của hợp tác xã, tổ hợp "
          "tác tại trung tâm xã."),
    ("p", "c) Hằng quý, phòng Kinh tế nắm tình hình hoạt động của các hợp tác xã, tổ hợp tác, kịp thời đề xuất tháo "
          "gỡ khó khăn."),
    ("s", "4. Tổ chức thực hiện"),
    ("p", "Giao phòng Kinh tế làm đầu mối, đôn đốc các đơn vị; gom kết quả, báo cáo Chủ tịch UBND xã trước ngày "
          "10/12/2026."),
    ("p", "Các phòng, đơn vị, các xóm căn cứ Kế hoạch triển khai thực hiện; có vướng mắc báo cáo về UBND xã (qua phòng "
          "Kinh tế) để chỉ đạo./."),
]

NOI_NHAN = ["Nơi nhận:", "- Liên minh HTX tỉnh (b/c);", "- Thường trực Đảng ủy, Thường trực HĐND xã (b/c);", "- Chủ tịch, các Phó Chủ tịch UBND xã;",
            "- UB MTTQ và các đoàn thể xã;", "- Các phòng, đơn vị thuộc UBND xã;", "- Các HTX, THT;",
            "- Lưu: VT, KT."]
SIGN = [("TM. ỦY BAN NHÂN DÂN", "b"), ("KT. CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""),
        ("Thái Văn Cường", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20260710143000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 118/KH-UBND", CSS)
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
