"""kehoach import: a schedule exported from project-management software (MS Project's table pasted into a plan) (issue
11).

- Its columns as the software heads them: "ID" (the task's number), "Tên công việc" (the work), "Thời lượng" /
  "Duration" (how long), "Kết thúc" / "Ngày kết thúc" / "Finish" (when it
  is due), "Nguồn lực" / "Resource Names" (the units it is given to); "Bắt đầu" and "Thời lượng" are no deadline.
- Its days with the weekday in English and a two-digit year ("Tue 26/01/27", "Fri 16/10/26"): that day of 20yy.
- Its resources parted by ";" without a space, a unit's share of time in brackets after its name ("Đội Bảo vệ[50%]"):
  the unit named first leads, the others cooperate, as in any doers' column that lists bodies without a partners'
  column.
- A row with no resources of its own is a summary task (MS Project's bold outline row): the title of the rows under
  it, a group; a row of "0 days" is a milestone, an event reached: no task. The task number is headed "ID".
- The paragraph saying where the table comes from ("Bảng dưới đây được xuất từ tệp tiến độ … lập trên phần mềm quản lý
  dự án …") is no task.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, with_table, word_document, written

BEFORE = ["CÔNG TY CỔ PHẦN HẠ TẦNG CỤM CÔNG NGHIỆP AN PHÚ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", "Số: 31/KH-HT", "Nam Định, ngày 20 tháng 9 năm 2026",
          "KẾ HOẠCH", "Di dời xưởng của các hợp tác xã vào cụm công nghiệp", "II. TIẾN ĐỘ"]
AFTER = ["Nơi nhận:", "- Lưu: VT.", "GIÁM ĐỐC", "Trần Văn Bình"]
ROWS = [["1", "Chuẩn bị mặt bằng, hồ sơ", "25 days", "Mon 05/10/26", "Fri 06/11/26", "", ""],
        ["2", "Ký hợp đồng thuê lại đất với từng hợp tác xã", "10 days", "Mon 05/10/26", "Fri 16/10/26", "",
         "Phòng Kinh doanh;Phòng Tài chính - Kế toán"],
        ["3", "Bàn giao mốc giới từng lô tại hiện trường cho hợp tác xã", "3 days", "Mon 19/10/26", "Wed 21/10/26", "2",
         "Phòng Kỹ thuật;UBND xã An Phú"],
        ["4", "Kiểm tra điều kiện phòng cháy của từng xưởng trước khi sử dụng", "8 days", "Mon 28/12/26", "Thu 07/01/27",
         "3", "Phòng Kỹ thuật;Đội Bảo vệ[50%]"],
        ["5", "Các hợp tác xã bắt đầu sản xuất tại cụm", "0 days", "Tue 26/01/27", "Tue 26/01/27", "4", ""]]
WANT = [("Ký hợp đồng", "Phòng Kinh doanh", ["Phòng Tài chính - Kế toán"], "2026-10-16"),
        ("Bàn giao", "Phòng Kỹ thuật", ["UBND xã An Phú"], "2026-10-21"),
        ("Kiểm tra", "Phòng Kỹ thuật", ["Đội Bảo vệ"], "2027-01-07")]


def _check(draft):
    assert [g["title"] for g in draft.plan["groups"]] == ["Chuẩn bị mặt bằng, hồ sơ"]  # the summary task
    assert [t["text"][:len(start)] for t, (start, *_) in zip(draft.tasks, WANT)] == [start for start, *_ in WANT]
    assert len(draft.tasks) == len(WANT)
    for start, lead, partners, due in WANT:
        assert draft.lead(start) == [lead]
        assert draft.coop(start) == partners
        assert draft[start]["deadline"]["kind"] == "before" and draft[start]["deadline"]["before"] == due


@pytest.mark.parametrize("head", [["ID", "Tên công việc", "Thời lượng", "Bắt đầu", "Kết thúc", "Việc trước", "Nguồn lực"],
                                  ["ID", "Tên công việc", "Duration", "Bắt đầu", "Ngày kết thúc", "Việc trước",
                                   "Resource Names"]])
def test_an_ms_project_table_in_word(tmp_path, head):
    _check(word_document(tmp_path, "ke-hoach.docx", BEFORE, [head, *ROWS], AFTER))


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_an_ms_project_table_pasted_as_text(tmp_path, suffix):
    head = ["ID", "Tên công việc", "Thời lượng", "Bắt đầu", "Finish", "Việc trước", "Nguồn lực"]
    _check(written(tmp_path, "ke-hoach" + suffix, with_table(BEFORE, head, ROWS, AFTER, suffix)))


@pytest.mark.parametrize("text, note", [
    ("Bảng dưới đây được xuất từ tệp tiến độ của Công ty lập trên phần mềm quản lý dự án, giữ nguyên cách ghi của phần "
     "mềm; cột “Nguồn lực”: đơn vị ghi đầu tiên chủ trì.", True),
    ("Bảng tiến độ sau được trích từ kế hoạch tổng thể của dự án đã được Hội đồng quản trị thông qua.", True),
    ("Phòng Kỹ thuật lập bảng tiến độ chi tiết từng xưởng, gửi các hợp tác xã trước 30/9/2026.", False)])
def test_where_the_table_comes_from_is_no_task(text, note):
    assert gives_no_task(text) is note
