"""kehoach import: the subject under a title with no blank line after it, work given in the passive, partners named
as a class, a few more verbs that end a name, and tables whose columns are headed in everyday words (issue 11).

- The subject of a document ends at the rule printed under it ("-----", Nghị định 30/2020/NĐ-CP), at the body's first
  heading ("I. MỤC ĐÍCH, YÊU CẦU") or at its opening sentence ("Thực hiện …"), even with no blank line between (a .docx
  gives one paragraph a line): the plan's one year is then read from the subject ("… năm 2026"), and "trong tháng 6"
  is June of it.
- Work given in the passive: "Việc rà soát … do Phòng X chủ trì, phối hợp với Y thực hiện", "… do Trạm X thực hiện",
  "… do Hợp tác xã X đảm nhận": the body after "do" leads, with or without a comma before it.
- A partner named as a class after "cùng": "Trạm X cùng các tổ tự quản tuần tra …", "cùng các HTX kiểm tra …" under a
  body's heading; never "cùng các đoàn thể" (the others at large) nor a class invited ("mời các hợp tác xã").
- Verbs that end a name: "trình", "thẩm tra", "tuần tra", "nhắc"; "Dịch vụ tổng hợp" is a name's words.
- A line that holds the heads of units to account "về kết quả thực hiện phần việc được giao./." gives no work.
- After a fronted time ("Tháng 6/2026: gửi … xin ý kiến X, Y; tiếp thu, hoàn chỉnh trình …"), a verb past the clause's
  ";" or right after a comma is not the verb of a body listed before it.
- Table columns "Việc làm" (the work) and "Cùng tham gia" / "Đơn vị tham gia" (partners); a lead cell of a class
  alone ("Các chi hội cơ sở") is that class; a lead cell listing bodies on one line parted by ";" with no column of
  partners: the first leads, the others cooperate.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import SOURCE, drafted, with_table, word_document, written, written_as
from generator.importer import fields

SIGN = ["", "Nơi nhận:\tTM. BAN CHẤP HÀNH", "- Lưu: VP.\tCHỦ TỊCH", "\tLê Văn Thành"]


@pytest.mark.parametrize("issuer, subject, opening", [
    ("HỘI LÀM VƯỜN TỈNH AN GIANG", "Tổ chức Hội thi vườn mẫu hợp tác xã năm 2026", ["-----"]),
    ("HỘI NÔNG DÂN TỈNH TÂY NINH", "Hướng dẫn hội viên vào tổ hợp tác năm 2026",
     ["Thực hiện Chương trình phối hợp số 03/CTrPH ngày 10/02/2026 giữa Liên minh Hợp tác xã tỉnh và Hội Nông dân tỉnh, "
      "Ban Thường vụ xây dựng kế hoạch như sau:"]),
    ("HỘI CỰU CHIẾN BINH TỈNH LAI CHÂU", "Vận động hội viên góp vốn vào hợp tác xã năm 2026", []),
])
def test_the_subject_ends_where_the_body_begins_with_no_blank_line(tmp_path, issuer, subject, opening):
    before = [f"{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
              "Số: 15/KH-HỘI\tngày 04 tháng 5 năm 2026", "KẾ HOẠCH", subject, *opening, "I. MỤC ĐÍCH, YÊU CẦU",
              "Giúp hội viên cùng nhau làm ăn, bán được sản phẩm.", "II. NHIỆM VỤ",
              "1. Văn phòng Hội rà soát danh sách hội viên tham gia, xong trong tháng 6.",
              "2. Ban Kinh tế Hội hướng dẫn thủ tục cho các nhóm hộ, hoàn thành trong tháng 8."]
    draft = word_document(tmp_path, "ke-hoach.docx", before, [["TT", "Ghi chú"], ["1", "-"]], SIGN)
    assert draft.plan["subject"] == subject
    assert draft["Văn phòng Hội rà soát"]["deadline"] == {"printed": "tháng 6", "kind": "month", "year": 2026,
                                                         "month": 6}
    assert draft["Ban Kinh tế Hội hướng dẫn"]["deadline"]["month"] == 8


PASSIVE = ["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
           "{issuer}\tĐộc lập - Tự do - Hạnh phúc", "Số: 22/KH-{code}\t{place}, ngày 12 tháng 3 năm 2026", "",
           "KẾ HOẠCH", "Hỗ trợ các tổ hợp tác, hợp tác xã {field} năm 2026", "", "I. MỤC ĐÍCH",
           "Giúp các tổ hợp tác làm ăn có tổ chức.", "II. NHIỆM VỤ CỤ THỂ",
           "1. Việc rà soát danh sách thành viên của các tổ hợp tác do Phòng Kỹ thuật chủ trì, phối hợp với UBND xã "
           "{commune} thực hiện, xong trước 30/4/2026.",
           "2. Lớp tập huấn ghi chép sổ sách cho tổ trưởng do Phòng Tổng hợp thực hiện, mời Liên minh Hợp tác xã tỉnh "
           "phối hợp, trong quý II/2026.",
           "3. Việc lập sổ theo dõi sản lượng chung của các tổ do Hợp tác xã {coop} đảm nhận sau khi các tổ ký quy chế.",
           "4. {station} cùng các tổ tự quản tuần tra, ngăn chặn khai thác trái phép trong tháng 5/2026.",
           "III. TỔ CHỨC THỰC HIỆN",
           "Trưởng các phòng, Trạm trưởng {station} chịu trách nhiệm trước Giám đốc về kết quả thực hiện phần việc được "
           "giao./.", "", "Nơi nhận:\tGIÁM ĐỐC", "- Lưu: VT.\tPhạm Văn Hải"]


@pytest.mark.parametrize("issuer, code, place, field, commune, coop, station, suffix", [
    ("BAN QUẢN LÝ KHU BẢO TỒN BIỂN CỒN CỎ", "BQLBT", "Quảng Trị", "khai thác hải sản", "Cồn Tiên",
     "Dịch vụ nghề cá Cồn Cỏ", "Trạm Kiểm soát biển", ".txt"),
    ("CHI CỤC KIỂM LÂM", "CCKL", "Nghệ An", "trồng và bảo vệ rừng", "Châu Khê", "Lâm nghiệp Con Cuông",
     "Trạm Kiểm lâm Khe Bu", ".md"),
])
def test_work_given_in_the_passive_and_a_class_of_partners(tmp_path, issuer, code, place, field, commune, coop,
                                                            station, suffix):
    draft = drafted(tmp_path, PASSIVE, suffix, issuer=issuer, code=code, place=place, field=field, commune=commune,
                    coop=coop, station=station)
    assert draft.lead("Việc rà soát danh sách") == ["Phòng Kỹ thuật"]
    assert draft.coop("Việc rà soát danh sách") == [f"UBND xã {commune}"]
    assert draft.lead("Lớp tập huấn") == ["Phòng Tổng hợp"]
    assert draft.lead("Việc lập sổ") == [f"Hợp tác xã {coop}"]
    assert draft.lead(station) == [station]
    assert draft.coop(station) == ["các tổ tự quản"]
    assert len(draft.tasks) == 4, draft.texts()  # the line holding the heads to account gives no work


COMMUNE = ["UBND XÃ {commune}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
           "Số: 88/KH-UBND\t{place}, ngày 10 tháng 8 năm 2026", "", "KẾ HOẠCH",
           "hỗ trợ các HTX {crop} vụ chính năm 2026", "", "I/ PHÂN CÔNG", "1/ công chức NN-MT xã:",
           "a/ nắm sản lượng của từng thôn, xong trước 25/8.", "b/ cùng các HTX kiểm tra lò sấy trước vụ.",
           "2/ HTX Dịch vụ tổng hợp {commune_name} mở thêm 01 điểm thu mua, xong trước 05/9.",
           "3/ trưởng các thôn nhắc hộ không bán {crop} non.",
           "4/ UBMTTQ xã cùng các đoàn thể vận động hộ vào tổ hợp tác.",
           "5/ Văn phòng HĐND và UBND xã bố trí địa điểm, mời các hợp tác xã dự hội nghị trong tháng 9.",
           "", "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu VT.\tCHỦ TỊCH", "\tHoàng Văn Chiến"]


@pytest.mark.parametrize("commune, commune_name, place, crop, suffix", [
    ("BÌNH LONG", "Bình Long", "Bình Long", "hồi", ".txt"),
    ("NA RÌ", "Na Rì", "Na Rì", "quế", ".md"),
])
def test_a_class_after_cung_partners_and_everyday_verbs_end_a_name(tmp_path, commune, commune_name, place, crop,
                                                                   suffix):
    draft = drafted(tmp_path, COMMUNE, suffix, commune=commune, commune_name=commune_name, place=place, crop=crop)
    assert draft.lead("cùng các HTX kiểm tra") == ["công chức NN-MT xã"]
    assert draft.coop("cùng các HTX kiểm tra") == ["các HTX"]
    assert draft.lead(f"HTX Dịch vụ tổng hợp {commune_name}") == [f"HTX Dịch vụ tổng hợp {commune_name}"]
    assert draft.lead("trưởng các thôn") == ["Trưởng các thôn"]
    assert draft.coop("UBMTTQ xã cùng các đoàn thể") == []  # the others at large, no partner
    assert draft.coop("Văn phòng HĐND và UBND xã bố trí") == []  # a class invited, whom the work is for


@pytest.mark.parametrize("text, name", [
    ("Sở Tài chính trình UBND tỉnh phân bổ kinh phí hỗ trợ", "Sở Tài chính"),
    ("Thường trực Hội trình Ban Thường vụ quyết định thành lập Hội đồng", "Thường trực Hội"),
    ("Ban Kiểm tra Hội thẩm tra hồ sơ các tác phẩm", "Ban Kiểm tra Hội"),
    ("Đồn Biên phòng Cửa Việt tuần tra vùng biển giáp ranh", "Đồn Biên phòng Cửa Việt"),
    ("trưởng các thôn nhắc nhở hộ dân thu hái đúng lứa", "trưởng các thôn"),
])
def test_verbs_that_end_a_name(text, name):
    assert fields.name_only(text) == name


@pytest.mark.parametrize("text", [
    "Ban Quản lý chương trình mục tiêu quốc gia", "Ban Quản lý các công trình thủy lợi", "Tổ tuần tra rừng",
    "Đội tuần tra kiểm soát", "Trung tâm Dịch vụ tổng hợp xã",
])
def test_names_that_hold_those_words(text):
    assert fields.name_only(text) == text


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_fronted_time_then_a_list_of_bodies_is_no_doer(tmp_path, suffix):
    before = ["LIÊN MINH HỢP TÁC XÃ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH PHÚ THỌ\tĐộc lập - Tự do - Hạnh phúc",
              "Số: 31/KH-LMHTX\tPhú Thọ, ngày 02 tháng 4 năm 2026", "", "KẾ HOẠCH", "Tổ chức Đại hội đại biểu", "",
              "I. CÔNG TÁC CHUẨN BỊ", "1. Tiểu ban Văn kiện (đồng chí Phó Chủ tịch Liên minh làm Trưởng tiểu ban)",
              "- Tháng 6/2026: gửi dự thảo Báo cáo xin ý kiến Ban Thường vụ Tỉnh ủy, Liên minh Hợp tác xã Việt Nam và "
              "các hợp tác xã thành viên; tiếp thu, hoàn chỉnh trình Ban Chấp hành.",
              "2. Tiểu ban Nhân sự (đồng chí Chủ tịch Liên minh làm Trưởng tiểu ban)",
              "- Trước ngày 15/6/2026: xây dựng Đề án nhân sự Ban Chấp hành, Ban Thường vụ và Ban Kiểm tra nhiệm kỳ 2026 "
              "- 2031, trình Ban Thường vụ cho ý kiến.", ""]
    after = ["Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VP.\tCHỦ TỊCH", "\tNguyễn Văn Tâm"]
    lines = before + after
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert draft.lead("Tháng 6/2026: gửi dự thảo") == ["Tiểu ban Văn kiện"]
    assert draft.lead("Trước ngày 15/6/2026: xây dựng") == ["Tiểu ban Nhân sự"]


ASSOCIATION = ["HỘI {name} TỈNH {province}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
               "Số: 07/KH-HỘI\t{place}, ngày 15 tháng 10 năm 2026", "", "KẾ HOẠCH",
               "Liên kết hội viên thành lập hợp tác xã năm 2026 - 2027", "", "I. MỤC ĐÍCH",
               "Giúp hội viên cùng nhau làm ăn.", "II. CÁC VIỆC CỤ THỂ"]


@pytest.mark.parametrize("name, province, place, partners, suffix", [
    ("NUÔI ONG", "GIA LAI", "Gia Lai", "Cùng tham gia", ".txt"),
    ("SINH VẬT CẢNH", "NINH BÌNH", "Ninh Bình", "Đơn vị tham gia", ".md"),
])
def test_a_table_headed_in_everyday_words(tmp_path, name, province, place, partners, suffix):
    before = [line.format(name=name, province=province, place=place) for line in ASSOCIATION]
    header = ["TT", "Việc làm", "Người, bộ phận phụ trách", partners, "Thời gian"]
    rows = [["1", "Lập danh sách hội viên muốn vào tổ hợp tác", "Các chi hội cơ sở", "", "Trước 15/11/2026"],
            ["2", "Hướng dẫn các nhóm hộ ký hợp đồng hợp tác", "Ban Tư vấn kỹ thuật", "UBND các xã có nhóm hộ",
             "Tháng 12/2026"],
            ["3", "Tổng kết, biểu dương các tổ hợp tác tiêu biểu", "Ban Tổ chức; Liên minh HTX tỉnh", "",
             "Tháng 01/2027"]]
    draft = written(tmp_path, "ke-hoach" + suffix, with_table(before, header, rows, SIGN, suffix))
    assert draft.lead("Lập danh sách hội viên") == ["Các chi hội cơ sở"]
    assert draft.lead("Hướng dẫn các nhóm hộ") == ["Ban Tư vấn kỹ thuật"]
    assert draft.coop("Hướng dẫn các nhóm hộ") == ["UBND các xã có nhóm hộ"]
    assert draft["Hướng dẫn các nhóm hộ"]["deadline"]["month"] == 12
    # beside a column of partners, bodies parted by ";" in the lead cell all lead
    assert len(draft.lead("Tổng kết, biểu dương")) == 2


@pytest.mark.parametrize("name, province, place, column, suffix", [
    ("NHÀ BÁO", "CAO BẰNG", "Cao Bằng", "Bộ phận thực hiện", ".txt"),
    ("NÔNG DÂN", "HÀ TĨNH", "Hà Tĩnh", "Đơn vị thực hiện", ".md"),
])
def test_bodies_parted_by_a_semicolon_with_no_column_of_partners(tmp_path, name, province, place, column, suffix):
    before = [line.format(name=name, province=province, place=place) for line in ASSOCIATION]
    header = ["Thời gian", "Nội dung công việc", column]
    rows = [["Tháng 11/2026", "Ban hành thể lệ, đăng tải trên trang thông tin của Hội", "Văn phòng Hội"],
            ["Tháng 12/2026", "Tổng kết, biểu dương các tổ hợp tác tiêu biểu", "Ban Tổ chức; Liên minh HTX tỉnh"]]
    draft = written(tmp_path, "ke-hoach" + suffix, with_table(before, header, rows, SIGN, suffix))
    assert draft.lead("Ban hành thể lệ") == ["Văn phòng Hội"]
    assert draft.lead("Tổng kết, biểu dương") == ["Ban Tổ chức"]  # the body named first leads
    assert draft.coop("Tổng kết, biểu dương") == ["Liên minh HTX tỉnh"]


WARD = ["| ỦY BAN NHÂN DÂN<br>**{ward}** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |",
        "|---|---|", "| Số: 41/KH-UBND | *{place}, ngày 10 tháng 12 năm 2025* |", "", "## KẾ HOẠCH",
        "### Hỗ trợ hợp tác xã trên địa bàn phường năm 2026", "", "### I. NỘI DUNG VÀ PHÂN CÔNG", "",
        "| STT | Việc cần làm | Đơn vị thực hiện | Thời gian |", "|---|---|---|---|",
        "| 1 | Rà soát thông tin các hợp tác xã sau sắp xếp | Phòng Kinh tế (chủ trì)<br>các khu phố | Tháng 01/2026 |",
        "| 2 | Kiểm tra an toàn thực phẩm tại bếp ăn của hợp tác xã | Phòng Văn hóa - Xã hội<br>Trạm Y tế phường (phối hợp) "
        "| Quý II/2026 |",
        "| 3 | Giới thiệu hợp tác xã vay vốn Quỹ hỗ trợ phát triển | Phòng Kinh tế | Khi HTX có nhu cầu |",
        "| 4 | Hướng dẫn tổ hợp tác chuyển thành hợp tác xã | Phòng Kinh tế; {coop} phối hợp | Quý III/2026 |", "",
        "### II. TỔ CHỨC THỰC HIỆN", "",
        "Kinh phí thực hiện từ dự toán ngân sách phường năm 2026 đã được giao./.", "",
        "| *Nơi nhận:*<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br><br>**Võ Văn Tâm** |", "|---|---|"]


@pytest.mark.parametrize("ward, place, coop", [
    ("PHƯỜNG PHÚ LỢI", "Phú Lợi", "HTX Vận tải Phú Lợi"), ("PHƯỜNG HẢI CHÂU", "Hải Châu", "HTX Dịch vụ Hải Châu"),
])
def test_a_doers_cell_a_line_each_with_roles_marked_and_a_funding_line(tmp_path, ward, place, coop):
    lines = [line.format(ward=ward, place=place, coop=coop) for line in WARD]
    draft = written(tmp_path, "ke-hoach.md", lines)
    assert draft.lead("Rà soát thông tin") == ["Phòng Kinh tế"]  # "các khu phố" on the next line is no name's end
    assert draft.lead("Kiểm tra an toàn") == ["Phòng Văn hóa - Xã hội"]
    assert draft.coop("Kiểm tra an toàn") == ["Trạm Y tế phường"]
    assert draft["Giới thiệu hợp tác xã vay vốn"]["deadline"]["kind"] == "after-condition"
    assert draft.lead("Hướng dẫn tổ hợp tác") == ["Phòng Kinh tế"]  # "Y phối hợp" after ";" cooperates
    assert draft.coop("Hướng dẫn tổ hợp tác") == [coop]
    assert len(draft.tasks) == 4, draft.texts()  # where the money comes from is nobody's work


@pytest.mark.parametrize("helper, helped, suffix", [
    ("Hội viên kèm cặp", "HTX được kèm cặp", ".txt"), ("Doanh nghiệp đỡ đầu", "Hợp tác xã được đỡ đầu", ".md"),
])
def test_a_table_of_pairs_the_helping_party_leads(tmp_path, helper, helped, suffix):
    before = [line.format(name="DOANH NHÂN TRẺ", province="LÀO CAI", place="Lào Cai") for line in ASSOCIATION]
    header = ["TT", helper, helped, "Nội dung hỗ trợ", "Thời gian"]
    rows = [["1", "Công ty TNHH Nông sản Bảo Thắng", "HTX Chè Tả Phìn", "Lập kế hoạch kinh doanh, mở sổ kế toán",
             "Quý II/2026"],
            ["2", "Công ty CP Du lịch Sa Pa Xanh", "HTX Du lịch cộng đồng Tả Van", "Xây dựng tour trải nghiệm",
             "Trước 30/6/2026"]]
    draft = written(tmp_path, "ke-hoach" + suffix, with_table(before, header, rows, SIGN, suffix))
    assert draft.lead("HTX Chè Tả Phìn: Lập kế hoạch kinh doanh") == ["Công ty TNHH Nông sản Bảo Thắng"]
    assert draft.lead("HTX Du lịch cộng đồng Tả Van: Xây dựng tour") == ["Công ty CP Du lịch Sa Pa Xanh"]


TEA = ["{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
       "Số: 17/KH-HH\t{place}, ngày 05 tháng 01 năm 2026", "", "KẾ HOẠCH", "Hỗ trợ hợp tác xã vụ xuân năm 2026", "",
       "I. Mục đích, yêu cầu", "giúp các hợp tác xã hội viên chuẩn bị tốt vụ xuân.", "II. Các việc cần làm",
       "1. Ban Thị trường đưa sản phẩm của 10 hợp tác xã đi dự hội chợ tổ chức tại {city} vào tháng 4/2026.",
       "2. TT Khuyến nông cung ứng 20 tấn phân hữu cơ cho các hợp tác xã, xong trong tháng 2/2026.",
       "3. TT Khuyến công hỗ trợ 03 hợp tác xã đổi mới máy chế biến trong quý III/2026.",
       "4. Chi hội {branch}, Chi hội Tân Sơn đo đếm lại diện tích giống cũ của từng hợp tác xã.",
       "5. HTX chè {coop}, HTX Chè Sơn Bình:", "- sửa chữa máy sao, máy vò trước khi vào vụ.",
       "6. Trưởng các bản vùng chè thông báo kế hoạch này tới từng hộ.",
       "III. Tổ chức thực hiện",
       "{self} đề nghị Liên minh Hợp tác xã tỉnh giúp các hợp tác xã lập phương án kinh doanh trong năm 2026.",
       "Các ban, chi hội có khó khăn thì báo ngay về Văn phòng để Thường trực giải quyết./.",
       "", "Nơi nhận:\tTM. BAN CHẤP HÀNH", "- Lưu: VP.\tCHỦ TỊCH", "\tĐinh Văn Khải"]


@pytest.mark.parametrize("issuer, place, city, branch, coop, self_name, suffix", [
    ("HIỆP HỘI CHÈ TỈNH PHÚ THỌ", "Phú Thọ", "Việt Trì", "Thanh Ba", "Nà Tăm", "Hiệp hội", ".txt"),
    ("HỘI LÀM VƯỜN TỈNH LÀO CAI", "Lào Cai", "Sa Pa", "Bát Xát", "Tả Phìn", "Ban Thường vụ Hội", ".md"),
])
def test_an_associations_plan_typed_in_everyday_words(tmp_path, issuer, place, city, branch, coop, self_name, suffix):
    draft = drafted(tmp_path, TEA, suffix, issuer=issuer, place=place, city=city, branch=branch, coop=coop,
                    self=self_name)
    assert draft["Ban Thị trường đưa"]["deadline"]["month"] == 4  # "vào tháng 4/2026": the month it is held
    assert draft.lead("TT Khuyến nông cung ứng") == ["TT Khuyến nông"]
    assert draft.lead("TT Khuyến công hỗ trợ") == ["TT Khuyến công"]
    assert draft.lead(f"Chi hội {branch}") == [f"Chi hội {branch}", "Chi hội Tân Sơn"]
    assert draft.lead("sửa chữa máy sao") == [f"HTX chè {coop}", "HTX Chè Sơn Bình"]
    assert draft.lead("Trưởng các bản") == ["Trưởng các bản vùng chè"]
    assert draft.lead(f"{self_name} đề nghị") == ["Liên minh Hợp tác xã tỉnh"]  # the issuer asks in its own voice
    assert not [t for t in draft.texts() if t.startswith("Các ban, chi hội")]  # where to turn with difficulties
    # the part's title typed in sentence case ends on its line: the purpose under it is no part of it
    assert not [t for t in draft.texts() if "chuẩn bị tốt vụ xuân" in t]


COOPERATIVE = ["HTX NÔNG NGHIỆP {name}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
               "Số: 12/KH-HTX\t{place}, ngày 20 tháng 11 năm 2026", "", "KẾ HOẠCH",
               "Sản xuất, kinh doanh năm 2027", "", "I. PHÂN CÔNG THỰC HIỆN", "1. Giám đốc HTX",
               "- Ký hợp đồng bao tiêu nông sản cho các hộ thành viên; xong trong tháng 3/2027.",
               "2. Kế toán HTX", "- Công khai báo cáo tài chính năm 2026; trước ngày 31/01/2027.",
               "3. Tổ hợp tác {group} thôn {village}",
               "- Mở rộng thêm 1,2 ha nhà màng, phối hợp với {hospital} chuyển giao kỹ thuật; trong quý II/2027.",
               "4. Các tổ sản xuất họp thành viên ở từng thôn, chốt diện tích gieo cấy trước 15/12/2026.",
               "5. Ban Kiểm soát chủ trì, cùng Ủy ban Mặt trận Tổ quốc Việt Nam xã kiểm tra việc thu, chi mỗi quý một lần.",
               "6. Tổ Dịch vụ thủy nông xác nhận hợp đồng dùng nước của hộ khi có hồ sơ.",
               "7. Tổ Dịch vụ vật tư vận động hộ đăng ký mua phân bón trả chậm; 6 tháng cuối năm.",
               "", "Nơi nhận:\tTM. HỘI ĐỒNG QUẢN TRỊ", "- Lưu HTX.\tCHỦ TỊCH", "\tNguyễn Văn Hòa"]


@pytest.mark.parametrize("name, place, group, village, hospital, suffix", [
    ("CAM HẢI", "Cam Hải", "trồng dưa lưới", "Hòa Diêm", "Trạm Khuyến nông Cam Lâm", ".txt"),
    ("ẲNG NƯA", "Ẳng Nưa", "nuôi ong", "Ẳng Cang", "Bệnh viện Y dược cổ truyền tỉnh", ".md"),
])
def test_a_cooperatives_own_plan(tmp_path, name, place, group, village, hospital, suffix):
    draft = drafted(tmp_path, COOPERATIVE, suffix, name=name, place=place, group=group, village=village,
                    hospital=hospital)
    assert draft.lead("Công khai báo cáo tài chính") == ["Kế toán HTX"]  # its organ under a heading of its own
    assert draft.lead("Mở rộng thêm") == [f"Tổ hợp tác {group} thôn {village}"]  # one group by its work and place
    assert draft.coop("Mở rộng thêm") == [hospital]
    assert draft.lead("Các tổ sản xuất") == ["Các tổ sản xuất"]
    assert draft.coop("Ban Kiểm soát chủ trì") == ["Ủy ban Mặt trận Tổ quốc Việt Nam xã"]  # "cùng Ủ…": any capital
    assert draft["Tổ Dịch vụ thủy nông"]["deadline"]["kind"] == "after-condition"  # "khi có hồ sơ"
    assert draft["Tổ Dịch vụ vật tư"]["deadline"]["quarters"] == [3, 4]  # "; 6 tháng cuối năm" of the plan's year


@pytest.mark.parametrize("text", [
    "bồi dưỡng quản trị, kế toán HTX cho 150 thanh niên",  # a trade, not the organ
    "Tổ hợp tác được thành lập ở thôn Đông tự bầu tổ trưởng",  # the class, not one group
])
def test_lower_case_trades_and_classes_are_no_bodies(text):
    assert fields.match_agencies(text, fields.Known.load(SOURCE)).unknown == []


STEPS = ["{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
         "Số: 27/KH-{code}\t{place}, ngày 21 tháng 7 năm 2026", "", "KẾ HOẠCH",
         "Hướng dẫn, kiểm tra an toàn kho, xưởng của hợp tác xã năm 2026", "", "I. YÊU CẦU",
         "Mọi kho, xưởng do hợp tác xã quản lý được hướng dẫn ít nhất một lần.", "II. CÁC BƯỚC TIẾN HÀNH",
         "Bước 1 - Rà soát (tháng 8/2026)",
         "Công an các xã, phường, đặc khu thống kê kho, xưởng do hợp tác xã quản lý, gửi về Phòng trước ngày 05/9/2026.",
         "Đội Hướng dẫn, kiểm tra an toàn PCCC phối hợp Liên minh HTX tỉnh đối chiếu danh sách; xong trong tháng 8/2026.",
         "Bước 2 - Kiểm tra (quý IV/2026)",
         "Các hợp tác xã được kiểm tra khắc phục tồn tại theo biên bản, báo cáo kết quả sau khi nhận biên bản.",
         "Đội Công tác khu vực số {team} diễn tập chữa cháy tại kho của một hợp tác xã, mời Sở Tài chính và Ủy ban nhân "
         "dân xã sở tại dự.",
         "III. KINH PHÍ", "Hợp tác xã tự bảo đảm chi phí trang bị phương tiện tại cơ sở mình./.", "",
         "Nơi nhận:\tTRƯỞNG PHÒNG", "- Lưu: VT.\tThượng tá Lê Quang Vĩnh"]


@pytest.mark.parametrize("issuer, code, place, team, suffix", [
    ("PHÒNG CẢNH SÁT PCCC VÀ CNCH", "PC07", "Quảng Ngãi", "3", ".txt"),
    ("CHI CỤC KIỂM LÂM", "CCKL", "Gia Lai", "2", ".md"),
])
def test_steps_of_a_police_plan_classes_and_guests(tmp_path, issuer, code, place, team, suffix):
    draft = drafted(tmp_path, STEPS, suffix, issuer=issuer, code=code, place=place, team=team)
    assert draft.lead("Công an các xã") == ["Công an các xã, phường, đặc khu"]  # every one of its levels
    assert draft.lead("Đội Hướng dẫn") == ["Đội Hướng dẫn, kiểm tra an toàn PCCC"]  # what it does, in its name
    assert draft.lead("Các hợp tác xã được kiểm tra") == ["Các hợp tác xã được kiểm tra"]  # picked out by a passive
    assert draft.lead(f"Đội Công tác khu vực số {team}") == [f"Đội Công tác khu vực số {team}"]
    assert draft.coop(f"Đội Công tác khu vực số {team}") == []  # invited to attend: guests, no partners
    assert len(draft.tasks) == 4, draft.texts()  # who bears its own costs is nobody's work


MOVE = ["UBND XÃ {commune}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 35/PA-UBND\t{place}, ngày 10 tháng 9 năm 2025", "", "PHƯƠNG ÁN", "Di dời chợ trung tâm xã", "",
        "I. MỤC ĐÍCH", "Đưa toàn bộ hộ kinh doanh sang chợ mới gọn trong năm 2025.", "II. CÁC BƯỚC THỰC HIỆN",
        "Bước 1. Di chuyển (các ngày 28, 29 và 30/10/2025)",
        "- Các hộ kinh doanh tự chuyển hàng hóa sang chợ mới trước ngày 31/10/2025.",
        "- Công an xã bố trí lực lượng giữ trật tự, phân luồng giao thông.",
        "- Đề nghị Điện lực {commune_name} đóng điện cho chợ mới trước ngày 25/10/2025.",
        "Bước 2. Ổn định chợ mới (từ tháng 11/2025)",
        "- HTX Nông nghiệp {commune_name} chủ trì, cùng THT rau an toàn thôn {village} bố trí quầy rau trong tháng 11/2025.",
        "- HTX Nông nghiệp {commune_name} và HTX DV tổng hợp {other} liên hệ doanh nghiệp thu mua.",
        "- đề nghị UBMTTQVN xã giám sát việc thu tiền thuê sạp.", "",
        "Nơi nhận:\tTM. ỦY BAN NHÂN DÂN", "- Lưu: VT.\tCHỦ TỊCH", "\tLương Văn Thuấn"]


@pytest.mark.parametrize("commune, commune_name, place, village, other, suffix", [
    ("HÀM YÊN", "Hàm Yên", "Hàm Yên", "Tân Yên", "Chư Sê", ".txt"),
    ("ĐỊNH HÓA", "Định Hóa", "Định Hóa", "Bản Piềng", "Phú Đình", ".md"),
])
def test_a_steps_plan_whose_step_lists_a_class_among_bodies(tmp_path, commune, commune_name, place, village, other,
                                                             suffix):
    draft = drafted(tmp_path, MOVE, suffix, file="phuong-an", commune=commune, commune_name=commune_name, place=place,
                    village=village, other=other)
    assert draft.lead("Các hộ kinh doanh") == ["Các hộ kinh doanh"]  # the step's items are tasks, each its own
    assert draft.lead("Công an xã bố trí") == ["Công an xã"]
    assert draft.lead("Đề nghị Điện lực") == [f"Điện lực {commune_name}"]
    assert draft.coop(f"HTX Nông nghiệp {commune_name} chủ trì") == [f"THT rau an toàn thôn {village}"]
    assert draft.lead(f"HTX Nông nghiệp {commune_name} và") == [f"HTX Nông nghiệp {commune_name}",
                                                               f"HTX DV tổng hợp {other}"]
    assert draft.lead("đề nghị UBMTTQVN xã") == ["UBMTTQVN xã"]


@pytest.mark.parametrize("header", ["Đơn vị cùng làm", "Cùng thực hiện"])
def test_a_column_of_those_who_work_with_the_lead(tmp_path, header):
    before = [line.format(name="KHUYẾN NÔNG", province="ĐỒNG NAI", place="Đồng Nai") for line in ASSOCIATION]
    rows = [["1", "Khảo sát nhu cầu nhà ở của công nhân", "Phòng Quản lý nhà", "Ban Quản lý các khu công nghiệp",
             "Tháng 10/2026"]]
    draft = written(tmp_path, "ke-hoach.txt",
                    with_table(before, ["Stt", "Việc cần làm", "Đơn vị thực hiện", header, "Mốc thời gian"], rows,
                               SIGN, ".txt"))
    assert draft.coop("Khảo sát nhu cầu") == ["Ban Quản lý các khu công nghiệp"]


@pytest.mark.parametrize("text, name", [
    ("Phòng Nghiệp vụ thống kê là đầu mối giúp Cục trưởng", "Phòng Nghiệp vụ thống kê"),
    ("Phòng Thu thập thông tin thống kê tổng hợp kết quả", "Phòng Thu thập thông tin thống kê"),
    ("Công an các xã thống kê kho, xưởng", "Công an các xã"),
    ("Đội Công tác khu vực số 3 diễn tập chữa cháy", "Đội Công tác khu vực số 3"),
])
def test_statistics_and_drills_end_a_name_only_as_verbs(text, name):
    assert fields.name_only(text) == name


@pytest.mark.parametrize("header", ["Hội thành viên thực hiện", "Hội viên thực hiện"])
def test_a_column_of_an_associations_members_who_do_the_work(tmp_path, header):
    before = [line.format(name="KHOA HỌC KỸ THUẬT", province="QUẢNG NGÃI", place="Quảng Ngãi") for line in ASSOCIATION]
    rows = [["1", "Tư vấn quy trình trồng quế hữu cơ", "Hội Khoa học Phát triển nông thôn tỉnh",
             "HTX Nông nghiệp Quế Trà Bồng", "Quý IV/2026"],
            ["2", "Hướng dẫn lắp đặt hệ thống tưới nhỏ giọt", "Hội Thủy lợi tỉnh", "HTX Dịch vụ An Hải",
             "Tháng 11/2026"]]
    draft = written(tmp_path, "ke-hoach.md",
                    with_table(before, ["TT", "Hoạt động", header, "Đơn vị tiếp nhận", "Thời gian"], rows, SIGN, ".md"))
    assert draft.lead("Tư vấn quy trình") == ["Hội Khoa học Phát triển nông thôn tỉnh"]
    assert draft.lead("Hướng dẫn lắp đặt") == ["Hội Thủy lợi tỉnh"]


LAWYERS = ["HỘI LUẬT GIA TỈNH {province}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
           "Số: 27/KH-HLG\t{place}, ngày 20 tháng 3 năm 2026", "", "KẾ HOẠCH",
           "Tư vấn pháp luật cho hợp tác xã năm 2026", "", "I. NỘI DUNG, THỜI GIAN, PHÂN CÔNG", "",
           "STT Hoạt động\tThời gian\tĐơn vị thực hiện\tPhối hợp",
           "1. Tư vấn trực tiếp\t\t\t",
           "1.1 Tư vấn miễn phí hồ sơ sửa đổi điều lệ cho hợp tác xã\tQuý II/2026\tTrung tâm Tư vấn pháp luật\t"
           "Liên minh HTX tỉnh",
           "1.2 Tổ chức 04 buổi “Ngày pháp luật với hợp tác xã”\tTháng 8/2026\tBan Phổ biến pháp luật\tUBND các xã",
           "2. Nghiên cứu, kiến nghị\t\t\t",
           "2.1 Tổng hợp kiến nghị của hợp tác xã về thủ tục đất đai\t30/9\tBan Nghiên cứu - Pháp chế\t", "",
           "II. TỔ CHỨC THỰC HIỆN",
           "Văn phòng Hội lập dự toán kinh phí thực hiện Kế hoạch, trình Thường trực Hội trước ngày 15/4/2026.",
           "Các ban, đơn vị của Hội chủ động phối hợp với nhau; vướng mắc phát sinh phản ánh về Thường trực Hội để xem "
           "xét./.", "", "Nơi nhận:\tTM. BAN THƯỜNG VỤ", "- Lưu: VP Hội.\tCHỦ TỊCH", "\tPhan Đình Lực"]


@pytest.mark.parametrize("province, place", [("NGHỆ AN", "Nghệ An"), ("LẠNG SƠN", "Lạng Sơn")])
def test_a_table_whose_number_and_work_share_a_header_cell(tmp_path, province, place):
    lines = [line.format(province=province, place=place) for line in LAWYERS]
    draft = written(tmp_path, "ke-hoach.txt", lines)
    task = draft["Tư vấn miễn phí"]  # the row's number is no part of its work
    assert draft.lead("Tư vấn miễn phí") == ["Trung tâm Tư vấn pháp luật"]
    assert draft.coop("Tư vấn miễn phí") == ["Liên minh HTX tỉnh"]
    assert task["deadline"]["quarters"] == [2]
    assert draft["Tổng hợp kiến nghị"]["deadline"]["before"] == "2026-09-30"  # "30/9" in a time column: due by then
    assert {g["title"] for g in draft.plan["groups"]} >= {"Tư vấn trực tiếp", "Nghiên cứu, kiến nghị"}
    assert not [t for t in draft.texts() if t.startswith("Các ban, đơn vị của Hội")]  # where to turn, no work


LETTER = ["| ỦY BAN NHÂN DÂN<br>**TỈNH {province}** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - "
          "Hạnh phúc** |", "|:---:|:---:|",
          "| Số: 4871/UBND-NNMT<br>V/v hỗ trợ HTX thu gom rơm rạ | *{place}, ngày 18 tháng 6 năm 2026* |", "",
          "Kính gửi:", "", "- Sở Nông nghiệp và Môi trường;", "- Sở Tài chính;", "",
          "Vụ chiêm xuân năm 2026 toàn tỉnh thu hoạch trên 120 nghìn ha lúa, lượng rơm rạ rất lớn.", "",
          "Để tận dụng rơm rạ làm nguồn thu cho HTX, UBND tỉnh yêu cầu:", "",
          "1. Sở Nông nghiệp và Môi trường chọn 15 HTX làm điểm thu gom rơm; hoàn thành trước 15/7/2026.", "",
          "2. Phòng Quản lý đầu tư thuộc Sở Tài chính sửa chữa, cập nhật danh mục hỗ trợ trong quý III/2026.", "",
          "Nhận được văn bản này, các cơ quan, đơn vị khẩn trương triển khai thực hiện./.", "",
          "| Nơi nhận:<br>- Như trên;<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**CHỦ TỊCH**<br><br>**Trần Quốc Văn** |",
          "|---|---|"]


@pytest.mark.parametrize("province, place", [("HƯNG YÊN", "Hưng Yên"), ("THÁI BÌNH", "Thái Bình")])
def test_a_letter_asking_its_addressees_and_its_closing(tmp_path, province, place):
    draft = written(tmp_path, "cong-van.md", [line.format(province=province, place=place) for line in LETTER])
    assert len(draft.tasks) == 2, draft.texts()  # the situation before "… yêu cầu:" and the closing give no work
    assert draft.lead("Phòng Quản lý đầu tư") == ["Phòng Quản lý đầu tư"]  # "Quản lý đầu tư" is its field


SCORING = ["**UBND TỈNH {province}**<br>**SỞ TÀI CHÍNH**", "", "Số: 1584/KH-STC", "",
           "*{place}, ngày 06 tháng 7 năm 2026*", "", "## KẾ HOẠCH", "",
           "### Chấm điểm, phân loại hợp tác xã năm 2026", "",
           "Thực hiện chỉ đạo của UBND tỉnh, Sở Tài chính xây dựng kế hoạch chấm điểm, phân loại hợp tác xã như sau.", "",
           "**1. Mục đích**", "", "Nắm chính xác số hợp tác xã đang hoạt động để có giải pháp hỗ trợ.", "",
           "**2. Phân công**", "", "| Stt | Công việc | Bộ phận thực hiện | Thời hạn |", "|---|---|---|---|",
           "| 1 | Xây dựng mẫu phiếu chấm điểm | Phòng Doanh nghiệp | 31/7 |",
           "| 2 | Kiểm tra xác suất 10% số hợp tác xã đã chấm điểm | Thanh tra Sở | quý IV |", "",
           "**3. Kinh phí**: Sở tự cân đối trong dự toán được giao năm 2026.", "",
           "| **Nơi nhận:**<br>- Lưu: VT. | **KT. GIÁM ĐỐC**<br>**PHÓ GIÁM ĐỐC**<br><br>**Lê Văn Hai** |", "|---|---|"]


@pytest.mark.parametrize("province, place", [("VĨNH LONG", "Vĩnh Long"), ("CÀ MAU", "Cà Mau")])
def test_parts_numbered_1_2_3_and_the_plans_own_opening(tmp_path, province, place):
    draft = written(tmp_path, "ke-hoach.md", [line.format(province=province, place=place) for line in SCORING])
    assert sorted(draft.texts()) == ["Kiểm tra xác suất 10% số hợp tác xã đã chấm điểm", "Xây dựng mẫu phiếu chấm điểm"]
    assert draft["Xây dựng mẫu phiếu"]["deadline"]["before"] == "2026-07-31"


COMMUNE_TABLE = ["| UBND XÃ {commune} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "|---|---|",
                 "| Số: 141/KH-UBND | {place}, ngày 20 tháng 8 năm 2025 |", "", "## KẾ HOẠCH",
                 "### Hỗ trợ hợp tác xã rau, hoa năm 2025", "", "### I. PHÂN CÔNG", "",
                 "| TT | Việc | Giao | Phối hợp | Thời hạn |", "|---|---|---|---|---|",
                 "| 1 | Rà soát diện tích nhà kính của các HTX | P.KT | TT DVNN xã | T9/2025 |",
                 "| 2 | Vận động hội viên góp vốn thành lập HTX | HND xã | | cuối tháng 11 |", "",
                 "*Ghi chú: P.KT - Phòng Kinh tế; TT DVNN - Trung tâm Dịch vụ nông nghiệp.*", "",
                 "### II. TỔ CHỨC THỰC HIỆN", "",
                 "{closing}", "", "{thanks}", "",
                 "| Nơi nhận:<br>- Lưu: VT. | TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH<br>Lê Văn Tám |", "|---|---|"]


@pytest.mark.parametrize("commune, place, closing, thanks", [
    ("LẠC DƯƠNG", "Lạc Dương", "Các bộ phận được giao chủ động thực hiện; vướng mắc báo về P.KT để tổng hợp, trình Chủ "
     "tịch UBND xã.", "UBND xã đề nghị các cơ quan, đơn vị quan tâm phối hợp./."),
    ("RẠCH GIÁ", "Rạch Giá", "Vướng mắc phát sinh, các đơn vị trao đổi trực tiếp với Phòng Kinh tế để được hướng dẫn.",
     "UBND xã đề nghị các cơ quan, đơn vị gửi báo cáo đúng hạn để kịp tổng hợp./."),
])
def test_a_commune_table_headed_giao_and_closing_lines(tmp_path, commune, place, closing, thanks):
    lines = [line.format(commune=commune, place=place, closing=closing, thanks=thanks) for line in COMMUNE_TABLE]
    draft = written(tmp_path, "ke-hoach.md", lines)
    # "Giao": whom the row is given to, by the name the legend under the table spells out ("P.KT - Phòng Kinh tế")
    assert draft.lead("Rà soát diện tích") == ["Phòng Kinh tế"]
    assert draft.lead("Vận động hội viên") == ["Hội Nông dân xã"]  # the usual short name, read out
    assert len(draft.tasks) == 2, draft.texts()  # the legend, the closing lines: no work


@pytest.mark.parametrize("text, ids", [
    ("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ Hải Phòng lắp đặt kho lạnh", []),  # "tiến bộ", no ministry
    ("Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh tập huấn", []),
    ("Bộ Khoa học và Công nghệ chủ trì", ["bo-khoa-hoc-cong-nghe"]),
    ("giao bộ Tài chính hướng dẫn", ["bo-tai-chinh"]),  # typed in lower case, still the ministry
])
def test_a_ministry_is_never_read_inside_a_compound(text, ids):
    assert fields.match_agencies(text, fields.Known.load(SOURCE)).ids == ids


SCHOOL = ["{issuer}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
          "Số: 76/KH-TCN\t{place}, ngày 03 tháng 8 năm 2026", "", "KẾ HOẠCH",
          "Đào tạo nghề cho thành viên hợp tác xã năm học 2026 - 2027", "", "I. CÁC LỚP ĐÀO TẠO", ""]


@pytest.mark.parametrize("issuer, place, trade, suffix", [
    ("TRƯỜNG TRUNG CẤP NGHỀ CAO BẰNG", "Cao Bằng", "Nghề đào tạo, số học viên", ".txt"),
    ("TRƯỜNG CAO ĐẲNG CỘNG ĐỒNG ĐỒNG THÁP", "Đồng Tháp", "Nghề đào tạo", ".md"),
])
def test_a_schools_table_of_classes(tmp_path, issuer, place, trade, suffix):
    before = [line.format(issuer=issuer, place=place) for line in SCHOOL]
    header = ["Lớp", trade, "Địa điểm học", "Khoa, phòng phụ trách", "Phối hợp", "Thời gian"]
    rows = [["Lớp 1", "Kỹ thuật trồng và sơ chế hạt dẻ, 30 học viên", "Xã Trùng Khánh", "Khoa Nông lâm",
             "UBND xã Trùng Khánh", "Tháng 9/2026"],
            ["Lớp 2", "Chăn nuôi bò vỗ béo an toàn sinh học, 35 học viên", "Tại trường", "Khoa Nông lâm",
             "Trung tâm Khuyến nông tỉnh", "15/9 - 10/10/2026"]]
    draft = written(tmp_path, "ke-hoach" + suffix, with_table(before, header, rows, SIGN, suffix))
    assert draft.lead("Kỹ thuật trồng") == ["Khoa Nông lâm"]  # the trade is the class's work, not its place
    assert draft["Chăn nuôi bò"]["deadline"]["before"] == "2026-10-10"  # a span of days: by its last day
    assert not [t for t in draft.texts() if t.startswith(("Xã Trùng Khánh", "Tại trường"))]


@pytest.mark.parametrize("column", ["Thời điểm", "Thời điểm thực hiện"])
def test_a_column_of_when_headed_thoi_diem(tmp_path, column):
    before = [line.format(name="NÔNG DÂN", province="LÀO CAI", place="Lào Cai") for line in ASSOCIATION]
    rows = [["1", "Tuyên truyền trên loa truyền thanh về lợi ích vào HTX", "Phòng Văn hóa - Xã hội", "", "Hằng tháng"]]
    draft = written(tmp_path, "ke-hoach.md",
                    with_table(before, ["STT", "Việc cần làm", "Người/đơn vị làm", "Phối hợp", column], rows, SIGN,
                               ".md"))
    assert draft["Tuyên truyền trên loa"]["deadline"]["kind"] == "ongoing"


MARKET = ["BAN QUẢN LÝ CHỢ {market}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
          "Số: 09/KH-BQLC\t{place}, ngày 06 tháng 4 năm 2026", "", "KẾ HOẠCH",
          "Bố trí điểm kinh doanh cho hợp tác xã năm 2026", "", "I. BỐ TRÍ THEO KHU VÀ PHÂN CÔNG",
          "Khu A - nhà lồng chính (14 điểm: nón lá, hàng OCOP)",
          "+ Tổ Quản lý khu A kẻ vạch lại dãy ki-ốt, bàn giao mặt bằng cho các HTX - xong trước ngày 30/4/2026.",
          "+ Tổ Bảo vệ - PCCC kiểm tra đường điện, bình chữa cháy tại các điểm mới - định kỳ hằng tháng.",
          "Khu B - chợ cá (12 điểm: thủy sản, cá khô)",
          "+ Tổ Vệ sinh môi trường lắp đặt 06 bồn rửa cho dãy bán cá - quý II/2026.",
          "+ Tổ Quản lý khu B hướng dẫn các tổ hợp tác ký cam kết an toàn thực phẩm - tháng 5/2026.", "",
          "Nơi nhận:\tTRƯỞNG BAN", "- Lưu: VT.\tTôn Nữ Minh Hằng"]


@pytest.mark.parametrize("market, place, suffix", [("ĐÔNG BA", "Huế", ".txt"), ("BẾN THÀNH", "Sài Gòn", ".md")])
def test_titles_of_zones_between_bullets(tmp_path, market, place, suffix):
    draft = drafted(tmp_path, MARKET, suffix, market=market, place=place)
    assert len(draft.tasks) == 4, draft.texts()  # the zones' titles are headings, each item a task
    assert draft.lead("Tổ Bảo vệ - PCCC") == ["Tổ Bảo vệ - PCCC"]  # the last item before the next zone stays a task
    assert draft.lead("Tổ Vệ sinh môi trường") == ["Tổ Vệ sinh môi trường"]


@pytest.mark.parametrize("closing", [
    "Sở Công Thương mong các cơ quan, địa phương phối hợp chặt chẽ để HTX sớm bán hàng trực tuyến./.",
    "Các thôn, HTX, THT phản ánh vướng mắc về Phòng Kinh tế để giải quyết.",
    "Các chi hội, tổ hội báo cáo khó khăn, vướng mắc về Văn phòng Hội để tổng hợp.",
])
def test_closing_courtesies_and_difficulties_sent_up(tmp_path, closing):
    lines = [line.format(commune="BẢO HÀ", place="Bảo Hà", closing=closing, thanks="") for line in COMMUNE_TABLE]
    draft = written(tmp_path, "ke-hoach.md", lines)
    assert len(draft.tasks) == 2, draft.texts()
