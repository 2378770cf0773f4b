"""Write a_tp-hcm_1245-KH-BTL-2026_csb-dong-hanh-thht-ca.docx, the hundred-and-thirtieth held-out set's Word file, byte
for byte.

    .venv/bin/python benchmarks/corpus/unseen130/make_docx.py [OUT]

A Coast Guard regional command's plan (Bộ Tư lệnh Vùng Cảnh sát biển 3, February 2026) for going alongside fishing
cooperatives and fishing teams at sea: a two-line military header (the parent command above the issuer), I. purposes,
II. the work in three numbered groups whose items are lettered a), b), c) and name the unit at the END in brackets
("(Phòng Chính trị chủ trì, Hải đoàn 32 phối hợp; xong trong tháng 4/2026)"), III. the organisation, one paragraph per
unit opening with the unit's name and a verb (no colon); the signature beside "Nơi nhận". Plain paragraphs with their
numbers typed in.

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
OUT = HERE / "a_tp-hcm_1245-KH-BTL-2026_csb-dong-hanh-thht-ca.docx"

# (text, style): "h" a bold heading, "s" an italic group heading, "p" a paragraph
BODY = [
    ("I. MỤC ĐÍCH, YÊU CẦU", "h"),
    ("Gắn hoạt động tuần tra, kiểm soát trên biển với việc giúp đỡ ngư dân; động viên ngư dân tham gia tổ đoàn kết, "
     "tổ hợp tác, hợp tác xã khai thác hải sản, giữ vững bám biển, chấp hành quy định về chống khai thác bất hợp pháp.",
     "p"),
    ("II. NỘI DUNG THỰC HIỆN", "h"),
    ("1. Tuyên truyền, vận động", "s"),
    ("a) Tổ chức 06 buổi tuyên truyền tại các bến cá về Luật Hợp tác xã, quy định chống khai thác IUU và lợi ích khi "
     "ngư dân vào tổ hợp tác, hợp tác xã (Phòng Chính trị chủ trì, Hải đoàn 32 phối hợp; xong trong tháng 4/2026).",
     "p"),
    ("b) Phát 2.000 tờ gấp, sổ tay pháp luật cho thuyền trưởng tàu cá của các hợp tác xã, tổ hợp tác (Ban Tuyên huấn "
     "thuộc Phòng Chính trị thực hiện; quý II/2026).", "p"),
    ("2. Hỗ trợ ngư dân, tổ hợp tác trên biển", "s"),
    ("a) Duy trì tổ cơ động y tế, sửa chữa nhanh trên tàu trực, khám bệnh, cấp thuốc miễn phí cho thuyền viên các tổ "
     "hợp tác khai thác xa bờ (Hải đoàn 32 chủ trì, Phòng Hậu cần - Kỹ thuật phối hợp; thường xuyên).", "p"),
    ("b) Kết nghĩa với 04 hợp tác xã, tổ hợp tác nghề cá tại phường Vũng Tàu, xã Long Hải và đặc khu Côn Đảo, mỗi đơn "
     "vị nhận một tổ (Hải đoàn 33 chủ trì, Ủy ban nhân dân các xã, phường, đặc khu có tổ kết nghĩa phối hợp; trước "
     "30/6/2026).", "p"),
    ("c) Tặng 200 túi thuốc, 50 phao cứu sinh và cờ Tổ quốc cho ngư dân các tổ hợp tác (Phòng Hậu cần - Kỹ thuật chủ "
     "trì; dịp kỷ niệm ngày thành lập Lực lượng Cảnh sát biển 28/8/2026).", "p"),
    ("3. Phối hợp quản lý tàu cá", "s"),
    ("a) Trao đổi danh sách tàu cá của các hợp tác xã, tổ hợp tác chưa lắp hoặc mất kết nối thiết bị giám sát hành "
     "trình với Chi cục Thủy sản (Sở Nông nghiệp và Môi trường) (Phòng Tham mưu chủ trì; hằng tháng).", "p"),
    ("b) Cùng Bộ đội Biên phòng Thành phố kiểm tra, hướng dẫn tàu cá của hợp tác xã khi xuất, nhập bến (Hải đoàn 33 "
     "thực hiện; trong mùa cá nam, từ tháng 3 đến tháng 9/2026).", "p"),
    ("III. TỔ CHỨC THỰC HIỆN", "h"),
    ("1. Phòng Chính trị là cơ quan thường trực, theo dõi, tổng hợp, báo cáo kết quả về Bộ Tư lệnh Cảnh sát biển trước "
     "ngày 15/12/2026.", "p"),
    ("2. Phòng Tài chính bảo đảm kinh phí cho các hoạt động của Kế hoạch từ nguồn ngân sách được giao và nguồn xã hội "
     "hóa.", "p"),
    ("3. Các hải đoàn căn cứ Kế hoạch xây dựng kế hoạch của đơn vị, báo cáo Bộ Tư lệnh Vùng (qua Phòng Chính trị) "
     "trước ngày 10/3/2026.", "p"),
]


def build() -> bytes:
    doc = new_document(14)
    header_table(doc, ["BỘ TƯ LỆNH CẢNH SÁT BIỂN", "BỘ TƯ LỆNH VÙNG CẢNH SÁT BIỂN 3"], "Số: 1245/KH-BTL",
                 "Vũng Tàu, ngày 24 tháng 02 năm 2026")
    para(doc)
    para(doc, "KẾ HOẠCH", bold=True, center=True)
    para(doc, "Cảnh sát biển đồng hành với tổ hợp tác, hợp tác xã khai thác hải sản năm 2026", bold=True, center=True)
    para(doc, "Thực hiện Chương trình \"Cảnh sát biển đồng hành với ngư dân\" năm 2026 của Bộ Tư lệnh Cảnh sát biển, "
              "Bộ Tư lệnh Vùng Cảnh sát biển 3 xây dựng Kế hoạch như sau:")
    for text, style in BODY:
        para(doc, text, bold=style == "h", italic=style == "s")
    signature_table(doc, ["Nơi nhận:", "- BTL CSB (b/c);", "- Thủ trưởng BTL Vùng;", "- Sở NN&MT TP.HCM;",
                          "- BĐBP TP.HCM;", "- Các phòng, hải đoàn;", "- Lưu: VT, CT. H20."],
                    ["KT. TƯ LỆNH", "PHÓ TƯ LỆNH", "", "", "", "Đại tá Lê Minh Khải"])
    return saved(doc, author="Phòng Chính trị", editor="Văn thư BTL Vùng CSB 3",
                 title="Kế hoạch 1245/KH-BTL", created=datetime(2026, 2, 16, 7, 40, 0),
                 modified=datetime(2026, 2, 24, 10, 15, 0), revision=4)


if __name__ == "__main__":
    write(build, OUT)
