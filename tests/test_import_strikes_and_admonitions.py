"""kehoach import: a plan kept on a wiki and amended by strikethrough, MkDocs admonition boxes, a note in brackets under
a part's title, a progress check beside the deadline, a gazette's running head, and the roles "chịu trách nhiệm chính"
/ "cùng chịu trách nhiệm" (issue 11).

- "Thực hiện: ~~Phòng A~~ Chi cục B" (and "<del>…</del>"): what is struck is no longer the document's; an item struck
  whole is no task.
- "!!! note "Việc 1. Rà soát …"" / "    …": the box's title is its heading.
- "II. NHIỆM VỤ VÀ PHÂN CÔNG" / "(Việc nào có hai cách làm … )": the title stays a part's title.
- "Kiểm tra tiến độ: 15/9/2026. Hoàn thành: trước 25/9/2026.": the check is no deadline; "Dưới mỗi việc là một dòng …
  ghi đơn vị thực hiện …" no task; "II. CÁC VIỆC CỤ THỂ" the part of tasks.
- "CÔNG BÁO/Số 94 + 95/Ngày 28-11-2026    37" … "38    CÔNG BÁO/…": the gazette's head, no text of the plan.
- "X chịu trách nhiệm chính; Y cùng chịu trách nhiệm.", "Trách nhiệm chính: X; cùng chịu trách nhiệm: Y. Hoàn thành …".

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, plan_head, written

TAIL = ["", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tLê Văn Hòa"]
SO = dict(issuer="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH GIA LAI", number="3530/KH-SNNMT", place="Gia Lai",
          title="Phát triển hợp tác xã nuôi cá chình năm 2026 - 2027")
XA = dict(issuer="ỦY BAN NHÂN DÂN XÃ LẠNG GIANG", number="210/KH-UBND", place="Bắc Ninh",
          title="Đưa các tổ hợp tác nuôi bồ câu lên hợp tác xã")


def md(lines: list[str]) -> list[str]:
    return [line.replace("\t", " | ") for line in lines]


# --- struck text ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("struck", ["~~Phòng Kinh tế hợp tác và Phát triển nông thôn~~", "<del>Phòng Kinh tế hợp tác</del>"])
def test_struck_text_is_no_longer_the_documents(tmp_path, struck):
    lines = md(plan_head("ngày 02 tháng 9 năm 2026", **SO)) + [
        "", "1. Rà soát diện tích ao nuôi cá chình của từng hợp tác xã.  ",
        f"   *Thực hiện: {struck} Chi cục Thủy sản và Kiểm ngư. Hạn: ~~tháng 10/2026~~ tháng 12/2026.*", "",
        "2. ~~Đưa đại diện các hợp tác xã đi tham quan mô hình nuôi cá chình ở tỉnh Khánh Hòa.~~  ",
        "   ~~*Thực hiện: Văn phòng Sở. Hạn: tháng 12/2026.*~~", "",
        "3. Mở lớp tập huấn cho thành viên hợp tác xã về chọn giống.  ",
        "   *Thực hiện: Trung tâm Khuyến nông. Hạn: quý IV/2026.*", ""] + md(TAIL)
    draft = written(tmp_path, "ke-hoach.md", lines)
    assert draft.lead("Rà soát")[0].startswith("Chi cục Thủy sản và Kiểm ngư")
    assert draft["Rà soát"]["deadline"]["month"] == 12
    assert not any("Đưa đại diện" in text or "tham quan" in text for text in draft.texts())  # struck whole
    assert draft.lead("Mở lớp")[0].startswith("Trung tâm Khuyến nông")


def test_struck_text_is_gone_from_a_line():
    from generator.text import plain_line

    assert plain_line("Hạn: ~~quý I/2027~~ quý II/2027.") == "Hạn:  quý II/2027."
    assert plain_line("giá ~ 20.000 đồng ~ 25.000 đồng") == "giá ~ 20.000 đồng ~ 25.000 đồng"  # no strikethrough


# --- admonition boxes -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("opener", ['!!! note "{title}"', '???+ tip "{title}"'])
def test_an_admonitions_title_is_its_heading(tmp_path, opener):
    lines = md(plan_head("ngày 02 tháng 11 năm 2026", issuer="LIÊN MINH HTX TỈNH BẮC NINH", number="320/KH-LMHTX",
                         place="Bắc Ninh", title="Ngày Hợp tác xã Việt Nam năm 2027")[:-1]) + [
        "", "## II. CÁC VIỆC CỤ THỂ", "",
        opener.format(title="Việc 1. Rà soát, đề xuất hợp tác xã tiêu biểu"),
        "    Gửi văn bản đề nghị các hợp tác xã thành viên tự đánh giá theo 06 tiêu chí.", "",
        "    Chủ trì: **Ban Phong trào** · Phối hợp: Sở Tài chính · Thời hạn: 15/12/2026", "",
        opener.format(title="Việc 2. Phim tư liệu ngắn"),
        "    Làm 01 phim tư liệu về 05 hợp tác xã tiêu biểu.", "",
        "    Chủ trì: **Văn phòng Liên minh** · Thời hạn: tháng 3/2027", ""] + md(TAIL)
    draft = written(tmp_path, "ke-hoach.md", lines)
    assert not any("!!!" in t or "???" in t or "note" in t for t in draft.texts())
    assert draft.lead("Việc 1.") == ["Ban Phong trào"]
    assert draft.lead("Việc 2.") == ["Văn phòng Liên minh"]


# --- a part's title, its note, a progress check -------------------------------------------------------------------

@pytest.mark.parametrize("note", [
    "(Việc nào có hai cách làm tùy tình hình thì ghi thành từng trường hợp; xảy ra trường hợp nào thì đơn vị và thời hạn "
    "ghi ở trường hợp đó được áp dụng.)",
    "(Mỗi việc ghi hai mốc: \"kiểm tra tiến độ\" là ngày Thường trực nghe đơn vị báo cáo việc đang làm đến đâu; "
    "\"hoàn thành\" là hạn phải xong việc.)"])
def test_a_note_in_brackets_under_a_parts_title(tmp_path, note):
    lines = plan_head("ngày 05 tháng 9 năm 2026", **XA)[:-1] + [
        "", "I. MỤC TIÊU", "", "1. Thành lập được 01 hợp tác xã chăn nuôi bồ câu.", "",
        "II. NHIỆM VỤ VÀ PHÂN CÔNG", "", note, "",
        "1. Rà soát các tổ hợp tác",
        "- Phòng Kinh tế rà soát số hộ, số cặp chim của 06 tổ; xong trước 31/10/2026.",
        "- Trường hợp có đơn phản ánh về mùi hôi: Công an xã làm việc với hộ bị phản ánh trong 05 ngày làm việc."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead("Phòng Kinh tế rà soát") == ["Phòng Kinh tế"]
    assert draft.lead("Trường hợp có đơn")[0].startswith("Công an xã")


@pytest.mark.parametrize("fields_, due", [
    ("Kiểm tra tiến độ: 15/9/2026. Hoàn thành: trước 25/9/2026.", "2026-09-25"),
    ("Kiểm tra tiến độ: 20/9/2026 (chốt danh sách học viên). Hoàn thành: trước 10/10/2026.", "2026-10-10"),
])
def test_a_progress_check_is_no_deadline(tmp_path, fields_, due):
    lines = plan_head("ngày 26 tháng 8 năm 2026", issuer="THÀNH ĐOÀN HẢI PHÒNG", number="215-KH/TĐTN-PT", place="Hải Phòng",
                      title="Thanh niên làm rươi vào tổ hợp tác, hợp tác xã") + [
        "1. Ban Phong trào chủ trì, phối hợp Đoàn các xã rà soát đoàn viên đang làm rươi, lập danh sách.", f"   {fields_}",
        "2. Ban Tuyên giáo tổ chức 04 buổi bán hàng trực tuyến chả rươi của các tổ hợp tác.",
        "   Kiểm tra tiến độ: 01/11/2026. Hoàn thành: trước 30/11/2026."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.tasks) == 2
    assert draft["Ban Phong trào"]["deadline"]["before"] == due
    assert draft["Ban Tuyên giáo"]["deadline"]["before"] == "2026-11-30"


@pytest.mark.parametrize("note", ["Dưới mỗi việc là một dòng in nghiêng ghi đơn vị thực hiện, đơn vị cùng làm và hạn.",
                                  "Sau mỗi nhiệm vụ có ghi cơ quan chủ trì và thời hạn trong ngoặc."])
def test_what_the_line_under_each_item_says_is_no_task(note):
    assert gives_no_task(note)


@pytest.mark.parametrize("part", ["II. CÁC VIỆC CỤ THỂ", "III. NHỮNG VIỆC CHỦ YẾU"])
def test_the_specific_work_is_the_part_of_tasks(tmp_path, part):
    lines = plan_head("ngày 05 tháng 9 năm 2026", **XA)[:-1] + [
        part, "1. Lập sổ theo dõi từng hộ nuôi bồ câu, xong trước 15/10/2026.",
        "2. Phòng Kinh tế tổng hợp kết quả, báo cáo Ủy ban nhân dân xã trước 15/12/2026."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft["Lập sổ"]


# --- a gazette's running head ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("head", ["CÔNG BÁO/Số 94 + 95/Ngày 28-11-2026", "CÔNG BÁO TỈNH SƠN LA/Số 12/Ngày 05-3-2026"])
def test_a_gazettes_running_head_with_its_page_number(tmp_path, head):
    body = [f"{head}                                          37"] + plan_head("ngày 20 tháng 11 năm 2026", **SO)[1:] + [
        "1. Tư vấn cho các hợp tác xã soạn thảo, ký kết và thực hiện hợp đồng liên kết với doanh nghiệp chế biến, xuất",
        "khẩu cà phê, mận, xoài; giới thiệu luật sư, trọng tài viên khi có tranh chấp với doanh nghiệp. Liên minh",
        f"38                                          {head}",
        "Hợp tác xã tỉnh chịu trách nhiệm chính. Thời gian: thường xuyên.",
        "2. Đưa tin về các hợp tác xã làm tốt liên kết. Sở Văn hóa, Thể thao và Du lịch chịu trách nhiệm chính.",
        f"{head}                                          39"] + TAIL
    body.insert(1, "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH GIA LAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    draft = written(tmp_path, "ke-hoach.txt", body)
    assert not any("CÔNG BÁO" in t for t in draft.texts())
    assert draft["Tư vấn"]["text"].endswith("Liên minh Hợp tác xã tỉnh chịu trách nhiệm chính. Thời gian: thường xuyên.")


# --- the one that answers for it, those that answer with it ---------------------------------------------------------

@pytest.mark.parametrize("roles, lead, coop", [
    ("Sở Công Thương chịu trách nhiệm chính; Liên minh Hợp tác xã tỉnh cùng chịu trách nhiệm. Thời gian: quý I/2027.",
     "Sở Công Thương", "Liên minh Hợp tác xã tỉnh"),
    ("Trách nhiệm chính: Sở Tài chính; cùng chịu trách nhiệm: Sở Nông nghiệp và Môi trường. Hoàn thành thẩm định trong "
     "20 ngày làm việc kể từ ngày nhận đủ hồ sơ.", "Sở Tài chính", "Sở Nông nghiệp và Môi trường"),
])
def test_the_one_that_answers_for_it_and_those_with_it(tmp_path, roles, lead, coop):
    lines = plan_head("ngày 20 tháng 11 năm 2026", issuer="ỦY BAN NHÂN DÂN TỈNH SƠN LA", number="3900/KH-UBND",
                      place="Sơn La", title="Liên kết sản xuất cà phê, mận, xoài của hợp tác xã") + [
        f"1. Tổ chức 03 hội nghị kết nối giữa hợp tác xã với doanh nghiệp chế biến. {roles}"] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    [task] = draft.tasks
    assert [draft.names[a] for a in task["lead"]][0].startswith(lead)
    assert [draft.names[c] for c in task["cooperating"]] == [draft.names[task["cooperating"][0]]]
    assert draft.names[task["cooperating"][0]].startswith(coop)
    assert "hoan-thanh" not in task["cooperating"][0]


def test_a_city_abbreviated_is_no_sentences_end():
    from generator.importer.draft import _item_fields, _Line

    assert _item_fields([_Line("Phối hợp: Sở Công Thương TP. Hồ Chí Minh")])["coop"] == "Sở Công Thương TP. Hồ Chí Minh"
