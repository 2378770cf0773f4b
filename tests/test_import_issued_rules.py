"""kehoach import: decisions that issue rules, steps, councils and products (issue 11).

A Quyết định that issues a Quy định (Nghị định 30/2020/NĐ-CP: the decision, "Nơi nhận" and signature, then "QUY
ĐỊNH … (Ban hành kèm theo Quyết định số …)" in Chương and Điều) gives the work of the attached rules, as one that
issues a Kế hoạch does; the decision's own articles may give work too ("Điều 2. … Giao Sở Tài chính chủ trì …"), and
it stays the document's kind and title. An item that opens with a step's label ("Bước 1 (cấp xã): Ủy ban nhân dân
các xã thông báo …", "Giai đoạn 2: …") assigns work to the body after the label, wherever it stands; a label over a
list of bodies ("Đối tượng giám sát: Ủy ban nhân dân tỉnh; Sở Tài chính; …") does not. A capital with a tone mark
("Ủy ban …", "Ủy ban MTTQ …") opens a name as any capital does. A council's verbs ("Hội đồng xét chọn họp, chấm
điểm …") end its name. A table whose work is a column of products ("Sản phẩm | Phòng chủ trì | Phối hợp | Thời
gian") has a task per product. Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import as_markdown, written

HEADER = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH NINH BÌNH\tĐộc lập - Tự do - Hạnh phúc",
          "Số: 2207/QĐ-UBND\tNinh Bình, ngày 09 tháng 9 năm 2026", ""]
DECISION = ["QUYẾT ĐỊNH", "Ban hành Quy định hỗ trợ hợp tác xã tham gia chuỗi giá trị trên địa bàn tỉnh Ninh Bình",
            "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023;",
            "Theo đề nghị của Giám đốc Sở Tài chính.", "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Quy định hỗ trợ hợp tác xã tham gia chuỗi giá trị.",
            "Điều 2. Tổ chức thực hiện năm đầu",
            "1. Giao Sở Tài chính chủ trì, cùng Sở Nông nghiệp và Môi trường hướng dẫn hồ sơ đề nghị hỗ trợ năm 2027; "
            "hoàn thành trước ngày 15/12/2026.",
            "2. Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh giới thiệu các chuỗi giá trị tại hội chợ "
            "xuân; thực hiện trong quý I/2027.",
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
            "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Tài chính và Thủ trưởng các cơ quan liên quan chịu "
            "trách nhiệm thi hành Quyết định này./.",
            "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Như Điều 3;\tKT. CHỦ TỊCH", "- Lưu: VT.\tPHÓ CHỦ TỊCH",
            "\tTrần Minh Quang", ""]
RULES = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH NINH BÌNH\tĐộc lập - Tự do - Hạnh phúc", "",
         "QUY ĐỊNH", "Hỗ trợ hợp tác xã tham gia chuỗi giá trị trên địa bàn tỉnh Ninh Bình",
         "(Ban hành kèm theo Quyết định số 2207/QĐ-UBND ngày 09/9/2026 của Ủy ban nhân dân tỉnh Ninh Bình)",
         "Chương I", "QUY ĐỊNH CHUNG", "Điều 1. Phạm vi điều chỉnh",
         "Quy định này quy định nội dung, mức hỗ trợ hợp tác xã tham gia chuỗi giá trị.",
         "Chương II", "TRÌNH TỰ HỖ TRỢ", "Điều 2. Các bước",
         "1. Bước 1 (đăng ký): Ủy ban nhân dân các xã, phường tiếp nhận đăng ký của hợp tác xã, gửi Sở Tài chính "
         "trước ngày 30 tháng 6 hằng năm.",
         "2. Bước 2 (thẩm định): Hội đồng thẩm định họp, chấm điểm hồ sơ trong tháng 7 hằng năm.",
         "3. Bước 3: Sở Tài chính tổng hợp, trình Ủy ban nhân dân tỉnh phê duyệt danh sách trước ngày 31 tháng 8 "
         "hằng năm.",
         "Chương III", "TỔ CHỨC THỰC HIỆN", "Điều 3. Trách nhiệm",
         "1. Sở Công Thương kết nối hợp tác xã với doanh nghiệp bao tiêu sản phẩm hằng năm.",
         "2. Đề nghị Liên minh Hợp tác xã tỉnh tư vấn hợp tác xã xây dựng phương án tham gia chuỗi hằng năm."]


@pytest.mark.parametrize("markdown", [False, True])
def test_a_decision_issuing_rules(tmp_path, markdown):
    lines = HEADER + DECISION + RULES
    draft = written(tmp_path, "quy-dinh" + (".md" if markdown else ".txt"), as_markdown(lines) if markdown else lines)
    assert draft.lead("Giao Sở Tài chính chủ trì") == ["Sở Tài chính"]
    assert draft.coop("Giao Sở Tài chính chủ trì") == ["Sở Nông nghiệp và Môi trường"]
    assert draft["Giao Sở Tài chính chủ trì"]["deadline"]["before"] == "2026-12-15"
    assert draft.lead("Trung tâm Xúc tiến") == ["Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh"]
    assert draft.lead("Bước 1 (đăng ký)") == ["Ủy ban nhân dân các xã, phường"]
    assert draft.lead("Bước 2 (thẩm định)") == ["Hội đồng thẩm định"]
    assert draft.lead("Bước 3: Sở Tài chính") == ["Sở Tài chính"]
    assert draft.lead("Sở Công Thương kết nối") == ["Sở Công Thương"]
    assert draft.lead("Đề nghị Liên minh") == ["Liên minh Hợp tác xã tỉnh"]
    assert len(draft.tasks) == 7  # nor "Điều 1. Ban hành kèm theo …", the effect, the execution, the scope
    assert draft.plan["kind"] == "quyet-dinh" and draft.plan["title"] == "QUYẾT ĐỊNH"
    assert draft.plan["number"] == "2207/QĐ-UBND"
    assert not draft.notes("Không thấy dòng tên loại văn bản")


def test_a_decision_issuing_a_plan_keeps_the_plan_title(tmp_path):
    plan = [line.replace("QUY ĐỊNH", "KẾ HOẠCH") for line in RULES[:6]] + [
        "I. NHIỆM VỤ", "1. Sở Công Thương kết nối hợp tác xã với doanh nghiệp bao tiêu sản phẩm trong năm 2027."]
    draft = written(tmp_path, "ke-hoach.txt", HEADER + DECISION + plan)
    assert draft.plan["title"] == "KẾ HOẠCH"
    assert draft.lead("Giao Sở Tài chính chủ trì") == ["Sở Tài chính"]
    assert draft.lead("Sở Công Thương kết nối") == ["Sở Công Thương"]


PLAN = ["UBND XÃ YÊN THỦY\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 88/KH-UBND\tYên Thủy, ngày 02 tháng 3 năm 2026", "", "KẾ HOẠCH", "Thành lập mới hợp tác xã năm 2026", "",
        "I. MỤC ĐÍCH", "Thành lập mới 03 hợp tác xã.", "II. CÁC GIAI ĐOẠN"]
STEPS = ["1. Giai đoạn 1: Ủy ban Mặt trận Tổ quốc Việt Nam xã vận động hộ dân tham gia tổ hợp tác trong quý II/2026.",
         "2. Giai đoạn 2 – Ủy ban nhân dân xã hướng dẫn tổ hợp tác chuyển thành hợp tác xã trong quý IV/2026.",
         "3. Về tín dụng: Ủy ban nhân dân xã phối hợp Ngân hàng Chính sách xã hội giới thiệu vốn vay trong năm 2026.",
         "4. Đối tượng vận động: Ủy ban nhân dân xã; Hội Nông dân xã; Hội Liên hiệp Phụ nữ xã."]
CLOSE = ["Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tBùi Văn Hòa"]


@pytest.mark.parametrize("markdown", [False, True])
def test_steps_and_topics_before_their_doer(tmp_path, markdown):
    lines = PLAN + STEPS + CLOSE
    draft = written(tmp_path, "giai-doan" + (".md" if markdown else ".txt"), as_markdown(lines) if markdown else lines)
    assert draft.lead("Giai đoạn 1:") == ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"]
    assert draft.lead("Giai đoạn 2") == ["Ủy ban nhân dân xã"]
    assert draft.lead("Về tín dụng:") == ["Ủy ban nhân dân xã"]
    assert draft.coop("Về tín dụng:") == ["Ngân hàng Chính sách xã hội"]
    assert not [t for t in draft.texts() if t.startswith("Đối tượng vận động")]


PRODUCTS_TSV = ["TT\tSản phẩm\tPhòng chủ trì\tPhối hợp\tThời lượng\tThời gian phát hành",
                "1\tChuyên mục truyền hình “Hợp tác xã hôm nay”, 12 kỳ\tPhòng Chuyên đề\tSở Tài chính\t15 phút\t"
                "Thứ Bảy tuần cuối hằng tháng",
                "2\tPhóng sự về hợp tác xã nông nghiệp sau sáp nhập\tPhòng Thời sự\tLiên minh Hợp tác xã tỉnh\t"
                "20 phút\tQuý III/2026"]
PRODUCTS_PIPE = ["| TT | Sản phẩm | Đơn vị chủ trì | Phối hợp | Thời gian |", "|---|---|---|---|---|",
                 "| 1 | Chuyên mục truyền hình “Hợp tác xã hôm nay”, 12 kỳ | Phòng Chuyên đề | Sở Tài chính | "
                 "Thứ Bảy tuần cuối hằng tháng |",
                 "| 2 | Phóng sự về hợp tác xã nông nghiệp sau sáp nhập | Phòng Thời sự | Liên minh Hợp tác xã tỉnh | "
                 "Quý III/2026 |"]
NEWSROOM = ["BÁO NINH BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
            "Số: 12/KH-BNB\tNinh Bình, ngày 05 tháng 01 năm 2026", "", "KẾ HOẠCH",
            "Sản xuất chuyên mục về hợp tác xã năm 2026", "", "I. PHÂN CÔNG SẢN XUẤT"]


@pytest.mark.parametrize("suffix,table", [(".txt", PRODUCTS_TSV), (".md", PRODUCTS_PIPE)])
def test_a_table_of_products(tmp_path, suffix, table):
    lines = NEWSROOM + [""] + table + [""] + CLOSE
    if suffix == ".md":
        lines = [line.replace("\t", " ") if not line.startswith("|") else line for line in lines]
    draft = written(tmp_path, "san-pham" + suffix, lines)
    assert draft.lead("Chuyên mục truyền hình") == ["Phòng Chuyên đề"]
    assert draft.coop("Chuyên mục truyền hình") == ["Sở Tài chính"]
    assert draft.lead("Phóng sự về hợp tác xã") == ["Phòng Thời sự"]
    assert draft["Phóng sự về hợp tác xã"]["deadline"]["quarters"] == [3]
    assert len(draft.tasks) == 2


def test_a_products_column_beside_a_work_column_is_their_output(tmp_path):
    table = ["TT\tNội dung\tSản phẩm\tĐơn vị chủ trì\tThời gian",
             "1\tXây dựng bộ tài liệu tập huấn cho hợp tác xã\tBộ tài liệu\tPhòng Chuyên đề\tQuý II/2026"]
    draft = written(tmp_path, "noi-dung.txt", NEWSROOM + [""] + table + [""] + CLOSE)
    assert draft["Xây dựng bộ tài liệu"]["output"] == "Bộ tài liệu"
