"""kehoach import: a list of the work to do with its doers in brackets at the end (issue 11).

A section titled by the work to do in plain words ("II. CÁC VIỆC CẦN LÀM", "CÔNG VIỆC CẦN THỰC HIỆN") gives out
tasks, as "NHIỆM VỤ" does. Its items may open with their time and a colon and name their doers last, in brackets,
without a role: "(Sở Công Thương; Liên minh HTX tỉnh, Sở NN&MT)" — two groups apart by a semicolon, the body named
first leads and the others cooperate (the common convention, which plans state in a note: "đơn vị ghi trước là đơn
vị chủ trì"), said for review; one group ("(Sở Tài chính, Sở Nội vụ)") stays the leads it names. Tested on
documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import as_markdown, written, written_as

HEAD = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH {province}\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 95/KH-UBND\t{place}, ngày 03 tháng 8 năm 2026", "", "KẾ HOẠCH",
        "Hỗ trợ hợp tác xã tiêu thụ nông sản vụ thu hoạch năm 2026", "", "I. YÊU CẦU",
        "Việc nào cũng có thời điểm và đơn vị chịu trách nhiệm.", "{title}"]
CLOSE = ["III. TỔ CHỨC THỰC HIỆN", "Sở Tài chính theo dõi, tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 25/12/2026.", "",
         "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tKT. CHỦ TỊCH", "\tPHÓ CHỦ TỊCH", "\tLò Văn Mạnh"]
ITEMS = ["1. Trước vụ thu hoạch",
         "- Trước ngày 31/8/2026: thống kê sản lượng dự kiến của từng hợp tác xã (Sở Nông nghiệp và Môi trường; UBND "
         "các xã, phường).",
         "- Tháng 9/2026: tổ chức hội nghị kết nối hợp tác xã với doanh nghiệp chế biến (Sở Công Thương; Liên minh Hợp "
         "tác xã tỉnh, Sở Tài chính).",
         "2. Sau vụ thu hoạch",
         "- Trước 15/12/2026: đánh giá việc thực hiện hợp đồng liên kết (Sở Tài chính, Sở Nội vụ)."]


@pytest.mark.parametrize("province, place, title, suffix", [
    ("ĐIỆN BIÊN", "Điện Biên", "II. CÁC VIỆC CẦN LÀM", ".txt"),
    ("SƠN LA", "Sơn La", "II. CÔNG VIỆC CẦN THỰC HIỆN", ".md"),
])
def test_the_work_to_do_with_its_doers_in_brackets_first_leading(tmp_path, province, place, title, suffix):
    lines = [line.format(province=province, place=place, title=title) for line in HEAD] + ITEMS + CLOSE
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert draft.lead("Trước ngày 31/8/2026") == ["Sở Nông nghiệp và Môi trường"]
    assert draft.coop("Trước ngày 31/8/2026") == ["UBND các xã, phường"]
    assert draft.lead("Tháng 9/2026") == ["Sở Công Thương"]
    assert draft.coop("Tháng 9/2026") == ["Liên minh Hợp tác xã tỉnh", "Sở Tài chính"]
    assert draft["Tháng 9/2026"]["deadline"]["month"] == 9
    assert any("nêu đầu tiên" in note for note in draft["Tháng 9/2026"]["review"])  # said for review
    # one group, no semicolon: the bodies it names lead together
    assert draft.lead("Trước 15/12/2026") == ["Sở Tài chính", "Sở Nội vụ"]


TABLE_HEAD = ["UBND TỈNH HƯNG YÊN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "CÔNG TY TNHH MỘT THÀNH VIÊN KHAI THÁC CÔNG TRÌNH THỦY LỢI\tĐộc lập - Tự do - Hạnh phúc",
              "Số: 412/KH-CTTL\tHưng Yên, ngày 18 tháng 9 năm 2026", "", "KẾ HOẠCH",
              "Bàn giao kênh mương nội đồng cho hợp tác xã năm 2026", "", "I. PHÂN CÔNG"]
TABLE_CLOSE = ["II. TỔ CHỨC THỰC HIỆN", "Phòng Quản lý nước theo dõi, báo cáo Giám đốc trước ngày 25/12/2026.", "",
               "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tTrần Văn Nam"]


@pytest.mark.parametrize("unit, suffix", [("Xí nghiệp thực hiện", ".txt"), ("Trạm thực hiện", ".md")])
def test_a_column_of_units_of_any_type_that_do_the_work_leads(tmp_path, unit, suffix):
    from drafts import with_table

    rows = [["1", "Đo đạc, lập bản đồ hiện trạng các tuyến kênh sẽ bàn giao cho hợp tác xã", "Xí nghiệp thủy lợi Quỳnh Phụ",
             "UBND các xã", "Tháng 10/2026"],
            ["2", "Tập huấn vận hành cống cho tổ thủy nông của hợp tác xã", "Xí nghiệp thủy lợi Văn Lâm",
             "Chi cục Thủy lợi", "Tháng 11/2026"]]
    lines = with_table(TABLE_HEAD, ["TT", "Công việc", unit, "Phối hợp", "Thời hạn"], rows, TABLE_CLOSE, suffix)
    draft = written(tmp_path, "ke-hoach" + suffix, lines)
    assert draft.lead("Đo đạc") == ["Xí nghiệp thủy lợi Quỳnh Phụ"]
    assert draft.coop("Đo đạc") == ["UBND các xã"]
    assert draft.lead("Tập huấn") == ["Xí nghiệp thủy lợi Văn Lâm"]


@pytest.mark.parametrize("cell, suffix", [("Chi cục Phát triển nông thôn; p/h: UBND các xã", ".md"),
                                          ("Chi cục Phát triển nông thôn, phối hợp: UBND các xã", ".txt")])
def test_partners_labelled_after_the_lead_in_one_cell_cooperate(tmp_path, cell, suffix):
    from drafts import with_table

    rows = [["1", "Rà soát, đánh giá các hợp tác xã chè theo tiêu chí phân loại", cell, "Tháng 8/2026"],
            ["2", "Xây dựng mô hình trồng sâm dưới tán rừng do hợp tác xã làm chủ", "Trung tâm Khuyến nông", "Quý III/2026"]]
    lines = with_table(TABLE_HEAD, ["TT", "Nội dung", "Đơn vị thực hiện", "Thời gian"], rows, TABLE_CLOSE, suffix)
    draft = written(tmp_path, "ke-hoach" + suffix, lines)
    assert draft.lead("Rà soát") == ["Chi cục Phát triển nông thôn"]
    assert draft.coop("Rà soát") == ["UBND các xã"]
    assert draft.lead("Xây dựng mô hình") == ["Trung tâm Khuyến nông"]


GIVEN_HEAD = ["HỘI NGƯỜI MÙ TỈNH THANH HÓA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BAN THƯỜNG VỤ\tĐộc lập - Tự do - Hạnh phúc",
              "Số: 15/KH-HNM\tThanh Hóa, ngày 04 tháng 8 năm 2025", "", "KẾ HOẠCH",
              "Hỗ trợ các hợp tác xã của hội viên năm 2025 - 2026", "", "I. MỤC ĐÍCH",
              "Giữ ổn định việc làm cho hội viên.", "II. NỘI DUNG CÔNG VIỆC"]
GIVEN_CLOSE = ["III. BÁO CÁO", "Văn phòng Hội tổng hợp kết quả, báo cáo Ban Thường vụ trước ngày 30/6/2026.", "",
               "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VP Hội.\tCHỦ TỊCH", "\tLê Văn Hùng"]


@pytest.mark.parametrize("wrapped", [False, True])
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_work_given_in_a_labelled_sentence_after_it_is_a_task_led_by_that_body(tmp_path, wrapped, suffix):
    """"1. Rà soát … . Giao: Văn phòng Hội, phối hợp với …; thời gian: …": a task of the section of work, led by the
    body after "Giao:", the body after "phối hợp với" cooperating — also where a printed line ends on "Giao:" and
    the next carries the body (the label's value goes on the paragraph, it opens no paragraph of its own)."""
    first = ("1. Rà soát hồ sơ, lập danh sách thành viên hợp tác xã chưa có chứng chỉ nghề. Giao:",
             "Văn phòng Hội, phối hợp với Liên minh Hợp tác xã tỉnh; thời gian: xong trong tháng 9/2025.")
    second = ("2. Mở 02 lớp nâng cao tay nghề cho thành viên hợp tác xã. Giao: Trung tâm Dạy nghề người mù, phối hợp "
              "Sở Y tế; thời gian: tháng 10 và tháng 11/2025.")
    items = list(first) if wrapped else [" ".join(first)]
    lines = GIVEN_HEAD + items + [second] + GIVEN_CLOSE
    if suffix == ".md":
        lines = [line.replace("\t", " ") for line in lines]
        lines = [x for line in lines for x in ((line,) if wrapped and line == first[0] else (line, ""))]
    draft = written(tmp_path, "ke-hoach" + suffix, lines)
    assert draft.lead("Rà soát hồ sơ") == ["Văn phòng Hội"]
    assert draft.coop("Rà soát hồ sơ") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft["Rà soát hồ sơ"]["deadline"]["month"] == 9
    assert draft.lead("Mở 02 lớp") == ["Trung tâm Dạy nghề người mù"]
    assert draft.coop("Mở 02 lớp") == ["Sở Y tế"]


@pytest.mark.parametrize("header, block, title, name, suffix", [
    (["BỘ CHỈ HUY QUÂN SỰ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH QUẢNG NGÃI\tĐộc lập - Tự do - Hạnh phúc"],
     ["Nơi nhận:\tKT. CHỈ HUY TRƯỞNG", "- Lưu: VT.\tPHÓ CHỈ HUY TRƯỞNG", "", "\tĐại tá Đinh Công Thạch"],
     "KT. CHỈ HUY TRƯỞNG PHÓ CHỈ HUY TRƯỞNG", "Đinh Công Thạch", ".txt"),
    (["BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH LAI CHÂU\tĐộc lập - Tự do - Hạnh phúc"],
     ["**Nơi nhận:**", "- Lưu: VT.", "", "**CHỈ HUY TRƯỞNG**", "", "Thượng tá Hà Quang Vĩnh"],
     "CHỈ HUY TRƯỞNG", "Hà Quang Vĩnh", ".md"),
    (["TÒA ÁN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH PHÚ THỌ\tĐộc lập - Tự do - Hạnh phúc"],
     ["Nơi nhận:\tCHÁNH ÁN", "- Lưu: VT.", "", "\tNguyễn Thị Lan"], "CHÁNH ÁN", "Nguyễn Thị Lan", ".txt"),
])
def test_a_head_signing_in_his_own_title_or_with_his_rank_is_read(tmp_path, header, block, title, name, suffix):
    """A head who signs in his own title ("CHỈ HUY TRƯỞNG", "CHÁNH ÁN": no "TM."/"KT."), and an officer's rank printed
    before his name ("Đại tá …"): the title as printed, the name without the rank."""
    lines = header + ["Số: 27/KH-BCH\tQuảng Ngãi, ngày 21 tháng 8 năm 2026", "", "KẾ HOẠCH",
                      "Hỗ trợ hợp tác xã trong khu kinh tế - quốc phòng năm 2026", "", "I. NHIỆM VỤ",
                      "1. Phòng Tham mưu chủ trì khảo sát các hợp tác xã trong khu kinh tế - quốc phòng, xong trước "
                      "30/9/2026.", ""] + block
    if suffix == ".md":  # the body as Markdown paragraphs, the signature block as an editor writes it
        lines = as_markdown(lines[:-len(block)]) + block
    draft = written(tmp_path, "ke-hoach" + suffix, lines)
    assert draft.plan["signer"] == {"title": title, "name": name}


@pytest.mark.parametrize("partner, suffix", [("UBND các xã", ".txt"), ("Trạm Khuyến nông khu vực Kon Tum", ".md")])
def test_an_item_opening_with_its_partners_under_its_leads_heading(tmp_path, partner, suffix):
    """"1. Sở Nông nghiệp và Môi trường:" then "- Cùng UBND các xã rà soát …": the heading's body leads, the body after
    "Cùng" cooperates."""
    lines = TABLE_HEAD[:5] + ["Hỗ trợ hợp tác xã trồng rau năm 2026", "", "I. NHIỆM VỤ",
                              "1. Sở Nông nghiệp và Môi trường:",
                              "- Hướng dẫn hợp tác xã áp dụng quy trình VietGAP, thường xuyên.",
                              f"- Cùng {partner} rà soát hợp tác xã trồng rau cần hỗ trợ, xong trước 30/9/2026."] + \
        TABLE_CLOSE
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert draft.lead("Cùng") == ["Sở Nông nghiệp và Môi trường"]
    assert draft.coop("Cùng") == [partner]
    assert draft.coop("Hướng dẫn") == []


ACT_HEAD = ["HỘI KẾ TOÁN VÀ KIỂM TOÁN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH BẮC NINH\tĐộc lập - Tự do - Hạnh phúc",
            "Số: 08/KH-HKT\tBắc Ninh, ngày 12 tháng 5 năm 2026", "", "KẾ HOẠCH",
            "Tư vấn tình nguyện cho hợp tác xã năm 2026", "", "I. MỤC ĐÍCH", "Giúp hợp tác xã lập sổ sách đúng chế độ."]
ACT_CLOSE = ["IV. TỔ CHỨC THỰC HIỆN", "Văn phòng Hội tổng hợp kết quả, báo cáo trước ngày 15/12/2026.", "",
             "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VP Hội.\tCHỦ TỊCH", "\tThân Văn Khiêm"]


@pytest.mark.parametrize("label, suffix", [("Bộ phận thực hiện", ".txt"), ("Đơn vị thực hiện", ".md")])
def test_activities_with_their_doers_on_labelled_lines_under_them(tmp_path, label, suffix):
    """"II. CÁC HOẠT ĐỘNG", each numbered activity over "Bộ phận thực hiện: X, phối hợp Y." and "Thời gian: …":
    X leads, Y cooperates."""
    lines = ACT_HEAD + ["II. CÁC HOẠT ĐỘNG",
                        "1. Mở 03 lớp hướng dẫn chế độ kế toán hợp tác xã cho kế toán, giám đốc hợp tác xã.",
                        f"{label}: Ban Đào tạo - Bồi dưỡng, phối hợp Liên minh Hợp tác xã tỉnh.",
                        "Thời gian: tháng 6 và tháng 7/2026.",
                        "2. Biên soạn sổ tay hỏi - đáp về hạch toán vốn góp của hợp tác xã.",
                        f"{label}: Ban Chuyên môn.", "Thời gian: xong trước ngày 25/6/2026."] + ACT_CLOSE
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert draft.lead("Mở 03 lớp") == ["Ban Đào tạo - Bồi dưỡng"]
    assert draft.coop("Mở 03 lớp") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft.lead("Biên soạn sổ tay") == ["Ban Chuyên môn"]
    assert draft["Biên soạn sổ tay"]["deadline"]["before"] == "2026-06-25"


@pytest.mark.parametrize("place, doers, suffix", [("Địa bàn", "Tổ phụ trách", ".txt"), ("Địa điểm", "Đơn vị thực hiện", ".md")])
def test_a_calendar_of_rounds_without_a_column_of_work_gives_a_task_a_round(tmp_path, place, doers, suffix):
    """"Đợt | Thời gian | Địa bàn | Tổ phụ trách | Phối hợp": each round is the work at its place, by its team."""
    from drafts import with_table

    rows = [["1", "Tháng 8/2026", "Các xã Lục Ngạn, Sơn Động (vùng cây ăn quả)", "Tổ tư vấn số 1", "UBND các xã"],
            ["2", "Tháng 9/2026", "Các phường Từ Sơn, Thuận Thành", "Tổ tư vấn số 2", "Liên minh Hợp tác xã tỉnh"]]
    lines = with_table(ACT_HEAD + ["II. LỊCH TƯ VẤN TẠI CƠ SỞ"], ["Đợt", "Thời gian", place, doers, "Phối hợp"], rows,
                       ACT_CLOSE, suffix)
    draft = written(tmp_path, "ke-hoach" + suffix, lines)
    assert draft.lead("Các xã Lục Ngạn") == ["Tổ tư vấn số 1"]
    assert draft.coop("Các xã Lục Ngạn") == ["UBND các xã"]
    assert draft["Các phường Từ Sơn"]["deadline"]["month"] == 9
    assert draft.lead("Các phường Từ Sơn") == ["Tổ tư vấn số 2"]


@pytest.mark.parametrize("joiner, suffix", [("<br>", ".md"), (" ", ".txt")])
def test_one_column_of_labelled_lines_gives_the_roles_and_the_time(tmp_path, joiner, suffix):
    """"Phân công thực hiện": "Chủ trì: X<br>Phối hợp: Y<br>Thời hạn: Z" in one cell (or its lines joined by a space,
    as a Word cell's paragraphs are read): X leads, Y cooperates, Z is the row's time."""
    from drafts import with_table

    def cell(lead, coop, when):
        return joiner.join([f"Chủ trì: {lead}", f"Phối hợp: {coop}", f"Thời hạn: {when}"])

    rows = [["1", "Tổ chức tập huấn nghiệp vụ kiểm soát chi hỗ trợ hợp tác xã",
             cell("Phòng Kiểm soát chi", "Phòng Tổng hợp - Hành chính", "xong trong tháng 3/2026")],
            ["2", "Đối chiếu, đôn đốc thu hồi số dư tạm ứng kinh phí hỗ trợ hợp tác xã",
             cell("Phòng Kế toán nhà nước", "Sở Tài chính", "Trước 30/6/2026")]]
    lines = with_table(TABLE_HEAD, ["TT", "Nội dung công việc", "Phân công thực hiện"], rows, TABLE_CLOSE, suffix)
    draft = written(tmp_path, "ke-hoach" + suffix, lines)
    assert draft.lead("Tổ chức tập huấn") == ["Phòng Kiểm soát chi"]
    assert draft.coop("Tổ chức tập huấn") == ["Phòng Tổng hợp - Hành chính"]
    assert draft["Tổ chức tập huấn"]["deadline"]["month"] == 3
    assert draft["Đối chiếu"]["deadline"]["before"] == "2026-06-30"


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_numbered_row_with_the_headers_words_is_no_repeated_header(tmp_path, suffix):
    """Row 1 says "các nội dung hỗ trợ" and its cell "Chủ trì: …": the header's words, but with a row's number it is a
    row, not the header printed again at a page break."""
    from drafts import with_table

    rows = [["1", "Hướng dẫn chủ đầu tư hồ sơ kiểm soát chi các nội dung hỗ trợ hợp tác xã",
             "Chủ trì: Phòng Kiểm soát chi; Phối hợp: Sở Tài chính; Thời hạn: Quý I/2026"],
            ["2", "Tổ chức tập huấn nghiệp vụ cho công chức các Phòng Giao dịch",
             "Chủ trì: Phòng Kiểm soát chi; Thời hạn: Tháng 3/2026"]]
    lines = with_table(TABLE_HEAD, ["TT", "Nội dung công việc", "Phân công thực hiện"], rows, TABLE_CLOSE, suffix)
    draft = written(tmp_path, "ke-hoach" + suffix, lines)
    assert draft.lead("Hướng dẫn chủ đầu tư") == ["Phòng Kiểm soát chi"]
    assert draft["Hướng dẫn chủ đầu tư"]["deadline"]["quarters"] == [1]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_giao_line_under_its_work_gives_the_roles_and_the_time(tmp_path, suffix):
    """A titled task ("Nhiệm vụ 1. …"), its work, then a line "Giao: X chủ trì; phối hợp: Y, Z; tháng 9/2026.": one
    task, X leading, Y and Z cooperating, the unlabelled time its time — no task of the "Giao:" line itself; in a bracket
    after the work ("(Giao: X chủ trì; Y phối hợp; thời gian: …)") the roles read the same."""
    lines = GIVEN_HEAD + ["Nhiệm vụ 1. Nắm tình hình hợp tác xã của hội viên",
                          "Đến từng hợp tác xã của hội viên nắm số thành viên, doanh thu, khó khăn.",
                          "Giao: Ban Công tác hội viên chủ trì; phối hợp: Hội các xã, phường; tháng 9/2026.",
                          "Nhiệm vụ 2. Tập huấn quản trị",
                          "Mở 01 lớp tập huấn quản trị, kế toán cho giám đốc hợp tác xã (Giao: Ban Kinh tế chủ trì; Liên "
                          "minh Hợp tác xã tỉnh phối hợp; thời gian: tháng 10/2026)."] + GIVEN_CLOSE
    if suffix == ".md":
        lines = as_markdown(lines)
    draft = written(tmp_path, "ke-hoach" + suffix, lines)
    assert draft.lead("Nhiệm vụ 1") == ["Ban Công tác hội viên"]
    assert draft.coop("Nhiệm vụ 1") == ["Hội các xã, phường"]
    assert draft["Nhiệm vụ 1"]["deadline"]["month"] == 9
    assert not [t for t in draft.texts() if t.startswith("Giao")]
    assert draft.lead("Nhiệm vụ 2") == ["Ban Kinh tế"]
    assert draft.coop("Nhiệm vụ 2") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft["Nhiệm vụ 2"]["deadline"]["month"] == 10
