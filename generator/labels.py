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
    "inferred_year": "năm suy ra (không in trong văn bản)",
    "inferred_year_legend": "Năm trong ngoặc vuông, như [2023], là năm suy ra từ nội dung: văn bản gốc không in ngày ban hành.",
    "unknown": "không rõ",
    "none": "Không có",
    "body": "Phần nội dung",
    "appendix": "Phụ lục",
    "no_group": "Nhiệm vụ ngoài các nhóm giải pháp",
    "no_groups_at_all": "Nhiệm vụ theo thứ tự trong văn bản",
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
    # --- link texts joined to data (use label(), which stays plain text for escaping) ---
    "all_agencies_of_type": "Tất cả cơ quan loại",
    "this_year": "Trong năm nay",
    "info": "Thông tin",
    "content": "Nội dung",
    "notes_on_original": "Ghi chú về văn bản gốc",
    "merger_2025": "Sắp xếp đơn vị hành chính năm 2025",
    "plan_json": "Dữ liệu kế hoạch (JSON)",
    "plan_csv": "Nhiệm vụ của kế hoạch (CSV)",
    "home_provinces": "Xem tỉnh của bạn đã hứa gì",
    "home_targets": "các chỉ tiêu theo năm",
    "home_topics": "Tìm hỗ trợ về vốn, đất, thuế, đào tạo, thị trường và cơ quan cần liên hệ",
    "home_deadlines": "Nhiệm vụ theo thời hạn",
    "home_agencies": "nhiệm vụ của từng cơ quan",
    "home_open_data": "dữ liệu mở để tải về",
    # --- the theme (theme_overrides/main.html, through mkdocs_hooks.on_config) ---
    "footer_region": "Nguồn dữ liệu",
    "footer_source": "Dữ liệu lấy từ văn bản gốc của Ủy ban nhân dân các tỉnh; mỗi nhiệm vụ dẫn chiếu đến câu chữ trong văn bản.",
    "footer_updated": "Cập nhật:",
    "footer_about": "Nguồn, phương pháp và giấy phép",
    # the worker sends the best 50 matches and the theme counts what it receives: "50" means "the best 50"
    "search_result_other": "# kết quả phù hợp nhất",
    "search_placeholder": "Gõ để tìm: có dấu hay không dấu đều được (ví dụ: hop tac xa kon tum, 09/NQ-CP)",
    # --- the task finder's form (sent to kehoach-finder.js in the page's data) ---
    "finder_form": "Lọc nhiệm vụ",
    "finder_keyword": "Từ khóa",
    "finder_keyword_hint": "Từ khóa, có dấu hay không dấu",
    "finder_agency_type": "Loại cơ quan (mọi tỉnh)",
    "finder_group": "Nhóm giải pháp",
    "finder_role": "Vai trò",
    "finder_role_any": "Chủ trì hoặc phối hợp",
    "finder_reset": "Bỏ lọc",
    "finder_csv": "Tải kết quả (CSV)",
    "finder_all": "Tất cả",
    "finder_tasks": "nhiệm vụ",
    "passed_as_of_update": "Đã quá hạn (tính đến ngày cập nhật)",
    "data_page_of": "Trang dữ liệu của",
    "full_text": "Toàn văn",
    "in_original_line": "trong văn bản gốc, dòng",
    "target_in_original_line": "Chỉ tiêu trong văn bản gốc, dòng",
    "all_targets_of_kind": "Tất cả chỉ tiêu loại",
    # --- prose and short words of the page templates ---
    "khong_so": "(không số)",
    "cac_co_quan_duoc_giao": "Các cơ quan được giao nhiệm vụ trong các kế hoạch, theo tỉnh. Mỗi trang cơ quan liệt kê nhiệm vụ chủ trì và phối hợp, và cơ quan kế nhiệm sau sắp xếp năm 2025.",
    "loai": "Loại",
    "trung_uong": "Trung ương",
    "cach_ghi_trong_van_ban": "Cách ghi trong văn bản",
    "co_quan_nay_tiep_nhan": "Cơ quan này tiếp nhận nhiệm vụ của:",
    "cung_mot_loai_co_quan": "Cùng một loại cơ quan ở các tỉnh, với số nhiệm vụ được giao.",
    "nhiem_vu_theo_thoi_han": "Nhiệm vụ theo thời hạn hoàn thành. Tính đến",
    "dau": ",",
    "nhiem_vu_co_thoi_han": "nhiệm vụ có thời hạn đã qua. Trang này chỉ ghi nhận thời hạn trong văn bản; dữ liệu chưa có báo cáo kết quả thực hiện, nên quá hạn không có nghĩa là không hoàn thành.",
    "nam": "năm",
    "trich_yeu": "Trích yếu",
    "chua_ke_hoach_nao_trich": "Chưa kế hoạch nào trích dẫn văn bản này; văn bản được dùng làm căn cứ sắp xếp tổ chức năm 2025.",
    "cac_van_ban_duoc_cac": "Các văn bản được các kế hoạch trích dẫn làm căn cứ, với số kế hoạch trích dẫn.",
    "tra_cuu_nhiem_vu": "Tra cứu nhiệm vụ",
    "moi_nhiem_vu_cua_cac": "Mọi nhiệm vụ của các kế hoạch. Lọc theo tỉnh, kế hoạch, cơ quan (chủ trì, phối hợp, hoặc cùng loại cơ quan ở mọi tỉnh), chủ đề, nhóm giải pháp và thời hạn; gõ từ khóa có dấu hay không dấu. Đường dẫn của trang giữ các bộ lọc để chia sẻ. Thời hạn tính đến",
    "cac_tinh_ban_hanh_ke": "Các tỉnh ban hành kế hoạch để thực hiện nghị quyết của Trung ương về kinh tế tập thể và hợp tác xã: đặt chỉ tiêu và giao nhiệm vụ cho từng cơ quan. Trang này đưa các kế hoạch đó từ văn bản PDF thành dữ liệu tra cứu được, dẫn chiếu đến từng câu trong văn bản gốc.",
    "bat_dau_tu_dau": "Bắt đầu từ đâu",
    "nguoi_dan": "Người dân",
    "hoac": "hoặc",
    "hop_tac_xa": "Hợp tác xã",
    "nha_bao_nha_nghien_cuu": "Nhà báo, nhà nghiên cứu",
    "va": "và",
    "van_ban_nhu_nhan_duoc": "Văn bản như nhận được:",
    "tu": "từ",
    "thuoc_tinh": "thuộc tỉnh",
    "toan_tinh": "Toàn tỉnh",
    "van_ban_khong_dat_chi": "Văn bản không đặt chỉ tiêu định lượng.",
    "dong": "dòng",
    "hop_nhat_vao_tinh": "hợp nhất vào tỉnh",
    "theo": "theo",
    "cac_tinh_truoc_day_nay": "Các tỉnh trước đây nay thuộc tỉnh này:",
    "chua_co_ke_hoach_nao": "Chưa có kế hoạch nào của tỉnh này trong dữ liệu.",
    "tu_01_7_2025_thuoc": "Từ 01/7/2025 thuộc",
    "dau_2": "—",
    "nam_moc": "Năm mốc",
    "thuoc_chi_tieu": "Thuộc chỉ tiêu",
    "ghi_chu": "Ghi chú",
    "muc": "Mục",
    "phan_bo_theo_dia_ban": "Phân bổ theo địa bàn",
    "no_comparison": "Không có chỉ tiêu toàn tỉnh cùng loại, cùng năm mốc để đặt cạnh chỉ tiêu này (chỉ tiêu không ghi năm mốc thì không so sánh được).",
    "chi_tieu_cung_loai_cung": "Chỉ tiêu cùng loại, cùng năm mốc, áp dụng toàn tỉnh — mỗi tỉnh lấy kế hoạch mới nhất.",
    "so_sanh_cung_mot_loai": "So sánh cùng một loại chỉ tiêu giữa các tỉnh và các năm mốc.",
    "moi_chi_tieu_dinh_luong": "Mọi chỉ tiêu định lượng trong các kế hoạch, theo năm mốc. Bấm vào một chỉ tiêu để xem chỉ tiêu cùng loại ở các tỉnh khác.",
    "theo_loai_chi_tieu": "Theo loại chỉ tiêu",
    "cac_nhiem_vu_thuoc_chu": "Các nhiệm vụ thuộc chủ đề này, theo tỉnh, với cơ quan chủ trì — nơi hợp tác xã có thể hỏi. Chủ đề được gắn tự động theo từ khóa:",
    "hop_tac_xa_can_von": "Hợp tác xã cần vốn, đất, ưu đãi thuế, đào tạo hay thị trường? Chọn một chủ đề để xem tỉnh của bạn đã giao nhiệm vụ gì và cơ quan nào chủ trì.",
    "mo_ta": "Mô tả",
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


#: What the command line says to people (maintainers are provincial staff: Vietnamese).
MESSAGES = {
    "serve_url": "Xem trước tại {url} — sửa tệp trong {source}/ thì trang tự sinh lại và trình duyệt tự tải lại. Dừng: Ctrl+C.",
    "serve_port_busy": "kehoach serve: cổng {port} trên {host} đang được dùng; chọn cổng khác, ví dụ --addr {host}:{other}",
    "serve_bad_addr": "kehoach serve: địa chỉ không hợp lệ {addr!r} (dạng máy:cổng, ví dụ 127.0.0.1:8000)",
    "serve_problems": "Dữ liệu trong source/ có lỗi, trang đang hiển thị là bản sinh lần trước",
    "serve_problems_none_yet": "Dữ liệu trong source/ có lỗi nên chưa sinh được trang nào",
    "serve_problems_fix": "Sửa các lỗi dưới đây rồi lưu tệp: trang sẽ tự sinh lại.",
    "serve_regenerated": "đã sinh lại: {written} tệp thay đổi, {unchanged} tệp giữ nguyên",
    "serve_failed": "kiểm tra dữ liệu: {errors} lỗi; các trang giữ như lần sinh trước",
}


def message(key: str, **values: object) -> str:
    return MESSAGES[key].format(**values)
