"""kehoach import: work under short titles with labelled lines, columns of doers and work, a law's year (issue 11).

An activity printed as a short title, its work on a "Nội dung:" line, then "Đơn vị chủ trì:", "Đơn vị phối hợp:",
"Thời gian:" lines is a task however short its title ("8. Công khai thông tin"); its text is the title and the
"Nội dung:" line under it, as printed. Bulleted labelled lines under a plain paragraph of work ("1. Rà soát cơ sở" /
"Lập danh sách …" / "- Đơn vị chủ trì: …") are that paragraph's. A table's doers in "Phòng thực hiện" or "Thực hiện",
its work in "Việc cần làm". A law named by its year in the title ("… theo Luật Hợp tác xã năm 2023 … năm 2027") does
not make the plan one of several years. Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import as_markdown, with_table, written
from generator.importer import fields

HEAD = ["UBND THÀNH PHỐ HỒ CHÍ MINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "QUỸ BẢO LÃNH TÍN DỤNG\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 21/KH-QBL\tThành phố Hồ Chí Minh, ngày 23 tháng 3 năm 2026", "", "KẾ HOẠCH",
        "Bảo lãnh tín dụng cho hợp tác xã năm 2026", "", "I. NỘI DUNG HOẠT ĐỘNG"]
CLOSE = ["Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tNguyễn Văn An"]
TITLED = ["1. Công khai thông tin", "Nội dung: đăng tải điều kiện, hồ sơ bảo lãnh trên trang thông tin điện tử của Quỹ.",
          "Đơn vị chủ trì: Phòng Tổng hợp - Pháp chế.", "Thời gian: quý II/2026.",
          "2. Kiểm tra sau bảo lãnh", "Nội dung: kiểm tra việc sử dụng vốn vay của hợp tác xã.",
          "Đơn vị chủ trì: Phòng Thẩm định.", "Đơn vị phối hợp: Phòng Kế toán.", "Thời gian: hằng quý."]


@pytest.mark.parametrize("markdown", [False, True])
def test_short_titles_with_their_lines(tmp_path, markdown):
    lines = HEAD + TITLED + CLOSE
    draft = written(tmp_path, "bao-lanh" + (".md" if markdown else ".txt"), as_markdown(lines) if markdown else lines)
    assert draft["Công khai thông tin"]["text"] == ("Công khai thông tin Nội dung: đăng tải điều kiện, hồ sơ bảo lãnh trên "
                                                   "trang thông tin điện tử của Quỹ.")
    assert draft.lead("Công khai thông tin") == ["Phòng Tổng hợp - Pháp chế"]
    assert draft.lead("Kiểm tra sau bảo lãnh") == ["Phòng Thẩm định"]
    assert draft.coop("Kiểm tra sau bảo lãnh") == ["Phòng Kế toán"]
    assert draft["Kiểm tra sau bảo lãnh"]["deadline"]["kind"] == "ongoing"
    assert len(draft.tasks) == 2


@pytest.mark.parametrize("markdown", [False, True])
def test_bulleted_lines_under_a_paragraph_of_work(tmp_path, markdown):
    lines = HEAD + ["1. Rà soát cơ sở", "Lập danh sách các hợp tác xã chế biến thực phẩm trên địa bàn, phân loại theo nguy cơ.",
                    "- Đơn vị chủ trì: Chi cục An toàn vệ sinh thực phẩm.",
                    "- Đơn vị phối hợp: Liên minh Hợp tác xã tỉnh.", "- Thời gian: quý II/2026.",
                    "2. Tập huấn", "Mở 08 lớp tập huấn an toàn thực phẩm cho thành viên hợp tác xã.",
                    "- Đơn vị chủ trì: Trung tâm Kiểm soát bệnh tật tỉnh.", "- Thời gian: tháng 6/2026."] + CLOSE
    draft = written(tmp_path, "attp" + (".md" if markdown else ".txt"), as_markdown(lines) if markdown else lines)
    # the title and the work under it are one task's text, as a title and its "Nội dung:" line are
    assert draft["Rà soát cơ sở"]["text"] == ("Rà soát cơ sở Lập danh sách các hợp tác xã chế biến thực phẩm trên địa bàn, "
                                             "phân loại theo nguy cơ.")
    assert draft.lead("Rà soát cơ sở") == ["Chi cục An toàn vệ sinh thực phẩm"]
    assert draft.coop("Rà soát cơ sở") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft.lead("Tập huấn Mở 08 lớp") == ["Trung tâm Kiểm soát bệnh tật tỉnh"]
    assert draft["Tập huấn Mở 08 lớp"]["deadline"]["month"] == 6
    assert len(draft.tasks) == 2


SO = ["UBND TỈNH TÂY NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ TÀI CHÍNH\tĐộc lập - Tự do - Hạnh phúc",
      "Số: 3871/KH-STC\tTây Ninh, ngày 02 tháng 11 năm 2026", "", "KẾ HOẠCH",
      "Hỗ trợ hợp tác xã hoàn thiện tổ chức theo Luật Hợp tác xã năm 2023 năm 2027", "", "I. PHÂN CÔNG"]


@pytest.mark.parametrize("suffix,header", [(".txt", ["STT", "Việc cần làm", "Thực hiện", "Phối hợp", "Thời gian"]),
                                           (".md", ["TT", "Nội dung", "Phòng thực hiện", "Đơn vị phối hợp", "Thời gian"])])
def test_columns_of_work_and_doers_and_a_law_s_year(tmp_path, suffix, header):
    rows = [["1", "Rà soát danh sách hợp tác xã chưa sửa đổi Điều lệ", "Phòng Doanh nghiệp", "", "Quý II"],
            ["2", "Thẩm định kinh phí hỗ trợ đào tạo cho hợp tác xã", "Phòng Quản lý ngân sách", "Phòng Doanh nghiệp",
             "Cả năm"]]
    draft = written(tmp_path, "so" + suffix, with_table(SO, header, rows, CLOSE, suffix))
    assert draft.lead("Rà soát danh sách") == ["Phòng Doanh nghiệp"]
    assert draft.coop("Thẩm định kinh phí") == ["Phòng Doanh nghiệp"]
    assert draft["Rà soát danh sách"]["deadline"] == {**draft["Rà soát danh sách"]["deadline"], "kind": "quarter",
                                                      "year": 2027, "quarters": [2]}  # the plan's year, not the law's
    assert draft["Thẩm định kinh phí"]["deadline"]["year"] == 2027


@pytest.mark.parametrize("text,name", [("Phòng QLTM kết nối các hợp tác xã với siêu thị.", "Phòng QLTM"),
                                       ("Phòng Hành chính - Kế toán tạm ứng kinh phí cho hợp tác xã.",
                                        "Phòng Hành chính - Kế toán")])
def test_verbs_that_end_a_name(text, name):
    assert fields.name_only(text) == name
