"""Write b_dak-lak_09-KH-TTTM-2026_trong-tai-hoa-giai-hop-dong-htx.pdf, the hundred-and-forty-first held-out set's
PDF, from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen141/make_pdf.py            # writes sources/b_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen141/make_pdf.py --html-only

A commercial arbitration centre's plan (Trung tâm Trọng tài thương mại, March 2026) helping coffee and durian
cooperatives with the dispute clauses of their sale contracts and with commercial mediation: I. purposes, II. three
numbered headings over DECIMAL points ("1.1.", "2.3."), each point one paragraph whose doer, partner and time follow
the work as RUN-IN LABELS in the same paragraph ("Thực hiện: … Phối hợp: … Thời gian: …"); the requests to outside
bodies as points "Đề nghị X …"; III. one paragraph; the closing sentence; the signature beside "Nơi nhận". No table.

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
STEM = "b_dak-lak_09-KH-TTTM-2026_trong-tai-hoa-giai-hop-dong-htx"
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
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("TRUNG TÂM TRỌNG TÀI", "b"), ("THƯƠNG MẠI CAO NGUYÊN", "b"), ("Số: 09/KH-TTTM", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đắk Lắk, ngày 10 tháng 3 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Giúp hợp tác xã hoàn thiện điều khoản giải quyết tranh chấp trong hợp đồng mua bán nông sản "
            "và giải quyết tranh chấp bằng hòa giải thương mại năm 2026")

# "h" a section heading, "s" a numbered heading, "p" a paragraph
BODY = [
    ("p", "Niên vụ 2024 - 2025, giá cà phê nhân và sầu riêng biến động mạnh, nhiều hợp tác xã đã ký giao hàng với giá "
          "chốt trước rồi không giao được, hoặc bị doanh nghiệp từ chối nhận hàng mà không có cơ chế xử lý. Trung tâm "
          "Trọng tài thương mại Cao Nguyên ban hành Kế hoạch hỗ trợ các hợp tác xã năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "Giúp hợp tác xã hiểu và ghi đúng điều khoản giải quyết tranh chấp khi ký hợp đồng; khi có vướng mắc thì "
          "ưu tiên thương lượng, hòa giải, giữ được bạn hàng, hạn chế kiện tụng kéo dài."),
    ("h", "II. NỘI DUNG VÀ PHÂN CÔNG"),
    ("s", "1. Rà soát hợp đồng, phổ biến"),
    ("p", "1.1. Rà soát 20 hợp đồng mua bán cà phê nhân, sầu riêng mà hợp tác xã đã ký, chỉ ra điều khoản bất lợi về "
          "giá chốt, phạt chậm giao, tiêu chuẩn chất lượng. Thực hiện: Ban Thư ký Trung tâm. Phối hợp: Liên minh Hợp "
          "tác xã tỉnh Đắk Lắk. Thời gian: tháng 4/2026."),
    ("p", "1.2. Soạn 03 mẫu điều khoản giải quyết tranh chấp theo các bậc thương lượng, hòa giải, trọng tài, kèm "
          "giải thích ngắn gọn cho người không học luật. Thực hiện: Tổ Chuyên gia pháp lý. Thời gian: trước ngày "
          "30/4/2026."),
    ("p", "1.3. Tổ chức 04 hội nghị phổ biến tại phường Buôn Ma Thuột và các xã Krông Pắc, Cư M'gar, Ea Kar. Thực "
          "hiện: Ban Thư ký Trung tâm. Phối hợp: Sở Tư pháp tỉnh Đắk Lắk, UBND các xã nơi tổ chức. Thời gian: quý "
          "II/2026."),
    ("s", "2. Tư vấn, hòa giải"),
    ("p", "2.1. Tư vấn miễn phí qua điện thoại và nhóm Zalo cho hợp tác xã trước khi ký hợp đồng. Thực hiện: các "
          "Trọng tài viên của Trung tâm theo lịch trực. Thời gian: thứ Ba và thứ Năm hằng tuần."),
    ("p", "2.2. Hòa giải thương mại các vụ tranh chấp giữa hợp tác xã với doanh nghiệp thu mua, giảm 50% phí hòa "
          "giải cho hợp tác xã. Thực hiện: Tổ Hòa giải thương mại. Thời gian: khi hợp tác xã có yêu cầu."),
    ("p", "2.3. Mở 02 lớp tập huấn kỹ năng đàm phán, đọc hợp đồng cho giám đốc, kế toán hợp tác xã. Thực hiện: Ban "
          "Thư ký Trung tâm. Phối hợp: Hội Luật gia tỉnh Đắk Lắk. Thời gian: tháng 7 và tháng 8/2026."),
    ("p", "2.4. Cập nhật danh sách trọng tài viên, hòa giải viên am hiểu thương mại nông sản, công bố trên trang "
          "thông tin điện tử của Trung tâm. Thực hiện: Văn phòng Trung tâm. Thời gian: trước ngày 31/3/2026."),
    ("s", "3. Đề nghị phối hợp"),
    ("p", "3.1. Đề nghị Liên minh Hợp tác xã tỉnh Đắk Lắk thông báo Kế hoạch đến hợp tác xã thành viên, tổng hợp nhu "
          "cầu tư vấn gửi Trung tâm trước ngày 15/4/2026."),
    ("p", "3.2. Đề nghị Sở Công Thương tỉnh Đắk Lắk giới thiệu một số doanh nghiệp xuất khẩu cà phê, sầu riêng cùng "
          "dự các hội nghị tại điểm 1.3 để trao đổi trực tiếp với hợp tác xã."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Ban Thư ký Trung tâm theo dõi, tổng hợp kết quả từng quý và báo cáo Chủ tịch Trung tâm kết quả cả năm "
          "trước ngày 15/12/2026."),
    ("p", "Các bộ phận, trọng tài viên được phân công chủ động thực hiện Kế hoạch này, bảo đảm đúng tiến độ đã "
          "nêu./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở Tư pháp tỉnh Đắk Lắk (b/c);", "- LMHTX tỉnh, Sở Công Thương (p/h);",
            "- Hội Luật gia tỉnh;", "- Các Trọng tài viên;", "- Lưu: VP."]
SIGN = [("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("Hoàng Minh Triết", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:40 in Việt Nam
PDF_DATE = b"D:20260310104000+07'00'"


def build_html() -> str:
    out = page_start("Kế hoạch 09/KH-TTTM", CSS)
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
