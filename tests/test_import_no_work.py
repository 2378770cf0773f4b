"""kehoach import: lines that give no work (issue 11): a line that only holds a body to account ("- chịu trách nhiệm
trước UBND tỉnh nếu để chậm …"), and what a Quy chế, a Thỏa thuận or a Hướng dẫn says of its own force ("Quy chế có
hiệu lực kể từ ngày ký."), and a contact line after a difficulty ("Mọi vướng mắc xin liên hệ … ĐT …"). Tested on documents written here (text and Markdown), never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import as_markdown, written

LETTER = ["VĂN PHÒNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\tĐộc lập - Tự do - Hạnh phúc",
          "Số: 2210/VP-KT\tLai Châu, ngày 09 tháng 11 năm 2026", "V/v giải ngân vốn hỗ trợ hợp tác xã", "",
          "Kính gửi: Các sở, ngành; Ủy ban nhân dân các xã.", "",
          "Phó Chủ tịch Ủy ban nhân dân tỉnh có ý kiến chỉ đạo như sau:",
          "1. Ủy ban nhân dân các xã đôn đốc các hợp tác xã hoàn thiện hồ sơ, xong trước 20/11/2026;",
          "- chịu trách nhiệm trước Ủy ban nhân dân tỉnh nếu để chậm giải ngân do khâu xác nhận của xã.",
          "2. Sở Tài chính tổng hợp kết quả giải ngân, báo cáo Ủy ban nhân dân tỉnh trước ngày 30/11/2026.",
          "3. Quy chế phối hợp có hiệu lực kể từ ngày ký.",
          "Mọi vướng mắc xin liên hệ Phòng Kinh tế (đ/c Lò Thị Hạnh, ĐT 0213.3876.xxx) để phối hợp giải quyết.", "",
          "Nơi nhận:\tKT. CHÁNH VĂN PHÒNG", "- Như trên;\tPHÓ CHÁNH VĂN PHÒNG", "- Lưu: VT.\tLò Văn Thắng"]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_an_account_held_and_a_text_s_force_are_no_work(tmp_path, suffix):
    draft = written(tmp_path, "cong-van" + suffix, LETTER if suffix == ".txt" else as_markdown(LETTER))
    assert not [t for t in draft.texts() if t.startswith(("chịu trách nhiệm", "Quy chế", "Mọi vướng mắc"))]
    assert [t[:20] for t in draft.texts()] == ["Ủy ban nhân dân các ", "Sở Tài chính tổng hợ"]
