"""kehoach import: days of the national calendar named alone ("trước Ngày Nhà giáo Việt Nam năm 2026", "trong Tháng
Công nhân năm 2027"), the country's or the Party's name inside a sentence (no copy of the header), a plan's work drawn
as a Mermaid flowchart in Markdown, dates as Google Docs prints them in Vietnamese ("30 thg 11, 2026"), a form's rows
typed a line per numbered column ("(2) …" / "(3) …") under the legend that names the columns (issue 11).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import plan_head, with_table, written

TAIL = ["", "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VP.\tPhó Chủ tịch", "\tHà Thị Lan"]
LDLD = dict(issuer="LIÊN ĐOÀN LAO ĐỘNG TỈNH LÀO CAI", number="41/KH-LĐLĐ", place="Lào Cai",
            title="Đưa người lao động hợp tác xã vào công đoàn")
SYT = dict(issuer="SỞ Y TẾ TỈNH TUYÊN QUANG", number="2210/KH-SYT", place="Tuyên Quang",
           title="An toàn thực phẩm trong hợp tác xã")
XA = dict(issuer="ỦY BAN NHÂN DÂN XÃ HÒA BÌNH", number="77/KH-UBND", place="Hòa Bình", title="Tổ hợp tác nuôi trùn quế")


@pytest.mark.parametrize("said, due", [
    ("xong trước Ngày Nhà giáo Việt Nam năm 2026.", {"kind": "before", "before": "2026-11-20"}),
    ("tổ chức đúng vào Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2026.",
     {"kind": "before", "before": "2026-11-09"}),
    ("hoàn thành trước Ngày thành lập Đảng Cộng sản Việt Nam năm 2027.", {"kind": "before", "before": "2027-02-03"}),
    ("ký kết trong Tháng Công nhân năm 2027.", {"kind": "month", "year": 2027, "month": 5}),
    ("tổ chức vào dịp Ngày Hợp tác xã Việt Nam năm 2027.", {"kind": "month", "year": 2027, "month": 4}),
])
def test_days_of_the_national_calendar_named_alone(tmp_path, said, due):
    lines = plan_head("ngày 20 tháng 8 năm 2026", **LDLD) + [
        f"1. Ban Tổ chức chủ trì, phối hợp Liên minh Hợp tác xã tỉnh vận động người lao động hợp tác xã vào công đoàn; "
        f"{said}"] + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    [task] = draft.tasks  # the country's or the Party's name in a sentence is no copy of the header
    assert {k: task["deadline"].get(k) for k in due} == due
    assert any("ngày lễ, ngày kỷ niệm" in r for r in task["review"])


MERMAID = [
    "```mermaid",
    "flowchart TD",
    "    %% khung = đơn vị chủ trì; nét đứt phối hợp = đơn vị phối hợp",
    '    subgraph CC["Chi cục An toàn vệ sinh thực phẩm"]',
    '        V1["V1. Lập danh sách hợp tác xã nấu suất ăn tập thể<br>Xong trước 31/01/2027"]',
    '        V2["V2. Mở 03 lớp tập huấn an toàn thực phẩm cho hợp tác xã<br>Quý I/2027"]',
    "    end",
    '    subgraph VP["Văn phòng Sở"]',
    '        V3["V3. Tổng hợp kết quả, báo cáo UBND tỉnh<br>Trước 15/12/2027"]',
    "    end",
    "    V1 --> V2",
    '    LM(["Liên minh Hợp tác xã tỉnh"])',
    "    LM -. phối hợp .-> V2",
    "    CC -->|phối hợp| V3",
    "```",
]


def test_work_drawn_as_a_mermaid_flowchart(tmp_path):
    lines = [line.replace("\t", " ") for line in plan_head("ngày 10 tháng 10 năm 2026", **SYT)] + [""] + MERMAID + [""] + \
        [line.replace("\t", " ") for line in TAIL]
    draft = written(tmp_path, "ke-hoach.md", lines)
    assert [t["text"][:3] for t in draft.tasks] == ["V1.", "V2.", "V3."]
    assert draft.lead("V1.")[0].startswith("Chi cục An toàn vệ sinh thực phẩm")
    assert draft["V1."]["deadline"]["before"] == "2027-01-31"
    assert draft.coop("V2.")[0].startswith("Liên minh Hợp tác xã tỉnh")  # the plain arrow V1 → V2 is order only
    assert not draft.coop("V1.")
    assert draft.lead("V3.")[0].startswith("Văn phòng Sở")
    assert draft.coop("V3.")[0].startswith("Chi cục An toàn vệ sinh thực phẩm")  # a box linked as a partner


def test_a_flowchart_whose_links_name_the_lead(tmp_path):
    chart = ["```mermaid", "graph LR",
             '    TT["Trung tâm Kiểm soát bệnh tật tỉnh"]', '    TY["Trung tâm Y tế các khu vực"]',
             '    A["Lấy mẫu giò chả, bánh chưng của hợp tác xã xét nghiệm hàn the<br>Tháng 3/2027"]',
             "    TT -- chủ trì --> A", "    TY -.->|phối hợp| A", "```"]
    lines = [line.replace("\t", " ") for line in plan_head("ngày 10 tháng 10 năm 2026", **SYT)] + [""] + chart + [""] + \
        [line.replace("\t", " ") for line in TAIL]
    draft = written(tmp_path, "ke-hoach.md", lines)
    [task] = draft.tasks
    assert draft.names[task["lead"][0]].startswith("Trung tâm Kiểm soát bệnh tật tỉnh")
    assert draft.names[task["cooperating"][0]].startswith("Trung tâm Y tế các khu vực")
    assert task["deadline"]["month"] == 3


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_dates_as_google_docs_prints_them(tmp_path, suffix):
    rows = [["1", "Rà soát các hộ giặt ủi quanh khu nhà trọ", "Phòng Kinh tế", "Công an phường", "30 thg 10, 2026"],
            ["2", "Hướng dẫn làm bể lắng nước thải giặt", "Phòng Kinh tế", "", "1 thg 12, 2026 – 31 thg 1, 2027"]]
    before = plan_head("ngày 01 tháng 10 năm 2026", issuer="ỦY BAN NHÂN DÂN PHƯỜNG LINH XUÂN", number="274/KH-UBND",
                       place="Thành phố Hồ Chí Minh", title="Tổ hợp tác giặt ủi")
    draft = written(tmp_path, "ke-hoach" + suffix,
                    with_table(before, ["TT", "Việc", "Chủ trì", "Phối hợp", "Hạn"], rows, TAIL, suffix))
    assert draft["Rà soát"]["deadline"]["before"] == "2026-10-30"
    assert draft["Hướng dẫn"]["deadline"]["before"] == "2027-01-31"


def _keyed(number: int, work: str, lead: str, partners: str, time: str) -> list[str]:
    return [f"({1}) {number}", f"(2) {work}", f"(3) {lead}", f"(4) {partners}", f"(5) {time}", "(6) -", ""]


@pytest.mark.parametrize("legend", [
    "(Mỗi việc là một dòng của Biểu số 02, các cột ghi lần lượt: (1) số thứ tự; (2) nội dung công việc; (3) đơn vị chủ "
    "trì; (4) đơn vị phối hợp; (5) thời gian hoàn thành; (6) ghi chú.)",
    "Các cột: (1) STT (2) Nội dung (3) Chủ trì (4) Phối hợp (5) Thời hạn (6) Ghi chú",
])
def test_a_forms_rows_typed_a_line_per_numbered_column(tmp_path, legend):
    lines = plan_head("ngày 01 tháng 10 năm 2026", **XA) + [legend, ""] + \
        _keyed(1, "Rà soát các hộ nuôi trùn quế trên địa bàn xã", "Phòng Kinh tế", "Trưởng các thôn", "Xong trước 20/10/2026") + \
        _keyed(2, "Vận động 30 hộ lập 03 tổ hợp tác", "Hội Nông dân xã", "-", "Trong tháng 11/2026") + TAIL
    draft = written(tmp_path, "ke-hoach.txt", lines)
    assert len(draft.tasks) == 2
    assert draft.lead("Rà soát")[0].startswith("Phòng Kinh tế")
    assert draft.coop("Rà soát")[0].startswith("Trưởng các thôn")
    assert draft["Rà soát"]["deadline"]["before"] == "2026-10-20"
    assert draft.lead("Vận động")[0].startswith("Hội Nông dân xã")
    assert not draft.coop("Vận động")  # "-": a column left empty
