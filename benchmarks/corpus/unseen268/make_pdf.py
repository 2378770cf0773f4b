"""Print b_hue_08-KH-CC-2026_phim-hoat-hinh-htx-kich-ban.pdf, the two-hundred-and-sixty-eighth held-out set's PDF, from
``sources/b_hue_08-KH-CC-2026_phim-hoat-hinh-htx-kich-ban.html``.

    .venv/bin/python benchmarks/corpus/unseen268/make_pdf.py

An animation studio's plan (July 2026) for working with craft-village cooperatives on an animated series about the
trades around Huế (sketching trips, artisans as advisers, recorded sounds) and ordering its merchandise from
cooperatives (plush toys, wooden toys): the opening, I. purposes, II. the work written AS A SCREENPLAY — each task a
scene: a slugline "CẢNH 01. NGOẠI. place — time" (bold capitals for the scene, the time after a dash), then the team in
charge centred in capitals like a character's name, a parenthetical "(cùng …)" under it naming the partners (left out
when the team works alone), the work indented as the speech; a note under II.'s title says how to read it; III.
closing; the signature beside "Nơi nhận".

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
STEM = "b_hue_08-KH-CC-2026_phim-hoat-hinh-htx-kich-ban"
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
div.scene { font-size: 11pt; margin: 10pt 0 6pt; break-inside: avoid; }
div.scene p { margin: 0; }
p.slug { font-weight: bold; }
p.who { margin-left: 38% !important; margin-top: 6pt !important; }
p.with { margin-left: 32% !important; }
p.say { margin-left: 20% !important; margin-right: 16% !important; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("HOẠT HÌNH CHUỒN CHUỒN", "b"), ("Số: 08/KH-CC", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Huế, ngày 22 tháng 7 năm 2026", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Làm việc với các hợp tác xã làng nghề khi sản xuất loạt phim hoạt hình “Chuyện làng ven sông” và hàng "
            "lưu niệm của phim")

BEFORE = [
    ("p", "Công ty đang sản xuất loạt phim hoạt hình 2D “Chuyện làng ven sông” (13 tập, mỗi tập 11 phút) cho trẻ em từ "
          "5 đến 10 tuổi, mỗi tập kể về một nghề của các làng quanh Huế. Để hình ảnh, âm thanh và động tác nghề trong "
          "phim đúng với thực tế, Công ty làm việc trực tiếp với các hợp tác xã, tổ hợp tác làng nghề, đồng thời đặt "
          "các hợp tác xã làm hàng lưu niệm của phim."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Bối cảnh, động tác nghề, âm thanh trong phim đúng với làng nghề, được nghệ nhân của hợp tác xã xác nhận."),
    ("p", "- Các hợp tác xã có thêm thu nhập từ việc cố vấn cho phim và từ hàng lưu niệm mang hình nhân vật."),
    ("h", "II. CÁC VIỆC CỦA ĐOÀN LÀM PHIM"),
    ("p", "Phần này viết theo lối kịch bản: dòng in đậm là số cảnh, nơi làm và hạn phải xong; tên in hoa ở giữa trang "
          "là tổ, phòng chịu trách nhiệm chính; dòng trong ngoặc ngay dưới là những bên cùng làm (không có dòng ấy là "
          "tổ, phòng tự làm); đoạn thụt vào là việc phải làm."),
]

# (scene, place, time, lead, [partners], work)
SCENES = [
    ("01", "NGOẠI. Làng cổ Phước Tích", "xong trước 10/8/2026", "TỔ THIẾT KẾ BỐI CẢNH",
     ["Phòng Sản xuất", "HTX Dịch vụ du lịch làng cổ Phước Tích"],
     "Đưa 06 họa sĩ về ở 05 ngày tại nhà xã viên, vẽ ký họa nhà rường, lò gốm, bến nước làm mẫu bối cảnh cho cả "
     "13 tập phim."),
    ("02", "NỘI. Phòng kịch bản", "xong trước 31/8/2026", "TỔ KỊCH BẢN", ["HTX Dệt zèng Hồng Hạ"],
     "Mời 02 nghệ nhân của hợp tác xã đọc, góp ý kịch bản tập “Tấm zèng của mẹ”; ghi lại tên gọi từng công đoạn dệt "
     "để dùng trong lời thoại."),
    ("03", "NGOẠI. Phá Tam Giang", "tháng 9/2026", "TỔ ÂM THANH", ["HTX Vận tải thủy Thuận An"],
     "Thuê đò đi thu tiếng mái chèo, tiếng kéo lưới, tiếng chợ sớm trên phá; mỗi tiếng thu ít nhất 03 bản, ghi sổ "
     "nơi thu và giờ thu."),
    ("04", "NỘI. Văn phòng Công ty", "trước 20/8/2026", "PHÒNG KẾ TOÁN", [],
     "Ký hợp đồng cố vấn với các nghệ nhân của hợp tác xã, trả thù lao theo buổi; giữ một bảng theo dõi chung các "
     "khoản đã trả."),
    ("05", "NỘI. Phòng diễn họa", "cuối tháng 10/2026", "TỔ DIỄN HỌA", ["Tổ Thiết kế bối cảnh"],
     "Dựng động tác nặn gốm, dệt zèng, chằm nón theo video quay tại hợp tác xã; gửi nghệ nhân xem lại để sửa những "
     "động tác chưa đúng."),
    ("06", "NGOẠI. Làng nón Tây Hồ", "trước 30/9/2026", "PHÒNG BẢN QUYỀN - PHÁT HÀNH", ["Phòng Sản xuất"],
     "Xin văn bản đồng ý của tổ hợp tác làm nón cho dùng hình chiếc nón bài thơ và tên làng trong phim."),
    ("07", "NỘI. Xưởng may Hương Trà", "tháng 11/2026", "PHÒNG HÀNG LƯU NIỆM", ["HTX May mặc Hương Trà"],
     "Đặt may thử 500 thú bông hình hai nhân vật chính; kiểm tra đường may, chất liệu theo chuẩn đồ chơi trẻ em."),
    ("08", "NỘI. Xưởng mộc Mỹ Xuyên", "trước 15/11/2026", "PHÒNG HÀNG LƯU NIỆM",
     ["HTX Mộc mỹ nghệ Mỹ Xuyên", "Phòng Kế toán"],
     "Đặt 300 bộ đồ chơi gỗ “Chiếc đò nhỏ”; thỏa thuận chia cho hợp tác xã 8% doanh thu bán hàng lưu niệm làm từ "
     "mẫu của hợp tác xã."),
    ("09", "NỘI. Văn phòng Công ty", "hằng tháng từ tháng 01/2027", "PHÒNG KẾ TOÁN", [],
     "Chuyển tiền chia doanh thu hàng lưu niệm cho từng hợp tác xã theo bảng kê bán hàng của tháng trước."),
    ("10", "NỘI. Rạp chiếu ở Huế", "khi phim được cấp phép phổ biến", "PHÒNG BẢN QUYỀN - PHÁT HÀNH",
     ["Phòng Sản xuất"],
     "Mời xã viên các hợp tác xã và con em dự buổi chiếu ra mắt tập đầu; ghi tên các hợp tác xã ở phần cảm ơn cuối "
     "mỗi tập."),
]

AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    ("p", "Đạo diễn loạt phim theo dõi chung; các tổ, phòng báo vướng mắc về Phòng Sản xuất trong ngày để sắp xếp lại "
          "lịch sản xuất./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- Các HTX, THT cùng làm;", "- Các tổ, phòng;",
            "- Lưu: VT."]
SIGN = [("GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Tôn Nữ Bảo Ngọc", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:45 in Việt Nam
PDF_DATE = b"D:20260722104500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>'}[kind]


def scene(number: str, place: str, time: str, lead: str, partners: list[str], work: str) -> str:
    out = f'<div class="scene"><p class="slug">CẢNH {number}. {e(place)} — {e(time)}</p>'
    out += f'<p class="who">{e(lead)}</p>'
    if partners:
        out += f'<p class="with">(cùng {e(", ".join(partners))})</p>'
    return out + f'<p class="say">{e(work)}</p></div>'


def build_html() -> str:
    out = page_start("Kế hoạch 08/KH-CC", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*entry) for entry in BEFORE]
    out += [scene(*entry) for entry in SCENES]
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
