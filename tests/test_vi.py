import unicodedata

from hypothesis import given, strategies as st

from generator.vi import fold, format_number, slugify, sort_key


def test_alphabet_order():
    words = ["đồng", "dân", "ân", "ăn", "an", "bò", "ê", "e", "ơn", "ôn", "on", "ưa", "ua", "Đắk Lắk", "Đắk Nông", "Gia Lai", "Kon Tum"]
    assert sorted(words, key=sort_key) == [
        "an", "ăn", "ân", "bò", "dân", "Đắk Lắk", "Đắk Nông", "đồng", "e", "ê", "Gia Lai", "Kon Tum",
        "on", "ôn", "ơn", "ua", "ưa",
    ]


def test_tones_are_secondary():
    assert sorted(["má", "mà", "ma", "mạ", "mả", "mã"], key=sort_key) == ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert sorted(["mác", "mai"], key=sort_key) == ["mác", "mai"]  # letters before tones


@given(st.text(), st.text())
def test_sort_key_is_a_total_order(a, b):
    ka, kb = sort_key(a), sort_key(b)
    if unicodedata.normalize("NFC", a) != unicodedata.normalize("NFC", b):
        assert ka != kb
    assert (ka < kb) + (ka > kb) + (ka == kb) == 1


def test_fold_and_slug():
    assert fold("Sở Kế hoạch và Đầu tư") == "so ke hoach va dau tu"
    assert fold("hoà") == fold("hòa") == "hoa"
    assert slugify("Đắk Nông — Sở Tài chính") == "dak-nong-so-tai-chinh"
    assert slugify("!!!") == "x"


@given(st.text())
def test_slugs_are_ascii_and_stable(value):
    slug = slugify(value)
    assert slug == slugify(value)
    assert slug and all(c.isascii() and (c.isalnum() or c == "-") for c in slug)


def test_numbers():
    assert format_number(4200) == "4.200"
    assert format_number(2.5) == "2,5"


def test_a_word_boundary_sorts_before_any_letter():
    from generator.vi import sort_key

    names = ["Cao Bằng", "Cà Mau", "Bắc Ninh", "Bắc Giang", "Bạc Liêu", "Đắk Nông", "Đắk Lắk", "Hà Nội", "Hà Giang"]
    assert sorted(names, key=sort_key) == ["Bạc Liêu", "Bắc Giang", "Bắc Ninh", "Cà Mau", "Cao Bằng", "Đắk Lắk",
                                           "Đắk Nông", "Hà Giang", "Hà Nội"]
