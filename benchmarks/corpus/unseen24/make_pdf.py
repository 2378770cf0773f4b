"""Write b_lam-dong_01-NQ-DHTV-2026_nghi-quyet-dai-hoi-thanh-vien.pdf, the twenty-fourth held-out set's PDF, from the
HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen24/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen24/make_pdf.py --html-only

A cooperative's own resolution (Nghị quyết Đại hội thành viên thường niên, March 2026): the cooperative's header,
"Căn cứ" lines, "ĐẠI HỘI THÀNH VIÊN … QUYẾT NGHỊ:", Điều 1 the results and targets approved (not work), **Điều 2 the
work given to the cooperative's own organs** under numbered headings ("1. Hội đồng quản trị:", "2. Giám đốc hợp tác
xã:", …) over lettered points naming no doer, Điều 3 its effect; the signature "TM. ĐẠI HỘI / CHỦ TỌA" beside "Nơi
nhận". No table.

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the resolution's own date and time, so that two runs give the
same bytes (with the same Chromium and fonts). Font: DejaVu Serif.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_lam-dong_01-NQ-DHTV-2026_nghi-quyet-dai-hoi-thanh-vien"
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
p.c { text-align: center; font-weight: bold; margin: 8pt 0; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("HỢP TÁC XÃ NÔNG NGHIỆP", "b"), ("DỊCH VỤ TÂN HÀ", "b"), ("Số: 01/NQ-ĐHTV", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Tân Hà, ngày 28 tháng 3 năm 2026", "i")]
TITLE = "NGHỊ QUYẾT"
SUBTITLE = "Đại hội thành viên thường niên năm 2026 Hợp tác xã Nông nghiệp Dịch vụ Tân Hà"

# "p" a paragraph, "c" a centred bold line, "a" an article's heading, "s" a numbered organ's heading
BODY = [
    ("p", "Căn cứ Luật Hợp tác xã năm 2023;"),
    ("p", "Căn cứ Điều lệ Hợp tác xã Nông nghiệp Dịch vụ Tân Hà được sửa đổi, bổ sung năm 2024;"),
    ("p", "Căn cứ Biên bản Đại hội thành viên thường niên năm 2026 họp ngày 28/3/2026 tại hội trường thôn Tân Lập, "
          "với 142/167 thành viên có mặt,"),
    ("c", "ĐẠI HỘI THÀNH VIÊN HỢP TÁC XÃ NÔNG NGHIỆP DỊCH VỤ TÂN HÀ QUYẾT NGHỊ:"),
    ("a", "Điều 1. Thông qua kết quả năm 2025 và kế hoạch năm 2026"),
    ("p", "1. Năm 2025 hợp tác xã đạt doanh thu 9,6 tỷ đồng, lãi sau thuế 612 triệu đồng; chia lãi cho thành viên "
          "theo mức sử dụng dịch vụ 40% lãi sau thuế, trích quỹ đầu tư phát triển 35%."),
    ("p", "2. Năm 2026 phấn đấu doanh thu 11 tỷ đồng; cung ứng 900 tấn phân bón, thu mua 1.500 tấn cà phê nhân của "
          "thành viên; bầu bổ sung 01 thành viên Hội đồng quản trị."),
    ("a", "Điều 2. Giao nhiệm vụ thực hiện Nghị quyết"),
    ("s", "1. Hội đồng quản trị:"),
    ("p", "a) Ban hành Quy chế quản lý, sử dụng quỹ đầu tư phát triển theo Điều lệ sửa đổi; hoàn thành trong quý "
          "II/2026."),
    ("p", "b) Chỉ đạo ký hợp đồng liên kết tiêu thụ cà phê vụ 2026 - 2027 với doanh nghiệp chế biến, phối hợp với "
          "Liên minh Hợp tác xã tỉnh tìm thêm đối tác xuất khẩu; ký xong trước ngày 30/9/2026."),
    ("p", "c) Xét kết nạp thành viên mới trong các thôn Tân Lập, Tân Thanh, bảo đảm tăng ít nhất 25 thành viên "
          "trong năm 2026."),
    ("s", "2. Giám đốc hợp tác xã:"),
    ("p", "a) Lập phương án sản xuất, kinh doanh năm 2026 chi tiết cho từng dịch vụ, trình Hội đồng quản trị thông "
          "qua trong tháng 4/2026."),
    ("p", "b) Lập hồ sơ vay vốn Quỹ Hỗ trợ phát triển hợp tác xã tỉnh để mua 02 máy sấy cà phê, phối hợp với Ủy ban "
          "nhân dân xã Tân Hà xác nhận phương án; nộp hồ sơ trước ngày 31/5/2026."),
    ("p", "c) Chủ trì cùng Tổ dịch vụ vật tư cung ứng phân bón trả chậm cho thành viên, thực hiện từ tháng 5 đến "
          "tháng 8/2026."),
    ("s", "3. Ban kiểm soát:"),
    ("p", "a) Kiểm tra việc sử dụng vốn, tài sản và chế độ kế toán của hợp tác xã trong 6 tháng đầu năm, báo cáo tại "
          "phiên họp Hội đồng quản trị tháng 7/2026."),
    ("p", "b) Thường xuyên giám sát việc thực hiện Nghị quyết này và việc chia lãi cho thành viên."),
    ("s", "4. Kế toán hợp tác xã:"),
    ("p", "Chuyển toàn bộ sổ sách sang phần mềm kế toán và hóa đơn điện tử, hoàn thành trong quý III/2026."),
    ("a", "Điều 3. Hiệu lực thi hành"),
    ("p", "Nghị quyết có hiệu lực từ ngày được Đại hội thông qua. Hội đồng quản trị, Giám đốc, Ban kiểm soát và toàn "
          "thể thành viên Hợp tác xã Nông nghiệp Dịch vụ Tân Hà có trách nhiệm thi hành Nghị quyết này./."),
]

NOI_NHAN = ["Nơi nhận:", "- UBND xã Tân Hà (b/c);", "- Liên minh HTX tỉnh Lâm Đồng (b/c);", "- HĐQT, BKS, Giám đốc;",
            "- Thành viên HTX (niêm yết);", "- Lưu: HTX."]
SIGN = [("TM. ĐẠI HỘI", "b"), ("CHỦ TỌA", "b"), ("", ""), ("", ""), ("", ""), ("Lê Đình Khoa", "b")]

#: the dates written into the PDF instead of the time of printing: the resolution's, 16:20 in Việt Nam
PDF_DATE = b"D:20260328162000+07'00'"


def build_html() -> str:
    out = page_start("Nghị quyết 01/NQ-ĐHTV", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        out.append({"a": f'<h3>{e(text)}</h3>', "s": f'<h4>{e(text)}</h4>', "c": f'<p class="c">{e(text)}</p>',
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
