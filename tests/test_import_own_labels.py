"""kehoach import: a document's own names for its fields and columns, as its note on reading it says ("“chính” là đơn
vị chủ trì, “phụ” là đơn vị phối hợp, “hạn” là thời hạn", "Cột “Máy chính” là bộ phận chủ trì"); fields given as a
run of tags in square brackets ("[CT: X] [PH: Y] [HẠN: …]") or as a group in braces, a bar between them ("{chính: X |
hạn: …}"); a notes app's inline fields typed without marks ("chu_tri:: X", Obsidian's Dataview, Logseq); a table of
the codes a document gives its units, used short in its table of tasks ("ML 201 | Phòng Kinh doanh") (issue 11).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import plan_head, word_document, written

TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tKT. CHỦ TỊCH", "\tPHÓ CHỦ TỊCH", "", "\tLê Thị Thu"]
PHUONG = dict(issuer="ỦY BAN NHÂN DÂN PHƯỜNG THỦY XUÂN", number="88/KH-UBND", place="Huế",
              title="Hỗ trợ tổ hợp tác làm nón lá lên hợp tác xã")


def _head(day: str = "ngày 02 tháng 10 năm 2026", **values) -> list[str]:
    return plan_head(day, **(values or PHUONG))


def _md(lines: list[str]) -> list[str]:
    return [x for line in lines for x in (line.replace("\t", " "), "")]


def _with_table(head: list[str], note: str, rows: list[list[str]], suffix: str) -> list[str]:
    """A document of ``head``, a note and a table of ``rows`` (its header first), as a text's TAB rows or a Markdown
    pipe table."""
    if suffix == ".txt":
        return head + [note, ""] + ["\t".join(r) for r in rows] + TAIL
    pipe = ["| " + " | ".join(r) + " |" for r in rows]
    return _md(head) + [note, "", pipe[0], "|" + "---|" * len(rows[0]), *pipe[1:], ""] + _md(TAIL)


BRACES = ["- Cuối mỗi việc ghi phần giao trong ngoặc nhọn: \"chính\" là đơn vị chủ trì, \"phụ\" là đơn vị phối hợp, "
          "\"hạn\" là thời hạn.",
          "1. Họp các hộ làm nón, lấy ý kiến về vốn góp và điều lệ {chính: Phòng Kinh tế | phụ: Hội Phụ nữ phường | "
          "hạn: 20/10/2026}",
          "2. Hướng dẫn lập hồ sơ đăng ký hợp tác xã {chính: Trung tâm Phục vụ hành chính công phường | hạn: 15/11/2026}",
          "3. Đưa nón lá lên gian hàng của phường; đăng ký sản phẩm OCOP {chính: Đoàn Thanh niên phường | phụ: Bưu điện "
          "phường}"]

QUESTIONS = ["Các việc dưới đây viết theo lối hỏi - đáp: “Ai lo chính” là đơn vị chủ trì, “Làm cùng ai” là đơn vị "
             "phối hợp, “Bao giờ xong” là thời hạn.",
             "1. Chọn các tổ đủ điều kiện, gặp từng tổ nghe vướng mắc.",
             "Ai lo chính: Phòng Kinh tế",
             "Làm cùng ai: Hội Phụ nữ phường",
             "Bao giờ xong: 15/11/2026",
             "2. Mở lớp bồi dưỡng kế toán hợp tác xã cho tổ trưởng.",
             "Ai lo chính: Liên minh Hợp tác xã tỉnh",
             "Làm cùng ai: không",
             "Bao giờ xong: tháng 12/2026"]


@pytest.mark.parametrize("suffix, lines", [(".txt", BRACES), (".md", _md(QUESTIONS))])
def test_labels_a_note_names(tmp_path, suffix, lines):
    draft = written(tmp_path, "ke-hoach" + suffix, _head() + lines + TAIL)
    first, second = draft.texts()[0][:10], draft.texts()[1][:10]
    assert len(draft.tasks) == (3 if suffix == ".txt" else 2)  # the note is no task
    assert draft.lead(first) == ["Phòng Kinh tế"]
    assert draft.coop(first)[0].startswith("Hội Phụ nữ phường")
    assert draft[first]["deadline"]["before"] in ("2026-10-20", "2026-11-15")
    assert draft.lead(second)[0].startswith(("Trung tâm Phục vụ hành chính công", "Liên minh Hợp tác xã"))
    assert not draft.coop(second)
    assert "Ai lo" not in draft[first]["text"]  # the fields' lines are no part of the work
    assert "{" not in draft[first]["text"] or "{chính: Phòng Kinh tế |" in draft[first]["text"]  # quoted as printed


COLUMNS = [["TT", "Việc", "Người cầm trịch", "Người đỡ", "Xong trước"],
           ["1", "Khảo sát các hộ làm nón ở các tổ dân phố", "Phòng Kinh tế", "Hội Phụ nữ phường", "30/10/2026"],
           ["2", "Dựng điểm trưng bày nón lá tại nhà văn hóa", "Phòng Văn hóa - Xã hội", "", "15/12/2026"]]
COLUMN_NOTE = "Cột “Người cầm trịch” là đơn vị chủ trì, cột “Người đỡ” là đơn vị phối hợp."


@pytest.mark.parametrize("kind", ["docx", "txt"])
def test_columns_a_note_names(tmp_path, kind):
    if kind == "docx":
        draft = word_document(tmp_path, "ke-hoach.docx", _head() + [COLUMN_NOTE], COLUMNS, TAIL)
    else:
        draft = written(tmp_path, "ke-hoach.txt", _head() + [COLUMN_NOTE] + ["\t".join(r) for r in COLUMNS] + TAIL)
    assert draft.lead("Khảo sát") == ["Phòng Kinh tế"]
    assert draft.coop("Khảo sát")[0].startswith("Hội Phụ nữ phường")
    assert draft.lead("Dựng điểm")[0].startswith("Phòng Văn hóa")
    assert draft["Dựng điểm"]["deadline"]["before"] == "2026-12-15"


TAGS = ["Cách đọc: [CT: …] ghi bộ phận chủ trì, [PH: …] ghi bộ phận, cơ quan cùng làm, [HẠN: …] ghi mốc phải xong.",
        "1. Khảo sát vùng nuôi ong của các tổ hợp tác. [CT: Phòng Nguyên liệu] [PH: Hợp tác xã Ong mật Quảng Bạ] "
        "[HẠN: 30/10/2026]",
        "2. Gắn mã truy xuất cho từng thùng mật khi nhận. [CT: Phòng Kỹ thuật - Chất lượng] [HẠN: khi nhận mật]",
        "3. Thanh toán tiền mật sau biên bản nghiệm thu. [Chủ trì: Phòng Kế toán] [Thời hạn: 15/12/2026]",
        "4. Phân loại mật ngay tại kho. [CT: Phòng Kỹ thuật - Chất lượng] [PH: Xưởng Lọc; Phòng Nguyên liệu] "
        "[HẠN: 15/02/2027]"]


def _wrapped(lines: list[str]) -> list[str]:
    """``lines`` wrapped inside their tags, as a PDF's text breaks them ("… [PH:" / "Hợp tác xã …] [HẠN: …]")."""
    return [part for line in lines for part in line.replace("[PH: ", "[PH:\n").replace("[Chủ trì: ", "[Chủ trì:\n")
            .split("\n")]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_fields_in_a_run_of_square_tags(tmp_path, suffix):
    lines = _wrapped(TAGS) if suffix == ".txt" else _md(TAGS)
    draft = written(tmp_path, "ke-hoach" + suffix, plan_head(
        "ngày 01 tháng 9 năm 2026", issuer="CÔNG TY CỔ PHẦN MẬT ONG BẮC HÀ", number="41/KH-MOBH", place="Lào Cai",
        title="Thu mua mật ong của tổ hợp tác") + lines + TAIL)
    assert len(draft.tasks) == 4
    assert draft.lead("Khảo sát") == ["Phòng Nguyên liệu"]
    assert draft.coop("Khảo sát")[0].startswith("Hợp tác xã Ong mật Quảng Bạ")
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-10-30"
    assert draft.lead("Gắn mã")[0].startswith("Phòng Kỹ thuật - Chất lượng") and not draft.coop("Gắn mã")
    assert draft.lead("Thanh toán") == ["Phòng Kế toán"]
    assert draft["Thanh toán"]["deadline"]["before"] == "2026-12-15"
    assert "[CT: Phòng Nguyên liệu] [PH:" in draft["Khảo sát"]["text"]  # the item's text quoted as printed
    assert draft.lead("Phân loại")[0].startswith("Phòng Kỹ thuật")  # a tag's list is its field's, not another lead
    assert draft.coop("Phân loại") == ["Xưởng Lọc", "Phòng Nguyên liệu"]


@pytest.mark.parametrize("mark", ["", "- "])
def test_a_notes_apps_inline_fields(tmp_path, mark):
    # Obsidian's Dataview writes a field a line under the task ("chu_tri:: X"), Logseq a property of the block
    # ("- chu-tri:: X"): the keys typed without marks, no note needed
    sep = "_" if not mark else "-"
    lines = ["### NV01 - Rà soát homestay", "Rà soát 12 cơ sở homestay của hợp tác xã theo tiêu chuẩn quốc gia.",
             f"{mark}chu{sep}tri:: Phòng Quản lý du lịch", f"{mark}phoi{sep}hop:: UBND các xã có homestay",
             f"{mark}han:: 2026-11-30", "",
             "### NV02 - Đường dây nóng", "Duy trì đường dây nóng nhận phản ánh của khách về dịch vụ của hợp tác xã.",
             f"{mark}chu{sep}tri:: Văn phòng Sở", f"{mark}phoi{sep}hop::", f"{mark}han:: 2027-02-20"]
    draft = written(tmp_path, "ke-hoach.md", _md(plan_head(
        "ngày 12 tháng 10 năm 2026", issuer="SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH HÀ GIANG", number="901/KH-SVHTTDL",
        place="Tuyên Quang", title="Hỗ trợ hợp tác xã du lịch cộng đồng")) + lines + _md(TAIL))
    assert draft.lead("Rà soát") == ["Phòng Quản lý du lịch"]
    assert draft.coop("Rà soát")[0].startswith("UBND các xã")
    assert draft["Rà soát"]["deadline"]["before"] == "2026-11-30"
    assert draft.lead("Duy trì")[0].startswith("Văn phòng Sở") and not draft.coop("Duy trì")
    assert draft["Duy trì"]["deadline"]["before"] == "2027-02-20"


CODES_MD = ["Bộ phận của Công ty ghi bằng mã như bảng dưới đây.", "",
            "| Mã | Bộ phận | Người trực |", "|---|---|---|", "| P01 | Phòng Thu mua | Chị Lan |",
            "| P02 | Phòng Kế toán | Anh Bình |", "| X03 | Đội Xe thu gom | Anh Tú |", "",
            "| TT | Việc | Chủ trì | Phối hợp | Thời hạn |", "|---|---|---|---|---|",
            "| 1 | Ký hợp đồng mua cà phê với hợp tác xã | P01 | P02 | 30/11/2026 |",
            "| 2 | Chở cà phê của tổ hợp tác về kho | X03 | P01; Hợp tác xã Cà phê Ea Tu | 15/12/2026 |",
            "| 3 | Tổng hợp sản lượng cả năm | P02 | P01, X03 | 31/12/2027 |", ""]
CODES_TXT = ["Trong bảng phân công, bộ phận ghi bằng số máy lẻ như danh bạ dưới đây.",
             "Máy lẻ\tBộ phận\tNgười trực", "ML 101\tPhòng Thu mua\tChị Lan", "ML 102\tPhòng Kế toán\tAnh Bình",
             "ML 103\tĐội Xe thu gom\tAnh Tú", "III. PHÂN CÔNG", "TT\tViệc\tChủ trì\tPhối hợp\tThời hạn",
             "1\tKý hợp đồng mua cà phê với hợp tác xã\tML 101\tML 102\t30/11/2026",
             "2\tChở cà phê của tổ hợp tác về kho\tML 103\tML 101; Hợp tác xã Cà phê Ea Tu\t15/12/2026",
             "3\tTổng hợp sản lượng cả năm\tML 102\tML 101, ML 103\t31/12/2027"]


@pytest.mark.parametrize("suffix, lines", [(".md", CODES_MD), (".txt", CODES_TXT)])
def test_units_by_the_codes_a_table_gives_them(tmp_path, suffix, lines):
    head = plan_head("ngày 20 tháng 10 năm 2026", issuer="CÔNG TY TNHH CÀ PHÊ BUÔN ĐÔN", number="12/KH-CPBĐ",
                     place="Đắk Lắk", title="Thu mua cà phê của hợp tác xã")
    draft = written(tmp_path, "ke-hoach" + suffix, (_md(head) if suffix == ".md" else head) + lines
                    + (_md(TAIL) if suffix == ".md" else TAIL))
    assert len(draft.tasks) == 3  # the table of codes gives no task
    assert draft.lead("Ký hợp đồng") == ["Phòng Thu mua"]
    assert draft.coop("Ký hợp đồng") == ["Phòng Kế toán"]
    assert draft.lead("Chở cà phê") == ["Đội Xe thu gom"]  # the name the table spells out, whole
    assert draft.coop("Chở cà phê")[0] == "Phòng Thu mua"
    assert draft.coop("Tổng hợp") == ["Phòng Thu mua", "Đội Xe thu gom"]


def test_a_mails_header_is_left_as_printed():
    from generator.importer import own_labels

    lines = ["Theo Quy chế: đơn vị ở ô \"Đến\" là đơn vị chủ trì; các đơn vị ở ô \"CC\" là đơn vị phối hợp; "
             "\"phụ\" là đơn vị phối hợp.", "Đến: Phòng Kinh tế", "CC: Hội Nông dân xã", "1. Việc {phụ: Y}"]
    assert own_labels.names(lines) == {"phu": "Phối hợp"}
    assert own_labels.relabelled(lines)[1:] == lines[1:]  # a label inside an item's line is quoted as printed …
    assert own_labels.in_fields("phụ: Y; hạn: 30/11", own_labels.names(lines)) == "Phối hợp: Y; hạn: 30/11"  # … read so


CAPTIONED = [["Mã", "Việc", "Cùng làm", "Xong trước"]]


@pytest.mark.parametrize("caption", ["Bảng 2. Việc do {lead} chủ trì", "Biểu 3: Nhiệm vụ của {lead}"])
@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_tables_whose_caption_names_their_lead(tmp_path, caption, suffix):
    # a plan split into a table per lead, the lead only in each table's caption, the tables one after another
    head = plan_head("ngày 16 tháng 10 năm 2026", issuer="CÔNG TY CỔ PHẦN MÂY TRE NGỌC ĐỘNG", number="36/KH-MTNĐ",
                     place="Hà Nam", title="Thu mua mây của hợp tác xã")
    lines = ["Cách đọc: tên mỗi bảng dưới đây ghi đơn vị chủ trì các việc trong bảng.", ""]
    for lead, rows in (("Phòng Thu mua", [["TM-1", "Ký hợp đồng mua mây với 04 hợp tác xã", "Phòng Kế toán",
                                           "15/12/2026"],
                                          ["TM-2", "Cân, phân loại mây tại điểm gom", "Tổ Kiểm hàng", "Hằng tuần"]]),
                       ("Xưởng Kỹ thuật", [["KT-1", "Tập huấn cách phơi, chẻ mây cho thành viên", "", "28/02/2027"]])):
        lines += [caption.format(lead=lead), ""]
        table = CAPTIONED + rows
        if suffix == ".md":
            lines += ["| " + " | ".join(table[0]) + " |", "|---|---|---|---|"] + ["| " + " | ".join(r) + " |"
                                                                                for r in table[1:]] + [""]
        else:
            lines += ["\t".join(r) for r in table] + [""]
    draft = written(tmp_path, "ke-hoach" + suffix, (_md(head) if suffix == ".md" else head) + lines
                    + (_md(TAIL) if suffix == ".md" else TAIL))
    assert len(draft.tasks) == 3  # the captions are no tasks
    assert draft.lead("Ký hợp đồng") == ["Phòng Thu mua"] and draft.coop("Ký hợp đồng") == ["Phòng Kế toán"]
    assert draft.lead("Cân, phân loại") == ["Phòng Thu mua"]
    assert draft.lead("Tập huấn") == ["Xưởng Kỹ thuật"]


RANGES = ["II. CÁC VIỆC CẦN LÀM",
          "{w} 1. Rà soát số hộ nuôi ong, số đàn của các tổ hợp tác. Thời hạn: trước 31/10/2026.",
          "{w} 2. Tổ chức đối thoại với các hộ về góp vốn, điều lệ dự kiến. Thời hạn: tháng 11/2026.",
          "{w} 3. Kiểm tra dư lượng kháng sinh trong mật của các tổ. Thời hạn: trước 15/11/2026.",
          "{w} 4. Đăng ký nhãn hiệu chứng nhận mật ong của xã. Thời hạn: quý II/2027.",
          "{w} 5. Giới thiệu mật ong tại hội chợ Tết của huyện cũ. Thời hạn: tháng 01/2027.",
          "III. TỔ CHỨC THỰC HIỆN",
          "- {w} 1 đến {wl} 3: Phòng Kinh tế chủ trì, Hội Nông dân xã phối hợp; riêng {wl} 3 do Trạm Chăn nuôi và Thú y "
          "chủ trì.",
          "- {w} 4 và {wl} 5: Phòng Văn hóa - Xã hội chủ trì; {wl} 5 có Đoàn Thanh niên xã phối hợp."]


@pytest.mark.parametrize("word", ["Việc", ""])
def test_items_given_out_later_by_ranges_of_their_numbers(tmp_path, word):
    # the items numbered "Việc 1." or "1.", given out later as "việc 1 đến việc 3" / "nhiệm vụ 1 đến nhiệm vụ 3"
    later = "Việc" if word else "Nhiệm vụ"
    lines = [line.format(w=word, wl=later.lower()).replace("- {w} ".format(w=word) if word else "-  ", f"- {later} ")
             .strip() for line in RANGES]
    head = plan_head("ngày 22 tháng 9 năm 2026", issuer="ỦY BAN NHÂN DÂN XÃ BA VÌ", number="214/KH-UBND",
                     place="Hà Nội", title="Hỗ trợ tổ hợp tác nuôi ong lên hợp tác xã")[:-1]
    draft = written(tmp_path, "ke-hoach.txt", head + lines + TAIL)
    assert len(draft.tasks) == 5  # the lines that give them out are no tasks
    first = "Việc 1." if word else "Rà soát"
    for prefix in (first, "Việc 2." if word else "Tổ chức đối thoại"):
        assert draft.lead(prefix) == ["Phòng Kinh tế"] and draft.coop(prefix)[0].startswith("Hội Nông dân xã")
    third, fourth, fifth = ("Việc 3.", "Việc 4.", "Việc 5.") if word else ("Kiểm tra dư lượng", "Đăng ký", "Giới thiệu")
    assert draft.lead(third)[0].startswith("Trạm Chăn nuôi và Thú y") and not draft.coop(third)
    assert draft.lead(fourth)[0].startswith("Phòng Văn hóa") and not draft.coop(fourth)
    assert draft.lead(fifth)[0].startswith("Phòng Văn hóa")
    assert draft.coop(fifth)[0].startswith("Đoàn Thanh niên xã")
    assert draft[first]["deadline"]["before"] == "2026-10-31"  # the item's own time stands
    assert draft.notes("theo số thứ tự") or any("theo số thứ tự" in r for t in draft.tasks for r in t.get("review", []))


SCT = dict(issuer="SỞ CÔNG THƯƠNG TỈNH HÀ TĨNH", number="2719/KH-SCT", place="Hà Tĩnh",
           title="Đưa hàng hóa của hợp tác xã vào siêu thị")
ROLE_ITEMS = [("Khảo sát các hợp tác xã có sản phẩm OCOP, lập danh mục sản phẩm. Hoàn thành trước ngày 30/9/2026.",
               [("Phòng Quản lý thương mại", "chủ trì"), ("Liên minh Hợp tác xã tỉnh", "phối hợp")]),
              ("Tổ chức hội nghị kết nối hợp tác xã với các chuỗi bán lẻ. Thời gian: tháng 10/2026.",
               [("Trung tâm Khuyến công và Xúc tiến thương mại", "chủ trì"), ("Phòng Quản lý thương mại", "phối hợp"),
                ("Văn phòng Sở", "để biết")]),
              ("Mở 03 lớp tập huấn bán hàng trên sàn thương mại điện tử. Hoàn thành trước 15/11/2026.",
               [("Phòng Quản lý công nghiệp", "chủ trì")])]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_bodies_listed_with_their_roles_after_them(tmp_path, suffix):
    # each item's bodies a line each, the role after the name: "- X: chủ trì" in a text, a check-list ticked by each
    # unit as it takes its part in a wiki's page ("- [x] X — nhận chủ trì (13/8)"), its items under "### Nhiệm vụ N"
    lines = []
    for number, (work, roles) in enumerate(ROLE_ITEMS, start=1):
        if suffix == ".txt":
            lines += [f"{number}. {work}"] + [f"- {who}: {role}" for who, role in roles]
        else:
            lines += [f"### Nhiệm vụ {number}", "", work, ""] + [f"- [x] {who} — nhận {role} ({12 + number}/8)"
                                                             for who, role in roles] + [""]
    head = plan_head("ngày 12 tháng 8 năm 2026", **SCT)
    draft = written(tmp_path, "ke-hoach" + suffix, (_md(head) if suffix == ".md" else head) + lines
                    + (_md(TAIL) if suffix == ".md" else TAIL))
    assert len(draft.tasks) == 3  # the lines of bodies are no tasks
    assert draft.lead("Khảo sát") == ["Phòng Quản lý thương mại"]
    assert draft.coop("Khảo sát")[0].startswith("Liên minh Hợp tác xã tỉnh")
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-09-30"
    assert draft.lead("Tổ chức hội nghị")[0].startswith("Trung tâm Khuyến công")
    assert draft.coop("Tổ chức hội nghị") == ["Phòng Quản lý thương mại"]  # the body told "để biết" has no part
    assert draft.lead("Mở 03 lớp") == ["Phòng Quản lý công nghiệp"] and not draft.coop("Mở 03 lớp")


SUP_ROWS = [["1", "Rà soát hợp tác xã có thuê lao động", "Phòng Việc làm<sup>CT</sup>, Liên minh Hợp tác xã tỉnh<sup>PH</sup>, "
             "Văn phòng Sở<sup>TD</sup>", "30/11/2026"],
            ["2", "Soạn mẫu hợp đồng lao động cho hợp tác xã", "Thanh tra Sở<sup>PH</sup>, Phòng Tiền lương<sup>CT</sup>",
             "15/12/2026"]]
SUP_LEGEND = "> Ký hiệu trong cột \"Đơn vị thực hiện\": <sup>CT</sup> chủ trì; <sup>PH</sup> phối hợp; <sup>TD</sup> theo dõi."


@pytest.mark.parametrize("html", [False, True])
def test_roles_marked_in_superscript_after_the_names(tmp_path, html):
    head = ["TT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời hạn"]
    if html:
        table = ["<table>", "<tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr>"] + \
            ["<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in SUP_ROWS] + ["</table>"]
    else:
        table = ["| " + " | ".join(head) + " |", "|---|---|---|---|"] + ["| " + " | ".join(r) + " |" for r in SUP_ROWS]
    draft = written(tmp_path, "ke-hoach.md", _md(plan_head("ngày 09 tháng 9 năm 2026", issuer="SỞ NỘI VỤ TỈNH PHÚ THỌ",
                                                           number="2764/KH-SNV", place="Phú Thọ",
                                                           title="Lao động trong hợp tác xã"))
                    + table + ["", SUP_LEGEND, ""] + _md(TAIL))
    assert draft.lead("Rà soát") == ["Phòng Việc làm"]
    assert draft.coop("Rà soát")[0].startswith("Liên minh Hợp tác xã tỉnh")  # not the body that only follows it
    assert len(draft.coop("Rà soát")) == 1
    assert draft.lead("Soạn mẫu") == ["Phòng Tiền lương"]  # the mark leads, not the body named first
    assert draft.coop("Soạn mẫu")[0].startswith("Thanh tra Sở")
    # plain text drops a superscript and what it holds: the text as read is the text of record, every quotation in it
    from generator.text import SourceText

    record = SourceText(draft.draft.repaired_text)
    assert draft.plan["text"].startswith("repaired/") and draft.notes("chữ nhỏ")
    for task in draft.tasks:
        for key in ("text", "lead_text", "cooperating_text"):
            assert not task.get(key) or record.find_cell(task[key]) is not None, (key, task[key])


YAML_BLOCKS = ["```yaml", "so: 1", "viec: Lọc danh sách hợp tác xã còn ghi địa chỉ theo huyện cũ", "chu_tri: Phòng Đăng ký "
               "kinh doanh", "han: 2026-09-25", "phoi_hop: ~", "```", "",
               "```yaml", "so: 2", "viec: Gửi danh sách về từng xã, phường để đối chiếu địa chỉ mới",
               "chu_tri: Phòng Đăng ký kinh doanh", "han: 10/10/2026", "phoi_hop:", "  - UBND các xã, phường",
               "  - Thuế tỉnh", "```"]
YAML_LIST = ["```yml", "- viec: Lọc danh sách hợp tác xã còn ghi địa chỉ theo huyện cũ",
             "  chu_tri: Phòng Đăng ký kinh doanh", "  han: 2026-09-25", "- viec: Gửi danh sách về từng xã, phường để "
             "đối chiếu địa chỉ mới", "  chu_tri: Phòng Đăng ký kinh doanh", "  han: 10/10/2026",
             "  phoi_hop: [UBND các xã, Thuế tỉnh]", "```"]


@pytest.mark.parametrize("block", [YAML_BLOCKS, YAML_LIST])
def test_a_task_list_kept_as_yaml(tmp_path, block):
    note = "Mỗi nhiệm vụ là một bản ghi YAML: `viec` là nội dung công việc; `chu_tri` là đơn vị chủ trì."
    draft = written(tmp_path, "ke-hoach.md", _md(plan_head("ngày 09 tháng 9 năm 2026", issuer="SỞ TÀI CHÍNH TỈNH AN GIANG",
                                                           number="3187/KH-STC", place="An Giang",
                                                           title="Ghi lại địa chỉ trụ sở hợp tác xã"))
                    + [note, ""] + block + [""] + _md(TAIL))
    assert len(draft.tasks) == 2
    assert draft.lead("Lọc danh sách") == ["Phòng Đăng ký kinh doanh"] and not draft.coop("Lọc danh sách")
    assert draft["Lọc danh sách"]["deadline"]["before"] == "2026-09-25"
    assert draft["Lọc danh sách"]["deadline"]["printed"] == "2026-09-25"  # as printed, not a date read back
    coop = draft.coop("Gửi danh sách")
    assert coop[0].startswith("UBND các xã") and coop[-1].startswith("Thuế tỉnh")
    assert draft["Gửi danh sách"]["deadline"]["before"] == "2026-10-10"


@pytest.mark.parametrize("mark", ["-", "+"])
def test_a_fields_values_listed_under_its_label(tmp_path, mark):
    lines = ["1. Khảo sát các hợp tác xã có sản phẩm OCOP, lập danh mục sản phẩm.", "Chủ trì: Phòng Quản lý thương mại",
             "Phối hợp:", f"  {mark} Liên minh Hợp tác xã tỉnh", f"  {mark} Sở Tài chính", "Thời hạn: 30/9/2026",
             "2. Tổ chức hội nghị kết nối hợp tác xã với các chuỗi bán lẻ.", "Chủ trì: Trung tâm Khuyến công",
             "Thời hạn: tháng 10/2026"]
    draft = written(tmp_path, "ke-hoach.txt", plan_head("ngày 12 tháng 8 năm 2026", **SCT) + lines + TAIL)
    assert len(draft.tasks) == 2  # the list's lines are no tasks
    assert draft.coop("Khảo sát")[0].startswith("Liên minh Hợp tác xã tỉnh")
    assert draft.coop("Khảo sát")[1].startswith("Sở Tài chính")
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-09-30"


TICKETS = [("GV-01", "Rà soát mã số vùng trồng của các hợp tác xã liên kết", "Phòng Kỹ thuật", "Chi cục Trồng trọt và Bảo vệ "
            "thực vật tỉnh", "Trước 15/10/2026"),
           ("GV-02", "Ký hợp đồng bao tiêu vụ nghịch với từng hợp tác xã", "Phòng Thu mua", "Phòng Kế toán",
            "Trước 30/9/2026"),
           ("GV-03", "Lấy mẫu trái ở vườn của từng tổ hợp tác gửi kiểm nghiệm", "Phòng Kỹ thuật", "—", "Tháng 10/2026")]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_work_tickets_under_their_titles(tmp_path, suffix):
    # each task a ticket: its title alone on a line ("PHIẾU GIAO VIỆC SỐ GV-01"), its fields under it (a small table
    # of a label and a value a row, or labelled lines), the lead labelled as the document's note names it
    lines = ["Bộ phận ghi ở dòng \"Bộ phận nhận việc\" là bộ phận chủ trì; dòng \"Bộ phận phối hợp\" là bộ phận phối hợp.", ""]
    for code, work, lead, partner, due in TICKETS:
        if suffix == ".txt":
            lines += [f"PHIẾU GIAO VIỆC SỐ {code}", f"Nội dung công việc\t{work}", f"Bộ phận nhận việc\t{lead}",
                      f"Bộ phận phối hợp\t{partner}", f"Hạn hoàn thành\t{due}", ""]
        else:
            lines += [f"**Phiếu nhiệm vụ số {code[-1]}**", "", f"Nội dung công việc: {work}", "",
                      f"Bộ phận nhận việc: {lead}", "", f"Bộ phận phối hợp: {partner}", "", f"Hạn hoàn thành: {due}", ""]
    head = plan_head("ngày 20 tháng 8 năm 2026", issuer="CÔNG TY CỔ PHẦN XOÀI MỸ XƯƠNG", number="52/KH-XMX",
                     place="Đồng Tháp", title="Xử lý xoài xuất khẩu của hợp tác xã")
    draft = written(tmp_path, "ke-hoach" + suffix, (_md(head) if suffix == ".md" else head) + lines
                    + (_md(TAIL) if suffix == ".md" else TAIL))
    assert len(draft.tasks) == 3  # a ticket each, its title and its work quoted as printed

    def task(words: str) -> dict:
        return next(t for t in draft.tasks if words in t["text"])

    def names(task: dict, key: str) -> list[str]:
        return [draft.names[a] for a in task.get(key, [])]

    assert names(task("Rà soát"), "lead") == ["Phòng Kỹ thuật"]
    assert names(task("Rà soát"), "cooperating")[0].startswith("Chi cục Trồng trọt")
    assert task("Rà soát")["deadline"]["before"] == "2026-10-15"
    assert names(task("Ký hợp đồng"), "lead") == ["Phòng Thu mua"]
    assert names(task("Ký hợp đồng"), "cooperating") == ["Phòng Kế toán"]
    assert names(task("Lấy mẫu"), "lead") == ["Phòng Kỹ thuật"] and not names(task("Lấy mẫu"), "cooperating")


ROLE_COLUMN = [["TT", "Nội dung công việc", "Đơn vị", "Vai trò", "Thời hạn"],
               ["1", "Ký phụ lục hợp đồng liên kết với các hợp tác xã", "Phòng Kế toán\nPhòng Thu mua\nBan Giám đốc",
                "Phối hợp\nChủ trì\nNắm tình hình", "31/10/2026"],
               ["2", "Sên thử 03 mẻ mứt gừng từ nguyên liệu của từng hợp tác xã", "Xưởng Sên mứt\nPhòng Kỹ thuật",
                "Chủ trì\nPhối hợp", "15/11/2026"]]


@pytest.mark.parametrize("kind", ["docx", "md"])
def test_a_column_of_roles_beside_the_doers_line_for_line(tmp_path, kind):
    head = plan_head("ngày 14 tháng 10 năm 2026", issuer="CÔNG TY TNHH MỨT TẾT VĂN LÂM", number="38/KH-MVL",
                     place="Hưng Yên", title="Thu mua gừng của hợp tác xã")
    if kind == "docx":
        draft = word_document(tmp_path, "ke-hoach.docx", head, ROLE_COLUMN, TAIL)
    else:
        rows = ["| " + " | ".join(c.replace("\n", "<br>") for c in row) + " |" for row in ROLE_COLUMN]
        draft = written(tmp_path, "ke-hoach.md", _md(head) + [rows[0], "|---|---|---|---|---|", *rows[1:], ""]
                        + _md(TAIL))
    assert draft.lead("Ký phụ lục") == ["Phòng Thu mua"]  # the body whose line says "Chủ trì", not the first
    assert draft.coop("Ký phụ lục") == ["Phòng Kế toán"]  # the board that only follows it takes no part
    assert draft.lead("Sên thử") == ["Xưởng Sên mứt"] and draft.coop("Sên thử") == ["Phòng Kỹ thuật"]


MESSAGES = {"sms": ["[LMHTX 07/10/2026 08:15] Gửi Ban Kiểm tra - Tư vấn: chủ trì việc 1, phối hợp Văn phòng Liên minh; "
                    "xong trước 31/10/2026.",
                    "[LMHTX 07/10/2026 08:20] Gửi Trung tâm Tư vấn và Đào tạo: chủ trì việc 2, hạn tháng 12/2026; việc 3 "
                    "cũng do Trung tâm chủ trì, làm thường xuyên."],
            "chat": ["[08:15, 07/10/2026] Kính gửi Ban Kiểm tra - Tư vấn: chủ trì việc 1, phối hợp Văn phòng Liên minh; "
                     "xong trước 31/10/2026.", "",
                     "[08:20, 07/10/2026] Kính gửi Trung tâm Tư vấn và Đào tạo: việc 2 Trung tâm chủ trì, hạn tháng "
                     "12/2026; việc 3 cũng do Trung tâm chủ trì, làm thường xuyên."]}


@pytest.mark.parametrize("kind", ["sms", "chat"])
def test_items_given_out_by_the_messages_a_plan_copies_in(tmp_path, kind):
    # the items name no doer; the messages that gave them out, copied in after them, do: the body each is sent to
    # leads the items it names with "chủ trì", with the partners and the time the clause gives
    lines = ["II. NỘI DUNG CÔNG VIỆC", "1. Khảo sát sổ sách kế toán của các hợp tác xã.",
             "2. Mở lớp tập huấn phần mềm kế toán cho hợp tác xã.", "3. Đặt đường dây nóng giải đáp vướng mắc kế toán.",
             "III. PHÂN CÔNG (TIN NHẮN GIAO VIỆC ĐÃ GỬI)", *MESSAGES[kind]]
    head = plan_head("ngày 06 tháng 10 năm 2026", issuer="LIÊN MINH HỢP TÁC XÃ TỈNH LÀO CAI", number="118/KH-LMHTX",
                     place="Lào Cai", title="Hợp tác xã dùng phần mềm kế toán")[:-1]
    suffix = ".txt" if kind == "sms" else ".md"
    draft = written(tmp_path, "ke-hoach" + suffix, (head if kind == "sms" else _md(head)) + lines + TAIL)
    assert len(draft.tasks) == 3  # the messages are no tasks of their own
    assert draft.lead("Khảo sát") == ["Ban Kiểm tra - Tư vấn"]
    assert draft.coop("Khảo sát")[0].startswith("Văn phòng Liên minh")
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-10-31"
    assert draft.lead("Mở lớp")[0].startswith("Trung tâm Tư vấn và Đào tạo")
    assert draft["Mở lớp"]["deadline"]["month"] == 12
    assert draft.lead("Đặt đường dây")[0].startswith("Trung tâm Tư vấn và Đào tạo")
    assert draft["Đặt đường dây"]["deadline"]["kind"] == "ongoing"


MARKED_ROWS = [["TT", "Nội dung", "Đơn vị", "Thời gian"],
               ["1", "Thống kê các trường có bếp ăn bán trú và nhu cầu thực phẩm", "Phòng Giáo dục phổ thông, "
                "Phòng Giáo dục Mầm non", "Trước 30/9/2026"],
               ["2", "Soạn hợp đồng mẫu mua thực phẩm giữa nhà trường và hợp tác xã", "Sở Y tế, Phòng Kế hoạch - Tài chính",
                "Tháng 10/2026"]]
LEADS = {"Thống kê": "Phòng Giáo dục Mầm non", "Soạn hợp đồng": "Phòng Kế hoạch - Tài chính"}
MARK_NOTE = "Ghi chú cách đọc bảng: tên đơn vị được đánh dấu (tô sáng, chữ màu) là đơn vị chủ trì; các đơn vị khác phối hợp."


def _marked(cell: str, how: str) -> str:
    for lead in LEADS.values():
        cell = cell.replace(lead, {"md": f"=={lead}==", "html": f"<mark>{lead}</mark>"}.get(how, lead))
    return cell


@pytest.mark.parametrize("how", ["md", "html", "red", "highlight"])
def test_the_lead_set_apart_by_a_highlight_or_a_colour(tmp_path, how):
    head = plan_head("ngày 16 tháng 9 năm 2026", issuer="SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ TĨNH", number="2418/KH-SGDĐT",
                     place="Hà Tĩnh", title="Bếp ăn bán trú mua thực phẩm của hợp tác xã")
    if how in ("md", "html"):
        rows = ["| " + " | ".join(_marked(c, how) for c in row) + " |" for row in MARKED_ROWS]
        draft = written(tmp_path, "ke-hoach.md", _md(head) + [MARK_NOTE, "", rows[0], "|---|---|---|---|", *rows[1:], ""]
                        + _md(TAIL))
    else:
        from docx.enum.text import WD_COLOR_INDEX
        from docx.shared import RGBColor

        def fill(table):  # each doers' cell written as runs, the lead's run red or highlighted
            for row in table.rows[1:]:
                cell = row.cells[2]
                names = cell.text.split(", ")
                cell.text = ""
                paragraph = cell.paragraphs[0]
                for k, name in enumerate(names):
                    run = paragraph.add_run(name)
                    if name in LEADS.values():
                        if how == "red":
                            run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
                        else:
                            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
                    if k < len(names) - 1:
                        paragraph.add_run(", ")
        draft = word_document(tmp_path, "ke-hoach.docx", head + [MARK_NOTE], MARKED_ROWS, TAIL, fill)
    for work, lead in LEADS.items():
        assert draft.lead(work) == [lead]  # the one set apart, not the body named first
    assert draft.coop("Thống kê") == ["Phòng Giáo dục phổ thông"]
    assert draft.coop("Soạn hợp đồng")[0].startswith("Sở Y tế")
    assert "==" not in " ".join(draft[w].get("lead_text") or "" for w in LEADS)


MERGED = [["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"],
          ["1", "Đối chiếu danh sách hợp tác xã với dữ liệu đơn vị đóng", "Phòng Quản lý thu", "Sở Tài chính", "Quý IV/2026"],
          ["2", "Gửi thông báo đến từng hợp tác xã chưa tham gia", "", "Bảo hiểm xã hội cơ sở", ""],
          ["3", "In tờ gấp về quyền lợi khi tham gia bảo hiểm xã hội tự nguyện", "Phòng Truyền thông", "", "Tháng 11/2026"],
          ["4", "Tư vấn trực tiếp tại trụ sở hợp tác xã", "", "", "Thường xuyên"]]
MERGED_NOTE = ("(Bảng dán từ tệp Excel. Ở cột Chủ trì và cột Thời hạn, các ô gộp chỉ hiện chữ ở dòng đầu: ô trống ở hai cột "
               "này là cùng đơn vị, cùng thời hạn với ô gần nhất phía trên. Cột Phối hợp không có ô gộp.)")


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_spreadsheets_merged_cells_pasted_empty(tmp_path, suffix):
    head = plan_head("ngày 16 tháng 9 năm 2026", issuer="BẢO HIỂM XÃ HỘI TỈNH NINH BÌNH", number="1864/KH-BHXH",
                     place="Ninh Bình", title="Mở rộng diện đóng bảo hiểm xã hội trong hợp tác xã")
    draft = written(tmp_path, "ke-hoach" + suffix, _with_table(head, MERGED_NOTE, MERGED, suffix))
    assert draft.lead("Gửi thông báo") == ["Phòng Quản lý thu"]  # the merged cell above
    assert draft["Gửi thông báo"]["deadline"]["quarters"] == [4]
    assert draft.lead("Tư vấn") == ["Phòng Truyền thông"]
    assert not draft.coop("In tờ gấp")  # the column the note leaves out: empty is none
    assert draft["Tư vấn"]["deadline"]["kind"] == "ongoing"  # its own


PLANNER = ["Các việc dưới đây được theo dõi trên Microsoft Planner và dán nguyên bảng xuất ra. Cách đọc bảng:", "",
           "- **Bộ chứa**: việc nằm trong bộ chứa nào thì phòng, đơn vị đó **chủ trì**.",
           "- **Được giao cho**: các phòng, đơn vị **phối hợp**; ô trống là phòng chủ trì tự làm.",
           "- **Ngày đến hạn**: hạn hoàn thành.", "",
           "| Tên tác vụ | Bộ chứa | Tiến độ | Được giao cho | Ngày bắt đầu | Ngày đến hạn |", "|---|---|---|---|---|---|",
           "| Rà soát điều kiện kinh doanh của các hợp tác xã vận tải | Phòng Quản lý vận tải, phương tiện và người lái "
           "| Đang thực hiện | Thanh tra Sở | 02/11/2026 | 30/11/2026 |",
           "| Tập huấn an toàn giao thông cho lái xe của hợp tác xã | Thanh tra Sở | Chưa bắt đầu | | 01/12/2026 | "
           "20/12/2026 |", ""]


@pytest.mark.parametrize("kind", ["md", "docx"])
def test_a_task_apps_export_and_the_legend_of_its_columns(tmp_path, kind):
    head = plan_head("ngày 20 tháng 10 năm 2026", issuer="SỞ XÂY DỰNG TỈNH QUẢNG TRỊ", number="3412/KH-SXD",
                     place="Quảng Trị", title="An toàn của hợp tác xã vận tải")
    if kind == "md":
        draft = written(tmp_path, "ke-hoach.md", _md(head) + PLANNER + _md(TAIL))
    else:
        rows = [[c.strip() for c in line.strip("|").split("|")] for line in PLANNER if line.startswith("| ")]
        notes = [line.replace("**", "") for line in PLANNER[:5] if line]
        draft = word_document(tmp_path, "ke-hoach.docx", head + notes, rows, TAIL)
    assert len(draft.tasks) == 2  # the legend's entries are no tasks
    assert draft.lead("Rà soát") == ["Phòng Quản lý vận tải, phương tiện và người lái"]  # a name with a comma, whole
    assert draft.coop("Rà soát") == ["Thanh tra Sở"]
    assert draft["Rà soát"]["deadline"]["before"] == "2026-11-30"  # the day due, not its progress
    assert draft.lead("Tập huấn") == ["Thanh tra Sở"] and not draft.coop("Tập huấn")


@pytest.mark.parametrize("dash", ["--", "—"])
def test_the_lead_after_a_dash_its_partners_after_a_plus(tmp_path, dash):
    lines = ["Cách ghi: cuối mỗi việc là cơ quan chủ trì; các cơ quan trong ngoặc sau dấu cộng là cơ quan phối hợp; sau "
             "dấu hai chấm là thời hạn.",
             "1. Đo đếm lại diện tích hồi, quế của từng hợp tác xã; vẽ bản đồ vùng nguyên liệu",
             f"   {dash} Sở Nông nghiệp và Môi trường (+ UBND các xã vùng hồi, Liên minh Hợp tác xã tỉnh): quý I/2027.",
             "2. Cân đối dự toán chi sự nghiệp giúp hợp tác xã thành lập mới",
             f"   {dash} Sở Tài chính: trước 31/12/2026."]
    draft = written(tmp_path, "ke-hoach.txt", plan_head("ngày 18 tháng 9 năm 2026", issuer="ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN",
                                                         number="318/KH-UBND", place="Lạng Sơn",
                                                         title="Phát triển hợp tác xã hồi, quế") + lines + TAIL)
    assert draft.lead("Đo đếm")[0].startswith("Sở Nông nghiệp và Môi trường")
    assert len(draft.coop("Đo đếm")) == 2 and draft.coop("Đo đếm")[1].startswith("Liên minh Hợp tác xã tỉnh")
    assert draft["Đo đếm"]["deadline"]["quarters"] == [1]
    assert draft.lead("Cân đối")[0].startswith("Sở Tài chính") and not draft.coop("Cân đối")
    assert draft["Cân đối"]["deadline"]["before"] == "2026-12-31"


def test_a_names_words_after_a_comma_in_lower_case():
    from generator.importer import fields

    # "phương tiện" folds like "phường" but is none: the words go on the name; a ward after a comma starts a class
    assert fields._name_chunks("Phòng Quản lý vận tải, phương tiện và người lái") == [
        "Phòng Quản lý vận tải, phương tiện và người lái"]
    assert fields._name_chunks("UBND xã, phường") == ["UBND xã, phường"]
    assert len(fields._name_chunks("Sở Tài chính, phường Hải Châu")) == 2


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_doers_given_once_for_all_items_each_saying_what_it_changes(tmp_path, suffix):
    opener, change = ("Quy ước chung cho các việc dưới đây (trừ khi việc đó ghi khác)", "   Ghi riêng") if suffix == ".txt" \
        else ("Phân công chung", "Riêng")
    lines = [f"{opener}: Phòng Kinh tế chủ trì; Hội Nông dân xã phối hợp; hoàn thành trước ngày 31/12/2026. Việc nào "
             "có ghi riêng thì chỉ thay phần ghi riêng.",
             "1. Rà soát, lập danh sách các hộ trồng chít ở 7 thôn.", f"{change}: hạn 31/10/2026.",
             "2. Hướng dẫn các tổ hợp tác lập hợp đồng hợp tác, bầu tổ trưởng.",
             f"{change}: chủ trì là Văn phòng HĐND và UBND xã.",
             "3. Vận động các hộ trồng mới 35 ha chít trên đất đồi.",
             f"{change}: thêm Hạt Kiểm lâm khu vực Lâm Bình cùng phối hợp; hạn là hết tháng 3/2027.",
             "4. Mở 02 lớp dạy làm chổi chít xuất khẩu.", f"{change}: không cần Hội Nông dân xã.",
             "5. Vận động các tổ hợp tác góp vốn thành lập hợp tác xã."]
    head = plan_head("ngày 01 tháng 10 năm 2026", issuer="ỦY BAN NHÂN DÂN XÃ THƯỢNG LÂM", number="96/KH-UBND",
                     place="Tuyên Quang", title="Phát triển tổ hợp tác chổi chít")
    draft = written(tmp_path, "ke-hoach" + suffix, (head + lines + TAIL) if suffix == ".txt"
                    else _md(head) + _md(lines) + _md(TAIL))
    assert len(draft.tasks) == 5  # the paragraph of defaults and the lines of changes are no tasks
    assert draft.lead("Rà soát") == ["Phòng Kinh tế"] and draft.coop("Rà soát")[0].startswith("Hội Nông dân xã")
    assert draft["Rà soát"]["deadline"]["before"] == "2026-10-31"  # its own time
    assert draft.lead("Hướng dẫn")[0].startswith("Văn phòng HĐND và UBND xã")  # its own lead
    assert draft.coop("Hướng dẫn")[0].startswith("Hội Nông dân xã")
    assert draft["Hướng dẫn"]["deadline"]["before"] == "2026-12-31"  # the time for all
    assert len(draft.coop("Vận động các hộ")) == 2  # a partner more
    assert draft.lead("Mở 02 lớp") == ["Phòng Kinh tế"] and not draft.coop("Mở 02 lớp")  # the partner left out
    assert draft.lead("Vận động các tổ") == ["Phòng Kinh tế"]


def test_a_common_label_with_its_value_is_no_legend():
    from generator.importer import own_labels

    lines = ["| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |", "|---|---|---|---|",
             "Cơ quan chủ trì: Trung tâm Khuyến công; Cơ quan phối hợp: Viettel Quảng Ngãi.",
             "- **Phòng Kinh tế**: chủ trì rà soát, phối hợp với Hội Nông dân xã.",  # a body and its duties
             "• 15/01/2027: hạn ký hợp đồng với các hợp tác xã.", "| 3 | Ký hợp đồng | Phòng Thu mua | 15/01/2027 |"]  # a day
    assert own_labels.names(lines) == {}
    assert own_labels.relabelled(lines) == lines


@pytest.mark.parametrize("href", ["/don-vi/chi-cuc-ptnt/", "https://snnmt.hatinh.gov.vn/don-vi/chi-cuc-ptnt"])
def test_the_lead_written_as_the_one_link(tmp_path, href):
    note = ("> Cách đọc bảng: cột \"Đơn vị\" ghi tất cả đơn vị tham gia một việc. Đơn vị có gắn đường liên kết là đơn vị "
            "chủ trì; các đơn vị còn lại là đơn vị phối hợp.")
    rows = ["| TT | Nhiệm vụ | Đơn vị | Thời hạn |", "|---|---|---|---|",
            f"| 1 | Rà soát các hợp tác xã làm muối | Phòng Kinh tế hợp tác, [Chi cục Phát triển nông thôn]({href}), UBND "
            "các xã ven biển | 30/11/2026 |",
            f"| 2 | Gom kết quả, viết báo cáo | [Văn phòng Sở]({href}) | 31/7/2027 |"]
    draft = written(tmp_path, "ke-hoach.md", _md(plan_head("ngày 25 tháng 9 năm 2026", issuer="SỞ NÔNG NGHIỆP VÀ MÔI "
                                                           "TRƯỜNG TỈNH HÀ TĨNH", number="2297/KH-SNNMT", place="Hà Tĩnh",
                                                           title="Hợp tác xã làm muối"))
                    + [note, ""] + rows + [""] + _md(TAIL))
    assert draft.lead("Rà soát") == ["Chi cục Phát triển nông thôn"]  # the link, not the body named first
    assert len(draft.coop("Rà soát")) == 2 and draft.coop("Rà soát")[0].startswith("Phòng Kinh tế hợp tác")
    assert draft.lead("Gom kết quả")[0].startswith("Văn phòng Sở")
    assert "](" not in (draft["Rà soát"].get("lead_text") or "")


LEDGER = [["TT", "Ngày giao", "Việc", "Bên nhận", "Đi cùng", "Hẹn trả"],
          ["1", "05/10/2026", "Khảo sát 120 vườn, trại của hội viên", "Ban Kinh tế trang trại", "Hội Làm vườn các xã",
           "31/10/2026"],
          ["2", "12/10/2026", "Mở lớp ghi chép sổ sách cho tổ trưởng tổ hợp tác", "Văn phòng Hội", "", "tháng 11/2026"]]
LEDGER_NOTE = ("Các việc chép lại từ Sổ giao việc. Cột \"Bên nhận\" là ban, đơn vị nhận việc và chịu trách nhiệm chính; cột "
               "\"Đi cùng\" là đơn vị cùng làm; cột \"Hẹn trả\" là thời hạn trả kết quả.")


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_ledgers_columns_as_its_note_defines_them(tmp_path, suffix):
    head = plan_head("ngày 01 tháng 10 năm 2026", issuer="HỘI LÀM VƯỜN VÀ TRANG TRẠI TỈNH TUYÊN QUANG", number="29/KH-HLV",
                     place="Tuyên Quang", title="Lập tổ hợp tác của hội viên")
    draft = written(tmp_path, "ke-hoach" + suffix, _with_table(head, LEDGER_NOTE, LEDGER, suffix))
    assert draft.lead("Khảo sát") == ["Ban Kinh tế trang trại"]
    assert draft.coop("Khảo sát")[0].startswith("Hội Làm vườn các xã")
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-10-31"  # the day due, not the day handed out
    assert draft["Mở lớp"]["deadline"]["month"] == 11
    assert draft.lead("Mở lớp")[0].startswith("Văn phòng Hội") and not draft.coop("Mở lớp")


@pytest.mark.parametrize("arrow", ["→", "=>"])
def test_week_headings_and_doers_joined_by_a_plus(tmp_path, arrow):
    lines = ["Cách đọc: việc ghi dưới tuần nào thì xong trong tuần đó; ở cuối mỗi việc, đơn vị viết đầu tiên chủ trì, "
             "các đơn vị sau dấu “+” phối hợp.", "",
             "##### Tuần 44 (26/10 – 01/11/2026)", "",
             f"- Gửi mẫu hợp đồng hợp tác cho Hội Nông dân các xã {arrow} Ban Kinh tế - Xã hội + Văn phòng",
             f"- Rà danh sách hợp tác xã đang vay vốn Quỹ {arrow} Quỹ Hỗ trợ nông dân", "",
             "##### Tuần 45 (02/11 – 08/11/2026)", "",
             f"- Tập huấn cho cán bộ Hội cơ sở cách giúp tổ hợp tác ký hợp đồng {arrow} Ban Kinh tế - Xã hội + Liên "
             "minh Hợp tác xã tỉnh", ""]
    draft = written(tmp_path, "ke-hoach.md", _md(plan_head("ngày 20 tháng 10 năm 2026", issuer="HỘI NÔNG DÂN TỈNH ĐẮK LẮK",
                                                           number="58/KH-HNDT", place="Đắk Lắk",
                                                           title="Vận động nông dân góp vốn vào hợp tác xã"))
                    + lines + _md(TAIL))
    assert draft.lead("Gửi mẫu") == ["Ban Kinh tế - Xã hội"] and draft.coop("Gửi mẫu") == ["Văn phòng"]
    assert draft["Gửi mẫu"]["deadline"]["before"] == "2026-11-01"  # its week's last day
    assert draft["Rà danh sách"]["deadline"]["before"] == "2026-11-01"
    assert draft["Tập huấn"]["deadline"]["before"] == "2026-11-08"
    assert draft.coop("Tập huấn")[0].startswith("Liên minh Hợp tác xã tỉnh")


ORG = ["#+TITLE: KẾ HOẠCH Hỗ trợ tổ hợp tác trồng rau lên hợp tác xã", "#+STARTUP: showall", "",
       "* I. MỤC ĐÍCH", "- Giúp các tổ hợp tác có đủ điều kiện chuyển thành hợp tác xã.", "",
       "* II. NHIỆM VỤ", "# Cách đọc: DEADLINE là hạn phải xong; SCHEDULED là ngày bắt đầu làm.", "",
       "** TODO Rà soát các tổ hợp tác trồng rau, hoa: số thành viên, diện tích nhà kính",
       "   DEADLINE: <2026-10-31 T7>", "   :PROPERTIES:", "   :{chu}:  Phòng Kinh tế", "   :{phoi}: Hội Nông dân xã",
       "   :THEO_DOI: Phó Chủ tịch UBND xã", "   :END:",
       "** TODO Tổ chức hội nghị giới thiệu Luật Hợp tác xã cho các tổ hợp tác",
       "   SCHEDULED: <2026-11-02 T2> DEADLINE: <2026-11-20 T6>", "   :PROPERTIES:", "   :{chu}:  Phòng Văn hóa - Xã hội",
       "   :END:",
       "** DONE Phổ biến Luật Hợp tác xã trên loa truyền thanh", "   :PROPERTIES:", "   :{chu}:  Phòng Văn hóa - Xã hội",
       "   :END:"]


@pytest.mark.parametrize("chu, phoi", [("CHU_TRI", "PHOI_HOP"), ("chu-tri", "phoi-hop")])
def test_a_plan_kept_in_org_mode(tmp_path, chu, phoi):
    head = plan_head("ngày 07 tháng 10 năm 2026", issuer="ỦY BAN NHÂN DÂN XÃ HIỆP THẠNH", number="96/KH-UBND",
                     place="Lâm Đồng", title="")[:3]
    lines = [line.format(chu=chu, phoi=phoi) for line in ORG]
    draft = written(tmp_path, "ke-hoach.txt", head + [""] + lines + TAIL)
    assert len(draft.tasks) == 2  # the one done is no work left
    assert draft.lead("Rà soát") == ["Phòng Kinh tế"] and draft.coop("Rà soát")[0].startswith("Hội Nông dân xã")
    assert draft["Rà soát"]["deadline"]["before"] == "2026-10-31"
    assert draft["Tổ chức hội nghị"]["deadline"]["before"] == "2026-11-20"  # not the day it starts
    assert draft.lead("Tổ chức hội nghị")[0].startswith("Phòng Văn hóa") and not draft.coop("Tổ chức hội nghị")
    assert not draft.notes("tách từ")  # keys joined by "_" are no word-segmented text


def test_keys_joined_by_an_underscore_are_no_segmented_text():
    from generator.importer import draft

    assert draft._desegmented("hợp_tác_xã nông_nghiệp " * 20)[1] == 60
    assert draft._desegmented("chu_tri:: Phòng X\nphoi_hop:: Y\nhan:: 2026-11-30\n" * 8)[1] == 0


@pytest.mark.parametrize("tag", ["smallCaps", "caps"])
def test_the_lead_set_in_small_capitals(tmp_path, tag):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rows = [["TT", "Nội dung", "Đơn vị thực hiện", "Thời hạn"],
            ["1", "Ký hợp đồng mua măng tươi với các hợp tác xã", "Phòng Kế toán\nPhòng Thu mua", "30/11/2026"],
            ["2", "Tập huấn sơ chế măng cho tổ hợp tác", "Xưởng Sơ chế\nTrung tâm Khuyến nông", "15/12/2026"]]
    leads = {"Phòng Thu mua", "Xưởng Sơ chế"}

    def fill(table):  # each doers' cell a paragraph a body, the lead's run in small capitals
        for row in table.rows[1:]:
            cell = row.cells[2]
            names = cell.text.split("\n")
            cell.text = names[0]
            for name in names[1:]:
                cell.add_paragraph(name)
            for paragraph in cell.paragraphs:
                if paragraph.text in leads:
                    element = OxmlElement(f"w:{tag}")
                    paragraph.runs[0]._r.get_or_add_rPr().append(element)

    head = plan_head("ngày 10 tháng 10 năm 2026", issuer="CÔNG TY CỔ PHẦN MĂNG KHÔ THƯỜNG XUÂN", number="41/KH-MKTX",
                     place="Thanh Hóa", title="Thu mua măng của hợp tác xã")
    draft = word_document(tmp_path, "ke-hoach.docx", head + ["Đơn vị in chữ hoa nhỏ là đơn vị chủ trì."], rows, TAIL, fill)
    assert draft.lead("Ký hợp đồng") == ["Phòng Thu mua"] and draft.coop("Ký hợp đồng") == ["Phòng Kế toán"]
    assert draft.lead("Tập huấn") == ["Xưởng Sơ chế"]


@pytest.mark.parametrize("mark", ["**ct.**", "“ct.”"])
def test_short_labels_with_a_dot_that_a_note_defines(tmp_path, mark):
    ph, h = mark.replace("ct.", "ph."), mark.replace("ct.", "h.")
    lines = [f"Ghi chú cách đọc: cuối mỗi nhiệm vụ, trong ngoặc, {mark} là đơn vị chủ trì, {ph} là đơn vị phối hợp, {h} "
             "là thời hạn hoàn thành.", "",
             "1. Rà soát, phân loại hợp tác xã theo tình trạng hoạt động. (ct. Phòng Doanh nghiệp; ph. Liên minh Hợp tác "
             "xã tỉnh; h. 31/12/2026)", "",
             "2. Tham mưu bổ sung vốn điều lệ cho Quỹ Hỗ trợ phát triển hợp tác xã. (ct. Phòng Quản lý ngân sách; h. "
             "15/01/2027)", ""]
    draft = written(tmp_path, "ke-hoach.md", _md(plan_head("ngày 02 tháng 10 năm 2026", issuer="SỞ TÀI CHÍNH TỈNH NGHỆ AN",
                                                           number="2150/KH-STC", place="Nghệ An",
                                                           title="Hợp tác xã vay vốn và làm kế toán")) + lines + _md(TAIL))
    assert draft.lead("Rà soát") == ["Phòng Doanh nghiệp"] and draft.coop("Rà soát")[0].startswith("Liên minh Hợp tác")
    assert draft["Rà soát"]["deadline"]["before"] == "2026-12-31"
    assert draft.lead("Tham mưu") == ["Phòng Quản lý ngân sách"] and not draft.coop("Tham mưu")
    assert draft["Tham mưu"]["deadline"]["before"] == "2027-01-15"


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_tables_dated_by_their_captions(tmp_path, suffix):
    head = plan_head("ngày 05 tháng 10 năm 2026", issuer="CÔNG TY CỔ PHẦN SƠN TA TAM NÔNG", number="73/2026/KH-STTN",
                     place="Phú Thọ", title="Thu mua nhựa sơn của hợp tác xã")
    lines = []
    for caption, rows in (("Bảng 1. Việc phải xong trong tháng 11/2026", [["1", "Rà lại diện tích cây sơn đến tuổi cạo",
                                                                           "Phòng Thu mua", "Tổ Kỹ thuật"]]),
                          ("Bảng 2. Việc phải xong trước 15/12/2026", [["2", "Cấp bát hứng nhựa cho các điểm gom",
                                                                        "Kho nguyên liệu", ""]])):
        table = [["TT", "Việc", "Chủ trì", "Cùng làm"]] + rows
        if suffix == ".txt":
            lines += [caption] + ["\t".join(r) for r in table]
        else:
            lines += [caption, "", "| " + " | ".join(table[0]) + " |", "|---|---|---|---|"] + \
                ["| " + " | ".join(r) + " |" for r in table[1:]] + [""]
    draft = written(tmp_path, "ke-hoach" + suffix, (head if suffix == ".txt" else _md(head)) + lines
                    + (TAIL if suffix == ".txt" else _md(TAIL)))
    assert draft["Rà lại"]["deadline"]["month"] == 11
    assert draft["Cấp bát"]["deadline"]["before"] == "2026-12-15"


@pytest.mark.parametrize("lead_word, help_word", [("làm", "giúp"), ("lo chính", "đỡ tay")])
def test_roles_after_the_names_in_a_notes_own_words(tmp_path, lead_word, help_word):
    lines = [f"Ghi chú cách đọc: ở cuối mỗi việc, trong ngoặc ghi đơn vị \"{lead_word}\" (chịu trách nhiệm chính), đơn "
             f"vị \"{help_word}\" (cùng tham gia).",
             f"1. Lập danh sách hợp tác xã có thành viên thuộc đối tượng vay vốn (Phòng Kế hoạch {lead_word}, Liên minh "
             f"Hợp tác xã tỉnh {help_word}; xong 30/9/2026).",
             f"2. Chuyển thông báo chỉ tiêu cho vay về các phòng giao dịch (Phòng Kế hoạch {lead_word} một mình; xong "
             "10/9/2026)."]
    draft = written(tmp_path, "ke-hoach.txt", plan_head("ngày 20 tháng 8 năm 2026", issuer="NGÂN HÀNG CHÍNH SÁCH XÃ HỘI "
                                                         "CHI NHÁNH TỈNH QUẢNG NGÃI", number="2315/KH-NHCS",
                                                         place="Quảng Ngãi", title="Cho vay thành viên hợp tác xã")
                    + lines + TAIL)
    assert draft.lead("Lập danh sách") == ["Phòng Kế hoạch"]
    assert draft.coop("Lập danh sách")[0].startswith("Liên minh Hợp tác xã tỉnh")
    assert draft.lead("Chuyển thông báo") == ["Phòng Kế hoạch"] and not draft.coop("Chuyển thông báo")


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_tasks_fields_in_a_table_across_under_it(tmp_path, suffix):
    lines = ["Dưới mỗi nhiệm vụ có một bảng nhỏ: cột \"Làm chính\" là đơn vị chịu trách nhiệm, cột \"Làm cùng\" là đơn "
             "vị tham gia, cột \"Xong\" là thời hạn.", "",
             "**1.** Họp các tổ trưởng tổ hợp tác ẩm thực để nghe ý kiến về việc lập hợp tác xã.", "",
             "| Làm chính | Làm cùng | Xong |", "|---|---|---|", "| Phòng Kinh tế | Hội Liên hiệp Phụ nữ phường | 20/11/2026 |",
             "", "**2.** Tập huấn an toàn thực phẩm cho người chế biến, bán hàng.", "",
             "| Làm chính | Làm cùng | Xong |", "|---|---|---|", "| Trạm Y tế phường | — | Tháng 12/2026 |", ""]
    head = plan_head("ngày 14 tháng 10 năm 2026", issuer="ỦY BAN NHÂN DÂN PHƯỜNG HẢI CHÂU", number="164/KH-UBND",
                     place="Đà Nẵng", title="Tổ hợp tác ẩm thực lên hợp tác xã")
    draft = written(tmp_path, "ke-hoach" + suffix, (_md(head) if suffix == ".md" else head) + lines
                    + (_md(TAIL) if suffix == ".md" else TAIL))
    assert len(draft.tasks) == 2
    assert draft.lead("Họp các tổ") == ["Phòng Kinh tế"] and draft.coop("Họp các tổ")[0].startswith("Hội Liên hiệp")
    assert draft["Họp các tổ"]["deadline"]["before"] == "2026-11-20"
    assert draft.lead("Tập huấn")[0].startswith("Trạm Y tế") and not draft.coop("Tập huấn")


def test_no_own_name_of_signs_nor_a_proper_names_last_word():
    from generator.importer import own_labels

    # a dash is no name; a bold run between two labels ("**Phối hợp:** không. **Thời hạn:**") no bold name
    assert own_labels.names(["Ô “—” là đơn vị phối hợp không có.", "**Phối hợp:** không. **Thời hạn:** 30/11/2026"]) == {}
    # a role word a note defines is in lower case after a name: a proper name's last word that folds like it is none
    own = {"chinh": "Chủ trì", "phu": "Phối hợp"}
    assert own_labels.in_fields("chính: Tổ hợp tác ấp Mỹ Phú; phụ: Phòng Kinh tế", own) == \
        "Chủ trì: Tổ hợp tác ấp Mỹ Phú; Phối hợp: Phòng Kinh tế"


WIKI_INLINE = ['{| class="wikitable"', "! TT !! Nhiệm vụ !! Chủ trì !! Phối hợp !! Thời hạn", "|-",
               "| 1 || Rà soát hợp tác xã có sản phẩm OCOP || Phòng Quản lý công nghệ || Liên minh Hợp tác xã tỉnh || "
               "30/10/2026", "|-",
               '| 2 || Nâng cấp Cổng truy xuất nguồn gốc của tỉnh || rowspan="2" | Trung tâm Thông tin || Sở Công Thương '
               "|| 15/12/2026", "|-", "| 3 || Cấp tài khoản, hướng dẫn hợp tác xã in tem || Liên minh Hợp tác xã tỉnh || "
               "31/01/2027", "|}"]
WIKI_LINES = ['{| class="wikitable"', "! TT", "! Nhiệm vụ", "! Chủ trì", "! Phối hợp", "! Thời hạn", "|-", "| 1",
              "| Rà soát hợp tác xã có sản phẩm OCOP", "| Phòng Quản lý công nghệ", "| Liên minh Hợp tác xã tỉnh",
              "| 30/10/2026", "|-", "| 2", "| Nâng cấp Cổng truy xuất nguồn gốc của tỉnh", '| rowspan="2" | Trung tâm '
              "Thông tin", "| Sở Công Thương", "| 15/12/2026", "|-", "| 3", "| Cấp tài khoản, hướng dẫn hợp tác xã in tem",
              "| Liên minh Hợp tác xã tỉnh", "| 31/01/2027", "|}"]


@pytest.mark.parametrize("table", [WIKI_INLINE, WIKI_LINES])
def test_a_plan_copied_from_a_wiki_pages_source(tmp_path, table):
    head = ["'''UBND TỈNH QUẢNG NINH'''<br />'''SỞ KHOA HỌC VÀ CÔNG NGHỆ'''", "Số: 1874/KH-SKHCN",
            "'''CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'''", "'''Độc lập - Tự do - Hạnh phúc'''",
            "''Quảng Ninh, ngày 02 tháng 9 năm 2026''", "", "== KẾ HOẠCH ==", "Tem truy xuất nguồn gốc cho hợp tác xã", "",
            "== II. NHIỆM VỤ ==", "Ô \"Chủ trì\" gộp hai dòng (rowspan=\"2\") thì đơn vị đó chủ trì cả hai việc.", ""]
    tail = ["", "== III. TỔ CHỨC THỰC HIỆN ==", "# Các phòng báo cáo tiến độ hằng quý về Văn phòng Sở.", "",
            "'''Nơi nhận:'''", "- Lưu: VT.", "'''KT. GIÁM ĐỐC'''", "'''PHÓ GIÁM ĐỐC'''", "Nguyễn Đức Long"]
    draft = written(tmp_path, "ke-hoach.txt", head + table + tail)
    assert draft.lead("Rà soát") == ["Phòng Quản lý công nghệ"] and draft.coop("Rà soát")[0].startswith("Liên minh")
    assert draft["Rà soát"]["deadline"]["before"] == "2026-10-30"
    assert draft.lead("Nâng cấp") == ["Trung tâm Thông tin"]
    assert draft.lead("Cấp tài khoản") == ["Trung tâm Thông tin"]  # the cell spanning two rows
    assert draft.coop("Cấp tài khoản")[0].startswith("Liên minh Hợp tác xã tỉnh")
    assert draft["Cấp tài khoản"]["deadline"]["before"] == "2027-01-31"
