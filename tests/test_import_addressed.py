"""kehoach import: demands addressed to a body, and duties by article (issue 11).
- A resolution or a conclusion gives its demands per addressee: "1. Đối với Ủy ban nhân dân tỉnh:" over lettered points
  that name no subject (each a task of that body), or "2. Đối với Liên minh Hợp tác xã tỉnh: đề nghị …" in one item;
- a Quyết định that issues a Quy chế (as it issues a Kế hoạch: its own articles, "Nơi nhận", then the attached text
  "(Ban hành kèm theo …)"), whose "Điều n. Trách nhiệm của X" articles hold X's duties, numbered or in one paragraph.
Tested on documents written here (text and Markdown), never on the held-out sets (benchmarks/corpus/unseen*/), which
only measure."""

from __future__ import annotations

import pytest

from drafts import written

RESOLUTION = [
    "Điều 2. Hội đồng nhân dân tỉnh yêu cầu, kiến nghị:",
    "1. Đối với Ủy ban nhân dân tỉnh:",
    "a) Chỉ đạo hợp nhất cơ sở dữ liệu hợp tác xã của hai tỉnh cũ; hoàn thành trước ngày 30/6/2026.",
    "b) Bố trí kinh phí hỗ trợ hợp tác xã tập trung cho các dự án liên kết chuỗi giá trị; thực hiện hằng năm.",
    "2. Đối với Liên minh Hợp tác xã tỉnh: đề nghị nâng cao chất lượng tư vấn thành lập mới hợp tác xã; thực hiện "
    "hằng năm.",
    "Điều 3. Tổ chức thực hiện",
    "Ủy ban nhân dân tỉnh triển khai Nghị quyết này./.",
]


def _text(tmp_path):
    lines = ["HỘI ĐỒNG NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH TÂY NINH\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 27/NQ-HĐND\tTây Ninh, ngày 11 tháng 12 năm 2025", "NGHỊ QUYẾT",
             "Về kết quả giám sát việc thực hiện chính sách hỗ trợ hợp tác xã", "HỘI ĐỒNG NHÂN DÂN TỈNH TÂY NINH",
             "Căn cứ Luật Hợp tác xã năm 2023;", "QUYẾT NGHỊ:", *RESOLUTION,
             "Nơi nhận:\tCHỦ TỊCH", "- Lưu: VT.\tNguyễn Văn Sáu"]
    return written(tmp_path, "doi-voi.txt", lines)


def _markdown(tmp_path):
    lines = ["| HỘI ĐỒNG NHÂN DÂN<br>**TỈNH TÂY NINH** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |", "|:---:|:---:|",
             "| Số: 27/NQ-HĐND | *Tây Ninh, ngày 11 tháng 12 năm 2025* |", "", "**NGHỊ QUYẾT**", "",
             "**Về kết quả giám sát việc thực hiện chính sách hỗ trợ hợp tác xã**", "", "**QUYẾT NGHỊ:**", ""]
    for line in RESOLUTION:
        lines += [f"**{line.split('. ', 1)[0]}.** {line.split('. ', 1)[1]}" if line.startswith("Điều") else
                  line.replace("1. ", "1\\. ", 1).replace("2. ", "2\\. ", 1), ""]
    lines += ["| **Nơi nhận:**<br>- Lưu: VT. | **CHỦ TỊCH**<br>**Nguyễn Văn Sáu** |", "|---|:---:|"]
    return written(tmp_path, "doi-voi.md", lines)


@pytest.mark.parametrize("make", [_text, _markdown], ids=["text", "markdown"])
def test_demands_addressed_to_a_body(tmp_path, make):
    draft = make(tmp_path)
    for start in ("Chỉ đạo hợp nhất", "Bố trí kinh phí"):
        assert draft.lead(start) and draft.lead(start)[0].startswith("Ủy ban nhân dân tỉnh")
    assert str(draft["Chỉ đạo hợp nhất"]["deadline"]["before"]) == "2026-06-30"
    assert draft.lead("Đối với Liên minh")[0].startswith("Liên minh Hợp tác xã tỉnh")
    assert not [t for t in draft.texts() if t.rstrip(":").endswith("Ủy ban nhân dân tỉnh")]


REGULATION = ["Điều 4. Trách nhiệm của Phòng Kinh tế", "",
              "1. Hướng dẫn thành lập, tổ chức lại hợp tác xã; thực hiện thường xuyên.", "",
              "2. Chủ trì, phối hợp với Phòng Văn hóa - Xã hội kiểm tra việc chấp hành pháp luật của hợp tác xã; thực "
              "hiện hằng năm.", "",
              "Điều 5. Trách nhiệm của Trung tâm Phục vụ hành chính công phường", "",
              "Tiếp nhận hồ sơ đăng ký tổ hợp tác, chuyển hồ sơ đến Phòng Kinh tế trong ngày làm việc.", ""]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_regulation_issued_by_a_decision(tmp_path, suffix):
    bold = (lambda line: f"**{line}**") if suffix == ".md" else (lambda line: line)
    lines = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "PHƯỜNG THỦ DẦU MỘT\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 1208/QĐ-UBND\tThủ Dầu Một, ngày 03 tháng 11 năm 2026", "", bold("QUYẾT ĐỊNH"), "",
             "Ban hành Quy chế phối hợp quản lý nhà nước đối với hợp tác xã", "", bold("QUYẾT ĐỊNH:"), "",
             "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý nhà nước đối với hợp tác xã.", "",
             "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.", "",
             "Nơi nhận:\tCHỦ TỊCH", "- Lưu: VT.\tTrần Văn Nam", "", bold("QUY CHẾ"), "",
             "Phối hợp quản lý nhà nước đối với hợp tác xã", "",
             "(Ban hành kèm theo Quyết định số 1208/QĐ-UBND ngày 03 tháng 11 năm 2026)", ""]
    lines += [bold(line) if line.startswith("Điều") else line for line in REGULATION]
    if suffix == ".md":
        lines = [line.replace("\t", " ") for line in lines]
    draft = written(tmp_path, "quy-che" + suffix, lines)
    assert draft.lead("Hướng dẫn thành lập")[0].startswith("Phòng Kinh tế")
    assert draft["Hướng dẫn thành lập"]["deadline"]["kind"] == "ongoing"
    assert draft.lead("Chủ trì, phối hợp")[0].startswith("Phòng Kinh tế")
    assert draft.coop("Chủ trì, phối hợp")[0].startswith("Phòng Văn hóa - Xã hội")
    # an article's one paragraph under its title
    assert draft.lead("Tiếp nhận hồ sơ")[0].startswith("Trung tâm Phục vụ hành chính công phường")
