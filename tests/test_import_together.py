"""kehoach import: the conventions of the two importer lines of work read together — tables, classes of
bodies and the national registry (main) with who does what (import-leads). Each case is a general
convention of Nghị định 30/2020/NĐ-CP documents or of how bodies are named, tested on documents of our own
written here (other topics than the held-out set, benchmarks/corpus/unseen/, which only measures them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.importer import fields
from generator.importer.fields import Known

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source"

HEADER = ["UBND TỈNH QUẢNG NGÃI", "SỞ CÔNG THƯƠNG", "Số: 27/KH-SCT", "Quảng Ngãi, ngày 05 tháng 02 năm 2026",
          "KẾ HOẠCH", "Hỗ trợ hợp tác xã tiêu thụ sản phẩm năm 2026", "", "I. MỤC ĐÍCH", "",
          "Hỗ trợ hợp tác xã tiêu thụ sản phẩm.", "", "II. NHIỆM VỤ", "",
          "Các nhiệm vụ cụ thể tại Phụ lục kèm theo.", "", "PHỤ LỤC", ""]
ROWS = [  # TT, task, deadline, lead ("Đơn vị thực hiện"), cooperating ("Đơn vị phối hợp")
    ("1", "Hướng dẫn hợp tác xã sử dụng hóa đơn điện tử, chữ ký số", "Trước 30/11/2026",
     "Phòng Quản lý thương mại", "Thuế tỉnh Quảng Ngãi; Sở Khoa học và Công nghệ"),
    ("2", "Tập huấn quy trình sản xuất an toàn cho hợp tác xã trồng rau", "Quý II/2026",
     "Trung tâm Khuyến công", "Chi cục Trồng trọt và Bảo vệ thực vật"),
    ("3", "Đánh giá, phân hạng sản phẩm của hợp tác xã tham gia hội chợ", "Năm 2026",
     "Phòng Kế hoạch - Tài chính", "Các thành viên Hội đồng"),
]


class _Draft:
    def __init__(self, path: Path):
        from generator.importer import import_document

        self.draft = import_document(path, SOURCE)
        self.names = {a.id: a.name for a in Known.load(SOURCE).registry.agencies}
        self.names.update({a["id"]: a["name"] for a in self.draft.registry.get("agencies", [])})

    def task(self, prefix: str) -> dict:
        [found] = [t for t in self.draft.plan["tasks"] if t["text"].startswith(prefix)]
        return found

    def lead(self, prefix: str) -> list[str]:
        return [self.names[a] for a in self.task(prefix)["lead"]]

    def coop(self, prefix: str) -> list[str]:
        return [self.names[a] for a in self.task(prefix).get("cooperating", [])]


def _table(kind: str) -> list[str]:
    header = ("TT", "Nội dung công việc", "Thời gian thực hiện", "Đơn vị thực hiện", "Đơn vị phối hợp")
    if kind == "pipe":
        return ["| " + " | ".join(header) + " |", "|---|---|---|---|---|"] + ["| " + " | ".join(r) + " |" for r in ROWS]
    return ["\t".join(header)] + ["\t".join(r) for r in ROWS]


@pytest.mark.parametrize("kind", ["pipe", "tab"])
def test_an_appendix_column_is_a_list_of_bodies_by_its_label(tmp_path, kind):
    """"Đơn vị (Cơ quan) thực hiện" beside "Đơn vị phối hợp" is the lead column, as a labelled line "Cơ quan thực
    hiện: X" is. Its cells, like the cooperating ones, are lists of bodies by the column's label: every
    capitalised item is a body ("Thuế tỉnh Quảng Ngãi", a type no name list can hold), a class ("Các thành viên
    Hội đồng") only by the rules for classes; "Bảo vệ thực vật" goes on a name, it is no "Báo"."""
    path = tmp_path / f"ke-hoach.{'md' if kind == 'pipe' else 'txt'}"
    path.write_text("\n".join(HEADER + _table(kind)) + "\n", encoding="utf-8")
    draft = _Draft(path)
    assert draft.lead("Hướng dẫn hợp tác xã sử dụng") == ["Phòng Quản lý thương mại"]
    assert draft.coop("Hướng dẫn hợp tác xã sử dụng") == ["Thuế tỉnh Quảng Ngãi", "Sở Khoa học và Công nghệ"]
    assert draft.lead("Tập huấn quy trình") == ["Trung tâm Khuyến công"]
    assert draft.coop("Tập huấn quy trình") == ["Chi cục Trồng trọt và Bảo vệ thực vật"]
    assert draft.lead("Đánh giá, phân hạng") == ["Phòng Kế hoạch - Tài chính"]
    assert draft.coop("Đánh giá, phân hạng") == []
    assert draft.task("Hướng dẫn hợp tác xã sử dụng")["deadline"]["before"] == "2026-11-30"


@pytest.mark.parametrize("text,cell,before", [
    ("Trước 30/11/2026", True, "2026-11-30"),
    ("Hướng dẫn hợp tác xã lập hồ sơ, hoàn thành trước 15/6/2026.", False, "2026-06-15"),
    ("trước ngày 31/3/2026", True, "2026-03-31"),
])
def test_a_date_after_truoc_is_a_before_deadline_with_or_without_ngay(text, cell, before):
    found = fields.deadline(text, cell=cell)
    assert (found.kind, found.before) == ("before", before)


@pytest.fixture(scope="module")
def empty():
    known = Known.load(SOURCE, "chua-co")
    known.names = []
    return known


@pytest.fixture(scope="module")
def known_quang_ngai():
    return Known.load(SOURCE, "quang-ngai")


@pytest.mark.parametrize("phrase,names", [
    ("Chi cục Quản lý chất lượng nông, lâm sản và thủy sản hướng dẫn", ["Chi cục Quản lý chất lượng nông, lâm sản và thủy sản"]),
    ("Trung tâm Giống cây trồng, vật nuôi và thủy sản cung cấp giống", ["Trung tâm Giống cây trồng, vật nuôi và thủy sản"]),
    ("Chi cục Trồng trọt và Bảo vệ thực vật, Trung tâm Khuyến nông", ["Chi cục Trồng trọt và Bảo vệ thực vật", "Trung tâm Khuyến nông"]),
    # a list of bodies and others goes on being cut: a class ("các xã") and a unit type are no words of a name
    ("Sở Công Thương, doanh nghiệp và hợp tác xã", ["Sở Công Thương"]),
    ("Phòng Kinh tế, các xã và thị trấn", ["Phòng Kinh tế"]),
])
def test_an_enumeration_in_lower_case_stays_inside_a_name(empty, phrase, names):
    """"…nông, lâm sản và thủy sản": a few lower-case words after a comma, then "và" and a few more, enumerate
    the fields of one body; "Bảo vệ …", "Bảo đảm …", "Bảo tồn …" never start a newspaper's name."""
    assert fields.match_agencies(phrase, empty).unknown == names


@pytest.mark.parametrize("phrase,branch", [
    ("Ngân hàng Nhà nước Việt Nam Chi nhánh Khu vực 5 chỉ đạo các tổ chức tín dụng", "Ngân hàng Nhà nước Việt Nam Chi nhánh Khu vực 5"),
    ("Phối hợp với Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Quảng Ngãi", "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Quảng Ngãi"),
])
def test_a_branch_of_a_registered_body_is_another_body(known_quang_ngai, phrase, branch):
    """A registered name followed by "Chi nhánh …" is the branch (a body of its own), not the registered body."""
    named = fields.match_agencies(phrase, known_quang_ngai)
    assert "ngan-hang-nha-nuoc" not in named.ids and named.unknown == [branch]
    assert fields.match_agencies("Ngân hàng Nhà nước Việt Nam chủ trì", known_quang_ngai).ids == ["ngan-hang-nha-nuoc"]


@pytest.mark.parametrize("issuer,name,duty", [
    ("LIÊN MINH HỢP TÁC XÃ VIỆT NAM", "Liên minh Hợp tác xã Việt Nam",
     "Các ban, đơn vị thuộc cơ quan Liên minh Hợp tác xã Việt Nam xây dựng kế hoạch chi tiết của đơn vị."),
    ("HỘI NÔNG DÂN VIỆT NAM", "Hội Nông dân Việt Nam",
     "Các ban, đơn vị thuộc Hội Nông dân Việt Nam xây dựng kế hoạch chi tiết của đơn vị."),
])
def test_a_national_organisation_has_no_province_and_its_units_are_a_class(tmp_path, issuer, name, duty):
    """An organisation named for the whole country ("… Việt Nam") or the centre ("… Trung ương") is a central
    body: "Hà Nội, ngày …" says where it sits, not whose the plan is. "Các ban, đơn vị thuộc <it>" is the class of
    its units, the lead as printed: its own name is part of the class's, it is given no work."""
    path = tmp_path / "ke-hoach.txt"
    path.write_text("\n".join([
        issuer, "Số: 12/KH-TW", "Hà Nội, ngày 12 tháng 01 năm 2026", "KẾ HOẠCH", "Hỗ trợ hợp tác xã năm 2026", "",
        "I. NHIỆM VỤ", "", f"1. Văn phòng {name} theo dõi, đôn đốc các đơn vị triển khai Kế hoạch.", f"2. {duty}",
    ]) + "\n", encoding="utf-8")
    draft = _Draft(path)
    assert draft.draft.report["province"] is None and draft.draft.report["national"]
    assert draft.names[draft.draft.plan["issuer"]] == name
    assert any("cơ quan trung ương" in r for r in draft.draft.plan["review"])
    assert draft.lead("Các ban, đơn vị") == [duty.split(" xây dựng")[0]]
    assert fields.is_central("BAN KINH TẾ TRUNG ƯƠNG") and not fields.is_central("HỘI NÔNG DÂN TỈNH QUẢNG NGÃI")


@pytest.mark.parametrize("phrase,owner", [
    ("Các phòng, chi cục, trung tâm thuộc Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi", "so-nong-nghiep-moi-truong-quang-ngai"),
    ("Các đơn vị thuộc Bộ Nông nghiệp và Môi trường", "bo-nong-nghiep-moi-truong"),
])
def test_a_class_of_units_named_by_its_owner_is_the_class(known_quang_ngai, phrase, owner):
    """"Các phòng, chi cục, trung tâm thuộc Sở …" as a subject is one class of bodies, not the Sở; in lower case
    ("… phối hợp với các đơn vị thuộc Bộ …") the Sở or Bộ is still named as an owner (``owners``), as before."""
    named = fields.match_agencies(phrase + " xây dựng kế hoạch", known_quang_ngai)
    assert named.ids == [] and named.unknown == [phrase]
    lower = "phối hợp với c" + phrase[1:]
    assert fields.match_agencies(lower, known_quang_ngai).ids == [owner]
    assert fields.match_agencies(lower, known_quang_ngai, owners=False).ids == []
