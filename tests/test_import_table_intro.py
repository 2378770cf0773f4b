"""kehoach import: tables of tasks as offices lay them out (issue 11).

A table without a column of leads after a sentence naming its lead ("Ban Tuyên truyền - Đào tạo chủ trì tổ chức các
lớp dưới đây; …:") is that body's: each row is led by it, the sentence is no task; a body in a cell with a bullet ("-
Sở Tài chính<br>- UBND các xã", "- Liên minh HTX tỉnh") is that body; "Nội dung công việc, sản phẩm, đơn vị chủ trì,
phối hợp và thời gian thực hiện theo Phụ lục kèm theo Kế hoạch này." only points to the appendix; a row whose time
cell says it is done already ("Đã hoàn thành") is a record, no task. Tested on documents
written here (text and Markdown), never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import written

HEAD = ["LIÊN MINH HỢP TÁC XÃ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH ĐỒNG THÁP\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 71/KH-LMHTX\tĐồng Tháp, ngày 03 tháng 8 năm 2026", "", "KẾ HOẠCH",
        "Mở các lớp bồi dưỡng cán bộ hợp tác xã năm 2026", "", "I. NỘI DUNG"]
TAIL = ["II. TỔ CHỨC THỰC HIỆN", "Văn phòng Liên minh lập dự toán, quyết toán kinh phí các lớp trong tháng 12/2026.",
        "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VT.\tCHỦ TỊCH", "\tNgô Văn Tư"]
INTRO = "Ban Kiểm tra - Hỗ trợ chủ trì tổ chức các lớp dưới đây; đơn vị ở cột cuối phối hợp mời học viên:"
TSV = ["Lớp\tNội dung\tThời gian\tĐơn vị phối hợp",
       "1\tQuản trị hợp tác xã theo Luật Hợp tác xã năm 2023\tTháng 9/2026\tSở Tài chính",
       "2\tKế toán hợp tác xã, hóa đơn điện tử\tTháng 10/2026\tThuế tỉnh Đồng Tháp"]
PIPE = ["| Lớp | Nội dung | Thời gian | Đơn vị phối hợp |", "|---|---|---|---|",
        "| 1 | Quản trị hợp tác xã theo Luật Hợp tác xã năm 2023 | Tháng 9/2026 | Sở Tài chính |",
        "| 2 | Kế toán hợp tác xã, hóa đơn điện tử | Tháng 10/2026 | Thuế tỉnh Đồng Tháp |"]


@pytest.mark.parametrize("suffix,table", [(".txt", TSV), (".md", PIPE)])
def test_a_table_introduced_by_its_lead(tmp_path, suffix, table):
    lines = HEAD + [INTRO, ""] + table + [""] + TAIL
    if suffix == ".md":
        lines = [line.replace("\t", " ") if not line.startswith("|") else line for line in lines]
    draft = written(tmp_path, "lop" + suffix, lines)
    assert draft.lead("Quản trị hợp tác xã") == ["Ban Kiểm tra - Hỗ trợ"]
    assert draft.lead("Kế toán hợp tác xã") == ["Ban Kiểm tra - Hỗ trợ"]
    assert draft.coop("Kế toán hợp tác xã") == ["Thuế tỉnh Đồng Tháp"]
    assert not [t for t in draft.texts() if t.startswith("Ban Kiểm tra - Hỗ trợ chủ trì")]


def test_without_a_lead_in_the_sentence_the_rows_have_none(tmp_path):
    lines = HEAD + ["Các lớp mở trong năm như sau:", ""] + TSV + [""] + TAIL
    draft = written(tmp_path, "lop.txt", lines)
    assert draft.lead("Quản trị hợp tác xã") == []


BULLETS = ["| SỞ TÀI CHÍNH TỈNH SƠN LA | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |", "|:---:|:---:|",
           "| Số: 210/KH-STC | *Sơn La, ngày 04 tháng 11 năm 2026* |", "", "# KẾ HOẠCH", "",
           "## Hỗ trợ hợp tác xã vùng đồng bào dân tộc thiểu số năm 2027", "", "## I. NHIỆM VỤ", "",
           "Nội dung công việc, sản phẩm, đơn vị chủ trì, phối hợp và thời gian thực hiện theo Phụ lục kèm theo Kế hoạch "
           "này.", "", "Nơi nhận:", "", "- Lưu: VT.", "", "**GIÁM ĐỐC**", "", "**Lò Văn Khánh**", "", "## PHỤ LỤC", "",
           "| TT | Nội dung | Chủ trì | Phối hợp | Thời gian |", "|---|---|---|---|---|",
           "| 1 | Khảo sát thực trạng 40 tổ hợp tác | Phòng Doanh nghiệp | - Sở Dân tộc và Tôn giáo<br>- UBND các xã "
           "| Quý I/2027 |",
           "| 2 | Hỗ trợ 10 hợp tác xã xây dựng nhãn hiệu | Phòng Doanh nghiệp | - Liên minh HTX tỉnh | Quý III/2027 |"]


def test_bodies_in_a_cell_with_their_bullets(tmp_path):
    draft = written(tmp_path, "phu-luc.md", BULLETS)
    assert draft.coop("Khảo sát thực trạng") == ["Sở Dân tộc và Tôn giáo", "UBND các xã"]
    assert draft.coop("Hỗ trợ 10 hợp tác xã") == ["Liên minh HTX tỉnh"]
    assert not [t for t in draft.texts() if t.startswith("Nội dung công việc, sản phẩm")]
    assert len(draft.tasks) == 2


@pytest.mark.parametrize("done", ["Đã hoàn thành", "Đã thực hiện xong", "đã hoàn thành trong thời gian kiểm toán"])
def test_a_row_already_carried_out_is_no_task(tmp_path, done):
    lines = HEAD + ["STT\tNội dung thực hiện\tĐơn vị chủ trì\tThời hạn",
                    "1\tThu hồi kinh phí hỗ trợ sai đối tượng\tSở Tài chính\tTrước 30/10/2026",
                    f"2\tNộp lại khoản chi trùng vào ngân sách\tLiên minh Hợp tác xã tỉnh\t{done}", ""] + TAIL
    draft = written(tmp_path, "kiem-toan.txt", lines)
    assert [t for t in draft.texts() if t.startswith("Thu hồi kinh phí")]
    assert not [t for t in draft.texts() if t.startswith("Nộp lại khoản chi")]
