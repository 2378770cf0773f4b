"""Write a_thai-nguyen_215-KH-KV5-2026_nhnn-khu-vuc-ket-noi-ngan-hang-htx.pdf, the thirty-ninth held-out set's PDF,
from the HTML this script writes.

    .venv/bin/python benchmarks/corpus/unseen39/make_pdf.py            # writes sources/a_….html, then prints the PDF
    .venv/bin/python benchmarks/corpus/unseen39/make_pdf.py --html-only

A regional branch of the State Bank's plan for linking banks with cooperatives in the two provinces it serves (August
2026): I. purposes, II. the loans outstanding in a small table of figures (no task), III. the work of the branch's own
rooms, of the credit institutions' branches and what the branch asks of the provinces' bodies, IV. a bordered table of
the connection conferences (TT | Nội dung | Địa điểm | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian), V. carrying out;
the closing sentence; the signature beside "Nơi nhận".

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
STEM = "a_thai-nguyen_215-KH-KV5-2026_nhnn-khu-vuc-ket-noi-ngan-hang-htx"
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
h4 { font-size: 12pt; font-style: italic; margin: 6pt 0 3pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.c { text-align: center; font-style: italic; font-size: 11pt; margin: 4pt 0; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; margin: 4pt 0 8pt; }
th, td { border: 0.6pt solid #000; padding: 2pt 4pt; vertical-align: top; }
th { font-weight: bold; text-align: center; }
td.n { text-align: center; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", ""), ("CHI NHÁNH KHU VỰC 5", "b"), ("Số: 215/KH-KV5", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Thái Nguyên, ngày 24 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Kết nối ngân hàng với hợp tác xã, tổ hợp tác trên địa bàn tỉnh Thái Nguyên và tỉnh Cao Bằng "
            "từ nay đến hết quý I năm 2027")

FIGURES_HEAD = ["Tỉnh", "Số HTX, THT còn dư nợ", "Dư nợ (tỷ đồng)", "Tỷ lệ nợ xấu"]
FIGURES = [("Thái Nguyên", "118", "486,3", "1,9%"), ("Cao Bằng", "41", "97,8", "3,4%"), ("Cộng", "159", "584,1", "2,2%")]

CONF_HEAD = ["TT", "Nội dung", "Địa điểm", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"]
CONF = [
    ("1", "Hội nghị kết nối ngân hàng - hợp tác xã chè, dược liệu; ký kết hợp đồng tín dụng tại chỗ",
     "Trụ sở NHNN Khu vực 5", "Phòng Quản lý tín dụng", "Sở Tài chính tỉnh Thái Nguyên, Liên minh Hợp tác xã tỉnh "
     "Thái Nguyên", "Tuần thứ hai tháng 10/2026"),
    ("2", "Hội nghị đối thoại tháo gỡ vướng mắc về tài sản bảo đảm cho hợp tác xã vùng cao", "Xã Trùng Khánh, "
     "tỉnh Cao Bằng", "Agribank Chi nhánh tỉnh Cao Bằng", "Phòng Quản lý tín dụng, UBND xã Trùng Khánh",
     "Tháng 11/2026"),
    ("3", "Tọa đàm \u201cTín dụng xanh cho hợp tác xã nông nghiệp\u201d và tổng kết chương trình kết nối",
     "Trực tuyến, kết nối hai tỉnh", "Phòng Tổng hợp - Truyền thông", "Các chi nhánh TCTD trên địa bàn",
     "Quý I/2027"),
]

# "h" a section heading, "s" a subject heading, "p" a paragraph, "figures"/"conf" a table
BODY = [
    ("p", "Thực hiện chỉ đạo của Thống đốc Ngân hàng Nhà nước Việt Nam về tín dụng phục vụ phát triển nông nghiệp, "
          "nông thôn và đề nghị của Ủy ban nhân dân tỉnh Thái Nguyên, Ủy ban nhân dân tỉnh Cao Bằng về hỗ trợ vốn "
          "cho khu vực kinh tế tập thể, Ngân hàng Nhà nước Chi nhánh Khu vực 5 (sau đây gọi là NHNN Khu vực 5) xây "
          "dựng Kế hoạch kết nối ngân hàng với hợp tác xã (HTX), tổ hợp tác (THT) như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Tạo điều kiện để HTX, THT tiếp cận vốn vay của các tổ chức tín dụng (TCTD) với thủ tục đơn giản, lãi "
          "suất hợp lý; ưu tiên HTX trồng chè, dược liệu, chăn nuôi đại gia súc và HTX có phương án liên kết tiêu "
          "thụ."),
    ("p", "2. Các đơn vị được phân công chủ động triển khai, báo cáo đúng thời hạn; không để phát sinh nợ xấu mới do "
          "cho vay thiếu thẩm định."),
    ("h", "II. TÌNH HÌNH DƯ NỢ CHO VAY HTX, THT ĐẾN 30/6/2026"),
    ("p", "Trên địa bàn hai tỉnh có 159 HTX, THT còn dư nợ tại các TCTD, tổng dư nợ 584,1 tỷ đồng, chiếm 0,4% tổng dư "
          "nợ cho vay nông nghiệp, nông thôn; phần lớn là vay ngắn hạn bổ sung vốn lưu động; nhiều HTX vùng cao chưa "
          "có tài sản bảo đảm đủ điều kiện. Số liệu cụ thể:"),
    ("figures", ""),
    ("h", "III. NHIỆM VỤ CỤ THỂ"),
    ("s", "1. Các phòng thuộc NHNN Khu vực 5"),
    ("p", "a) Phòng Quản lý tín dụng là đầu mối triển khai Kế hoạch; chủ trì, phối hợp với Phòng Thanh tra, giám sát "
          "ngân hàng rà soát danh sách HTX có nhu cầu vay vốn do hai tỉnh cung cấp, phân giao cho từng TCTD tiếp cận, "
          "thẩm định; hoàn thành trước ngày 30/9/2026."),
    ("p", "b) Phòng Thanh tra, giám sát ngân hàng giám sát việc chấp hành quy định về cho vay, cơ cấu lại thời hạn trả "
          "nợ đối với HTX, THT của các TCTD; kiểm tra chuyên đề tại 03 chi nhánh TCTD trong quý IV/2026."),
    ("p", "c) Phòng Tổng hợp - Truyền thông phối hợp với Báo và Phát thanh, Truyền hình Thái Nguyên đưa tin về các "
          "gói tín dụng, chính sách cho vay ưu đãi đối với HTX; thực hiện thường xuyên."),
    ("s", "2. Các chi nhánh TCTD trên địa bàn"),
    ("p", "a) Các chi nhánh TCTD trên địa bàn công khai quy trình, hồ sơ vay vốn rút gọn cho HTX, THT tại trụ sở và "
          "phòng giao dịch; cử cán bộ tín dụng phụ trách theo từng xã; báo cáo kết quả cho vay HTX về NHNN Khu vực 5 "
          "(qua Phòng Quản lý tín dụng) trước ngày 10 của tháng đầu quý sau."),
    ("p", "b) Agribank Chi nhánh tỉnh Thái Nguyên, Agribank Chi nhánh tỉnh Cao Bằng dành tối thiểu 150 tỷ đồng cho "
          "vay HTX, THT theo chuỗi giá trị chè, dược liệu, bò thịt; giải ngân xong trước ngày 31/3/2027."),
    ("p", "c) Ngân hàng Chính sách xã hội chi nhánh tỉnh Cao Bằng phối hợp với Hội Nông dân tỉnh Cao Bằng cho vay hộ "
          "nghèo, hộ cận nghèo là thành viên THT, HTX theo chương trình tín dụng chính sách; thời gian: 4 tháng cuối "
          "năm 2026."),
    ("s", "3. Đề nghị các cơ quan của hai tỉnh phối hợp"),
    ("p", "a) Đề nghị Sở Tài chính tỉnh Thái Nguyên, Sở Tài chính tỉnh Cao Bằng cung cấp danh sách HTX có phương án "
          "sản xuất, kinh doanh khả thi, HTX được hỗ trợ từ ngân sách, gửi NHNN Khu vực 5 trước ngày 15/9/2026."),
    ("p", "b) Đề nghị Liên minh Hợp tác xã tỉnh Thái Nguyên và Liên minh Hợp tác xã tỉnh Cao Bằng hướng dẫn HTX hoàn "
          "thiện báo cáo tài chính, phương án vay vốn; giới thiệu HTX đủ điều kiện bảo lãnh từ Quỹ hỗ trợ phát triển "
          "HTX của tỉnh."),
    ("h", "IV. LỊCH TỔ CHỨC HỘI NGHỊ KẾT NỐI"),
    ("conf", ""),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "Phòng Quản lý tín dụng theo dõi tiến độ của các đơn vị; đánh giá kết quả kết nối sau hai quý, báo cáo "
          "Giám đốc NHNN Khu vực 5 và Ngân hàng Nhà nước Việt Nam (qua Vụ Tín dụng các ngành kinh tế) trước ngày "
          "20/4/2027. Vướng mắc phát sinh được gửi về Phòng Quản lý tín dụng để kịp thời xử lý hoặc trình Giám đốc."),
    ("p", "Trên đây là Kế hoạch kết nối ngân hàng với HTX, THT của NHNN Khu vực 5./."),
]

NOI_NHAN = ["Nơi nhận:", "- Thống đốc NHNN (để b/c);", "- Vụ Tín dụng các ngành kinh tế;",
            "- UBND tỉnh Thái Nguyên, UBND tỉnh Cao Bằng;", "- Sở TC, LMHTX hai tỉnh;", "- Các chi nhánh TCTD;",
            "- Ban Giám đốc; các phòng;", "- Lưu: VT, QLTD."]
SIGN = [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lương Thị Bích Hạnh", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 15:10 in Việt Nam
PDF_DATE = b"D:20260824151000+07'00'"


def table(widths, head, rows, centred) -> list[str]:
    out = table_start(widths, head)
    for row in rows:
        out.append("<tr>" + "".join(f'<td class="{"n" if i in centred else ""}">{e(v)}</td>' for i, v in enumerate(row))
                   + "</tr>")
    return out + ["</tbody></table>"]


def build_html() -> str:
    out = page_start("Kế hoạch 215/KH-KV5", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    for kind, text in BODY:
        if kind == "figures":
            out += table([25, 27, 24, 24], FIGURES_HEAD, FIGURES, (1, 2, 3))
        elif kind == "conf":
            out += table([5, 30, 15, 16, 19, 15], CONF_HEAD, CONF, (0, 5))
        else:
            out.append({"h": f'<h3>{e(text)}</h3>', "s": f'<h4>{e(text)}</h4>',
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
