"""kehoach import: a list of tasks attached after the signature and written as text, not as a table (issue 11).
Nghị định 30/2020/NĐ-CP gives an attachment its own caption and "(Kèm theo …)" after the signature: a Quyết định
giao nhiệm vụ attaches a "DANH MỤC NHIỆM VỤ", a plan a "PHỤ LỤC"; their items carry labelled lines, often with the
label alone on its line and the value on the next ("Cơ quan chủ trì:" / "Sở …", as a form or a label-and-value
table pasted as text prints them). Tested on two documents of our own (tests/fixtures/import/: a province's
Quyết định as plain text, a commune's plan in Markdown with bold labels and blank lines), never on the held-out
sets (benchmarks/corpus/unseen*/), which only measure."""

from __future__ import annotations

from pathlib import Path

from generator.importer import layout

from drafts import Draft

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "import"


def _appendix(draft: Draft) -> list[dict]:
    return [t for t in draft.tasks if t["place"]["part"] == "appendix"]


def test_a_danh_muc_attached_to_a_quyet_dinh():
    draft = Draft(FIXTURES / "qd-danh-muc-nhan-nhan.txt")
    rows = _appendix(draft)
    assert [t["text"] for t in rows] == [
        "Hỗ trợ hợp tác xã chè cải tạo nương chè già cỗi, trồng giống chè mới",
        "Cấp mã số vùng trồng cam sành cho hợp tác xã đủ điều kiện",
        "Tổ chức Hội chợ cam sành và sản phẩm OCOP của hợp tác xã",
        "Hướng dẫn hợp tác xã bán chè trên sàn thương mại điện tử"]
    assert [[draft.names[a] for a in t["lead"]] for t in rows] == [
        ["Sở Nông nghiệp và Môi trường"], ["Sở Nông nghiệp và Môi trường"], ["Sở Công Thương"], ["Sở Công Thương"]]
    assert [[draft.names[a] for a in t.get("cooperating", [])] for t in rows] == [
        ["Ủy ban nhân dân các xã có vùng chè"], [],
        ["Liên minh Hợp tác xã tỉnh", "Sở Văn hóa, Thể thao và Du lịch"],
        ["Liên minh Hợp tác xã tỉnh"]]  # its label and value apart by a page number
    assert [t["deadline"]["kind"] for t in rows] == ["quarter", "before", "month", "year"]
    assert rows[1]["deadline"]["before"] == "2026-06-30"
    # the list's groups and row numbers, as printed
    assert [(t["place"].get("appendix_group"), t["place"].get("appendix_row")) for t in rows] == [
        ("I", "1"), ("I", "2"), ("II", "3"), ("II", "4")]
    assert [(g["id"], g["title"]) for g in draft.plan["groups"]] == [("pl-i", "SẢN XUẤT"), ("pl-ii", "TIÊU THỤ")]
    assert {t["group"] for t in rows} == {"pl-i", "pl-ii"}
    # the caption, the "Kèm theo" line and the labels are no task; the header stays the Quyết định's
    assert not [t for t in draft.tasks if "DANH MỤC" in t["text"] or "Kèm theo" in t["text"]]
    assert draft.plan["number"] == "2087/QĐ-UBND" and draft.plan["signer"]["name"] == "Hoàng Việt Phương"


def test_a_phu_luc_attached_to_a_commune_plan():
    draft = Draft(FIXTURES / "kh-phu-luc-nhan-dong.md")
    rows = _appendix(draft)
    assert [t["text"] for t in rows] == [
        "Tuyên truyền Luật Hợp tác xã năm 2023 trên hệ thống loa truyền thanh của xã",
        "Vận động các tổ hợp tác trồng rau an toàn chuyển đổi thành hợp tác xã",
        "Hỗ trợ hợp tác xã xây dựng sản phẩm mật ong đạt chuẩn OCOP 3 sao"]
    assert [[draft.names[a] for a in t["lead"]] for t in rows] == [
        ["Trung tâm Văn hóa, Thông tin và Thể thao xã"], ["Phòng Kinh tế"], ["Phòng Kinh tế"]]
    assert [[draft.names[a] for a in t.get("cooperating", [])] for t in rows] == [[], ["Hội Nông dân xã"], []]
    assert [t["deadline"]["kind"] for t in rows] == ["ongoing", "quarter", "year"]
    assert [t["id"] for t in rows] == ["pl-001", "pl-002", "pl-003"]
    # the body's own task stays in the body
    assert [t["text"][:30] for t in draft.tasks if t["place"]["part"] == "body"] == ["Phòng Kinh tế theo dõi, tổng h"]


def test_a_label_alone_on_its_line_takes_the_next_line():
    lines = ["1. Rà soát hợp tác xã ngừng hoạt động", "Đơn vị chủ trì:", "Sở Tài chính", "Thời hạn:", "",
             "Quý IV/2026", "Đơn vị phối hợp:", "Cơ quan chủ trì: Sở Nội vụ"]
    texts = [p.text for p in layout.paragraphs(lines)]
    assert texts == ["Rà soát hợp tác xã ngừng hoạt động", "Đơn vị chủ trì: Sở Tài chính", "Thời hạn: Quý IV/2026",
                     "Đơn vị phối hợp:", "Cơ quan chủ trì: Sở Nội vụ"]


def test_a_label_line_opens_a_paragraph_after_a_title_without_a_full_stop():
    lines = ["2. Hỗ trợ hợp tác xã ứng dụng phần mềm kế toán", "Cơ quan chủ trì: Sở Khoa học và Công nghệ"]
    assert [p.text for p in layout.paragraphs(lines)] == ["Hỗ trợ hợp tác xã ứng dụng phần mềm kế toán",
                                                          "Cơ quan chủ trì: Sở Khoa học và Công nghệ"]


def test_a_label_word_in_lower_case_at_a_line_start_is_a_wrapped_sentence():
    lines = ["Sở Tài chính chủ trì, phối hợp với các cơ quan có liên quan tổ chức", "thực hiện: rà soát, bổ sung "
             "quy chế quản lý Quỹ hỗ trợ phát triển hợp tác xã."]
    assert len(layout.paragraphs(lines)) == 1
