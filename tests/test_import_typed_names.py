"""kehoach import: bodies' names as offices type them short.

- the usual abbreviations of bodies' names, never spelt out in the document ("NHCSXH tỉnh chủ trì …", "LMHTX tỉnh chủ
  trì …", "Đề nghị LMHTXVN …", "phối hợp với NHCSXH tỉnh"), are read from the one table of abbreviations (the glossary,
  generator/data/glossary.json): the body is named, by its long name, its short one kept as a variant as printed;
  a short name the document defines itself comes first;
- a body's type typed in lower case before its capitalised name ("phòng Văn hóa - Xã hội hướng dẫn …", "giao phòng
  Kinh tế, Hạ tầng và Đô thị chủ trì", "…: giao sở Tài chính chủ trì", "sở Công Thương chủ trì …") names the body, as
  printed; not a common word ("phòng chống", "ban hành").
Tested on documents and phrases written here, never on the held-out sets (benchmarks/corpus/unseen*/), which only
measure."""

from __future__ import annotations

import pytest

from drafts import SOURCE, written
from generator.importer import fields

KNOWN = fields.Known.load(SOURCE)

HEAD = ["ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 88/KH-UBND\tPhú Thọ, ngày 12 tháng 3 năm 2026", "KẾ HOẠCH", "Hỗ trợ tổ hợp tác năm 2026", "I. NHIỆM VỤ"]
FOOT = ["Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tNguyễn Văn An"]


@pytest.mark.parametrize("phrase,name", [
    ("LMHTXVN đẩy mạnh tư vấn thành lập hợp tác xã", "LMHTXVN"),
    ("NHNN hướng dẫn các chi nhánh cho vay", "NHNN"),
    ("NHCSXH tỉnh cho vay ưu đãi", "NHCSXH tỉnh"),
    ("LMHTX tỉnh tư vấn thành lập mới", "LMHTX tỉnh"),
])
def test_a_body_by_its_usual_abbreviation_starts_a_name(phrase, name):
    assert fields.starts_body(phrase)
    assert fields.match_agencies(fields.name_only(phrase), KNOWN).unknown == [name]


@pytest.mark.parametrize("phrase", ["HTX tỉnh mở rộng sản xuất", "OCOP tỉnh có 20 sản phẩm", "KTTT phát triển"])
def test_an_abbreviation_of_no_body_starts_no_name(phrase):  # the glossary's other terms
    assert not fields.starts_body(phrase)
    assert not fields.match_agencies(phrase, KNOWN).unknown


def test_short_names_never_spelt_out_name_bodies(tmp_path):
    lines = HEAD + [
        "1. Cho vay ưu đãi các tổ hợp tác có phương án sản xuất khả thi. NHCSXH tỉnh chủ trì, phối hợp với Hội Nông dân "
        "tỉnh; hoàn thành trong quý III/2026.",
        "2. Bồi dưỡng kỹ năng quản trị cho giám đốc hợp tác xã. LMHTX tỉnh chủ trì thực hiện; hoàn thành trong quý "
        "IV/2026.",
        "3. Đề nghị LMHTXVN hỗ trợ tỉnh tổ chức hội chợ hàng nông sản; thời gian: tháng 10/2026.",
        "4. Sở Công Thương chủ trì, phối hợp với NHCSXH tỉnh kết nối vốn cho tổ hợp tác; hoàn thành trong quý II/2026.",
    ] + FOOT
    draft = written(tmp_path, "viet-tat-thuong-dung.txt", lines)
    bank = "Ngân hàng Chính sách xã hội tỉnh"
    assert draft.lead("Cho vay") == [bank]
    assert draft.lead("Bồi dưỡng") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft.lead("Đề nghị LMHTXVN") == ["Liên minh Hợp tác xã Việt Nam"]
    assert draft.coop("Sở Công Thương") == [bank]
    proposed = {a["name"]: a["variants"] for a in draft.draft.registry["agencies"]}
    assert "NHCSXH tỉnh" in proposed[bank] and "LMHTXVN" in proposed["Liên minh Hợp tác xã Việt Nam"]  # as printed
    assert any("“NHCSXH” đọc là “Ngân hàng Chính sách xã hội”" in note for note in draft["Cho vay"]["review"])


def test_a_short_name_the_document_defines_comes_first(tmp_path):
    lines = HEAD + [
        "1. Ngân hàng Nhà nước chi nhánh khu vực 5 (NHNN) hướng dẫn các tổ chức tín dụng cho vay tổ hợp tác; hoàn thành "
        "trong quý III/2026.",
        "2. Rà soát dư nợ của tổ hợp tác. NHNN chủ trì thực hiện; hoàn thành trong quý IV/2026.",
    ] + FOOT
    draft = written(tmp_path, "viet-tat-dinh-nghia.txt", lines)
    assert draft.lead("Rà soát") == ["Ngân hàng Nhà nước chi nhánh khu vực 5"]


def test_a_type_typed_in_lower_case_before_a_name(tmp_path):
    lines = ["ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 21/KH-UBND\tHòa Bình, ngày 12 tháng 3 năm 2026", "KẾ HOẠCH", "Hỗ trợ hợp tác xã năm 2026",
             "I. NHIỆM VỤ",
             "1. phòng Văn hóa - Xã hội hướng dẫn các hợp tác xã xây dựng quy chế văn hóa; hoàn thành trong quý III/2026.",
             "2. Tập huấn kế toán cho hợp tác xã: giao phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với Hội Nông "
             "dân phường; hoàn thành trong quý IV/2026.",
             "3. Rà soát hợp tác xã ngừng hoạt động: giao sở Tài chính chủ trì; hoàn thành trong quý II/2026.",
             "4. phòng chống thiên tai cho vùng trồng của hợp tác xã; hoàn thành trong quý II/2026.",
             "5. Hội Nông dân phường vận động nông dân tham gia hợp tác xã; hoàn thành trong quý IV/2026."] + FOOT
    draft = written(tmp_path, "chu-thuong.txt", lines)
    assert draft.lead("phòng Văn hóa") == ["phòng Văn hóa - Xã hội"]
    assert draft.lead("Tập huấn") == ["phòng Kinh tế, Hạ tầng và Đô thị"]
    assert draft.coop("Tập huấn") == ["Hội Nông dân phường"]
    assert draft.lead("Rà soát") == ["sở Tài chính"]
    assert "phòng chống" not in " ".join(a["name"] for a in draft.draft.registry.get("agencies", []))
