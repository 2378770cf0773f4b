"""kehoach import: deadlines written in the sentence, the header's issuer and the signature block in the layouts
converters make of them, and tables that ``pdftotext -layout`` prints as space-aligned columns. Each rule is a
general convention of Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP and common drafting and
conversion practice), tested on at least two inputs of our own (sentences written here and the fixtures in
tests/fixtures/import/, other topics than the held-out set benchmarks/corpus/unseen/, which only measures them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.importer import fields

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source"
FIXTURES = ROOT / "tests" / "fixtures" / "import"


# --- deadlines in the sentence ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,kind,extra", [
    # a date after "trước" needs no trigger word before it: "gửi … trước ngày …", fronted "Trước 30/11/2026, …"
    ("Rà soát nhu cầu vay vốn của các hợp tác xã, gửi về Sở Tài chính trước ngày 15/11/2026.", "before",
     {"before": "2026-11-15"}),
    ("Các xã, phường lập danh sách tổ hợp tác đủ điều kiện, gửi Phòng Kinh tế trước ngày 05/3/2027 để tổng hợp.",
     "before", {"before": "2027-03-05"}),
    ("Trước 30/11/2026, các đơn vị gửi báo cáo kết quả về Sở Nông nghiệp và Môi trường.", "before",
     {"before": "2026-11-30"}),
    # a period after "trong": quarter, year, month, half-year
    ("Tổ chức 02 hội nghị kết nối hợp tác xã với doanh nghiệp tiêu thụ trong quý IV năm 2026.", "quarter",
     {"year": 2026, "quarters": [4]}),
    ("Xây dựng 05 mô hình hợp tác xã nuôi trồng thủy sản trong quý II/2027.", "quarter", {"year": 2027, "quarters": [2]}),
    ("Chỉ đạo giải thể các hợp tác xã không còn hoạt động trong năm 2026.", "year", {"year": 2026}),
    ("Hoàn thiện hồ sơ công nhận sản phẩm OCOP của các hợp tác xã trong năm 2025.", "year", {"year": 2025}),
    ("Khảo sát nhu cầu chuyển đổi số của hợp tác xã trong tháng 9/2024.", "month", {"year": 2024, "month": 9}),
    ("Mở lớp bồi dưỡng kế toán hợp tác xã trong tháng 10 năm 2026.", "month", {"year": 2026, "month": 10}),
    ("Đánh giá sơ kết mô hình trong 6 tháng đầu năm 2027.", "quarter", {"year": 2027, "quarters": [1, 2]}),
    # a period opening the sentence
    ("Năm 2024-2025, tổ chức đánh giá, phân loại hợp tác xã nông nghiệp.", "year-range", {"year": 2024, "year_end": 2025}),
])
def test_a_deadline_in_the_sentence(text, kind, extra):
    """A deadline printed inside the sentence, with or without "thực hiện"/"hoàn thành" before it."""
    found = fields.deadline(text)
    assert found.kind == kind, found
    for key, value in extra.items():
        assert getattr(found, key) == value
    if found.printed:
        assert found.printed in text


@pytest.mark.parametrize("text", [
    "Tham mưu bố trí kinh phí thực hiện Đề án trong dự toán ngân sách năm 2027 của tỉnh.",
    "Bố trí kinh phí thực hiện các mô hình từ nguồn vốn năm 2026 của tỉnh.",
    "Lập dự toán chi thường xuyên năm 2026 cho các đơn vị sự nghiệp.",
    "Bảo đảm kinh phí thường xuyên cho Quỹ hỗ trợ phát triển hợp tác xã.",
])
def test_a_budget_year_or_recurrent_spending_is_no_deadline(text):
    """The year of a budget ("dự toán ngân sách năm 2027", "kinh phí năm 2026") and recurrent spending ("chi/kinh phí
    thường xuyên") say whose money, not when the work is due."""
    assert fields.deadline(text).kind == "unspecified"


def test_recurring_work_by_its_words_and_a_stage_is_no_deadline():
    """"định kỳ hằng quý" and "hàng quý" recur (the kinds have no quarterly one: ongoing, never a quarter), "hằng
    năm"/"hàng năm" is annual, "thường xuyên" ongoing; "Giai đoạn 2026 - 2028:" opening an item names a stage of the
    programme, not when the item is due."""
    assert fields.deadline("Báo cáo tiến độ thực hiện hàng quý về Ủy ban nhân dân tỉnh.").kind == "ongoing"
    found = fields.deadline("Định kỳ hằng quý cung cấp số liệu dư nợ cho vay hợp tác xã cho Sở Tài chính.")
    assert (found.kind, found.printed) == ("ongoing", "Định kỳ hằng quý")
    assert fields.deadline("Tổ chức tôn vinh hợp tác xã tiêu biểu hằng năm.").kind == "annual"
    assert fields.deadline("Hàng năm, bố trí lồng ghép nguồn vốn khuyến nông cho hợp tác xã.").kind == "annual"
    assert fields.deadline("Hướng dẫn hợp tác xã hoàn thiện thủ tục đăng ký; thực hiện thường xuyên.").kind == "ongoing"
    assert fields.deadline("Giai đoạn 2026 - 2028: hỗ trợ 20 hợp tác xã ứng dụng công nghệ cao.").kind == "unspecified"


@pytest.mark.parametrize("text,cell,quarters", [
    ("Quý II - Quý IV/2026", True, [2, 3, 4]),
    ("Quý I – III/2027", True, [1, 2, 3]),
    ("Triển khai từ quý II đến quý IV năm 2026.", False, [2, 3, 4]),
    ("Quý I/2026 và Quý III/2026", True, [1, 3]),           # two quarters of one year, each with its year
    ("Quý I/2026 và\nQuý III/2026", True, [1, 3]),          # a cell wrapped over a continued row
    ("Quý II, Quý III/2026", True, [2, 3]),                  # a list stays a list
])
def test_a_quarter_range_and_quarters_of_one_year(text, cell, quarters):
    """A dash or "đến" between two quarters is a range; quarters each printed with the same year are one deadline."""
    found = fields.deadline(text, cell=cell)
    assert (found.kind, found.year, found.quarters) == ("quarter", int(text.split("20")[-1][:2]) + 2000, quarters)


@pytest.mark.parametrize("text,before,several", [
    # two reports, each with its date: the task ends with the last
    ("Tổng hợp báo cáo kết quả 6 tháng (trước ngày 20/6/2026) và năm (trước ngày 10/12/2026) gửi Ủy ban nhân dân xã.",
     "2026-12-10", True),
    ("Báo cáo sơ kết trước ngày 15/7/2027 và báo cáo tổng kết trước ngày 30/11/2027 về Sở Tài chính.", "2027-11-30", True),
    # a purpose clause after it is the next body's work
    ("Các xã gửi danh sách về Phòng Kinh tế trước ngày 10/10/2026 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước "
     "ngày 31/10/2026.", "2026-10-10", True),
    ("Rà soát hồ sơ, gửi Sở Tài chính trước ngày 01/4/2027 nhằm trình Ủy ban nhân dân tỉnh trước ngày 15/4/2027.",
     "2027-04-01", True),
    ("Hoàn thành trước ngày 30/9/2026.", "2026-09-30", False),
])
def test_of_several_dates_the_one_that_ends_the_tasks_own_work(text, before, several):
    """Where a sentence has several dates, the last of its main clause, never one in a purpose clause ("để …",
    "nhằm …") after it; said for review."""
    found = fields.deadline(text)
    assert (found.kind, found.before) == ("before", before)
    assert (found.note is not None) == several
    if several:
        assert "kiểm tra" in found.note and before[:4] in found.note
