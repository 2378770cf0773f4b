"""kehoach import: a company's table headed in English, its legend of abbreviations, doers by side, and a time set apart
at the end of an item's line (issue 11).

- "STT | Công việc | PIC | Phối hợp | Deadline": PIC (person in charge) leads, Deadline is the time.
- "Chữ viết tắt trong bảng: P.CU - Phòng Cung ứng; BTT - Bếp trung tâm; …": the document's own abbreviations, the
  short name and the full one parted by a dash as by a colon; the legend is no task.
- "P.TCKT, bộ phận Pháp chế": a lower-case "bộ phận" after a comma starts another body.
- "Trong quá trình thực hiện, bộ phận nào gặp vướng mắc thì báo cáo … qua P.CU để giải quyết./.": a closing; a dot
  inside a unit's code ends no sentence.
- "TT | Hoạt động | Phía Việt Nam | Phía Nhật Bản | Thời gian": the first side's bodies do the work, the one named first
  leads, the others and the other side's take part; "Thương vụ" is a body.
- "1. Thống kê … đóng bảo hiểm<TAB>Tháng 7 - 8/2026" (a time right-aligned after a dotted leader, as a PDF prints
  it): the item's time.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, with_table, written, written_as

HEAD = ["CÔNG TY CỔ PHẦN {caps}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 27/KH-{code}\t{place}, ngày 02 tháng 6 năm 2026", "", "KẾ HOẠCH", "Mua nông sản của hợp tác xã năm 2026", "",
        "II. PHÂN CÔNG VÀ TIẾN ĐỘ"]
TAIL = ["Nơi nhận:\tKT. TỔNG GIÁM ĐỐC", "- Lưu: VT.\tPHÓ TỔNG GIÁM ĐỐC", "\tTrịnh Quốc Bảo"]


def _head(caps: str, code: str, place: str) -> list[str]:
    return [line.format(caps=caps, code=code, place=place) for line in HEAD]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("caps, code, place, legend, lead_header, time_header", [
    ("SUẤT ĂN BÃI DÀI", "SABD", "Khánh Hòa",
     "Chữ viết tắt trong bảng: P.CU - Phòng Cung ứng; P.QA - Phòng Đảm bảo chất lượng; BTT - Bếp trung tâm; P.TCKT - "
     "Phòng Tài chính - Kế toán.", "PIC", "Deadline"),
    ("THỰC PHẨM NAM SƠN", "TPNS", "Lâm Đồng",
     "Từ viết tắt dùng trong bảng: P.CU – Phòng Cung ứng; P.QA – Phòng Đảm bảo chất lượng; BTT – Bếp trung tâm; "
     "P.TCKT – Phòng Tài chính - Kế toán", "Owner", "Due date"),
])
def test_a_table_headed_in_english_with_its_legend(tmp_path, suffix, caps, code, place, legend, lead_header,
                                                    time_header):
    rows = [["1", "Lập danh mục 28 mặt hàng rau, củ, quả theo thực đơn mùa đông", "P.CU", "BTT", "30/6/2026"],
            ["2", "Khảo sát vùng trồng của các HTX được giới thiệu", "P.QA", "P.CU", "T7/2026"],
            ["3", "Đàm phán giá, ký hợp đồng nguyên tắc 12 tháng với các HTX", "P.CU", "P.TCKT, bộ phận Pháp chế",
             "31/8/2026"]]
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(
        _head(caps, code, place) + [legend, ""], ["STT", "Công việc", lead_header, "Phối hợp", time_header], rows,
        ["Trong quá trình thực hiện, bộ phận nào gặp vướng mắc thì báo cáo Tổng Giám đốc qua P.CU để giải quyết./.",
         ""] + TAIL, suffix))
    assert len(draft.tasks) == 3
    assert draft.lead("Lập danh mục") == ["Phòng Cung ứng"] and draft.coop("Lập danh mục") == ["Bếp trung tâm"]
    assert draft["Lập danh mục"]["deadline"]["before"] == "2026-06-30"
    assert draft["Khảo sát"]["deadline"]["month"] == 7
    assert draft.coop("Đàm phán") == ["Phòng Tài chính - Kế toán", "bộ phận Pháp chế"]


@pytest.mark.parametrize("text", [
    "Trong quá trình thực hiện, bộ phận nào gặp vướng mắc thì báo cáo Tổng Giám đốc qua P.CU để giải quyết./.",
    "Trong quá trình thực hiện, phòng nào có khó khăn báo cáo Giám đốc (qua P.KD-TT) để xử lý./.",
])
def test_a_closing_with_a_units_code(text):
    assert gives_no_task(text)


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("ours, theirs", [("Phía Việt Nam", "Phía Nhật Bản"), ("Phía Việt Nam", "Phía Hàn Quốc")])
def test_doers_by_side(tmp_path, suffix, ours, theirs):
    head = ["BỘ CÔNG THƯƠNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "THƯƠNG VỤ VIỆT NAM\tĐộc lập - Tự do - Hạnh phúc",
            "Số: 118/KH-TV\tHà Nội, ngày 06 tháng 10 năm 2025", "", "KẾ HOẠCH",
            "Hỗ trợ hợp tác xã xuất khẩu vải, nhãn vụ năm 2026", "", "III. HOẠT ĐỘNG CỤ THỂ",
            f"(Đơn vị ghi đầu tiên ở cột \"{ours}\" là đơn vị chủ trì.)", ""]
    rows = [["1", "Rà soát, lập danh sách HTX có mã số vùng trồng", "Thương vụ; Cục Trồng trọt và Bảo vệ thực vật", "–",
             "Trước 31/10/2025"],
            ["2", "Đưa 06 HTX tham gia gian hàng Việt Nam tại triển lãm thực phẩm", "Cục Xúc tiến thương mại; Thương vụ",
             "Công ty Asia Bridge Foods", "10 - 13/3/2026"]]
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(head, ["TT", "Hoạt động", ours, theirs, "Thời gian"],
                                                                rows, [""] + TAIL, suffix))
    assert draft.lead("Rà soát") == ["Thương vụ"]
    assert draft.coop("Rà soát") == ["Cục Trồng trọt và Bảo vệ thực vật"]
    assert draft.lead("Đưa 06 HTX") == ["Cục Xúc tiến thương mại"]
    assert draft.coop("Đưa 06 HTX") == ["Thương vụ", "Công ty Asia Bridge Foods"]


@pytest.mark.parametrize("time, field, value", [
    ("Tháng 7 - 8/2026", "month", 8),
    ("Quý III/2026", "quarters", [3]),
])
def test_a_time_set_apart_at_the_end_of_the_line(tmp_path, time, field, value):
    draft = written(tmp_path, "ke-hoach.txt", _head("XỔ SỐ KIẾN THIẾT", "XSKT", "Tây Ninh") + [
        "1. Thống kê người bán lẻ vé số lưu động theo từng",
        "đại lý, từng xã, phường; phân loại người cần hỗ trợ đóng bảo",
        f"hiểm\t{time}",
        "Phụ trách: Phòng Kế hoạch - Kinh doanh; phối hợp: các đại lý cấp 1.",
        "2. Biên soạn tờ gấp về lợi ích của tổ hợp tác\tTrước 15/8/2026",
        "Phụ trách: Phòng Tổ chức - Hành chính."] + TAIL)
    assert draft["Thống kê"]["deadline"][field] == value
    assert draft.lead("Thống kê") == ["Phòng Kế hoạch - Kinh doanh"]
    assert draft["Biên soạn"]["deadline"]["before"] == "2026-08-15"
