"""kehoach import: work cards, each headed by its code and its fields, its work under them (issue 11).

- "VT-01 Phụ trách: Phòng Nguyên liệu Phối hợp: HTX Nông lâm Mẫu Sơn" / "Hạn: 30/9/2026" / "Khảo sát, khoanh vẽ …":
  the card's head (a code, then fields, the labels on one line or a line each) gives the fields of the work printed
  under it, not of the work above it; the head is no task; "Phối hợp: —" names no partner.
- Codes as companies and projects print them: "VT-01", "CV.03", "Phiếu số 2:".

Tested on documents written here, never on the held-out sets."""

from __future__ import annotations

import pytest

from drafts import written_as

HEAD = ["CÔNG TY CỔ PHẦN {caps}\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "\tĐộc lập - Tự do - Hạnh phúc",
        "Số: 62/KH-{code}\t{place}, ngày 07 tháng 9 năm 2026", "", "KẾ HOẠCH",
        "Xây dựng vùng nguyên liệu cùng các hợp tác xã liên kết năm 2026 - 2027", "", "III. PHIẾU VIỆC", "",
        "Giai đoạn 1. Chuẩn bị vùng trồng"]
TAIL = ["", "Nơi nhận:\tKT. TỔNG GIÁM ĐỐC", "- Lưu: VT.\tPHÓ TỔNG GIÁM ĐỐC", "\tVi Thị Hạnh"]

CARDS = {
    "VT": ["{c}1 Phụ trách: Phòng Nguyên liệu Phối hợp: HTX Nông lâm Tân Lập",
           "Hạn: 30/9/2026",
           "Khảo sát, khoanh vẽ bản đồ 55 ha đất đồi của hộ thành viên; lấy mẫu đất,",
           "nước gửi phân tích dư lượng thuốc bảo vệ thực vật.",
           "{c}2 Phụ trách: Phòng Đảm bảo chất lượng Phối hợp: — Hạn: 15/10/2026",
           "Soạn 12 quy trình thao tác chuẩn trồng, chăm sóc, thu hái, sơ chế cho",
           "hộ thành viên.",
           "{c}3 Phụ trách: Phòng Nguyên liệu",
           "Phối hợp: HTX Dược liệu Công Sơn, Trung tâm Khuyến nông tỉnh",
           "Hạn: Tháng 10/2026",
           "Mở 04 lớp tập huấn cho 160 hộ thành viên của hai hợp tác xã.",
           "{c}4 Phụ trách: Phòng Tài chính - Kế toán Phối hợp: Phòng Nguyên liệu",
           "Hạn: Trước 31/10/2026",
           "Ứng trước cho hợp tác xã 30% tiền giống và phân hữu cơ theo hợp đồng."],
}


def _lines(caps, code, place, prefix):
    return [x.format(caps=caps, code=code, place=place) for x in HEAD] + \
           [x.format(c=prefix) for x in CARDS["VT"]] + TAIL


@pytest.mark.parametrize("suffix", [".txt", ".md"])
@pytest.mark.parametrize("caps, code, place, prefix", [
    ("DƯỢC LIỆU TÂN LẬP", "DLTL", "Lạng Sơn", "VT-0"),
    ("CHÈ HẢI HÀ", "CHH", "Quảng Ninh", "CV.0"),
    ("NÔNG SẢN ĐỒNG XANH", "NSĐX", "Đồng Tháp", "Phiếu số "),
])
def test_a_cards_head_gives_the_fields_of_the_work_under_it(tmp_path, suffix, caps, code, place, prefix):
    draft = written_as(tmp_path, "ke-hoach", suffix, _lines(caps, code, place, prefix))
    assert [t["text"][:12] for t in draft.tasks] == ["Khảo sát, kh", "Soạn 12 quy ", "Mở 04 lớp tậ", "Ứng trước ch"]
    assert draft.lead("Khảo sát") == ["Phòng Nguyên liệu"] and draft.coop("Khảo sát") == ["HTX Nông lâm Tân Lập"]
    assert draft["Khảo sát"]["deadline"]["before"] == "2026-09-30"
    assert draft.lead("Soạn 12") == ["Phòng Đảm bảo chất lượng"] and draft.coop("Soạn 12") == []
    assert draft["Soạn 12"]["deadline"]["before"] == "2026-10-15"
    assert draft.coop("Mở 04") == ["HTX Dược liệu Công Sơn", "Trung tâm Khuyến nông tỉnh"]
    assert draft["Mở 04"]["deadline"]["month"] == 10
    assert draft.lead("Ứng trước") == ["Phòng Tài chính - Kế toán"] and draft.coop("Ứng trước") == ["Phòng Nguyên liệu"]
    assert draft["Ứng trước"]["deadline"]["before"] == "2026-10-31"
