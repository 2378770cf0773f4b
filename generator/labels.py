"""Every Vietnamese UI label of the generated pages, in one place."""

from __future__ import annotations

from markupsafe import Markup

_LABELS = {
    "site_name": "Kế hoạch phát triển kinh tế tập thể",
    "home": "Trang chủ",
    "plans": "Kế hoạch",
    "plan": "Kế hoạch",
    "agencies": "Cơ quan",
    "agency": "Cơ quan",
    "agency_types": "Loại cơ quan",
    "targets": "Chỉ tiêu",
    "target": "Chỉ tiêu",
    "documents": "Văn bản pháp lý",
    "document": "Văn bản",
    "provinces": "Tỉnh",
    "province": "Tỉnh",
    "topics": "Hỗ trợ cho hợp tác xã",
    "topic": "Chủ đề",
    "deadlines": "Thời hạn",
    "original": "Văn bản gốc",
    "about": "Giới thiệu và dữ liệu",
    "tasks": "Nhiệm vụ",
    "task": "Nhiệm vụ",
    "number": "Số hiệu",
    "date": "Ngày ban hành",
    "issuer": "Cơ quan ban hành",
    "signer": "Người ký",
    "kind": "Loại văn bản",
    "legal_basis": "Căn cứ, văn bản được trích dẫn",
    "purpose": "Mục đích",
    "requirements": "Yêu cầu",
    "objectives": "Mục tiêu chung",
    "lead": "Chủ trì",
    "cooperating": "Phối hợp",
    "output": "Sản phẩm",
    "submit_to": "Cấp trình",
    "deadline": "Thời hạn",
    "year": "Năm",
    "no_year": "Không ghi năm mốc",
    "search_dialog": "Tìm kiếm",
    "value": "Giá trị",
    "unit": "Đơn vị",
    "scope": "Phạm vi",
    "in_original": "Xem nhiệm vụ này trong văn bản gốc",
    "target_in_original": "Xem chỉ tiêu trong văn bản gốc",
    "ambiguous": "Lưu ý về văn bản gốc",
    "not_in_text": "Văn bản gốc để trống",
    "unknown": "không rõ",
    "none": "Không có",
    "body": "Phần nội dung",
    "appendix": "Phụ lục",
    "no_group": "Nhiệm vụ khác",
    "passed": "Đã quá hạn — chưa có báo cáo kết quả được ghi nhận",
    "successor": "Cơ quan kế nhiệm",
    "successor_since": "Từ",
    "successor_now": "Nhiệm vụ của cơ quan này nay thuộc về",
    "successor_year": "năm 2025",
    "successor_basis": "Căn cứ:",
    "merged_into": "Từ {date}, tỉnh {old} là một phần của tỉnh {new}.",
    "leads": "Nhiệm vụ chủ trì",
    "supports": "Nhiệm vụ phối hợp",
    "same_type": "Cùng loại cơ quan ở các tỉnh",
    "same_kind": "Cùng loại chỉ tiêu ở các tỉnh",
    "citing_plans": "Các kế hoạch trích dẫn văn bản này",
    "download": "Tải dữ liệu",
    "raw_text": "Văn bản như nhận được (chưa sửa lỗi phông chữ)",
    "repaired_note": "Văn bản gốc bị lỗi phông chữ khi trích xuất từ PDF; dưới đây là bản đã sửa lỗi phông. Bản nhận được nguyên trạng:",
    "build_date": "Ngày cập nhật",
    "deadline_ongoing": "Thường xuyên",
    "deadline_annual": "Hằng năm",
    "deadline_conditional": "Theo điều kiện",
    "deadline_unspecified": "Không nêu thời hạn",
    "deadline_ambiguous": "Thời hạn không rõ",
    "deadline_this_year": "Trong năm nay",
    "count_plans": "kế hoạch",
    "count_tasks": "nhiệm vụ",
    "count_targets": "chỉ tiêu",
    "count_agencies": "cơ quan",
    "count_provinces": "tỉnh",
    "chart_topics": "Số nhiệm vụ theo chủ đề hỗ trợ",
    "chart_targets": "Chỉ tiêu thành lập mới hợp tác xã theo tỉnh và năm",
}

DEADLINE_KIND = {
    "ongoing": "Thường xuyên",
    "annual": "Hằng năm",
    "year": "Theo năm",
    "year-range": "Giai đoạn",
    "quarter": "Theo quý",
    "month": "Theo tháng",
    "before": "Trước thời điểm",
    "after-condition": "Sau khi có điều kiện",
    "unspecified": "Không nêu thời hạn",
    "ambiguous": "Thời hạn không rõ",
}

#: What each kind of search result is, shown before its title.
SEARCH_KIND = {"p": "Kế hoạch", "n": "Nhiệm vụ", "c": "Chỉ tiêu", "a": "Cơ quan", "v": "Văn bản", "d": "Chủ đề", "t": "Tỉnh"}

PLAN_KIND = {"ke-hoach": "Kế hoạch", "cong-van": "Công văn", "quyet-dinh": "Quyết định", "chuong-trinh": "Chương trình"}

DOC_TYPE = {
    "nghi-quyet": "Nghị quyết", "ket-luan": "Kết luận", "chuong-trinh": "Chương trình",
    "quyet-dinh": "Quyết định", "nghi-dinh": "Nghị định", "thong-tu": "Thông tư", "luat": "Luật",
    "ke-hoach": "Kế hoạch", "cong-van": "Công văn", "chi-thi": "Chỉ thị", "de-an": "Đề án", "van-ban": "Văn bản",
}

AGENCY_KIND = {
    "ubnd-tinh": "Ủy ban nhân dân tỉnh", "ubnd-huyen": "Ủy ban nhân dân cấp huyện", "so": "Sở",
    "ban": "Ban", "van-phong": "Văn phòng", "to-chuc-chinh-tri-xa-hoi": "Tổ chức chính trị - xã hội",
    "lien-minh-htx": "Liên minh hợp tác xã", "ngan-hang": "Ngân hàng",
    "co-quan-trung-uong-dia-phuong": "Cơ quan trung ương tại địa phương", "bao-dai": "Báo, đài",
    "truong": "Trường", "ban-chi-dao": "Ban chỉ đạo", "dang": "Cơ quan Đảng",
    "nhom": "Nhóm cơ quan", "khac": "Khác",
}


class _Labels(dict):
    def __getattr__(self, name: str) -> Markup:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(f"no UI label {name!r} in labels.py") from None


#: Labels are trusted text (written here, not data): marked safe for templates.
L = _Labels({key: Markup(value) for key, value in _LABELS.items()})


def label(value: str) -> str:
    return _LABELS[value]
