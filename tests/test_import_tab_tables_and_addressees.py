"""kehoach import: tables saved as text with TABs (two columns; group rows merged across, no TAB left in them; a task
cell with its doers' lines), an assignment matrix marked by glyphs, Word's "o" bullets, a pipe table's group rows
in bold, a heading asking a class of cooperatives, and a Công văn's one addressee (issue 11).

- "Thời gian<TAB>Nội dung công việc" over rows whose work cell lists "- X làm …" lines: a task each, led by its own
  subject; "Nội dung công việc<TAB>Thời gian" whose cells give "Thực hiện: X; phối hợp: Y" under the work.
- "1. Chuẩn bị sản xuất" between TAB rows (a group merged across): a group, not the table's end.
- "X (chủ trì), Y": X leads, Y cooperates; "●"/"○", "■"/"□" under the units' columns: lead and partner.
- "Ghi chú: ● là đơn vị chủ trì; ○ là đơn vị phối hợp.", "… thực hiện theo bảng dưới đây.": no task.
- "o<TAB>Thông báo …" / "o<TAB>Bố trí …": two items; "| **1** | **Củng cố tổ chức** | | |" over "1.1", "1.2": a group.
- "5. Đề nghị các hợp tác xã, tổ hợp tác nhận khoán" / "Đề nghị các hợp tác xã, tổ hợp tác:": the class leads the items
  under it; "2. Xí nghiệp Môi trường số 2" leads its items; "…; thời hạn: 30/3." is due by then in the plan's year.
- "Kính gửi: Các hợp tác xã vận tải trên địa bàn tỉnh." over numbered requests naming no doer: the class leads them.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, with_table, written, written_as
from generator.importer import fields

HEADER = ["{superior}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{issuer}\tĐộc lập - Tự do - Hạnh phúc",
          "Số: 11/KH-{code}\t{place}, ngày 22 tháng 9 năm 2025", "", "KẾ HOẠCH", "Vận động thành lập tổ hợp tác năm 2026",
          "", "I. MỤC ĐÍCH", "Giúp các hộ làm ăn chung.", "III. NỘI DUNG VÀ LỊCH TRIỂN KHAI"]
FOOT = ["IV. KINH PHÍ", "Kinh phí lấy từ dự toán năm 2026.", "", "Nơi nhận:\tTM. BAN THƯỜNG TRỰC", "- Lưu: VP.\tCHỦ TỊCH",
        "\tTrần Văn Khiêm"]


def header(superior: str, issuer: str, code: str, place: str) -> list[str]:
    return [line.format(superior=superior, issuer=issuer, code=code, place=place) for line in HEADER]


@pytest.mark.parametrize("superior, issuer, place, office", [
    ("ỦY BAN MTTQ VIỆT NAM TỈNH NINH BÌNH", "ỦY BAN ĐOÀN KẾT CÔNG GIÁO TỈNH", "Ninh Bình", "Văn phòng Ủy ban"),
    ("LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG", "NHÀ VĂN HÓA LAO ĐỘNG TỈNH", "An Giang", "Phòng Hành chính - Tổng hợp"),
])
def test_a_two_column_tab_table_of_times_and_work(tmp_path, superior, issuer, place, office):
    rows = ["Thời gian\tNội dung công việc",
            f"Tháng 9 - 10/2025\t- {office} phối hợp Ban Dân vận Tỉnh ủy khảo sát các tổ hợp tác.<br>- Ban Thường trực "
            "làm việc với Liên minh Hợp tác xã tỉnh về cán bộ tư vấn.",
            f"Trước 20/12/2025\t- Ban Thường trực cùng Ủy ban MTTQ Việt Nam tỉnh tổ chức Hội nghị biểu dương.",
            f"Thường xuyên\t- {office} nắm tiến độ, tổng hợp kết quả, gửi Ban Thường trực."]
    draft = written(tmp_path, "ke-hoach.txt", header(superior, issuer, "X", place) + rows + FOOT)
    assert len(draft.tasks) == 4
    assert draft.lead(f"{office} phối hợp") == [office] and draft.coop(f"{office} phối hợp") == ["Ban Dân vận Tỉnh ủy"]
    assert draft.lead("Ban Thường trực làm việc") == ["Ban Thường trực"]
    assert draft.coop("Ban Thường trực cùng")[0].startswith("Ủy ban MTTQ Việt Nam tỉnh")
    assert draft[f"{office} phối hợp"]["deadline"]["month"] == 10
    assert draft[f"{office} nắm"]["deadline"]["kind"] == "ongoing"


@pytest.mark.parametrize("unit, partner", [("Phòng Thu thập - Chỉnh lý", "Sở Tài chính"),
                                           ("Tổ công tác số 1", "UBND các xã nơi tiếp nhận")])
def test_a_task_cell_with_its_doers_lines(tmp_path, unit, partner):
    rows = ["Nội dung công việc\tThời gian",
            f"1. Lập danh mục hợp tác xã đã giải thể<br>Thực hiện: {unit}; phối hợp: {partner}\tTháng 9/2026",
            "2. Gửi văn bản hướng dẫn các xã thống kê hồ sơ<br>Thực hiện: Phòng Nghiệp vụ lưu trữ\tTrước 15/9/2026"]
    draft = written(tmp_path, "ke-hoach.txt", header("SỞ NỘI VỤ TỈNH NINH BÌNH", "TRUNG TÂM LƯU TRỮ LỊCH SỬ", "TT",
                                                     "Ninh Bình") + rows + FOOT)
    task = next(t for t in draft.tasks if "Lập danh mục" in t["text"])["text"]
    assert "Thực hiện" not in task
    assert draft.lead(task) == [unit] and draft.coop(task) == [partner]
    assert draft.lead("2. Gửi văn bản") == ["Phòng Nghiệp vụ lưu trữ"]


@pytest.mark.parametrize("groups", [["1. Chuẩn bị sản xuất", "2. Kết nối tiêu thụ"],
                                    ["I. TRƯỚC TẾT", "II. SAU TẾT"]])
def test_a_tab_tables_group_rows_merged_across(tmp_path, groups):
    rows = ["Nội dung công việc\tThực hiện\tThời gian", groups[0],
            "a) Khảo sát lịch xuống giống của từng hợp tác xã\tBan Kỹ thuật (chủ trì), Chi hội Sa Đéc\ttrước 20/10",
            "b) Mở 02 buổi tập huấn điều chỉnh thời điểm ra hoa\tBan Kỹ thuật; Trung tâm Khuyến nông tỉnh\ttháng 11",
            groups[1],
            "c) Lập danh sách gian hàng của hợp tác xã tại chợ hoa\tVăn phòng Hội\ttrước 15/11",
            "d) Hướng dẫn hợp tác xã bán hoa trên sàn thương mại điện tử\tBan Truyền thông (chủ trì), Sở Công Thương\t"
            "tháng 12"]
    draft = written(tmp_path, "ke-hoach.txt", header("HỘI SINH VẬT CẢNH VIỆT NAM", "HỘI SINH VẬT CẢNH TỈNH ĐỒNG THÁP",
                                                     "HSVC", "Đồng Tháp") + rows + FOOT)
    assert len(draft.tasks) == 4
    assert draft.lead("a) Khảo sát") == ["Ban Kỹ thuật"] and draft.coop("a) Khảo sát") == ["Chi hội Sa Đéc"]
    assert draft.lead("d) Hướng dẫn") == ["Ban Truyền thông"]
    assert [n.removesuffix(" tỉnh Đồng Tháp") for n in draft.coop("d) Hướng dẫn")] == ["Sở Công Thương"]
    assert draft["c) Lập danh sách"]["deadline"]["before"] == "2026-11-15"  # the plan's year, its title's


@pytest.mark.parametrize("lead_mark, coop_mark", [("●", "○"), ("■", "□")])
def test_an_assignment_matrix_marked_by_glyphs(tmp_path, lead_mark, coop_mark):
    rows = ["TT\tCông việc\tBan Biên tập\tPhòng Phát hành\tHạn hoàn thành",
            f"1\tLập đề cương chi tiết bộ sổ tay hợp tác xã\t{lead_mark}\t{coop_mark}\t28/02/2026",
            f"2\tPhát hành sổ tay tới các hợp tác xã\t{coop_mark}\t{lead_mark}\ttháng 8/2026"]
    lines = header("SỞ VĂN HÓA VÀ THỂ THAO", "NHÀ XUẤT BẢN THUẬN HÓA", "NXB", "Huế")[:-1] + [
        "III. PHÂN CÔNG", "Các đơn vị trong Nhà xuất bản thực hiện theo bảng dưới đây.",
        f"Ghi chú: {lead_mark} là đơn vị chủ trì; {coop_mark} là đơn vị phối hợp."] + rows + FOOT
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.texts() == ["Lập đề cương chi tiết bộ sổ tay hợp tác xã", "Phát hành sổ tay tới các hợp tác xã"]
    assert draft.lead("Lập đề cương") == ["Ban Biên tập"] and draft.coop("Lập đề cương") == ["Phòng Phát hành"]
    assert draft.lead("Phát hành") == ["Phòng Phát hành"] and draft.coop("Phát hành") == ["Ban Biên tập"]


@pytest.mark.parametrize("text", ["Ghi chú: ● là đơn vị chủ trì; ○ là đơn vị phối hợp.",
                                  "Ghi chú: (CT) - chủ trì; (PH) - phối hợp."])
def test_a_legend_of_role_marks_is_no_task(text):
    assert gives_no_task(text)


@pytest.mark.parametrize("bullet", ["o\t", "§\t"])
def test_words_own_bullets_saved_as_text(tmp_path, bullet):
    lines = header("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "SNNMT", "Phú Thọ")[:-1] + [
        "II. NHIỆM VỤ", "2. Đề nghị UBND các xã, phường",
        f"{bullet}Thông báo bằng văn bản đến từng hợp tác xã về thời hạn di dời; hoàn thành trong tháng 11/2025.",
        f"{bullet}Bố trí quỹ đất ngoài khu dân cư để hợp tác xã thuê làm chuồng trại trong năm 2026.", ""] + FOOT[3:]
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert [t["text"][:10] for t in draft.tasks] == ["Thông báo ", "Bố trí quỹ"]
    assert draft.lead("Bố trí quỹ") == ["UBND các xã, phường"]


@pytest.mark.parametrize("bold", [True, False])
def test_a_pipe_tables_numbered_group_rows(tmp_path, bold):
    title = "**Củng cố tổ chức**" if bold else "Củng cố tổ chức"
    number = "**1**" if bold else "1"
    rows = [[number, title, "", "", ""],
            ["1.1", "Rà soát các hợp tác xã đang hoạt động", "Phòng Kinh tế", "Liên minh HTX tỉnh", "Trước 15/8"],
            ["1.2", "Hướng dẫn tổ hợp tác chuyển thành hợp tác xã", "Phòng Kinh tế", "", "Quý III"],
            ["2", "Kết nối tiêu thụ", "", "", ""],
            ["2.1", "Đưa sản phẩm lên sàn thương mại điện tử", "Phòng Văn hóa - Xã hội", "", "Quý IV"]]
    before = header("ỦY BAN NHÂN DÂN", "PHƯỜNG LÂM VIÊN - ĐÀ LẠT", "UBND", "Lâm Đồng")[:-1] + ["II. NHIỆM VỤ"]
    draft = written_as(tmp_path, "ke-hoach", ".md", with_table(
        before, ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"], rows, FOOT[3:], ".md"))
    assert [t["text"] for t in draft.tasks] == ["Rà soát các hợp tác xã đang hoạt động",
                                                "Hướng dẫn tổ hợp tác chuyển thành hợp tác xã",
                                                "Đưa sản phẩm lên sàn thương mại điện tử"]


@pytest.mark.parametrize("heading", ["5. Đề nghị các hợp tác xã, tổ hợp tác nhận khoán",
                                     "5. Đề nghị các hợp tác xã, tổ hợp tác:"])
def test_a_heading_asking_a_class_of_cooperatives_and_a_company_unit(tmp_path, heading):
    lines = header("UBND TỈNH NGHỆ AN", "CÔNG TY CỔ PHẦN MÔI TRƯỜNG ĐÔ THỊ", "MT", "Nghệ An")[:-1] + [
        "III. PHÂN CÔNG THỰC HIỆN", "2. Xí nghiệp Môi trường số 2",
        "a) Bàn giao cho các đơn vị nhận khoán 15 xe gom đẩy tay; thời hạn: 30/3.",
        "b) Bố trí xe ép lấy rác tại các điểm tập kết theo lịch.", heading,
        "Bố trí đủ người gom rác, không để rác nằm tại điểm tập kết quá 24 giờ.", ""] + FOOT[3:]
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead("Bàn giao") == ["Xí nghiệp Môi trường số 2"]
    assert draft["Bàn giao"]["deadline"]["before"] == "2026-03-30"
    assert draft.lead("Bố trí đủ") == ["các hợp tác xã, tổ hợp tác" + (" nhận khoán" if "khoán" in heading else "")]


@pytest.mark.parametrize("text, day", [("Bàn giao 15 xe gom; thời hạn: 30/3.", "2026-03-30"),
                                       ("Gửi hồ sơ đăng ký. Hạn nộp: 15/10", "2026-10-15")])
def test_a_deadline_labelled_without_its_year(text, day):
    assert fields.deadline(text, year=2026).before == day
    assert fields.deadline(text).kind == "unspecified"


@pytest.mark.parametrize("addressee, lead", [
    ("Các hợp tác xã vận tải trên địa bàn tỉnh.", "Các hợp tác xã vận tải"),
    ("Ủy ban nhân dân các xã, phường.", "Ủy ban nhân dân các xã, phường"),
])
def test_a_cong_vans_one_addressee_leads_its_requests(tmp_path, addressee, lead):
    lines = ["UBND TỈNH GIA LAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ XÂY DỰNG\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 4182/SXD-QLVT\tGia Lai, ngày 16 tháng 11 năm 2026",
             "V/v bảo đảm an toàn giao thông dịp Tết Nguyên đán", "", f"Kính gửi: {addressee}", "",
             "Để phục vụ hành khách dịp Tết, Sở Xây dựng đề nghị:", "",
             "1. Rà soát toàn bộ xe đang khai thác, chỉ đưa vào chạy xe còn hạn kiểm định.",
             "2. Niêm yết giá vé ở quầy bán vé, trên xe và trên ứng dụng đặt vé.",
             "3. Văn phòng Sở đăng số điện thoại đường dây nóng trước ngày 10/01/2027.", "",
             "Nơi nhận:\tKT. GIÁM ĐỐC", "- Như trên;\tPHÓ GIÁM ĐỐC", "- Lưu: VT.\t", "\tĐinh Quang Tùng"]
    draft = written(tmp_path, "cong-van.txt", lines)
    assert draft.lead("Rà soát") == [lead] and draft.lead("Niêm yết") == [lead]
    assert draft.lead("Văn phòng Sở") == ["Văn phòng Sở"]
    # … and more recipients listed under that line: several addressees, none leads every request
    at = lines.index(f"Kính gửi: {addressee}")
    listed = lines[:at] + [f"Kính gửi: {addressee.rstrip('.')};", "- Bến xe khách trung tâm tỉnh;", "- Các đại lý bán vé."] + \
        lines[at + 1:]
    draft = written(tmp_path, "cong-van-2.txt", listed)
    assert draft.lead("Rà soát") == [] and draft.lead("Niêm yết") == []
    assert draft.lead("Văn phòng Sở") == ["Văn phòng Sở"]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("lead_header, coop_header, time_header", [
    ("Đầu mối", "Hỗ trợ", "Hạn chót"),
    ("Người thực hiện", "Bộ phận hỗ trợ", "Hạn"),
])
def test_a_companys_words_for_the_columns(tmp_path, suffix, lead_header, coop_header, time_header):
    rows = [["1", "Lập danh sách hợp tác xã trồng rau cung ứng cho bếp", "Bộ phận Mua hàng", "Phòng Kế toán",
             "30/9/2026"],
            ["2", "Ký hợp đồng cung ứng theo mùa với các hợp tác xã", "Trưởng phòng Tín dụng", "—", "01/11/2026"]]
    before = header("CÔNG TY CỔ PHẦN DU LỊCH", "KHU NGHỈ DƯỠNG BIỂN XANH", "NDBX", "An Giang")[:-1] + ["II. NHIỆM VỤ"]
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(
        before, ["TT", "Việc cần làm", lead_header, coop_header, time_header], rows, FOOT[3:], suffix))
    assert draft.lead("Lập danh sách") == ["Bộ phận Mua hàng"] and draft.coop("Lập danh sách") == ["Phòng Kế toán"]
    assert draft["Lập danh sách"]["deadline"]["before"] == "2026-09-30"
    assert draft.lead("Ký hợp đồng") == ["Trưởng phòng Tín dụng"] and draft.coop("Ký hợp đồng") == []


@pytest.mark.parametrize("partners, names", [
    ("UBND các xã<br>Các HTX chè", ["UBND các xã"]),
    ("Sở Du lịch<br>Các hợp tác xã du lịch cộng đồng", ["Sở Du lịch"]),
])
def test_a_class_on_its_own_line_of_a_partners_cell_is_another_name(tmp_path, partners, names):
    rows = [["1", "Cấp mã số vùng trồng cho các vùng chè cổ thụ", "Sở NN&MT", partners, "Năm 2027"]]
    before = header("ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "UBND", "Tuyên Quang")[:-1] + ["II. NHIỆM VỤ"]
    draft = written_as(tmp_path, "ke-hoach", ".md", with_table(
        before, ["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian"], rows, FOOT[3:], ".md"))
    assert [n.removesuffix(" tỉnh Tuyên Quang") for n in draft.coop("Cấp mã số")] == names


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("unit, first, second", [("Tháng", "Tháng 7", "Tháng 9 - 10"), ("Quý", "Quý III", "Quý IV")])
def test_a_table_grouped_by_period(tmp_path, suffix, unit, first, second):
    rows = [[first, "Rà soát hội viên có cùng sản phẩm", "Ban Kinh tế - Xã hội", "LMHTX tỉnh + Sở Tài chính"],
            ["", "Biên soạn tờ gấp về tổ hợp tác", "Ban Tuyên huấn", ""],
            [second, "Hỗ trợ 05 tổ hợp tác xây dựng điều lệ", "Văn phòng", "Phòng Kinh tế + Phòng Kỹ thuật"]]
    before = header("HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN TỈNH QUẢNG NINH", "HNDT", "Quảng Ninh")[:-1] + [
        "III. LỊCH TRIỂN KHAI"]
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(
        before, [unit, "Nội dung", "Ban chủ trì", "Phối hợp"], rows, FOOT[3:], suffix))
    read = {prefix: draft[prefix]["deadline"] for prefix in ("Rà soát", "Biên soạn", "Hỗ trợ 05")}
    assert read["Rà soát"]["kind"] == read["Biên soạn"]["kind"] == read["Hỗ trợ 05"]["kind"] != "unspecified"
    assert {k: v for k, v in read["Biên soạn"].items() if k != "printed"} == \
        {k: v for k, v in read["Rà soát"].items() if k != "printed"}  # the merged cell's period, the one above
    assert read["Rà soát"].get("year") == 2026  # the plan's year, its title's
    assert [n.removesuffix(" tỉnh Quảng Ninh") for n in draft.coop("Rà soát")] == ["Liên minh Hợp tác xã tỉnh",
                                                                                 "Sở Tài chính"]
    assert draft.coop("Hỗ trợ 05") == ["Phòng Kinh tế", "Phòng Kỹ thuật"]
    assert draft.notes("ô thời gian để trống") or any("ô thời gian để trống" in r for t in draft.tasks
                                                       for r in t.get("review", []))
