"""kehoach import: an item's assignment written in brackets at its end ("… (Giao: X chủ trì; Y phối hợp; thời gian:
…)."), common drafting practice of plans of provinces, departments and mass organisations; and schedule tables whose
time is marked by month or quarter columns ("T1 … T12", "Tháng 1 … Tháng 12", "Quý I … Quý IV" marked "x"). Each on
documents written here, of other topics and issuers than the held-out sets (benchmarks/corpus/unseen*/)."""

from __future__ import annotations

from drafts import written

HEAD = ["UBND TỈNH QUẢNG NGÃI", "Số: 27/KH-UBND", "Quảng Ngãi, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH",
        "Phát triển hợp tác xã năm 2026", "", "I. NHIỆM VỤ", ""]


def test_an_assignment_in_brackets_at_the_end_gives_lead_cooperating_and_deadline(tmp_path):
    """"(Giao X chủ trì, phối hợp với Y; hoàn thành trước …)", "(X chủ trì, Y phối hợp)", "(Cơ quan chủ trì: X;
    phối hợp: Y; thời gian: …)": X leads, Y cooperates, the deadline is the bracket's; the task keeps the bracket as
    printed. A bracket that only says how ("(Sở Tư pháp hướng dẫn)") names no lead."""
    draft = written(tmp_path, "ubnd.txt", HEAD + [
        "1. Tổ chức hội nghị đối thoại với hợp tác xã về thủ tục đất đai (Giao Sở Nông nghiệp và Môi trường chủ trì, "
        "phối hợp với Sở Tài chính; hoàn thành trước ngày 30/9/2026).",
        "2. Bồi dưỡng kiến thức quản trị cho giám đốc hợp tác xã (Sở Nội vụ chủ trì, Liên minh Hợp tác xã tỉnh phối "
        "hợp; thời gian: Quý III/2026).",
        "3. Rà soát quỹ đất cho hợp tác xã xây dựng kho lạnh (Cơ quan chủ trì: Sở Tài chính; phối hợp: Sở Xây dựng; "
        "thời gian: Quý IV/2026).",
        "4. Các hợp tác xã lập hồ sơ đăng ký theo mẫu (Sở Tư pháp hướng dẫn).",
    ])
    first = "Tổ chức hội nghị đối thoại"
    assert draft.lead(first) == ["Sở Nông nghiệp và Môi trường"]
    assert draft.coop(first) == ["Sở Tài chính tỉnh Quảng Ngãi"]
    assert draft[first]["deadline"]["kind"] == "before" and str(draft[first]["deadline"]["before"]) == "2026-09-30"
    assert draft[first]["text"].endswith("(Giao Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính; "
                                         "hoàn thành trước ngày 30/9/2026).")
    assert draft.lead("Bồi dưỡng kiến thức") == ["Sở Nội vụ tỉnh Quảng Ngãi"]
    assert draft.coop("Bồi dưỡng kiến thức") == ["Liên minh Hợp tác xã tỉnh"]
    assert draft["Bồi dưỡng kiến thức"]["deadline"]["quarters"] == [3]
    assert draft.lead("Rà soát quỹ đất") == ["Sở Tài chính tỉnh Quảng Ngãi"]
    assert draft.coop("Rà soát quỹ đất") == ["Sở Xây dựng"]
    assert draft.lead("Các hợp tác xã lập hồ sơ") == []


def test_a_mass_organisation_gives_its_own_units_in_brackets(tmp_path):
    """"(Giao: Ban X chủ trì; Văn phòng phối hợp; thời gian: …)", "(Giao: X chủ trì; Y hướng dẫn; …)", "(Giao: X
    chủ trì; thời gian: …)": the issuer's own units lead and cooperate, one-word "Văn phòng" too; a body that guides
    the lead's work cooperates; the time in the bracket is the deadline."""
    draft = written(tmp_path, "tinh-doan.txt", [
        "TỈNH ĐOÀN NGHỆ AN", "BAN THƯỜNG VỤ", "Số 88-KH/TĐTN", "Nghệ An, ngày 14 tháng 4 năm 2026", "KẾ HOẠCH",
        "Hỗ trợ thanh niên khởi nghiệp theo mô hình hợp tác xã năm 2026", "", "I. NHIỆM VỤ", "",
        "1. Khảo sát nhu cầu vay vốn của các tổ hợp tác thanh niên (Giao: Ban Phong trào chủ trì; Văn phòng phối "
        "hợp; thời gian: Quý II/2026).",
        "2. Thành lập 10 hợp tác xã thanh niên ở các xã miền núi (Giao: Đoàn thanh niên các xã miền núi chủ trì; "
        "Ban Phong trào hướng dẫn; thời gian: năm 2026).",
        "3. Giới thiệu mô hình hợp tác xã thanh niên tiêu biểu trên trang tin của Tỉnh đoàn (Giao: Ban Tuyên giáo "
        "chủ trì; thời gian: thường xuyên).",
    ])
    assert draft.lead("Khảo sát nhu cầu") == ["Ban Phong trào"]
    assert draft.coop("Khảo sát nhu cầu") == ["Văn phòng"]
    assert draft["Khảo sát nhu cầu"]["deadline"]["quarters"] == [2]
    assert draft.lead("Thành lập 10 hợp tác xã") == ["Đoàn thanh niên các xã miền núi"]
    assert draft.coop("Thành lập 10 hợp tác xã") == ["Ban Phong trào"]
    assert draft["Thành lập 10 hợp tác xã"]["deadline"] == {"printed": "năm 2026", "kind": "year", "year": 2026}
    assert draft.lead("Giới thiệu mô hình") == ["Ban Tuyên giáo"]
    assert draft.coop("Giới thiệu mô hình") == []
    assert draft["Giới thiệu mô hình"]["deadline"]["kind"] == "ongoing"
