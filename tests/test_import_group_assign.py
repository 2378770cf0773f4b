"""kehoach import: a group's items and the one line that assigns them all (issue 11). Plans that turn each target into
tasks write "1. Chỉ tiêu 1: …", then "Nhiệm vụ:" (or not) and the tasks as bullets naming nobody, then one line for
the group: "Trách nhiệm thực hiện: X chủ trì; Y, Z phối hợp. Thời gian: hoàn thành trong quý III/2026." Each bullet is a
task (the target stays a target) led by X, with Y and Z cooperating and the group's time unless it has its own; a
section titled for both ("CHỈ TIÊU, NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN") holds tasks. Tested on a plain text and a
Markdown document written here, never on the held-out sets (benchmarks/corpus/unseen*/), which only measure."""

from __future__ import annotations

import pytest

from drafts import written

BODY = [
    "II. CHỈ TIÊU, NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN",
    "1. Chỉ tiêu 1: Thành lập mới ít nhất 25 hợp tác xã trong năm 2026",
    "Nhiệm vụ:",
    "- Hướng dẫn hồ sơ đăng ký thành lập hợp tác xã cho công chức các xã.",
    "- Tổng hợp nhu cầu thành lập hợp tác xã ở các xã vùng chè.",
    "Trách nhiệm thực hiện: Phòng Kinh tế tập thể chủ trì; Liên minh Hợp tác xã tỉnh phối hợp. Thời gian: hoàn thành "
    "trong quý III/2026.",
    "2. Chỉ tiêu 2: 100% hợp tác xã cập nhật thông tin trên Hệ thống thông tin quốc gia về hợp tác xã",
    "- Đối chiếu danh sách hợp tác xã đã đăng ký với hợp tác xã đang hoạt động.",
    "- Hướng dẫn hợp tác xã cập nhật báo cáo trên Hệ thống trước ngày 15/10/2026.",
    "Trách nhiệm thực hiện: Phòng Kinh tế tập thể chủ trì; Văn phòng Sở, Phòng Tin học phối hợp. Thời gian: trước "
    "ngày 30/9/2026.",
    "III. TỔ CHỨC THỰC HIỆN",
    "Văn phòng Sở tổng hợp kết quả, báo cáo Giám đốc Sở trước ngày 15/12/2026./.",
]


def _text(tmp_path):
    lines = ["SỞ TÀI CHÍNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH LÀO CAI\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 902/KH-STC\tLào Cai, ngày 12 tháng 3 năm 2026", "KẾ HOẠCH", "Phát triển hợp tác xã năm 2026",
             "I. MỤC ĐÍCH, YÊU CẦU", "Cụ thể hóa các chỉ tiêu thành nhiệm vụ.", *BODY,
             "Nơi nhận:\tKT. GIÁM ĐỐC", "- Lưu: VT.\tPHÓ GIÁM ĐỐC", "\tHoàng Thị Mai"]
    return written(tmp_path, "chi-tieu.txt", lines)


def _markdown(tmp_path):
    lines = ["| SỞ TÀI CHÍNH<br>**TỈNH LÀO CAI** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |", "|:---:|:---:|",
             "| Số: 902/KH-STC | *Lào Cai, ngày 12 tháng 3 năm 2026* |", "", "**KẾ HOẠCH**", "",
             "**Phát triển hợp tác xã năm 2026**", "", "I. MỤC ĐÍCH, YÊU CẦU", "", "Cụ thể hóa các chỉ tiêu thành nhiệm vụ."]
    for line in BODY:
        lines += ["", line]
    lines += ["", "| **Nơi nhận:**<br>- Lưu: VT. | **KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**<br>**Hoàng Thị Mai** |",
              "|---|:---:|"]
    return written(tmp_path, "chi-tieu.md", lines)


@pytest.mark.parametrize("make", [_text, _markdown], ids=["text", "markdown"])
def test_the_group_line_assigns_its_items(tmp_path, make):
    draft = make(tmp_path)
    for item in ("Hướng dẫn hồ sơ", "Tổng hợp nhu cầu"):
        assert draft.lead(item) == ["Phòng Kinh tế tập thể"]
        assert draft.coop(item) == ["Liên minh Hợp tác xã tỉnh"]
        assert draft[item]["deadline"]["quarters"] == [3]
    # a group without its "Nhiệm vụ:" label: its bullets are tasks all the same
    assert draft.lead("Đối chiếu danh sách") == ["Phòng Kinh tế tập thể"]
    assert draft.coop("Đối chiếu danh sách") == ["Văn phòng Sở", "Phòng Tin học"]
    assert str(draft["Đối chiếu danh sách"]["deadline"]["before"]) == "2026-09-30"
    # an item's own time wins over the group's
    assert str(draft["Hướng dẫn hợp tác xã cập nhật"]["deadline"]["before"]) == "2026-10-15"
    # the targets stay targets; the label and the assignment lines are no tasks
    assert not [t for t in draft.texts() if t.startswith(("Chỉ tiêu", "Nhiệm vụ:", "Trách nhiệm thực hiện"))]
    assert any(t["text"].startswith("Chỉ tiêu 1") for t in draft.plan["targets"])
