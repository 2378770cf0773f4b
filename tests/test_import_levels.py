"""kehoach import: a task split by level, and the issuer's own unit as the doer (issue 11). Plans of a system of bodies
(a Hội, the Đoàn, the Mặt trận, the UBND of a province and its communes) give each task's work per level: "Cấp tỉnh:
Ban X biên soạn …" (the body after the level's label leads) and "Cấp xã: lồng ghép …" (no body named: the issuer's own
kind of body at the commune level, "Hội Liên hiệp Phụ nữ các xã, phường", said in review). "Văn phòng phối hợp với …",
"Văn phòng tổng hợp …": the issuer's office leads. Tested on a Hội's plan as Markdown and a province's plan as text
written here, never on the held-out sets (benchmarks/corpus/unseen*/), which only measure."""

from __future__ import annotations

import pytest

from drafts import written

ITEMS = [("Tuyên truyền về Luật Hợp tác xã năm 2023",
          "Cấp tỉnh: Ban Tuyên giáo biên soạn tờ gấp về quyền lợi của thành viên hợp tác xã; hoàn thành trong quý I/2026.",
          "Cấp xã: lồng ghép nội dung tuyên truyền vào sinh hoạt chi hội; thực hiện thường xuyên."),
         ("Hỗ trợ vốn cho hội viên tham gia hợp tác xã",
          "Cấp tỉnh: Văn phòng phối hợp với Ngân hàng Chính sách xã hội chi nhánh tỉnh hướng dẫn các tổ tiết kiệm và vay "
          "vốn; thực hiện hằng năm.",
          "Cấp xã: bình xét, giới thiệu hội viên được vay vốn; thực hiện hằng năm.")]
CLOSING = "Văn phòng tổng hợp kết quả, báo cáo Ban Thường vụ trước ngày 10/12/2026./."


def _hoi(tmp_path):
    lines = ["| HỘI LHPN VIỆT NAM<br>**HỘI LIÊN HIỆP PHỤ NỮ**<br>**TỈNH TUYÊN QUANG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
             "VIỆT NAM** |", "|:---:|:---:|", "| Số: 58/KH-HPN | *Tuyên Quang, ngày 21 tháng 10 năm 2025* |", "",
             "**KẾ HOẠCH**", "", "**Vận động phụ nữ tham gia hợp tác xã năm 2026**", "", "### I. NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", ""]
    for n, (title, province, commune) in enumerate(ITEMS, start=1):
        lines += [f"**{n}. {title}**", "", f"- *{province.split(':')[0]}:*{province.split(':', 1)[1]}",
                  f"- *{commune.split(':')[0]}:*{commune.split(':', 1)[1]}", ""]
    lines += ["### II. TỔ CHỨC THỰC HIỆN", "", CLOSING, "",
              "| **Nơi nhận:**<br>- Lưu: VT. | **TM. BAN THƯỜNG VỤ**<br>**CHỦ TỊCH**<br>**Hoàng Thị Thu** |", "|---|:---:|"]
    return written(tmp_path, "theo-cap.md", lines), "Hội Liên hiệp Phụ nữ các xã, phường"


def _ubnd(tmp_path):
    lines = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH TUYÊN QUANG\tĐộc lập - Tự do - Hạnh phúc",
             "Số: 158/KH-UBND\tTuyên Quang, ngày 21 tháng 10 năm 2025", "KẾ HOẠCH",
             "Vận động phụ nữ tham gia hợp tác xã năm 2026", "I. NHIỆM VỤ"]
    for n, (title, province, commune) in enumerate(ITEMS, start=1):
        lines += [f"{n}. {title}", f"- {province.replace('Ban Tuyên giáo', 'Sở Văn hóa, Thể thao và Du lịch')}",
                  f"- {commune}"]
    lines += ["II. TỔ CHỨC THỰC HIỆN", CLOSING.replace("Ban Thường vụ", "Ủy ban nhân dân tỉnh"),
              "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tPhan Huy Ngọc"]
    return written(tmp_path, "theo-cap.txt", lines), "Ủy ban nhân dân các xã, phường"


@pytest.mark.parametrize("make", [_hoi, _ubnd], ids=["hoi", "ubnd"])
def test_work_split_by_level(tmp_path, make):
    draft, communes = make(tmp_path)
    first = draft.lead("Cấp tỉnh: Ban Tuyên giáo") if "Cấp tỉnh: Ban Tuyên giáo" in " ".join(draft.texts()) \
        else draft.lead("Cấp tỉnh: Sở Văn hóa")
    assert first and first[0].startswith(("Ban Tuyên giáo", "Sở Văn hóa, Thể thao và Du lịch"))
    for start in ("Cấp xã: lồng ghép", "Cấp xã: bình xét"):
        assert draft.lead(start) and draft.lead(start)[0].startswith(communes)
        assert any("cấp xã" in note for note in draft[start]["review"])
    assert draft.lead("Cấp tỉnh: Văn phòng") and draft.lead("Cấp tỉnh: Văn phòng")[0].startswith("Văn phòng")
    assert draft.coop("Cấp tỉnh: Văn phòng")[0].startswith("Ngân hàng Chính sách xã hội")
    assert draft.lead("Văn phòng tổng hợp") and draft.lead("Văn phòng tổng hợp")[0].startswith("Văn phòng")
