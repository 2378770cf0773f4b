"""Verbatim look-ups in a source text, including flattened table cells."""

import pytest
from hypothesis import given, strategies as st

from generator.text import SourceText

TABLE = """STT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp
14
Ban hành văn bản hướng dẫn thi hành (sau
Sở Kế hoạch và Đầu tư Cấp có thẩm quyền; Chi

12

STT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp
khi cấp thẩm quyền ban hành) nhánh
Ngân hàng
NN tỉnh
15
Triển khai thực hiện hiệu quả
"""


def test_exact_quote_across_line_breaks():
    src = SourceText("Sở Kế hoạch\nvà Đầu tư chủ trì")
    assert src.find("Sở Kế hoạch và Đầu tư").line == 1
    assert src.find("Sở Kế hoạch và Đầu tư chủ trì").end_line == 2


def test_cell_cut_by_a_page_break_is_found_in_pieces():
    src = SourceText(TABLE)
    assert src.find("Ban hành văn bản hướng dẫn thi hành (sau khi cấp thẩm quyền ban hành)") is None
    match = src.find_cell("Ban hành văn bản hướng dẫn thi hành (sau khi cấp thẩm quyền ban hành)")
    assert (match.line, match.end_line) == (3, 9)


def test_cell_sharing_lines_with_other_columns():
    src = SourceText(TABLE)
    match = src.find_cell("Cấp có thẩm quyền; Chi nhánh Ngân hàng NN tỉnh")
    assert (match.line, match.end_line) == (4, 11)


def test_cell_pieces_must_be_in_order_and_whole_words():
    src = SourceText(TABLE)
    assert src.find_cell("Ngân hàng NN tỉnh Cấp có thẩm quyền") is None  # order reversed
    assert src.find_cell("Ban hành văn bản hướng dẫn thi hà nhánh") is None  # cut inside a word
    assert src.find_cell("Ban hành văn bản mới") is None  # words that are not there


def test_cell_pieces_must_be_close():
    far = "Ban hành văn bản\n" + "khác\n" * 80 + "hướng dẫn thi hành\n"
    assert SourceText(far).find_cell("Ban hành văn bản hướng dẫn thi hành") is None
    near = "Ban hành văn bản\n" + "khác\n" * 10 + "hướng dẫn thi hành\n"
    assert SourceText(near).find_cell("Ban hành văn bản hướng dẫn thi hành") is not None


words = st.lists(st.sampled_from("hợp tác xã kinh tế tập thể Sở Tài chính đất đai tín dụng năm 2025".split()), min_size=1, max_size=30)


@given(words, st.integers(0, 29), st.integers(1, 10))
def test_every_contiguous_run_is_found_both_ways(ws, start, length):
    src = SourceText("\n".join(" ".join(ws[i:i + 3]) for i in range(0, len(ws), 3)))
    quote = " ".join(ws[start:start + length])
    if quote:
        assert src.find(quote) is not None
        assert src.find_cell(quote) is not None


@given(words)
def test_a_word_absent_from_the_text_is_never_found(ws):
    src = SourceText("\n".join(ws))
    assert src.find_cell(" ".join(ws + ["Quốc hội"])) is None


@given(st.text(alphabet=st.sampled_from(list("ab đ*#_\\<>b/ \n\t“”")), max_size=60))
def test_source_key_is_the_compact_form_of_each_line(raw):
    src = SourceText(raw)
    from generator.text import compact

    assert src.key == "".join(compact(line) for line in raw.splitlines())


def test_names_read_from_separate_cells_are_pieces_of_their_own():
    matrix = "TT Việc Ban Kinh tế Ban Chính trị Lực lượng khác\n1 Khảo sát Chủ trì: lập phiếu Cử cán bộ UBND xã Mù Cả: cử người\n"
    src = SourceText(matrix)
    assert src.find_cell("Ban Chính trị; UBND xã Mù Cả") is not None
    assert src.find_cell("Ban Kinh tế; Ban Chính trị; UBND xã Mù Cả") is not None
    assert src.find_cell("UBND xã Mù Cả; Ban Chính trị") is None  # order reversed
    assert src.find_cell("Ban Chính trị; UBND xã Pa Ủ") is None  # a name that is not there


@pytest.mark.parametrize("quote", ["Rau, củ: Xuống tận ruộng của hợp tác xã; lấy mẫu đất gửi phòng thí nghiệm",
                                   "Trứng: Ký hợp đồng cả năm mua trứng gà của hợp tác xã"])
def test_a_rows_title_and_its_work_joined_by_a_colon_are_found_in_their_cells(quote):
    text = ("Hạng mục\tViệc\tĐơn vị\tMốc\n"
            "Rau, củ\tXuống tận ruộng của hợp tác xã; lấy mẫu đất gửi phòng thí nghiệm\tPhòng Cung ứng\tTháng 11/2026\n"
            "Trứng\tKý hợp đồng cả năm mua trứng gà của hợp tác xã\tPhòng Kế toán\tTrước 20/12/2026\n")
    assert SourceText(text).find_cell(quote) is not None
    assert SourceText(text).find_cell(quote.replace("hợp tác xã", "doanh nghiệp")) is None


def test_a_quote_in_pieces_of_words_that_recur_everywhere_is_given_up_on_in_bounded_steps():
    """A quote that is not there, cut into pieces of words that recur on every line (a PDF whose columns interleave),
    is tried in a bounded number of places, then taken as not there; one that is there is still found."""
    from generator.text import PIECE_STEPS

    text = "\n".join(" ".join(["hợp tác xã", "tổ hợp tác"] * 6) for _ in range(40)) + "\nRà soát hợp tác xã yếu"
    src = SourceText(text)
    assert src.find_cell(" ".join(["hợp tác xã"] * 9) + " không có ở đây") is None
    assert 0 < src.steps <= PIECE_STEPS
    assert src.find_cell("Rà soát hợp tác xã yếu") is not None
