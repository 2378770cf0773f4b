"""Write a_dong-thap_46-KH-MNSD-2026_thue-mua-may-gat-htx-lua.docx, the hundred-and-sixty-fifth held-out set's Word
file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen165/make_docx.py [OUT]

An agricultural machinery company's plan (August 2026) for its lease-purchase programme of combine harvesters and
dryers for rice cooperatives in the Thu Đông crop: I. aims, II. the terms of the lease-purchase (facts), III. one
bordered table whose rows carry a WORK CODE ("MN-01" …) and a "Làm sau việc" column naming the codes of the rows that
must be finished first (a dependency, neither a partner nor a time), Bộ phận chủ trì | Phối hợp | Hạn hoàn thành, one
time given by another row ("trong 05 ngày làm việc sau khi xong MN-03"); IV. the cooperatives' own duties as "-"
lines under a class heading; the closing sentence; the signature beside "Nơi nhận". Every paragraph is a plain
paragraph with its number typed in (no Word numbering).

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
OUT = HERE / "a_dong-thap_46-KH-MNSD-2026_thue-mua-may-gat-htx-lua.docx"

BEFORE = [
    ("I. MỤC TIÊU", "h"),
    ("- Đưa 20 máy gặt đập liên hợp và 06 máy sấy tầng sôi đến 14 hợp tác xã theo hình thức thuê mua trong 36 "
     "tháng; hợp tác xã trả trước 20% giá trị máy, phần còn lại trả theo mùa vụ.", "p"),
    ("- Mỗi máy gặt có ít nhất 02 thợ lái của hợp tác xã được đào tạo, có chứng chỉ trước khi vào vụ.", "p"),
    ("- Hao hụt khi gặt không quá 1,5%; không máy nào phải nằm chờ sửa quá 24 giờ trong vụ.", "p"),
    ("II. ĐIỀU KIỆN THUÊ MUA", "h"),
    ("- Hợp tác xã có phương án dịch vụ cơ giới được Đại hội thành viên hoặc Hội đồng quản trị thông qua, diện tích "
     "nhận gặt tối thiểu 300 ha mỗi vụ cho một máy.", "p"),
    ("- Bên cho thuê tài chính đứng tên sở hữu máy đến khi hợp tác xã trả hết tiền; Công ty bảo hành 12 tháng hoặc "
     "600 giờ máy, tùy điều kiện nào đến trước.", "p"),
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
    ("Cột \"Làm sau việc\" ghi mã những việc phải xong thì mới bắt đầu việc đó; dấu \"–\" là việc làm được ngay.", "i"),
]

AFTER = [
    ("IV. TRÁCH NHIỆM CỦA HỢP TÁC XÃ", "h"),
    ("Các hợp tác xã tham gia chương trình:", "p"),
    ("- Cử đủ người học lái, học sửa chữa theo việc MN-05, lo chỗ ăn nghỉ cho học viên trong những ngày thực hành "
     "trên đồng của hợp tác xã; hoàn thành trước 12/9/2026.", "p"),
    ("- Lập lịch gặt cho từng cánh đồng, ưu tiên ruộng của thành viên, niêm yết giá dịch vụ gặt tại trụ sở; gửi "
     "Công ty trước ngày 25/9/2026.", "p"),
    ("Trên đây là Kế hoạch triển khai chương trình thuê mua máy vụ Thu Đông 2026; các phòng, xưởng, đại lý cập nhật "
     "tiến độ theo mã việc vào bảng theo dõi chung của Công ty./.", "p"),
]

COLUMNS = ["Mã", "Công việc", "Làm sau việc", "Bộ phận chủ trì", "Phối hợp", "Hạn hoàn thành"]
WIDTHS = [Cm(1.3), Cm(5.6), Cm(1.9), Cm(2.6), Cm(2.8), Cm(2.3)]
ROWS = [
    ("MN-01", "Khảo sát diện tích lúa, đường nội đồng, bãi tập kết máy của 14 hợp tác xã đăng ký; chốt số máy, chủng "
              "loại máy cho từng hợp tác xã", "–", "Phòng Kinh doanh",
     "Liên minh HTX tỉnh; UBND các xã có HTX đăng ký", "31/8/2026"),
    ("MN-02", "Thẩm định phương án dịch vụ, báo cáo tài chính 02 năm gần nhất và hồ sơ pháp lý của hợp tác xã",
     "MN-01", "Phòng Tài chính - Kế toán", "Công ty TNHH Cho thuê tài chính Phương Nam", "10/9"),
    ("MN-03", "Ký hợp đồng thuê mua ba bên (Công ty, bên cho thuê tài chính, hợp tác xã); thu tiền trả trước 20%",
     "MN-02", "Bộ phận Pháp chế", "Phòng Tài chính - Kế toán", "15/9"),
    ("MN-04", "Lắp ráp, chạy thử 20 máy gặt, 06 máy sấy; đóng số khung, lập lý lịch từng máy", "MN-01",
     "Xưởng Lắp ráp", "", "20/9"),
    ("MN-05", "Đào tạo 40 thợ lái, thợ sửa chữa do hợp tác xã cử (03 ngày lý thuyết tại Xưởng, 04 ngày thực hành "
              "trên đồng)", "MN-01", "Trung tâm Đào tạo lái máy", "Trung tâm Khuyến nông tỉnh", "14 - 25/9/2026"),
    ("MN-06", "Mua bảo hiểm vật chất cho máy, làm thủ tục đăng ký quyền sở hữu cho bên cho thuê tài chính", "MN-03",
     "Phòng Tài chính - Kế toán", "", "trong 05 ngày làm việc sau khi xong MN-03"),
    ("MN-07", "Giao máy tại trụ sở hợp tác xã, hướng dẫn vận hành, bàn giao sổ bảo hành", "MN-04, MN-05, MN-06",
     "Phòng Dịch vụ kỹ thuật", "Đại lý cấp 1 Lai Vung", "30/9/2026"),
    ("MN-08", "Lắp đặt 06 máy sấy vào lò sấy sẵn có của hợp tác xã, sấy thử 30 tấn lúa ướt mỗi lò", "MN-04",
     "Xưởng Lắp ráp", "HTX Nông nghiệp Tân Mỹ; HTX Dịch vụ nông nghiệp Long Hậu", "10/10"),
    ("MN-09", "Mở 03 trạm sửa chữa lưu động ở Lấp Vò, Tân Hồng, Tháp Mười, trực 24/24 giờ, dự trữ phụ tùng thay thế",
     "MN-07", "Phòng Dịch vụ kỹ thuật", "Đại lý cấp 1 Lai Vung; Đại lý cấp 1 Tháp Mười",
     "01/10 - 30/11/2026 (suốt vụ gặt)"),
    ("MN-10", "Theo dõi giờ máy, diện tích gặt, hao hụt qua thiết bị định vị gắn trên máy; gửi bảng tổng hợp cho "
              "từng hợp tác xã", "MN-07", "Phòng Dịch vụ kỹ thuật", "", "hằng tuần trong vụ"),
    ("MN-11", "Họp rút kinh nghiệm với 14 hợp tác xã, đề xuất mở rộng chương trình sang vụ Đông Xuân 2026 - 2027",
     "MN-09, MN-10", "Phòng Kinh doanh", "Liên minh HTX tỉnh", "tuần đầu tháng 12/2026"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "MÁY NÔNG NGHIỆP SA ĐÉC"], "Số: 46/KH-MNSĐ",
                 "Sa Đéc, ngày 18 tháng 8 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Triển khai chương trình thuê mua máy gặt đập liên hợp, máy sấy lúa cho hợp tác xã vụ Thu Đông 2026",
         bold=True, center=True)
    para(doc, "Căn cứ Biên bản ghi nhớ hợp tác ngày 24/7/2026 giữa Công ty với Liên minh Hợp tác xã tỉnh Đồng Tháp và "
              "danh sách 14 hợp tác xã nông nghiệp ở các xã Lấp Vò, Lai Vung, Tân Hồng, Tháp Mười đăng ký tham gia, "
              "Công ty Cổ phần Máy nông nghiệp Sa Đéc (sau đây gọi là Công ty) xây dựng Kế hoạch như sau:")
    for text, style in BEFORE:
        para(doc, text, bold=style == "h", italic=style == "i")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for row, values in zip(table.rows, [COLUMNS, *ROWS]):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if row is table.rows[0]:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], center=i in (0, 2, 5))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- Liên minh HTX tỉnh Đồng Tháp;",
                          "- Công ty TNHH Cho thuê tài chính Phương Nam;", "- 14 HTX tham gia;",
                          "- Các phòng, xưởng, đại lý (t/h);", "- Lưu: VT, KD."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Lưu Thành Đạt"])
    return saved(doc, author="Phòng Kinh doanh", editor="Văn thư Công ty",
                 title="Kế hoạch 46/KH-MNSĐ", created=datetime(2026, 8, 12, 8, 30, 0),
                 modified=datetime(2026, 8, 18, 16, 5, 0), revision=5)


if __name__ == "__main__":
    write(build, OUT)
