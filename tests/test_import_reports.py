"""`kehoach import` of implementation reports (BÁO CÁO …): three fictional reports of three layouts —
prose with a `pdftotext -layout` header (.txt), a Markdown table (.md), a tab-separated table (.txt) —
drafted against the mini fixture's plan and compared with what a person entered by reading them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from conftest import MINI
from generator.cli import main
from generator.source.validate import check

FIXTURES = Path(__file__).parent / "fixtures"
PLAN = "thu-nghiem-2023-kh-12"


@pytest.fixture
def project(tmp_path):
    """The mini source without its reports: the originals to import are outside it."""
    source = tmp_path / "source"
    shutil.copytree(MINI, source)
    originals = tmp_path / "originals"
    originals.mkdir()
    for name in ("bao-cao-45.txt", "bao-cao-18.md"):
        shutil.move(source / "raw" / name, originals / name)
    shutil.copy(FIXTURES / "import" / "bao-cao-bang-tab.txt", originals)
    curated = {p.name: yaml.safe_load(p.read_text(encoding="utf-8")) for p in (source / "reports").glob("*.yaml")}
    shutil.rmtree(source / "reports")
    return source, originals, curated


def _import(source: Path, original: Path, capsys, *extra) -> tuple[int, str]:
    code = main(["import", str(original), "--source", str(source), *extra])
    out = capsys.readouterr()
    assert "Traceback" not in out.err + out.out
    return code, out.out + out.err


def _reviewed(path: Path) -> dict:
    """The draft as a reviewer who agrees with every line leaves it: review notes deleted."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data.pop("review")
    for line in data["statuses"] + data["target_values"]:
        line.pop("review")
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return data


def _lines(report: dict) -> tuple[list, list]:
    statuses = sorted((s["plan"], s["task"], s["status"], s["quote"]) for s in report["statuses"])
    values = sorted((v["plan"], v["target"], v["value"], v["quote"], tuple(sorted(v.get("as_of", {}).items())))
                    for v in report["target_values"])
    return statuses, values


@pytest.mark.parametrize("original,curated", [("bao-cao-45.txt", "bao-cao-45.yaml"), ("bao-cao-18.md", "bao-cao-18.yaml")])
def test_a_report_is_drafted_as_a_person_entered_it(project, capsys, original, curated):
    source, originals, entered = project
    code, out = _import(source, originals / original, capsys)
    assert code == 0
    expected = entered[curated]
    [draft] = (source / "reports").glob("*.yaml")
    data = yaml.safe_load(draft.read_text(encoding="utf-8"))
    assert data["id"] == expected["id"] and data["plans"] == [PLAN]
    for key in ("number", "date", "issuer", "province", "signer", "title", "subject"):
        assert data[key] == expected[key], key
    assert _lines(data) == _lines(expected)
    # nothing is guessed silently: every line says how it was matched, and check refuses the draft
    assert all(line["review"] for line in data["statuses"] + data["target_values"])
    _, problems = check(source)
    assert problems.errors and all("cần rà soát" in p.message for p in problems.errors)
    assert (source / "reports" / f"{data['id']}.import.md").is_file()
    # once a person has read it, its quotes are found in the report's own text
    _reviewed(draft)
    dataset, problems = check(source)
    assert problems.errors == [] and data["id"] in dataset.reports


def test_a_tab_separated_table_gives_every_status(project, capsys):
    source, originals, _ = project
    assert _import(source, originals / "bao-cao-bang-tab.txt", capsys)[0] == 0
    data = yaml.safe_load((source / "reports" / "thu-nghiem-2026-bc-07.yaml").read_text(encoding="utf-8"))
    assert [(s["task"], s["status"]) for s in data["statuses"]] == [
        ("nv-001", "hoan-thanh"), ("nv-003", "hoan-thanh"), ("nv-004", "chua-thuc-hien"), ("nv-002", "khong-con-phu-hop")]
    assert data["statuses"][2]["quote"] == "Chờ hướng dẫn của Bộ Tài chính Chưa thực hiện"
    assert [(v["target"], v["value"], v["as_of"]) for v in data["target_values"]] == [
        ("ct-01", 78, {"printed": "Đến hết năm 2025", "year": 2025})]
    # the "next steps" part names a task and "hoàn thành" without being a status of it
    assert not any(s["quote"].startswith("Tiếp tục") for s in data["statuses"])
    assert "khớp yếu" in " ".join(data["statuses"][3]["review"])  # a paraphrase, said to be weak
    _reviewed(source / "reports" / "thu-nghiem-2026-bc-07.yaml")
    assert check(source)[1].errors == []


def test_a_report_that_cites_no_number_is_matched_by_the_tasks_it_paraphrases(project, capsys):
    source, originals, _ = project
    text = (originals / "bao-cao-45.txt").read_text(encoding="utf-8")
    unnumbered = text.replace("Kế hoạch số 12/KH-UBND ngày 05/4/2023", "Kế hoạch")
    assert "12/KH-UBND" not in unnumbered
    (originals / "bao-cao-45.txt").write_text(unnumbered, encoding="utf-8")
    assert _import(source, originals / "bao-cao-45.txt", capsys)[0] == 0
    data = yaml.safe_load((source / "reports" / "thu-nghiem-2024-bc-45.yaml").read_text(encoding="utf-8"))
    assert data["plans"] == [PLAN]
    assert any("không dẫn số hiệu" in note for note in data["review"])
    assert [s["task"] for s in data["statuses"]] == ["nv-001", "nv-002", "nv-003"]


def test_a_report_on_no_known_plan_is_refused_with_a_message(project, capsys, tmp_path):
    source, _, _ = project
    other = tmp_path / "bao-cao-khac.txt"
    other.write_text("ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM\nSố: 3/BC-UBND\nThử Nghiệm, ngày 02 tháng 3 năm 2026\n\nBÁO CÁO\n"
                     "Kết quả thực hiện Kế hoạch số 99/KH-UBND về du lịch\n\nI. KẾT QUẢ\n"
                     "- Đã hoàn thành việc in ấn tờ rơi quảng bá du lịch biển đảo cho mùa hè.\n", encoding="utf-8")
    code, out = _import(source, other, capsys)
    assert code == 1 and "không dẫn số của kế hoạch nào có trong source/plans" in out
    assert not (source / "reports").exists()


def test_plans_and_a_plans_reporting_duties_are_not_taken_for_reports(capsys, tmp_path):
    from generator.importer.status_report import title_line

    plan = (MINI / "raw" / "mini.txt").read_text(encoding="utf-8").split("\n")
    assert title_line(plan) is None
    duties = plan[:12] + ["III. CHẾ ĐỘ BÁO CÁO", "Các sở báo cáo kết quả trước ngày 15/12 hằng năm."]
    assert title_line(duties) is None
    for name in ("tinh-layout.txt", "bo-ke-hoach.md", "qd-ban-hanh-ke-hoach.txt", "nq-ban-hanh-chuong-trinh.md"):
        assert title_line((FIXTURES / "import" / name).read_text(encoding="utf-8").split("\n")) is None, name
    assert title_line(["ỦY BAN NHÂN DÂN", "Số: 1/BC-UBND", "", "**BÁO CÁO**", "Sơ kết 5 năm"]) == 3
    assert title_line(["BÁO CÁO TỔNG KẾT", "10 năm thi hành Luật Hợp tác xã"]) == 0


@pytest.mark.parametrize("sentence,status", [
    ("Nhiệm vụ đã hoàn thành.", "hoan-thanh"),
    ("Đang triển khai, dự kiến hoàn thành trong quý IV năm 2025.", "dang-thuc-hien"),  # a completion to come
    ("Chưa triển khai do chưa có kinh phí.", "chua-thuc-hien"),
    ("Nội dung này không còn phù hợp với quy định mới.", "khong-con-phu-hop"),
    ("Chưa hoàn thành.", "khong-ro"),  # not done: begun or not? the text does not say
    ("Đã hoàn thành giai đoạn 1, đang triển khai giai đoạn 2.", "khong-ro"),  # two statuses: not chosen
    ("Đã đăng ký kinh doanh cho 12 hợp tác xã.", "khong-ro"),  # "đăng" is no "đang"
])
def test_the_words_that_say_how_a_task_stands(sentence, status):
    from generator.importer.status_report import status_of

    found, words, doubt = status_of(sentence)
    assert found == status
    assert (doubt is None) == (status != "khong-ro")


@pytest.mark.parametrize("sentence,printed,numbers", [
    ("Đến ngày 30/11/2024, toàn tỉnh có 45 hợp tác xã.", "Đến ngày 30/11/2024", {"year": 2024, "month": 11, "day": 30}),
    ("Trong 6 tháng đầu năm 2025, thành lập mới 9 hợp tác xã.", "6 tháng đầu năm 2025", {"year": 2025, "month": 6}),
    ("Năm 2024, có 52% hợp tác xã hoạt động hiệu quả.", "Năm 2024", {"year": 2024}),
    ("Toàn tỉnh có 45 hợp tác xã.", None, None),
])
def test_the_date_a_figure_refers_to_is_read_as_printed(sentence, printed, numbers):
    from generator.importer.status_report import as_of

    found = as_of(sentence)
    if printed is None:
        assert found is None
    else:
        assert found == {"printed": printed, **numbers} and printed in sentence


def test_a_report_of_a_department_under_its_province_is_the_departments(project, capsys):
    """A report whose header names the province's UBND above a Sở ("UBND TỈNH …" / "SỞ TÀI CHÍNH") is the Sở's,
    the registry's body of that province (the conventions of tests/test_import_sentences.py, for reports)."""
    source, originals, _ = project
    original = originals / "bao-cao-bang-tab.txt"
    lines = original.read_text(encoding="utf-8").split("\n")
    assert lines[0] == "ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM"
    original.write_text("\n".join(["UBND TỈNH THỬ NGHIỆM", "SỞ TÀI CHÍNH", "Số: 07/BC-STC", *lines[2:]]), encoding="utf-8")
    assert _import(source, original, capsys)[0] == 0
    [draft] = (source / "reports").glob("*.yaml")
    data = yaml.safe_load(draft.read_text(encoding="utf-8"))
    assert data["issuer"] == "so-tai-chinh-thu-nghiem" and data["province"] == "thu-nghiem"
