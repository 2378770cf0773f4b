"""kehoach import, small general conventions (issue 11): a short document's body ends at its "Nơi nhận" too (the
list of recipients is at the foot of every administrative document, Nghị định 30/2020/NĐ-CP, Phụ lục I, never in
its header), and a name printed in capitals keeps its abbreviations in running case."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.importer import import_document

ROOT = Path(__file__).resolve().parent.parent

CONG_VAN = ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số: 215/UBND-KT", "V/v hỗ trợ hợp tác xã tiêu thụ nông sản",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Hà Tĩnh, ngày 05 tháng 4 năm 2026", "Kính gửi: Các sở, ngành liên quan.",
            "1. Sở Công Thương chủ trì kết nối hợp tác xã với các hệ thống phân phối, hoàn thành trong quý II/2026.",
            "2. Sở Tài chính bố trí kinh phí hỗ trợ hợp tác xã tham gia hội chợ năm 2026.",
            "Nơi nhận:", "- Như trên;", "- Lưu: VT, KT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Hòa"]
KE_HOACH = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH", "Số: 40/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "", "Bắc Ninh, ngày 10 tháng 2 năm 2026", "",
            "KẾ HOẠCH", "Tuyên truyền Luật Hợp tác xã năm 2026", "",
            "1. Sở Nông nghiệp và Môi trường chủ trì tổ chức hội nghị tuyên truyền Luật Hợp tác xã, hoàn thành trong năm 2026.",
            "2. Liên minh Hợp tác xã tỉnh phối hợp với Báo Bắc Ninh mở chuyên mục về kinh tế tập thể.",
            "Nơi nhận:", "- Các sở, ngành;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn An"]


@pytest.mark.parametrize("lines", [CONG_VAN, KE_HOACH], ids=["cong-van", "ke-hoach"])
def test_a_short_documents_last_task_ends_before_its_recipients(tmp_path, lines):
    path = tmp_path / "van-ban.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_document(path, ROOT / "source").plan
    assert len(plan["tasks"]) == 2
    last = plan["tasks"][-1]["text"]
    assert "Nơi nhận" not in last and "Lưu" not in last and "CHỦ TỊCH" not in last, last


@pytest.mark.parametrize("printed,running", [
    ("UBND TỈNH HÀ TĨNH", "UBND tỉnh Hà Tĩnh"),
    ("LIÊN MINH HTX TỈNH ĐẮK LẮK", "Liên minh HTX tỉnh Đắk Lắk"),
    ("SỞ NÔNG NGHIỆP VÀ PTNT", "Sở Nông nghiệp và PTNT"),
    ("SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Sở Khoa học và Công nghệ"),
    # a body named by its level, then its place
    ("TỈNH ĐOÀN QUẢNG NGÃI", "Tỉnh đoàn Quảng Ngãi"),
    ("THÀNH ĐOÀN HẢI PHÒNG", "Thành đoàn Hải Phòng"),
])
def test_a_name_in_capitals_keeps_its_abbreviations_in_running_case(printed, running):
    """A name printed in capitals is written in running case (ND 30/2020, Phụ lục II), its abbreviations as
    printed: never "Ubnd Ubnd Hà Tĩnh" (the first word twice, "tỉnh" lost) nor "Htx"."""
    from generator.importer.draft import _running_case

    assert _running_case(printed) == running


@pytest.mark.parametrize("title", ["II. NỘI DUNG PHỐI HỢP", "III. CÁC HOẠT ĐỘNG CHỦ YẾU"])
def test_a_section_of_items_none_of_which_was_read_is_said(tmp_path, title):
    """A section titled otherwise than "nhiệm vụ" whose items name no body ("1. Tổ chức hội nghị …") drafts no task;
    the draft's review names it with its line, rather than losing it silently; a paragraph section is not named."""
    lines = ["ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH", "Số: 41/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
             "Độc lập - Tự do - Hạnh phúc", "", "Bắc Ninh, ngày 12 tháng 2 năm 2026", "", "KẾ HOẠCH",
             "Phối hợp hỗ trợ hợp tác xã năm 2026", "", "I. MỤC ĐÍCH", "Nâng cao hiệu quả hoạt động của hợp tác xã.", "",
             title, "1. Tổ chức hội nghị giới thiệu sản phẩm của hợp tác xã trong quý II/2026.",
             "2. Xây dựng chuyên trang về kinh tế tập thể trên cổng thông tin của tỉnh.",
             "3. Biểu dương hợp tác xã tiêu biểu vào dịp Ngày Hợp tác xã Việt Nam.", "",
             "IV. KINH PHÍ THỰC HIỆN", "Kinh phí thực hiện từ nguồn ngân sách tỉnh giao hằng năm.", "",
             "V. TỔ CHỨC THỰC HIỆN", "Sở Công Thương chủ trì, phối hợp với các sở, ngành triển khai Kế hoạch này.", "",
             "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Lê Văn An"]
    path = tmp_path / "ke-hoach.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = import_document(path, ROOT / "source").plan
    assert [t["text"][:15] for t in plan["tasks"]] == ["Sở Công Thương "]
    said = [r for r in plan["review"] if "không đọc được nhiệm vụ nào" in r]
    assert said == [f"Mục {title.split()[0]} ở dòng {lines.index(title) + 1} không đọc được nhiệm vụ nào — kiểm tra."]
