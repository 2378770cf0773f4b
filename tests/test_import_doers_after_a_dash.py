"""kehoach import: the doer named after the work and a dash or a semicolon, paragraphs that open with their time,
"Các công việc cụ thể" as the part of the work, and a commune's hamlets as doers (issue 11).

- After the work: "… — do Ban X thực hiện, phối hợp Y; …", "… — Ban X chịu trách nhiệm; …", "… — giao Thường trực
  Hội, cùng Y; …", "…, do Ban X và Hội Y cùng tổ chức; …", "…; Văn phòng Hội thực hiện khi đủ 20 hợp tác xã đăng ký."
  (but "… dự lớp tập huấn do Liên minh … tổ chức": that organises the class, and does not do the item).
- A paragraph that opens with its time: "Dịp Tết Nguyên đán Đinh Mùi, Trung tâm …", "Từ 01/12/2026, Trung tâm … phân
  công …"; more verbs end a name ("soạn", "thiết kế", "phân công", "nhập kết quả").
- "III. CÁC CÔNG VIỆC CỤ THỂ" is the part of the work; "Các xóm Phia Khao, Nà Sác lập danh sách …": the hamlets do it.
- "mỗi vụ một đợt" recurs; "khi đủ 20 hợp tác xã đăng ký" is a condition.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import drafted
from generator.importer import fields

ASSOCIATION = ["{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
               "Số: {number}/KH-HBV\t{place}, ngày 22 tháng 9 năm 2026", "", "KẾ HOẠCH",
               "Đồng hành cùng hợp tác xã thu gom bao gói thuốc bảo vệ thực vật năm 2026 - 2027", "", "I. MỤC ĐÍCH",
               "Các hợp tác xã tự tổ chức thu gom bao gói trên đồng ruộng.", "", "II. CÁC HOẠT ĐỘNG",
               "1. Khảo sát điểm tập kết bao gói tại 25 hợp tác xã — do Ban Khoa học thực hiện, phối hợp Hội Nông dân "
               "các xã; xong trong tháng 10/2026.",
               "2. Biên soạn tờ gấp hướng dẫn thu gom bao gói — Ban Truyền thông chịu trách nhiệm; hoàn thành trước "
               "15/11/2026.",
               "3. Vận động doanh nghiệp tài trợ bể chứa cho hợp tác xã — giao Thường trực Hội, cùng {partner}; thời "
               "gian quý IV/2026.",
               "4. Làm đầu mối ký hợp đồng giữa các hợp tác xã với đơn vị xử lý chất thải; Văn phòng Hội thực hiện khi "
               "đủ 20 hợp tác xã đăng ký.",
               "5. Phát động ngày hội thu gom ở các xã có hợp tác xã tham gia, do Ban Truyền thông và {partner} cùng tổ "
               "chức; tháng 6/2027.", "",
               "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VP.\tCHỦ TỊCH", "\t{signer}"]


@pytest.mark.parametrize("issuer, number, place, partner, signer, suffix", [
    ("HỘI BẢO VỆ THIÊN NHIÊN TỈNH LÂM ĐỒNG", "09", "Lâm Đồng", "Hội Doanh nghiệp tỉnh", "Nguyễn Văn Phúc", ".txt"),
    ("HỘI LÀM VƯỜN TỈNH ĐỒNG THÁP", "14", "Đồng Tháp", "Hội Liên hiệp Phụ nữ tỉnh", "Trần Văn Sáu", ".md"),
])
def test_the_doer_after_the_work_and_a_dash(tmp_path, issuer, number, place, partner, signer, suffix):
    draft = drafted(tmp_path, ASSOCIATION, suffix, issuer=issuer, number=number, place=place, partner=partner,
                    signer=signer)
    assert len(draft.texts()) == 5
    assert draft.lead("Khảo sát điểm tập kết") == ["Ban Khoa học"]
    assert draft.lead("Biên soạn tờ gấp") == ["Ban Truyền thông"]
    assert draft.lead("Vận động doanh nghiệp") == ["Thường trực Hội"]
    assert draft.lead("Làm đầu mối") == ["Văn phòng Hội"]
    assert draft["Làm đầu mối"]["deadline"]["kind"] == "after-condition"
    assert draft.lead("Phát động ngày hội") == ["Ban Truyền thông", partner]


AIRPORT = ["{parent}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{issuer}\tĐộc lập - Tự do - Hạnh phúc",
           "Số: {number}/KH-CHK\t{place}, ngày 06 tháng 10 năm 2026", "", "KẾ HOẠCH",
           "Bố trí gian hàng giới thiệu sản phẩm của hợp tác xã năm 2026", "", "I. MỤC ĐÍCH",
           "Đưa sản phẩm OCOP của hợp tác xã đến với hành khách.", "", "II. CÁC CÔNG VIỆC CỤ THỂ",
           "1. Trong tháng 10/2026, Phòng Kế hoạch làm việc với Liên minh Hợp tác xã lựa chọn sản phẩm.",
           "2. Trước ngày 15/11/2026, Phòng Kỹ thuật thiết kế, thi công quầy kệ cho gian hàng.",
           "3. Phòng Tài chính - Kế toán soạn mẫu hợp đồng với từng hợp tác xã, xong trong tháng 11/2026.",
           "4. Từ 01/12/2026, Trung tâm Khai thác phân công nhân viên hướng dẫn hành khách tới gian hàng.",
           "5. Dịp Tết Nguyên đán Đinh Mùi, Trung tâm Khai thác phối hợp Sở Công Thương tổ chức tuần lễ đặc sản.",
           "6. Các xóm {hamlets} lập danh sách hộ có sản phẩm, gửi Phòng Kế hoạch trước 30/10/2026.", "",
           "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.", "\t{signer}"]


@pytest.mark.parametrize("parent, issuer, number, place, hamlets, signer, suffix", [
    ("TỔNG CÔNG TY CẢNG HÀNG KHÔNG", "CẢNG HÀNG KHÔNG PHÚ BÀI", "412", "Huế", "Phia Khao, Nà Sác", "Lê Văn Hùng", ".txt"),
    ("TỔNG CÔNG TY CẢNG HÀNG KHÔNG", "CẢNG HÀNG KHÔNG ĐỒNG HỚI", "87", "Quảng Trị", "Bản Mới, Khe Sanh", "Võ Thị Lan",
     ".md"),
])
def test_paragraphs_that_open_with_their_time(tmp_path, parent, issuer, number, place, hamlets, signer, suffix):
    draft = drafted(tmp_path, AIRPORT, suffix, parent=parent, issuer=issuer, number=number, place=place,
                    hamlets=hamlets, signer=signer)
    assert len(draft.texts()) == 6
    assert draft.lead("Trước ngày 15/11/2026") == ["Phòng Kỹ thuật"]
    assert draft.lead("Phòng Tài chính - Kế toán") == ["Phòng Tài chính - Kế toán"]
    assert draft.lead("Từ 01/12/2026") == ["Trung tâm Khai thác"]
    assert draft.lead("Dịp Tết") == ["Trung tâm Khai thác"]
    assert draft.lead("Các xóm") == [f"Các xóm {hamlets}"]


HEADED = ["UBND TỈNH HÀ TĨNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ TÀI CHÍNH\tĐộc lập - Tự do - Hạnh phúc",
          "Số: 3386/STC-DN\tHà Tĩnh, ngày 02 tháng 10 năm 2026", "V/v hợp tác xã dùng hóa đơn điện tử", "",
          "Kính gửi: UBND các xã, phường.", "", "Sở Tài chính đề nghị:", "",
          "1. UBND các xã, phường:",
          "a) Đôn đốc các hợp tác xã bổ sung dữ liệu, báo cáo về Sở Tài chính trước 30/11/2026.",
          "b) Cử công chức theo dõi kinh tế tập thể dự lớp tập huấn do {organiser} tổ chức.", "",
          "Nơi nhận:\tKT. GIÁM ĐỐC", "- Như trên;\tPHÓ GIÁM ĐỐC", "- Lưu: VT.\tNguyễn Văn An"]


@pytest.mark.parametrize("organiser, suffix", [("Liên minh Hợp tác xã tỉnh", ".txt"), ("Trường Chính trị tỉnh", ".md")])
def test_the_organiser_of_an_event_does_not_do_the_item(tmp_path, organiser, suffix):
    draft = drafted(tmp_path, HEADED, suffix, file="cong-van", organiser=organiser)
    assert draft.lead("Cử công chức") == ["UBND các xã, phường"]


@pytest.mark.parametrize("text, kind", [
    ("Ban Khoa học tập huấn cho thành viên hợp tác xã; mỗi vụ một đợt.", "ongoing"),
    ("Văn phòng Hội ký hợp đồng với đơn vị xử lý, thực hiện khi đủ 20 hợp tác xã đăng ký.", "after-condition"),
])
def test_each_season_and_when_enough_have_come(text, kind):
    assert fields.deadline(text).kind == kind
