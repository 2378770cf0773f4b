"""kehoach import: times without their year, a heading of recurring duties, items numbered "(1)" (issue 11).

- a plan for one year (its title names it) prints times without the year: "trước 10/12", "trong tháng 9", "đến hết
  tháng 11", "; quý IV." are read with that year, said in review; a title naming several years ("giai đoạn 2025 -
  2027") leaves them unspecified (they may recur each year; a season across two years or no year at all reads them
  from the day the plan was signed: tests/test_import_signed_times.py);
- "5. Thực hiện thường xuyên trong năm", "Nhiệm vụ thường xuyên": its items are ongoing;
- "(1) Sở … chủ trì …" opening a paragraph of its own (a blank line before it) is an item; "(1)" inside a sentence, or
  on the next line of one, stays an inline enumeration.
Tested on documents written here (text and Markdown), never on the held-out sets (benchmarks/corpus/unseen*/), which only
measure."""

from __future__ import annotations

import pytest

from drafts import written
from generator.importer import fields


@pytest.mark.parametrize("text,kind,value", [
    ("Tổng hợp kết quả, báo cáo trước 10/12.", "before", "2025-12-10"),
    ("Trình Ủy ban nhân dân phường; trình trong tháng 11.", "month", 11),
    ("Kiểm tra trên bãi biển từ nay đến hết tháng 10.", "month", 10),
    ("Vận động đoàn viên tham gia tổ hợp tác; quý IV.", "quarter", [4]),
    ("Hoàn thành chậm nhất ngày 15/9.", "before", "2025-09-15"),
])
def test_a_time_without_its_year_takes_the_plan_s(text, kind, value):
    found = fields.deadline(text, year=2025)
    assert found.kind == kind
    assert value in (found.before, found.month, found.quarters)
    assert found.year == 2025 or str(found.before).startswith("2025")
    assert "không ghi năm" in found.note
    assert fields.deadline(text).kind == "unspecified"  # no plan year: never a guess


def test_a_date_that_is_no_date_is_no_deadline():
    assert fields.deadline("Báo cáo trước 35/13.", year=2025).kind == "unspecified"


def _plan(title: str) -> list[str]:
    return ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "PHƯỜNG NAM SẦM SƠN\tĐộc lập - Tự do - Hạnh phúc",
            "Số: 90/KH-UBND\tSầm Sơn, ngày 25 tháng 8 năm 2025", "KẾ HOẠCH", title, "",
            "I. PHÂN CÔNG THỰC HIỆN", "1. Phòng Kinh tế, Hạ tầng và Đô thị:",
            "+ Tổng hợp kết quả thực hiện Kế hoạch, báo cáo trước 10/12.",
            "+ Rà soát hồ sơ của hợp tác xã thủy sản; hoàn thành trong tháng 9.",
            "2. Phòng Văn hóa - Xã hội:", "+ Giới thiệu mô hình hợp tác xã hiệu quả; quý IV.",
            "3. Thực hiện thường xuyên trong năm",
            "+ Công an phường kiểm tra trật tự kinh doanh của hợp tác xã dịch vụ trên bãi biển.",
            "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tLê Văn Hải"]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_one_year_plan_s_times(tmp_path, suffix):
    lines = _plan("Phát triển hợp tác xã 6 tháng cuối năm 2025")
    if suffix == ".md":
        lines = [x for line in lines for x in (line.replace("\t", " | ") if "\t" in line else line, "")]
    draft = written(tmp_path, "nam-mot" + suffix, lines)
    assert str(draft["Tổng hợp kết quả"]["deadline"]["before"]) == "2025-12-10"
    assert (draft["Rà soát hồ sơ"]["deadline"]["month"], draft["Rà soát hồ sơ"]["deadline"]["year"]) == (9, 2025)
    assert draft["Giới thiệu mô hình"]["deadline"]["quarters"] == [4]
    assert draft["Công an phường"]["deadline"]["kind"] == "ongoing"
    assert any("không ghi năm" in r for r in draft["Tổng hợp kết quả"]["review"])


def test_a_plan_for_several_years_leaves_them_unspecified(tmp_path):
    draft = written(tmp_path, "nhieu-nam.txt", _plan("Phát triển hợp tác xã giai đoạn 2025 - 2027"))
    assert draft["Tổng hợp kết quả"]["deadline"]["kind"] == "unspecified"
    assert draft["Giới thiệu mô hình"]["deadline"]["kind"] == "unspecified"


PROPOSAL = ["| SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG<br>**TỈNH ĐỒNG NAI** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>"
            "**Độc lập - Tự do - Hạnh phúc** |", "|:---:|:---:|", "| Số: 601/TTr-SNNMT | *Đồng Nai, ngày 12 tháng 10 năm 2026* |",
            "", "# TỜ TRÌNH", "", "## Về việc ban hành Kế hoạch hỗ trợ hợp tác xã năm 2027", "",
            "Kính gửi: Ủy ban nhân dân tỉnh.", "", "## I. DỰ KIẾN PHÂN CÔNG", "", "**1. Phân công nhiệm vụ:**", "",
            "(1) Sở Nông nghiệp và Môi trường chủ trì lựa chọn 20 hợp tác xã tham gia; hoàn thành trong quý I/2027.", "",
            "(2) Sở Tài chính thẩm định kinh phí thực hiện Kế hoạch; hoàn thành trong tháng 3/2027.", "",
            "(3) Liên minh Hợp tác xã tỉnh tư vấn hợp tác xã lập phương án vay vốn; thực hiện thường xuyên.", "",
            "**2. Nội dung phối hợp** gồm: (1) trao đổi thông tin; (2) kiểm tra chung vào quý IV/2027.", "",
            "| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT. | **GIÁM ĐỐC**<br><br>**Phan Văn Sáu** |", "|:---|:---:|"]


def test_items_numbered_in_brackets(tmp_path):
    draft = written(tmp_path, "to-trinh.md", PROPOSAL)
    assert draft.lead("Sở Nông nghiệp")[0].startswith("Sở Nông nghiệp và Môi trường")
    assert draft.lead("Sở Tài chính")[0].startswith("Sở Tài chính")
    assert draft.lead("Liên minh")[0].startswith("Liên minh Hợp tác xã tỉnh")
    assert not [t for t in draft.texts() if t.startswith("trao đổi")]  # an inline enumeration stays in its sentence


def test_a_bracketed_number_wrapped_onto_a_line_stays_inline(tmp_path):
    lines = ["SỞ TÀI CHÍNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH HÀ TĨNH\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 14/KH-STC\tHà Tĩnh, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH", "Hỗ trợ hợp tác xã năm 2026", "",
             "I. NHIỆM VỤ", "1. Phòng Tài chính doanh nghiệp chủ trì các việc sau:",
             "(1) rà soát hợp tác xã ngừng hoạt động; (2) hướng dẫn giải thể; hoàn thành trong quý II/2026.",
             "2. Văn phòng Sở cập nhật dữ liệu hợp tác xã; thực hiện thường xuyên.",
             "Nơi nhận:\tKT. GIÁM ĐỐC", "- Lưu: VT.\tPHÓ GIÁM ĐỐC", "\tLê Văn An"]
    draft = written(tmp_path, "noi-dong.txt", lines)
    assert len(draft.tasks) == 2
    assert "(1) rà soát" in draft["Phòng Tài chính"]["text"]


@pytest.mark.parametrize("text,kind,value", [
    ("Sau khi Kế hoạch được ban hành, Sở Nông nghiệp và Môi trường tổ chức hội nghị triển khai trong tháng 01/2027.",
     "month", 1),
    ("Sau khi có ý kiến của Ủy ban nhân dân tỉnh, Sở Tài chính hoàn thành trước ngày 15/3/2027.", "before", "2027-03-15"),
    ("Cấp giấy chứng nhận sau khi nhận đủ hồ sơ hợp lệ.", "after-condition", None),
])
def test_a_condition_then_a_date_is_due_by_the_date(text, kind, value):
    found = fields.deadline(text)
    assert found.kind == kind
    assert value is None or value in (found.month, found.before)


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_department_then_a_verb_of_any_kind_is_a_doer(tmp_path, suffix):
    """A department's name is fixed by decree: what follows it in lower case is the sentence's, whatever its verb."""
    lines = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH ĐỒNG NAI\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 77/KH-UBND\tĐồng Nai, ngày 02 tháng 3 năm 2026", "KẾ HOẠCH", "Hỗ trợ hợp tác xã năm 2026", "",
             "I. NHIỆM VỤ", "1. Sở Công Thương kết nối hợp tác xã với doanh nghiệp thu mua nông sản; quý III/2026.",
             "2. Sở Khoa học và Công nghệ chuyển giao quy trình sấy nông sản cho 05 hợp tác xã; năm 2026.",
             "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tLê Văn Hải"]
    if suffix == ".md":
        lines = [x for line in lines for x in (line.replace("\t", " | ") if "\t" in line else line, "")]
    draft = written(tmp_path, "so" + suffix, lines)
    assert draft.lead("Sở Công Thương")[0].startswith("Sở Công Thương")
    assert draft.lead("Sở Khoa học")[0].startswith("Sở Khoa học và Công nghệ")
