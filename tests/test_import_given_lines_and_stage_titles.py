"""kehoach import: a "Giao:" line in sentences, a partner printed with its parent in brackets, a stage's title between
numbered items, an item over a lettered item that names its doer after the work, two months named, and times by a
round, a week or an opening day (issue 11).

- "Giao: Ban Kế hoạch - Hỗ trợ chủ trì; Văn phòng Liên minh phối hợp. Xong trong tháng 8/2025." and "Giao: Trung tâm …
  chủ trì; phối hợp Bưu điện tỉnh …, Viettel …. Thời gian: …": each clause its role, the sentence's full stop parts
  them too; a time no calendar gives ("Trước vụ nhãn 2026") is never a body.
- "phối hợp Chi cục Chăn nuôi và Thú y (Sở NN&MT)": the body proposed, and spelt with its parent as printed too.
- "3. … ." / "Giai đoạn 2 - Đánh giá, cấp chứng nhận" / "4. … .": the stage's title is no line of item 3.
- "4. Trung tâm … hỗ trợ bao bì … - xong trước Tết Dương lịch." over "a) Tổ chức Phiên chợ …: Trung tâm … chủ trì, …":
  both are tasks.
- "trong tháng 11 và 12/2026": December; "(tháng 4 và tháng 6/2026)": June, no quarter.
- "… thanh toán trong vòng 15 ngày sau mỗi đợt; … gửi Sở Nội vụ trước 20/11/2026.": by 20/11; "- mỗi tuần 1 lần":
  ongoing; "trước đợt điều dưỡng thứ nhất (khai mạc 15/4/2026)": by 15/4.
- "Các ban của Hiệp hội chủ động phối hợp, kịp thời phản ánh khó khăn về Văn phòng./.": no task.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import SOURCE, gives_no_task, written
from generator.importer import fields
from generator.importer.draft import _Agencies
from generator.importer.fields import Known

GIVEN = ["| {parent}<br>**{issuer}** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |",
         "|---|---|", "| Số: 112/KH-LMHTX | *{place}, ngày 28 tháng 7 năm 2025* |", "", "# KẾ HOẠCH",
         "## Đưa sản phẩm hợp tác xã lên sàn thương mại điện tử", "", "## II. Các việc cụ thể", "",
         "**1.** Khảo sát 60 hợp tác xã có nhu cầu, lập danh sách sản phẩm đủ điều kiện lên sàn.",
         "Giao: Ban Kế hoạch - Hỗ trợ chủ trì; Văn phòng Liên minh phối hợp. Xong trong tháng 8/2025.", "",
         "**2.** Mở gian hàng chung trên sàn Postmart, chụp ảnh, viết mô tả cho 40 sản phẩm đầu tiên.",
         "Giao: Trung tâm Tư vấn và Hỗ trợ HTX chủ trì; phối hợp {post}, Viettel {place}. Thời gian: tháng 9 - tháng "
         "10/2025.", "",
         "**3.** Đăng ký mã số vùng trồng cho nhãn lồng của 12 hợp tác xã.",
         "Giao: Ban Kế hoạch - Hỗ trợ chủ trì; phối hợp Chi cục Chăn nuôi và Thú y (Sở NN&MT). Trước vụ nhãn 2026.", "",
         "| **Nơi nhận:**<br>- Lưu: VT. | **TM. BAN THƯỜNG TRỰC**<br>**CHỦ TỊCH**<br><br>**Đỗ Thị Thu Hường** |",
         "|---|---|"]


@pytest.mark.parametrize("parent, issuer, place, post", [
    ("UBND TỈNH HƯNG YÊN", "LIÊN MINH HỢP TÁC XÃ TỈNH HƯNG YÊN", "Hưng Yên", "Bưu điện tỉnh Hưng Yên"),
    ("UBND TỈNH NINH BÌNH", "LIÊN MINH HỢP TÁC XÃ TỈNH NINH BÌNH", "Ninh Bình", "Bưu điện tỉnh Ninh Bình"),
])
def test_a_given_line_in_sentences(tmp_path, parent, issuer, place, post):
    lines = [line.format(parent=parent, issuer=issuer, place=place, post=post) for line in GIVEN]
    draft = written(tmp_path, "ke-hoach.md", lines)
    assert draft.lead("Khảo sát") == ["Ban Kế hoạch - Hỗ trợ"]
    assert draft.coop("Khảo sát") == ["Văn phòng Liên minh"]
    assert (draft["Khảo sát"]["deadline"]["kind"], draft["Khảo sát"]["deadline"]["month"]) == ("month", 8)
    assert draft.lead("Mở gian hàng") == ["Trung tâm Tư vấn và Hỗ trợ HTX"]
    assert draft.coop("Mở gian hàng") == [post, f"Viettel {place}"]
    assert draft.lead("Đăng ký mã số") == ["Ban Kế hoạch - Hỗ trợ"]  # "Trước vụ nhãn 2026" is no body
    partner = next(a for a in draft.draft.registry["agencies"] if a["name"] == "Chi cục Chăn nuôi và Thú y")
    assert "Chi cục Chăn nuôi và Thú y (Sở NN&MT)" in partner["variants"]


@pytest.mark.parametrize("phrase, name, spelt", [
    ("Chi cục Chăn nuôi và Thú y (Sở NN&MT)", "Chi cục Chăn nuôi và Thú y", "Chi cục Chăn nuôi và Thú y (Sở NN&MT)"),
    ("Phòng Cảnh sát đường thủy (Công an tỉnh)", "Phòng Cảnh sát đường thủy", "Phòng Cảnh sát đường thủy (Công an tỉnh)"),
])
def test_a_partner_spelt_with_its_parent(phrase, name, spelt):
    agencies = _Agencies(Known.load(SOURCE), "gia-lai")
    ids, _ = agencies(f"phối hợp {phrase}", 1)
    proposed = agencies.proposed[ids[0]]
    assert proposed["name"].startswith(name) and spelt in proposed["variants"]


STAGES = ["HIỆP HỘI RAU QUẢ TỈNH {province_caps}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
          "Số: 09/KH-HHRQ\t{province}, ngày 19 tháng 5 năm 2026", "", "KẾ HOẠCH",
          "Hỗ trợ hợp tác xã đạt chứng nhận GlobalGAP", "", "I. MỤC ĐÍCH", "Hợp tác xã có đầu ra ổn định.", "",
          "II. NỘI DUNG THEO TỪNG GIAI ĐOẠN", "{stage} 1 - Chuẩn bị",
          "1. Giao Ban Kỹ thuật khảo sát vườn của 14 hợp tác xã; thời gian tháng 6/2026.",
          "2. Văn phòng Hiệp hội làm việc với ngân hàng để hợp tác xã được vay mua kho sơ chế; xong trước 15/7/2026.",
          "{stage} 2 - Đánh giá, cấp chứng nhận",
          "3. Ban Kỹ thuật đánh giá nội bộ thử trước khi tổ chức chứng nhận đến vườn; thời gian tháng 9 - tháng 10/2026.",
          "{stage} 3 - Sau chứng nhận",
          "4. Ban Thị trường kết nối hợp tác xã với doanh nghiệp hội viên, phối hợp Sở Công Thương; quý IV/2026.",
          "", "III. TỔ CHỨC THỰC HIỆN",
          "Các ban của Hiệp hội chủ động phối hợp, kịp thời phản ánh khó khăn về Văn phòng./.", "",
          "Nơi nhận:\tTM. BAN CHẤP HÀNH", "- Lưu: VP.\tCHỦ TỊCH", "\tLê Hoàng Phúc"]


@pytest.mark.parametrize("province, stage", [("Đồng Tháp", "Giai đoạn"), ("Tiền Giang", "Bước")])
def test_a_stages_title_between_numbered_items(tmp_path, province, stage):
    lines = [line.format(province=province, province_caps=province.upper(), stage=stage) for line in STAGES]
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.texts()) == 4, draft.texts()  # each item a task; the closing none
    assert draft.lead("Văn phòng Hiệp hội") == ["Văn phòng Hiệp hội"]
    assert draft.lead("Ban Kỹ thuật đánh giá") == ["Ban Kỹ thuật"]


TRADE = ["UBND TỈNH CAO BẰNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ CÔNG THƯƠNG\tĐộc lập - Tự do - Hạnh phúc",
         "Số: 1518/KH-SCT\tCao Bằng, ngày 23 tháng 10 năm 2026", "", "KẾ HOẠCH", "Hỗ trợ hợp tác xã tiêu thụ sản phẩm",
         "", "I. NHIỆM VỤ",
         "1. Phòng Quản lý thương mại tư vấn 30 hợp tác xã ký hợp đồng tiêu thụ; trong tháng 11 và 12/2026.",
         "2. {centre} hỗ trợ bao bì, tem truy xuất nguồn gốc cho 15 hợp tác xã - xong trước 30/12/2026.",
         "a) Tổ chức Phiên chợ hàng Việt tại phường Thục Phán: {centre} chủ trì, UBND phường Thục Phán phối hợp; thời "
         "gian: tháng 01/2027.",
         "3. Văn phòng Sở thanh toán cho hợp tác xã trong vòng 15 ngày sau mỗi đợt; tổng hợp số liệu gửi Sở Tài chính "
         "trước 20/11/2026.", "", "Nơi nhận:\tKT. GIÁM ĐỐC", "- Lưu: VT.\tPHÓ GIÁM ĐỐC", "\tNông Văn Hải"]


@pytest.mark.parametrize("centre", ["Trung tâm Khuyến công và Xúc tiến thương mại", "Trung tâm Xúc tiến đầu tư"])
def test_an_item_over_a_lettered_item_that_names_its_doer_after(tmp_path, centre):
    draft = written(tmp_path, "ke-hoach.txt", [line.format(centre=centre) for line in TRADE])
    assert draft.lead(centre) == [centre]
    assert draft.lead("Tổ chức Phiên chợ") == [centre]
    assert draft["Phòng Quản lý thương mại"]["deadline"]["month"] == 12
    assert draft["Văn phòng Sở"]["deadline"]["before"] == "2026-11-20"


@pytest.mark.parametrize("text, kind, value", [
    ("Trạm Khuyến nông hướng dẫn kỹ thuật trước mùa nắng nóng (tháng 4 và tháng 6/2026).", "month", 6),
    ("Hội Phụ nữ phường giới thiệu sản phẩm của tổ hợp tác - mỗi tuần 1 lần.", "ongoing", None),
    ("Khoa Dinh dưỡng lập danh mục rau; trước đợt điều dưỡng thứ nhất (khai mạc 15/4/2026).", "before", "2026-04-15"),
])
def test_two_months_a_week_and_an_opening_day(text, kind, value):
    found = fields.deadline(text, year=2026)
    assert found.kind == kind
    assert value is None or value in (found.month, found.before)


def test_after_each_round_alone_is_a_condition():
    assert fields.deadline("Báo cáo kết quả sau mỗi đợt tập huấn.", year=2026).kind == "after-condition"


@pytest.mark.parametrize("text", [
    "Các ban của Hiệp hội chủ động phối hợp, kịp thời phản ánh khó khăn về Văn phòng./.",
    "Các phòng thuộc Trung tâm thường xuyên trao đổi, kịp thời báo cáo vướng mắc về Ban Giám đốc./.",
])
def test_the_units_told_to_report_difficulties_is_no_task(text):
    assert gives_no_task(text)
