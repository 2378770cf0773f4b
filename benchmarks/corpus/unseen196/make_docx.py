"""Write a_lai-chau_214-KH-DKTQP-2026_hiep-dong-tht-thao-qua-bien-gioi.docx, the hundred-and-ninety-sixth held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen196/make_docx.py [OUT]

An army economic-defence corps' plan (Đoàn Kinh tế - Quốc phòng, September 2026) for the cooperative groups and the
cooperative of a border commune in Lai Châu: cardamom under the forest canopy, a drying kiln, breeding cattle on a
rotating loan, sales. I. purposes, II. targets ("-" lines), III. a legend paragraph, then ONE bordered "BẢNG HIỆP
ĐỒNG" (a coordination table) whose columns are the FORCES — TT | Thời gian | Việc | Ban Kinh tế | Ban Chính trị | Đội
sản xuất số 2 | Lực lượng ngoài Đoàn —: each row one piece of work whose shares are spread over the forces' cells, the
lead's cell opening "Chủ trì:", "—" where a force has no share; IV. three numbered paragraphs; the closing sentence;
the signature (the commander's rank before his name) beside "Nơi nhận". Every paragraph is a plain paragraph with
its number typed in (no Word numbering).

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
OUT = HERE / "a_lai-chau_214-KH-DKTQP-2026_hiep-dong-tht-thao-qua-bien-gioi.docx"

# (text, style): "h" a bold heading, "p" a paragraph
OPENING = [
    ("Thực hiện nhiệm vụ xây dựng khu kinh tế - quốc phòng trên tuyến biên giới của Bộ Tư lệnh Quân khu; trên địa "
     "bàn xã Mù Cả hiện có 412 hộ đồng bào Hà Nhì, La Hủ sống ở 04 bản giáp biên, trong đó 156 hộ nghèo, cận nghèo; "
     "diện tích rừng tự nhiên có thể trồng thảo quả dưới tán khoảng 380 ha nhưng mới có 01 hợp tác xã (HTX Nông lâm "
     "nghiệp Mù Cả, 19 thành viên) và chưa có tổ hợp tác nào. Đoàn Kinh tế - Quốc phòng 368 xây dựng Kế hoạch hiệp "
     "đồng giúp đồng bào làm ăn tập thể, cụ thể:", "p"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("1. Giúp đồng bào các bản biên giới liên kết làm ăn trong tổ hợp tác, hợp tác xã, có thu nhập ổn định từ rừng, "
     "gắn bó với bản làng, góp phần giữ vững chủ quyền an ninh biên giới.", "p"),
    ("2. Các lực lượng hiệp đồng chặt chẽ, đúng phần việc được giao; không làm thay, không để đồng bào trông chờ.", "p"),
    ("II. CHỈ TIÊU", "h"),
    ("- Thành lập mới 03 tổ hợp tác thảo quả với khoảng 90 hộ thành viên.", "p"),
    ("- Trồng mới 120 ha thảo quả dưới tán rừng; 40 hộ nghèo được nhận bò sinh sản luân chuyển.", "p"),
    ("- Hộ thành viên có thu nhập bình quân cao hơn năm 2025 từ 15% trở lên.", "p"),
    ("III. BẢNG HIỆP ĐỒNG", "h"),
    ("Cách đọc bảng: mỗi hàng là một việc; lực lượng có ô ghi \"Chủ trì:\" là lực lượng chủ trì việc đó, các lực "
     "lượng khác có ghi phần việc trong cùng hàng là lực lượng phối hợp; ô ghi \"—\" là lực lượng không tham gia việc "
     "đó. Ở cột \"Lực lượng ngoài Đoàn\", tên cơ quan, đơn vị ghi trước dấu hai chấm. Thời gian ghi \"xong trước …\" "
     "là hạn phải hoàn thành.", "p"),
]

COLUMNS = ["TT", "Thời gian", "Việc", "Ban Kinh tế", "Ban Chính trị", "Đội sản xuất số 2", "Lực lượng ngoài Đoàn"]
WIDTHS = [Cm(0.8), Cm(1.9), Cm(3.9), Cm(2.3), Cm(2.3), Cm(2.2), Cm(2.6)]
NONE = "—"
ROWS = [
    ("1", "Xong trước 30/9/2026", "Khảo sát, lập danh sách hộ đồng bào ở 04 bản biên giới muốn vào tổ hợp tác trồng "
                                  "thảo quả dưới tán rừng",
     "Chủ trì: lập phiếu khảo sát, tổng hợp danh sách", "Cử cán bộ dân vận cùng đi các bản, phiên dịch tiếng Hà Nhì",
     NONE, "UBND xã Mù Cả: cử công chức nông nghiệp tham gia"),
    ("2", "Tháng 10/2026", "Hướng dẫn thành lập 03 tổ hợp tác thảo quả ở bản Pa Ma, bản Là Pê, bản Nhóm Pố",
     "Soạn mẫu hợp đồng hợp tác, hướng dẫn bầu tổ trưởng", "Chủ trì: họp bản, vận động hộ tham gia", NONE,
     "UBND xã Mù Cả: chứng thực hợp đồng hợp tác"),
    ("3", "Xong trước 15/11/2026", "Ươm và cấp 60.000 cây giống thảo quả cho thành viên các tổ hợp tác",
     "Kiểm tra chất lượng cây giống trước khi cấp", NONE,
     "Chủ trì: ươm cây tại vườn ươm của Đội, chở cây đến từng bản", NONE),
    ("4", "Tháng 11 - 12/2026", "Mở 02 lớp hướng dẫn cách trồng, tỉa, chăm thảo quả dưới tán rừng cho người trong "
                                "các tổ hợp tác",
     "Chủ trì: biên soạn tài liệu có hình vẽ, tổ chức lớp", NONE, "Bố trí kỹ thuật viên thực hành tại vườn",
     "Trung tâm Dịch vụ nông nghiệp tỉnh: cử giảng viên"),
    ("5", "Xong trước 31/12/2026", "Xây 01 lò sấy thảo quả tiết kiệm củi tại bản Pa Ma, bàn giao cho tổ hợp tác quản "
                                   "lý, sử dụng",
     "Lập dự toán, giám sát thi công", NONE, "Chủ trì: thi công bằng nhân lực của Đội",
     "Sở Tài chính: thẩm định phần kinh phí hỗ trợ từ ngân sách tỉnh"),
    ("6", "Quý I/2027", "Giao 40 con bò sinh sản luân chuyển cho hộ nghèo là thành viên HTX Nông lâm nghiệp Mù Cả "
                        "(bê đầu lứa giao tiếp cho hộ khác)",
     "Chủ trì: chọn hộ nhận bò, lập sổ theo dõi luân chuyển", "Giám sát việc chọn hộ, niêm yết danh sách tại bản",
     "Làm chuồng mẫu, tiêm phòng cho bò trước khi giao", "HTX Nông lâm nghiệp Mù Cả: ký nhận, quản lý đàn bò"),
    ("7", "Thứ Bảy cuối mỗi tháng", "Tổ chức \"Ngày thứ Bảy giúp dân\": bộ đội cùng thành viên các tổ hợp tác làm cỏ, "
                                    "mở đường mòn lên nương thảo quả",
     NONE, "Chủ trì: lập lịch, điểm danh lực lượng", "Mỗi lần cử 01 tiểu đội", NONE),
    ("8", "Xong trước 28/02/2027", "Kết nối HTX Nông lâm nghiệp Mù Cả với doanh nghiệp thu mua thảo quả khô, ký hợp "
                                   "đồng bao tiêu vụ thu hoạch năm 2027",
     "Chủ trì: tìm doanh nghiệp, dự thảo hợp đồng", NONE, NONE,
     "Liên minh Hợp tác xã tỉnh: giới thiệu doanh nghiệp"),
    ("9", "Tháng 6/2027", "Sơ kết 01 năm thực hiện Kế hoạch; đề xuất nhân rộng mô hình sang xã Pa Ủ",
     "Chủ trì: tổng hợp số liệu, dự thảo báo cáo", "Đánh giá kết quả công tác dân vận",
     "Báo cáo kết quả vườn ươm, lò sấy", "UBND xã Mù Cả: dự, góp ý"),
]

AFTER = [
    ("IV. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Ban Tham mưu bảo đảm xe chở cây giống, vật liệu xây lò sấy theo đề nghị của Ban Kinh tế trong suốt thời gian "
     "thực hiện Kế hoạch.", "p"),
    ("2. Ban Hậu cần - Kỹ thuật bảo đảm kinh phí, vật tư theo dự toán được duyệt; thanh quyết toán phần hỗ trợ cho "
     "các tổ hợp tác xong trước ngày 15/7/2027.", "p"),
    ("3. Đề nghị UBND xã Mù Cả xác nhận danh sách hộ nghèo, hộ cận nghèo được ưu tiên nhận bò, gửi Ban Kinh tế của "
     "Đoàn trước ngày 15/01/2027.", "p"),
    ("Các cơ quan, đơn vị thuộc Đoàn nghiêm túc triển khai; quá trình thực hiện có vướng mắc báo cáo về Đoàn (qua Ban "
     "Kinh tế) để chỉ đạo giải quyết./.", "p"),
]


def coordination_table(doc):
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [COLUMNS, *ROWS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 1) or value == NONE)
    return table


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["BỘ TƯ LỆNH QUÂN KHU 2", "ĐOÀN KINH TẾ - QUỐC PHÒNG 368"], "Số: 214/KH-ĐKTQP",
                 "Mù Cả, ngày 14 tháng 9 năm 2026", issuer_bold=(1,))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Hiệp đồng giúp đồng bào các bản biên giới xã Mù Cả vào tổ hợp tác, hợp tác xã trong hai năm "
              "2026 - 2027", bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    coordination_table(doc)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Bộ Tư lệnh Quân khu (b/c);", "- Đảng ủy, Ban Chỉ huy Đoàn;",
                          "- UBND xã Mù Cả;", "- Liên minh HTX tỉnh Lai Châu;", "- Các cơ quan, đơn vị thuộc Đoàn;",
                          "- Lưu: VT, BKT."],
                    ["ĐOÀN TRƯỞNG", "", "", "", "", "Thượng tá Đinh Văn Khởi"])
    return saved(doc, author="Ban Kinh tế", editor="Văn thư Đoàn",
                 title="Kế hoạch 214/KH-ĐKTQP", created=datetime(2026, 9, 8, 7, 40, 0),
                 modified=datetime(2026, 9, 14, 15, 25, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
