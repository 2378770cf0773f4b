"""Write a_lang-son_15-KH-TTUD-2026_chuyen-giao-ky-thuat-htx.docx, the hundred-and-twenty-fifth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen125/make_docx.py [OUT]

A provincial Trung tâm Ứng dụng tiến bộ khoa học và công nghệ's yearly plan for transferring techniques to
cooperatives (January 2026): I. purpose, II. one bordered table in the body, TT | Kỹ thuật chuyển giao | HTX, THT tiếp
nhận | Đơn vị thực hiện | Phối hợp | Thời gian, six rows, a column naming the receiving cooperative (neither lead nor
partner), one partner cell empty, one naming a body with its parent in brackets; III. two numbered paragraphs of the
Centre's own units; the closing sentence; the signature beside "Nơi nhận". Plain paragraphs, numbers typed in.

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
OUT = HERE / "a_lang-son_15-KH-TTUD-2026_chuyen-giao-ky-thuat-htx.docx"

COLUMNS = ["TT", "Kỹ thuật chuyển giao", "HTX, THT tiếp nhận", "Đơn vị thực hiện", "Phối hợp", "Thời gian"]
WIDTHS = [Cm(0.9), Cm(5.0), Cm(3.0), Cm(2.8), Cm(3.0), Cm(2.3)]
ROWS = [
    ("1", "Ghép cải tạo vườn hồi già cỗi bằng giống hồi hoa đỏ năng suất cao, cấp 2.000 mắt ghép",
     "HTX Nông lâm nghiệp Tân Đoàn", "Trại Thực nghiệm Mai Pha", "UBND xã Tân Đoàn", "Tháng 2 - 3/2026"),
    ("2", "Sản xuất chế phẩm vi sinh ủ phân chuồng, xử lý chất thải chăn nuôi lợn đen",
     "HTX Chăn nuôi Bắc Sơn", "Phòng Chuyển giao công nghệ", "Chi cục Chăn nuôi và Thú y (Sở NN&MT)", "Quý II/2026"),
    ("3", "Lấy mẫu, phân tích đất và hướng dẫn bón phân cân đối cho vùng na",
     "HTX Na Chi Lăng", "Phòng Phân tích - Kiểm nghiệm", "Trung tâm Khuyến nông tỉnh", "Trước 30/4/2026"),
    ("4", "Lắp đặt, vận hành thử lò sấy lạnh hoa hồi, quế chi bằng bơm nhiệt",
     "HTX Dịch vụ tổng hợp Bình Gia", "Phòng Chuyển giao công nghệ",
     "Quỹ Phát triển khoa học và công nghệ tỉnh, UBND xã Bình Gia", "Tháng 6 - 9/2026"),
    ("5", "Gắn tem truy xuất nguồn gốc (mã QR) cho sản phẩm thạch đen, miến dong",
     "03 HTX (Tràng Định, Bình Gia)", "Phòng Thông tin và Thống kê", "Liên minh HTX tỉnh", "Quý III/2026"),
    ("6", "Cung ứng giống nấm sò, mộc nhĩ và hướng dẫn nuôi trồng trên giá thể mùn cưa",
     "Tổ hợp tác nấm thôn Pác Lạn", "Trại Thực nghiệm Mai Pha", "", "Cả năm 2026"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LẠNG SƠN", "TRUNG TÂM ỨNG DỤNG TIẾN BỘ", "KHOA HỌC VÀ CÔNG NGHỆ"],
                 "Số: 15/KH-TTUD", "Lạng Sơn, ngày 20 tháng 01 năm 2026", issuer_bold=(1, 2))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Chuyển giao tiến bộ kỹ thuật cho hợp tác xã, tổ hợp tác năm 2026", bold=True, center=True)
    para(doc, "Căn cứ chức năng, nhiệm vụ được giao và nhu cầu đăng ký của các hợp tác xã, tổ hợp tác trên địa bàn "
              "tỉnh, Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh Lạng Sơn lập kế hoạch chuyển giao năm 2026 như sau:")
    para(doc, "I. MỤC ĐÍCH", bold=True)
    para(doc, "Đưa các kết quả đã khảo nghiệm thành công tại Trại Mai Pha và phòng thí nghiệm của Trung tâm về với "
              "hợp tác xã; mỗi kỹ thuật có đơn vị chịu trách nhiệm đến khi hợp tác xã tự làm được.")
    para(doc, "II. DANH MỤC KỸ THUẬT CHUYỂN GIAO", bold=True)
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 5))
    para(doc, "III. TỔ CHỨC THỰC HIỆN", bold=True)
    para(doc, "1. Phòng Hành chính - Tổng hợp lập dự toán, trình Sở phân bổ kinh phí sự nghiệp khoa học cho từng nội "
              "dung chuyển giao; xong trước 15/02/2026.")
    para(doc, "2. Phòng Chuyển giao công nghệ là đầu mối theo dõi tiến độ, nghiệm thu tại hiện trường, tổng hợp "
              "báo cáo Sở Khoa học và Công nghệ trước ngày 05/12/2026.")
    para(doc, "Trong quá trình thực hiện nếu hợp tác xã thay đổi nhu cầu, các đơn vị báo cáo Giám đốc Trung tâm để "
              "điều chỉnh cho phù hợp./.")
    signature_table(doc, ["Nơi nhận:", "- Sở KH&CN (b/c);", "- Liên minh HTX tỉnh;", "- UBND các xã có HTX tiếp nhận;",
                          "- Các phòng, Trại Mai Pha;", "- Lưu: VT, CGCN."],
                    ["GIÁM ĐỐC", "", "", "", "", "Hoàng Văn Quyết"])
    return saved(doc, author="Phòng Chuyển giao công nghệ", editor="Văn thư Trung tâm",
                 title="Kế hoạch 15/KH-TTUD", created=datetime(2026, 1, 14, 9, 0, 0),
                 modified=datetime(2026, 1, 20, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
