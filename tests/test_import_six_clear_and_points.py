"""kehoach import: items written by the "6 rõ" rule (rõ việc, rõ người, rõ thời gian …) under their number alone ("Việc
1."), points given out by the paragraph after them ("Các điểm a và b nêu trên do X chủ trì, …; riêng điểm c giao …"),
partners named after the lead's own clause ("X chỉ dẫn …, Y phối hợp"), tables of comma- or semicolon-separated values,
roles marked in brackets ("(đầu mối)", "(tham gia)", "(nhận kết quả)"), sets of bodies a plan names once ("Khối A: …"),
shares of a task in per cent, hard-wrapped text that indents first lines, a later clause's date that is another body's,
"gom" for "tổng hợp" (issue 11).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import plan_head, with_table, word_document, written

TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tChủ tịch", "\tPhạm Văn Tùng"]
XA = dict(issuer="ỦY BAN NHÂN DÂN XÃ TÂN LẬP", number="212/KH-UBND", place="Tân Lập", title="Tổ hợp tác nuôi ong lấy mật")
PHUONG = dict(issuer="ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH", number="88/KH-UBND", place="Phú Thọ",
              title="Hợp tác xã dịch vụ chợ hoa xuân")


def _six_clear(number_line: str, work: str, doers: str, time: str) -> list[str]:
    return [number_line, f"- Rõ việc: {work}", f"- Rõ người: {doers}",
            "- Rõ trách nhiệm: Phó Chủ tịch UBND xã phụ trách kinh tế.", f"- Rõ thời gian: {time}",
            "- Rõ kết quả: danh sách có xác nhận của trưởng thôn.", "- Rõ thẩm quyền: Chủ tịch UBND xã.", ""]


@pytest.mark.parametrize("number", ["Việc {n}.", "Việc {n}:"])
def test_items_written_by_the_six_clear_rule(tmp_path, number):
    lines = plan_head("ngày 14 tháng 9 năm 2026", **XA) + [""] + \
        _six_clear(number.format(n=1), "Khảo sát số đàn ong, số hộ nuôi ở các thôn Nà Mò, Khuổi Khon.",
                   "phòng Kinh tế làm; trưởng các thôn cùng làm.", "xong trước ngày 30/10/2026.") + \
        _six_clear(number.format(n=2), "Mở lớp tập huấn chia đàn, phòng bệnh thối ấu trùng cho hộ nuôi ong.",
                   "Hội Nông dân xã chủ trì, Trung tâm Khuyến nông tỉnh phối hợp.", "tháng 11/2026.") + \
        _six_clear(number.format(n=3), "Cấp giấy chứng nhận đăng ký hợp tác xã nuôi ong.",
                   "Trung tâm Phục vụ hành chính công xã; không có đơn vị cùng làm.",
                   "trong 03 ngày làm việc, tính từ lúc nhận đủ hồ sơ.") + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.tasks) == 3  # "Rõ trách nhiệm", "Rõ thẩm quyền": the leader answerable, who decides: no task
    by_work = {t["text"].split("Rõ việc: ")[1][:8]: t for t in draft.tasks}
    assert set(by_work) == {"Khảo sát", "Mở lớp t", "Cấp giấy"}
    survey, course, licence = by_work["Khảo sát"], by_work["Mở lớp t"], by_work["Cấp giấy"]
    assert draft.names[survey["lead"][0]].startswith("phòng Kinh tế")
    assert [draft.names[a] for a in survey["cooperating"]] == ["trưởng các thôn"]
    assert survey["deadline"]["before"] == "2026-10-30"
    assert draft.names[course["lead"][0]].startswith("Hội Nông dân xã")
    assert draft.names[course["cooperating"][0]].startswith("Trung tâm Khuyến nông tỉnh")
    assert (course["deadline"]["kind"], course["deadline"]["month"]) == ("month", 11)
    assert draft.names[licence["lead"][0]].startswith("Trung tâm Phục vụ hành chính công xã")
    assert licence["deadline"]["kind"] == "after-condition"
    assert survey["output"].startswith("danh sách có xác nhận")
    assert not any(a.startswith("pho-chu-tich") or a.startswith("chu-tich") for t in draft.tasks for a in t["lead"])


def test_a_number_alone_with_its_content_label_under_it(tmp_path):
    lines = plan_head("ngày 02 tháng 10 năm 2026", **XA) + [
        "Việc 1:", "Nội dung: Lập danh sách hộ có trên 20 đàn ong muốn vào tổ hợp tác.",
        "Chủ trì: Phòng Kinh tế.", "Thời gian: tháng 10/2026.", "",
        "Việc 2:", "Nội dung: Ký hợp đồng bao tiêu mật ong với doanh nghiệp trong tỉnh.",
        "Chủ trì: Hợp tác xã Nông nghiệp Tân Lập; phối hợp: Phòng Kinh tế.", "Thời gian: quý I/2027."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert [t["text"][:20] for t in draft.tasks] == ["Việc 1: Nội dung: Lậ", "Việc 2: Nội dung: Ký"]
    assert draft.names[draft.tasks[1]["lead"][0]].startswith("Hợp tác xã Nông nghiệp Tân Lập")
    assert draft.tasks[1]["deadline"]["quarters"] == [1]


POINTS = [
    "1. Chuẩn bị vùng nuôi",
    "a) rà soát diện tích rừng keo, vườn cây ăn quả làm nguồn hoa cho đàn ong;",
    "b) hướng dẫn các hộ đặt thùng ong cách xa ruộng phun thuốc trừ sâu;",
    "c) vận động 02 tổ hợp tác nuôi ong thôn Nà Mò và thôn Bản Vẻn hợp nhất thành hợp tác xã.",
]


@pytest.mark.parametrize("given, a_lead, c_lead, c_coop", [
    ("Các điểm a và b nêu trên do phòng Kinh tế chủ trì, trưởng các thôn phối hợp, xong trước 20/11/2026; riêng điểm c "
     "giao Trung tâm Phục vụ hành chính công xã chỉ dẫn thủ tục, phòng Kinh tế phối hợp, hoàn thành trong tháng 12/2026.",
     "phòng Kinh tế", "Trung tâm Phục vụ hành chính công xã", "phòng Kinh tế"),
    ("Hai điểm a, b trên đây giao Hội Nông dân xã chủ trì, có Trạm Khuyến nông hỗ trợ, hoàn thành trước 20/11/2026. "
     "Điểm c giao Công an xã chủ trì, Văn phòng HĐND và UBND xã phối hợp, thực hiện trong tháng 12/2026.",
     "Hội Nông dân xã", "Công an xã", "Văn phòng HĐND và UBND xã"),
])
def test_points_given_by_the_paragraph_after_them(tmp_path, given, a_lead, c_lead, c_coop):
    lines = plan_head("ngày 20 tháng 10 năm 2026", **XA) + POINTS + [given] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.tasks) == 3  # the paragraph that gives them out is no task of its own
    for prefix in ("rà soát", "hướng dẫn"):
        assert draft.lead(prefix)[0].startswith(a_lead)
        assert draft[prefix]["deadline"]["before"] == "2026-11-20"
    assert draft.lead("vận động")[0].startswith(c_lead)
    assert draft.coop("vận động")[0].startswith(c_coop)
    assert draft["vận động"]["deadline"]["month"] == 12


@pytest.mark.parametrize("given", ["Các điểm trên đề nghị Hạt Kiểm lâm khu vực Bảo Lạc chủ trì, Công an xã phối hợp, "
                                   "xong trước 30/11/2026.",
                                   "Các nội dung nêu trên do Hạt Kiểm lâm khu vực Bảo Lạc chủ trì, Công an xã phối hợp, "
                                   "xong trước 30/11/2026."])
def test_all_the_points_above_given_at_once(tmp_path, given):
    lines = plan_head("ngày 20 tháng 10 năm 2026", **XA) + POINTS[:3] + [given] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.tasks) == 2
    for prefix in ("rà soát", "hướng dẫn"):
        assert draft.lead(prefix)[0].startswith("Hạt Kiểm lâm khu vực Bảo Lạc")
        assert draft.coop(prefix)[0].startswith("Công an xã")
        assert draft[prefix]["review"] and any("ngay trên nó" in r for r in draft[prefix]["review"])


def test_a_later_clause_adds_a_partner_to_one_point(tmp_path):
    lines = plan_head("ngày 20 tháng 10 năm 2026", **XA) + POINTS[:3] + [
        "Hai điểm a, b trên đây do phòng Kinh tế làm chủ trì, có Liên minh Hợp tác xã tỉnh hỗ trợ, hoàn thành trước "
        "15/01/2027; riêng điểm b có thêm Đoàn Thanh niên xã cùng làm."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead("hướng dẫn")[0].startswith("phòng Kinh tế")  # the added partner leads nothing
    assert any(c.startswith("Đoàn Thanh niên xã") for c in draft.coop("hướng dẫn"))
    assert not any(c.startswith("Đoàn Thanh niên xã") for c in draft.coop("rà soát"))


@pytest.mark.parametrize("sentence, coop", [
    ("1. Trung tâm Dịch vụ nông nghiệp hướng dẫn kỹ thuật quay mật, Hội Nông dân xã phối hợp, xong trong tháng 11/2026.",
     "Hội Nông dân xã"),
    ("1. Sở Công Thương tổ chức hội chợ mật ong, Liên minh Hợp tác xã tỉnh cùng làm.", "Liên minh Hợp tác xã tỉnh"),
])
def test_partners_named_after_the_lead_clause(tmp_path, sentence, coop):
    draft = written(tmp_path, "ke-hoach.txt", plan_head(**XA) + [sentence] + TAIL)
    [task] = draft.tasks
    assert [draft.names[a] for a in task["cooperating"]][0].startswith(coop)


CSV_ROWS = [
    '1;Khảo sát 40 hộ bán hoa tết: số gian, mặt hàng;Phòng Kinh tế;"Công an phường; Ban Quản lý chợ";20/11/2026',
    '2;"Họp các hộ, giải thích điều lệ hợp tác xã ""mẫu"" của tỉnh";Hội Liên hiệp Phụ nữ phường;;Tháng 12/2026',
]


@pytest.mark.parametrize("header, rows, fenced", [
    ("stt;noi_dung;chu_tri;phoi_hop;han", CSV_ROWS, True),
    ("TT,Nội dung,Chủ trì,Phối hợp,Thời hạn",
     ['1,"Khảo sát 40 hộ bán hoa tết: số gian, mặt hàng",Phòng Kinh tế,"Công an phường, Ban Quản lý chợ",20/11/2026',
      '2,"Họp các hộ, giải thích điều lệ hợp tác xã ""mẫu"" của tỉnh",Hội Liên hiệp Phụ nữ phường,,Tháng 12/2026'],
     False),
])
def test_a_table_of_separated_values(tmp_path, header, rows, fenced):
    body = ["```csv", header, *rows, "```"] if fenced else [header, *rows]
    draft = written(tmp_path, "ke-hoach.md" if fenced else "ke-hoach.txt",
                    plan_head("ngày 01 tháng 10 năm 2026", **PHUONG) + [""] + body + TAIL)
    assert len(draft.tasks) == 2
    assert draft.lead("Khảo sát")[0].startswith("Phòng Kinh tế")
    assert sorted(c[:10] for c in draft.coop("Khảo sát")) == ["Ban Quản l", "Công an ph"]
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-11-20"
    assert draft["Họp các hộ"]["text"].startswith('Họp các hộ, giải thích điều lệ hợp tác xã ""mẫu""')  # as printed
    assert draft.lead("Họp các hộ")[0].startswith("Hội Liên hiệp Phụ nữ phường")
    assert not draft.coop("Họp các hộ")  # an empty field: no partner


def test_a_sentence_with_commas_is_no_table(tmp_path):
    lines = plan_head(**XA) + ["a) Phòng Kinh tế rà soát, lập danh sách, báo cáo UBND xã trước 30/10/2026.",
                               "b) Giao phòng Kinh tế chủ trì, với sự tham gia của Hội Nông dân xã, hoàn thiện hồ sơ "
                               "trước ngày 15/11/2026.",
                               "c) Dịp Tết, Ban quản lý chợ bố trí 20 điểm bán mật ong, không thu phí."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.tasks) == 3


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_roles_marked_in_brackets_and_bodies_that_only_receive(tmp_path, suffix):
    rows = [["1", "Chọn mặt hàng mật ong đủ điều kiện bày bán", "Phòng Kinh doanh (tham gia); Phòng Chất lượng (đầu mối); "
             "Ban Giám đốc (nhận kết quả)", "30/10/2026"],
            ["2", "Ký hợp đồng mua với hợp tác xã", "Phòng Kinh doanh (đầu mối); Phòng Kế toán (tham gia); Sở Công Thương "
             "(để biết)", "15/11/2026"]]
    before = plan_head("ngày 01 tháng 10 năm 2026", issuer="CÔNG TY CỔ PHẦN MẬT ONG BẮC KẠN", number="12/KH-MOBK",
                       place="Bắc Kạn", title="Mua mật ong của hợp tác xã")
    draft = written(tmp_path, "ke-hoach" + suffix,
                    with_table(before, ["TT", "Việc", "Phân công", "Hạn"], rows, TAIL, suffix))
    assert draft.lead("Chọn")[0].startswith("Phòng Chất lượng")
    assert [c[:16] for c in draft.coop("Chọn")] == ["Phòng Kinh doanh"]
    assert draft.lead("Ký hợp đồng")[0].startswith("Phòng Kinh doanh")
    assert [c[:12] for c in draft.coop("Ký hợp đồng")] == ["Phòng Kế toá"]


@pytest.mark.parametrize("cell", ["Khối A + Khối B", "Khối A; Khối B"])
def test_a_set_of_bodies_named_once(tmp_path, cell):
    lines = plan_head("ngày 01 tháng 10 năm 2026", **PHUONG)[:-1] + [
        "II. CÁC KHỐI PHỐI HỢP",
        "- Khối A (kiểm tra): Công an phường; Trạm Y tế phường.",
        "- Khối B (đoàn thể): Đoàn Thanh niên phường; Hội Cựu chiến binh phường.",
        "III. NHIỆM VỤ"]
    rows = [["1", "Kiểm tra an toàn thực phẩm các gian hàng", "Trạm Y tế phường", "Khối A", "Hằng tháng"],
            ["2", "Sơ kết chợ hoa xuân", "Phòng Kinh tế", cell, "Tháng 3/2027"]]
    draft = written(tmp_path, "ke-hoach.txt",
                    with_table(lines, ["TT", "Việc", "Chủ trì", "Phối hợp", "Thời gian"], rows, TAIL, ".txt"))
    assert [c[:16] for c in draft.coop("Kiểm tra")] == ["Công an phường"]  # the set but the lead
    assert sorted(c[:10] for c in draft.coop("Sơ kết")) == ["Công an ph", "Hội Cựu ch", "Trạm Y tế ", "Đoàn Thanh"]


def test_shares_of_a_task_in_per_cent(tmp_path):
    before = plan_head("ngày 05 tháng 10 năm 2026", issuer="CÔNG TY CỔ PHẦN GỖ YÊN BÌNH", number="40/KH-GYB",
                       place="Yên Bái", title="Thu mua gỗ rừng trồng của hợp tác xã") + [
        "Cột Trách nhiệm ghi tỷ lệ phần việc của từng đơn vị; đơn vị có tỷ lệ cao nhất chủ trì."]
    rows = [["TT", "Việc", "Trách nhiệm (tỷ lệ %)", "Hoàn thành"],
            ["1", "Ký hợp đồng mua gỗ với từng hợp tác xã", "Phòng Kế toán: 30%\nPhòng Nguyên liệu: 70%", "20/12/2026"],
            ["2", "Chở gỗ về nhà máy", "Tổ Xe (80%)\nPhòng Nguyên liệu (20%)", "Tháng 01/2027"]]
    draft = word_document(tmp_path, "ke-hoach.docx", before, rows, TAIL)
    assert draft.lead("Ký hợp đồng")[0].startswith("Phòng Nguyên liệu")  # the largest share, printed second
    assert draft.coop("Ký hợp đồng")[0].startswith("Phòng Kế toán")
    assert draft.lead("Chở gỗ")[0].startswith("Tổ Xe")
    assert any("tỷ lệ" in r for r in draft["Chở gỗ"]["review"])


def test_hard_wrapped_text_that_indents_first_lines(tmp_path):
    lines = plan_head("ngày 05 tháng 8 năm 2026", issuer="HỘI NÔNG DÂN TỈNH THÁI NGUYÊN", number="15-KH/HND",
                      place="Thái Nguyên", title="Hội viên nuôi ong vào hợp tác xã")[:-1] + [
        "III. NHIỆM VỤ",
        "   1. Ban Kinh tế - Xã hội rà soát các chi hội nuôi ong có đủ điều kiện",
        "lập tổ hợp tác. Hoàn thành trước 30/9/2026.",
        "   2. Đề nghị Liên minh Hợp tác xã tỉnh cử người giúp các hợp tác xã mới",
        "làm điều lệ khi Hội có đề nghị;",
        "Ban Tuyên huấn phối hợp.",
        "   3. Văn phòng Hội tổng hợp kết quả năm 2026, báo cáo Ban Thường vụ trước",
        "20/12/2026; các ban gửi số liệu về Văn phòng trước 10/12/2026."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.tasks) == 3  # "Ban Tuyên huấn phối hợp." wraps item 2, whatever ";" ends the line above
    assert draft.lead("Đề nghị Liên minh")[0].startswith("Liên minh Hợp tác xã tỉnh")
    assert draft["Văn phòng Hội"]["deadline"]["before"] == "2026-12-20"  # not the other bodies' day


@pytest.mark.parametrize("sentence", ["1. Phòng Kinh tế gom kết quả của các đơn vị, báo UBND xã trước ngày 20/12/2026.",
                                      "1. Mỗi tháng, Văn phòng HĐND và UBND xã gom ý kiến của các thôn, gửi Chủ tịch UBND xã."])
def test_gom_as_offices_say_tong_hop(tmp_path, sentence):
    draft = written(tmp_path, "ke-hoach.txt", plan_head(**XA) + [sentence] + TAIL)
    [task] = draft.tasks
    assert [draft.names[a] for a in task["lead"]][0].startswith(("Phòng Kinh tế", "Văn phòng HĐND và UBND xã"))
