"""Write a_phu-tho_46-KH-TMHS-2026_dau-goi-thao-moc-bo-ket-htx.docx, the two-hundred-and-fifty-eighth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen258/make_docx.py [OUT]

A herbal shampoo maker's plan (October 2026) for buying bồ kết pods, hương nhu and pomelo peel of cooperatives in
2027: an opening, I. targets; II. numbered work paragraphs, each followed by indented TAB-STOPPED lines whose right
tab has DOT LEADERS, as in a table of contents ("Phụ trách<TAB>Phòng Thu mua", "Cùng làm<TAB>…", "Hạn<TAB>…"); III.
the cooperatives' own duty; the closing sentence; the signature beside "Nơi nhận".
Every paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import header_table, new_document, para, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_phu-tho_46-KH-TMHS-2026_dau-goi-thao-moc-bo-ket-htx.docx"

OPENING = [
    ("Mỗi năm Công ty nấu khoảng 410 tấn dịch chiết bồ kết, hương nhu, vỏ bưởi để làm dầu gội và dầu xả. Hơn một nửa "
     "lượng quả bồ kết năm 2026 phải gom qua lái buôn ở vùng núi, có lô ẩm mốc, lẫn quả non, không truy được nơi hái. "
     "Hội đồng quản trị giao Ban Giám đốc lập Kế hoạch này để chuyển sang mua thẳng của các hợp tác xã có vùng trồng "
     "được ghi chép.", "p"),
    ("I. MỤC TIÊU NĂM 2027", "h"),
    ("1. Ít nhất 75% quả bồ kết khô và toàn bộ hương nhu tươi mua của hợp tác xã, có sổ ghi ngày hái, ngày phơi.", "p"),
    ("2. Không còn lô nguyên liệu nào bị loại vì nấm mốc quá 2% khối lượng nhập trong tháng.", "p"),
    ("II. CÁC VIỆC CỤ THỂ", "h"),
    ("Dưới mỗi việc có ba dòng dẫn bằng dấu chấm: dòng “Phụ trách” là bộ phận chịu trách nhiệm, dòng “Cùng làm” là "
     "bộ phận, đơn vị góp sức (ghi “—” là không có), dòng “Hạn” là lúc phải xong.", "p"),
]

# (work, lead, partners, time)
TASKS = [
    ("1. Khảo sát vùng bồ kết của HTX Nông lâm Xuân Sơn và HTX Dược liệu Tân Sơn; đếm số cây đang cho quả, ước sản "
     "lượng vụ thu 2027",
     "Phòng Thu mua", "Phòng Nghiên cứu - Phát triển", "31/10/2026"),
    ("2. Soạn bộ tiêu chí quả đạt: độ ẩm dưới 12%, quả già đen vỏ, không mọt; in thành tờ hướng dẫn có ảnh mẫu phát "
     "cho xã viên",
     "Phòng Quản lý chất lượng", "Phòng Thu mua", "Tháng 11/2026"),
    ("3. Ký hợp đồng bao tiêu ba năm 2027 - 2029 với hai hợp tác xã, giá sàn bồ kết khô 38.000 đồng/kg",
     "Phòng Tài chính - Kế toán", "Phòng Thu mua; Phòng Pháp chế", "Trước 15/12/2026"),
    ("4. Cho mượn 04 lò sấy gió nóng đặt tại hai hợp tác xã, hướng dẫn xã viên sấy quả thay phơi nền đất",
     "Xưởng Cơ điện", "HTX Nông lâm Xuân Sơn", "Quý I/2027"),
    ("5. Đặt trồng 6 ha hương nhu trắng theo lịch xuống giống của Công ty tại HTX Dịch vụ nông nghiệp Thanh Thủy",
     "Phòng Nghiên cứu - Phát triển", "—", "Tháng 3/2027"),
    ("6. Mua vỏ bưởi sấy của tổ hợp tác bưởi Đoan Hùng, cân tại điểm gom của tổ mỗi đợt",
     "Phòng Thu mua", "Kho Nguyên liệu", "Mỗi đợt thu bưởi"),
    ("7. Lấy mẫu từng lô nhập kho, thử độ ẩm và nấm mốc, trả kết quả cho hợp tác xã",
     "Phòng Quản lý chất lượng", "Kho Nguyên liệu", "Trong 48 giờ từ khi lô về"),
    ("8. Thanh toán tiền hàng qua tài khoản của hợp tác xã, không trả tiền mặt qua người trung gian",
     "Phòng Tài chính - Kế toán", "—", "Định kỳ ngày 10 và 25 hằng tháng"),
    ("9. In tên hợp tác xã và nơi trồng lên nhãn dòng dầu gội “Bồ kết núi” ra mắt năm 2027",
     "Phòng Marketing", "Phòng Quản lý chất lượng; HTX Nông lâm Xuân Sơn", "30/4/2027"),
    ("10. Họp với hai hợp tác xã và tổ hợp tác, chấm điểm sáu tháng thực hiện, sửa giá và sản lượng nếu cần",
     "Ban Giám đốc", "Phòng Thu mua; Phòng Tài chính - Kế toán", "Tháng 7/2027"),
]

AFTER = [
    ("III. ĐỀ NGHỊ ĐỐI VỚI BÊN BÁN", "h"),
    ("Những hợp tác xã, tổ hợp tác bán hàng cho Công ty ghi sổ vùng trồng theo từng hộ, báo Phòng Thu mua sản lượng "
     "dự kiến trước mỗi vụ ít nhất 15 ngày.", "p"),
    ("Trưởng các phòng, xưởng, kho làm đúng phần việc đã ghi; có vướng mắc báo ngay Phó Tổng Giám đốc phụ trách sản "
     "xuất./.", "p"),
]

LABELS = ("Phụ trách", "Cùng làm", "Hạn")


def dotted(doc, label: str, value: str) -> None:
    """An indented line: the label, then a TAB to a right tab stop with dot leaders, then the value."""
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(1.0)
    p.paragraph_format.space_after = Cm(0)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    run = p.add_run(f"{label}\t")
    run.italic = True
    run = p.add_run(value)
    run.bold = label == "Phụ trách"


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "THẢO MỘC HƯƠNG SƠN"], "Số: 46/KH-TMHS",
                 "Phú Thọ, ngày 09 tháng 10 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Mua bồ kết, hương nhu, vỏ bưởi của hợp tác xã làm nguyên liệu dầu gội năm 2027", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    for work, lead, partners, time in TASKS:
        para(doc, work)
        for label, value in zip(LABELS, (lead, partners, time)):
            dotted(doc, label, value)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT (b/c);", "- 02 HTX, 01 THT bán hàng;",
                          "- Các phòng, xưởng, kho;", "- Lưu: VT, TM."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "Lã Văn Quyết"])
    return saved(doc, author="Phòng Thu mua", editor="Văn thư Công ty",
                 title="Kế hoạch 46/KH-TMHS", created=datetime(2026, 10, 5, 9, 10, 0),
                 modified=datetime(2026, 10, 9, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
