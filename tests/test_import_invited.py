"""kehoach import: a partner invited ("…, mời Liên minh … phối hợp …"), "làm việc với" after a name, and an agreement's
rule for amending itself (issue 11). Tested on documents written here (text and Markdown), never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import as_markdown, written

HEAD = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ TÂN AN\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 62/KH-UBND\tTân An, ngày 03 tháng 9 năm 2026", "", "KẾ HOẠCH", "Hỗ trợ hợp tác xã năm 2026", "", "I. NHIỆM VỤ"]
ITEMS = [
    "1. Phòng Kinh tế chủ trì, mời Liên minh Hợp tác xã tỉnh phối hợp tổ chức 02 lớp tập huấn trong quý IV/2026.",
    "2. Phòng Văn hóa - Xã hội chủ trì, mời Hội Nông dân tỉnh cùng tham gia tuyên truyền trong tháng 10/2026.",
    "3. phòng Kinh tế làm việc với các siêu thị để đưa sản phẩm hợp tác xã lên kệ, xong trong tháng 11/2026.",
    "4. Trong quá trình thực hiện, nếu có vướng mắc, các bên cùng bàn bạc, thống nhất sửa đổi, bổ sung bằng văn bản."]
TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tNgô Văn Lâm"]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_invited_partners_a_verb_of_meeting_and_an_amendment_rule(tmp_path, suffix):
    lines = HEAD + ITEMS + TAIL
    if suffix == ".md":
        lines = as_markdown(lines)
    draft = written(tmp_path, "moi" + suffix, lines)
    assert draft.coop("Phòng Kinh tế chủ trì") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft.coop("Phòng Văn hóa") == ["Hội Nông dân tỉnh"]
    assert draft.lead("phòng Kinh tế làm việc") == ["Phòng Kinh tế"]   # the same body as item 1
    assert not [t for t in draft.texts() if t.startswith("Trong quá trình")]
