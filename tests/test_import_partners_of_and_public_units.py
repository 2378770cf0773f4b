"""kehoach import: partners named by "sự phối hợp của", a fronted span of days, a province's museum and library, the
verbs "ra quyết định" and "biên tập" (issue 11).

- "X chủ trì, có sự phối hợp của Y, mở …", "…, với sự phối hợp của Y, …", "… tập huấn, có sự phối hợp của Y.": Y
  cooperates (never "của Y" read as a name after "phối hợp").
- "Trong các ngày cao điểm từ 28/01 đến 14/02/2027, Công an phường cùng HTX … kiểm tra …", "Trong những ngày giáp Tết,
  …", "Trong đợt cao điểm, …": the body after the fronted clause leads.
- "Bảo tàng tỉnh", "Thư viện tỉnh": bodies of their level, as "Công an tỉnh" is, beside others in a list; the closing
  "Bảo tàng tỉnh đề nghị … quan tâm phối hợp để … đạt kết quả./." no task.
- "Ban Thường vụ Hội ra quyết định …", "… Nhà xuất bản Lao động biên tập, in sách": the name ends before the verb; "Tổ
  biên tập", "Ban Biên tập" keep theirs.
- "Chi ủy phối hợp với …", "Chi ủy chuẩn bị …": a Party branch's committee leads, as "Chi bộ" does.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import written_as
from generator.importer import fields

HEAD = ["{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 52/KH-{code}\t{place}, ngày 14 tháng 8 năm 2026", "", "KẾ HOẠCH", "{title}", "", "II. NHIỆM VỤ"]
TAIL = ["", "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VT.\tCHỦ TỊCH", "\tTrịnh Văn Liễu"]


def _doc(tmp_path, suffix, items, **values):
    return written_as(tmp_path, "ke-hoach", suffix, [line.format(**values) for line in HEAD] + items + TAIL)


SOCIETY = dict(issuer="HỘI KHOA HỌC LỊCH SỬ TỈNH HƯNG YÊN", code="HKHLS", place="Hưng Yên",
               title="Biên soạn sách lịch sử phong trào hợp tác xã của tỉnh")
SERVICE = dict(issuer="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", code="SNNMT", place="Hải Phòng",
               title="Thu gom rơm rạ, làm phân hữu cơ qua các hợp tác xã năm 2026")


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_partners_named_by_su_phoi_hop_cua(tmp_path, suffix):
    items = ["1. Trung tâm Khuyến nông chủ trì, có sự phối hợp của Chi cục Trồng trọt và Bảo vệ thực vật, mở 12 lớp tập "
             "huấn về ủ rơm làm phân hữu cơ; hoàn thành trước 30/11/2026.",
             "2. Chi cục Phát triển nông thôn, với sự phối hợp của Liên minh Hợp tác xã thành phố, hướng dẫn các hợp tác "
             "xã lập phương án thu gom rơm; trong quý IV/2026.",
             "3. Văn phòng Sở tổng hợp kết quả, báo cáo UBND thành phố, có sự phối hợp của Phòng Kế hoạch - Tài chính; "
             "trước 15/12/2026."]
    draft = _doc(tmp_path, suffix, items, **SERVICE)
    assert draft.lead("Trung tâm") == ["Trung tâm Khuyến nông"]
    assert draft.coop("Trung tâm") == ["Chi cục Trồng trọt và Bảo vệ thực vật"]
    assert draft.lead("Chi cục") == ["Chi cục Phát triển nông thôn"]
    assert draft.coop("Chi cục") == ["Liên minh Hợp tác xã thành phố"]
    assert draft.coop("Văn phòng Sở") == ["Phòng Kế hoạch - Tài chính"]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_the_body_after_a_fronted_span_of_days_leads(tmp_path, suffix):
    items = ["a) Trong các ngày cao điểm từ 28/01 đến 14/02/2027, Công an phường cùng HTX Dịch vụ vận tải Bình Minh "
             "kiểm tra nồng độ cồn của lái xe tại điểm đón trả khách.",
             "b) Trong những ngày giáp Tết, Hội Liên hiệp Phụ nữ phường vận động hội viên mua hàng của các hợp tác xã.",
             "c) Trong đợt cao điểm, Đoàn Thanh niên phường hỗ trợ các hợp tác xã bốc xếp hàng hóa."]
    draft = _doc(tmp_path, suffix, items, issuer="ỦY BAN NHÂN DÂN PHƯỜNG LÊ THANH NGHỊ", code="UBND",
                 place="Hải Phòng", title="Phục vụ Tết Nguyên đán của các hợp tác xã năm 2027")
    assert draft.lead("Trong các ngày") == ["Công an phường"]
    assert draft.coop("Trong các ngày") == ["HTX Dịch vụ vận tải Bình Minh"]
    assert draft["Trong các ngày"]["deadline"]["before"] == "2027-02-14"
    assert draft.lead("Trong những ngày") == ["Hội Liên hiệp Phụ nữ phường"]
    assert draft.lead("Trong đợt") == ["Đoàn Thanh niên phường"]


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_provinces_museum_and_library_and_the_verbs_that_end_names(tmp_path, suffix):
    items = ["1. Ban Thường vụ Hội ra quyết định thành lập Ban Biên soạn gồm 15 hội viên; xong trước 31/8/2026.",
             "2. Văn phòng Hội chủ trì, cùng Trung tâm Lưu trữ lịch sử tỉnh và Thư viện tỉnh sưu tầm tư liệu, ảnh về "
             "phong trào hợp tác xã; trong tháng 9/2026.",
             "3. Ban Biên soạn chủ trì, phối hợp với Trung tâm Lưu trữ lịch sử tỉnh, Bảo tàng tỉnh cung cấp tư liệu cho "
             "các tổ viết; thường xuyên.",
             "4. Tổ biên tập phối hợp với Nhà xuất bản Lao động biên tập, in sách; hạn chót 30/10/2027."]
    draft = _doc(tmp_path, suffix, items, **SOCIETY)
    assert draft.lead("Ban Thường vụ") == ["Ban Thường vụ Hội"]
    assert sorted(draft.coop("Văn phòng Hội")) == ["Thư viện tỉnh", "Trung tâm Lưu trữ lịch sử tỉnh"]
    assert draft.lead("Ban Biên soạn") == ["Ban Biên soạn"]
    assert sorted(draft.coop("Ban Biên soạn")) == ["Bảo tàng tỉnh", "Trung tâm Lưu trữ lịch sử tỉnh"]
    assert draft.coop("Tổ biên tập") == ["Nhà xuất bản Lao động"]


@pytest.mark.parametrize("text, name", [
    ("Ban Thường vụ Hội ra quyết định thành lập Ban Biên soạn", "Ban Thường vụ Hội"),
    ("Hội đồng quản trị hợp tác xã ra thông báo triệu tập đại hội", "Hội đồng quản trị hợp tác xã"),
    ("Nhà xuất bản Lao động biên tập, in sách", "Nhà xuất bản Lao động"),
    ("Ban Biên tập Báo Hưng Yên rà soát bản thảo", "Ban Biên tập Báo Hưng Yên"),
])
def test_verbs_that_end_a_name(text, name):
    assert fields.name_only(text) == name


@pytest.mark.parametrize("text, body", [("Bảo tàng tỉnh", True), ("Thư viện tỉnh", True), ("Bảo tàng Quảng Ninh", True),
                                        ("Bảo tồn di sản văn hóa", False), ("Bảo vệ rừng đầu nguồn", False)])
def test_a_museum_starts_a_body(text, body):
    assert fields.starts_body(text) is body


@pytest.mark.parametrize("text, task", [
    ("Bảo tàng tỉnh đề nghị Liên minh Hợp tác xã tỉnh quan tâm phối hợp để cuộc trưng bày đạt kết quả./.", False),
    ("Sở Tài chính đề nghị các đơn vị quan tâm, phối hợp thực hiện để Kế hoạch đạt hiệu quả./.", False),
    ("Đề nghị Liên minh Hợp tác xã tỉnh tổ chức hội nghị để tổng kết mô hình./.", True),
])
def test_a_closing_request_with_its_purpose_is_no_task(text, task):
    """The closing formula that asks for goodwill, then what for ("… quan tâm phối hợp để … đạt kết quả./."): no task,
    whoever asks (a museum is a body now); a request for work with its purpose stays one."""
    from drafts import gives_no_task
    assert gives_no_task(text) is not task


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_branchs_own_committee_is_a_body(tmp_path, suffix):
    """"Chi ủy" (a Party branch's committee) does the work it is given, as "Chi bộ" or "Đảng ủy" does; "chi ủy viên" is
    a member's post, no body."""
    items = ["1. Chi ủy phối hợp với Ủy ban Kiểm tra Đảng ủy xã kiểm tra việc thực hiện nhiệm vụ của đảng viên, trong "
             "quý IV/2026.",
             "2. Chi ủy chuẩn bị phương án nhân sự bổ sung Hội đồng quản trị hợp tác xã, trước 20/01/2027.",
             "3. Hội đồng quản trị hợp tác xã rà soát công nợ của thành viên, hoàn thành trước 31/12/2026."]
    draft = _doc(tmp_path, suffix, items, issuer="ĐẢNG BỘ XÃ VŨ QUÝ\nCHI BỘ HỢP TÁC XÃ NÔNG NGHIỆP VŨ QUÝ", code="CB",
                 place="Hưng Yên", title="Lãnh đạo hợp tác xã thực hiện nhiệm vụ quý IV năm 2026")
    assert draft.lead("Chi ủy phối hợp") == ["Chi ủy"]
    assert draft.coop("Chi ủy phối hợp") == ["Ủy ban Kiểm tra Đảng ủy xã"]
    assert draft.lead("Chi ủy chuẩn bị") == ["Chi ủy"]
    assert not fields.starts_body("Chi ủy viên phụ trách tổ sản xuất số 2")
