"""Write b_bac-ninh_96-KH-TTPVHCC-2026_trung-tam-hanh-chinh-cong-dang-ky-htx-truc-tuyen.pdf, the forty-sixth held-out
set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen46/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen46/make_pdf.py --html-only

A provincial public-administration service centre's plan (June 2026) for helping cooperatives and cooperative groups
file their registration online: the header of a centre under the province, I. purposes, II. three numbered subject
headings over numbered items, each item's work followed by a bracket naming who does it, who helps and by when
("(Thực hiện: …; phối hợp: …; thời hạn: …)"), III. two numbered paragraphs, the closing sentence, the signature beside
"Nơi nhận". No table.

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
STEM = "b_bac-ninh_96-KH-TTPVHCC-2026_trung-tam-hanh-chinh-cong-dang-ky-htx-truc-tuyen"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 45% 55%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
h4 { font-size: 12pt; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
span.w { font-style: italic; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH BẮC NINH", ""), ("TRUNG TÂM PHỤC VỤ", "b"), ("HÀNH CHÍNH CÔNG", "b"),
             ("Số: 96/KH-TTPVHCC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Bắc Ninh, ngày 19 tháng 6 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Hỗ trợ hợp tác xã, tổ hợp tác thực hiện thủ tục đăng ký trên môi trường điện tử "
            "6 tháng cuối năm 2026")

# "h" a section heading, "s" a subject heading, "p" a paragraph, "w" an item: (work, bracket)
BODY = [
    ("p", "Sáu tháng đầu năm 2026, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 412 hồ sơ đăng ký thành lập, "
          "thay đổi nội dung đăng ký hợp tác xã, trong đó chỉ 23% được nộp trực tuyến; nhiều hồ sơ phải bổ sung vì "
          "sai mẫu điều lệ, thiếu danh sách thành viên. Để tăng tỷ lệ hồ sơ nộp trực tuyến và rút ngắn thời gian giải "
          "quyết, Trung tâm xây dựng Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Đến hết năm 2026, ít nhất 60% hồ sơ đăng ký hợp tác xã, tổ hợp tác được nộp qua Cổng Dịch vụ công quốc "
          "gia; không để hồ sơ trễ hạn; mỗi hợp tác xã, tổ hợp tác có nhu cầu đều được hướng dẫn tận nơi hoặc qua "
          "điện thoại."),
    ("h", "II. NỘI DUNG"),
    ("s", "1. Chuẩn hóa quy trình, biểu mẫu"),
    ("w", "1.1. Rà soát các thủ tục đăng ký hợp tác xã, liên hiệp hợp tác xã và thông báo thành lập tổ hợp tác đang "
          "tiếp nhận tại Trung tâm; cấu hình quy trình điện tử, biểu mẫu điền sẵn trên Hệ thống thông tin giải "
          "quyết thủ tục hành chính tỉnh",
     "Thực hiện: Phòng Kiểm soát thủ tục hành chính; phối hợp: Sở Tài chính; thời hạn: tháng 7/2026"),
    ("w", "1.2. Biên soạn bộ hồ sơ mẫu (điều lệ, phương án sản xuất, kinh doanh, danh sách thành viên) cho 03 loại "
          "hình hợp tác xã nông nghiệp, thương mại - dịch vụ và vận tải; đăng trên Cổng thông tin của Trung tâm",
     "Thực hiện: Phòng Kiểm soát thủ tục hành chính; phối hợp: Liên minh Hợp tác xã tỉnh; thời hạn: trước ngày "
     "15/8/2026"),
    ("w", "1.3. Kết nối dữ liệu hồ sơ đăng ký hợp tác xã giữa Hệ thống của tỉnh và Hệ thống thông tin quốc gia về "
          "đăng ký hợp tác xã, bảo đảm không yêu cầu tổ chức nộp lại giấy tờ đã có",
     "Thực hiện: Phòng Công nghệ thông tin và Số hóa; phối hợp: Sở Khoa học và Công nghệ; thời hạn: quý III/2026"),
    ("s", "2. Hỗ trợ trực tiếp hợp tác xã, tổ hợp tác"),
    ("w", "2.1. Bố trí quầy hướng dẫn riêng cho hợp tác xã, tổ hợp tác tại Trung tâm, có công chức hướng dẫn tạo tài "
          "khoản định danh điện tử tổ chức và ký số hồ sơ",
     "Thực hiện: Phòng Tiếp nhận và Trả kết quả; thời hạn: từ tháng 7/2026, duy trì thường xuyên"),
    ("w", "2.2. Tổ chức 02 đợt hỗ trợ lưu động tại trụ sở Ủy ban nhân dân các xã có nhiều tổ hợp tác (đợt 1 tại vùng "
          "Bắc Ninh cũ, đợt 2 tại vùng Bắc Giang cũ)",
     "Thực hiện: Phòng Tiếp nhận và Trả kết quả; phối hợp: Ủy ban nhân dân các xã, Tỉnh đoàn Bắc Ninh; thời "
     "hạn: đợt 1 tháng 9, đợt 2 tháng 11/2026"),
    ("w", "2.3. Hỗ trợ hợp tác xã số hóa hồ sơ giấy đã cấp trước ngày 01/7/2025 khi hợp tác xã đề nghị điều chỉnh "
          "thông tin đăng ký",
     "Thực hiện: Phòng Công nghệ thông tin và Số hóa; phối hợp: Bưu điện tỉnh Bắc Ninh; thời hạn: khi có đề nghị "
     "của hợp tác xã"),
    ("w", "2.4. Tiếp nhận, trả lời phản ánh, kiến nghị của hợp tác xã về thủ tục đăng ký qua đường dây nóng và "
          "Zalo của Trung tâm trong vòng 02 ngày làm việc",
     "Thực hiện: Phòng Giám sát, đánh giá; thời hạn: thường xuyên"),
    ("s", "3. Thông tin, tuyên truyền"),
    ("w", "3.1. Sản xuất 04 video ngắn hướng dẫn từng bước nộp hồ sơ đăng ký hợp tác xã trực tuyến, phát trên "
          "trang mạng xã hội của Trung tâm và của các xã, phường",
     "Thực hiện: Phòng Hành chính - Tổng hợp; phối hợp: Báo và Phát thanh, Truyền hình Bắc Ninh; thời hạn: 6 "
     "tháng cuối năm 2026"),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Hành chính - Tổng hợp bố trí kinh phí, trang thiết bị cho quầy hướng dẫn và các đợt hỗ trợ lưu "
          "động; hoàn thành trước ngày 31/7/2026."),
    ("p", "2. Phòng Giám sát, đánh giá theo dõi tỷ lệ hồ sơ nộp trực tuyến của từng tháng, tổng hợp kết quả thực hiện "
          "Kế hoạch, báo cáo Giám đốc Trung tâm và Ủy ban nhân dân tỉnh trước ngày 15/12/2026."),
    ("p", "Trên đây là Kế hoạch hỗ trợ hợp tác xã, tổ hợp tác thực hiện thủ tục đăng ký trên môi trường điện tử của "
          "Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Tài chính;", "- Liên minh HTX tỉnh;",
            "- UBND các xã, phường;", "- Các phòng thuộc Trung tâm;", "- Lưu: VT, KSTTHC."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Ngô Thị Thu Hằng", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 09:45 in Việt Nam
PDF_DATE = b"D:20260619094500+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 96/KH-TTPVHCC", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text, *rest in BODY:
        if kind == "w":
            out.append(f'<p class="t">{e(text)} <span class="w">({e(rest[0])}).</span></p>')
        else:
            tags = {"h": f'<h3>{e(text)}</h3>', "s": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>'}
            out.append(tags[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
