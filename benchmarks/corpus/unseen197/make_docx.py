"""Write a_gia-lai_19-2026-KH-XDTQ_kiem-soat-chat-luong-vo-xo-dua-htx.docx, the hundred-and-ninety-seventh held-out
set's Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen197/make_docx.py [OUT]

A coconut-coir company's plan (September 2026) for the quality of the coconut husks, fibre and coir pith it buys from
coconut cooperatives and cooperative groups over the 2026 - 2027 season. An opening of facts, I. targets ("-" lines),
II. the suppliers in one paragraph (facts), III. a note on how to read the table, then ONE bordered QUALITY CONTROL
PLAN in the manufacturer's own form: Công đoạn | Việc phải làm | Chỉ tiêu, mức chấp nhận | Tần suất, thời hạn |
Người chịu trách nhiệm | Phối hợp | Biểu mẫu — the stage written only on the first row of its stage, specifications
with figures and ranges, checks repeated "mỗi lô" beside dated work, POSTS (not units) as the doers, form codes that
end in a year; IV. two numbered requests to the cooperatives; the closing sentence; the signature beside "Nơi nhận".
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
OUT = HERE / "a_gia-lai_19-2026-KH-XDTQ_kiem-soat-chat-luong-vo-xo-dua-htx.docx"

# (text, style): "h" a bold heading, "p" a paragraph, "i" an italic paragraph
OPENING = [
    ("Niên vụ 2025 - 2026, Công ty mua 14.200 tấn vỏ dừa khô của các hợp tác xã, tổ hợp tác trồng dừa ở phường Tam "
     "Quan, phường Hoài Nhơn Bắc và xã Hoài Châu. Đối tác Hàn Quốc đã trả lại 03 container mụn dừa ép khối vì độ dẫn "
     "điện (EC) vượt 1,0 mS/cm; nguyên nhân chính là vỏ dừa bị ngâm nước lợ ở bãi tập kết và ngâm xả chưa đủ thời "
     "gian. Để giữ khách hàng và giá mua cho thành viên hợp tác xã, Công ty đặt ra việc kiểm soát chất lượng từ điểm "
     "thu gom đến lúc xuất hàng như sau:", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Không còn lô hàng xuất khẩu bị trả lại vì EC, độ ẩm hoặc tạp chất.", "p"),
    ("- Mua 16.000 tấn vỏ dừa khô của các HTX, THT; ít nhất 85% số lô nhận vào đạt loại I.", "p"),
    ("- Mỗi bành xơ, mỗi khối mụn dừa xuất đi đều truy được đến hợp tác xã hoặc tổ hợp tác đã bán vỏ.", "p"),
    ("II. CÁC ĐƠN VỊ CUNG CẤP VỎ DỪA", "h"),
    ("Gồm HTX Dừa Tam Quan Bắc (bình quân 520 tấn/tháng), HTX Nông nghiệp Hoài Hương (380 tấn/tháng), HTX Dừa Hoài "
     "Châu (260 tấn/tháng), HTX Dịch vụ nông nghiệp Tam Quan Nam (170 tấn/tháng) và 02 tổ hợp tác bóc vỏ dừa ở thôn "
     "Tân Thành, thôn Cửu Lợi (cùng khoảng 90 tấn/tháng). Mùa nhận vỏ nhiều nhất từ tháng 11 đến tháng 3 năm sau.",
     "p"),
    ("III. KẾ HOẠCH KIỂM SOÁT CHẤT LƯỢNG", "h"),
    ("Cách ghi trong bảng: cột \"Người chịu trách nhiệm\" ghi chức danh người chủ trì công việc; cột \"Phối hợp\" ghi "
     "người hoặc đơn vị cùng làm; mã biểu mẫu theo Sổ tay chất lượng của Công ty (lần ban hành 03); \"—\" là không có.",
     "i"),
]

COLUMNS = ["Công đoạn", "Việc phải làm", "Chỉ tiêu, mức chấp nhận", "Tần suất, thời hạn", "Người chịu trách nhiệm",
           "Phối hợp", "Biểu mẫu"]
WIDTHS = [Cm(1.9), Cm(4.4), Cm(2.5), Cm(2.1), Cm(2.1), Cm(2.0), Cm(1.6)]
ROWS = [
    ("1. Ký kết nguồn hàng",
     "Ký phụ lục hợp đồng mua vỏ dừa niên vụ 2026 - 2027 với từng HTX, THT, ghi sản lượng theo tháng và giá theo độ "
     "khô của vỏ",
     "Giá loại I cao hơn loại II từ 120 đồng/kg", "Trước 30/9/2026", "Trưởng phòng Thu mua", "Kế toán trưởng",
     "BM-TM-01"),
    ("",
     "Tập huấn cho người giao nhận của các HTX, THT cách phơi, phân loại vỏ dừa, ghi sổ giao nhận theo lô",
     "Mỗi HTX, THT ít nhất 02 người dự", "Tháng 10/2026", "Trưởng bộ phận QA/QC", "Trung tâm Khuyến nông tỉnh",
     "BM-ĐT-02"),
    ("2. Nhận vỏ tại điểm thu gom",
     "Đo độ ẩm, nhặt tạp chất từng lô vỏ dừa trước khi cân; lô không đạt trả lại để HTX phơi tiếp",
     "Độ ẩm ≤ 25%; tạp chất ≤ 3%", "Mỗi lô nhập", "Tổ trưởng kiểm nhận", "Thủ kho nguyên liệu",
     "BM-KS-04/2026"),
    ("",
     "Hiệu chuẩn cân ô tô 60 tấn ở cổng nhà máy và 03 cân đồng hồ đặt tại điểm thu gom của HTX Dừa Tam Quan Bắc, "
     "HTX Nông nghiệp Hoài Hương",
     "Sai số ≤ 0,1%", "Trước 10/10/2026", "Trưởng bộ phận Cơ điện",
     "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng", "BM-CĐ-03"),
    ("3. Ngâm xả, tách xơ",
     "Ngâm xả mụn dừa trong bể nước ngọt, thay nước đến khi đạt; đo EC, pH của từng bể trước khi vớt",
     "EC ≤ 0,5 mS/cm; pH 5,5 - 6,8", "Mỗi bể, hằng ngày", "Quản đốc xưởng sơ chế", "Trưởng bộ phận QA/QC",
     "BM-KS-07/2026"),
    ("",
     "Xây thêm 02 bể lắng và đường ống gom nước xả của khu ngâm, không để nước chát chảy ra mương thủy lợi",
     "Nước xả đạt quy chuẩn về nước thải công nghiệp", "Xong trước 15/11/2026", "Quản đốc xưởng sơ chế",
     "Sở Nông nghiệp và Môi trường, UBND phường Tam Quan", "—"),
    ("4. Phơi, sấy, ép",
     "Phơi, sấy xơ dừa rồi ép bành; dán nhãn ghi mã HTX, THT đã bán vỏ trên từng bành",
     "Độ ẩm 15 - 20%; bành 100 - 120 kg", "Mỗi ca sản xuất", "Tổ trưởng tổ ép", "Thủ kho thành phẩm",
     "BM-SX-09"),
    ("",
     "Đổi khuôn 02 máy ép mụn dừa từ khối 5 kg sang viên nén 650 g cho đơn hàng Nhật Bản; chạy thử, gửi mẫu khách "
     "duyệt",
     "Viên nở ≥ 6 lần sau 10 phút ngâm", "Tháng 11/2026", "Trưởng bộ phận Cơ điện",
     "Trưởng phòng Kinh doanh xuất khẩu", "BM-CĐ-11"),
    ("5. Xuất hàng, truy xuất",
     "Lấy mẫu lưu và gửi mẫu của từng lô xuất khẩu đi kiểm nghiệm EC, độ ẩm, tạp chất",
     "Có kết quả đạt trước khi đóng hàng", "Trước mỗi lần đóng container", "Trưởng bộ phận QA/QC",
     "Trưởng phòng Kinh doanh xuất khẩu", "BM-KS-12/2026"),
    ("",
     "Nhập mã HTX, mã lô vào phần mềm truy xuất nguồn gốc để mỗi bành, mỗi khối tra được đơn vị cung cấp vỏ",
     "100% lô xuất có mã", "Xong trước 31/12/2026", "Trưởng phòng Kinh doanh xuất khẩu", "Trưởng bộ phận QA/QC",
     "BM-TX-01"),
    ("6. Thanh toán, đánh giá",
     "Chuyển tiền vỏ dừa cho HTX, THT theo bảng kê có chữ ký của tổ kiểm nhận",
     "Đúng giá theo loại đã ký", "Chậm nhất 07 ngày sau mỗi kỳ chốt sổ (ngày 15 và ngày cuối tháng)",
     "Kế toán trưởng", "Trưởng phòng Thu mua", "BM-KT-05"),
    ("",
     "Xếp loại từng HTX, THT cung cấp theo tỷ lệ lô đạt; đề xuất thưởng chất lượng cho đơn vị loại A",
     "Loại A: ≥ 95% lô đạt", "Quý I/2027", "Trưởng bộ phận QA/QC", "Trưởng phòng Thu mua", "BM-KS-15/2026"),
]

AFTER = [
    ("IV. ĐỀ NGHỊ CÁC HỢP TÁC XÃ, TỔ HỢP TÁC CUNG CẤP VỎ DỪA", "h"),
    ("1. Mỗi HTX, THT cử 01 người giữ sổ giao nhận theo lô, báo họ tên và số điện thoại cho Phòng Thu mua trước ngày "
     "25/9/2026.", "p"),
    ("2. Phơi vỏ dừa trên sân xi măng hoặc giàn, không tập kết vỏ ở bãi ngập nước lợ, không tưới nước cho nặng cân; "
     "giữ như vậy suốt niên vụ.", "p"),
    ("Các bộ phận, cá nhân có tên trong bảng trên chịu trách nhiệm trước Giám đốc về chất lượng ở công đoạn mình phụ "
     "trách. Kế hoạch này thay cho Kế hoạch kiểm soát số 11/2025/KH-XDTQ./.", "p"),
]


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY TNHH", "XƠ DỪA TAM QUAN XANH"], "Số: 19/2026/KH-XDTQ",
                 "Tam Quan, ngày 14 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Kiểm soát chất lượng vỏ dừa, xơ dừa và mụn dừa mua của các hợp tác xã, tổ hợp tác niên vụ 2026 - 2027",
         bold=True, center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h", italic=style == "i")
    table = doc.add_table(rows=1 + len(ROWS), cols=len(COLUMNS))
    set_borders(table, "single")
    for n, (row, values) in enumerate(zip(table.rows, [COLUMNS, *ROWS])):
        for i, (cell, value) in enumerate(zip(row.cells, values)):
            cell.width = WIDTHS[i]
            if n == 0:
                cell_lines(cell, [value], bold=(0,))
            else:
                cell_lines(cell, [value], bold=(0,) if i == 0 else (), center=i in (3, 6))
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- Hội đồng thành viên (b/c);", "- 04 HTX, 02 THT cung cấp vỏ dừa;",
                          "- Các phòng, bộ phận, xưởng;", "- Lưu: VT, QA."],
                    ["GIÁM ĐỐC", "", "", "", "", "Đoàn Văn Lượm"])
    return saved(doc, author="Bộ phận QA/QC", editor="Văn thư Công ty",
                 title="Kế hoạch 19/2026/KH-XDTQ", created=datetime(2026, 9, 9, 7, 45, 0),
                 modified=datetime(2026, 9, 14, 15, 20, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
