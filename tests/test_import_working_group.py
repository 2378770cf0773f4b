"""kehoach import: a decision that sets up a working group or a steering board gives its duties under a sentence
naming it ("Điều 2. Tổ công tác có các nhiệm vụ sau:", "Ban Chỉ đạo có nhiệm vụ, quyền hạn như sau:"); the items
under it are that body's tasks, and "Tổ công tác" — the short name the decision uses — is a body. An article of one
paragraph that gives work ("Điều 3. Sở … chủ trì, …; thời hạn …") is a task, as a numbered item is; how the group works
("làm việc theo chế độ kiêm nhiệm", "tự giải thể sau khi hoàn thành nhiệm vụ") is a standing rule, no task (issue 11).

Tested on documents written here (Markdown and text), never on the held-out sets (benchmarks/corpus/unseen*/), which only
measure."""

from __future__ import annotations

from drafts import SOURCE, written
from generator.importer import fields

WORKING_GROUP = [
    "**ỦY BAN NHÂN DÂN**\\", "**TỈNH AN GIANG**\\", "Số: 1502/QĐ-UBND", "",
    "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\\", "**Độc lập - Tự do - Hạnh phúc**\\",
    "*An Giang, ngày 07 tháng 9 năm 2026*", "", "# QUYẾT ĐỊNH", "",
    "## Về việc thành lập Tổ công tác tháo gỡ khó khăn cho hợp tác xã nuôi trồng thủy sản", "",
    "**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG**", "", "*Căn cứ Luật Hợp tác xã năm 2023;*", "", "**QUYẾT ĐỊNH:**", "",
    "**Điều 1.** Thành lập Tổ công tác tháo gỡ khó khăn cho hợp tác xã nuôi trồng thủy sản (sau đây gọi là Tổ công "
    "tác), do Giám đốc Sở Tài chính làm Tổ trưởng.", "",
    "**Điều 2.** Tổ công tác có các nhiệm vụ sau:", "",
    "1. Rà soát khó khăn về vốn, đất đai của các hợp tác xã nuôi tôm, cá tra; hoàn thành trước ngày 31/10/2026.", "",
    "2. Kiến nghị Chủ tịch Ủy ban nhân dân tỉnh các giải pháp tháo gỡ; trình trong quý IV/2026.", "",
    "3. Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh hằng quý.", "",
    "**Điều 3.** Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh hướng dẫn hợp tác xã "
    "lập hồ sơ vay vốn; thời hạn tháng 11/2026.", "",
    "**Điều 4.** Thành viên Tổ công tác làm việc theo chế độ kiêm nhiệm; Tổ công tác tự giải thể sau khi hoàn thành "
    "nhiệm vụ.", "",
    "**Điều 5.** Quyết định này có hiệu lực từ ngày ký.", "",
    "| **Nơi nhận:**<br>- Như Điều 4;<br>- Lưu: VT. | **CHỦ TỊCH**<br><br>**Trần Văn Bình** |", "|:---|:---:|"]

STEERING_BOARD = [
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ TÂN PHÚ\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 75/QĐ-UBND\tTân Phú, ngày 12 tháng 3 năm 2026", "", "QUYẾT ĐỊNH",
    "Về việc kiện toàn Ban Chỉ đạo phát triển kinh tế tập thể xã", "",
    "ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", "QUYẾT ĐỊNH:",
    "Điều 1. Kiện toàn Ban Chỉ đạo phát triển kinh tế tập thể xã gồm 07 thành viên do Chủ tịch Ủy ban nhân dân xã làm "
    "Trưởng ban.",
    "Điều 2. Ban Chỉ đạo có nhiệm vụ, quyền hạn như sau:",
    "a) Xây dựng chương trình phát triển hợp tác xã của xã năm 2026; hoàn thành trong tháng 4/2026.",
    "b) Chỉ đạo thành lập mới ít nhất 02 hợp tác xã; hoàn thành trước ngày 30/11/2026.",
    "c) Kiểm tra, đôn đốc các thôn thực hiện; định kỳ 6 tháng báo cáo Ủy ban nhân dân xã.",
    "Điều 3. Phòng Kinh tế là cơ quan thường trực của Ban Chỉ đạo, tham mưu Ban Chỉ đạo tổng kết năm 2026 trước ngày "
    "15/12/2026.",
    "Điều 4. Các thành viên Ban Chỉ đạo gửi báo cáo về lĩnh vực được phân công cho Phòng Kinh tế trước ngày "
    "05/12/2026. Thành viên Ban Chỉ đạo làm việc theo chế độ kiêm nhiệm.",
    "Điều 5. Quyết định này có hiệu lực kể từ ngày ký.",
    "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Như Điều 4;\tCHỦ TỊCH", "- Lưu: VT.\tLê Thị Hoa"]


def test_a_working_group_s_duties_under_the_sentence_naming_it(tmp_path):
    draft = written(tmp_path, "to-cong-tac.md", WORKING_GROUP)
    assert draft.lead("Rà soát khó khăn") == ["Tổ công tác"]
    assert draft.lead("Kiến nghị Chủ tịch") == ["Tổ công tác"]
    assert draft.lead("Tổng hợp kết quả") == ["Tổ công tác"]
    # an article of one paragraph that gives work is a task; the articles that set up the group or bring the decision
    # into force are not
    assert draft.lead("Sở Nông nghiệp và Môi trường chủ trì") == ["Sở Nông nghiệp và Môi trường"]
    assert draft.coop("Sở Nông nghiệp và Môi trường chủ trì") == ["Liên minh Hợp tác xã tỉnh"]
    assert len(draft.tasks) == 4


def test_a_steering_board_s_duties_and_powers(tmp_path):
    draft = written(tmp_path, "ban-chi-dao.txt", STEERING_BOARD)
    for start in ("Xây dựng chương trình", "Chỉ đạo thành lập", "Kiểm tra, đôn đốc"):
        assert draft.lead(start) == ["Ban Chỉ đạo"], start
    assert draft.lead("Phòng Kinh tế") == ["Phòng Kinh tế"]
    assert draft["Phòng Kinh tế"]["deadline"]["before"] == "2026-12-15"
    assert draft.lead("Các thành viên Ban Chỉ đạo") == ["Các thành viên Ban Chỉ đạo"]   # a board's members, a class
    assert len(draft.tasks) == 5   # how the board works ("chế độ kiêm nhiệm") is no task


def test_a_working_group_is_named_by_its_kind_up_to_the_sentence_s_words():
    known = fields.Known.load(SOURCE)
    assert fields.match_agencies("Tổ công tác tự giải thể sau khi hoàn thành", known).unknown == ["Tổ công tác"]
    assert fields.match_agencies("Tổ giúp việc", known).unknown == ["Tổ giúp việc"]
    assert fields.match_agencies("Tổ hợp tác nuôi ong", known).unknown == []   # a cooperative group, no agency
    assert fields.match_agencies("tổ chức hội nghị", known).unknown == []
