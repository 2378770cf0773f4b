"""kehoach import: an item's share-out line, short deadlines, and tables drawn with rules or merged cells written out
(issue 11).

- "+ Phân công: X chủ trì; Y phối hợp; Z bảo đảm kinh phí." under an activity gives it out as "Giao:" does: the body
  the first clause opens with leads, the bodies given another share after it help, so do those it names beside it
  ("X tổ chức, mời Y cử giảng viên", "X chủ trì, cùng Y").
- The youth union of a level and of every one of them ("Đoàn xã", "Đoàn các xã, phường") is a body.
- "hạn" alone before the day ("…; hạn 10/11.", "(hạn: 30/11/2026)") is the deadline; "gia hạn", "thời hạn", "giới hạn"
  are other words.
- A table drawn with box-drawing rules, single or double (a text browser's dump of a web page, a terminal's copy), each
  row and the header over several lines, is read as a table, its wrapped cells joined, as a grid table (pandoc's
  Markdown) already is.
- A merged group row a converter wrote out once in every cell it spans ("| I | Kiện toàn … | Kiện toàn … | … |") is one
  group row.
- A note that only says what short names stand for ("Ghi chú: TT Thông tin XTDL là Trung tâm …; BQL … là …") is no
  task.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.importer import box_tables, fields

from drafts import gives_no_task, named_as, names_of, plan_head, written

TAIL = ["", "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VT.\tPHÓ BÍ THƯ", "\tHà Văn Kiên"]
DOAN = dict(issuer="TỈNH ĐOÀN GIA LAI", number="412-KH/TĐTN-PT", place="Gia Lai",
            title="Đoàn viên thanh niên tham gia hợp tác xã năm 2026")
SO = dict(issuer="SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LÀO CAI", number="1712/KH-SVHTTDL", place="Lào Cai",
          title="Hỗ trợ hợp tác xã du lịch cộng đồng năm 2026")


def _draft(tmp_path, doc, lines, suffix=".txt"):
    return written(tmp_path, "ke-hoach" + suffix, plan_head("ngày 14 tháng 9 năm 2026", **doc) + lines + TAIL)


@pytest.mark.parametrize("label", ["Phân công", "Phân công thực hiện"])
@pytest.mark.parametrize("marker", ["+", "-"])
def test_a_share_out_line_under_an_activity(tmp_path, label, marker):
    lines = ["1. Ngày hội \"Thanh niên với kinh tế tập thể\" (dự kiến tháng 3/2027, tại phường Pleiku)",
             f"{marker} Nội dung: trưng bày sản phẩm của khoảng 30 hợp tác xã thanh niên.",
             f"{marker} {label}: Ban Phong trào chủ trì; Liên minh Hợp tác xã tỉnh phối hợp; Văn phòng Tỉnh đoàn bảo đảm "
             "kinh phí, hậu cần.",
             "2. Tập huấn khởi sự hợp tác xã cho 100 đoàn viên (quý II/2027)",
             f"{marker} {label}: Trung tâm Hoạt động thanh thiếu nhi tỉnh tổ chức, mời Liên minh Hợp tác xã tỉnh cử giảng "
             "viên.",
             "3. Kết nối vốn vay cho thanh niên góp vốn vào hợp tác xã (thường xuyên)",
             f"{marker} {label}: Ban Phong trào chủ trì, cùng Chi nhánh Ngân hàng Chính sách xã hội tỉnh; Đoàn các xã, "
             "phường hướng dẫn đoàn viên lập hồ sơ."]
    draft = _draft(tmp_path, DOAN, lines)
    assert len(draft.tasks) == 3, draft.texts()
    assert draft.lead("Ngày hội") == ["Ban Phong trào"]
    assert named_as(draft.coop("Ngày hội"), ["Liên minh Hợp tác xã tỉnh", "Văn phòng Tỉnh đoàn"])
    assert draft.lead("Tập huấn khởi sự") == ["Trung tâm Hoạt động thanh thiếu nhi tỉnh"]
    assert named_as(draft.coop("Tập huấn khởi sự"), ["Liên minh Hợp tác xã tỉnh"])
    assert draft.lead("Kết nối vốn vay") == ["Ban Phong trào"]
    assert named_as(draft.coop("Kết nối vốn vay"), ["Chi nhánh Ngân hàng Chính sách xã hội tỉnh", "Đoàn các xã, phường"])



@pytest.mark.parametrize("text, name", [("Đoàn các xã, phường: rà soát thanh niên làm kinh tế hộ", "Đoàn các xã, phường"),
                                        ("Đoàn các xã hướng dẫn đoàn viên lập hồ sơ vay vốn", "Đoàn các xã"),
                                        ("Đoàn xã phối hợp với Hội Nông dân xã", "Đoàn xã")])
def test_the_youth_union_of_a_level_is_a_body(text, name):
    assert names_of(text)[:1] == [name]


@pytest.mark.parametrize("text, day", [("rà soát, bố trí lại 07 điểm trông giữ xe; hạn 10/11.", "2026-11-10"),
                                       ("lắp camera tại 03 điểm lớn (hạn: 30/11/2026)", "2026-11-30"),
                                       ("Hạn 15/10 gửi danh sách về Phòng Kinh tế.", "2026-10-15")])
def test_due_alone_before_the_day(text, day):
    found = fields.deadline(text, year=2026)
    assert (found.kind, found.before) == ("before", day)


@pytest.mark.parametrize("text", ["Các hộ được gia hạn nợ, giới hạn 30 triệu đồng mỗi hộ.",
                                  "Hợp đồng có thời hạn 12 tháng với thành viên."])
def test_other_words_ending_in_han_are_no_deadline(text):
    assert fields.deadline(text, year=2026).kind == "unspecified"


BOX = ["┌──┬────────────────────┬─────────────────────┬─────────────────┬──────────┐",
       "│TT│      Nội dung      │       Chủ trì       │     Phối hợp    │Thời gian │",
       "├──┼────────────────────┼─────────────────────┼─────────────────┼──────────┤",
       "│1 │Khảo sát homestay do│Phòng Quản lý du lịch│UBND các xã,     │Trước     │",
       "│  │hợp tác xã quản lý, │                     │phường           │15/8/2026 │",
       "│  │rà soát điều kiện   │                     │                 │          │",
       "├──┼────────────────────┼─────────────────────┼─────────────────┼──────────┤",
       "│2 │Tập huấn kỹ năng đón│Phòng Quản lý du lịch│Trường Cao đẳng  │Tháng     │",
       "│  │tiếp cho thành viên │                     │Lào Cai          │8/2026    │",
       "├──┼────────────────────┼─────────────────────┼─────────────────┼──────────┤",
       "│3 │Kiểm tra phòng cháy │Công an tỉnh         │                 │Trước     │",
       "│  │tại homestay nhà gỗ │                     │                 │31/8/2026 │",
       "└──┴────────────────────┴─────────────────────┴─────────────────┴──────────┘"]
GRID = ["+----+----------------------+-----------------------+-------------------+------------+",
        "| TT | Nội dung             | Chủ trì               | Phối hợp          | Thời gian  |",
        "+====+======================+=======================+===================+============+",
        "| 1  | Khảo sát homestay do | Phòng Quản lý du lịch | UBND các xã,      | Trước      |",
        "|    | hợp tác xã quản lý,  |                       | phường            | 15/8/2026  |",
        "|    | rà soát điều kiện    |                       |                   |            |",
        "+----+----------------------+-----------------------+-------------------+------------+",
        "| 2  | Tập huấn kỹ năng đón | Phòng Quản lý du lịch | Trường Cao đẳng   | Tháng      |",
        "|    | tiếp cho thành viên  |                       | Lào Cai           | 8/2026     |",
        "+----+----------------------+-----------------------+-------------------+------------+",
        "| 3  | Kiểm tra phòng cháy  | Công an tỉnh          |                   | Trước      |",
        "|    | tại homestay nhà gỗ  |                       |                   | 31/8/2026  |",
        "+----+----------------------+-----------------------+-------------------+------------+"]


DOUBLE = ["╔══╦════════════════════╦═════════════════════╦═════════════════╦══════════╗",
          "║TT║      Nội dung      ║     Đơn vị chủ      ║     Đơn vị      ║   Thời   ║",
          "║  ║                    ║         trì         ║    phối hợp     ║   gian   ║",
          "╠══╬════════════════════╬═════════════════════╬═════════════════╬══════════╣",
          "║1 ║Khảo sát homestay do║Phòng Quản lý du lịch║UBND các xã,     ║Trước     ║",
          "║  ║hợp tác xã quản lý, ║                     ║phường           ║15/8/2026 ║",
          "║  ║rà soát điều kiện   ║                     ║                 ║          ║",
          "╠══╬════════════════════╬═════════════════════╬═════════════════╬══════════╣",
          "║2 ║Tập huấn kỹ năng đón║Phòng Quản lý du lịch║Trường Cao đẳng  ║Tháng     ║",
          "║  ║tiếp cho thành viên ║                     ║Lào Cai          ║8/2026    ║",
          "╠══╬════════════════════╬═════════════════════╬═════════════════╬══════════╣",
          "║3 ║Kiểm tra phòng cháy ║Công an tỉnh         ║                 ║Trước     ║",
          "║  ║tại homestay nhà gỗ ║                     ║                 ║31/8/2026 ║",
          "╚══╩════════════════════╩═════════════════════╩═════════════════╩══════════╝"]


@pytest.mark.parametrize("table, suffix", [(BOX, ".txt"), (DOUBLE, ".txt"), (GRID, ".md")])
def test_a_table_drawn_with_rules_is_read_as_a_table(tmp_path, table, suffix):
    draft = _draft(tmp_path, SO, ["", *table, ""], suffix)
    assert draft.texts() == ["Khảo sát homestay do hợp tác xã quản lý, rà soát điều kiện",
                             "Tập huấn kỹ năng đón tiếp cho thành viên", "Kiểm tra phòng cháy tại homestay nhà gỗ"]
    assert draft.lead("Khảo sát") == ["Phòng Quản lý du lịch"]
    assert draft.coop("Khảo sát") == ["UBND các xã, phường"]
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-08-15"
    assert draft.coop("Tập huấn") == ["Trường Cao đẳng Lào Cai"]
    assert draft["Tập huấn"]["deadline"] == {**draft["Tập huấn"]["deadline"], "kind": "month", "month": 8}
    # every quote is found in the text as drawn, its cell's lines in their places between the other cells' (as
    # `kehoach check` looks for it: the rules stand apart from the words)
    from generator.text import SourceText

    text = SourceText(draft.path.read_text(encoding="utf-8"))
    assert all(text.find_cell(quote) is not None for task in draft.tasks
               for quote in (task["text"], task["deadline"].get("printed")) if quote)


@pytest.mark.parametrize("mark", ["I", "A"])
@pytest.mark.parametrize("tt", [True, False])
def test_a_merged_group_row_written_out_in_every_cell(tmp_path, mark, tt):
    def row(*cells):
        return "| " + " | ".join(cells[0 if tt else 1:]) + " |"
    group = "Liên kết sản xuất và tiêu thụ"
    lines = ["", row("STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"), row(*["---"] * 5),
             row(mark, *[group] * 4),
             row("1", "Tổ chức hội nghị kết nối hợp tác xã với doanh nghiệp", "Sở Công Thương", "Sở Tài chính", "Tháng 12/2026"),
             row("2", "Hỗ trợ hợp tác xã xây dựng phương án liên kết", "Phòng Quản lý du lịch", "Sở Tài chính", "Quý I/2027"),
             ""]
    draft = _draft(tmp_path, SO, lines, ".md")
    assert [t[:20] for t in draft.texts()] == ["Tổ chức hội nghị kết", "Hỗ trợ hợp tác xã xâ"]
    assert all(t.get("group") for t in draft.tasks)


@pytest.mark.parametrize("text", [
    "Ghi chú: TT Thông tin XTDL là Trung tâm Thông tin và Xúc tiến du lịch; BQL Khu DLQG Sa Pa là Ban Quản lý Khu du "
    "lịch quốc gia Sa Pa.",
    "Chú thích: P.KT là Phòng Kinh tế.",
])
def test_a_note_of_what_short_names_stand_for_is_no_task(text):
    assert gives_no_task(text)


def test_a_note_that_gives_a_role_is_read_as_usual():
    assert not gives_no_task("Ghi chú: Phòng Kinh tế là đơn vị đầu mối tổng hợp, báo cáo kết quả trước 15/12/2026.")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(BOX + DOUBLE + GRID + ["", "1. Rà soát.", "| a | b |", "+--+", "┌┐"]),
                          st.text(alphabet="│║┌┐└┘├┤┬┴┼─═╔╗╚╝╠╣╦╩╬+-=|ab 1.", max_size=30)), max_size=40))
def test_drawn_tables_keep_every_line_in_its_place(lines):
    """The draft quotes lines by number: reading a drawn table never adds or drops a line, and a line outside any
    table's rules is left as it is."""
    out = box_tables.as_pipe_rows(lines)
    assert len(out) == len(lines)
    for before, after in zip(lines, out):
        assert after == before or after == "" or after.startswith("|")


def _5w1h(header: list[str], note: str | None) -> list[str]:
    def row(*cells):
        return "| " + " | ".join(cells) + " |"
    return [*([note, ""] if note else []), "", row(*header), row(*["---"] * 7),
             row("1", "Khảo sát hiện trạng nhà xưởng của 04 hợp tác xã", "Nhận diện lãng phí", "Xưởng của 04 HTX",
                 "Trước 25/9/2026", "Nhóm chuyên gia 5S + Ban quản trị các HTX", "Phỏng vấn, chụp ảnh"),
             row("2", "Chấm điểm 5S tại từng hợp tác xã", "Biết mức đang đạt", "Xưởng của 04 HTX", "Tháng 12/2026",
                 "Tổ đánh giá nội bộ + Trung tâm Khuyến công + Liên minh HTX tỉnh", "Hai người chấm"), ""]


HEADS_5W1H = [
    ["TT", "Việc gì (What)", "Vì sao (Why)", "Ở đâu (Where)", "Khi nào (When)", "Ai làm (Who)", "Làm thế nào (How)"],
    ["STT", "Công tác (What)", "Mục đích (Why)", "Địa điểm (Where)", "Thời điểm xong (When)", "Phụ trách chính (Who)",
     "Cách làm (How)"]]


@pytest.mark.parametrize("header, note", list(zip(HEADS_5W1H, [
    "Cột “Ai làm”: đơn vị ghi đầu tiên chịu trách nhiệm chính, các đơn vị ghi sau dấu “+” cùng tham gia.",
    "Trong cột “Phụ trách chính”, bộ phận ghi trước chủ trì, bộ phận ghi sau phối hợp."])))
def test_a_5w1h_table_glossed_in_english(tmp_path, header, note):
    """A 5W1H table heads its columns with its questions and their English words: what is done, when, by whom; the
    bodies in the doers' cell joined by "+", the first leading where the plan's note says so."""
    draft = _draft(tmp_path, SO, _5w1h(header, note), ".md")
    assert [t[:20] for t in draft.texts()] == ["Khảo sát hiện trạng ", "Chấm điểm 5S tại từn"]
    assert draft.lead("Khảo sát") == ["Nhóm chuyên gia 5S"]
    assert draft.coop("Khảo sát") == ["Ban quản trị các HTX"]
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-09-25"
    assert draft.lead("Chấm điểm") == ["Tổ đánh giá nội bộ"]
    assert len(draft.coop("Chấm điểm")) == 2
    assert draft["Chấm điểm"]["deadline"]["month"] == 12


@pytest.mark.parametrize("header", HEADS_5W1H)
def test_bodies_joined_by_a_plus_lead_together_where_no_note_says_otherwise(tmp_path, header):
    draft = _draft(tmp_path, SO, _5w1h(header, None), ".md")
    assert draft.lead("Chấm điểm") == ["Tổ đánh giá nội bộ", "Trung tâm Khuyến công", "Liên minh HTX tỉnh"]
