"""Hostile and broken input: a catalogue, each case through the real CLI.

Every case must end in exit code 1 with `file:line:col: field: message` lines
and no traceback — or, for text that is merely hostile, in a site where the
text is shown as typed and never becomes markup.  The README's reliability
section lists the catalogue.
"""

from __future__ import annotations

import html.parser
import json
import re
import shutil
import unicodedata
from pathlib import Path

import pytest

from generator.cli import main

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "mini" / "source"
PLAN = "plans/mini.yaml"
REG = "registry/base.yaml"
REPORT = "reports/bao-cao-45.yaml"
LINE = re.compile(r"^source/\S+:\d+:\d+: (\S+: )?.+$")  # field path unless the whole file is at fault


def replace(old, new, rel=PLAN):
    def apply(source: Path):
        path = source / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, old
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return apply


def write(content: bytes, rel=PLAN):
    def apply(source: Path):
        (source / rel).write_bytes(content)
    return apply


def nested(depth: int) -> bytes:
    return ("id: x\nnotes: " + "[" * depth + "]" * depth + "\n").encode()


#: name → (mutation, a phrase the report must contain)
CATALOGUE = {
    "invalid UTF-8": (write(b"id: x\ntitle: \xff\n"), "không phải UTF-8"),
    "NUL byte": (write(b"id: x\x00\n"), "NUL"),
    "YAML syntax error": (replace("kind: ke-hoach", "kind: [ke-hoach"), "YAML"),
    "duplicate key": (replace("kind: ke-hoach\n", "kind: ke-hoach\nkind: cong-van\n"), "bị lặp"),
    "scalar where a list belongs": (replace("legal_basis: [09-nq-cp-2023]", "legal_basis: 09-nq-cp-2023"), "danh sách"),
    "unknown field": (replace("kind: ke-hoach\n", "kind: ke-hoach\ncolour: blue\n"), "không có trong mô hình dữ liệu"),
    "impossible date 30/02": (replace("month: 4, day: 5", "month: 2, day: 30"), "date"),
    "year 20230": (replace("year: 2030\n    section: I", "year: 20230\n    section: I"), "2100"),
    "negative target value": (replace("value: 150", "value: -150"), "lớn hơn hoặc bằng 0"),
    "absurd target value": (replace("value: 150", "value: 1e12"), "nhỏ hơn hoặc bằng"),
    "duplicate ids": (replace("id: ct-02", "id: ct-01"), "bị trùng"),
    "id with a slash": (replace("id: nv-001", "id: nv/001"), "id chữ thường ASCII"),
    "id with ..": (replace("id: thu-nghiem-2023-kh-12", "id: ../../tmp/x"), "id chữ thường ASCII"),
    "id with spaces": (replace("id: nv-001", "id: nv 001"), "id chữ thường ASCII"),
    "id in uppercase": (replace("id: nv-001", "id: NV-001"), "id chữ thường ASCII"),
    "non-ASCII id": (replace("id: nv-001", "id: nhiệm-vụ-1"), "id chữ thường ASCII"),
    "dangling agency": (replace("lead: [so-tai-chinh-thu-nghiem]", "lead: [so-khong-co]"), "không có cơ quan"),
    "dangling document": (replace("legal_basis: [09-nq-cp-2023]", "legal_basis: [99-nq-cp-2099]"), "không có văn bản"),
    "successor cycle": (replace("    province: thu-nghiem\ndocuments:",
                                "    province: thu-nghiem\n    successor: {agency: so-ke-hoach-dau-tu-thu-nghiem}\ndocuments:", REG),
                        "quay vòng"),
    "empty plan file": (write(b""), "rỗng"),
    "plan that is a list": (write(b"- a\n- b\n"), "trường: giá trị"),
    "file over the size limit": (lambda s: (s / PLAN).write_bytes(b"# " + b"x" * (2 * 1024 * 1024) + b"\n"), "giới hạn"),
    "deeply nested YAML": (write(nested(500)), "lồng sâu"),
    "billion laughs": (write(b"a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n"), "anchor/alias"),
    "raw file outside source/raw": (replace("raw: mini.txt", "raw: ../../../etc/passwd"), "source/raw"),
    "task without lead": (replace("lead: [so-tai-chinh-thu-nghiem]", "lead: []"), "không có cơ quan chủ trì"),
    "quote not in the original": (replace("Tổ chức hội nghị quán triệt", "Tổ chức hội thảo quán triệt"), "không tìm thấy"),
    # second round (issue 14)
    "integer of 5,000 digits": (replace("value: 150", "value: " + "9" * 5000), "chữ số"),
    "raw path with ..": (replace("raw: mini.txt", "raw: sub/../mini.txt"), "không có '..'"),
    "raw path with ./": (replace("raw: mini.txt", "raw: ./mini.txt"), "không có '..'"),
    "absolute raw path into source/raw": (lambda s: replace("raw: mini.txt", f"raw: {s / 'raw' / 'mini.txt'}")(s),
                                          "'/' ở đầu"),
    "task id equal to a page anchor": (replace("id: nv-001", "id: muc-nhiem-vu"), "không được bắt đầu bằng 'muc-'"),
    "task id like a target anchor": (replace("id: nv-002", "id: chi-tieu-ct-01"), "không được bắt đầu bằng 'chi-tieu-'"),
    "control character in a topic name": (replace("name: Tín dụng và tài chính", "name: \"Tín dụng\\x07 và tài chính\"", REG),
                                          "ký tự điều khiển U+0007"),
    "control character in a task text": (replace("thuê đất sản xuất", "thuê đất\\x1b sản xuất"), "ký tự điều khiển U+001B"),
    "deadline before year 1": (replace("{printed: thực hiện thường xuyên, kind: ongoing}",
                                       "{printed: thực hiện thường xuyên, kind: before, before: 0001-01-01}"), "1945-01-01"),
    "deadline before 9999-12-31": (replace("{printed: thực hiện thường xuyên, kind: ongoing}",
                                           "{printed: thực hiện thường xuyên, kind: before, before: 9999-12-31}"), "2100-12-31"),
    "merged_on in year 3000": (replace("    name: Tỉnh Mới", "    name: Tỉnh Mới\n    merged_on: 3000-01-01", REG), "2100-12-31"),
    "U+2028 in a YAML comment": (replace("kind: ke-hoach\n", "kind: ke-hoach\n# chú thích\u2028id: y\n"), "U+2028"),
    "U+0085 in a value": (replace("title: KẾ HOẠCH", "title: KẾ\x85HOẠCH"), "U+0085"),
    "bell character in YAML": (write(b"id: x\ntitle: a\x07b\n"), "U+0007"),
}


def _run_case(name, tmp_path, capsys, catalogue=None):
    source = tmp_path / "source"
    shutil.copytree(MINI, source)
    mutate, phrase = (catalogue or CATALOGUE)[name]
    mutate(source)
    code = main(["check", "--source", str(source)])
    out = capsys.readouterr()
    assert code == 1, name
    assert "Traceback" not in out.err + out.out
    problems = [line for line in out.err.splitlines() if line.startswith("source/")]
    assert problems and all(LINE.match(p) for p in problems), out.err
    assert phrase.lower() in out.err.lower(), (name, out.err)


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_bad_input_gives_located_messages_and_no_traceback(name, tmp_path, capsys):
    _run_case(name, tmp_path, capsys)


# --- every reference, id, type and quote, field by field -------------------------------

_P = lambda old, new: replace(old, new)            # noqa: E731  (in the plan)
_R = lambda old, new: replace(old, new, REG)       # noqa: E731  (in the registry)

FIELD_CATALOGUE = {
    # a reference to nothing, for each field that holds one
    "dangling issuer": (_P("issuer: ubnd-thu-nghiem", "issuer: ubnd-khong-co"), "không có cơ quan"),
    "dangling province": (_P("province: thu-nghiem\nraw", "province: tinh-khong-co\nraw"), "không có tỉnh"),
    "dangling cooperating agency": (_P("cooperating: [so-tai-chinh-thu-nghiem]", "cooperating: [so-khong-co]"),
                                    "không có cơ quan"),
    "dangling group": (_P("    group: g1\n    lead: [so-ke", "    group: g9\n    lead: [so-ke"), "g9"),
    "dangling target kind": (_P("kind: hop-tac-xa-thanh-lap-moi", "kind: loai-khong-co"), "không có loại chỉ tiêu"),
    "dangling successor agency": (_R("agency: so-tai-chinh-thu-nghiem", "agency: so-khong-co"), "không có cơ quan"),
    "dangling agency type": (_R("type: so-tai-chinh\n", "type: loai-khong-co\n"), "loai-khong-co"),
    "dangling agency province": (_R("    type: so-tai-chinh\n    province: thu-nghiem",
                                    "    type: so-tai-chinh\n    province: tinh-khong-co"), "tinh-khong-co"),
    "dangling merged_into": (_R("merged_into: tinh-moi", "merged_into: tinh-khong-co"), "tinh-khong-co"),
    "dangling target parent": (_P("    section: I\n", "    section: I\n    parent: ct-99\n"), "ct-99"),
    "dangling merger basis": (_R("merged_into: tinh-moi", "merged_into: tinh-moi\n    merger_basis: vb-khong-co"),
                              "không có văn bản"),
    "dangling agency parent": (_R("    type: so-tai-chinh\n    province: thu-nghiem",
                                  "    type: so-tai-chinh\n    province: thu-nghiem\n    parent: bo-khong-co"), "bo-khong-co"),
    "dangling former-status basis": (_R("    name: Tỉnh Mới", "    name: Tỉnh Mới\n    former: {name: Tỉnh Cũ, kind: tinh, "
                                        "basis: vb-khong-co}"), "không có văn bản"),
    # registry relations that would mislead pages or the importer
    "agency that is its own parent": (_R("    type: so-tai-chinh\n    province: thu-nghiem",
                                         "    type: so-tai-chinh\n    province: thu-nghiem\n    parent: so-tai-chinh-thu-nghiem"),
                                      "cơ quan cấp trên quay vòng"),
    "province merged into itself": (_R("merged_into: tinh-moi", "merged_into: thu-nghiem"), "tỉnh hợp nhất quay vòng"),
    "two provinces spelled alike": (_R("    name: Tỉnh Mới", "    name: Tỉnh Mới\n    variants: [Thu Nghiem]"),
                                    "đã dùng cho tỉnh 'thu-nghiem'"),
    "unknown province kind": (_R("    name: Tỉnh Mới", "    name: Tỉnh Mới\n    kind: thanh-pho"), "kind"),
    # a bad id in each kind of entity
    "bad province id": (_R("  - id: tinh-moi", "  - id: Tinh_Moi"), "id chữ thường ASCII"),
    "bad agency id": (_R("  - id: so-tai-chinh-thu-nghiem\n", "  - id: sở-tài-chính\n"), "id chữ thường ASCII"),
    "bad document id": (_R("  - id: 09-nq-cp-2023", "  - id: 09/nq-cp"), "id chữ thường ASCII"),
    "bad topic id": (_R("  - id: truyen-thong", "  - id: truyền-thông"), "id chữ thường ASCII"),
    "bad target kind id": (_R("{id: ty-le-hoat-dong-hieu-qua,", "{id: share effective,"), "id chữ thường ASCII"),
    "bad target id": (_P("id: ct-01", "id: ct 01"), "id chữ thường ASCII"),
    "bad group id": (_P("  - id: g1", "  - id: G1"), "id chữ thường ASCII"),
    "id with a zero-width space": (_P("id: nv-001", "id: nv\u200b-001"), "id chữ thường ASCII"),
    "id with a right-to-left mark": (_P("id: nv-001", "id: nv-\u202e001"), "id chữ thường ASCII"),
    "id over 80 characters": (_P("id: nv-001", "id: nv-" + "1" * 90), "80"),
    "duplicate agency id": (_R("  - id: so-tai-chinh-thu-nghiem\n", "  - id: so-ke-hoach-dau-tu-thu-nghiem\n"),
                            "bị trùng"),
    "duplicate group id": (_P("groups:\n", "groups:\n  - {id: g1, title: Tuyên truyền, section: II.1}\n"), "bị trùng"),
    # a value of the wrong type, in each shape of field
    "list where a text belongs": (_P("title: KẾ HOẠCH", "title: [KẾ, HOẠCH]"), "title"),
    "mapping where a text belongs": (_P("title: KẾ HOẠCH", "title: {a: b}"), "title"),
    "number where an id belongs": (_P("issuer: ubnd-thu-nghiem", "issuer: 12"), "issuer"),
    "text where a number belongs": (_P("value: 150", "value: một trăm năm mươi"), "value"),
    "infinity as a value": (_P("value: 150", "value: .inf"), "value"),
    "NaN as a value": (_P("value: 150", "value: .nan"), "value"),
    "boolean where a year belongs": (_P("year: 2030\n    section: I", "year: true\n    section: I"), "year"),
    "year as text": (_P("year: 2030\n    section: I", "year: hai nghìn\n    section: I"), "year"),
    "empty title": (_P("title: KẾ HOẠCH", 'title: ""'), "title"),
    "text over 20,000 characters": (_P("title: KẾ HOẠCH", "title: " + "x" * 20001), "20000"),
    "unknown plan kind": (_P("kind: ke-hoach\n", "kind: ke-hoach-moi\n"), "kind"),
    "unknown deadline kind": (_P("kind: year, year: 2023", "kind: someday, year: 2023"), "kind"),
    "unknown comparator": (_P('comparator: ">"', 'comparator: "!="'), "comparator"),
    "unknown task part": (_P("{part: body, section: II.1}\n    group: g1\n    lead: [so-tai",
                             "{part: preface, section: II.1}\n    group: g1\n    lead: [so-tai"), "part"),
    "quarter 5": (_P("kind: year, year: 2023}", "kind: quarter, year: 2023, quarters: [5]}"), "quarters"),
    "month 13": (_P("kind: year, year: 2023}", "kind: month, year: 2023, month: 13}"), "month"),
    "end year before start year": (_P("kind: year, year: 2023}", "kind: year-range, year: 2023, year_end: 2020}"),
                                   "năm kết thúc"),
    "year range without its end": (_P("kind: year, year: 2023}", "kind: year-range, year: 2023}"), "year_end"),
    "percentage above 100": (_P("value: 60\n", "value: 160\n"), "phần trăm"),
    "upper value below value": (_P("value: 150\n", "value: 150\n    value_max: 100\n"), "giá trị trên"),
    "unknown field in a task": (_P("    group: g1\n    lead: [so-ke", "    group: g1\n    colour: red\n    lead: [so-ke"),
                                "không có trong mô hình dữ liệu"),
    "unknown field in a deadline": (_P("kind: year, year: 2023}", "kind: year, year: 2023, colour: red}"), "không có trong mô hình dữ liệu"),
    "unknown field in a registry agency": (_R("    kind: so\n    type: so-tai-chinh\n",
                                              "    kind: so\n    colour: red\n    type: so-tai-chinh\n"), "không có trong mô hình dữ liệu"),
    "unknown top-level registry list": (_R("provinces:\n", "regions: []\nprovinces:\n"), "không có trong mô hình dữ liệu"),
    "tab-indented YAML": (_P("kind: ke-hoach\n", "kind: ke-hoach\n\tcolour: blue\n"), "YAML"),
    "UTF-16 file": (lambda s: (s / PLAN).write_bytes((s / PLAN).read_text(encoding="utf-8").encode("utf-16")),
                    "UTF-8"),
    "python tag": (_P("title: KẾ HOẠCH", "title: !!python/object/apply:os.system [echo x]"), "thẻ YAML"),
    "custom tag": (_P("title: KẾ HOẠCH", "title: !secret KẾ HOẠCH"), "thẻ YAML"),
    "merge key": (_P("date: {", "base: &b {a: 1}\nmerged:\n  <<: *b\ndate: {"), "không được dùng"),
    # quotes that are not in the original, for each quoted field
    "quoted subject not in the original": (_P("subject: Thực hiện Nghị quyết", "subject: Triển khai Nghị quyết"), "không tìm thấy"),
    "quoted target text not in the original": (_P("phấn đấu thành lập mới", "phấn đấu xây dựng mới"), "không tìm thấy"),
    "quoted group title not in the original": (_P("title: Tuyên truyền, nâng cao", "title: Vận động, nâng cao"), "không tìm thấy"),
    "quoted lead text not in the original": (_P("lead_text: Sở Kế hoạch và Đầu tư chủ trì",
                                                "lead_text: Sở Kế hoạch và Đầu tư làm đầu mối"), "không tìm thấy"),
    "quoted deadline not in the original": (_P("printed: thực hiện trong năm 2023", "printed: thực hiện trong năm 2031"),
                                            "không tìm thấy"),
    "plan number not in the original": (_P("number: 12/KH-UBND", "number: 13/KH-UBND"), "không tìm thấy"),
    "printed date not in the original": (_P('printed: "ngày 05 tháng 4 năm 2023"', 'printed: "ngày 06 tháng 4 năm 2023"'),
                                         "không tìm thấy"),
    "target value not in its text": (_P("value: 150", "value: 151"), "không có trong câu trích"),
    "raw file that does not exist": (_P("raw: mini.txt", "raw: khong-co.txt"), "không có tệp này"),
    "raw file that is binary": (lambda s: ((s / "raw" / "bin.txt").write_bytes(b"\xff\xfe\x00\x01" * 50),
                                           replace("raw: mini.txt", "raw: mini.txt\ntext: bin.txt")(s)), "UTF-8"),
    # implementation reports (source/reports/): each field that refers, quotes or counts
    "report status without a quote": (replace("    status: hoan-thanh\n    quote: Sở Kế", "    status: hoan-thanh\n    note: Sở Kế",
                                              REPORT), "thiếu câu trích"),
    "report quote not in the report": (replace("cho 320 cán bộ", "cho 230 cán bộ", REPORT), "không tìm thấy trong bao-cao-45.txt"),
    "report task that does not exist": (replace("task: nv-001", "task: nv-404", REPORT), "không có nhiệm vụ 'nv-404'"),
    "report target that does not exist": (replace("target: ct-01", "target: ct-404", REPORT), "không có chỉ tiêu 'ct-404'"),
    "report on a plan that does not exist": (replace("plans: [thu-nghiem-2023-kh-12]", "plans: [ke-hoach-khong-co]", REPORT),
                                             "không có kế hoạch 'ke-hoach-khong-co'"),
    "report line on a plan the report does not name": (
        lambda s: (replace("plans: [thu-nghiem-2023-kh-12]", "plans: [thu-nghiem-2023-kh-12, khac]", REPORT)(s),
                   replace("  - plan: thu-nghiem-2023-kh-12\n    task: nv-002", "  - plan: khac\n    task: nv-002", REPORT)(s)),
        "không có kế hoạch 'khac'"),
    "two reports contradicting each other on one date": (
        lambda s: (s / "reports" / "lai.yaml").write_text((s / REPORT).read_text(encoding="utf-8").replace(
            "id: thu-nghiem-2024-bc-45", "id: thu-nghiem-2024-bc-45-lai").replace("status: hoan-thanh", "status: chua-thuc-hien"),
            encoding="utf-8"), "mâu thuẫn"),
    "unknown report status": (replace("status: hoan-thanh", "status: xong", REPORT), "status"),
    "reported value not in its quote": (replace("value: 45", "value: 46", REPORT), "không có trong câu trích"),
    "reported percentage above 100": (replace("value: 52", "value: 152", REPORT), "phần trăm"),
    "negative reported value": (replace("value: 45", "value: -45", REPORT), "lớn hơn hoặc bằng 0"),
    "report as_of month 13": (replace("month: 11, day: 30}", "month: 13, day: 30}", REPORT), "as_of.month"),
    "report without plans": (replace("plans: [thu-nghiem-2023-kh-12]", "plans: []", REPORT), "ít nhất 1"),
    "unknown field in a report status": (replace("    status: hoan-thanh\n", "    status: hoan-thanh\n    colour: red\n", REPORT),
                                         "không có trong mô hình dữ liệu"),
    "report raw outside source/raw": (replace("raw: bao-cao-45.txt", "raw: ../../../etc/passwd", REPORT), "source/raw"),
    "report id with a slash": (replace("id: thu-nghiem-2024-bc-45", "id: bao-cao/45", REPORT), "id chữ thường ASCII"),
    "duplicate report id": (lambda s: (s / "reports" / "copy.yaml").write_text((s / REPORT).read_text(encoding="utf-8"),
                                                                               encoding="utf-8"), "bị trùng"),
    "report that is a list": (write(b"- a\n- b\n", REPORT), "trường: giá trị"),
    "dangling report issuer": (replace("issuer: ubnd-thu-nghiem", "issuer: ubnd-khong-co", REPORT), "không có cơ quan"),
    "report signer not in the report": (replace("name: Trần Văn Thử", "name: Trần Văn Thật", REPORT), "không tìm thấy"),
    "raw path through a symlink out of source/raw": (
        lambda s: ((s / "raw" / "link.txt").symlink_to("/etc/hostname"),
                   replace("raw: mini.txt", "raw: mini.txt\ntext: link.txt")(s)), "source/raw"),
}


@pytest.mark.parametrize("name", sorted(FIELD_CATALOGUE))
def test_every_field_refuses_bad_input_with_a_located_message(name, tmp_path, capsys):
    _run_case(name, tmp_path, capsys, FIELD_CATALOGUE)


def test_catalogue_size():
    assert len(CATALOGUE) >= 40
    assert len(CATALOGUE) + len(FIELD_CATALOGUE) >= 100


def _problems(source: Path, capsys) -> list[str]:
    assert main(["check", "--source", str(source)]) == 1
    return [line for line in capsys.readouterr().err.splitlines() if line.startswith("source/")]


def test_line_separators_are_located_where_an_editor_shows_them(tmp_path, capsys):
    """U+2028 would end a YAML comment early and shift the lines after it: refused at its own line."""
    source = tmp_path / "source"
    shutil.copytree(MINI, source)
    replace("legal_basis: [09-nq-cp-2023]\n", "legal_basis: [09-nq-cp-2023]\n# a\u2028b\n")(source)
    line = (source / PLAN).read_text(encoding="utf-8").split("\n").index("# a\u2028b") + 1
    assert _problems(source, capsys) == [f"source/{PLAN}:{line}:4: không được dùng ký tự U+2028 (dấu ngắt dòng mà "
                                         "trình soạn thảo không hiện); hãy xóa nó"]


def test_form_feeds_in_the_original_do_not_shift_reported_lines(tmp_path, capsys):
    """PDF conversions leave form feeds between pages; editors don't count them as lines."""
    source = tmp_path / "source"
    shutil.copytree(MINI, source)
    raw = source / "raw" / "mini.txt"
    text = raw.read_text(encoding="utf-8")
    raw.write_text(text.replace("\n", "\f\n", 3), encoding="utf-8")  # three page breaks near the top
    replace("Tổ chức hội nghị quán triệt", "Tổ chức hội thảo quán triệt")(source)
    [message] = [p for p in _problems(source, capsys) if "không tìm thấy" in p]
    line = int(re.search(r"đoạn gần nhất, dòng (\d+)", message).group(1))
    lines = raw.read_text(encoding="utf-8").split("\n")
    assert "Tổ chức hội nghị quán triệt" in lines[line - 1].replace("*", "")


def test_a_second_build_waits_for_the_first(tmp_path, capsys):
    """Two builds in one folder never collide on temporary names: the second waits for the lock."""
    import fcntl
    import threading

    from conftest import BUILD_DATE
    from generator.build import LOCK_NAME, generate

    source = tmp_path / "source"
    shutil.copytree(MINI, source)
    docs = tmp_path / "docs"
    with open(tmp_path / LOCK_NAME, "a+b") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        worker = threading.Thread(target=generate, args=(source, docs, BUILD_DATE))
        worker.start()
        worker.join(timeout=3)
        assert worker.is_alive() and not (docs / "index.md").exists()  # waiting, nothing written
        fcntl.flock(held, fcntl.LOCK_UN)
    worker.join(timeout=120)
    assert not worker.is_alive() and (docs / "index.md").is_file()
    assert "đang có một lần dựng khác chạy" in capsys.readouterr().err
    assert not [p for p in docs.rglob("*.tmp")]


def test_nfd_text_is_stored_and_shown_as_nfc(tmp_path):
    from generator.source.validate import check

    source = tmp_path / "source"
    shutil.copytree(MINI, source)
    path = source / PLAN
    path.write_text(unicodedata.normalize("NFD", path.read_text(encoding="utf-8")), encoding="utf-8")
    dataset, problems = check(source)
    assert not problems.errors
    plan = dataset.plans["thu-nghiem-2023-kh-12"]
    assert all(unicodedata.is_normalized("NFC", t.text) for t in plan.tasks)


# --- hostile text in every text field, checked in the built HTML ---

PAYLOAD = ('</title><script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) '
           '{{ config.site_name }} {% raw %} !!! danger "x" --8<-- "/etc/passwd" <!-- kh:html --> '
           '| a | b | # h {: onclick=alert(1) }')
NOT_TEXT = {"id", "kind", "type", "province", "issuer", "raw", "text_file", "comparator", "unit_kind", "part",
            "group", "agency", "basis", "merged_into", "merger_basis", "parent", "scope_agency",
            "variants", "keywords", "plan", "plans", "task", "target", "status"}  # variants and keywords must still match the text
VERBATIM_KEYS = {"title", "subject", "purpose", "requirements", "objectives", "text", "lead_text",
                 "cooperating_text", "output", "submit_to", "printed", "condition", "number",
                 "name", "quote"}  # "name": the signer's (agency names are not quotes, but appending them is harmless)


def _poison(node, quotes: list[str], key=None):
    """Append the payload to every free-text string; collect the verbatim ones."""
    if isinstance(node, dict):
        return {k: _poison(v, quotes, k) for k, v in node.items()}
    if isinstance(node, list):
        return [_poison(v, quotes, key) for v in node]
    if isinstance(node, str) and key not in NOT_TEXT and not re.fullmatch(r"[a-z0-9-]+|\d{4}-\d\d-\d\d", node):
        value = f"{node} {PAYLOAD}"
        if key in VERBATIM_KEYS:
            quotes.append(value)
        return value
    return node


class _Scan(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.bad: list[str] = []
        self.in_script = False
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        # a JSON data island is not run; its "<" are \u003c, so it cannot close itself
        self.in_script = tag == "script" and dict(attrs).get("type") != "application/json"
        for name, value in attrs:
            if name.startswith("on"):
                self.bad.append(f"<{tag} {name}=…>")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith("javascript:"):
                self.bad.append(f"<{tag} {name}={value}>")
        if tag == "img" and dict(attrs).get("src") == "x":
            self.bad.append("<img src=x>")

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False

    def handle_data(self, data):
        if self.in_script and "alert(1)" in data:
            self.bad.append("script with data")
        self.text.append(data)


@pytest.fixture(scope="module")
def poisoned_site(tmp_path_factory):
    import yaml

    from conftest import BUILD_DATE, copy_project
    from generator.build import build

    work = tmp_path_factory.mktemp("poisoned")
    source = work / "source"
    shutil.copytree(MINI, source)
    quotes: list[str] = []
    for rel in (PLAN, REG):
        data = yaml.safe_load((source / rel).read_text(encoding="utf-8"))
        (source / rel).write_text(json.dumps(_poison(data, quotes), ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    with (source / "raw" / "mini.txt").open("a", encoding="utf-8") as raw:
        raw.write("\n" + "\n".join(quotes) + "\n")
    for rel in sorted((source / "reports").glob("*.yaml")):  # a report's quotes are looked up in its own text
        report_quotes: list[str] = []
        data = _poison(yaml.safe_load(rel.read_text(encoding="utf-8")), report_quotes)
        rel.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        with (source / "raw" / data["raw"]).open("a", encoding="utf-8") as raw:
            raw.write("\n" + "\n".join(report_quotes) + "\n")
    # the original's file name is data too: it reaches a link, a URL and the open data
    (source / "raw" / "mini.txt").rename(source / "raw" / HOSTILE_RAW)
    plan = json.loads((source / PLAN).read_text(encoding="utf-8"))
    plan["raw"] = HOSTILE_RAW
    (source / PLAN).write_text(json.dumps(plan, ensure_ascii=False, indent=1), encoding="utf-8")
    project = copy_project(work)
    (project / ".site-killed-build").mkdir()  # a temporary folder left by a build killed with -9
    build(source, project / "docs", project / "mkdocs.yml", project / "site", BUILD_DATE, strict=False)
    return project / "site"


HOSTILE_RAW = "a.txt) <img src=x onerror=alert(1)> (b.txt"


def test_hostile_raw_file_name_is_served_and_linked_as_text(poisoned_site):
    assert (poisoned_site / "van-ban-goc" / "raw" / HOSTILE_RAW).is_file()
    page = next(p for p in (poisoned_site / "van-ban-goc").glob("*.html"))
    html_text = page.read_text(encoding="utf-8")
    assert "a.txt%29%20%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E%20%28b.txt" in html_text
    assert "<img src=x" not in html_text and "<img src=\"x\"" not in html_text


def test_a_killed_builds_temporary_folder_is_cleaned_up(poisoned_site):
    assert not list(poisoned_site.parent.glob(".site-*"))


def test_hostile_text_in_every_field_stays_text_in_the_built_html(poisoned_site):
    pages = sorted(poisoned_site.rglob("*.html"))
    shown = 0
    for page in pages:
        scan = _Scan()
        scan.feed(page.read_text(encoding="utf-8"))
        assert scan.bad == [], (page.name, scan.bad[:5])
        visible = "".join(scan.text)
        shown += visible.count("{{ config.site_name }}")
        assert "Kế hoạch phát triển kinh tế tập thể {% raw %}" not in visible  # Jinja never ran on data
    assert shown > 20  # the payload is on the pages, as typed


def test_hostile_text_survives_in_open_data_unchanged(poisoned_site):
    plans = json.loads((poisoned_site / "data" / "ke-hoach.json").read_text(encoding="utf-8"))
    assert any(PAYLOAD in v for plan in plans for v in plan.values() if isinstance(v, str))
    import csv

    with (poisoned_site / "data" / "nhiem-vu.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert any(PAYLOAD in value for row in rows for value in row.values())


def test_hostile_text_leaves_every_svg_chart_well_formed(poisoned_site):
    """Topic names and province names go into SVG text: each chart still parses as XML and shows them."""
    import xml.etree.ElementTree as ET

    charts = sorted(poisoned_site.rglob("*.svg"))
    assert charts
    for chart in charts:
        root = ET.parse(chart).getroot()  # raises on a stray "<", "&" or control character
        assert not [el for el in root.iter() if el.tag.rsplit("}", 1)[-1] == "script"]
        assert not [k for el in root.iter() for k in el.attrib if k.lower().startswith("on")]
    shown = " ".join("".join(ET.parse(c).getroot().itertext()) for c in charts)
    assert "</title><script>" in shown  # the payload is there (labels are shortened), as text


def test_hostile_text_keeps_the_search_index_a_valid_script(poisoned_site):
    """The search index is JavaScript built from data (loaded by URL, never inlined): node must parse it."""
    import subprocess

    index = poisoned_site / "assets" / "generated" / "search-index.js"
    assert "alert(1)" in index.read_text(encoding="utf-8")
    if shutil.which("node"):
        result = subprocess.run(["node", "--check", str(index)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr


# --- imported documents: their text reaches file names and paths ----------------------

PLAN_TEXT = ("ỦY BAN NHÂN DÂN\nTỈNH THỬ NGHIỆM\nSố: {number}\nThử Nghiệm, ngày 05 tháng 4 năm 2023\nKẾ HOẠCH\n"
             "Thực hiện Nghị quyết số 09/NQ-CP\nI. NHIỆM VỤ\n1. Sở Tài chính chủ trì bố trí kinh phí hỗ trợ hợp tác xã "
             "trong năm 2024.\n")


def _import(tmp_path, capsys, name: str, content: bytes, *extra: str) -> tuple[int, str, Path]:
    source = tmp_path / "project" / "source"
    shutil.copytree(MINI, source)
    original = tmp_path / name
    original.write_bytes(content)
    code = main(["import", str(original), "--source", str(source), "--report", str(tmp_path / "r.md"), *extra])
    out = capsys.readouterr()
    assert "Traceback" not in out.err + out.out
    return code, out.err, source


def _files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def test_import_province_option_cannot_leave_the_project(tmp_path, capsys):
    before = _files(tmp_path)
    code, err, source = _import(tmp_path, capsys, "kh.txt", PLAN_TEXT.format(number="12/KH-UBND").encode(),
                                "--province", "../../../x")
    assert code == 1 and "--province" in err
    written = _files(tmp_path) - before - _files(source) - {tmp_path / "kh.txt"}
    assert written == set()


@pytest.mark.parametrize("number", ["../../../../x/KH-UBND", "12/KH-UBND/../../..", "<img src=x>/KH-UBND"])
def test_an_imported_number_never_becomes_a_path_outside_source(tmp_path, capsys, number):
    code, err, source = _import(tmp_path, capsys, "kh.txt", PLAN_TEXT.format(number=number).encode())
    outside = [p for p in _files(tmp_path) if not p.is_relative_to(source) and p.name not in ("kh.txt", "r.md")]
    assert outside == []
    for plan in (source / "plans").glob("*.yaml"):
        assert "/" not in plan.stem and plan.resolve().parent == (source / "plans").resolve()


def _docx(document_xml_extra: str) -> bytes:
    import io

    import docx

    document = docx.Document()
    for line in PLAN_TEXT.format(number="12/KH-UBND").splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + document_xml_extra.encode(), 1)
            dst.writestr(item, data)
    return out.getvalue()


@pytest.mark.parametrize("extra", ["<!-- a comment -->", "<?mso-application progid='Word.Document'?>",
                                   "<w:p><w:r><w:t>&amp; text</w:t></w:r></w:p><!--x-->"])
def test_docx_with_comments_or_processing_instructions_imports(tmp_path, capsys, extra):
    code, err, source = _import(tmp_path, capsys, "kh.docx", _docx(extra))
    assert code == 0, err


def test_docx_external_entity_is_not_resolved(tmp_path, capsys):
    secret = tmp_path / "secret.txt"
    secret.write_text("BÍ MẬT", encoding="utf-8")
    data = _docx("")
    import io
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item)
            if item.filename == "word/document.xml":
                body = body.replace(b"?>", f'?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'.encode(), 1)
                body = body.replace(b"<w:body>", b"<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p>", 1)
            dst.writestr(item, body)
    code, err, source = _import(tmp_path, capsys, "kh.docx", out.getvalue())
    for path in _files(source):
        assert "BÍ MẬT" not in path.read_text(encoding="utf-8", errors="replace")


def test_docx_that_unpacks_too_big_is_refused_before_unpacking(tmp_path, capsys, monkeypatch):
    import io
    import zipfile

    from generator.importer import extract

    monkeypatch.setattr(extract, "MAX_UNPACKED_BYTES", 1024 * 1024)
    buffer = io.BytesIO(_docx(""))
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/bomb.bin", b"\0" * (2 * 1024 * 1024))  # 2 MB of zeros: ~2 KB packed
    code, err, source = _import(tmp_path, capsys, "kh.docx", buffer.getvalue())
    assert code == 1 and "giải nén ra" in err


# --- after every failure, the previous site and docs/ are byte for byte as they were ----------

@pytest.fixture(scope="module")
def built_mini(tmp_path_factory):
    from conftest import BUILD_DATE, copy_project
    from generator.build import build

    project = copy_project(tmp_path_factory.mktemp("built-mini"))
    build(MINI, project / "docs", project / "mkdocs.yml", project / "site", BUILD_DATE, strict=True)
    return project


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("catalogue,name", [("CATALOGUE", n) for n in sorted(CATALOGUE)]
                         + [("FIELD_CATALOGUE", n) for n in sorted(FIELD_CATALOGUE)])
def test_a_failed_build_leaves_site_and_docs_byte_identical(catalogue, name, built_mini, tmp_path, capsys):
    source = tmp_path / "source"
    shutil.copytree(MINI, source)
    globals()[catalogue][name][0](source)
    site, docs = _tree(built_mini / "site"), _tree(built_mini / "docs")
    code = main(["build", "--source", str(source), "--docs", str(built_mini / "docs"),
                 "--config", str(built_mini / "mkdocs.yml"), "--site", str(built_mini / "site"),
                 "--build-date", "2026-11-25"])
    out = capsys.readouterr()
    assert code == 1 and "Traceback" not in out.err + out.out
    assert _tree(built_mini / "site") == site and _tree(built_mini / "docs") == docs
    assert not list(built_mini.glob(".site-*"))


def test_import_reports_a_broken_registry_as_check_does(tmp_path, capsys):
    """The importer reads the registry through the project's loader: a bad field is a located message."""
    source = tmp_path / "project" / "source"
    shutil.copytree(MINI, source)
    replace("    kind: so\n    type: so-tai-chinh\n", "    kind: so\n    colour: red\n    type: so-tai-chinh\n", REG)(source)
    original = tmp_path / "kh.txt"
    original.write_text(PLAN_TEXT.format(number="12/KH-UBND"), encoding="utf-8")
    before = _files(source)
    code = main(["import", str(original), "--source", str(source), "--report", str(tmp_path / "r.md")])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert re.search(r"^source/registry/base\.yaml:\d+:\d+: agencies\[2\]\.colour: trường không có", err, re.M), err
    assert _files(source) == before and not (tmp_path / "r.md").exists()


@pytest.mark.parametrize("folder", ["", "no-such-folder", "empty"])
def test_import_into_a_folder_that_is_no_source_says_so(tmp_path, capsys, monkeypatch, folder):
    """``--source ''``, a wrong path or an empty folder: one located message, exit 1, nothing written."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "empty").mkdir()
    original = tmp_path / "kh.txt"
    original.write_text(PLAN_TEXT.format(number="12/KH-UBND"), encoding="utf-8")
    before = _files(tmp_path)
    code = main(["import", str(original), "--source", folder])
    out = capsys.readouterr()
    assert code == 1 and "Traceback" not in out.err + out.out
    assert re.search(r":1:1: .*registry/", out.err), out.err
    assert _files(tmp_path) == before


def test_import_with_a_registry_that_names_no_province_asks_for_it(tmp_path, capsys):
    """A data folder whose registry lists no province yet: the draft is written and the reviewer asked for the
    province, no traceback."""
    source = tmp_path / "project" / "source"
    (source / "registry").mkdir(parents=True)
    (source / "plans").mkdir()
    original = tmp_path / "kh.txt"
    original.write_text(PLAN_TEXT.format(number="12/KH-UBND"), encoding="utf-8")
    code = main(["import", str(original), "--source", str(source), "--dry-run"])
    out = capsys.readouterr()
    assert code == 0 and "Traceback" not in out.err + out.out
    assert "| Tỉnh | chưa nhận ra |" in out.out


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_finder_csv_cells_that_would_be_formulas_are_neutralised():
    """Journalists open the finder's CSV in a spreadsheet: a cell starting with = + - @ (or a tab or CR)
    gets a leading apostrophe there (README); the open data in data/ stays exact."""
    import subprocess

    script = (ROOT / "theme_overrides" / "assets" / "javascripts" / "kehoach-finder.js").read_text(encoding="utf-8")
    source = re.search(r"function csvCell\(v\) \{.*?\n  \}", script, re.S).group(0)
    cases = ['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "Sở Tài chính", 'a "b"', "4.200"]
    program = source + "\nprocess.stdout.write(JSON.stringify(" + json.dumps(cases) + ".map(csvCell)));"
    out = json.loads(subprocess.run(["node", "-e", program], capture_output=True, text=True, check=True).stdout)
    assert out == ['"\'=HYPERLINK(""http://x"",""y"")"', '"\'+1"', '"\'-2+3"', '"\'@SUM(A1)"', '"\'\tx"', '"\'\rx"',
                   '"Sở Tài chính"', '"a ""b"""', '"4.200"']
