"""kehoach import: a cooperative's own resolution or plan (issue 11).

A hợp tác xã issues its members' resolutions itself (its name alone in the header's left column, "TM. ĐẠI HỘI / CHỦ TỌA"
signing), and gives work to its own organs (Luật Hợp tác xã 2023): "Hội đồng quản trị", "Giám đốc hợp tác xã", "Ban
kiểm soát", "Kế toán hợp tác xã" — headings over points that name no doer. Tested on documents written here (text and
Markdown), never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import as_markdown, written

RESOLUTION = [
    "HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "AN PHÚ\tĐộc lập - Tự do - Hạnh phúc",
    "Số: 02/NQ-ĐHTV\tAn Phú, ngày 30 tháng 3 năm 2026", "", "NGHỊ QUYẾT",
    "Đại hội thành viên thường niên năm 2026 Hợp tác xã Dịch vụ nông nghiệp An Phú", "",
    "Căn cứ Luật Hợp tác xã năm 2023;", "Căn cứ Điều lệ Hợp tác xã Dịch vụ nông nghiệp An Phú;", "",
    "ĐẠI HỘI THÀNH VIÊN QUYẾT NGHỊ:", "Điều 1. Giao nhiệm vụ thực hiện Nghị quyết",
    "1. Hội đồng quản trị:", "a) Ban hành Quy chế chi tiêu nội bộ; hoàn thành trong quý II/2026.",
    "b) Ký hợp đồng tiêu thụ lúa với doanh nghiệp trước ngày 30/6/2026.",
    "2. Giám đốc hợp tác xã:", "a) Lập phương án sản xuất năm 2026, trình Hội đồng quản trị trong tháng 4/2026.",
    "3. Ban kiểm soát:", "a) Kiểm tra sổ sách kế toán 6 tháng đầu năm, báo cáo trong tháng 7/2026.",
    "Điều 2. Nghị quyết có hiệu lực từ ngày được Đại hội thông qua.", "",
    "Nơi nhận:\tTM. ĐẠI HỘI", "- Thành viên hợp tác xã;\tCHỦ TỌA", "- Lưu: HTX.\tPhạm Văn Đức"]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_cooperative_s_resolution_gives_work_to_its_organs(tmp_path, suffix):
    draft = written(tmp_path, "nghi-quyet-dhtv" + suffix, RESOLUTION if suffix == ".txt" else as_markdown(RESOLUTION))
    assert draft.lead("Ban hành Quy chế") == ["Hội đồng quản trị"]
    assert draft.lead("Ký hợp đồng") == ["Hội đồng quản trị"]
    assert draft.lead("Lập phương án") == ["Giám đốc hợp tác xã"]
    assert draft.lead("Kiểm tra sổ sách") == ["Ban kiểm soát"]
    assert draft.names[draft.plan["issuer"]] == "Hợp tác xã Dịch vụ nông nghiệp An Phú"
    if suffix == ".txt":  # (the Markdown copy's signature lines are no table)
        assert draft.plan["signer"]["name"] == "Phạm Văn Đức"
