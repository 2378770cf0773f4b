"""kehoach import: items numbered in a series of their own ("Bút toán 1.", "𝄞 Khúc 01<TAB>…", "01 [Bếp chính: X | …]"),
never a lone count or a month; a square bracket of the document's own fields opening the item, parted by bars; a line
wholly set in an inline tag of print ("<small>Cầm thước: X · …</small>"); a note wrapped over two lines, never a task;
a head's minute that gives the work in the document's own words ("Giám đốc phê: Phòng X gánh việc; Y tiếp tay; nộp kết
quả 15/10/2025"), wrapped; a note's "nơi giúp sức", "một đơn vị phối hợp", "mỗi dòng **X**"; a column headed by a
milestone ("Mốc bảo dưỡng") (issue 11).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import plan_head, word_document, written, written_as

TAIL = ["", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.", "", "\tPhạm Thị Lan"]


def _head(**values) -> list[str]:
    values = values or dict(issuer="THUẾ CƠ SỞ 3 TỈNH ĐỒNG THÁP", number="57/KH-TCS3", place="Đồng Tháp",
                            title="Hóa đơn điện tử cho hợp tác xã")
    return plan_head("ngày 03 tháng 11 năm 2026", **values)[:-1]


@pytest.mark.parametrize("name, delimiter", [("Bút toán", ". "), ("Phiếu", ": "), ("Chặng", " - "), ("Khúc", "\t"),
                                             ("", " ")])
@pytest.mark.parametrize("padded", [False, True])
def test_items_numbered_in_a_series_of_their_own(tmp_path, name, delimiter, padded):
    def n(k: int) -> str:
        return f"{k:02d}" if padded else str(k)

    def item(k: int, work: str, fields: str) -> str:
        return f"{sign}{name} {n(k)}{delimiter}{work} ({fields})".lstrip() if name else f"{n(k)} {work} ({fields})"

    sign = "𝄞 " if delimiter == "\t" else ""
    # (a line each, no blank line between them, none ending a sentence: each item opens by its number)
    lines = ["II. PHÂN CÔNG", "",
             item(1, "Lập lại danh sách từng hợp tác xã, tổ hợp tác còn hoạt động",
                  "Chủ trì: Đội Kê khai - Kế toán thuế; phối hợp: Ủy ban nhân dân các xã, phường; thời hạn: 30/11/2026"),
             item(2, "Gửi tin nhắn nhắc từng hợp tác xã thời hạn nộp tờ khai quý",
                  "Chủ trì: Đội Tuyên truyền - Hỗ trợ người nộp thuế; thời hạn: tháng 12/2026"),
             item(3, "Kiểm tra tại trụ sở 05 hợp tác xã có doanh thu lớn",
                  "Chủ trì: Đội Kiểm tra thuế số 1; thời hạn: quý I/2027")]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    assert len(draft.texts()) == 3
    first, second, third = draft.tasks
    if name:  # (the work is referred to by its name and number: kept; a bare number is none)
        assert [f"{name} {n(k)}" in t["text"] for k, t in zip((1, 2, 3), draft.tasks)] == [True] * 3
    else:
        assert [t["text"][:4] for t in draft.tasks] == ["Lập ", "Gửi ", "Kiểm"]
    assert [draft.names[a] for a in first["lead"]] == ["Đội Kê khai - Kế toán thuế"]
    assert [draft.names[a] for a in first["cooperating"]] == ["Ủy ban nhân dân các xã, phường"]
    assert [draft.names[a] for a in second["lead"]] == ["Đội Tuyên truyền - Hỗ trợ người nộp thuế"]
    assert third["deadline"]["quarters"] == [1]


@pytest.mark.parametrize("line, next_line, series", [
    ("Tháng 9 Hoàn thành rà soát danh sách.", "Tháng 10 Tổ chức tập huấn.", False),  # a month, a timeline's
    ("02 Trại của HTX được công nhận an toàn dịch bệnh.", "Tỷ lệ cá chết dưới 2%.", False),  # a count alone
    ("Bút toán 1. Lập lại danh sách.", "Bút toán 3. Kiểm tra.", False),  # no run
    ("ĐĂNG KÝ 01: Ban X cam kết lập nhóm.", "ĐĂNG KÝ 02: Công ty Y cam kết bao tiêu.", False),  # a pair
    ("01 [Chủ trì: X] Rà soát.", "02 [Chủ trì: Y] Tập huấn.", True),
    ("1 | Sở Công Thương | Số liệu", "2 | Sở Tài chính | Số liệu", False),  # a table's rows
    ("1\tHTX Nông nghiệp Mỹ Đông\txã Mỹ Thọ", "2\tHTX Sen Tháp Mười\txã Tháp Mười", False),
    ("Bảng 1. Đơn vị liên kết cung ứng", "Bảng 2. Việc do Phòng Thu mua chủ trì", False),  # captions
])
def test_a_series_is_a_run(line, next_line, series):
    from generator.importer import layout

    third = next_line.replace("02", "03", 1) if "02" in next_line else next_line.replace("2", "3", 1)
    lines = [line, next_line] + ([third] if not next_line.startswith("ĐĂNG") else [])
    assert (layout._in_series(line, lines, 0, None, None) is not None) is series


@pytest.mark.parametrize("lead, coop, due, bar", [("Bếp chính", "Phụ bếp", "Lên món", " | "),
                                                  ("Tay lái", "Tay phụ", "Về bến", " ¦ ")])
def test_a_bracket_of_own_fields_opening_each_item(tmp_path, lead, coop, due, bar):
    lines = ["II. CÁC VIỆC", "", f'Cách ghi: trước mỗi việc là ngoặc vuông - "{lead}" là bộ phận chịu trách nhiệm chính, '
             f'"{coop}" là người, bộ phận cùng làm, "{due}" là thời hạn.', "",
             f"01 [{lead}: Phó Hiệu trưởng phụ trách bán trú{bar}{coop}: Tổ Nuôi dưỡng{bar}{due}: trước 10/8/2025]",
             "   Đến vườn rau, chuồng lợn của HTX Nông nghiệp Hà Long xem cách làm; chọn nơi cung cấp.", "",
             f"02 [{lead}: Tổ Nuôi dưỡng{bar}{coop}: Trạm Y tế xã Hà Long{bar}{due}: tháng 9/2025]",
             "   Lấy mẫu rau, thịt của từng hợp tác xã test nhanh tại bếp.", "",
             f"03 [{lead}: Hiệu trưởng{bar}{coop}: Ban đại diện cha mẹ trẻ{bar}{due}: quý IV/2025]",
             "   Mời phụ huynh đi thăm vườn rau của hợp tác xã."]
    draft = written(tmp_path, "ke-hoach.txt", _head(issuer="TRƯỜNG MẦM NON HÀ LONG", number="17/KH-MNHL",
                                                    place="Thanh Hóa", title="Bếp ăn bán trú") + lines + TAIL)
    assert len(draft.texts()) == 3
    first, second, _ = draft.tasks  # (each text opens with its bracket, as printed)
    names = draft.names
    assert [names[a] for a in first["lead"]] == ["Phó Hiệu trưởng phụ trách bán trú"]
    assert [names[a] for a in first.get("cooperating", [])] == ["Tổ Nuôi dưỡng"]
    assert first["deadline"]["before"] == "2025-08-10"
    assert [names[a] for a in second["lead"]] == ["Tổ Nuôi dưỡng"]
    assert [names[a] for a in second.get("cooperating", [])] == ["Trạm Y tế xã Hà Long"]
    assert second["deadline"]["month"] == 9


@pytest.mark.parametrize("tag", ["small", 'span class="meta"', "mark"])
def test_a_line_wholly_in_an_inline_tag_of_print(tmp_path, tag):
    close = tag.split()[0]
    lines = ["### II. NHIỆM VỤ", "",
             "Dưới mỗi việc có một dòng chữ nhỏ ghi theo cách nói của thợ: **Cầm thước** là đơn vị chịu trách nhiệm chính;",
             "**Nảy mực** là đơn vị phối hợp (nếu nhiều, ngăn bằng dấu chấm phẩy); **Cất nóc** là thời hạn phải xong.", "",
             "1. Thống kê các hợp tác xã xây dựng, hợp tác xã mộc đang hoạt động.",
             f"   <{tag}>Cầm thước: Phòng Kinh tế xây dựng · Nảy mực: Hội Kiến trúc sư tỉnh; Phòng Tài chính - Kế toán · Cất nóc: "
             f"30/6/2026</{close}>", "",
             "2. Chỉ dẫn từng hợp tác xã chuẩn bị hồ sơ xin chứng chỉ năng lực.",
             f"   <{tag}>Cầm thước: Phòng Quản lý hoạt động xây dựng · Nảy mực: — · Cất nóc: thường xuyên</{close}>"]
    head = [line.replace("\t", " | ") for line in _head(issuer="SỞ XÂY DỰNG TỈNH ĐẮK LẮK", number="1534/KH-SXD",
                                                        place="Đắk Lắk", title="Hợp tác xã xây dựng")]
    draft = written(tmp_path, "ke-hoach.md", head + [""] + lines + TAIL)
    assert [t[:7] for t in draft.texts()] == ["Thống k", "Chỉ dẫn"]  # (the note over two lines is none)
    assert draft.lead("Thống kê") == ["Phòng Kinh tế xây dựng"]
    assert draft.coop("Thống kê") == ["Hội Kiến trúc sư tỉnh", "Phòng Tài chính - Kế toán"]
    assert draft["Thống kê"]["deadline"]["before"] == "2026-06-30"
    assert draft.lead("Chỉ dẫn") == ["Phòng Quản lý hoạt động xây dựng"]
    assert draft["Chỉ dẫn"]["deadline"]["kind"] == "ongoing"


@pytest.mark.parametrize("head, lead, coop, due", [("Giám đốc phê", "gánh việc", "tiếp tay", "nộp kết quả"),
                                                   ("Ý kiến phê", "cầm trịch", "đỡ tay", "báo lại")])
@pytest.mark.parametrize("wrapped", [False, True])
def test_a_heads_minute_in_the_documents_own_words(tmp_path, head, lead, coop, due, wrapped):
    def minute(who: str, helpers: str, when: str) -> list[str]:
        text = f"{head}: {who} {lead}; {helpers} {coop}; {due} {when}."
        if not wrapped:
            return [f"      {text}"]
        cut = text.index(helpers) + len(helpers) // 2
        cut = text.rindex(" ", 0, cut)
        return [f"      {text[:cut]}", f"      {text[cut + 1:]}"]

    lines = ["II. NỘI DUNG", "", f'(Dưới mỗi việc là dòng ý kiến phê của Giám đốc: đơn vị "{lead}" chịu trách nhiệm '
             f'chính; đơn vị "{coop}" phối hợp; "{due}" là thời hạn.)', "",
             "1. Lập danh sách các hợp tác xã đã có sản phẩm đạt OCOP 3 sao, 4 sao ở",
             "   các xã phía tây tỉnh; ghi nhu cầu bán hàng của từng nơi.",
             *minute("Phòng Xúc tiến thương mại", "Hiệp hội Du lịch tỉnh", "15/10/2025"), "",
             "2. Mở chung một gian hàng mang tên hợp tác xã của tỉnh ở hai sàn bán",
             "   hàng trực tuyến, chụp ảnh và viết mô tả cho 60 sản phẩm đầu tiên.",
             *minute("Phòng Thông tin - Dữ liệu", "Phòng Xúc tiến thương mại", "tháng 11/2025")]
    draft = written(tmp_path, "ke-hoach.txt", _head(issuer="TRUNG TÂM XÚC TIẾN ĐẦU TƯ TỈNH GIA LAI", number="88/KH-TTXT",
                                                    place="Gia Lai", title="Bán hàng cho hợp tác xã") + lines + TAIL)
    assert [t[:7] for t in draft.texts()] == ["Lập dan", "Mở chun"]
    assert draft.lead("Lập danh") == ["Phòng Xúc tiến thương mại"]
    assert draft.coop("Lập danh") == ["Hiệp hội Du lịch tỉnh"]
    assert draft["Lập danh"]["deadline"]["before"] == "2025-10-15"
    assert draft.lead("Mở chung") == ["Phòng Thông tin - Dữ liệu"]
    assert draft.coop("Mở chung") == ["Phòng Xúc tiến thương mại"]
    assert draft["Mở chung"]["deadline"]["month"] == 11


@pytest.mark.parametrize("note", ['"Đỡ việc" là nơi giúp sức', '"Đỡ việc" là bộ phận giúp đỡ',
                                  "mỗi dòng **Đỡ việc** là một đơn vị phối hợp", 'mỗi dòng "Đỡ việc" là một đơn vị cùng làm'])
def test_a_notes_words_for_those_who_help(note):
    from generator.importer import own_labels

    lines = [f'Ghi chú: "Đứng việc" là nơi chịu trách nhiệm chính, {note}.', "Đứng việc: X", "Đỡ việc: Y"]
    assert own_labels.names(lines) == {"dung viec": "Chủ trì", "do viec": "Phối hợp"}


@pytest.mark.parametrize("header, deadline", [("Mốc bảo dưỡng", True), ("Mốc nghiệm thu", True), ("Mốc", True),
                                              ("Mốc giới", False)])
def test_a_column_headed_by_a_milestone(header, deadline):
    from generator.importer import tables

    assert (tables._column(header) == "deadline") is deadline


def test_a_maintenance_book_its_milestone_first(tmp_path):
    before = ["CÔNG TY TNHH GARA Ô TÔ ĐỨC PHÁT", "Số: 46/KH-GDP", "Nghệ An, ngày 04 tháng 8 năm 2025", "KẾ HOẠCH",
              "Bảo dưỡng xe cho hợp tác xã vận tải", "II. SỔ BẢO DƯỠNG",
              "Cột “Đứng cầu nâng” là bộ phận chịu trách nhiệm chính, cột “Đưa đồ nghề” là bộ phận, đơn vị phối hợp."]
    rows = [["Mốc bảo dưỡng", "Hạng mục", "Đứng cầu nâng", "Đưa đồ nghề", "Cấp"],
            ["Trước 31/8/2025", "Khảo sát tình trạng 46 xe của hai hợp tác xã", "Phòng Dịch vụ khách hàng",
             "Xưởng Máy - Gầm", "Nhỏ"],
            ["Tháng 10/2025", "Mở lớp một buổi cho lái xe của các hợp tác xã", "Xưởng Điện - Điều hòa", "", "Trung bình"]]
    draft = word_document(tmp_path, "ke-hoach.docx", before, rows, ["Nơi nhận:", "- Lưu: VT.", "GIÁM ĐỐC"])
    assert draft.lead("Khảo sát") == ["Phòng Dịch vụ khách hàng"]
    assert draft.coop("Khảo sát") == ["Xưởng Máy - Gầm"]
    assert draft["Khảo sát"]["deadline"]["before"] == "2025-08-31"
    assert draft["Mở lớp"]["deadline"]["month"] == 10


@pytest.mark.parametrize("mark", [" // ", " ‖ ", " ¦ "])
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_rows_parted_by_a_mark_a_note_names_the_fields_of(tmp_path, mark, suffix):
    names = mark.join(["số thứ tự", "việc", "nơi chủ trì", "nơi phối hợp", "thời hạn"])
    rows = [mark.join(["01", "Lập danh sách hội viên đang dệt chiếu, trồng nấm tại nhà", "Chi hội Phụ nữ các thôn",
                       "Văn phòng Hội LHPN xã", "trước 25/10/2026"]),
            mark.join(["02", "Họp chị em từng thôn nghe giới thiệu lợi ích của tổ hợp tác", "Ban Thường vụ Hội LHPN xã",
                       "Phòng Kinh tế UBND xã; Hội Nông dân xã", "tháng 11/2026"]),
            mark.join(["03", "Đến tận hộ hội viên còn lo ngại, giải thích quyền lợi khi vào hợp tác xã",
                       "Chi hội Phụ nữ các thôn", "không", "thường xuyên"])]
    lines = ["II. CÁC VIỆC CỤ THỂ", f"(Cách đọc mỗi dòng: {names}. Ô phối hợp ghi \"không\" là nơi chủ trì tự làm.)", "",
             *rows, "", "III. TỔ CHỨC THỰC HIỆN", "Các chi hội căn cứ Kế hoạch triển khai."]
    head = _head(issuer="HỘI LIÊN HIỆP PHỤ NỮ XÃ QUỲNH PHỤ", number="18/KH-HPN", place="Hưng Yên",
                 title="Hội viên vào tổ hợp tác")
    if suffix == ".md":  # (a Markdown writer keeps the rows a line each, no blank line between them)
        head = [line.replace("\t", " | ") for line in head]
    draft = written_as(tmp_path, "ke-hoach", ".txt", head + lines + TAIL) if suffix == ".txt" else \
        written(tmp_path, "ke-hoach.md", head + [""] + lines + TAIL)
    assert [t[:7] for t in draft.texts()][:3] == ["Lập dan", "Họp chị", "Đến tận"]
    assert draft.lead("Lập danh") == ["Chi hội Phụ nữ các thôn"]
    assert draft.coop("Lập danh") == ["Văn phòng Hội LHPN xã"]
    assert draft["Lập danh"]["deadline"]["before"] == "2026-10-25"
    assert draft.coop("Họp chị") == ["Phòng Kinh tế UBND xã", "Hội Nông dân xã"]
    assert draft["Họp chị"]["deadline"]["month"] == 11
    assert draft.coop("Đến tận") == []


def test_a_mark_in_a_sentence_after_a_colon_heads_nothing():
    from generator.importer import marked_rows

    lines = ["Ghi chú: xem thêm tại trang web // mục Hợp tác xã // văn bản.", "",
             "Rà soát // danh sách // hợp tác xã.", "Tập huấn // kế toán."]
    assert marked_rows.as_tab_rows(lines) == lines


@pytest.mark.parametrize("lead, coop, due", [("Sợi dọc", "Sợi ngang", "Cắt vải"), ("Chủ trì", "Phối hợp", "Thời hạn")])
@pytest.mark.parametrize("bar", [" ║ ", " · ", " | "])
def test_an_items_line_of_fields_its_work_under_it(tmp_path, lead, coop, due, bar):
    lines = ["II. CÔNG VIỆC", "", f'Cách đọc: mỗi việc mở đầu bằng một dòng ba ô. "{lead}" là đơn vị làm chính, "{coop}" là '
             f'đơn vị cùng làm, "{due}" là ngày phải xong. Nội dung việc viết thụt vào ở các dòng ngay dưới.', "",
             f"1.  {lead}: Ban Hỗ trợ thành viên{bar}{coop}: Sở Công Thương{bar}{due}: 30/9/2026",
             "      Khảo sát 09 hợp tác xã dệt về khung dệt, sợi lanh, sợi bông, số",
             "      thành viên còn dệt thường xuyên; lập danh sách nhu cầu hỗ trợ.", "",
             f"2.  {lead}: Văn phòng Liên minh{bar}{coop}: —{bar}{due}: 15/10/2026",
             "      Đặt một nhà thiết kế trẻ vẽ 12 mẫu túi, khăn, áo kết hợp hoa văn",
             "      Thái và Mông, giao mẫu cho các hợp tác xã dùng chung."]
    draft = written(tmp_path, "ke-hoach.txt", _head(issuer="LIÊN MINH HTX TỈNH ĐIỆN BIÊN", number="118/KH-LMHTX",
                                                    place="Điện Biên", title="Thổ cẩm của hợp tác xã") + lines + TAIL)
    assert [t[:7] for t in draft.texts()] == ["Khảo sá", "Đặt một"]  # (the work its text, not its fields)
    assert draft.lead("Khảo sát") == ["Ban Hỗ trợ thành viên"]
    assert draft.coop("Khảo sát") == ["Sở Công Thương"]
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-09-30"
    assert draft.lead("Đặt một") == ["Văn phòng Liên minh"]
    assert draft.coop("Đặt một") == []
    assert draft["Đặt một"]["deadline"]["before"] == "2026-10-15"
