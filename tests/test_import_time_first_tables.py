"""kehoach import: a table of tasks whose first column is the time (issue 11).

- A row of work whose long cells hold the words of a column's name ("…; thống nhất danh mục, giá bán lẻ", "Sản phẩm …",
  "X (chủ trì); Y") is a row, not the header printed again: a header's cells are short labels, no ";" in them.
- In Word, the time cell merged down over two rows (``w:vMerge``) is each row's time, as any other column's merged cell
  is; a row number merged in the first column still joins its row to the one above.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import with_table, word_document, written_as

HEAD = ["CÔNG TY TNHH {caps}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 31/KH-{code}\t{place}, ngày 20 tháng 4 năm 2026", "", "KẾ HOẠCH",
        "Bán sản phẩm của hợp tác xã năm 2026", "", "I. TIẾN ĐỘ VÀ PHÂN CÔNG"]
TAIL = ["Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\t", "\tĐặng Quốc Hưng"]
CASES = [
    ("DỊCH VỤ BÌNH SƠN", "DVBS", "Quảng Ngãi", "Tháng 5/2026", 5,
     ["Thời gian", "Nội dung công việc", "Đơn vị thực hiện"],
     [["Trước 15/5/2026", "Sửa sảnh nhà dịch vụ, đóng 16 quầy kệ", "Bộ phận Kỹ thuật"],
      ["Tháng 5/2026", "Làm việc với Liên minh HTX tỉnh chọn 20 HTX có sản phẩm OCOP; thống nhất danh mục, giá bán lẻ",
       "Phòng Kinh doanh (chủ trì); Liên minh HTX tỉnh"],
      ["", "Ký hợp đồng ký gửi với từng HTX: tỷ lệ chiết khấu, kỳ thanh toán",
       "Phòng Kế toán; Phòng Kinh doanh (chủ trì)"],
      ["Tháng 12/2026", "Tổng kết năm, báo cáo Hội đồng thành viên", "Phòng Kinh doanh"]]),
    ("THƯƠNG MẠI HÀ TIÊN", "TMHT", "An Giang", "Quý III/2026", None,
     ["Thời hạn", "Việc cần làm", "Bộ phận phụ trách"],
     [["01/6/2026", "Khai trương quầy sản vật của hợp tác xã", "Phòng Bán hàng"],
      ["Quý III/2026", "Gắn mã QR truy xuất của từng HTX; in thẻ giới thiệu sản phẩm song ngữ",
       "Bộ phận Công nghệ (chủ trì); Sở Khoa học và Công nghệ"],
      ["", "Lấy ý kiến khách về sản phẩm bán chậm; thay sản phẩm không đạt", "Phòng Bán hàng"],
      ["Tháng 12/2026", "Tổng kết năm, báo cáo Hội đồng quản trị", "Phòng Bán hàng"]]),
]


def _head(caps: str, code: str, place: str) -> list[str]:
    return [line.format(caps=caps, code=code, place=place) for line in HEAD]


def _merged_down(rows: list[list[str]]):
    """Merges each empty first cell into the one above it, the text in the top cell (``w:vMerge``), as Word does."""
    def fill(table) -> None:
        for k, values in enumerate(rows):
            if not values[0]:
                top = table.cell(k, 0)  # the table's row k is rows[k - 1], below its header
                text = top.text
                top.merge(table.cell(k + 1, 0)).text = text
    return fill


@pytest.mark.parametrize("caps, code, place, merged, month, columns, rows", CASES)
def test_rows_of_a_time_first_table_in_word(tmp_path, caps, code, place, merged, month, columns, rows):
    draft = word_document(tmp_path, "ke-hoach.docx", _head(caps, code, place), [columns, *rows], TAIL,
                          fill=_merged_down(rows))
    assert [t["text"] for t in draft.tasks] == [r[1] for r in rows]
    second, third = draft.tasks[1], draft.tasks[2]
    assert second["deadline"]["printed"] == merged and third["deadline"]["printed"] == merged
    assert draft.lead(rows[1][1][:20]) == [rows[1][2].split(" (chủ trì)")[0]]
    if month:
        assert third["deadline"]["month"] == month


@pytest.mark.parametrize("caps, code, place, merged, month, columns, rows", CASES)
def test_a_row_with_a_columns_words_is_no_header(tmp_path, caps, code, place, merged, month, columns, rows):
    rows = [[r[0] or merged, *r[1:]] for r in rows]
    for suffix in (".txt", ".md"):
        draft = written_as(tmp_path, "ke-hoach", suffix, with_table(_head(caps, code, place), columns, rows, TAIL,
                                                                    suffix))
        assert [t["text"] for t in draft.tasks] == [r[1] for r in rows]
