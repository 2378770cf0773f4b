"""Each class of input error gives one exact `file:line:col: field: message`."""

import re
from pathlib import Path

from generator.cli import main
from generator.source.validate import check

PLAN = "plans/mini.yaml"
REG = "registry/base.yaml"


def problems_for(source: Path, strict=False):
    _, problems = check(source)
    return [str(p) for p in problems.sorted() if strict or p.level == "error"]


def misses(source: Path):
    """Errors with the nearest passage of a fidelity miss cut off."""
    return [re.sub(r"; đoạn gần nhất.*", "", p) for p in problems_for(source)]


def edit(source: Path, rel: str, old: str, new: str, count=1):
    path = source / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def test_fixture_is_valid(mini_copy):
    dataset, problems = check(mini_copy)
    assert dataset is not None and problems.items == []


def test_yaml_syntax_error(mini_copy):
    edit(mini_copy, PLAN, "kind: ke-hoach", "kind: [ke-hoach")
    [message] = problems_for(mini_copy)
    # libyaml (PyYAML's C parser) and the pure-Python parser word it differently
    assert message in (
        "source/plans/mini.yaml:3:7: lỗi cú pháp YAML: expected ',' or ']', but got ':'",
        "source/plans/mini.yaml:3:7: lỗi cú pháp YAML: did not find expected ',' or ']'",
    )


def test_duplicate_key(mini_copy):
    edit(mini_copy, PLAN, "kind: ke-hoach\n", "kind: ke-hoach\nkind: cong-van\n")
    assert problems_for(mini_copy) == ["source/plans/mini.yaml:3:1: khóa 'kind' bị lặp"]


def test_unknown_field_and_wrong_type_reported_together(mini_copy):
    edit(mini_copy, PLAN, "kind: ke-hoach\n", "kind: ke-hoach\ncolour: blue\n")
    edit(mini_copy, PLAN, "legal_basis: [09-nq-cp-2023]", "legal_basis: 09-nq-cp-2023")
    assert problems_for(mini_copy) == [
        "source/plans/mini.yaml:3:9: colour: trường không có trong mô hình dữ liệu",
        "source/plans/mini.yaml:11:14: legal_basis: phải là một danh sách",
    ]


def test_impossible_date(mini_copy):
    edit(mini_copy, PLAN, "month: 4, day: 5", "month: 2, day: 30")
    assert problems_for(mini_copy) == ["source/plans/mini.yaml:4:72: date.day: không có ngày 30/2"]


def test_impossible_iso_date_in_registry(mini_copy):
    edit(mini_copy, REG, "date: 2023-02-02", "date: 2023-02-30")
    messages = problems_for(mini_copy)
    assert "source/registry/base.yaml:38:11: documents[0].date: phải là ngày dạng YYYY-MM-DD" in messages


def test_year_out_of_range(mini_copy):
    edit(mini_copy, PLAN, "year: 2030\n    section: I", "year: 20230\n    section: I")
    assert problems_for(mini_copy) == [
        "source/plans/mini.yaml:18:11: targets[0].year: phải nhỏ hơn hoặc bằng 2100"
    ]


def test_duplicate_ids(mini_copy):
    edit(mini_copy, PLAN, "id: nv-002", "id: nv-001")
    edit(mini_copy, REG, "id: so-tai-chinh-thu-nghiem\n", "id: so-ke-hoach-dau-tu-thu-nghiem\n")
    messages = problems_for(mini_copy)
    assert "source/plans/mini.yaml:41:9: tasks[1].id: id 'nv-001' bị trùng trong tasks" in messages
    assert ("source/registry/base.yaml:27:9: agencies[2].id: id 'so-ke-hoach-dau-tu-thu-nghiem' bị trùng "
            "trong agencies (khai báo đầu tiên ở source/registry/base.yaml:18)") in messages


def test_unknown_references(mini_copy):
    edit(mini_copy, PLAN, "lead: [so-tai-chinh-thu-nghiem]", "lead: [so-khong-co]")
    edit(mini_copy, PLAN, "province: thu-nghiem", "province: atlantis")
    edit(mini_copy, PLAN, "legal_basis: [09-nq-cp-2023]", "legal_basis: [99-nq-cp-2099]")
    edit(mini_copy, PLAN, "kind: ty-le-hoat-dong-hieu-qua", "kind: happiness")
    messages = problems_for(mini_copy)
    assert "source/plans/mini.yaml:6:11: province: không có tỉnh 'atlantis' trong danh mục" in messages
    assert "source/plans/mini.yaml:10:15: legal_basis[0]: không có văn bản '99-nq-cp-2099' trong danh mục" in messages
    assert "source/plans/mini.yaml:22:11: targets[1].kind: không có loại chỉ tiêu 'happiness' trong danh mục" in messages
    assert "source/plans/mini.yaml:45:12: tasks[1].lead[0]: không có cơ quan 'so-khong-co' trong danh mục" in messages


def test_unknown_topic_override(mini_copy):
    edit(mini_copy, PLAN, "    deadline: {printed: thực hiện thường xuyên, kind: ongoing}",
         "    deadline: {printed: thực hiện thường xuyên, kind: ongoing}\n    topics: [bay-vu-tru]")
    assert problems_for(mini_copy) == ["source/plans/mini.yaml:48:14: tasks[1].topics[0]: không có chủ đề 'bay-vu-tru' trong danh mục"]


def test_target_without_year(mini_copy):
    edit(mini_copy, PLAN, "    year: 2030\n    section: I\n", "    section: I\n")
    assert problems_for(mini_copy) == ["source/plans/mini.yaml:12:5: targets[0].year: thiếu trường bắt buộc"]


def test_task_without_lead(mini_copy):
    edit(mini_copy, PLAN, "    lead: [so-tai-chinh-thu-nghiem]\n", "")
    assert problems_for(mini_copy) == ["source/plans/mini.yaml:41:5: tasks[1].lead: nhiệm vụ không có cơ quan chủ trì"]


def test_fidelity_miss_names_field_and_nearest_passage(mini_copy):
    edit(mini_copy, PLAN, "text: Tổ chức hội nghị quán triệt", "text: Tổ chức hội thảo quán triệt")
    assert problems_for(mini_copy) == [
        "source/plans/mini.yaml:33:11: tasks[0].text: không tìm thấy trong mini.txt; đoạn gần nhất, dòng 14: "
        "'- Tổ chức hội nghị quán triệt Nghị quyết về kinh tế tập thể, hợp tác xã.'"
    ]


def test_value_must_appear_in_quote(mini_copy):
    edit(mini_copy, PLAN, "value: 150", "value: 15")
    assert problems_for(mini_copy) == [
        "source/plans/mini.yaml:15:12: targets[0].value: giá trị 15 không có trong câu trích"
    ]


def test_agency_must_be_named_in_quote(mini_copy):
    edit(mini_copy, PLAN, "cooperating: [so-tai-chinh-thu-nghiem]", "cooperating: [ubnd-thu-nghiem]")
    assert problems_for(mini_copy) == [
        "source/plans/mini.yaml:38:19: tasks[0].cooperating[0]: cơ quan 'ubnd-thu-nghiem' không được nêu tên "
        "trong cooperating_text hay text (thêm tên như in vào variants?)"
    ]


def test_unlisted_agency_in_quote_is_a_warning_and_strict_fails(mini_copy, capsys):
    edit(mini_copy, PLAN, "    cooperating: [so-tai-chinh-thu-nghiem]\n", "")
    assert problems_for(mini_copy) == []
    assert problems_for(mini_copy, strict=True) == [
        "source/plans/mini.yaml:38:23: tasks[0].cooperating_text: cảnh báo: nêu tên 'Sở Tài chính tỉnh Thử Nghiệm' "
        "nhưng cơ quan này không có trong chủ trì hay phối hợp"
    ]
    assert main(["check", "--source", str(mini_copy)]) == 0
    assert main(["check", "--strict", "--source", str(mini_copy)]) == 1


def test_review_marker_blocks_publication(mini_copy):
    edit(mini_copy, PLAN, "    deadline: {printed: thực hiện thường xuyên, kind: ongoing}",
         "    deadline: {printed: thực hiện thường xuyên, kind: ongoing}\n    review: [lead unclear]")
    assert problems_for(mini_copy) == [
        "source/plans/mini.yaml:48:14: tasks[1].review[0]: cần rà soát trước khi công bố: lead unclear"
    ]


def test_successor_cycle(mini_copy):
    edit(mini_copy, REG, "    province: thu-nghiem\ndocuments:",
         "    province: thu-nghiem\n    successor: {agency: so-ke-hoach-dau-tu-thu-nghiem}\ndocuments:")
    [message] = problems_for(mini_copy)
    assert message == ("source/registry/base.yaml:25:15: agencies[1].successor.agency: chuỗi cơ quan kế nhiệm quay vòng: "
                       "so-ke-hoach-dau-tu-thu-nghiem → so-tai-chinh-thu-nghiem → so-ke-hoach-dau-tu-thu-nghiem")


def test_bad_ids_are_rejected(mini_copy):
    edit(mini_copy, PLAN, "id: thu-nghiem-2023-kh-12", "id: ../../etc/passwd")
    edit(mini_copy, PLAN, "id: nv-001", "id: NV 001")
    messages = problems_for(mini_copy)
    assert messages == [
        "source/plans/mini.yaml:1:5: id: phải là id chữ thường ASCII (a-z, 0-9 và từng dấu '-' đơn)",
        "source/plans/mini.yaml:32:9: tasks[0].id: phải là id chữ thường ASCII (a-z, 0-9 và từng dấu '-' đơn)",
    ]


def test_invalid_utf8_bom_and_nul(mini_copy):
    path = mini_copy / PLAN
    path.write_bytes(b"id: x\ntitle: \xff\xfe\n")
    assert problems_for(mini_copy) == ["source/plans/mini.yaml:2:8: tệp không phải UTF-8 hợp lệ (hãy lưu lại dưới dạng UTF-8)"]
    path.write_bytes("\ufeff".encode() + (Path(__file__).parent / "fixtures/mini/source/plans/mini.yaml").read_bytes())
    assert problems_for(mini_copy) == []


def test_aliases_refused(mini_copy):
    path = mini_copy / PLAN
    bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c]\n"
    path.write_text(bomb, encoding="utf-8")
    [message] = problems_for(mini_copy)
    assert message.endswith("không được dùng anchor/alias của YAML (& và *)")


def test_oversized_file_refused_before_parsing(mini_copy):
    from generator.source.loader import MAX_FILE_BYTES

    path = mini_copy / PLAN
    path.write_bytes(b"# " + b"x" * MAX_FILE_BYTES + b"\n")
    assert problems_for(mini_copy) == [
        f"source/plans/mini.yaml:1:1: tệp {MAX_FILE_BYTES + 3} byte, vượt giới hạn {MAX_FILE_BYTES} byte"
    ]


def test_cli_reports_all_problems_and_exits_1(mini_copy, capsys):
    edit(mini_copy, PLAN, "legal_basis: [09-nq-cp-2023]", "legal_basis: 09-nq-cp-2023")
    edit(mini_copy, PLAN, "kind: ke-hoach\n", "kind: ke-hoach\ncolour: blue\n")
    assert main(["check", "--source", str(mini_copy)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert re.search(r"mini.yaml:\d+:\d+: colour: trường không có trong mô hình dữ liệu", err)
    assert "2 lỗi, 0 cảnh báo" in err


def test_unlisted_agency_explained_in_an_ambiguity_note_is_not_a_warning(mini_copy):
    edit(mini_copy, PLAN, "    cooperating: [so-tai-chinh-thu-nghiem]\n",
         "    ambiguities: [\"Sở Tài chính được nêu nhưng không rõ vai trò\"]\n")
    assert problems_for(mini_copy, strict=True) == []


def test_target_year_null_needs_an_explanation(mini_copy):
    edit(mini_copy, PLAN, "    year: 2030\n    section: I\n", "    year: null\n    section: I\n")
    assert problems_for(mini_copy) == [
        "source/plans/mini.yaml:18:11: targets[0].year: không có năm mốc: ghi năm, hoặc giải thích trong ambiguities "
        "vì sao văn bản không ghi"
    ]
    edit(mini_copy, PLAN, "    year: null\n", "    year: null\n    ambiguities: [văn bản không ghi năm mốc]\n")
    assert problems_for(mini_copy) == []


def test_metadata_quotes_are_found_in_the_original(mini_copy):
    """Number, printed date and signer are quotes too: a signer nobody printed is an error."""
    edit(mini_copy, PLAN, "province: thu-nghiem\n",
         "province: thu-nghiem\nsigner: {name: Nguyễn Văn A, title: KT. CHỦ TỊCH PHÓ CHỦ TỊCH}\n")
    edit(mini_copy, PLAN, "number: 12/KH-UBND", "number: 21/KH-UBND")
    assert problems_for(mini_copy)[0] == ("source/plans/mini.yaml:3:9: number: không tìm thấy trong mini.txt; đoạn gần "
                                          "nhất, dòng 3: 'Số: 12/KH-UBND Thử Nghiệm, ngày 05 tháng 4 năm 2023'")
    assert misses(mini_copy)[1:] == [
        "source/plans/mini.yaml:7:16: signer.name: không tìm thấy trong mini.txt",
        "source/plans/mini.yaml:7:37: signer.title: không tìm thấy trong mini.txt",
    ]


def test_structured_date_is_traceable_to_the_printed_date(mini_copy):
    edit(mini_copy, PLAN, "month: 4, day: 5", "month: 4, day: 6")
    assert problems_for(mini_copy) == [
        "source/plans/mini.yaml:4:72: date.day: 6 không có trong ngày in 'ngày 05 tháng 4 năm 2023'"
    ]
    edit(mini_copy, PLAN, "day: 6", "day: 5")
    edit(mini_copy, PLAN, 'printed: "ngày 05 tháng 4 năm 2023"', 'printed: "ngày 05 tháng 4 năm 2032"')
    assert misses(mini_copy) == [
        "source/plans/mini.yaml:4:17: date.printed: không tìm thấy trong mini.txt",
        "source/plans/mini.yaml:4:51: date.year: 2023 không có trong ngày in 'ngày 05 tháng 4 năm 2032'",
    ]


def test_inferred_year_only_where_none_is_printed_and_says_from_what(mini_copy):
    edit(mini_copy, PLAN, "year: 2023, month: 4, day: 5}", "year: 2023, month: 4, day: 5, inferred_year: 2023}")
    assert problems_for(mini_copy) == [
        "source/plans/mini.yaml:4:90: date.inferred_year: ngày in đã có năm: bỏ inferred_year",
        "source/plans/mini.yaml:4:90: date.inferred_year: năm suy ra cần inferred_from: "
        "ghi rõ suy ra từ đâu",
    ]


def test_values_printed_as_digits_or_small_number_words():
    from generator.source.fidelity import number_in

    assert number_in(1, "Mỗi huyện xây dựng ít nhất một mô hình") and number_in(4200, "trên 4.200 thành viên")
    assert number_in(5, "05 liên hiệp") and number_in(2.5, "tăng 2,5 lần")
    assert not number_in(2, "ít nhất một mô hình")
    assert not number_in(5, "đến năm 2030")  # "năm" is "year" here, never read as five


# --- implementation reports (source/reports/*.yaml) -------------------------------------

REPORT = "reports/bao-cao-45.yaml"
LATER = "reports/bao-cao-18.yaml"


def test_a_status_without_a_quote(mini_copy):
    edit(mini_copy, REPORT, "    status: hoan-thanh\n    quote: Sở Kế hoạch và Đầu tư đã tổ chức hội nghị quán triệt Nghị quyết "
         "về kinh tế tập thể, hợp tác xã cho 320 cán bộ chủ chốt của tỉnh. Nhiệm vụ đã hoàn thành.\n", "    status: hoan-thanh\n")
    assert problems_for(mini_copy) == [
        "source/reports/bao-cao-45.yaml:12:5: statuses[0].quote: thiếu câu trích (quote): chép nguyên văn câu của "
        "báo cáo nói điều này"
    ]


def test_a_status_quote_not_in_the_report(mini_copy):
    """Checked against the report's own text: a sentence of the plan is no evidence of what was done."""
    edit(mini_copy, REPORT, "Nhiệm vụ đã hoàn thành.\n", "Nhiệm vụ đã hoàn thành vượt mức.\n")
    edit(mini_copy, LATER, "quote: Nội dung này được tổng hợp trong báo cáo chung của ngành tài chính",
         "quote: Tổ chức đánh giá, phân loại hợp tác xã theo tiêu chí mới.")  # in the plan, not in the report
    assert misses(mini_copy) == [
        "source/reports/bao-cao-18.yaml:19:12: statuses[1].quote: không tìm thấy trong bao-cao-18.md",
        "source/reports/bao-cao-45.yaml:15:12: statuses[0].quote: không tìm thấy trong bao-cao-45.txt",
    ]


def test_a_task_or_target_that_does_not_exist(mini_copy):
    edit(mini_copy, REPORT, "    task: nv-001\n", "    task: nv-099\n")
    edit(mini_copy, REPORT, "    target: ct-02\n", "    target: ct-09\n")
    assert problems_for(mini_copy) == [
        "source/reports/bao-cao-45.yaml:13:11: statuses[0].task: không có nhiệm vụ 'nv-099' trong kế hoạch "
        "'thu-nghiem-2023-kh-12'",
        "source/reports/bao-cao-45.yaml:31:13: target_values[1].target: không có chỉ tiêu 'ct-09' trong kế hoạch "
        "'thu-nghiem-2023-kh-12'",
    ]


def test_a_plan_that_does_not_exist_or_is_not_among_the_reports_plans(mini_copy):
    edit(mini_copy, REPORT, "plans: [thu-nghiem-2023-kh-12]", "plans: [thu-nghiem-2023-kh-99]")
    assert problems_for(mini_copy)[:2] == [
        "source/reports/bao-cao-45.yaml:10:9: plans[0]: không có kế hoạch 'thu-nghiem-2023-kh-99' trong source/plans",
        "source/reports/bao-cao-45.yaml:12:11: statuses[0].plan: kế hoạch 'thu-nghiem-2023-kh-12' không có trong "
        "plans của báo cáo",
    ]
    # a plan file that cannot be read says so itself: its reports do not add "no such plan"
    edit(mini_copy, REPORT, "plans: [thu-nghiem-2023-kh-99]", "plans: [thu-nghiem-2023-kh-12]")
    edit(mini_copy, PLAN, "kind: ke-hoach", "kind: [ke-hoach")
    [message] = problems_for(mini_copy)
    assert message.startswith("source/plans/mini.yaml:3:7: lỗi cú pháp YAML")


def test_two_reports_of_one_date_contradicting_each_other(mini_copy):
    """Report 18 (10/6/2025) says nv-003 is in progress; a second report of the same day says it is done."""
    later = (mini_copy / LATER).read_text(encoding="utf-8")
    (mini_copy / "reports/bao-cao-18b.yaml").write_text(
        later.replace("id: thu-nghiem-2025-bc-18", "id: thu-nghiem-2025-bc-18b")
        .replace("    status: dang-thuc-hien\n", "    status: hoan-thanh\n"), encoding="utf-8")
    assert problems_for(mini_copy) == [
        "source/reports/bao-cao-18b.yaml:14:13: statuses[0].status: mâu thuẫn với báo cáo 18/BC-UBND cùng ngày "
        "(source/reports/bao-cao-18.yaml:12), ghi 'Đang thực hiện'"
    ]


def test_two_values_of_one_target_for_one_date_contradict(mini_copy):
    later = (mini_copy / LATER).read_text(encoding="utf-8")
    (mini_copy / "reports/bao-cao-18b.yaml").write_text(
        later.replace("id: thu-nghiem-2025-bc-18", "id: thu-nghiem-2025-bc-18b").replace("value: 61", "value: 254")
        .replace("Tính đến ngày 31/5/2025, toàn tỉnh có 61 hợp tác xã thành lập mới kể từ khi ban hành Kế hoạch.",
                 "Đã nhập thông tin của 254 hợp tác xã; phần mềm chưa được nghiệm thu")
        .replace("    as_of: {printed: Tính đến ngày 31/5/2025, year: 2025, month: 5, day: 31}\n",
                 "    as_of: {printed: Tính đến ngày 31/5/2025, year: 2025, month: 5, day: 31}\n"), encoding="utf-8")
    assert problems_for(mini_copy) == [
        "source/reports/bao-cao-18b.yaml:24:12: target_values[0].value: mâu thuẫn với báo cáo 18/BC-UBND cùng ngày "
        "(source/reports/bao-cao-18.yaml:22), ghi '61'"
    ]


def test_a_report_that_mentions_a_task_without_saying_contradicts_nothing(mini_copy):
    """khong-ro on the same date as a status is no contradiction, and the status is the latest."""
    later = (mini_copy / LATER).read_text(encoding="utf-8")
    (mini_copy / "reports/bao-cao-18b.yaml").write_text(
        later.replace("id: thu-nghiem-2025-bc-18", "id: thu-nghiem-2025-bc-00")
        .replace("    task: nv-002\n    status: khong-ro\n", "    task: nv-002\n    status: chua-thuc-hien\n"),
        encoding="utf-8")
    dataset, problems = check(mini_copy)
    assert problems.items == []
    latest = dataset.latest_status("thu-nghiem-2023-kh-12", "nv-002")
    assert (latest.report.id, latest.status.status) == ("thu-nghiem-2025-bc-00", "chua-thuc-hien")


def test_one_task_twice_in_one_report(mini_copy):
    edit(mini_copy, REPORT, "    task: nv-002\n    status: dang-thuc-hien\n", "    task: nv-001\n    status: dang-thuc-hien\n")
    edit(mini_copy, REPORT, "    task: nv-003\n    status: dang-thuc-hien\n", "    task: nv-001\n    status: hoan-thanh\n")
    assert problems_for(mini_copy) == [
        "source/reports/bao-cao-45.yaml:18:13: statuses[1].status: mâu thuẫn: nhiệm vụ 'nv-001' đã được ghi là "
        "'Hoàn thành' ở dòng 12 của báo cáo này",
        "source/reports/bao-cao-45.yaml:21:11: statuses[2].task: nhiệm vụ 'nv-001' đã được ghi ở dòng 12 của báo cáo này",
    ]


def test_a_reported_value_and_its_date_are_traced_to_the_quote(mini_copy):
    edit(mini_copy, REPORT, "    value: 45\n", "    value: 54\n")
    edit(mini_copy, REPORT, "year: 2024, month: 11, day: 30}", "year: 2024, month: 12, day: 30}")
    assert problems_for(mini_copy) == [
        "source/reports/bao-cao-45.yaml:27:12: target_values[0].value: giá trị 54 không có trong câu trích",
        "source/reports/bao-cao-45.yaml:28:62: target_values[0].as_of.month: 12 không có trong ngày in "
        "'Đến ngày 30/11/2024'",
    ]


def test_a_report_is_not_older_than_its_plan_and_needs_a_year(mini_copy):
    edit(mini_copy, REPORT, 'printed: "ngày 15 tháng 12 năm 2024", year: 2024, month: 12, day: 15',
         'printed: "ngày 15 tháng 12 năm 2024", year: 2022')
    edit(mini_copy, LATER, 'printed: "ngày 10 tháng 6 năm 2025", year: 2025, month: 6, day: 10', 'printed: "ngày 10 tháng 6"')
    messages = problems_for(mini_copy)
    assert messages == [
        "source/reports/bao-cao-18.yaml:3:7: date: báo cáo cần năm ban hành (in trong ngày, hoặc inferred_year kèm "
        "inferred_from) để xếp các báo cáo theo thời gian",
        "source/reports/bao-cao-45.yaml:3:7: date: báo cáo ban hành trước kế hoạch 'thu-nghiem-2023-kh-12' "
        "(ngày 05 tháng 4 năm 2023) mà nó báo cáo",
        "source/reports/bao-cao-45.yaml:3:52: date.year: 2022 không có trong ngày in 'ngày 15 tháng 12 năm 2024'",
    ]


def test_report_status_must_be_one_of_the_five(mini_copy):
    edit(mini_copy, REPORT, "    status: hoan-thanh\n", "    status: hoàn thành tốt\n")
    assert problems_for(mini_copy) == [
        "source/reports/bao-cao-45.yaml:14:13: statuses[0].status: phải là một trong: 'hoan-thanh', 'dang-thuc-hien', "
        "'chua-thuc-hien', 'khong-con-phu-hop', 'khong-ro'"
    ]


def test_report_review_lines_block_publication(mini_copy):
    edit(mini_copy, REPORT, "    status: hoan-thanh\n", "    status: hoan-thanh\n    review: ['khớp theo câu chữ, kiểm tra']\n")
    assert problems_for(mini_copy) == [
        "source/reports/bao-cao-45.yaml:15:14: statuses[0].review[0]: cần rà soát trước khi công bố: "
        "khớp theo câu chữ, kiểm tra"
    ]

