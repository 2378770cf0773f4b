"""kehoach import: tasks that are sentences inside a paragraph (issue 11). A Thông báo kết luận or a Công văn gives
work in running prose — "Giao Sở A chủ trì …. Trên cơ sở đó, giao Sở B …. Đề nghị C …. Sở D có trách nhiệm …" — one
task per sentence that gives work, the sentences after it that give none going on with it and the ones before the
first being context; an item whose first sentence is its title stays one task. Also the date in words after
"trước" ("trước ngày 30 tháng 11 năm 2025", as Nghị định 30/2020 writes dates) and the communes or wards of a level
as the doer ("các xã, phường …"). Tested on documents written here (a Thông báo kết luận of a province and a
Công văn of a Sở), never on the held-out sets (benchmarks/corpus/unseen*/), which only measure."""

from __future__ import annotations

import pytest

from generator.importer import draft as draft_module, fields

from drafts import written

HEAD_TB = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH CÀ MAU\tĐộc lập - Tự do - Hạnh phúc",
           "VĂN PHÒNG", "Số: 511/TB-VP\tCà Mau, ngày 06 tháng 8 năm 2026", "", "THÔNG BÁO",
           "Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về hợp tác xã nuôi tôm", "",
           "Ngày 01 tháng 8 năm 2026, Phó Chủ tịch Ủy ban nhân dân tỉnh chủ trì cuộc họp về hợp tác xã nuôi tôm. "
           "Sau khi nghe báo cáo, Phó Chủ tịch kết luận như sau:", "",
           "1. Kết quả", "Các hợp tác xã nuôi tôm đã liên kết với doanh nghiệp chế biến; tuy nhiên vốn còn ít.", "",
           "2. Thời gian tới"]
BODY_TB = ("Để hợp tác xã nuôi tôm phát triển bền vững, cần tập trung tháo gỡ khó khăn về vốn và thị trường. Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh rà soát diện "
           "tích nuôi tôm của các hợp tác xã, báo cáo Ủy ban nhân dân tỉnh trước ngày 30 tháng 11 năm 2026. Kết quả rà "
           "soát gửi kèm danh sách hợp tác xã cần hỗ trợ. Trên cơ sở đó, giao Sở Tài chính chủ trì tham mưu bố trí "
           "kinh phí hỗ trợ con giống cho hợp tác xã, hoàn thành trong quý I/2027. Đề nghị Ngân hàng Nhà nước khu vực "
           "14 chỉ đạo các tổ chức tín dụng cho vay hợp tác xã nuôi tôm theo chuỗi giá trị.")
BODY_TB2 = ("Đối với cấp cơ sở, các xã, phường ven biển hướng dẫn tổ hợp tác nuôi tôm chuyển đổi thành hợp tác xã, hoàn "
            "thành trong năm 2027. Liên minh Hợp tác xã tỉnh tiếp tục tư vấn thành lập hợp tác xã nuôi tôm, thực hiện "
            "thường xuyên.")
TAIL_TB = ["", "Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.", "",
           "Nơi nhận:\tKT. CHÁNH VĂN PHÒNG", "- Các sở: NNMT, TC;\tPHÓ CHÁNH VĂN PHÒNG", "- Lưu: VT.\tLê Văn Sử"]

HEAD_CV = ["SỞ CÔNG THƯƠNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH TÂY NINH\tĐộc lập - Tự do - Hạnh phúc",
           "Số: 1422/SCT-QLTM\tTây Ninh, ngày 19 tháng 5 năm 2026", "V/v tổ chức phiên chợ sản phẩm hợp tác xã", "",
           "Kính gửi:", "- Các phòng thuộc Sở;", "- Trung tâm Khuyến công và Xúc tiến thương mại.", "",
           "Thực hiện Kế hoạch số 88/KH-UBND ngày 02/3/2026 của Ủy ban nhân dân tỉnh, Sở Công Thương đề nghị các đơn vị "
           "thực hiện như sau:", ""]
BODY_CV = ("Trung tâm Khuyến công và Xúc tiến thương mại có trách nhiệm xây dựng phương án tổ chức 02 phiên chợ sản phẩm "
           "hợp tác xã tại TP. Tây Ninh, trình Giám đốc Sở trước ngày 15/6/2026. Phòng Quản lý thương mại phối hợp với "
           "Liên minh Hợp tác xã tỉnh lựa chọn hợp tác xã tham gia, ưu tiên sản phẩm OCOP, hoàn thành trong tháng 7/2026. "
           "Văn phòng Sở bố trí kinh phí tổ chức phiên chợ theo quy định.")
TAIL_CV = ["", "Đề nghị các đơn vị triển khai thực hiện./.", "", "Nơi nhận:\tKT. GIÁM ĐỐC", "- Như trên;\tPHÓ GIÁM ĐỐC",
           "- Lưu: VT, QLTM.\tNguyễn Văn Tâm"]


def _starts(draft) -> list[str]:
    return [t["text"][:40] for t in draft.tasks]


def test_a_thong_bao_ket_luan_gives_a_task_per_sentence(tmp_path):
    draft = written(tmp_path, "ket-luan.txt", HEAD_TB + [BODY_TB, "", BODY_TB2] + TAIL_TB)
    rice = draft["Giao Sở Nông nghiệp và Môi trường chủ trì"]
    # the sentence after it that gives no work goes on with it
    assert rice["text"].endswith("Kết quả rà soát gửi kèm danh sách hợp tác xã cần hỗ trợ.")
    assert draft.lead("Giao Sở Nông nghiệp") == ["Sở Nông nghiệp và Môi trường"]
    assert draft.coop("Giao Sở Nông nghiệp") == ["Liên minh Hợp tác xã tỉnh"]
    assert rice["deadline"]["kind"] == "before" and rice["deadline"]["before"] == "2026-11-30"
    # a sentence after a fronted clause: its doer after "giao"
    assert draft.lead("Trên cơ sở đó, giao Sở Tài chính") == ["Sở Tài chính"]
    assert draft["Trên cơ sở đó, giao Sở Tài chính"]["deadline"]["quarters"] == [1]
    assert draft.lead("Đề nghị Ngân hàng Nhà nước khu vực 14") == ["Ngân hàng Nhà nước khu vực 14"]
    assert draft.lead("Liên minh Hợp tác xã tỉnh tiếp tục") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft["Liên minh Hợp tác xã tỉnh tiếp tục"]["deadline"]["kind"] == "ongoing"
    communes = draft["Đối với cấp cơ sở, các xã, phường ven biển"]
    assert communes["deadline"] == {"kind": "year", "year": 2027, "printed": communes["deadline"]["printed"]}
    # the context sentences are no task, nor is what the section "1. Kết quả" found, and nothing is lost: every task's text is in the document
    assert not [t for t in draft.tasks if t["text"].startswith(("Để hợp tác xã", "Các hợp tác xã nuôi tôm"))]
    assert len([t for t in draft.tasks if t["place"]["part"] == "body"]) == 5
    for task in draft.tasks:
        assert task["text"] in BODY_TB + " " + BODY_TB2


def test_a_cong_van_gives_a_task_per_sentence_whose_subject_is_a_body(tmp_path):
    draft = written(tmp_path, "cong-van.txt", HEAD_CV + [BODY_CV] + TAIL_CV)
    assert _starts(draft) == [s[:40] for s in draft_module._sentences(BODY_CV)]
    assert _starts(draft)[2] == "Văn phòng Sở bố trí kinh phí tổ chức phi"  # the closing formula is no task
    # "TP. Tây Ninh" ends no sentence
    assert "TP. Tây Ninh, trình Giám đốc Sở trước ngày 15/6/2026." in draft.tasks[0]["text"]
    assert draft.tasks[0]["deadline"]["before"] == "2026-06-15"
    assert draft.coop("Phòng Quản lý thương mại") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft["Phòng Quản lý thương mại"]["deadline"]["month"] == 7


def test_an_item_titled_by_its_first_sentence_stays_one_task(tmp_path):
    item = ("1. Nâng cao năng lực quản trị của hợp tác xã nuôi tôm. Liên minh Hợp tác xã tỉnh tổ chức bồi dưỡng cho "
            "giám đốc hợp tác xã. Sở Nội vụ hướng dẫn chính sách thu hút lao động trẻ về làm việc tại hợp tác xã.")
    draft = written(tmp_path, "muc.txt", HEAD_TB + [item] + TAIL_TB)
    assert [t["text"] for t in draft.tasks if t["text"].startswith("Nâng cao")] == [item[3:]]
    assert not [t for t in draft.tasks if t["text"].startswith("Sở Nội vụ")]


@pytest.mark.parametrize("text,count", [
    ("Giao Sở A rà soát. Giao Sở B tổng hợp.", 2),
    ("Tổ chức hội nghị tại TP. Hồ Chí Minh. Giao Sở A chủ trì.", 2),
    ("Gặp ThS. Nguyễn Văn A tại Q. 1 để trao đổi.", 1),
    ("Rà soát hợp tác xã. sau đó báo cáo.", 1),
    # a full stop inside a quotation or brackets: "Giao X …. Giao Y …" quoted is one sentence
    ('Tuyên truyền khẩu hiệu "Hợp tác xã mạnh. Nông thôn giàu." trên loa. Giao Sở A chủ trì.', 2),
    ("Tuyên truyền khẩu hiệu “Hợp tác xã mạnh. Nông thôn giàu.” trên loa. Giao Sở A chủ trì.", 2),
    ("Rà soát (theo mẫu số 1. Kèm theo) hợp tác xã. Giao Sở A chủ trì.", 2),
])
def test_sentences(text, count):
    assert len(draft_module._sentences(text)) == count
    assert " ".join(draft_module._sentences(text)) == text


@pytest.mark.parametrize("text,before", [
    ("Báo cáo Ủy ban nhân dân tỉnh trước ngày 30 tháng 11 năm 2025.", "2025-11-30"),
    ("Các xã bố trí mặt bằng, hoàn thành trước ngày 05 tháng 6 năm 2026.", "2026-06-05"),
])
def test_a_date_in_words_after_truoc(text, before):
    found = fields.deadline(text)
    assert (found.kind, found.before) == ("before", before) and found.printed in text


def test_a_cited_date_in_words_is_no_deadline():
    assert fields.deadline("Căn cứ Nghị quyết ngày 18 tháng 7 năm 2025 của Hội đồng nhân dân tỉnh, tổ chức tập huấn.")\
        .kind == "unspecified"


@pytest.mark.parametrize("text", ["các xã, phường ven biển hướng dẫn", "Các huyện, thành phố chỉ đạo",
                                  "các đặc khu bố trí"])
def test_the_communes_of_a_level_open_like_a_body(text):
    assert fields.starts_body(text, named=False)


# --- parts enumerated inside a paragraph ---------------------------------------------------------------------------

HEAD_KH = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH SƠN LA\tĐộc lập - Tự do - Hạnh phúc",
           "Số: 203/KH-UBND\tSơn La, ngày 10 tháng 9 năm 2025", "", "KẾ HOẠCH",
           "Phát triển hợp tác xã cây ăn quả giai đoạn 2025 - 2027", "", "I. MỤC ĐÍCH",
           "Nâng cao hiệu quả hợp tác xã cây ăn quả.", "", "II. NHIỆM VỤ VÀ PHÂN CÔNG"]
NUMBERED = ("1. Về sản xuất: (1) Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh hướng dẫn "
            "hợp tác xã xoài, nhãn cấp mã số vùng trồng, hoàn thành trong quý II/2026; (2) Ủy ban nhân dân các xã vùng "
            "cao vận động hộ trồng mận liên kết thành tổ hợp tác trong năm 2026; (3) Liên minh Hợp tác xã tỉnh tư vấn "
            "thành lập hợp tác xã mới, thực hiện thường xuyên.")
LETTERED = ("2. Về tiêu thụ, các cơ quan thực hiện như sau: a) Sở Công Thương tổ chức tuần lễ xoài, nhãn Sơn La tại "
            "Hà Nội, hằng năm; b) Quỹ Hỗ trợ phát triển hợp tác xã tỉnh ưu tiên vốn cho hợp tác xã đầu tư kho lạnh "
            "trong năm 2026.")


def test_parts_enumerated_inside_a_paragraph_are_tasks(tmp_path):
    draft = written(tmp_path, "liet-ke.txt", HEAD_KH + [NUMBERED, LETTERED] + TAIL_TB)
    assert draft.lead("Sở Nông nghiệp và Môi trường chủ trì") == ["Sở Nông nghiệp và Môi trường"]
    assert draft.coop("Sở Nông nghiệp và Môi trường chủ trì") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft["Sở Nông nghiệp và Môi trường chủ trì"]["deadline"]["quarters"] == [2]
    assert draft.lead("Ủy ban nhân dân các xã vùng cao") == ["Ủy ban nhân dân các xã vùng cao"]
    assert draft["Liên minh Hợp tác xã tỉnh tư vấn"]["deadline"]["kind"] == "ongoing"
    assert draft.lead("Sở Công Thương tổ chức") == ["Sở Công Thương"]
    assert draft["Sở Công Thương tổ chức"]["deadline"]["kind"] == "annual"
    assert draft.lead("Quỹ Hỗ trợ phát triển hợp tác xã tỉnh ưu tiên") == ["Quỹ Hỗ trợ phát triển hợp tác xã tỉnh"]
    # the lead-ins ("Về sản xuất:") are no tasks, and each part is printed in the paragraph
    assert not [t for t in draft.tasks if t["text"].startswith("Về ")]
    for task in draft.tasks:
        assert task["text"] in NUMBERED + LETTERED or task["place"]["section"] != "II"


@pytest.mark.parametrize("text,parts", [
    ("Về vốn: (1) Sở A cho vay; (2) Sở B hỗ trợ.", ["Sở A cho vay", "Sở B hỗ trợ."]),
    ("Gồm: a) Sở A rà soát; b) Sở B tổng hợp.", ["Sở A rà soát", "Sở B tổng hợp."]),
    ("Thực hiện theo điểm a) khoản 1 Điều 5; (2) không liên tục.", []),   # no run from "(1)"/"a)"
    ("Về vốn: (1) Sở A cho vay; (3) Sở B hỗ trợ.", []),                   # the enumerators do not count on
])
def test_enumerated_parts(text, parts):
    assert draft_module._enumerated(text) == parts
