"""Write a_nghe-an_58-KH-CCH-2026_bang-kanban-htx-boc-xep-ben-3.docx, the hundred-and-eightieth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen180/make_docx.py [OUT]

A seaport operating company's plan (September 2026) with the stevedoring cooperative that supplies its dockers and
a trucking cooperative, as one berth of the port is mechanised: the 2027 stevedoring contract, dockers retrained as
forklift and reach-stacker drivers, port access cards, labour safety, social insurance. I. purposes ("-" lines), II.
the parties and the short names used on the board, III. the work as a KANBAN BOARD pasted into Word: a note with the
board's date, then ONE bordered table of three status columns "CẦN LÀM" | "ĐANG LÀM" | "ĐÃ XONG" whose single body
row holds, in each cell, a stack of cards (a card: its number and label, its title in bold, "Phụ trách: …",
"Cùng: …", "Hạn: …" — or, for a card done, "Xong: …"; an empty paragraph between two cards); IV. two numbered
paragraphs; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain paragraph with its
number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_nghe-an_58-KH-CCH-2026_bang-kanban-htx-boc-xep-ben-3.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Bến số 3 của Cảng đã được lắp 02 cần trục chân đế và nhận 04 xe nâng container, dự kiến khai thác từ ngày "
     "01/01/2027. Khi bến chuyển sang bốc dỡ bằng máy, số công nhân bốc xếp thủ công của Hợp tác xã Dịch vụ bốc xếp "
     "Cửa Hội làm việc tại bến này giảm từ 86 người xuống còn khoảng 30 người. Để việc chuyển đổi không làm thành "
     "viên hợp tác xã mất việc đột ngột và hàng qua bến không bị gián đoạn, Công ty ban hành Kế hoạch này.", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("- Mỗi thành viên hợp tác xã đang làm ở bến 3 đều được chọn: học lái thiết bị, chuyển sang bến 1 - 2, hoặc "
     "nghỉ có hỗ trợ; không ai phải nghỉ mà không được bàn trước.", "p"),
    ("- Không để xảy ra tai nạn lao động trong thời gian vừa bốc thủ công vừa chạy thử thiết bị.", "p"),
    ("II. CÁC BÊN THAM GIA", "h"),
    ("Về phía Công ty: Phòng Khai thác, Phòng Kỹ thuật - Vật tư, Phòng Tổ chức - Hành chính, Phòng Tài chính - Kế "
     "toán, Phòng An toàn - Môi trường và Tổ triển khai do Phó Tổng Giám đốc phụ trách khai thác làm tổ trưởng. Về "
     "phía hợp tác xã: Hợp tác xã Dịch vụ bốc xếp Cửa Hội (trên bảng gọi là HTX Bốc xếp) và Hợp tác xã Vận tải hàng "
     "hóa Nghi Lộc (trên bảng gọi là HTX Vận tải).", "p"),
    ("III. BẢNG CÔNG VIỆC", "h"),
    ("Tổ triển khai theo dõi công việc trên bảng Kanban của phần mềm quản lý công việc nội bộ. Bảng dưới đây được "
     "chép nguyên từ phần mềm lúc 16 giờ ngày 11/9/2026: mỗi thẻ một việc, thẻ nằm ở cột nào là việc đang ở bước "
     "đó; ngày hạn không ghi năm là năm 2026. Thẻ ở cột “Đã xong” chỉ để các bên biết, không phải làm tiếp.", "p"),
]

# a card: (number, label, title, fields) — fields the lines under the bold title, as the board prints them
TODO = [
    ("#4", "Hợp đồng", "Ký hợp đồng dịch vụ bốc xếp năm 2027 với HTX Bốc xếp: đơn giá theo tấn hàng bao, số người "
     "tối thiểu mỗi ca ở bến 1 - 2", ["Phụ trách: Phòng Khai thác", "Cùng: Phòng Tài chính - Kế toán", "Hạn: 15/12"]),
    ("#5", "Đào tạo", "Mở lớp lái xe nâng hàng và xe nâng container cho 24 thành viên HTX Bốc xếp đã đăng ký học",
     ["Phụ trách: Phòng Tổ chức - Hành chính", "Cùng: Trường Cao đẳng Kỹ thuật Cửa Lò", "Hạn: 20/12"]),
    ("#6", "Thủ tục", "Làm thẻ ra vào cảng loại mới (thẻ từ) cho thành viên HTX Bốc xếp và lái xe HTX Vận tải",
     ["Phụ trách: Phòng Tổ chức - Hành chính", "Cùng: Đồn Biên phòng cửa khẩu cảng Cửa Hội", "Hạn: 31/12"]),
    ("#7", "Nhân sự", "Chốt danh sách từng thành viên ở lại bến 3, chuyển sang bến 1 - 2 hoặc tự nguyện nghỉ có hỗ "
     "trợ", ["Phụ trách: HTX Bốc xếp", "Cùng: Phòng Tổ chức - Hành chính", "Hạn: 31/10"]),
    ("#8", "Vận tải", "Lập phương án giao hàng bao từ bến 3 bằng xe của HTX Vận tải, định giờ xe vào cổng theo ca bốc",
     ["Phụ trách: Phòng Khai thác", "Cùng: HTX Vận tải", "Hạn: 30/11"]),
    ("#9", "An toàn", "Diễn tập xử lý tai nạn lao động và chữa cháy tại kho bến 3, có tổ xung kích của HTX Bốc xếp",
     ["Phụ trách: Phòng An toàn - Môi trường", "Cùng: Đội Cảnh sát PCCC và CNCH khu vực Cửa Lò", "Hạn: 28/12"]),
    ("#10", "Kỹ thuật", "Chạy thử bến 3 theo ca, công nhân HTX Bốc xếp làm phụ việc; ghi năng suất từng ca để tính "
     "đơn giá", ["Phụ trách: Phòng Kỹ thuật - Vật tư", "Cùng: Phòng Khai thác, HTX Bốc xếp", "Hạn: 31/12"]),
    ("#11", "Đánh giá", "Đánh giá 03 tháng đầu bến 3 chạy máy, điều chỉnh đơn giá và số người theo sản lượng thực tế",
     ["Phụ trách: Phòng Khai thác", "Cùng: HTX Bốc xếp, HTX Vận tải", "Hạn: 15/4/2027"]),
]
DOING = [
    ("#2", "Tài chính", "Đối chiếu tiền công bốc xếp 8 tháng năm 2026 với HTX Bốc xếp, trả hết phần Công ty còn nợ",
     ["Phụ trách: Phòng Tài chính - Kế toán", "Hạn: 30/9"]),
    ("#3", "An toàn", "Khám sức khỏe định kỳ, đo thính lực cho 86 thành viên HTX Bốc xếp đang làm ở bến 3",
     ["Phụ trách: Phòng An toàn - Môi trường", "Cùng: Trung tâm Y tế khu vực Cửa Lò", "Hạn: 10/10"]),
    ("#12", "Nhân sự", "Hướng dẫn HTX Bốc xếp đóng bảo hiểm xã hội bắt buộc cho thành viên có hợp đồng lao động",
     ["Phụ trách: Phòng Tổ chức - Hành chính", "Cùng: Bảo hiểm xã hội cơ sở Cửa Lò", "Hạn: hằng tháng, trước ngày 20"]),
]
DONE = [
    ("#1", "Họp", "Họp Ban quản trị hai hợp tác xã, thông báo lộ trình đưa bến 3 vào chạy máy",
     ["Phụ trách: Tổ triển khai", "Xong: 28/8"]),
    ("#13", "Nhân sự", "Phát phiếu hỏi nguyện vọng của 86 thành viên HTX Bốc xếp, tổng hợp kết quả",
     ["Phụ trách: Phòng Tổ chức - Hành chính", "Xong: 05/9"]),
    ("#14", "An toàn", "Cấp 40 bộ quần áo, mũ, giày bảo hộ mới cho tổ bốc xếp ca đêm",
     ["Phụ trách: Phòng An toàn - Môi trường", "Xong: 09/9"]),
]
COLUMNS = [("CẦN LÀM", TODO), ("ĐANG LÀM", DOING), ("ĐÃ XONG", DONE)]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Tổ triển khai cập nhật bảng vào chiều thứ Sáu hằng tuần, gửi ảnh chụp bảng vào nhóm Zalo chung với hai hợp "
     "tác xã; thẻ quá hạn phải báo ngay Tổng Giám đốc.", "p"),
    ("2. Đề nghị Hợp tác xã Dịch vụ bốc xếp Cửa Hội phổ biến Kế hoạch này tới từng tổ, từng thành viên trước ngày "
     "20/9/2026 và cử một người thường xuyên làm việc với Tổ triển khai.", "p"),
    ("Trong quá trình thực hiện, vướng mắc phát sinh các bên báo về Tổ triển khai để thống nhất cách xử lý./.", "p"),
]


def shade(cell, fill: str) -> None:
    """The cell's background (w:shd) in ``fill``, as the board's column heads are coloured."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def card_paragraph(cell, text: str, *, first: bool, bold=False, small=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
        if small:
            run.font.size = Pt(10)
    return p


def board(doc):
    table = doc.add_table(rows=2, cols=3)
    set_borders(table, "single")
    for i, (head, cards) in enumerate(COLUMNS):
        cell = table.cell(0, i)
        cell.width = Cm(5.3)
        p = card_paragraph(cell, f"{head} ({len(cards)})", first=True, bold=True)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(cell, "D9D9D9")
        body = table.cell(1, i)
        body.width = Cm(5.3)
        for n, (number, label, title, fields) in enumerate(cards):
            if n:
                card_paragraph(body, "", first=False)
            card_paragraph(body, f"{number} · {label}", first=n == 0, small=True)
            card_paragraph(body, title, first=False, bold=True)
            for line in fields:
                card_paragraph(body, line, first=False, small=True)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "CẢNG BIỂN CỬA HỘI"], "Số: 58/KH-CCH", "Nghệ An, ngày 14 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Phối hợp với các hợp tác xã bốc xếp, vận tải khi đưa bến số 3 vào khai thác bằng thiết bị, "
              "năm 2026 - 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    board(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- HTX Dịch vụ bốc xếp Cửa Hội;",
                          "- HTX Vận tải hàng hóa Nghi Lộc;", "- Các phòng, Tổ triển khai (t/h);",
                          "- Lưu: VT, P.KT."],
                    ["TỔNG GIÁM ĐỐC", "", "", "", "", "Hồ Sỹ Khiêm"])
    return saved(doc, author="Phòng Khai thác", editor="Văn thư Công ty",
                 title="Kế hoạch 58/KH-CCH", created=datetime(2026, 9, 11, 16, 40, 0),
                 modified=datetime(2026, 9, 14, 10, 15, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
