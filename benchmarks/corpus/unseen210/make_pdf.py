"""Print b_nghe-an_19-KH-QTD-2026_bao-ve-du-lieu-ca-nhan-thanh-vien.pdf, the two-hundred-and-tenth held-out set's
PDF, from sources/b_nghe-an_19-KH-QTD-2026_bao-ve-du-lieu-ca-nhan-thanh-vien.html.

    .venv/bin/python benchmarks/corpus/unseen210/make_pdf.py [--html-only]

A people's credit fund (a credit cooperative) putting the Law on Personal Data Protection into practice for its
members' data: the opening, I. purposes, II. ONE RISK REGISTER TABLE TT | Rủi ro | Mức | Biện pháp | Phụ trách | Hạn,
ruled only above, under its head and below (no cell borders: a first draft with every cell bordered printed other
bytes now and then) — the risk quoted first, a level word, the measure, the doer as an office holder's title (two
cells add a partner in brackets on a second line), the time —; III. two numbered paragraphs; the closing sentence;
the signature beside "Nơi nhận". Every page carries A RUNNING HEADER in the top margin (a CSS page-margin box: the fund's name, the
plan's number and "Lưu hành nội bộ"), which ``pdftotext`` prints at each page's head.

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
STEM = "b_nghe-an_19-KH-QTD-2026_bao-ve-du-lieu-ca-nhan-thanh-vien"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

RUNNING = "Quỹ tín dụng nhân dân Diễn Hồng - Kế hoạch số 19/KH-QTD - Lưu hành nội bộ"

CSS = """
@page { size: A4; margin: 22mm 15mm 20mm 30mm;
  @top-right { content: "%s"; font-family: "DejaVu Serif"; font-size: 8pt; font-style: italic;
               vertical-align: bottom; padding-bottom: 3mm; } }
body { font-family: "DejaVu Serif"; font-size: 12pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 44%% 56%%; text-align: center; font-size: 10pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 13pt; text-align: center; margin: 16pt 0 0; }
h2 { font-size: 12.5pt; text-align: center; margin: 2pt 0 12pt; }
h3 { font-size: 12pt; margin: 8pt 0 4pt; }
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
table.tasks { border-collapse: collapse; width: 100%%; font-size: 10pt; line-height: 1.25; margin: 4pt 0 8pt; }
table.tasks { border-top: 0.75pt solid #000; border-bottom: 0.75pt solid #000; }
table.tasks th, table.tasks td { padding: 3pt 4pt; vertical-align: top; }
table.tasks th { border-bottom: 0.75pt solid #000; }
table.tasks th { text-align: center; }
table.tasks td.c { text-align: center; }
table.tasks td p { margin: 0; }
.sign { display: grid; grid-template-columns: 55%% 45%%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
""" % RUNNING

HEAD_LEFT = [("QUỸ TÍN DỤNG NHÂN DÂN", "b"), ("DIỄN HỒNG", "b"), ("Số: 19/KH-QTD", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Diễn Châu, ngày 24 tháng 7 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Bảo vệ dữ liệu cá nhân của thành viên và khách hàng năm 2026 - 2027"

BEFORE = [
    ("p", "Luật Bảo vệ dữ liệu cá nhân có hiệu lực từ ngày 01/01/2026. Quỹ đang giữ hồ sơ của 3.120 thành viên (bản "
          "sao căn cước, giấy chứng nhận quyền sử dụng đất thế chấp, số điện thoại, thu nhập gia đình), phần lớn trên "
          "giấy và trên một phần mềm kế toán cài từ năm 2019. Sau khi tự rà soát, Giám đốc Quỹ lập Kế hoạch này để xử "
          "lý từng rủi ro đã thấy."),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Thành viên biết dữ liệu của mình được Quỹ thu thập, dùng vào việc gì và có quyền đề nghị sửa, xóa."),
    ("p", "- Không để lộ, mất hồ sơ của thành viên; mỗi việc có người chịu trách nhiệm và thời hạn rõ ràng."),
    ("h", "II. RỦI RO VÀ BIỆN PHÁP XỬ LÝ"),
]

COLUMNS = ["TT", "Rủi ro đã thấy", "Mức", "Biện pháp", "Phụ trách", "Hạn"]
WIDTHS = [5, 25, 9, 33, 16, 12]
ROWS = [
    ("1", "Hồ sơ vay có bản sao căn cước, sổ đỏ để trong tủ không khóa ở phòng giao dịch", "Cao",
     "Chuyển hồ sơ tín dụng vào tủ có khóa; lập sổ theo dõi mượn, trả hồ sơ", ["Trưởng bộ phận Tín dụng"],
     "31/8/2026"),
    ("2", "Nhân viên chụp căn cước, sao kê của thành viên gửi qua Zalo cá nhân", "Cao",
     "Dừng gửi dữ liệu thành viên qua mạng xã hội; lập nhóm trao đổi nội bộ trên phần mềm do Quỹ quản lý",
     ["Giám đốc"], "Tháng 8/2026"),
    ("3", "Phần mềm kế toán, tín dụng dùng chung một mật khẩu, không phân quyền", "Cao",
     "Phân quyền theo từng người dùng, đổi mật khẩu 90 ngày một lần; cùng nhà cung cấp phần mềm bật nhật ký truy cập",
     ["Cán bộ tin học", "(phối hợp: Kế toán trưởng)"], "Trước 15/9/2026"),
    ("4", "Mẫu giấy đề nghị vay, giấy gửi tiền chưa có phần thành viên đồng ý cho xử lý dữ liệu", "Trung bình",
     "Sửa lại các mẫu giấy tờ, thêm phần đồng ý; mời luật sư của Hiệp hội Quỹ tín dụng nhân dân Việt Nam góp ý",
     ["Phó Giám đốc"], "Tháng 9/2026"),
    ("5", "Có sự cố lộ, mất dữ liệu mà không biết xử lý thế nào, báo cho ai", "Cao",
     "Ban hành quy trình xử lý sự cố dữ liệu, nêu rõ người báo cáo, việc phải làm trong 72 giờ đầu",
     ["Phó Giám đốc"], "Trước 30/9/2026"),
    ("6", "Người lao động mới chưa được học về bảo vệ dữ liệu cá nhân", "Trung bình",
     "Tập huấn cho 14 người lao động và thành viên Hội đồng quản trị; từng người ký cam kết bảo mật",
     ["Giám đốc", "(phối hợp: Ngân hàng Hợp tác xã - Chi nhánh Nghệ An)"], "Trước 30/10/2026"),
    ("7", "Thành viên không được báo dữ liệu của mình dùng vào việc gì", "Trung bình",
     "Niêm yết thông báo xử lý dữ liệu cá nhân tại trụ sở, điểm giao dịch và trên trang Facebook của Quỹ",
     ["Phó Giám đốc"], "Quý IV/2026"),
    ("8", "Máy tính ở quầy để màn hình hướng ra phía khách", "Thấp",
     "Xoay màn hình, dán tấm chống nhìn trộm, đặt chế độ tự khóa sau 03 phút", ["Cán bộ tin học"], "Tháng 8/2026"),
    ("9", "Hồ sơ của thành viên đã tất toán trên 10 năm vẫn để lẫn trong kho", "Trung bình",
     "Phân loại, lập danh mục hồ sơ hết thời hạn lưu trữ, đề nghị Hội đồng quản trị cho tiêu hủy có biên bản",
     ["Kế toán trưởng"], "Quý I/2027"),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Ban Kiểm soát kiểm tra việc thực hiện từng biện pháp ở mục II, báo cáo Hội đồng quản trị trước ngày "
          "15/01/2027."),
    ("p", "2. Đề nghị Công an xã Diễn Châu giúp Quỹ nhắc thành viên cảnh giác với cuộc gọi giả danh nhân viên Quỹ để "
          "hỏi mã OTP, lồng vào các buổi họp thôn trong quý IV/2026."),
    ("p", "Người được giao việc báo kết quả về Giám đốc khi xong; việc chậm phải nói rõ lý do./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT, Ban Kiểm soát (b/c);", "- Ngân hàng Nhà nước Chi nhánh Khu vực 10;",
            "- Người lao động của Quỹ;", "- Lưu: VT."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Lê Thị Hồng Vân", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:15 in Việt Nam
PDF_DATE = b"D:20260724101500+07'00'"


def paragraph(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def build_html() -> str:
    out = page_start("Kế hoạch 19/KH-QTD", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [paragraph(kind, text) for kind, text in BEFORE]
    out += table_start(WIDTHS, COLUMNS)
    for n, risk, level, measure, doer, time in ROWS:
        out.append('<tr>' + f'<td class="c">{e(n)}</td><td>{e(risk)}</td><td class="c">{e(level)}</td>'
                   f'<td>{e(measure)}</td><td>' + "".join(f'<p>{e(x)}</p>' for x in doer) + '</td>'
                   f'<td class="c">{e(time)}</td></tr>')
    out += ['</tbody>', '</table>']
    out += [paragraph(kind, text) for kind, text in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
