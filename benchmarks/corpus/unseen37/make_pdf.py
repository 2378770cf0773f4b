"""Write b_quang-tri_09-KH-HLV-2026_hoi-lam-vuon-hoat-dong.pdf, the thirty-seventh held-out set's PDF, from the HTML this
script writes.

    .venv/bin/python benchmarks/corpus/unseen37/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen37/make_pdf.py --html-only

A new kind: the plan of a provincial gardeners' association (Hội Làm vườn, March 2026) for bringing its members'
gardens and farms into cooperative groups and cooperatives: I. purposes, II. targets ("-" lines), III. seven bold
"Hoạt động n." headings, each over four labelled lines ("- Nội dung: …", "- Đơn vị thực hiện: …", "- Phối hợp: …",
"- Thời gian: …"); IV. three numbered paragraphs of the association's own units and commune branches; the closing
sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_quang-tri_09-KH-HLV-2026_hoi-lam-vuon-hoat-dong"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
h4 { font-size: 12pt; margin: 6pt 0 2pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 4pt; }
p.f { margin: 0 0 2pt 10mm; text-align: justify; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỘI LÀM VƯỜN VIỆT NAM", ""), ("HỘI LÀM VƯỜN TỈNH QUẢNG TRỊ", "b"), ("Số: 09/KH-HLV", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Quảng Trị, ngày 06 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Vận động hội viên liên kết sản xuất, tham gia tổ hợp tác, hợp tác xã năm 2026"

# "h" a section heading, "a" an activity heading, "p" a paragraph, "f" a labelled line under an activity
BODY = [
    ("p", "Thực hiện Nghị quyết Đại hội đại biểu Hội Làm vườn tỉnh nhiệm kỳ 2023 - 2028 và chương trình công tác năm "
          "2026 của Trung ương Hội, nhằm giúp hội viên làm vườn, chủ trang trại ở vùng đồi Vĩnh Linh, Gio Linh, vùng "
          "cát Lệ Thủy và vùng hồ tiêu, cà phê Khe Sanh liên kết lại, Ban Thường vụ Hội Làm vườn tỉnh ban hành Kế "
          "hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Nâng cao nhận thức của hội viên về lợi ích của tổ hợp tác, hợp tác xã; gắn công tác Hội với việc xây dựng "
          "vườn mẫu, trang trại đạt chuẩn; các hoạt động có địa chỉ, có người phụ trách, có thời gian cụ thể."),
    ("h", "II. CHỈ TIÊU"),
    ("p", "- Vận động thành lập mới ít nhất 12 tổ hợp tác vườn - trang trại, 03 hợp tác xã từ tổ hợp tác."),
    ("p", "- 600 hội viên được tập huấn kiến thức về kinh tế hợp tác; 70% chi hội có hội viên tham gia tổ hợp tác."),
    ("h", "III. NỘI DUNG HOẠT ĐỘNG"),
    ("a", "Hoạt động 1. Điều tra nhu cầu liên kết"),
    ("f", "- Nội dung: điều tra nhu cầu liên kết sản xuất, tiêu thụ của hội viên làm vườn, chủ trang trại; lập danh "
          "sách nhóm hộ có thể thành lập tổ hợp tác."),
    ("f", "- Đơn vị thực hiện: Ban Kinh tế - Kỹ thuật."),
    ("f", "- Phối hợp: Hội Làm vườn các xã, phường."),
    ("f", "- Thời gian: tháng 3 - tháng 4/2026."),
    ("a", "Hoạt động 2. Tập huấn về tổ hợp tác, hợp tác xã"),
    ("f", "- Nội dung: mở 06 lớp tập huấn cho hội viên về thành lập, quản lý tổ hợp tác, hợp tác xã và ghi chép sổ "
          "sách đơn giản."),
    ("f", "- Đơn vị thực hiện: Ban Kinh tế - Kỹ thuật."),
    ("f", "- Phối hợp: Liên minh Hợp tác xã tỉnh, Sở Nông nghiệp và Môi trường."),
    ("f", "- Thời gian: quý II/2026."),
    ("a", "Hoạt động 3. Thành lập tổ hợp tác vườn - trang trại"),
    ("f", "- Nội dung: hướng dẫn các nhóm hộ trồng cây ăn quả, hồ tiêu, rau màu trên cát xây dựng hợp đồng hợp tác, "
          "đăng ký tổ hợp tác với Ủy ban nhân dân cấp xã."),
    ("f", "- Đơn vị thực hiện: Hội Làm vườn các xã, phường."),
    ("f", "- Phối hợp: Ủy ban nhân dân các xã, phường."),
    ("f", "- Thời gian: hoàn thành trước ngày 30/9/2026."),
    ("a", "Hoạt động 4. Tư vấn chuyển tổ hợp tác lên hợp tác xã"),
    ("f", "- Nội dung: chọn 03 tổ hợp tác hoạt động ổn định, tư vấn xây dựng điều lệ, phương án sản xuất kinh doanh "
          "và hồ sơ đăng ký hợp tác xã."),
    ("f", "- Đơn vị thực hiện: Ban Kinh tế - Kỹ thuật."),
    ("f", "- Phối hợp: Liên minh Hợp tác xã tỉnh."),
    ("f", "- Thời gian: quý IV/2026."),
    ("a", "Hoạt động 5. Xây dựng vườn mẫu gắn với tổ hợp tác"),
    ("f", "- Nội dung: xây dựng 02 mô hình vườn mẫu theo hướng hữu cơ do tổ hợp tác quản lý, làm điểm tham quan cho "
          "hội viên."),
    ("f", "- Đơn vị thực hiện: Câu lạc bộ Trang trại tỉnh."),
    ("f", "- Phối hợp: Trung tâm Khuyến nông tỉnh."),
    ("f", "- Thời gian: vụ Hè Thu năm 2026."),
    ("a", "Hoạt động 6. Kết nối tiêu thụ sản phẩm"),
    ("f", "- Nội dung: giới thiệu sản phẩm của các tổ hợp tác, hợp tác xã có hội viên tham gia tại hội chợ nông sản "
          "cuối năm và trên trang thông tin của Hội."),
    ("f", "- Đơn vị thực hiện: Văn phòng Hội."),
    ("f", "- Phối hợp: Sở Công Thương."),
    ("f", "- Thời gian: tháng 11 - 12/2026."),
    ("a", "Hoạt động 7. Biểu dương hội viên tiêu biểu"),
    ("f", "- Nội dung: lựa chọn, biểu dương hội viên, tổ hợp tác tiêu biểu trong liên kết sản xuất."),
    ("f", "- Đơn vị thực hiện: Thường trực Hội."),
    ("f", "- Phối hợp: Ban Kinh tế - Kỹ thuật."),
    ("f", "- Thời gian: tại Hội nghị tổng kết công tác Hội năm 2026 (tháng 12/2026)."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Ban Kinh tế - Kỹ thuật là đầu mối giúp Ban Thường vụ theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp kết "
          "quả, báo cáo Ban Thường vụ trước ngày 10/12/2026."),
    ("p", "2. Văn phòng Hội cân đối kinh phí từ nguồn hội phí và kinh phí tỉnh hỗ trợ để thực hiện các hoạt động; "
          "thời gian: quý I/2026."),
    ("p", "3. Hội Làm vườn các xã, phường xây dựng kế hoạch cụ thể ở cơ sở, gửi về Văn phòng Hội trước ngày "
          "31/3/2026."),
    ("p", "Trên đây là Kế hoạch vận động hội viên liên kết sản xuất, tham gia tổ hợp tác, hợp tác xã năm 2026 của Hội "
          "Làm vườn tỉnh Quảng Trị./."),
]

NOI_NHAN = ["Nơi nhận:", "- TW Hội Làm vườn VN (b/c);", "- Ban Dân vận Tỉnh ủy (b/c);", "- Sở NN&MT, LMHTX tỉnh;",
            "- Thành viên BTV Hội;", "- Hội LV các xã, phường;", "- Lưu: VP Hội."]
SIGN = [("TM. BAN THƯỜNG VỤ", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Hồ Sĩ Khiêm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:20 in Việt Nam
PDF_DATE = b"D:20260306152000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 09/KH-HLV", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"h": f'<h3>{e(text)}</h3>', "a": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>',
                    "f": f'<p class="f">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
