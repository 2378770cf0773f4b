"""kehoach import: an association's member associations as a class, "Viện trợ" no institute, a level's post office or
power branch by its level alone, "kiểm soát" inside a unit's name, "Mọi vướng mắc …" as a closing, upright headers and
cells that label both roles (issue 11).

- "Các hội hữu nghị thành viên báo cáo …", "Các hội ngành nghề thành viên gửi …": the class leads, as printed; not "Các
  hội nghị …" (meetings), "hội chợ", "hội viên".
- "Ban Dự án và Viện trợ PCPNN": one unit ("Viện trợ" is aid, no "Viện").
- "Phối hợp Bưu điện tỉnh …", "Điện lực xã …": a branch by its level alone.
- "Phòng Kiểm tra, kiểm soát nội bộ": one unit's name.
- "Mọi vướng mắc xin trao đổi trực tiếp với Phòng …./.": no task.
- A table's header typed one letter a line ("Đ<br>ơ<br>n<br>…"): the column its letters spell; a doers' cell that labels
  both roles a line each ("Chủ trì: X<br>Phối hợp: Y, Z"); "Trung ương Hội …", "Ban nhân dân các ấp" as bodies; a time
  cell "Khi …" (a condition).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import drafted, gives_no_task, names_of, with_table, written, written_as
from generator.importer import fields
from generator.importer.tables import _column, _columns

UNION = ["{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
         "Số: {number}/KH-LH\t{place}, ngày 15 tháng 6 năm 2026", "", "KẾ HOẠCH",
         "Kết nối hợp tác xã với đối tác năm 2026", "", "I. MỤC ĐÍCH", "Mở rộng thị trường cho hợp tác xã.", "",
         "II. NHIỆM VỤ",
         "1. Ban {unit} lập danh sách hợp tác xã có sản phẩm xuất khẩu, xong trong tháng 7/2026.",
         "2. Các hội {members} thành viên báo cáo kết quả kết nối về Văn phòng trước ngày 30/11/2026.",
         "3. Văn phòng phối hợp Bưu điện tỉnh đưa sản phẩm của hợp tác xã lên sàn thương mại điện tử trong quý III/2026.",
         "", "Mọi vướng mắc xin trao đổi trực tiếp với Văn phòng (ĐT: 0236.3822.xxx)./.", "",
         "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VT.\tCHỦ TỊCH", "\t{signer}"]


@pytest.mark.parametrize("issuer, number, place, unit, members, signer, suffix", [
    ("LIÊN HIỆP CÁC HỘI KHOA HỌC TỈNH NGHỆ AN", "27", "Nghệ An", "Dự án và Viện trợ", "ngành nghề", "Lê Văn Thắng",
     ".txt"),
    ("HỘI DOANH NGHIỆP TỈNH QUẢNG NINH", "41", "Quảng Ninh", "Đối ngoại và Viện trợ", "doanh nghiệp huyện",
     "Phạm Thị Hà", ".md"),
])
def test_member_associations_and_a_unit_of_aid(tmp_path, issuer, number, place, unit, members, signer, suffix):
    draft = drafted(tmp_path, UNION, suffix, issuer=issuer, number=number, place=place, unit=unit, members=members,
                    signer=signer)
    assert len(draft.texts()) == 3, draft.texts()  # the contact line is no task
    assert draft.lead("Ban") == [f"Ban {unit}"]
    assert draft.lead("Các hội") == [f"Các hội {members} thành viên"]
    assert draft.coop("Văn phòng phối hợp") == ["Bưu điện tỉnh"]


@pytest.mark.parametrize("text, name", [
    ("Điện lực xã hướng dẫn hợp tác xã lắp điện mặt trời", "Điện lực xã"),
    ("Viễn thông tỉnh hỗ trợ hợp tác xã chữ ký số", "Viễn thông tỉnh"),
])
def test_a_branch_by_its_level_alone(text, name):
    assert names_of(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("Phòng Kiểm tra, kiểm soát nội bộ lập báo cáo", "Phòng Kiểm tra, kiểm soát nội bộ"),
    ("Ban Kiểm tra, kiểm soát thu chi gửi kết quả", "Ban Kiểm tra, kiểm soát thu chi"),
])
def test_control_inside_a_units_name(text, name):
    assert fields.name_only(text) == name


def test_meetings_are_no_class_of_associations():
    assert not fields.ACTOR_CLASS.match("cac hoi nghi chuyen de")
    assert not fields.ACTOR_CLASS.match("cac hoi vien")
    assert fields.ACTOR_CLASS.match("cac hoi huu nghi thanh vien")


@pytest.mark.parametrize("text", [
    "Mọi vướng mắc xin trao đổi trực tiếp với Phòng Doanh nghiệp (ĐT: 0277.3851.xxx)./.",
    "Mọi khó khăn, vướng mắc đề nghị phản ánh về Văn phòng Hội để được hướng dẫn./.",
])
def test_any_difficulty_sent_to_an_office_is_no_task(text):
    assert gives_no_task(text)


def _upright(word: str) -> str:
    """A header typed one letter a line, as a Markdown cell writes the line breaks."""
    return "<br>".join(ch for ch in word if ch != " ")


PARK = ["| {parent}<br>**{issuer}** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |",
        "|:---:|:---:|", "| Số: {number}/KH-BQL | *{place}, ngày 10 tháng 9 năm 2025* |", "", "## KẾ HOẠCH",
        "### Đưa nông sản của hợp tác xã vào bếp ăn tập thể năm 2025 - 2026", "", "**I. MỤC ĐÍCH**", "",
        "Mở đầu ra ổn định cho hợp tác xã.", "", "**II. NỘI DUNG**", "",
        "| STT | Nội dung | {who} | {when} |", "|---|---|---|---|",
        "| 1 | Khảo sát nhu cầu suất ăn của các doanh nghiệp | Chủ trì: Phòng Doanh nghiệp<br>Phối hợp: {union} | "
        "Tháng 10/2025 |",
        "| 2 | Giới thiệu hợp tác xã cung ứng rau, thịt | Chủ trì: Văn phòng Ban<br>Phối hợp: Liên minh HTX tỉnh, "
        "Ban nhân dân các ấp | Khi doanh nghiệp có nhu cầu mới |",
        "| 3 | Kiểm tra an toàn thực phẩm hàng giao bếp ăn | Chủ trì: Chi cục An toàn vệ sinh thực phẩm | Khi hợp tác "
        "xã bắt đầu giao hàng |", "", "{closing}",
        "| **Nơi nhận:**<br>- Lưu: VT. | **KT. TRƯỞNG BAN**<br>**PHÓ TRƯỞNG BAN**<br><br>**{signer}** |",
        "|:---|:---:|"]


@pytest.mark.parametrize("parent, issuer, number, place, who, when, union, closing, signer", [
    ("UBND TỈNH HƯNG YÊN", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "61", "Hưng Yên", "Đơn vị thực hiện", "Thời gian",
     "Công đoàn các khu công nghiệp", "Trên đây là Kế hoạch của Ban Quản lý các khu công nghiệp./.", "Đỗ Văn Hùng"),
    # the signature's table right after the task table, nothing between: it ends the table
    ("UBND TỈNH THÁI NGUYÊN", "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "88", "Thái Nguyên", "Cơ quan thực hiện", "Tiến độ",
     "Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "", "Ma Thị Hằng"),
])
def test_upright_headers_and_cells_that_label_both_roles(tmp_path, parent, issuer, number, place, who, when, union,
                                                         closing, signer):
    lines = [line.format(parent=parent, issuer=issuer, number=number, place=place, who=_upright(who),
                         when=_upright(when), union=union, closing=closing, signer=signer) for line in PARK]
    draft = written(tmp_path, "ke-hoach.md", lines)
    assert len(draft.texts()) == 3, draft.texts()
    assert draft.lead("Khảo sát nhu cầu") == ["Phòng Doanh nghiệp"]
    assert draft.coop("Khảo sát nhu cầu") == [union]
    assert draft["Khảo sát nhu cầu"]["deadline"]["month"] == 10
    assert draft.lead("Giới thiệu hợp tác xã") == ["Văn phòng Ban"]
    assert draft.coop("Giới thiệu hợp tác xã") == ["Liên minh HTX tỉnh", "Ban nhân dân các ấp"]
    assert draft["Giới thiệu hợp tác xã"]["deadline"]["kind"] == "after-condition"
    assert draft["Kiểm tra an toàn"]["deadline"]["kind"] == "after-condition"
    assert draft.plan["signer"]["name"] == signer


def test_a_header_of_single_letters_that_spell_no_column_is_none():
    assert _column("S T T") is None  # three letters: an abbreviation typed spaced, not an upright title
    assert _column(_upright("Ghi chú")) == "note"
    assert _column(_upright("Xyz abc")) is None


LOTS = ["{parent}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{issuer}\tĐộc lập - Tự do - Hạnh phúc",
        "Số: {number}/KH-TT\t{place}, ngày 05 tháng 3 năm 2026", "", "KẾ HOẠCH", "{subject}", "", "I. MỤC ĐÍCH",
        "Làm xong đúng hạn.", "", "II. NỘI DUNG"]
LOTS_TAIL = ["III. TỔ CHỨC THỰC HIỆN",
             "Câu lạc bộ {club} (trực thuộc Hội) làm đầu mối, cùng Sở Công Thương thực hiện việc kết nối; quý III/2026.",
             "", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.", "\t{signer}"]


@pytest.mark.parametrize("parent, issuer, number, place, subject, work, club, signer, suffix", [
    ("SỞ TƯ PHÁP TỈNH PHÚ THỌ", "TRUNG TÂM DỊCH VỤ ĐẤU GIÁ TÀI SẢN", "12", "Phú Thọ",
     "Đấu giá tài sản của các hợp tác xã đã giải thể năm 2026", "Tài sản đấu giá", "Doanh nghiệp trẻ", "Lê Văn Tú",
     ".txt"),
    ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH AN GIANG", "CHI CỤC PHÁT TRIỂN NÔNG THÔN", "40", "An Giang",
     "Nhân rộng mô hình hợp tác xã kiểu mới năm 2026", "Mô hình", "Giám đốc hợp tác xã", "Trần Văn Bảy", ".md"),
])
def test_a_table_whose_work_column_has_a_name_of_its_own(tmp_path, parent, issuer, number, place, subject, work, club,
                                                         signer, suffix):
    values = dict(parent=parent, issuer=issuer, number=number, place=place, subject=subject, club=club, signer=signer)
    lines = with_table([line.format(**values) for line in LOTS],
                       ["TT", work, "Người có tài sản", "Bộ phận thực hiện", "Phối hợp", "Dự kiến thời gian"], [
        ["1", "Nhà sơ chế và máy sấy của hợp tác xã A", "Tổ giải thể", "Phòng Nghiệp vụ 1", "UBND xã A", "Tháng 4/2026"],
        ["2", "Xe tải và kho lạnh của hợp tác xã B", "UBND xã B", "Phòng Nghiệp vụ 2", "", "Quý III/2026"],
    ], [line.format(**values) for line in LOTS_TAIL], suffix)
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert len(draft.texts()) == 3, draft.texts()
    assert draft.lead("Nhà sơ chế") == ["Phòng Nghiệp vụ 1"]
    assert draft.coop("Nhà sơ chế") == ["UBND xã A"]
    assert draft["Xe tải"]["deadline"]["quarters"] == [3]
    assert draft.lead("Câu lạc bộ") == [f"Câu lạc bộ {club}"]


def test_a_first_column_without_a_number_before_it_is_no_work():
    assert _columns(["Đoàn", "Đơn vị chủ trì", "Đơn vị tham gia", "Thời gian"])[0] is None
    assert _columns(["TT", "Mô hình", "Đơn vị chủ trì", "Thời gian"])[1] == "text"
