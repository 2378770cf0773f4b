"""kehoach import: a window of days ("Không sớm hơn | Không muộn hơn"), work given in the passive ("Việc này được giao
cho X, với sự tham gia của Y"), bodies and items paired "lần lượt", named days listed in a note and said in the text
("trước tiết Sương giáng"), staged marks in a time cell ("60% – trước …" / "100% – trước …") (issue 11).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, plan_head, with_table, written

TAIL = ["", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tLê Văn Hòa"]
SO = dict(issuer="SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH ĐỒNG THÁP", number="2420/KH-SKHCN", place="Đồng Tháp",
          title="Kiểm định cân đo của hợp tác xã thu mua nông sản")
PHUONG = dict(issuer="ỦY BAN NHÂN DÂN PHƯỜNG ĐỒNG NGUYÊN", number="180/KH-UBND", place="Bắc Ninh",
              title="Tổ hợp tác nấu cỗ lưu động")
XA = dict(issuer="ỦY BAN NHÂN DÂN XÃ NHÂN HẬU", number="190/KH-UBND", place="Ninh Bình", title="Rau vụ Đông năm 2026")


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_window_of_days_is_due_by_its_latest(tmp_path, suffix):
    before = plan_head("ngày 21 tháng 10 năm 2026", issuer="CÔNG TY TNHH SÔ CÔ LA ĐẤT ĐỎ", number="35/2026/KH-SCL",
                       place="Bà Rịa", title="Thu mua hạt ca cao của hợp tác xã")
    rows = [["1", "Ký phụ lục hợp đồng mua hạt với từng hợp tác xã", "Trưởng phòng Nguyên liệu", "Phó phòng Nguyên liệu",
             "Phòng Kế toán", "—", "20/11/2026"],
            ["2", "Tập huấn hái quả chín, ủ men hạt cho tổ kỹ thuật", "Trưởng nhóm Lên men", "Kỹ thuật viên lên men",
             "Trung tâm Khuyến nông", "02/11/2026", "28/11/2026"]]
    header = ["TT", "Việc", "Người phụ trách", "Người thay khi vắng", "Phối hợp", "Không sớm hơn", "Không muộn hơn"]
    draft = written(tmp_path, "ke-hoach" + suffix, with_table(before, header, rows, TAIL, suffix))
    assert draft["Ký phụ lục"]["deadline"]["before"] == "2026-11-20"
    assert draft["Tập huấn"]["deadline"]["before"] == "2026-11-28"  # not the window's first day
    assert draft.coop("Tập huấn")[0].startswith("Trung tâm Khuyến nông")  # the stand-in is no partner


@pytest.mark.parametrize("given, lead, coop", [
    ("Việc này được giao cho Phòng Tiêu chuẩn - Đo lường - Chất lượng, với sự tham gia của Liên minh Hợp tác xã tỉnh; "
     "hoàn thành trong quý I/2027.", "Phòng Tiêu chuẩn - Đo lường - Chất lượng", "Liên minh Hợp tác xã tỉnh"),
    ("Phần việc này được giao cho Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng, với sự tham gia của Sở Công Thương; "
     "hoàn thành trong tháng 3/2027.", "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng", "Sở Công Thương"),
])
def test_work_given_in_the_passive(tmp_path, given, lead, coop):
    lines = plan_head("ngày 05 tháng 10 năm 2026", **SO) + [
        f"1. Kiểm định lưu động 27 cân ô tô tại 12 hợp tác xã thu mua lúa ở các xã Tháp Mười, Mỹ Quí. {given}"] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    [task] = draft.tasks
    assert draft.names[task["lead"][0]].startswith(lead)
    assert draft.names[task["cooperating"][0]].startswith(coop)


def test_bodies_and_items_paired_in_order(tmp_path):
    lines = plan_head("ngày 01 tháng 10 năm 2026", **PHUONG)[:-1] + [
        "II. CÁC VIỆC CẦN LÀM",
        "1. Rà soát, lập danh sách các hộ, nhóm nấu cỗ lưu động theo từng khu phố.",
        "2. Tuyên truyền về nguồn gốc thực phẩm, cách lưu mẫu thức ăn 24 giờ.",
        "3. Kiểm tra an toàn phòng cháy đối với rạp cưới dựng trên vỉa hè.",
        "4. Mở lớp tập huấn kiến thức an toàn thực phẩm cho người nấu cỗ.",
        "5. Khám sức khỏe cho người trực tiếp nấu cỗ, phục vụ tiệc.",
        "III. PHÂN CÔNG",
        "1. Phòng Kinh tế, Hạ tầng và Đô thị, Công an phường và Phòng Văn hóa - Xã hội lần lượt chủ trì các việc 1, 3 và 2 "
        "nêu tại mục II; xong lần lượt trước ngày 31/10/2026, 30/11/2026 và 15/11/2026.",
        "2. Trạm Y tế phường và Trung tâm Y tế khu vực Từ Sơn lần lượt chủ trì việc 4 và việc 5, xong lần lượt trước ngày "
        "10/12/2026 và 20/12/2026."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead("Rà soát")[0].startswith("Phòng Kinh tế, Hạ tầng và Đô thị")
    assert draft.lead("Kiểm tra an toàn")[0].startswith("Công an phường")
    assert draft.lead("Tuyên truyền")[0].startswith("Phòng Văn hóa - Xã hội")
    assert [draft[p]["deadline"]["before"] for p in ("Rà soát", "Tuyên truyền", "Kiểm tra an toàn")] == \
        ["2026-10-31", "2026-11-15", "2026-11-30"]
    assert draft.lead("Mở lớp")[0].startswith("Trạm Y tế phường")
    assert draft.lead("Khám sức khỏe")[0].startswith("Trung tâm Y tế khu vực Từ Sơn")
    assert draft["Khám sức khỏe"]["deadline"]["before"] == "2026-12-20"
    assert not any("lần lượt" in t for t in draft.texts())  # the sentences that pair them are no tasks


@pytest.mark.parametrize("note, item, due", [
    ("Ghi chú về thời gian: các mốc dưới đây ghi theo tiết; các tiết bắt đầu vào các ngày: Sương giáng 23/10/2026; "
     "Lập đông 07/11/2026; Tiểu tuyết 22/11/2026.",
     "1. Phòng Kinh tế rà soát diện tích đất bãi đăng ký trồng rau vụ Đông của từng tổ hợp tác. Xong trước tiết Lập đông.",
     "2026-11-07"),
    ("Ghi chú về các mốc: chợ phiên mở vào các ngày: Khai trương chợ 12/10/2026; Phiên cuối năm 30/12/2026.",
     "1. Ban quản lý chợ chủ trì sửa mái che các gian hàng của hợp tác xã, xong trước dịp Khai trương chợ.", "2026-10-12"),
])
def test_named_days_listed_in_a_note_and_said_in_the_text(tmp_path, note, item, due):
    lines = plan_head("ngày 10 tháng 10 năm 2026", **XA) + [note, item] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    [task] = draft.tasks  # the note is no task
    assert task["deadline"]["before"] == due


def test_a_period_whose_end_is_not_said_dates_nothing(tmp_path):
    lines = plan_head("ngày 10 tháng 10 năm 2026", **XA) + [
        "Ghi chú về thời gian: các tiết bắt đầu vào các ngày: Sương giáng 23/10/2026; Lập đông 07/11/2026.",
        "1. Trung tâm Khuyến nông tỉnh mở 02 lớp hướng dẫn trồng cà rốt trong tiết Lập đông."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    [task] = draft.tasks
    assert task["deadline"].get("before") != "2026-11-07"


@pytest.mark.parametrize("cell, due", [
    ("60% – trước 15/12/2026<br>100% – trước 15/01/2027", "2027-01-15"),
    ("30% – trước 30/6/2027; 100% – trước 30/9/2027", "2027-09-30"),
])
def test_staged_marks_are_due_at_the_whole(cell, due):
    from generator.importer.fields import deadline

    assert deadline(cell, cell=True).before == due


@pytest.mark.parametrize("note", ["Ghi chú về thời gian: bà con quen tính thời vụ theo tiết khí, nên các mốc dưới đây ghi "
                                  "theo tiết.", "Lưu ý về thời hạn: các mốc ghi theo lịch năm học của Trường."])
def test_a_note_on_how_times_are_given_is_no_task(note):
    assert gives_no_task(note)
