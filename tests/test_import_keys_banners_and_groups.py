"""kehoach import: signs a key defines set apart by runs of spaces ("◐ X   ◌ Y   ⌚ Z"); a key of short names after the
note's own words ("(Viết tắt dùng trong phần này: ĐVCT - đơn vị chủ trì; …)") and a tag of fields apart by bars
("[ĐVCT: X | ĐVPH: Y | TGHT: Z]"), on the item's line or on its own under it, a field left empty; labels printed as
keyboard keys ("<kbd>CHÍNH</kbd> X · <kbd>CÙNG</kbd> Y"), their note wrapped in a quotation; a group's heading naming
its lead and its time ("== Tổ An ninh — tháng 10/2026 =="), partners "(với: …)"; a banner handing a table's rows to
their lead ("PHẦN GIAO CHO: PHÒNG MUA HÀNG"), its time "Giao trước" (issue 11).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, plan_head, written, written_as

TAIL = ["", "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VT.\tCHỦ TỊCH", "", "\tĐinh Văn Khải"]
LDLD = dict(issuer="LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ CẦN THƠ", number="142/KH-LĐLĐ", place="Cần Thơ",
            title="Thành lập công đoàn cơ sở trong hợp tác xã")


def _head(**values) -> list[str]:
    return plan_head("ngày 20 tháng 7 năm 2025", **(values or LDLD))[:-1]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("lead, coop, due", [("◐", "◌", "⌚"), ("★", "☆", "⏰")])
def test_signs_a_key_defines_apart_by_runs_of_spaces(tmp_path, suffix, lead, coop, due):
    lines = ["II. NHIỆM VỤ VÀ PHÂN CÔNG", "Cách ghi: dưới mỗi việc có một dòng ký hiệu.", f"   {lead}  đơn vị chủ trì",
             f"   {coop}  đơn vị phối hợp", f"   {due}  thời hạn hoàn thành", "",
             "1. Rà soát danh sách hợp tác xã có từ 10 lao động làm thuê trở lên.",
             f"   {lead} Ban Tổ chức   {coop} Liên minh Hợp tác xã thành phố; Sở Tài chính   {due} 31/8/2025", "",
             "2. Tập huấn nghiệp vụ cho chủ tịch công đoàn cơ sở mới thành lập ở hợp tác xã.",
             f"   {lead} Ban Tuyên giáo   {coop} Trường Chính trị thành phố   {due} tháng 3/2026"]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head() + lines + TAIL)
    assert [t[:7] for t in draft.texts()] == ["Rà soát", "Tập huấ"]
    assert draft.lead("Rà soát") == ["Ban Tổ chức"]
    assert draft.coop("Rà soát") == ["Liên minh Hợp tác xã thành phố", "Sở Tài chính"]
    assert draft["Rà soát"]["deadline"]["before"] == "2025-08-31"
    assert draft.lead("Tập huấn") == ["Ban Tuyên giáo"]
    assert draft["Tập huấn"]["deadline"]["month"] == 3


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("apart", [False, True])
def test_a_key_of_short_names_and_a_tag_of_fields_apart_by_bars(tmp_path, suffix, apart):
    def tag(fields: str) -> list[str]:
        return ["", fields] if apart else [fields]

    lines = ["II. NỘI DUNG", "(Viết tắt dùng trong phần này: ĐVCT - đơn vị chủ trì; ĐVPH - đơn vị phối hợp; TGHT - thời "
             "gian hoàn thành.)", "",
             "1. Rà soát 46 mã số vùng trồng sầu riêng của hợp tác xã đã cấp (EUDR)",
             *tag("[ĐVCT: Phòng Trồng trọt | ĐVPH: Trạm Trồng trọt khu vực Buôn Hồ | TGHT: 15/3/2026]"), "",
             "2. Cung cấp bản tin dự báo sâu bệnh qua nhóm Zalo của các hợp tác xã",
             *tag("[ĐVCT: Phòng Bảo vệ thực vật | ĐVPH: | TGHT: quý II/2026]")]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head(issuer="CHI CỤC TRỒNG TRỌT VÀ BẢO VỆ THỰC VẬT",
                                                          number="88/KH-TTBVTV", place="Đắk Lắk",
                                                          title="Giữ mã số vùng trồng") + lines + TAIL)
    assert [t[:7] for t in draft.texts()] == ["Rà soát", "Cung cấ"]
    assert draft.lead("Rà soát") == ["Phòng Trồng trọt"]
    assert draft.coop("Rà soát") == ["Trạm Trồng trọt khu vực Buôn Hồ"]
    assert draft["Rà soát"]["deadline"]["before"] == "2026-03-15"
    assert draft.lead("Cung cấp") == ["Phòng Bảo vệ thực vật"]
    assert draft.coop("Cung cấp") == []  # the partners' field left empty
    assert draft["Cung cấp"]["deadline"]["quarters"] == [2]


@pytest.mark.parametrize("keys", [("CHÍNH", "CÙNG", "HẠN"), ("GÁNH", "ĐỠ", "MỐC")])
def test_labels_printed_as_keyboard_keys(tmp_path, keys):
    lead, coop, due = keys
    lines = ["### II. CÁC VIỆC CẦN LÀM", "",
             f"> Dưới mỗi việc là một dòng nhãn: <kbd>{lead}</kbd> là ban, đơn vị chịu trách nhiệm chính; <kbd>{coop}</kbd>"
             " là nơi cùng", "> làm (không ghi là không có); <kbd>" + due + "</kbd> là thời hạn.", "",
             "1. Lập danh sách 20 hợp tác xã đăng ký tham gia và 20 doanh nhân trẻ nhận kèm cặp.  ",
             f"   <kbd>{lead}</kbd> Văn phòng Hội · <kbd>{coop}</kbd> Liên minh Hợp tác xã tỉnh · <kbd>{due}</kbd> 05/9/2026",
             "", "2. Tổ chức phiên chợ sản phẩm hợp tác xã tại quảng trường tỉnh.  ",
             f"   <kbd>{lead}</kbd> Ban Kết nối thị trường · <kbd>{due}</kbd> 22/11/2026"]
    head = [line.replace("\t", " | ") for line in _head(issuer="HỘI DOANH NHÂN TRẺ TỈNH THÁI NGUYÊN", number="27/KH-HDNT",
                                                        place="Thái Nguyên", title="Kèm cặp hợp tác xã")]
    draft = written(tmp_path, "ke-hoach.md", head + [""] + lines + TAIL)
    assert [t[:7] for t in draft.texts()] == ["Lập dan", "Tổ chức"]  # not the note
    assert draft.lead("Lập danh") == ["Văn phòng Hội"]
    assert draft.coop("Lập danh") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft["Lập danh"]["deadline"]["before"] == "2026-09-05"
    assert draft.lead("Tổ chức") == ["Ban Kết nối thị trường"]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("rule", ["==", "---"])
def test_a_groups_heading_names_its_lead_and_its_time(tmp_path, suffix, rule):
    lines = ["II. NHIỆM VỤ CỤ THỂ", "(Các việc được xếp theo nhóm; dòng tiêu đề ghi đơn vị chủ trì và thời hạn chung.)",
             "", f"{rule} Tổ Phòng cháy chữa cháy và cứu nạn cứu hộ — xong trước 30/9/2026 {rule}",
             "  a) Kiểm tra an toàn phòng cháy tại 03 kho của hợp tác xã (với: Ban Quản lý các hợp tác xã).",
             "  b) Hướng dẫn hợp tác xã bố trí bình chữa cháy ở lối vào kho.", "",
             f"{rule} Tổ An ninh - Trật tự — tháng 10/2026 {rule}",
             "  a) Nắm số người làm thuê theo mùa ở các hợp tác xã (với: Trưởng các ấp)."]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head(issuer="CÔNG AN XÃ TÂN PHÚ", number="96/KH-CAX", place="Đồng Nai",
                                                          title="Giữ an toàn kho của hợp tác xã") + lines + TAIL)
    assert [t[:7] for t in draft.texts()] == ["Kiểm tr", "Hướng d", "Nắm số "]  # not the note
    assert draft.lead("Kiểm tra") == ["Tổ Phòng cháy chữa cháy và cứu nạn cứu hộ"]
    assert draft.coop("Kiểm tra") == ["Ban Quản lý các hợp tác xã"]
    assert draft["Kiểm tra"]["deadline"]["before"] == "2026-09-30"
    assert draft.lead("Hướng dẫn") == ["Tổ Phòng cháy chữa cháy và cứu nạn cứu hộ"]
    assert draft.lead("Nắm số") == ["Tổ An ninh - Trật tự"]
    assert draft["Nắm số"]["deadline"]["month"] == 10


@pytest.mark.parametrize("text", ["(Các việc được xếp theo nhóm; dòng tiêu đề ghi đơn vị chủ trì và thời hạn chung.)",
                                  "(Nhiệm vụ chia theo quý, dưới mỗi quý là đơn vị chủ trì.)"])
def test_a_bracketed_note_on_how_the_items_are_grouped_is_no_task(text):
    assert gives_no_task(text)


@pytest.mark.parametrize("banner", ["PHẦN GIAO CHO: {}", "VIỆC GIAO CHO {}"])
def test_a_banner_hands_a_tables_rows_to_their_lead(tmp_path, banner):
    import docx

    from drafts import Draft

    document = docx.Document()
    for line in ["CÔNG TY CỔ PHẦN KÍNH MẮT NHẬT QUANG", "Số: 58/KH-KMNQ", "Hà Nội, ngày 14 tháng 7 năm 2026", "KẾ HOẠCH",
                 "Đặt gọng sừng của hợp tác xã năm 2026", "I. MỤC ĐÍCH", "Có gọng sừng cho bộ sưu tập.",
                 "II. GIAO VIỆC THEO BỘ PHẬN", "Mỗi bộ phận nhận một trang riêng; cột “Nhờ phối hợp” ghi nơi cùng làm."]:
        document.add_paragraph(line)
    for lead, rows in [("PHÒNG MUA HÀNG", [["01", "Khảo sát xưởng của HTX Sừng mỹ nghệ Thụy Ứng", "Phòng Thiết kế",
                                             "15/8/2026"],
                                            ["02", "Ký hợp đồng đặt 1.500 gọng sừng", "", "31/8/2026"],
                                            ["03", "Đặt HTX Mây tre đan Phú Vinh đan 3.000 hộp đựng kính", "",
                                             "Tháng 9/2026"]]),
                       ("PHÒNG MARKETING", [["04", "Chụp ảnh nghệ nhân hợp tác xã làm gọng", "Phòng Mua hàng",
                                             "Tháng 10/2026"],
                                            ["05", "Ra mắt bộ sưu tập gọng sừng tại 12 cửa hàng", "Phòng Mua hàng",
                                             "30/11/2026"]])]:
        document.add_paragraph("")
        document.add_paragraph(banner.format(lead))
        document.add_paragraph("")
        table = document.add_table(rows=len(rows) + 1, cols=4)
        for row, values in zip(table.rows, [["Số", "Việc", "Nhờ phối hợp", "Giao trước"]] + rows):
            for cell, value in zip(row.cells, values):
                cell.text = value
    document.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    for line in ["Trưởng các bộ phận làm theo trang việc của mình./.", "Nơi nhận:", "- Lưu: VT.", "TỔNG GIÁM ĐỐC",
                 "Nguyễn Văn Quang"]:
        document.add_paragraph(line)
    path = tmp_path / "ke-hoach.docx"
    document.save(path)
    draft = Draft(path)
    assert [t[:7] for t in draft.texts()][:5] == ["Khảo sá", "Ký hợp ", "Đặt HTX", "Chụp ản", "Ra mắt "]
    assert [n.lower() for n in draft.lead("Khảo sát")] == ["phòng mua hàng"]  # (quoted as its banner prints it)
    assert draft.coop("Khảo sát") == ["Phòng Thiết kế"]
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-08-15"
    assert [n.lower() for n in draft.lead("Ký hợp")] == ["phòng mua hàng"]
    assert [n.lower() for n in draft.lead("Chụp ảnh")] == ["phòng marketing"]  # (a word in capitals kept so)
    assert draft["Chụp ảnh"]["deadline"]["month"] == 10
