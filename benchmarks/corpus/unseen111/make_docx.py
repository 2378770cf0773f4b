"""Write a_dak-lak_19-KH-HCCAND-2026_hoi-cuu-cong-an-to-hop-tac.docx, the hundred-and-eleventh held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen111/make_docx.py [OUT]

A provincial Hội Cựu Công an nhân dân's plan (March 2026) for helping its members into tổ hợp tác and cooperatives:
I. purposes, II. targets, III. numbered paragraphs of work each ending with a bracket naming the doer, its partner and
the time ("(Ban Kinh tế - Đời sống thực hiện, phối hợp …; quý II/2026)"), IV. two paragraphs of the Hội's units; the
signature beside "Nơi nhận". Every paragraph is a plain paragraph with its number typed in.

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import header_table, new_document, para, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_dak-lak_19-KH-HCCAND-2026_hoi-cuu-cong-an-to-hop-tac.docx"

BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Giúp hội viên Cựu Công an nhân dân có đất, có vốn liên kết với nhau làm ăn theo hình thức tổ hợp tác, hợp "
     "tác xã; phát huy kỷ luật, uy tín của người từng công tác trong lực lượng.", "p"),
    ("- Việc hỗ trợ phải thiết thực, không hình thức; mỗi việc có đơn vị làm, thời gian xong.", "p"),
    ("II. CHỈ TIÊU", "h"),
    ("- Có thêm 12 tổ hợp tác và 03 hợp tác xã do hội viên làm nòng cốt; 100% chi hội cơ sở nắm được số hội viên "
     "đang làm kinh tế tập thể.", "p"),
    ("III. NỘI DUNG CÔNG VIỆC", "h"),
    ("1. Khảo sát nhu cầu của hội viên muốn tham gia hoặc lập tổ hợp tác (trồng cà phê, sầu riêng, nuôi ong, dịch vụ "
     "bảo vệ) theo mẫu phiếu thống nhất (Ban Công tác hội viên thực hiện, phối hợp các Chi hội cơ sở; xong trước "
     "30/4/2026).", "p"),
    ("2. Mời báo cáo viên giới thiệu Luật Hợp tác xã năm 2023 và cách ghi sổ sách cho tổ hợp tác tại 04 cụm (Ban Kinh "
     "tế - Đời sống thực hiện, phối hợp Liên minh HTX tỉnh; quý II/2026).", "p"),
    ("3. Làm việc với Ngân hàng Chính sách xã hội tỉnh để bố trí nguồn vốn vay ưu đãi cho các tổ hợp tác của hội viên "
     "mới thành lập (Thường trực Hội thực hiện; tháng 5/2026).", "p"),
    ("4. Tư vấn hồ sơ thành lập cho 03 hợp tác xã của hội viên tại các xã Ea Kar, Krông Búk, Buôn Đôn (Ban Kinh tế - "
     "Đời sống thực hiện, phối hợp Sở Tài chính và UBND các xã nơi có hợp tác xã; trong năm 2026).", "p"),
    ("5. Đưa sản phẩm cà phê, mật ong của tổ hợp tác hội viên tham dự Lễ hội Cà phê Buôn Ma Thuột (Văn phòng Hội "
     "thực hiện, phối hợp Sở Công Thương; theo lịch của Ban tổ chức lễ hội).", "p"),
    ("6. Biểu dương tổ hợp tác, hợp tác xã của hội viên làm ăn tốt tại hội nghị tổng kết năm (Ban Công tác hội viên "
     "thực hiện; tháng 12/2026).", "p"),
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Các Chi hội cơ sở rà soát, lập danh sách hội viên đang tham gia tổ hợp tác, hợp tác xã, gửi Ban Công tác "
     "hội viên hằng quý (trước ngày 20 tháng cuối quý).", "p"),
    ("2. Văn phòng Hội theo dõi, tổng hợp kết quả, báo cáo Thường trực Hội trước ngày 10/12/2026.", "p"),
    ("Trên đây là Kế hoạch hỗ trợ hội viên phát triển kinh tế tập thể năm 2026 của Hội Cựu Công an nhân dân tỉnh Đắk "
     "Lắk./.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["HỘI CỰU CÔNG AN NHÂN DÂN", "TỈNH ĐẮK LẮK"], "Số: 19/KH-HCCAND",
                 "Đắk Lắk, ngày 12 tháng 3 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hỗ trợ hội viên tham gia, thành lập tổ hợp tác, hợp tác xã năm 2026", bold=True, center=True)
    para(doc, "Căn cứ Chương trình công tác năm 2026 của Ban Chấp hành Hội Cựu Công an nhân dân tỉnh; xét đề nghị "
              "của Ban Kinh tế - Đời sống, Thường trực Hội đề ra các việc cụ thể dưới đây:", italic=True)
    for text, style in BODY:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Trung ương Hội CCAND Việt Nam (b/c);", "- Công an tỉnh (b/c);",
                          "- Liên minh HTX tỉnh, Sở Tài chính;", "- Các Chi hội cơ sở;", "- Lưu: VP Hội."],
                    ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "", "Y Kơ Nia Mlô"])
    return saved(doc, author="Văn phòng Hội", editor="Văn phòng Hội CCAND tỉnh",
                 title="Kế hoạch 19/KH-HCCAND", created=datetime(2026, 3, 9, 9, 0, 0),
                 modified=datetime(2026, 3, 12, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
