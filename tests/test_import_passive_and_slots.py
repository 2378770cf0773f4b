"""kehoach import: a part whose title opens with the work ("II. CÔNG VIỆC VÀ NGƯỜI LÀM", "III. LỊCH VIỆC"); the doers
after the last colon of an item ("… : Ban Tổ chức - Kiểm tra làm, có Liên minh Hợp tác xã tỉnh giúp."); "kèm" for those
who go along ("Bếp trưởng; kèm Quản lý sảnh tiệc", "(Phòng Tín dụng làm, Ban Kiểm soát kèm)"); a line of three slots
under an item ("Phòng Kinh tế / Công an phường / 31/8/2026"); the work given in the passive ("Việc … được giao cho Ban X,
có Y cùng tham gia; xong …") (issue 11).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import named_as, plan_head, word_document, written

TAIL = ["", "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VT.\tPHÓ CHỦ TỊCH", "", "\tLê Văn Tám"]
LDLD = dict(issuer="LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG", number="118/KH-LĐLĐ", place="An Giang",
            title="Phát triển đoàn viên trong hợp tác xã năm 2026 - 2027")


def _head(**values) -> list[str]:
    return plan_head("ngày 14 tháng 10 năm 2026", **(values or LDLD))[:-1]


# --- a part whose title opens with the work -----------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["II. CÔNG VIỆC VÀ NGƯỜI LÀM", "II. CÁC VIỆC VÀ THỜI GIAN", "III. LỊCH VIỆC"])
def test_a_part_whose_title_opens_with_the_work(tmp_path, title):
    lines = [title, "1. Lập danh sách 46 hợp tác xã đủ điều kiện thành lập công đoàn cơ sở. Tháng 11/2026.",
             "2. Soạn tờ gấp về quyền lợi đoàn viên, phát tại hợp tác xã. Trước 15/12/2026.", "",
             "IV. TỔ CHỨC THỰC HIỆN", "Văn phòng Liên đoàn chủ trì theo dõi, tổng hợp kết quả trước 20/6/2027."]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    assert [t[:8] for t in draft.texts()] == ["Lập danh", "Soạn tờ ", "Văn phòn"]  # the items whoever does them


def test_a_part_of_the_work_done_sets_none(tmp_path):
    lines = ["II. VIỆC ĐÃ LÀM ĐƯỢC", "1. Lập danh sách 46 hợp tác xã đủ điều kiện thành lập công đoàn cơ sở.", "",
             "III. NHIỆM VỤ", "1. Văn phòng Liên đoàn chủ trì theo dõi, tổng hợp kết quả trước 20/6/2027."]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    assert [t[:8] for t in draft.texts()] == ["Văn phòn"]


# --- the doers after the last colon of an item ---------------------------------------------------------------------------

@pytest.mark.parametrize("doers, lead, partners", [
    ("Ban Tổ chức - Kiểm tra làm, có Liên minh Hợp tác xã tỉnh giúp", "Ban Tổ chức - Kiểm tra",
     ["Liên minh Hợp tác xã tỉnh"]),
    ("Ban Tuyên giáo - Nữ công chủ trì, Văn phòng Liên đoàn phối hợp", "Ban Tuyên giáo - Nữ công",
     ["Văn phòng Liên đoàn"]),
])
def test_the_doers_after_the_last_colon_of_an_item(tmp_path, doers, lead, partners):
    lines = ["II. NHIỆM VỤ",
             f"- (Tháng 11/2026) Lập danh sách 46 hợp tác xã đủ điều kiện thành lập công đoàn cơ sở, số lao động: {doers}.",
             "- (Trước 15/12/2026) Gặp ban giám đốc từng hợp tác xã, vận động người lao động viết đơn: Ban Tổ chức - "
             "Kiểm tra làm."]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    first = "(Tháng 11/2026) Lập danh sách"
    assert draft.lead(first) == [lead]
    assert [p for p in draft.coop(first)] == partners
    assert draft[first]["deadline"]["kind"] == "month"
    assert draft.lead("(Trước 15/12/2026)") == ["Ban Tổ chức - Kiểm tra"]


# --- "kèm": those who go along -------------------------------------------------------------------------------------------

def test_those_who_go_along_in_a_doers_cell(tmp_path):
    rows = [["Việc", "Giao cho", "Chốt ngày"],
            ["Đi xem trại gà của hợp tác xã, ghi giá chào từng loại", "Trưởng bộ phận mua hàng; kèm Bếp trưởng",
             "27/11/2026"],
            ["Ký hợp đồng lấy gà đã làm sạch theo số mâm từng đám", "Kế toán trưởng; kèm Thủ kho, HTX Gà đồi Thanh Chương",
             "15/12/2026"]]
    before = _head(issuer="CÔNG TY TNHH NHÀ HÀNG TIỆC CƯỚI HỶ YẾN", number="36/KH-HY", place="Nghệ An",
                   title="Mua gà, rau của hợp tác xã cho mùa cưới") + ["II. VIỆC CỤ THỂ"]
    draft = word_document(tmp_path, "ke-hoach.docx", before, rows, TAIL)
    assert draft.lead("Đi xem") == ["Trưởng bộ phận mua hàng"]
    assert draft.coop("Đi xem") == ["Bếp trưởng"]
    assert draft.lead("Ký hợp đồng") == ["Kế toán trưởng"]
    assert sorted(draft.coop("Ký hợp đồng")) == ["HTX Gà đồi Thanh Chương", "Thủ kho"]


def test_those_who_go_along_in_a_closing_bracket(tmp_path):
    lines = ["II. CÁC VIỆC",
             "1. Đến từng hợp tác xã nắm diện tích vụ đông, số máy cần mua; trước 25/10/2026 (Phòng Tín dụng làm, Ban "
             "Kiểm soát kèm).",
             "2. Thẩm định, giải ngân khoản vay mua giống cho hợp tác xã; trước 25/11/2026 (Phòng Tín dụng làm).",
             "3. Gửi hồ sơ vay kèm theo phương án sản xuất về Quỹ; trước 30/11/2026 (Phòng Kế toán làm)."]
    head = _head(issuer="QUỸ TÍN DỤNG NHÂN DÂN ĐÔNG CÁC", number="09/KH-QTD", place="Hưng Yên",
                 title="Cho hợp tác xã, tổ hợp tác vay vốn vụ đông")
    draft = written(tmp_path, "ke-hoach.txt", head + lines + TAIL)
    assert draft.lead("Đến từng") == ["Phòng Tín dụng"]
    assert draft.coop("Đến từng") == ["Ban Kiểm soát"]
    assert draft.lead("Thẩm định")[0].startswith("Phòng Tín dụng") and not draft.coop("Thẩm định")
    assert not draft.coop("Gửi hồ sơ")  # "kèm theo": enclosed, nobody along


# --- a line of three slots under an item ---------------------------------------------------------------------------------

SLOTS = ["II. NHIỆM VỤ",
         "(Dòng thụt vào dưới mỗi việc ghi theo thứ tự: nơi chủ trì / nơi phối hợp / thời hạn.)",
         "1. Thống kê lại số tổ hợp tác, hợp tác xã, số thành viên sau khi thành lập phường.",
         "      Phòng Kinh tế, Hạ tầng và Đô thị / Công an phường / 31/8/2026",
         "2. Tiếp nhận hồ sơ đăng ký thay đổi của hợp tác xã, trả kết quả đúng hẹn.",
         "      Trung tâm Phục vụ hành chính công phường / không / khi hợp tác xã nộp đủ hồ sơ",
         "3. Bố trí gian hàng cho hợp tác xã tại chợ hoa Tết của phường.",
         "      Phòng Văn hóa - Xã hội / Ban Quản lý chợ Đông Triều, Đoàn Thanh niên phường / trước 20/01/2027"]


def test_a_line_of_three_slots_under_an_item(tmp_path):
    head = _head(issuer="ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG TRIỀU", number="245/KH-UBND", place="Đông Triều",
                 title="Củng cố hợp tác xã sau sắp xếp")
    draft = written(tmp_path, "ke-hoach.txt", head + SLOTS + TAIL)
    assert len(draft.tasks) == 3  # the slots' lines are no tasks
    assert draft.lead("Thống kê") == ["Phòng Kinh tế, Hạ tầng và Đô thị"]
    assert draft.coop("Thống kê") == ["Công an phường"]
    assert draft["Thống kê"]["deadline"]["before"] == "2026-08-31"  # the slot's time, not the work's "sau khi …"
    assert draft.lead("Tiếp nhận")[0].startswith("Trung tâm Phục vụ hành chính công phường")
    assert not draft.coop("Tiếp nhận")  # "không": none
    assert draft["Tiếp nhận"]["deadline"]["kind"] == "after-condition"
    assert sorted(draft.coop("Bố trí")) == ["Ban Quản lý chợ Đông Triều", "Đoàn Thanh niên phường"]


# --- the work given in the passive ----------------------------------------------------------------------------------------

PASSIVE = ["II. CÁC VIỆC CỤ THỂ",
           "a. Việc rà soát hội viên có từ 0,5 ha mãng cầu trở lên mà chưa ở trong tổ hợp tác nào được giao cho",
           "Hội Làm vườn các xã, phường;",
           "Văn phòng Hội cùng tham gia tổng hợp danh sách toàn tỉnh; xong trước ngày 31/8/2026.",
           "",
           "b. Việc soạn một tập hỏi - đáp về quyền lợi của thành viên hợp tác xã được giao cho Ban Kinh tế - Kỹ thuật, "
           "có Liên minh Hợp tác xã tỉnh cùng tham gia; in xong trong tháng 9/2026."]


def test_the_work_given_in_the_passive(tmp_path):
    head = _head(issuer="HỘI LÀM VƯỜN TỈNH TÂY NINH", number="18/KH-HLV", place="Tây Ninh",
                 title="Vận động hội viên vào tổ hợp tác, hợp tác xã")
    draft = written(tmp_path, "ke-hoach.txt", head + PASSIVE + TAIL)
    assert len(draft.tasks) == 2  # the partners' line is the item's
    assert draft.lead("Việc rà soát") == ["Hội Làm vườn các xã, phường"]
    assert draft.coop("Việc rà soát") == ["Văn phòng Hội"]
    assert draft["Việc rà soát"]["deadline"]["before"] == "2026-08-31"
    assert draft.lead("Việc soạn") == ["Ban Kinh tế - Kỹ thuật"]
    assert draft.coop("Việc soạn")[0].startswith("Liên minh Hợp tác xã tỉnh")
    assert draft["Việc soạn"]["deadline"]["kind"] == "month"


# --- fields apart by a long dash, one under a label of the document's own; "Chịu trách nhiệm", "cầm trịch", "chung tay" ---

NOTE = ("Sau mỗi việc có một dòng ghi: \"Cung cấp số liệu\" là đơn vị cùng làm; \"Nộp\" là hạn nộp kết quả.")


@pytest.mark.parametrize("note, line, lead, partners, before", [
    (NOTE, "Chịu trách nhiệm: Phòng Thống kê Kinh tế — Cung cấp số liệu: Sở Tài chính — Nộp: 31/7/2026",
     "Phòng Thống kê Kinh tế", ["Sở Tài chính"], "2026-07-31"),
    ("", "Chủ trì: Phòng Thu thập thông tin – Phối hợp: Liên minh Hợp tác xã tỉnh – Thời hạn: 15/8/2026",
     "Phòng Thu thập thông tin", ["Liên minh Hợp tác xã tỉnh"], "2026-08-15"),
    # a label no note defines ends the value before it, and says nothing itself
    ("", "Chịu trách nhiệm: Phòng Thống kê Kinh tế — Cung cấp số liệu: Sở Tài chính — Thời hạn: 31/7/2026",
     "Phòng Thống kê Kinh tế", [], "2026-07-31"),
])
def test_fields_apart_by_a_long_dash(tmp_path, note, line, lead, partners, before):
    lines = ["II. CÁC BƯỚC", *([note] if note else []),
             "1. Lập danh sách hợp tác xã làm dàn thu thập, đối chiếu với danh sách kê khai thuế", f"   {line}"]
    head = _head(issuer="THỐNG KÊ TỈNH QUẢNG NGÃI", number="87/KH-TK", place="Quảng Ngãi",
                 title="Điều tra hợp tác xã năm 2026")
    draft = written(tmp_path, "ke-hoach.txt", head + lines + TAIL)
    assert draft.lead("Lập danh sách") == [lead]
    assert named_as(draft.coop("Lập danh sách"), partners)  # (the registry's "Sở Tài chính tỉnh …")
    assert draft["Lập danh sách"]["deadline"]["before"] == before


def test_who_presides_and_who_joins_in(tmp_path):
    lines = ["II. VIỆC CẦN LÀM", "1. Rà soát hội viên đang sản xuất nhỏ lẻ có nguyện vọng vào hợp tác xã.",
             "   → cầm trịch: Ban Thường vụ Hội Cựu chiến binh xã; chung tay: Ban Công tác Mặt trận các thôn; hạn chót: "
             "15/9/2026",
             "2. Giúp tổ hợp tác nuôi ong làm nhãn, đăng ký bán mật ong tại hội chợ.",
             "   → cầm trịch: Chi hội Cựu chiến binh thôn Triệu Thượng; chung tay: Phòng Kinh tế xã; hạn chót: quý IV/2026"]
    head = _head(issuer="HỘI CỰU CHIẾN BINH XÃ TRIỆU PHONG", number="12/KH-CCB", place="Quảng Trị",
                 title="Vận động hội viên vào hợp tác xã")
    draft = written(tmp_path, "ke-hoach.txt", head + lines + TAIL)
    assert draft.lead("Rà soát") == ["Ban Thường vụ Hội Cựu chiến binh xã"]
    assert draft.coop("Rà soát") == ["Ban Công tác Mặt trận các thôn"]
    assert draft.lead("Giúp tổ")[0].startswith("Chi hội Cựu chiến binh thôn Triệu Thượng")
    assert draft.coop("Giúp tổ")[0].startswith("Phòng Kinh tế xã")
    assert draft["Giúp tổ"]["deadline"]["kind"] == "quarter"
