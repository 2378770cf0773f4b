"""kehoach import: the kind of a document that gives tasks, and a report that sets work citing no plan (issue 11).

A document's kind is the one its kind line prints, from the kinds Nghị định 30/2020/NĐ-CP names (Thông báo, Hướng dẫn,
Phương án, Tờ trình, Công điện, Giấy mời, Biên bản …; the Party's Kết luận), never "Kế hoạch" by default: without a
kind line, a Công văn's "V/v …" (in a header cell too) or the short form in its number ("356/TB-VP") says it. A Báo cáo
that cites no plan we hold is read as a document giving the work it sets (its "Nhiệm vụ … cuối năm"), its
account of what was done ("Kết quả thực hiện …") no task. Tested on documents written here (text, Markdown, Word),
never on the held-out sets (benchmarks/corpus/unseen*/), which only measure."""

from __future__ import annotations

import pytest

from drafts import SOURCE, as_markdown, word_document, written
from generator.importer import ImportFailure, import_document
from generator.labels import PLAN_KIND
from generator.source.models import PLAN_KINDS

HEAD = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH QUẢNG TRỊ\tĐộc lập - Tự do - Hạnh phúc",
        "Số: {number}\tQuảng Trị, ngày 16 tháng 9 năm 2026", ""]
TASKS = ["1. Sở Tài chính chủ trì, phối hợp với Liên minh Hợp tác xã tỉnh rà soát hợp tác xã ngừng hoạt động; hoàn "
         "thành trước ngày 30/11/2026.",
         "2. Sở Nông nghiệp và Môi trường hướng dẫn hợp tác xã cấp mã số vùng trồng trong quý IV/2026."]
TAIL = ["Nơi nhận:\tKT. CHỦ TỊCH", "- Như trên;\tPHÓ CHỦ TỊCH", "- Lưu: VT.\tHồ Văn Minh"]


def test_every_kind_has_a_name_and_a_short_form_table():
    assert set(PLAN_KINDS) == set(PLAN_KIND)


@pytest.mark.parametrize("kind_line,kind", [("THÔNG BÁO", "thong-bao"), ("HƯỚNG DẪN", "huong-dan"),
                                            ("PHƯƠNG ÁN", "phuong-an"), ("TỜ TRÌNH", "to-trinh"),
                                            ("CÔNG ĐIỆN", "cong-dien"), ("KẾ HOẠCH", "ke-hoach")])
def test_the_kind_line_names_the_kind(tmp_path, kind_line, kind):
    lines = [l.format(number="88/XX-UBND") for l in HEAD] + [kind_line, "Về hỗ trợ hợp tác xã năm 2026", ""] + TASKS + TAIL
    draft = written(tmp_path, "loai.txt", lines)
    assert draft.plan["kind"] == kind
    assert draft.plan["title"] == kind_line
    assert draft.plan["id"].split("-")[-2] == {"thong-bao": "tb", "huong-dan": "hd", "phuong-an": "pa",
                                               "to-trinh": "ttr", "cong-dien": "cd", "ke-hoach": "kh"}[kind]


def test_without_a_kind_line_the_number_s_short_form_names_it(tmp_path):
    lines = [l.format(number="356/TB-UBND") for l in HEAD] + ["Kết luận của Phó Chủ tịch về hợp tác xã", ""] + TASKS + TAIL
    assert written(tmp_path, "thong-bao.txt", lines).plan["kind"] == "thong-bao"


def test_a_cong_van_s_subject_in_a_header_cell(tmp_path):
    md = ["| ỦY BAN NHÂN DÂN<br>**TỈNH QUẢNG TRỊ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |",
          "|:---:|:---:|", "| Số: 2210/UBND-KT<br>V/v rà soát hợp tác xã ngừng hoạt động | *Quảng Trị, ngày 16 tháng 9 năm 2026* |",
          "", "Kính gửi: Các sở, ngành tỉnh.", ""] + [t + "\n" for t in TASKS] + \
         ["| **Nơi nhận:**<br>- Như trên;<br>- Lưu: VT. | **KT. CHỦ TỊCH**<br>**PHÓ CHỦ TỊCH**<br><br>**Hồ Văn Minh** |",
          "|:---|:---:|"]
    draft = written(tmp_path, "cong-van.md", md)
    assert (draft.plan["kind"], draft.plan["title"]) == ("cong-van", "V/v rà soát hợp tác xã ngừng hoạt động")
    doc = word_document(tmp_path, "cong-van.docx", [], [["ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
                                                        ["Số: 2210/UBND-KT\nV/v rà soát hợp tác xã ngừng hoạt động",
                                                         "Quảng Trị, ngày 16 tháng 9 năm 2026"]],
                        ["Kính gửi: Các sở, ngành tỉnh."] + TASKS + ["Nơi nhận:", "- Lưu: VT.", "KT. CHỦ TỊCH",
                                                                    "PHÓ CHỦ TỊCH", "Hồ Văn Minh"])
    assert (doc.plan["kind"], doc.plan["title"]) == ("cong-van", "V/v rà soát hợp tác xã ngừng hoạt động")


REPORT = ["LIÊN MINH HTX VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "LIÊN MINH HỢP TÁC XÃ TỈNH NGHỆ AN\tĐộc lập - Tự do - Hạnh phúc",
          "Số: 71/BC-LMHTX\tNghệ An, ngày 10 tháng 7 năm 2026", "", "BÁO CÁO",
          "Sơ kết công tác 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2026", "",
          "I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2026",
          "1. Kết quả thực hiện các nhiệm vụ",
          "- Ban Hỗ trợ hợp tác xã đã chủ trì, phối hợp với Sở Tài chính tư vấn thành lập 14 hợp tác xã.",
          "- Văn phòng đã tổ chức Hội nghị đối thoại với hợp tác xã ngày 20/4/2026.",
          "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026",
          "1. Ban Hỗ trợ hợp tác xã chủ trì, phối hợp với Ủy ban nhân dân các xã tư vấn thành lập 20 hợp tác xã; hoàn "
          "thành trong quý IV/2026.",
          "2. Văn phòng tổng hợp kiến nghị của hợp tác xã, báo cáo Ban Thường vụ trước ngày 15/10/2026.",
          "III. KIẾN NGHỊ",
          "1. Kiến nghị Ủy ban nhân dân tỉnh bố trí vốn cho Quỹ Hỗ trợ phát triển hợp tác xã trong dự toán năm 2027.",
          "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VT.\tCHỦ TỊCH", "\tPhan Thị Thu"]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_report_citing_no_plan_is_read_for_the_work_it_sets(tmp_path, suffix):
    lines = REPORT if suffix == ".txt" else as_markdown(REPORT)
    draft = written(tmp_path, "bao-cao" + suffix, lines)
    assert draft.plan["kind"] == "bao-cao"
    assert draft.notes("đọc như một văn bản giao nhiệm vụ")
    assert not [t for t in draft.texts() if " đã " in t]          # what was done is no task
    assert draft.lead("Ban Hỗ trợ hợp tác xã chủ trì") == ["Ban Hỗ trợ hợp tác xã"]
    assert draft.lead("Văn phòng tổng hợp") == ["Văn phòng"]


def test_a_report_that_sets_no_work_and_cites_no_plan_is_still_refused(tmp_path):
    only_results = REPORT[:10] + REPORT[-3:]
    path = tmp_path / "bao-cao.txt"
    path.write_text("\n".join(only_results) + "\n", encoding="utf-8")
    with pytest.raises(ImportFailure, match="báo cáo nhưng không dẫn số của kế hoạch"):
        import_document(path, SOURCE)
