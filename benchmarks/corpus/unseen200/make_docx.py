"""Write a_dak-lak_27-2026-KH-CNX_mat-ong-hoa-ca-phe-htx-nuoi-ong.docx, the two-hundredth held-out set's Word file,
byte for byte.

    .venv/bin/python benchmarks/corpus/unseen200/make_docx.py [OUT]

A honey processing and export company's plan (September 2026) with the beekeeping cooperatives and groups that sell it
their honey over the 2026 - 2027 season: moving hives to the coffee blossom, hive registers, residue tests before
export, intake and payment. I. targets ("-" lines), II. facts (hives, tonnage), then III. SET IN TWO WORD NEWSPAPER
COLUMNS (a continuous section whose w:cols has w:num="2"): ten numbered paragraphs "3.1" … "3.10", each opening with a
short bold title and ENDING WITH A BRACKET OF LABELS "(Chủ trì: …; phối hợp: …; hạn: …)"; back to one column for IV.
two requests to outside bodies, the closing sentence and the signature beside "Nơi nhận". Every number is typed in.

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

from docx.enum.section import WD_SECTION
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import header_table, new_document, para, signature_table, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_dak-lak_27-2026-KH-CNX_mat-ong-hoa-ca-phe-htx-nuoi-ong.docx"

OPENING = [
    ("Năm 2026 Công ty thu mua được 612 tấn mật của các hợp tác xã, tổ hợp tác nuôi ong liên kết, trong đó 4 lô "
     "(khoảng 38 tấn) bị khách hàng châu Âu trả lại vì phát hiện dư lượng kháng sinh vượt ngưỡng. Để giữ thị trường "
     "xuất khẩu và giá thu mua cho thành viên, Công ty xây dựng Kế hoạch vụ mật 2026 - 2027 với các nội dung dưới "
     "đây.", "p"),
    ("I. MỤC TIÊU", "h"),
    ("- Thu mua 700 tấn mật đạt chuẩn xuất khẩu, trong đó 520 tấn mật hoa cà phê; không lô nào bị trả về vì dư lượng "
     "kháng sinh.", "p"),
    ("- 100% đàn ong của hợp tác xã, tổ hợp tác liên kết có sổ theo dõi, ghi rõ thuốc thú y đã dùng và ngày ngưng "
     "thuốc.", "p"),
    ("II. TÌNH HÌNH VÙNG NUÔI ONG LIÊN KẾT", "h"),
    ("Đến tháng 9/2026 có 08 hợp tác xã và 03 tổ hợp tác với 27.400 đàn ong, đặt ở các xã Ea Kiết, Cư M'gar, Krông "
     "Búk, Ea Drông và phường Buôn Hồ; sản lượng mật vụ hoa cà phê (tháng 1 đến tháng 4 hằng năm) chiếm khoảng ba "
     "phần tư cả năm. Các đàn được di chuyển theo mùa hoa: hoa cà phê, rồi hoa cao su, hoa điều.", "p"),
    ("III. PHÂN CÔNG THỰC HIỆN", "h"),
]

# III. in two newspaper columns: (number, bold title, work and its bracket)
TASKS = [
    ("3.1", "Hợp đồng vụ mới.", "Ký hợp đồng bao tiêu vụ mật 2026 - 2027 với từng hợp tác xã, tổ hợp tác: số đàn, "
     "sản lượng dự kiến, giá sàn 52.000 đồng/kg mật đạt chuẩn (Chủ trì: Phòng Vùng nguyên liệu; phối hợp: Phòng Tài "
     "chính - Kế toán; hạn: 20/10/2026)."),
    ("3.2", "Sổ theo dõi đàn ong.", "Phát sổ mẫu và hướng dẫn ghi chép vị trí đặt đàn, ngày chia đàn, thuốc thú y "
     "đã dùng và ngày ngưng thuốc cho từng thành viên (Chủ trì: Phòng Vùng nguyên liệu; phối hợp: Chi cục Chăn nuôi "
     "và Thú y tỉnh; hạn: tháng 11/2026)."),
    ("3.3", "Phòng bệnh không dùng kháng sinh.", "Mở lớp cho tổ kỹ thuật các hợp tác xã về phòng trị bệnh thối ấu "
     "trùng, ve ký sinh bằng biện pháp sinh học, nhận biết thuốc bị cấm (Chủ trì: Phòng Kiểm nghiệm; phối hợp: Trung "
     "tâm Khuyến nông tỉnh, HTX Ong mật Ea Kiết; hạn: 15/11/2026)."),
    ("3.4", "Điểm đặt đàn mùa hoa cà phê.", "Làm việc với chủ vườn cà phê và chính quyền cơ sở để thống nhất điểm "
     "đặt đàn, báo lịch phun thuốc bảo vệ thực vật trước ít nhất 03 ngày (Chủ trì: Phòng Vùng nguyên liệu; phối hợp: "
     "UBND xã Ea Kiết, UBND xã Cư M'gar; hạn: trước 31/12/2026)."),
    ("3.5", "Ứng trước vật tư.", "Ứng trước đường nuôi ong, thùng quay mật bằng inox cho thành viên có hợp đồng, "
     "trừ dần vào tiền bán mật (Chủ trì: Phòng Tài chính - Kế toán; phối hợp: Phòng Vùng nguyên liệu; hạn: tháng "
     "12/2026)."),
    ("3.6", "Kiểm tra từng lô.", "Lấy mẫu mật của từng lô trước khi nhập kho, đo độ ẩm, HMF tại chỗ; gửi mẫu phân "
     "tích dư lượng kháng sinh ở phòng thí nghiệm được công nhận (Chủ trì: Phòng Kiểm nghiệm; phối hợp: Xưởng chế "
     "biến; hạn: mỗi đợt thu mật)."),
    ("3.7", "Nhận mật vụ hoa cà phê.", "Nhận mật tại 04 điểm thu gom và tại xưởng; lô không đạt trả lại hợp tác xã "
     "kèm phiếu kết quả (Chủ trì: Xưởng chế biến; phối hợp: Phòng Kiểm nghiệm; hạn: 01/02 - 30/4/2027)."),
    ("3.8", "Thanh toán.", "Chuyển tiền mật vào tài khoản của hợp tác xã, tổ hợp tác kèm bảng kê từng thành viên "
     "(Chủ trì: Phòng Tài chính - Kế toán; hạn: trong 07 ngày làm việc sau khi có kết quả phân tích của lô)."),
    ("3.9", "Hồ sơ xuất khẩu.", "Lập hồ sơ truy xuất nguồn gốc cho các lô xuất đi châu Âu, đề nghị đưa vùng nuôi "
     "của các hợp tác xã vào chương trình giám sát dư lượng (Chủ trì: Phòng Xuất khẩu; phối hợp: Chi cục Chăn nuôi "
     "và Thú y tỉnh; hạn: quý I/2027)."),
    ("3.10", "Nhìn lại vụ mật.", "Chấm điểm mức giữ cam kết hợp đồng của từng hợp tác xã, đề xuất giá sàn vụ sau "
     "để trình Hội đồng quản trị (Chủ trì: Phòng Vùng nguyên liệu; phối hợp: Phòng Xuất khẩu, Phòng Tài chính - Kế "
     "toán; hạn: tháng 6/2027)."),
]

AFTER = [
    ("IV. ĐỀ NGHỊ ĐỐI VỚI CÁC CƠ QUAN NGOÀI CÔNG TY", "h"),
    ("1. Đề nghị Liên minh Hợp tác xã tỉnh tiếp tục kết nối Công ty với các hợp tác xã, tổ hợp tác nuôi ong muốn tham gia liên kết "
     "trước ngày 30/11/2026.", "p"),
    ("2. Đề nghị Chi cục Chăn nuôi và Thú y tỉnh kiểm dịch, cấp giấy cho các đàn ong khi hợp tác xã di chuyển đàn "
     "sang tỉnh khác.", "p"),
    ("Các phòng, xưởng căn cứ Kế hoạch này tổ chức thực hiện; vướng mắc báo cáo Tổng Giám đốc để giải quyết./.", "p"),
]


def set_columns(section, num: int) -> None:
    """``section`` laid out in ``num`` newspaper columns, 1 cm apart (its w:cols, made when the template has none)."""
    sect_pr = section._sectPr
    cols = sect_pr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sect_pr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), "567")


def build() -> bytes:
    doc = new_document(13)
    header_table(doc, ["CÔNG TY CỔ PHẦN", "MẬT ONG CAO NGUYÊN XANH"], "Số: 27/2026/KH-CNX",
                 "Đắk Lắk, ngày 28 tháng 9 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Liên kết thu mua mật ong với các hợp tác xã, tổ hợp tác nuôi ong vụ 2026 - 2027", bold=True,
         center=True)
    for text, style in OPENING:
        para(doc, text, bold=style == "h")
    doc.add_section(WD_SECTION.CONTINUOUS)       # III. starts a section of its own …
    for number, title, text in TASKS:
        p = doc.add_paragraph()
        p.add_run(f"{number}. {title} ").bold = True
        p.add_run(text)
    doc.add_section(WD_SECTION.CONTINUOUS)       # … which ends here: its w:sectPr is the one just closed
    set_columns(doc.sections[1], 2)
    set_columns(doc.sections[2], 1)
    for text, style in AFTER:
        para(doc, text, bold=style == "h")
    signature_table(doc, ["Nơi nhận:", "- HĐQT Công ty (b/c);", "- 11 HTX, THT liên kết;",
                          "- Liên minh HTX tỉnh;", "- Chi cục Chăn nuôi và Thú y tỉnh;",
                          "- Các phòng, Xưởng chế biến (t/h);", "- Lưu: VT, P.VNL."],
                    ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "", "", "", "Y Blin Kbuôr"])
    return saved(doc, author="Phòng Vùng nguyên liệu", editor="Văn thư Công ty",
                 title="Kế hoạch 27/2026/KH-CNX", created=datetime(2026, 9, 24, 9, 10, 0),
                 modified=datetime(2026, 9, 28, 15, 40, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
