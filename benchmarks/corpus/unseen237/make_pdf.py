"""Print b_tp-hcm_19-KH-CNXV-2026_chung-nhan-huu-co-htx-theo-don-vi-phoi-hop.pdf, the two-hundred-and-thirty-seventh
held-out set's PDF, from ``sources/b_tp-hcm_19-KH-CNXV-2026_chung-nhan-huu-co-htx-theo-don-vi-phoi-hop.html``.

    .venv/bin/python benchmarks/corpus/unseen237/make_pdf.py

An organic certification body's plan (November 2026) for certifying the cooperatives and cooperative groups of Lâm
Đồng that applied for organic certification in the 2027 cycle: the opening, I. purposes, II. a note on how the work is
arranged, then the work GROUPED UNDER HEADINGS THAT NAME THE BODY IT IS DONE WITH ("1. Phối hợp với Sở …", "2. Phối
hợp với các hợp tác xã, tổ hợp tác …", …, "5. Việc Công ty tự làm"): the heading's body helps with every item under
it, each item "1.1." … opening with its leading room in bold and a colon, one item naming a second helper in its own
words, the time in brackets at the item's end; III. the closing; the signature beside "Nơi nhận".

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
STEM = "b_tp-hcm_19-KH-CNXV-2026_chung-nhan-huu-co-htx-theo-don-vi-phoi-hop"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 40% 60%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
h4 { font-size: 12pt; margin: 8pt 0 3pt; text-decoration: underline; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.note { text-align: justify; margin: 0 0 6pt; padding: 4pt 6pt; border: 0.6pt solid #000; font-size: 11pt; }
p.item { text-align: justify; margin: 0 0 5pt; padding-left: 10mm; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH CHỨNG NHẬN", "b"), ("NÔNG NGHIỆP XANH VIỆT", "b"), ("Số: 19/KH-CNXV", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Thành phố Hồ Chí Minh, ngày 03 tháng 11 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Đánh giá, chứng nhận sản xuất hữu cơ cho các hợp tác xã, tổ hợp tác tỉnh Lâm Đồng, chu kỳ năm 2027"

# ("h" heading | "g" partner heading | "p" paragraph | "n" boxed note | ("i", number, lead, rest) an item)
BODY = [
    ("p", "Đến hết tháng 10/2026, Công ty nhận hồ sơ đăng ký chứng nhận hữu cơ theo TCVN 11041-2:2017 của 09 hợp tác "
          "xã và 06 tổ hợp tác ở Lâm Đồng (rau, cà phê, chè, dâu tây và mắc ca), tổng diện tích 412 ha. Phần lớn hồ sơ "
          "còn thiếu sổ ghi chép sản xuất và bản đồ lô đất; một số vùng giáp ruộng canh tác thông thường chưa có vùng "
          "đệm. Công ty lập Kế hoạch đánh giá, chứng nhận cho chu kỳ năm 2027 như sau."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Đánh giá đúng hạn toàn bộ 15 hồ sơ đã nhận; cấp chứng nhận cho các đơn vị đạt yêu cầu trong quý II/2027."),
    ("p", "- Giúp hợp tác xã, tổ hợp tác hiểu rõ yêu cầu của tiêu chuẩn trước khi đánh giá, bảo đảm tính độc lập của "
          "hoạt động chứng nhận."),
    ("h", "II. NỘI DUNG VÀ PHÂN CÔNG"),
    ("n", "Cách đọc: các việc được xếp theo cơ quan, đơn vị mà Công ty cùng làm. Tên ở đầu mỗi nhóm là đơn vị phối "
          "hợp của mọi việc trong nhóm đó; bộ phận in đậm ở đầu mỗi việc là bộ phận chủ trì. Nhóm 5 gồm các việc Công "
          "ty tự làm, không cần đơn vị phối hợp."),
    ("g", "1. Phối hợp với Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng"),
    ("i", "1.1.", "Văn phòng Đại diện tại Đà Lạt",
     "xin danh sách, bản đồ các vùng sản xuất hữu cơ được tỉnh hỗ trợ để đối chiếu với hồ sơ đăng ký "
     "(trước 20/11/2026)."),
    ("i", "1.2.", "Phòng Thẩm xét - Cấp chứng nhận",
     "gửi bản sao giấy chứng nhận đã cấp để Sở cập nhật cơ sở dữ liệu sản phẩm hữu cơ của tỉnh (trong 05 ngày làm "
     "việc sau mỗi lần cấp)."),
    ("g", "2. Phối hợp với các hợp tác xã, tổ hợp tác đăng ký chứng nhận"),
    ("i", "2.1.", "Phòng Đào tạo",
     "mở lớp phổ biến yêu cầu của tiêu chuẩn và cách ghi sổ nhật ký sản xuất cho cán bộ kỹ thuật, thành viên "
     "(tháng 12/2026)."),
    ("i", "2.2.", "Phòng Đánh giá",
     "đánh giá lần đầu tại vườn, xưởng sơ chế và kho của 15 đơn vị theo lịch thống nhất với từng đơn vị "
     "(từ 05/01/2027 đến 26/3/2027)."),
    ("i", "2.3.", "Phòng Đánh giá",
     "đánh giá đột xuất, không báo trước tại ít nhất 03 đơn vị đã được cấp chứng nhận (quý III/2027)."),
    ("g", "3. Phối hợp với Trung tâm Phân tích - Kiểm nghiệm Lâm Đồng"),
    ("i", "3.1.", "Phòng Đánh giá",
     "lấy mẫu đất, nước tưới và sản phẩm ở mỗi đơn vị được đánh giá, gửi phân tích dư lượng thuốc bảo vệ thực vật và "
     "kim loại nặng; Văn phòng Đại diện tại Đà Lạt cùng làm, lo việc chuyển mẫu (xong trước 31/3/2027)."),
    ("g", "4. Phối hợp với Liên minh Hợp tác xã tỉnh Lâm Đồng"),
    ("i", "4.1.", "Phòng Hành chính - Kế toán",
     "ký thỏa thuận giảm 30% phí chứng nhận nhóm cho hợp tác xã là thành viên của Liên minh (trước 15/12/2026)."),
    ("i", "4.2.", "Phòng Thẩm xét - Cấp chứng nhận",
     "đưa danh sách đơn vị, sản phẩm được chứng nhận lên trang thông tin của Liên minh để giới thiệu với người mua "
     "(tháng 6/2027)."),
    ("g", "5. Việc Công ty tự làm"),
    ("i", "5.1.", "Phòng Thẩm xét - Cấp chứng nhận",
     "xem xét báo cáo đánh giá, ra quyết định cấp hoặc từ chối cấp chứng nhận (trong 15 ngày làm việc sau khi đơn vị "
     "khắc phục xong các điểm không phù hợp)."),
    ("i", "5.2.", "Phòng Đào tạo",
     "bồi dưỡng lại cho 06 chuyên gia đánh giá về các điểm mới của tiêu chuẩn và quy tắc tránh xung đột lợi ích "
     "(trước 30/11/2026)."),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, Văn phòng Đại diện tại Đà Lạt bố trí người, phương tiện làm đúng thời hạn trên; chuyên gia "
          "đánh giá không nhận tư vấn cho đơn vị mình đánh giá. Vướng mắc báo Giám đốc để xử lý./."),
]

NOI_NHAN = ["Nơi nhận:", "- Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng;", "- Liên minh HTX tỉnh Lâm Đồng;",
            "- Các HTX, THT đăng ký chứng nhận;", "- Các phòng, VPĐD (t/h);", "- Lưu: VT, P.TX."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lư Thị Bích Ngân", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:20 in Việt Nam
PDF_DATE = b"D:20261103142000+07'00'"


def block(entry) -> str:
    if entry[0] == "i":
        _, number, lead, rest = entry
        return f'<p class="item">{e(number)} <b>{e(lead)}</b>: {e(rest)}</p>'
    kind, text = entry
    return {"h": f'<h3>{e(text)}</h3>', "g": f'<h4>{e(text)}</h4>', "p": f'<p class="t">{e(text)}</p>',
            "n": f'<p class="note i">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 19/KH-CNXV", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(entry) for entry in BODY]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
