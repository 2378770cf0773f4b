"""kehoach import: the header of a mass organisation printed as a table row, its lines apart, and the signature of an
army unit's commander (issue 11).

- "| **BCH HỘI NÔNG DÂN<br>THÀNH PHỐ HỒ CHÍ MINH**<br>\\*<br>Số 86-KH/HNDTP | **HỘI NÔNG DÂN VIỆT NAM**<br><br>*Thành
  phố Hồ Chí Minh, ngày 12 tháng 01 năm 2026* |": the number without a colon on a line of its own in the cell (Hướng dẫn
  36-HD/VPTW, as Party bodies and mass organisations print it), the place and date on the other cell's last line.
- "BCH HỘI …", "BAN CHẤP HÀNH CÔNG ĐOÀN …": the body whose committee signs is the issuer.
- "TRUNG ĐOÀN TRƯỞNG" / "Thượng tá Nông Đức Thiện", "ĐỒN TRƯỞNG" / "Trung tá …": the commander's title, the name
  without the rank.
- A header row whose cells hold only an ornament ("| \\*\\*\\* | |", the stars under a Party-style issuer) is a blank
  line between the issuer's blocks, never an error (a joint document's header is read block by block).

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import written_as

BODY = ["", "# KẾ HOẠCH", "", "## {subject}", "", "### II. NHIỆM VỤ", "",
        "1. Văn phòng {short} chủ trì tổ chức 02 lớp tập huấn về hợp tác xã cho cán bộ cơ sở, hoàn thành trong quý "
        "II/2026.", "",
        "2. Ban Kinh tế {short} rà soát, hỗ trợ 10 tổ hợp tác chuyển lên hợp tác xã, hoàn thành trước 30/11/2026.", "",
        "| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VP. | **T/M BAN THƯỜNG VỤ**<br>**PHÓ CHỦ TỊCH**<br><br>**{signer}** |",
        "|---|---|"]


@pytest.mark.parametrize("organ, place, number, motto, short, signer, body", [
    ("BCH HỘI NÔNG DÂN<br>THÀNH PHỐ HỒ CHÍ MINH", "Thành phố Hồ Chí Minh", "86-KH/HNDTP", "HỘI NÔNG DÂN VIỆT NAM",
     "Hội", "Trần Thị Mỹ Duyên", "hoi-nong-dan-thanh-pho-ho-chi-minh"),
    ("BAN CHẤP HÀNH CÔNG ĐOÀN<br>NGÀNH NÔNG NGHIỆP TỈNH ĐỒNG THÁP", "Đồng Tháp", "27-KH/CĐN",
     "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "Công đoàn ngành", "Lê Văn Tâm", "cong-doan-nganh-nong-nghiep"),
])
def test_a_header_row_with_its_lines_apart(tmp_path, organ, place, number, motto, short, signer, body):
    header = [f"| **{organ}**<br>\\*<br>Số {number} | **{motto}**<br><br>*{place}, ngày 12 tháng 01 năm 2026* |",
              "|---|---|"]
    draft = written_as(tmp_path, "ke-hoach", ".md", header + [
        line.format(subject="Phát triển tổ hợp tác, hợp tác xã năm 2026", short=short, signer=signer)
        for line in BODY])
    plan = draft.plan
    assert plan["number"] == number
    assert (plan["date"]["year"], plan["date"]["month"], plan["date"]["day"]) == (2026, 1, 12)
    assert plan["issuer"].startswith(body)
    assert len(draft.tasks) == 2


@pytest.mark.parametrize("title, rank, name", [("TRUNG ĐOÀN TRƯỞNG", "Thượng tá", "Nông Đức Thiện"),
                                              ("ĐỒN TRƯỞNG", "Trung tá", "Lò Văn Sơn")])
def test_a_commander_signs_in_his_title(tmp_path, title, rank, name):
    lines = ["SƯ ĐOÀN 391\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TRUNG ĐOÀN 839\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 214/KH-TrĐ\tLạng Sơn, ngày 02 tháng 10 năm 2026", "", "KẾ HOẠCH",
             "Phối hợp với các hợp tác xã quanh doanh trại năm 2026", "", "II. NỘI DUNG",
             "1. Ban Hậu cần mua rau, thịt của hợp tác xã cho bếp ăn tập thể, thực hiện thường xuyên.",
             "2. Ban Chính trị đưa tin về các hoạt động giúp hợp tác xã trên bản tin nội bộ, thực hiện hằng tháng.", "",
             f"Nơi nhận:\t{title}", "- Sư đoàn 391 (b/c);", "- Lưu: VT.", f"\t{rank} {name}"]
    draft = written_as(tmp_path, "ke-hoach", ".txt", lines)
    assert draft.plan["signer"] == {"title": title, "name": name}


@pytest.mark.parametrize("ornament", ["\\*\\*\\*", "\\*"])
@pytest.mark.parametrize("subject", ["Phối hợp vận động nông dân vào hợp tác xã năm 2026",
                                     "Liên tịch phát triển tổ hợp tác, hợp tác xã năm 2026"])
def test_an_ornament_row_under_the_issuer_is_read_as_blank(tmp_path, ornament, subject):
    header = ["| **HỘI NÔNG DÂN TỈNH THANH HÓA** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |", "|---|---|",
              f"| {ornament} | |", "| Số 27-KH/HNDT | *Thanh Hóa, ngày 12 tháng 01 năm 2026* |"]
    draft = written_as(tmp_path, "ke-hoach", ".md", header + [
        line.format(subject=subject, short="Hội", signer="Lê Văn Tâm") for line in BODY])
    assert draft.plan["number"] == "27-KH/HNDT" and len(draft.tasks) == 2
