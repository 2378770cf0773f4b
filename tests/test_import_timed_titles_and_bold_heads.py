"""kehoach import: an activity's title that ends with its time, its doers on the line under it, and a bold numbered title
over a list numbered from "1." again (issue 11).

- "1. Khảo sát, lập danh sách … (tháng 10/2026)" then "Ban Phong trào Tỉnh đoàn chủ trì; Liên minh HTX tỉnh phối hợp."
  (or "X tham mưu; Y phối hợp.", a body's name alone): one task, the title, its doers from the line; a line that names
  no doer ("Gửi về Tỉnh đoàn … để theo dõi.") is the rest of the title's work, one task; a line that says work besides
  who does it ("X tổng hợp, tham mưu … tổ chức sơ kết.") stays the step's task, as before.
- "**1. Phòng Kinh tế, Hạ tầng và Đô thị:**" then "1. Rà soát …", "2. …", "**2. Phòng Văn hóa - Xã hội:**" then "1. …":
  each list is its bold title's, which leads it.
- "… đề nghị các cơ sở Đoàn nghiêm túc triển khai thực hiện Kế hoạch; trong quá trình thực hiện có khó khăn liên hệ …
  ./.": a closing, the document named without "này" too.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, written, written_as

HEAD = ["BAN CHẤP HÀNH ĐOÀN TỈNH {caps}\tĐOÀN TNCS HỒ CHÍ MINH", "Số: 215-KH/TĐTN-PT\t{place}, ngày 06 tháng 10 năm 2026",
        "", "KẾ HOẠCH", "Hỗ trợ thanh niên khởi nghiệp theo mô hình hợp tác xã", "", "III. CÁC HOẠT ĐỘNG CỤ THỂ"]
TAIL = ["", "Nơi nhận:\tTM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "- Lưu: VP.\tPHÓ BÍ THƯ", "\tPhạm Ngọc Bảo Trân"]


@pytest.mark.parametrize("place, office, partner", [
    ("Khánh Hòa", "Ban Phong trào Tỉnh đoàn", "Liên minh HTX tỉnh"),
    ("Gia Lai", "Ban Tổ chức - Kiểm tra Tỉnh đoàn", "Trung tâm Hỗ trợ thanh niên khởi nghiệp tỉnh"),
])
def test_a_timed_title_and_its_doers_line(tmp_path, place, office, partner):
    head = [line.format(caps=place.upper(), place=place) for line in HEAD]
    draft = written(tmp_path, "ke-hoach.txt", head + [
        "1. Khảo sát, lập danh sách thanh niên có nhu cầu khởi nghiệp theo mô hình HTX (tháng 10/2026)",
        f"{office} chủ trì; {partner} phối hợp.",
        "2. Đoàn các xã xây dựng kế hoạch cụ thể của đơn vị (trước 30/10)",
        "Gửi về Tỉnh đoàn để theo dõi.",
        "3. Lựa chọn 05 mô hình HTX thanh niên tiêu biểu để hỗ trợ trang thiết bị (trước 15/12)",
        f"Văn phòng Tỉnh đoàn tham mưu; {office} phối hợp.",
        "4. Tuyên truyền gương thanh niên làm kinh tế tập thể trên trang Facebook của Tỉnh đoàn (hằng tháng)",
        "Ban Tuyên giáo Tỉnh đoàn.",
        "5. Sơ kết, đánh giá kết quả thực hiện Kế hoạch (tháng 6/2027)",
        f"{office} tổng hợp, tham mưu Ban Thường vụ Tỉnh đoàn tổ chức sơ kết."] + TAIL)
    assert [t["text"][:10] for t in draft.tasks[:4]] == ["Khảo sát, ", "Đoàn các x", "Lựa chọn 0", "Tuyên truy"]
    assert len(draft.tasks) == 5
    assert draft.lead("Khảo sát") == [office] and draft.coop("Khảo sát") == [partner]
    assert draft["Khảo sát"]["deadline"]["month"] == 10
    assert draft["Đoàn các xã"]["text"].endswith("Gửi về Tỉnh đoàn để theo dõi.")
    assert draft.lead("Lựa chọn") == ["Văn phòng Tỉnh đoàn"] and draft.coop("Lựa chọn") == [office]
    assert draft["Lựa chọn"]["deadline"]["before"] == "2026-12-15"
    assert draft.lead("Tuyên truyền") == ["Ban Tuyên giáo Tỉnh đoàn"]
    # a line that says the work as well as who does it is the step's work, its task, as a step's paragraph is
    [last] = [t for t in draft.tasks if "tổ chức sơ kết" in t["text"]]
    assert [draft.names[a] for a in last["lead"]] == [office]


@pytest.mark.parametrize("first, second", [
    ("Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội"),
    ("Văn phòng HĐND và UBND phường", "Hội Nông dân phường"),
])
def test_a_bold_numbered_title_over_a_list_numbered_again(tmp_path, first, second):
    lines = ["| ỦY BAN NHÂN DÂN<br>**PHƯỜNG HỘI AN TÂY** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |", "|:---:|:---:|",
             "| Số: 96/KH-UBND | *Hội An Tây, ngày 12 tháng 11 năm 2026* |", "", "## KẾ HOẠCH", "",
             "**Hỗ trợ hợp tác xã làng nghề năm 2027**", "", "### III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", "",
             f"**1. {first}:**", "", "1. Rà soát, phân loại các HTX đang hoạt động. Hoàn thành trong quý I.",
             "2. Hướng dẫn các THT chuyển lên HTX; hoàn thành trước 30/6.", "",
             f"**2. {second}:**", "", "1. Tập huấn kỹ năng đón tiếp khách cho thành viên HTX; tháng 4.",
             "2. Giới thiệu sản phẩm của HTX trên trang thông tin của phường, thường xuyên.", "",
             "| **Nơi nhận:**<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br><br>**Trương Công Hậu** |",
             "|:---|:---:|"]
    draft = written_as(tmp_path, "ke-hoach", ".md", lines)
    assert len(draft.tasks) == 4
    assert draft.lead("Rà soát") == [first] and draft.lead("Hướng dẫn") == [first]
    assert draft.lead("Tập huấn") == [second] and draft.lead("Giới thiệu") == [second]


@pytest.mark.parametrize("text, none", [
    ("Ban Thường vụ Tỉnh đoàn đề nghị các cơ sở Đoàn nghiêm túc triển khai thực hiện Kế hoạch; trong quá trình thực "
     "hiện có khó khăn liên hệ Ban Phong trào Tỉnh đoàn để được hướng dẫn./.", True),
    ("Đề nghị các phòng, ban khẩn trương triển khai thực hiện Chương trình; nếu có vướng mắc báo cáo Giám đốc./.",
     True),
    ("Đề nghị các đơn vị nghiêm túc triển khai thực hiện Kế hoạch, gửi báo cáo kết quả về Tỉnh đoàn trước ngày "
     "15/12/2026./.", False),
])
def test_a_closing_naming_its_document_without_nay(text, none):
    assert gives_no_task(text) is none
