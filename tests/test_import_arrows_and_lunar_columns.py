"""kehoach import: items written "work → doers → time", a table whose time is given in lunar and solar columns, a note on
how the table's times are written, a legend with no head, and a time cell "xong 20/10/2026" (issue 11).

- "1. Rà soát … → P.KH-TM (chính), Trạm NL Hòa An → xong 20/10/2026": the body marked "(chính)" leads (else the one named
  first), the others cooperate, the last part is the time; under any section title.
- "P.KT-ĐT: Phòng Kỹ thuật - Đầu tư vùng trồng; P.KH-TM: Phòng Kế hoạch - Thu mua; …" with no "Chữ viết tắt:" before it:
  a legend, no task; bodies with their work after a colon ("Sở TC: tổng hợp …; Sở CT: kết nối …") are none.
- "TT | Phật sự | Ban phụ trách | Phối hợp | Âm lịch | Dương lịch": the solar date is the row's time, the lunar one where
  no solar date is printed ("hằng tháng, ngày Rằm và mùng Một"); the work is the column after the number.
- "Thời gian trong bảng ghi theo âm lịch và ngày dương lịch tương ứng; …": a note on the table, no task.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, with_table, written, written_as
from generator.importer import fields

HEAD = ["CÔNG TY CỔ PHẦN {caps}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 87/KH-{code}\t{place}, ngày 15 tháng 9 năm 2026", "", "KẾ HOẠCH", "Đầu tư vùng nguyên liệu vụ Xuân 2027", ""]
TAIL = ["", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\t", "\tNông Văn Thành"]


@pytest.mark.parametrize("caps, code, place, arrow", [
    ("NGUYÊN LIỆU THUỐC LÁ BẰNG GIANG", "NLTL", "Cao Bằng", "→"),
    ("CHÈ TÂN CƯƠNG", "CTC", "Thái Nguyên", "=>"),
])
def test_items_written_with_arrows(tmp_path, caps, code, place, arrow):
    head = [line.format(caps=caps, code=code, place=place) for line in HEAD]
    draft = written(tmp_path, "ke-hoach.txt", head + [
        "II. CÁCH GHI VÀ CHỮ VIẾT TẮT",
        "P.KT-ĐT: Phòng Kỹ thuật - Đầu tư vùng trồng; P.KH-TM: Phòng Kế hoạch - Thu mua; P.TC-KT: Phòng Tài chính - Kế "
        "toán.",
        "III. CÔNG VIỆC",
        f"1. Rà soát, chốt danh sách hộ thành viên của từng hợp tác xã {arrow} P.KH-TM (chính), Trạm NL Hòa An {arrow} "
        "xong 20/10/2026",
        f"2. Ứng trước hạt giống, phân bón cho hộ thành viên {arrow} P.KT-ĐT, P.TC-KT (chính), UBND xã Hòa An {arrow} "
        "tháng 11/2026",
        f"3. Tập huấn kỹ thuật trồng cho tổ trưởng hợp tác xã {arrow} P.KT-ĐT {arrow} quý IV/2026"] + TAIL)
    assert len(draft.tasks) == 3
    assert draft.lead("Rà soát") == ["Phòng Kế hoạch - Thu mua"] and draft.coop("Rà soát") == ["Trạm NL Hòa An"]
    assert draft["Rà soát"]["deadline"]["before"] == "2026-10-20"
    assert draft.lead("Ứng trước") == ["Phòng Tài chính - Kế toán"]
    assert draft.coop("Ứng trước") == ["Phòng Kỹ thuật - Đầu tư vùng trồng", "UBND xã Hòa An"]
    assert draft["Ứng trước"]["deadline"]["month"] == 11
    assert draft.lead("Tập huấn") == ["Phòng Kỹ thuật - Đầu tư vùng trồng"]


@pytest.mark.parametrize("text, legend", [
    ("P.KT-ĐT: Phòng Kỹ thuật - Đầu tư vùng trồng; P.KH-TM: Phòng Kế hoạch - Thu mua; Trạm NL: trạm nguyên liệu của "
     "Công ty (Trạm NL Hòa An, Trạm NL Quảng Hòa).", True),
    ("P.KT: Phòng Kinh tế; TT DVNN: Trung tâm Dịch vụ nông nghiệp.", True),
    ("Sở TC: tổng hợp, báo cáo UBND tỉnh trước 15/12; Sở CT: kết nối tiêu thụ.", False),
    ("UBND xã: chỉ đạo các thôn; HTX Tân Tiến: làm đất.", False),
])
def test_a_legend_with_no_head(text, legend):
    assert fields.is_legend(text) is legend
    assert gives_no_task(text) is legend


@pytest.mark.parametrize("time, before", [("xong 20/10/2026", "2026-10-20"), ("hoàn thành 15/11/2026", "2026-11-15")])
def test_a_time_cell_done_by_a_day(time, before):
    found = fields.deadline(time, cell=True)
    assert (found.kind, found.before, found.printed) == ("before", before, time)


@pytest.mark.parametrize("suffix", [".md", ".txt"])
@pytest.mark.parametrize("work_header, lunar_header, solar_header", [
    ("Phật sự", "Âm lịch", "Dương lịch"),
    ("Việc làm", "Ngày âm lịch", "Ngày dương lịch"),
])
def test_lunar_and_solar_columns(tmp_path, suffix, work_header, lunar_header, solar_header):
    head = ["GIÁO HỘI PHẬT GIÁO VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BAN TRỊ SỰ TỈNH BẮC NINH\tĐộc lập - Tự "
            "do - Hạnh phúc", "Số: 57/KH-BTS\tBắc Ninh, ngày 10 tháng 6 năm 2026", "", "KẾ HOẠCH",
            "Kết nối bếp chay tự viện với hợp tác xã năm 2026", "", "II. NỘI DUNG VÀ PHÂN CÔNG",
            "Thời gian trong bảng ghi theo âm lịch và ngày dương lịch tương ứng; việc làm vào các ngày Sóc, Vọng hằng "
            "tháng chỉ ghi âm lịch.", ""]
    rows = [["1", "Khảo sát nhu cầu rau, củ của bếp chay các tự viện", "Ban Kinh tế - Tài chính",
             "Ban Hướng dẫn Phật tử", "trước Rằm tháng Sáu", "28/7/2026"],
            ["2", "Hướng dẫn người nấu bếp chay ghi sổ nguồn gốc rau", "Ban Hướng dẫn Phật tử", "Liên minh HTX tỉnh",
             "hằng tháng, ngày Rằm và mùng Một", ""]]
    draft = written_as(tmp_path, "ke-hoach", suffix, with_table(
        head, ["TT", work_header, "Ban phụ trách", "Phối hợp", lunar_header, solar_header], rows, TAIL, suffix))
    assert [t["text"] for t in draft.tasks] == [r[1] for r in rows]
    assert draft.lead("Khảo sát") == ["Ban Kinh tế - Tài chính"]
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-07-28"
    assert draft["Hướng dẫn"]["deadline"]["kind"] == "ongoing"
