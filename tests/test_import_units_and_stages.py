"""kehoach import: own units, issuers under their superior, stages and spans (issue 11).

A table whose doers are the issuer's own units ("Đơn vị thuộc Ban", "Phòng, đơn vị thuộc Sở") beside "Đơn vị phối
hợp" leads each row by its unit. The header's left column prints the superior above the issuing body (Nghị định
30/2020/NĐ-CP, Phụ lục I): the issuer is the last body ("BỘ … / VIỆN … / VIỆN CÂY ĂN QUẢ MIỀN NAM", "UBND TỈNH … /
VƯỜN QUỐC GIA …"). A stage's heading with its time in brackets ("1. Trước mùa khô hanh (hoàn thành trước ngày
15/11/2026)") times the items under it. A span across two years is due by its end ("tháng 10/2026 - tháng 4/2027",
"quý IV/2026 - quý I/2027"), one ending with the later year's fourth quarter stays a span of years. One local body's
type shared by two places ("Ủy ban nhân dân xã A, xã B") names both bodies. A short name of words the document
defines ("(sau đây gọi là Hạt Kiểm lâm)") is a spelling of the body. Tested on documents written here, never on the
held-out sets."""

from __future__ import annotations

import pytest

from drafts import as_markdown, with_table, written
from generator.importer import fields

BQL = ["UBND TỈNH LÀO CAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BAN QUẢN LÝ KHU KINH TẾ\tĐộc lập - Tự do - Hạnh phúc",
       "Số: 77/KH-BQLKKT\tLào Cai, ngày 02 tháng 6 năm 2026", "", "KẾ HOẠCH",
       "Hỗ trợ hợp tác xã cung ứng dịch vụ cho khu công nghiệp năm 2026", "", "I. NHIỆM VỤ"]
CLOSE = ["Nơi nhận:\tTRƯỞNG BAN", "- Lưu: VT.\tHoàng Văn Sơn"]
ROWS = [["1", "Khảo sát nhu cầu dịch vụ suất ăn của doanh nghiệp", "Phòng Quản lý doanh nghiệp",
         "Trung tâm Dịch vụ hỗ trợ khu kinh tế", "Tháng 7/2026"],
        ["2", "Hướng dẫn hợp tác xã thủ tục thông quan hàng nông sản", "Phòng Quản lý cửa khẩu",
         "Chi cục Hải quan khu vực VIII", "Quý III/2026"]]


@pytest.mark.parametrize("suffix,unit", [(".txt", "Đơn vị thuộc Ban"), (".md", "Phòng, đơn vị thuộc Sở")])
def test_a_column_of_the_issuer_s_own_units_leads(tmp_path, suffix, unit):
    header = ["STT", "Nội dung", unit, "Đơn vị phối hợp", "Thời gian"]
    draft = written(tmp_path, "bql" + suffix, with_table(BQL, header, ROWS, CLOSE, suffix))
    assert draft.lead("Khảo sát nhu cầu") == ["Phòng Quản lý doanh nghiệp"]
    assert draft.coop("Khảo sát nhu cầu") == ["Trung tâm Dịch vụ hỗ trợ khu kinh tế"]
    assert draft.lead("Hướng dẫn hợp tác xã") == ["Phòng Quản lý cửa khẩu"]


@pytest.mark.parametrize("header,issuer", [
    (["BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "VIỆN KHOA HỌC NÔNG NGHIỆP VIỆT NAM\tĐộc lập - Tự do - Hạnh phúc", "VIỆN CÂY ĂN QUẢ MIỀN NAM"],
     "VIỆN CÂY ĂN QUẢ MIỀN NAM"),
    (["UBND TỈNH CAO BẰNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "VƯỜN QUỐC GIA\tĐộc lập - Tự do - Hạnh phúc",
      "PHIA OẮC - PHIA ĐÉN"], "VƯỜN QUỐC GIA PHIA OẮC - PHIA ĐÉN"),
])
def test_the_issuer_is_the_body_under_its_superior(tmp_path, header, issuer):
    lines = header + ["Số: 138/KH-VQG\tCao Bằng, ngày 20 tháng 10 năm 2026", "", "KẾ HOẠCH",
                      "Phối hợp với hợp tác xã bảo vệ rừng năm 2026", "", "I. NHIỆM VỤ",
                      "1. Phòng Kỹ thuật hướng dẫn hợp tác xã trồng dược liệu trong quý IV/2026."] + CLOSE
    draft = written(tmp_path, "vien.txt", lines)
    names = {a["id"]: a for a in draft.draft.registry["agencies"]}
    printed = names[draft.plan["issuer"]]["variants"] if draft.plan["issuer"] in names else []
    assert issuer in printed, (draft.plan["issuer"], printed)


STAGES = ["UBND TỈNH CAO BẰNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "VƯỜN QUỐC GIA\tĐộc lập - Tự do - Hạnh phúc",
          "PHIA OẮC - PHIA ĐÉN", "Số: 140/KH-VQG\tCao Bằng, ngày 22 tháng 10 năm 2026", "", "KẾ HOẠCH",
          "Bảo vệ rừng mùa khô hanh 2026 - 2027", "", "I. NHIỆM VỤ CỤ THỂ",
          "1. Trước mùa khô hanh (hoàn thành trước ngày 15/11/2026)",
          "- Hạt Kiểm lâm Vườn quốc gia Phia Oắc - Phia Đén (sau đây gọi là Hạt Kiểm lâm) chủ trì, phối hợp với "
          "Ủy ban nhân dân xã Thành Công, xã Phan Thanh sửa chữa chòi canh lửa.",
          "- Các tổ hợp tác nhận khoán phát dọn thực bì dọc đường băng cản lửa.",
          "2. Trong mùa khô hanh (từ tháng 11/2026 đến hết tháng 4/2027)",
          "- Hạt Kiểm lâm phối hợp với Công an xã Thành Công ngăn chặn người mang lửa vào rừng.",
          "- Đề nghị Ủy ban nhân dân xã Thành Công và xã Phan Thanh đưa nội dung phòng cháy rừng vào hương ước."] + CLOSE


@pytest.mark.parametrize("markdown", [False, True])
def test_a_stage_s_heading_times_its_items_and_short_names(tmp_path, markdown):
    draft = written(tmp_path, "vqg" + (".md" if markdown else ".txt"), as_markdown(STAGES) if markdown else STAGES)
    assert draft["Hạt Kiểm lâm Vườn quốc gia"]["deadline"]["before"] == "2026-11-15"
    assert draft["Các tổ hợp tác"]["deadline"]["before"] == "2026-11-15"
    assert draft["Hạt Kiểm lâm phối hợp"]["deadline"] == {**draft["Hạt Kiểm lâm phối hợp"]["deadline"],
                                                          "kind": "month", "year": 2027, "month": 4}
    ranger = draft.draft.registry["agencies"]
    lead = draft["Hạt Kiểm lâm phối hợp"]["lead"]
    assert [a for a in ranger if a["id"] in lead and "Hạt Kiểm lâm" in a["variants"]]  # the short name the text defines
    assert draft.coop("Hạt Kiểm lâm Vườn quốc gia") == ["Ủy ban nhân dân xã Thành Công", "Ủy ban nhân dân xã Phan Thanh"]
    assert draft.lead("Đề nghị Ủy ban nhân dân xã") == ["Ủy ban nhân dân xã Thành Công", "Ủy ban nhân dân xã Phan Thanh"]


@pytest.mark.parametrize("printed,kind,year,end", [
    ("tháng 10/2026 - tháng 4/2027", "month", 2027, 4),
    ("Từ xử lý ra hoa đến thu hoạch (tháng 10/2026 - tháng 4/2027)", "month", 2027, 4),
    ("T11/2026 - T2/2027", "month", 2027, 2),
    ("quý IV/2026 - quý I/2027", "quarter", 2027, [1]),
    ("Quý III/2026 - Quý II/2027", "quarter", 2027, [2]),
])
def test_a_span_across_two_years_is_due_by_its_end(printed, kind, year, end):
    found = fields.deadline(printed, cell=True)
    assert (found.kind, found.year) == (kind, year)
    assert (found.month if kind == "month" else found.quarters) == end
    assert found.note  # said for review


def test_a_span_to_the_fourth_quarter_stays_a_span_of_years():
    found = fields.deadline("Quý II/2026 - Quý IV/2027", cell=True)
    assert (found.kind, found.year, found.year_end) == ("year-range", 2026, 2027)


@pytest.mark.parametrize("text,name", [
    ("Trung tâm Chuyển giao công nghệ và Khuyến nông tập huấn cho hợp tác xã.", "Trung tâm Chuyển giao công nghệ và Khuyến nông"),
    ("Phòng Kế hoạch - Tài chính dự trù kinh phí hội nghị.", "Phòng Kế hoạch - Tài chính"),
    ("Văn phòng Ban là đầu mối theo dõi Kế hoạch.", "Văn phòng Ban"),
    ("Ban tổ chức chuẩn bị hội trường.", "Ban tổ chức"),
    ("Đoàn kiểm tra liên ngành làm việc với hợp tác xã.", "Đoàn kiểm tra liên ngành"),
])
def test_where_a_name_ends(text, name):
    assert fields.name_only(text) == name


@pytest.mark.parametrize("line", [
    "Đơn vị nào gặp khó khăn thì báo ngay về Văn phòng Ban để tổng hợp, trình Trưởng ban xem xét./.",
    "Quá trình thực hiện, nếu có vướng mắc, các phòng báo cáo về Văn phòng để tổng hợp, trình Giám đốc xem xét./.",
])
def test_difficulties_sent_up_are_no_task(tmp_path, line):
    """Where to turn when stuck, closing the text ("… báo ngay về …", "… báo cáo về …"), gives no work."""
    lines = BQL + ["1. Phòng Quản lý doanh nghiệp khảo sát nhu cầu dịch vụ trong tháng 7/2026.", "II. TỔ CHỨC THỰC HIỆN",
                   line] + CLOSE
    draft = written(tmp_path, "kho-khan.txt", lines)
    assert len(draft.tasks) == 1
