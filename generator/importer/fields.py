"""Structured fields read from Vietnamese text: agencies, deadlines, targets, legal references.

Matching is done on ``vi.fold`` text (diacritics off, đ→d, one character for
one character), so positions found in the folded text cut the printed text
exactly: a printed phrase is always a slice of the original.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..labels import message
from ..site.markup import glossary
from ..source.models import Registry
from ..vi import CAPITAL, WEEKDAY, fold, slugify
from . import national_days

# --- the registry -----------------------------------------------------------


@dataclass
class Known:
    registry: Registry
    names: list[tuple[str, str]] = field(default_factory=list)  # (folded name, agency id), longest first
    documents: dict[str, str] = field(default_factory=dict)     # folded number → id
    #: short names the document defines for bodies it names ("… (sau đây gọi là hai bên)"): folded → the names
    aliases: dict[str, str] = field(default_factory=dict)
    #: the initialisms the document defines for bodies ("Sở Tài chính (STC)"), as printed
    initials: dict[str, str] = field(default_factory=dict)
    #: the coded items a grid shares out by body and period ("CV01" → ("Phòng Vùng nguyên liệu", ["Quý IV/2026"])):
    #: ``tables.code_grid``
    codes: dict[str, tuple[str, list[str]]] = field(default_factory=dict)
    #: the document's own names for fields, as its note says ("“chính” là đơn vị chủ trì"): ``own_labels.names``
    own: dict[str, str] = field(default_factory=dict)
    places: "re.Pattern | None" = None  # the provinces' printed names (``scope``)

    @classmethod
    def load(cls, source: Path, province: str | None = None) -> "Known":
        """The registry, read and checked by the project's own loader: a broken registry file is
        reported as ``kehoach check`` reports it (file:line:col: field: message), not a traceback."""
        from ..problems import InputError
        from ..source.validate import read_registries

        tables, problems = read_registries(source)
        if problems.errors:
            raise InputError(problems.sorted())
        known = cls(Registry(**tables))
        known.scope(province)
        return known

    def scope(self, province: str | None) -> None:
        names = []
        for agency in self.registry.agencies:
            if agency.province not in (None, province):
                continue
            for name in {agency.name, *agency.variants}:
                if len(name) >= 3:
                    names.append((fold(name), agency.id))
        names.sort(key=lambda n: -len(n[0]))
        self.names = names
        # the provinces' names as printed, longest first: a body's name may end with its province's without a level
        # word ("Báo và Phát thanh, Truyền hình Phú Thọ", "Viễn thông Cần Thơ")
        self.places = re.compile(r"(?<!\w)(?:" + "|".join(sorted(
            {re.escape(n) for p in self.registry.provinces for n in (p.name, *p.variants) if len(n) >= 3},
            key=lambda n: -len(n))) + r")(?!\w)") if self.registry.provinces else None
        self.documents = {fold(d.number): d.id for d in self.registry.documents if d.number}


#: enterprises that take part in plans, named by their brand and province ("Viễn thông Thái Nguyên",
#: "Viettel Thái Nguyên", "Agribank Chi nhánh …"): named only when printed capitalised
_ENTERPRISE = r"vien thong |viettel |vnpt |agribank |vietcombank |vietinbank |bidv |buu dien |dien luc |cong ty |cty "
#: a ministry's units in a province, named "<unit> tỉnh X" ("Thuế tỉnh …", "Kho bạc Nhà nước khu vực …", "Thi hành án dân sự tỉnh
#: Ninh Bình", "Thi hành án dân sự khu vực 3", "Dự trữ Nhà nước khu vực Tây Nam Bộ")
_FINANCE_UNITS = r"thue (?:tinh|thanh pho|co so)\b|du tru nha nuoc(?: khu vuc\b|$)|thi hanh an dan su (?:tinh|thanh pho|khu vuc)\b|thong ke (?:tinh|thanh pho) |kho bac |hai quan (?:khu vuc|tinh|thanh pho|cua khau) "
_BRAND = r"(?:viettel|vnpt|agribank|vietcombank|vietinbank|bidv) "
#: the kinds of unit of the forces named by their number ("Hải đoàn 32", "Lữ đoàn 125"), as printed; ``_FORCES`` folded
_FORCES_KINDS = ("Hải đoàn", "Hải đội", "Lữ đoàn", "Trung đoàn", "Tiểu đoàn", "Đại đội")
_FORCES = f"(?:{'|'.join(map(fold, _FORCES_KINDS))})"
#: a commune's officer by his field, as a commune's plans name him ("cán bộ nông nghiệp xã", "cán bộ địa chính phường"),
#: folded: a post of the level, as "công chức …" is (not "cán bộ quản lý HTX", whom work is done for, nor "cán bộ thú y
#: các xã", officers of every commune)
COMMUNE_OFFICER = r"can bo (?:(?!cac )[a-z]+ ){1,4}(?:xa|phuong|thi tran|dac khu)\b"
_TYPE_START = (
    r"(?:^|(?<=[\s,;(]))(?:so |uy ban|ubnd|ban |lien minh|ngan hang|cuc |chi cuc|hoi |dai |bao (?!ve |dam |ton )|bao hiem|cong an|"
    r"thanh tra|truong |quy |van phong|mat tran|tinh doan|lien doan|trung tam|phong |cac so|cac co quan|don bien phong |"
    # a company's or an office's team by its capitalised name ("Nhóm Vận hành", "Nhóm Đối tác HTX"), not "nhóm hộ"
    r"nhom |"
    # a station of a Chi cục or a Trung tâm in the communes ("Trạm Thú y khu vực …", "Trạm Khuyến nông …")
    r"tram |"
    # a forest ranger unit, a national park ("Hạt Kiểm lâm khu vực Sìn Hồ", "Vườn quốc gia Phia Oắc - Phia Đén"); not
    # "hạt giống", "hạt điều"
    r"hat kiem lam\b|vuon quoc gia\b|"
    # a state company's farm, the unit that runs its plantations in a commune ("Nông trường Khe Sanh", "Lâm trường Sông
    # Đà", "Nông trường Cao su Hướng Phùng")
    r"nong truong (?=[a-z])|lam truong (?=[a-z])|"
    # a company's production unit ("Xí nghiệp Môi trường số 2", "Xí nghiệp Thủy nông Nam Đàn")
    r"xi nghiep (?=[a-z])|"
    # a seed or breeding farm, an experimental one, of a company or a province ("Trại giống Tả Van", "Trại giống cây
    # trồng tỉnh", "Trại thực nghiệm …"); not "trang trại" nor a camp
    r"trai (?:giong|thuc nghiem)\b|"
    # the accountant of a body, named by it ("Kế toán Liên hiệp", "Kế toán HTX Tân Tiến"), the chief one ("Kế toán
    # trưởng"): a post that does the row's work, as "Giám đốc …" does
    r"ke toan (?=[a-z])|"
    # … or its workshop ("Xưởng sơ chế Ea Tân", "Xưởng chiết xuất Hương Trà", "Xưởng Cơ khí"); printed "Xưởng", not
    # "Xuống giống"
    r"xuong (?=[a-z])|"
    # a trade office abroad ("Thương vụ Việt Nam tại Nhật Bản", "Thương vụ" as its own documents name it)
    r"thuong vu\b|"
    # a bank's transaction office typed short ("PGD NHCSXH khu vực Long Khánh", "PGD Agribank …")
    r"pgd (?=\S)|"
    # a trade union of a body ("Công đoàn Công ty", "Công đoàn Sở Tài chính", "Công đoàn ngành Nông nghiệp"); a mass
    # organisation's central committee ("Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "Trung ương Đoàn")
    r"cong doan (?=[a-z])|trung uong (?=hoi |doan\b|mat tran )|"
    # an association's club ("Câu lạc bộ Doanh nghiệp nông nghiệp", "Câu lạc bộ Giám đốc hợp tác xã")
    r"cau lac bo (?=[a-z])|"
    # a branch of an association ("Chi hội Chè Thanh Ba", "Chi hội Nông dân thôn Đông"); printed "Chi hội"; a hospital
    # ("Bệnh viện Y dược cổ truyền tỉnh", "Bệnh viện Đa khoa khu vực …")
    r"chi hoi (?=[a-z]{2,})|benh vien (?=[a-z])|"
    # a public service unit named "Nhà …" ("Nhà Thiếu nhi tỉnh", "Nhà Văn hóa Lao động tỉnh", "Nhà Văn hóa Thanh niên",
    # "Nhà xuất bản …", "Nhà máy …"); not a village's community house ("nhà văn hóa thôn"), a place
    r"nha (?=thieu nhi\b|van hoa (?:lao dong|thanh nien|thieu nhi)\b|xuat ban\b|may (?=[a-z]{2,}))|"
    # … a museum, a library of a level or by its name ("Bảo tàng tỉnh", "Thư viện tỉnh", "Bảo tàng Hồ Chí Minh")
    r"(?:bao tang|thu vien) (?=tinh\b|thanh pho\b|xa\b|phuong\b|quoc gia\b|[a-z]{2,})|"
    # a railway station of a branch, by its place ("Ga Lào Cai", "Ga Phố Lu"); printed "Ga" (not "gà")
    r"ga (?=[a-z]{2,})|"
    # a unit of the forces by its number or name ("Hải đoàn 32", "Hải đội 302", "Lữ đoàn 125", "Trung đoàn 888")
    rf"{_FORCES} (?=\d|[a-z])|"
    # a centre typed short before its field ("TT Khuyến nông tỉnh", "TT Khuyến công (Sở Công Thương)", "TT Dịch vụ nông
    # nghiệp", "TT Tư vấn và Hỗ trợ HTX", "TT Phục vụ hành chính công xã"); not "TT Đảng ủy", "TT HĐND" (a standing
    # committee, Thường trực)
    r"tt (?=khuyen (?:nong|cong)\b|dich vu\b|dvnn\b|dvth\b|xuc tien\b|y te\b|giong\b|ky thuat\b|quan trac\b|"
    r"cong nghe\b|phat trien\b|giao duc nghe\b|tu van\b|ho tro\b|phuc vu hanh chinh\b|van hoa\b|chinh tri\b)|"
    # a team of a Chi cục or a force ("Đội Quản lý thị trường số 4", "Đội QLTT số 4 (Chi cục QLTT tỉnh)"); printed "Đội"
    r"doi (?!ngu\b)(?=[a-z]{2,})|"
    # a department of a hospital, a health centre or a school ("Khoa Dược - Vật tư y tế", "Khoa Kiểm soát bệnh tật"),
    # printed "Khoa" before its capitalised field: not "khoa học"
    r"khoa (?!hoc\b)(?=[a-z]{2,})|"
    # a union of cooperatives ("Liên hiệp HTX Thương mại Thành phố", "Liên hiệp hợp tác xã …")
    r"lien hiep |"
    # an association ("Hiệp hội Du lịch tỉnh"); a cooperative named as a doer ("Hợp tác xã Nông nghiệp Dịch vụ Ea Kar Xanh",
    # only capitalised with its name: see ``starts_body``)
    r"hiep hoi |hop tac xa (?=\S)|htx (?=\S)|"
    # a sub-committee of a congress or a board ("Tiểu ban Văn kiện", "Tiểu ban Tổ chức - Phục vụ")
    r"tieu ban |"
    # a branch named first ("Chi nhánh Ngân hàng Chính sách xã hội tỉnh"; only where a name starts, not inside "Ngân hàng
    # Nhà nước chi nhánh khu vực 5"), a board's members as a class ("Các thành viên Ban Chỉ đạo gửi báo cáo …")
    r"(?<!\s)chi nhanh |(?:cac )?thanh vien (?:ban|to|hoi dong|doan|uy ban) |"
    # "P." for "Phòng" before a capitalised name, as offices type it ("P.Kinh tế", "P. Văn hóa - Xã hội")
    r"p\. ?(?=[a-z])|"
    # a cooperative's own organs (Luật Hợp tác xã 2023): "Hội đồng quản trị", "Ban kiểm soát", "Kiểm soát viên", "Giám
    # đốc hợp tác xã", "Kế toán hợp tác xã", "Đại hội thành viên"; "Ban quản trị" of the cooperatives it names, their
    # board as the 2003 law named it and offices still do ("Ban quản trị các HTX DVNN", "Ban quản trị HTX Tân Tiến")
    r"hoi dong quan tri\b|ban quan tri (?:cac )?(?:hop tac xa|htx)\b|ban kiem soat\b|kiem soat vien\b|ke toan (?:hop tac xa|htx)\b|dai hoi thanh vien\b|"
    r"cac don vi|cac to chuc|chu tich|thu truong|giam doc |bo |vu |vien (?!tro\b)|tong cuc|chinh phu|thu tuong|tap chi |"
    # a post that leads, as plans name their officers ("Giám đốc chủ trì …", "Đ/c Phó Chủ tịch UBND xã phụ trách kinh tế
    # chủ trì …", "Cụm trưởng chủ trì …"): the deputy, the comrade so addressed, an emulation cluster's head (not a team's
    # "Tổ trưởng", who acts for the team a heading names)
    r"(?:d/c |dong chi )(?=(?:pho )?(?:chu tich|giam doc|bi thu|truong))|pho (?=chu tich|giam doc|tong giam doc|truong phong|hieu truong|vien truong)|"
    # … a school's or an institute's head, as its own plans name him ("Hiệu trưởng chỉ đạo chung", "Phó Hiệu trưởng
    # phụ trách bán trú …")
    r"tong giam doc\b|giam doc$|cum (?:truong|pho)\b|hieu truong\b|vien truong\b|"
    r"cong chuc |doan |cac ban[ ,]|cac phong[ ,]|cac doan the |chu dau tu |cac chu dau tu |" + COMMUNE_OFFICER + "|"
    # the heads of the plan's teams or villages as a class ("Các trưởng nhóm nộp …", "Các tổ trưởng …")
    r"cac (?:truong (?:nhom|thon|ban|ap)|(?:to|nhom|doi) truong)\b|"
    # the local governments of a level as a class, their UBND left unsaid ("Các xã, phường có làng nghề bố trí …",
    # "các huyện, thành phố chỉ đạo …")
    r"cac (?:xa|phuong|thi tran|huyen|thi xa|dac khu)[ ,]|"
    # an HĐND's own bodies ("Thường trực Hội đồng nhân dân tỉnh", "các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh")
    r"thuong truc |(?:cac )?to dai bieu |"
    # the working groups a decision sets up ("Tổ công tác …", "Tổ giúp việc Ban Chỉ đạo"), not "tổ hợp tác", "tổ chức"
    r"to (?:cong tac|giup viec|thu ky|chuyen gia|kiem tra|khuyen nong)\b|"
    # a project board's or a unit's team by its capitalised name ("Tổ Phát triển chuỗi giá trị", "Tổ Kế toán"); printed
    # "Tổ" and a capital: not "tổ hợp tác", "tổ chức", "tổ dân phố"
    r"to (?!chuc\b|hop tac\b|dan pho\b|dai bieu\b)(?=[a-z]{2,})|"
    # one cooperative group by its work and its place ("Tổ hợp tác trồng dưa lưới thôn Hòa Diêm"; ``_NAMED_GROUP``)
    r"(?:to hop tac|tht) (?=(?:(?!duoc |da |co |cac |cua |tren |tai |o )[a-z]+ ){1,6}(?:thon|xa|phuong|ban|ap|buon|lang|"
    r"khu|xom|khom) [a-z])|"
    # the Front and the youth union of a level, as plans abbreviate and name them ("UB MTTQ huyện", "Huyện đoàn")
    r"ub ?mttq(?: ?vn)? |huyen doan|thanh doan|"
    # the Party's organs (Hướng dẫn 36-HD/VPTW; Quy định 24-QĐ/TW): "Các cấp ủy, tổ chức đảng", "Cấp ủy các xã, phường",
    # "Đảng ủy Ủy ban nhân dân tỉnh", "Đảng đoàn Liên minh Hợp tác xã tỉnh", "Ban cán sự đảng …", "Chi bộ …"
    r"(?:cac )?cap uy\b|(?:cac )?to chuc dang\b|(?:cac )?dang uy\b|dang doan |ban can su dang |(?:cac )?chi bo\b|"
    # … and a branch's own committee, "Chi ủy" (Điều lệ Đảng: a branch of nine members or more elects one)
    r"chi uy\b(?! vien)|"
    # the Ministry of Finance's units in the provinces as renamed in 2025 ("Thuế tỉnh Gia Lai", "Thuế cơ sở 2 tỉnh …",
    # "Thống kê tỉnh …", "Kho bạc Nhà nước khu vực XIII", "Hải quan khu vực …")
    + _FINANCE_UNITS + "|" + _ENTERPRISE
)


#: the socio-political organisations and the associations every commune has, by the words after "Hội" ("Hội Nông dân",
#: "Hội Cựu chiến binh"), in lower case; a level's body of them is named by these words and its level
_MASS_ORGANISATIONS = ("nông dân", "phụ nữ", "liên hiệp phụ nữ", "cựu chiến binh", "người cao tuổi", "chữ thập đỏ",
                      "khuyến học")


#: bodies' names as offices type them short, never spelt out: the usual abbreviations of Vietnamese administrative
#: documents (Nghị định 30/2020/NĐ-CP leaves abbreviations to the drafter, and offices use the usual ones bare: "Đề
#: nghị LMHTXVN …", "LMHTX tỉnh chủ trì", "NHCSXH tỉnh", "NHNN"), read from the one table of abbreviations, the glossary
#: (generator/data/glossary.json): each printed spelling of a term whose long form is a body's name ("Liên minh Hợp tác
#: xã", "Ngân hàng Chính sách xã hội") → that long form; not those read as printed already ("UBND", "UB MTTQ": the
#: registry and the matcher know them), nor a field inside a name ("Sở NN&MT", "Trung tâm VH-TT&TT huyện" stay as
#: printed). A document's own definitions ("(LMHTX tỉnh)", a legend) come first.
COMMON_SHORT: dict[str, str] = {
    short: term["long"] for term in glossary() for short in [term["abbr"], *term.get("forms", [])]
    if re.match(_TYPE_START + ")", fold(term["long"]) + " ") and not re.match(_TYPE_START + ")", fold(short) + " ")}
#: they start a body's name ("LMHTX tỉnh chủ trì …", "Đề nghị NHCSXH tỉnh …"), as a whole word ("LMHTX", not
#: "LMHTXVN"'s first letters)
_SHORT_START = "|".join(sorted((re.escape(fold(short)) + r"(?![\w&])" for short in COMMON_SHORT), key=len, reverse=True))
_AGENCY_START = re.compile(_TYPE_START + "|" + _SHORT_START + ")")
#: one-word types of bodies, printed: folding makes other words look like them ("Bố trí", "Bổ sung" and "Bộ" all fold to
#: "bo"; "Số hóa", "Sơ kết" to "so"; "Quý IV" to "quy"; "Phỏng vấn" to "phong"), so a name starts with the type word itself
_TYPE_WORDS = {"so": ("sở",), "ban": ("ban",), "cuc": ("cục",), "hoi": ("hội",), "dai": ("đài",), "bao": ("báo",),
               "quy": ("quỹ",), "phong": ("phòng",), "bo": ("bộ",), "vu": ("vụ",), "vien": ("viện",), "doan": ("đoàn",),
               "truong": ("trường", "trưởng"), "tram": ("trạm",), "doi": ("đội",), "to": ("tổ",),
               "khoa": ("khoa",), "ga": ("ga",), "nhom": ("nhóm",),
               "xuong": ("xưởng",)}
#: a team numbered after its work ("Tổ khám số 1", "Đội tiêm số 1", "Tổ công tác số 3", "Nhóm thiết kế 1") or by its
#: number alone ("Tổ số 1"), in lower case
NUMBERED_TEAM = r"(?:tổ|đội|nhóm|kíp) (?:[a-zà-ỹđ]+ ){0,3}số \d{1,2}|(?:tổ|đội|nhóm|kíp) (?:[a-zà-ỹđ]+ ){1,3}\d{1,2}\b"
#: a post that leads by itself, no body's name after it ("Giám đốc chủ trì …", "Cụm trưởng, Cụm phó …", "Đ/c Phó Chủ
#: tịch UBND xã …"), as printed in lower case
_POST_ALONE_PRINTED = (r"(?:đ/c |đồng chí )?(?:phó )?(?:chủ tịch|giám đốc|tổng giám đốc|hiệu trưởng|viện trưởng)"
                       r"|cụm (?:trưởng|phó)")  # a school's or an institute's head as a company's director
#: and then its name, capitalised (Nghị định 30/2020/NĐ-CP, Phụ lục II: a body's kind and field are capitalised: "Bộ Tài
#: chính", "Ban Quản lý …", "Báo Cao Bằng", "Hội Nông dân"), or a kind of body of two words in lower case ("Hội đồng …",
#: "Ban chỉ đạo …", "Trưởng các thôn"); not a common word that starts the same ("Ban hành", "Báo cáo", "Hội nghị",
#: "Phòng chống", "Trường hợp", "Bộ phận", "Đoàn kết")
_TYPE_GOES_ON = re.compile(r"^(?:hội đồng|bộ (?:đội|chỉ huy)|đài (?:truyền thanh|phát thanh|truyền hình)|ban (?:nhân dân|chỉ đạo|quản lý|quản trị (?:các )?(?:hợp tác xã|htx)|thường vụ|điều hành|tổ chức|công tác|cán sự đảng|kiểm soát|"
                           r"tự quản)|tổ (?:khuyến nông|kỹ thuật|bảo vệ|công tác|giúp việc|thư ký|chuyên gia|kiểm tra|"
                           # … or by what it runs ("Tổ quản lý cống Kênh Ranh", "Tổ vận hành trạm bơm")
                           r"quản lý|vận hành|"
                           # … a team by its work ("Các Tổ tư vấn", "Tổ hòa giải các thôn", "Tổ khảo sát")
                           r"tư vấn|hòa giải|hoà giải|khảo sát|giám sát|thẩm định|tuyên truyền|vận động)|"
                           # a station typed in lower case after its type ("Trạm khuyến nông (TT Dịch vụ NN tỉnh)", "Trạm y
                           # tế xã", "Trạm thú y khu vực")
                           r"trạm (?:khuyến nông|y tế|thú y|bảo vệ thực vật|trồng trọt|chăn nuôi)|"
                           # the heads of a class of groups, as a doer ("Tổ trưởng các tổ hợp tác", "Tổ trưởng các tổ
                           # sản xuất")
                           r"tổ trưởng (?:các|những)|kế toán trưởng|"
                           # a workshop by its work ("Xưởng sơ chế Ea Tân", "Xưởng chế biến số 2")
                           r"xưởng (?:sản xuất|sơ chế|chế biến|chiết xuất|cơ khí|sửa chữa|đóng gói|sấy|in|may)\b|"
                           rf"{NUMBERED_TEAM}|"
                           r"đoàn (?:kiểm tra|công tác|thanh niên|đại biểu|giám sát|khảo sát|(?:các )?(?:xã|phường|thị trấn|đặc khu))|"
                           r"quỹ (?:hỗ trợ|đầu tư|bảo lãnh|phát triển|tín dụng|bảo vệ)|phòng giao dịch|"
                           # a level's socio-political organisation in lower case ("Hội nông dân xã", "Hội phụ nữ phường")
                           rf"hội (?:{'|'.join(_MASS_ORGANISATIONS)})|"
                           r"trưởng (?:các|ban|phòng|thôn|ấp|bản|khu|tổ|đoàn)|trường (?:cao đẳng|đại học|trung cấp|chính trị)|"
                           # a post needs no name after it ("Giám đốc chủ trì", "Cụm trưởng, Cụm phó tổng hợp …", "Đ/c Phó
                           # Chủ tịch UBND xã …")
                           rf"{_POST_ALONE_PRINTED}|"
                           # a unit's section by its work in lower case ("Bộ phận văn phòng Đội", "Bộ phận kế toán", a
                           # company's or a union's "Bộ phận kinh doanh"; not "bộ phận" of a thing)
                           r"bộ phận (?:văn phòng|kế toán|hành chính|nghiệp vụ|kỹ thuật|kinh doanh|nhân sự|thu mua|bán hàng|"
                           r"sản xuất|kho|tổng hợp|văn thư|marketing|chất lượng))"
                           r"(?=$|[\s,.;:])")




#: a level's socio-political organisations (and the associations every commune has), however typed, with their level,
#: folded: "Hội nông dân xã", "hội phụ nữ phường", "đoàn thanh niên xã", "Hội cựu chiến binh xã"
_MASS_BODY_OF_LEVEL = re.compile(rf"(?:hoi (?:{'|'.join(map(fold, _MASS_ORGANISATIONS))}|lhpn|ccb)|doan (?:thanh nien|tn)|"
                                 r"(?:uy ban )?mat tran to quoc|(?:uy ban |ub )?mttq) "
                                 r"(?:xa|phuong|thi tran|dac khu|huyen|quan|thi xa|tinh|thanh pho)")


#: a unit of the forces by its number, folded ("hải đoàn 32", "lữ đoàn 125")
_FORCES_UNIT = re.compile(rf"{_FORCES} \d{{1,4}}\b")


#: a commune's or ward's own offices since 1 July 2025 (Nghị định 150/2025/NĐ-CP: Văn phòng HĐND và UBND, Phòng Kinh tế or
#: Phòng Kinh tế, Hạ tầng và Đô thị, Phòng Văn hóa - Xã hội), which the commune's own texts often type in lower case
#: ("phòng kinh tế", "phòng văn hóa - xã hội"), and the heads of its villages ("trưởng các bản"); folded
COMMUNE_OFFICE = re.compile(r"^(?:(?:phong|p\.) ?(?:kinh te(?:,? ha tang va do thi)?|van hoa ?[-–] ?xa hoi)"
                            # … and the heads of its villages, typed so too ("trưởng các bản", "trưởng thôn")
                            r"|truong (?:cac )?(?:thon|ban|ap|buon|bon|to dan pho|khu pho|xom|khom|phum|soc))(?=$|[\s,.;:()])")


#: a cooperative's field typed in lower case, then its proper name ("HTX chè Nà Tăm", "HTX nông nghiệp Tân Lập", "HTX
#: dịch vụ nghề cá Tam Thanh"); not a class ("HTX thành viên Ban …", "HTX được hỗ trợ", "HTX có …")
_FIELD_THEN_NAME = re.compile(r"(?!(?:thành viên|được|có|đã|đang|chưa|tham gia|trên|tại|ở|của|và|làm|này|đó|các)\b)"
                              r"[a-zà-ỹđ]+(?: (?!(?:ở|tại|của|cho|trên|và|các|thôn|xã|phường|bản|ấp|tổ)\b)[a-zà-ỹđ]+){0,3} "
                              r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]")


def starts_body(text: str, *, named: bool = True) -> bool:
    """``text`` starts like a body's name: a unit type (``_AGENCY_START``); a one-word type printed as that word (or
    typed without its marks: "Vu Kế hoạch"), not another word that folds like it ("Bộ", not "Bố trí"); with ``named``,
    followed by its name (a capitalised word, "và" and one, or a kind of body of two words), not by a common word
    ("Ban hành", "Báo cáo")."""
    text = text.strip()
    folded = fold(text)
    if COMMUNE_OFFICE.match(folded) or LOWER_LEVEL_BODY.match(folded):
        return True
    plural = _PLURAL.match(text)
    if plural and not _AGENCY_START.match(folded):  # "Các Thuế cơ sở", "Các Chi cục", "Các Trạm KN khu vực": every
        return starts_body(text[plural.end():])    # body of that type, a class as its type is printed
    if _NAMED_GROUP.match(text):
        return True  # one cooperative group by what it does and where: "Tổ hợp tác trồng dưa lưới thôn Hòa Diêm"
    if not _AGENCY_START.match(folded) or _CROP_SEASON.match(folded):  # "Vụ Đông Xuân …" is a season
        return False
    if folded.startswith("chi nhanh ") and not text.startswith("Chi"):
        return False  # "… Nhà nước | chi nhánh khu vực 5": a branch inside a name goes on it
    if folded.startswith("hop tac xa "):  # one cooperative by its name, "Hợp tác xã Nông nghiệp …", not "hợp tác xã được …"
        words = text.split()
        return text[:1] == "H" and len(words) > 3 and words[3][:1].isupper()
    if folded.startswith("ke toan "):  # the accountant of a body named after it ("Kế toán Liên hiệp", "Kế toán HTX A"),
        words = text.split()            # or the chief one ("Kế toán trưởng"); not "kế toán viên", "Kế toán các khoản"
        return words[0] == "Kế" and len(words) > 2 and (words[2][:1].isupper() or words[2] == "trưởng"
                                                        or fold(" ".join(words[2:4])) in ("hop tac", "htx"))
    if folded.startswith("htx "):  # … typed short: "HTX Bưởi Phúc Trạch Hương Khê", not "HTX thành viên"
        words = text.split()
        return words[0] == "HTX" and len(words) > 2 and (words[1][:1].isupper() or _FIELD_THEN_NAME.match(text[4:]) is not None)
    if _PARTY.match(folded) and not _PARTY_PRINTED.match(text.lower().replace("uỷ", "ủy")):
        return False  # "Tổ chức đăng ký …", "Chỉ bổ sung …" only fold like a Party organ
    words = text.split(maxsplit=2)
    word = words[0].rstrip(",.;:") if words else ""
    printed = _TYPE_WORDS.get(fold(word))
    if printed is None or _TWO_WORD_START.match(folded):
        return True
    lower = word.lower().replace("uỷ", "ủy")
    if lower not in printed and (lower != fold(lower) or (word.isupper() and len(word) > 1)):
        return False  # another word that folds like it; or a code in capitals ("SO - Dùng điểm mạnh …": no "Sở")
    if not named or len(words) < 2 or words[1][:1].isupper() or not words[1][:1].isalpha():
        return True
    if fold(words[1]) in ("va", "phan") and len(words) > 2 and words[2][:1].isupper():
        return True  # "Báo và Phát thanh, Truyền hình …"; a unit's section by its name, "Bộ phận Tổng hợp", "Bộ phận Một cửa"
    return bool(_TYPE_GOES_ON.match(text.lower()))


#: a cooperative group named by its work and its place, the place capitalised ("Tổ hợp tác trồng dưa lưới thôn Hòa
#: Diêm", "THT hồ tiêu làng Ia Ring"); not the class ("tổ hợp tác được thành lập …")
_NAMED_GROUP = re.compile(rf"^(?:[Tt]ổ hợp tác|THT) (?:(?!được |đã |có |các |của )[a-zà-ỹđ]+ ){{1,6}}(?:(?:thôn|xã|phường|bản|ấp|"
                          rf"buôn|làng|khu|tổ dân phố|xóm|khóm) )?[{CAPITAL}]")  # … or by its place's name alone ("THT
#                                                                                 nuôi trai Rạch Tràm")


#: a body's type typed in lower case before its name, as offices type it inside a sentence ("giao sở Khoa học và Công
#: nghệ chủ trì", "sở Công Thương chủ trì", "phòng Kinh tế, Hạ tầng và Đô thị hướng dẫn …"): Nghị định 30/2020/NĐ-CP
#: capitalises the type, but the capitalised name after it still says it is a body's name (not "phòng chống", "ban hành")
LOWER_TYPE = rf"(?:sở|phòng|cục|chi cục|trung tâm|văn phòng|ban|quỹ|hội|trạm|đài|tổ|đội|bộ phận|công chức)\s+(?=[{CAPITAL}])"
#: the plural before a body's type, capitalised as a name's type is ("Các Chi cục", "Những Trạm …"), or the type in lower
#: case before the capitalised name all the bodies of that type share ("Các trạm Trồng trọt và BVTV khu vực", "các đội
#: Quản lý thị trường")
_PLURAL = re.compile(rf"^(?:[Cc]ác|[Nn]hững)\s+(?=[{CAPITAL}]|{LOWER_TYPE})")


#: unit types of two words whose first folds like a one-word type ("Bảo hiểm xã hội", "Bảo tàng tỉnh", "Viễn thông …", a
#: bank's "Phòng giao dịch")
_TWO_WORD_START = re.compile(r"^(?:bao hiem|bao tang|vien thong|phong giao dich)\b")


#: national bodies (Bộ, Vụ, Viện, Tổng cục) are named only in running case ("Bộ Tài chính"), so that
#: a capitalised heading ("BỐ TRÍ KINH PHÍ") or "bộ phận" never reads as one
_NATIONAL_START = re.compile(r"^(?:bo(?! phan\b)|vu|vien(?! thong)|tong cuc) ")
#: a crop season, capitalised as its name is ("Vụ Đông Xuân 2026 - 2027", "vụ Hè Thu"): no ministry's department (folded)
_CROP_SEASON = re.compile(r"^vu (?:dong xuan|he thu|thu dong|xuan he|mua|chiem|dong|xuan|he|thu)\b")
_GOVERNMENT = {"chinh phu", "thu tuong chinh phu", "thu tuong"}
#: the word before a verb that makes it what a committee, a team, a council or a delegation is for ("Ban tổ chức", "Tổ
#: kiểm tra", "Hội đồng thẩm định", "Đoàn giám sát"), or the session it serves ("Tổ thư ký kỳ đánh giá", "… kỳ kiểm
#: tra"): one of its name's words, not the sentence's verb
_COMMITTEE_WORD = r"(?<![Bb]an )(?<![Tt]ổ )(?<![Đđ]ồng )(?<![Đđ]oàn )(?<![Kk]ỳ )"
#: a verb that ends a printed agency name ("Cục … chủ trì", "Cục … có trách nhiệm"): lower case only,
#: so a name's own capitalised words ("Sở Kế hoạch và Đầu tư", "Chi cục Trồng trọt") are kept; nor the
#: nouns these words also are ("Chủ đầu tư", "nhà đầu tư", "Các tổ chức tín dụng", "Trung tâm Xúc tiến đầu tư,
#: thương mại và du lịch", "Ban Quản lý dự án đầu tư xây dựng"); nor the word right after "Ban", "Tổ", "Hội đồng" that
#: names what the committee is for ("Hội đồng thẩm định", "Tổ kiểm tra", "Ban tổ chức", "Ban chỉ đạo", "Đoàn giám sát")
_NAME_END = re.compile(r"(?<![Cc]hủ)(?<![Nn]hà)(?<![Cc]ác)\s(?:(?i:chủ trì|phối (?:kết )?hợp|có trách nhiệm|chịu trách nhiệm)|chủ trì|có trách nhiệm|chịu trách nhiệm|phối (?:kết )?hợp|là cơ quan|làm đầu mối|chủ động|"
                       # a body that pledges the work, in a plan of pledges ("Ban Kết nối thị trường cam kết lập nhóm …")
                       r"cam kết|"
                       # "làm" as the role alone, after the work said before ("… . Văn phòng Quỹ làm thường xuyên.",
                       # "công chức Kinh tế làm, báo cáo …"): at a clause's end or before its time (not "Việc làm", a
                       # name's words: "Phòng Lao động - Việc làm")
                       # … or before the count of what it makes ("Trung tâm Khuyến nông làm 06 mô hình …")
                       r"(?<![Vv]iệc )làm(?=\s*(?:[,;.]|$)|\s+(?:thường xuyên|ngay|trong|trước|xong|cuối|từ|hằng|định kỳ)\b|\s+\d)|"
                       rf"triển khai|thực hiện|(?<!các ){_COMMITTEE_WORD}tổ chức(?! đảng| tín dụng| chính trị| kinh tế| quốc tế| đoàn thể)|(?<!đầu tư )xây dựng|(?<![Xx]ây )dựng(?= )|nghiên cứu|tham mưu|rà soát|hướng dẫn|đề xuất|"
                       rf"theo dõi|{_COMMITTEE_WORD}kiểm tra|tuyên truyền|hỗ trợ|{_COMMITTEE_WORD}chỉ đạo|tập trung|{_COMMITTEE_WORD}đánh giá|báo cáo|ban hành|"
                       # handling cases ("UBND các xã | xử lý các trường hợp …", "Đội quản lý thị trường | xử lý vi
                       # phạm"; not a team named by it, "Tổ xử lý vi phạm", nor a board's, "Ban Chỉ đạo xử lý …")
                       r"(?<![Tt]ổ )(?<![Đđ]ội )(?<!đạo )xử lý(?! (?:nước|rác|chất thải|nợ)\b)|"
                       r"cân đối|bố trí|(?<![Xx]úc tiến )(?<!dự án )(?<![Qq]uản lý )đầu tư|hoàn thiện|tổng hợp|tiến hành|(?<![Bb]an )(?<!tuần tra )kiểm soát|tập huấn|"
                       # the verbs that open a duty in plans ("Sở Tài chính lập danh mục …", "Viễn thông … cung cấp …",
                       # "Báo … mở chuyên mục …", "… là đầu mối …"); "lập" not inside "thành lập"; "là" not the
                       # pressing of "giặt là" (laundry: "Tổ Giặt là - Buồng phòng", "HTX Dịch vụ giặt là …"); "chốt"
                       # (settles: "Phòng Kinh doanh chốt với từng trường …", "… chốt danh sách"; not a checkpoint's
                       # "chốt kiểm dịch")
                       r"(?<![Gg]iặt )là|chốt(?! kiểm)|(?<!thành )(?<!thiết )lập|thiết lập|thành lập|tiếp nhận|(?<![Cc]hứng )(?<![Xx]ác )(?<![Cc]ông )(?<![Tt]hừa )(?<![Gg]hi )nhận(?= (?:hồ sơ|báo cáo|mẫu|đăng ký|bàn giao|hàng|kinh phí|vốn))|giải quyết|cung cấp|mở|căn cứ|tạo điều kiện|nắm bắt|"
                       # the bodies asked in the passive ("Ủy ban MTTQ …, các đoàn thể | được đề nghị vận động …"), or
                       # given the lead ("Các phòng, chi cục thuộc Sở | được giao chủ trì nhiệm vụ …")
                       r"được (?:đề nghị|yêu cầu)|được giao(?= (?:chủ trì|thực hiện|phụ trách)\b)|"
                       # the body on duty in a roster ("Tháng 01/2027: Ban Pháp chế - Kiểm tra | trực; cùng trực: …";
                       # not "Thường trực", "trực thuộc", "trực tiếp")
                       r"(?<![Tt]hường )trực(?=\s*[;,.]|\s+(?:lần|tại|vào|buổi|ca)\b)|"
                       # its partner after "kết hợp với" ("Ban Tuyên giáo | kết hợp với Báo …"), the places it goes to
                       # ("Ban Tổ chức - Kiểm tra | về 06 xã, phường xem …")
                       r"kết hợp(?= với\b)|về(?= (?:\d{1,3}|các|tận) )|"
                       # the time of a partner's share, a condition after its name ("p/h Sở NN&MT | khi có vướng mắc …")
                       r"khi(?= (?:có|cần|phát sinh|xảy ra)\b)|"
                       # "gom" for "tổng hợp", as a commune's or an office's plan says it plainly ("Phòng Kinh tế gom kết
                       # quả của các đơn vị, …"; not a team's name, "Tổ thu gom rác")
                       r"(?<![Tt]hu )gom(?= (?:kết quả|báo cáo|số liệu|ý kiến|phản hồi|hồ sơ|danh sách|thông tin)\b)|"
                       r"vận động|gửi|(?<![Vv]ận )chuyển|làm việc|đôn đốc|cập nhật|vận hành|phổ biến|quán triệt|tăng cường|đẩy mạnh|huy động|"
                       rf"bảo đảm|đảm bảo|cho vay|kiện toàn|phát huy|{_COMMITTEE_WORD}biên soạn|{_COMMITTEE_WORD}biên tập|ra (?:quyết định|thông báo|văn bản)|tiếp tục|hoàn thành|nghiêm túc|"
                       rf"khẩn trương|xác nhận|ưu tiên|{_COMMITTEE_WORD}thẩm định|niêm yết|{_COMMITTEE_WORD}giám sát|giới thiệu|{_COMMITTEE_WORD}(?<![Hh]ỗ trợ )(?<![Cc]huyên gia )tư vấn|{_COMMITTEE_WORD}khảo sát|{_COMMITTEE_WORD}lấy mẫu|đối chiếu|(?<![Bb]iên )(?<![Tt]òa )(?<![Tt]oà )soạn(?: thảo)?|thiết kế|phân công|nhập(?= (?:kết quả|dữ liệu|số liệu|thông tin|hồ sơ))|lựa chọn|phê duyệt|công bố|"
                       r"xúc tiến|phân công|(?<![Tt]ổ )(?<![Tt]rợ )giúp(?! pháp lý)|(?<!làm )đầu mối|phát động|xác định|giải ngân|(?<![Đđ]ược )(?<![Cc]huyển )giao(?! dịch| thông| thương| lưu| nhận| tiếp| ban)|"
                       # sending someone, publishing ("… tỉnh cử đại diện tham gia", "Văn phòng … đăng tải Kế hoạch …"),
                       # not the electoral board's name ("Ủy ban bầu cử")
                       r"(?<!bầu )cử|đăng tải|"
                       # writing and broadcasting ("Ban Tuyên giáo viết tin, bài …", "Đài … phát sóng …"), considering
                       # ("Ngân hàng … xem xét …"), planning ("Phòng Quản lý ngân sách dự kiến phương án …"), a
                       # station's vaccination ("Trạm Thú y … tiêm phòng …"), promoting ("Phòng Văn hóa - Xã hội quảng bá
                       # …"; not a centre's "… thương mại và quảng bá du lịch"), declaring ("Các HTX … kê khai …"),
                       # withdrawing ("phòng Đăng ký kinh doanh thu hồi giấy chứng nhận")
                       r"viết|phát sóng|xem xét|dự kiến|tiêm phòng|tiêm|(?<!và )quảng bá|kê khai|thu hồi|"
                       # publishing ("… phối hợp Nhà xuất bản Văn hóa dân tộc | xuất bản …"; not the publisher's type)
                       r"(?<![Nn]hà )xuất bản|"
                       # reckoning a sum ("… cùng Phòng Tài chính - Kế toán | tính thiệt hại …", "… tính giá thành")
                       r"tính(?= (?:thiệt hại|toán|giá|lãi|phí|thuế|tiền|chi phí|sản lượng)\b)|"
                       # grading entries ("Hội đồng chuyên môn chấm chọn …", "Ban Giám khảo chấm điểm …"); a body set up
                       # by someone, said after its name ("Hội đồng chuyên môn do Giám đốc Trung tâm thành lập …")
                       rf"chấm(?= (?:chọn|điểm|thi|bài|hồ sơ|giải))|(?<!tự )do(?= [{CAPITAL}])|"
                       # printing ("Phòng Hành chính - Tổng hợp in 3.000 tờ gấp …", "Văn phòng Hội in tài liệu …"): before
                       # what is printed, a number or a printed thing, never a name's word ("Nhà in", "Xí nghiệp In")
                       r"in(?= (?:\d|(?:tờ|tài liệu|ấn|sổ|cuốn|băng rôn|pa nô|áp phích|biểu mẫu|mẫu|giấy|bản|lịch|nhãn|bao bì)\b))|"
                       # finishing, measuring, reporting news, supplying, steering the press ("Phòng Hành chính - Tổng
                       # hợp | hoàn tất thủ tục …", "Tổ Kỹ thuật - Mặt bằng | đo vẽ …", "Chi hội … | đo đếm …", "phòng
                       # VH-XH | đưa tin …", "TT Khuyến nông | cung ứng …", "Phòng Tuyên truyền - Báo chí | định hướng …",
                       # "Trưởng các bản | thông báo …", "Công an các xã | thống kê …", "Đội … | diễn tập …", "Các hợp tác
                       # xã được kiểm tra | khắc phục …", "Phòng Quy hoạch - Xây dựng | sửa chữa …", "Trung tâm … | thu gom …", "Tổ Vệ sinh môi trường | lắp đặt …"; not a name's field: "Chi cục thống kê", "Phòng Nghiệp vụ thống kê
                       # là …", "Phòng Thu thập thông tin thống kê")
                       # … and monitoring ("Chi cục Thủy sản | quan trắc môi trường nước …"; not a station's or a centre's
                       # field typed in lower case: "Trạm quan trắc …", "Trung tâm quan trắc …")
                       r"(?<![Tt]rạm )(?<![Tt]rung tâm )quan trắc|"
                       r"hoàn tất|đo đạc|đo đếm|đo vẽ|đưa tin|ghi chép|cung ứng|định hướng|thông báo|(?<![Cc]ục )(?<!vụ )(?<!tin )thống kê(?=\s+(?!là\b|chủ trì\b|phối hợp\b|có trách nhiệm\b|thực hiện\b|và\b)[a-zà-ỹđ])|"
                       r"diễn tập|khắc phục|sửa chữa|thu gom|lắp đặt|"
                       # agreeing on what to do ("… làm việc với Liên minh HTX tỉnh, | thống nhất cử cán bộ …")
                       r"thống nhất(?= [a-zà-ỹđ])|"
                       # extracting data, seeing to the money or the transport ("Phòng Cơ sở dữ liệu | trích xuất các điểm
                       # …", "Phòng Hành chính - Tổng hợp | lo kinh phí, xe …")
                       r"trích xuất|lo(?= (?:kinh phí|hậu cần|phương tiện|xe|chỗ|nơi|ăn|hội trường))|"
                       # doing paperwork, tilling and noting ("Phòng Bảo quản | làm thủ tục …", "Phòng Kinh tế | làm hồ sơ
                       # …", "HTX Tân Tiến | làm đất …", "Các HTX, THT nuôi chim yến | ghi đầy đủ nhật ký …"); not the
                       # work a class does, part of its name ("UBND các xã có HTX làm dịch vụ thủy lợi"), nor a team
                       # named by its work ("Tổ làm đất - gặt đập"), nor "ghi chú", "ghi nhận"
                       r"làm(?= (?:thủ tục|hồ sơ|rõ|cầu nối|văn bản|tờ trình))|(?<![Tt]ổ )(?<![Đđ]ội )làm(?= đất\b)|"
                       r"ghi(?! chú| nhận)|"
                       # inviting ("Ban Tuyên truyền - Đào tạo mời báo cáo viên …")
                       r"mời|(?<!lựa )(?<!xét )(?<!tuyển )(?<!bình )chọn|"
                       # publishing, signing, handing in ("Văn phòng Sở | đăng công khai …", "Liên hiệp … | ký hợp đồng …",
                       # "Các HTX … | nộp báo cáo …"); not a registration office's name ("Văn phòng đăng ký đất đai")
                       r"đăng(?! ký| kiểm| tải)|(?<![Pp]hòng )(?<!vụ )đăng ký|ký(?= (?:kết|hợp đồng|cam kết|thỏa thuận|biên bản|xác nhận))|(?<!người )nộp|"
                       # keeping order, informing ("Ban tự quản các thôn | bảo vệ vườn …", "Ban điều hành các ấp | giữ an
                       # ninh …", "Chi cục PTNT | thông tin kịp thời …", "phòng Văn hóa - Xã hội | thông tin giá cam …");
                       # not "Ban bảo vệ dân phố", "Trung tâm Công nghệ thông tin", "Cổng thông tin", "Hệ thống thông
                       # tin", "Phòng Văn hóa thông tin", "Tổ Nghiệp vụ văn hóa - thông tin", "Phòng Thu thập thông tin
                       # thống kê"
                       r"(?<![Bb]an )(?<!lực lượng )(?<![Qq]uản lý )bảo vệ|giữ|(?<![Nn]ghệ )(?<![Cc]ổng )(?<![Tt]rang )(?<![Tt]hống )(?<![Hh]óa )(?<![Hh]óa - )(?<![Hh]oá - )(?<![Tt]hập )(?<![Cc]ấp )(?<![Ll]ý )thông tin(?!\s+(?:điện tử|và|truyền thông))|"
                       # keeping watch, supplying, following ("Chi cục … | trực 24/24 giờ", "Chi cục … | cấp hóa chất …",
                       # "phòng KT | nắm tiến độ …"); not "trực thuộc", "cấp tỉnh", "nắm bắt" (listed above)
                       r"trực(?=\s+(?:\d|ban|tại|ứng|điện))|cấp(?=\s+(?:phát|hóa chất|giống|vật tư|kinh phí|vốn|giấy|mã|"
                       r"cho|miễn phí|bù))|nắm(?! bắt)|"
                       # the partner named after the lead ("Phòng Chính sách dân tộc cùng Liên minh … hỗ trợ …", "Trạm …
                       # cùng các tổ tự quản tuần tra"), or a cooperative as a class without "các" ("Phòng Ươm tạo cùng hợp
                       # tác xã có bài toán …"): the lead ends there, "cùng" names its partner (not "cùng cấp")
                       rf"cùng(?=\s+(?:với\s+)?(?:[{CAPITAL}]|các\s|(?:hợp tác xã|tổ hợp tác)\s|{LOWER_TYPE}))|"
                       # taking part with the others ("mời phòng Kinh tế | cùng tham gia"); not a class that takes
                       # part ("Các doanh nghiệp, hợp tác xã tham gia chuỗi liên kết")
                       r"cùng tham gia|"
                       # the verbs of preparing, settling and reviewing ("Văn phòng Sở chuẩn bị hội trường …", "… sơ kết,
                       # tổng kết …", "… quyết toán kinh phí …"); none of them a word of a unit's name in lower case
                       rf"chuẩn bị|phân bổ|sắp xếp|bổ sung|soạn thảo|dự thảo|liên hệ|lồng ghép|{_COMMITTEE_WORD}nghiệm thu|quyết toán|dự trù|"
                       # making a plan concrete ("Các tổ chức chính trị - xã hội phường | cụ thể hóa nội dung …")
                       r"cụ thể h(?:óa|oá)|"
                       # handing over ("Phòng Kinh tế | bàn giao hiện trường …"), not "giao" after its first word
                       r"bàn giao|"
                       r"sơ kết|tổng kết|tiếp đón|đón tiếp|"
                       # connecting, advancing and paying funds, sharing ("Phòng QLTM | kết nối các HTX …", "Phòng Hành
                       # chính - Kế toán | tạm ứng …", "Phòng Tài vụ - Quản trị | thanh toán tiền …", "Quỹ … | chi trả
                       # …", "Ngân hàng … | chia sẻ kết quả …"), dredging ("cùng các HTX | nạo vét kênh …"), setting
                       # aside ("Các siêu thị … | dành quầy, kệ …")
                       r"kết nối|tạm ứng|thanh toán|chi trả|chia sẻ|nạo vét|dành|"
                       # making public ("Các chi nhánh TCTD trên địa bàn | công khai lãi suất …")
                       r"công khai(?= [a-zà-ỹđ])|"
                       # an adverb between the subject and its verb ("Sở … đồng thời rà soát …", "… cũng …")
                       r"đồng thời|cũng|"
                       # the Party's verbs: a committee leads, directs, disseminates, puts on its agenda ("Đảng ủy … lãnh
                       # đạo …", "Ủy ban Kiểm tra Tỉnh ủy đưa … vào chương trình kiểm tra")
                       r"lãnh đạo|đưa|"
                       # a council's or a jury's verbs ("Hội đồng xét chọn | họp, chấm điểm …", "Tổ giám khảo | chấm bài
                       # …"); not a meeting room ("Phòng họp"), a meeting ("cuộc họp", "buổi họp", "kỳ họp")
                       r"(?<![Pp]hòng )(?<!cuộc )(?<!buổi )(?<!kỳ )họp|chấm(?=\s+(?:điểm|bài|thi|hồ sơ))|"
                       # submitting up, vetting, patrolling, reminding ("Sở Tài chính | trình UBND tỉnh …", "Ban Kiểm tra
                       # Hội | thẩm tra …", "Trạm Kiểm soát … cùng các tổ tự quản | tuần tra …", "trưởng các thôn | nhắc
                       # hộ …"); not a word of a name's noun
                       # ("Chương trình", "Công trình", "Quy trình", "Ban thẩm tra", "Tổ tuần tra", "Đội tuần tra …")
                       r"(?<![Cc]hương )(?<![Cc]ông )(?<![Qq]uy )(?<![Ll]ộ )(?<![Tt]iến )(?<![Hh]ành )(?<![Gg]iáo )(?<![Tt]ờ )"
                       rf"trình(?! độ| diễn| bày)|{_COMMITTEE_WORD}thẩm tra|(?<![Đđ]ội )(?<![Tt]ổ )(?<![Ll]ực lượng )tuần tra|nhắc(?: nhở)?|"
                       # how often, before the verb ("Chi cục Thủy sản định kỳ hằng quý cập nhật …")
                       r"định kỳ|(?<![Gg]iáo dục )thường xuyên|hằng năm|hàng năm|hằng quý|hàng quý|hằng tháng|hàng tháng|"
                       # … or "mỗi" ("Ủy ban Kiểm tra Đảng ủy | mỗi năm chọn …")
                       r"mỗi (?:năm|quý|tháng|tuần)(?= [a-zà-ỹđ]))(?=\s|[,.;:]|$)")
#: how or where a body acts, never part of its name ("Liên minh Hợp tác xã tỉnh | theo chức năng, nhiệm vụ …", "Ủy ban
#: nhân dân các xã | trên địa bàn …"); a class of bodies named by a heading keeps them ("Các tổ chức tín dụng trên
#: địa bàn tỉnh")
#: the lenders and producers of a place, as a class ("các ngân hàng thương mại trên địa bàn", "Các chi nhánh TCTD trên
#: địa bàn", "Các cơ sở sản xuất …"), folded: where they are is part of the class's name, as an actors' class keeps it
_LENDERS = re.compile(r"^(?:cac|nhung) (?:ngan hang|chi nhanh|to chuc tin dung|tctd|co so san xuat)\b")
#: a class of the economic actors a plan gives duties to by a heading of their own ("5. Các hợp tác xã, tổ hợp tác
#: trên địa bàn xã", "4. Các doanh nghiệp, hợp tác xã tham gia liên kết"; a cooperative's "Các tổ sản xuất", a Party
#: committee's "Các chi bộ có hợp tác xã"): no body's type, a body all the same; a place picks its members out ("Các HTX
#: trên địa bàn xã"), folded
ACTOR_CLASS = re.compile(r"^(?:cac|nhung) (?:hop tac xa|to hop tac|lien hiep hop tac xa|htx|tht|doanh nghiep|chu the|"
                          r"chi hoi|cau lac bo|chi bo|to san xuat|to dich vu|ho kinh doanh|"
                          # … a cooperative group's or a cooperative's member households ("Các hộ thành viên", "Các hộ
                          # sản xuất")
                          r"ho thanh vien|ho san xuat|"
                          # … an association's member associations ("Các hội hữu nghị thành viên", "các hội ngành nghề"),
                          # not its meetings, fairs or members ("các hội nghị", "hội chợ", "hội viên", "hội đồng")
                          r"hoi(?! (?:nghi|thao|cho|thi|dien|dong|vien|dap)\b)|"
                          # … the people's credit funds, cooperatives of credit ("Các QTDND", "Các quỹ tín dụng nhân dân")
                          r"quy tin dung(?: nhan dan)?|qtdnd|"
                          # … the retailers a Sở Công Thương asks ("Các siêu thị, trung tâm thương mại trên địa bàn tỉnh")
                          r"sieu thi|trung tam thuong mai|cua hang|"
                          # … the member companies or craftsmen of an association, a commune's villages and quarters
                          # ("Các công ty lữ hành hội viên", "Các nghệ nhân hội viên", "Các khu phố", "Các thôn")
                          r"cong ty|nghe nhan|khu pho|thon|to dan pho|ap|xom|ban|buon|lang|khom|soc|phum)\b")
_PLACE_END = re.compile(r"\s(?:theo chức năng|theo thẩm quyền|trên địa bàn|trong phạm vi|"
                        # … or with whose help it acts ("Hội Nông dân phường, với sự hỗ trợ của Liên minh …, mở …")
                        # ("…, dưới sự hướng dẫn của Liên minh …, giúp …")
                        r"(?:với|có|dưới) sự (?:hỗ trợ|phối hợp|tham gia|giúp đỡ|hướng dẫn) của)(?=\s|[,.;:]|$)"
                        # … or when or on what condition, a clause set off by its comma ("Đề nghị Liên minh HTX tỉnh, |
                        # khi một đơn vị không giao đủ hàng, giới thiệu …", "Phòng Kinh tế, | nếu có HTX đăng ký, …")
                        r"|,\s+(?:khi|nếu|trong trường hợp|trường hợp|sau khi|trước khi|ngay khi)\s")
#: which of a class of bodies: "Ủy ban nhân dân các xã, phường | có hợp tác xã nông nghiệp …", "các xã | có vùng
#: trồng …", "UBND các xã, phường | nơi có hợp tác xã …" — the class is the body, "có …" picks its members out (not "có
#: trách nhiệm", "có liên quan" …)
_WHICH_OF = re.compile(r"(?:^|\s)(?:các|những)\s[^;:()]*?(?P<cut>\s)(?:nơi\s)?có\s(?!trách nhiệm|liên quan|chức năng|thẩm quyền|ý kiến)"
                       # … or by where the work is ("UBND xã nơi có dự án", "UBND các xã nơi triển khai mô hình")
                       r"|(?<=\S)(?P<where>\s)nơi\s(?=[a-zà-ỹđ])", re.I)  # "… nơi tiếp nhận", "… nơi đặt kho"


def _members_at(found: re.Match) -> int:
    """Where the words that pick a class's members out start."""
    return found.start("cut") if found.group("cut") is not None else found.start("where")


def picks_members(name: str) -> bool:
    """The name is a class of bodies with the words that pick its members out ("UBND các xã, phường có HTX")."""
    return _WHICH_OF.search(name) is not None


#: verbs that are also words of units' names ("Trung tâm Tư vấn hỗ trợ hợp tác xã", "Trung tâm Dịch vụ tổng hợp xã",
#: "Trung tâm Xúc tiến đầu tư"); lower case, as Vietnamese names print every word after the first
_NAME_VERBS = {"hỗ trợ", "tổng hợp", "tư vấn", "xúc tiến", "đầu tư", "xây dựng", "thẩm định", "giám sát", "kiểm tra",
               "tập huấn", "phổ biến", "giới thiệu", "đánh giá", "kiểm soát"}
#: the role a name is given right after it ("X chủ trì", "X làm đầu mối"): the words before it are the name
_ROLE_AFTER = re.compile(r"\s+(?:chủ trì|là cơ quan chủ trì|làm đầu mối|là đầu mối)(?=\s|[,.;:]|$)")
#: words that open the verb's object, never a name's words ("hỗ trợ các hợp tác xã", "tổng hợp cho …")
_OBJECT_WORDS = {"các", "những", "cho", "với", "về", "tại", "để", "và", "kết", "báo", "danh", "số"}


#: the work a team is named by, right after "Tổ" / "Đội" ("Tổ bảo vệ", "Tổ kiểm tra", "Đội tuyên truyền")
_TEAM_WORK = r"bảo vệ|kiểm tra|giám sát|tuyên truyền|vận động|khảo sát|thẩm định|tư vấn|hỗ trợ|tiếp nhận|hòa giải|hoà giải|" \
             r"quản lý|vận hành"


def _last_name(text: str) -> str:
    """The last of the names ``text`` lists, folded ("Ngân hàng …, Quỹ" → "quy")."""
    return fold(re.split(r"[,;]", text)[-1]).strip()


def _verb_in_name(chunk: str, match: re.Match, whole: bool) -> bool:
    """The verb ``match`` found is one of a name's words: a name verb followed by at most four more lower-case name
    words up to the role the name is given ("Giao Trung tâm Tư vấn hỗ trợ hợp tác xã | chủ trì") or, where the chunk
    is the whole name's slot (``whole``: a label's value, a cell), up to its end."""
    if match.group().strip()[:1].isupper() and re.search(r"\S\s[-–]$", chunk[:match.start()].rstrip()):
        return True  # a name's second part after a hyphen, capitalised as a field is: "Phòng Điều hành - Phối hợp",
        # "Phòng Huấn luyện - Diễn tập" (Nghị định 30/2020/NĐ-CP capitalises each field of a name)
    team = re.search(r"(?:^|\s)(?:[Tt]ổ|[Đđ]ội|[Nn]hóm|[Kk]íp)$", chunk[:match.start()])
    if team is not None and re.match(NUMBERED_TEAM, chunk[team.start():].lower().lstrip()):
        return True  # a team numbered after its work: "Đội tiêm số 1", "Tổ kiểm tra số 2"
    if team is not None and re.match(r"(?:tổ|đội) (?:" + _TEAM_WORK + r")\b", chunk[team.start():].lower().lstrip()):
        return True  # a team named by its work, right after its type: "Tổ bảo vệ tòa nhà", "Đội kiểm tra liên ngành"
    helps = _HELPS.match(chunk, match.start())
    if helps and _HELPING_TEAM.fullmatch(fold(chunk[:match.start()]).strip()) and starts_body(chunk[helps.end():]):
        return True  # a team named by the body it serves: "Tổ Thư ký giúp việc Hội đồng", "Tổ công tác giúp việc Ban
        # Chỉ đạo" (not a body of its own name helping: "Văn phòng UBND tỉnh | giúp việc …")
    if re.search(r"(?:^|\s)(?:[Cc]ác|[Nn]hững)\s[^,;:]*\sđược$", chunk[:match.start()]):
        return True  # a class picked out by what was done to it: "Các hợp tác xã được kiểm tra | khắc phục …"
    if match.group().strip() not in _NAME_VERBS:
        return False
    before = chunk[:match.start()].rstrip()
    # (the cooperative's three words one field's word, as typed short: "Quỹ hỗ trợ phát triển hợp tác xã tỉnh | chủ trì")
    tail = re.sub(r"\bhợp tác xã\b", "HTX", chunk[match.end():])
    if match.group().strip() == "tổng hợp" and fold(before).endswith((" dich vu", " dv")) and _PROPER_AFTER.match(tail) \
            and not starts_body(tail.strip()):
        return True  # a cooperative's or a centre's fixed kind, then its proper name: "HTX Dịch vụ tổng hợp Bình Gia |
        # mở …", "HTX DV tổng hợp Chư Sê" (not "Trung tâm Dịch vụ | tổng hợp kết quả …")
    ahead = before[:-1] if before.endswith(",") else before[:-3] if before.endswith(" và") else None
    if ahead is not None and " ".join(ahead.split()[-2:]).lower() in _NAME_VERBS | _ACTIVITIES:
        whole = True  # an enumeration of what the unit does: "Trung tâm Tư vấn, hỗ trợ …", "Cục Quản lý, giám sát …",
        #               "TT Tư vấn và hỗ trợ HTX"
        after = _NAME_END.search(tail)  # … up to the sentence's own verb: "Trung tâm Tư vấn, hỗ trợ hợp tác xã | bố trí …"
        tail = tail[:after.start()] if after is not None else tail
    role = _ROLE_AFTER.search(tail)
    level = place_end(tail) if role is None else None
    if role is None and level is None and all(w.isalpha() and w.islower() or w in _SHORT_WORDS for w in tail.split()) \
            and 1 <= len(tail.split()) <= 4 and _LEVEL.fullmatch(tail.split()[-1]):
        level = len(tail.rstrip())  # the phrase ends at the level: "… cùng Trung tâm Dịch vụ tổng hợp xã", "Quỹ hỗ trợ
        #                             phát triển HTX tỉnh" (a field's word typed short)
    if level is not None and 0 < level <= 40:  # up to the unit's level, then the sentence's verb: "Trung tâm Dịch vụ
        words = tail[:level].split()            # tổng hợp xã | chuyển giao …", "Trung tâm Tư vấn hỗ trợ xã | lập …"
        field = before.split()[-1:] or [""]     # inside a field's words, not after a name ended ("… Việt Nam | hỗ trợ tỉnh");
                                                # a type typed short goes on ("TTDV | tổng hợp xã")
        if 1 <= len(words) <= 4 and all((w.isalpha() and w.islower() or w in _SHORT_WORDS) and w not in _OBJECT_WORDS
                                        for w in words) \
                and _LEVEL.fullmatch(words[-1]) \
                and " ".join(words[-3:]) != "hợp tác xã" and (field[0][:1].islower() or field[0] in COMMON_SHORT
                                                              or _LEVEL_UNIT_TYPE.fullmatch(_last_name(before) + " ")):
            return True
    if role is None and not whole:
        return False
    words = (tail[:role.start()] if role else tail).split()
    return len(words) <= 4 and all((w.isalpha() and w.islower() or w in _SHORT_WORDS or initialism(w))
                                   and w not in _OBJECT_WORDS for w in words)  # "… an toàn PCCC": a field's initialism


#: "giúp việc" after a team, then the body it serves ("Tổ Thư ký giúp việc Hội đồng"): the team's name goes on
_HELPS = re.compile(r"\s+giúp việc\s+(?=\S)")
#: a team with no name of its own but its kind (folded): "Tổ Thư ký", "Tổ công tác", "Nhóm chuyên gia", "Bộ phận"
_HELPING_TEAM = re.compile(r"(?:cac )?(?:to|nhom|bo phan)(?: [a-z]+){0,2}")


#: a proper name's capitalised word right after a word of the name ("… tổng hợp Bình Gia")
_PROPER_AFTER = re.compile(r"\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]")


#: the glossary's abbreviations, which a name's lower-case words may be typed as ("Trung tâm Tư vấn, hỗ trợ HTX")
_SHORT_WORDS = frozenset(short for term in glossary() for short in [term["abbr"], *term.get("forms", [])])


#: a body's place closing its name: a level ("tỉnh", "thành phố", "xã" …) maybe with the place's own name, capitalised
#: ("… thành phố Cần Thơ", "… tỉnh Yên Bái cũ"), then a lower-case word that is the sentence's ("Liên minh Hợp tác xã
#: thành phố | chọn …", "Văn phòng Ủy ban nhân dân thành phố | chuẩn bị …") — not "hợp tác xã", "xã hội", "tỉnh ủy"
_LEVELS = r"(?:tỉnh|thành phố|xã|phường|đặc khu|thị xã|thị trấn|huyện|quận)"
_LEVEL = re.compile(rf"(?<![Hh]ợp tác )(?<!thị )\b{_LEVELS}\b")
def names_place(name: str) -> bool:
    """``name`` names its place by a level ("… xã Yên Thành", "Công an tỉnh"), not only as a word of its own ("Hợp tác
    xã", "thị trường")."""
    return _LEVEL.search(name) is not None


_LEVEL_GOES_ON = {"ủy", "uỷ", "hội", "viên", "đội", "đoàn", "và", "cũ", "mới", "-", "–"}


#: whose a unit is, after its name ("Chi cục Phát triển nông thôn thuộc Sở", "Trung tâm … trực thuộc Ủy ban nhân dân xã",
#: "phòng Kế hoạch - Tài chính của Sở"):
#: the owner is not part of the unit's name (a class keeps it: "Các phòng, đơn vị thuộc Sở", ``_CLASS_OF``)
_OWNED_BY = re.compile(rf"(?<=[^\s,;])\s+(?:(?:trực\s+)?thuộc|của)\s+(?=[{CAPITAL}])")


#: a team or council of the issuer named by whose it is, the owner by its type alone ("Tổ chuyên gia của Trung tâm",
#: "Hội đồng tuyển chọn của Trung tâm"): one name, the owner its part (not "Chi cục … thuộc Sở": a unit of another body)
_OWN_TEAM = re.compile(r"^(?:Hội đồng|Tổ|Nhóm|Đoàn)\s+[^,;()]{2,60}?\s+của\s+(?:Trung tâm|Sở|Quỹ|Hội|Liên minh|Chi cục|Cục|"
                       r"Viện|Trường|Ban|Phòng|Văn phòng)$")


def place_end(chunk: str) -> int | None:
    """Where a body's name ends after its place, when a lower-case word of the sentence follows it."""
    for level in _LEVEL.finditer(chunk):
        # a class's level ("các xã vùng cao", "cấp xã") is qualified by lower-case words; only a named unit of it ends
        # there ("các xã, phường, đặc khu Phú Quý | xác minh …")
        in_class = re.search(r"(?:^|\s)(?:các|những|cấp)\s", chunk[:level.start() + 1], re.I) is not None
        at = level.end()
        words = list(re.finditer(r"\S+", chunk[at:]))
        i = 0
        while i < len(words) and (words[i].group()[:1].isupper() or words[i].group()[:1].isdigit()
                                  or (words[i].group() in ("-", "–") and i + 1 < len(words))):
            i += 1
            if words[i - 1].group().endswith(","):
                break  # the place's name ends at a comma: a list of bodies goes on ("UBND xã Văn Lãng, UBND phường …")
        if i and words[i - 1].group().endswith(","):
            continue
        if i < len(words) and words[i].group().strip(",.;:") in ("cũ", "mới"):
            i += 1
        elif not i and chunk[at:].lstrip().startswith("sở tại"):  # the local one: "UBND xã sở tại", "Công an xã sở tại"
            i = 2
        if i < len(words) and words[i].group()[:1].islower() and words[i].group().strip(",.;:") not in _LEVEL_GOES_ON \
                and not (in_class and i == 0 and not _closes_list(chunk[:at], chunk[at:])):
            return at + words[i - 1].end() if i else at
    return None


#: a body's name ending with its level, folded ("công an phường", "trung tâm phục vụ HCC xã"), and a village or a ward's
#: quarter by its number ("tổ dân phố 7", "thôn 3"): what a column of bodies may type in lower case (not its members,
#: "hội viên phường")
_LEVEL_AT_END = re.compile(r"^(?!\S+ vien\b).*\S \S+ (?:tinh|thanh pho|xa|phuong|dac khu|huyen|quan|thi tran|thi xa)$")
_VILLAGE_NUMBERED = re.compile(r"(?:thon|to dan pho|khu pho|xom|ap|khom|to) \d{1,3}")
#: a list of two levels or more after "các" ("các xã, phường", "các huyện, thị xã, thành phố")
_LEVEL_LIST = re.compile(rf"\b(?:các|những)\s+(?:{_LEVELS}\s*(?:,|và)\s*)+{_LEVELS}$", re.I)
#: words that describe which members of a class of communes are meant ("các xã, phường vùng đồng bào …", "… ven biển",
#: "… đặc biệt khó khăn", "… tham gia Chương trình …", what befell them: "… bị ảnh hưởng", "… bị thiệt hại") rather
#: than the sentence's verb
_CLASS_QUALIFIER = {"bị", "vùng", "miền", "khu", "biên", "ven", "bãi", "đặc", "khó", "nông", "trọng", "điểm", "thuần", "dọc",
                    "giáp", "ngoại", "nội", "thuộc", "trực", "nơi", "còn", "chưa", "đã", "được", "đạt", "tham", "trên", "trong",
                    "có", "thực", "liên", "ngoài", "dân", "đồng", "trung", "phía", "thí"}


def _closes_list(before: str, after: str) -> bool:
    """A list of levels ("Ủy ban nhân dân các xã, phường | phân loại …") ends at its last level when the next word is
    the sentence's, not one saying which of the class are meant; one level alone ("các xã vùng cao") is left alone."""
    nxt = after.split()[:1]
    return bool(_LEVEL_LIST.search(before)) and bool(nxt) and nxt[0].strip(",.;:").lower() not in _CLASS_QUALIFIER


#: a remark in brackets after a name, then the sentence's word in lower case ("Trung tâm Đăng kiểm xe cơ giới (thuộc Sở)
#: công khai …", "Đội QLTT số 3 (Chi cục QLTT tỉnh) phối hợp …"): whose the unit is, said aside; the name ends before it
BRACKET_THEN_VERB = re.compile(r"\s*\((?P<inner>[^()]{2,120})\)\s+(?=[a-zà-ỹđ])(?!(?:và|hoặc|cùng|với)\s)")  # not "… (Bên A) và …"


def name_only(chunk: str, places: bool = True, which: bool = True, whole: bool = False) -> str:
    """The agency name a chunk starts with, without the verb glued after it (nor, with ``places``, the words of how
    or where it acts; nor, with ``which``, the "có …" that picks members out of a class: a list by its label, a
    table's cell, names the class with them, as printed). ``whole``: the chunk fills a name's slot (a label's list),
    so a name verb near its end is the name's ("Đơn vị chủ trì: Trung tâm Dịch vụ tổng hợp xã")."""
    members = _WHICH_OF.search(chunk) if places else None
    # where a class's members are ("UBND các xã nơi | tiếp nhận", "… nơi | tổ chức"): that place's own verb is the name's
    where = members.end() - 1 if members is not None and members.group("where") is not None else None
    verb = next((m for m in _NAME_END.finditer(chunk) if not _verb_in_name(chunk, m, whole) and m.start() != where
                 and not _PICKED_BY.search(chunk, 0, m.start())
                 # a name that ends with the verb's word, the verb right after it: "Phòng Kế hoạch tổng hợp | tổng hợp …"
                 and not chunk.startswith(m.group(), m.end())), None)
    ends = [m.start() for m in (verb, _PLACE_END.search(chunk) if places else None) if m
            # a class of actors keeps where its members are ("Các HTX trên địa bàn | nộp …", "các ngân hàng thương mại
            # trên địa bàn | …"): which of them, as a heading's class keeps it (not a body's "UBND xã | trên địa bàn …")
            and not (m.re is _PLACE_END and m.group().strip() == "trên địa bàn"
                     and (ACTOR_CLASS.match(fold(chunk)) or _LENDERS.match(fold(chunk))))]
    dashed = _DASH_END.search(chunk)
    if dashed is not None:  # "Văn phòng Hội | — cùng Liên minh … mở lớp": a spaced dash before the work ends the name
        ends.append(dashed.start())
    numbered = NUMBER_END.search(chunk)
    if numbered is not None:  # "Tổ khám số 1 | khám tại …": a unit's number ends its name
        ends.append(numbered.end())
    place = place_end(chunk)
    if place is not None:
        ends.append(place)
    bracket = BRACKET_THEN_VERB.search(chunk)
    inner = bracket.group("inner") if bracket is not None else ""
    if bracket is not None and bracket.start() > 0 and not ("," in inner and starts_body(inner)):  # not the members'
        # list of a class ("các tổ chức chính trị - xã hội (Hội Nông dân, Hội Liên hiệp Phụ nữ, …) vận động …")
        ends.append(bracket.start())  # "Trung tâm Đăng kiểm xe cơ giới (thuộc Sở) | công khai …": the name ends there
    if where is not None:  # the place picks the class's members and stays with it, as printed ("UBND xã | nơi có dự án")
        ends = [end for end in ends if end != _members_at(members)]
    elif members and which:
        ends.append(_members_at(members))
    elif members:  # the members picked out run to the item's end, their own verbs too ("có hợp tác xã được lựa chọn")
        ends = [end for end in ends if end < _members_at(members)]
    proper = proper_name_end(chunk) if not ends and not whole else None
    if proper is not None:  # no verb the list knows: the name ends with its proper name ("HTX Nông nghiệp Bản Búng | dự
        ends.append(proper)  # trữ …")
    name = chunk[:min(ends)] if ends else chunk
    post = _POST_IN_CHARGE.match(chunk, len(name)) if ends and _POST_START.match(fold(name)) else None
    if post is not None:  # a post and the field it is in charge of, then its role: "Đ/c Phó Chủ tịch UBND xã | phụ trách
        return name + post.group(1)  # kinh tế | chủ trì …" is one officer
    # a word of tense before the verb is the sentence's, never the end of a name ("Ủy ban nhân dân các xã, phường | đã
    # gửi báo cáo …", "Ban Tuyên giáo | đang …")
    return _TENSE_END.sub("", name) if ends else name


#: a spaced en or em dash with the work after it in lower case, as an item sets its doer apart before its work
#: ("1.1. Ban Tư vấn - Khiếu nại — xem lại nhãn …", "Chi hội Nha Trang – khảo sát …"); the parts of a name are
#: capitalised after theirs ("Phòng Văn hóa – Xã hội")
_DASH_END = re.compile(r"\s+[–—]\s+(?=[a-zà-ỹđ])")
#: a post that opens a name ("Phó Chủ tịch UBND xã", "Đ/c Giám đốc Sở", "Chủ tịch UBND các xã"), folded
_POST_START = re.compile(r"(?:d/c |dong chi )?(?:pho )?(?:chu tich|giam doc|tong giam doc|hieu truong|vien truong|bi thu|"
                         r"truong (?:ban|phong))\b")
#: … and the field its officer is in charge of, before the role ("… phụ trách kinh tế chủ trì", "… phụ trách văn hóa -
#: xã hội thực hiện")
_POST_IN_CHARGE = re.compile(r"(\s+phụ trách(?:\s+(?:[a-zà-ỹđ]+|-)){1,6}?)(?=\s+(?:chủ trì|thực hiện|trực tiếp|chỉ đạo)\b)")


#: lower-case words after a proper name that still belong to the body's name: its level, branch or number ("Đoàn
#: Thanh niên Cộng sản Hồ Chí Minh | xã", "Trường Đại học Nông Lâm | thành phố …", "Ngân hàng … | chi nhánh …")
_AFTER_PROPER = re.compile(r"(?:xã|phường|tỉnh|huyện|quận|thành phố|thị xã|thị trấn|đặc khu|khu vực|chi nhánh|số|cơ sở|"
                           r"và|hoặc|thuộc|của|cũ|mới|nghiệp)\b")  # "… Nông Lâm | nghiệp": a field typed so
#: the second word of a level or a branch whose first the run ends with ("… Việt Nam Thành | phố", "… Chi | nhánh")
_PROPER_GOES_ON = {"thanh pho", "thi xa", "thi tran", "dac khu", "khu vuc", "chi nhanh", "trung uong"}


def proper_name_end(chunk: str) -> int | None:
    """Where a body's name ends with a proper name, a place's ("HTX Nông nghiệp Bản Búng | dự trữ …", "HTX Vận tải
    Mường Bú | diễn tập …", "HTX Chè Tân Lập | …"): two or more capitalised words after a lower-case word of the name
    (or after its kind and a capitalised field), then a lower-case word
    that is not the name's own (its level, branch, number). Nghị định 30/2020/NĐ-CP capitalises only the first word of
    a body's kind and field ("Phòng Kinh tế", "Chi cục Phát triển nông thôn"), so two capitals in a row after them are
    a proper name, and a name has nothing after its place but a level; read only where no verb ended the name."""
    words = list(re.finditer(r"\S+", chunk))
    lower_seen = False
    for k, word in enumerate(words):
        text = word.group()
        if not text[:1].isalpha():
            return None
        if text[:1].islower():
            run = k
            while run > 0 and words[run - 1].group()[:1].isupper():
                run -= 1
            # the name's kind and the first word of its field are capitalised ("HTX Chè | Tân Lập"): the proper name
            # comes after them
            proper = words[max(run, 1 if lower_seen else 2):k]
            # the run is a proper name: two capitalised words or more, no initialism ("TNHH MTV …"), not a body's
            # kind and the first word of its field ("Giám đốc | Sở Nông | nghiệp …", "Liên minh | HTX Thành | phố")
            # … of the first name the chunk holds (not a list's later item), not a post ("các Phó Chủ | tịch")
            if len(proper) >= 2 and not re.search(r"[,;:]", chunk[:proper[0].start()]) and proper[0].group() != "Phó" \
                    and all(w.group().isalpha() and not w.group().isupper() for w in proper) \
                    and not starts_body(chunk[proper[0].start():]) \
                    and fold(f"{proper[-1].group()} {text}") not in _PROPER_GOES_ON \
                    and not _AFTER_PROPER.match(chunk, word.start()):
                return words[k - 1].end()
            lower_seen = True
    return None


#: a unit's number, the end of its name when a lower-case word of the sentence follows ("Tổ khám số 1 | khám …", "Đội
#: QLTT số 3 | kiểm tra …"): a team's, a station's, a post's, a room's name, at most four words before it (not "Giám
#: đốc 18 hợp tác xã …; tổng số 26 người"); not its place or whose ("Tổ dân phố số 5 phường …", "Đội … số 2 thuộc Chi cục")
NUMBER_END = re.compile(r"^\s*(?:(?:[Cc]ác\s+)?(?:[Tt]ổ|[Đđ]ội|[Tt]rạm|[Đđ]oàn|[Nn]hóm|[Kk]íp|[Cc]hốt|[Đđ]iểm|[Pp]hòng)(?:\s+[^\s,;:()]+){0,4}?"
                        rf"\s(?:số|Số)|(?:{'|'.join(_FORCES_KINDS)})"
                        # … or a team numbered after its work without "số" ("Nhóm thiết kế 1 | khảo sát …")
                        r"|(?:[Tt]ổ|[Đđ]ội|[Nn]hóm|[Kk]íp)(?:\s+[a-zà-ỹđ]+){1,3})\s\d{1,4}"
                        # … a unit of the forces by its number alone ("Hải đoàn 32 | duy trì …", "Lữ đoàn 125 | …")
                        r"(?=\s+(?!(?:xã|phường|tỉnh|huyện|quận|thành phố|thị xã|thị trấn|đặc khu|"
                        r"khu vực|thuộc|của|và|hoặc)\b)[a-zà-ỹđ])")


#: a class picked by what is done to its members, before that verb: "Các cơ quan, đơn vị được | khảo sát gửi …", "UBND
#: các xã, phường được | khảo sát chuẩn bị …" — the verb after "được" is the class's name, the next one the sentence's
_PICKED_BY = re.compile(r"(?:^|\s)(?:[Cc]ác|[Nn]hững)\s[^;:()]*\sđược$")
_TENSE_END = re.compile(r"\s+(?:đã|đang|sẽ|chưa|vẫn|đều|còn|cùng|(?<![Tt]rật )(?<![Đđ]ộc lập )tự)$")  # not "Trật tự"


@dataclass
class AgencyMatch:
    ids: list[str]
    unknown: list[str]   # printed names that look like agencies but are not in the registry


#: words after a generic name that make it another body's name: "Ủy ban nhân dân | các huyện",
#: "UBND | cấp xã", "Sở | ban, ngành", a branch ("Ngân hàng Nhà nước Việt Nam | Chi nhánh Khu vực 10") —
#: "ỦY BAN NHÂN DÂN" alone (a signature block) is the province's
_CONTINUES = re.compile(r"(?:\s+(?:cac|cap|huyen|xa|phuong|thi xa|thanh pho|thi tran|chi nhanh)|\s*[-–—]\s*chi nhanh)\b")


def _name_ends(folded: str, end: int) -> bool:
    """A registry name found ending at ``end`` is a whole name: no letter goes on, and it is not a
    generic head that the next words turn into another body's name."""
    if end < len(folded) and folded[end].isalnum():
        return False
    return not _CONTINUES.match(folded, end)


_LEAD_WORDS = re.compile(r"^\s*(?:(?i:phối (?:kết )?hợp)(?:\s+chặt chẽ)?(?:\s+với)?|(?i:p/h)|(?i:kết hợp) với|(?i:làm việc) với|với|cùng|(?i:giao)(?:\s+cho)?|(?i:đề nghị|yêu cầu))\s+")
#: bare unit types that go on a list inside one name after "các": "Ủy ban nhân dân các xã, phường", "Các sở, ban,
#: ngành", "Các phòng, chi cục, trung tâm thuộc Sở", "Trưởng các thôn, tổ dân phố"
_UNIT_TYPES = (r"(?:xa|phuong|dac khu|thi tran|thi xa|thanh pho|huyen|quan|tinh|thon|xom|to dan pho|khu pho|ban|lang|ap|buon|so|nganh|"
         r"phong|chi cuc|cuc|trung tam|don vi|co quan|dia phuong|hoi|doan the|to chuc|doanh nghiep)")
#: the bodies an office serves ("Văn phòng HĐND và UBND xã", "Văn phòng Đoàn ĐBQH và HĐND tỉnh"): one office
_OFFICE_OWNERS = (r"(?:hdnd|ubnd|hoi dong nhan dan|uy ban nhan dan|doan dbqh|doan dai bieu quoc hoi|dang uy|tinh uy|huyen uy|"
          r"thanh uy)")


def _list_goes_on(chunk: str, text: str) -> bool:
    """After a comma, ``text`` goes on the list of unit types that ``chunk`` opened with "các" (a bare lower-case
    unit type, not a named body: "…các xã, | phường", not "…các xã, | phòng Tài chính …")."""
    head = fold(text).strip()
    unit = re.match(rf"{_UNIT_TYPES}(?=$|[\s,;.])", head)
    if not unit or not text.strip()[:1].islower() or not re.search(r"\bcac\b", fold(chunk)):
        return False
    after = text.strip()[unit.end():].split()
    # a list of levels may end with one named unit of a level: "Ủy ban nhân dân các xã, phường, đặc khu Lý Sơn", "các
    # huyện, thị xã, thành phố Bảo Lộc" (the province's one special zone, one city)
    territorial = re.fullmatch(r"xa|phuong|dac khu|thi tran|thi xa|thanh pho|huyen|quan", unit.group())
    return not after or not after[0][:1].isupper() or bool(territorial)


def _place_listed(chunk: str, text: str) -> bool:
    """After a comma, ``text`` is the next place of the list of communes or wards ``chunk`` names them by ("UBND các xã
    Sìn Hồ, | Phong Thổ, Tả Lèng"), its first word only folding like a unit type, typed without the type's marks
    ("Phong", not "Phòng"; "Quy Nhơn", not "Quỹ")."""
    words = text.split()
    first = words[0] if words else ""
    return bool(re.search(rf"\bcác\s+(?:xã|phường|thị trấn|huyện|thôn|bản|ấp|tổ dân phố|khu phố)\s+[{CAPITAL}]", chunk)) \
        and first[:1].isupper() and first.lower() == fold(first) and _AGENCY_START.match(fold(text.strip())) is not None


def _one_office(chunk: str, text: str) -> bool:
    """"Văn phòng HĐND | và UBND xã": the office of both, one body; "các Tổ đại biểu | và đại biểu Hội đồng nhân dân
    tỉnh": the council's groups and members, one class of its bodies."""
    if re.search(r"\bto dai bieu\s*$", fold(chunk)) and fold(text).strip().startswith("dai bieu "):
        return True
    return bool(re.search(rf"\b(?:van phong|vp) {_OFFICE_OWNERS}(?: \S+)?\s*$", fold(chunk))) \
        and bool(re.match(_OFFICE_OWNERS, fold(text).strip()))  # "VP HĐND | và UBND xã" typed short too


def _inside_name(text: str, before: str = "") -> bool:
    """``text`` (after a comma or "và") can be lower-case words inside a name: a few words, no verb first, no unit
    type or class of bodies ("môi trường", "lâm sản"; not "các sở", "xã", "hướng dẫn …")."""
    head = fold(text).strip()
    verb = _NAME_END.match(" " + text.strip())
    return (text.strip()[:1].islower() and not _generic(text) and not re.match(r"(?:cac|nhung)\b", head)
            # a unit's type typed in lower case before its name starts another body ("…, phòng Kỹ thuật")
            and not re.match(LOWER_TYPE, text.strip())
            and len(name_only(" " + text.strip()).split()) <= (6 if verb is not None else 5)
            # a name verb and a few name words, to the end, after another name verb: an enumeration of what the unit
            # does ("Trung tâm Tư vấn, | hỗ trợ hợp tác xã"; not "Phòng Kinh tế, | hướng dẫn hợp tác xã")
            and (verb is None or (_verb_in_name(" " + text.strip(), verb, whole=True)
                                  and " ".join(before.split()[-2:]).lower() in _NAME_VERBS | _ACTIVITIES)))


#: what a unit does, named in its name before a comma ("Cục Quản lý, giám sát tổ chức tín dụng", "Trung tâm Đào tạo, tư
#: vấn …"), lower case
_ACTIVITIES = {"quản lý", "đào tạo", "phát triển", "bồi dưỡng", "nghiên cứu", "hướng dẫn", "tuyên truyền"}


#: kinds of bodies whose names run on in lower case after them (Nghị định 30/2020/NĐ-CP, Phụ lục II)
_LOWER_NAMED = re.compile(r"^(?:hoi dong|ban chi dao|to cong tac|doan kiem tra|doan cong tac|to giup viec) [a-z]")


def _name_chunks(phrase: str) -> list[str]:
    """``phrase`` cut at commas, semicolons and "và" where the next words start another body's name
    ("Sở Tài chính, Sở Xây dựng"), not inside one ("Sở Văn hóa, Thể thao và Du lịch", "Sở Nông
    nghiệp và Môi trường"). Every piece keeps its place in ``phrase`` (spaces stand for the cuts)."""
    start = len(phrase) - len(phrase.lstrip())
    office = COMMUNE_OFFICE.match(fold(phrase[start:]))
    if office and "," in office.group():  # a ward's "phòng kinh tế, hạ tầng và đô thị" typed in lower case: one name
        end = start + office.end()
        rest = _name_chunks(phrase[end:])
        return [phrase[:end] + rest[0], *rest[1:]]
    pieces = re.split(r"([,;]|\bvà\b|\bva\b|(?<=\s)\+(?=\s))", phrase)
    chunks = [pieces[0]]
    for at in range(1, len(pieces) - 1, 2):
        sep, text = pieces[at], pieces[at + 1]
        if sep == "+":  # bodies joined by a plus, as a doers' cell types them ("LMHTX tỉnh + Sở Tài chính"): two
            chunks += [text]
            continue
        head = fold(text).strip()
        lower = text.strip()[:1].islower()
        # a type word alone before "và" starts a name all the same ("…, Báo và Phát thanh, Truyền hình …"): the
        # words after the cut are read on to the phrase's end
        onward = fold("".join(pieces[at + 1:])).strip()
        if sep != ";" and chunks[-1].strip() and head and (
                (not ((_AGENCY_START.match(onward) or _NAMED_GROUP.match(text.strip()))
                      and starts_body("".join(pieces[at + 1:]).strip()))
                 and text.strip()[:1].isupper())  # "… và Số hóa": "Số" only folds like "Sở"; "… và Hội nhập": no "Hội"
                or (sep == "," and _list_goes_on(chunks[-1], text))
                or (sep == "," and _place_listed(chunks[-1], text))
                or (sep != "," and _one_office(chunks[-1], text))):
            chunks[-1] += sep + text
        elif sep == "," and re.match(r"\s*dang uy mat tran to quoc\s*$", fold(chunks[-1])) and head.startswith("cac doan the"):
            chunks[-1] += sep + text  # "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh" (2025): one Party committee
        elif lower and _CLASS.search(fold(chunks[-1])) and (
                _GENERIC.match(head) or (sep in ("và", "va") and re.match(r"(?:cac|nhung) ", head))):
            # a class of bodies goes on: "Các Sở, ban, ngành; cơ quan, đơn vị", "… và các đơn vị khác có liên quan"
            chunks[-1] += sep + text
        elif sep == "," and lower and _LEVEL_NEXT.match(text.strip()) and _LEVEL_WORD.search(fold(chunks[-1]).strip()):
            chunks[-1] += sep + text  # the levels a body of each commune is at: "UBND xã, phường", "Công an xã, phường,
            #                           đặc khu" (one class, as "các xã, phường" is)
        # (a capital of A–Z or Đ only: "Ủy ban nhân dân các xã, phòng Tài chính" is two names, its "Ủ" no name's inside)
        elif sep in ("và", "va") and _inside_name(text, chunks[-1]) and re.search(r"\b[A-ZĐ]", chunks[-1]):
            chunks[-1] += sep + text  # lower-case words joined inside a name: "Chính sách tài nguyên và môi trường",
            #                           what the unit does: "TT Tư vấn và hỗ trợ HTX"
        elif (sep == "," and lower and _LOWER_NAMED.match(fold(chunks[-1]).strip()) and not _GENERIC.match(head)
              and not re.match(r"(?:cac|nhung)\b", head) and name_only(" " + text.strip()) == " " + text.strip()):
            # a council or a steering body is named in lower case, its name may hold a comma ("Hội đồng đánh giá,
            # phân hạng sản phẩm OCOP tỉnh", "Ban Chỉ đạo phát triển kinh tế tập thể, hợp tác xã tỉnh")
            chunks[-1] += sep + text
        elif (sep == "," and _inside_name(text, chunks[-1]) and re.search(r"\b[A-ZĐ]", chunks[-1])
              and ((at + 3 < len(pieces) and pieces[at + 2] in ("và", "va") and _inside_name(pieces[at + 3]))
                   or at + 2 >= len(pieces) or pieces[at + 2] == ";")):
            # an enumeration inside a name: "Chi cục Quản lý chất lượng nông, lâm sản và thủy sản", "Phòng Doanh
            # nghiệp, kinh tế tập thể và tư nhân"; or its last words, at the end of a list's item: "Phòng Tổng hợp,
            # quy hoạch"
            chunks[-1] += sep + text
        else:
            chunks += [text]
    return chunks


_OFFICE_OF = re.compile(rf"\b(?:van phong|vp)\s+(?:{_OFFICE_OWNERS}(?: \S+)?(?:\s+va\s+|\s*[-–&]\s*))?$")  # "VP HĐND&UBND xã"
#: a class of bodies named by whose they are, as a subject ("Các ban, đơn vị thuộc cơ quan Liên minh Hợp tác xã Việt
#: Nam", "Các phòng, chi cục, trung tâm thuộc Sở …"): the owner's name is part of the class's name, not a body given
#: work (lower case, "các đơn vị thuộc Bộ …", it is an owner: ``owners``)
_CLASS_OF = re.compile(r"(?:^|[;:(.]\s*)(?P<head>(?:cac|nhung) (?:so|ban|phong|chi cuc|trung tam|don vi|co quan)\b)"
                       r"(?:(?!lien quan)[^;:()])*?\b(?:truc thuoc|thuoc|cua)(?: co quan)? $")
#: names that are bodies though their words after the type are lower case: officials of a list of units
#: ("Trưởng các thôn", "Chủ tịch Ủy ban nhân dân các xã"), a list of unit types ("Các sở, ban, ngành", "Các phòng,
#: chi cục, trung tâm thuộc Sở"), the socio-political organisations ("các tổ chức chính trị - xã hội xã")
_HEADS_OF_CLASS = (r"(?:(?:to )?truong|chu tich|giam doc|thu truong) cac "  # … "tổ trưởng các tổ dân phố"
                   # … the heads of the plan's teams or villages as a class ("Các trưởng nhóm", "Các tổ trưởng")
                   r"|cac (?:truong (?:nhom|thon|ban|ap)|(?:to|nhom|doi) truong)\b")
_COLLECTIVE = re.compile(rf"^(?:{_HEADS_OF_CLASS}"
                         r"|cac (?:so|ban|phong|chi cuc|trung tam)\b(?:,? (?:so|ban|nganh|phong|chi cuc|trung tam|don vi)\b)+)")
#: … the heads alone, whom a list by its label names in lower case too ("(Phòng Kinh tế; cùng: các trưởng thôn)")
_HEADS = re.compile(rf"^(?:{_HEADS_OF_CLASS})")
_POLITICAL = re.compile(r"^cac (?:to chuc chinh tri - xa hoi|doan the)\b")
#: the place a body's name ends with, after its type in lower case ("Bưu điện | thành phố Hà Nội")
#: the types whose units' names offices type in lower case up to the level ("Trung tâm phục vụ hành chính công phường")
_LEVEL_UNIT_TYPE = re.compile(r"^(?:trung tam|quy|tram|ban quan ly|doi|trai giong|trai thuc nghiem)\s")
_OF_PLACE = re.compile(rf"^\S+\s+\S+\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|đặc khu)\s+[{CAPITAL}]")
#: the Party's organs by their kind, whose names run on in lower case ("Cấp ủy các xã, phường, đặc khu", "Các cấp ủy, tổ
#: chức đảng", "Chi bộ các thôn")
_PARTY = re.compile(r"^(?:cac )?(?:cap uy|to chuc dang|dang uy|dang doan|ban can su dang|chi bo|chi uy)\b")
_PARTY_PRINTED = re.compile(r"^(?:các\s+)?(?:cấp ủy|tổ chức đảng|đảng ủy|đảng đoàn|ban cán sự đảng|chi bộ|chi ủy)(?=$|[\s,.;:])")
#: a Party organ of a body ("Đảng ủy | Ủy ban nhân dân tỉnh", "Đảng đoàn | Liên minh Hợp tác xã tỉnh", "Ban cán sự đảng |
#: Sở …"): the body's name is inside the organ's, not a body of its own
_PARTY_OF = re.compile(r"(?:^|[^a-z])(?:dang uy|dang doan|ban can su dang)\s+$")
#: a Party committee's own organs carry its name after theirs (Hướng dẫn 36-HD/VPTW: "Ủy ban Kiểm tra Tỉnh ủy", "Ban
#: Tuyên giáo và Dân vận Tỉnh ủy", "Văn phòng Thành ủy"): the committee named there is part of another body's name
_COMMITTEE = ("tinh uy", "thanh uy", "huyen uy", "dang uy")
_ORGAN_OF = re.compile(r"(?:^|[^a-z])(?:uy ban kiem tra|ban [a-z ]{2,40}?|van phong)\s+$")

#: a unit named with its body's name after it, printed ("Ban Kinh tế - Xã hội | Hội Nông dân tỉnh", "Ban Phong trào |
#: Liên minh Hợp tác xã tỉnh", "Hạt Kiểm lâm | Vườn quốc gia …"): the unit, not the body
_UNIT_OF = re.compile(r"(?:^|[\s,;(])(?:Ban\s+[A-ZĐ][^\s,;()]*(?:\s+(?:-\s+)?[^\s,;()A-ZĐ][^\s,;()]*|\s+-\s+[A-ZĐ][^\s,;()]*)*"
                      r"|Hạt Kiểm lâm)\s+$")
#: "… chỉ đạo của Ngân hàng Nhà nước Việt Nam", "các đơn vị thuộc Bộ …": a body whose word, or whose
#: units, a sentence speaks of (the owner), not a body it gives work to
_OWNER = re.compile(r"(?:^|[^a-z])(?:cua|thuoc)\s+$")


#: the words of a class of bodies after its head ("Các sở, ban, ngành và các đơn vị khác có liên quan",
#: "Thủ trưởng các cơ quan, đơn vị", "Chủ tịch Ủy ban nhân dân các xã, phường"), folded
_GENERIC = re.compile(r"(?:ban|nganh|co quan|don vi|dia phuong|doan the|to chuc|xa|phuong|thi tran|huyen|thanh pho|"
                      r"thi xa|cap|chinh quyen|nhan dan|doanh nghiep|hop tac xa|thanh vien)\b")
#: the same words as printed with their marks: "phương tiện", "xã hội" fold like "phường", "xã" and are none of them
_GENERIC_MARKED = re.compile(r"(?:ban|ngành|cơ quan|đơn vị|địa phương|đoàn thể|tổ chức|xã|phường|thị trấn|huyện|"
                             r"thành phố|thị xã|cấp|chính quyền|nhân dân|doanh nghiệp|hợp tác xã|thành viên)\b")


def _generic(text: str) -> bool:
    """``text`` opens with a generic word of bodies (``_GENERIC``), read with its marks where it is printed with them
    ("phương tiện" is no "phường")."""
    words = text.strip()
    if re.search(r"[^\x00-\x7f]", words):
        return bool(_GENERIC_MARKED.match(unicodedata.normalize("NFC", words).lower()))
    return bool(_GENERIC.match(fold(words)))


_CLASS = re.compile(r"(?:^|\s)(?:cac|nhung)\s")
#: a commune-level unit's level, folded, at the end of a name or alone, as a list of them names it ("xã, phường, đặc khu")
_LEVEL_WORD = re.compile(r"(?:^|\s)(?:xa|phuong|dac khu|thi tran)$")
#: the next level in such a list as printed, then no proper name ("phường", "đặc khu bảo vệ …"; not "phường Tân An", a
#: ward of its own)
_LEVEL_NEXT = re.compile(rf"(?:xã|phường|đặc khu|thị trấn)(?:$|[,.;]|\s+(?![{CAPITAL}]))")
#: a cooperative's organs by their kind (folded; Luật Hợp tác xã 2023): who the members' resolutions give work to
_COOP_ORGAN = re.compile(r"(?:hoi dong quan tri|ban quan tri (?:cac )?(?:hop tac xa|htx)|ban kiem soat|kiem soat vien|giam doc (?:hop tac xa|htx)|ke toan (?:hop tac xa|htx)|"
                         r"dai hoi thanh vien)\b")
#: a working group a decision sets up, by its kind (folded): "Tổ công tác", "Tổ giúp việc", "Tổ thư ký"
_WORKING_GROUP = re.compile(r"to (?:cong tac|giup viec|thu ky|chuyen gia|kiem tra)\b")


#: the head of a body named as the doer ("Giám đốc Ngân hàng Nhà nước Chi nhánh …", "Chánh Văn phòng Bộ"): the body does
#: the work (Nghị định 30/2020/NĐ-CP: the head answers for the body's duty)
HEAD_WORDS = (r"(?:(?:Phó )?Giám đốc|Chánh Văn phòng|Chánh thanh tra|Cục trưởng|Vụ trưởng|Trưởng ban|Trưởng phòng|"
              # a Chủ tịch heads his body (Hội, Liên minh); the Chủ tịch of an Ủy ban nhân dân is an authority of his own
              r"(?:Phó )?Chủ tịch(?!\s+(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND)\b)|(?:Phó )?Tổng Biên tập)")
_HEAD_OF = re.compile(rf"^{HEAD_WORDS}\s+(?=\S)")
#: a member's role in a board after a dash, following his post ("Giám đốc Sở Tài chính - Phó Trưởng ban Thường trực",
#: "Chủ tịch Liên minh Hợp tác xã tỉnh - Ủy viên"): the role is the board's, not a part of the body's name
_BOARD_ROLE = re.compile(r"\s+[-–]\s+(?:Phó\s+)?(?:Trưởng(?: ban)?|Tổ trưởng|Tổ phó|Thành viên|Ủy viên|Uỷ viên|Thư ký)\b.*$")


_DEPARTMENTS: dict[int, tuple] = {}  # id(registry) → (registry, its departments' fixed names, folded)


def fixed_name(chunk: str, known: Known) -> str:
    """A department's name is fixed by the Government's decree ("Sở Khoa học và Công nghệ", the registry's types): the
    lower-case words after it, other than its place ("… tỉnh Hà Tĩnh"), are the sentence's ("Sở Khoa học và Công nghệ
    chuyển giao quy trình …"), whatever verb they start with."""
    folded = " ".join(fold(chunk).split())
    if not folded.startswith("so "):
        return chunk
    registry = known.registry
    if _DEPARTMENTS.get(id(registry), (None,))[0] is not registry:  # the folded names, once per registry
        _DEPARTMENTS[id(registry)] = (registry, [n for n in (" ".join(fold(t.name).split()) for t in registry.agency_types)
                                                 if n.startswith("so ")])
    for name in _DEPARTMENTS[id(registry)][1]:
        if folded.startswith(name + " "):
            rest = chunk.split()[len(name.split()):]
            if rest and (rest[0][:1].islower() or _opens_type(" ".join(rest[:3]))) \
                    and not re.match(r"(?:tinh|thanh pho|tp)\b", fold(" ".join(rest[:2])) + " "):  # "… thành phố Huế"
                return " ".join(chunk.split()[:len(name.split())])
    return chunk


def _to_province(chunk: str, known: Known) -> str:
    """A body's name that ends with its province's, the sentence's lower-case words after it left out ("Báo và Phát
    thanh, Truyền hình Phú Thọ | duy trì chuyên mục …")."""
    if known.places is None:
        return chunk
    for place in known.places.finditer(chunk):
        rest = chunk[place.end():].split()
        # not a level after it: a province's name inside a body's ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã")
        if rest and rest[0][:1].islower() and rest[0].strip(",.;:") not in _LEVEL_GOES_ON and not _LEVEL.match(" ".join(rest)):
            return chunk[:place.end()]
    return chunk


#: the capitalised type a body's name opens with, printed ("Sở", "Ủy ban", "Hội" …): a second name begins there
_TYPE_PRINTED = r"(?:Sở|Ủy ban|Uỷ ban|UBND|Hội|Liên minh|Ban|Phòng|Trung tâm|Chi cục|Cục|Quỹ|Ngân hàng|Văn phòng|Đài|Báo|Công an|Thanh tra)"
#: a name ending with its level (or its place after it) and another body's name right after it, no comma between, as
#: a table cell's lines are joined ("Liên minh Hợp tác xã tỉnh | Ủy ban nhân dân các xã, phường", a cell of two names
#: one a line)


def _opens_type(text: str) -> bool:
    """``text`` opens with a body's type as printed ("Sở …", "Ủy ban …", "Hội …"): another body's name starts there."""
    return re.match(rf"{_TYPE_PRINTED}\s", text + " ") is not None


_NEXT_AFTER_LEVEL = re.compile(rf"\b(?:tỉnh|xã|phường|thành phố|huyện|đặc khu)\s+(?={_TYPE_PRINTED}\s)")


def _side_by_side_names(chunk: str, known: Known) -> list[str]:
    """``chunk`` cut where a second body's name follows a whole one with nothing between: after a level ("… tỉnh Ủy ban
    nhân dân …") or after a department's fixed name ("Sở Khoa học và Công nghệ Hội Nông dân tỉnh"). Each piece keeps
    its words as printed (the cut is a space)."""
    pieces = []
    rest = chunk
    while True:
        cut = _NEXT_AFTER_LEVEL.search(rest)
        fixed = fixed_name(rest.strip(), known)
        after = rest.strip()[len(fixed):].lstrip()
        if fixed != rest.strip() and _opens_type(after) and (cut is None or len(fixed) <= cut.start()):
            at = rest.find(after, len(rest) - len(rest.lstrip()) + len(fixed))
        elif cut is not None and starts_body(rest.strip()):
            at = cut.end()
        else:
            break
        pieces.append(rest[:at])
        rest = " " * at + rest[at:]
    return [*pieces, rest] if pieces else [chunk]


#: ``_POST_ALONE_PRINTED`` folded, as a chunk's folded text is matched
_POST_ALONE = re.compile(fold(_POST_ALONE_PRINTED))


#: the social security agency by its level or region ("Bảo hiểm xã hội tỉnh", "Bảo hiểm xã hội Việt Nam", "Bảo hiểm xã
#: hội khu vực …", "Bảo hiểm xã hội cơ sở …"), folded: its name is common words, so it is named by what follows them
_SOCIAL_SECURITY = re.compile(r"^bao hiem xa hoi (?:viet nam|tinh|thanh pho|khu vuc|co so|cac tinh|xa|phuong)\b")


#: a body of a commune, or the commune's own staff in the villages, typed all in lower case with its level, as a
#: commune's bracket of doers types them ("(công an xã chủ trì, …)", "(…; thú y viên các thôn phối hợp)"), folded
LOWER_LEVEL_BODY = re.compile(r"(?:cong an|tram y te|ban chi huy quan su|doan thanh nien|hoi nong dan|hoi (?:lien hiep )?phu nu|"
                              r"hoi cuu chien binh) (?:cac )?(?:xa|phuong|dac khu|thi tran)\b|"
                              r"(?:thu y vien|khuyen nong vien|cong tac vien(?: thu y| khuyen nong)?|nhan vien thu y) "
                              r"(?:o |cua )?cac (?:thon|ban|ap|buon|xa|phuong|to dan pho)\b")
#: Vietnamese family names, which a personal name starts with: a signer's name glued to a recipient's line that goes
#: on below it ("- UBND các xã, phường, đặc khu Đặng Quang Huy" / "ven biển;") is told from a place by it, and a person
#: named in a doers' cell ("Vũ Thị Hồng Nhung (Phó đạo diễn)") from a type his name folds like ("Vụ")
FAMILY_NAMES = {n.lower() for n in (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Đinh Lương Trương Trịnh Mai Cao "
    "Lâm Hà Tạ Tô Vương Châu Thái Kiều Quách Lưu La Triệu Chu Tăng Từ Nông Lò Hứa Giang Khổng Lục Mạc Thân Diệp Lại "
    "Nghiêm Phùng Doãn Tôn Ông Bạch Hầu Quan Viên Âu Đàm Lữ Ninh Khúc Tống Trình Y Ksor Rơ Siu Nay").split()}


#: the courtesy a person's name is printed after ("Ông Phạm Văn Khải", "Bà Lê Thị Thoa"), no part of the name
COURTESY_TITLES = ("Ông", "Bà", "Anh", "Chị")


def match_agencies(phrase: str, known: Known, listed: bool = False, owners: bool = True) -> AgencyMatch:
    """Registry agencies named in ``phrase`` (longest names first, no overlaps); a remark in
    brackets ("(Cơ quan thường trực là Sở …)") does not name a lead. ``listed``: the phrase is a list
    of bodies by its label ("Cơ quan phối hợp: Văn phòng, Ban Hợp tác quốc tế"), so every capitalised
    item is a body's name, even a one-word one ("Văn phòng" of the issuer). ``owners=False`` leaves out
    the registry bodies named only as owners ("của …", "thuộc …")."""
    # a remark in brackets, or a bracket the phrase cut open ("Sở Tài chính (bà Lê Thị Ngọc Hân, ĐT"), names no body:
    # a person to contact, a phone number
    phrase = _MEMBERS.sub(lambda m: " " * len(m.group("cls")) + " , " + m.group("who") + " ", phrase)
    phrase = _shared_type(phrase)
    phrase = re.sub(r"\([^()]*(?:\)|$)", lambda m: " " * len(m.group()), phrase)
    # … nor a day mentioned with "@" after the names ("cùng UBND phường Cửa Nam @15/04/2026")
    phrase = re.sub(rf"{DAY_MENTION}(?:/\d{{2,4}})?", lambda m: " " * len(m.group()), phrase)
    # … nor the arrow a process strip draws from one step's cell to the next ("Phòng Thu mua nguyên liệu ▸")
    phrase = re.sub(r"[▸►▶→➜➔⇒]", " ", phrase)
    folded = fold(phrase)
    taken = [False] * len(folded)
    found: list[tuple[int, str]] = []
    longer = set()  # where a generic registry name starts another body's name ("Ủy ban nhân dân các huyện")
    for name, agency_id in known.names:
        start = 0
        while (at := folded.find(name, start)) >= 0:
            end = at + len(name)
            if _CONTINUES.match(folded, end):
                longer.add(at)
            boundary = (at == 0 or not folded[at - 1].isalnum()) and _name_ends(folded, end) \
                and not _OFFICE_OF.search(folded, max(0, at - 40), at) \
                and not _PARTY_OF.search(folded[max(0, at - 20):at]) \
                and not (name.startswith(_COMMITTEE) and _ORGAN_OF.search(folded[max(0, at - 50):at])) \
                and not (name == "quoc hoi" and re.search(r"\b(?:doan dai bieu|doan dbqh|dai bieu|cong tac)\s+$",
                                                           folded[max(0, at - 20):at])) \
                and not _UNIT_OF.search(phrase[max(0, at - 50):at])
            if boundary and _NATIONAL_START.match(name) and not phrase[at:at + 1].isupper() \
                    and re.search(r"(?:tiến|cán|toàn|đồng|nội|sơ|nhất)\s$", phrase[max(0, at - 8):at], re.I):
                boundary = False  # "bộ" as a word of a compound before a field's words: "Trung tâm Ứng dụng tiến bộ
                # khoa học và công nghệ …", "cán bộ tài chính" hold no "Bộ"
            owned = boundary and _CLASS_OF.search(folded, max(0, at - 90), at)
            if owned and phrase[owned.start("head")].isupper():  # "Các ban, đơn vị thuộc | Liên minh …": the class
                boundary = False
            if boundary and not any(taken[at:end]):
                for i in range(at, end):
                    taken[i] = True
                if owners or not _OWNER.search(folded[max(0, at - 9):at]):
                    found.append((at, agency_id))
            start = at + 1
    ids = []
    for _, agency_id in sorted(found):
        if agency_id not in ids:
            ids.append(agency_id)
    unknown = []
    for chunk in (piece for whole in _name_chunks(phrase) for piece in _side_by_side_names(whole, known)):
        chunk = _LEAD_WORDS.sub("", chunk)  # "phối hợp với | Vụ Pháp chế"
        chunk_f = fold(chunk).strip()
        offset = folded.find(chunk_f) if chunk_f else -1
        if not chunk_f or offset < 0 or any(taken[offset:offset + len(chunk_f)]):
            continue
        if listed and _LOWER_NAMED.match(chunk_f):  # a list by its label: a council's name is verbs in lower case
            chunk = re.split(r"\s(?:chủ trì|phối hợp|có trách nhiệm|chịu trách nhiệm)(?=\s|[,.;:]|$)", chunk)[0]
        else:
            chunk = name_only(chunk, which=not listed, whole=listed)
        chunk = fixed_name(chunk, known)
        chunk = _to_province(chunk, known)
        owner = _OWNED_BY.search(chunk)
        if owner is not None and not re.search(r"(?:^|\s)(?:các|những)\s", chunk[:owner.start()], re.I) \
                and not _OWN_TEAM.match(chunk.strip(" .,;:")):
            chunk = chunk[:owner.start()]  # one unit and whose it is: "Chi cục Phát triển nông thôn | thuộc Sở"
        chunk = _BOARD_ROLE.sub("", chunk)
        head = _HEAD_OF.match(chunk.strip())
        if head and starts_body(chunk.strip()[head.end():]):  # "Giám đốc Ngân hàng Nhà nước Chi nhánh …": the body
            chunk = chunk.strip()[head.end():]
        chunk_f = fold(chunk).strip()
        words = chunk.split()
        named = len(words) >= 2 and (any(w[:1].isupper() for w in words[1:4])  # "Sở Du lịch", "Liên minh Hợp tác xã",
                                     or words[0].isupper() or offset in longer)  # not "quỹ không chia"
        if not named and chunk.strip()[:1].isupper() and _OF_PLACE.search(chunk) and starts_body(chunk):
            named = True  # a body named by its place after a lower-case type: "Bưu điện thành phố Hà Nội", "Điện lực tỉnh …"
        if not named and chunk.strip()[:1].isupper() and 4 <= len(words) <= 9 and _LEVEL.fullmatch(words[-1]) \
                and _LEVEL_UNIT_TYPE.match(chunk_f) and starts_body(chunk) \
                and not any(w in _OBJECT_WORDS or w == "của" for w in words[1:]):
            named = True  # a unit of a level typed in lower case after its type: "Trung tâm phục vụ HCC xã", "Trung tâm
            #               dịch vụ nông nghiệp xã", "Quỹ hỗ trợ phát triển HTX tỉnh"
        if _NATIONAL_START.match(chunk_f):
            named = len(words) >= 2 and words[0][1:].islower() and words[1][:1].isupper()
        if chunk.strip(" .:,") in COMMON_SHORT:
            named = True  # a body by its usual abbreviation alone: "Đề nghị LMHTXVN …", "NHNN chỉ đạo …"
        if chunk_f.strip(" .:") in _GOVERNMENT and chunk.strip()[:1].isupper():
            named = True
        if chunk_f.startswith("uy ban nhan dan ") and len(words) >= 4:  # "Ủy ban nhân dân cấp xã"
            named = True
        if re.fullmatch(r"(?:cong an|thanh tra|van phong|thue|buu dien|dien luc|vien thong|bao tang|thu vien|doan) (?:cac )?(?:tinh|thanh pho|xa|phuong|dac khu|huyen|quan)"
                        r"(?:(?:,| va) (?:tinh|thanh pho|xa|phuong|dac khu|huyen|quan|thi tran))*",
                        chunk_f.strip(" .,;:")) and chunk.strip()[:1].isupper():
            named = True  # a level's police, inspectorate, office, tax office, post office, power or telecom branch by its
            #               level alone: "Công an tỉnh", "Công an xã", "Thanh tra tỉnh", "Văn phòng xã" ("VP xã"), "Thuế
            #               tỉnh" (the tax office since 2025), "Bưu điện tỉnh", "Điện lực xã", a province's museum or
            #               library, "Bảo tàng tỉnh", "Thư viện tỉnh"; the youth union of a level, "Đoàn xã"; every one
            #               of its levels: "Công an các xã, phường, đặc khu", "Đoàn các xã, phường"
        if _SOCIAL_SECURITY.match(chunk_f.strip(" .,;:")) and chunk.strip()[:1].isupper():
            named = True  # the social security agency, its name all common words, by its level or region: "Bảo hiểm xã
            #               hội tỉnh", "Bảo hiểm xã hội Việt Nam", "Bảo hiểm xã hội khu vực XII", "Bảo hiểm xã hội cơ sở …"
        if (_COOP_ORGAN.match(chunk_f) or _NAMED_GROUP.match(chunk.strip())) \
                and (chunk.strip()[:1].isupper() or (listed and _NAMED_GROUP.match(chunk.strip()))):  # (in a list of
            #               partners typed in lower case too: "…, phối hợp HTX X, tổ hợp tác hương trầm thôn Trạch Phổ")
            named = True  # a cooperative's organ by its kind: "Hội đồng quản trị", "Ban kiểm soát"; a cooperative group
            #               by its work and place: "Tổ hợp tác trồng dưa lưới thôn Hòa Diêm"
        if chunk.strip()[:1].isupper() and _TYPE_GOES_ON.match(chunk.strip().lower()) \
                and (len(words) >= 3 or (len(words) == 2 and _LEVEL.fullmatch(words[1]))):
            named = True  # a body of a kind named in lower case: "Ban tự quản các thôn", "Ban điều hành các ấp", "Đoàn
            #               phường" (the ward's Youth Union)
        if COMMUNE_OFFICE.match(chunk_f):
            named = True  # "phòng kinh tế", "phòng văn hóa - xã hội": a commune's office, typed in lower case
        if listed and LOWER_LEVEL_BODY.fullmatch(chunk_f.strip(" .,;:")):
            named = True  # "công an xã", "thú y viên các thôn": a commune's body or staff, typed in lower case in a
            #               slot of doers (in running text a lower-case phrase names no body)
        if chunk.strip()[:1].isupper() and _POST_ALONE.fullmatch(chunk_f.strip(" .,;:")):
            named = True  # a post alone, the officer who leads: "Giám đốc", "Cụm trưởng", "Đ/c Phó Chủ tịch"
        if chunk.strip()[:1].isupper() and _FORCES_UNIT.match(chunk_f):
            named = True  # a unit of the forces by its number: "Hải đoàn 32", "Lữ đoàn 125"
        if _MASS_BODY_OF_LEVEL.fullmatch(chunk_f.strip(" .,;:")):
            named = True  # a level's socio-political organisation, typed in lower case: "hội nông dân xã", "đoàn thanh
            #               niên phường", "hội phụ nữ xã"
        if re.match(r"P\. ?[A-ZĐ]", chunk.strip()):
            named = True  # "P.Kinh tế": a Phòng by the short form of its type
        group = _WORKING_GROUP.match(chunk_f)
        if group and chunk.strip()[:1].isupper():
            named = True  # a working group by its kind, as the decision setting it up names it: "Tổ công tác", "Tổ giúp việc"
            rest = chunk.strip().split()[len(group.group().split()):]
            # "Tổ công tác | tự giải thể …", "Tổ công tác | hỗ trợ hợp tác xã …"; not its number ("Tổ công tác số 1"),
            # nor whose it is ("Tổ chuyên gia của Trung tâm"), nor its experts' kind or the body it serves, which name
            # it ("Tổ chuyên gia tư vấn", "Tổ Thư ký giúp việc Hội đồng")
            if rest and rest[0][:1].islower() and not re.match(r"số \d", " ".join(rest)) \
                    and not _OWN_TEAM.match(chunk.strip(" .,;:")) \
                    and not re.fullmatch(rf"tư vấn|giúp việc\s+[{CAPITAL}].*", " ".join(rest)):
                chunk = " ".join(chunk.split()[:len(group.group().split())])
                words = chunk.split()
        if chunk_f.startswith(("chu dau tu ", "cac chu dau tu ")) and chunk[:1].isupper() and len(words) >= 5:
            named = True  # an actor by role, capitalised as a subject: "Chủ đầu tư dự án hạ tầng kỹ thuật …"
        if re.match(rf"(?:cac|nhung|thu truong cac) (?:so|{_GENERIC.pattern})", chunk_f) and chunk[:1].isupper() \
                and len(words) >= 3:
            named = True  # a class of bodies as a subject: "Các Sở, ban, ngành; cơ quan, đơn vị", "Thủ trưởng các cơ quan, đơn vị"
        # (its heads in lower case too where a list by its label names them: "(Phòng Kinh tế; cùng: các trưởng thôn)")
        if (_COLLECTIVE.match(chunk_f) and (chunk.strip()[:1].isupper() or (listed and _HEADS.match(chunk_f)))
                and "lien quan" not in chunk_f) \
                or (chunk_f.startswith("cong chuc ") and len(words) >= 3) or re.match(COMMUNE_OFFICER, chunk_f):
            named = True  # as the actor opening a sentence; "các sở, ngành liên quan" stays a generic phrase
        if _PARTY_PRINTED.match(chunk.strip().lower().replace("uỷ", "ủy")) and chunk.strip()[:1].isupper() and len(words) >= 2:
            named = True  # a Party organ as a subject: "Các cấp ủy, tổ chức đảng", "Cấp ủy các xã, phường, đặc khu"
        if _POLITICAL.match(chunk_f) and "lien quan" not in chunk_f:
            named = True  # the socio-political organisations of a level, as registries list them
        if re.match(_ENTERPRISE, chunk_f) and not chunk.strip()[:1].isupper():
            named = False  # "hạ tầng viễn thông", "các công ty"
        elif re.match(r"(?:tinh|huyen|thanh) doan\b", chunk_f) and chunk.strip()[:1].isupper():
            named = True  # the youth union of a level by its one name: "Tỉnh đoàn", "Huyện đoàn"
        elif re.match(_BRAND + "|" + _FINANCE_UNITS, chunk_f) and len(words) >= 2 and chunk.strip()[:1].isupper():
            named = True  # a brand is a proper name: "Agribank chi nhánh tỉnh Gia Lai", "Viettel Đắk Lắk"
        # a list by its label names bodies, whatever their type; a class in it ("Các thành viên Hội đồng", "Các sở,
        # ngành") only as the rules above name one
        listed_name = listed and not _CLASS.match(chunk_f)
        if listed_name and chunk.strip()[:1].isupper() and "lien quan" not in chunk_f and 0 < len(words) <= 12:
            named = True
        if listed_name and chunk.strip()[:1].islower() and len(words) <= 8 and (
                _VILLAGE_NUMBERED.fullmatch(chunk_f.strip(" .:,"))
                or (_LEVEL_AT_END.search(chunk_f.strip(" .:,")) and _AGENCY_START.match(chunk_f.strip())
                    and starts_body(chunk, named=False))):
            named = True  # a column of bodies typed in lower case, a body by its type and level or a village by its
            #               number: "công an phường", "đoàn thanh niên xã", "trạm y tế xã", "tổ dân phố 7"
        if chunk.strip()[:1].isupper() and _AGENCY_START.match(chunk_f) and not starts_body(chunk, named=False) \
                and not (listed_name and words[0].lower() in FAMILY_NAMES and 3 <= len(words) <= 5
                         and all(w[:1].isupper() for w in words)):
            continue  # a capitalised word that only folds like a type ("Quý II" is no "Quỹ", "Bố trí" no "Bộ"), even in a list
        if chunk_f.startswith("ga ") and not chunk.strip().startswith("Ga "):
            continue  # a station is printed "Ga" ("gà đồi Yên Thế" is no station)
        if _COOP_ORGAN.match(chunk_f) and not chunk.strip()[:1].isupper():
            continue  # a trade, not the organ: "bồi dưỡng quản trị, kế toán HTX cho 150 thanh niên"
        # every body of a type, capitalised as a name's type ("Các Thuế cơ sở", "Các Trạm KN khu vực")
        plural = _PLURAL.match(chunk.strip()) is not None and starts_body(chunk)
        if (listed_name or _AGENCY_START.match(chunk_f) or plural) and len(chunk_f) < 90 and named:
            if len(words) >= 3 and words[0] in COURTESY_TITLES and all(w[:1].isupper() for w in words[1:]):
                words = words[1:]  # a member by his name, the courtesy before it aside ("Bà Lê Thị Thoa": Lê Thị Thoa)
            unknown.append(" ".join(words).strip(" .:"))
    return AgencyMatch(ids, unknown)



#: one local body's type for two places of a level ("Ủy ban nhân dân xã Thành Công, xã Phan Thanh", "UBND phường A và
#: phường B"): the type goes with each place
_SHARED_TYPE = re.compile(r"(?P<head>(?P<type>Ủy ban nhân dân|UBND|Công an|Ủy ban MTTQ(?: Việt Nam)?) (?P<lvl>xã|phường|thị trấn|"
                          r"đặc khu) [A-ZĐ]\S*(?:\s+[A-ZĐ]\S*){0,3})(?P<sep>,\s+|\s+và\s+)(?P=lvl)(?=\s+[A-ZĐ])")


def _shared_type(phrase: str) -> str:
    """``phrase`` with a local body's type written before each place that shares it (``_SHARED_TYPE``)."""
    for _ in range(6):
        phrase, n = _SHARED_TYPE.subn(lambda m: f"{m.group('head')}{m.group('sep')}{m.group('type')} {m.group('lvl')}", phrase)
        if not n:
            break
    return phrase


#: a class of bodies with its members in brackets ("các tổ chức chính trị - xã hội (Hội Nông dân, Hội Liên hiệp Phụ nữ,
#: Huyện đoàn, Hội Cựu chiến binh)", "các đoàn thể (…)"): the bracket lists the bodies, the class is their name together
_MEMBERS = re.compile(r"(?P<cls>(?<!\w)(?:các|những)\s+(?:tổ chức chính trị\s*-\s*xã hội|đoàn thể(?:\s+chính trị\s*-\s*xã hội)?|"
                      r"hội,?\s+đoàn thể|tổ chức đoàn thể|tổ chức hội)(?:\s+(?:tỉnh|huyện|xã|phường|cấp \w+))?)\s*"
                      r"\((?P<who>[^()]{3,300})\)", re.I)
_LEAD_IN = re.compile(r"(?:giao(?: cho)?|(?:kinh |tran trong )?de nghi|yeu cau|chu tich|thu truong|,|;|va|cung|voi|\s)+")


def leading_agencies(text: str, known: Known) -> str | None:
    """The agencies a sentence starts with ("Sở Kế hoạch và Đầu tư, UBND các huyện … tập trung …"):
    the printed phrase naming them, or None. A body that gives the work to others is none of them ("UBND tỉnh giao | Sở
    Tài chính chủ trì …")."""
    folded = fold(text)
    pos, end, start = 0, 0, 0
    while True:
        skip = _LEAD_IN.match(folded, pos)
        if skip:
            pos = skip.end()
            if end and re.search(r"\bgiao\b", skip.group()):
                start = pos
        hit = None
        for name, _ in known.names:  # longest first
            if folded.startswith(name, pos) and _name_ends(folded, pos + len(name)):
                hit = name
                break
        if hit is None:
            break
        pos = end = pos + len(hit)
    return text[start:end] if end > start else None


def agency_runs(text: str, known: Known) -> list[str] | None:
    """Split a cell that is nothing but agency names side by side, with no comma or "và" between
    two of them ("Sở Tài chính Các sở, ban, ngành, địa phương" = two columns on one line).
    None when the text is not fully covered by registry names."""
    folded = fold(text)
    pos, cuts, last_sep = 0, [], True
    while pos < len(folded):
        skip = re.compile(r"(?:[,;]|\s|\bva\b)+").match(folded, pos)
        if skip and skip.end() > pos:
            last_sep = last_sep or bool(re.search(r"[,;]|\bva\b", folded[pos:skip.end()]))
            pos = skip.end()
            continue
        hit = next((n for n, _ in known.names if folded.startswith(n, pos)
                    and (pos + len(n) == len(folded) or not folded[pos + len(n)].isalnum())), None)
        if hit is None:
            return None
        if pos and not last_sep:
            cuts.append(pos)
        pos += len(hit)
        last_sep = False
    if not cuts:
        return None
    bounds = [0, *cuts, len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:])]


def trailing_agency(text: str, known: Known) -> int | None:
    """Where a registry agency name ends ``text`` (a row printed on one line: "… tập thể Báo Gia Lai")."""
    folded = fold(text).rstrip()
    for name, _ in known.names:
        if folded.endswith(name) and len(folded) > len(name) + 10 and folded[-len(name) - 1] == " ":
            return len(folded) - len(name)
    return None


# --- abbreviations a document defines --------------------------------------------

#: a legend of abbreviations under a table or at the foot ("Ghi chú: TT KC&XTTM: Trung tâm …; P.QLTM: Phòng …",
#: "Chữ viết tắt:" and one "- X: …" a line below it), folded
_LEGEND = re.compile(r"^[\s*_\-+•(]*(?:(?:ghi chu|chu thich)(?: (?:ve )?(?:cac )?(?:chu|tu) viet tat)?|(?:cac )?(?:chu|tu) viet tat|"
                     # the signs the document gives its units ("Ký hiệu đơn vị: PKD - Phòng Kinh doanh; …", "Ký hiệu:")
                     r"ky hieu(?: (?:cac )?(?:don vi|co quan|bo phan|phong ban))?|"
                     # … or the codes it gives them ("Mã bộ phận dùng trong bảng: PUR - Bộ phận Thu mua …; …")
                     r"ma (?:cac )?(?:don vi|co quan|bo phan|phong ban)|"
                     # … where they are used ("Chữ viết tắt trong bảng:", "Từ viết tắt dùng trong Kế hoạch:")
                     r"viet tat)(?: (?:trong|dung trong|su dung trong) [a-z ]{2,30})?[\s*_]*\)?\s*:[\s*_]*")  # "Ghi chú:", "*Ghi chú chữ viết tắt:*", "Chữ viết tắt:"
_LEGEND_ENTRY = re.compile(r"^[\s\-+•*]*(?P<abbr>[^:;]{1,25}?)(?:\s*:|\s+[-–=])\s*(?P<full>[^:;]{2,160}?)[\s.;,]*$")
#: a name defined in the text: "Trung tâm Khuyến công và Xúc tiến thương mại (sau đây gọi tắt là Trung tâm)",
#: "(viết tắt là TTKC)", quotes around the short name or not
_DEFINED = re.compile(r"\(\s*(?:sau đây\s+)?(?:được\s+)?(?:gọi tắt|viết tắt|gọi)\s+(?:là\s+)?[“\"']?(?P<abbr>[^”\"'()]{1,40}?)"
                      r"[”\"']?\s*\)", re.I)


#: a short name in bare brackets right after a body's name: "Sở Tài chính (Sở TC)", "Ngân hàng Chính sách xã hội tỉnh
#: (NHCSXH tỉnh)"
_BRACKETED = re.compile(r"\(\s*(?P<abbr>[^()\d,;:.]{2,25}?)\s*\)")


def _common_noun_before(before: str, abbr: str) -> bool:
    """The words right before the bracket are those ``abbr`` is the initials of, and they name no body: a common noun
    shortened ("… của Sở Tài chính, năm 2025 mới có 61% số hợp tác xã (HTX)": "HTX" is "hợp tác xã", not the Sở)."""
    words = before.split()
    shared = set(fold(abbr).split()) & {fold(w) for w in words[-8:]}  # "NHCSXH tỉnh" after "… xã hội tỉnh": "tỉnh"
    while words and fold(words[-1]) in shared:
        words.pop()
    letters = "".join(ch for w in fold(abbr).split() if w not in shared for ch in w if ch.isalpha())
    tail = words[-len(letters):] if letters else []
    if not (len(tail) == len(letters) >= 2 and "".join(fold(w)[:1] for w in tail) == letters):
        return False
    ahead = words[-len(letters) - 1:-len(letters)]  # a word both share before them ("Sở | Tài chính (Sở TC)"): the name's
    return not starts_body(" ".join((ahead if ahead and fold(ahead[0]) in shared else []) + tail))


def _abbreviates(abbr: str, full: str) -> bool:
    """``abbr`` is made of ``full``'s words' initials, in order ("Sở KH&CN" of "Sở Khoa học và Công nghệ", "NHCSXH
    tỉnh" of "Ngân hàng Chính sách xã hội tỉnh"): words both share ("Sở", "tỉnh") aside."""
    words = fold(full).split()
    letters = "".join(ch for w in fold(abbr).split() if w not in words for ch in w if ch.isalpha())
    initials = "".join(w[0] for w in words if w[:1].isalpha())
    it = iter(initials)
    return len(letters) >= 2 and all(ch in it for ch in letters)


def initialism(abbr: str) -> bool:
    """An abbreviation as legends print one: mostly capital letters ("TT KC&XTTM", "P.QLTM", "HTX", "Sở NN&MT")."""
    upper = sum(ch.isupper() for ch in abbr)
    lower = sum(ch.islower() for ch in abbr)
    return upper >= 2 and lower < upper and len(abbr.split()) <= 4


def legend_entries(lines: list[str]) -> list[tuple[int, str, str]]:
    """(1-based line, short name, full name) of each entry of a legend of abbreviations, its entries on the head's line
    ("Ghi chú: CT: chủ trì; PH: phối hợp") or one a line under a head alone ("Chữ viết tắt:" then "- VP Bộ: Văn
    phòng Bộ;"); a head alone is given as (line, "", "")."""
    return list(_legend_entries(lines))


#: a section's title that names a legend, its entries a line each under it and maybe a sentence on how to read them
#: ("II. KÝ HIỆU PHÂN CÔNG", "CHỮ VIẾT TẮT", "Các ký hiệu dùng trong Kế hoạch"), folded, its marker and markup aside
_LEGEND_TITLE = re.compile(r"^[\s#*_]*(?:(?:[ivx]{1,4}|\d{1,2}|[a-z])[.)]\s*)?(?:cac |bang )?(?:ky hieu|chu viet tat|tu viet tat)"
                           r"(?: [a-z]+){0,5}[\s*_:]*$")


#: a sentence's end, then another opening (a capitalised word and a lower-case one: "… lưới điện. Dòng nào …"; not
#: "TP. Hồ Chí Minh")
_SENTENCE_AFTER = re.compile(rf"(?<=[a-zà-ỹđ]{{2}})\.\s+(?=[{CAPITAL}]\S*\s+[a-zà-ỹđ\"“])")  # (or a quoted word: "Cột "Mốc" …")


#: an abbreviation Markdown defines for its page (PHP Markdown Extra, MkDocs' "abbr" extension: "*[QLCN]: Phòng Quản lý
#: công nghệ và Đổi mới sáng tạo"), wherever it stands
_MARKDOWN_ABBR = re.compile(r"^\s*\*\[(?P<abbr>[^\[\]\n]{1,30})\]\s*:\s*(?P<full>\S.*?)\s*$")


def _legend_entries(lines: list[str]):
    legend = False  # inside a legend whose entries come one a line
    titled = 0  # lines left before a legend's first entry under its section's title (a sentence on reading it)
    for number, line in enumerate(lines, start=1):
        text = " ".join(line.replace("\t", " ").split())
        if not text:
            continue  # a blank line inside a legend (Markdown puts one between its items)
        defined = _MARKDOWN_ABBR.match(line)
        if defined:
            yield number, defined["abbr"].strip(), defined["full"]
            continue
        if _LEGEND_TITLE.match(fold(text)):
            legend, titled = True, 2
            yield number, "", ""
            continue
        head = _LEGEND.match(fold(text))
        # the head's line going on after its last entry with a sentence of its own ("…; Tổ TN - Tổ công tác tiếp nhận.
        # Dòng nào để trống …", "…; PLT - Xưởng chế biến. Cột "Mốc" tính theo …; …"): the entries end there
        after = _SENTENCE_AFTER.search(text, head.end()) if head else None
        entries = text[head.end():after.start() if after else None].split(";") if head else [text] if legend else \
            text.split(";") if is_legend(text) else []  # a legend with no head, its entries on one line
        read = 0
        for entry in entries:
            entry_match = _LEGEND_ENTRY.match(entry)
            if entry_match and initialism(entry_match.group("abbr")):
                yield number, entry_match.group("abbr").strip(), entry_match.group("full").strip()
                read += 1
        titled = titled - 1 if legend and not read and titled > 0 else 0
        legend = bool(head and not text[head.end():].strip()) or (legend and (read > 0 or titled > 0))
        if head and not text[head.end():].strip():
            yield number, "", ""


#: the head of a table of the codes a document gives its units, folded: the code's column ("Mã", "Ký hiệu", "Viết
#: tắt", "Máy lẻ", "Số máy lẻ") then the unit's ("Bộ phận", "Đơn vị", "Tên đơn vị", "Phòng ban", "Cơ quan")
_CODE_HEAD = re.compile(r"^(?:ma(?: so| (?:don vi|bo phan|phong ban))?|ky hieu|(?:chu |tu )?viet tat|(?:so )?may le|so may)$")
_UNIT_HEAD = re.compile(r"^(?:ten )?(?:bo phan|don vi|phong ban|phong|co quan|to chuc)(?: (?:thuc hien|phu trach))?$")
#: a code as such a table prints it: a short word of capitals or digits ("ML 201", "P.KD", "BP-03", "204")
_CODE = re.compile(r"^(?=.*[A-Z\d])[A-ZĐ\d][A-ZĐa-z\d.&/\- ]{0,11}$")


def _table_cells(line: str) -> list[str]:
    """The cells of a table's row as a text prints it: a Markdown row's, or a Word row's TAB apart."""
    text = line.strip()
    cells = text.strip("|").split("|") if text.startswith("|") else line.split("\t")
    return [" ".join(cell.replace("*", " ").split()) for cell in cells]


def code_table(lines: list[str]) -> list[tuple[int, str, str]]:
    """(1-based line, code, unit's name) of each row of a table of the codes a document gives its units, to write
    them short in its table of tasks ("Máy lẻ | Bộ phận | Người trực" / "ML 201 | Phòng Kinh doanh nguyên liệu | …",
    "Mã | Đơn vị" / "P01 | Phòng Kế hoạch"): a legend drawn as a table, its code first and the unit's name after it;
    its head given as (line, "", "")."""
    out = []
    head = False
    for number, line in enumerate(lines, start=1):
        if "\t" not in line and "|" not in line:
            head = False
            continue
        cells = _table_cells(line)
        if len(cells) >= 2 and _CODE_HEAD.match(fold(cells[0])) and _UNIT_HEAD.match(fold(cells[1])):
            head = True
            out.append((number, "", ""))
        elif head and len(cells) >= 2 and _CODE.match(cells[0]) and starts_body(cells[1]):
            out.append((number, cells[0], cells[1]))
        elif head and not re.fullmatch(r"[\s|:\-]*", line):
            head = False
    return out


def abbreviations(lines: list[str], entries: list[tuple[int, str, str]] | None = None,
                  coded: list[tuple[int, str, str]] | None = None) -> dict[str, tuple[str, int]]:
    """The short names a document defines for itself, as printed → (the full name as printed, its 1-based line): a
    legend of abbreviations (Nghị định 30/2020/NĐ-CP leaves abbreviations to the drafter, who explains them in a
    "Ghi chú" under the table or a list of "Chữ viết tắt"), and a body's name followed by "(sau đây gọi tắt là …)",
    "(viết tắt là …)" in the text (its short name may be words: "Trung tâm"), a table of the codes it gives its units
    (``code_table``). ``entries``: the legends' entries, when
    ``legend_entries`` has read them already; ``coded``: the table's rows, when ``code_table`` has."""
    out: dict[str, tuple[str, int]] = {}
    for number, abbr, full in legend_entries(lines) if entries is None else entries:
        if abbr:
            out.setdefault(abbr, (full, number))
    for number, code, full in code_table(lines) if coded is None else coded:  # "ML 201 | Phòng Kinh doanh nguyên liệu"
        if code:
            out.setdefault(code, (full, number))
    for number, line in enumerate(lines, start=1):
        text = " ".join(line.replace("\t", " ").split())
        for defined in _DEFINED.finditer(text):
            name = _headed_by(text[:defined.start()], defined.group("abbr").strip()) or _name_before(text[:defined.start()])
            if name and defined.group("abbr").strip():
                out.setdefault(defined.group("abbr").strip(), (name, number))
        for bracket in _BRACKETED.finditer(text):  # "Sở Tài chính (Sở TC)": the initials of the name before it
            abbr = bracket.group("abbr").strip()
            name = _name_before(text[:bracket.start()]) if initialism(abbr) else None
            # a name, not a sentence that opens with one ("Thuế tỉnh … đang quản lý 612 hợp tác xã (HTX)": "HTX" is
            # the words before it, whose initials these are, not the body)
            if name and _abbreviates(abbr, name) and name_only(name).strip(" ,") == name \
                    and not _common_noun_before(text[:bracket.start()], abbr):
                out.setdefault(abbr, (name, number))
    return out


def legend_lines(lines: list[str], entries: list[tuple[int, str, str]] | None = None) -> set[int]:
    """The 1-based lines of the document's legends of abbreviations, head and entries that are nothing else (a line
    "Ghi chú: Các đơn vị gửi báo cáo …" is no legend): never a task."""
    out = set()
    for number, abbr, _ in legend_entries(lines) if entries is None else entries:
        if not abbr or is_legend(lines[number - 1]) or _LEGEND_ENTRY.match(" ".join(lines[number - 1].split())):
            out.add(number)
    return out


#: a sentence after a legend's entries that says how to read the document's signs, folded: where the doers are written
#: and in what order ("trong ngoặc đơn ghi lần lượt: đơn vị chủ trì / đơn vị phối hợp / thời hạn"), what a mark means
#: ("dấu "-" là không có …", "đơn vị in đậm là đơn vị chủ trì")
_NOTATION_NOTE = re.compile(r"\b(?:trong (?:dau )?ngoac|ghi lan luot|(?:dau|ky hieu) \W{0,2}\S{1,2}\W{0,2} la|"
                            # … what a column holds or is counted by ("Cột "Mốc" tính theo Ngày N của từng đơn vị …")
                            r"^\W*cot \W?[^.;:]{1,30}?\W? (?:tinh theo|ghi|la|chi)\b|"
                            r"(?:in dam|in nghieng|gach chan|dung truoc|dung sau|ghi truoc|ghi sau) la (?:don vi|co quan))")


def is_legend(text: str) -> bool:
    """``text`` is a legend of abbreviations and nothing else ("Ghi chú chữ viết tắt: Cục KTHT: Cục Kinh tế hợp tác …;
    VP Bộ: Văn phòng Bộ", "Ghi chú: CT: chủ trì; PH: phối hợp"), never a "Ghi chú:" that says something else."""
    text = " ".join(text.replace("\t", " ").split())
    head = _LEGEND.match(fold(text))
    body = text[head.end() if head else 0:]
    note = _SENTENCE_AFTER.search(body) if head is not None else None
    if note and _NOTATION_NOTE.search(fold(body[note.end():])):  # "…; BGĐ - Ban Giám đốc. Cuối mỗi giải pháp, trong
        body = body[:note.start()]                                # ngoặc đơn ghi lần lượt: …": how to read the signs
    entries = [e for e in body.split(";") if e.strip(" .")]
    if head is not None:
        return bool(entries) and all((m := _LEGEND_ENTRY.match(e)) and initialism(m.group("abbr")) for e in entries)
    # … or two entries and more with no head, each a short name spelt out ("P.KT-ĐT: Phòng Kỹ thuật - Đầu tư vùng trồng;
    # P.KH-TM: Phòng Kế hoạch - Thu mua; …", under a section that says so), never bodies with their work after a colon
    # ("Sở TC: tổng hợp …; Sở CT: kết nối …")
    spelt = [(m.group("abbr"), m.group("full")) for e in entries if (m := _LEGEND_ENTRY.match(e))]
    if any(abbr in ("CT", "PH") and fold(full).strip(" .") not in ("chu tri", "phoi hop") for abbr, full in spelt):
        return False  # the two roles typed short with the bodies in them, an item's fields ("CT: phòng Kinh tế; PH: …")
    return len(entries) >= 2 and len(spelt) == len(entries) and sum(
        initialism(abbr) and (_abbreviates(abbr, full) or starts_body(full)) for abbr, full in spelt) >= max(2, len(spelt) - 1)


def _headed_by(text: str, short: str) -> str | None:
    """The body's name that ``text`` ends with, where it opens with the words of its short name ("Tổ Thư ký giúp việc
    Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh (gọi tắt là Tổ Thư ký)": the short name is the name's head, however
    long the rest), or None (an initialism; no such words in the sentence before the bracket)."""
    if not short or initialism(short) or not starts_body(short):
        return None
    clause = re.split(r"[.;:()]", text)[-1]
    at = fold(clause).rfind(fold(short))
    if at < 0 or (at > 0 and not clause[at - 1].isspace()) or len(clause) - at > 200:
        return None
    return clause[at:].strip(" ,") or None


def _name_before(text: str) -> str | None:
    """The body's name that ``text`` ends with: from the last word that starts a body's name ("… giao Trung tâm
    Khuyến công và Xúc tiến thương mại" → "Trung tâm Khuyến công và Xúc tiến thương mại"), or None."""
    text = text.rstrip()
    starts = [m.start() for m in re.finditer(r"(?:^|(?<=[\s,;(]))\S", text)]
    found, found_at = None, len(text)
    for at in reversed(starts[-14:]):
        if re.search(r"[.;:()]", text[at:]):  # never across a bracket: "… (sau đây viết tắt là Sở KH&CN) xây dựng … (HTX)"
            break
        if found is not None and re.search(r",|\s(?:với|và|cùng)\s", text[at:found_at]):
            break  # a unit before its owner's name is one name ("Hạt Kiểm lâm | Vườn quốc gia …"); a list is not
        if starts_body(text[at:]) and (found is None or name_only(text[at:]).strip(" ,") == text[at:].strip(" ,")):
            found, found_at = text[at:].strip(" ,"), at
    return found


def expand(phrase: str, short: dict[str, tuple[str, int]], starting: frozenset = frozenset(),
           entire: frozenset = frozenset()) -> tuple[str, list[str]]:
    """``phrase`` with the document's short names written out ("P.QLTM" → "Phòng Quản lý thương mại", "Liên minh HTX
    tỉnh" → "Liên minh Hợp tác xã tỉnh": a short name inside a body's name takes a capital as the name's words do),
    and the short names it used. Those in ``starting`` only where they start a name: inside a name typed short they
    stay as printed ("UB MTTQ huyện"). Those in ``entire`` are whole names (people's), whatever word follows them
    ("Triệu Thị Ngân Đàm Thị Lan", a cell's lines run together)."""
    used: list[str] = []
    for abbr in sorted(short, key=len, reverse=True):
        pattern = re.compile(rf"(?<![\w&.]){re.escape(abbr)}(?![\w&])")

        def full(m: re.Match, abbr=abbr) -> str:
            after = phrase[m.end():].split(maxsplit=1)
            if after and after[0][:1].isupper() and abbr not in entire:
                return m.group()  # a name that starts the same ("Trung tâm | Phục vụ hành chính công"), not the short one
            name = short[abbr][0]
            before = fold(phrase[:m.start()]).split()
            tails = [" ".join(before[-k:]) + " " for k in (1, 2) if len(before) >= k]
            inside = any((start := _AGENCY_START.match(tail)) and start.end() >= len(tail) - 1 for tail in tails)
            if inside and abbr in starting:
                return m.group()
            if abbr not in used:
                used.append(abbr)
            if abbr in entire and after and after[0][:1].isupper():
                return f"{name};"  # another name right after a person's: the list's separator lost (a cell's lines)
            return name[:1].upper() + name[1:] if inside else name
        phrase = pattern.sub(full, phrase)
    return phrase, used


#: registry kinds of central bodies, and of those whose own units (Vụ, Cục …) a plan assigns work to
CENTRAL_KINDS = {"quoc-hoi", "chinh-phu", "thu-tuong", "bo", "co-quan-ngang-bo", "don-vi-thuoc-bo"}
MINISTRY_KINDS = {"bo", "co-quan-ngang-bo"}
#: central bodies by their names; also a national organisation, named for the whole country or the centre ("Liên
#: minh Hợp tác xã Việt Nam", "Hội Nông dân Việt Nam", "Ban Kinh tế Trung ương"): "Hà Nội, ngày …" is where it sits
_CENTRAL = re.compile(r"^(?:bo |quoc hoi|chinh phu|thu tuong|van phong chinh phu|thanh tra chinh phu|"
                      r"ngan hang nha nuoc viet nam|uy ban dan toc|uy ban thuong vu quoc hoi|.*\bviet nam$|.*\btrung uong\b)")
#: a ministry's own unit, as its name starts; not one that names whose it is ("Cục … thuộc Bộ …", "Cục Thuế tỉnh")
_UNIT = re.compile(r"^(?:vu|cuc|tong cuc|vien|trung tam|van phong bo|thanh tra bo|bao|tap chi|hoc vien|"
                   r"nha xuat ban)(?:\s|$)")
_NAMES_ANOTHER = re.compile(r"\b(?:thuoc|cua|tinh|thanh pho|huyen|bo)\b")


def is_central(name: str) -> bool:
    """A central body by its name (a ministry not yet in the registry: "BỘ …")."""
    return bool(_CENTRAL.match(fold(name).strip()))


def propose_agency(name: str, province: str | None, province_slug: str | None, parent: str | None = None) -> dict:
    """A body the registry lacks. Under a ministry's plan, its own units (Vụ, Cục, Viện …) are proposed
    under it: ``parent``, and an id that says whose ("vu-phap-che-bo-tai-chinh": every ministry has one)."""
    base = slugify(name, 50) or "co-quan"
    folded = fold(name)
    unit = _UNIT.match(folded) if parent else None
    if unit and not _NAMES_ANOTHER.search(folded[unit.end():]):
        base = slugify(name, max(20, 79 - len(parent))) or "don-vi"  # ids are at most 80 characters
        return {"id": f"{base}-{parent}", "name": name, "variants": [name], "kind": "don-vi-thuoc-bo",
                "type": "don-vi-thuoc-bo", "province": None, "parent": parent}
    agency_id = f"{base}-{province_slug}" if province_slug and not base.endswith(province_slug) else base
    return {"id": agency_id, "name": name, "variants": [name], "kind": "khac", "type": "khac", "province": province}


# --- lead / cooperating phrases ------------------------------------------------

_VERBS = (r"triển khai|thực hiện|tổ chức|xây dựng|nghiên cứu|tham mưu|rà soát|hướng dẫn|đề xuất|theo dõi|"
          r"kiểm tra|tuyên truyền|hỗ trợ|chỉ đạo|tập trung|đánh giá|báo cáo|để|nhằm|trong|tiếp tục|định kỳ|"
          r"cân đối|bố trí|ban hành|lồng ghép|phổ biến|quán triệt|khảo sát|"
          # … and the work's verbs after the partners ("phối hợp phòng Kinh tế | giới thiệu 03 doanh nghiệp …")
          r"giới thiệu|vận động|kết nối|tập huấn|cung cấp|chuẩn bị|xác minh|"
          # … or what they plan ("phối hợp Phòng Quản lý ngân sách | dự kiến phương án phân bổ")
          r"dự kiến|"
          # … or do, as plans say it plainly ("kết hợp với Trung tâm Khuyến nông tỉnh | mở 08 lớp …", "… | lập hồ sơ",
          # "… | đưa sản phẩm …"; not a word of names: "Đăng ký", "cấp xã", "Dịch vụ tổng hợp", "Tổ giúp việc")
          r"mở|(?<!thành )(?<!thiết )(?<!độc )lập|đưa")
LEAD_IN_TEXT = re.compile(r"^(?:Giao\s+(?:cho\s+)?)?(?P<lead>[^.;:]{3,220}?)\s+(?:chủ trì|là cơ quan chủ trì|làm đầu mối)", re.I)
#: the time of the work after a spaced dash ("… phối hợp Liên minh HTX tỉnh, Hội LHPN tỉnh - thực hiện trong tháng 12"):
#: the partners end before it (a dash inside a name, "Văn hóa - Xã hội", goes on)
_DASHED_TIME = (r"\s+[-–—]\s+(?:thực hiện|hoàn thành|xong|trong|trước|tháng|quý|năm|từ|thường xuyên|hằng|định kỳ|"
                r"cuối|đầu)\b")
#: the dot of a short type or place typed close to the name ("P.Kinh tế", "TP.HCM"): one or two capitals, then a capital
_SHORT_DOT = r"(?-i:(?:(?<=\W[A-ZĐ])|(?<=\W[A-ZĐ]{2}))\.(?=[A-ZĐ]))"
#: the partners after "phối hợp với" or "làm việc với" (not "lịch làm việc với": the hosts of a visit), up to the verb
#: of the work (lower case: a capitalised word is a name's own, "Trung tâm Tư vấn và Hỗ trợ hợp tác xã"), or to the
#: bracket they are said in ("… (phối hợp Thuế tỉnh Hưng Yên) — tháng 9/2026": a bracket aside inside stays, "Sở NN&MT
#: (Chi cục PTNT), UBND các xã"); a short type's dot goes on the name ("phối hợp P.Kinh tế tổ chức …"); "p/h" as offices
#: shorten it ("…, p/h UBND các xã, phường")
COOP = re.compile(rf"(?:phối (?:kết )?hợp(?!\s+của\b)(?:\s+(?:chặt chẽ\s+)?với)?|(?<!lịch )làm việc với|(?<![\w/])p/h|"
                  # … or "kết hợp với" a body ("Ban Kinh tế - Xã hội kết hợp với Trung tâm Khuyến nông tỉnh mở …"; not
                  # with a round of work, "kết hợp với đợt kiểm tra …")
                  rf"kết hợp với(?=\s+(?-i:[{CAPITAL}]|các\s|{LOWER_TYPE})))\s+"
                  rf"(?P<coop>(?:[^.;:()]|{_SHORT_DOT}|\([^()]*\)?){{3,300}}?)"
                  rf"(?=\s+(?-i:{_VERBS})\b|[;:)]|(?!{_SHORT_DOT})\.|$|{_DASHED_TIME})", re.I)
#: a line that assigns the items around it, a group's ("Cơ quan tham mưu, thực hiện: …", "Trách nhiệm thực hiện: X chủ
#: trì; Y phối hợp. Thời gian: …" after a group's bullets)
ASSIGN = re.compile(r"^(?:b\)\s*)?(?:Cơ quan (?:tham mưu|chủ trì)[^:]*|(?:Trách nhiệm|Phân công) thực hiện)\s*:\s*"
                    r"(?P<who>.*)$", re.I)


# --- deadlines ---------------------------------------------------------------

#: a day mentioned with "@", as a task list of a notes or project app prints a to-do's due date ("… — Nhóm Vận hành
#: @31/03/2026"), without its year: the one table of it (the deadline reader's trigger, the names' end, a doer's field)
DAY_MENTION = r"@\s?\d{1,2}/\d{1,2}"
_DUE_MENTION = rf"(?<![\w@])(?={DAY_MENTION})@"
#: "hạn" alone before the day, as a short field after a clause ("…; hạn 10/11.", "(hạn: 30/11/2026)"): the deadline,
#: folded (not "thời hạn", "hạn chót" read on their own; not a word ending in "hạn": "gia hạn", "giới hạn", "kỳ hạn")
_DUE_ALONE = r"(?<![\w/])(?<!thoi )(?<!gia )(?<!gioi )(?<!ky )(?<!huu )(?<!quyen )(?<!co )han(?=\s*:?\s*(?:ngay )?\d)"


_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_QS = r"(?:iv|iii|ii|i)"
#: a quarter as offices type it, folded: its word ("Quý", "quý") or the word's abbreviation ("Q.III/2026", "Q.IV",
#: "Q3/2026"), and its number in Roman or Arabic numerals ("Quý III/2026", "Quý 3/2026"). The abbreviation only stands
#: for a quarter before a number and its year ("Q.III/2026", "Q.3/2026"); yearless, "Q.3" is a district (Quận 3)
_QWORD = r"(?:quy |(?<![\w.])q\.?\s*(?=(?:iv|iii|ii|i|[1-4])\s*(?:[-–—,/]|va|den)))"
_QN = r"(?:iv|iii|ii|i|[1-4](?!\d))"
_DASH = r"\s*[-–—]\s*"
#: up to a day, no start printed ("đến 30/11/2026", "đến hết ngày 31/12/2026"), folded, before the day; not the day
#: figures are counted to ("số liệu tính đến ngày 30/6/2026")
_UP_TO = r"(?<!tinh )\bden (?:het )?(?:ngay )?"
#: an occasion's day, before the day ("vào dịp 15/10/2026", a time cell's "Dịp 15/10/2026", "dịp lễ 2/9"), folded
_OCCASION_DAY = r"(?:\bvao dip (?:ngay )?|^dip (?:ngay )?|\bdip (?:le |tet )(?:ngay )?)"
#: a part of the day printed before a day ("sáng ngày 10/4", "tối ngày 10/4/2026", "buổi chiều ngày …"), folded ("tối"
#: folds as "tới" does: only where the day follows)
_DAYPART = r"(?:buoi )?(?:sang|chieu|trua|toi|dem)\s+(?=ngay |\d{1,2}/\d)"
#: an hour printed before a day ("16 giờ 00", "16 giờ 30 phút", "16h00", "16h", "08 giờ 00 phút,"), maybe with its part
#: of the day ("17 giờ chiều ngày …"), or that part alone ("sáng ngày 10/4"), folded: the model's deadlines are days
_HOUR = rf"(?:\d{{1,2}}\s*(?:gio|h)(?:\s*\d{{2}}(?:\s*phut)?)?,?\s+(?:{_DAYPART})?|{_DAYPART})"
#: a day of a month of every quarter, as quarterly reports are asked ("trước ngày 25 của tháng cuối quý", "ngày 15 tháng
#: đầu quý sau"), folded
_QUARTER_DAY = r"(?:truoc |cham nhat )?ngay \d{1,2} (?:cua )?thang (?:cuoi|dau) (?:cua )?(?:moi |hang )?quy\b"
#: a time cell of one day, maybe with the part of the day or the hour the work is held ("08/9/2026", "Chiều 15/10/2026",
#: "Sáng 16/10/2026, từ 7 giờ 00"), or the day it is done by ("xong 20/10/2026", "hoàn thành 15/11"), its year maybe left
#: to the plan's ("chiều 07/6"), folded
_DAY_CELL = re.compile(r"\s*(?:(?:xong|hoan thanh|han)\s+)?(?:(?:buoi )?(?:sang|chieu|trua|toi|dem)\s+)?"
                       r"(?P<day>\d{1,2}/\d{1,2}(?P<y>/20\d\d)?)"
                       r"(?:,?\s+(?:tu |luc )?\d{1,2}\s*(?:gio|h)(?:\s*\d{2})?(?:\s*phut)?)?\s*\.?\s*")
#: a day printed alone, "ngày 17/10/2026" (not "30/6/2026" inside a range or a number), or the days of one month it
#: lasts, its month printed once ("trong hai ngày 19 và 20/9/2026", "các ngày 19, 20/9/2026": by the last), folded
_EVENT_DAY = re.compile(r"(?<![\w/])ngay (?:\d{1,2}\s*(?:,|va)\s*)*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>20\d\d)(?![/\d])")
#: work on request, due after it (folded): "khi có đề nghị", "khi UBND cấp xã đề nghị", "khi hợp tác xã có yêu cầu",
#: "khi HTX có nhu cầu", "khi có hồ sơ"; or on a result or a proposal ("khi có kết quả rà soát", "khi các HTX có
#: phương án")
_ON_REQUEST = r"\bkhi (?:[^.;,()]{0,60}? )?(?:co )?(?:de nghi|yeu cau|nhu cau|ho so|thong bao|quyet dinh|van ban|ket qua|phuong an)\b"
#: before an event named with its day in brackets ("trước Ngày Khuyến học Việt Nam (02/10)", "xong trước khi vào vụ
#: (15/9/2026)", "trước khi thu hoạch rộ (dự kiến 20/9/2026)", "trước đợt điều dưỡng thứ nhất (khai mạc 15/4/2026)"),
#: folded; the closing bracket (and the year) follow
_BEFORE_EVENT = (r"\b(?:truoc|cham nhat) (?!ngay \d)[^()]{2,60}?\((?:(?:khai mac|bat dau|dien ra|to chuc) )?"
                 r"(?:ngay |truoc |khoang |du kien (?:ngay )?)?(?P<d>\d{1,2})/(?P<m>\d{1,2})")
#: on an occasion named with its day ("Nhân Ngày Hợp tác xã Việt Nam 11/4", "nhân dịp kỷ niệm Ngày … 11/4", "nhân Ngày
#: Quốc tế người khuyết tật (03/12/2026)"): by that day, folded; the year may follow. Only an occasion's word after
#: "nhân" ("nhân rộng … 10/12 xã" is no occasion)
_ON_OCCASION = (r"\bnhan (?:dip )?(?:ky niem )?(?:ngay|le|tet|dai hoi|hoi|tuan le)\b[^.;()]{0,60}? \(?(?:ngay )?"
                r"(?P<d>\d{1,2})/(?P<m>\d{1,2})")
#: the last clause of a sentence that is an event, before it happens ("… xong trước khi thu hoạch.", "… cho thành viên,
#: trước khi vào mùa rụng hạt.") or, set apart as a clause, when it does ("…, khi HTX đi vào hoạt động.", "(khi có
#: thiệt hại xảy ra)"), folded; not "khi" run on in its sentence ("… hồ sơ khi vay vốn": how), nor "khi cần thiết"
_WHEN_CLAUSE = (r"(?:(?<=[,;(])\s*(?:(?:xong|hoan thanh|thuc hien|lam|ngay|chi) )?(?:truoc )?khi |"
                r"(?<=\s)(?:(?:xong|hoan thanh|thuc hien|lam|chi) )?truoc khi )(?!can thiet\b|khai mac\b|khai giang\b)"
                r"[^.;(),]{3,100}(?=\)?\s*[.;]?\s*$)")
#: the word "khi" (when) folded, which "khí" (gas), "khỉ" also fold to
_KHI = re.compile(r"\bkhi\b")
#: the days printed after the event they count from ("báo cáo … sau Ngày hội 05 ngày", "sau Hội nghị 10 ngày làm việc"),
#: folded: after that event
_DAYS_AFTER_EVENT = r"\bsau (?!khi\b)[^.;,()]{3,60}? \d{1,3} ngay(?: lam viec)?(?![/\d\w])"
#: right after a stage of the season ("ngay sau thu hoạch vụ chiêm", "ngay sau vụ mùa"), folded: after it
_RIGHT_AFTER_STAGE = r"\bngay sau (?=(?:thu hoach|vu|mua)\b)"
#: the end of an item, maybe after its doers in a bracket of their own ("…, tháng 01/2027 (giao: Trạm KN; p/h: HTX).", "…
#: – quý II/2027 (Trạm KN chủ trì)."), folded
_ROLES_LAST = r"(?:\([^()]{3,200}\)\s*[.;]?\s*)?$"
#: the last clause after a comma that is a time and nothing else ("…, cả năm 2026.", "…, tháng 9/2026.", "…, trong suốt vụ
#: Đông Xuân 2026 - 2027."), folded
_TIME_CLAUSE_END = re.compile(r"[,;]\s+((?:(?:ca|trong|suot|vao|cuoi|dau|het|truoc) )*(?:quy|thang|nam|(?:vu|mua)(?: [a-z]+){1,3}?)"
                              r" [\divx](?:[\divx/\s,–-]|\bthang\b|\bquy\b|\bnam(?: (?:sau|toi))?\b|\bva\b|\bden\b)*?"
                              # … or a half of the year ("…; 6 tháng cuối năm.")
                              r"|(?:trong )?(?:0?6|sau) thang (?:dau|cuoi) nam(?: 20\d\d)?)\s*[.;]?\s*" + _ROLES_LAST)
#: the time after a dash at the end ("… mã QR – Quý II/2026"), folded
_DASHED_TIME_END = re.compile(r"\s[-–—]\s+((?:quy|thang|nam|truoc|trong|thuong xuyen|hang|ca nam|dinh ky|tu) [^–—()]{0,50}?"
                              r"|thuong xuyen|hang nam|hang quy)\s*[.;]?\s*" + _ROLES_LAST)
#: all through a season or the work, folded
_THROUGHOUT = (r"\b(?:trong )?suot (?:ca )?(?:nien vu|vu|mua|thoi gian|qua trinh|chuong trinh|chien dich)\b"
               r"(?! \w+ \(?\d)(?! dien ra| to chuc)"
               r"|\btrong mua vu\b")  # not the days an event lasts ("trong suốt thời gian diễn ra Hội chợ")
#: a whole year not named, at the end of a task ("…; cả năm.", "… (cả năm)", "…, trong năm."): the plan's one year
_WHOLE_YEAR_END = r"(?:^|[,;(]\s*|\s)(?P<w>(?:ca|trong|suot) nam)\s*\)?\s*[.;]?\s*$"
#: a period the work comes back every ("6 tháng một lần", "03 tháng/lần", "mỗi 6 tháng", "2 tuần 1 lần"), folded
_EVERY_PERIOD = (r"\b\d{1,2} (?:thang|tuan|ngay) ?(?:(?:mot|1|01) lan|/ ?lan)\b|\bmoi \d{1,2} (?:thang|tuan)\b"
                 # … or as often in a period ("phát 2 lần/tháng", "01 lần/quý", "02 lần mỗi tuần")
                 r"|\b\d{1,2} lan ?(?:/ ?|moi |trong (?:1|mot|01) )(?:thang|tuan|quy)\b"
                 # "mỗi quý ít nhất 01 lần", "hằng ngày", "hằng đêm", "mỗi tháng"
                 r"|\b(?:hang|moi) (?:ngay|dem)\b(?! \d{1,2}/)|\bmoi (?:quy|thang|vu|tuan)\b"  # not "gian hàng ngày 10/4": a day
                 # … or by each period ("giải ngân … theo từng quý", "theo từng tháng"), a day of every next month
                 # ("báo cáo … trước ngày 05 của tháng sau", "thanh toán chậm nhất ngày 10 của tháng sau")
                 r"|\btheo (?:tung|moi) (?:quy|thang|tuan)\b"
                 r"|\b(?:truoc |cham nhat |vao )?ngay \d{1,2} (?:cua )?thang (?:sau|ke tiep|tiep theo)\b")
#: a time cell counted in days from a day N ("N-15", "N + 40", "N-3 đến N+10"), folded
_N_COUNTED = re.compile(r"\s*n\s*[-+–]\s*\d{1,3}(?:\s*(?:den|-|–)\s*n\s*[-+–]\s*\d{1,3})?\s*\.?\s*")
#: a condition that opens an item as its time, before a colon (folded, the colon left out)
_CONDITION_HEAD = re.compile(r"^\(?khi (?!nao\b)[^.;:()]{3,60}(?=:)")
#: the part of the day and the weekday before a day ("vào sáng Thứ Ba, 01/12", "vào Chủ nhật, ngày 13/12"), folded
_DAY_OF_WEEK = rf"(?:(?:buoi )?(?:sang|chieu|trua|toi) )?{WEEKDAY},?\s+"
_WEEKDAY_DAY = re.compile(rf"\bvao {_DAY_OF_WEEK}(?:ngay )?\d{{1,2}}/\d{{1,2}}(?:/20\d\d)?")

_DEADLINES = [
    # a time counted from an event ("trong thời hạn 10 ngày kể từ ngày ký văn bản này", "chậm nhất 15 ngày sau khi …",
    # "03 ngày làm việc kể từ ngày nhận đủ hồ sơ"): after that event; counted from the document's own signing, the
    # draft turns it into a date (``from_signing``)
    # (… the count and its start maybe parted by a comma: "trong 03 ngày làm việc, tính từ lúc hồ sơ đủ và đúng")
    # (… or in hours, from when it comes: "Trong 48 giờ từ khi lô về", "trong 24 tiếng kể từ khi nhận tin")
    ("after-condition", re.compile(r"(?:(?:trong (?:thoi han |vong )?|cham nhat |toi da )?(?P<n>\d{1,3}) (?:ngay|gio|tieng)"
                                   r"(?P<work> lam viec)?"
                                   r",? (?:ke tu|tinh tu|tu khi|tu luc|sau khi|sau) [^.;()]{5,160}|\(?sau khi [^.;()]{5,160}\)?"
                                   # … the days printed after the event ("báo cáo … sau Ngày hội 05 ngày")
                                   r"|" + _DAYS_AFTER_EVENT +
                                   # as soon as it happens ("cập nhật … ngay khi phát sinh", "báo cáo ngay khi có vụ việc"),
                                   # right after a stage of the season ("tập huấn … ngay sau thu hoạch vụ chiêm")
                                   r"|\bngay khi [^.;()]{3,160}|" + _RIGHT_AFTER_STAGE + r"[^.;()]{3,100}"
                                   # when enough have come ("… thực hiện khi đủ 20 hợp tác xã đăng ký")
                                   r"|\bkhi du \d{1,4} [^.;()]{3,80}"
                                   # after each event of a kind ("sau mỗi đợt thiên tai", "Sau mỗi lớp", "sau từng đợt"):
                                   # after it, again
                                   r"|\b(?:sau|ket thuc) (?:moi|tung) (?:dot|lan|lop|khoa|vu|dip|ky|buoi|dau)\b[^.;()]{0,120}"
                                   # on request ("khi có đề nghị", "khi UBND cấp xã đề nghị", "khi … có yêu cầu"), as a
                                   # cell says it ("Theo hồ sơ đề nghị", "Theo yêu cầu")
                                   r"|" + _ON_REQUEST + r"[^.;()]{0,100}"
                                   r"|^theo (?:ho so |van ban )?(?:de nghi|yeu cau|nhu cau)\b[^.;()]{0,60})")),
    # a span across two years that ends in a quarter or a month of the later one ("quý IV/2026 - quý I/2027", a year's
    # last quarter and the next one's "quý IV/2025 và quý I/2026" — not "quý I/2026 và quý III/2026", two quarters —,
    # "tháng 12/2026 - tháng 01/2027", "từ tháng 10/2026 đến tháng 4/2027"): due by its end, as any run is, said in
    # review; one that ends with the later year's fourth quarter ends with that year, which the span of years below
    # keeps with its start ("Quý II/2026 - Quý IV/2027": 2026–2027)
    ("quarter", re.compile(rf"{_QWORD}(?:{_QN}(?:/| nam )20\d\d\s*(?:[-–—]|den)|(?:iv|4)(?:/| nam )20\d\d\s*va)\s*{_QWORD}"
                           r"(?P<q>(?!iv\b|4\b)" + _QN + r")(?:/| nam )"
                           r"(?P<y>20\d\d)"),
     "span-end"),
    ("month", re.compile(r"(?<![\w/])(?:tu )?(?:thang |t)\d{1,2}(?:/| nam )20\d\d\s*(?:[-–—]|den|toi)\s*(?:het )?(?:thang |t)"
                         r"(?P<m>\d{1,2})(?:/| nam )(?P<y>20\d\d)"), "span-end"),
    # … and rounds named by their numbers ("đợt 1 tháng 12/2026, đợt 2 tháng 4/2027", "đợt 1 tháng 3/2026, đợt 2 tháng
    # 9/2026"): done by the last
    ("month", re.compile(r"\bdot (?:1|i|mot)\s*:?\s*(?:vao )?(?:thang |t)\d{1,2}(?:/20\d\d)?\s*[,;]?\s*(?:va )?"
                         r"dot (?:2|ii|hai)\s*:?\s*(?:vao )?(?:thang |t)(?P<m>\d{1,2})(?:/| nam )(?P<y>20\d\d)"), "span-end"),
    # … and two rounds announced as such, a year apart ("02 đợt: tháng 11/2026 và tháng 4/2027"): done by the later (not
    # two dates of one duty, "sơ kết vào tháng 12/2026 và tháng 12/2027", whose first is due first)
    ("month", re.compile(r"\b(?:\d{1,2}|hai|ba) dot\s*:?\s*(?:vao )?(?:thang |t)\d{1,2}(?:/| nam )(?P<y1>20\d\d)\s*(?:va|,)\s*(?:thang |t)"
                         r"(?P<m>\d{1,2})(?:/| nam )(?P<y>(?!(?P=y1))20\d\d)"), "span-end"),
    # quarters that run into a later year ("Quý IV/2026, 2027"): the model holds one
    # year per quarter deadline, so the span is kept as years (its last day is the same either way), said in review
    ("year-range", re.compile(rf"{_QWORD}{_QN}(?:\s*(?:,|va|-)\s*{_QWORD}?{_QN})*(?:/| nam )(?P<y>20\d\d)"
                              rf"(?:\s*(?:,|va|den|[-–—])\s*(?:{_QWORD}{_QN}(?:/| nam )|nam )?(?P<y2>20\d\d))"),
     "quarter-years"),
    # "6 tháng đầu năm 2026" is quarters I and II, "6 tháng cuối năm" III and IV
    ("quarter", re.compile(r"(?<!\d)(?:0?6|sau) thang (?P<half>dau|cuoi) nam (?P<y>20\d\d)")),
    # "Quý II, III/2026", "quý I và quý II năm 2026"; a dash or "đến" between two quarters is a range
    # ("Quý II - Quý IV/2026", "từ quý II đến quý IV năm 2026": II, III and IV); typed short ("Q.III/2026", "Q.II/2026
    # và Q.IV/2026", "Q.III và Q.IV/2026") or in Arabic numerals ("Quý 3/2026")
    ("quarter", re.compile(rf"{_QWORD}(?P<q>{_QN}(?:\s*(?:,|va|[-–—]|den)\s*{_QWORD}?{_QN})*)"
                           r"(?:/| nam )(?P<y>\d{4})")),
    # the start of a year ("đầu năm 2027", "vào đầu năm 2027"): its first quarter; not a span from it ("từ đầu năm 2026
    # đến nay"), nor the first half ("6 tháng đầu năm", read above)
    ("quarter", re.compile(r"(?<!tu )(?<!thang )\b(?P<early>dau) nam (?P<y>20\d\d)")),
    # a run of months as tables abbreviate them ("T7-T9/2026", "T9 - T10/2026") or print them ("tháng 7 - tháng 9/2026",
    # "từ tháng 9 đến tháng 10 năm 2026"): three months that make a quarter are that quarter, any other run is due by
    # its last month (the model has no run of months), said for review
    ("month", re.compile(r"(?<![\w/])(?:tu )?(?:thang |t)(?P<m0>\d{1,2})\s*(?:[-–—]|den)\s*(?:thang |t)?(?P<m>\d{1,2})"
                         r"(?:/| nam )(?P<y>20\d\d)"), "month-run"),
    # two months named, its year once ("trong tháng 11 và 12/2026", "tháng 4 và tháng 6/2026"): by the later, no run
    ("month", re.compile(r"(?<![\w/])(?:thang |t)\d{1,2}\s*(?:va|,)\s*(?:thang |t)?(?P<m>\d{1,2})(?:/| nam )(?P<y>20\d\d)"),
     "months"),
    # from now to a day ("từ nay đến 31/12/2026", "từ nay đến hết ngày 30/6/2026"): by that day
    ("before", re.compile(r"\btu nay (?:den|toi) (?:het )?(?:ngay )?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})")),
    # a run of days, due by its last ("từ ngày 01/7 đến ngày 31/7/2026", "từ ngày 15/12/2026 đến ngày 15/01/2027")
    ("before", re.compile(r"tu (?:ngay )?\d{1,2}/\d{1,2}(?:/\d{4})? (?:den|toi|-) (?:het )?(?:ngay )?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})")),
    # before an event whose day follows it in brackets ("xong trước khi vào vụ (15/9/2026)"): by that day
    ("before", re.compile(_BEFORE_EVENT + r"/(?P<y>\d{4})\)")),
    # "trước ngày 15/12/2026", and as a cell prints it, "Trước 30/11/2026"; an hour before the day ("trước 16 giờ 00
    # ngày 20/11/2026", "chậm nhất 17h00 ngày …") is dropped: the model's deadlines are days
    ("before", re.compile(rf"(?:truoc|cham nhat(?: la)?) (?:{_HOUR})?(?:ngay )?(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>\d{{4}})")),
    # days of one month, as an event's dates are announced ("trước Tết (dự kiến 15-18/01/2027)", "từ 16-20/10/2026"):
    # done by the last
    ("before", re.compile(r"(?<![\d/])\d{1,2}\s*[-–]\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>20\d\d)")),
    # … or of two months, the year printed once ("từ 20 tháng Chạp đến hết 30 Tết (27/01 - 05/02/2027)"): by the last
    ("before", re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}\s*[-–]\s*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>20\d\d)")),
    # a date printed as the deadline itself ("Thời hạn: 15/9/2026", "hạn gửi giấy mời là 15/9/2026", "Hạn nộp hồ sơ:
    # ngày 30/9/2026"): done by that day
    ("before", re.compile(r"(?:\bthoi han|\bhan (?:chot|cuoi|gui|nop|hoan thanh|bao cao)(?: [a-z]+){0,4}?|" + _DUE_ALONE + "|" + _DUE_MENTION + r")\s*(?::|la)?\s*"
                          r"(?P<at>(?:ngay )?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4}))")),
    # a date after "at most" ("≤ 31/8/2026", "<= 15/10/2026", a limit's sign in a control plan's cell): by that day
    ("before", re.compile(r"(?:≤|<=|=<)\s*(?:ngay )?(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})")),
    # the date in words, as Nghị định 30/2020 writes dates: "trước ngày 30 tháng 11 năm 2025"
    ("before", re.compile(rf"(?:truoc|cham nhat(?: la)?) (?:{_HOUR})?ngay (?P<d>\d{{1,2}}) thang (?P<m>\d{{1,2}}) nam (?P<y>\d{{4}})")),
    # the day of the occasion the work is held on ("Nhân Ngày Hợp tác xã Việt Nam 11/4/2026", "nhân dịp Tết Độc lập
    # 2/9/2026"): done by that day
    ("before", re.compile(_ON_OCCASION + r"/(?P<y>20\d\d)(?![/\d])")),
    # the day the work is done on ("tổ chức tập huấn … vào ngày 28/10/2026"), or the occasion's ("vào dịp 15/10/2026", a
    # time cell's "Dịp 15/10/2026"): done by that day; not the day a document was issued or signed ("ban hành vào ngày …")
    ("before", re.compile(rf"(?<!ban hanh )(?<!ky )(?:vao (?:{_HOUR})?(?:{_DAY_OF_WEEK})?ngay |vao {_DAY_OF_WEEK}|{_OCCASION_DAY})"
                          r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})")),
    # "tháng 8/2024", "trong tháng 8 năm 2024" — not the month of a cited date ("ngày 02 tháng 02 năm 2023"), nor a
    # start without an end ("từ tháng 8/2026, thường xuyên": the work starts then, no month is its deadline)
    ("month", re.compile(r"(?<!ngay \d )(?<!ngay \d\d )(?<!tu )thang (?P<m>\d{1,2})(?:/| nam )(?P<y>20\d\d)(?! am lich)")),
    # a month as tables abbreviate it: "T8/2026"
    ("month", re.compile(r"(?<![\w/])t(?P<m>\d{1,2})/(?P<y>20\d\d)")),
    ("year-range", re.compile(rf"(?:giai doan |nam |tu nam |tu )?(?P<y>20\d\d)(?:{_DASH}|\s+den(?: nam)?\s+)(?P<y2>20\d\d)")),
    # a start without an end ("năm 2026 và các năm tiếp theo", "từ năm 2026 trở đi"): no kind holds a start alone
    # (a range needs its end), so it is "ambiguous", as the curated plans record "từ năm 2023", said in review
    ("ambiguous", re.compile(r"(?:tu )?nam (?P<y>20\d\d)(?: va (?:cac|nhung) nam (?:tiep theo|sau)| tro di)"),
     "from-year"),
    ("ambiguous", re.compile(r"\btu nam (?P<y>20\d\d)\b(?!\s*(?:[-–—]|den))"), "from-year"),
    ("before", re.compile(r"(?:truoc|den) nam (?P<y>20\d\d)")),
    ("year", re.compile(r"(?:trong |nam |quy \S+ nam )(?P<y>20\d\d)")),
    # a crop season within one year ("Vụ hè thu 2026", "trong vụ mùa năm 2026"): the model has no season, due within
    # that year (not "vụ Đông Xuân", sown in one year and reaped in the next, printed as a span of years above)
    ("year", re.compile(r"\bvu (?:(?!(?:dong|xuan|he|thu|mua|chiem|nam)\b)[a-z]+ ){0,2}"  # its crop named ("vụ chè xuân 2026")
                        r"(?:he thu|thu dong|xuan he|mua|chiem|xuan|he|thu) (?:nam )?(?P<y>20\d\d)\b"
                        r"(?!\s*(?:[-–—]|den)\s*20\d\d)")),
    ("annual", re.compile(r"\b(?:hang|hàng) nam\b|\bdinh ky hang nam\b|\bhang nam\b|\bmoi nam\b")),  # "mỗi năm" = "hằng năm"
    ("ongoing", re.compile(r"(?<!chi )(?<!kinh phi )thuong xuyen")),  # not "chi/kinh phí thường xuyên" (recurrent spending)
    ("ongoing", re.compile(r"(?:\bdinh ky )?\bhang quy\b")),  # "định kỳ hằng quý": recurring, the model has no quarterly kind
    ("ongoing", re.compile(r"\b(?:hang|moi) tuan\b")),  # "hàng tuần", "hằng tuần", "mỗi tuần": weekly, recurring
    # before each round or harvest ("lấy mẫu … trước mỗi đợt thu hoạch chính", "trước mỗi vụ"): recurring, as "sau mỗi
    # đợt" is after each (above)
    ("ongoing", re.compile(r"\btruoc moi (?:dot|vu|lan|mua|ky|dip|lua)\b")),
    # a point counted in days from an event of each round, a time cell of it alone ("03 ngày trước ngày băng tằm", "Ngày
    # thứ 10", "Ngày thứ 6 sau lên né", "Ngày thứ 7 - 8 sau gieo"): tied to that event, as "sau khi …" is
    ("after-condition", re.compile(r"^(?:\d{1,3} ngay (?:lam viec )?truoc (?:khi |ngay )?[^.;()]{3,80}"
                                   r"|ngay thu \d{1,3}(?:\s*[-–]\s*\d{1,3})?(?: (?:sau|ke tu|cua) [^.;()]{2,80})?)$")),
    # each time the work comes round, a time cell that opens so ("Mỗi phiên", "Mỗi lô nhập", "Mỗi ca sản xuất", "Từng
    # chuyến hàng", a school's "Mỗi học kỳ ít nhất một lần", "Mỗi khóa học", a campaign's "Mỗi đợt", "Từng đợt lấy máu"):
    # recurring
    ("ongoing", re.compile(r"^(?:moi|tung) (?:phien|lo|ca|me|chuyen|lan|buoi|be|dip|hoc ky|ky|khoa hoc|khoa|dot)\b")),
    # a period of its own ("6 tháng một lần", "03 tháng/lần", "mỗi 6 tháng"): recurring, the model has no such kind
    ("ongoing", re.compile(_EVERY_PERIOD)),
    # all through a season or the work ("suốt vụ", "trong suốt vụ thu hoạch", "suốt mùa khô", "trong mùa vụ", "trong
    # suốt thời gian thực hiện Kế hoạch"): a standing duty while it lasts, no due date
    ("ongoing", re.compile(_THROUGHOUT)),
    # a day of a month of every quarter ("trước ngày 25 của tháng cuối quý", "trước ngày 15 tháng đầu quý sau"): the
    # quarterly report's day, recurring as "hằng quý" is
    ("ongoing", re.compile(_QUARTER_DAY)),
    # a monthly recurring date ("trước ngày 20 hằng tháng"): the schema has no monthly kind; the phrase is kept as printed
    ("ongoing", re.compile(r"(?:truoc ngay \d{1,2} )?hang thang\b")),
    # a duty done periodically ("định kỳ báo cáo", "định kỳ hằng quý"), no period the model has: recurring, no due date
    ("ongoing", re.compile(r"\bdinh ky\b")),
    # the day the work is held, printed alone after it ("Chủ trì Hội nghị kết nối cung cầu ngày 17/10/2026", "tổ chức
    # Tọa đàm … ngày 18/10/2026"): done by that day, when the task prints no other time; not the day of a document
    # cited ("Kế hoạch số 58/KH-UBND ngày 12/3/2026", "Công văn của Bộ Tài chính ngày …", "ban hành ngày …": see
    # ``_CITED_DAY``), nor a day that starts or counts ("từ ngày", "tính đến ngày")
    ("before", _EVENT_DAY, "event-day"),
    # the condition an item opens with as its time, before a colon ("Khi có dấu hiệu vi phạm: kiểm tra đột xuất …",
    # "Khi có yêu cầu: cử cán bộ …"), as a run-in time ("Trước 20/10: …") heads another: when it happens
    ("after-condition", _CONDITION_HEAD),
]
#: what stands before the day of a document cited, not of work held: in its clause, a document's number ("số 58/KH-UBND
#: ngày …", "58/KH-UBND ngày …") or its kind, maybe with its issuer ("Công văn của Bộ Tài chính ngày …", "Luật ngày …"),
#: or right before the day a word that makes it no day of work ("ban hành", "ký", "từ", "đến", "tính đến", "kể từ",
#: "sau", "nhận"); folded
_CITED_DAY = re.compile(r"(?:\bso \d|\d/[a-z]"
                        r"|\b(?:ke hoach|quyet dinh|nghi quyet|nghi dinh|thong tu|chi thi|cong van|van ban|thong bao|"
                        r"bao cao|to trinh|huong dan|cong dien|luat|giay moi|bien ban|ket luan|chuong trinh|de an)\b"
                        r"(?: cua [^,;:()]{1,60})?\s*$"
                        r"|\b(?:ban hanh|ky|tu|den|toi|tinh|ke|sau|truoc|vao|nhan|lap|hieu luc|cap)\s*$)")
#: a time counted from the document's own signing or issue ("10 ngày kể từ ngày ký văn bản này", "kể từ ngày ban hành
#: Kế hoạch này", "… kể từ ngày ban hành Kế hoạch."), in calendar days (not "ngày làm việc"), folded
_FROM_SIGNING = re.compile(r"^(?:(?:trong (?:thoi han |vong )?|cham nhat |toi da )?)(?P<n>\d{1,3}) ngay (?:ke tu|tinh tu) "
                           r"ngay (?:ky|ban hanh)(?:(?: (?:van ban|cong van|ke hoach|quyet dinh|chi thi|thong bao))? nay\b"
                           # … or the document's own kind closing the phrase ("kể từ ngày ban hành Kế hoạch.")
                           r"| (?:van ban|cong van|ke hoach|quyet dinh|chi thi|thong bao)(?=\s*(?:[.;,)]|$)))")


def from_signing(found: "DeadlineFound", signed: "dt.date | None") -> "DeadlineFound":
    """A time counted in days from the document's own signing ("trong thời hạn 10 ngày kể từ ngày ký văn bản này") as
    the date it ends on (``signed`` + the days), said in ``note``; any other deadline as it is."""
    match = _FROM_SIGNING.match(fold(found.condition or "")) if found.kind == "after-condition" else None
    if match is None or signed is None:
        return found
    end = signed + dt.timedelta(days=int(match.group("n")))
    return DeadlineFound("before", found.printed, before=end.isoformat(),
                         note=message("imp_deadline_from_signing", days=match.group("n"), date=end.strftime("%d/%m/%Y")))


#: the first day of Tết Nguyên đán by year, and the basis it is stated on (generator/data/tet.json)
_TET = json.loads((Path(__file__).parent.parent / "data" / "tet.json").read_text(encoding="utf-8"))
_TET_DAYS = sorted(dt.date.fromisoformat(day) for day in _TET["days"].values())
#: before the Lunar New Year ("trước Tết Nguyên đán", "chậm nhất trước Tết", "trước dịp Tết"), folded
_BEFORE_TET = re.compile(r"\b(?:truoc|cham nhat (?:la )?truoc) (?:dip |ky nghi )?tet\b(?: (?:nguyen dan|am lich|co truyen|(?P<solar>duong lich)))?")


#: up to the Lunar New Year's Eve, the last day of the lunar year ("đến đêm Giao thừa", "trước Giao thừa", "đến hết
#: chiều 30 Tết"), folded
_TET_EVE = re.compile(r"\b(?:truoc|cham nhat|den(?: het)?)(?: (?:dem|chieu|toi|ngay))? (?:giao thua|30 tet)\b")


#: a time cell that names Tết alone ("Tết Nguyên đán", "Dịp Tết Nguyên đán Đinh Mùi", "Tết 2027"): the work is for Tết,
#: due before it, as "trước Tết" is (folded; not the solar new year's, "Tết dương lịch")
_TET_CELL = re.compile(r"\s*(?:dip |ky nghi )?tet(?: nguyen dan| am lich| co truyen)?(?: (?!duong)[a-z]{3,4} [a-z]{2,4})?"
                       r"(?: (?:nam )?20\d\d)?\s*\.?\s*")


def says_before_tet(text: str) -> bool:
    """Does ``text`` set a time before Tết ("trước Tết Nguyên đán Đinh Mùi") or up to its eve ("đến đêm Giao thừa"),
    whatever the document's date?"""
    folded = fold(text)
    return _BEFORE_TET.search(folded) is not None or _TET_EVE.search(folded) is not None


def before_tet(text: str | None, issued: "dt.date | None") -> "DeadlineFound | None":
    """A time printed as before Tết ("trước Tết Nguyên đán"): before the first day of the next Tết on or after the
    document's date (``issued``), from the table of Tết days and its basis, said for review; up to its eve ("đến đêm
    Giao thừa"), the day before; before the solar new year ("trước Tết dương lịch"), the next 1 January; None where the
    text says no such thing, the date is unknown or the table has no Tết after it."""
    if issued is None:
        return None
    text = text or ""
    folded = fold(text)
    tet = next((d for d in _TET_DAYS if d >= issued), None)  # the next Tết's first day
    eve = _TET_EVE.search(folded)
    found = (_BEFORE_TET.search(folded) or _TET_CELL.fullmatch(folded)) if eve is None or tet is None else None
    if found is not None and found.re is _BEFORE_TET and found.group("solar"):  # "trước Tết dương lịch": before the next
        # 1 January, a date
        return DeadlineFound("before", text[found.start():found.end()], before=f"{issued.year + 1}-01-01")
    said = eve if found is None else found
    if said is None or tet is None:
        return None
    printed = text[said.start():said.end()]
    day = tet - dt.timedelta(days=1) if said is eve else tet  # "đến đêm Giao thừa": the day before
    said_as = {"printed": printed, "date": day.strftime("%d/%m/%Y"), "basis": _TET["basis"]}
    note = message("imp_deadline_tet_eve", **said_as) if said is eve else message("imp_deadline_tet", **said_as)
    return DeadlineFound("before", printed, before=day.isoformat(), note=note)


#: what the reviewer is told when a deadline is read coarser than printed
_NOTES = {
    "quarter-years": lambda **v: message("imp_deadline_quarter_years", **v),
    "from-year": lambda **v: message("imp_deadline_from_year", **v),
    "month-run": lambda **v: message("imp_deadline_month_run", **v),
    "span-end": lambda **v: message("imp_deadline_span_end", **v),
    "event-day": lambda **v: message("imp_deadline_event_day", **v),
}
#: a time phrase in running text that needs no trigger word before it: a date after "trước" ("gửi … trước ngày
#: 15/11/2026", "Trước 30/11/2026, …"), a period after "trong" ("trong quý IV năm 2026", "trong năm 2026", "trong tháng
#: 9/2024", "trong 6 tháng đầu năm 2026", "trong Q.IV/2026") or "từ" ("từ quý II đến quý IV năm 2026"), a period opening
#: the sentence or a clause ("Năm 2024-2025, …", "Quý II - Quý IV/2026: …"), a stage that is a clause of its own after
#: the work ("…; giai đoạn 2026-2027."; not "Giai đoạn 2026 - 2028: hỗ trợ …", a programme's stage), the end, start
#: or middle of a period ("sơ kết vào cuối tháng 9/2026", "ra mắt vào đầu năm 2027"; not "từ đầu năm 2026 đến nay")
_TIME_PHRASE = re.compile(_ON_OCCASION + "|" + _DAYS_AFTER_EVENT + r"|\btu nay (?:den|toi) |\b\d{1,3} (?:ngay|gio|tieng)(?: lam viec)?,? (?:ke tu|tinh tu|tu khi|tu luc|sau khi|sau) |\btruoc moi |\bvao (?:ngay )?\d{1,2}/\d{1,2}(?![/\d])|" + _OCCASION_DAY + r"\d{1,2}/\d{1,2}|(?<![\w/])t\d{1,2}/20\d\d\b|" + _UP_TO + r"\d{1,2}/\d{1,2}/20\d\d|\btrong vu [a-z ]{2,12}(?:nam )?20\d\d\b|\bcham nhat (?:la )?(?:" + _HOUR + r")?(?:ngay )?\d{1,2}/\d|\b(?:truoc|vao) (?:" + _HOUR + r")?(?:ngay )?\d{1,2}/\d{1,2}/\d{4}|\b(?:truoc|cham nhat(?: la)?) (?:" + _HOUR + r")?ngay \d{1,2} thang \d{1,2} nam \d{4}|\btrong (?:(?:0?6|sau) thang|quy|nam|thang|giai doan) |(?<!\d)(?:0?6|sau) thang (?:dau|cuoi) nam 20\d\d|\btu (?:ngay )?\d{1,2}/\d{1,2}"
                          r"|\btu (?:quy|nam|thang) (?=\d|[ivx])|(?:^|[.;:]\s+)(?:nam|quy|thang) (?=\d|[ivx])"
                          r"|(?<![\d/])\d{1,2}\s*[-–]\s*\d{1,2}/\d{1,2}/20\d\d"  # an event's days: "16-20/10/2026"
                          r"|[.;]\s+giai doan (?=20\d\d\s*[-–—]\s*20\d\d\s*(?:[.;]|$))"
                          r"|\btruoc (?:ngay )?\d{1,2}/\d{1,2}(?![/\d])|\b(?:truoc|cham nhat(?: la)?) ngay \d{1,2} thang \d{1,2}\b"
                          r"|\bden het (?:thang|quy|ngay|nam) "
                          r"|\b(?:den|toi|truoc|cham nhat(?: la)?) (?:het|cuoi) nam\b"  # "từ nay đến cuối năm", "trước cuối năm"
                          r"|\bhan (?:chot|cuoi|gui|nop|hoan thanh|bao cao)\b"
                          rf"|(?:\btrong |(?:^|[.;:]\s+)){_QWORD}"
                          r"|(?<!tu )\b(?:cuoi|dau|giua) (?:thang|quy|nam) (?=\d|[ivx])"
                          r"|\bvao (?:thang|quy) (?=\d|[ivx])")  # the month an event is held: "… tại Việt Trì vào tháng 4/2026"
#: a line that opens with its time and a colon, as schedules list work by period ("- Thường xuyên: Theo dõi, hỗ trợ …",
#: "Tháng 3/2026: Tổ chức …", "Quý II/2026: …", "Hằng quý: …", "Trước 30/9/2026: …"): that time is the line's deadline,
#: whatever times the work's own words hold ("… sau khi thành lập"); folded, the time at most ~50 characters. Not a
#: stage ("Giai đoạn 2026 - 2028: hỗ trợ …" names a programme's stage, no due time)
_OPENING_TIME = re.compile(r"^[\s\-–—+•*]*(?P<time>(?:thuong xuyen|hang (?:nam|quy|thang)|dinh ky|ca nam|"
                           r"(?:(?:tu|trong|truoc|den|cuoi|dau|cham nhat) )?(?:quy|thang|nam|ngay) ?\d|"
                           r"(?:tu|trong|truoc|den|cuoi|dau) ?(?:quy|q\.?) ?[ivx]|quy [ivx]|"
                           r"q\.?\s*(?:iv|iii|ii|i|[1-4])/|"
                           r"t\d{1,2}/|truoc \d)[^:;]{0,40}?)\s*:\s+\S")
#: a whole date that opens a line before its work, as a timeline of milestones lists them ("15/10/2026 Bàn giao mặt
#: bằng …", "- 30/11/2026: Thành lập …", "31/5/2027 – Lập hồ sơ quyết toán …"): the day the work is due
_OPENING_DATE = re.compile(rf"^[\s\-–—+•*]*(?P<time>\d{{1,2}}/\d{{1,2}}/20\d\d)(?:\s*[:–—]\s*|\s+-\s+|\s+(?=[{CAPITAL}]))(?=\S)")
#: a time in square or round brackets that opens an item, before its doer, as a schedule kept as a list tags each line
#: ("1) [T9] phòng Kinh tế rà soát …", "[trước 15/10] HTX … ký hợp đồng …", "(Quý IV/2026) Sở … tổ chức …")
TIME_TAG = re.compile(r"^[\s\-–—+•*]*[\[(](?P<time>[^\[\]()]{2,40})[\])]\s+(?=\S)")
#: … or before a spaced long dash, as a dateline opens a paragraph of a schedule written as prose ("Đến 25/8/2026 — Phòng
#: Kỹ thuật chuyển áo mẫu …", "Quý I/2027 – Phòng Kinh doanh …", "Khi trường đặt thêm áo — …"): a time's word first (not
#: the work before its doers: "Ký phụ lục mua rau năm 2027 … — Phòng Thu mua …")
TIME_DASH = re.compile(r"^[\s\-+•*]*(?P<time>(?i:đến|trước|từ|trong|tháng|quý|năm|hằng|hàng|chậm nhất|khi|sau|ngày|cuối|"
                       r"đầu|giữa|thường xuyên|định kỳ|mỗi|\d)[^.;:—–()\[\]]{1,60}?)\s+[—–]\s+(?=\S)")
#: funds of a year ("trong dự toán ngân sách năm 2026", "kinh phí năm 2027"): the budget year, not when the work is due
_BUDGET = re.compile(r"\b(?:du toan|ngan sach|kinh phi|nguon von)\b[^.;,()]{0,30}$")
#: a legal document's own year ("Luật Hợp tác xã năm 2023", "Nghị quyết số 20-NQ/TW năm 2022", "Hiến pháp năm 2013"): the
#: year it was passed, not when the work is due; "ban hành nghị quyết … trong năm 2026" keeps its time word, a deadline
_DOCUMENT_YEAR = re.compile(r"\b(?:luat|bo luat|hien phap|phap lenh|nghi quyet|nghi dinh|quyet dinh|chi thi|thong tu)\b"
                            r"[^.;,()]{0,60}$")
#: the period a report is about, before it ("báo cáo tình hình hoạt động năm 2024 và 6 tháng đầu năm 2025"): what it
#: covers, not when it is due (folded)
_REPORTED = re.compile(r"\bbao cao (?:tinh hinh|ket qua)\b[^.;,()]{0,60}$")
#: the words that make the time after them when the work is due ("… trong năm 2026", "… trước năm 2027"), folded
_DUE_WORD = re.compile(r"\b(?:trong|truoc|vao|den|het)\s*$")
#: what follows a time that opens a span up to now ("từ năm 2025 đến nay", "từ tháng 01/2026 đến hiện nay"), folded
_UP_TO_NOW = re.compile(r"\s*(?:den|toi) (?:nay|hien nay|thoi diem nay)\b")
_TIME_WORD = re.compile(r"\b(?:trong|truoc|vao|den|tu|cuoi|dau|het|sau|nhung|cac)\s*$")
#: a purpose clause: what follows "để"/"nhằm" is the next body's work
_PURPOSE = re.compile(r"\s(?:để|nhằm)\s", re.I)
#: the words a time follows in a task: "thực hiện …", "hoàn thành …", "thời gian: …", and "xong" as offices type it ("xong
#: trong T10/2026", "việc thông báo xong trước ngày 04/9/2026")
#: (not "có thời hạn": fixed-term, "làm việc có thời hạn tại HTX"), and "hạn" alone before its day ("…; hạn 10/11")
_TRIGGER = re.compile(r"(?:thuc hien|hoan thanh|trien khai thuc hien|thoi gian|(?<!\bco )thoi han|tien do|\bxong|\bdu kien|"
                      + _DUE_ALONE + "|" + _DUE_MENTION + r")\s*"
                      r"(?:trong|truoc|tu|vao|:)?\s*")


@dataclass
class DeadlineFound:
    kind: str
    printed: str | None
    year: int | None = None
    year_end: int | None = None
    quarters: list[int] = field(default_factory=list)
    before: str | None = None
    condition: str | None = None
    month: int | None = None
    note: str | None = None      # what the reviewer should know of how it was read (not part of the data)

    def as_dict(self) -> dict:
        out = {"printed": self.printed, "kind": self.kind}
        for key in ("year", "year_end", "month", "before", "condition"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        if self.quarters:
            out["quarters"] = self.quarters
        return out


#: a date typed with dots, as many offices and phones type it ("30.9.2026", "trước 15.10", "10 - 30.11.2026", "tháng
#: 9.2026"), folded: read as with slashes, one character for one, so that what is printed stays where it was. Without
#: its year only where a time is being said: after a word of time or a dash ("trước 15.10", "05 - 20.01"), before a
#: dash and a date ("01.10 - 15.10.2026"), or alone in a time cell ("30.9"); never a section's number ("mục 2.3"), a
#: phone's digits ("0913.227.416") or a decimal ("1,5")
_DOTTED = re.compile(r"(?<![\w.,])(?P<d>\d{1,2})\.(?P<m>\d{1,2})(?:\.(?P<y>20\d\d))?(?![\w]|[.,]\d)")
_DOTTED_AFTER = re.compile(r"(?:(?<!\w)(?:ngay|truoc|den|toi|tu|han|vao|hoac|va|xong|cham nhat)|[-–—])\s*$")
_DOTTED_BEFORE = re.compile(r"\s*[-–—]\s*\d{1,2}[./]\d{1,2}[./]20\d\d")
_DOTTED_MONTH = re.compile(r"(?<![\w.])(?P<t>thang |t)(?P<m>\d{1,2})\.(?P<y>20\d\d)(?![\w.])")
#: a date typed with hyphens ("15-10-2026", "xong trước 31-10", "từ 01-10 đến 31-12-2026"), folded; not a range of days
#: of a month ("05-10/12"), nor a part of an ISO date
_HYPHENED = re.compile(r"(?<![\w.,/-])(?P<d>\d{1,2})-(?P<m>\d{1,2})(?:-(?P<y>20\d\d))?(?![\w/]|[-.,]\d)")
#: a count's unit after a range ("2-3 ngày", "5-7 tháng"): the numbers count, they are no day and month
_COUNTED = re.compile(r"\s*(?:ngay|thang|nam|tuan|lan|gio|phut|buoi|dot|ha|tan|kg|nguoi|ho|%)\b")


#: a date as computers print it (ISO 8601, "2026-11-30"; a month "2027-03"; a quarter "2027-Q2", folded), in a plan
#: exported from a task system or a spreadsheet; not inside a longer code or number ("2026-11-30-01", "số 2026-11")
_ISO = re.compile(r"(?<![\w/.-])(?<!\bso )(?P<y>20\d\d)-(?:(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?|q(?P<q>[1-4]))"
                  r"(?![\w/]|[-.]\d)")
#: an arrow between two times ("2027-01-05 → 2027-01-31", "05/01 -> 31/01/2027"): a span, as a dash is
_ARROW = re.compile(r"(?<=\d)(\s*)(?:→|⟶|->)(?=\s*\d)")


def _iso(match: re.Match) -> str:
    """An ISO time written as offices print it, in as many characters (positions in ``folded`` stay those of the
    text): "2026-11-30" → "30/11/2026", "2027-03" → "03/2027", "2027-q2" → "q2/2027"; else as it was."""
    year, month, day, quarter = match["y"], match["m"], match["d"], match["q"]
    if quarter:
        return f"q{quarter}/{year}"
    if not 1 <= int(month) <= 12 or (day is None and len(month) != 2) or (day is not None and not 1 <= int(day) <= 31):
        return match.group()
    return f"{day}/{month}/{year}" if day is not None else f"{month}/{year}"


def _slashed(folded: str, cell: bool) -> str:
    """``folded`` with its dates typed with dots (``_DOTTED``), with hyphens (``_HYPHENED``) or as computers print
    them (``_ISO``, spans with an arrow) written with slashes, in as many characters."""
    if "20" in folded and "-" in folded:
        folded = _ARROW.sub(lambda m: m.group(1) + "-".rjust(len(m.group()) - len(m.group(1))), _ISO.sub(_iso, folded))
    if "-" in folded:
        def hyphened(match: re.Match) -> str:
            if not (1 <= int(match["d"]) <= 31 and 1 <= int(match["m"]) <= 12):
                return match.group()
            if match["y"] is None and not (_DOTTED_AFTER.search(folded, 0, match.start()) and
                                           not _COUNTED.match(folded, match.end())):
                return match.group()  # "2-3 ngày", "từ 2-3 tháng": a range of a count, no day
            return match.group().replace("-", "/")
        folded = _HYPHENED.sub(hyphened, folded)
    if "." not in folded:
        return folded

    def one(match: re.Match) -> str:
        if not (1 <= int(match["d"]) <= 31 and 1 <= int(match["m"]) <= 12):
            return match.group()
        if match["y"] is None and not (_DOTTED_AFTER.search(folded, 0, match.start())
                                       or _DOTTED_BEFORE.match(folded, match.end())
                                       or (cell and folded.strip(" .") == match.group())):
            return match.group()
        return match.group().replace(".", "/")

    folded = _DOTTED.sub(one, folded)
    return _DOTTED_MONTH.sub(lambda m: m.group().replace(".", "/") if 1 <= int(m["m"]) <= 12 else m.group(), folded)


#: a cell that gives the whole year without naming it ("Cả năm", "Trong năm", "Suốt năm"): the year of a plan for one year
_WHOLE_YEAR = re.compile(r"\s*(?:ca|trong|suot) nam\s*\.?\s*")


#: a time cell that is a month and its year alone, as tables print them ("04/2026", "4/2026")
_MONTH_CELL = re.compile(r"\s*(?P<m>\d{1,2})\s*/\s*(?P<y>20\d\d)\s*\.?\s*")
#: … or a run of them, each with its year ("12/2026 - 01/2027", "9/2026 – 10/2026") or the last's alone ("09 -
#: 10/2026"): due by the last, as a run of months is
_MONTHS_CELL = re.compile(r"\s*(?P<m0>\d{1,2})\s*(?:/\s*(?P<y0>20\d\d)\s*)?(?:[-–—]|den)\s*(?P<m>\d{1,2})\s*/\s*(?P<y>20\d\d)\s*\.?\s*")


_DATE_PRINTED = r"(?:(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})\s*/\s*(?P<y>20\d\d)|(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s+năm\s+(?P<y2>20\d\d))"
#: the day an event's plan counts its milestones from, "ngày N" (the opening of a fair, a congress, a ceremony): a date
#: then "(sau đây gọi là ngày N)" or "(ngày N)", or "Ngày N là ngày …" / "Ngày N: …"; or "ngày D"
_DAY_N_DEFINED = [re.compile(_DATE_PRINTED + r"[^()]{0,80}?\(\s*(?:sau đây\s+)?(?:(?:gọi|viết)\s+(?:tắt\s+|chung\s+)?là\s+)?"
                             r"[Nn]gày\s+N\s*\)"),
                  re.compile(r"(?<!\w)[Nn]gày\s+N\s*(?:là|:|=)\s*(?:ngày\s+)?" + _DATE_PRINTED),
                  # … or "ngày D", as a race or a ceremony names its day ("ngày thi đấu 15/11/2026 gọi là ngày D")
                  re.compile(_DATE_PRINTED + r"[^()]{0,40}?\b(?:sau đây\s+)?(?:gọi|viết)\s+(?:tắt\s+|chung\s+)?là\s+"
                             r"[Nn]gày\s+[ND]\b")]
#: a milestone counted from that day: "N - 30", "N+4", "Ngày N", "Từ N đến N + 3", "[D-60]", "[Ngày D]" (a capital N
#: or D, as printed)
_FROM_DAY_N = re.compile(r"(?<![\w/])[ND]\s*(?P<sign>[-+–−])\s*(?P<k>\d{1,3})(?![\w/])|(?<!\w)(?:[Nn]gày|[Tt]ừ)\s+[ND](?!\w)")
#: the opening of the event a plan prepares, dated in the document ("khai mạc lúc 8h00 ngày 18/12/2026", "Lễ khai mạc:
#: 13/11/2026"): the day its times before the opening count back from
_OPENING_DATED = re.compile(r"[Kk]hai mạc[^.;]{0,40}?" + _DATE_PRINTED)
#: a time counted back from the opening ("hoàn thành trước ngày khai mạc 02 ngày", "trước khi khai mạc phiên chợ",
#: "chậm nhất 03 ngày trước khai mạc"), folded
_BEFORE_OPENING = re.compile(r"(?:\b(?:cham nhat |it nhat )?(?P<k1>\d{1,2}) ngay )?\btruoc (?:ngay |khi |le |buoi )?khai mac\b"
                             r"(?:[^.;()\d]{0,40}?\s(?P<k2>\d{1,2}) ngay\b)?")


def day_n(lines: list[str]) -> dt.date | None:
    """The day the document calls "ngày N" (or "ngày D"), from which its milestones are counted ("N - 30": thirty
    days before); else the day its event opens, dated in it ("khai mạc lúc 8h00 ngày 18/12/2026"), from which its
    times before the opening count back; or None."""
    opening = None
    for line in lines:
        text = " ".join(line.split())
        found = next((m for m in (p.search(text) for p in _DAY_N_DEFINED) if m), None) if re.search(r"\b[ND]\b", text) \
            else None
        if found is None and opening is None and "khai mạc" in text.lower():
            opening = _printed_day(_OPENING_DATED.search(text))
        if found is not None:
            return _printed_day(found)
    return opening


#: a phase defined with its time, on a line of its own ("- Đợt 1: từ ngày 06/7/2026 đến ngày 25/7/2026;", "Giai đoạn
#: 2 (từ 01/10 đến 30/11/2026)", "Bước 3 - tháng 12/2026"), folded: a time cell may name it alone later ("Đợt 1")
#: a phase's label alone, folded ("dot 1", "giai doan ii"): the first cell of a table of the phases
_PHASE_LABEL = re.compile(r"(?:dot|giai doan|buoc|chang)\s+(?:\d{1,2}|[ivx]{1,4})")
_PHASE_DEFINED = re.compile(r"^[\s\-–—+•*]*(?:\d{1,2}[.)]\s*)?"
                            rf"(?P<label>{_PHASE_LABEL.pattern})"
                            r"\s*(?:\((?P<b>[^()]{4,80})\)|[:–—-]\s*(?P<t>[^;]{4,80}?))\s*[;.]?\s*$")
#: a time cell that names phases ("Đợt 1", "Đợt 1 và đợt 2", "Đợt 1, 2", "Cả 2 đợt", "Cả hai giai đoạn", "Các đợt",
#: "Trong đợt 1"), folded
_PHASE_WORD = r"(?:dot|giai doan|buoc|chang)"
_PHASE_CELL = re.compile(rf"\s*(?:(?:trong|suot|het|cuoi)\s+)?"  # … within it ("Trong đợt 1", "Hết giai đoạn 2")
                         rf"(?:(?P<all>(?:ca|cac|ca (?:\d|hai|ba|bon)) (?P<w>{_PHASE_WORD}))|"
                         rf"(?P<w2>{_PHASE_WORD})\s+(?P<n>(?:\d{{1,2}}|[ivx]{{1,4}})"
                         rf"(?:\s*(?:,|va|-|–)\s*(?:{_PHASE_WORD}\s+)?(?:\d{{1,2}}|[ivx]{{1,4}}))*))\s*\.?\s*")


def phases(lines: list[str]) -> dict[str, DeadlineFound]:
    """The phases the document defines with their time ("Đợt 1: từ ngày 06/7/2026 đến ngày 25/7/2026"), by their
    folded label ("dot 1"); a label defined twice with different times is left out (which one a cell means is not
    said)."""
    found: dict[str, DeadlineFound | None] = {}
    for line in lines:
        cells = [cell.strip(" *") for cell in re.split(r"\t|\s*\|\s*", line.strip().strip("|"))]
        if len(cells) >= 2 and _PHASE_LABEL.fullmatch(fold(cells[0])):  # a table of the phases: "Đợt 1 | 07/9 -
            line = f"{cells[0]}: {cells[1]}"                           # 06/12/2026 | Các xã ven biển | 24"
        text = " ".join(line.split())
        folded = fold(text)
        match = _PHASE_DEFINED.match(folded) if re.search(_PHASE_WORD, folded[:40]) else None
        if match is None:
            continue
        start, end = match.span("b") if match["b"] else match.span("t")
        time = deadline(text[start:end], cell=True)
        if time.kind not in ("before", "month", "quarter"):
            continue
        label = match["label"]
        found[label] = time if found.get(label, time) == time else None
    return {label: time for label, time in found.items() if time is not None}


def phase_time(cell: str, defined: dict[str, DeadlineFound]) -> DeadlineFound | None:
    """The time of a cell that names phases the document defines (``phases``): the end of the last one named ("Đợt 1"
    → its time; "Cả 2 đợt", "Đợt 1, 2" → the later's), printed as the cell is, said for review; None where the cell
    names none, or one that is not defined."""
    match = _PHASE_CELL.fullmatch(fold(" ".join(cell.split()))) if defined else None
    if match is None:
        return None
    word = match["w"] or match["w2"]
    if match["all"]:
        named = [t for label, t in defined.items() if label.startswith(word + " ")]
    else:
        numbers = re.findall(r"\d{1,2}|\b[ivx]{1,4}\b", match["n"])
        named = [defined.get(f"{word} {n}") for n in numbers]
    if not named or None in named:
        return None
    last = max(named, key=lambda t: t.before or f"{t.year:04d}-{t.month or 3 * max(t.quarters or [4]):02d}-32")
    printed = cell.strip()
    return replace(last, printed=printed, note=message("imp_deadline_phase", printed=printed, time=last.printed))


#: an event's days, where the document says when it is held: "… Hội chợ …, diễn ra từ ngày 12 đến hết ngày
#: 16/11/2025", "Tuần hàng … được tổ chức từ 19/11 đến 22/11/2026", "… diễn ra ngày 10/12/2026" (one day), its part
#: "Thời gian" ("- Thời gian: 03 ngày, từ ngày 18/12 đến ngày 20/12/2026", "…; thời gian từ ngày 09 đến 12/4/2026")
_EVENT_SPAN = re.compile(
    r"(?P<t>diễn ra|tổ chức|khai mạc|(?:^|[;:,]\s)[-+•*\s]*[Tt]hời gian(?: tổ chức| diễn ra)?\s*:?)\s"
    r"(?:[^.;]{0,60}?\s)?(?:từ\s+)?(?:ngày\s+)?(?P<d1>\d{1,2})(?:/(?P<m1>\d{1,2}))?(?:/(?P<y1>20\d\d))?"
    r"(?:\s*(?:đến(?:\s+hết)?|-|–)\s*(?:ngày\s+)?(?P<d2>\d{1,2})/(?P<m2>\d{1,2})(?:/(?P<y2>20\d\d))?)?(?![\d/])", re.I)
#: … or its days in brackets after its name ("Tuần hàng nông sản (19 - 22/11)")
_EVENT_DAYS = re.compile(
    r"(?:Hội chợ|Tuần hàng|Tuần lễ|Ngày hội|[Pp]hiên chợ|Lễ hội|Hội thi|Hội diễn|Triển lãm|Festival)[^.;()]{0,60}"
    r"\((?:từ\s+)?(?:ngày\s+)?(?P<d1>\d{1,2})(?:/(?P<m1>\d{1,2}))?\s*(?:-|–|đến)\s*(?P<d2>\d{1,2})/(?P<m2>\d{1,2})"
    r"(?:/(?P<y2>20\d\d))?\)", re.I)
#: work "during" the event, its days said elsewhere ("trong suốt thời gian diễn ra Hội chợ", "trong những ngày diễn ra
#: Tuần hàng", "trong 3 ngày diễn ra phiên chợ"), folded
_DURING_EVENT = re.compile(r"(?:\b(?:trong|suot|vao) )*(?:(?:suot )?thoi gian|(?:nhung|cac) ngay|\d{1,2} ngay) "
                           r"(?:dien ra|to chuc)\b[^.;,()]{0,60}")


def event_spans(lines: list[str], dated: dt.date | None) -> list[tuple[str, dt.date]]:
    """Each line that says when an event is held (``_EVENT_SPAN``), folded, with the event's last day; a day printed
    without its year is the next such day from ``dated`` (the day the document is dated)."""
    found = []
    for line in lines:
        text = " ".join(line.split())
        matches = [*_EVENT_SPAN.finditer(text), *(_EVENT_DAYS.finditer(text) if "(" in text else ())] \
            if any(w in text for w in ("diễn ra", "tổ chức", "khai mạc", "(", "hời gian")) else []
        for match in matches:
            # one day: the event's, where it takes place that day ("diễn ra ngày 15/11/2026"); not its opening's
            # ("khai mạc ngày 10/4": its first day), nor a day something is organised for ("tổ chức … Ngày … 11/4")
            one = match["d1"] if match["m1"] and match.re is _EVENT_SPAN and match["t"].lower() == "diễn ra" else None
            day, month = match["d2"] or one, match["m2"] or match["m1"]
            year = match["y2"] or (match["y1"] if match.re is _EVENT_SPAN else None)
            if day is None or month is None or (year is None and dated is None):
                continue
            try:
                end = dt.date(int(year), int(month), int(day)) if year else dt.date(dated.year, int(month), int(day))
                end = end if year or end >= dated else end.replace(year=end.year + 1)
            except ValueError:  # no such day ("29/2" of a common year)
                continue
            found.append((fold(text), end))
    return found


#: a number of days, as a table's column of how long each row's work takes prints it ("12", "20 ngày", "05")
_DAYS_CELL = re.compile(r"\s*(?P<n>\d{1,3})\s*(?:ngay)?\s*\.?\s*")


def days_from_start(start: str | None, length: str, *, year: int | None = None) -> DeadlineFound | None:
    """A row's deadline from the day its work starts and how many days it takes ("Ngày bắt đầu | Số ngày": "19/10/2026
    | 12"): its last day, the start day counted as the first, as a schedule counts a task's days (15/10 and 10 days:
    done by 24/10), said for review; the length's own time where it is one ("Thường xuyên": ongoing). None where the
    start is no day (a condition, "Ngay sau khi xong việc số 4") or the length no number."""
    own = deadline(length, cell=True, year=year)
    if own.kind == "ongoing":
        return own
    days = _DAYS_CELL.fullmatch(fold(length))
    first = deadline(start, cell=True, year=year) if start and days else None
    if first is None or first.kind != "before" or not first.before or int(days["n"]) < 1:
        return None
    end = dt.date.fromisoformat(first.before) + dt.timedelta(days=int(days["n"]) - 1)
    return DeadlineFound("before", first.printed, before=end.isoformat(),
                         note=message("imp_deadline_days_from_start", start=first.printed, days=int(days["n"]),
                                      day=f"{end.day}/{end.month}/{end.year}"))


def during_event(text: str, spans: list[tuple[str, dt.date]]) -> DeadlineFound | None:
    """The time of work done "during" an event (``_DURING_EVENT``: "trong những ngày diễn ra Tuần hàng"): by the last
    day of that event, as a line of the document that names it says (``event_spans``; else the one event it dates),
    said for review; None where the text says no such thing or the event's days are not said."""
    folded = fold(text)
    match = _DURING_EVENT.search(folded) if spans else None
    if match is None:
        return None
    name = re.sub(r"^.*?\b(?:dien ra|to chuc)\s*", "", match.group()).split()[:2]
    ends = {end for line, end in spans if name and " ".join(name) in line} or {end for _, end in spans}
    if len(ends) != 1:
        return None
    end = ends.pop()
    printed = text[match.start():match.end()].strip()
    said = message("imp_deadline_event_end", printed=printed, day=f"{end.day}/{end.month}/{end.year}")
    return DeadlineFound("before", printed, before=end.isoformat(), note=said)


def _printed_day(match: "re.Match | None") -> dt.date | None:
    """The day a ``_DATE_PRINTED`` match prints, or None (no match, no such day)."""
    if match is None:
        return None
    d, m, y = (match.group("d") or match.group("d2"), match.group("m") or match.group("m2"),
               match.group("y") or match.group("y2"))
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def _from_day_n(text: str, folded: str, day: dt.date) -> DeadlineFound | None:
    """A milestone counted from day N ("N - 55 (16/10)", "Từ N đến N + 3", "[D-60]"): due by its last day; a time
    counted back from the opening ("trước ngày khai mạc 02 ngày"): due by that day. ``folded``: ``text`` folded."""
    days = [day + dt.timedelta(days=(-1 if m.group("sign") in "-–−" else 1) * int(m.group("k"))) if m.group("k") else day
            for m in _FROM_DAY_N.finditer(text)]
    if days:
        return DeadlineFound("before", " ".join(text.split()), before=max(days).isoformat())
    back = _BEFORE_OPENING.search(folded)
    if back is None:
        return None
    printed = text[back.start():back.end()].strip()
    return DeadlineFound("before", printed, before=(day - dt.timedelta(days=int(back.group("k1") or back.group("k2")
                                                                                 or 0))).isoformat(),
                         note=message("imp_deadline_opening", printed=printed, date=day.strftime("%d/%m/%Y")))


#: a weekday before the day it names in a time cell ("Thứ Bảy 11/7", "Chủ nhật, 12/7", "T7 - 18/7", "Thứ 5 (16/7)"),
#: folded
#: a time cell of a day whose year has two digits, maybe after its weekday in English, as project software (MS
#: Project's "Finish" column, Excel's "ddd dd/mm/yy") prints it ("Tue 26/01/27", "16/10/26"), folded
_SHORT_YEAR_DAY = re.compile(r"\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)\s+)?(?P<d>\d{1,2}/\d{1,2})/(?P<y>\d{2})\s*")
_WEEKDAY = re.compile(r"^\s*(?:ngay\s+)?(?:thu\s*(?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat|t[2-7]|cn)\b\s*[,:–-]?\s*"
                      r"(?:ngay\s+)?(?=\(?\s*\d)")


#: a time cell of a period's own label, then its days in brackets: a week of the year ("W44 (26 - 30/10)", "W45 - W46
#: (02 - 13/11)"), a round or a stage by its number ("Tuần 2 (07 - 11/9)", "Đợt 1 (01 - 15/10/2026)")
_LABEL_THEN_DAYS = re.compile(r"\s*(?P<label>[^()]{1,30}?)\s*\((?P<t>[^()]{3,60})\)\s*\.?\s*")


#: a month named in words after "tháng", capitalised as a literary text writes it ("trước ngày 30 tháng Chín", "trong
#: tháng Mười Một", "tháng Hai năm 2027"); not "tháng Giêng", "tháng Chạp", the lunar calendar's
_MONTH_WORDS = re.compile(r"(?<=\b[Tt]háng )(?:Mười Một|Mười Hai|Mười|Một|Hai|Ba|Tư|Năm|Sáu|Bảy|Tám|Chín)\b")
_MONTH_NUMBERS = {"Một": 1, "Hai": 2, "Ba": 3, "Tư": 4, "Năm": 5, "Sáu": 6, "Bảy": 7, "Tám": 8, "Chín": 9, "Mười": 10,
                  "Mười Một": 11, "Mười Hai": 12}


def _months_as_numbers(text: str) -> tuple[str, list[int]]:
    """``text`` with its months in words as numbers ("tháng Chín" → "tháng 9"), and where each of its characters was
    in ``text`` (the last of a word's)."""
    out, where, at = [], [], 0
    for match in _MONTH_WORDS.finditer(text):
        out.append(text[at:match.start()])
        where += range(at, match.start())
        number = str(_MONTH_NUMBERS[" ".join(match.group().split())])
        out.append(number)
        where += [match.start()] * (len(number) - 1) + [match.end() - 1]
        at = match.end()
    out.append(text[at:])
    where += range(at, len(text))
    return "".join(out), where


#: a day named by its weekday's place in a month, as a calendar of meetings or a youth union's plan sets it ("thứ Sáu
#: cuối cùng của tháng 10/2026", "thứ Năm thứ ba của tháng 11/2026", "Chủ nhật đầu tiên của tháng 3/2027")
_NTH_WEEKDAY = re.compile(r"(?:[Tt]hứ\s+(?P<wd>Hai|Ba|Tư|Năm|Sáu|Bảy|hai|ba|tư|năm|sáu|bảy)|(?P<sun>[Cc]hủ\s+nhật))\s+"
                          r"(?P<nth>đầu tiên|thứ nhất|thứ hai|thứ ba|thứ tư|thứ năm|cuối cùng|cuối)\s+(?:của\s+)?"
                          r"tháng\s+(?P<m>\d{1,2})\s*/\s*(?P<y>20\d\d)\b")
#: a date as Google Docs, Sheets and Calendar print it in Vietnamese ("30 thg 11, 2026", a date chip exported to
#: Markdown or text; "thg" short for "tháng"), its year maybe left out ("15 thg 12")
_SHORT_MONTH_DATE = re.compile(r"(?<![\d/])(?P<d>\d{1,2})\s+thg\s+(?P<m>\d{1,2})(?:\s*,\s*(?P<y>20\d\d))?\b")
#: a date as a spreadsheet in English prints it, day, the month's short English name, year ("23-Oct-26", "04-Jan-2027")
_ENGLISH_DATE = re.compile(r"(?<![\w-])(?P<d>\d{1,2})[- ](?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[- ]"
                           r"(?P<y>\d{4}|\d{2})(?![\w-])")
_ENGLISH_MONTHS = {m: k for k, m in enumerate("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), start=1)}
#: "~" between two dates, as software prints a span ("2026.12.01 ~ 2026.12.10"): a dash
_TILDE_SPAN = re.compile(r"(?<=\d)\s*[~→]\s*(?=\d)")  # … or an arrow ("2027-01-05 → 2027-01-31")
#: a date written year first, as software exports it (ISO 8601 "2026-12-15", an ERP's "2026.12.15", "2026/12/15")
_YEAR_FIRST_DATE = re.compile(r"(?<![\d./-])(?P<y>20\d\d)(?P<s>[.\-/])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\d./-])")
_WEEKDAY_NUMBERS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5}
_NTH = {"đầu tiên": 1, "thứ nhất": 1, "thứ hai": 2, "thứ ba": 3, "thứ tư": 4, "thứ năm": 5, "cuối cùng": -1, "cuối": -1}


def _nth_weekday(match: re.Match) -> dt.date | None:
    """The day ``_NTH_WEEKDAY`` names, or None where the month has no such day (a fifth Monday)."""
    weekday = 6 if match["sun"] else _WEEKDAY_NUMBERS[match["wd"].lower()]
    year, month = int(match["y"]), int(match["m"])
    if not 1 <= month <= 12:
        return None
    days = [dt.date(year, month, d) for d in range(1, 32) if _valid(year, month, d)
            and dt.date(year, month, d).weekday() == weekday]
    nth = _NTH[" ".join(match["nth"].split())]
    if nth == -1:
        return days[-1]
    return days[nth - 1] if nth <= len(days) else None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


#: what each of the forms ``_named_as_dates`` reads opens with — a weekday ("thứ …", "Chủ nhật"), a day or a month
#: named by words ("Ngày Nhà giáo …", "Tháng Công nhân"), "thg", a year first, "~" or "→", an English month — one
#: search to tell a text that holds none of them
_NAMED_DATE_HINT = re.compile(r"(?i:thứ\s|chủ\s+nhật|ngày\s+[^\W\d]|tháng\s+[^\W\d])|thg|[~→]|20\d\d[.\-/]\d|"
                              r"\d[- ](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")


def _named_as_dates(text: str) -> tuple[str, list[int]]:
    """``text`` with each day named by its weekday's place in a month as its date ("thứ Sáu cuối cùng của tháng
    10/2026" → "ngày 30/10/2026") and each day of the national calendar named alone as its date ("Ngày Nhà giáo Việt
    Nam năm 2026" → "ngày 20/11/2026", ``national_days``), each date printed in Google's Vietnamese form as its
    digits ("30 thg 11, 2026" → "30/11/2026"), and so each date written year first ("2026.11.30", "2026-11-30"), and
    where each of its characters was in ``text``
    (``_months_as_numbers``)."""
    if not _NAMED_DATE_HINT.search(text):  # none of them can be there: read as it is (the common case, cheaply)
        return text, list(range(len(text)))
    out, where, at = [], [], 0
    found = sorted([*_NTH_WEEKDAY.finditer(text), *national_days.NAMED_DAY.finditer(text),
                    *_SHORT_MONTH_DATE.finditer(text), *_YEAR_FIRST_DATE.finditer(text), *_TILDE_SPAN.finditer(text),
                    *_ENGLISH_DATE.finditer(text)],
                   key=lambda m: m.start())
    for match in found:
        if match.start() < at:
            continue
        if match.re is _TILDE_SPAN:
            said = " - "
        elif match.re is _ENGLISH_DATE:  # "23-Oct-26": "23/10/2026"
            year = match["y"] if len(match["y"]) == 4 else f"20{match['y']}"
            said = f"{int(match['d']):02d}/{_ENGLISH_MONTHS[match['mon']]:02d}/{year}"
        elif match.re in (_SHORT_MONTH_DATE, _YEAR_FIRST_DATE):  # "30 thg 11, 2026", "2026.11.30": "30/11/2026"
            if not (1 <= int(match["m"]) <= 12 and 1 <= int(match["d"]) <= 31):
                continue
            said = f"{int(match['d']):02d}/{int(match['m']):02d}" + (f"/{match['y']}" if match["y"] else "")
        elif match.re is _NTH_WEEKDAY:
            day = _nth_weekday(match)
            if day is None:
                continue
            said = f"ngày {day.day:02d}/{day.month:02d}/{day.year}"
        else:  # … its month where the work is done on the occasion ("vào dịp Ngày Hợp tác xã Việt Nam năm 2027")
            said = national_days.said_as_date(match, month=re.search(r"\bdịp\s+$", text[:match.start()], re.I) is not None)
        out.append(text[at:match.start()])
        where += range(at, match.start())
        out.append(said)
        where += [match.start()] * (len(said) - 1) + [match.end() - 1]
        at = match.end()
    out.append(text[at:])
    where += range(at, len(text))
    return "".join(out), where


#: a stage of a time cell that gives the share of the work done by each mark ("60% – trước 15/12/2026", "100%: …")
_STAGE = re.compile(r"(?:^|(?<=<br>)|(?<=[\n;\s]))\s*(?P<share>\d{1,3})\s*%\s*[–—:-]\s*")


#: the fields a to-do list app writes after a task, each behind its emoji (Obsidian's Tasks plugin: "🛫 2026-10-26" the
#: start, "⏳ …" the day it is scheduled for, "📅 …" the day it is due, "➕ …" created, "✅ …" done, "🔁 every week",
#: "⏫ 🔼 🔽" its priority): only "📅" is a deadline; none of them is a name's
TASK_EMOJI_FIELDS = re.compile(r"\s*(?=[🛫⏳📅➕✅🔁⏫🔼🔽🔺⏬])")
_DUE_EMOJI = re.compile(r"📅\ufe0f?\s*(?P<day>20\d\d-\d{1,2}-\d{1,2})")
_OTHER_EMOJI_DATE = re.compile(r"[🛫⏳➕✅]\ufe0f?\s*20\d\d-\d{1,2}-\d{1,2}")


def deadline(text: str | None, *, cell: bool = False, year: int | None = None, bare_year: bool = True,
             signed: dt.date | None = None, day_n: dt.date | None = None, issued: dt.date | None = None) -> DeadlineFound:
    """``_deadline_in``'s reading; a condition its work speaks of ("… cấp hóa đơn ngay khi giao hàng – thường xuyên")
    gives way to the time set off after a dash at the end: the task's own; a year gives way to the months of it a
    bracket at the end names ("Mùa nước nổi năm 2025 (tháng 9 - 11)"). Months in words are read as their numbers, the
    time printed as it is ("trước ngày 30 tháng Chín")."""
    if text and ("📅" in text or _OTHER_EMOJI_DATE.search(text)):  # a to-do's due day after its emoji, the others none
        due = _DUE_EMOJI.search(text)
        if due:
            return deadline(due["day"], cell=True, year=year, signed=signed, issued=issued)
        text = _OTHER_EMOJI_DATE.sub("", text)
    stages = list(_STAGE.finditer(text)) if cell and text and text.count("%") >= 2 else []
    if len(stages) >= 2:  # "60% – trước 15/12/2026<br>100% – trước 15/01/2027": the whole is due at the last stage
        last = max(range(len(stages)), key=lambda k: int(stages[k]["share"]))
        end = stages[last + 1].start() if last + 1 < len(stages) else len(text)
        found = deadline(text[stages[last].end():end], cell=True, year=year, bare_year=bare_year, signed=signed,
                         day_n=day_n, issued=issued)
        if found.kind not in ("unspecified", "ambiguous"):
            return found
    said, where = (_months_as_numbers(text) if _MONTH_WORDS.search(text) else _named_as_dates(text)) if text else (text, [])
    if said != text:  # read as the numbers it says: what it printed is quoted
        found = deadline(said, cell=cell, year=year, bare_year=bare_year, signed=signed, day_n=day_n, issued=issued)
        at = said.find(found.printed) if found.printed else -1
        if at < 0:
            return found
        printed = text[where[at]:where[at + len(found.printed) - 1] + 1]
        note = found.note and found.note.replace(found.printed, printed)
        named = national_days.NAMED_DAY.search(printed)
        if (_NTH_WEEKDAY.search(printed) or named) and (found.before or found.month):  # the day counted on the
            # calendar, or the national day's date: said for review
            day = "ngày " + dt.date.fromisoformat(str(found.before)).strftime("%d/%m/%Y") if found.before else \
                f"tháng {found.month}/{found.year}"
            said = message("imp_deadline_national_day", printed=printed, day=day) if named else \
                message("imp_deadline_weekday", printed=printed, day=day)
            note = "; ".join(n for n in (note, said) if n)
        return replace(found, printed=printed, note=note)
    found = _deadline_in(text, cell=cell, year=year, bare_year=bare_year, signed=signed, day_n=day_n, issued=issued)
    labelled = _LABEL_THEN_DAYS.fullmatch(text or "") if cell and found.kind in ("unspecified", "ambiguous") else None
    if labelled and not re.search(r"/|\bam lich\b", fold(labelled.group("label"))):  # a label, not a (lunar) day  # a period's label, its days in brackets ("W44 (26 - 30/10)", "Tuần 2 (07 - 11/9)"): those days
        days = _deadline_in(labelled.group("t"), cell=True, year=year, signed=signed, issued=issued)
        if days.kind not in ("unspecified", "ambiguous"):
            return replace(days, printed=text.strip())
    inner = re.search(r"\((?P<t>[^()]{3,40})\)\s*[.;]?\s*$", text or "") if found.kind == "year" else None
    if inner:  # a year's season with its months in brackets ("Mùa nước nổi năm 2025 (tháng 9 - 11)"): those months
        months = _deadline_in(inner.group("t"), cell=True, year=found.year)
        if months.kind in ("month", "quarter") and months.year == found.year:  # in the year printed, not the plan's
            said = message("imp_deadline_plan_year", printed=months.printed, year=found.year)
            note = (months.note or "").replace(f"; {said}", "").replace(said, "") or None
            return replace(months, note=note)
    dashed = _DASHED_TIME_END.search(fold(text)) if text and not cell and found.kind == "after-condition" else None
    if dashed:
        own = deadline(text[dashed.start(1):dashed.end(1)], cell=True, year=year, signed=signed, issued=issued)
        if own.kind not in ("unspecified", "ambiguous", "after-condition"):
            return own
    noted = _NOTED_TIME.fullmatch(text.strip()) if text and cell and found.kind in ("unspecified", "ambiguous") else None
    if noted:  # a time cell with a note in brackets after it ("26/9/2026 (số đầu tiên)", "Tháng 10/2026 (vụ đông)"): the time
        own = deadline(noted["time"], cell=True, year=year, signed=signed, issued=issued)
        if own.kind in ("before", "month", "quarter", "year"):  # a day or a period (not "Sau thu hoạch (dự kiến)")
            return own
    last = _TIME_SENTENCE_END.search(text) if text and not cell and found.kind == "unspecified" else None
    if last:  # the time as the item's last sentence of its own ("Việc 7. Giám sát … . Sau đại hội thường niên của mỗi
        # hợp tác xã."), read as a time cell is
        own = deadline(last["time"], cell=True, year=year, signed=signed, issued=issued)
        if own.kind not in ("unspecified", "ambiguous"):
            return own
    return found


#: a time cell's time, then a note on it in brackets ("26/9/2026 (số đầu tiên)")
_NOTED_TIME = re.compile(r"(?P<time>[^()]{3,40}?)\s*\((?P<note>[^()]{2,60})\)")
#: an item's last sentence, short and capitalised, after the sentence of its work ("… chia lãi cho thành viên. Sau đại
#: hội thường niên của mỗi hợp tác xã."): where a list that prints each work's time after it writes the time
_TIME_SENTENCE_END = re.compile(r"\.\s+(?P<time>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^.;:()]{2,80}?)\s*\.?\s*$")


#: a time cell of days alone ("15", "01 - 10", "trước 25", "đến ngày 20"), folded, and one of the whole month ("cả
#: tháng", "trong tháng"): the days of the month a group row over it names (``days_of_month``)
_DAYS_ALONE = re.compile(r"\s*(?:(?:truoc|den|ngay|khoang)\s+(?:ngay\s+)?)?(?P<d>\d{1,2})"
                         r"(?:\s*(?:[-–—]|den)\s*(?:ngay\s+)?(?P<d2>\d{1,2}))?\s*\.?\s*")
_MONTH_LONG = re.compile(r"\s*(?:ca|trong|suot|het)\s+thang\s*\.?\s*")


def days_of_month(cell: str, title: str, *, year: int | None = None, signed: dt.date | None = None,
                  issued: dt.date | None = None) -> DeadlineFound | None:
    """A time cell of days alone under a group row whose ``title`` names the month ("**Tháng 12/2026**" over rows
    timed "01 - 10", "15", "trước 25", "cả tháng"), as a calendar of months prints its rows: due by its last day in
    that month, or the month itself; None when the cell is not days alone or the title no month (read as a time cell
    is, in ``year`` or from ``signed``)."""
    folded = fold(cell)
    days = _DAYS_ALONE.fullmatch(folded)
    if days is None and not _MONTH_LONG.fullmatch(folded):
        return None
    month = deadline(title, cell=True, year=year, signed=signed, issued=issued)
    if month.kind != "month":
        return None
    if days is None:
        return replace(month, printed=cell.strip(), note=message("imp_deadline_group_month", printed=cell.strip(),
                                                                 month=month.printed))
    if days["d2"] and int(days["d2"]) < int(days["d"]):
        return None
    try:
        day = dt.date(month.year, month.month, int(days["d2"] or days["d"]))
    except ValueError:
        return None
    return DeadlineFound("before", cell.strip(), before=day.isoformat(),
                         note=message("imp_deadline_group_month", printed=cell.strip(), month=month.printed))


def _deadline_in(text: str | None, *, cell: bool = False, year: int | None = None, bare_year: bool = True,
                 signed: dt.date | None = None, day_n: dt.date | None = None, issued: dt.date | None = None) -> DeadlineFound:
    """The deadline printed in ``text``.  In running text only phrases after a
    trigger ("thực hiện", "hoàn thành", "thời gian"…) or in final brackets
    count; a table cell is a deadline as a whole. ``year``: the one year the plan is for (its title names it), what
    a cell "Cả năm" means. ``bare_year``: a cell of a year alone is that year (not where the cell's bounds are guessed:
    a table flattened a cell a line, whose "2023" may be the end of "Từ 2023"). ``signed``: the day a document whose
    times are near was signed (a letter; a plan whose title names no one year, "vụ Đông Xuân 2026 - 2027"): a time
    printed without its year is the first such time on or after it ("trước 15/10" signed on 21/9/2026: 15/10/2026;
    "trước 10/01": 10/01/2027), rather than in ``year``. ``day_n``: the day the document calls "ngày N" (``day_n``),
    from which a milestone "N - 30" is counted. ``issued``: the day the document is dated, whose next year "năm sau"
    means ("quý I năm sau")."""
    if not text:
        return DeadlineFound("unspecified", None)
    folded = _slashed(fold(text), cell)
    short = _SHORT_YEAR_DAY.fullmatch(folded) if cell else None
    if short:  # a day as project software prints it, its weekday in English and its year in two digits ("Tue 26/01/27",
        # "Fri 16/10/26"): that day of 20yy
        day = deadline(f"{short.group('d')}/20{short.group('y')}", cell=True)
        if day.kind == "before":
            return replace(day, printed=text.strip(), note=None)
    weekday = _WEEKDAY.match(folded) if cell else None
    if weekday:  # a day printed after its weekday ("Thứ Bảy<br>11/7", "Chủ nhật (12/7/2026)"): that day
        day = _deadline_in(text[weekday.end():].strip(" ()"), cell=True, year=year, bare_year=bare_year, signed=signed,
                           day_n=day_n, issued=issued)
        if day.kind not in ("unspecified", "ambiguous"):
            return day
    if day_n is not None and (counted := _from_day_n(text, folded, day_n)) is not None:
        return counted
    if cell and day_n is None and _N_COUNTED.fullmatch(folded):  # "N-15", "N+40 đến N+75": days from a day N each
        printed = text.strip().rstrip(".")                      # doer has its own ("Ngày N" of each cooperative), no
        return DeadlineFound("after-condition", printed, condition=printed)  # one date: tied to that day
    lunar = _LUNAR_THEN_SOLAR.fullmatch(folded) if cell else None
    if lunar:  # a day of the lunar calendar with its solar day in brackets ("20 tháng Chạp (27/01/2027)"): that day
        solar = deadline(text[lunar.start("solar"):lunar.end("solar")], cell=True, year=year, signed=signed, issued=issued)
        if solar.kind == "before":
            return replace(solar, printed=text.strip())
    if cell and year and _WHOLE_YEAR.fullmatch(folded):
        return DeadlineFound("year", text.strip(), year=year)
    month = _MONTH_CELL.fullmatch(folded) if cell else None
    if month and 1 <= int(month.group("m")) <= 12:  # a cell of a month and its year alone: "04/2026"
        return DeadlineFound("month", text.strip(), year=int(month.group("y")), month=int(month.group("m")))
    months = _MONTHS_CELL.fullmatch(folded) if cell else None
    # (the first month's year left out where it is the last's: "09 - 10/2026")
    if months and 1 <= int(months["m"]) <= 12 \
            and (months["y0"] or months["y"], int(months["m0"])) < (months["y"], int(months["m"])):
        printed = text.strip()
        return DeadlineFound("month", printed, year=int(months["y"]), month=int(months["m"]),
                             note=_NOTES["month-run"](printed=printed, month=int(months["m"]), year=int(months["y"])))
    if cell and bare_year and re.fullmatch(r"\s*20\d\d\s*\.?\s*", folded):  # a time column's cell of a year alone: "2026"
        return DeadlineFound("year", text.strip(), year=int(folded.strip(" .")))
    span = re.fullmatch(r"\s*\d{1,2}(?:/\d{1,2})?(?:/20\d\d)?\s*[-–]\s*(?P<end>\d{1,2}/\d{1,2}(?P<y>/20\d\d)?)\s*\.?\s*",
                        folded) if cell else None
    if span and span.group("y"):  # a span of days in a time cell ("15/9 - 10/10/2026"), as "Từ 01/6 đến 15/9/2026" is
        # read: by its last day
        day = deadline(f"trước ngày {span.group('end')}", cell=True)
        return replace(day, printed=text.strip(), note=None) if day.kind == "before" else day
    # a day and month alone in a time cell, "31/7" under "Thời hạn", or the last of a span's ("01 - 05/6", "15/9 -
    # 10/10"): due by then, in the year the plan's times are read in
    due = span.group("end") if span else text.strip().rstrip(".") \
        if cell and re.fullmatch(r"\s*\d{1,2}/\d{1,2}\s*\.?\s*", folded) else None
    if due and (year or signed):
        day = deadline(f"trước {due}", cell=True, year=year, signed=signed, issued=issued)
        return replace(day, printed=text.strip()) if day.kind == "before" else day
    alone = _DAY_CELL.fullmatch(folded) if cell else None
    if alone:  # a day alone in a time cell, "08/9/2026", maybe with its part or hour ("Chiều 15/10/2026", "Sáng
        # 16/10/2026, từ 7 giờ 00"): the day the row's work is held, as "ngày …"
        if not alone.group("y") and not (year or signed):
            return DeadlineFound("unspecified", None)  # … a day without its year, in a plan of no one year
        day = deadline(f"ngày {alone.group('day')}", cell=True, year=year, signed=signed, issued=issued)
        return replace(day, printed=text.strip(), note=day.note and day.note.replace(day.printed, text.strip()))
    tag = None if cell else (TIME_TAG.match(text) or TIME_DASH.match(text))
    if tag:  # "[T9] phòng Kinh tế rà soát …", "(Tháng 10) Hội Nông dân xã …": the time the item is tagged with, first
        found = _deadline_in(tag.group("time"), cell=True, year=year, signed=signed, issued=issued)
        if found.kind not in ("unspecified", "ambiguous"):
            return found
    opening = None if cell else (_OPENING_TIME.match(folded) or _OPENING_DATE.match(text))
    if opening:  # "- Thường xuyên: Theo dõi, hỗ trợ … sau khi thành lập": the time the line opens with, first
        found = deadline(text[opening.start("time"):opening.end("time")], cell=True, year=year, signed=signed,
                         issued=issued)
        if found.kind not in ("unspecified", "ambiguous"):
            return found
    zones: list[tuple[int, int]] = []
    if cell:
        zones.append((0, len(folded)))
    else:
        for match in _TRIGGER.finditer(folded):
            zones.append((match.start(), min(len(folded), match.end() + 60)))
        for match in _TIME_PHRASE.finditer(folded):
            zones.append((match.start(), min(len(folded), match.end() + 40)))
        final = re.search(r"\(([^()]{4,80})\)\s*[.;]?\s*$", folded)
        if final:
            zones.append((final.start(1), final.end(1)))
        # a time in brackets after its clause, wherever the clause stands ("… giới thiệu HTX tham gia Chương trình …
        # (quý IV/2026); tư vấn …", "(xong trước 30/9)")
        for match in re.finditer(r"\(((?:xong |hoan thanh |thuc hien )?(?:quy|thang|nam|truoc|trong|hang|thuong xuyen|"
                                 r"dinh ky|cham nhat|t\d)[^()]{0,50})\)", folded):
            zones.append((match.start(1), match.end(1)))
        # the time after a dash at the end, as a list written in a hurry prints it ("… mã QR – Quý II/2026"), or a
        # clause after a comma that is a time and nothing else ("… vay vốn mua thùng, mua giống, cả năm 2026.", "…, trong
        # suốt vụ Đông Xuân 2026 - 2027.")
        for dashed in (_TIME_CLAUSE_END.search(folded), _DASHED_TIME_END.search(folded)):
            if dashed:
                zones.append((dashed.start(1), dashed.end(1)))
        # … a month and its year that end the sentence ("… báo cáo UBND tỉnh tại phiên họp thường kỳ tháng 12/2026.",
        # "… Hội chợ … tổ chức tại Lào Cai tháng 11/2026."), rounds by their numbers ("đợt 1 tháng 12/2026, đợt 2 …")
        for match in re.finditer(r"\bcuoi nam\b", folded):  # "cuối năm báo cáo …", "… kết quả cuối năm."
            zones.append((max(0, match.start() - 4), min(len(folded), match.end() + 12)))  # (and what follows: "năm học")
        end_month = _MONTH_AT_END.search(folded)
        # (not a cited document's month: "… theo Kế hoạch số 12/KH-UBND tháng 12/2025.")
        if end_month and not re.search(r"\bso \d|\d/[a-z]", folded[max(0, end_month.start() - 40):end_month.start()]):
            zones.append((end_month.start(), end_month.end()))
        for match in re.finditer(r"\bdot (?:1|i|mot)\s*:?\s*(?:vao )?(?:thang |t)\d", folded):
            zones.append((match.start(), min(len(folded), match.end() + 60)))
        for match in re.finditer(r"\(?sau khi |\bngay khi |\b(?:sau|ket thuc) (?:moi|tung) |" + _RIGHT_AFTER_STAGE + "|" + _ON_REQUEST, folded):
            zones.append((match.start(), len(folded)))
        for match in re.finditer(_BEFORE_EVENT, folded):  # "trước Ngày Khuyến học Việt Nam (02/10)"
            zones.append((match.start(), min(len(folded), match.end() + 7)))
        head = _CONDITION_HEAD.match(folded)
        if head:  # "Khi có dấu hiệu vi phạm: …"
            zones.append((0, head.end() + 1))  # (its colon with it)
        for match in _EVENT_DAY.finditer(folded):  # the day the work is held ("… Hội nghị … ngày 17/10/2026")
            zones.append((match.start(), match.end()))
        for match in _WEEKDAY_DAY.finditer(folded):  # … or its weekday and day ("… vào sáng Thứ Ba, 01/12")
            zones.append((match.start(), match.end()))
        # "thường xuyên", "hằng năm", "định kỳ", "trước ngày 25 của tháng cuối quý" on their own, except "hằng năm"
        # naming a yearly plan or programme ("kế hoạch hoạt động hằng năm của các cấp"), which says nothing of when
        # the task is due
        parts = re.search(r"(?:^|\s)\((?:i|1)\)\s", folded)  # an inline enumeration: "(i) …; (ii) …"
        whole = re.search(_WHOLE_YEAR_END, folded)
        # … as printed: "cả năm", "trong năm", "suốt năm" ("trước khi vào vụ cá Nam." only folds like one)
        if whole and text[whole.start("w"):whole.end("w")].lower() in ("cả năm", "trong năm", "suốt năm"):
            zones.append((whole.start("w"), whole.end("w")))
        for match in re.finditer(r"thuong xuyen|hang nam|moi nam|(?:dinh ky )?hang quy|dinh ky|hang tuan|"
                                 r"(?:truoc ngay \d{1,2} )?hang thang|" + _QUARTER_DAY + "|" + _EVERY_PERIOD + "|"
                                 + _THROUGHOUT, folded):
            before = folded[max(0, match.start() - 40):match.start()]
            if re.search(r"(?:ke hoach|chuong trinh)(?: \w+){0,2} $", before):
                continue
            # "thường xuyên" inside one part of an enumeration says how that part is done ("…: (i) …; (ii) tổ chức
            # đào tạo, bồi dưỡng thường xuyên cho cán bộ"), not when the whole task is due
            if match.group().startswith("thuong") and parts is not None and match.start() > parts.start():
                continue
            zones.append((match.start(), match.end()))
    condition = None  # "Sau khi Kế hoạch được ban hành, … trong tháng 01/2027": the date printed is the deadline
    on_request = None
    for kind, pattern, *note in _DEADLINES:
        found = []
        for match in _in_zones(pattern, folded, zones):
            one = _read(kind, match, text, note)
            if one is not None:
                found.append((match, one))
        if not found:
            continue
        chosen = found[0][1] if len(found) == 1 else _task_own(found, text, cell)
        if kind == "after-condition" and re.match(r"\(?khi ", fold(chosen.printed or "")):
            on_request = on_request or chosen  # "… khi có yêu cầu": any other time printed is the task's own
            continue                            # ("báo cáo trước ngày 20 hằng tháng; … đột xuất khi có yêu cầu")
        if kind == "after-condition" and not cell and re.match(
                r"\(?(?:sau (?:khi|moi|tung) |(?:trong )?\d{1,3} ngay (?:lam viec )?sau )", fold(chosen.printed or "")):
            condition = condition or chosen  # … or "sau mỗi đợt" (each time, again), "10 ngày sau đại hội" (a step's
            continue                         # days) beside a time printed ("…; gửi … trước 20/11/2026", "… xong trước
            #                                  ngày 31/3/2027; gửi … trong 10 ngày sau đại hội"): that time
        if condition is not None and kind in ("ongoing", "annual", "ambiguous"):
            break
        return chosen
    if condition is not None:
        return condition
    this_month = _in_zones(_THIS_MONTH, folded, zones) if issued is not None else []
    if this_month:  # "xong trong tháng này": the month the document is dated in
        printed = text[this_month[0].start():this_month[0].end()]
        return DeadlineFound("month", printed, year=issued.year, month=issued.month,
                             note=message("imp_deadline_this_month", printed=printed, month=issued.month, year=issued.year))
    if year is not None or signed is not None or issued is not None:  # times printed without their year ("trước
        # 10/12", "quý IV"), or in the year after the document's ("quý I năm sau")
        for kind, pattern, *note in _YEARLESS:
            found = []
            for m in _in_zones(pattern, folded, zones):
                after = _NEXT_YEAR.match(folded, m.end()) if kind in ("quarter", "month") and issued else None
                if after is not None:  # "quý I năm sau": the year after the one the document is dated in
                    one = _read(kind, m, text, note, year=issued.year + 1)
                    if one is not None:
                        one.printed = f"{one.printed}{text[m.end():after.end()]}"
                        said = message("imp_deadline_next_year", printed=one.printed, year=one.year)
                elif year is not None or signed is not None:
                    one = _read(kind, m, text, note, year=year, signed=signed)
                    if one is not None:
                        year_read = one.year or int(one.before[:4])
                        said = message("imp_deadline_signed_year", printed=one.printed, year=year_read) if signed \
                            else message("imp_deadline_plan_year", printed=one.printed, year=year_read)
                else:
                    one = None  # a time without its year, and neither a plan's year nor a signing day to read it in
                if one is not None:
                    one.note = f"{one.note}; {said}" if one.note else said
                    found.append((m, one))
            if found:
                return found[0][1] if len(found) == 1 else _task_own(found, text, cell)
    if on_request is not None:
        return on_request
    up_to = _in_zones(_UP_TO_DAY, folded, zones)
    if up_to:  # up to a day, and no other time printed ("báo cáo Ban Thường vụ đến 30/11/2026"): by then; beside another
        return _read("before", up_to[0], text, [])  # time it is the day figures run to ("dư nợ … đến 31/10/2026, gửi trước …")
    paced = _PACED_BY.search(folded)
    if paced is not None:  # by a schedule kept elsewhere, as it comes: tied to it, no date
        printed = text[paced.start("how"):paced.end()].strip().rstrip(".")
        return DeadlineFound("after-condition", printed, condition=printed)
    season = (_SEASON_EVENT_CELL.fullmatch(folded.strip()) or _IN_SEASON_CELL.fullmatch(folded.strip())) if cell else None
    if season is not None:  # a crop calendar's cell: before or after a stage of the season, or all through it
        printed = text.strip().rstrip(".")
        if season.re is _IN_SEASON_CELL:
            return DeadlineFound("ongoing", printed)
        return DeadlineFound("after-condition", printed, condition=printed)
    return DeadlineFound("unspecified", None)


def when_clause(text: str) -> DeadlineFound | None:
    """The time of a sentence whose last clause is an event (``_WHEN_CLAUSE``: "… trước khi xuống giống.", "…, khi HTX
    đi vào hoạt động."): tied to it (after-condition); None otherwise. Read last, where nothing else dates the work (no
    time printed, no heading's period above it)."""
    folded = fold(text)
    if "khi" in folded:  # "khí nhà kính" (gas) is no "khi" (when)
        printed = unicodedata.normalize("NFC", text).lower()
        folded = _KHI.sub(lambda m: m.group() if printed[m.start():m.end()] == "khi" else "kh~", folded)
    when = re.search(_WHEN_CLAUSE, folded)
    if when is None:
        return None
    printed = text[when.start():when.end()].strip()
    return DeadlineFound("after-condition", printed, condition=printed)


#: a month and its year at the end of a sentence, folded
_MONTH_AT_END = re.compile(r"(?<![\w/])(?:thang |t)\d{1,2}\s*/\s*20\d\d\s*\)?\s*[.;]?\s*$")
#: "this month" ("xong trong tháng này", "ngay trong tháng này"), folded: the month the document is dated in
_THIS_MONTH = re.compile(r"\btrong thang nay\b")
#: a cell's day of the lunar calendar, its solar day after it in brackets ("20 tháng Chạp (27/01/2027)", "mùng 6 Tết
#: (11/02/2027)", "15/12 âm lịch (23/01/2027)"), folded
_LUNAR_THEN_SOLAR = re.compile(r"\s*(?:truoc |den )?[^()]{0,40}?(?:thang (?:gieng|chap)|am lich|\bal\b|\btet\b)[^()]{0,20}?"
                               r"\((?:(?:tuc|nham|duong lich)\s+)?(?:ngay\s+)?(?P<solar>\d{1,2}/\d{1,2}/20\d\d)\)\s*\.?\s*")
_UP_TO_DAY = re.compile(_UP_TO + r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>20\d\d)(?![/\d])")


#: a stage of the farming season or of a crop a time cell names alone, folded: the work is done before or after it,
#: as it comes ("Trước vụ", "Trước xuống giống Đông Xuân", "Sau thu hoạch", "Sau vụ thu hoạch", "Khi lúa chín") —
#: relative to an event, no date; not before Tết (its day is known: ``before_tet``)
_SEASON_STAGE = r"(?:vu|mua|xuong giong|thu hoach|gieo (?:trong|sa)|lua chin|ra hoa|tra hoa|dau vu|cuoi vu)(?: [a-z]+){0,4}"
_SEASON_EVENT_CELL = re.compile(rf"(?:(?:truoc|sau|khi|ngay sau) {_SEASON_STAGE}"
                                # … or after Tết, whose first day is known but not when after it ("Sau Tết Nguyên đán")
                                r"|(?:sau|ngay sau) tet(?: nguyen dan| am lich| co truyen)?(?: [a-z]+){0,2}"
                                # … or an event of a body or a meeting named in words ("Sau đại hội thường niên của
                                # mỗi hợp tác xã", "Trước kỳ họp cuối năm của HĐND xã", "Sau Hội nghị sơ kết")
                                r"|(?:truoc|sau|ngay sau) (?:dai hoi|hoi nghi|ky hop|phien hop|hoi cho|ngay hoi|le)\b"
                                r"(?: [a-z0-9]+){0,8}"
                                # … or before, after or when an event said in words happens ("Trước khi lấy nước đổ ải",
                                # "Sau khi kết thúc vụ", "Khi HTX nhận giấy chứng nhận đăng ký"): a condition, no date
                                r"|(?:(?:truoc|sau) )?khi(?! nao\b)(?: [a-z0-9]+){1,10}"
                                # … or before the day an event is held, named by the event ("Trước ngày khai giảng khóa 1")
                                r"|truoc ngay (?=[a-z])(?:[a-z0-9]+ ?){1,6})\s*\.?")
#: … or all through it ("Trong vụ", "Suốt vụ", "Mùa thu hoạch", "Trong mùa mưa"): ongoing while it lasts
_IN_SEASON_CELL = re.compile(r"(?:(?:trong|suot|ca) (?:vu|mua)|mua (?:thu hoach|vu|mua|kho))(?: [a-z]+){0,3}\s*\.?")


#: the work's time set by a schedule kept elsewhere, the time cell's or the clause's own ("Theo lịch thông báo của ngành
#: nông nghiệp", "…; thực hiện theo tiến độ sinh trưởng của từng ruộng", "theo lịch thời vụ"), folded; not a body's
#: own calendar named so ("theo lịch của Hội": when is left to it)
_PACED_BY = re.compile(r"(?:^\s*|\b(?:thuc hien|tien hanh|lam) |[;,]\s*)(?P<how>theo (?:lich (?:thong bao|thoi vu)|tien do|thoi vu)\b"
                       r"[^.;()]{0,80})\s*\.?\s*$")


#: "năm sau", "năm tới" after a quarter or a month printed without its year ("quý I năm sau", "tháng 1 năm tới"): the
#: year after the one the document is dated in (its speaker's next year, whatever year the plan is for), folded
_NEXT_YEAR = re.compile(r"\s+nam (?:sau|toi)\b")


#: times printed without their year, which a plan for one year leaves out ("trước 10/12", "trong tháng 11", "quý IV"):
#: read with that year (the title's)
_YEARLESS = [
    ("before", re.compile(rf"(?:truoc|cham nhat(?: la)?|han (?:cuoi|chot)(?: la)?|(?<!tinh )(?<!tu nay )\bden(?: het)?) "
                          rf"(?:{_HOUR})?(?:ngay )?(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?![/\d])")),  # … "Đến 31/3"
    ("before", re.compile(_BEFORE_EVENT + r"\)")),  # "trước Ngày Khuyến học Việt Nam (02/10)"
    # a day printed as the deadline itself, its year left out ("…; thời hạn: 30/3.", "Hạn nộp: 15/10"), as a whole
    # date is read there
    ("before", re.compile(r"(?:\bthoi han|\bhan (?:chot|cuoi|gui|nop|hoan thanh|bao cao)(?: [a-z]+){0,4}?|" + _DUE_ALONE + "|" + _DUE_MENTION + r")\s*(?::|la)?\s*"
                          r"(?:ngay )?(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![/\d])")),
    # … the occasion's day without its year ("Nhân Ngày HTX Việt Nam 11/4")
    ("before", re.compile(_ON_OCCASION + r"(?![/\d])")),
    # the day an event is held, its year left out ("tổ chức ngày hội … vào dịp 26/3", "vào ngày 15/10"): by that day
    # … maybe with its part and weekday ("tổ chức diễn đàn … vào sáng Thứ Ba, 01/12")
    ("before", re.compile(rf"(?:\bvao (?:{_DAY_OF_WEEK})?(?:ngay )?|{_OCCASION_DAY})(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?![/\d])")),
    # the date in words without its year ("trước ngày 30 tháng 11")
    ("before", re.compile(rf"(?:truoc|cham nhat(?: la)?) (?:{_HOUR})?ngay (?P<d>\d{{1,2}}) thang (?P<m>\d{{1,2}})\b(?! nam)")),
    # the day the work is held or done, its year left out ("hoàn thành việc dựng gian hàng sáng ngày 10/4"), after a
    # word that makes it a time: by that day, as a day printed whole is (not a document's day: ``_CITED_DAY``)
    ("before", re.compile(r"(?<![\w/])ngay (?P<d>\d{1,2})/(?P<m>\d{1,2})(?![/\d])"), "event-day"),
    # "…; cả năm.", "(cả năm)", "…, trong năm.": the plan's one year (not "trong năm học", "cả năm 2027")
    ("year", re.compile(r"\b(?:ca|trong|suot) nam\b(?!\s*(?:\d|hoc|tai chinh|sau|toi|nay|qua))")),
    # by the end of the year, its year left out ("từ nay đến cuối năm", "đến hết năm", "chậm nhất cuối năm"): the plan's
    # one year, as "cuối năm 2026" is that year
    ("year", re.compile(r"\b(?:den|toi|truoc|cham nhat(?: la)?) (?:het|cuoi) nam\b(?!\s*(?:\d|hoc|tai chinh|sau|toi|nay|qua))")),
    # … or at its end said as a time of its own, after "vào" or opening its clause ("…; cuối năm báo cáo …", "… tổ chức
    # đối thoại vào cuối năm"): that year — not after a noun it names ("tổng kết cuối năm", "dịp cuối năm": an event's
    # name), nor half of it ("6 tháng cuối năm", below)
    ("year", re.compile(r"(?:(?:^|(?<=[,;:]))\s*|\bvao )cuoi nam\b"
                        r"(?!\s*(?:\d|hoc|tai chinh|sau|toi|nay|qua|truoc|ngoai))")),
    ("before", re.compile(r"\btu (?:ngay )?\d{1,2}/\d{1,2} (?:den|toi|-) (?:het )?(?:ngay )?(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![/\d])")),
    ("quarter", re.compile(rf"\bquy (?P<q>{_QN}(?:\s*(?:,|va|[-–—]|den)\s*(?:quy )?{_QN})*)\b(?!\s*(?:/|nam)\s*\d)")),
    # … as cells type it short: "Q3", "Q3-Q4", "Q.II"
    ("quarter", re.compile(rf"(?<![\w./])q\.?\s?(?P<q>{_QN}(?:\s*(?:,|va|[-–—]|den)\s*(?:q\.?\s?)?{_QN})*)\b"
                           r"(?!\s*(?:/|nam)\s*\d)")),
    # a run of months ("tháng 4 - 5", "từ tháng 9 đến tháng 10"): due by its last, a whole quarter that quarter
    ("month", re.compile(r"(?<![\w/])(?:tu )?thang (?P<m0>\d{1,2})\s*(?:[-–—]|den)\s*(?:thang )?(?P<m>\d{1,2})\b"
                         r"(?!\s*(?:/|nam)\s*\d)(?! am lich| al\b)"), "month-run"),
    ("month", re.compile(r"(?<!ngay \d )(?<!ngay \d\d )(?<!tu )\bthang (?P<m>\d{1,2})\b(?!\s*(?:/|nam)\s*\d)(?! am lich| al\b)")),
    # … as tables and schedules abbreviate them, "T" for "tháng" ("T9", "T9-T10", "T11 - T12"), with no year
    ("month", re.compile(r"(?<![\w/.])t(?P<m0>\d{1,2})\s*[-–—]\s*t(?P<m>\d{1,2})\b(?!\s*[/.]\s*\d)"), "month-run"),
    ("month", re.compile(r"(?<![\w/.])t(?P<m>\d{1,2})\b(?!\s*[/.]\s*\d)(?!\s*[-–—]\s*t?\d)")),
    ("quarter", re.compile(r"(?<!\d)(?:0?6|sau) thang (?P<half>dau|cuoi) nam\b(?!\s*20\d\d)")),  # "6 tháng cuối năm"
]


#: a period column of a schedule table (a Gantt chart of the plan's year): "T1" … "T12", "Tháng 1" … "Tháng 12", "Th.3",
#: "Quý I" … "Quý IV", "Q2", maybe with its year ("T1/2026", "Quý I/2026", "Tháng 1 năm 2026"); folded header words
_PERIOD = re.compile(rf"^(?:(?:t|th|thang)\s*\.?\s*(?P<m>\d{{1,2}})|(?:q|quy)\s*\.?\s*(?P<q>{_QS}|[1-4]))"
                     r"(?:\s*(?:/|nam)\s*(?P<y>20\d\d))?$")
#: a cell that marks its period in a schedule table
SCHEDULE_MARK = re.compile(r"^\s*[xX✓✔●■◆]\s*$")  # (a cell filled with colour is written "■"; "◆" a milestone in it)


def period(header: str) -> tuple[str, int, int | None] | None:
    """What a schedule table's column header names: ("month", 1–12, year or None), ("quarter", 1–4, year or None), or
    None for another column."""
    match = _PERIOD.match(" ".join(fold(header).split()))
    if not match:
        return None
    year = int(match.group("y")) if match.group("y") else None
    if match.group("m"):
        month = int(match.group("m"))
        return ("month", month, year) if 1 <= month <= 12 else None
    q = match.group("q")
    return "quarter", int(q) if q.isdigit() else _Q[q], year


def schedule_deadline(marked: list[str], columns: int, year: int | None) -> DeadlineFound:
    """The deadline of a row of a schedule table whose marked period columns are ``marked`` (their headers as printed,
    in order) out of ``columns`` period columns, in a plan for ``year`` (or the year the headers give): the last marked
    month (a run of months is due by its last, said for review; three that make a quarter are that quarter, as a
    printed "T7-T9/2026" is), the marked quarters, the year when every period is marked (as a cell "Cả năm"). Printed:
    the header of the last marked period, the words the deadline is read from as the document prints them (the marks
    themselves are only "x")."""
    periods = [(p, h) for h in marked if (p := period(h)) is not None]
    years = {p[2] for p, _ in periods if p[2]}
    year = max(years) if years else year
    if not periods or year is None or len({p[0] for p, _ in periods}) > 1:
        return DeadlineFound("ambiguous", marked[-1] if marked else None)
    own = [(p, h) for p, h in periods if p[2] in (None, year)]
    numbers, printed = sorted({p[1] for p, _ in own}), max(own, key=lambda o: o[0][1])[1]
    if len(periods) == columns and not years:
        return DeadlineFound("year", printed, year=year)
    if own[0][0][0] == "quarter":
        return DeadlineFound("quarter", printed, year=year, quarters=numbers)
    if len(numbers) == 3 and numbers[0] % 3 == 1 and numbers[-1] == numbers[0] + 2:
        return DeadlineFound("quarter", printed, year=year, quarters=[numbers[-1] // 3])
    found = DeadlineFound("month", printed, year=year, month=numbers[-1])
    if len(numbers) > 1:
        found.note = message("imp_deadline_schedule", marked=", ".join(marked), month=numbers[-1], year=year)
    return found


def _in_zones(pattern: re.Pattern, folded: str, zones: list[tuple[int, int]]) -> list[re.Match]:
    """Every match of ``pattern`` inside the zones, each once, in text order; where two zones cut one phrase at
    different ends (a trigger's sixty characters end inside "quý III và quý IV" that the next trigger's zone holds
    whole), the longer reading."""
    seen: dict[int, re.Match] = {}
    for start, end in zones:
        for match in pattern.finditer(folded, start, end):
            if match.start() not in seen or match.end() > seen[match.start()].end():
                seen[match.start()] = match
    return [seen[k] for k in sorted(seen)]


def _read(kind: str, match: re.Match, text: str, note: list, year: int | None = None,
          signed: dt.date | None = None) -> DeadlineFound | None:
    """One deadline phrase read into its fields, or None when it is no deadline after all. ``year``: the year of a
    phrase printed without one (a one-year plan's); ``signed``: the day from which such a phrase is the next one."""
    start = match.start("at") if "at" in match.groupdict() else match.start()  # the time alone, not the words naming it
    printed = text[start:match.end()].strip(" ()")
    if printed.count("(") > printed.count(")") and text[start:].lstrip(" (").startswith(printed + ")"):
        printed += ")"  # "trước Ngày Khuyến học Việt Nam (02/10)": the day's bracket closed as printed
    if signed is not None and not match.groupdict().get("y"):
        year = _next_year(kind, match.groupdict(), signed)
    if note == ["event-day"]:
        # the words before the day, less a part of the day ("tổng duyệt tối ngày 10/4": "tối" folds as "tới", "to")
        before = re.sub(r"(?:buổi\s+)?(?:sáng|chiều|trưa|tối|đêm)\s*$", "", text[max(0, match.start() - 120):match.start()],
                        flags=re.I)
        clause = re.split(r"[,;:.()]\s", fold(before))[-1]
        if _CITED_DAY.search(clause):
            return None  # "Kế hoạch số 58/KH-UBND ngày 12/3/2026": a document's day
    if kind == "ongoing" and re.search(r"(?:^|\s)mới\s+(?:quý|tháng|vụ|tuần|ngày)\b", printed.lower()):
        return None  # "trồng mới vụ mưa": new, not "mỗi" (each), though both fold as "moi"
    found = DeadlineFound(kind, printed)
    groups = match.groupdict()
    if kind == "after-condition":
        found.condition = printed
    if groups.get("y"):
        found.year = int(groups["y"])
        if kind == "year" and _BUDGET.search(fold(text[max(0, match.start() - 40):match.start()])):
            return None  # "trong dự toán ngân sách năm 2026": the year of the funds, not when the work is due
        if kind in ("year", "month") and _UP_TO_NOW.match(fold(text[match.end():match.end() + 20])):
            return None  # "từ năm 2025 đến nay": the span the work looks back on, not when it is due
        before = fold(text[max(0, match.start() - 80):match.start()])
        if kind == "year" and fold(printed).startswith("nam") and _DOCUMENT_YEAR.search(before) \
                and not _TIME_WORD.search(before):
            return None  # "Luật Hợp tác xã năm 2023": the law's year
        if kind in ("year", "quarter") and _REPORTED.search(before) and not _DUE_WORD.search(before):
            return None  # "nộp báo cáo tình hình hoạt động năm 2024 và 6 tháng đầu năm 2025 …": the period reported on
    elif year is not None:
        found.year = year
    if groups.get("y2"):
        found.year_end = int(groups["y2"])
    if groups.get("q"):
        found.quarters = _quarters(groups["q"])
    if groups.get("half"):
        found.quarters = [1, 2] if groups["half"] == "dau" else [3, 4]
    if groups.get("early"):
        found.quarters = [1]
    if kind == "month":
        found.month = int(groups["m"])
        if not 1 <= found.month <= 12:
            return None
        if note == ["months"]:  # two months named: by the later, said for review as a run of months is
            found.note = _NOTES["month-run"](printed=printed, month=found.month, year=found.year)
            return found
    if groups.get("m0"):  # a run of months: a whole quarter is that quarter, another run is due by its last month
        first = int(groups["m0"])
        if not 1 <= first < found.month:
            return None
        if first % 3 == 1 and found.month == first + 2:
            return replace(found, kind="quarter", month=None, quarters=[found.month // 3])
        found.note = _NOTES[note[0]](printed=printed, month=found.month, year=found.year)
        return found
    if kind == "before" and groups.get("d"):
        try:  # a day that exists ("31/2/2027", "2027-02-31" is none: no time, rather than a day no calendar has)
            day = dt.date(int(groups.get("y") or year), int(groups["m"]), int(groups["d"]))
        except ValueError:
            return None
        found.before = day.isoformat()
        found.year = None
    if kind == "year-range" and found.year_end and found.year_end <= (found.year or 0):
        return None
    if note and note[0] in _NOTES:
        found.note = _NOTES[note[0]](printed=printed, year=found.year, end=found.year_end)
    if kind == "ambiguous":
        found.year = None  # the start year stays in the printed phrase: no kind has a start alone
    return found


def _next_year(kind: str, groups: dict, signed: dt.date) -> int:
    """The year of the first day, month or quarter printed without its year that falls on or after ``signed``."""
    if kind == "before":
        late = (int(groups["m"]), int(groups["d"])) < (signed.month, signed.day)
    elif kind == "month":
        late = int(groups["m"]) < signed.month
    else:  # a quarter, or half a year: its last quarter
        quarters = _quarters(groups["q"]) if groups.get("q") else [2] if groups.get("half") == "dau" else [4]
        late = max(quarters or [4]) < (signed.month - 1) // 3 + 1
    return signed.year + late


def _quarters(printed: str) -> list[int]:
    """The quarters of "ii, iii", "i va quy ii", "iii va q.iv", "3"; a dash or "den" between two is a range ("ii - quy
    iv": II–IV)."""
    out: set[int] = set()
    previous = None
    for token in re.findall(r"iv|iii|ii|i|[1-4]|[-–—]|den", printed):
        if token in _Q or token.isdigit():
            number = int(token) if token.isdigit() else _Q[token]
            if previous == "to" and out:
                out.update(range(last, number + 1))
            out.add(number)
            last, previous = number, "q"
        else:
            previous = "to"
    return sorted(out)


def _task_own(found: list[tuple[re.Match, DeadlineFound]], text: str, cell: bool) -> DeadlineFound:
    """Of several deadlines of one kind in a sentence, the one that ends the task's own work: the last one of its
    main clause ("báo cáo 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 05/12" → 05/12), never one in a
    purpose clause after it ("gửi Sở Tài chính trước ngày 15/11 để tổng hợp, báo cáo … trước ngày 30/11": the
    next body's work); quarters of one year together ("Quý I/2026 và Quý III/2026"). Said for review when the
    readings differ. A table cell keeps its first reading (its quarters of one year together)."""
    if cell:
        found = [f for f in found if f[1].kind == "quarter" and f[1].year == found[0][1].year] or found[:1]
        if len(found) == 1 or found[0][1].kind != "quarter":
            return found[0][1]
    first_end = found[0][0].end()
    purpose = _PURPOSE.search(text, first_end)
    own = [f for f in found if purpose is None or f[0].start() < purpose.start()] or found
    # … nor one of a later clause whose subject is another body, where the task's own clause is dated ("Văn phòng Hội
    # tổng hợp …, báo cáo … trước 20/12/2026; các ban chuyên môn gửi số liệu về Văn phòng trước 10/12/2026": theirs)
    other = next((m for m in re.finditer(r";\s+", text) if m.start() >= first_end and starts_body(text[m.end():])), None)
    own = [f for f in own if other is None or f[0].start() < other.start()] or own
    chosen = own[-1][1]
    if chosen.kind == "quarter" and len({f.year for _, f in own}) == 1:
        start, end = own[0][0].start(), own[-1][0].end()
        chosen = replace(chosen, printed=text[start:end].strip(" ()"),
                         quarters=sorted({q for _, f in own for q in f.quarters}))
    readings = {(f.kind, f.year, f.year_end, f.before, f.month, tuple(f.quarters)) for _, f in found}
    if len(readings) > 1 and chosen.kind != "quarter" or len(readings) > 1 and len(own) < len(found):
        printed = "; ".join(f"“{f.printed}”" for _, f in found)
        chosen = replace(chosen, note=message("imp_deadline_several", found=printed, printed=chosen.printed))
    return chosen


# --- legal references ----------------------------------------------------------

DOC_NUMBER = re.compile(
    r"\b(?P<n>\d{1,4}/(?:\d{4}/)?[A-ZĐ][A-ZĐa-z]{0,9}\d{0,2}(?:-[A-ZĐ][A-ZĐa-z]{0,7}){0,3})(?=[\s,.;:)]|$)"
    r"|\b(?P<p>\d{1,3}-[A-ZĐ][A-Za-zĐ]{0,4}/[A-ZĐ]{1,4})(?=[\s,.;:)]|$)"
)
_DOC_TYPES = [("nghi quyet", "nghi-quyet"), ("quyet dinh", "quyet-dinh"), ("nghi dinh", "nghi-dinh"),
              ("thong tu", "thong-tu"), ("chi thi", "chi-thi"), ("ket luan", "ket-luan"),
              ("chuong trinh", "chuong-trinh"), ("ke hoach", "ke-hoach"), ("cong van", "cong-van"), ("luat", "luat")]


def legal_references(text: str) -> list[tuple[str, str]]:
    """(number as printed, document type guessed from the words before it)."""
    out = []
    for match in DOC_NUMBER.finditer(text):
        number = match.group("n") or match.group("p")
        before = fold(text[max(0, match.start() - 40):match.start()])
        doc_type = "van-ban"
        best = -1
        for words, kind in _DOC_TYPES:
            at = before.rfind(words)
            if at > best:
                best, doc_type = at, kind
        out.append((number, doc_type))
    return out


_LAW = re.compile(r"\bLuật (?P<name>(?:[A-ZĐ][^\s,.;:()]*|và|các|của)(?: (?:[A-ZĐa-zđ][^\s,.;:()]*))*?)"
                  r"(?= năm| số|[,.;:()]|$| và| hiện| được| quy| đã| để)(?: năm (?P<year>\d{4}))?")


def named_laws(text: str) -> list[tuple[str, int | None]]:
    """Laws cited by name, which carry no number in plans: ("Luật Hợp tác xã", 2012)."""
    out = []
    for match in _LAW.finditer(text):
        name = " ".join(match.group("name").split()[:6])
        if len(name) >= 3 and name[0].isupper():
            out.append((f"Luật {name}", int(match.group("year")) if match.group("year") else None))
    return out


def document_id(number: str, year: int | None) -> str:
    slug = slugify(number.replace("/", "-"))
    return slug if re.search(r"\b(19|20)\d\d\b", number) or not year else f"{slug}-{year}"


# --- targets ---------------------------------------------------------------------

_UNITS = [
    ("lien hiep hop tac xa", "liên hiệp hợp tác xã"), ("hop tac xa", "hợp tác xã"), ("htx", "hợp tác xã"),
    ("to hop tac", "tổ hợp tác"), ("tht", "tổ hợp tác"), ("thanh vien", "thành viên"), ("mo hinh", "mô hình"),
    ("trieu dong", "triệu đồng"), ("ty dong", "tỷ đồng"), ("%", "%"), ("ha", "ha"), ("km", "km"),
]
#: a number as Vietnamese prints it: thousands with dots, decimals with a comma ("1.200", "3,5", "1.200,5")
NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
TARGET = re.compile(
    r"(?P<cmp>it nhat|toi thieu|tren|khoang|hon|dat|tang)?\s*"
    rf"(?<![\d.,])(?P<num>{NUMBER})(?:\s*-\s*(?P<max>{NUMBER}))?\s*"
    # glued or spaced ("500ha", "500 ha"); hectares and kilometres as printed, a whole word ("500 hạ tầng" is none)
    r"(?P<unit>%|lien hiep hop tac xa|hop tac xa|htx|to hop tac|tht|thanh vien|mo hinh|trieu dong|ty dong|"
    r"ha(?![\w])|km(?![\w]))"
)
_ABBREVIATED = {"ha", "km"}  # units printed without diacritics: the printed word itself must be the unit
_CMP = {"it nhat": "≥", "toi thieu": "≥", "tren": ">", "hon": ">", "khoang": "≈",
        "≥": "≥", ">=": "≥", ">": ">", "≤": "≤", "<=": "≤", "<": "<", "toi da": "≤", "duoi": "<", "khong qua": "≤"}
_KIND_HINTS = [
    ("thanh lap moi", {"hợp tác xã": "hop-tac-xa-thanh-lap-moi", "tổ hợp tác": "to-hop-tac-thanh-lap-moi",
                       "liên hiệp hợp tác xã": "lien-hiep-hop-tac-xa-thanh-lap-moi"}),
    ("hieu qua", {"%": "ty-le-hoat-dong-hieu-qua"}), ("kha, tot|kha tro len|tot", {"%": "ty-le-hoat-dong-hieu-qua"}),
    ("chuoi gia tri", {"%": "ty-le-lien-ket-chuoi-gia-tri", "mô hình": "mo-hinh-chuoi-gia-tri"}),
    ("dao tao|trinh do", {"%": "ty-le-can-bo-quan-ly-duoc-dao-tao"}), ("cong nghe|chuyen doi so", {"%": "ty-le-ung-dung-cong-nghe-chuyen-doi-so"}),
    ("thu nhap", {"%": "thu-nhap-thanh-vien"}), ("doanh thu", {"triệu đồng": "doanh-thu-binh-quan"}),
    ("grdp|gdp", {"%": "ty-trong-grdp"}), ("dung luat|dung quy dinh", {"%": "ty-le-hoat-dong-dung-quy-dinh"}),
]


@dataclass
class TargetFound:
    value: float
    value_max: float | None
    unit: str
    comparator: str
    kind: str | None
    printed_number: str


def _number(text: str) -> float:
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", text):
        return float(text.replace(".", "").replace(",", "."))
    return float(text.replace(",", "."))


def unit_name(printed: str) -> str:
    """A unit as the project writes it ("HTX" → "hợp tác xã", "Tỷ đồng" → "tỷ đồng"); another unit as printed."""
    return dict(_UNITS).get(" ".join(fold(printed).split()), " ".join(printed.split()))


def target_kind(context: str, unit: str) -> str | None:
    """The target kind that the words around a value (folded) and its unit name, or None."""
    for words, by_unit in _KIND_HINTS:
        if re.search(words, context) and unit in by_unit:
            return by_unit[unit]
    return None


_QUANTITY = re.compile(rf"^(?P<cmp>>=|<=|[≥≤<>]|it nhat|toi thieu|tren|hon|khoang|toi da|duoi|khong qua)?\s*"
                       rf"(?P<num>{NUMBER})(?:\s*[-–]\s*(?P<max>{NUMBER}))?\s*(?P<unit>[^\d\s].*)?$")


def quantity(cell: str) -> TargetFound | None:
    """A value cell of a targets table ("500", "≥ 30", "Trên 1.200", "3,5%", "25 - 30"), or None
    when it holds no single quantity ("x", "-", words, two numbers)."""
    printed = " ".join(cell.split())
    match = _QUANTITY.match(fold(printed))
    if not match:
        return None
    unit = printed[match.start("unit"):].strip() if match.group("unit") else ""
    if unit and not re.fullmatch(r"%|[^\W\d_][\w /]*", unit):
        return None
    value = _number(match.group("num"))
    return TargetFound(value, _number(match.group("max")) if match.group("max") else None, unit,
                       _CMP.get(match.group("cmp") or "", "="), None, match.group("num"))


def targets_in(sentence: str) -> list[TargetFound]:
    folded = fold(sentence)
    found = []
    for match in TARGET.finditer(folded):
        unit = dict(_UNITS)[match.group("unit")]
        if unit in _ABBREVIATED and sentence[match.start("unit"):match.end("unit")].lower() != unit:
            continue  # "500 hà" / "hạ": not the unit
        context = folded[max(0, match.start() - 80):match.end() + 60]
        comparator = _CMP.get(match.group("cmp") or "", "=")
        if "phan dau" in context and comparator == "=" and "khoang" in context:
            comparator = "≈"
        value = _number(match.group("num"))
        if 1900 <= value <= 2100 and unit != "%":
            continue
        found.append(TargetFound(value, _number(match.group("max")) if match.group("max") else None, unit,
                                 comparator, target_kind(context, unit), match.group("num")))
    return found
