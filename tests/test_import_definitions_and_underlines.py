"""kehoach import: a definition list typed in HTML ("<dt>Chủ trì</dt><dd>X</dd>"); fields apart by a tilde ("Cầm lái: X ~
Bạn thuyền: Y ~ Cập bến: Z"), their names in a note that says "là một dòng “X” - …"; a date after "at most" ("≤
31/8/2026"); a note naming the kind of body first ("đơn vị ký nhận chịu trách nhiệm chính, đơn vị cùng ký phối hợp, làm
xong trước ngày hẹn"); the lead underlined among the units, as a note says ("Đơn vị: <u>Chi cục X</u>, UBND …")
(issue 11).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import plan_head, written, written_as

TAIL = ["", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.", "", "\tPhạm Thị Lan"]
CDC = dict(issuer="TRUNG TÂM KIỂM SOÁT BỆNH TẬT TỈNH NINH BÌNH", number="1245/KH-KSBT", place="Ninh Bình",
           title="Bếp an toàn cho hợp tác xã nấu suất ăn")


def _head(**values) -> list[str]:
    return plan_head("ngày 02 tháng 10 năm 2025", **(values or CDC))[:-1]


@pytest.mark.parametrize("one_line", [True, False])
def test_a_definition_list_typed_in_html(tmp_path, one_line):
    def fields(lead: str, coop: str, due: str) -> list[str]:
        pairs = [("Chủ trì", lead), ("Phối hợp", coop), ("Hoàn thành", due)]
        if one_line:
            return ["   <dl>", *(f"   <dt>{t}</dt><dd>{v}</dd>" for t, v in pairs), "   </dl>"]
        return ["   <dl>", *(x for t, v in pairs for x in (f"   <dt>{t}</dt>", f"   <dd>{v}</dd>")), "   </dl>"]

    head = [line.replace("\t", " | ") for line in _head()]
    lines = ["## II. NHIỆM VỤ CỤ THỂ", "",
             "1. Lập danh sách các hợp tác xã nấu suất ăn theo từng xã, phường.",
             *fields("Khoa An toàn thực phẩm", "Trạm Y tế các xã, phường", "tháng 11/2025"), "",
             "2. Biên soạn bộ tài liệu tập huấn ngắn về bếp một chiều.",
             *fields("Khoa Truyền thông - Giáo dục sức khỏe", "Khoa An toàn thực phẩm", "31/12/2025")]
    draft = written(tmp_path, "ke-hoach.md", head + [""] + lines + TAIL)
    assert [t[:7] for t in draft.texts()] == ["Lập dan", "Biên so"]
    assert draft.lead("Lập danh") == ["Khoa An toàn thực phẩm"]
    assert draft.coop("Lập danh") == ["Trạm Y tế các xã, phường"]
    assert draft["Lập danh"]["deadline"]["month"] == 11
    assert draft.lead("Biên soạn") == ["Khoa Truyền thông - Giáo dục sức khỏe"]
    assert draft["Biên soạn"]["deadline"]["before"] == "2025-12-31"


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("lead, coop, due", [("Cầm lái", "Bạn thuyền", "Cập bến"), ("Mũi chính", "Mũi phụ", "Giờ G")])
def test_fields_apart_by_a_tilde_named_in_a_note(tmp_path, suffix, lead, coop, due):
    lines = ["II. NHIỆM VỤ VÀ PHÂN CÔNG", f"(Cách ghi: sau mỗi việc là một dòng \"{lead}\" - nơi chịu trách nhiệm chính; "
             f"\"{coop}\" - nơi cùng làm; \"{due}\" - lúc phải xong.)", "",
             "1. Rà soát, lập danh sách các tổ đoàn kết trên biển đang hoạt động.",
             f"   {lead}: Văn phòng Hội ~ {coop}: Chi hội Nghề cá các xã ven biển ~ {due}: 31/8/2026", "",
             "2. In và phát cho chủ tàu sổ tay hỏi - đáp về tổ hợp tác.",
             f"   {lead}: Ban Tuyên truyền ~ {coop}: Liên minh Hợp tác xã tỉnh ~ {due}: ≤ 30/9/2026"]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head(issuer="HỘI NGHỀ CÁ TỈNH QUẢNG NGÃI", number="18/KH-HNC",
                                                          place="Quảng Ngãi", title="Tổ hợp tác trên biển")
                       + lines + TAIL)
    assert [t[:7] for t in draft.texts()] == ["Rà soát", "In và p"]
    assert draft.lead("Rà soát") == ["Văn phòng Hội"]
    assert draft.coop("Rà soát") == ["Chi hội Nghề cá các xã ven biển"]
    assert draft["Rà soát"]["deadline"]["before"] == "2026-08-31"
    assert draft.lead("In và") == ["Ban Tuyên truyền"]
    assert draft["In và"]["deadline"]["before"] == "2026-09-30"  # "≤": on or before that day


@pytest.mark.parametrize("cell, day", [("≤ 31/8/2026", "2026-08-31"), ("<= 15/10/2026", "2026-10-15")])
def test_a_date_after_at_most(cell, day):
    from generator.importer import fields

    found = fields.deadline(cell, cell=True)
    assert (found.kind, found.before) == ("before", day)


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("lead, coop, due", [("Ký nhận", "Cùng ký", "Ngày hẹn"), ("Nhận việc", "Góp sức", "Mốc chốt")])
def test_a_note_naming_the_kind_of_body_first(tmp_path, suffix, lead, coop, due):
    lines = ["I. MỤC ĐÍCH", f"Mỗi việc có đơn vị {lead.lower()}; đơn vị {lead.lower()} chịu trách nhiệm chính, đơn vị "
             f"{coop.lower()} phối hợp, làm xong trước {due.lower()}.", "", "II. NỘI DUNG VIỆC",
             "1. Khảo sát nhu cầu liên kết của hội viên ở 130 xã, phường.",
             f"   {lead}: Ban Kinh tế - Xã hội   {coop}: Hội Nông dân các xã, phường   {due}: 30/4/2026", "",
             "2. Biên soạn sổ tay hỏi - đáp về thành lập tổ hợp tác.",
             f"   {lead}: Ban Tuyên giáo   {coop}: Liên minh Hợp tác xã tỉnh   {due}: tháng 5/2026"]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head(issuer="HỘI NÔNG DÂN TỈNH NGHỆ AN", number="96/KH-HND",
                                                          place="Nghệ An", title="Hội viên vào tổ hợp tác")
                       + lines + TAIL)
    assert [t[:7] for t in draft.texts()] == ["Khảo sá", "Biên so"]
    assert draft.lead("Khảo sát") == ["Ban Kinh tế - Xã hội"]
    assert draft.coop("Khảo sát") == ["Hội Nông dân các xã, phường"]
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-04-30"
    assert draft["Biên soạn"]["deadline"]["month"] == 5


@pytest.mark.parametrize("tag", ["u", "ins"])
@pytest.mark.parametrize("where", ["first", "last"])
def test_the_lead_underlined_among_the_units(tmp_path, tag, where):
    def units(lead: str, other: str) -> str:
        marked = f"<{tag}>{lead}</{tag}>"
        return f"{marked}, {other}" if where == "first" else f"{other}, {marked}"

    head = [line.replace("\t", " | ") for line in _head(issuer="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH ĐỒNG THÁP",
                                                        number="2716/KH-SNNMT", place="Đồng Tháp", title="Lúa giảm phát thải")]
    lines = ["### II. NHIỆM VỤ", "",
             "> Ở dòng **Đơn vị** của mỗi việc, đơn vị có tên <u>gạch chân</u> là đơn vị chủ trì, các đơn vị còn lại phối"
             " hợp. Dòng **Xong** là thời hạn.", "",
             "1. **Chốt danh sách hợp tác xã, cánh đồng tham gia mô hình**  ",
             f"   Đơn vị: {units('Chi cục Trồng trọt và Bảo vệ thực vật', 'UBND các xã có hợp tác xã')}  ",
             "   Xong: trước 10/7/2026", "",
             "2. **Tập huấn quy trình tưới ướt khô xen kẽ cho cán bộ kỹ thuật hợp tác xã**  ",
             f"   Đơn vị: {units('Chi cục Thủy lợi', 'Trung tâm Khuyến nông')}  ", "   Xong: tháng 7/2026"]
    draft = written(tmp_path, "ke-hoach.md", head + [""] + lines + TAIL)
    assert [t[:7] for t in draft.texts()] == ["Chốt da", "Tập huấ"]  # not the note
    assert draft.lead("Chốt") == ["Chi cục Trồng trọt và Bảo vệ thực vật"]
    assert draft.coop("Chốt") == ["UBND các xã có hợp tác xã"]
    assert draft["Chốt"]["deadline"]["before"] == "2026-07-10"
    assert draft.lead("Tập huấn") == ["Chi cục Thủy lợi"]
    assert draft.coop("Tập huấn") == ["Trung tâm Khuyến nông"]


@pytest.mark.parametrize("line, label", [("Đơn vị: Chi cục Thủy lợi, Trung tâm Khuyến nông", True),
                                         ("Đơn vị: <u>Chi cục Thủy lợi</u>", False), ("Đơn vị: triệu đồng", False),
                                         ("Đơn vị: ha", False)])
def test_units_label_a_line_only_before_a_name(line, label):
    from generator.importer import layout

    # (the underline's tag read away first, as the note's reading writes the lead's role after it)
    assert bool(layout._LABEL_LINE.match(line)) is label
