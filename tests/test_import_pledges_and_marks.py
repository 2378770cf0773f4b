"""kehoach import: the doers all on one line by who they are ("Người làm: X; Y (*)"), the lead marked among them; a
line of fields set apart by runs of spaces, labelled the document's own way ("Cầm việc: X    Kề vai: Y    Hẹn ngày: Z",
its note: "“Cầm việc” là nơi lo chính … “Hẹn ngày” là lúc phải xong"); a plan of pledges ("X cam kết …; nhờ Y, Z hỗ
trợ; hạn cam kết: …"); each partner once; the doer in bold after the item's time in a code span ("`tháng 11/2025`
**Phòng X:** …") and the partners added after a plus ("(+ Y; Z)") (issue 11).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import plan_head, written, written_as

TAIL = ["", "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VT.\tCHỦ TỊCH", "", "\tNay H'Lan"]
XA = dict(issuer="ỦY BAN NHÂN DÂN XÃ PHONG ĐIỀN", number="198/KH-UBND", place="Cần Thơ",
          title="Củng cố hợp tác xã trái cây năm 2026")


def _head(**values) -> list[str]:
    return plan_head("ngày 18 tháng 8 năm 2026", **(values or XA))[:-1]


# --- the doers all on one line, the lead marked among them -------------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("label", ["Người làm", "Nơi làm"])
def test_the_doers_on_one_line_the_lead_marked_among_them(tmp_path, suffix, label):
    lines = ["II. NHIỆM VỤ", "1) Rà soát lại 06 hợp tác xã trái cây, hợp đồng bao tiêu còn hiệu lực.",
             f"   {label}: Phòng Kinh tế (*); Liên minh Hợp tác xã thành phố", "   Xong: trước 15/9/2026",
             "2) Vận động 03 tổ hợp tác du lịch chuyển lên hợp tác xã.",
             f"   {label}: Ủy ban Mặt trận Tổ quốc Việt Nam xã; Phòng Kinh tế (*); Trung tâm Phục vụ hành chính công xã",
             "   Xong: quý I/2027"]
    draft = written_as(tmp_path, "ke-hoach", suffix, _head() + lines + TAIL)
    assert [t[:8] for t in draft.texts()] == ["Rà soát ", "Vận động"]
    assert draft.lead("Rà soát") == ["Phòng Kinh tế"]
    assert draft.coop("Rà soát") == ["Liên minh Hợp tác xã thành phố"]
    assert draft["Rà soát"]["deadline"]["before"] == "2026-09-15"
    assert draft.lead("Vận động") == ["Phòng Kinh tế"]  # marked, wherever it stands
    assert len(draft.coop("Vận động")) == 2


# --- fields set apart by runs of spaces, labelled the document's own way -------------------------------------------------------

@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_own_labels_set_apart_by_runs_of_spaces(tmp_path, suffix):
    head = _head(issuer="HỘI LIÊN HIỆP PHỤ NỮ XÃ CÁT TRINH", number="21/KH-HPN", place="Gia Lai",
                 title="Phụ nữ làm kinh tế tập thể")
    lines = ["II. NHIỆM VỤ VÀ PHÂN CÔNG", "(Dưới mỗi việc có một dòng: \"Cầm việc\" là nơi lo chính, \"Kề vai\" là nơi "
             "cùng làm, \"Hẹn ngày\" là lúc phải xong.)", "",
             "1. Rà soát chị em làm bánh tráng nhỏ lẻ ở các thôn, lập danh sách người muốn vào tổ hợp tác.",
             "     Cầm việc: Chi hội trưởng các thôn    Kề vai: (không)    Hẹn ngày: 28/02/2027", "",
             "2. Vận động thành lập Tổ hợp tác nấm rơm, giúp tổ viết hợp đồng hợp tác.",
             "     Cầm việc: Ban Thường vụ Hội LHPN xã    Kề vai: Phòng Kinh tế xã    Hẹn ngày: tháng 3/2027"]
    draft = written_as(tmp_path, "ke-hoach", suffix, head + lines + TAIL)
    assert draft.lead("Rà soát") == ["Chi hội trưởng các thôn"]
    assert draft.coop("Rà soát") == []  # "(không)": no one
    assert draft["Rà soát"]["deadline"]["before"] == "2027-02-28"
    assert draft.lead("Vận động") == ["Ban Thường vụ Hội LHPN xã"]
    assert draft.coop("Vận động") == ["Phòng Kinh tế xã"]
    assert draft["Vận động"]["deadline"]["month"] == 3


# --- a plan of pledges ---------------------------------------------------------------------------------------------------

PLEDGES = ["II. ĐĂNG KÝ CỦA CÁC BAN, HỘI VIÊN", "",
           "ĐĂNG KÝ 01: Ban Kết nối thị trường cam kết lập nhóm mua chung cà phê nhân của 05 hợp tác xã; nhờ Văn",
           "phòng Hội, Liên minh Hợp tác xã tỉnh hỗ trợ; hạn cam kết: tháng 02/2027.", "",
           "ĐĂNG KÝ 02: Công ty TNHH Cà phê Phố Núi cam kết bao tiêu 120 tấn cà phê chín đỏ của hợp tác xã; nhờ Ban",
           "Kết nối thị trường hỗ trợ; hạn cam kết: quý II/2027."]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_plan_of_pledges(tmp_path, suffix):
    head = _head(issuer="HỘI DOANH NHÂN TRẺ TỈNH GIA LAI", number="21/KH-DNT", place="Gia Lai",
                 title="Doanh nhân trẻ đồng hành cùng hợp tác xã")
    draft = written_as(tmp_path, "ke-hoach", suffix, head + PLEDGES + TAIL)
    assert draft.lead("ĐĂNG KÝ 01") == ["Ban Kết nối thị trường"]
    assert len(draft.coop("ĐĂNG KÝ 01")) == 2
    assert draft["ĐĂNG KÝ 01"]["deadline"]["month"] == 2
    assert draft.lead("ĐĂNG KÝ 02") == ["Công ty TNHH Cà phê Phố Núi"]
    assert draft.coop("ĐĂNG KÝ 02") == ["Ban Kết nối thị trường"]


def test_a_partner_named_twice_is_one_partner(tmp_path):
    lines = ["II. ĐĂNG KÝ", "ĐĂNG KÝ 03: Ban Khởi nghiệp cam kết tổ chức 02 buổi cà phê khởi nghiệp cho giám đốc hợp tác",
             "xã trẻ, mời chuyên gia nói về gọi vốn; nhờ Tỉnh Đoàn Gia Lai, Trung tâm Hỗ trợ khởi nghiệp tỉnh",
             "hỗ trợ; hạn cam kết: quý II/2027."]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    coop = draft.coop("ĐĂNG KÝ 03")
    assert len(coop) == len(set(coop)) == 2


# --- the doer in bold after the item's time in a code span; partners after a plus --------------------------------------------

@pytest.mark.parametrize("time", ["`tháng 11/2026`", "`trước 31/10/2026`"])
def test_the_doer_in_bold_after_a_time_in_a_code_span(tmp_path, time):
    head = [line.replace("\t", " ") for line in _head(issuer="TRUNG TÂM KHUYẾN CÔNG NGHỆ AN", number="87/KH-TTKC",
                                                        place="Nghệ An", title="Máy móc cho hợp tác xã")]
    lines = ["", "## II. NHIỆM VỤ", "",
             f"1. {time} **Phòng Khuyến công:** khảo sát máy móc đang dùng ở 20 hợp tác xã. _(+ Liên minh Hợp tác xã "
             "tỉnh; Phòng Kinh tế các xã có làng nghề)_",
             "2. `quý I/2027` **Phòng Tư vấn và Chuyển giao công nghệ:** lắp máy sấy tại một hợp tác xã làm mô hình."]
    draft = written(tmp_path, "ke-hoach.md", head + lines + ["", "## III. TỔ CHỨC THỰC HIỆN", "", "Các phòng làm đúng hạn.", ""]
                    + [line.replace("\t", " ") for line in TAIL])
    assert draft.lead(time) == ["Phòng Khuyến công"]
    assert draft.coop(time) == ["Liên minh Hợp tác xã tỉnh", "Phòng Kinh tế các xã có làng nghề"]
    assert draft.lead("`quý I/2027`") == ["Phòng Tư vấn và Chuyển giao công nghệ"]
    assert draft.coop("`quý I/2027`") == []
