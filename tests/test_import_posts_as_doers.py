"""kehoach import: a post that leads (issue 11).

Plans give work to officers by their posts as often as to bodies: "Giám đốc chủ trì …" (a company's or a centre's
director), "Cụm trưởng chủ trì …" (the head of an emulation cluster), "Đ/c Phó Chủ tịch UBND xã phụ trách kinh tế chủ
trì …" (the commune's deputy chairman in charge of the economy, addressed as comrade), "Đồng chí Phó Giám đốc Sở phụ
trách … chủ trì …", "Phó Trưởng phòng Kinh doanh chủ trì …" (a deputy head of a room). The post leads as printed, with the field it is in charge of; a post named as whom a body reports
to ("trình Giám đốc Sở phê duyệt") is no doer; a line of a board's make-up ("Cụm trưởng: UBND xã Tương Dương.", "Tổ
trưởng: Phó Chủ tịch UBND tỉnh …") is no task.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import plan_head, written

TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tLò Văn Thành"]
DOCS = [dict(issuer="ỦY BAN NHÂN DÂN XÃ SEN THỦY", number="91/KH-UBND", place="Sen Thủy",
             title="Liên kết tiêu thụ lúa hữu cơ của các hợp tác xã vụ Đông Xuân 2026 - 2027"),
        dict(issuer="CÔNG TY CỔ PHẦN CHÈ TÂN CƯƠNG", number="15/2026/KH-TC", place="Thái Nguyên",
             title="Thu mua chè búp tươi của các hợp tác xã liên kết năm 2026")]


@pytest.mark.parametrize("doc, item, lead", [
    (DOCS[0], "1. Đ/c Phó Chủ tịch UBND xã phụ trách kinh tế chủ trì, cùng HTX Nông nghiệp Sen Thủy làm việc với doanh "
              "nghiệp để ký hợp đồng bao tiêu lúa hữu cơ; xong trước ngày 30/11/2026.",
     "Đ/c Phó Chủ tịch UBND xã phụ trách kinh tế"),
    (DOCS[0], "1. Đồng chí Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội chủ trì tuyên truyền cho các hộ vào tổ hợp tác; "
              "xong trong quý IV/2026.", "Đồng chí Phó Chủ tịch UBND xã phụ trách văn hóa - xã hội"),
    (DOCS[1], "1. Giám đốc chủ trì chấm điểm các hợp tác xã liên kết cuối vụ, công bố kết quả trước ngày 10/01/2027.",
     "Giám đốc"),
    (DOCS[1], "1. Phó Trưởng phòng Kinh doanh chủ trì lập danh sách hợp tác xã liên kết, ký phụ lục hợp đồng trước "
              "30/10/2026.", "Phó Trưởng phòng Kinh doanh"),
    (DOCS[1], "1. Cụm trưởng chủ trì xây dựng bảng tiêu chí chấm điểm các hợp tác xã, gửi các thành viên trước 10/10/2026.",
     "Cụm trưởng")])
def test_a_post_leads_as_printed(tmp_path, doc, item, lead):
    draft = written(tmp_path, "ke-hoach.txt", plan_head("ngày 14 tháng 9 năm 2026", **doc) + [item] + TAIL)
    assert len(draft.tasks) == 1
    assert draft.lead(item[3:12]) == [lead]


def test_a_post_reported_to_is_no_doer(tmp_path):
    item = "1. Phòng Kế hoạch lập dự toán kinh phí hỗ trợ các hợp tác xã, trình Giám đốc phê duyệt trước 30/9/2026."
    draft = written(tmp_path, "ke-hoach.txt", plan_head("ngày 14 tháng 9 năm 2026", **DOCS[1]) + [item] + TAIL)
    assert draft.lead("Phòng Kế hoạch") == ["Phòng Kế hoạch"]
    assert draft.coop("Phòng Kế hoạch") == []


@pytest.mark.parametrize("text, make_up", [("Cụm trưởng: UBND xã Tương Dương.", True),
                                           ("Tổ trưởng: Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách lĩnh vực kinh tế.", True),
                                           ("Thư ký: chuyên viên Phòng Kinh tế, Hạ tầng và Đô thị.", True),
                                           ("Cụm trưởng: chủ trì xây dựng bảng tiêu chí chấm điểm, gửi các xã trước "
                                            "10/4/2026.", False)])
def test_a_line_of_who_holds_a_post_is_no_task(text, make_up):
    """A board's or a cluster's make-up ("Cụm trưởng: UBND xã Tương Dương."): who holds the post, no work."""
    from drafts import gives_no_task

    assert gives_no_task(text) is make_up
