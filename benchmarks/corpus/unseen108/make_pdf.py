"""Write b_thai-nguyen_1932-KH-SGDDT-2026_bep-an-truong-hoc-mua-nong-san-htx.pdf, the hundred-and-eighth held-out
set's PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen108/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen108/make_pdf.py --html-only

A Sở Giáo dục và Đào tạo's plan (August 2026, after Thái Nguyên and Bắc Kạn were merged) for the kitchens of
kindergartens and primary schools with boarders to buy rice, vegetables and meat from cooperatives: I. purposes, II.
tasks as numbered paragraphs, each followed by an indented line "Đơn vị thực hiện: … Thời gian: …"; III. the
schools' and the communes' own work; the signature beside "Nơi nhận". No table.

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
STEM = "b_thai-nguyen_1932-KH-SGDDT-2026_bep-an-truong-hoc-mua-nong-san-htx"
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
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.d { margin: 0 0 7pt 18mm; font-style: italic; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("UBND TỈNH THÁI NGUYÊN", ""), ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "b"), ("Số: 1932/KH-SGDĐT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Thái Nguyên, ngày 20 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Kết nối bếp ăn bán trú của trường mầm non, tiểu học với hợp tác xã cung ứng nông sản, năm học 2026 - 2027"

# "h" a section heading, "p" a paragraph, "d" the line of doers and time under a task
BODY = [
    ("p", "Năm học 2025 - 2026, 214 trường mầm non, tiểu học trên địa bàn tỉnh tổ chức bán trú với hơn 96 nghìn trẻ, "
          "học sinh ăn trưa tại trường, nhưng mới có 31 trường mua gạo, rau, thịt trực tiếp của hợp tác xã. Để mở rộng "
          "cách làm này, bảo đảm nguồn thực phẩm rõ xuất xứ cho bữa ăn học đường, Sở Giáo dục và Đào tạo xây dựng Kế "
          "hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Đến hết năm học 2026 - 2027 có ít nhất 120 trường ký hợp đồng mua nông sản với hợp tác xã, tổ hợp tác; việc "
          "lựa chọn nhà cung cấp đúng quy định về mua sắm, công khai với cha mẹ học sinh."),
    ("h", "II. NHIỆM VỤ CỤ THỂ"),
    ("p", "1. Khảo sát nhu cầu thực phẩm của từng bếp ăn bán trú (số suất ăn, loại nông sản, khối lượng mỗi tuần) và "
          "lập danh sách các trường có nhu cầu kết nối."),
    ("d", "Đơn vị thực hiện: Phòng Giáo dục Mầm non - Tiểu học, các trường. Thời gian: trước ngày 15/9/2026."),
    ("p", "2. Đề nghị cung cấp danh sách hợp tác xã, tổ hợp tác có sản phẩm đạt chứng nhận VietGAP, OCOP hoặc hữu cơ "
          "theo từng xã, phường để Sở gửi các trường."),
    ("d", "Đơn vị thực hiện: Sở Nông nghiệp và Môi trường; phối hợp Liên minh Hợp tác xã tỉnh. Thời gian: tháng 9/2026."),
    ("p", "3. Ban hành hướng dẫn mẫu hợp đồng mua bán thực phẩm giữa nhà trường với hợp tác xã, trong đó quy định rõ "
          "truy xuất nguồn gốc, lưu mẫu thức ăn và thanh toán qua tài khoản."),
    ("d", "Đơn vị thực hiện: Phòng Kế hoạch - Tài chính (Sở GDĐT) chủ trì; Phòng Giáo dục Mầm non - Tiểu học. Thời "
          "gian: trước khi khai giảng năm học."),
    ("p", "4. Tổ chức 02 hội nghị kết nối cung - cầu giữa hiệu trưởng, nhân viên cấp dưỡng với đại diện hợp tác xã tại "
          "khu vực phía Bắc (Bắc Kạn cũ) và phía Nam tỉnh."),
    ("d", "Đơn vị thực hiện: Phòng Giáo dục Mầm non - Tiểu học; phối hợp Liên minh HTX tỉnh, Sở Công Thương. Thời gian: "
          "tháng 10 và tháng 11/2026."),
    ("p", "5. Kiểm tra điều kiện an toàn thực phẩm của bếp ăn và nguồn nông sản do hợp tác xã cung ứng; kiểm tra đột "
          "xuất khi có phản ánh."),
    ("d", "Đơn vị thực hiện: Thanh tra Sở; phối hợp Chi cục An toàn vệ sinh thực phẩm. Thời gian: học kỳ II năm học "
          "2026 - 2027."),
    ("p", "6. Tổng kết, nhân rộng các trường làm tốt; đề xuất khen thưởng trường, hợp tác xã tiêu biểu."),
    ("d", "Đơn vị thực hiện: Văn phòng Sở. Thời gian: cuối năm học."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Các trường mầm non, tiểu học có tổ chức bán trú công khai danh sách nhà cung cấp, giá mua thực phẩm trên "
          "bảng tin của trường và nhóm Zalo cha mẹ học sinh; cập nhật hằng tháng."),
    ("p", "2. Đề nghị UBND các xã, phường chỉ đạo Phòng Văn hóa - Xã hội phối hợp với Phòng Kinh tế giới thiệu hợp "
          "tác xã trên địa bàn cho các trường, hoàn thành trong quý IV/2026."),
    ("p", "3. Phòng Giáo dục Mầm non - Tiểu học là đầu mối theo dõi, tổng hợp báo cáo Giám đốc Sở trước ngày 20/12/2026 "
          "(báo cáo sơ kết học kỳ I)."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở NN&MT, Sở Công Thương, LMHTX tỉnh;", "- UBND các xã, phường;",
            "- Giám đốc, các PGĐ Sở;", "- Các trường MN, TH có bán trú;", "- Lưu: VT, GDMNTH."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Hoàng Thị Lan Phương", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:20 in Việt Nam
PDF_DATE = b"D:20260820152000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 1932/KH-SGDĐT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "d": f'<p class="d">{e(text)}</p>',
                    "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
