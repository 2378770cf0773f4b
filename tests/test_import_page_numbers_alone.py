"""kehoach import: a page's number alone on its line in a text copied from a PDF viewer, and a running foot that ends
with the page's number (issue 11).

A viewer's copy keeps each page's number on a line of its own where the page broke, often inside a sentence ("… các
hợp" / "2" / "tác xã ngừng hoạt động …"): numbers counting up by one from 1 or 2, a page's worth of lines apart, are
the pages', not the document's: the sentence reads on across them, and the number joins no paragraph. Numbers a few
lines apart (a flattened table's row numbers) stay. A running foot whose words are the same on every page and end
with the page's number ("… phường Hiến Nam," / "tỉnh Hưng Yên | Trang 2/3", "… - Trang 2"), printed at each page's
foot by a PDF's page-margin box, is no task.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import written

HEAD = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH {province}\tĐộc lập - Tự do - Hạnh phúc",
        "Số: {number}\t{place}, ngày 10 tháng 12 năm 2025", "", "KẾ HOẠCH",
        "Phát triển kinh tế tập thể, hợp tác xã năm 2026", "", "I. NHIỆM VỤ"]
FOOT = ["", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tNguyễn Hữu Tâm"]


BODIES = ["Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Công Thương", "Sở Nội vụ", "Liên minh Hợp tác xã tỉnh",
          "Thuế tỉnh", "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch", "Ngân hàng Nhà nước khu vực 4",
          "Sở Xây dựng", "Sở Giáo dục và Đào tạo", "Sở Y tế"]
WORKS = ["hướng dẫn các hợp tác xã lập báo cáo tài chính năm, gửi cơ quan thuế và cơ quan đăng ký kinh doanh",
         "rà soát các hợp tác xã nông nghiệp, xử lý dứt điểm các hợp tác xã đã ngừng hoạt động từ hai năm trở lên",
         "kết nối các hợp tác xã với doanh nghiệp phân phối, đưa sản phẩm vào siêu thị và sàn thương mại điện tử",
         "bồi dưỡng cán bộ quản lý hợp tác xã về quản trị, kế toán, chuyển đổi số trong sản xuất kinh doanh"]


def _document(province: str, number: str, place: str, pages: list[str]) -> list[str]:
    """A plan whose duties wrap over lines as a viewer copies them, each page's number alone where the page broke,
    inside a duty ("… xử lý các" / "hợp" / "2" / "tác xã …")."""
    lines = [line.format(province=province, number=number, place=place) for line in HEAD]
    item = 0
    for page in [*pages, None]:
        for k in range(10):
            item += 1
            body, work = BODIES[item % len(BODIES)], WORKS[item % len(WORKS)]
            lines += [f"{item}. {body} {work[:60]}", f"{work[60:]} trên địa bàn; hoàn thành trước ngày {item}/3/2026."]
        if page is None:
            break
        item += 1
        lines += [f"{item}. Sở Tư pháp phổ biến Luật Hợp tác xã năm 2023 cho thành viên của các", "hợp", page,
                  f"tác xã mới thành lập ở cụm {page}; hoàn thành trong quý II/2026."]
    return lines + FOOT


@pytest.mark.parametrize("province, number, place, pages", [("HƯNG YÊN", "3310/KH-UBND", "Hưng Yên", ["2", "3"]),
                                                            ("NINH BÌNH", "512/KH-UBND", "Ninh Bình", ["2", "3", "4"])])
def test_page_numbers_alone_on_their_lines_are_dropped(tmp_path, province, number, place, pages):
    draft = written(tmp_path, "ke-hoach.txt", _document(province, number, place, pages))
    broken = [t for t in draft.tasks if t["text"].startswith("Sở Tư pháp")]
    assert len(broken) == len(pages)
    for task in broken:
        assert "cho thành viên của các hợp tác xã mới thành lập ở cụm" in task["text"]
        assert task["deadline"]["quarters"] == [2]
    assert len(draft.tasks) == 11 * len(pages) + 10


def test_numbers_a_few_lines_apart_are_no_pages():
    """A flattened table's row numbers, or figures alone on their lines, a few lines apart: no page's."""
    from generator.importer.draft import _without_running_lines

    lines = ["TT", "Nội dung", "Chủ trì", "1", "Rà soát hợp tác xã", "Sở Tài chính", "2", "Hướng dẫn hợp tác xã",
             "Sở Nông nghiệp và Môi trường", "3", "Kết nối tiêu thụ", "Sở Công Thương"]
    assert _without_running_lines(lines) == lines
    paged = lines[:3] + ["Rà soát các hợp tác xã ngừng hoạt động"] * 25 + ["2"] + ["Hướng dẫn hợp tác xã"] * 25 + ["3"]
    assert [k for k, line in enumerate(_without_running_lines(paged)) if line != paged[k]] == [28, 54]


@pytest.mark.parametrize("foot", [
    ["Sở Nông nghiệp và Môi trường tỉnh Hưng Yên - Số 12 đường Chùa Chuông, phường Hiến Nam,", "tỉnh Hưng Yên | Trang {n}/3"],
    ["Liên minh Hợp tác xã tỉnh Ninh Bình - Ban Phong trào - Trang {n}"]])
def test_a_running_foot_that_ends_with_the_page_number_is_dropped(tmp_path, foot):
    lines = [line.format(province="HƯNG YÊN", number="3312/KH-UBND", place="Hưng Yên") for line in HEAD]
    for n in (1, 2, 3):
        for k in range(1, 5):
            item = 4 * (n - 1) + k
            body, work = BODIES[item % len(BODIES)], WORKS[item % len(WORKS)]
            lines += [f"{item}. {body} {work}; hoàn thành trước ngày {item}/3/2026."]
        lines += [line.format(n=n) for line in foot]
    draft = written(tmp_path, "ke-hoach.txt", lines + FOOT)
    assert len(draft.tasks) == 12
    assert not any("Trang" in t["text"] for t in draft.tasks)
