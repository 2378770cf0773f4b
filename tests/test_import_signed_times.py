"""kehoach import: a time printed without its year, where a document's times are near (issue 11).

A letter (Công văn, Công điện, Giấy mời, Thông báo), whatever year its subject names, and a plan whose title names no
one year ("… vụ Đông Xuân 2026 - 2027") print their times without the year: each is the first such time on or after
the day the document was signed ("trước 15/10" signed on 21/9/2026 is 15/10/2026; "trước 10/01" is 10/01/2027), said
in review. A plan for one year reads them in that year, as before; standing rules (a Quy chế, an agreement) never from
the day they were signed: their days come back every year. Tested on phrases and documents written here, never on the
held-out sets."""

from __future__ import annotations

import datetime as dt

import pytest

from drafts import written
from generator.importer import fields

SIGNED = dt.date(2026, 9, 21)


@pytest.mark.parametrize("text,want", [
    ("rà soát diện tích cà phê của các hợp tác xã (trước 15/10).", {"kind": "before", "before": "2026-10-15"}),
    ("tổng hợp kết quả, báo cáo UBND xã trước 10/01.", {"kind": "before", "before": "2027-01-10"}),
    ("mở lớp tập huấn, hoàn thành trong tháng 10.", {"kind": "month", "year": 2026, "month": 10}),
    ("kiểm tra việc thu mua cà phê non trong tháng 3.", {"kind": "month", "year": 2027, "month": 3}),
    ("hướng dẫn hợp tác xã vay vốn trong quý IV.", {"kind": "quarter", "year": 2026, "quarters": [4]}),
    ("làm thủ tục thành lập, xong trong quý II.", {"kind": "quarter", "year": 2027, "quarters": [2]}),
    ("hỗ trợ tổ hợp tác trong 6 tháng đầu năm.", {"kind": "quarter", "year": 2027, "quarters": [1, 2]}),
])
def test_the_first_such_time_after_signing(text, want):
    found = fields.deadline(text, signed=SIGNED)
    assert {k: found.as_dict().get(k) for k in want} == want
    assert "kể từ ngày ký" in found.note


def test_a_time_with_its_year_is_read_as_printed():
    found = fields.deadline("báo cáo trước ngày 10/01/2026.", signed=SIGNED)
    assert (found.kind, found.before, found.note) == ("before", "2026-01-10", None)


COMMUNE = ["UBND XÃ ĐỨC PHỔ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
           "Số: 77/KH-UBND\tĐức Phổ, ngày 21 tháng 9 năm 2026", "", "KẾ HOẠCH",
           "Hỗ trợ hợp tác xã nuôi tôm vụ nuôi 2026 - 2027", "", "I. NHIỆM VỤ",
           "1. Phòng Kinh tế rà soát diện tích nuôi của các hợp tác xã, xong trước 15/10.",
           "2. Trung tâm Dịch vụ nông nghiệp tập huấn kỹ thuật nuôi tôm cho thành viên hợp tác xã trong quý I.",
           "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- UBND tỉnh;\tCHỦ TỊCH", "- Lưu: VT.\tPhạm Văn Lâm"]

LETTER = ["| LIÊN MINH HỢP TÁC XÃ<br>**TỈNH GIA LAI** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |",
          "|:---:|:---:|", "| Số: 512/LMHTX-KH<br>V/v chuẩn bị kế hoạch hỗ trợ hợp tác xã năm 2027 | *Gia Lai, ngày 06 tháng 11 năm 2026* |",
          "", "Kính gửi: Các ban, đơn vị thuộc Liên minh.", "",
          "1. Ban Kế hoạch rà soát nhu cầu hỗ trợ của hợp tác xã, gửi Văn phòng trước 30/11.", "",
          "2. Văn phòng Liên minh tổng hợp, trình Thường trực trong tháng 12.", "",
          "| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT. | **KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br>**Đỗ Văn Tâm** |",
          "|:---|:---:|"]


def test_a_plan_for_a_season_reads_its_times_from_the_day_it_was_signed(tmp_path):
    draft = written(tmp_path, "vu-nuoi.txt", COMMUNE)
    assert draft["Phòng Kinh tế"]["deadline"]["before"] == "2026-10-15"
    assert (draft["Trung tâm"]["deadline"]["year"], draft["Trung tâm"]["deadline"]["quarters"]) == (2027, [1])
    assert draft.notes("kể từ ngày ký") or any("kể từ ngày ký" in n for t in draft.tasks for n in t.get("review", []))


def test_a_letter_about_next_year_reads_its_times_from_the_day_it_was_signed(tmp_path):
    draft = written(tmp_path, "cong-van.md", LETTER)
    assert draft["Ban Kế hoạch"]["deadline"]["before"] == "2026-11-30"  # not 2027, the year of its subject
    assert draft["Văn phòng Liên minh"]["deadline"]["year"] == 2026


def test_a_plan_for_one_year_reads_them_in_that_year(tmp_path):
    lines = [line.replace("vụ nuôi 2026 - 2027", "năm 2027") for line in COMMUNE]
    draft = written(tmp_path, "nam.txt", lines)
    assert draft["Phòng Kinh tế"]["deadline"]["before"] == "2027-10-15"


def test_standing_rules_never_read_them_from_the_day_they_were_signed(tmp_path):
    lines = ["SỞ TÀI CHÍNH TỈNH GIA LAI\tLIÊN MINH HỢP TÁC XÃ TỈNH GIA LAI", "Số: 03/QCPH-STC-LMHTX\tGia Lai, ngày 02 tháng 3 năm 2026",
             "", "QUY CHẾ PHỐI HỢP", "Giữa Sở Tài chính và Liên minh Hợp tác xã tỉnh", "",
             "Điều 1. Trách nhiệm báo cáo",
             "Liên minh Hợp tác xã tỉnh gửi Sở Tài chính báo cáo tình hình hợp tác xã thành viên cả năm trước ngày 10/12.",
             "GIÁM ĐỐC SỞ TÀI CHÍNH\tCHỦ TỊCH LIÊN MINH HỢP TÁC XÃ", "Lê Văn Hòa\tĐinh Thị Nga"]
    draft = written(tmp_path, "quy-che.txt", lines)
    assert draft.plan["kind"] == "quy-che"
    assert draft["Liên minh Hợp tác xã tỉnh gửi"]["deadline"].get("before") != "2026-12-10"


def test_a_plan_with_no_year_in_its_title_reads_them_from_the_day_it_was_signed(tmp_path):
    lines = [line.replace("vụ nuôi 2026 - 2027", "sau đợt mưa lũ tháng 9") for line in COMMUNE]
    draft = written(tmp_path, "mua-lu.txt", lines)
    assert draft["Phòng Kinh tế"]["deadline"]["before"] == "2026-10-15"
