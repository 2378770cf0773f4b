"""Write b_ninh-binh_146-KH-TKNB-2026_ke-hoach-dieu-tra-thong-ke.pdf, the thirtieth held-out set's PDF, from the HTML this
script writes.

    .venv/bin/python benchmarks/corpus/unseen30/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen30/make_pdf.py --html-only

A provincial statistics office's plan for a survey of cooperatives (March 2026): I. purposes, II. the units surveyed,
the reference date and the questionnaires (facts, not work), III. the method, IV. a timetable as a table STT | Công
việc | Thời gian | Đơn vị thực hiện — the time before the doers, the doers in one cell with the lead marked "(chủ trì)"
and the others after it —, V. numbered paragraphs of the office's own units and of the bodies asked to help; the
closing sentence; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, table_start, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_ninh-binh_146-KH-TKNB-2026_ke-hoach-dieu-tra-thong-ke"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.35; }
.head { display: grid; grid-template-columns: 44% 56%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { width: 100%; border-collapse: collapse; font-size: 11pt; margin: 4pt 0 8pt; }
table.tasks th, table.tasks td { border: 0.5pt solid #000; padding: 3pt 4pt; vertical-align: top; }
table.tasks td.c { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CỤC THỐNG KÊ", ""), ("THỐNG KÊ TỈNH NINH BÌNH", "b"), ("Số: 146/KH-TKNB", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Ninh Bình, ngày 02 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Thực hiện Điều tra hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác năm 2026 trên địa bàn tỉnh Ninh Bình"

# "h" a section heading, "p" a paragraph, "table" the timetable
BODY = [
    ("p", "Căn cứ Quyết định số 318/QĐ-CTK ngày 26/01/2026 của Cục trưởng Cục Thống kê về việc tổ chức Điều tra hợp "
          "tác xã năm 2026 và Phương án điều tra kèm theo, Thống kê tỉnh Ninh Bình xây dựng Kế hoạch triển khai trên "
          "địa bàn tỉnh như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Thu thập đầy đủ thông tin về số lượng, lao động, vốn, kết quả sản xuất kinh doanh của các hợp tác xã, liên "
          "hiệp hợp tác xã và tổ hợp tác đang hoạt động trên địa bàn tỉnh sau hợp nhất (gồm vùng Ninh Bình cũ, Hà Nam "
          "cũ và Nam Định cũ), phục vụ đánh giá kết quả phát triển kinh tế tập thể năm 2025. Số liệu bảo đảm đúng "
          "phương án, đúng thời hạn; thông tin của từng đơn vị được giữ bí mật theo Luật Thống kê."),
    ("h", "II. ĐỐI TƯỢNG, PHẠM VI VÀ THỜI ĐIỂM ĐIỀU TRA"),
    ("p", "1. Đơn vị điều tra: 1.184 hợp tác xã, 6 liên hiệp hợp tác xã có trong danh sách đang hoạt động đến ngày "
          "31/12/2025 và khoảng 2.400 tổ hợp tác được chọn mẫu tại 38 xã, phường."),
    ("p", "2. Thời điểm điều tra: ngày 01/4/2026; số liệu kết quả sản xuất kinh doanh lấy theo năm 2025."),
    ("p", "3. Phiếu điều tra: phiếu 01/HTX dành cho hợp tác xã, liên hiệp hợp tác xã; phiếu 02/THT dành cho tổ hợp "
          "tác."),
    ("h", "III. PHƯƠNG PHÁP THU THẬP THÔNG TIN"),
    ("p", "Hợp tác xã, liên hiệp hợp tác xã tự kê khai trên phiếu trực tuyến (Webform) theo tài khoản được cấp; điều tra "
          "viên phỏng vấn trực tiếp tổ hợp tác và những hợp tác xã không tự kê khai được, ghi thông tin vào thiết bị "
          "điện tử (CAPI)."),
    ("h", "IV. CÁC BƯỚC CÔNG VIỆC VÀ TIẾN ĐỘ"),
    ("table", None),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Nghiệp vụ thống kê là đầu mối giúp Chánh Thống kê tỉnh theo dõi toàn bộ cuộc điều tra; giải đáp "
          "vướng mắc về nghiệp vụ cho các Phòng Thống kê khu vực trong suốt thời gian thu thập thông tin."),
    ("p", "2. Văn phòng bảo đảm kinh phí, in ấn tài liệu và thanh toán thù lao điều tra viên theo quy định; quyết toán "
          "kinh phí điều tra xong trước ngày 31/7/2026."),
    ("p", "3. Đề nghị Sở Tài chính cung cấp danh sách hợp tác xã, liên hiệp hợp tác xã đăng ký thành lập mới, giải thể "
          "trong năm 2025 từ Hệ thống thông tin quốc gia về đăng ký hợp tác xã, gửi Thống kê tỉnh trước ngày "
          "10/3/2026."),
    ("p", "4. Đề nghị Liên minh Hợp tác xã tỉnh thông báo cho các hợp tác xã thành viên về cuộc điều tra, đôn đốc hợp "
          "tác xã tự kê khai phiếu trực tuyến đúng hạn trong tháng 4/2026."),
    ("p", "5. Đề nghị Ủy ban nhân dân các xã, phường cử công chức phụ trách kinh tế phối hợp với điều tra viên xác định "
          "tổ hợp tác trên địa bàn, hỗ trợ tiếp cận các tổ hợp tác từ ngày 01/4 đến hết ngày 30/4/2026."),
    ("p", "Trên đây là Kế hoạch thực hiện Điều tra hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác năm 2026 của Thống kê "
          "tỉnh Ninh Bình./."),
]

COLUMNS = ["STT", "Công việc", "Thời gian", "Đơn vị thực hiện"]
WIDTHS = [6, 42, 22, 30]
ROWS = [
    ("1", "Rà soát, cập nhật danh sách hợp tác xã, liên hiệp hợp tác xã, lập dàn chọn mẫu tổ hợp tác",
     "Từ 01/3 đến 20/3/2026", "Phòng Nghiệp vụ thống kê (chủ trì); các Phòng Thống kê khu vực"),
    ("2", "Tuyển chọn điều tra viên, giám sát viên; ký hợp đồng thuê điều tra viên",
     "Trước 25/3/2026", "Văn phòng (chủ trì); các Phòng Thống kê khu vực"),
    ("3", "Tập huấn nghiệp vụ và sử dụng phiếu điện tử cho điều tra viên, giám sát viên",
     "27 - 28/3/2026", "Phòng Nghiệp vụ thống kê"),
    ("4", "Thu thập thông tin tại hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác",
     "Từ 01/4 đến 30/4/2026", "Các Phòng Thống kê khu vực (chủ trì); Ủy ban nhân dân các xã, phường"),
    ("5", "Kiểm tra, giám sát thực địa; duyệt phiếu trên Trang điều hành tác nghiệp",
     "Tháng 4 và tháng 5/2026", "Phòng Nghiệp vụ thống kê (chủ trì); Phòng Thu thập thông tin thống kê"),
    ("6", "Làm sạch dữ liệu, tổng hợp kết quả sơ bộ của tỉnh",
     "Trước 15/6/2026", "Phòng Thu thập thông tin thống kê"),
    ("7", "Biên soạn báo cáo kết quả điều tra, gửi Ủy ban nhân dân tỉnh, Sở Tài chính và Liên minh Hợp tác xã tỉnh",
     "Quý III/2026", "Phòng Nghiệp vụ thống kê"),
]

NOI_NHAN = ["Nơi nhận:", "- Cục Thống kê (b/c);", "- UBND tỉnh (b/c);", "- Sở Tài chính, LMHTX tỉnh;",
            "- UBND các xã, phường;", "- Các phòng thuộc TK tỉnh;", "- Lưu: VT, NVTK."]
SIGN = [("KT. CHÁNH THỐNG KÊ", "b"), ("PHÓ CHÁNH THỐNG KÊ", "b"), ("", ""), ("", ""), ("", ""), ("Đinh Thị Thu Hường", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:10 in Việt Nam
PDF_DATE = b"D:20260302151000+07'00'"


def table_html() -> list[str]:
    out = table_start(WIDTHS, COLUMNS)
    for row in ROWS:
        out.append('<tr>' + "".join(f'<td class="c">{e(v)}</td>' if i in (0, 2) else f'<td>{e(v)}</td>'
                                    for i, v in enumerate(row)) + '</tr>')
    out += ['</tbody>', '</table>']
    return out


def build_html() -> str:
    out = page_start("Kế hoạch 146/KH-TKNB", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        if kind == "table":
            out += table_html()
        else:
            out.append({"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind])
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
