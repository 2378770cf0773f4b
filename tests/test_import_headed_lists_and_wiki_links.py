"""kehoach import: doers named by a heading over their to-dos, by a "Giao" line or sentence, by square brackets after
the work, and names written as wiki links (issue 11).

- A Markdown heading that is nothing but a body's name ("### Phòng Văn hóa - Xã hội"), over a list of its work (a
  task list "- [ ] …" or plain bullets), gives that work to the body, where no title names a part of tasks: the plan
  is read, not refused as having no structure.
- A line "Giao: X chủ trì, Y phối hợp; hạn: 15/11." under an item: X leads, Y cooperates (two bodies' roles in one
  clause, parted by a comma); "X tổ chức, mời Y cử giảng viên" and "X chủ trì, cùng Y" stay one clause (the lead's own
  partners).
- The doers in square brackets at the end of an item, as a note before the list defines them ("[Văn phòng chủ trì;
  PH: Ban X; T8/2026]"), read as a round bracket's.
- A sentence "Giao X thực hiện, Y phối hợp." after the work, without a colon, the body typed in running case ("giao
  công chức Văn hóa - Xã hội xã thực hiện"): X leads, Y cooperates.
- A part's title that turns to the ones who do its items ("IV. ĐỐI VỚI CÁC HỢP TÁC XÃ, TỔ HỢP TÁC THAM GIA", "III. ĐỐI
  VỚI ỦY BAN NHÂN DÂN CÁC XÃ"): its items are their tasks (not a Công văn's numbered request "1. Đối với các sở, ngành").
- A table of each side's duties by their time, no column of work ("Mốc thời vụ | Phía Công ty | Phía HTX, THT"):
  each side's cell is a task of its own, led by the unit named before its colon ("Phòng Vùng nguyên liệu, cùng Viện
  X: …": its partner after "cùng"), else by the side; a cell "—" is no task. A note on what a column holds by its
  place ("Cột thứ nhất ghi mốc thời vụ: …", "Cột đầu bảng ghi mã đơn hàng …") is no task.
- The lead labelled in the item's sentence ("… . Phụ trách: Phòng Cung ứng.") and its partners and time on a line of
  their own below it ("Cùng làm: Phòng Pháp chế. Hạn: …", a PDF's line that opens with a label): both are read.
- No task: how a table orders its rows ("Bảng dưới đây xếp việc theo khu vực …"), where the work is shown ("… được thể
  hiện trong Sơ đồ triển khai ở trang sau."), whom to contact for details ("Thông tin chi tiết liên hệ: bà …, điện
  thoại …"), a request to all it is sent to ("X trân trọng đề nghị các đơn vị … cùng thực hiện./."), goodwill asked
  for the plan as a whole ("Đề nghị UBND xã X quan tâm, tạo điều kiện để … thực hiện tốt Kế hoạch này./."); a request
  for goodwill in one concrete thing ("… tạo điều kiện bố trí mặt bằng …") stays a task.
- HTML blocks a web page's copy keeps in Markdown ("<details open>", "<summary><strong>1. Phòng X</strong></summary>",
  "<div class=…>"): markup, their text read as the rest of the page's.
- How often the work recurs, put before its doer ("Hằng tháng các hợp tác xã gửi …", "Định kỳ hằng quý Văn phòng …",
  "Hằng tháng, các tổ hợp tác báo cáo …"): the doer after it leads, a class in running case as printed (not "các đơn
  vị" alone, the units a sentence before named: the reviewer's to say which).
- A wiki link ("[[Phòng Kinh tế]]", "[[Công an xã Măng Đen|Công an xã]]"), as a notes app writes a name that links to
  its page: the text it shows.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, named_as, plan_head, with_table, written, written_as
from generator.text import compact, plain_line

TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tLâm Văn Sang"]
XA = dict(issuer="ỦY BAN NHÂN DÂN XÃ VĨNH THẠNH", number="88/KH-UBND", place="Vĩnh Thạnh",
          title="Giúp các hợp tác xã trồng lúa vụ Đông Xuân 2026 - 2027")
MD_HEAD = ["**ỦY BAN NHÂN DÂN**  ", "**PHƯỜNG AN HẢI**", "", "Số: 52/KH-UBND", "",
           "*An Hải, ngày 04 tháng 9 năm 2026*", "", "# KẾ HOẠCH", "",
           "## Đưa sản phẩm của các hợp tác xã đến khách du lịch cuối năm 2026", "",
           "Trên địa bàn phường có 03 hợp tác xã làm hàng thủ công. UBND phường giao việc cho từng đơn vị như sau.", ""]
MD_TAIL = ["", "**Nơi nhận:**  ", "- Lưu: VT.", "", "**TM. ỦY BAN NHÂN DÂN**  ", "**CHỦ TỊCH**", "",
           "**Trần Văn Hải**"]


@pytest.mark.parametrize("box", ["[ ] ", ""])
def test_a_heading_that_names_a_body_gives_it_the_work_listed_under_it(tmp_path, box):
    lines = MD_HEAD + ["### Phòng Kinh tế, Hạ tầng và Đô thị", "",
                       f"- {box}Rà soát diện tích làm xưởng của từng hợp tác xã *(trước 15/10/2026)*",
                       f"- {box}Kết nối các hợp tác xã với cửa hàng lưu niệm (cùng Hiệp hội Du lịch tỉnh) *(tháng 11/2026)*",
                       "", "### Công an phường", "",
                       f"- {box}Kiểm tra việc bày hàng lấn vỉa hè *(thường xuyên)*", ""] + MD_TAIL
    draft = written(tmp_path, "ke-hoach.md", lines)
    assert named_as(draft.lead("Rà soát"), ["Phòng Kinh tế, Hạ tầng và Đô thị"])
    assert named_as(draft.lead("Kết nối"), ["Phòng Kinh tế, Hạ tầng và Đô thị"])
    assert named_as(draft.coop("Kết nối"), ["Hiệp hội Du lịch tỉnh"])
    assert named_as(draft.lead("Kiểm tra"), ["Công an phường"])
    assert draft["Rà soát"]["deadline"]["before"] == "2026-10-15"


@pytest.mark.parametrize("lead, partner", [("phòng Kinh tế", "Trưởng các thôn"),
                                           ("Trung tâm Dịch vụ tổng hợp xã", "Hội Nông dân xã")])
def test_a_given_line_with_two_roles_in_one_clause(tmp_path, lead, partner):
    lines = plan_head("ngày 19 tháng 10 năm 2026", **XA) + [
        "II. NỘI DUNG THỰC HIỆN", "",
        "1- Rà soát danh sách thành viên, diện tích, nguồn nước tưới của từng hợp tác xã.",
        f"Giao: {lead} chủ trì, {partner} phối hợp; hạn: 15/11.", "",
        "2- Nạo vét mương dẫn nước về khu ruộng của các tổ hợp tác.",
        f"Giao: {lead} chủ trì, Công an xã phối hợp; hạn: trước 30/11.", ""] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert named_as(draft.lead("Rà soát"), [lead])  # as printed, in running case
    assert named_as(draft.coop("Rà soát"), [partner])
    assert named_as(draft.coop("Nạo vét"), ["Công an xã"])
    assert draft["Rà soát"]["deadline"]["before"] == "2026-11-15"


def test_a_lead_with_its_own_partners_after_a_comma_stays_one_clause(tmp_path):
    lines = plan_head("ngày 19 tháng 10 năm 2026", **XA) + [
        "II. NỘI DUNG VÀ PHÂN CÔNG",
        "1. Tập huấn khởi sự hợp tác xã cho 150 đoàn viên (quý II/2026)",
        "+ Phân công: Trung tâm Hoạt động thanh thiếu nhi tỉnh tổ chức, mời Liên minh Hợp tác xã tỉnh cử giảng viên.",
        "2. Kết nối vốn vay cho thanh niên góp vốn vào hợp tác xã (thường xuyên)",
        "+ Phân công: Ban Phong trào chủ trì, cùng Chi nhánh Ngân hàng Chính sách xã hội tỉnh."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert named_as(draft.lead("Tập huấn"), ["Trung tâm Hoạt động thanh thiếu nhi tỉnh"])
    assert named_as(draft.lead("Kết nối"), ["Ban Phong trào"])


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_doers_in_square_brackets_after_the_work(tmp_path, suffix):
    items = ["1. Đối chiếu danh sách thành viên cũ, lập một danh sách chung "
             "[Ban Kiểm tra chủ trì; PH: Văn phòng; T8/2026]",
             "2. Gửi thư thông báo đầu mối liên hệ mới đến từng hợp tác xã [Văn phòng chủ trì; T9/2026]"]
    lines = plan_head("ngày 24 tháng 7 năm 2026", **XA) + [
        "II. NHIỆM VỤ", "(Cuối mỗi việc ghi trong ngoặc vuông: đơn vị chủ trì; PH: đơn vị phối hợp; thời hạn. T = tháng.)",
        *([x for i in items for x in ("", i)] if suffix == ".md" else items)] + TAIL
    draft = written(tmp_path, "ke-hoach" + suffix, lines)
    assert named_as(draft.lead("Đối chiếu"), ["Ban Kiểm tra"]) and named_as(draft.coop("Đối chiếu"), ["Văn phòng"])
    assert named_as(draft.lead("Gửi thư"), ["Văn phòng"])


@pytest.mark.parametrize("lead, partner", [("công chức Văn hóa - Xã hội xã", "trưởng các thôn"),
                                           ("phòng Kinh tế", "Hội Nông dân xã")])
def test_a_given_sentence_without_its_colon(tmp_path, lead, partner):
    lines = plan_head("ngày 12 tháng 10 năm 2026", **XA) + [
        "III. NỘI DUNG THỰC HIỆN", "1. Củng cố tổ hợp tác",
        "+ Rà soát 06 tổ hợp tác, hướng dẫn ký lại hợp đồng hợp tác theo mẫu mới; xong trước 31/10. "
        f"Giao {lead} thực hiện, {partner} phối hợp.",
        "+ Vận động hộ trồng ớt lập thêm 01 tổ hợp tác; Hội Nông dân xã chủ trì, hoàn thành trong tháng 11."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert named_as(draft.lead("Rà soát"), [lead])  # as printed, in running case
    assert named_as(draft.coop("Rà soát"), [partner])
    assert draft["Rà soát"]["deadline"]["before"] == "2026-10-31"


@pytest.mark.parametrize("raw, shown", [
    ("### 1. [[Phòng Kinh tế]]", "1. Phòng Kinh tế"),
    ("- Đề nghị [[Ủy ban MTTQ Việt Nam xã Măng Đen|Ủy ban MTTQ xã]] và [[Hội Nông dân xã]] vận động",
     "- Đề nghị Ủy ban MTTQ xã và Hội Nông dân xã vận động"),
])
def test_a_wiki_link_reads_as_the_text_it_shows(raw, shown):
    assert plain_line(raw) == shown
    assert compact(raw) == compact(shown)


def test_names_written_as_wiki_links(tmp_path):
    lines = ["---", "title: \"KH 148/KH-UBND\"", "tags: [ke-hoach, htx]", "---", ""] + MD_HEAD + [
        "## II. Phân công", "", "### 1. [[Phòng Kinh tế]]",
        "- Nắm lại diện tích, sản lượng của từng hợp tác xã; gửi về UBND phường **trước ngày 20/10/2026**.",
        "- Hướng dẫn các hợp tác xã làm hồ sơ mã số vùng trồng, phối hợp [[Chi cục Trồng trọt và Bảo vệ thực vật tỉnh]]; "
        "*thời gian: quý IV/2026*.", "",
        "### 2. [[Công an phường An Hải|Công an phường]]",
        "- Hướng dẫn đỗ xe, giữ trật tự tại các điểm bán hàng của hợp tác xã; *thường xuyên*.", ""] + MD_TAIL
    draft = written(tmp_path, "ke-hoach.md", lines)
    assert named_as(draft.lead("Nắm lại"), ["Phòng Kinh tế"])
    assert named_as(draft.coop("Hướng dẫn các"), ["Chi cục Trồng trọt và Bảo vệ thực vật tỉnh"])
    assert named_as(draft.lead("Hướng dẫn đỗ"), ["Công an phường"])


@pytest.mark.parametrize("title, lead", [("IV. ĐỐI VỚI CÁC HỢP TÁC XÃ, TỔ HỢP TÁC THAM GIA", "Các hợp tác xã, tổ hợp tác tham gia"),
                                         ("III. ĐỐI VỚI ỦY BAN NHÂN DÂN CÁC XÃ", "Ủy ban nhân dân các xã")])
def test_a_part_titled_by_whom_it_asks(tmp_path, title, lead):
    lines = plan_head("ngày 18 tháng 9 năm 2026", **XA) + [
        "II. TÌNH HÌNH", "Toàn xã có 06 hợp tác xã đang hoạt động.", title,
        "1. Gửi Phòng Kinh tế danh sách thành viên (họ tên, số định danh cá nhân) trước ngày 05/10/2026.",
        "2. Báo cáo kết quả sản xuất vụ Đông Xuân trước ngày 15/12/2026."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert draft.lead("Gửi Phòng") and draft.lead("Gửi Phòng") == draft.lead("Báo cáo kết quả")
    assert draft.lead("Gửi Phòng")[0].lower().startswith(lead.lower())
    assert draft["Gửi Phòng"]["deadline"]["before"] == "2026-10-05"


SIDES_HEAD = ["CÔNG TY CỔ PHẦN RONG BIỂN HẢI ĐĂNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
              "Số: 31/KH-RBHĐ\tCam Ranh, ngày 10 tháng 11 năm 2026", "", "KẾ HOẠCH",
              "Cùng các hợp tác xã nuôi trồng rong làm vụ rong năm 2027", "", "II. LỊCH THỜI VỤ VÀ PHÂN CÔNG",
              "Cột thứ nhất ghi mốc thời vụ: thượng tuần là từ ngày 01 đến ngày 10; ô có dấu \"—\" là phía đó không có việc.", ""]
SIDES_TAIL = ["Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tTrần Quang Vĩnh"]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("ours, theirs", [("Phía Công ty", "Phía HTX, THT"), ("Phía Doanh nghiệp", "Phía Hợp tác xã")])
def test_each_sides_duties_by_their_time(tmp_path, suffix, ours, theirs):
    rows = [["Tháng 11/2026", "Phòng Vùng nguyên liệu: ký phụ lục hợp đồng bao tiêu với từng hợp tác xã.",
             "Các HTX, THT: lập danh sách thành viên tham gia liên kết."],
            ["Tháng 12/2026", "Phòng Kỹ thuật, cùng Viện Hải dương học: đo độ mặn tại 06 điểm nuôi.", "—"],
            ["Trước Tết Nguyên đán", "—", "HTX Rong biển Cam Bình: lập tổ trực giàn trong những ngày nghỉ Tết."]]
    draft = written_as(tmp_path, "ke-hoach", suffix,
                       with_table(SIDES_HEAD, ["Mốc thời vụ", ours, theirs], rows, [""] + SIDES_TAIL, suffix))
    assert len(draft.texts()) == 4  # four cells of work; the note and the "—" cells are none
    assert named_as(draft.lead("Phòng Vùng"), ["Phòng Vùng nguyên liệu"])
    assert draft["Phòng Vùng"]["deadline"]["month"] == 11
    assert named_as(draft.lead("Các HTX, THT"), ["Các HTX, THT"])
    assert named_as(draft.lead("Phòng Kỹ thuật"), ["Phòng Kỹ thuật"])
    assert named_as(draft.coop("Phòng Kỹ thuật"), ["Viện Hải dương học"])
    assert named_as(draft.lead("HTX Rong"), ["HTX Rong biển Cam Bình"])


@pytest.mark.parametrize("note", [
    "Cột thứ nhất ghi mốc thời vụ: thượng tuần là từ ngày 01 đến ngày 10, trung tuần từ ngày 11 đến ngày 20.",
    "Cột đầu bảng ghi mã đơn hàng, khách hàng và ngày tàu chạy để các bộ phận đối chiếu; hạn của mỗi việc ghi ở cột cuối.",
])
def test_a_note_on_what_a_column_holds_by_its_place(note):
    assert gives_no_task(note)


@pytest.mark.parametrize("label, partner_label", [("Phụ trách", "Cùng làm"), ("Chủ trì", "Phối hợp")])
def test_a_lead_in_the_sentence_and_its_partners_on_the_line_below(tmp_path, label, partner_label):
    lines = plan_head("ngày 05 tháng 10 năm 2026", **XA) + [
        "II. CÁC VIỆC CẦN LÀM",
        f"1. Ký hợp đồng mua gạo năm 2027 với hai hợp tác xã, ghi rõ giống lúa và giá từng quý. {label}: Phòng Kinh tế.",
        f"{partner_label}: Văn phòng. Hạn: trước ngày 15/12/2026.",
        f"2. Hướng dẫn các hợp tác xã ủ chua phụ phẩm làm thức ăn chăn nuôi. {label}: Trạm Khuyến nông.",
        f"{partner_label}: Hội Nông dân xã. Hạn: tháng 3/2027."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert named_as(draft.lead("Ký hợp đồng"), ["Phòng Kinh tế"]) and named_as(draft.coop("Ký hợp đồng"), ["Văn phòng"])
    assert named_as(draft.lead("Hướng dẫn"), ["Trạm Khuyến nông"])
    assert named_as(draft.coop("Hướng dẫn"), ["Hội Nông dân xã"])
    assert draft["Ký hợp đồng"]["deadline"]["before"] == "2026-12-15"


@pytest.mark.parametrize("text", [
    "Bảng dưới đây xếp việc theo khu vực trên sân: cột \"Khu vực\" chỉ nơi làm việc, không phải đơn vị thực hiện.",
    "Bảng sau sắp xếp các việc theo tháng thực hiện.",
    "Các bước của cuộc điều tra, đơn vị chủ trì, đơn vị phối hợp và thời hạn được thể hiện trong Sơ đồ triển khai ở trang sau.",
    "Nhiệm vụ, đơn vị chủ trì và thời hạn của từng việc được thể hiện tại Phụ lục kèm theo.",
    "Thông tin chi tiết liên hệ: bà Lò Thị Hạnh, chuyên viên Phòng Quản lý thương mại, điện thoại 0214.3 856 217.",
    "Thông tin chi tiết liên hệ: ông Trần Văn An, Phòng Kinh tế, điện thoại 0912 345 678.",
    "Sở Công Thương trân trọng đề nghị các đơn vị và các hợp tác xã cùng thực hiện./.",
    "Liên minh Hợp tác xã tỉnh trân trọng đề nghị các cơ quan, đơn vị thực hiện./.",
    "Đề nghị UBND xã Phúc Xuân quan tâm, tạo điều kiện để Công ty và các hợp tác xã thực hiện tốt Kế hoạch này./.",
    "Đề nghị Liên minh Hợp tác xã tỉnh quan tâm, tạo điều kiện để các hợp tác xã thành viên thực hiện Kế hoạch này.",
])
def test_notes_contacts_and_courtesies_are_no_tasks(text):
    assert gives_no_task(text)


def test_goodwill_asked_for_one_thing_is_a_task():
    assert not gives_no_task("Đề nghị UBND xã quan tâm, tạo điều kiện bố trí mặt bằng cho hợp tác xã làm kho lạnh "
                             "trong quý IV/2026.")


POST_HEAD = ["Phường An Hải - Thành phố Đà Nẵng", "16 tháng 10 lúc 08:15 · 🌏", "",
             "📢📢 UBND PHƯỜNG AN HẢI BAN HÀNH KẾ HOẠCH HỖ TRỢ HỢP TÁC XÃ 👇👇👇", "",
             "ỦY BAN NHÂN DÂN", "PHƯỜNG AN HẢI", "Số: 52/KH-UBND", "",
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "An Hải, ngày 15 tháng 10 năm 2026", "",
             "KẾ HOẠCH", "Hỗ trợ thành lập hợp tác xã dịch vụ trên địa bàn phường năm 2026", ""]
POST_TAIL = ["", "Nơi nhận:", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(đã ký)", "Trần Văn Hải", "",
             "#AnHai #HopTacXa", "👍❤️ 125 · 12 bình luận · 8 lượt chia sẻ"]


@pytest.mark.parametrize("numbers", [["1️⃣", "2️⃣", "3️⃣"], ["🔹", "🔹", "🔹"]])
def test_a_plan_posted_with_emoji(tmp_path, numbers):
    items = [("Khảo sát nhu cầu thuê giúp việc, trông trẻ của hộ gia đình tại 14 khu phố", "Phòng Văn hóa - Xã hội",
              "Hội Liên hiệp Phụ nữ phường", "xong trước 15/11/2026"),
             ("Mở lớp chăm sóc người cao tuổi cho thành viên hợp tác xã", "Trạm Y tế phường", None, "quý I/2027"),
             ("Xác nhận nơi cư trú cho thành viên hợp tác xã", "Công an phường", None, "thường xuyên")]
    lines = POST_HEAD + ["🎯 I. MỤC ĐÍCH, YÊU CẦU", "✅ Có 01 hợp tác xã dịch vụ gia đình với ít nhất 20 thành viên.", "",
                         "📌 II. PHÂN CÔNG CỤ THỂ", ""]
    for mark, (work, lead, partner, due) in zip(numbers, items):
        lines += [f"{mark} {work}", f"👉 Chủ trì: {lead}"] + ([f"🤝 Phối hợp: {partner}"] if partner else []) + \
                 [f"⏰ Thời gian: {due}", ""]
    draft = written(tmp_path, "ke-hoach.txt", lines + POST_TAIL)
    assert [t[:10] for t in draft.texts()] == ["Khảo sát n", "Mở lớp chă", "Xác nhận n"]
    assert named_as(draft.lead("Khảo sát"), ["Phòng Văn hóa - Xã hội"])
    assert named_as(draft.coop("Khảo sát"), ["Hội Liên hiệp Phụ nữ phường"])
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-11-15"
    assert named_as(draft.lead("Mở lớp"), ["Trạm Y tế phường"]) and draft["Mở lớp"]["deadline"]["quarters"] == [1]
    assert named_as(draft.lead("Xác nhận"), ["Công an phường"])


@pytest.mark.parametrize("open_tag, close_tag", [("<details open>", "</details>"),
                                                 ('<div class="accordion-item" id="muc-2">', "</div>")])
def test_html_blocks_of_a_web_page(tmp_path, open_tag, close_tag):
    def block(n, body, items):
        return ["", open_tag, f"<summary><strong>{n}. {body}</strong></summary>", "",
                *[f"- {item}" for item in items], "", close_tag]
    lines = MD_HEAD + ["## II. NHIỆM VỤ"] \
        + block(1, "Phòng Kinh tế", ["Tham mưu UBND phường kế hoạch hỗ trợ hợp tác xã năm 2027, trước ngày 15/12/2026.",
                                    "Hướng dẫn các hợp tác xã đăng ký nhu cầu hỗ trợ, trong quý I/2027."]) \
        + block(2, "Văn phòng HĐND và UBND phường", ["Đưa các chính sách hỗ trợ hợp tác xã lên trang thông tin điện "
                                                    "tử của phường, thường xuyên."]) + MD_TAIL
    draft = written(tmp_path, "ke-hoach.md", lines)
    assert not any("<" in t or "summary" in t for t in draft.texts())
    assert named_as(draft.lead("Tham mưu"), ["Phòng Kinh tế"]) and named_as(draft.lead("Hướng dẫn"), ["Phòng Kinh tế"])
    assert named_as(draft.lead("Đưa các"), ["Văn phòng HĐND và UBND phường"])


@pytest.mark.parametrize("sentence, lead", [
    ("Hằng tháng các hợp tác xã gửi kết quả về Phòng Kinh tế trước ngày 25 để tổng hợp báo cáo Chủ tịch UBND phường.",
     "các hợp tác xã"),
    ("Định kỳ hằng quý Văn phòng HĐND và UBND phường tổng hợp kết quả, báo cáo Chủ tịch UBND phường.",
     "Văn phòng HĐND và UBND phường"),
    ("Hằng tháng, các tổ hợp tác báo cáo số lượng hàng bán được về Phòng Kinh tế.", "các tổ hợp tác"),
])
def test_how_often_put_before_the_doer(tmp_path, sentence, lead):
    lines = MD_HEAD + ["### Công an phường", "", "- Kiểm tra việc bày hàng lấn vỉa hè *(thường xuyên)*",
                       f"- {sentence}"] + MD_TAIL
    draft = written(tmp_path, "ke-hoach.md", lines)
    assert named_as(draft.lead("Kiểm tra"), ["Công an phường"])
    assert [n.lower() for n in draft.lead(sentence[:12])] == [lead.lower()] or named_as(draft.lead(sentence[:12]), [lead])
