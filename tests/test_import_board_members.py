"""kehoach import: a decision sharing out a board's work by member (issue 11).

A Ban Chỉ đạo's members are named as persons with their post and their role in the board ("2. Ông Lê Văn A, Giám đốc
Sở Tài chính - Phó Trưởng ban Thường trực:" over "-" duties; "a) Bà …, Giám đốc Sở Khoa học và Công nghệ: chỉ đạo …"
in one paragraph): the body of the post does the work (as "Giám đốc X" is X), the role after the dash is the board's,
and a head's post names the body ("Phó Giám đốc", "Chủ tịch", "Tổng Biên tập"; not the Chủ tịch of an Ủy ban nhân
dân, an authority of his own). Tested on documents written here (text
and Markdown), never on the held-out sets (benchmarks/corpus/unseen*/), which only measure."""

from __future__ import annotations

import pytest

from drafts import SOURCE, as_markdown, written
from generator.importer import fields

DECISION = [
    "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH ĐỒNG NAI\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 905/QĐ-UBND\tĐồng Nai, ngày 11 tháng 6 năm 2026", "", "QUYẾT ĐỊNH",
    "Phân công nhiệm vụ thành viên Ban Chỉ đạo phát triển hợp tác xã tỉnh", "", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH",
    "QUYẾT ĐỊNH:", "Điều 1. Phân công nhiệm vụ các thành viên Ban Chỉ đạo như sau:",
    "1. Ông Lê Văn An, Giám đốc Sở Tài chính - Phó Trưởng ban Thường trực:",
    "- Chỉ đạo xây dựng chương trình công tác năm 2026 của Ban Chỉ đạo, trình trước ngày 30/6/2026.",
    "- Chỉ đạo tổng hợp tình hình hợp tác xã, báo cáo Ủy ban nhân dân tỉnh hằng quý.",
    "2. Bà Ngô Thị Bình, Chủ tịch Liên minh Hợp tác xã tỉnh - Ủy viên:",
    "- Chỉ đạo tư vấn thành lập mới 30 hợp tác xã trong năm 2026.",
    "3. Các thành viên khác:",
    "a) Ông Phan Văn Cường, Phó Giám đốc Sở Công Thương: chỉ đạo tổ chức 02 phiên chợ sản phẩm hợp tác xã trong quý "
    "IV/2026.",
    "b) Ông Đỗ Văn Dũng, Tổng Biên tập Báo và Phát thanh, Truyền hình Đồng Nai: chỉ đạo duy trì chuyên mục hợp tác xã, "
    "phát sóng hằng tháng.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "Nơi nhận:\tCHỦ TỊCH", "- Như Điều 2;\t", "- Lưu: VT.\tVõ Tấn Đức"]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_member_s_duties_are_his_post_s_body_s(tmp_path, suffix):
    lines = DECISION if suffix == ".txt" else as_markdown(DECISION)
    draft = written(tmp_path, "phan-cong" + suffix, lines)
    assert draft.lead("Chỉ đạo xây dựng chương trình") == ["Sở Tài chính"]
    assert draft.lead("Chỉ đạo tổng hợp") == ["Sở Tài chính"]
    assert draft.lead("Chỉ đạo tư vấn") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft.lead("Ông Phan Văn Cường") == ["Sở Công Thương"]
    assert draft.lead("Ông Đỗ Văn Dũng") == ["Báo và Phát thanh, Truyền hình Đồng Nai"]


@pytest.mark.parametrize("post,body", [
    ("Giám đốc Sở Tài chính - Phó Trưởng ban Thường trực", "Sở Tài chính"),
    ("Chủ tịch Hội Nông dân tỉnh - Ủy viên", "Hội Nông dân tỉnh"),
    ("Tổng Biên tập Báo Đồng Nai", "Báo Đồng Nai"),
    ("Phòng Văn hóa - Xã hội", "Phòng Văn hóa - Xã hội"),   # a dash inside a name stays
    # the Chủ tịch of an Ủy ban nhân dân is an authority of his own, not a head standing for his body
    ("Chủ tịch Ủy ban nhân dân các xã, phường", "Chủ tịch Ủy ban nhân dân các xã, phường"),
])
def test_a_post_names_its_body(post, body):
    assert fields.match_agencies(post, fields.Known.load(SOURCE)).unknown == [body]
