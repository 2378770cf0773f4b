"""kehoach import: a "Xong trước" column, an item that gives its own work over others' items, a bracket naming a
lead "cùng" a partner or a class that carries it out, what the silent are deemed to have said, and a few times
(issue 11).

- A table's column headed "Xong trước" (or "Hoàn thành trước") gives each row's due time.
- A numbered item that is a whole sentence giving a body work, with items under it that give others theirs ("3/ TT
  Dịch vụ nông nghiệp xã hướng dẫn …." / "- Hội Nông dân xã phối hợp …"): both are tasks.
- A bracket after the work: "(Ban Kiểm tra cùng Phòng Cảnh sát giao thông; …)" — the first leads, the other
  cooperates; "(các HTX vận tải hội viên thực hiện; từ 20 tháng Chạp)" — the class leads, its time kept for review.
- "Quá hạn nêu trên, đơn vị nào không gửi thì coi như không có nhu cầu …": no task.
- "làm việc có thời hạn" (fixed-term work) is no deadline's trigger; "khi có thông báo vốn" is after that event;
  "Sau Tết Nguyên đán" in a time cell is after Tết.
- "I. YÊU CẦU" alone is the requirements part, as "MỤC ĐÍCH, YÊU CẦU" is: no task in it.
- "UBND xã sở tại": the local commune's UBND, as printed.

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import datetime as dt

import pytest

from drafts import SOURCE, drafted, with_table, written_as
from generator.importer import fields

HEAD = ["HỘI {field} TỈNH {province}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: {number}/KH-HCN\t{place}, ngày 14 tháng 8 năm 2025", "", "KẾ HOẠCH",
        "Hỗ trợ hợp tác xã {field_lower} an toàn sinh học năm 2025 - 2026", "", "I. YÊU CẦU",
        "Giao việc cụ thể cho từng ban; phối hợp chặt với Liên minh HTX tỉnh và chính quyền các xã.", "",
        "II. NỘI DUNG, PHÂN CÔNG"]
TAIL = ["III. TRIỂN KHAI",
        "Quá hạn nêu trên, đơn vị nào không gửi thì coi như không có nhu cầu hỗ trợ năm 2026.", "",
        "Nơi nhận:\tTM. BAN CHẤP HÀNH", "- Lưu: VP.\tCHỦ TỊCH", "\tHoàng Văn Thức"]


@pytest.mark.parametrize("field, field_lower, province, number, place, due, suffix", [
    ("CHĂN NUÔI", "chăn nuôi", "THÁI NGUYÊN", "21", "Thái Nguyên", "Xong trước", ".txt"),
    ("THỦY SẢN", "nuôi tôm", "CÀ MAU", "17", "Cà Mau", "Hoàn thành trước", ".md"),
])
def test_a_column_of_what_is_due_before(tmp_path, field, field_lower, province, number, place, due, suffix):
    before = [line.format(field=field, field_lower=field_lower, province=province, number=number, place=place)
              for line in HEAD]
    lines = with_table(before, ["TT", "Việc cần làm", "Ban phụ trách", "Đơn vị cùng làm", due], [
        ["1", "Khảo sát nhu cầu của 40 hợp tác xã về con giống, thức ăn", "Ban Kỹ thuật", "Chi cục Chăn nuôi và Thú y",
         "30/9/2025"],
        ["2", "Mở lớp tập huấn nuôi an toàn sinh học cho thành viên hợp tác xã", "Ban Kỹ thuật",
         "Trung tâm Khuyến nông tỉnh", "Tháng 11/2025"],
        ["3", "Giới thiệu các hợp tác xã mua chung thức ăn với giá ưu đãi", "Văn phòng Hội", "Liên minh HTX tỉnh",
         "Quý IV/2025"],
        ["4", "Đưa sản phẩm của hợp tác xã vào bếp ăn tập thể các trường học", "Ban Thị trường", "Sở Công Thương",
         "Sau Tết Nguyên đán"],
    ], TAIL, suffix)
    draft = written_as(tmp_path, "ke-hoach", suffix, lines)
    assert len(draft.texts()) == 4  # nothing from "YÊU CẦU", nor from what the silent are deemed to say
    assert draft["Khảo sát nhu cầu"]["deadline"]["before"] == "2025-09-30"
    assert draft["Mở lớp tập huấn"]["deadline"]["month"] == 11
    assert draft["Giới thiệu các hợp tác xã"]["deadline"]["quarters"] == [4]
    assert draft["Đưa sản phẩm"]["deadline"]["kind"] == "after-condition"


LETTER = ["UBND XÃ {commune}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc", "Số: {number}/UBND-KT",
          "V/v chuẩn bị vụ sản xuất 2026 cho HTX\t{place}, ngày 05 tháng 12 năm 2025", "",
          "Kính gửi: các đơn vị liên quan.", "",
          "Để các HTX, THT kịp vào vụ sản xuất 2026 đúng lịch, UBND xã yêu cầu:", "",
          "1/ P. Kinh tế rà soát diện tích bị hư hỏng của từng HTX, đề xuất mức hỗ trợ, xong trước 20/12.", "",
          "2/ TT Dịch vụ nông nghiệp xã hướng dẫn kỹ thuật cho thành viên 2 HTX, thời gian đầu tháng 1/2026.", "",
          "- Hội Nông dân xã phối hợp với Ngân hàng Chính sách xã hội giải ngân vốn vay cho hộ thành viên, chậm nhất "
          "15/01/2026.", "",
          "3/ {tax} thẩm định hồ sơ đề nghị hỗ trợ của HTX, trình UBND xã phân bổ vốn khi có thông báo vốn của tỉnh.", "",
          "4/ Vận động các HTX niêm yết giá, bố trí xe đưa đón công nhân về quê ăn Tết (các HTX vận tải trên địa bàn "
          "thực hiện; từ 20 tháng Chạp).", "",
          "5/ Kiểm tra việc chấp hành thời gian lái xe liên tục (Ban Kiểm tra Hiệp hội cùng Công an xã; cao điểm Tết, "
          "từ 15/01 đến 28/02/2026).", "",
          "Nhận được văn bản, đề nghị các đơn vị khẩn trương thực hiện./.", "",
          "Nơi nhận:\tKT. CHỦ TỊCH", "- Như trên;\tPHÓ CHỦ TỊCH", "- Lưu: VT.\t{signer}"]


@pytest.mark.parametrize("commune, number, place, tax, signer, suffix", [
    ("HÒA TRÍ", "412", "Hòa Trí", "Bộ phận Tài chính - Kế toán", "Phan Văn Đẳng", ".txt"),
    ("TÂN PHÚ", "236", "Tân Phú", "Bộ phận Một cửa", "Trần Thị Mai", ".md"),
])
def test_an_item_over_others_items_and_doers_in_brackets(tmp_path, commune, number, place, tax, signer, suffix):
    draft = drafted(tmp_path, LETTER, suffix, file="cong-van", commune=commune, number=number, place=place, tax=tax,
                    signer=signer)
    assert len(draft.texts()) == 6
    assert draft.lead("TT Dịch vụ nông nghiệp xã") == ["TT Dịch vụ nông nghiệp xã"]
    assert draft["TT Dịch vụ nông nghiệp xã"]["text"].endswith("đầu tháng 1/2026.")  # the item under it is apart
    assert draft.lead("Hội Nông dân xã") == ["Hội Nông dân xã"]
    assert draft[tax]["deadline"]["kind"] == "after-condition"
    assert draft.lead("Vận động các HTX") == ["các HTX vận tải trên địa bàn"]
    assert draft["Vận động các HTX"]["deadline"]["printed"] == "từ 20 tháng Chạp"
    assert draft.lead("Kiểm tra việc chấp hành") == ["Ban Kiểm tra Hiệp hội"]
    assert draft.coop("Kiểm tra việc chấp hành") == ["Công an xã"]
    assert draft["Kiểm tra việc chấp hành"]["deadline"]["before"] == "2026-02-28"


@pytest.mark.parametrize("text, kind", [
    ("Sở Nội vụ cho ý kiến về nhu cầu đưa lao động trẻ về làm việc có thời hạn tại HTX năm 2027, trước 31/10.",
     "before"),
    ("Phòng Lao động giới thiệu lao động làm việc có thời hạn tại hợp tác xã năm 2027; xong trước 15/11.", "before"),
])
def test_fixed_term_work_is_no_deadline(text, kind):
    found = fields.deadline(text, signed=dt.date(2026, 10, 9))
    assert (found.kind, found.before[:4]) == (kind, "2026")


@pytest.mark.parametrize("text", [
    "Phòng Tài chính phân bổ vốn cho hợp tác xã khi có thông báo vốn của Trung ương.",
    "Bộ phận Một cửa trả kết quả cho hợp tác xã khi có quyết định của Chủ tịch UBND xã.",
])
def test_when_a_notice_or_a_decision_comes(text):
    assert fields.deadline(text).kind == "after-condition"


@pytest.mark.parametrize("phrase, name", [
    ("UBND xã sở tại bố trí địa điểm chiếu phim", "UBND xã sở tại"),
    ("Công an xã sở tại bảo đảm an ninh", "Công an xã sở tại"),
])
def test_the_local_communes_body(phrase, name):
    assert fields.name_only(phrase) == name
    assert fields.match_agencies(name, fields.Known.load(SOURCE), True).unknown == [name]
