"""Write a_quang-tri_27-2026-KH-TSX_dien-gio-song-ngu-htx-vung-du-an.docx, the hundred-and-fiftieth held-out set's
Word file, byte for byte.

    .venv/bin/python benchmarks/corpus/unseen150/make_docx.py [OUT]

A foreign-invested wind-power company's plan (August 2026) for working with the cooperatives and cooperative groups of
the two communes around its wind farm: a BILINGUAL document as such companies type them — every Vietnamese paragraph
is followed by its English translation in italics (header, title, headings and signature too) —; I. purposes,
II. tasks as numbered paragraphs naming the company's departments (in full with an English abbreviation in brackets
the first time, by the abbreviation after), one item opening with its time and naming its doers after a semicolon,
a request to the two communes; III. the department that follows the plan, a closing sentence; the signature beside
"Nơi nhận". Every paragraph is a plain paragraph with its number typed in (no Word numbering); no table in the body.

The bytes depend only on this script (with ``../docx_parts.py``, ``../docx_zip.py``), python-docx's default template
and zlib: the core properties are fixed, and the zip is rewritten with fixed dates in python-docx's member order.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks/corpus/: the shared helpers
from docx_parts import MOTTO, cell_lines, new_document, para, set_borders, write  # noqa: E402
from docx_zip import saved  # noqa: E402

HERE = Path(__file__).resolve().parent
OUT = HERE / "a_quang-tri_27-2026-KH-TSX_dien-gio-song-ngu-htx-vung-du-an.docx"

# (Vietnamese, English, style): "h" a heading (bold; its English bold italic), "p" a paragraph (its English italic)
BODY = [
    ("Căn cứ Thỏa thuận hỗ trợ cộng đồng ký ngày 20/3/2026 giữa Công ty với UBND xã Hướng Phùng và UBND xã Tân Lập; "
     "xét đề xuất của Ban Quan hệ cộng đồng, Tổng Giám đốc Công ty ban hành Kế hoạch hợp tác cùng các hợp tác xã "
     "(HTX) và tổ hợp tác (THT) ở vùng dự án như sau:",
     "Pursuant to the Community Support Agreement signed on 20 March 2026 by the Company and the People's Committees "
     "of Huong Phung and Tan Lap communes, and at the proposal of the Community Relations Team, the General Director "
     "issues this plan for working with the cooperatives and cooperative groups of the project area as follows:",
     "p"),
    ("I. MỤC ĐÍCH", "I. PURPOSE", "h"),
    ("1. Ưu tiên thuê dịch vụ và mua hàng của các HTX, THT tại địa phương, để đồng bào quanh nhà máy có thêm việc làm "
     "và thu nhập ổn định.",
     "1. To give priority to local cooperatives and cooperative groups when hiring services and buying goods, so that "
     "the villagers around the plant gain jobs and a steady income.",
     "p"),
    ("2. Giữ quan hệ tốt với cộng đồng; bảo đảm an toàn cho người dân và thiết bị trong phạm vi nhà máy.",
     "2. To keep good relations with the community and to keep people and equipment safe within the plant.",
     "p"),
    ("II. NHIỆM VỤ VÀ PHÂN CÔNG", "II. TASKS AND ASSIGNMENTS", "h"),
    ("1. Ban Quan hệ cộng đồng (Ban CR) khảo sát, lập danh sách các HTX, THT đang hoạt động trong bán kính 5 km quanh "
     "các trụ tuabin, ghi rõ ngành nghề, số thành viên và khả năng nhận việc; hoàn thành trước ngày 15/9/2026.",
     "1. The Community Relations Team (CR Team) shall survey and list the cooperatives and cooperative groups working "
     "within 5 km of the turbines, with their trade, membership and capacity; to be completed by 15 September 2026.",
     "p"),
    ("2. Phòng Vận hành và Bảo dưỡng (Phòng O&M) ký hợp đồng với HTX Dịch vụ tổng hợp Tân Lập phát quang hành lang "
     "tuyến cáp ngầm 35 kV và các đường nội bộ dẫn vào 12 trụ tuabin, mỗi quý một lần, bắt đầu từ quý IV/2026.",
     "2. The Operation and Maintenance Department (O&M) shall contract Tan Lap General Service Cooperative to clear "
     "the vegetation along the 35 kV underground cable and the internal roads to the 12 turbines once every quarter, "
     "starting in Q4/2026.",
     "p"),
    ("3. Từ ngày 01/10/2026, bếp ăn của nhà máy mua rau, thịt, trứng của HTX Nông nghiệp Hướng Phùng và THT chăn nuôi "
     "Pa Tầng theo đơn đặt hàng hằng tuần; Phòng Hành chính - Nhân sự (Phòng HC-NS) chủ trì, Phòng Tài chính - Kế "
     "toán (Phòng TC-KT) phối hợp thanh toán.",
     "3. From 1 October 2026 the plant canteen shall buy vegetables, meat and eggs from Huong Phung Agricultural "
     "Cooperative and the Pa Tang livestock group on weekly orders; the Administration and HR Department (HR) leads, "
     "the Finance and Accounting Department (F&A) handles payment.",
     "p"),
    ("4. Phòng An toàn - Sức khỏe - Môi trường (Phòng HSE) tập huấn an toàn điện, làm việc gần tuabin và phòng cháy "
     "rừng cho thành viên HTX trước khi vào làm việc trong hàng rào nhà máy; lớp đầu tiên mở trong tháng 9/2026.",
     "4. The Health, Safety and Environment Department (HSE) shall train cooperative members in electrical safety, "
     "work near turbines and forest fire prevention before they work inside the plant fence; the first class will "
     "be held in September 2026.",
     "p"),
    ("5. Phòng TC-KT tạm ứng 30% giá trị hợp đồng cho HTX khi ký và thanh toán phần còn lại chậm nhất 10 ngày làm "
     "việc sau khi Phòng O&M nghiệm thu từng đợt.",
     "5. F&A shall advance 30% of the contract value to the cooperative on signing and pay the balance within 10 "
     "working days after O&M accepts each batch of work.",
     "p"),
    ("6. Ban CR phối hợp với UBND xã Hướng Phùng và Trung tâm Dịch vụ nông nghiệp xã Hướng Phùng hỗ trợ HTX Nông "
     "nghiệp Hướng Phùng lắp hệ thống tưới nhỏ giọt cho 20 ha cà phê của thành viên, mức hỗ trợ không quá 400 triệu "
     "đồng; thực hiện trong quý I/2027.",
     "6. The CR Team, together with the People's Committee and the Agricultural Service Centre of Huong Phung "
     "commune, shall help Huong Phung Agricultural Cooperative install drip irrigation on 20 ha of its members' "
     "coffee, up to VND 400 million; in Q1/2027.",
     "p"),
    ("7. Phòng O&M chủ trì, phối hợp với UBND xã Tân Lập bàn giao lại 3,5 ha mặt bằng thi công tạm (bãi tập kết cánh "
     "quạt, khu lán trại cũ) đã hoàn thổ cho HTX Dịch vụ tổng hợp Tân Lập trồng chuối, keo; xong trước 31/12/2026.",
     "7. O&M, with the People's Committee of Tan Lap commune, shall hand the 3.5 ha of restored temporary "
     "construction ground (the blade yard and the old camp) back to Tan Lap General Service Cooperative for banana "
     "and acacia; by 31 December 2026.",
     "p"),
    ("8. Phòng HC-NS tuyển 15 lao động địa phương làm bảo vệ, vệ sinh công nghiệp thông qua HTX Dịch vụ tổng hợp Tân "
     "Lập (HTX ký hợp đồng cung ứng lao động với Công ty), ưu tiên người Vân Kiều, Pa Kô; trong tháng 11/2026.",
     "8. HR shall recruit 15 local workers as guards and industrial cleaners through Tan Lap General Service "
     "Cooperative (under a labour supply contract with the Company), giving priority to Van Kieu and Pa Ko people; "
     "in November 2026.",
     "p"),
    ("9. Ban CR cùng Liên minh Hợp tác xã tỉnh Quảng Trị tổ chức 01 lớp bồi dưỡng quản trị, kế toán HTX cho ban giám "
     "đốc các HTX vùng dự án, Công ty chi trả toàn bộ chi phí. Thời gian: tháng 3/2027.",
     "9. The CR Team and the Quang Tri Cooperative Alliance shall hold one course on cooperative management and "
     "accounting for the managers of the project-area cooperatives, at the Company's expense. Time: March 2027.",
     "p"),
    ("10. Đề nghị UBND xã Hướng Phùng, UBND xã Tân Lập giới thiệu các HTX, THT đủ điều kiện nhận việc, xác nhận danh "
     "sách lao động địa phương và cùng Công ty giải quyết kịp thời kiến nghị của người dân.",
     "10. The People's Committees of Huong Phung and Tan Lap communes are requested to recommend qualified "
     "cooperatives and groups, confirm the lists of local workers and settle residents' concerns promptly together "
     "with the Company.",
     "p"),
    ("III. TỔ CHỨC THỰC HIỆN", "III. IMPLEMENTATION", "h"),
    ("Ban CR làm đầu mối, nắm tình hình triển khai từng việc và báo cáo Tổng Giám đốc hằng quý (trước ngày 25 của "
     "tháng cuối quý).",
     "The CR Team is the focal point to follow the plan and report its results to the General Director every quarter "
     "(by the 25th of the last month of the quarter).",
     "p"),
    ("Trưởng các phòng, ban trả lời trước Tổng Giám đốc về kết quả phần việc của đơn vị mình; vướng mắc phát sinh "
     "gửi qua Ban CR để xử lý./.",
     "Heads of departments are accountable to the General Director for their tasks; any issue shall be reported "
     "through the CR Team./.",
     "p"),
]

NOI_NHAN = ["Nơi nhận / Distribution:", "- Tổng Giám đốc (b/c);", "- UBND xã Hướng Phùng, xã Tân Lập;",
            "- LMHTX tỉnh Quảng Trị;", "- Các phòng, ban Công ty (t/h);", "- Lưu: VT, CR."]
SIGNER = ["KT. TỔNG GIÁM ĐỐC", "PHÓ TỔNG GIÁM ĐỐC", "DEPUTY GENERAL DIRECTOR", "", "", "", "Lê Thị Ngọc Hân"]


def build() -> bytes:
    doc = new_document(13)
    head = doc.add_table(rows=2, cols=2)
    set_borders(head, "nil")
    cell_lines(head.cell(0, 0), ["CÔNG TY CỔ PHẦN", "ĐIỆN GIÓ TRƯỜNG SƠN XANH", "TRUONG SON XANH WIND POWER JSC"],
               bold=(0, 1), italic=(2,))
    cell_lines(head.cell(0, 1), [*MOTTO, "SOCIALIST REPUBLIC OF VIETNAM", "Independence - Freedom - Happiness"],
               bold=(0, 1), italic=(2, 3))
    cell_lines(head.cell(1, 0), ["Số/No.: 27/2026/KH-TSX"])
    cell_lines(head.cell(1, 1), ["Quảng Trị, ngày 14 tháng 8 năm 2026", "Quang Tri, 14 August 2026"], italic=(0, 1))
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "PLAN", bold=True, italic=True, center=True)
    para(doc, "Làm việc với các hợp tác xã, tổ hợp tác vùng dự án năm 2026 - 2027", bold=True, center=True)
    para(doc, "Working with the cooperatives and cooperative groups of the project area, 2026 - 2027", italic=True,
         center=True)
    for vietnamese, english, style in BODY:
        para(doc, vietnamese, bold=style == "h")
        para(doc, english, bold=style == "h", italic=True)
    sign = doc.add_table(rows=1, cols=2)
    set_borders(sign, "nil")
    cell_lines(sign.cell(0, 0), NOI_NHAN, bold=(0,), center=False)
    cell_lines(sign.cell(0, 1), SIGNER, bold=(0, 1, 6), italic=(2,))
    return saved(doc, author="Ban Quan hệ cộng đồng", editor="Văn thư Công ty", title="Kế hoạch 27/2026/KH-TSX",
                 created=datetime(2026, 8, 6, 14, 20, 0), modified=datetime(2026, 8, 14, 10, 5, 0), revision=6)


if __name__ == "__main__":
    write(build, OUT)
