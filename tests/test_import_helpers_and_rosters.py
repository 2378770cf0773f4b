"""kehoach import: fields apart by a slash ("(Phụ trách: X / Hỗ trợ: Y / Hạn chót: …)") or as Markdown code spans
("`CT: X` `PH: Y` `Hạn: …`"); the bodies that help named in an item's last sentence ("… . Phòng Kinh tế làm, Hội Nông dân
xã giúp; xong …", "… . Phòng Kế hoạch - Sản xuất hỗ trợ."); a doers' column headed "Người lo", its bodies marked
"(chính)" and "(phụ)" ("Bếp nhân (chính)<br>Ban Chất lượng (phụ)<br>HTX Lợn sạch An Lão (phụ)"); a paragraph that opens with its time before a long dash ("Đến 25/8/2026 — Phòng Kỹ thuật …"); a roster of the people the
tasks are given to, read as their units ("anh Hùng - Lê Văn Hùng, Trưởng phòng Kinh tế" / "Giao: anh Hùng. Giúp: chị
Mai."); pictograms a legend defines as labels ("- 👤 đơn vị chịu trách nhiệm chính;" / "👤 X · 🤝 Y · 📅 …") (issue 11).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import plan_head, word_document, written

TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tKT. CHỦ TỊCH", "\tPHÓ CHỦ TỊCH", "", "\tLê Văn Tám"]
XA = dict(issuer="ỦY BAN NHÂN DÂN XÃ VĨNH LINH", number="188/KH-UBND", place="Vĩnh Linh",
          title="Phát triển hợp tác xã hồ tiêu năm 2026")


def _head(**values) -> list[str]:
    return plan_head("ngày 14 tháng 8 năm 2026", **(values or XA))[:-1]


def _md(lines: list[str]) -> list[str]:
    return [x for line in lines for x in (line.replace("\t", " "), "")]


# --- fields apart by a slash, or in code spans ------------------------------------------------------------------------

SLASHED = ["II. VIỆC THEO TỪNG KHÂU",
           "Dưới mỗi việc có một dòng trong ngoặc: \"Phụ trách\" là người chịu trách nhiệm, \"Hỗ trợ\" là người phối hợp, "
           "\"Hạn chót\" là lúc phải xong.",
           "1. Chọn 3.000 cây giống từ vườn đầu dòng, ươm trồng dặm cho vườn già cỗi của thành viên.",
           "   (Phụ trách: Bộ phận Kỹ thuật / Hỗ trợ: HTX Dừa hữu cơ Thành Thới /",
           "   Hạn chót: 30/11/2026)",
           "2. Đi kiểm tra từng vườn hữu cơ, cắm bảng tên vườn.",
           "   (Phụ trách: Ban Kiểm soát Liên hiệp / Hỗ trợ: Bộ phận Kỹ thuật / Hạn chót: tháng 12/2026)"]

SLASHED_COMMON = ["II. NHIỆM VỤ",
                  "1. Chọn 3.000 cây giống từ vườn đầu dòng, ươm trồng dặm cho vườn già cỗi của thành viên.",
                  "Chủ trì: Bộ phận Kỹ thuật / Phối hợp: HTX Dừa hữu cơ Thành Thới / Thời hạn: 30/11/2026",
                  "2. Đi kiểm tra từng vườn hữu cơ, cắm bảng tên vườn.",
                  "Chủ trì: Ban Kiểm soát Liên hiệp / Phối hợp: Bộ phận Kỹ thuật / Thời hạn: tháng 12/2026"]


@pytest.mark.parametrize("lines", [SLASHED, SLASHED_COMMON], ids=["own-labels", "common-labels"])
def test_fields_apart_by_a_slash(tmp_path, lines):
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    assert len(draft.tasks) == 2
    assert draft.lead("Chọn 3.000") == ["Bộ phận Kỹ thuật"]
    assert draft.coop("Chọn 3.000")[0].startswith("HTX Dừa hữu cơ Thành Thới")
    assert draft["Chọn 3.000"]["deadline"]["before"] == "2026-11-30"
    assert draft.lead("Đi kiểm tra")[0].startswith("Ban Kiểm soát Liên hiệp")
    assert draft.coop("Đi kiểm tra") == ["Bộ phận Kỹ thuật"]
    assert draft["Đi kiểm tra"]["deadline"]["kind"] == "month"


@pytest.mark.parametrize("fields", [
    ["`CT: Chi cục Trồng trọt và Bảo vệ thực vật` `PH: UBND các xã có vùng trồng` `Hạn: 31/10/2026`",
     "`CT: Trung tâm Khuyến nông` `Hạn: tháng 11/2026`"],
    ["`Chủ trì: Chi cục Trồng trọt và Bảo vệ thực vật` `Phối hợp: UBND các xã có vùng trồng` `Thời hạn: 31/10/2026`",
     "`Chủ trì: Trung tâm Khuyến nông` `Thời hạn: tháng 11/2026`"]], ids=["short", "long"])
def test_fields_as_markdown_code_spans(tmp_path, fields):
    lines = ["II. NHIỆM VỤ", f"- Lập danh sách mã số vùng trồng của hợp tác xã đã cấp {fields[0]}",
             f"- Hướng dẫn hợp tác xã ghi nhật ký canh tác theo mẫu mới {fields[1]}"]
    draft = written(tmp_path, "ke-hoach.md", _md(_head() + lines + TAIL))
    assert draft.lead("Lập danh sách")[0].startswith("Chi cục Trồng trọt và Bảo vệ thực vật")
    assert draft.coop("Lập danh sách")[0].startswith("UBND các xã có vùng trồng")
    assert draft["Lập danh sách"]["deadline"]["before"] == "2026-10-31"
    assert draft.lead("Hướng dẫn")[0].startswith("Trung tâm Khuyến nông")
    assert not draft.coop("Hướng dẫn")
    assert draft["Hướng dẫn"]["deadline"]["kind"] == "month"


# --- the bodies that help, in an item's last sentence -----------------------------------------------------------------

HELPERS = ["II. VIỆC CỤ THỂ",
           "- Hướng dẫn tổ hợp tác nuôi cá lồng lập hợp đồng hợp tác, mở sổ theo dõi đóng góp của 11 hộ.",
           "  Phòng Kinh tế làm, Hội Nông dân xã giúp; xong trong tháng 9/2026.",
           "- Đo, cắm phao giới hạn khu đặt lồng trên mặt hồ. Phòng Kinh tế chủ trì, Công an xã hỗ trợ; xong trước "
           "30/9/2026.",
           "- Rải cấp phối đường lên đồi chè (Phòng Kinh tế chủ trì, HTX Chè Kim Bình giúp; quý IV/2026)."]


def test_the_bodies_that_help_in_an_items_last_sentence(tmp_path):
    draft = written(tmp_path, "ke-hoach.txt", _head() + HELPERS + TAIL)
    assert len(draft.tasks) == 3
    assert draft.lead("Hướng dẫn") == ["Phòng Kinh tế"]
    assert draft.coop("Hướng dẫn")[0].startswith("Hội Nông dân xã")
    assert draft["Hướng dẫn"]["deadline"]["kind"] == "month"
    assert draft.coop("Đo, cắm phao")[0].startswith("Công an xã")
    assert draft.coop("Rải cấp phối")[0].startswith("HTX Chè Kim Bình")


DATELINES = ["III. LỊCH VIỆC",
             "Đến 25/8/2026 — Phòng Kỹ thuật chuyển áo mẫu, bảng thông số bảy cỡ",
             "và bộ rập cứng cho các hợp tác xã may; mỗi nơi may hai áo đối mẫu.",
             "Phòng Kế hoạch - Sản xuất hỗ trợ.",
             "Đến 20/10/2026 — Phòng Kinh doanh chốt với từng trường ngày nhận",
             "áo, danh sách cỡ theo lớp. HTX May Việt Yên và Phòng Kỹ thuật hỗ trợ.",
             "Quý I/2027 – Phòng Kinh doanh làm hồ sơ chào giá đồng phục năm học",
             "2027 - 2028, ghi rõ phần việc do hợp tác xã trong tỉnh đảm nhận."]


def test_a_paragraph_that_opens_with_its_time_before_a_long_dash(tmp_path):
    head = _head(issuer="CÔNG TY CỔ PHẦN MAY KINH BẮC", number="58/KH-MKB", place="Bắc Ninh",
                 title="Gia công đồng phục học sinh với hợp tác xã")
    draft = written(tmp_path, "ke-hoach.txt", head + DATELINES + TAIL)
    assert len(draft.tasks) == 3  # the helpers' sentences are no tasks of their own
    assert draft.lead("Đến 25/8/2026") == ["Phòng Kỹ thuật"]
    assert draft.coop("Đến 25/8/2026") == ["Phòng Kế hoạch - Sản xuất"]
    assert draft["Đến 25/8/2026"]["deadline"]["before"] == "2026-08-25"
    assert draft.lead("Đến 20/10/2026") == ["Phòng Kinh doanh"]  # "chốt": its verb
    assert sorted(draft.coop("Đến 20/10/2026")) == ["HTX May Việt Yên", "Phòng Kỹ thuật"]
    assert draft.lead("Quý I/2027") == ["Phòng Kinh doanh"]
    assert draft["Quý I/2027"]["deadline"]["kind"] == "quarter"


# --- a doers' column headed by who sees to the work, "(chính)" and "(phụ)" after its bodies -----------------------------------------------------------

@pytest.mark.parametrize("head", ["Người lo", "Bộ phận lo", "Đơn vị thực hiện"])  # (the last as before)
def test_main_and_minor_doers_marked_in_a_cell(tmp_path, head):
    rows = [["STT", "Việc cần làm", head, "Xong trước"],
            ["1", "Xuống trại gà của hợp tác xã xem chuồng, nguồn cám", "Phòng Cung ứng (chính)<br>Ban Chất lượng (phụ)",
             "31/10/2026"],
            ["2", "Ký hợp đồng năm 2027 mua rau với hợp tác xã", "Phòng Kế toán (phụ)<br>Phòng Cung ứng (chính)",
             "30/11/2026"],
            ["3", "Làm lại công thức pa-tê bằng thịt lợn của hợp tác xã",
             "Bếp nhân (chính)<br>Ban Chất lượng (phụ)<br>HTX Lợn sạch An Lão (phụ)", "Tháng 12/2026"]]
    before = _head(issuer="CÔNG TY TNHH BÁNH MÌ PHỐ CẢNG", number="41/KH-BMPC", place="Hải Phòng",
                   title="Mua trứng, rau của hợp tác xã")[:-1] + ["II. PHÂN VIỆC"]
    draft = word_document(tmp_path, "ke-hoach.docx", before, rows, TAIL)
    assert draft.lead("Xuống trại") == ["Phòng Cung ứng"]
    assert draft.coop("Xuống trại") == ["Ban Chất lượng"]
    assert draft.lead("Ký hợp đồng") == ["Phòng Cung ứng"]  # the marked one leads, wherever it stands
    assert draft.coop("Ký hợp đồng") == ["Phòng Kế toán"]
    assert draft.lead("Làm lại") == ["Bếp nhân"]
    assert sorted(draft.coop("Làm lại")) == ["Ban Chất lượng", "HTX Lợn sạch An Lão"]  # two minor doers, two partners


# --- a roster of the people the tasks are given to ---------------------------------------------------------------------

ROSTER_LINES = ["II. CÁN BỘ NHẬN VIỆC",
                "  anh Hùng  - Lê Văn Hùng, Trưởng phòng Kinh tế",
                "  chị Mai   - Trần Thị Mai, Phó Chánh Văn phòng HĐND và UBND xã",
                "  anh Sáu   - Võ Văn Sáu, Chủ tịch Hội Nông dân xã",
                "",
                "III. VIỆC CẦN LÀM",
                "1. Đếm lại diện tích tiêu từng hộ trong hợp tác xã.",
                "   Giao: anh Sáu. Giúp: anh Hùng. Hạn: 30/4/2026.",
                "2. Làm hồ sơ đề nghị hỗ trợ giống tiêu sạch bệnh.",
                "   Giao: anh Hùng. Giúp: anh Sáu, chị Mai. Hạn: trước 15/6/2026."]

ROSTER_TABLE = [["Họ tên", "Chức danh", "Bộ phận"],
                ["Võ Văn Sáu", "Chủ tịch", "Hội Nông dân xã"],
                ["Lê Văn Hùng", "Trưởng phòng", "Phòng Kinh tế"],
                ["Trần Thị Mai", "Phó Chánh Văn phòng", "Văn phòng HĐND và UBND xã"]]
ROSTER_TASKS = [["TT", "Việc", "Người chủ trì", "Người cùng làm", "Xong trước"],
                ["1", "Đếm lại diện tích tiêu từng hộ trong hợp tác xã", "Võ Văn Sáu", "Lê Văn Hùng", "30/4/2026"],
                ["2", "Làm hồ sơ đề nghị hỗ trợ giống tiêu sạch bệnh", "Lê Văn Hùng", "Võ Văn Sáu<br>Trần Thị Mai",
                 "15/6/2026"]]


@pytest.mark.parametrize("kind", ["lines", "table"])
def test_a_roster_of_people_read_as_their_units(tmp_path, kind):
    if kind == "lines":
        draft = written(tmp_path, "ke-hoach.txt", _head() + ROSTER_LINES + TAIL)
    else:
        lines = _head() + ["II. NGƯỜI ĐẦU MỐI"] + ["\t".join(r) for r in ROSTER_TABLE] + ["", "III. PHÂN CÔNG"] \
            + ["\t".join(r).replace("<br>", "; ") for r in ROSTER_TASKS] + TAIL
        draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.tasks) == 2  # the roster's lines are no tasks
    assert draft.lead("Đếm lại") == ["Hội Nông dân xã"]
    assert draft.coop("Đếm lại") == ["Phòng Kinh tế"]
    assert draft.lead("Làm hồ sơ") == ["Phòng Kinh tế"]
    assert sorted(draft.coop("Làm hồ sơ")) == ["Hội Nông dân xã", "Văn phòng HĐND và UBND xã"]


def test_a_line_alone_that_names_a_person_and_a_post_is_no_roster():
    from generator.importer import roster

    assert roster.entries(["1. Rà soát hồ sơ vay vốn của các tổ hợp tác.",
                           "- Võ Văn Sáu, Chủ tịch Hội Nông dân xã", "2. Tập huấn kỹ thuật."]) == []
    assert roster.entries(["- Võ Văn Sáu, Chủ tịch Hội Nông dân xã", "- Lê Văn Hùng, Trưởng phòng Kinh tế"]) == [
        (1, "Võ Văn Sáu", "Hội Nông dân xã"), (2, "Lê Văn Hùng", "Phòng Kinh tế")]


# --- pictograms a legend defines as labels -----------------------------------------------------------------------------

@pytest.mark.parametrize("lead, partner, due", [("👤", "🤝", "📅"), ("🙋", "👥", "⏰")])
def test_pictograms_a_legend_defines(tmp_path, lead, partner, due):
    lines = ["## II. Cách đọc phần việc", "Mỗi việc có một dòng ký hiệu ngay bên dưới:",
             f"- {lead} đơn vị chịu trách nhiệm chính;", f"- {partner} đơn vị cùng làm;", f"- {due} hạn xong.",
             "## III. Phần việc",
             "**1. Rà soát 58 hợp tác xã: nợ vay, tài sản, diện tích**  ",
             f"{lead} Ban Hỗ trợ thành viên · {partner} UBND các xã có vùng cà phê · {due} 31/8/2026",
             "**2. Lập phương án sản xuất kinh doanh mẫu cho hợp tác xã cà phê**  ",
             f"{lead} Trung tâm Tư vấn và Hỗ trợ hợp tác xã · {due} tháng 9/2026"]
    head = _head(issuer="LIÊN MINH HỢP TÁC XÃ TỈNH GIA LAI", number="95/KH-LMHTX", place="Gia Lai",
                 title="Hỗ trợ hợp tác xã cà phê vay vốn")
    draft = written(tmp_path, "ke-hoach.md", _md(head) + [x for line in lines for x in (line, "")] + _md(TAIL))
    assert len(draft.tasks) == 2  # the legend is no task
    assert draft.lead("Rà soát")[0].startswith("Ban Hỗ trợ thành viên")
    assert draft.coop("Rà soát")[0].startswith("UBND các xã có vùng cà phê")
    assert draft["Rà soát"]["deadline"]["before"] == "2026-08-31"
    assert draft.lead("Lập phương án")[0].startswith("Trung tâm Tư vấn và Hỗ trợ hợp tác xã")
    assert draft["Lập phương án"]["deadline"]["kind"] == "month"


def test_an_icon_before_a_fields_label_defines_nothing(tmp_path):
    lines = ["II. PHÂN CÔNG", "1️⃣ Khảo sát nhu cầu thuê giúp việc của hộ gia đình ở 14 khu phố",
             "👉 Chủ trì: Phòng Văn hóa - Xã hội", "🤝 Phối hợp: Hội Liên hiệp Phụ nữ phường",
             "⏰ Thời gian: xong trước 15/11/2026", "", "2️⃣ Vận động chị em lập hợp tác xã",
             "👉 Chủ trì: Hội Liên hiệp Phụ nữ phường", "⏰ Thời gian: tháng 12/2026"]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    assert draft.lead("Khảo sát") == ["Phòng Văn hóa - Xã hội"]
    assert draft.coop("Khảo sát")[0].startswith("Hội Liên hiệp Phụ nữ phường")
    assert draft.lead("Vận động")[0].startswith("Hội Liên hiệp Phụ nữ phường")
    from generator.importer import own_labels

    assert own_labels.names(lines) == {}  # no label of its own: the icons only mark the common labels
