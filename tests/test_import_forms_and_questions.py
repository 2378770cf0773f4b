"""kehoach import: the work handed out by a part's title ("II. GIAO VIỆC", "III. VIỆC VÀ NGƯỜI CẦM VIỆC"); an item's
fields asked plainly ("Ai làm:", "Làm gì:", "Cùng ai:", "Bao giờ xong:"); a divider ruled across the text naming the
time of the items under it ("------ Mốc: trước 31/10/2026 ------"); a task given as a form of labelled lines only, its
work labelled among them ("Gửi:" / "Đồng gửi:" / "Việc:" / "Hạn báo kết quả:"), in a text or in a PDF whose labels
stand in a column of their own; a table's band rows naming the lead of the rows under them ("**Ban X chủ trì**") and
its "Xong" column; a table of labels and values nested in a Word cell ("Chính" | lead, "Phụ" | partners); a time
counted in hours from an event (issue 11).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import CHROMIUM
from drafts import Draft, plan_head, with_table, word_document, written, written_as

TAIL = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "", "\tPhạm Văn Hòa"]
XA = dict(issuer="ỦY BAN NHÂN DÂN XÃ TÂN PHÚ", number="203/KH-UBND", place="Tân Phú",
          title="Hỗ trợ tổ hợp tác, hợp tác xã năm 2026 - 2027")


def _head(**values) -> list[str]:
    return plan_head("ngày 12 tháng 10 năm 2026", **(values or XA))[:-1]


# --- a part titled by handing out the work -------------------------------------------------------------------------------

@pytest.mark.parametrize("title", ["II. GIAO VIỆC", "III. PHÂN VIỆC", "II. VIỆC VÀ NGƯỜI CẦM VIỆC",
                                   "II. CÔNG VIỆC VÀ NGƯỜI PHỤ TRÁCH"])
def test_a_part_titled_by_handing_out_the_work(tmp_path, title):
    lines = [title, "1. Lập danh sách 12 tổ hợp tác trồng rau đủ điều kiện lên hợp tác xã. Tháng 11/2026.",
             "2. Mở lớp ghi sổ sách cho tổ trưởng các tổ hợp tác. Trước 15/12/2026.", "",
             "IV. TỔ CHỨC THỰC HIỆN", "Văn phòng HĐND và UBND xã theo dõi, tổng hợp kết quả trước 20/6/2027."]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    assert [t[:8] for t in draft.texts()] == ["Lập danh", "Mở lớp g", "Văn phòn"]  # the items whoever does them


def test_a_part_of_what_the_work_was_sets_none(tmp_path):
    lines = ["II. VIỆC ĐÃ GIAO NĂM TRƯỚC", "1. Lập danh sách 12 tổ hợp tác trồng rau đủ điều kiện lên hợp tác xã.", "",
             "III. NHIỆM VỤ", "1. Văn phòng HĐND và UBND xã chủ trì theo dõi, tổng hợp kết quả trước 20/6/2027."]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    assert [t[:8] for t in draft.texts()] == ["Văn phòn"]


# --- fields asked plainly ------------------------------------------------------------------------------------------------

ASKED = ["II. GIAO VIỆC", "", "Việc 1", "  Ai làm:        Phòng Kinh tế",
         "  Làm gì:        Đến từng tổ hợp tác xem hợp đồng hợp tác, giúp các tổ chưa có",
         "                 văn bản soạn lại cho đúng mẫu", "  Cùng ai:       Hội Nông dân xã",
         "  Bao giờ xong:  30/11/2026", "", "Việc 2", "  Ai làm:        Trung tâm Phục vụ hành chính công xã",
         "  Làm gì:        Nhận hồ sơ đăng ký thay đổi của hợp tác xã, trả kết quả đúng hẹn",
         "  Cùng ai:       không", "  Khi nào xong:  hằng tuần", ""]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_an_items_fields_asked_plainly(tmp_path, suffix):
    draft = written_as(tmp_path, "ke-hoach", suffix, _head() + ASKED + TAIL)
    first = draft["Việc 1"]
    assert "Đến từng tổ hợp tác xem hợp đồng" in first["text"]  # the work, on its "Làm gì:" line
    assert draft.lead("Việc 1") == ["Phòng Kinh tế"]
    assert draft.coop("Việc 1") == ["Hội Nông dân xã"]
    assert first["deadline"]["before"] == "2026-11-30"
    assert draft.lead("Việc 2") == ["Trung tâm Phục vụ hành chính công xã"]
    assert draft.coop("Việc 2") == []  # "không": no one
    assert draft["Việc 2"]["deadline"]["kind"] == "ongoing"
    assert len(draft.texts()) == 2


def test_fields_asked_plainly_under_a_numbered_title(tmp_path):
    lines = ["II. NHIỆM VỤ", "1. Hội chợ nông sản của hợp tác xã",
             "- Ai thực hiện: Hội Liên hiệp Phụ nữ xã", "- Ai hỗ trợ: Đoàn Thanh niên xã",
             "- Khi nào: tháng 12/2026", "2. Lớp kế toán cho hợp tác xã", "- Ai làm: Phòng Kinh tế",
             "- Cùng ai: Liên minh Hợp tác xã tỉnh", "- Bao giờ xong: quý I/2027"]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    assert draft.lead("Hội chợ") == ["Hội Liên hiệp Phụ nữ xã"]
    assert draft.coop("Hội chợ") == ["Đoàn Thanh niên xã"]
    assert draft["Hội chợ"]["deadline"]["month"] == 12
    assert draft.lead("Lớp kế toán") == ["Phòng Kinh tế"]
    assert draft.coop("Lớp kế toán") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft["Lớp kế toán"]["deadline"]["quarters"] == [1]
    assert len(draft.texts()) == 2  # the labelled lines no tasks of their own


# --- a divider naming the time of the items under it -------------------------------------------------------------------------

@pytest.mark.parametrize("rule", ["-" * 12, "=" * 5, "~" * 4])
@pytest.mark.parametrize("label", ["Mốc: ", "Hạn: ", ""])
def test_a_divider_names_the_time_of_the_items_under_it(tmp_path, rule, label):
    lines = ["II. VIỆC CẦN LÀM", "", f"{rule} {label}trước 31/10/2026 {rule}",
             "- Đếm lại số hộ đóng phí thu gom rác của hợp tác xã môi trường (Phòng Kinh tế; cùng Ban công tác",
             "Mặt trận các khu dân cư)", "- Họp các hợp tác xã nghe khó khăn (Văn phòng HĐND và UBND xã)", "",
             f"{rule} {label}quý I/2027 {rule}", "- Đưa rau của hợp tác xã vào bếp ăn trường học (Phòng Văn hóa - Xã hội)",
             "", f"{rule} {label}thường xuyên {rule}", "- Giải quyết hồ sơ đăng ký của hợp tác xã đúng hạn (Trung tâm "
             "Phục vụ hành chính công xã)"]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    assert [t[:8] for t in draft.texts()] == ["Đếm lại ", "Họp các ", "Đưa rau ", "Giải quy"]  # the dividers no tasks
    assert draft["Đếm lại"]["deadline"]["before"] == "2026-10-31"
    assert draft["Họp các"]["deadline"]["before"] == "2026-10-31"
    assert draft["Đưa rau"]["deadline"]["quarters"] == [1]
    assert draft["Giải quy"]["deadline"]["kind"] == "ongoing"
    assert draft.lead("Đếm lại") == ["Phòng Kinh tế"]


def test_markdown_marks_are_no_divider():
    from generator.importer import layout

    assert layout.DIVIDER.fullmatch("---------- Mốc: trước 31/10/2026 ----------")
    assert layout.DIVIDER.fullmatch("===== THÁNG 11/2026 =====")
    assert not layout.DIVIDER.fullmatch("***Quý I/2027***")  # bold italic
    assert not layout.DIVIDER.fullmatch("### 2. Mô hình trình diễn ###")  # a heading closed by its marks
    assert not layout.DIVIDER.fullmatch("---")  # a rule alone


# --- a task given as a form of labelled lines ------------------------------------------------------------------------------

def test_tasks_given_as_forms_of_labelled_lines(tmp_path):
    lines = ["II. NHIỆM VỤ", "", "Chủ trì: Phòng Kinh tế", "Phối hợp: Hội Nông dân xã",
             "Nội dung: Rà soát các hợp tác xã nông nghiệp, lập danh sách cần hỗ trợ", "Thời hạn: 30/9/2026", "",
             "Chủ trì: Phòng Văn hóa - Xã hội", "Phối hợp: không",
             "Nội dung: Đưa tin về sản phẩm của hợp tác xã lên trang thông tin điện tử của xã", "Thời hạn: hằng tháng"]
    draft = written(tmp_path, "ke-hoach.txt", _head() + lines + TAIL)
    assert [t[:20] for t in draft.texts()] == ["Rà soát các hợp tác ", "Đưa tin về sản phẩm "]  # the work, its label apart
    assert draft.lead("Rà soát") == ["Phòng Kinh tế"]
    assert draft.coop("Rà soát") == ["Hội Nông dân xã"]
    assert draft["Rà soát"]["deadline"]["before"] == "2026-09-30"
    assert draft.lead("Đưa tin") == ["Phòng Văn hóa - Xã hội"]
    assert draft["Đưa tin"]["deadline"]["kind"] == "ongoing"


MEMOS = ["III. GIAO VIỆC", "Mỗi khung dưới đây là một lời giao việc: ban ở dòng “Gửi” chịu trách nhiệm làm và báo kết",
         "quả; nơi ở dòng “Đồng gửi” cùng làm việc đó.", "GỬI: Ban Nguồn hàng", "ĐỒNG GỬI: Văn phòng Quỹ",
         "VIỆC: Đến từng hợp tác xã kê số lượng hàng dư theo từng tháng", "HẠN BÁO KẾT QUẢ: trước 31/8/2026",
         "GỬI: Ban Phân phối", "ĐỒNG GỬI: Hội Chữ thập đỏ thành phố; Đội tình nguyện viên",
         "VIỆC: Lập danh sách hộ khó khăn nhận túi thực phẩm hằng tuần", "HẠN BÁO KẾT QUẢ: quý III/2026"]


def test_memo_boxes_name_their_doers_as_their_note_says(tmp_path):
    head = _head(issuer="QUỸ NGÂN HÀNG THỰC PHẨM AN VUI", number="08/KH-NHTP", place="Huế",
                 title="Mua nông sản dư của hợp tác xã")
    draft = written(tmp_path, "ke-hoach.txt", head + MEMOS + TAIL)  # one box after another, no blank line between
    assert [t[:8] for t in draft.texts()] == ["Đến từng", "Lập danh"]
    assert draft.lead("Đến từng") == ["Ban Nguồn hàng"]
    assert draft.coop("Đến từng") == ["Văn phòng Quỹ"]
    assert draft["Đến từng"]["deadline"]["before"] == "2026-08-31"  # "Hạn báo kết quả:" its time
    assert draft.lead("Lập danh") == ["Ban Phân phối"]
    assert len(draft.coop("Lập danh")) == 2


def test_a_mails_header_stays_unread_where_a_memo_box_is_read():
    from generator.importer import own_labels

    note = ["Ô “Đến” là đơn vị chủ trì; ô “Gửi” là đơn vị chủ trì; nơi ở dòng “Đồng gửi” là đơn vị phối hợp."]
    assert own_labels.names(note) == {"gui": "Chủ trì", "dong gui": "Phối hợp"}  # not a mail's "Đến"


@pytest.mark.parametrize("lines", [
    ["Ban ở dòng “Nhận” chịu trách nhiệm làm; nơi ở dòng “Kèm”", "là nơi cùng làm."],
    ["Mỗi phiếu: bộ phận ở dòng “Nhận” chịu trách nhiệm chính, nơi ở dòng “Kèm” cùng làm", "việc đó (ghi “không” là không có)."],
])
def test_a_note_wrapped_before_its_words_is_read_whole(lines):
    from generator.importer import own_labels

    assert own_labels.names(lines) == {"nhan": "Chủ trì", "kem": "Phối hợp"}


# --- a PDF form whose labels stand in a column of their own -----------------------------------------------------------------

pdf_only = pytest.mark.skipif(shutil.which(CHROMIUM) is None and not Path(CHROMIUM).exists(),
                              reason="Debian chromium is not installed (.ci/run installs it)")

BOXES = [("Phòng Kinh tế", "Hội Nông dân xã", "Rà soát các hợp tác xã nông nghiệp trên địa bàn, lập danh sách những "
          "hợp tác xã cần hỗ trợ vốn và đầu ra trong năm tới", "30/9/2026"),
         ("Phòng Văn hóa - Xã hội", "Đoàn Thanh niên xã", "Đưa tin, ảnh về sản phẩm của các hợp tác xã lên trang thông "
          "tin điện tử của xã mỗi tuần", "thường xuyên"),
         ("Văn phòng HĐND và UBND xã", "Phòng Kinh tế", "Tổng hợp kết quả, dự thảo báo cáo gửi Chủ tịch Ủy ban nhân "
          "dân xã", "15/12/2026")]


def _box_html(style: str) -> str:
    """The plan as a PDF prints it: a box per task, its labels in a column of their own — an inline block of a fixed
    width before each value ("span"), or a definition list whose terms float left ("dl")."""
    fields = [("Chủ trì", 0), ("Phối hợp", 1), ("Nội dung", 2), ("Thời hạn", 3)]
    boxes = []
    for box in BOXES:
        if style == "span":
            inner = "".join(f'<div><span class="l">{label}:</span>{box[k]}</div>' for label, k in fields)
        else:
            inner = "<dl>" + "".join(f"<dt>{label}:</dt><dd>{box[k]}</dd>" for label, k in fields) + "</dl>"
        boxes.append(f'<div class="box">{inner}</div>')
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 20mm 20mm 20mm 30mm; }}
body {{ font-family: "DejaVu Sans", sans-serif; font-size: 12pt; line-height: 1.35; }}
table.hd {{ width: 100%; }} table.hd td {{ text-align: center; vertical-align: top; }}
.box {{ border: 1px solid #444; padding: 6pt 8pt; margin: 10pt 0; }}
.l {{ display: inline-block; width: 3.6cm; font-weight: bold; }}
dl {{ margin: 0; }} dt {{ float: left; clear: left; width: 3.6cm; font-weight: bold; }} dd {{ margin-left: 3.6cm; }}
</style></head><body>
<table class="hd"><tr><td><b>ỦY BAN NHÂN DÂN<br>XÃ TÂN PHÚ</b><br>Số: 203/KH-UBND</td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br><i>Tân Phú, ngày 12 tháng 10 năm 2026</i>
</td></tr></table>
<p style="text-align:center"><b>KẾ HOẠCH</b><br><b>Hỗ trợ tổ hợp tác, hợp tác xã năm 2026 - 2027</b></p>
<p><b>I. MỤC ĐÍCH</b></p><p>Giúp các hợp tác xã có đầu ra ổn định.</p>
<p><b>II. GIAO VIỆC</b></p>{''.join(boxes)}
<p><b>III. TỔ CHỨC THỰC HIỆN</b></p><p>Các phòng làm đúng hạn, báo kết quả về Văn phòng.</p>
<table style="width:100%"><tr><td><b><i>Nơi nhận:</i></b><br>- Lưu: VT.</td>
<td style="text-align:center"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br><br><br><b>Phạm Văn Hòa</b></td></tr></table>
</body></html>"""


@pdf_only
@pytest.mark.parametrize("style", ["span", "dl"])
def test_a_pdf_forms_labels_in_a_column_of_their_own(tmp_path, style):
    from test_import_pdf_tables import print_pdf

    path = print_pdf(_box_html(style), tmp_path / "ke-hoach.pdf")
    draft = Draft(path)
    assert [t[:12] for t in draft.texts()[:3]] == ["Rà soát các ", "Đưa tin, ảnh", "Tổng hợp kết"]
    for (lead, partner, _, _), task in zip(BOXES, draft.texts()):
        assert draft.lead(task[:12]) == [lead]
        assert draft.coop(task[:12]) == [partner]
    assert "lập danh sách những hợp tác xã cần hỗ trợ vốn và đầu ra trong năm tới" in draft.texts()[0]  # wrapped whole
    assert draft["Đưa tin"]["deadline"]["kind"] == "ongoing"


# --- a table's band rows naming the lead ----------------------------------------------------------------------------------

BANDS = [["**Ban Hỗ trợ phát triển hợp tác xã chủ trì**"],
         ["Thống kê lại hợp tác xã thành viên trồng dược liệu, lập một danh sách chung", "Văn phòng Liên minh",
          "31/8/2026"],
         ["Kết nối hợp tác xã trồng cà gai leo với công ty dược", "Sở Công Thương", "quý IV/2026"],
         ["**Văn phòng Liên minh chủ trì**"],
         ["Tổng hợp kết quả, dự thảo báo cáo sơ kết trình Ban Thường vụ", "—", "10/12/2026"]]
LMHTX = dict(issuer="LIÊN MINH HỢP TÁC XÃ TỈNH QUẢNG TRỊ", number="41/KH-LMHTX", place="Quảng Trị",
             title="Đưa hợp tác xã dược liệu vào chuỗi liên kết")


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_band_rows_name_the_lead_of_the_rows_under_them(tmp_path, suffix):
    rows = [[c.replace("**", "") if suffix == ".txt" else c for c in row] for row in BANDS]
    lines = with_table(_head(**LMHTX) + ["II. PHÂN CÔNG"], ["Việc", "Cùng làm", "Xong"], rows,
                       ["III. TỔ CHỨC THỰC HIỆN", "Các ban làm theo bảng trên."], suffix)
    draft = written(tmp_path, "ke-hoach" + suffix, lines + TAIL)
    assert draft.lead("Thống kê lại") == ["Ban Hỗ trợ phát triển hợp tác xã"]
    assert draft.coop("Thống kê lại") == ["Văn phòng Liên minh"]
    assert draft["Thống kê lại"]["deadline"]["before"] == "2026-08-31"  # its "Xong" column
    assert draft.lead("Kết nối hợp tác xã") == ["Ban Hỗ trợ phát triển hợp tác xã"]
    assert draft.lead("Tổng hợp kết quả") == ["Văn phòng Liên minh"]
    assert not any("chủ trì" in t for t in draft.texts())  # the bands no tasks


# --- a table of labels and values nested in a Word cell ----------------------------------------------------------------------

@pytest.mark.parametrize("labels", [("Chính", "Phụ"), ("Chủ trì", "Phối hợp")])
def test_a_form_nested_in_a_word_cell(tmp_path, labels):
    rows = [["Hạng mục", "Việc", "Đơn vị", "Mốc"],
            ["Rau", "Xuống tận ruộng của hợp tác xã rau an toàn, lấy mẫu đất gửi phòng thí nghiệm", "", "Trước 15/11/2026"],
            ["Trứng", "Ký hợp đồng cả năm mua trứng gà có tem truy xuất của hợp tác xã", "", "Tháng 12/2026"]]
    doers = [("Bộ phận Kiểm soát chất lượng", "Phòng Cung ứng"), ("Phòng Kế toán", "—")]

    def fill(table):
        for row, (lead, partner) in zip(table.rows[1:], doers):
            cell = row.cells[2]
            inner = cell.add_table(rows=2, cols=2)
            for inner_row, (label, value) in zip(inner.rows, zip(labels, (lead, partner))):
                inner_row.cells[0].text, inner_row.cells[1].text = label, value
            cell._tc.remove(cell.paragraphs[0]._p)  # the cell's own paragraph gone: its text is the nested table's

    head = _head(issuer="CÔNG TY TNHH CUNG ỨNG TÀU BIỂN AN BIÊN", number="21/KH-AB", place="Hải Phòng",
                 title="Mua rau, trứng của hợp tác xã")
    draft = word_document(tmp_path, "ke-hoach.docx", head + ["II. VIỆC CỤ THỂ"], rows,
                          ["III. TỔ CHỨC THỰC HIỆN", "Các phòng làm theo bảng trên."] + TAIL, fill=fill)
    assert draft.lead("Rau: Xuống tận") == ["Bộ phận Kiểm soát chất lượng"]
    assert draft.coop("Rau: Xuống tận") == ["Phòng Cung ứng"]
    assert draft.lead("Trứng: Ký hợp đồng") == ["Phòng Kế toán"]
    assert draft.coop("Trứng: Ký hợp đồng") == []
    assert not any(t.startswith((labels[0], labels[1])) for t in draft.texts())  # the nested rows no tasks


# --- a time counted in hours from an event -------------------------------------------------------------------------------------

@pytest.mark.parametrize("printed", ["Trong 48 giờ từ khi lô hàng về kho", "trong 24 tiếng kể từ khi nhận tin báo",
                                     "trong 03 ngày từ lúc nhận đủ hồ sơ"])
def test_a_time_counted_in_hours_from_an_event(printed):
    from generator.importer import fields

    assert fields.deadline(printed, cell=True).kind == "after-condition"
