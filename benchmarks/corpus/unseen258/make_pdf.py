"""Print b_dong-nai_12-KH-TYPN-2026_phong-kham-thu-y-dan-bo-htx.pdf, the two-hundred-and-fifty-eighth held-out set's PDF,
from ``sources/b_dong-nai_12-KH-TYPN-2026_phong-kham-thu-y-dan-bo-htx.html``.

    .venv/bin/python benchmarks/corpus/unseen258/make_pdf.py

A private veterinary clinic company's plan (August 2026) for looking after the herds of dairy-cow and pig cooperatives:
the opening, I. aims, II. the cooperatives served (facts), III. one boxed CARD per task: the numbered work, under it a
FORM STRIP of three cells whose small grey LABELS sit ABOVE their values ("NGƯỜI CẦM VIỆC" / "ĐI CÙNG" / "NGÀY
CHỐT"); IV. closing; the signature beside "Nơi nhận".

The HTML is a pure function of this script (``build_html``); the PDF is printed from it by Debian's Chromium, whose time
of printing ``pdf_from_html.fixed_dates`` overwrites with the plan's own date and time, so that two runs give the same
bytes (with the same Chromium and fonts). Font: DejaVu Sans.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared HTML pieces
from pdf_from_html import PAGE_END, e, header, page_start, print_dated_pdf, signature, write_html  # noqa: E402

HERE = Path(__file__).resolve().parent
STEM = "b_dong-nai_12-KH-TYPN-2026_phong-kham-thu-y-dan-bo-htx"
HTML = HERE / "sources" / f"{STEM}.html"
OUT = HERE / f"{STEM}.pdf"

CSS = """
@page { size: A4; margin: 18mm 15mm 18mm 25mm; }
body { font-family: "DejaVu Sans"; font-size: 10.5pt; line-height: 1.4; }
.head { display: grid; grid-template-columns: 46% 54%; text-align: center; font-size: 9.5pt; }
.head p { margin: 0; }
.b { font-weight: bold; }
.i { font-style: italic; }
h1 { font-size: 12.5pt; text-align: center; margin: 14pt 0 0; }
h2 { font-size: 11.5pt; text-align: center; margin: 2pt 0 10pt; }
h3 { font-size: 11pt; margin: 8pt 0 4pt; }
p.t { text-align: justify; margin: 0 0 5pt; }
div.card { border: 1px solid #777; border-radius: 4px; padding: 5pt 7pt; margin: 0 0 6pt; break-inside: avoid; }
div.card p.work { margin: 0 0 4pt; }
div.strip { display: grid; grid-template-columns: 34% 44% 22%; border-top: 1px dashed #999; padding-top: 3pt; }
div.strip div { padding-right: 6pt; }
div.strip span.lab { display: block; font-size: 7pt; color: #666; letter-spacing: 0.5pt; }
div.strip span.val { display: block; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 9pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY TNHH", "b"), ("PHÒNG KHÁM THÚ Y PHÚC NGUYÊN", "b"), ("Số: 12/KH-TYPN", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đồng Nai, ngày 27 tháng 8 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Chăm sóc sức khỏe đàn bò sữa, đàn heo của các hợp tác xã chăn nuôi từ tháng 9/2026 đến tháng 6/2027"

BEFORE = [
    ("p", "Từ đầu năm 2026, Phòng khám nhận khám, chữa cho đàn vật nuôi của ba hợp tác xã nhưng chỉ theo lần gọi, "
          "không có lịch tiêm, không có sổ theo dõi từng con. Đợt viêm vú đầu tháng 6 làm một hợp tác xã mất gần 1,8 "
          "tấn sữa. Giám đốc ban hành Kế hoạch này để chuyển sang chăm sóc theo hợp đồng cả năm."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Mỗi con bò sữa, mỗi nái của hợp tác xã có thẻ theo dõi, được tiêm phòng đủ mũi theo lịch."),
    ("p", "- Giảm một nửa số ca viêm vú, tiêu chảy heo con so với cùng kỳ năm trước."),
    ("h", "II. CÁC HỢP TÁC XÃ ĐƯỢC PHỤC VỤ"),
    ("p", "HTX Bò sữa Xuân Thọ (312 con), HTX Chăn nuôi Thống Nhất (64 nái, 900 heo thịt), HTX Nông nghiệp Phước Bình "
          "(bò thịt, dê). Ba hợp tác xã đã ký biên bản ghi nhớ với Phòng khám ngày 15/8/2026."),
    ("h", "III. VIỆC VÀ NGƯỜI CẦM VIỆC"),
    ("p", "Mỗi việc in trong một khung; dải dưới khung ghi bộ phận cầm việc (chịu trách nhiệm), những nơi đi cùng và ngày "
          "chốt phải xong."),
]

# (work, lead, partners, time)
CARDS = [
    ("1. Lập thẻ theo dõi cho từng con bò sữa, nái sinh sản: số tai, tuổi, lứa đẻ, mũi tiêm đã có",
     "Tổ Thú y lưu động", "HTX Bò sữa Xuân Thọ, HTX Chăn nuôi Thống Nhất", "30/9/2026"),
    ("2. Soạn lịch tiêm phòng lở mồm long móng, viêm da nổi cục, dịch tả heo cho cả năm, in dán ở chuồng",
     "Bác sĩ trưởng", "—", "15/9/2026"),
    ("3. Tiêm mũi vắc xin viêm da nổi cục đợt thu cho toàn bộ đàn bò của ba hợp tác xã",
     "Tổ Thú y lưu động", "Trạm Chăn nuôi và Thú y khu vực", "tháng 10/2026"),
    ("4. Mở lớp một buổi dạy xã viên vắt sữa sạch, nhúng núm vú sau vắt, nhận biết sớm viêm vú",
     "Bác sĩ trưởng", "HTX Bò sữa Xuân Thọ", "trước 20/10/2026"),
    ("5. Lấy mẫu máu heo nái gửi xét nghiệm kháng thể định kỳ, báo kết quả cho ban giám đốc hợp tác xã",
     "Phòng Xét nghiệm", "—", "quý IV/2026"),
    ("6. Trực điện thoại và xuống trại trong 2 giờ khi có con ốm, con chết bất thường",
     "Tổ Thú y lưu động", "Bộ phận Kho thuốc", "khi hợp tác xã gọi"),
    ("7. Ký hợp đồng chăm sóc trọn năm 2027 với ba hợp tác xã, tính phí theo đầu con",
     "Phòng Kinh doanh", "Phòng Kế toán", "30/11/2026"),
    ("8. Giữ sẵn cơ số thuốc kháng viêm, điện giải, vắc xin dự phòng cho mỗi hợp tác xã trong tủ lạnh của Phòng khám",
     "Bộ phận Kho thuốc", "—", "hằng tháng"),
    ("9. Đánh giá mười tháng chăm sóc, so số ca bệnh với năm trước, đề xuất mức phí năm sau",
     "Giám đốc", "Bác sĩ trưởng, Phòng Kinh doanh", "tháng 6/2027"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Các tổ, phòng, bộ phận làm theo khung việc ở mục III; có trở ngại báo Giám đốc để điều người, điều xe./."),
]

NOI_NHAN = ["Nơi nhận:", "- 03 HTX (để phối hợp);", "- Các tổ, phòng, bộ phận;", "- Lưu: HC."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Đinh Hữu Phước", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:45 in Việt Nam
PDF_DATE = b"D:20260827104500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def card(work: str, lead: str, partners: str, time: str) -> str:
    cells = "".join(f'<div><span class="lab">{lab}</span><span class="val">{e(val)}</span></div>'
                    for lab, val in (("NGƯỜI CẦM VIỆC", lead), ("ĐI CÙNG", partners), ("NGÀY CHỐT", time)))
    return f'<div class="card"><p class="work">{e(work)}</p><div class="strip">{cells}</div></div>'


def build_html() -> str:
    out = page_start("Kế hoạch 12/KH-TYPN", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out += [card(*entry) for entry in CARDS]
    out += [block(*entry) for entry in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
