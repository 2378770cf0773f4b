"""kehoach import: a project's activity table, fields in brackets after the work, rooms' names (issue 11).

A project board's table (Nghị định 30/2020 leaves a plan's tables to the drafter; donor projects print them so): "Mã
HĐ" codes the rows (1.1.1 …), "Tên hoạt động" is the work, "Đầu ra" its output, the board's own teams lead ("Tổ Phát
triển chuỗi giá trị", "Tổ Kế toán"; not "Tổ chức", "tổ hợp tác"). An item under a part of no known kind ("II. NỘI
DUNG") that names its lead in a bracket after its work ("… (Thực hiện: Phòng X; phối hợp: Y; thời hạn: …)") is a task.
A room's name enumerates its fields ("Phòng Giám sát, đánh giá") or joins a capitalised word that only folds like a
type ("Phòng Công nghệ thông tin và Số hóa"). A step's title with its time over the paragraph naming its doer
("Bước 1. Bình xét … (xong trước ngày 20/11/2025)" / "Hội Chữ thập đỏ các xã chủ trì …") is one task. Tested on
documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import as_markdown, with_table, written

BOARD = ["UBND TỈNH QUẢNG TRỊ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BAN QUẢN LÝ DỰ ÁN\tĐộc lập - Tự do - Hạnh phúc",
         "Số: 58/KH-BQLDA\tQuảng Trị, ngày 20 tháng 01 năm 2026", "", "KẾ HOẠCH",
         "Hỗ trợ hợp tác xã trong vùng dự án năm 2026", "", "I. KẾ HOẠCH HOẠT ĐỘNG"]
CLOSE = ["II. TỔ CHỨC THỰC HIỆN", "Tổ Kế toán bảo đảm vốn đối ứng, thanh toán đúng hạn trong năm 2026.",
         "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tLê Văn Hùng"]
HEADER = ["Mã HĐ", "Tên hoạt động", "Đầu ra năm 2026", "Thời gian", "Đơn vị thực hiện", "Đơn vị phối hợp"]
ROWS = [["Hợp phần 1. Nâng cao năng lực cho hợp tác xã"],
        ["1.1.1", "Khảo sát năng lực 46 hợp tác xã vùng dự án", "46 báo cáo", "Quý I/2026", "Tổ Phát triển chuỗi giá trị",
         "UBND các xã"],
        ["1.1.2", "Mở 06 lớp tập huấn quản trị hợp tác xã", "240 lượt học viên", "T3 - T6/2026", "Tổ Phát triển chuỗi giá trị",
         "Liên minh HTX tỉnh"],
        ["Hợp phần 2. Hạ tầng quy mô nhỏ"],
        ["2.1.1", "Giám sát thi công công trình do hợp tác xã làm chủ đầu tư", "08 công trình", "Quý III/2026",
         "Tổ Kỹ thuật", "UBND các xã"]]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_project_s_activity_table(tmp_path, suffix):
    draft = written(tmp_path, "du-an" + suffix, with_table(BOARD, HEADER, ROWS, CLOSE, suffix))
    assert draft.lead("Khảo sát năng lực") == ["Tổ Phát triển chuỗi giá trị"]
    assert draft["Khảo sát năng lực"]["output"] == "46 báo cáo"
    assert draft["Khảo sát năng lực"]["deadline"]["quarters"] == [1]
    assert draft.lead("Giám sát thi công") == ["Tổ Kỹ thuật"]
    assert draft.lead("Tổ Kế toán") == ["Tổ Kế toán"]
    assert not [t for t in draft.texts() if t.startswith("Hợp phần")]
    assert len(draft.tasks) == 4


CENTRE = ["UBND TỈNH BẮC NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\tĐộc lập - Tự do - Hạnh phúc",
          "Số: 96/KH-TTPVHCC\tBắc Ninh, ngày 19 tháng 6 năm 2026", "", "KẾ HOẠCH",
          "Hỗ trợ hợp tác xã đăng ký trực tuyến năm 2026", "", "I. NỘI DUNG", "1. Chuẩn hóa quy trình",
          "1.1. Cấu hình quy trình điện tử, biểu mẫu điền sẵn cho thủ tục đăng ký hợp tác xã (Thực hiện: Phòng Kiểm "
          "soát thủ tục hành chính; phối hợp: Sở Tài chính; thời hạn: tháng 7/2026).",
          "1.2. Kết nối dữ liệu hồ sơ đăng ký hợp tác xã với Hệ thống thông tin quốc gia (Thực hiện: Phòng Công nghệ "
          "thông tin và Số hóa; thời hạn: quý III/2026).",
          "2. Tiếp nhận phản ánh",
          "2.1. Trả lời phản ánh của hợp tác xã về thủ tục đăng ký trong 05 ngày làm việc kể từ ngày nhận "
          "(Thực hiện: Phòng Giám sát, đánh giá).",
          "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tNguyễn Thị Hà"]


@pytest.mark.parametrize("markdown", [False, True])
def test_the_lead_in_a_bracket_after_the_work(tmp_path, markdown):
    draft = written(tmp_path, "hcc" + (".md" if markdown else ".txt"), as_markdown(CENTRE) if markdown else CENTRE)
    assert draft.lead("Cấu hình quy trình") == ["Phòng Kiểm soát thủ tục hành chính"]
    assert draft.coop("Cấu hình quy trình") == ["Sở Tài chính"]
    assert draft["Cấu hình quy trình"]["deadline"]["month"] == 7
    assert draft.lead("Kết nối dữ liệu") == ["Phòng Công nghệ thông tin và Số hóa"]
    assert draft.lead("Trả lời phản ánh") == ["Phòng Giám sát, đánh giá"]
    assert len(draft.tasks) == 3


RELIEF = ["HỘI CHỮ THẬP ĐỎ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH THÁI NGUYÊN\tĐộc lập - Tự do - Hạnh phúc",
          "Số: 87/KH-CTĐ\tThái Nguyên, ngày 06 tháng 11 năm 2025", "", "KẾ HOẠCH",
          "Hỗ trợ sinh kế qua hợp tác xã cho hộ bị thiệt hại do lũ", "", "III. CÁCH THỨC THỰC HIỆN",
          "Bước 1. Bình xét, lập danh sách hộ được hỗ trợ (xong trước ngày 20/11/2025)",
          "Hội Chữ thập đỏ các xã chủ trì, phối hợp với Hội Nông dân xã tổ chức bình xét công khai tại cộng đồng.",
          "Bước 2. Ký thỏa thuận với hợp tác xã (tháng 12/2025)",
          "Văn phòng Tỉnh Hội dự thảo và ký thỏa thuận ba bên với hợp tác xã cung ứng giống.",
          "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VT.\tCHỦ TỊCH", "\tHoàng Thị Lan"]


@pytest.mark.parametrize("markdown", [False, True])
def test_a_step_s_title_over_the_paragraph_naming_its_doer(tmp_path, markdown):
    """"Bước n. Title (time)" then a paragraph whose sentence names the doer: one task, the paragraph's lead and
    partners, the title's time."""
    draft = written(tmp_path, "buoc" + (".md" if markdown else ".txt"), as_markdown(RELIEF) if markdown else RELIEF)
    assert draft.lead("Bình xét") == ["Hội Chữ thập đỏ các xã"]
    assert draft.coop("Bình xét") == ["Hội Nông dân xã"]
    assert draft["Bình xét"]["deadline"]["before"] == "2025-11-20"
    assert draft.lead("Ký thỏa thuận") == ["Văn phòng Tỉnh Hội"]
    assert draft["Ký thỏa thuận"]["deadline"]["month"] == 12
    assert len(draft.tasks) == 2


@pytest.mark.parametrize("text,name", [
    ("Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên rà soát diện tích rừng.",
     "Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên"),
    ("Trung tâm Khai thác - Vận chuyển bố trí điểm thu gom hàng.", "Trung tâm Khai thác - Vận chuyển"),
])
def test_names_with_a_verb_among_their_words(text, name):
    from generator.importer import fields
    assert fields.name_only(text) == name
