"""Write b_ninh-binh_27-KH-HBT-2026_hoi-bao-tro-nkt-tham-gia-htx.pdf, the ninety-ninth held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen99/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen99/make_pdf.py --html-only

A provincial association for the support of people with disabilities and orphans (March 2026, after Ninh Bình, Hà Nam
and Nam Định were merged): its plan for helping people with disabilities join cooperative groups and cooperatives.
II. eight numbered activities, each a bold title line over one paragraph, closed by labelled lines "Đơn vị thực hiện:
…", "Phối hợp: …", "Thời gian: …"; III. the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_ninh-binh_27-KH-HBT-2026_hoi-bao-tro-nkt-tham-gia-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 48% 52%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
h4 { font-size: 12pt; margin: 6pt 0 2pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 3pt; }
p.l { margin: 0 0 0 10mm; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỘI BẢO TRỢ NGƯỜI KHUYẾT TẬT", "b"), ("VÀ TRẺ MỒ CÔI TỈNH NINH BÌNH", "b"), ("Số: 27/KH-HBT", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Ninh Bình, ngày 09 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Hỗ trợ người khuyết tật tham gia tổ hợp tác, hợp tác xã năm 2026"

# "h" a section heading, "s" an activity title, "p" a paragraph, "l" a labelled line
BODY = [
    ("p", "Năm 2025, toàn tỉnh có 23 hợp tác xã, tổ hợp tác thu hút trên 410 người khuyết tật làm việc, chủ yếu trong "
          "các nghề thêu ren, mây tre đan, chế biến nông sản và chăn nuôi nhỏ. Để nhân rộng các mô hình này, Ban Thường "
          "vụ Hội xây dựng Kế hoạch năm 2026 như sau:"),
    ("h", "I. MỤC TIÊU"),
    ("p", "Hỗ trợ ít nhất 150 người khuyết tật có việc làm ổn định tại tổ hợp tác, hợp tác xã; thành lập mới 03 tổ hợp "
          "tác và 01 hợp tác xã do người khuyết tật làm thành viên chủ yếu."),
    ("h", "II. CÁC HOẠT ĐỘNG"),
    ("s", "1. Khảo sát nhu cầu việc làm"),
    ("p", "Lập danh sách người khuyết tật trong độ tuổi lao động có nhu cầu tham gia tổ hợp tác, hợp tác xã, phân theo "
          "dạng tật và nghề mong muốn."),
    ("l", "Đơn vị thực hiện: Ban Công tác xã hội. Phối hợp: Hội Bảo trợ người khuyết tật và trẻ mồ côi các xã, phường. "
          "Thời gian: tháng 4/2026."),
    ("s", "2. Kết nối với hợp tác xã nhận người khuyết tật vào làm việc"),
    ("p", "Làm việc với Liên minh Hợp tác xã tỉnh để giới thiệu các hợp tác xã thủ công mỹ nghệ, chế biến nông sản sẵn "
          "sàng nhận lao động là người khuyết tật; ký biên bản ghi nhớ với ít nhất 08 hợp tác xã."),
    ("l", "Đơn vị thực hiện: Văn phòng Hội. Phối hợp: Liên minh Hợp tác xã tỉnh. Thời gian: quý II/2026."),
    ("s", "3. Đào tạo nghề ngắn hạn"),
    ("p", "Mở 05 lớp dạy nghề thêu, đan cói, làm hương cho người khuyết tật ngay tại xưởng của hợp tác xã, mỗi lớp từ 15 "
          "đến 20 học viên."),
    ("l", "Đơn vị thực hiện: Trung tâm Dạy nghề và Hỗ trợ việc làm cho người khuyết tật (trực thuộc Hội). Phối hợp: "
          "Sở Nội vụ; các hợp tác xã nhận học viên. Thời gian: từ tháng 5 đến tháng 10/2026."),
    ("s", "4. Hỗ trợ thành lập tổ hợp tác của người khuyết tật"),
    ("p", "Hướng dẫn người khuyết tật ở các xã Kim Sơn, Yên Mô, Ý Yên lập hợp đồng hợp tác, chọn tổ trưởng, đăng ký "
          "hoạt động với Ủy ban nhân dân xã."),
    ("l", "Đơn vị thực hiện: Ban Công tác xã hội. Phối hợp: Ủy ban nhân dân các xã Kim Sơn, Yên Mô, Ý Yên. Thời gian: "
          "hoàn thành trước 30/9/2026."),
    ("s", "5. Vận động vốn"),
    ("p", "Vận động doanh nghiệp, nhà hảo tâm ủng hộ máy khâu, khung dệt và vốn lưu động cho tổ hợp tác, hợp tác xã có "
          "thành viên là người khuyết tật; phối hợp hướng dẫn vay vốn ưu đãi."),
    ("l", "Đơn vị thực hiện: Ban Vận động quỹ. Phối hợp: Ngân hàng Chính sách xã hội tỉnh. Thời gian: cả năm."),
    ("s", "6. Giới thiệu sản phẩm"),
    ("p", "Đưa sản phẩm của 10 hợp tác xã, tổ hợp tác có người khuyết tật tham gia vào gian hàng chung tại Hội chợ "
          "Thương mại - Du lịch Ninh Bình và trên fanpage, website của Hội."),
    ("l", "Đơn vị thực hiện: Văn phòng Hội. Phối hợp: Sở Công Thương. Thời gian: quý III/2026."),
    ("s", "7. Kiểm tra điều kiện làm việc"),
    ("p", "Kiểm tra việc bố trí chỗ làm việc, lối đi, nhà vệ sinh phù hợp với người khuyết tật và việc đóng bảo hiểm "
          "xã hội tại các hợp tác xã đã ký biên bản ghi nhớ."),
    ("l", "Đơn vị thực hiện: Ban Kiểm tra Hội. Phối hợp: Liên minh Hợp tác xã tỉnh. Thời gian: tháng 11/2026."),
    ("s", "8. Sơ kết, báo cáo"),
    ("p", "Tổng hợp kết quả năm 2026, biểu dương tổ hợp tác, hợp tác xã tiêu biểu trong sử dụng lao động là người "
          "khuyết tật, báo cáo Trung ương Hội và Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh."),
    ("l", "Đơn vị thực hiện: Văn phòng Hội. Thời gian: trước ngày 15/12/2026."),
    ("h", "III. KINH PHÍ"),
    ("p", "Từ nguồn quỹ của Hội, kinh phí Trung ương Hội hỗ trợ và các nguồn vận động hợp pháp khác."),
    ("p", "Trên đây là Kế hoạch hỗ trợ người khuyết tật tham gia tổ hợp tác, hợp tác xã năm 2026 của Hội./."),
]

NOI_NHAN = ["Nơi nhận:", "- Trung ương Hội (b/c);", "- UBMTTQ VN tỉnh (b/c);", "- LMHTX tỉnh;",
            "- Các ban, đơn vị thuộc Hội;", "- Hội cấp xã;", "- Lưu: VP Hội."]
SIGN = [("TM. BAN THƯỜNG VỤ", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Trịnh Thị Hậu", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:00 in Việt Nam
PDF_DATE = b"D:20260309150000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 27/KH-HBT", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "s": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>',
                    "l": f'<p class="l">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
