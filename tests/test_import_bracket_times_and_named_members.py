"""kehoach import: a work cell's time in its closing brackets, a period's label before its days, a class heading beside
members named by their own names (issue 11).

- A table with no column of times ("Nội dung công việc | Đơn vị thực hiện") whose work cells close with their time in
  brackets, maybe in italics ("… *(trong tháng 11)*", "… (xong trước 08/11)"): that time, as in running text.
- A time cell "W44 (26 - 30/10)", "W45 - W46 (02 - 13/11)", "Tuần 2 (07 - 11/9)": the days in brackets.
- Two columns of work side by side, an item's short name then its detail ("Hạng mục | Nội dung chi tiết"): the row's
  work is both, "name: detail", as a work cell joined to its object is.
- A step's day and where it is held in its title's brackets ("4. Chấm điểm (ngày 10 và 11/11/2026, tại Hội trường …)"): the
  day dates the items under it.
- "8) Các HTX DVNN" as a heading beside "HTX DVNN Diễn Thịnh" named elsewhere: the member is a body of its own, not
  the class; "+ Cùng HTX DVNN Diễn Thịnh, … lập kế hoạch" under "1) phòng Kinh tế xã" is the heading body's work with
  those partners.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import with_table, word_document, written_as
from generator.importer import fields

HEAD = ["{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 118/TB-{code}\t{place}, ngày 03 tháng 11 năm 2026", "", "{kind}", "{title}", ""]
TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tNguyễn Hữu Phước"]
WARD = dict(issuer="ỦY BAN NHÂN DÂN PHƯỜNG HỘI AN TÂY", code="UBND", place="Đà Nẵng", kind="THÔNG BÁO",
            title="Phân công giúp hợp tác xã khôi phục sản xuất sau lũ")


def _head(**values) -> list[str]:
    return [line.format(**values) for line in HEAD]


BRACKETED = [["**1. Khôi phục sản xuất rau**", ""],
             ["Thống kê diện tích rau bị ngập của các hợp tác xã *(xong trước 08/11)*", "Phòng Kinh tế"],
             ["Cấp hạt giống rau ngắn ngày cho hộ thành viên *(trong tháng 11)*", "Trung tâm Dịch vụ nông nghiệp"],
             ["Hướng dẫn xử lý đất sau lũ *(thực hiện ngay, hoàn thành trước 15/11/2026)*", "Hội Nông dân phường"],
             ["Giới thiệu sản phẩm của hợp tác xã trên trang thông tin phường *(thường xuyên)*",
              "Trung tâm Văn hóa - Thể thao phường"],
             ["Rà soát hộ thành viên hợp tác xã (HTX) thuộc hộ nghèo", "Phòng Văn hóa - Xã hội"]]


def _check_bracketed(draft):
    assert draft["Thống kê"]["deadline"]["before"] == "2026-11-08"
    assert (draft["Cấp hạt giống"]["deadline"]["kind"], draft["Cấp hạt giống"]["deadline"]["month"]) == ("month", 11)
    assert draft["Hướng dẫn xử lý"]["deadline"]["before"] == "2026-11-15"
    assert draft["Giới thiệu"]["deadline"]["kind"] == "ongoing"
    assert draft["Rà soát hộ"]["deadline"]["kind"] == "unspecified"  # "(HTX)": no time


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_work_cells_closing_bracket_is_its_time(tmp_path, suffix):
    rows = BRACKETED if suffix == ".md" else [[c.replace("*", "") for c in row] for row in BRACKETED]
    draft = written_as(tmp_path, "thong-bao", suffix, with_table(
        _head(**WARD) + ["UBND phường phân công nhiệm vụ như sau:"], ["Nội dung công việc", "Đơn vị thực hiện"], rows,
        TAIL, suffix))
    _check_bracketed(draft)


def test_a_work_cells_closing_bracket_is_its_time_in_word(tmp_path):
    rows = [["Nội dung công việc", "Đơn vị thực hiện"]] + [
        [row[0].strip("*")] if row[0].startswith("**") else [c.replace("*", "") for c in row] for row in BRACKETED]
    draft = word_document(tmp_path, "thong-bao.docx", _head(**WARD) + ["UBND phường phân công nhiệm vụ như sau:"], rows,
                          TAIL)
    _check_bracketed(draft)


def test_a_time_column_wins_over_the_bracket(tmp_path):
    rows = [["1", "Thống kê diện tích rau bị ngập (đợt 1)", "Phòng Kinh tế", "Trước 20/11/2026"]]
    draft = written_as(tmp_path, "thong-bao", ".md", with_table(
        _head(**WARD), ["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"], rows, TAIL, ".md"))
    assert draft["Thống kê"]["deadline"]["before"] == "2026-11-20"


@pytest.mark.parametrize("cell, before", [("W44 (26 - 30/10)", "2026-10-30"), ("W45 - W46 (02 - 13/11)", "2026-11-13"),
                                          ("Tuần 2 (07 - 11/9)", "2026-09-11"), ("Đợt 3 (15/12)", "2026-12-15")])
def test_a_periods_label_then_its_days(cell, before):
    found = fields.deadline(cell, cell=True, year=2026)
    assert (found.kind, found.before, found.printed) == ("before", before, cell)


@pytest.mark.parametrize("cell", ["Phòng Kinh tế (chủ trì)", "Sau thu hoạch (dự kiến)", "Hợp tác xã (HTX)"])
def test_a_bracket_that_is_no_time_is_no_time(cell):
    assert fields.deadline(cell, cell=True, year=2026).kind == "unspecified"


# --- a class heading beside members named by their own names ------------------------------------------------------

@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("kind, members", [("HTX DVNN", ["Diễn Thịnh", "Diễn Trung"]),
                                           ("HTX", ["Nông nghiệp Hòa Bình", "Dịch vụ Xóm Mới"])])
def test_a_member_named_by_its_own_name_is_no_class(tmp_path, suffix, kind, members):
    one, two = (f"{kind} {m}" for m in members)
    items = ["1) phòng Kinh tế xã",
             f"+ Cùng {one}, {two} lập kế hoạch gieo cấy cho từng cánh đồng liên kết, trình UBND xã trước 10/12/2026.",
             f"2) {one} làm đầu mối ký hợp đồng bao tiêu với doanh nghiệp; xong trước 31/12/2026.",
             f"3) Các {kind}", "+ Ghi chép diện tích, năng suất của từng hộ tham gia liên kết; thực hiện thường xuyên."]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head(
        issuer="ỦY BAN NHÂN DÂN XÃ DIỄN CHÂU", code="UBND", place="Nghệ An", kind="KẾ HOẠCH",
        title="Hỗ trợ hợp tác xã sản xuất vụ Xuân năm 2027") + ["II. PHÂN CÔNG NHIỆM VỤ"] + items + TAIL)
    assert draft.lead(f"Cùng {one}") == ["phòng Kinh tế xã"]
    assert sorted(draft.coop(f"Cùng {one}")) == sorted([one, two])
    assert draft.lead(f"{one} làm đầu mối") == [one]
    assert draft.lead("Ghi chép") == [f"Các {kind}"]


# --- an item's short name beside its detail --------------------------------------------------------------------------

ITEMS = [["1", "Khảo sát vườn, chốt sản lượng gửi kho", "Cùng ban quản trị các hợp tác xã khảo sát vườn vải, ký phụ lục "
          "hợp đồng dịch vụ", "P. Kinh doanh", "Liên minh HTX tỉnh", "trước 20/5/2026"],
         ["2", "Bảo dưỡng hệ thống lạnh", "Bảo dưỡng 06 buồng lạnh, hiệu chuẩn cảm biến nhiệt độ", "P. Kỹ thuật - Cơ điện",
          "Điện lực Lục Ngạn", "trước 01/6/2026"]]
COMPANY = dict(issuer="CÔNG TY CỔ PHẦN KHO LẠNH KINH BẮC", code="KBL", place="Bắc Ninh", kind="KẾ HOẠCH",
               title="Bảo quản lạnh vải thiều cho các hợp tác xã vụ thu hoạch năm 2026")


def _check_items(draft):
    assert draft.texts() == ["Khảo sát vườn, chốt sản lượng gửi kho: Cùng ban quản trị các hợp tác xã khảo sát vườn "
                             "vải, ký phụ lục hợp đồng dịch vụ",
                             "Bảo dưỡng hệ thống lạnh: Bảo dưỡng 06 buồng lạnh, hiệu chuẩn cảm biến nhiệt độ"]
    assert draft.lead("Bảo dưỡng") == ["P. Kỹ thuật - Cơ điện"] and draft.coop("Bảo dưỡng") == ["Điện lực Lục Ngạn"]
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-05-20"


@pytest.mark.parametrize("header", [["STT", "Hạng mục", "Nội dung chi tiết", "PIC (chủ trì)", "Phối hợp", "Deadline"],
                                    ["TT", "Tên hoạt động", "Nội dung cụ thể", "Chủ trì", "Phối hợp", "Thời hạn"]])
def test_an_items_short_name_then_its_detail_is_one_work(tmp_path, header):
    draft = written_as(tmp_path, "ke-hoach", ".md", with_table(_head(**COMPANY) + ["III. KẾ HOẠCH TRIỂN KHAI"], header,
                                                               ITEMS, TAIL, ".md"))
    _check_items(draft)


def test_an_items_short_name_then_its_detail_in_word(tmp_path):
    rows = [["STT", "Hạng mục", "Nội dung chi tiết", "PIC (chủ trì)", "Phối hợp", "Deadline"]] + ITEMS
    _check_items(word_document(tmp_path, "ke-hoach.docx", _head(**COMPANY) + ["III. KẾ HOẠCH TRIỂN KHAI"], rows, TAIL))


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_steps_day_and_place_in_brackets_date_its_items(tmp_path, suffix):
    """"4. Chấm điểm, phân hạng (ngày 10 và 11/11/2026, tại Hội trường Sở …)": the step's day, where it is held after
    it, dates the items under it, as "(trước 30/11/2026)" does."""
    items = ["4. Chấm điểm, phân hạng (ngày 10 và 11/11/2026, tại Hội trường Sở Nông nghiệp và Môi trường)",
             "- Tổ Thư ký tổng hợp điểm, lập biên bản phiên họp.",
             "5. Hội nghị công bố kết quả (ngày 20/12/2026 tại Hội trường UBND tỉnh)",
             "- Văn phòng Sở chuẩn bị hội trường, mời đại biểu.",
             "6. Công nhận kết quả (trước 30/11/2026)", "- Chi cục Phát triển nông thôn hoàn thiện hồ sơ."]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head(
        issuer="HỘI ĐỒNG ĐÁNH GIÁ SẢN PHẨM OCOP TỈNH", code="HĐOCOP", place="Tuyên Quang", kind="KẾ HOẠCH",
        title="Đánh giá, phân hạng sản phẩm OCOP đợt 2 năm 2026") + ["III. TRÌNH TỰ VÀ THỜI GIAN"] + items + TAIL)
    assert draft["Tổ Thư ký"]["deadline"]["before"] == "2026-11-11"
    assert draft["Văn phòng Sở"]["deadline"]["before"] == "2026-12-20"
    assert draft["Chi cục"]["deadline"]["before"] == "2026-11-30"
