"""kehoach import: items coded, given out by number, and noted under an arrow (issue 11).

- Items coded by their group's letter or Roman numeral and their number ("A.1 …", "B.2. …", "II.3 …"), as a plan whose
  items are tracked by code numbers them: points of their group; a lettered group inside a part keeps the part's
  reading ("B. HỘI CHỢ VÀ PHIÊN CHỢ" after "A. … CHỈ TIÊU" holds work, not targets); "E." follows "D." (many offices
  letter without "Đ").
- Numbered items that name nobody, given out later by their numbers under a body's label ("- Ban Tổ chức: chủ trì nội
  dung 1, 5; phối hợp nội dung 3."): they are tasks whatever their part's title, led and helped as given.
- A line that opens with an arrow ("=> phòng Kinh tế chủ trì, các tổ dân phố phối hợp; xong trước 30/11.") says who
  does the item above and when; under an item that ends with its colon, each arrow line is a point of its own.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from generator.vi import fold

from drafts import plan_head, written

TAIL = ["", "Nơi nhận:\tKT. GIÁM ĐỐC", "- Lưu: VT.\tPHÓ GIÁM ĐỐC", "\tTrần Văn Hòa"]
SCT = dict(issuer="SỞ CÔNG THƯƠNG TỈNH AN GIANG", number="1920/KH-SCT", place="An Giang",
           title="Đưa hàng hóa của hợp tác xã vào siêu thị dịp Tết Đinh Mùi 2027")
HOI = dict(issuer="HỘI PHỤ NỮ TỈNH LÂM ĐỒNG", number="44/KH-HPN", place="Lâm Đồng",
           title="Hỗ trợ hội viên phụ nữ tham gia hợp tác xã năm 2026 - 2027")
XA = dict(issuer="ỦY BAN NHÂN DÂN PHƯỜNG THỦY NGUYÊN", number="318/KH-UBND", place="Thủy Nguyên",
          title="Hỗ trợ các hộ làm nước mắm vào tổ hợp tác, hợp tác xã năm 2026")


def _draft(tmp_path, doc, lines):
    head = plan_head("ngày 14 tháng 9 năm 2026", **doc)[:-1]  # the parts are the test's own
    return written(tmp_path, "ke-hoach.txt", head + lines + TAIL)


@pytest.mark.parametrize("doc, lines, tasks", [
    (SCT, ["I. MỤC ĐÍCH", "Giúp hợp tác xã bán được hàng dịp Tết.", "II. NỘI DUNG CỤ THỂ",
           "A. KẾT QUẢ NĂM TRƯỚC VÀ CHỈ TIÊU",
           "A.1 Năm trước có 40 hợp tác xã tham gia các kênh do Sở hỗ trợ.",
           "A.2 Chỉ tiêu năm nay: 60 hợp tác xã tham gia; 20 sản phẩm vào siêu thị.",
           "B. HỘI CHỢ VÀ PHIÊN CHỢ",
           "B.1 Trung tâm Khuyến công tổ chức hội chợ sản phẩm hợp tác xã tại phường Long Xuyên; khai mạc ngày 15/12/2026.",
           "B.2 Phòng Quản lý thương mại cùng UBND các xã tổ chức phiên chợ cuối tuần; từ tháng 10 đến hết tháng 12.",
           "C. SIÊU THỊ", "C.1 Phòng Quản lý thương mại làm việc với các siêu thị để chọn 20 sản phẩm; trước 15/11.",
           "D. THƯƠNG MẠI ĐIỆN TỬ", "D.1 Phòng Quản lý thương mại mở 02 lớp bán hàng qua sàn; trong tháng 10.",
           "E. BÁO CÁO", "E.1 Văn phòng Sở tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 28/02/2027.",
           "III. KINH PHÍ", "Từ nguồn xúc tiến thương mại năm 2026."],
     ["Trung tâm Khuyến công tổ chức", "Phòng Quản lý thương mại cùng", "Phòng Quản lý thương mại làm việc",
      "Phòng Quản lý thương mại mở", "Văn phòng Sở tổng hợp"]),
    (HOI, ["I. YÊU CẦU", "Hội viên được hỗ trợ kịp thời.", "II. NỘI DUNG",
           "II.1 Toàn tỉnh có 120 hội viên làm thành viên hợp tác xã; chỉ tiêu thêm 50 hội viên vào hợp tác xã.",
           "II.2 Ban Tuyên giáo đưa tin về hợp tác xã do phụ nữ làm chủ; hằng tháng.",
           "II.3. Ban Kinh tế phối hợp với Liên minh Hợp tác xã tỉnh mở lớp tập huấn; trong quý IV/2026.",
           "III. TỔ CHỨC THỰC HIỆN",
           "III.1 Ban Kiểm tra nắm tình hình hội viên ở hợp tác xã; 6 tháng một lần.",
           "III.2 Văn phòng Hội tổng hợp kết quả, báo cáo trước 15/12/2026."],
     ["Ban Tuyên giáo đưa tin", "Ban Kinh tế phối hợp", "Ban Kiểm tra nắm", "Văn phòng Hội tổng hợp"]),
])
def test_items_coded_by_their_groups_letter_and_number(tmp_path, doc, lines, tasks):
    draft = _draft(tmp_path, doc, lines)
    assert len(draft.tasks) == len(tasks), draft.texts()
    for start in tasks:
        assert draft.lead(start), start  # the item's own sentence, its code gone


@pytest.mark.parametrize("doc, items, given", [
    (HOI, ["1. Rà soát, lập danh sách hội viên làm thành viên hợp tác xã; xong trước 30/9/2026.",
           "2. Biên soạn tài liệu bồi dưỡng về quản trị hợp tác xã; trong tháng 10/2026.",
           "3. Mở 03 lớp bồi dưỡng cho hội viên; từ tháng 11/2026 đến tháng 01/2027.",
           "4. Tổng hợp, báo cáo kết quả về Trung ương Hội; trước 15/12/2026."],
     ["- Ban Kinh tế: chủ trì nội dung 1, 3; phối hợp nội dung 2.", "- Ban Tuyên giáo: chủ trì nội dung 2.",
      "- Văn phòng Hội: chủ trì nội dung 4; phối hợp nội dung 1 và 3."]),
    (XA, ["1. Rà soát các hộ làm nước mắm trên địa bàn; xong trước 30/9/2026.",
          "2. Tuyên truyền về lợi ích của tổ hợp tác; trong tháng 10/2026.",
          "3. Hướng dẫn các hộ lập tổ hợp tác, ký hợp đồng hợp tác; trong quý IV/2026.",
          "4. Tổng hợp kết quả, báo cáo UBND thành phố; trước 15/12/2026."],
     ["- Ban Kinh tế: chủ trì các việc số 1, 3; phối hợp việc số 2.", "- Ban Tuyên giáo: chủ trì việc số 2.",
      "- Văn phòng Hội: chủ trì việc số 4; phối hợp mục 1 và 3."]),
])
def test_items_given_out_by_their_numbers_under_a_bodys_label(tmp_path, doc, items, given):
    draft = _draft(tmp_path, doc, ["I. YÊU CẦU", "Làm đúng, đủ.", "II. NỘI DUNG", *items, "III. PHÂN CÔNG", *given])
    assert len(draft.tasks) == 4, draft.texts()
    starts = [item[3:20] for item in items]
    assert draft.lead(starts[0]) == ["Ban Kinh tế"] and draft.coop(starts[0]) == ["Văn phòng Hội"]
    assert draft.lead(starts[1]) == ["Ban Tuyên giáo"] and draft.coop(starts[1]) == ["Ban Kinh tế"]
    assert draft.lead(starts[2]) == ["Ban Kinh tế"] and draft.coop(starts[2]) == ["Văn phòng Hội"]
    assert draft.lead(starts[3]) == ["Văn phòng Hội"]


@pytest.mark.parametrize("arrow", ["=>", "→"])
@pytest.mark.parametrize("doc", [XA, HOI])
def test_a_line_after_an_arrow_says_who_does_the_item_above(tmp_path, doc, arrow):
    lines = ["I. MỤC ĐÍCH", "Giúp các hộ liên kết.", "II. NỘI DUNG CÔNG VIỆC", "(Mỗi việc ghi sau dấu mũi tên đơn vị làm "
             "và thời hạn)",
             "1. Rà soát từng hộ: số lao động, sản lượng; lập danh sách hộ muốn vào tổ hợp tác.",
             f"{arrow} phòng Kinh tế chủ trì, Hội Nông dân phường phối hợp; xong trước 30/11.",
             "2. Hướng dẫn các hộ lập 02 tổ hợp tác, ký hợp đồng hợp tác.",
             f"{arrow} đề nghị Hội Liên hiệp Phụ nữ phường chủ trì; phòng Kinh tế hướng dẫn hồ sơ; trong tháng 12.",
             "3. Kiểm tra điều kiện an toàn thực phẩm tại các hộ:",
             f"{arrow} đợt trước Tết: phòng Văn hóa - Xã hội chủ trì, Công an phường phối hợp; xong trước 20/01/2027.",
             f"{arrow} đợt sau Tết: Trạm Y tế phường chủ trì; trong tháng 3/2027."]
    draft = _draft(tmp_path, doc, lines)
    assert len(draft.tasks) == 4, draft.texts()
    assert draft.lead("Rà soát từng hộ") == ["phòng Kinh tế"]
    assert draft.coop("Rà soát từng hộ") == ["Hội Nông dân phường"]
    assert draft["Rà soát từng hộ"]["deadline"]["kind"] == "before"
    assert draft.lead("Hướng dẫn các hộ") == ["Hội Liên hiệp Phụ nữ phường"]
    assert draft.coop("Hướng dẫn các hộ") == ["phòng Kinh tế"]
    assert draft.lead("đợt trước Tết") == ["phòng Văn hóa - Xã hội"]
    assert draft.coop("đợt trước Tết") == ["Công an phường"]
    assert draft.lead("đợt sau Tết") == ["Trạm Y tế phường"]


@pytest.mark.parametrize("delim", [".", ")"])
def test_a_group_lettered_e_after_d(tmp_path, delim):
    """Many offices letter their groups A, B, C, D, E, without "Đ": "E." after "D." is the next group."""
    groups = ["PHÒNG QUẢN LÝ THƯƠNG MẠI", "PHÒNG KẾ HOẠCH - TÀI CHÍNH", "CHI CỤC QUẢN LÝ THỊ TRƯỜNG",
              "TRUNG TÂM KHUYẾN CÔNG", "VĂN PHÒNG SỞ"]
    lines = ["I. MỤC ĐÍCH", "Giúp hợp tác xã bán được hàng dịp Tết.", "II. PHÂN CÔNG NHIỆM VỤ"]
    for letter, group in zip("ABCDE", groups):
        lines += [f"{letter}{delim} {group}", f"1. Việc thứ nhất của nhóm {letter}: hỗ trợ hợp tác xã bán hàng; trước 30/11.",
                  f"2. Việc thứ hai của nhóm {letter}: báo cáo kết quả; trước 15/12."]
    draft = _draft(tmp_path, SCT, lines)
    assert len(draft.tasks) == 10, draft.texts()
    lead = draft.lead("Việc thứ hai của nhóm E")
    assert len(lead) == 1 and fold(lead[0]).startswith("van phong so"), lead


@pytest.mark.parametrize("first", ["A. CHỈ TIÊU NĂM 2026", "A. Mục tiêu và chỉ tiêu"])
def test_a_lettered_group_after_the_targets_group_holds_work(tmp_path, first):
    """The groups of a part are read by their own titles: "B. TẬP HUẤN" after "A. CHỈ TIÊU …" holds work again."""
    lines = ["I. MỤC ĐÍCH", "Giúp hội viên vào hợp tác xã.", "II. NỘI DUNG", first,
             "1. Thêm 50 hội viên vào hợp tác xã trong năm 2026.", "B. TẬP HUẤN",
             "1. Ban Kinh tế mở 02 lớp tập huấn cho hội viên; trong quý IV/2026.",
             "C. TUYÊN TRUYỀN", "1. Ban Tuyên giáo đưa tin về hợp tác xã điển hình; hằng tháng."]
    draft = _draft(tmp_path, HOI, lines)
    assert draft.texts() == ["Ban Kinh tế mở 02 lớp tập huấn cho hội viên; trong quý IV/2026.",
                             "Ban Tuyên giáo đưa tin về hợp tác xã điển hình; hằng tháng."]
