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
    printed. A bracket that only says how ("(Sở Tư pháp hướng dẫn)") names no lead (the class that opens the sentence,
    "Các hợp tác xã", does the work); cooperating bodies not named
    ("các cơ quan, đơn vị liên quan phối hợp") leave the lead."""
    draft = written(tmp_path, "ubnd.txt", HEAD + [
        "1. Tổ chức hội nghị đối thoại với hợp tác xã về thủ tục đất đai (Giao Sở Nông nghiệp và Môi trường chủ trì, "
        "phối hợp với Sở Tài chính; hoàn thành trước ngày 30/9/2026).",
        "2. Bồi dưỡng kiến thức quản trị cho giám đốc hợp tác xã (Sở Nội vụ chủ trì, Liên minh Hợp tác xã tỉnh phối "
        "hợp; thời gian: Quý III/2026).",
        "3. Rà soát quỹ đất cho hợp tác xã xây dựng kho lạnh (Cơ quan chủ trì: Sở Tài chính; phối hợp: Sở Xây dựng; "
        "thời gian: Quý IV/2026).",
        "4. Các hợp tác xã lập hồ sơ đăng ký theo mẫu (Sở Tư pháp hướng dẫn).",
        "5. Công khai danh mục hỗ trợ hợp tác xã (Sở Tài chính chủ trì, các cơ quan, đơn vị liên quan phối hợp).",
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
    assert draft.lead("Các hợp tác xã lập hồ sơ") == ["Các hợp tác xã"]  # the sentence's subject, not the bracket's
    assert draft.lead("Công khai danh mục") == ["Sở Tài chính tỉnh Quảng Ngãi"]  # bodies not named beside it
    assert draft.coop("Công khai danh mục") == []


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


# --- schedule tables: the periods a task runs marked under month or quarter columns, no time column ---

def test_a_schedule_table_by_month_gives_the_last_marked_month(tmp_path):
    """A Markdown schedule table "STT | Nội dung | Đơn vị chủ trì | Tháng 1 … Tháng 12" in a plan for 2026: a run of
    marks is due by its last month (said for review), one mark is that month, three that make a quarter are that
    quarter, every month marked is the whole year; the deadline quotes the last marked month's header."""
    months = " | ".join(f"Tháng {m}" for m in range(1, 13))

    def row(n: int, text: str, lead: str, marked: set[int]) -> str:
        return f"| {n} | {text} | {lead} | " + " | ".join("x" if m in marked else "" for m in range(1, 13)) + " |"

    draft = written(tmp_path, "tien-do.md", [
        "UBND TỈNH QUẢNG NGÃI", "", "Số: 31/KH-UBND", "", "Quảng Ngãi, ngày 05 tháng 01 năm 2026", "", "KẾ HOẠCH", "",
        "Nâng cao năng lực hợp tác xã năm 2026", "", "I. TIẾN ĐỘ THỰC HIỆN", "",
        f"| STT | Nội dung | Đơn vị chủ trì | {months} |",
        "|" + "---|" * 15,
        row(1, "Điều tra thực trạng hợp tác xã nông nghiệp", "Sở Tài chính", {3, 4, 5}),
        row(2, "Tổ chức hội nghị tổng kết hợp tác xã", "Sở Nội vụ", {11}),
        row(3, "Tập huấn kế toán hợp tác xã", "Liên minh Hợp tác xã tỉnh", {7, 8, 9}),
        row(4, "Cập nhật cơ sở dữ liệu hợp tác xã", "Sở Tài chính", set(range(1, 13))),
    ])
    survey = draft["Điều tra thực trạng"]
    assert survey["deadline"] == {"printed": "Tháng 5", "kind": "month", "year": 2026, "month": 5}
    assert any("Tháng 3, Tháng 4, Tháng 5" in note for note in survey["review"])
    assert draft["Tổ chức hội nghị tổng kết"]["deadline"] == {"printed": "Tháng 11", "kind": "month", "year": 2026,
                                                              "month": 11}
    assert draft["Tập huấn kế toán"]["deadline"]["kind"] == "quarter"
    assert draft["Tập huấn kế toán"]["deadline"]["quarters"] == [3]
    assert draft["Cập nhật cơ sở dữ liệu"]["deadline"]["kind"] == "year"
    assert draft.lead("Tập huấn kế toán") == ["Liên minh Hợp tác xã tỉnh"]


def test_a_schedule_table_by_quarter_gives_the_marked_quarters(tmp_path):
    """A TAB-separated schedule table "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Quý I … Quý IV" marked
    "X": the marked quarters of the plan's year; a plan whose title names no one year gives no deadline from marks
    (said for review)."""
    header = "\t".join(["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Quý I", "Quý II", "Quý III", "Quý IV"])
    body = [header,
            "\t".join(["1", "Xây dựng mô hình hợp tác xã kiểu mới", "Sở Nông nghiệp và Môi trường", "Sở Tài chính",
                       "", "X", "X", "X"]),
            "\t".join(["2", "Sơ kết hỗ trợ hợp tác xã", "Sở Tài chính", "", "", "", "", "X"])]
    draft = written(tmp_path, "quy.txt", [
        "UBND TỈNH QUẢNG NGÃI", "Số: 40/KH-UBND", "Quảng Ngãi, ngày 12 tháng 01 năm 2026", "KẾ HOẠCH",
        "Phát triển kinh tế tập thể năm 2026", "", "I. NHIỆM VỤ", "", *body])
    model = draft["Xây dựng mô hình hợp tác xã"]
    assert (model["deadline"]["kind"], model["deadline"]["year"], model["deadline"]["quarters"]) == ("quarter", 2026, [2, 3, 4])
    assert model["deadline"]["printed"] == "Quý IV"
    assert draft.coop("Xây dựng mô hình hợp tác xã") == ["Sở Tài chính tỉnh Quảng Ngãi"]
    assert draft["Sơ kết hỗ trợ"]["deadline"]["quarters"] == [4]
    no_year = written(tmp_path, "giai-doan.txt", [
        "UBND TỈNH QUẢNG NGÃI", "Số: 41/KH-UBND", "Quảng Ngãi, ngày 12 tháng 01 năm 2026", "KẾ HOẠCH",
        "Phát triển kinh tế tập thể giai đoạn 2026 - 2030", "", "I. NHIỆM VỤ", "", *body])
    assert no_year["Sơ kết hỗ trợ"]["deadline"]["kind"] == "ambiguous"
    assert any("năm mốc" in note for note in no_year["Sơ kết hỗ trợ"]["review"])


def test_period_columns_are_read_in_their_printed_forms():
    from generator.importer import fields
    assert fields.period("T1") == ("month", 1, None)
    assert fields.period("Tháng 12") == ("month", 12, None)
    assert fields.period("Th.3") == ("month", 3, None)
    assert fields.period("T1/2027") == ("month", 1, 2027)
    assert fields.period("Quý III") == ("quarter", 3, None)
    assert fields.period("Q2") == ("quarter", 2, None)
    assert fields.period("Quý IV/2026") == ("quarter", 4, 2026)
    assert fields.period("Thời gian") is None and fields.period("T13") is None and fields.period("TT") is None
