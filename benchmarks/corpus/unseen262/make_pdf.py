"""Print b_dong-nai_09-KH-NSDX-2025_nha-sach-goc-htx-phieu-thu-muc.pdf, the two-hundred-and-sixty-second held-out set's
PDF, from ``sources/b_dong-nai_09-KH-NSDX-2025_nha-sach-goc-htx-phieu-thu-muc.html``.

    .venv/bin/python benchmarks/corpus/unseen262/make_pdf.py

A bookstore chain's plan (November 2025) for a "Góc hợp tác xã" in its shops — notebooks, cashews, pottery of
cooperatives sold on consignment, farm books for cooperative members: the opening, I. purposes, II. the cooperatives
(facts); III. a note on how an entry reads, then ten numbered entries written like LIBRARY CATALOGUE ENTRIES with a
hanging indent: the lead in bold as the entry's heading, a full stop, the work, " / phối hợp: " and the partners split
by " ; ", then ". – " and the time; IV. closing; the signature beside "Nơi nhận".

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
STEM = "b_dong-nai_09-KH-NSDX-2025_nha-sach-goc-htx-phieu-thu-muc"
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
p.note { font-size: 10.5pt; font-style: italic; border-top: 0.5pt solid #000; border-bottom: 0.5pt solid #000;
         padding: 3pt 0; margin: 4pt 0 8pt; }
ol.cat { list-style: none; margin: 0; padding: 0; font-size: 11.5pt; }
ol.cat li { margin: 0 0 7pt; padding-left: 12mm; text-indent: -12mm; text-align: left; }
ol.cat span.no { display: inline-block; width: 12mm; text-indent: 0; }
ol.cat span.who { font-weight: bold; }
.sign { display: grid; grid-template-columns: 55% 45%; margin-top: 12pt; break-inside: avoid; }
.sign p { margin: 0; }
.sign .left { font-size: 10pt; }
.sign .right { text-align: center; }
"""

HEAD_LEFT = [("CÔNG TY CỔ PHẦN", "b"), ("NHÀ SÁCH ĐỒNG XANH", "b"), ("Số: 09/KH-NSĐX", "")]
HEAD_RIGHT = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"),
              ("Đồng Nai, ngày 05 tháng 11 năm 2025", "i")]
TITLE = "KẾ HOẠCH"
SUBTITLE = "Mở “Góc hợp tác xã” trong chuỗi nhà sách, bán hàng ký gửi của hợp tác xã từ cuối năm 2025"

BEFORE = [
    ("p", "Chuỗi Nhà sách Đồng Xanh có 10 nhà sách trên địa bàn tỉnh, mỗi tháng đón khoảng 90 nghìn lượt khách. Mùa mua "
          "quà Tết năm trước, khách hỏi nhiều về hàng đặc sản, đồ thủ công làm quà mà nhà sách chưa có. Hội đồng quản "
          "trị đã đồng ý thử bán hàng ký gửi của các hợp tác xã trên địa bàn; Kế hoạch này do Tổng Giám đốc ban hành "
          "để các phòng, nhà sách cùng làm."),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "- Có một kệ hàng hợp tác xã ổn định ở ít nhất 06 nhà sách trước Tết Bính Ngọ, hàng có tem truy xuất nguồn gốc."),
    ("p", "- Đưa sách kỹ thuật nông nghiệp đến gần hơn với thành viên hợp tác xã, tổ hợp tác."),
    ("h", "II. CÁC HỢP TÁC XÃ THAM GIA"),
    ("p", "HTX Thủ công Tân Triều: sổ tay bìa giấy dó, bìa lá buông. HTX Điều Bù Đăng (địa bàn Bình Phước cũ): hạt điều "
          "rang muối, điều tẩm mật ong. HTX Gốm Tân Vạn: đồ gốm men nhỏ dùng trên bàn học, bàn làm việc. Các hợp tác xã "
          "ký gửi hàng, nhà sách bán và trả tiền theo số bán được."),
    ("h", "III. CÁC VIỆC"),
    ("n", "Mỗi việc ghi như một phiếu thư mục: chữ đậm đứng đầu là đơn vị chủ trì; sau dấu “/ phối hợp:” là các đơn vị "
          "phối hợp, cách nhau bằng dấu “;”; sau dấu “. –” là thời hạn. Việc không ghi phần phối hợp do đơn vị chủ trì "
          "tự làm."),
]

# (lead, work, [partners], time)
ENTRIES = [
    ("Phòng Mua hàng",
     "Ký hợp đồng ký gửi 5.000 cuốn sổ tay bìa giấy dó, bìa lá buông của HTX Thủ công Tân Triều, thống nhất giá bán lẻ",
     ["Phòng Thiết kế - Truyền thông"], "Trước 30/11/2025"),
    ("Phòng Vận hành chuỗi",
     "Dựng “Góc hợp tác xã” ở 06 nhà sách: kệ riêng gần quầy thu ngân, bảng ghi tên và địa chỉ từng hợp tác xã",
     ["Phòng Mua hàng", "Phòng Thiết kế - Truyền thông"], "Tháng 12/2025"),
    ("Bộ phận Kho",
     "Nhận hạt điều đóng hộp quà Tết của HTX Điều Bù Đăng, kiểm tem truy xuất và hạn dùng từng thùng trước khi chia "
     "về các nhà sách",
     ["Phòng Mua hàng"], "Trước 15/12/2025"),
    ("Phòng Thiết kế - Truyền thông",
     "Chụp ảnh, viết lời giới thiệu từng sản phẩm của hợp tác xã, đưa lên trang web và gian hàng trực tuyến của nhà sách",
     [], "Quý I/2026"),
    ("Nhà sách Biên Hòa",
     "Tổ chức ngày hội “Sách nông nghiệp cho hợp tác xã”, giảm 20% giá sách kỹ thuật trồng trọt, chăn nuôi cho thành "
     "viên hợp tác xã có thẻ",
     ["Liên minh Hợp tác xã tỉnh", "Phòng Vận hành chuỗi"], "Tháng 01/2026"),
    ("Phòng Kinh doanh",
     "Tặng 10 tủ sách, mỗi tủ 200 cuốn, cho nhà văn hóa của các hợp tác xã nông nghiệp ở những xã xa trung tâm",
     ["Hội Nông dân tỉnh"], "Quý II/2026"),
    ("Phòng Kế toán",
     "Trả tiền hàng ký gửi cho từng hợp tác xã theo bảng kê số hàng đã bán, chuyển khoản vào ngày 10",
     ["Phòng Vận hành chuỗi"], "Hằng tháng"),
    ("Bộ phận Kho",
     "Trả lại hợp tác xã hàng cận hạn dùng, hàng móp hộp hay lỗi bao bì, lập biên bản có chữ ký hai bên",
     [], "Khi phát hiện hàng lỗi"),
    ("Phòng Mua hàng",
     "Đặt HTX Gốm Tân Vạn làm thử 1.000 bộ chặn sách, ống cắm bút men lam mang biểu trưng của chuỗi nhà sách",
     ["Phòng Thiết kế - Truyền thông"], "Trước 31/3/2026"),
    ("Phòng Vận hành chuỗi",
     "Tổng kết doanh số Góc hợp tác xã sau sáu tháng, đề xuất mở thêm ở 04 nhà sách còn lại, báo cáo Tổng Giám đốc",
     ["Phòng Kế toán", "Phòng Mua hàng"], "Tháng 6/2026"),
]

AFTER = [
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Trưởng các phòng, bộ phận và Giám đốc các nhà sách làm theo các phiếu trên; vướng ở đâu thì báo ngay Phó Tổng "
          "Giám đốc phụ trách bán lẻ./."),
]

NOI_NHAN = ["Nơi nhận:", "- Hội đồng quản trị (để báo cáo);", "- Ba HTX có hàng ký gửi;", "- Các phòng, bộ phận, nhà sách;", "- Lưu: VT, MH."]
SIGN = [("TỔNG GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("Đoàn Ngọc Bảo Trâm", "b")]

#: the dates written into the PDF instead of the time of printing: the plan's, 10:45 in Việt Nam
PDF_DATE = b"D:20251105104500+07'00'"


def block(kind: str, text: str) -> str:
    return {"h": f'<h3>{e(text)}</h3>', "p": f'<p class="t">{e(text)}</p>',
            "n": f'<p class="note">{e(text)}</p>'}[kind]


def entry(n: int, lead: str, work: str, partners: list[str], time: str) -> str:
    with_ = f' / phối hợp: {e(" ; ".join(partners))}' if partners else ""
    return (f'<li><span class="no">[{n}]</span><span class="who">{e(lead)}</span>. {e(work)}{with_}. – '
            f'{e(time)}.</li>')


def build_html() -> str:
    out = page_start("Kế hoạch 09/KH-NSĐX", CSS)
    out += header(HEAD_LEFT, HEAD_RIGHT, TITLE, SUBTITLE)
    out += [block(*item) for item in BEFORE]
    out.append('<ol class="cat">')
    out += [entry(n, *item) for n, item in enumerate(ENTRIES, 1)]
    out.append('</ol>')
    out += [block(*item) for item in AFTER]
    out.append(signature(NOI_NHAN, SIGN))
    out += PAGE_END
    return "\n".join(out)


def main() -> None:
    if write_html(HTML, build_html()):
        print_dated_pdf(HTML, OUT, PDF_DATE)
        print(OUT, OUT.stat().st_size)


if __name__ == "__main__":
    main()
