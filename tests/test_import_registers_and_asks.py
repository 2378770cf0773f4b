"""kehoach import: a task table typed inside a Markdown code block, the headers of a register of work handed out, and
a section in capitals that asks a body for its part (issue 11).

- A table pasted as it is printed, monospaced, inside a code fence (```` ``` ```` or ``~~~``, a language word after
  it or not): the fence is its border, as a multiline table's rule of dashes is, so its rows may be parted by blank
  lines and wrap over several lines each.
- A register of the work given out at a meeting heads its columns "Việc giao" / "Việc được giao" (the work), "Bộ
  phận nhận việc" / "Đơn vị nhận nhiệm vụ" (the unit it is handed to: the lead), "Hạn xong" / "Hạn thực hiện" / "Hạn
  xử lý" (when it is due); "Người nhận" (who signed for it) and "Ngày nhận" (the day) are no lead and no deadline.
- A section's title in capitals that asks bodies for their part ("IV. ĐỀ NGHỊ CÁC HỢP TÁC XÃ, TỔ HỢP TÁC", "V. ĐỀ
  NGHỊ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ") holds tasks, and the body it asks leads its items, as the same title in
  running case does; so does the reader addressed with the honorific ("ĐỀ NGHỊ QUÝ HỢP TÁC XÃ", "Đề nghị Quý Công
  ty:"), as printed.
- An item's labelled lead or partners given as another item's ("Thực hiện: như trên", "Chủ trì: như mục 1",
  "Phối hợp: như nhiệm vụ 2"), as a table's ditto cell is: that item's lead or partners.
- Coded items ("CV01. Ký hợp đồng …") shared out by a grid of bodies and periods ("Đơn vị chủ trì | Quý IV/2026 |
  Quý I/2027", a cell the codes a body does in that period): each item's lead is its row's body, its time the last
  period it is marked in; the grid's lines and the note on how to read it ("Các việc được đánh mã …") are no tasks.
- A table's row already carried out, as its notes ("Ghi chú": "Đã xong") or its state ("Trạng thái": "Hoàn
  thành") say, is a record, no task; a row in progress ("Đang làm") or with a note of another kind is one.
- A sentence over a list that gives some of its items to a body by their numbers ("Sở Tài chính chủ trì các nội dung
  từ 1 đến 3 dưới đây", "Phòng Kinh tế thực hiện các nhiệm vụ 1, 2 và 4 sau đây"): that body leads those items of its
  own section that name no lead of their own (a later section numbering from 1 again keeps its own); the sentence is
  no task.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import named_as, plan_head, written

TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tKT. CHỦ TỊCH", "\tPHÓ CHỦ TỊCH", "\tĐinh Văn Hưng"]
XA = dict(issuer="ỦY BAN NHÂN DÂN XÃ TÂN HÒA", number="41/KH-UBND", place="Tân Hòa",
          title="Hỗ trợ hợp tác xã, tổ hợp tác năm 2027")
MD_HEAD = ["**ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG**  ", "**SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG**  ", "Số: 318/KH-SNNMT", "",
           "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  ", "**Độc lập - Tự do - Hạnh phúc**", "",
           "*Tuyên Quang, ngày 12 tháng 10 năm 2026*", "", "# KẾ HOẠCH", "",
           "## Hỗ trợ hợp tác xã chè năm 2027", "", "## I. MỤC TIÊU", "",
           "- 30 hợp tác xã chè có hợp đồng tiêu thụ ổn định vào cuối năm 2027.", "", "## II. NỘI DUNG VÀ PHÂN CÔNG", ""]
MD_TAIL = ["", "**Nơi nhận:**  ", "- Lưu: VT.", "", "**KT. GIÁM ĐỐC**  ", "**PHÓ GIÁM ĐỐC**", "", "**Lý Văn Tùng**"]


def _md(tmp_path, lines):
    return written(tmp_path, "ke-hoach.md", MD_HEAD + lines + MD_TAIL)


def _txt(tmp_path, lines):
    return written(tmp_path, "ke-hoach.txt", plan_head("ngày 05 tháng 11 năm 2026", **XA) + lines + TAIL)


#: a table in a code block, its rows parted by blank lines, the work wrapped over lines
_FENCED_MULTILINE = [
    "TT    Nội dung                                Chủ trì                     Phối hợp                  Thời gian",
    "----  --------------------------------------  --------------------------  ------------------------  ---------------",
    "1     Rà soát diện tích chè của các hợp tác   Chi cục Trồng trọt và Bảo   Ủy ban nhân dân các xã    Tháng 01/2027",
    "      xã, lập bản đồ vùng nguyên liệu         vệ thực vật",
    "",
    "2     Hỗ trợ 12 hợp tác xã cấp mã số vùng     Chi cục Trồng trọt và Bảo   Sở Khoa học và Công nghệ  Trước 30/6/2027",
    "      trồng chè xuất khẩu                     vệ thực vật",
    "",
    "3     Mở 04 lớp tập huấn chế biến chè an      Trung tâm Khuyến nông tỉnh  Liên minh Hợp tác xã tỉnh  Quý II/2027",
    "      toàn cho thành viên hợp tác xã",
]
#: … the same work, one line a row, the header over two lines
_FENCED_SIMPLE = [
    "STT  Việc cần làm                                          Đơn vị          Phối hợp                    Hoàn",
    "                                                           thực hiện                                   thành",
    "---  ----------------------------------------------------  --------------  --------------------------  ----------",
    "1    Rà soát diện tích chè, lập bản đồ vùng nguyên liệu    Chi cục Thủy    Ủy ban nhân dân các xã      01/2027",
    "",
    "2    Hỗ trợ 12 hợp tác xã cấp mã số vùng trồng chè         Chi cục Thủy    Sở Khoa học và Công nghệ    30/6/2027",
    "",
    "3    Mở 04 lớp tập huấn chế biến chè an toàn               Trung tâm       Liên minh Hợp tác xã tỉnh   Quý II/2027",
    "                                                           Khuyến nông",
]


@pytest.mark.parametrize("fence, rows, lead", [("```", _FENCED_MULTILINE, "Chi cục Trồng trọt và Bảo vệ thực vật"),
                                               ("~~~ text", _FENCED_SIMPLE, "Chi cục Thủy")])
def test_a_table_typed_in_a_code_block_is_read_row_by_row(tmp_path, fence, rows, lead):
    close = fence.split()[0]
    draft = _md(tmp_path, [fence, *rows, close, "", "## III. TỔ CHỨC THỰC HIỆN", "",
                           "Các đơn vị báo cáo kết quả về Văn phòng Sở trước ngày 15/12/2027."])
    assert [t[:12] for t in draft.texts()] == ["Rà soát diện", "Hỗ trợ 12 hợ", "Mở 04 lớp tậ", "Các đơn vị b"]
    assert named_as(draft.lead("Rà soát diện"), [lead])
    assert named_as(draft.lead("Hỗ trợ 12"), [lead])
    assert named_as(draft.coop("Hỗ trợ 12"), ["Sở Khoa học và Công nghệ"])
    assert named_as(draft.coop("Mở 04"), ["Liên minh Hợp tác xã tỉnh"])
    assert draft["Mở 04"]["deadline"]["quarters"] == [2]
    assert draft["Rà soát diện"]["text"].endswith("vùng nguyên liệu")


def test_a_code_block_that_holds_no_table_is_read_as_its_lines(tmp_path):
    block = ["Địa chỉ thư điện tử nhận báo cáo của Chi cục: chicucthuyloi@tuyenquang.gov.vn"]
    lines = ["1. Chi cục Thủy lợi rà soát kênh tưới cho các hợp tác xã chè trước ngày 30/4/2027.", "", "```", *block,
             "```", "", "2. Trung tâm Khuyến nông tỉnh tập huấn cho thành viên hợp tác xã trong quý II/2027."]
    (tmp_path / "fenced").mkdir(), (tmp_path / "plain").mkdir()
    fenced = _md(tmp_path / "fenced", lines).texts()
    assert fenced == _md(tmp_path / "plain", [line for line in lines if line != "```"]).texts()
    assert fenced[0].startswith("Chi cục Thủy") and fenced[-1].startswith("Trung tâm Kh")
    assert not any("`" in text for text in fenced)


@pytest.mark.parametrize("header", [
    ["STT", "Việc giao", "Bộ phận nhận việc", "Phối hợp", "Hạn xong", "Ngày nhận", "Người nhận (ký, ghi rõ họ tên)"],
    ["TT", "Việc được giao", "Đơn vị nhận nhiệm vụ", "Đơn vị phối hợp", "Hạn thực hiện", "Ngày nhận", "Người nhận"],
])
def test_a_register_of_work_handed_out_names_its_columns(tmp_path, header):
    from generator.importer import tables

    assert tables._columns(header) == ["row", "text", "lead", "cooperating", "deadline", None, None]
    rows = [["1", "Nhân giống chè từ 20 cây đầu dòng đã tuyển chọn", "Phòng Kỹ thuật", "", "Trước 30/10/2026",
             "14/9/2026", "(đã ký) Hoàng Thị Mai"],
            ["2", "Giao cây chè giống đến từng hợp tác xã", "Tổ Vận chuyển", "Vườn ươm Tân Trào", "Tháng 3/2027",
             "", "Chưa ký nhận"]]
    table = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header),
             *["| " + " | ".join(row) + " |" for row in rows]]
    draft = _md(tmp_path, table)
    assert [t[:10] for t in draft.texts()] == ["Nhân giống", "Giao cây c"]
    assert named_as(draft.lead("Nhân giống"), ["Phòng Kỹ thuật"])
    assert draft["Nhân giống"]["deadline"]["before"] == "2026-10-30"
    assert named_as(draft.lead("Giao cây"), ["Tổ Vận chuyển"])
    assert named_as(draft.coop("Giao cây"), ["Vườn ươm Tân Trào"])
    assert draft["Giao cây"]["deadline"]["month"] == 3


@pytest.mark.parametrize("title, lead", [
    ("III. ĐỀ NGHỊ CÁC HỢP TÁC XÃ, TỔ HỢP TÁC", "các hợp tác xã, tổ hợp tác"),
    ("III. ĐỀ NGHỊ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
    ("III. ĐỀ NGHỊ HỘI CỰU CHIẾN BINH XÃ", "Hội Cựu chiến binh xã"),
])
def test_a_section_in_capitals_that_asks_a_body_gives_it_its_items(tmp_path, title, lead):
    draft = _txt(tmp_path, ["I. NHIỆM VỤ", "1. Phòng Kinh tế hướng dẫn các hợp tác xã lập phương án sản xuất, xong "
                            "trước ngày 30/4/2027.", "", title,
                            "1. Vận động hội viên, thành viên tham gia tổ hợp tác trong năm 2027.",
                            "2. Báo cáo kết quả về Phòng Kinh tế trước ngày 15/12/2027."])
    assert [t[:12] for t in draft.texts()] == ["Phòng Kinh t", "Vận động hội", "Báo cáo kết "]
    assert named_as(draft.lead("Vận động"), [lead]) and named_as(draft.lead("Báo cáo kết"), [lead])
    assert named_as(draft.lead("Phòng Kinh tế"), ["Phòng Kinh tế"])


@pytest.mark.parametrize("suffix, lead_label, above, by_number", [
    (".txt", "Thực hiện", "Thực hiện: như trên; thời gian: trước 30/10/2027.", "Thực hiện: như mục 1; phối hợp: như "
     "mục 2; thời gian: quý IV/2027."),
    (".md", "Chủ trì", "- Chủ trì: nt", "- Chủ trì: như nhiệm vụ 1; phối hợp: như nhiệm vụ 2"),
])
def test_a_field_given_as_another_items_is_that_items(tmp_path, suffix, lead_label, above, by_number):
    items = [("1. Hướng dẫn các xã đăng ký thi đua, ký giao ước thi đua với hợp tác xã.",
              [f"{lead_label}: Phòng Thi đua - Khen thưởng; thời gian: trước 31/3/2027."]),
             ("2. Thẩm định hồ sơ đề nghị khen thưởng của các hợp tác xã.",
              [f"{lead_label}: Văn phòng Sở; phối hợp: Liên minh Hợp tác xã tỉnh, Sở Tài chính; thời gian: quý II/2027."]),
             ("3. Lựa chọn 05 hợp tác xã tiêu biểu đề nghị tặng Bằng khen.", [above]),
             ("4. Tổ chức hội nghị biểu dương hợp tác xã tiêu biểu.", [by_number])]
    lines = []
    for item, given in items:
        lines += [item, *given] + ([""] if suffix == ".md" else [])
    if suffix == ".md":
        draft = _md(tmp_path, lines)
    else:
        draft = _txt(tmp_path, ["I. NHIỆM VỤ", *lines])
    assert [t[:10] for t in draft.texts()] == ["Hướng dẫn ", "Thẩm định ", "Lựa chọn 0", "Tổ chức hộ"]
    assert named_as(draft.lead("Lựa chọn"), ["Văn phòng Sở"])  # the item above
    assert named_as(draft.lead("Tổ chức hội"), ["Phòng Thi đua - Khen thưởng"])  # item 1's
    assert named_as(draft.coop("Tổ chức hội"), ["Liên minh Hợp tác xã tỉnh", "Sở Tài chính"])  # item 2's


@pytest.mark.parametrize("suffix, sentence, given", [
    (".txt", "Sở Tài chính chủ trì các nội dung từ 1 đến 3 dưới đây, các cơ quan ghi ở từng nội dung phối hợp; các "
     "nội dung còn lại do cơ quan được nêu tên thực hiện.", ["1", "2", "3"]),
    (".md", "Phòng Kinh tế thực hiện các nhiệm vụ 1, 2 và 4 sau đây; các nhiệm vụ khác do cơ quan được nêu tên thực "
     "hiện.", ["1", "2", "4"]),
])
def test_a_sentence_that_gives_items_by_number(tmp_path, suffix, sentence, given):
    lead = sentence.split(" chủ trì")[0].split(" thực hiện")[0]
    items = ["1. Tổng hợp nhu cầu hỗ trợ của các hợp tác xã, hoàn thành trước ngày 20/10/2026.",
             "2. Hướng dẫn hồ sơ đề nghị hỗ trợ; phối hợp: Sở Tư pháp. Thời gian: tháng 12/2026.",
             "3. Hội Nông dân tỉnh tuyên truyền chính sách đến hội viên trong năm 2027.",
             "4. Phân bổ kinh phí hỗ trợ cho các địa phương trong quý I/2027."]
    if given == ["1", "2", "3"]:
        items[2] = "3. Thẩm định dự toán kinh phí hỗ trợ hợp tác xã trong quý IV/2026."
        items[3] = "4. Hội Nông dân tỉnh tuyên truyền chính sách đến hội viên trong năm 2027."
    lines = [sentence, "", *[line for item in items for line in (item, "")]]
    # a later section numbers its items from 1 again: "the items below" are those of the sentence's own section
    later = ["III. TỔ CHỨC THỰC HIỆN", "", "1. Văn phòng Sở theo dõi, tổng hợp kết quả trước ngày 15/12/2027.", ""]
    draft = _md(tmp_path, lines + later) if suffix == ".md" else _txt(tmp_path, ["I. NHIỆM VỤ", *lines, *later])
    texts = draft.texts()
    assert len(texts) == 5 and not any(t.startswith(lead) and "dưới đây" in t or "sau đây" in t for t in texts)
    assert named_as(draft.lead("Văn phòng Sở"), ["Văn phòng Sở"])
    for number, text in enumerate(texts[:4], start=1):
        expected = lead if str(number) in given else "Hội Nông dân tỉnh"
        assert named_as(draft.lead(text[:15]), [expected]), (number, text)
    assert named_as(draft.coop("Hướng dẫn hồ"), ["Sở Tư pháp"])


@pytest.mark.parametrize("suffix, title, lead", [(".txt", "III. ĐỀ NGHỊ QUÝ HỢP TÁC XÃ", "Quý hợp tác xã"),
                                                 (".md", "### 3. Đề nghị Quý Công ty:", "Quý Công ty")])
def test_a_heading_that_asks_the_reader_by_the_honorific(tmp_path, suffix, title, lead):
    items = ["1. San phẳng mặt bằng và làm đường tạm cho xe chở vật tư trước ngày 10/10/2026.",
             "2. Cử 02 thành viên vào tổ kỹ thuật theo dõi việc lắp đặt trong tháng 10/2026."]
    first = "1. Phòng Kinh tế hướng dẫn các hợp tác xã lập phương án sản xuất, xong trước ngày 30/4/2027."
    if suffix == ".txt":
        draft = _txt(tmp_path, ["I. NHIỆM VỤ", first, "", title, *items])
    else:
        draft = _md(tmp_path, [first, "", title, "", *[x for i in items for x in (i, "")]])
    assert [t[:12] for t in draft.texts()] == ["Phòng Kinh t", "San phẳng mặ", "Cử 02 thành "]
    assert named_as(draft.lead("San phẳng"), [lead]) and named_as(draft.lead("Cử 02"), [lead])


@pytest.mark.parametrize("header, done, going", [
    (["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian", "Ghi chú"], "Đã xong", "Chuyển từ năm 2026"),
    (["Mã", "Hạng mục", "Phụ trách", "Phối hợp", "Hạn", "Trạng thái"], "Hoàn thành", "Đang làm"),
])
def test_a_row_already_carried_out_is_no_task(tmp_path, header, done, going):
    rows = [["1", "Khảo sát sổ sách, hóa đơn của các hợp tác xã", "Ban Kiểm tra", "UBND các xã", "Tháng 9/2026", done],
            ["2", "Mở 06 lớp tập huấn về hóa đơn điện tử cho kế toán hợp tác xã", "Ban Tuyên truyền", "Thuế tỉnh",
             "Quý IV/2026", going],
            ["3", "Sơ kết, biểu dương hợp tác xã làm tốt", "Văn phòng", "Các ban", "Tháng 7/2027", ""]]
    table = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header),
             *["| " + " | ".join(row) + " |" for row in rows]]
    draft = _md(tmp_path, table)
    assert [t[:10] for t in draft.texts()] == ["Mở 06 lớp ", "Sơ kết, bi"]
    assert named_as(draft.lead("Mở 06"), ["Ban Tuyên truyền"]) and draft["Mở 06"]["deadline"]["quarters"] == [4]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_coded_items_shared_out_by_a_grid_of_bodies_and_periods(tmp_path, suffix):
    items = ["CV01. Ký hợp đồng mua gỗ keo với từng hợp tác xã. Phối hợp: Phòng Tài chính - Kế toán.",
             "CV02. Hướng dẫn hợp tác xã lập hồ sơ khai thác rừng trồng. Phối hợp: Hạt Kiểm lâm khu vực.",
             "CV03. Tập huấn kỹ thuật trồng rừng gỗ lớn cho thành viên hợp tác xã."]
    if suffix == ".txt":
        periods = ["Quý IV/2026", "Quý I/2027", "Quý II/2027"]
        grid = ["Đơn vị chủ trì\t" + "\t".join(periods), "Phòng Vùng nguyên liệu\tCV01\tCV02\tCV02",
                "Trung tâm Đào tạo\t\tCV03\t"]
        draft = _txt(tmp_path, ["I. NỘI DUNG CÔNG VIỆC VÀ PHÂN CÔNG", "Các việc được đánh mã từ CV01 đến CV03; bảng dưới đây ghi mã "
                                "việc vào hàng của đơn vị chủ trì và cột quý phải hoàn thành.", *items, "", *grid])
        due = [("quarters", [4], 2026), ("quarters", [2], 2027), ("quarters", [1], 2027)]
    else:
        periods = ["Tháng 10/2026", "Tháng 11/2026", "Tháng 12/2026"]
        grid = ["| Đơn vị chủ trì | " + " | ".join(periods) + " |", "|---|---|---|---|",
                "| Phòng Vùng nguyên liệu | CV01 | CV01, CV02 | CV02 |", "| Trung tâm Đào tạo | | CV03 | |"]
        draft = _md(tmp_path, [*[x for i in items for x in (i, "")], *grid])
        due = [("month", 11, 2026), ("month", 12, 2026), ("month", 11, 2026)]
    assert [t[:4] for t in draft.texts()] == ["CV01", "CV02", "CV03"]
    for code, lead, (key, value, year) in zip(["CV01", "CV02", "CV03"], ["Phòng Vùng nguyên liệu"] * 2 +
                                              ["Trung tâm Đào tạo"], due):
        assert named_as(draft.lead(code), [lead]), code
        assert draft[code]["deadline"][key] == value and draft[code]["deadline"]["year"] == year, code
    assert named_as(draft.coop("CV01"), ["Phòng Tài chính - Kế toán"])
