"""Print b_lam-dong_33-KH-TMLV-2026_tra-trai-cay-htx-truc-thoi-gian.pdf, the two-hundred-and-thirty-first held-out
set's PDF, from ``sources/b_lam-dong_33-KH-TMLV-2026_tra-trai-cay-htx-truc-thoi-gian.html``.

    .venv/bin/python benchmarks/corpus/unseen231/make_pdf.py

A fruit-tea shop chain's plan (November 2026) for buying tea leaves, passion fruit and mulberries from cooperatives
and cooperative groups for its spring 2027 menu: the opening, I. targets, II. a legend, then the work as a VERTICAL
TIMELINE — a rule down the page with a dot per date, the date to the left of its dot (the deadline of the work to its
right), the work to the right with its lead in bold before a dash and its partners after "+"; one dot, drawn hollow,
is a reference event and holds no work; a last dot "Suốt mùa vụ" for ongoing work; III. a request to the linked
cooperatives; the signature beside "Nơi nhận".

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
STEM = "b_lam-dong_33-KH-TMLV-2026_tra-trai-cay-htx-truc-thoi-gian"
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
p.t { text-indent: 10mm; text-align: justify; margin: 0 0 5pt; }
p.legend { font-style: italic; font-size: 11pt; border: 1px solid #777; padding: 4pt 6pt; margin: 4pt 0 8pt; }
.tl { display: grid; grid-template-columns: 30mm 8mm 1fr; margin: 0; }
.tl .d { text-align: right; font-weight: bold; padding-top: 1pt; }
.tl .axis { border-left: 2px solid #444; margin-left: 4mm; position: relative; }
.tl .dot { position: absolute; left: -6px; top: 5pt; width: 9px; height: 9px; border-radius: 50%; background: #444; }
.tl .dot.ref { background: #fff; border: 2px solid #444; width: 6px; height: 6px; }
.tl .w { text-align: justify; padding: 0 0 8pt; }
.tl .w p { margin: 0; }
.tl .w p.with { font-size: 11pt; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("TRÀ MÂY LÂM VIÊN", "b"), ("Số: 33/KH-TMLV", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Lâm Đồng, ngày 12 tháng 11 năm 2026", "")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mua chè, chanh dây, dâu tằm của hợp tác xã cho thực đơn mùa xuân năm 2027"

OPENING = [
    ("p", "Chuỗi 42 cửa hàng Trà Mây Lâm Viên sẽ bán thực đơn mùa xuân từ ngày 01/01/2027, trong đó bốn món dùng "
          "nguyên liệu của hợp tác xã, tổ hợp tác trong tỉnh: chè ô long Cầu Đất, chanh dây Nam Ban, dâu tằm Bảo Lộc "
          "và mật hoa dừa. Công ty lập Kế hoạch mua nguyên liệu và cùng các đơn vị đó chuẩn bị như sau."),
    ("h", "I. MỤC TIÊU"),
    ("p", "- Mua 18 tấn chè và 60 tấn trái cây của hợp tác xã, tổ hợp tác trong vụ Đông Xuân 2026 - 2027, 100% lô "
          "hàng có kết quả kiểm nghiệm đạt."),
    ("p", "- Mỗi ly có tem ghi tên hợp tác xã cung cấp nguyên liệu."),
    ("h", "II. TRỤC THỜI GIAN THỰC HIỆN"),
]

LEGEND = ("Cách đọc: ngày bên trái mỗi chấm là hạn xong phần việc ghi bên phải chấm đó; tên in đậm trước dấu gạch là "
          "bộ phận chịu trách nhiệm chính; sau dấu + là đơn vị cùng làm. Chấm rỗng là mốc để tham chiếu, "
          "không có việc.")

# (date, lead or None for a reference dot, work, partners)
TIMELINE = [
    ("25/11/2026", "Phòng Thu mua",
     "chốt sản lượng, giá mua chè ô long và chè xanh vụ Đông với HTX Chè Cầu Đất, THT chè Xuân Trường; ký phụ lục "
     "hợp đồng.", "Phòng Tài chính - Kế toán"),
    ("05/12/2026", "Phòng Chất lượng",
     "lấy mẫu chè và chanh dây tại vườn, gửi kiểm nghiệm dư lượng thuốc bảo vệ thực vật.",
     "Trung tâm Phân tích và Kiểm nghiệm Lâm Đồng"),
    ("15/12/2026", "Phòng Nghiên cứu sản phẩm",
     "thử và chốt công thức trà chanh dây, trà dâu tằm với cốt trái cây do hợp tác xã sơ chế.",
     "HTX Chanh dây Nam Ban, HTX Dâu tằm Lộc Châu"),
    ("20/12/2026", "Kho trung tâm",
     "nhận lô chanh dây cấp đông đầu tiên, lập lịch xe nhận hàng hằng tuần tại kho của HTX Chanh dây Nam Ban.", None),
    ("28/12/2026", "Phòng Vận hành chuỗi",
     "hướng dẫn pha chế bốn món mới cho trưởng ca của 42 cửa hàng.", "Phòng Nghiên cứu sản phẩm"),
    ("01/01/2027", None, "Thực đơn mùa xuân bắt đầu bán tại tất cả cửa hàng.", None),
    ("15/01/2027", "Phòng Marketing",
     "in tem ly và làm video ngắn giới thiệu người trồng chè, trồng dâu của từng hợp tác xã.",
     "HTX Chè Cầu Đất, THT chè Xuân Trường"),
    ("28/02/2027", "Phòng Tài chính - Kế toán",
     "trả khoản thưởng chất lượng cho các lô đạt kiểm nghiệm và giao đúng lịch.", None),
    ("31/3/2027", "Phòng Thu mua",
     "đánh giá vụ Đông Xuân, bàn với các hợp tác xã sản lượng và giá cho thực đơn mùa hè.",
     "Phòng Chất lượng, Liên minh Hợp tác xã tỉnh"),
    ("Suốt mùa vụ", "Phòng Chất lượng",
     "kiểm tra đột xuất vùng trồng và nhà sơ chế của hợp tác xã, tổ hợp tác.", "UBND các xã có vùng nguyên liệu"),
]

CLOSING = [
    ("h", "III. ĐỀ NGHỊ ĐỐI VỚI ĐƠN VỊ CUNG CẤP NGUYÊN LIỆU"),
    ("p", "Các hợp tác xã, tổ hợp tác cung cấp nguyên liệu gửi Phòng Thu mua nhật ký sản xuất và danh sách hộ thành viên "
          "trồng cho Công ty trước ngày 20/11/2026; báo ngay khi sản lượng giảm từ 10% trở lên."),
    ("p", "Các phòng, bộ phận bám sát trục thời gian trên; việc nào có nguy cơ trễ hạn báo Tổng Giám đốc trước ít nhất "
          "05 ngày./."),
]

NOI_NHAN = ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Các HTX, THT cung cấp nguyên liệu;", "- Liên minh HTX tỉnh;",
            "- Các phòng, bộ phận;", "- Lưu: VT, P.TM."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Hồ Ngọc Thảo Vy", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 14:30 in Việt Nam
PDF_DATE = b"D:20261112143000+07'00'"


def block(kind, text) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def timeline() -> list[str]:
    out = ['<div class="tl">']
    for date, lead, work, partners in TIMELINE:
        dot = '<span class="dot ref"></span>' if lead is None else '<span class="dot"></span>'
        if lead is None:
            body = f'<p class="i">{e(work)}</p>'
        else:
            body = f'<p><b>{e(lead)}</b> – {e(work)}</p>'
            if partners:
                body += f'<p class="with">+ {e(partners)}</p>'
        out += [f'<div class="d">{e(date)}</div>', f'<div class="axis">{dot}</div>', f'<div class="w">{body}</div>']
    out.append('</div>')
    return out


def build_html() -> str:
    out = page_start("Kế hoạch 33/KH-TMLV", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(kind, text) for kind, text in OPENING]
    out.append(f'<p class="legend">{e(LEGEND)}</p>')
    out += timeline()
    out += [block(kind, text) for kind, text in CLOSING]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
