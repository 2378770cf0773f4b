"""kehoach import: a doers' cell that stacks the lead, its partners and the row's time a line each (issue 11).

- "Phân công, thời gian" / "Đơn vị thực hiện, thời gian": one column for who and when, each cell "Tổ Giúp việc<br>cùng:
  Ban công tác các thôn<br>trước 15/11/2026": the first line leads, the labelled line's bodies cooperate ("Phối hợp:",
  "cùng:", "Cùng với:"), the last line, a time, is the row's time ("thường xuyên", "trước Tết Nguyên đán").
- The same in a Word table, its lines broken inside the cell.
- "cùng:" labels the partners in a doers' column beside a time column as "Phối hợp:" does.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import with_table, word_document, written_as

HEAD = ["UBND XÃ {caps}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BAN CHỈ ĐẠO\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 12/KH-BCĐ\t{place}, ngày 20 tháng 9 năm 2026", "", "KẾ HOẠCH",
        "Tổ chức lại sản xuất qua hợp tác xã vụ Đông Xuân 2026 - 2027", "", "III. NỘI DUNG, PHÂN CÔNG VÀ TIẾN ĐỘ"]
TAIL = ["Nơi nhận:\tTM. BAN CHỈ ĐẠO", "- Lưu: VT.\tTRƯỞNG BAN", "\tNguyễn Văn Hòa"]


def _head(caps: str, place: str) -> list[str]:
    return [line.format(caps=caps, place=place) for line in HEAD]


ROWS = {
    "Gia Lộc": [["1", "Hội nghị quán triệt phương án cho cán bộ thôn và hội đồng quản trị hợp tác xã",
                 "Ủy ban MTTQ xã<br>cùng: Đoàn Thanh niên xã<br>tháng 10/2026"],
                ["2", "Kiểm kê diện tích, số thửa của từng hộ theo sổ địa chính",
                 "Tổ Giúp việc<br>cùng: Ban công tác các thôn, Hội Nông dân xã<br>trước 31/10/2026"],
                ["3", "Phát chuyên mục về phương án trên loa truyền thanh xã",
                 "Phòng Văn hóa - Xã hội<br>thường xuyên"],
                ["4", "Cung ứng giống lúa, phân bón cho hộ thành viên theo hợp đồng dịch vụ",
                 "HTX DVNN Gia Lộc<br>trước Tết Nguyên đán"]],
    "Tân Phong": [["1", "Họp dân từng thôn lấy ý kiến về việc góp đất vào hợp tác xã",
                   "Ban công tác các thôn<br>Cùng với: Hội LHPN xã<br>Tháng 10/2026"],
                  ["2", "Lập danh sách hộ góp đất, đo đạc, cắm mốc từng xứ đồng",
                   "Tổ Giúp việc<br>Phối hợp: HTX Nông nghiệp Tân Phong, Hội Nông dân xã<br>Trước 31/10/2026"],
                  ["3", "Đưa tin về tiến độ trên trang thông tin điện tử của xã",
                   "Văn phòng HĐND và UBND xã<br>Thường xuyên"],
                  ["4", "Ký hợp đồng dịch vụ làm đất với hộ thành viên",
                   "HTX Nông nghiệp Tân Phong<br>Trước Tết Nguyên đán"]],
}


def _check(draft, first_partners):
    assert len(draft.tasks) == 4
    first, second, third, fourth = draft.tasks
    assert [draft.names[a] for a in first["lead"]] == [first_partners[0]]
    assert [draft.names[a] for a in first["cooperating"]] == [first_partners[1]]
    assert first["deadline"]["kind"] == "month" and first["deadline"]["month"] == 10
    assert len(second["cooperating"]) == 2 and second["deadline"]["before"] == "2026-10-31"
    assert third["deadline"]["kind"] == "ongoing" and not third.get("cooperating")
    assert fourth["deadline"]["kind"] == "before" and fourth["deadline"]["before"] == "2027-02-06"  # Tết Đinh Mùi
    assert all(len(task["lead"]) == 1 for task in draft.tasks)


PARTNERS = {"Gia Lộc": ("Ủy ban MTTQ xã", "Đoàn Thanh niên xã"),
            "Tân Phong": ("Ban công tác các thôn", "Hội LHPN xã")}


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("header", ["Phân công, thời gian", "Đơn vị thực hiện, thời gian"])
@pytest.mark.parametrize("place", ["Gia Lộc", "Tân Phong"])
def test_a_cell_of_lead_partners_and_time(tmp_path, suffix, header, place):
    rows = ROWS[place]
    if suffix == ".txt":  # a text table keeps a cell on one line: its lines parted by "; " as a typist joins them
        rows = [[*row[:2], row[2].replace("<br>", "; ")] for row in rows]
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(
        _head(place.upper(), place), ["TT", "Nội dung công việc", header], rows, [""] + TAIL, suffix))
    _check(draft, PARTNERS[place])


@pytest.mark.parametrize("place", ["Gia Lộc", "Tân Phong"])
def test_a_word_cell_of_lead_partners_and_time(tmp_path, place):
    rows = [["TT", "Nội dung công việc", "Phân công, thời gian"],
            *[[*row[:2], row[2].replace("<br>", "\n")] for row in ROWS[place]]]
    draft = word_document(tmp_path, "ke-hoach.docx", _head(place.upper(), place), rows, TAIL)
    _check(draft, PARTNERS[place])


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("label", ["cùng:", "Cùng với:"])
def test_cung_labels_the_partners_beside_a_time_column(tmp_path, suffix, label):
    rows = [["1", "Rà soát các hợp tác xã ngừng hoạt động trên địa bàn", f"Phòng Kinh tế<br>{label} UBND các xã",
             "Trước 20/10/2026"],
            ["2", "Tập huấn kế toán cho hợp tác xã nông nghiệp", f"Liên minh HTX tỉnh<br>{label} Phòng Kinh tế",
             "Quý IV/2026"]]
    if suffix == ".txt":
        rows = [[row[0], row[1], row[2].replace("<br>", " "), row[3]] for row in rows]
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(
        _head("GIA LỘC", "Gia Lộc"), ["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"], rows, [""] + TAIL, suffix))
    assert draft.lead("Rà soát") == ["Phòng Kinh tế"] and draft.coop("Rà soát") == ["UBND các xã"]
    assert draft.lead("Tập huấn") == ["Liên minh HTX tỉnh"] and draft.coop("Tập huấn") == ["Phòng Kinh tế"]
    assert draft["Tập huấn"]["deadline"]["quarters"] == [4]
