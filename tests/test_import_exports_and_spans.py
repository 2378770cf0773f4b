"""kehoach import: pandoc grid tables whose cells span several rows, dates written year first ("2026.12.15",
"2026-12-01 → 2026-12-10", "2026.12.01 ~ 2026.12.10"), units by their path in an organisation chart ("Khối Cung ứng >
Phòng Thu mua > Tổ Kỹ thuật"), a task list exported as JSON into a code block, a time
column printed month first by a spreadsheet ("11/30/2026"), headings that group items by the body they are done with
("1. Phối hợp với Sở …") (issue 11).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import json

import pytest

from drafts import plan_head, with_table, word_document, written

TAIL = ["", "Nơi nhận:\tKT. GIÁM ĐỐC", "- Lưu: VT.\tPHÓ GIÁM ĐỐC", "\tNông Văn Hải"]
STP = dict(issuer="SỞ TƯ PHÁP TỈNH CAO BẰNG", number="1802/KH-STP", place="Cao Bằng",
           title="Hỗ trợ pháp lý cho hợp tác xã")


def _md(lines: list[str]) -> list[str]:
    return [line.replace("\t", " ") for line in lines]


GRID = [
    "+----+-------------------------------------+----------------------------+---------------------------+-----------------+",
    "| TT | Nội dung công việc                  | Chủ trì                    | Phối hợp                  | Thời hạn        |",
    "+====+=====================================+============================+===========================+=================+",
    "| 1  | Biên soạn sổ tay pháp luật về hợp   | Phòng Phổ biến pháp luật   | Liên minh Hợp tác xã tỉnh | Trước 30/11/2026|",
    "|    | tác xã                              |                            |                           |                 |",
    "+----+-------------------------------------+                            +---------------------------+-----------------+",
    "| 2  | Mở 06 hội nghị giới thiệu Luật Hợp  |                            | UBND các xã, phường       | Quý IV/2026     |",
    "|    | tác xã                              |                            |                           |                 |",
    "+----+-------------------------------------+                            +---------------------------+                 +",
    "| 3  | Phát 04 chuyên mục pháp luật trên   |                            | Báo Cao Bằng              |                 |",
    "|    | sóng phát thanh                     |                            |                           |                 |",
    "+----+-------------------------------------+----------------------------+---------------------------+-----------------+",
    "| 4  | Trợ giúp pháp lý miễn phí cho thành | Trung tâm Trợ giúp pháp lý | Liên minh Hợp tác xã tỉnh | Thường xuyên    |",
    "|    | viên hợp tác xã                     |                            |                           |                 |",
    "+----+-------------------------------------+----------------------------+---------------------------+-----------------+",
]


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_grid_table_cells_that_span_rows(tmp_path, suffix):
    lines = plan_head("ngày 01 tháng 9 năm 2026", **STP) + ["", "Ô gộp qua nhiều dòng của bảng áp dụng cho tất cả các "
                                                          "dòng đó.", ""] + GRID + TAIL
    draft = written(tmp_path, "ke-hoach" + suffix, _md(lines) if suffix == ".md" else lines)
    assert len(draft.tasks) == 4  # the note on merged cells is no task
    for prefix in ("Biên soạn", "Mở 06", "Phát 04"):
        assert draft.lead(prefix)[0].startswith("Phòng Phổ biến pháp luật")  # a merged cell holds for every row
    assert draft["Phát 04"]["deadline"]["quarters"] == [4]
    assert draft.coop("Phát 04")[0].startswith("Báo Cao Bằng")
    assert draft.lead("Trợ giúp")[0].startswith("Trung tâm Trợ giúp pháp lý")


@pytest.mark.parametrize("cell, before", [("2026.12.15", "2026-12-15"), ("2026.12.01 ~ 2026.12.10", "2026-12-10"),
                                          ("2027-01-05 → 2027-01-31", "2027-01-31"), ("2026-11-30", "2026-11-30")])
def test_dates_written_year_first(tmp_path, cell, before):
    rows = [["TT", "Việc", "Bộ phận thực hiện", "Thời hạn"],
            ["1", "Ký hợp đồng mua cải thảo với hợp tác xã", "Khối Cung ứng > Phòng Thu mua", cell],
            ["2", "Cấp hạt giống cho các tổ hợp tác", "Khối Cung ứng > Phòng Thu mua > Tổ Kỹ thuật vùng trồng",
             "2027.01.20"]]
    before_lines = plan_head("ngày 05 tháng 10 năm 2026", issuer="CÔNG TY TNHH THỰC PHẨM ĐÀ LẠT XANH",
                             number="27/2026/KH-ĐLX", place="Lâm Đồng", title="Thu mua rau của hợp tác xã")
    draft = word_document(tmp_path, "ke-hoach.docx", before_lines, rows, TAIL)
    assert draft["Ký hợp đồng"]["deadline"]["before"] == before
    assert draft["Ký hợp đồng"]["deadline"]["printed"] == cell  # quoted as printed
    assert draft.lead("Ký hợp đồng") == ["Phòng Thu mua"]  # the last level of the chart's path does the work
    assert draft.lead("Cấp hạt giống") == ["Tổ Kỹ thuật vùng trồng"]


RECORDS = [
    {"ma": "SCT-01", "noi_dung": "Rà soát các hợp tác xã nấu rượu thủ công trên địa bàn", "chu_tri": "Phòng Quản lý "
     "công nghiệp", "han": "2026-12-31", "ghi_chu_han": "", "phoi_hop": ["UBND các xã, phường", "Liên minh Hợp tác xã "
     "tỉnh"]},
    {"ma": "SCT-02", "noi_dung": "Cấp giấy phép sản xuất rượu thủ công cho hợp tác xã", "chu_tri": "Phòng Quản lý "
     "thương mại", "han": None, "ghi_chu_han": "Khi có hồ sơ hợp lệ", "phoi_hop": []},
]


@pytest.mark.parametrize("indent", [2, None])
def test_a_task_list_exported_as_json(tmp_path, indent):
    lines = _md(plan_head("ngày 01 tháng 10 năm 2026", issuer="SỞ CÔNG THƯƠNG TỈNH LAI CHÂU", number="3186/KH-SCT",
                          place="Lai Châu", title="Rượu thủ công của hợp tác xã")) + [
        "", "```json", *json.dumps(RECORDS, ensure_ascii=False, indent=indent if indent else None).split("\n"), "```"] + \
        _md(TAIL)
    if indent is None:  # one object a line, as a compact export writes it
        lines = [line for line in lines if not line.startswith("[{")] + []
        body = ["["] + [json.dumps(r, ensure_ascii=False) + ("," if k == 0 else "") for k, r in enumerate(RECORDS)] + ["]"]
        at = lines.index("```json") + 1
        lines = lines[:at] + body + lines[at:]
    draft = written(tmp_path, "ke-hoach.md", lines)
    assert len(draft.tasks) == 2
    assert draft.lead("Rà soát")[0].startswith("Phòng Quản lý công nghiệp")
    assert sorted(c[:10] for c in draft.coop("Rà soát")) == ["Liên minh ", "UBND các x"]
    assert draft["Rà soát"]["deadline"]["before"] == "2026-12-31"
    assert draft["Cấp giấy phép"]["deadline"]["kind"] == "after-condition"  # a null date, its words beside it
    assert not draft.coop("Cấp giấy phép")


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_time_column_printed_month_first(tmp_path, suffix):
    rows = [["1", "Rà soát hội viên trồng sắn dây", "Ban Kinh tế", "Hội CCB các xã", "11/30/2026"],
            ["2", "Giới thiệu mô hình lọc bột sắn dây", "Ban Kinh tế", "Hội CCB xã Thanh Sơn", "12/1/2026"]]
    before = plan_head("ngày 01 tháng 9 năm 2026", issuer="HỘI CỰU CHIẾN BINH TỈNH HÀ GIANG", number="86-KH/CCB",
                       place="Hà Giang", title="Hội viên làm hợp tác xã")
    draft = written(tmp_path, "ke-hoach" + suffix,
                    with_table(before, ["TT", "Việc", "Chủ trì", "Phối hợp", "Hạn hoàn thành"], rows, TAIL, suffix))
    assert draft["Giới thiệu"]["deadline"]["before"] == "2026-12-01"  # read so because "11/30/2026" can only be so
    assert draft["Giới thiệu"]["deadline"]["printed"] == "12/1/2026"
    assert any("tháng trước ngày" in r for r in draft["Giới thiệu"]["review"])


@pytest.mark.parametrize("heading, partner", [("1. Phối hợp với Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng",
                                               "Sở Nông nghiệp và Môi trường"),
                                              ("1. Phối hợp với các hợp tác xã, tổ hợp tác đăng ký chứng nhận",
                                               "các hợp tác xã, tổ hợp tác đăng ký chứng nhận")])
def test_headings_that_group_items_by_their_partner(tmp_path, heading, partner):
    lines = plan_head("ngày 01 tháng 10 năm 2026", issuer="CÔNG TY TNHH CHỨNG NHẬN XANH", number="19/KH-CNX",
                      place="Lâm Đồng", title="Chứng nhận hữu cơ cho hợp tác xã") + [
        heading,
        "1.1. Phòng Đánh giá: đánh giá lần đầu tại vườn của 15 hợp tác xã (trước 20/11/2026).",
        "1.2. Phòng Đào tạo: mở lớp phổ biến tiêu chuẩn hữu cơ (tháng 12/2026).",
        "2. Phối hợp với các cơ quan, tổ chức",
        "2.1. Phòng Hành chính: gửi báo cáo kết quả chứng nhận (quý I/2027)."] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    for prefix in ("Phòng Đánh giá", "Phòng Đào tạo"):
        assert draft.coop(prefix)[0].startswith(partner)
    assert not draft.coop("Phòng Hành chính")  # bodies at large: no partner
