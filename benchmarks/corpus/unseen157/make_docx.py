"""Write a_ha-tinh-tp-hcm_17-KH-HDH-2026_tuan-hang-htx-que-huong.docx, the hundred-and-fifty-seventh held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen157/make_docx.py [OUT]

A hometown association's plan (Hội Đồng hương tỉnh Hà Tĩnh tại Thành phố Hồ Chí Minh, August 2026) for a week of its
home province's cooperatives' goods in the city: I. purposes, II. time, place and size ("-" lines), III. the work by
body in paragraphs NUMBERED BY WORD (style "List Number": the numbers "1." … "6." are not in the text), EACH BODY'S
WORK ONE PARAGRAPH — the body's name in bold, then its duties as "+ " lines after LINE BREAKS (w:br, Shift+Enter),
each duty ending with its time in brackets —, IV. two "- Đề nghị …" paragraphs to bodies of the home province, the
closing sentence, the signature beside "Nơi nhận". No table besides the header and the signature.

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import header_table, new_document, para, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_ha-tinh-tp-hcm_17-KH-HDH-2026_tuan-hang-htx-que-huong.docx"

OPENING = ("Thực hiện Nghị quyết Hội nghị Ban Chấp hành Hội lần thứ sáu (khóa IV) và chương trình phối hợp đã ký giữa Hội "
           "với Liên minh Hợp tác xã tỉnh Hà Tĩnh, Ban Chấp hành Hội Đồng hương tỉnh Hà Tĩnh tại Thành phố Hồ Chí Minh "
           "xây dựng Kế hoạch tổ chức Tuần hàng như sau:")

BEFORE = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Đưa các mặt hàng của hợp tác xã, tổ hợp tác quê nhà (cam, bưởi, kẹo cu đơ, nước mắm, mật ong, tinh bột nghệ, "
     "sản phẩm OCOP) đến với bà con đồng hương và người tiêu dùng Thành phố.", "p"),
    ("- Để doanh nhân đồng hương gặp trực tiếp hợp tác xã, ký hợp đồng mua hàng lâu dài chứ không chỉ bán trong mấy "
     "ngày hội.", "p"),
    ("- Tổ chức gọn, tiết kiệm, an toàn; hợp tác xã không phải trả tiền gian hàng.", "p"),
    ("II. THỜI GIAN, ĐỊA ĐIỂM, QUY MÔ", "h"),
    ("- Thời gian: năm ngày liền, 13/11 đến hết 17/11/2026; khai mạc lúc 8 giờ 30 ngày 13/11/2026.", "p"),
    ("- Địa điểm (dự kiến): khuôn viên Nhà Văn hóa phường Bình Thạnh, Thành phố Hồ Chí Minh.", "p"),
    ("- Quy mô: 36 gian hàng, trong đó 28 gian của hợp tác xã, tổ hợp tác do Liên minh Hợp tác xã tỉnh Hà Tĩnh giới "
     "thiệu và 08 gian của doanh nghiệp hội viên; một khu ẩm thực quê hương.", "p"),
    ("III. PHÂN CÔNG NHIỆM VỤ", "h"),
]

# one Word paragraph a body, numbered by Word: the body in bold, then its duties after line breaks
BODIES = [
    ("Ban Thường trực Hội:", [
        "+ Làm việc với Liên minh Hợp tác xã tỉnh Hà Tĩnh và Sở Công Thương tỉnh Hà Tĩnh để chốt danh sách hợp tác xã "
        "tham gia, mặt hàng và số gian của từng đơn vị (xong trong tháng 9/2026).",
        "+ Có văn bản xin UBND phường Bình Thạnh cho mượn khuôn viên Nhà Văn hóa phường làm nơi tổ chức (trước 15/10).",
    ]),
    ("Văn phòng Hội:", [
        "+ Lập dự toán, vận động hội viên doanh nhân góp kinh phí; mở sổ thu, chi riêng cho Tuần hàng (trước "
        "30/9/2026).",
        "+ Thuê rạp, bàn ghế, điện, nước, dựng 36 gian hàng và khu ẩm thực, phối hợp với Nhà Văn hóa phường Bình Thạnh "
        "(hoàn thành trước ngày khai mạc 02 ngày).",
        "+ Tổng hợp kết quả, quyết toán kinh phí, báo cáo Ban Chấp hành Hội tại phiên họp thường kỳ tháng 12/2026.",
    ]),
    ("Câu lạc bộ Doanh nhân Hà Tĩnh tại Thành phố Hồ Chí Minh:", [
        "+ Mời ít nhất 10 doanh nghiệp hội viên có siêu thị mini, nhà hàng, bếp ăn công nghiệp đến gian hàng, ký hợp "
        "đồng bao tiêu với hợp tác xã ngay trong Tuần hàng (13 - 17/11/2026).",
        "+ Cùng Liên minh Hợp tác xã tỉnh Hà Tĩnh theo dõi các hợp đồng đã ký, báo cáo Ban Thường trực Hội (hằng quý).",
    ]),
    ("Ban Thanh niên Hội:", [
        "+ Tuyển 40 tình nguyện viên là sinh viên Hà Tĩnh đang học tại Thành phố, hướng dẫn các em cách giới thiệu sản "
        "phẩm và đón khách (trước 06/11).",
        "+ Quay video, bán hàng trực tuyến trên trang Facebook và kênh TikTok của Hội mỗi tối trong Tuần hàng, cùng các "
        "hợp tác xã có gian hàng.",
    ]),
    ("Các Chi hội đồng hương phường, xã:", [
        "+ Báo tin đến từng hội viên, nhận đặt hàng trước của bà con, gửi danh sách về Văn phòng Hội (từ nay đến "
        "31/10).",
    ]),
    ("Ban Kiểm tra Hội:", [
        "+ Giám sát thu, chi và việc niêm yết giá, bảo đảm hàng bày bán đúng nguồn gốc ghi trên tem (suốt thời gian "
        "chuẩn bị và tổ chức Tuần hàng).",
    ]),
]

AFTER = [
    ("IV. ĐỀ NGHỊ", "h"),
    ("- Đề nghị Liên minh Hợp tác xã tỉnh Hà Tĩnh chọn hợp tác xã có sản phẩm đạt chuẩn, có tem truy xuất nguồn gốc; "
     "hỗ trợ chi phí chở hàng vào Thành phố và cử cán bộ đi cùng đoàn (trước 20/10/2026).", "p"),
    ("- Đề nghị Sở Công Thương tỉnh Hà Tĩnh hỗ trợ in ấn phẩm quảng bá sản phẩm OCOP của tỉnh, giới thiệu hợp tác xã "
     "với các hệ thống phân phối tại Thành phố (trong tháng 10/2026).", "p"),
    ("Trên đây là Kế hoạch tổ chức Tuần hàng năm 2026; các ban, câu lạc bộ, chi hội chủ động thực hiện, khó khăn gì "
     "báo ngay về Văn phòng Hội để Ban Thường trực giải quyết./.", "p"),
]


def body_paragraph(doc, name: str, duties: list[str]) -> None:
    """One Word-numbered paragraph: the body's name in bold, then each duty after a line break (Shift+Enter)."""
    p = doc.add_paragraph(style="List Number")
    p.paragraph_format.space_after = Pt(3)
    head = p.add_run(name)
    head.bold = True
    for duty in duties:
        p.add_run().add_break()
        p.add_run(duty)


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["HỘI ĐỒNG HƯƠNG TỈNH HÀ TĨNH", "TẠI THÀNH PHỐ HỒ CHÍ MINH", "***"], "Số: 17/KH-HĐH",
                 "Thành phố Hồ Chí Minh, ngày 24 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Tổ chức Tuần hàng hợp tác xã quê hương Hà Tĩnh tại Thành phố Hồ Chí Minh năm 2026", bold=True,
         center=True)
    para(doc, OPENING)
    for text, style in BEFORE:
        para(doc, text, bold=style == "h")
    for name, duties in BODIES:
        body_paragraph(doc, name, duties)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Liên minh HTX tỉnh Hà Tĩnh;", "- Sở Công Thương tỉnh Hà Tĩnh;",
                          "- UBND phường Bình Thạnh;", "- Các ban, CLB, chi hội trực thuộc (t/h);", "- Lưu: VP Hội."],
                    ["TM. BAN CHẤP HÀNH", "CHỦ TỊCH", "", "", "", "Nguyễn Khắc Diệu"])
    return saved(doc, author="Văn phòng Hội", editor="Văn phòng Hội", title="Kế hoạch 17/KH-HĐH",
                 created=datetime(2026, 8, 19, 20, 5, 0), modified=datetime(2026, 8, 24, 10, 30, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
