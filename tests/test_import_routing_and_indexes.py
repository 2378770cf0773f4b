"""kehoach import: works numbered by their word ("Việc 3.", "Hoạt động 2:") and given out by an index of bodies after
them ("- Hội Nông dân xã: chủ trì việc 3, 5; phối hợp việc 1, 2."); a work's time as a sentence of its own after it
("… . Sau đại hội thường niên của mỗi hợp tác xã."); the time after a labelled lead in a closing bracket ("[CT: X; hạn
tháng 02/2027]"); a note in brackets under a part's title in capitals; an e-office's routing line ("[Chuyển xử lý] Xử lý
chính: … | Phối hợp xử lý: … | Nhận để biết: … | Hạn xử lý: …"); "giặt là" inside a body's name; a company's legal
form alone on the header's first line (issue 11).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import plan_head, written

TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tKT. CHỦ TỊCH", "\tPHÓ CHỦ TỊCH", "", "\tLê Văn Tám"]
XA = dict(issuer="ỦY BAN NHÂN DÂN XÃ HẢI HẬU", number="41/KH-UBND", place="Hải Hậu",
          title="Đưa hộ làm muối vào tổ hợp tác, hợp tác xã năm 2026 - 2027")


def _head(**values) -> list[str]:
    return plan_head("ngày 14 tháng 8 năm 2026", **(values or XA))[:-1]  # the parts are the test's own


# --- works numbered by their word, given out by an index of bodies -------------------------------------------------

WORKS = ["II. CÁC VIỆC VÀ THỜI GIAN",
         "Việc 1. Lập danh sách hộ làm muối chưa vào tổ hợp tác, hợp tác xã. Xong trước 15/9/2026.",
         "Việc 2. Họp dân ở 04 thôn ven biển giới thiệu lợi ích khi vào hợp tác xã. Tháng 10/2026.",
         "Việc 3. Giúp 02 tổ hợp tác làm hồ sơ vay vốn Ngân hàng Chính sách xã hội. Quý IV/2026.",
         "Việc 4. Giám sát việc hợp tác xã công khai tài chính. Sau đại hội thường niên của mỗi hợp tác xã.",
         "",
         "III. PHÂN CÔNG",
         "- Hội Nông dân xã: chủ trì việc 3; phối hợp việc 1, 2.",
         "- Ban Công tác Mặt trận các thôn: chủ trì việc 1, 2.",
         "- Ban Thanh tra nhân dân xã: chủ trì việc 4.",
         "- Đề nghị Phòng Kinh tế phối hợp việc 3, 4."]

ACTIVITIES = ["II. HOẠT ĐỘNG",
              "Hoạt động 1: Tổ chức ngày hội thanh niên với hợp tác xã. Tháng 10/2026.",
              "Hoạt động 2: Mở lớp tập huấn bán hàng trực tuyến cho đoàn viên. Quý I/2027.",
              "Hoạt động 3: Tuyên dương thanh niên làm kinh tế giỏi trong hợp tác xã. Sau Hội nghị tổng kết năm.",
              "",
              "III. PHÂN CÔNG THỰC HIỆN",
              "- Đoàn Thanh niên xã: chủ trì hoạt động 1, 3; phối hợp hoạt động 2.",
              "- Hội Liên hiệp Phụ nữ xã: chủ trì hoạt động 2."]


def test_works_numbered_by_their_word_are_given_out_by_an_index_of_bodies(tmp_path):
    draft = written(tmp_path, "ke-hoach.txt", _head() + WORKS + TAIL)
    assert len(draft.tasks) == 4  # the index's lines are no tasks of their own
    assert draft.lead("Việc 1.") == draft.lead("Việc 2.") == ["Ban Công tác Mặt trận các thôn"]
    assert draft.coop("Việc 1.")[0].startswith("Hội Nông dân xã")
    assert draft.lead("Việc 3.")[0].startswith("Hội Nông dân xã")
    assert draft.coop("Việc 3.")[0].startswith("Phòng Kinh tế")  # "Đề nghị X phối hợp việc 3, 4"
    assert draft.lead("Việc 4.")[0].startswith("Ban Thanh tra nhân dân xã")
    assert draft["Việc 3."]["deadline"]["kind"] == "quarter"
    assert draft["Việc 4."]["deadline"] == {"kind": "after-condition",
                                            "printed": "Sau đại hội thường niên của mỗi hợp tác xã",
                                            "condition": "Sau đại hội thường niên của mỗi hợp tác xã"}


def test_activities_numbered_by_their_word_are_given_out_by_an_index_of_bodies(tmp_path):
    draft = written(tmp_path, "ke-hoach.txt", _head() + ACTIVITIES + TAIL)
    assert len(draft.tasks) == 3
    assert draft.lead("Tổ chức ngày hội")[0].startswith("Đoàn Thanh niên xã")
    assert draft.lead("Mở lớp")[0].startswith("Hội Liên hiệp Phụ nữ xã")
    assert draft.coop("Mở lớp")[0].startswith("Đoàn Thanh niên xã")
    assert draft.lead("Tuyên dương")[0].startswith("Đoàn Thanh niên xã")
    assert draft["Tuyên dương"]["deadline"]["kind"] == "after-condition"
    assert draft["Tuyên dương"]["deadline"]["printed"] == "Sau Hội nghị tổng kết năm"


@pytest.mark.parametrize("text, kind", [
    ("Rà soát hồ sơ của các hợp tác xã. Sau đại hội thường niên của mỗi hợp tác xã.", "after-condition"),
    ("Tổ chức gặp mặt các hợp tác xã. Trước kỳ họp cuối năm của HĐND xã.", "after-condition"),
    ("Rà soát hồ sơ của các hợp tác xã. Năm 2027.", "year"),
    # a last sentence that is no time: none
    ("Rà soát hồ sơ của các hợp tác xã. Phòng Kinh tế giúp các tổ hợp tác.", "unspecified"),
])
def test_a_time_as_the_items_last_sentence(text, kind):
    from generator.importer import fields

    assert fields.deadline(text, year=2026).kind == kind


# --- a labelled lead, then its time, in a closing bracket ----------------------------------------------------------

BRACKETS = ["II. NHIỆM VỤ THEO TỪNG HỢP TÁC XÃ",
            "(Trong ngoặc vuông cuối mỗi việc: CT là nơi làm chính, PH là nơi cùng làm, rồi đến hạn.)",
            "- Kiểm tra sổ sách, báo cáo tài chính năm 2026 [CT: Ban Kiểm soát HTX Nông nghiệp Hải Hậu; hạn tháng "
            "02/2027]",
            "- Tổng hợp kết quả, báo cáo Ủy ban nhân dân xã [CT: Phòng Kinh tế; hạn 30/6/2027]",
            "- Rà lại danh sách thành viên [CT: Hội đồng quản trị HTX Muối Hải Đông; PH: Phòng Kinh tế; hạn "
            "15/12/2026]"]


def test_the_time_after_a_labelled_lead_in_a_closing_bracket(tmp_path):
    draft = written(tmp_path, "ke-hoach.txt", _head() + BRACKETS + TAIL)
    assert len(draft.tasks) == 3
    assert draft.lead("Kiểm tra sổ sách")[0].startswith("Ban Kiểm soát HTX Nông nghiệp Hải Hậu")
    assert draft["Kiểm tra sổ sách"]["deadline"] == {"kind": "month", "printed": "tháng 02/2027", "year": 2027,
                                                    "month": 2}
    assert draft.lead("Tổng hợp kết quả")[0].startswith("Phòng Kinh tế")
    assert draft["Tổng hợp kết quả"]["deadline"]["before"] == "2027-06-30"
    assert draft.lead("Rà lại")[0].startswith("Hội đồng quản trị HTX Muối Hải Đông")  # (as before: PH between)
    assert draft["Rà lại"]["deadline"]["before"] == "2026-12-15"


# --- an e-office's routing line ------------------------------------------------------------------------------------

ROUTED = ["II. NỘI DUNG VÀ PHÂN CÔNG",
          "(Ghi chú: các việc dưới đây chép từ hệ thống quản lý văn bản và điều hành của xã, kèm dòng chuyển xử lý của "
          "từng việc.)",
          "",
          "1. Họp các tổ hợp tác, phổ biến Luật Hợp tác xã năm 2023.",
          "   [Chuyển xử lý] Xử lý chính: Phòng Kinh tế | Phối hợp xử lý: Hội Liên hiệp Phụ nữ xã | Nhận để biết: "
          "Thường trực Đảng ủy xã | Hạn xử lý: 31/10/2026",
          "",
          "2. Lập danh sách thành viên, vốn góp dự kiến của 03 tổ hợp tác.",
          "   [Chuyển xử lý] Xử lý chính: Phòng Văn hóa - Xã hội | Phối hợp xử lý: - | Nhận để biết: Phòng Kinh tế | "
          "Hạn xử lý: 15/11/2026"]

ROUTED_LINES = ["II. NỘI DUNG",
                "1. Họp các tổ hợp tác, phổ biến Luật Hợp tác xã năm 2023.",
                "Xử lý chính: Phòng Kinh tế",
                "Phối hợp xử lý: Hội Liên hiệp Phụ nữ xã",
                "Nhận để biết: Thường trực Đảng ủy xã",
                "Hạn xử lý: 31/10/2026",
                "2. Lập danh sách thành viên, vốn góp dự kiến của 03 tổ hợp tác.",
                "Xử lý chính: Phòng Văn hóa - Xã hội",
                "Nhận để biết: Phòng Kinh tế",
                "Hạn xử lý: 15/11/2026"]


@pytest.mark.parametrize("lines", [ROUTED, ROUTED_LINES], ids=["routing-line", "routing-fields"])
def test_an_e_offices_routing(tmp_path, lines):
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    assert len(draft.tasks) == 2  # the note and the routing lines are no tasks
    assert draft.lead("Họp các tổ hợp tác") == ["Phòng Kinh tế"]
    assert draft.coop("Họp các tổ hợp tác")[0].startswith("Hội Liên hiệp Phụ nữ xã")
    assert draft["Họp các tổ hợp tác"]["deadline"]["before"] == "2026-10-31"
    assert draft.lead("Lập danh sách")[0].startswith("Phòng Văn hóa - Xã hội")
    assert not draft.coop("Lập danh sách")  # "Nhận để biết": it only knows of it
    assert draft["Lập danh sách"]["deadline"]["before"] == "2026-11-15"
    assert "Xử lý chính" not in draft["Họp các tổ hợp tác"]["text"]


@pytest.mark.parametrize("note", ["(Ghi chú: các việc dưới đây do Phòng Kinh tế tổng hợp từ đề nghị của các thôn và các "
                                  "tổ hợp tác; mỗi việc ghi đơn vị chủ trì sau tên việc, đơn vị phối hợp nếu có, rồi "
                                  "đến thời hạn hoàn thành.)",
                                  "(Việc nào chưa ghi thời hạn thì làm xong trong năm 2026; việc nào có hai đơn vị cùng "
                                  "làm thì đơn vị ghi trước chịu trách nhiệm chính, đơn vị ghi sau phối hợp, báo cáo "
                                  "kết quả về Phòng Kinh tế.)"])
def test_a_note_in_brackets_under_a_part_title_in_capitals(tmp_path, note):
    lines = ["II. NỘI DUNG VÀ PHÂN CÔNG", note, "1. Rà soát các tổ hợp tác làm muối, hoàn thành trước 30/9/2026.",
             "2. Vận động hộ làm muối vào hợp tác xã, quý IV/2026.", "", "III. TỔ CHỨC THỰC HIỆN",
             "Phòng Kinh tế chủ trì theo dõi, báo cáo kết quả trước 15/12/2026."]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    # the part's title ended before its note: the part sets the work, its items are tasks whoever does them
    assert [t[:8] for t in draft.texts()] == ["Rà soát ", "Vận động", "Phòng Ki"]
    assert draft["Vận động"]["deadline"]["kind"] == "quarter"


# --- names -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Tổ Giặt là - Buồng phòng", "HTX Dịch vụ giặt là Hòa Khánh"])
def test_giat_la_inside_a_name(tmp_path, name):
    lines = ["II. NHIỆM VỤ", f"1. {name} chủ trì giặt thử ga gối của khu nhà A, hoàn thành trong tháng 12/2026."]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    assert draft.lead(f"{name} chủ trì") == [name]


@pytest.mark.parametrize("first, second, issuer", [
    ("CÔNG TY TNHH", "VIỆN DƯỠNG LÃO AN NIÊN", "cong-ty-tnhh-vien-duong-lao-an-nien"),
    ("CÔNG TY CỔ PHẦN", "TRƯỜNG MẦM NON TƯ THỤC HOA SEN", "cong-ty-co-phan-truong-mam-non-tu-thuc-hoa-sen"),
])
def test_a_companys_legal_form_alone_on_the_headers_first_line(tmp_path, first, second, issuer):
    head = [f"{first}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", f"{second}\tĐộc lập - Tự do - Hạnh phúc",
            "Số: 27/KH-CT\tĐà Nẵng, ngày 16 tháng 10 năm 2026", "", "KẾ HOẠCH", "Mua thực phẩm của hợp tác xã năm 2027",
            "", "II. NHIỆM VỤ", "1. Phòng Hành chính chủ trì ký hợp đồng với hợp tác xã rau an toàn, xong trước 30/11/2026.",
            "2. Tổ Bếp chủ trì nhận rau, cá theo đơn đặt hôm trước, hằng ngày."]
    draft = written(tmp_path, "ke-hoach.txt", head + ["", "\tGIÁM ĐỐC", "", "\tNguyễn Văn An"])
    assert draft.plan["issuer"].startswith(issuer)


# --- points given out after them, under a part whose title sets no work by itself -----------------------------------

POINTS = ["II. NỘI DUNG THỰC HIỆN",
          "1. Tổ chức lại sản xuất",
          "a) rà soát diện tích, số hộ và sản lượng muối của từng tổ hợp tác;",
          "b) vận động hai tổ hợp tác hợp nhất, thành lập hợp tác xã.",
          "Các điểm trên đề nghị Hội Nông dân xã chủ trì, Phòng Kinh tế phối hợp, xong trước 30/11/2026.",
          "2. Tiêu thụ muối",
          "a) đưa muối sạch của các tổ lên sàn thương mại điện tử.",
          "Điểm này giao Đoàn Thanh niên xã chủ trì, hoàn thành trong quý I/2027."]


def test_points_given_out_after_them_under_a_part_of_no_work_by_its_title(tmp_path):
    draft = written(tmp_path, "ke-hoach.txt", _head() + POINTS + TAIL)
    assert [t[:8] for t in draft.texts()] == ["rà soát ", "vận động", "đưa muối"]  # the giving lines are no tasks
    assert draft.lead("rà soát")[0].startswith("Hội Nông dân xã")
    assert draft.coop("vận động")[0].startswith("Phòng Kinh tế")
    assert draft.lead("đưa muối")[0].startswith("Đoàn Thanh niên xã")
    assert draft["đưa muối"]["deadline"]["kind"] == "quarter"


@pytest.mark.parametrize("text, none", [
    ("(Các việc dưới đây xếp theo thứ tự thời hạn; việc nào chưa ghi đơn vị phối hợp thì đơn vị chủ trì tự làm.)", True),
    ("(Ghi chú: các nhiệm vụ dưới đây chép từ hệ thống quản lý văn bản và điều hành của xã.)", True),
    ("(Sở Tài chính chủ trì, phối hợp các sở thực hiện.)", False),  # a body's work in brackets: read as one
])
def test_a_note_in_brackets_on_the_items_after_it_is_no_task(text, none):
    from drafts import gives_no_task

    assert gives_no_task(text) is none
