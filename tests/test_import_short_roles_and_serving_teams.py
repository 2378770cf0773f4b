"""kehoach import: the roles typed short in a doers' cell, teams named by the body they serve (issue 11).

- A doers' cell "CT: phòng Kinh tế<br>PH: Công an phường" (or "**CT:** …", or on one line "CT: X; PH: Y, Z"): X leads,
  the others cooperate, as "Chủ trì: … / Phối hợp: …" reads; a soil's "pH: 5,5" is no label.
- "Tổ Thư ký giúp việc Hội đồng (gọi tắt là Tổ Thư ký) nhận hồ sơ …", "Tổ công tác giúp việc Ban Chỉ đạo rà soát …":
  the team's name runs to the body it serves, its short name stands for it on later lines; a body of its own name
  that helps ("Văn phòng UBND tỉnh giúp việc Ban Chỉ đạo …") keeps its own name.
- "Ban Biên soạn hoàn thiện …", "Ban biên soạn …": the committee's name, not the verb "soạn"; "Tổ chuyên gia tư vấn
  khảo sát …": the team's name, "tư vấn" its experts' kind.
- "Ghi chú: Phòng Đo đạc, Báo cáo và Thẩm định viết tắt là Phòng MRV; …": a note that shortens a name, no task.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import with_table, word_document, written_as
from generator.importer import fields

HEAD = ["{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 27/KH-{code}\t{place}, ngày 05 tháng 8 năm 2026", "", "KẾ HOẠCH", "{title}", ""]
TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tHồ Văn Sang"]
WARD = dict(issuer="ỦY BAN NHÂN DÂN PHƯỜNG DIÊN HỒNG", code="UBND", place="Gia Lai",
            title="Hỗ trợ hợp tác xã, tổ hợp tác sau sắp xếp đơn vị hành chính năm 2026")


def _head(**values) -> list[str]:
    return [line.format(**values) for line in HEAD]


SHORT_ROLES = [["1", "Rà soát danh sách hợp tác xã có trụ sở trên địa bàn phường",
                "**CT:** phòng Kinh tế, Hạ tầng và Đô thị<br>**PH:** Công an phường", "Trước 15/9"],
               ["2", "Kiểm tra an toàn thực phẩm tại bếp ăn của các hợp tác xã",
                "CT: Trạm Y tế phường<br>PH: phòng Văn hóa - Xã hội", "Quý IV/2026"],
               ["3", "Giới thiệu thành viên hợp tác xã vay vốn ưu đãi",
                "CT: Hội Liên hiệp Phụ nữ phường; PH: Hội Cựu chiến binh phường, Đoàn Thanh niên phường",
                "Tháng 10/2026"]]


def _check_short_roles(draft):
    assert draft.lead("Rà soát") == ["phòng Kinh tế, Hạ tầng và Đô thị"] and draft.coop("Rà soát") == ["Công an phường"]
    assert draft.lead("Kiểm tra") == ["Trạm Y tế phường"] and draft.coop("Kiểm tra") == ["phòng Văn hóa - Xã hội"]
    assert draft.lead("Giới thiệu") == ["Hội Liên hiệp Phụ nữ phường"]
    assert sorted(draft.coop("Giới thiệu")) == ["Hội Cựu chiến binh phường", "Đoàn Thanh niên phường"]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_roles_typed_short_in_a_doers_cell(tmp_path, suffix):
    rows = SHORT_ROLES if suffix == ".md" else [[c.replace("**", "").replace("<br>", "; ") for c in row]
                                                 for row in SHORT_ROLES]
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(
        _head(**WARD) + ["II. NHIỆM VỤ"], ["TT", "Việc cần làm", "Đơn vị thực hiện", "Hạn hoàn thành"], rows,
        TAIL, suffix))
    _check_short_roles(draft)


def test_roles_typed_short_in_a_word_cell(tmp_path):
    rows = [["TT", "Việc cần làm", "Đơn vị thực hiện", "Hạn hoàn thành"]] + [
        [c.replace("**", "").replace("<br>", "\n") for c in row] for row in SHORT_ROLES]
    _check_short_roles(word_document(tmp_path, "ke-hoach.docx", _head(**WARD) + ["II. NHIỆM VỤ"], rows, TAIL))


def test_a_soils_ph_is_no_label():
    assert fields.deadline("pH: 5,5 - 6,5", cell=True, year=2026).kind == "unspecified"
    from generator.importer import layout
    import re
    assert not re.match(rf"^{layout.LINE_LABEL}\s*:", "pH: 5,5 - 6,5", re.I)
    assert re.match(rf"^{layout.LINE_LABEL}\s*:", "PH: Công an phường", re.I)


# --- teams named by the body they serve ----------------------------------------------------------------------------

@pytest.mark.parametrize("team, short, serves", [
    ("Tổ Thư ký", "Tổ Thư ký", "Hội đồng đánh giá sản phẩm OCOP tỉnh"),
    ("Tổ công tác", "Tổ công tác", "Ban Chỉ đạo phát triển kinh tế tập thể tỉnh"),
])
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_team_named_by_the_body_it_serves(tmp_path, suffix, team, short, serves):
    items = [f"- {team} giúp việc {serves} (gọi tắt là {short}) nhận hồ sơ do UBND các xã, phường gửi lên, vào sổ "
             "theo dõi; hoàn thành trước ngày 16/10/2026.",
             f"- {short} tổng hợp kết quả, lập biên bản, trình lãnh đạo ký trong ngày 11/11/2026.",
             "- Văn phòng UBND tỉnh giúp việc Ban Chỉ đạo rà soát danh mục hợp tác xã đề nghị hỗ trợ, xong trước "
             "30/11/2026."]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head(
        issuer="ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG", code="UBND", place="Tuyên Quang",
        title="Đánh giá, phân hạng sản phẩm OCOP đợt 2 năm 2026") + ["II. NHIỆM VỤ"] + items + TAIL)
    full = f"{team} giúp việc {serves}"
    assert draft.lead(team + " giúp việc") in ([full], [short])
    assert draft.lead(short + " tổng hợp") in ([full], [short])
    assert draft.lead("Văn phòng UBND tỉnh") == ["Văn phòng UBND tỉnh"]


@pytest.mark.parametrize("text, name", [
    ("Tổ Thư ký giúp việc Hội đồng nhận hồ sơ của các chủ thể", "Tổ Thư ký giúp việc Hội đồng"),
    ("Tổ công tác giúp việc Ban Chỉ đạo tỉnh rà soát danh mục", "Tổ công tác giúp việc Ban Chỉ đạo tỉnh"),
    ("Bộ phận giúp việc Ủy ban nhân dân xã tổng hợp báo cáo", "Bộ phận giúp việc Ủy ban nhân dân xã"),
    ("Văn phòng UBND tỉnh giúp việc Ban Chỉ đạo rà soát", "Văn phòng UBND tỉnh"),
    ("Tổ Thư ký giúp việc cho các hợp tác xã hoàn thiện hồ sơ", "Tổ Thư ký"),
    ("Ban Biên soạn hoàn thiện đề cương chi tiết", "Ban Biên soạn"),
    ("Ban biên soạn hoàn thiện đề cương chi tiết", "Ban biên soạn"),
    ("Phòng Văn hóa - Xã hội biên soạn tài liệu tuyên truyền", "Phòng Văn hóa - Xã hội"),
    ("Tổ chuyên gia tư vấn khảo sát thực tế các cơ sở", "Tổ chuyên gia tư vấn"),
    ("Nhóm chuyên gia tư vấn đánh giá hồ sơ", "Nhóm chuyên gia tư vấn"),
    ("Sở Tài chính tư vấn cho hợp tác xã", "Sở Tài chính"),
])
def test_the_name_before_its_verb(text, name):
    assert fields.name_only(text) == name


@pytest.mark.parametrize("line, short, full", [
    ("- Tổ Thư ký giúp việc Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh (gọi tắt là Tổ Thư ký) nhận hồ sơ.",
     "Tổ Thư ký", "Tổ Thư ký giúp việc Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh"),
    ("Giao Trung tâm Khuyến công và Xúc tiến thương mại, Sở Công Thương (sau đây gọi tắt là Trung tâm) chủ trì.",
     "Trung tâm", "Trung tâm Khuyến công và Xúc tiến thương mại, Sở Công Thương"),
    ("Ban Quản lý dự án giảm phát thải (gọi tắt là Ban Quản lý) lập kế hoạch.", "Ban Quản lý",
     "Ban Quản lý dự án giảm phát thải"),
])
def test_a_short_name_is_the_head_of_the_name_it_stands_for(line, short, full):
    assert fields.abbreviations([line])[short][0] == full


@pytest.mark.parametrize("text, task", [
    ("Ghi chú: Phòng Đo đạc, Báo cáo và Thẩm định viết tắt là Phòng MRV; thời hạn ghi theo tuần trong năm (W).", False),
    ("Lưu ý: Trung tâm Khuyến nông tỉnh được gọi tắt là Trung tâm.", False),
    ("Phòng Kinh tế rà soát, viết tắt là tên các hợp tác xã trong báo cáo.", True),
])
def test_a_note_that_shortens_a_name_is_no_task(text, task):
    from drafts import gives_no_task
    assert gives_no_task(text) is not task


@pytest.mark.parametrize("text, names", [
    ("Tổ chuyên gia tư vấn", ["Tổ chuyên gia tư vấn"]),
    ("Tổ Thư ký giúp việc Hội đồng", ["Tổ Thư ký giúp việc Hội đồng"]),
    ("Tổ công tác hỗ trợ hợp tác xã", ["Tổ công tác"]),
])
def test_a_working_groups_name_keeps_its_kind_and_whom_it_serves(text, names):
    from drafts import names_of
    assert names_of(text) == names
