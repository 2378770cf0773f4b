"""kehoach import: a time put first with a colon and the doer after it in lower case, numbers typed without their
delimiter, units whose names hold a national body's or a verb, classes picked by what is done to them, the year after
the document's, and a local body whose header names a town (issue 11).

- After a time and a colon, the sentence goes on in lower case (Nghị định 30/2020): "Trước 30/9/2025: đề nghị Chi cục
  Kiểm lâm cung cấp …", "Trước khi thu hoạch: các hợp tác xã, tổ hợp tác hội viên hoàn thành …" — the body asked, or
  the class, does the work.
- "2 phòng Văn hóa - Xã hội" after "1. phòng Kinh tế" and its points: the next numbered heading, typed without its dot.
- "Phòng Công tác Quốc hội" is a unit, not the Quốc hội; "Đoàn khảo sát" and "Bộ phận Tổng hợp" are bodies.
- A class picked by what is done to its members keeps those words ("Các cơ quan, đơn vị được khảo sát | gửi …").
- "quý I năm sau", "tháng 1 năm tới": the year after the one the document is dated in.
- "trước mỗi đợt thu hoạch": recurring, as "sau mỗi đợt" is.
- A body named alone in the header and not for the whole country ("HIỆP HỘI CÀ PHÊ BUÔN MA THUỘT") issues the
  document, not the province's UBND.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import datetime as dt

import pytest

from drafts import SOURCE, drafted
from generator.importer import fields

ASSOCIATION = ["HIỆP HỘI {field}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "{town}\tĐộc lập - Tự do - Hạnh phúc",
               "Số: {number}/KH-HH", "{place}, ngày 08 tháng 9 năm 2025", "", "KẾ HOẠCH",
               "Hỗ trợ hợp tác xã hội viên truy xuất nguồn gốc niên vụ 2025 - 2026", "", "I. MỤC ĐÍCH",
               "Các hợp tác xã hội viên giữ được thị trường xuất khẩu.", "", "II. NỘI DUNG",
               "1. Số hóa vùng trồng",
               "- Tháng 9/2025: Văn phòng Hiệp hội lập danh sách hợp tác xã đăng ký tham gia, trình Ban Thường vụ.",
               "- Trước 30/9/2025: đề nghị Chi cục Kiểm lâm cung cấp bản đồ hiện trạng rừng để Hiệp hội đối chiếu.",
               "- Trước khi thu hoạch: các hợp tác xã, tổ hợp tác hội viên hoàn thành kê khai hồ sơ vườn của thành viên.",
               "2. Tập huấn",
               "- Quý IV/2025: Văn phòng Hiệp hội mở 03 lớp tập huấn cho giám đốc hợp tác xã, trước mỗi đợt thu hoạch "
               "tổ chức thêm buổi nhắc lại.", "",
               "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VP.\tCHỦ TỊCH", "\t{signer}"]


@pytest.mark.parametrize("field, town, number, place, province, signer, suffix", [
    ("CÀ PHÊ", "BUÔN MA THUỘT", "15", "Đắk Lắk", "dak-lak", "Đinh Công Hậu", ".txt"),
    ("CHÈ", "THÁI NGUYÊN TÂN CƯƠNG", "22", "Thái Nguyên", "thai-nguyen", "Nguyễn Văn Hải", ".md"),
])
def test_a_time_and_a_colon_then_the_doer_in_lower_case(tmp_path, field, town, number, place, province, signer,
                                                         suffix):
    draft = drafted(tmp_path, ASSOCIATION, suffix, field=field, town=town, number=number, place=place, signer=signer)
    assert draft.plan["province"] == province
    issuer = draft.names[draft.plan["issuer"]]
    assert fields.fold(issuer).startswith(f"hiep hoi {fields.fold(field)}")  # the association, not the UBND
    assert len(draft.texts()) == 4
    assert draft.lead("Trước 30/9/2025") == ["Chi cục Kiểm lâm"]
    assert draft["Trước 30/9/2025"]["deadline"]["before"] == "2025-09-30"
    assert draft.lead("Trước khi thu hoạch") == ["các hợp tác xã, tổ hợp tác hội viên"]
    assert draft.lead("Quý IV/2025") == ["Văn phòng Hiệp hội"]


COMMUNE = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "XÃ {commune}\tĐộc lập - Tự do - Hạnh phúc",
           "Số: {number}/KH-UBND\t{commune_title}, ngày 18 tháng 9 năm 2025", "", "KẾ HOẠCH",
           "Củng cố tổ hợp tác {field} năm 2025 - 2026", "", "I. Mục đích", "- Củng cố các tổ hợp tác {field}.", "",
           "II. Nhiệm vụ cụ thể", "",
           "1. phòng Kinh tế",
           "a. Hướng dẫn các tổ hợp tác làm lại hợp đồng hợp tác - xong trong tháng 10/2025.",
           "b. Lập danh sách thợ giỏi đề nghị tỉnh hỗ trợ truyền nghề - cuối tháng 11.", "",
           "2 phòng Văn hóa - Xã hội",
           "- Giới thiệu sản phẩm của các tổ hợp tác trên trang thông tin điện tử xã: thường xuyên.", "",
           "3. Các cơ quan, đơn vị được khảo sát gửi báo cáo về phòng Kinh tế trước 15/10.", "",
           "4. Đoàn khảo sát làm việc trực tiếp với các tổ hợp tác trong tháng 12/2025.", "",
           "5. Bộ phận {desk} tổng hợp kết quả, báo cáo Chủ tịch UBND xã trong quý I năm sau.", "",
           "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\t{signer}"]


@pytest.mark.parametrize("commune, commune_title, number, field, desk, signer, suffix", [
    ("MƯỜNG PHĂNG", "Mường Phăng", "64", "dệt thổ cẩm", "Tổng hợp", "Lò Văn Thiêm", ".txt"),
    ("TẢ VAN", "Tả Van", "31", "trồng chè", "Một cửa", "Giàng A Lử", ".md"),
])
def test_a_number_without_its_dot_and_bodies_named_by_a_verb(tmp_path, commune, commune_title, number, field, desk,
                                                             signer, suffix):
    draft = drafted(tmp_path, COMMUNE, suffix, commune=commune, commune_title=commune_title, number=number, field=field,
                    desk=desk, signer=signer)
    assert len(draft.texts()) == 6
    assert draft.lead("Lập danh sách") == ["phòng Kinh tế"]
    assert "2 phòng" not in draft["Lập danh sách"]["text"]  # the heading below is no part of the point above it
    assert draft.lead("Giới thiệu sản phẩm") == ["phòng Văn hóa - Xã hội"]
    assert draft.lead("Các cơ quan, đơn vị được khảo sát") == ["Các cơ quan, đơn vị được khảo sát"]
    assert draft.lead("Đoàn khảo sát") == ["Đoàn khảo sát"]
    assert draft.lead("Bộ phận") == [f"Bộ phận {desk}"]
    assert draft["Bộ phận"]["deadline"]["year"] == 2026  # "quý I năm sau", the document dated in 2025


@pytest.mark.parametrize("phrase, name", [
    ("Phòng Công tác Quốc hội chủ trì, phối hợp với Ban Kinh tế - Ngân sách", "Phòng Công tác Quốc hội"),
    ("Ủy ban nhân dân các xã, phường được khảo sát chuẩn bị nơi làm việc", "Ủy ban nhân dân các xã, phường được khảo sát"),
    ("Các hợp tác xã được hỗ trợ báo cáo kết quả", "Các hợp tác xã được hỗ trợ"),
    ("Bộ phận Một cửa tiếp nhận hồ sơ", "Bộ phận Một cửa"),
])
def test_names_that_hold_a_national_body_or_a_verb(phrase, name):
    assert fields.name_only(phrase) == name


def test_phong_cong_tac_quoc_hoi_is_no_quoc_hoi():
    found = fields.match_agencies("Phòng Công tác Quốc hội", fields.Known.load(SOURCE))
    assert (found.ids, found.unknown) == ([], ["Phòng Công tác Quốc hội"])


@pytest.mark.parametrize("text, kind, year, printed", [
    ("Liên minh HTX tỉnh hỗ trợ 02 HTX đăng ký nhãn hiệu tập thể, quý I năm sau.", "quarter", 2026, "quý I năm sau"),
    ("Phòng Kinh tế tổng kết mô hình, thực hiện trong tháng 1 năm tới.", "month", 2026, "tháng 1 năm tới"),
])
def test_the_year_after_the_documents(text, kind, year, printed):
    found = fields.deadline(text, year=2027, issued=dt.date(2025, 11, 3))  # a plan for 2027, dated in 2025
    assert (found.kind, found.year, found.printed) == (kind, year, printed)


@pytest.mark.parametrize("text", [
    "Trung tâm Kiểm nghiệm lấy mẫu kiểm tra dư lượng thuốc tại vùng trồng trước mỗi đợt thu hoạch chính.",
    "Tổ kỹ thuật kiểm tra ao nuôi trước mỗi vụ thả giống.",
])
def test_before_each_round_is_recurring(text):
    assert fields.deadline(text).kind == "ongoing"
