"""kehoach import: partners named before the lead, steps, a fronted topic, and a doer whose verb the importer does not
know (issue 11).

- "Phối hợp với X, Y chủ trì …", "Cùng với X và Z, Y hướng dẫn …", "Với sự phối hợp của X, Y kiểm tra …": X (and Z)
  cooperate, Y — the body after a comma whose name a verb follows — leads;
- "Bước 1. …", "Bước 2: …" are the steps of the point above them, each an item (a Phương án's, a plan's);
- "Với hợp tác xã chọn giải thể, Sở Tài chính hướng dẫn …": a topic put first, the body after it leads;
- "Công an tỉnh xác minh …", "Ủy ban nhân dân các xã, phường, đặc khu Phú Quý rà soát …": a name its place closes,
  then a verb of any kind — the body leads; "Công an xã", "Đồn Biên phòng …" are bodies.
Tested on documents written here (text and Markdown), never on the held-out sets (benchmarks/corpus/unseen*/), which only
measure."""

from __future__ import annotations

import pytest

from drafts import written

HEAD = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ VĨNH THUẬN\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 41/KH-UBND\tVĩnh Thuận, ngày 12 tháng 3 năm 2026", "KẾ HOẠCH", "Củng cố tổ hợp tác năm 2026"]
TAIL = ["Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tLâm Văn Tư"]
PARTNERS = [
    "1. Phối hợp với Hội Nông dân xã, Phòng Kinh tế chủ trì rà soát hộ nuôi tôm chưa vào tổ hợp tác; xong trong quý II/2026.",
    "2. Cùng với Trung tâm Dịch vụ nông nghiệp xã và Hội Liên hiệp Phụ nữ xã, Phòng Văn hóa - Xã hội vận động hộ nghèo "
    "tham gia tổ hợp tác.",
    "3. Với sự phối hợp của Công an xã, Phòng Kinh tế kiểm tra sổ sách của các hợp tác xã trong tháng 9/2026.",
    "4. Phối hợp với Đồn Biên phòng Cửa Lở, Ban Chỉ huy Quân sự xã hướng dẫn tổ hợp tác khai thác ven bờ đăng ký tàu.",
]


def _md(lines: list[str]) -> list[str]:
    return [x for line in lines for x in (line.replace("\t", " | ") if "\t" in line else line, "")]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_partners_named_before_the_lead(tmp_path, suffix):
    lines = [*HEAD, "I. NHIỆM VỤ", *PARTNERS, *TAIL]
    draft = written(tmp_path, "phoi-hop-truoc" + suffix, _md(lines) if suffix == ".md" else lines)
    assert (draft.lead("Phối hợp với Hội"), draft.coop("Phối hợp với Hội")) == (["Phòng Kinh tế"], ["Hội Nông dân xã"])
    assert draft.lead("Cùng với") == ["Phòng Văn hóa - Xã hội"]
    assert draft.coop("Cùng với") == ["Trung tâm Dịch vụ nông nghiệp xã", "Hội Liên hiệp Phụ nữ xã"]
    assert (draft.lead("Với sự"), draft.coop("Với sự")) == (["Phòng Kinh tế"], ["Công an xã"])
    assert draft.lead("Phối hợp với Đồn") == ["Ban Chỉ huy Quân sự xã"]
    assert draft.coop("Phối hợp với Đồn") == ["Đồn Biên phòng Cửa Lở"]


STEPS_PA = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH LÂM ĐỒNG\tĐộc lập - Tự do - Hạnh phúc",
            "Số: 118/PA-UBND\tLâm Đồng, ngày 02 tháng 6 năm 2026", "PHƯƠNG ÁN", "Xử lý hợp tác xã ngừng hoạt động",
            "I. PHƯƠNG ÁN XỬ LÝ", "1. Hợp tác xã ngừng hoạt động trên 12 tháng.", "Các bước thực hiện:",
            "Bước 1. Ủy ban nhân dân các xã, phường, đặc khu Phú Quý rà soát hiện trạng từng hợp tác xã, gửi Sở Tài chính "
            "trước ngày 31/7/2026.",
            "Bước 2. Sở Tài chính chủ trì, phối hợp với Thuế tỉnh Lâm Đồng ra thông báo giải thể; xong trong quý III/2026.",
            "Bước 3. Với hợp tác xã chọn giải thể tự nguyện, Sở Tài chính hướng dẫn thủ tục; thực hiện thường xuyên.",
            "II. TỔ CHỨC THỰC HIỆN",
            "1. Công an tỉnh xác minh các trường hợp chiếm dụng vốn của thành viên khi có đề nghị của Sở Tài chính.",
            "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tKT. CHỦ TỊCH", "\tPHÓ CHỦ TỊCH", "\tĐặng Văn Hòa"]
STEPS_KH = [*HEAD, "I. NHIỆM VỤ", "1. Thành lập tổ hợp tác nuôi tôm - lúa:",
            "Bước 1: Phòng Kinh tế khảo sát nhu cầu của các hộ trong tháng 4/2026.",
            "Bước 2: Ủy ban nhân dân xã Vĩnh Thuận chứng thực hợp đồng hợp tác trong quý II/2026.",
            "Bước 3: Với tổ hợp tác đã thành lập, Hội Nông dân xã theo dõi hoạt động; thực hiện thường xuyên.",
            "2. Công an xã xác minh nhân thân thành viên tổ hợp tác khi có đề nghị.", *TAIL]


@pytest.mark.parametrize("name,lines,expected", [
    ("phuong-an.txt", STEPS_PA, [("Ủy ban nhân dân các xã", "Ủy ban nhân dân các xã, phường, đặc khu Phú Quý", "before"),
                                 ("Sở Tài chính chủ trì", "Sở Tài chính tỉnh Lâm Đồng", "quarter"),
                                 ("Với hợp tác xã", "Sở Tài chính tỉnh Lâm Đồng", "ongoing"),
                                 # "khi có đề nghị …": work on request (test_import_requests_and_rooms.py)
                                 ("Công an tỉnh", "Công an tỉnh", "after-condition")]),
    ("ke-hoach.md", _md(STEPS_KH), [("Phòng Kinh tế khảo sát", "Phòng Kinh tế", "month"),
                                    ("Ủy ban nhân dân xã", "Ủy ban nhân dân xã Vĩnh Thuận", "quarter"),
                                    ("Với tổ hợp tác", "Hội Nông dân xã", "ongoing"),
                                    ("Công an xã", "Công an xã", "after-condition")]),
])
def test_steps_a_fronted_topic_and_a_verb_of_any_kind(tmp_path, name, lines, expected):
    draft = written(tmp_path, name, lines)
    for start, lead, kind in expected:
        assert draft.lead(start) == [lead], start
        assert draft[start]["deadline"]["kind"] == kind, start
    assert not [t for t in draft.texts() if t.startswith(("Các bước", "Hợp tác xã ngừng", "Thành lập tổ hợp tác"))]
    issuer = [a["name"] for a in draft.draft.registry.get("agencies", []) if a["id"] == draft.plan["issuer"]]
    assert all("|" not in name for name in issuer)  # a header row typed without its outer pipes


JOINT = ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HỘI NÔNG DÂN TỈNH KON TUM\tĐộc lập - Tự do - Hạnh phúc",
         "Số: 11/KHLT-SNNMT-HND\tKon Tum, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH LIÊN TỊCH", "Vận động nông dân vào hợp tác xã năm 2026", "",
         "Căn cứ Chương trình phối hợp giai đoạn 2026 - 2030, Sở Nông nghiệp và Môi trường và Hội Nông dân tỉnh (sau đây gọi là hai bên) thống nhất Kế hoạch như sau:",
         "I. NỘI DUNG PHỐI HỢP",
         "1. Hai bên tổ chức 03 hội nghị tuyên truyền chính sách hỗ trợ hợp tác xã; thực hiện 06 tháng đầu năm 2026.",
         "2. Sở Nông nghiệp và Môi trường chủ trì, Hội Nông dân tỉnh phối hợp chọn 05 tổ hợp tác để hỗ trợ thành hợp tác xã; "
         "xong trước ngày 30/6/2026.",
         "3. Hai bên cùng kiểm tra kết quả tại một số xã trong 6 tháng cuối năm 2026.",
         "4. Trung tâm Khuyến nông tỉnh chủ trì, Ban Kinh tế - Xã hội Hội Nông dân tỉnh phối hợp xây dựng 02 mô hình./.",
         "TM. BAN THƯỜNG VỤ", "HỘI NÔNG DÂN TỈNH", "PHÓ CHỦ TỊCH", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
         "Y Thị Hoa", "Trần Văn Tuấn", "Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT Sở, VT Hội."]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_joint_plan_s_two_sides_and_signatures(tmp_path, suffix):
    draft = written(tmp_path, "lien-tich" + suffix, _md(JOINT) if suffix == ".md" else JOINT)
    def short(names):  # the registry's names end with the province's ("Hội Nông dân tỉnh Kon Tum")
        return sorted(n.removesuffix(" Kon Tum").removesuffix(" tỉnh") for n in names)

    assert short(draft.lead("Hai bên tổ chức")) == ["Hội Nông dân", "Sở Nông nghiệp và Môi trường"]
    assert draft["Hai bên tổ chức"]["deadline"]["quarters"] == [1, 2]
    assert draft["Hai bên cùng"]["deadline"]["quarters"] == [3, 4]
    assert short(draft.coop("Sở Nông nghiệp và Môi trường chủ trì")) == ["Hội Nông dân"]
    assert draft.coop("Trung tâm Khuyến nông") == ["Ban Kinh tế - Xã hội Hội Nông dân tỉnh"]
    assert not [t for t in draft.texts() if "BAN THƯỜNG VỤ" in t or "PHÓ GIÁM ĐỐC" in t]  # the signatures end the body
    assert len(draft.tasks) == 4


STACKED_MD = ["| LIÊN MINH HTX VIỆT NAM<br>**LIÊN MINH HỢP TÁC XÃ TỈNH QUẢNG TRỊ**<br><br>HỘI NÔNG DÂN VIỆT NAM<br>"
              "**BCH HỘI NÔNG DÂN TỈNH QUẢNG TRỊ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |",
              "|:---:|:---:|", "| Số: 05/CTrPH-LMHTX-HND | *Quảng Trị, ngày 10 tháng 8 năm 2026* |", "",
              "# CHƯƠNG TRÌNH PHỐI HỢP", "", "**Vận động nông dân vào hợp tác xã năm 2026**", "", "## I. NỘI DUNG", "",
              "1. Liên minh Hợp tác xã tỉnh chủ trì, phối hợp với Hội Nông dân tỉnh tư vấn thành lập 10 hợp tác xã trong năm 2026.",
              "", "2. Hội Nông dân tỉnh vận động hội viên góp vốn vào hợp tác xã; thực hiện thường xuyên.", "",
              "| TM. BAN THƯỜNG VỤ<br>HỘI NÔNG DÂN TỈNH<br>PHÓ CHỦ TỊCH<br><br>**Hồ Văn Minh** | TM. BAN THƯỜNG VỤ<br>"
              "LIÊN MINH HỢP TÁC XÃ TỈNH<br>CHỦ TỊCH<br><br>**Lê Thị Thu** |", "|:---:|:---:|", "",
              "**Nơi nhận:**<br>- Lưu: VP hai bên."]
STACKED_PDF_TEXT = ["UBND TỈNH KON TUM", "SỞ NÔNG NGHIỆP VÀ MÔI", "TRƯỜNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT", "NAM",
                    "Độc lập - Tự do - Hạnh phúc", "HỘI NÔNG DÂN TỈNH KON TUM", "BAN THƯỜNG VỤ",
                    "Số: 09/KHLT-SNNMT-HND\tKon Tum, ngày 12 tháng 5 năm 2026", "KẾ HOẠCH LIÊN TỊCH",
                    "Vận động nông dân vào hợp tác xã năm 2026", "",
                    "I. NỘI DUNG",
                    "1. Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Hội Nông dân tỉnh chọn 05 tổ hợp tác để hỗ trợ; "
                    "xong trước ngày 30/6/2026.",
                    "2. Hội Nông dân tỉnh vận động hội viên vào tổ hợp tác; thực hiện thường xuyên./.",
                    "TM. BAN THƯỜNG VỤ", "HỘI NÔNG DÂN TỈNH", "PHÓ CHỦ TỊCH", "KT. GIÁM ĐỐC", "SỞ NÔNG NGHIỆP VÀ MÔI",
                    "TRƯỜNG", "PHÓ GIÁM ĐỐC", "Y Thị Hoa", "Trần Văn Tuấn", "Nơi nhận:", "- Lưu: VT Sở, VT Hội."]


@pytest.mark.parametrize("name,lines,issuer,signer", [
    ("chuong-trinh.md", STACKED_MD, "Liên minh Hợp tác xã tỉnh", "Lê Thị Thu"),
    ("lien-tich.txt", STACKED_PDF_TEXT, "Sở Nông nghiệp và Môi trường", "Trần Văn Tuấn"),
])
def test_a_joint_document_s_first_issuer_and_its_own_signer(tmp_path, name, lines, issuer, signer):
    """Issuers stacked in the header's left column (blank between, or the motto read between them), signatures side
    by side (or read block by block, then the names): the first issuer is the document's, with its own signer; the
    other is said in review."""
    draft = written(tmp_path, name, lines)
    assert draft.names[draft.plan["issuer"]].startswith(issuer)
    assert draft.plan["signer"]["name"] == signer
    assert draft.notes("văn bản liên tịch")


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_partners_named_by_cùng_or_sự_phối_hợp_của(tmp_path, suffix):
    """"X cùng Y xây dựng …", "X chủ trì cùng Y …", "…; cùng Y hỗ trợ …", "… với sự phối hợp của Y": Y cooperates; "tổ
    chức diễn đàn với sự tham gia của Y" names who takes part in the event, no partner."""
    items = ["1. Phòng Kinh tế cùng Hội Nông dân xã xây dựng bộ tiêu chí tổ hợp tác kiểu mới; quý II/2026.",
             "2. Phòng Văn hóa - Xã hội chủ trì cùng Hội Liên hiệp Phụ nữ xã mở lớp tập huấn; tháng 9/2026.",
             "3. Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã đưa 05 hợp tác xã dự hội chợ; cùng Trung tâm Dịch vụ "
             "nông nghiệp xã thiết kế gian hàng.",
             "4. Phòng Kinh tế tổ chức diễn đàn hợp tác xã với sự tham gia của Hội Nông dân xã, các doanh nghiệp."]
    lines = [*HEAD, "I. NHIỆM VỤ", *items, *TAIL]
    draft = written(tmp_path, "cung" + suffix, _md(lines) if suffix == ".md" else lines)
    assert draft.coop("Phòng Kinh tế cùng") == ["Hội Nông dân xã"]
    assert draft.coop("Phòng Văn hóa") == ["Hội Liên hiệp Phụ nữ xã"]
    assert draft.coop("Văn phòng") == ["Trung tâm Dịch vụ nông nghiệp xã"]
    assert draft.coop("Phòng Kinh tế tổ chức") == []


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_partner_by_cùng_under_a_body_s_heading(tmp_path, suffix):
    """The lead comes from the heading ("2. Phòng Văn hóa - Xã hội:"), the partner from the item ("Chủ trì cùng Y …")."""
    lines = [*HEAD, "I. PHÂN CÔNG", "1. Phòng Văn hóa - Xã hội:",
             "- Chủ trì cùng Hội Liên hiệp Phụ nữ xã mở lớp tập huấn kỹ năng bán hàng; trong tháng 9/2026.",
             "- Tuyên truyền về hợp tác xã trên loa truyền thanh; thường xuyên.", *TAIL]
    draft = written(tmp_path, "cung-duoi-tieu-de" + suffix, _md(lines) if suffix == ".md" else lines)
    assert draft.lead("Chủ trì cùng") == ["Phòng Văn hóa - Xã hội"]
    assert draft.coop("Chủ trì cùng") == ["Hội Liên hiệp Phụ nữ xã"]
    assert draft.coop("Tuyên truyền") == []
