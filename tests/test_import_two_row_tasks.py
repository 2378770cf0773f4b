"""kehoach import: a table whose every task takes two rows, the work, then its assignment in labelled cells (issue 11).

- "TT | Việc cần làm và phân công" (the header cell spanning the columns), a row "1 | Rà soát …" with the work, then
  a row with no number "| Chủ trì: X | Phối hợp: Y; Z | Thời gian: trước 15/10/2026": the labelled cells are the
  fields of the work above; "Phối hợp:" left empty names nobody.
- The note saying how the rows are read ("Mỗi việc chiếm hai dòng của bảng: dòng trên nêu việc cần làm; dòng dưới nêu
  ai chủ trì …") is no task.
- In a Word table and in a Markdown one.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import gives_no_task, with_table, word_document, written_as

HEAD = ["{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 31/KH-{code}\t{place}, ngày 15 tháng 9 năm 2026", "", "KẾ HOẠCH", "{title}", "",
        "II. NỘI DUNG VÀ PHÂN CÔNG"]
TAIL = ["Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VT.\tCHỦ TỊCH", "\tHoàng Thị Oanh"]

CASES = [
    dict(issuer="HỘI LIÊN LẠC VỚI NGƯỜI VIỆT NAM Ở NƯỚC NGOÀI", code="HLL", place="Nghệ An",
         title="Kết nối kiều bào với hợp tác xã dịp cuối năm 2026", header="Việc cần làm và phân công",
         rows=[("1", "Rà soát, lập danh sách 30 hợp tác xã có sản phẩm OCOP từ 3 sao trở lên để giới thiệu với kiều bào.",
                "Ban Kinh tế - Đối ngoại", "Sở Công Thương; Liên minh HTX tỉnh", "trước 15/10/2026"),
               ("2", "Biên soạn, in cẩm nang giới thiệu sản phẩm hợp tác xã bằng tiếng Việt và tiếng Thái.",
                "Văn phòng Hội", "", "tháng 11/2026")]),
    dict(issuer="HỘI DOANH NHÂN TRẺ", code="HDNT", place="Thái Nguyên",
         title="Doanh nhân trẻ đồng hành cùng hợp tác xã chè năm 2026",
         header="Nội dung công việc, phân công thực hiện",
         rows=[("1", "Tổ chức đoàn doanh nhân thăm, làm việc với 05 hợp tác xã chè tại xã Tân Cương.",
                "Ban Thường trực Hội", "Liên minh HTX tỉnh", "tháng 10/2026"),
               ("2", "Ký thỏa thuận bao tiêu chè búp khô với các hợp tác xã đạt chuẩn VietGAP.",
                "Câu lạc bộ Doanh nghiệp nông nghiệp", "", "quý IV/2026")]),
]

NOTE = "Mỗi việc chiếm hai dòng của bảng: dòng trên nêu việc cần làm; dòng dưới nêu ai chủ trì, ai phối hợp và khi nào phải xong."


def _head(case):
    return [line.format(**{k: v for k, v in case.items() if isinstance(v, str)}) for line in HEAD] + [NOTE]


def _rows(case):
    out = []
    for number, work, lead, coop, due in case["rows"]:
        out += [[number, work, "", ""], ["", f"Chủ trì: {lead}", f"Phối hợp: {coop}".rstrip(), f"Thời gian: {due}"]]
    return out


def _check(draft, case):
    assert len(draft.tasks) == 2
    first, second = draft.tasks
    number, work, lead, coop, due = case["rows"][0]
    assert first["text"] == work
    assert [draft.names[a] for a in first["lead"]] == [lead]
    assert [draft.names[a] for a in first["cooperating"]] == coop.split("; ")
    assert first["deadline"]["kind"] in ("before", "month")
    assert [draft.names[a] for a in second["lead"]] == [case["rows"][1][2]] and not second.get("cooperating")
    assert second["deadline"]["kind"] in ("month", "quarter")


@pytest.mark.parametrize("case", CASES, ids=["association", "business-club"])
def test_two_rows_a_task_in_a_word_table(tmp_path, case):
    def fill(table):  # the header's cell spans the row, as Word merges it
        header = table.rows[0].cells
        header[1].merge(header[-1]).text = case["header"]

    draft = word_document(tmp_path, "ke-hoach.docx", _head(case), [["TT", case["header"], "", ""], *_rows(case)],
                          TAIL, fill=fill)
    _check(draft, case)


@pytest.mark.parametrize("case", CASES, ids=["association", "business-club"])
def test_two_rows_a_task_in_a_markdown_table(tmp_path, case):
    draft = written_as(tmp_path, "ke-hoach", ".md",
                       with_table(_head(case), ["TT", case["header"], "", ""], _rows(case), [""] + TAIL, ".md"))
    _check(draft, case)


def test_the_note_on_the_rows_is_no_task():
    assert gives_no_task(NOTE)
    assert gives_no_task("Mỗi việc dưới đây là một phiếu: dòng trên cùng ghi mã việc, bộ phận phụ trách, đơn vị phối "
                         "hợp và hạn hoàn thành; các dòng dưới ghi nội dung việc.")
