"""kehoach import: an appendix that gives out the plan's items by their numbers, doers in brackets on a line of their
own, items already done, tables of help and of people, times of a step beside the task's own, and closings (issue 11).

- "PHỤ LỤC: PHÂN CÔNG THEO MỤC" / "Mục | Phụ trách | Phối hợp | Hoàn thành" / "2.4 và 2.5 | …": the numbered items
  take the row's doers and time; the rows are no tasks of their own.
- "2- Tổ chức hội nghị … tháng 8." / "(Phòng Kinh tế chủ trì; cùng: Liên minh HTX tỉnh)": the item's doers; "các trưởng
  thôn" in such a list names the village heads.
- "2.1. Khảo sát … (đã xong tháng 7/2026; …)": done before the plan, no task.
- "Số | Việc hỗ trợ | Chủ trì | Cùng thực hiện | Thời hạn", "HTX, THT cùng làm", "Vũ Thị Hồng Nhung (Phó đạo diễn)":
  a table of help, its partners by their kinds, a person by name.
- "12/2026 - 01/2027", "Trong đợt 1": times of a cell.
- "… xong trước ngày 31/3/2027; gửi … trong 10 ngày sau đại hội.": the date is the task's.
- No task: "… khó khăn gì thì gọi ngay Phòng Kinh tế … để UBND xã xử lý …/.", "Các hợp tác xã đối tác phối hợp theo hợp
  đồng đã ký./.", "Các phòng, đội … thực hiện theo Phụ lục phân công./.", "Ngày … không kèm năm là ngày của năm 2026."

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, plan_head, written

TAIL = ["", "Nơi nhận:\tTỔNG GIÁM ĐỐC", "- Lưu: VT.\tĐinh Ngọc Hoàn"]
COMPANY = dict(issuer="CÔNG TY CỔ PHẦN LỮ HÀNH CAO NGUYÊN", number="58/KH-LHCN", place="Đà Lạt",
               title="Xây dựng tour trải nghiệm tại các hợp tác xã mùa du lịch 2026 - 2027")


@pytest.mark.parametrize("header, first", [("Mục\tPhụ trách\tPhối hợp\tHoàn thành", "2.2"),
                                           ("Nhiệm vụ số\tĐơn vị thực hiện\tĐơn vị phối hợp\tThời hạn", "2.2.")])
def test_an_appendix_that_gives_out_the_items_by_their_numbers(tmp_path, header, first):
    lines = plan_head("ngày 10 tháng 8 năm 2026", **COMPANY) + [
        "II. CÁC VIỆC CẦN LÀM",
        "2.1. Khảo sát 07 hợp tác xã đã đăng ký (đã xong tháng 7/2026; chọn 05 đơn vị vào tuyến).",
        "2.2. Ký hợp đồng dịch vụ với 05 hợp tác xã: giá trọn gói mỗi lượt khách, số khách tối đa mỗi ngày.",
        "2.3. Thiết kế lịch trình từng tuyến, tính giá thành, giá bán lẻ và giá cho đại lý.",
        "2.4. Soạn sổ tay điểm đến song ngữ Việt - Anh cho từng hợp tác xã.",
        "III. TỔ CHỨC THỰC HIỆN", "Các phòng, đội của Công ty thực hiện theo Phụ lục phân công./.",
        "", "Nơi nhận:\tTỔNG GIÁM ĐỐC", "- Lưu: VT.\tĐinh Ngọc Hoàn", "",
        "PHỤ LỤC: PHÂN CÔNG THEO MỤC", header,
        f"{first}\tPhòng Điều hành tour\tPhòng Kế toán\tTrước 15/9/2026",
        "2.3 và 2.4\tPhòng Sản phẩm\tPhòng Kinh doanh - Marketing\tTháng 10/2026", ""]
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert sorted(t.split()[0] for t in draft.texts()) == ["Ký", "Soạn", "Thiết"]  # (2.1 done; no rows)
    assert draft.lead("Ký hợp") == ["Phòng Điều hành tour"]
    assert draft.coop("Ký hợp") == ["Phòng Kế toán"]
    assert draft["Ký hợp"]["deadline"]["before"] == "2026-09-15"
    for item in ("Thiết kế", "Soạn sổ"):
        assert draft.lead(item) == ["Phòng Sản phẩm"]
        assert draft.coop(item) == ["Phòng Kinh doanh - Marketing"]
        assert (draft[item]["deadline"]["year"], draft[item]["deadline"]["month"]) == (2026, 10)


COMMUNE = dict(issuer="ỦY BAN NHÂN DÂN XÃ ĐỨC LẠC", number="146/KH-UBND", place="Đức Lạc",
               title="Thu gom, cuộn rơm không đốt đồng vụ Hè Thu năm 2026")


@pytest.mark.parametrize("bracket, lead, partners", [
    ("(Phòng Kinh tế chủ trì; cùng: Liên minh HTX tỉnh)", "Phòng Kinh tế", ["Liên minh HTX tỉnh"]),
    ("(Trung tâm Dịch vụ tổng hợp xã; cùng: các trưởng thôn, Hội Nông dân xã)", "Trung tâm Dịch vụ tổng hợp xã",
     ["các trưởng thôn", "Hội Nông dân xã"]),
])
def test_doers_in_brackets_on_a_line_of_their_own(tmp_path, bracket, lead, partners):
    lines = plan_head("ngày 20 tháng 7 năm 2026", **COMMUNE) + [
        "II- NHIỆM VỤ CỤ THỂ",
        "1- Tổ chức hội nghị ký hợp đồng giữa HTX Dịch vụ nông nghiệp Đức Lạc với HTX Chăn nuôi bò Tùng Ảnh về giá thu "
        "mua rơm cuộn, làm trong tháng 8/2026.", bracket] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.texts()) == 1
    assert draft.lead("Tổ chức") == [lead]
    assert draft.coop("Tổ chức") == partners


LIEN_MINH = dict(issuer="LIÊN MINH HỢP TÁC XÃ TỈNH GIA LAI", number="264/KH-LMHTX", place="Gia Lai",
                 title="Hỗ trợ các hợp tác xã thành viên tổ chức đại hội thường niên năm 2027")


@pytest.mark.parametrize("first, work", [("Số", "Việc hỗ trợ"), ("STT", "Việc cần hỗ trợ")])
def test_a_table_of_help(tmp_path, first, work):
    lines = plan_head("ngày 02 tháng 11 năm 2026", **LIEN_MINH) + [
        "II. NỘI DUNG HỖ TRỢ", f"{first}\t{work}\tChủ trì\tHTX, THT cùng làm\tThời hạn",
        "1\tBiên soạn bộ tài liệu mẫu cho đại hội: chương trình, báo cáo, nghị quyết\tTrung tâm Tư vấn và Hỗ trợ HTX\t"
        "HTX Nông nghiệp Ia Kha\tTrước 25/11/2026",
        "2\tMở 02 lớp bồi dưỡng kỹ năng điều hành đại hội cho Giám đốc các hợp tác xã\tVũ Thị Hồng Nhung (Phó Chánh Văn "
        "phòng)\t\t12/2026 - 01/2027", ""] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.texts()) == 2
    assert draft.lead("Biên soạn") == ["Trung tâm Tư vấn và Hỗ trợ HTX"]
    assert draft.coop("Biên soạn") == ["HTX Nông nghiệp Ia Kha"]
    assert draft.lead("Mở 02") == ["Vũ Thị Hồng Nhung"]
    assert (draft["Mở 02"]["deadline"]["year"], draft["Mở 02"]["deadline"]["month"]) == (2027, 1)


@pytest.mark.parametrize("printed, year, month", [("12/2026 - 01/2027", 2027, 1), ("9/2026 – 10/2026", 2026, 10)])
def test_a_run_of_months_with_their_years(printed, year, month):
    from generator.importer.fields import deadline

    found = deadline(printed, cell=True)
    assert (found.kind, found.year, found.month) == ("month", year, month)


@pytest.mark.parametrize("cell", ["Trong đợt 1", "Hết đợt 1"])
def test_a_time_within_a_phase_the_document_defines(cell):
    from generator.importer.fields import phase_time, phases

    defined = phases(["Đợt 1: từ ngày 05/10 đến ngày 12/10/2026", "Đợt 2: từ ngày 13/10 đến ngày 22/10/2026"])
    assert phase_time(cell, defined).before == "2026-10-12"


@pytest.mark.parametrize("step", ["trong 10 ngày sau đại hội", "trong 15 ngày làm việc sau đại hội"])
def test_a_steps_days_beside_the_tasks_own_date(tmp_path, step):
    lines = plan_head("ngày 02 tháng 11 năm 2026", **LIEN_MINH) + [
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Các hợp tác xã thành viên chủ động tổ chức Đại hội thành viên thường niên xong trước ngày 31/3/2027; gửi biên "
        f"bản, nghị quyết đại hội về Liên minh Hợp tác xã tỉnh {step}."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft["Các hợp tác xã"]["deadline"]["before"] == "2027-03-31"


@pytest.mark.parametrize("text", [
    "Các ban, ngành, đoàn thể, HTX và thôn theo phần việc được giao mà làm; khó khăn gì thì gọi ngay Phòng Kinh tế (số "
    "điện thoại 0239.3.835.146) để UBND xã xử lý kịp thời./.",
    "Có khó khăn gì thì gọi ngay cho Văn phòng Công ty để được hướng dẫn, giải quyết./.",
    "Các hợp tác xã đối tác phối hợp theo hợp đồng đã ký./.",
    "Các đơn vị nhận khoán thực hiện đúng theo hợp đồng đã ký kết./.",
    "Các phòng, đội của Công ty thực hiện theo Phụ lục phân công./.",
    "Ngày ghi trong cột \"Xong trước\" không kèm năm là ngày của năm 2026.",
    "Thời gian không ghi năm là năm 2026.",
])
def test_closings_and_notes_on_years(text):
    assert gives_no_task(text)
