"""Header search and task finder on the real site, in headless Chromium.

The query table covers what people type: with and without diacritics, both
tone placements, NFD input, abbreviations both ways, document numbers as
printed, agency names, place names and misspacing.  Each expected page (and
anchor) must be among the first three results, and following the result
must land on that anchor.
"""

import re
import unicodedata
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from conftest import wait_js

KH = "ke-hoach/kon-tum-2023-kh-nq09.html"

#: query → a page (with anchor for tasks and targets) expected in the top 3
QUERIES = [
    ("hop tac xa tin dung kon tum", KH + "#nv-027"),
    ("Hợp tác xã tín dụng", KH + "#nv-027"),
    ("09/NQ-CP", "van-ban/09-nq-cp-2023.html"),
    ("20-NQ/TW", "van-ban/20-nq-tw-2022.html"),
    ("127/KH-UBND", "ke-hoach/dak-nong-2023-kh-127.html"),
    ("ke hoach 127", "ke-hoach/dak-nong-2023-kh-127.html"),
    ("70-KL/TW", "van-ban/70-kl-tw-2020.html"),
    ("Kết luận 70", "van-ban/70-kl-tw-2020.html"),
    ("ND 98/2018", "van-ban/98-2018-nd-cp.html"),
    ("QĐ 340", "van-ban/340-qd-ttg-2021.html"),
    ("Nghị quyết 202/2025/QH15", "van-ban/202-2025-qh15.html"),
    ("so ke hoach va dau tu dak nong", "co-quan/so-ke-hoach-dau-tu-dak-nong.html"),
    ("KH&ĐT dak lak", "co-quan/so-ke-hoach-dau-tu-dak-lak.html"),
    ("Sở Tài chính Gia Lai", "co-quan/so-tai-chinh-gia-lai.html"),
    ("LĐ-TB&XH kon tum", "co-quan/so-lao-dong-tbxh-kon-tum.html"),
    ("NN&PTNT gia lai", "co-quan/so-nong-nghiep-ptnt-gia-lai.html"),
    ("TN&MT dak lak", "co-quan/so-tai-nguyen-moi-truong-dak-lak.html"),
    ("MTTQ dak nong", "co-quan/ub-mttq-dak-nong.html"),
    ("lien minh htx gia lai", "co-quan/lien-minh-htx-gia-lai.html"),
    ("UBND tinh gia lai", "co-quan/ubnd-gia-lai.html"),
    ("ubnd huyen dak ha", "co-quan/ubnd-huyen-dak-ha-kon-tum.html"),
    ("ngan hang nha nuoc kon tum", "co-quan/ngan-hang-nha-nuoc-chi-nhanh-kon-tum.html"),
    ("Sở Nông nghiệp và Môi trường Quảng Ngãi", "co-quan/so-nong-nghiep-moi-truong-quang-ngai.html"),
    ("Quỹ hỗ trợ phát triển", "co-quan/quy-ho-tro-phat-trien-htx-gia-lai.html"),
    ("dat dai", "chu-de/dat-dai.html"),
    ("đất đai", "chu-de/dat-dai.html"),
    ("tin dung", "chu-de/tin-dung-tai-chinh.html"),
    ("thue", "chu-de/thue-phi.html"),
    ("bao hiem xa hoi", "chu-de/bao-hiem-xa-hoi.html"),
    ("BHXH", "chu-de/bao-hiem-xa-hoi.html"),
    ("xuc tien thuong mai", "chu-de/xuc-tien-thuong-mai.html"),
    ("hội chợ", "chu-de/xuc-tien-thuong-mai.html"),
    ("chuyen doi so", "chu-de/khoa-hoc-cong-nghe.html"),
    ("dao tao", "chu-de/dao-tao-nhan-luc.html"),
    ("thanh lap moi hop tac xa kon tum 2030", "chi-tieu/kon-tum-2023-kh-nq09/ct-02.html"),
    ("dak nong", "tinh/dak-nong.html"),
    ("kontum", "tinh/kon-tum.html"),
    ("tochuchoptacxa", "chu-de/to-chuc-htx.html"),
    (unicodedata.normalize("NFD", "Sở Tài chính Gia Lai"), "co-quan/so-tai-chinh-gia-lai.html"),
]

KT18 = "ke-hoach/kon-tum-2018-cv-htx.html"
DN = "ke-hoach/dak-nong-2023-kh-127.html"

#: what people type that the site's own words do not say: (kind, query, expected in the top 3)
MEANT = [
    # a wrong, doubled or swapped letter: retried at edit distance 1 (2 for long words)
    ("typo", "lien minh hpo tac xa gia lai", "co-quan/lien-minh-htx-gia-lai.html"),
    ("typo", "so tai chinhh dak nong", "co-quan/so-tai-chinh-dak-nong.html"),
    ("typo", "bao hiem xa hoii", "chu-de/bao-hiem-xa-hoi.html"),
    ("typo", "xuc tien thuong maii", "chu-de/xuc-tien-thuong-mai.html"),
    ("typo", "ngan hang nha nuocc kon tum", "co-quan/ngan-hang-nha-nuoc-chi-nhanh-kon-tum.html"),
    ("typo", "chuoii gia tri", "chu-de/lien-ket-chuoi-gia-tri.html"),
    ("typo", "hop tac xa tin dungg", "chu-de/tin-dung-tai-chinh.html"),
    # Telex typed with the input method off
    ("telex", "hoox trowj", "co-quan/quy-ho-tro-phat-trien-htx-gia-lai.html"),
    ("telex", "lieen minh hopwj tacs xax gia lai", "co-quan/lien-minh-htx-gia-lai.html"),
    ("telex", "quyx hoox trowj", "co-quan/quy-ho-tro-phat-trien-htx-gia-lai.html"),
    ("telex", "sowr taif chinhs gia lai", "co-quan/so-tai-chinh-gia-lai.html"),
    ("telex", "tins dungj", "chu-de/tin-dung-tai-chinh.html"),
    ("telex", "thuees", "chu-de/thue-phi.html"),
    # VNI
    ("vni", "ho64 tro75", "co-quan/quy-ho-tro-phat-trien-htx-gia-lai.html"),
    ("vni", "tin1 du5ng", "chu-de/tin-dung-tai-chinh.html"),
    ("vni", "d9a61t d9ai", "chu-de/dat-dai.html"),
    # dd for đ
    ("dd", "ddaats ddai", "chu-de/dat-dai.html"),
    ("dd", "ddak nong", "tinh/dak-nong.html"),
    ("dd", "ddaof taoj", "chu-de/dao-tao-nhan-luc.html"),
    # English (generator/data/concepts.json)
    ("english", "land", "chu-de/dat-dai.html"),
    ("english", "tax", "chu-de/thue-phi.html"),
    ("english", "training", "chu-de/dao-tao-nhan-luc.html"),
    ("english", "insurance", "chu-de/bao-hiem-xa-hoi.html"),
    ("english", "decree 98/2018", "van-ban/98-2018-nd-cp.html"),
    ("english", "resolution 09/NQ-CP", "van-ban/09-nq-cp-2023.html"),
    ("english", "plan 127", DN),
    ("english", "finance department gia lai", "co-quan/so-tai-chinh-gia-lai.html"),
    ("english", "cooperative alliance dak lak", "co-quan/lien-minh-htx-dak-lak.html"),
    ("english", "province kon tum", "tinh/kon-tum.html"),
    ("english", "support fund gia lai", "co-quan/quy-ho-tro-phat-trien-htx-gia-lai.html"),
    ("english", "cooperative credit kon tum", KH + "#nv-027"),
    # abbreviations without their punctuation
    ("abbreviation", "KHDT dak nong", "co-quan/so-ke-hoach-dau-tu-dak-nong.html"),
    ("abbreviation", "KHĐT gia lai", "co-quan/so-ke-hoach-dau-tu-gia-lai.html"),
    ("abbreviation", "LĐTBXH kon tum", "co-quan/so-lao-dong-tbxh-kon-tum.html"),
    ("abbreviation", "NNPTNT gia lai", "co-quan/so-nong-nghiep-ptnt-gia-lai.html"),
    ("abbreviation", "TNMT dak lak", "co-quan/so-tai-nguyen-moi-truong-dak-lak.html"),
    ("abbreviation", "KHCN kon tum", "co-quan/so-khoa-hoc-cong-nghe-kon-tum.html"),
    # the one table of abbreviations (the glossary, generator/data/glossary.json), the 2025 bodies included
    ("abbreviation", "ubmttq gia lai", "co-quan/ub-mttq-gia-lai.html"),
    ("abbreviation", "so nnmt gia lai", "co-quan/so-nong-nghiep-moi-truong-gia-lai.html"),
    ("abbreviation", "Sở NN&MT Quảng Ngãi", "co-quan/so-nong-nghiep-moi-truong-quang-ngai.html"),
    # what an abbreviation means: its line on the glossary page ("là gì" asks for a definition)
    ("definition", "ubmttq la gi", "thuat-ngu.html#tn-ubmttq"),
    ("definition", "KTTT nghĩa là gì", "thuat-ngu.html#tn-kttt"),
    # questions: no record holds the question words
    ("question", "sở tài chính gia lai ở đâu", "co-quan/so-tai-chinh-gia-lai.html"),
    ("question", "làm sao để thành lập hợp tác xã", "chu-de/to-chuc-htx.html"),
    ("question", "thuế là gì", "chu-de/thue-phi.html"),
    ("question", "làm thế nào để hợp tác xã được vay vốn", KH + "#nv-021"),
    ("question", "ai ký kế hoạch 127", DN),
    # signers (shown on plan pages)
    ("signer", "Lê Trọng Yên", DN),
    ("signer", "nguyen huu thap", KH),
    ("signer", "Nguyễn Hữu Quế", "ke-hoach/gia-lai-2023-kh-nq09.html"),
    ("signer", "le ngoc tuan", KT18),
    ("signer", "Y Giang Gry Niê Knơng", "ke-hoach/dak-lak-2020-kh-kl70.html"),
    # figures with or without the thousands dot (the text prints "4.200" and "17.000")
    ("figure", "4200 thanh vien", "chi-tieu/dak-nong-2023-kh-127/ct-02.html"),
    ("figure", "4.200 thành viên", "chi-tieu/dak-nong-2023-kh-127/ct-02.html"),
    ("figure", "17000 thanh vien hop tac xa", "chi-tieu/dak-nong-2023-kh-127/ct-04.html"),
    ("figure", "ke hoach dak lak 2020", "ke-hoach/dak-lak-2020-kh-kl70.html"),
    ("figure", "127/KH-UBND 2023", DN),
    # the province a plan's province merged into on 1 July 2025
    ("merged", "lam dong ke hoach", DN),
    ("merged", "ke hoach quang ngai", KH),
    ("merged", "lam dong 127", DN),
    ("merged", "so ke hoach va dau tu lam dong", "co-quan/so-ke-hoach-dau-tu-dak-nong.html"),
    # every province on record is found, also one with no page: its line on the province list (issue 11)
    ("merged", "ha giang", "tinh/index.html#tinh-tuyen-quang"),
    ("merged", "tinh binh dinh", "tinh/index.html#tinh-gia-lai"),
    ("merged", "thua thien hue", "tinh/index.html#tinh-hue"),
    ("merged", "thanh pho ho chi minh", "tinh/index.html#tinh-ho-chi-minh"),
    # place names with an apostrophe, typed without it
    ("apostrophe", "hdrai", "co-quan/ubnd-huyen-ia-h-drai-kon-tum.html"),
    ("apostrophe", "ia hdrai", "co-quan/ubnd-huyen-ia-h-drai-kon-tum.html"),
    ("apostrophe", "H'Drai", "co-quan/ubnd-huyen-ia-h-drai-kon-tum.html"),
    # pages that list or compare records, found by the title they show
    ("page", "so sánh tỷ lệ nữ giám đốc hợp tác xã giữa các tỉnh", "chi-tieu/loai/share-female-directors.html"),
    ("page", "tong so hop tac xa cac tinh", "chi-tieu/loai/tong-so-hop-tac-xa.html"),
    ("page", "sở tài chính các tỉnh", "co-quan/loai/so-tai-chinh.html"),
    ("page", "hoi nong dan cac tinh", "co-quan/loai/hoi-nong-dan-tinh.html"),
    ("page", "thời hạn kon tum", "thoi-han/tinh/kon-tum.html"),
    ("page", "văn bản gốc kế hoạch 127", "van-ban-goc/dak-nong-2023-kh-127.html"),
    ("page", "chinh sach phap luat dak lak", "chu-de/chinh-sach-phap-luat/dak-lak.html"),
    ("page", "cơ quan gia lai", "co-quan/tinh/gia-lai.html"),
    ("page", "tra cuu nhiem vu", "tra-cuu/index.html"),
    # words the site does not use for its own (generator/data/concepts.json)
    ("synonym", "gia lai sáp nhập với tỉnh nào", "tinh/gia-lai.html"),
    ("synonym", "kon tum sat nhap vao dau", "tinh/kon-tum.html"),
    ("synonym", "sở nội vụ kon tum bây giờ là", "co-quan/so-noi-vu-kon-tum.html"),
    ("synonym", "nhiem vu tre han", "thoi-han/index.html"),
    ("synonym", "overdue tasks", "thoi-han/index.html"),
    ("synonym", "female director", "chi-tieu/loai/share-female-directors.html"),
    ("synonym", "ecommerce dak nong", DN + "#nv-011"),
    ("synonym", "vay tiền", "chu-de/tin-dung-tai-chinh.html"),
    # "<tỉnh> giờ thuộc tỉnh nào": "tỉnh nào" asks for a province, whose page says what it merged into
    ("merged", "kon tum bay gio thuoc tinh nao", "tinh/kon-tum.html"),
    ("merged", "kon tum hiện thuộc tỉnh nào", "tinh/kon-tum.html"),
    ("merged", "dak lak hien thuoc tinh nao", "tinh/dak-lak.html"),
    # a province's deadline page says how many deadlines have passed ("quá hạn")
    ("page", "nhiệm vụ quá hạn gia lai", "thoi-han/tinh/gia-lai.html"),
    ("page", "việc trễ hạn kon tum", "thoi-han/tinh/kon-tum.html"),
    # a document's kind run into its number; words run together
    ("joined", "kh127", DN),
    ("joined", "qd340", "van-ban/340-qd-ttg-2021.html"),
    ("joined", "nd98", "van-ban/98-2018-nd-cp.html"),
    ("joined", "sotaichinhgialai", "co-quan/so-tai-chinh-gia-lai.html"),
    ("joined", "quyhotrophattrienhtx", "co-quan/quy-ho-tro-phat-trien-htx-gia-lai.html"),
    # a document's kind run into its whole number
    ("joined", "kh127/kh-ubnd", DN),
    ("joined", "nd98/2018/nd-cp", "van-ban/98-2018-nd-cp.html"),
    ("joined", "qd340/qd-ttg", "van-ban/340-qd-ttg-2021.html"),
    # a question for a number is answered by a target (question_words.json: "asks")
    ("asks", "kế hoạch kon tum đến năm 2030 thành lập mới bao nhiêu hợp tác xã", "chi-tieu/kon-tum-2023-kh-nq09/ct-02.html"),
    ("asks", "tỉnh đắk nông phát triển bao nhiêu thành viên hợp tác xã", "chi-tieu/dak-nong-2023-kh-127/ct-04.html"),
    # a question naming an agency finds the agency before its tasks
    ("named", "sở tài chính đắk nông giờ là sở nào", "co-quan/so-tai-chinh-dak-nong.html"),
    # a topic is named by the words that put a task in it (its keywords, shown on its page): the topic's page is
    # among the first, not below every task holding the words
    ("topic", "vay vốn ưu đãi", "chu-de/tin-dung-tai-chinh.html"),
    ("topic", "htx muốn vay ngân hàng", "chu-de/tin-dung-tai-chinh.html"),
    ("topic", "phổ biến chính sách htx cho người dân", "chu-de/truyen-thong.html"),
    ("topic", "xin thuê đất làm nhà xưởng", "chu-de/dat-dai.html"),
    ("topic", "đưa sản phẩm htx đi hội chợ", "chu-de/xuc-tien-thuong-mai.html"),
    ("topic", "quảng bá sản phẩm htx", "chu-de/xuc-tien-thuong-mai.html"),
    ("topic", "thành lập htx mới cần gì", "chu-de/to-chuc-htx.html"),
    # rarer words count more, a term of several syllables is one word: the task with "tín dụng nội bộ" before
    # tasks holding every common syllable apart; "đắk nông" is the place, not "nông" of Đắk Lắk's "nông dân"
    ("rarity", "tín dụng nội bộ hợp tác xã", "ke-hoach/gia-lai-2023-kh-nq09.html#nv-011"),
    ("rarity", "đắk nông tỷ lệ hợp tác xã hoạt động hiệu quả", "chi-tieu/dak-nong-2023-kh-127/ct-07.html"),
]


def search(page, query):
    """Type a query in the header box; the first three results (href without ?h=, kind label)."""
    box = page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")
    items = page.locator(".md-search-result__item > a")
    expect(items.first).to_be_visible()
    wait_js(page, "document.querySelectorAll('.md-search-result__item').length > 0", timeout=30000)
    page.wait_for_timeout(150)  # a later keystroke's answer may replace an earlier one
    found = []
    for a in items.all()[:3]:
        url = urlsplit(a.get_attribute("href"))
        found.append((url.path.lstrip("/") + ("#" + url.fragment if url.fragment else ""), a))
    return found


@pytest.fixture(scope="module")
def search_page(browser, server):
    context = browser.new_context()
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server + "/index.html")
    page.locator("input.md-search__input").click()
    page.errors = errors
    yield page
    context.close()


def test_query_table_has_enough_cases():
    assert len(QUERIES) >= 30


@pytest.mark.parametrize("query,expected", QUERIES, ids=[q for q, _ in QUERIES])
def test_query_finds_expected_result_in_top_three(search_page, query, expected):
    top = [href for href, _ in search(search_page, query)]
    assert expected in top, f"{query!r}: {top}"
    assert search_page.errors == []


def test_meant_table_covers_every_kind():
    kinds = {k for k, _, _ in MEANT}
    assert len(MEANT) >= 40
    assert kinds >= {"typo", "telex", "vni", "dd", "english", "abbreviation", "question", "signer", "figure",
                     "merged", "apostrophe", "page", "synonym", "joined", "asks", "named", "rarity", "definition"}


@pytest.mark.parametrize("kind,query,expected", MEANT, ids=[f"{k}:{q}" for k, q, _ in MEANT])
def test_what_people_mean_is_in_the_top_three(search_page, kind, query, expected):
    top = [href for href, _ in search(search_page, query)]
    assert expected in top, f"{kind} {query!r}: {top}"
    assert search_page.errors == []


#: query → the first result: a document's number in its title names the document (the other words say what it is
#: about, and the tasks citing it hold them too); words people say for the site's terms ("báo đài": the radio and
#: television station, generator/data/concepts.json)
FIRST = [
    ("nghị định 31/2022 lãi suất cho vay", "van-ban/31-2022-nd-cp.html"),
    ("nghị định 45/2021 tín dụng", "van-ban/45-2021-nd-cp.html"),
    ("TT 01/2020 tiêu chí phân loại hợp tác xã", "van-ban/01-2020-tt-bkhdt.html"),
    ("thông tư 03/2022 ngân hàng cho vay htx", "van-ban/03-2022-tt-nhnn.html"),
    ("báo đài gia lai", "co-quan/dai-phat-thanh-truyen-hinh-gia-lai.html"),
    ("báo đài kon tum", "co-quan/dai-phat-thanh-truyen-hinh-kon-tum.html"),
    # a document named by its kind and number as people say it ("nghị quyết 13"), without the rest of the number
    ("quyết định 340 của thủ tướng", "van-ban/340-qd-ttg-2021.html"),
    ("nghị quyết 13 của tỉnh ủy về kinh tế tập thể", "van-ban/13-nq-tu-2020.html"),
    ("nghị quyết 30 chính phủ", "van-ban/30-nq-cp-2017.html"),
    ("nghị định 116 tín dụng nông nghiệp", "van-ban/116-2018-nd-cp.html"),
    ("chỉ thị 06 của thủ tướng", "van-ban/06-ct-ttg-2019.html"),
    # an agency named (its name as typed, "tỉnh" and "và" optional) with a former province: the agency, not the
    # tasks of the province named
    ("sở tài chính lâm đồng nhận nhiệm vụ gì của đắk nông", "co-quan/so-tai-chinh-lam-dong.html"),
    ("sở nội vụ quảng ngãi làm gì cho htx kon tum", "co-quan/so-noi-vu-quang-ngai.html"),
    ("so nong nghiep moi truong quang ngai lam gi cho kon tum", "co-quan/so-nong-nghiep-moi-truong-quang-ngai.html"),
]


@pytest.mark.parametrize("query,expected", FIRST, ids=[q for q, _ in FIRST])
def test_what_the_query_names_comes_first(search_page, query, expected):
    top = [href for href, _ in search(search_page, query)]
    assert top[0] == expected, f"{query!r}: {top}"


WORD = re.compile(r"[0-9A-Za-zÀ-ɏḀ-ỿ]")


# "hop tac xa tin": the word being typed is more often "tỉnh" than "tín", and the bodies named "… Hợp tác xã
# tỉnh …" come first; its highlights are still whole words ("tỉnh" marked whole, never "tỉn|h")
@pytest.mark.parametrize("query,in_text", [("tin dung", True), ("hop tac xa tin", False), ("hop tac xa tin dung", True),
                                           ("chinh sach ho tro", True),
                                           ("vay von", True), ("hoox trowj", True), ("Sở Tài chính", False)])
def test_highlights_are_whole_words_and_snippets_hold_a_match(search_page, query, in_text):
    """A <mark> never starts or ends inside a word ("tỉn|h", "c|ho"); a task found by its text (a task's
    title is only its agencies and plan) shows a matched word in its snippet, however far into the text
    the match is (the snippet is centred on the first match)."""
    search(search_page, query)
    items = search_page.locator(".md-search-result__item > a")
    tasks = 0
    for a in items.all()[:10]:
        edges = a.locator("mark").evaluate_all(
            "ms => ms.map(m => { const p = m.previousSibling, n = m.nextSibling;"
            " return [p && p.nodeType === 3 ? p.textContent.slice(-1) : '', m.textContent,"
            " n && n.nodeType === 3 ? n.textContent.slice(0, 1) : '']; })")
        assert edges, (query, a.inner_text())
        for before, word, after in edges:
            assert not WORD.match(before or " ") and not WORD.match(after or " "), (query, before, word, after)
        if in_text and a.locator(".kh-kind").inner_text().upper() == "NHIỆM VỤ":
            tasks += 1
            assert a.locator(".kh-snippet mark").count() > 0, (query, a.inner_text())
    assert not in_text or tasks > 0


@pytest.mark.parametrize("a,b", [("hoà", "hòa"), ("thuỷ", "thủy"), ("hop tac xa", "hợp tác xã")])
def test_spellings_that_must_match_the_same(search_page, a, b):
    first = [h for h, _ in search(search_page, a)]
    second = [h for h, _ in search(search_page, b)]
    assert set(first) & set(second), (first, second)


def test_typed_diacritics_rank_the_same_word_first(search_page):
    _, link = search(search_page, "đường")[0]
    assert "đường" in link.inner_text().lower()
    _, link = search(search_page, "dưỡng")[0]
    assert "dưỡng" in link.inner_text().lower()


@pytest.mark.parametrize("joined,spaced", [("hoptacxa", "hop tac xa"), ("sotaichinhgialai", "so tai chinh gia lai"),
                                           ("kontum", "kon tum"), ("lienminhhtxdaklak", "lien minh htx dak lak")])
def test_words_typed_without_spaces_find_what_the_spaced_words_find(search_page, joined, spaced):
    assert [h for h, _ in search(search_page, joined)] == [h for h, _ in search(search_page, spaced)]


def in_page_index(page, server):
    """The site's search index and matching (KehoachSearch, loaded in every page) in the page itself."""
    if not page.evaluate("() => !!self.KEHOACH_INDEX"):
        page.add_script_tag(url=server + "/assets/generated/search-index.js")


def test_a_question_naming_an_agency_finds_the_agency_before_its_tasks(search_page, server):
    """"<agency> giờ là sở nào" (what is it now): for every agency that leads tasks, the agency's page comes
    first, above the tasks whose titles carry its name (each also matching words of the question)."""
    in_page_index(search_page, server)
    first, total = search_page.evaluate("""() => {
      const idx = new KehoachSearch.Index(self.KEHOACH_INDEX);
      const leads = idx.records.filter((r) => r.kind === "a" &&
        idx.records.some((t) => t.kind === "n" && t.title.startsWith(r.title + " — ")));
      const first = leads.filter((a) => idx.search(a.title + " giờ là sở nào", 1)[0].rec.url === a.url);
      return [first.length, leads.length];
    }""")
    assert total >= 50 and first >= 0.9 * total, (first, total)


def test_an_agency_named_with_a_former_province_comes_first(search_page, server):
    """"<successor> nhận nhiệm vụ gì của <former province>": for every agency whose tasks passed to another in
    2025, the successor's page comes first (its name typed, side by side, without "tỉnh"), above the agency of the
    former province (whose page names the successor too) and the former province's tasks."""
    in_page_index(search_page, server)
    first, total = search_page.evaluate("""() => {
      const data = self.KEHOACH_INDEX, idx = new KehoachSearch.Index(data);
      const pages = new Set(idx.records.filter((r) => r.kind === "a").map((r) => r.title));
      let first = 0, total = 0;
      idx.records.forEach((r, i) => {
        const m = r.kind === "a" && /nay thuộc về (.+?)\\./.exec(data.records.also[i] || "");
        if (!m || !pages.has(m[1]) || !r.province) return;
        total++;
        const top = idx.search(m[1].replace(" tỉnh ", " ") + " nhận nhiệm vụ gì của " + r.province, 1)[0];
        if (top && top.rec.title === m[1]) first++;
      });
      return [first, total];
    }""")
    assert total >= 30 and first == total, (first, total)


def test_what_an_abbreviation_means_comes_first(search_page, server):
    """"<abbr> là gì": for every term of the glossary, its line comes first (above the topic, law or kind of
    agency its long form names); "<long form> là gì" puts it in the top 3."""
    in_page_index(search_page, server)
    missed = search_page.evaluate("""() => {
      const idx = new KehoachSearch.Index(self.KEHOACH_INDEX), missed = [];
      idx.records.filter((r) => r.kind === "g").forEach((r) => {
        const [abbr, long] = r.title.split(": ");
        if (idx.search(abbr + " là gì", 1)[0].rec.url !== r.url) missed.push(abbr);
        if (!idx.search(long.toLowerCase() + " là gì", 3).some((x) => x.rec.url === r.url)) missed.push(long);
      });
      return missed;
    }""")
    assert missed == []


def test_a_long_form_weighs_what_its_words_weigh(search_page, server):
    """The long form of an abbreviation typed ("hội nông dân") is one term, found side by side, but weighs no
    less than its words typed apart (in another order, so that they are no term): a task led by the body (its
    title holds the long form) scores at least as much for its name as for its words scattered."""
    in_page_index(search_page, server)
    held, total = search_page.evaluate("""() => {
      const idx = new KehoachSearch.Index(self.KEHOACH_INDEX);
      let held = 0, total = 0;
      Object.keys(idx.phrases).forEach((l) => {
        if (idx.places[l] || !idx.table.some((row) => row[1].includes(l))) return;
        const task = idx.search(l, 50).find((x) => x.rec.kind === "n" && x.rec.ftitle.includes(l));
        if (!task) return;
        total++;
        const apart = idx.search(l.split(" ").reverse().join(" "), 50).find((x) => x.rec.url === task.rec.url);
        if (!apart || task.score >= apart.score - 1e-6) held++;  // the same sum, added in another order
      });
      return [held, total];
    }""")
    assert total >= 20 and held == total, (held, total)


def test_every_page_but_a_task_is_found_by_its_own_title(search_page, server):
    """Each plan, target, agency, document, topic, province, kind of target or agency, original and list page is
    among the first three results for its own title (the tasks' titles are their agencies and plan; a term is a
    line of the glossary, found first when asked what it means, "… là gì", and otherwise after the pages about it)."""
    in_page_index(search_page, server)
    missed = search_page.evaluate("""() => {
      const idx = new KehoachSearch.Index(self.KEHOACH_INDEX);
      return idx.records.filter((r) => r.kind !== "n" && r.kind !== "g" &&
                                       !idx.search(r.title, 3).some((x) => x.rec.url === r.url))
        .map((r) => r.title);
    }""")
    assert missed == []


def test_results_say_what_they_are_and_highlight(search_page):
    results = search(search_page, "hop tac xa tin dung kon tum")
    kinds = [a.locator(".kh-kind").inner_text() for _, a in results]
    assert all(kinds) and "Nhiệm vụ".upper() in [k.upper() for k in kinds]
    assert results[0][1].locator("mark").count() > 0


@pytest.mark.parametrize("query,expected", [("Hợp tác xã tín dụng", KH + "#nv-027"),
                                            ("thanh lap moi hop tac xa kon tum 2030",
                                             "chi-tieu/kon-tum-2023-kh-nq09/ct-02.html")])
def test_following_a_result_lands_on_its_anchor(browser, server, query, expected):
    context = browser.new_context()
    page = context.new_page()
    page.goto(server + "/index.html")
    page.locator("input.md-search__input").click()
    link = dict(search(page, query))[expected]
    link.click()
    page.wait_for_url("**/" + expected.split("#")[0] + "*")
    if "#" in expected:
        anchor = expected.split("#")[1]
        expect(page.locator(f"[id='{anchor}']")).to_be_in_viewport()
    else:
        expect(page.locator("h1")).to_be_visible()
    context.close()


# --- task finder ---

FINDER = "/tra-cuu/index.html"


def visible_rows(page):
    return page.locator("table.kh-finder-table tbody tr")


def open_finder(page, url):
    page.goto(url)
    page.wait_for_selector("#kh-finder[data-loaded]")
    if not page.locator(".kh-finder__filters").evaluate("d => d.open"):
        page.click(".kh-finder__filters > summary")  # folded behind one control on a phone


def shown(page):
    """The count the finder's status line gives: rows the filters select (drawn or not)."""
    text = page.locator(".kh-finder__status").inner_text()
    selected, total = re.match(r"(\d+) / (\d+)", text).groups()
    return int(selected)


def test_finder_filters_combine_count_and_round_trip_through_the_url(browser, server):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    open_finder(page, server + FINDER)
    total = shown(page)
    assert total > 200 and visible_rows(page).count() == 50  # drawn 50 at a time
    page.select_option("#kh-f-tinh", "gia-lai")
    gia_lai = shown(page)
    assert 0 < gia_lai < total
    assert all(r == "gia-lai" for r in visible_rows(page).evaluate_all("rs => rs.map(r => r.dataset.province)"))
    # counts in the other filters follow the province: every option of the plan filter is a Gia Lai plan
    options = page.locator("#kh-f-ke-hoach option").evaluate_all("os => os.map(o => o.value).filter(Boolean)")
    assert options == ["gia-lai-2023-kh-nq09"]
    # "what does the Finance Department of any province have to do": agency type across provinces, as lead
    page.select_option("#kh-f-tinh", "")
    page.select_option("#kh-f-loai-co-quan", "so-tai-chinh")
    page.select_option("#kh-f-vai-tro", "chu-tri")
    lead_rows = shown(page)
    provinces = set(visible_rows(page).evaluate_all("rs => rs.map(r => r.dataset.province)"))
    assert lead_rows > 0 and len(provinces) >= 3
    page.select_option("#kh-f-vai-tro", "")
    assert shown(page) >= lead_rows
    page.fill("#kh-q", "kinh phi")
    page.wait_for_selector("#kh-finder[data-loaded]")  # the text box's index is built in slices on first use
    narrowed = shown(page)
    assert 0 < narrowed <= lead_rows + 100
    assert visible_rows(page).count() == min(narrowed, 50)
    wait_js(page, "location.search.includes('tu-khoa=')")  # written a frame after the rows
    state = parse_qs(urlsplit(page.url).query)
    assert state == {"loai-co-quan": ["so-tai-chinh"], "tu-khoa": ["kinh phi"]}  # not ?q=: it opens the header search
    # the URL restores the same view
    page2 = context.new_page()
    open_finder(page2, page.url)
    assert shown(page2) == narrowed
    assert page2.locator("#kh-q").input_value() == "kinh phi"
    assert not page2.locator(".md-search__input").evaluate("i => i.value")  # the header search stays closed
    assert page2.locator("#kh-f-loai-co-quan").input_value() == "so-tai-chinh"
    # CSV of what is selected
    with page.expect_download() as info:
        page.get_by_role("button", name="Tải kết quả (CSV)").click()
    csv_text = open(info.value.path(), encoding="utf-8-sig").read().splitlines()
    assert len(csv_text) == narrowed + 1 and csv_text[0].startswith("ma_ke_hoach,ma_tinh,ma_nhiem_vu,noi_dung,")
    page.get_by_role("button", name="Bỏ hết bộ lọc").click()
    assert shown(page) == total
    context.close()


def test_finder_deadline_passed_filter(browser, server):
    context = browser.new_context()
    page = context.new_page()
    open_finder(page, server + FINDER + "?thoi-han=passed")
    rows = visible_rows(page)
    assert rows.count() > 0 and shown(page) > 0
    assert set(rows.evaluate_all("rs => rs.map(r => r.dataset.passed)")) == {"1"}
    context.close()


def test_finder_without_javascript_links_to_static_lists_of_every_task(browser, server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(server + FINDER)
    from generator.source.validate import check

    ds = check(Path(__file__).resolve().parent.parent / "source")[0]
    assert page.locator("#kh-finder").is_hidden()
    links = page.locator("a[href^='tinh/']").evaluate_all("as => as.map(a => a.href)")
    assert len(links) == len({p.province for p in ds.plans.values()})
    rows = 0
    for link in links:
        page.goto(link)
        rows += page.locator(".kh-stack tbody tr").count()
    assert rows == sum(len(p.tasks) for p in ds.plans.values())
    context.close()


#: (what people type, what the site writes): the finder's text box selects the same rows for both, the
#: header search's matching made a filter (every word must match a word of the row, or one of its readings)
FINDER_TYPED = [
    ("hoox trowj", "hỗ trợ"),  # Telex typed with the input method off
    ("ho64 tro75", "hỗ trợ"),  # VNI
    ("ddaats ddai", "đất đai"),  # Telex, "dd" for đ
    ("khdt", "KH&ĐT"),  # an abbreviation without its punctuation
    ("ldtbxh", "LĐ-TB&XH"),
    ("bhxh", "bảo hiểm xã hội"),  # abbreviation and long form, both ways
    ("hopp tac xa", "hợp tác xã"),  # a typo, no diacritics
    ("thanh lapp moi", "thành lập mới"),
    ("cơ quan nào hỗ trợ vốn", "hỗ trợ vốn"),  # question words are no filter
    ("hỗ trợ vốn ở đâu", "hỗ trợ vốn"),
    ("kontum", "Kon Tum"),  # a name typed without its space
    # words run together are the indexed words they are made of, each then required as if typed apart
    # (the run-together text alone kept 0 and 5 rows: the rows had "tỉnh" between, or the words apart)
    ("sotaichinhgialai", "Sở Tài chính Gia Lai"),
    ("chuyendoiso", "chuyển đổi số"),
]


def finder_rows(page, query):
    """Every row (plan, task) the finder's text box selects for `query`, drawn 50 at a time."""
    page.fill("#kh-q", query)
    page.wait_for_selector("#kh-finder[data-loaded]")
    more = page.get_by_role("button", name="Xem thêm")
    while more.is_visible():
        more.click()
    rows = visible_rows(page).evaluate_all("rs => rs.map(r => r.dataset.plan + '#' + r.dataset.task)")
    assert len(rows) == shown(page)
    return rows


def test_finder_text_box_matches_what_people_type_like_the_header_search(browser, server):
    """Typed without diacritics, in Telex or VNI with the input method off, with a typo, as an abbreviation
    without its punctuation, as a question, or without a space: the same rows as the site's own words.
    (The text box matched folded substrings before: "hoox trowj", "khdt", "kontum" found nothing.)"""
    context = browser.new_context()
    page = context.new_page()
    open_finder(page, server + FINDER)
    different = {}
    for typed, written in FINDER_TYPED:
        expected = finder_rows(page, written)
        got = finder_rows(page, typed)
        if not expected or got != expected:
            different[typed] = (len(got), len(expected))
    assert different == {}
    context.close()


def test_finder_text_box_matches_whole_words(browser, server):
    """Words before the last match whole words, as in the header search: "tin dung" keeps rows with the
    word "tín"/"tin" (tín dụng), not every row with "tỉnh" and "sử dụng" (the substring match did)."""
    from generator.vi import fold

    context = browser.new_context()
    page = context.new_page()
    open_finder(page, server + FINDER)
    for query, word in [("tin dung", "tin"), ("bao hiem xa hoi", "hiem"), ("ho tro von", "ho")]:
        rows = finder_rows(page, query)
        texts = visible_rows(page).evaluate_all("rs => rs.map(r => r.innerText)")
        assert rows and all(re.search(rf"(?<![0-9a-z]){word}(?![0-9a-z])", fold(t)) for t in texts), query
    context.close()


def test_finder_draws_the_first_province_before_the_others_arrive_and_says_so(browser, server):
    """The first rows are drawn as soon as the metadata and the first province are in; while the other
    provinces' files are held back, the status says how many are loaded, no count that could still change
    is shown (options of the other lists carry none) and the CSV waits; when they arrive, the counts are
    final.  With a province in the URL, only that province's file is requested, until the view needs more."""
    context = browser.new_context(viewport={"width": 360, "height": 780})
    page = context.new_page()
    held, asked, let_through = [], [], {"meta.js", "dak-lak.js"}

    def hold(route):
        name = route.request.url.rsplit("/", 1)[-1]
        asked.append(name)
        if name in let_through:
            route.continue_()
        else:
            held.append(route)

    page.route("**/assets/generated/tra-cuu/*.js", hold)
    page.goto(server + FINDER, wait_until="domcontentloaded")  # the held files hold the load event
    page.wait_for_selector("table.kh-finder-table tbody tr", timeout=10_000)
    status = page.locator(".kh-finder__status")
    assert set(visible_rows(page).evaluate_all("rs => rs.map(r => r.dataset.province)")) == {"dak-lak"}
    assert "1 / 4 tỉnh" in status.inner_text() and not re.search(r"\d+ / 236", status.inner_text())
    assert page.locator("#kh-finder[data-loaded]").count() == 0
    assert page.get_by_role("button", name="Tải kết quả (CSV)").is_disabled()
    types = page.locator("#kh-f-loai-co-quan option").evaluate_all("os => os.map(o => o.textContent)")
    assert types[0] == "Tất cả" and len(types) > 1 and not any(re.search(r"\(\d+\)", t) for t in types)
    # with no other filter, each province's size is known from the metadata
    assert page.locator("#kh-f-tinh option").first.text_content() == "Tất cả (236)"
    for route in held:
        route.continue_()
    page.wait_for_selector("#kh-finder[data-loaded]")
    assert shown(page) == 236 and page.get_by_role("button", name="Tải kết quả (CSV)").is_enabled()
    assert re.search(r"\(\d+\)", page.locator("#kh-f-loai-co-quan option").nth(1).text_content())

    held.clear(); asked.clear()
    let_through.add("kon-tum.js")
    page2 = context.new_page()
    page2.route("**/assets/generated/tra-cuu/*.js", hold)
    page2.goto(server + FINDER + "?tinh=kon-tum", wait_until="domcontentloaded")
    page2.wait_for_selector("#kh-finder[data-loaded]")
    assert sorted(asked) == ["kon-tum.js", "meta.js"]
    assert set(visible_rows(page2).evaluate_all("rs => rs.map(r => r.dataset.province)")) == {"kon-tum"}
    page2.unroute("**/assets/generated/tra-cuu/*.js")
    for route in held:
        route.continue_()
    page2.get_by_role("button", name="Bỏ lọc Tỉnh: Kon Tum").click()  # the chip of the province in the URL
    page2.wait_for_selector("#kh-finder[data-loaded]")
    assert shown(page2) == 236
    context.close()


def test_finder_offers_plans_and_agencies_within_a_province_and_groups_within_a_plan(browser, server):
    """The lists that grow with the country are offered within a scope, so the page does not grow with it:
    plans and agencies once a province is chosen, a plan's groups once the plan is chosen (across provinces,
    the agency types); a value from a shared link is kept and applied all the same."""
    context = browser.new_context()
    page = context.new_page()
    open_finder(page, server + FINDER)
    values = lambda sel: page.locator(sel + " option").evaluate_all("os => os.map(o => o.value)")
    assert values("#kh-f-ke-hoach") == [""] and values("#kh-f-co-quan") == [""] and values("#kh-f-nhom") == [""]
    assert page.locator("#kh-f-co-quan option").first.inner_text() == "Tất cả (236) — chọn tỉnh trước"
    page.select_option("#kh-f-tinh", "dak-nong")
    agencies = values("#kh-f-co-quan")[1:]
    # the province's bodies, and the bodies that hold their duties today (Đắk Nông merged into Lâm Đồng)
    assert agencies and all(a.endswith(("dak-nong", "lam-dong")) for a in agencies), agencies
    assert any(a.endswith("lam-dong") for a in agencies)
    assert values("#kh-f-ke-hoach") == ["", "dak-nong-2023-kh-127"] and values("#kh-f-nhom") == [""]
    page.select_option("#kh-f-ke-hoach", "dak-nong-2023-kh-127")
    groups = values("#kh-f-nhom")[1:]
    assert len(groups) > 1 and all(g.startswith("dak-nong-2023-kh-127--") for g in groups)
    open_finder(page, server + FINDER + "?co-quan=so-tai-chinh-dak-nong")
    assert values("#kh-f-co-quan") == ["", "so-tai-chinh-dak-nong"]
    assert page.locator("#kh-f-co-quan").input_value() == "so-tai-chinh-dak-nong"
    assert set(visible_rows(page).evaluate_all("rs => rs.map(r => r.dataset.province)")) == {"dak-nong"}
    context.close()


def test_on_a_phone_task_rows_are_cards(browser, server):
    """At 360px a task row is a card whose cells name themselves, in the finder as elsewhere."""
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(server + "/co-quan/so-tai-chinh-dak-nong.html")
    row = page.locator(".kh-stack tbody tr").first
    cells = row.locator("td")
    assert cells.first.evaluate("td => getComputedStyle(td).display") == "block"
    assert cells.nth(1).evaluate("td => getComputedStyle(td, '::before').content") == '"Chủ trì: "'
    assert row.evaluate("tr => tr.getBoundingClientRect().right") <= 360
    open_finder(page, server + FINDER)
    page.fill("#kh-q", "kinh phi")
    page.wait_for_selector("#kh-finder[data-loaded]")
    first = visible_rows(page).first
    assert first.evaluate("tr => getComputedStyle(tr).display") == "block"
    assert first.locator("td").nth(1).evaluate("td => getComputedStyle(td, '::before').content") == '"Chủ trì: "'
    assert first.evaluate("tr => tr.getBoundingClientRect().right") <= 360
    context.close()


def test_result_count_says_best_matches(search_page):
    """The worker sends the best 50 matches and the theme counts what it receives, so the count line says
    "best matches" rather than implying that 50 is all there is ("hop tac xa" matches far more)."""
    search(search_page, "hop tac xa")
    assert search_page.locator(".md-search-result__meta").inner_text().strip() == "50 kết quả phù hợp nhất"


def test_search_works_from_the_folder_with_the_policy_intact(browser, real_site):
    """Opened from file:// (README: "open site/index.html straight from the folder"), the header search
    answers, with the page's Content-Security-Policy (no 'unsafe-inline') unchanged and not violated."""
    index = real_site / "site" / "index.html"
    html = index.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in html and "unsafe-inline' ; " not in html
    policy = html.split('http-equiv="Content-Security-Policy" content="')[1].split('"')[0]
    assert "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    context = browser.new_context()
    page = context.new_page()
    problems = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.goto(index.as_uri())
    page.locator("input.md-search__input").click()
    top = [href for href, _ in search(page, "hop tac xa tin dung kon tum")]
    assert any(h.endswith(KH + "#nv-027") for h in top), top
    assert not [p for p in problems if "Content Security Policy" in p or "Refused" in p], problems
    context.close()
