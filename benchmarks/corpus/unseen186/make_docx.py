"""Write a_ninh-binh_27-KH-NMPD-2026_nha-mang-tuoi-nho-giot-htx.docx, the hundred-and-eighty-sixth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen186/make_docx.py [OUT]

A net-house (greenhouse) building company's plan (September 2026) with the melon and vegetable cooperatives of Ninh
Bình that ordered net houses with drip fertigation under the province's support to high-tech farming. Written as a
business letter in the FIRST AND SECOND PERSON: "Kính gửi" the cooperatives, a facts table of the net houses ordered
(no work), then three headed lists whose doers are pronouns — "chúng tôi (<unit>)" for the company, "Quý Hợp tác xã"
for each customer cooperative, "hai bên" for both —; a contact line, the closing, the signature beside "Nơi nhận".
Every paragraph is a plain paragraph with its number typed in (no Word numbering).

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.shared import Cm

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import cell_lines, header_table, new_document, para, set_borders, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_ninh-binh_27-KH-NMPD-2026_nha-mang-tuoi-nho-giot-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph, "i" an italic paragraph
OPENING = [
    ("Kính gửi: Các hợp tác xã đặt xây dựng nhà màng tại tỉnh Ninh Bình", "h"),
    ("Trước hết, Công ty chúng tôi xin cảm ơn Quý Hợp tác xã đã chọn chúng tôi thi công nhà màng và hệ thống tưới "
     "cho vụ sản xuất 2026 - 2027. Các hợp đồng ký trong tháng 8/2026 được hưởng mức hỗ trợ 50% chi phí theo Nghị "
     "quyết số 18/2026/NQ-HĐND ngày 10/7/2026 của HĐND tỉnh về khuyến khích sản xuất nông nghiệp ứng dụng công nghệ "
     "cao; phần hỗ trợ chỉ được giải ngân khi nhà màng được nghiệm thu đúng thiết kế và hồ sơ nộp đủ, đúng hạn. Để "
     "hai bên chủ động, chúng tôi gửi Quý Hợp tác xã kế hoạch thực hiện dưới đây.", "p"),
    ("I. CÁC NHÀ MÀNG ĐÃ ĐẶT", "h"),
]

FACT_COLUMNS = ["Hợp tác xã", "Địa bàn", "Diện tích (m²)", "Cây trồng dự kiến", "Giá trị hợp đồng (triệu đồng)"]
FACT_WIDTHS = [Cm(5.0), Cm(2.8), Cm(2.2), Cm(3.4), Cm(2.6)]
FACTS = [
    ("HTX Nông nghiệp Giao Hải", "xã Giao Hải", "6.000", "Dưa lưới", "2.460"),
    ("HTX Dịch vụ nông nghiệp Hải Anh", "xã Hải Anh", "4.500", "Rau ăn lá, cà chua bi", "1.780"),
    ("HTX Rau quả sạch Kim Đông", "xã Kim Đông", "3.000", "Dưa lưới, dưa vàng", "1.230"),
    ("HTX Nông nghiệp công nghệ cao Liêm Tuyền", "phường Liêm Tuyền", "5.000", "Dưa lưới", "2.050"),
    ("Cộng", "", "18.500", "", "7.520"),
]

OURS = [
    ("II. PHẦN VIỆC CỦA CHÚNG TÔI", "h"),
    ("1. Trong tháng 9/2026, chúng tôi (Phòng Thiết kế) cử kỹ sư khảo sát mặt bằng, đo cao độ và lấy mẫu nước tưới "
     "ở từng hợp tác xã; bản vẽ bố trí nhà màng, đường ống và bể chứa sẽ gửi Quý Hợp tác xã duyệt trước ngày "
     "05/10/2026.", "p"),
    ("2. Chúng tôi (Đội thi công số 1) đổ móng, dựng khung thép mạ kẽm, lợp màng PE và lưới chắn côn trùng; phần khung "
     "của HTX Nông nghiệp Giao Hải và HTX Dịch vụ nông nghiệp Hải Anh xong trước ngày 15/11/2026, của hai hợp tác xã "
     "còn lại xong trước ngày 10/12/2026.", "p"),
    ("3. Chúng tôi (Đội thi công số 2) lắp đặt hệ thống tưới nhỏ giọt, bộ châm phân tự động và quạt đối lưu trong 10 "
     "ngày sau khi xong phần khung của mỗi nhà; phối hợp Điện lực Ninh Bình kéo nguồn điện ba pha đến tủ điều khiển.",
     "p"),
    ("4. Chúng tôi (Phòng Thiết kế) cùng Trung tâm Khuyến nông tỉnh Ninh Bình mở 02 lớp tập huấn vận hành nhà màng, "
     "pha dung dịch dinh dưỡng, phòng trừ bệnh trên dưa lưới cho tổ kỹ thuật của các hợp tác xã, trong tháng 12/2026.",
     "p"),
    ("5. Nghiệm thu, bàn giao từng nhà màng kèm hồ sơ hoàn công và sổ tay vận hành: chúng tôi (Ban Dự án Ninh Bình) "
     "làm xong chậm nhất ngày 20/12/2026, có mời Sở Nông nghiệp và Môi trường cử người chứng kiến.", "p"),
    ("6. Công ty chúng tôi (Phòng Kế toán) xuất hóa đơn và lập bộ hồ sơ quyết toán từng nhà để Quý Hợp tác xã nộp kèm "
     "hồ sơ đề nghị hỗ trợ, trong 05 ngày làm việc sau khi bàn giao.", "p"),
    ("7. Trong 24 tháng bảo hành, chúng tôi (Tổ Bảo hành) kiểm tra khung, màng và đường ống mỗi quý một lần; khi Quý "
     "Hợp tác xã báo sự cố, có mặt trong 48 giờ.", "p"),
    ("III. ĐỀ NGHỊ QUÝ HỢP TÁC XÃ", "h"),
    ("1. San phẳng, dọn sạch mặt bằng và làm đường tạm cho xe chở vật tư vào tận nơi trước ngày 10/10/2026.", "p"),
    ("2. Cử 02 thành viên vào tổ kỹ thuật của hợp tác xã, đi theo đội thi công trong suốt thời gian lắp đặt để nắm "
     "cách vận hành, và dự đủ lớp tập huấn.", "p"),
    ("3. Nộp UBND xã, phường nơi đặt nhà màng hồ sơ đề nghị hỗ trợ theo Nghị quyết số 18/2026/NQ-HĐND trước ngày "
     "15/01/2027 (quá hạn này hồ sơ chuyển sang đợt xét năm sau).", "p"),
    ("4. Thanh toán đợt 2 (40% giá trị hợp đồng) trong 07 ngày kể từ ngày ký biên bản bàn giao; 10% còn lại giữ làm "
     "tiền bảo hành.", "p"),
    ("IV. VIỆC HAI BÊN CÙNG LÀM", "h"),
    ("1. Hai bên cùng làm việc với Agribank Chi nhánh Ninh Bình để các hợp tác xã còn thiếu vốn đối ứng được vay theo "
     "chính sách tín dụng cho nông nghiệp công nghệ cao, xong trong tháng 10/2026.", "p"),
    ("2. Sau vụ dưa đầu tiên (dự kiến tháng 3/2027), hai bên cùng tổng kết năng suất, chi phí điện nước, phân bón của "
     "từng nhà màng; mời Sở Nông nghiệp và Môi trường, Liên minh Hợp tác xã tỉnh dự để đề xuất nhân rộng.", "p"),
]

CLOSING = [
    ("Mọi vướng mắc trong quá trình thi công, Quý Hợp tác xã xin liên hệ ông Đoàn Minh Tú, Trưởng Ban Dự án Ninh Bình, "
     "số điện thoại 0912 000 486. Rất mong tiếp tục nhận được sự hợp tác của Quý Hợp tác xã.", "i"),
]


def bordered(doc, columns, widths, rows, center_columns):
    table = doc.add_table(rows=1 + len(rows), cols=len(columns))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [columns, *rows])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = widths[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], bold=(0,) if values[0] == "Cộng" else (), center=i in center_columns)
    return table


def paragraphs(doc, items):
    for text, style in items:
        para(doc, text, bold=style == "h", italic=style == "i")


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH KỸ THUẬT", "NHÀ MÀNG PHƯƠNG ĐÔNG"], "Số: 27/KH-NMPĐ",
                 "Hà Nội, ngày 14 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Thi công nhà màng, hệ thống tưới nhỏ giọt cho các hợp tác xã tỉnh Ninh Bình vụ 2026 - 2027",
         bold=True, center=True)
    paragraphs(doc, OPENING)
    bordered(doc, FACT_COLUMNS, FACT_WIDTHS, FACTS, center_columns=(2, 4))
    paragraphs(doc, OURS)
    paragraphs(doc, CLOSING)
    para(doc, "Trân trọng./.")
    signature_table(doc, ["Nơi nhận:", "- Như trên;", "- Sở Nông nghiệp và Môi trường tỉnh Ninh Bình (để biết);",
                          "- UBND các xã Giao Hải, Hải Anh, Kim Đông, phường Liêm Tuyền;",
                          "- Phòng Thiết kế, Đội thi công số 1, số 2, Ban Dự án Ninh Bình, Tổ Bảo hành;",
                          "- Lưu: VT, Phòng Kinh doanh."],
                    ["GIÁM ĐỐC", "", "", "", "Tạ Đức Khôi"])
    return saved(doc, author="Phòng Kinh doanh", editor="Văn thư Công ty",
                 title="Kế hoạch 27/KH-NMPĐ", created=datetime(2026, 9, 10, 9, 15, 0),
                 modified=datetime(2026, 9, 14, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
