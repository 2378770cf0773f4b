"""Tables of a plan in the layouts seen: tasks (appendix tables) and targets.

* tab-separated rows (a converted .docx or a Markdown export);
* Markdown pipe tables, and HTML tables in Markdown (a row a line, or a tag a line as pandoc writes them);
* a PDF table flattened to one cell fragment per line, with the column
  headers repeated at each page break and page numbers mixed in: rows are
  recognised by their running number (1, 2, 3 … across groups), cells by the
  blank lines between them, and a row cut by a page break is re-joined; also a
  table whose header is a Markdown row but whose cells then come one per line;
* a table saved or copied as text (LibreOffice's "Save as Text", a browser's text of a web table): its header's
  cells one per line after a lone "TT", then each row's cells one per line from its number, an empty line an
  empty cell (with a blank line after every cell: an empty line between two blank ones).

Every layout gives the same ``Row`` records.  Columns are identified by their
header words, so a table with other columns or another order still maps.

Rows of the delimited layouts are read by the conventions of tables in administrative
documents (Nghị định 30/2020/NĐ-CP appendices, and what converters make of them):

* a group row — its TT cell a Roman numeral or a capital letter ("I", "A."), or its only
  non-empty cell a title (bold, in capitals, in the TT column, or a merged cell that left the
  row shorter than the header) — heads the rows below it; a group of another kind below it
  nests ("A" then "I");
* a continuation row — TT cell empty under a numbered row, other cells going on (a PDF
  converter gives every wrapped line of a row a row of its own) — is joined to the row above;
  a lone cell that starts with a capital letter after a finished row is a title, otherwise it
  goes on the row above, and where that is a guess the row says so for review;
* a table whose columns are an indicator, its unit and values ("Chỉ tiêu | Đơn vị tính |
  Kết quả năm 2025 | Kế hoạch năm 2026") is a targets table: its rows are targets, never tasks;
* a task table with period columns and no time column ("T1 … T12", "Tháng 1 …", "Quý I … Quý IV": a schedule,
  a Gantt chart) keeps the periods each row marks ("x"), which give its deadline (``fields.schedule_deadline``).
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from typing import NamedTuple

from ..labels import message
from ..text import CODE_FENCE, nfc, plain_line
from ..vi import fold
from .fields import SCHEDULE_MARK, period, starts_body
from .layout import ROMAN, is_caps

#: the periods a table's rows may be grouped by, as its time column is headed ("Tháng", "Quý", "Tuần", "Đợt"), folded
_PERIOD_UNITS = r"thang|quy|tuan|dot"
#: a column of teams by their letters or numbers ("Nhóm", "Tổ thực hiện"), folded: one table the column reader and the
#: draft's reading of its cells ("Nhóm | A": "Nhóm A") share
TEAM_COLUMN = r"(?:nhom|to|doi)(?: (?:thuc hien|phu trach|lam))?"
COLUMNS = [  # (field, header words, folded)
    # the numbers of the plan's items a table gives out, one row each ("Mục | Phụ trách | Phối hợp | Hoàn thành": "2.2",
    # "2.4 và 2.5"), as an appendix that assigns the body's items by their numbers heads it
    ("ref", r"^(?:muc|muc so|so muc|(?:nhiem vu|noi dung|viec) so|stt (?:nhiem vu|noi dung|muc))$"),
    # a row's number ("STT", "TT", "Số"), or its code in a project's plan ("Mã HĐ": 1.1.1, 1.1.2 …)
    ("row", r"^(?:stt|tt|so(?: tt)?|id|ma(?: (?:hd|so|hoat dong|nhiem vu))?|lop)$"),  # … or a school's class ("Lớp": "Lớp 1", "Lớp 2"), a
    # project software's task number ("ID")
    # the work of the row: "Nhiệm vụ", "Nội dung (công việc)", "Công việc", "Hoạt động", an Đề án's name
    # … "Việc cần làm", "Việc làm", "Đầu việc", "Hạng mục", "Phần việc (được giao)" (a team's share of the work), "Việc
    # giao" (a register of work given out at a meeting), "Việc hỗ trợ" (the help a body gives, one piece a row)
    ("text", r"(?<!nhan )nhiem vu|noi dung|de an|^(?:cac )?(?:cong viec|hoat dong)(?: (?:chu yeu|cu the|thuc hien|trien khai))?$|"
             r"^(?:cac )?(?:viec|dau viec|hang muc|phan viec)(?: (?:can lam|phai lam|lam|chinh|cu the|thuc hien|(?:duoc )?giao|cong viec|"
             r"(?:can )?ho tro|trien khai))?$|^ten (?:hoat dong|cong viec|du an|tac vu)\b|"
             # … the work where or by what it is done ("Việc trên cung đường", "Công việc tại xã", "Việc theo từng khâu")
             r"^(?:cac )?(?:cong )?viec (?:tren|theo|tai|o|trong|cua) [a-z]+(?: [a-z]+){0,3}$|"
             # … as task software names it ("Tên tác vụ", "Tác vụ": Microsoft Planner's, To Do's export in Vietnamese)
             r"^(?:cac )?tac vu$|"
             # … asked as plain questions, as a commune's table heads them ("Làm gì | Ai làm | Khi nào")
             r"^(?:lam gi|viec gi)$|"
             # a table of works a decision funds, each built by its investor ("Hợp tác xã, công trình | … | Chủ đầu
             # tư | Hoàn thành"): the work to build
             r"(?:^|[,/]\s*)(?:ten )?(?:cong trinh|du an)$|"
             # a school's table of classes: the trade each class is taught ("Nghề đào tạo, số học viên")
             r"^nghe(?: dao tao)?(?:\s*,\s*so hoc vien)?$"),
    # "Đơn vị thực hiện" beside "Đơn vị phối hợp"; "Đơn vị phụ trách" (a body in charge; "Lãnh đạo phụ trách" names a
    # person, no lead)
    # one column for both roles, each cell saying who leads and who cooperates ("Phân công thực hiện", "Cơ quan chủ
    # trì, phối hợp": "Chủ trì: X<br>Phối hợp: Y", "X (chủ trì); Y, Z")
    # … or the roles handed out ("Phân vai", "Phân vai thực hiện": "Vai chính ………… X<br>Vai phụ ………… Y", its note
    # naming the roles)
    ("roles", r"phan cong|^phan vai\b|chu tri\s*(?:,|/|va)\s*(?:co quan |don vi )?phoi hop"),
    # a column of bare bodies ("Cơ quan, đơn vị", "Cơ quan", "Đơn vị được giao"): who does the row's work ("Đơn vị"
    # alone is a targets table's unit of measure)
    # a reporting table's "Đơn vị báo cáo" / "Cơ quan gửi báo cáo": the body that reports does the row's work
    # "Phụ trách" alone: the organ in charge of the row, as an association's table names its own ("Thường trực Hội");
    # "Đầu mối" alone likewise: the focal point that answers for the row
    # the issuer's own units that do the row's work ("Đơn vị thuộc Ban", "Phòng, đơn vị thuộc Sở" beside "Đơn vị phối
    # hợp"): a plan that gives work to its own units names no "chủ trì"
    # "Phòng thực hiện" (a centre's own rooms), "Xí nghiệp thực hiện" (a company's), "Trạm thực hiện", "Chi nhánh phụ
    # trách", "Bộ phận đảm nhận", "Đơn vị đảm nhiệm": a unit of any type that does the row's work; "Bộ phận nhận việc",
    # "Đơn vị nhận nhiệm vụ": the unit the work is handed to (not "Người nhận", who signs for it)
    # a team named by its work ("Tổ khám", "Đội tiêm", "Tổ công tác"): the team that does the row's work; not "Tổ chức",
    # "Tổ hợp tác", "Đối tượng", "Đội ngũ"
    # an association's member associations ("Hội thành viên thực hiện"), its members ("Hội viên thực hiện")
    # a contract's party that does it ("Bên thực hiện" beside "Bên giám sát", "Bên nhận khoán")
    ("lead", r"chu tri|^ben nhan khoan$|(?:co quan|don vi|bo phan|phong|ban|ben|xi nghiep|chi nhanh|tram|doi|to|khoa|"
             r"trung tam|hoi(?: thanh vien)?|hoi vien) "
             r"(?:thuc hien|phu trach|lam|(?:gui )?bao cao|dau moi|dam nhan|dam nhiem|nhan (?:viec|nhiem vu))|^phu trach$|"
             r"^chu dau tu$|"
             r"^dau moi(?: thuc hien)?$|"
             r"^(?:to|doi) (?!chuc\b|hop tac\b|dan pho\b|tuong\b|ngu\b|dai bieu\b|truong\b)[a-z]+(?: [a-z]+)?$|"
             # … or by its letter or number alone under "Nhóm", "Tổ", "Đội" ("Nhóm | A": Nhóm A, as the plan defines it)
             rf"^{TEAM_COLUMN}$|"
             r"^(?:co quan(?:\s*,\s*don vi)?|(?:co quan|don vi) duoc giao)$|"
             r"^(?:co quan|don vi|bo phan|phong)(?:\s*,\s*(?:don vi|bo phan|phong))? (?:truc )?thuoc\b(?!.*phoi hop)|"
             # a commune's table of who is given the row ("TT | Việc | Giao | Phối hợp | Thời hạn"), or asked as a plain
             # question ("Việc | Ai làm | Khi nào")
             r"^(?:giao|giao cho|nguoi duoc giao|don vi duoc giao)$|^ai (?:lam|thuc hien|phu trach|chiu trach nhiem)$|"
             # a table of pairs, the helping party by its help ("Hội viên kèm cặp", "Đơn vị đỡ đầu", "Doanh nghiệp
             # giúp đỡ | HTX được giúp đỡ"): it does the row's work
             r"^(?:hoi vien|doanh nghiep|don vi|co quan|to chuc)(?: nhan)? (?:kem cap|do dau|giup do)$|"
             # the staff who do it, by their posts ("Người thực hiện": "Trưởng phòng Tín dụng", "Cán bộ tín dụng …")
             r"^(?:nguoi|can bo) (?:thuc hien|phu trach)$|"
             # … the one who does the most of it, as a cooperative group's own plan heads it ("Người làm chính" beside
             # "Người cùng làm", "Bộ phận làm chính", "Phụ trách chính")
             r"^(?:(?:nguoi|can bo|bo phan|don vi|ho) )?(?:lam chinh|phu trach chinh)$|"
             # … or the main one of the doers by their kind, or who holds it ("Team chính", "Nhóm chính", "Bên chính",
             # "Nắm chính", "Cầm chính"; not "Nội dung chính", the work)
             r"^(?:team|nhom|to|doi|ben|nguoi|don vi|bo phan|phong|ban|co quan|nam|cam|giu) chinh$|"
             # … or who sees to it, as a shop or a family firm heads it ("Người lo", "Ai lo", "Bộ phận lo")
             r"^(?:nguoi|ai|bo phan|don vi) lo(?: chinh| viec)?$|"
             # … or who answers for it, as a quality plan heads it ("Người chịu trách nhiệm", "Trách nhiệm thực hiện",
             # "Bộ phận chịu trách nhiệm"; a procedure's "Trách nhiệm" beside its steps)
             r"^(?:(?:nguoi|can bo|bo phan|don vi|co quan|phong) )?chiu trach nhiem(?: chinh| thuc hien)?$|"
             r"^trach nhiem(?: chinh| thuc hien)?$|"
             # … as a company's table heads it in English ("PIC": person in charge, "Owner", "Responsible")
             r"^(?:pic|owner|responsible|person in charge)$|"
             # … or a project's resources, as MS Project heads them ("Nguồn lực", "Tên nguồn lực", "Resource Names"):
             # the units the work is given to, the first named leading
             r"^(?:ten )?nguon luc$|^resource names?$"),
    # … and those who take part beside the lead ("Cùng tham gia", "Đơn vị tham gia", "Cùng thực hiện", "Đơn vị cùng làm";
    # not a meeting's "Thành phần tham gia"), or by their kinds ("HTX, THT cùng làm"); and the party that oversees the
    # row's work and signs for it ("Bên giám sát", "Đơn vị giám sát"), which takes part in it
    ("cooperating", r"phoi hop|^(?:(?:co quan|don vi|ben|bo phan|nguoi|can bo|ho|[a-z]+(?:,? [a-z]+){0,3}) )?"
                    r"cung (?:tham gia|thuc hien|lam)$|"
                    r"^(?:ben|don vi|bo phan|to) giam sat$|"
                    r"^(?:co quan|don vi|ben) tham gia$|"
                    # … or who helps the focal point, as a company heads it ("Đầu mối | Hỗ trợ | Hạn chót")
                    r"^(?:(?:don vi|bo phan) )?ho tro$|"
                    # … asked plainly, as the lead is ("Ai làm | Ai hỗ trợ | Khi nào xong")
                    r"^ai (?:ho tro|phoi hop|giup(?: do| suc)?|cung lam|tham gia)$|"
                    # … or the doers that help by their kind ("Team hỗ trợ", "Nhóm phụ", "Bên phụ"), or who lend a hand
                    # ("Góp tay", "Góp sức"; not "Kinh phí hỗ trợ", money)
                    r"^(?:team|nhom|to|doi|ben|nguoi|phong|ban|co quan) (?:ho tro|phu|giup|gop (?:tay|suc))$|"
                    r"^gop (?:tay|suc)$"),
    # whom or what the row's work is done to, beside the work ("Hợp tác xã được thanh tra | Nội dung trọng tâm", "Đơn
    # vị được kiểm tra | Nội dung kiểm tra"): the row's task is the work on it, "object: work"
    ("object", r"\bduoc (?:thanh tra|kiem tra|giam sat|khao sat|ho tro|tham|kham|danh gia|tu van|kem cap|do dau|"
               r"giup do)\b"),
    ("submit_to", r"cap trinh"),
    ("output", r"san pham|^dau ra\b"),  # "Đầu ra năm 2026": a project's outputs
    # when the work starts ("Thời gian bắt đầu", "Ngày bắt đầu"), beside when it is due: no deadline
    ("start", r"bat dau|khoi cong|^tu (?:ngay|thang)$|^khong som hon$|"  # … "Từ ngày" beside "Đến ngày", "Không sớm hơn"
              r"^ngay giao(?: viec)?$"),  # … the day a register of work handed the row out ("Ngày giao"), no day due
    # how long the work takes, as project software heads it ("Thời lượng", "Duration": "10 days", "0 days")
    ("duration", r"^(?:thoi luong|duration|so ngay(?: thuc hien)?)$"),  # … "Số ngày" beside "Ngày bắt đầu"
    # when the work is due: "Thời gian", "Thời hạn", "Tiến độ", "Thời vụ (cung ứng)" (a crop calendar's), and the day
    # it is done by, "Hoàn thành", "Hạn hoàn thành", "Thời điểm hoàn thành", "Dự kiến hoàn thành" (not "Tỷ lệ hoàn
    # thành", "Đã hoàn thành": results)
    # … and the day of a round's work, "Ngày khám", "Ngày tổ chức" (not a document's "Ngày ban hành", "Ngày ký")
    # … and when it is done, "Thời điểm", "Thời điểm thực hiện", asked plainly "Khi nào", "Bao giờ"
    ("deadline", r"thoi gian|thoi han|tien do|thoi vu|(?:^|\b(?:han|thoi diem|ngay|moc|du kien)\s+)hoan thanh\b|"
                 # … or the point in each round or batch it is done at ("Thời điểm trong lứa", "Thời điểm trong vụ":
                 # "Ngày thứ 10", "03 ngày trước ngày băng tằm")
                 r"^thoi diem(?: thuc hien| trong (?:moi |tung )?(?:lua|vu|dot|dot nuoi|chu ky|mua|ca|me|phien))?$|"
                 r"^(?:khi nao|bao gio|luc nao)(?: (?:xong|hoan thanh|phai xong|lam))?$|"
                 # the day the row is due by, headed so ("Xong trước": "30/9/2025", "Tháng 11/2025"; "Hạn xong", "Hạn
                 # thực hiện", "Hạn xử lý")
                 r"^(?:xong|hoan thanh|han|giao|nop) truoc$|^han(?: chot| cuoi| xong| thuc hien| xu ly)?$|"
                 # … or headed by the word alone ("Việc | Cùng làm | Xong": "31/8/2025", "quý IV/2025")
                 r"^xong$|"
                 # … or its end in a project's schedule ("Kết thúc", "Ngày kết thúc", "Finish": MS Project's columns)
                 r"^(?:ngay |thoi diem )?ket thuc$|^finish$|"
                 # … or of a span headed in two columns ("Từ ngày | Đến ngày": "02/11/2026 | 30/11/2026"), or of a
                 # window ("Không sớm hơn | Không muộn hơn": the latest day the work may end)
                 r"^den (?:ngay|thang)$|^(?:khong|cham nhat) muon hon$|^khong (?:qua|sau) ngay$|"
                 # … or the row's milestone, a plan of work heads it alone ("Mốc": "trước 31/10/2026", "05/11") or by
                 # what is done by then ("Mốc bảo dưỡng", "Mốc nghiệm thu"; not a boundary's marks, "Mốc giới")
                 r"^moc(?! gioi)(?: [a-z]+){0,2}$|"
                 # … or the day it is closed by, or promised by ("Chốt", "Ngày chốt", "Hẹn xong")
                 r"^(?:ngay )?chot$|^hen(?: xong| ngay xong)?$|"
                 # … in English, as a company heads it ("Deadline", "Due date", "Timeline")
                 r"^(?:deadline|due(?: date)?|timeline)$|"
                 # the period the rows are grouped by ("Tháng": "Tháng 7", "Quý": "Quý III")
                 rf"^(?:{_PERIOD_UNITS})$|"
                 r"^ngay (?!ban hanh\b|ky\b|sinh\b|cap\b|thanh lap\b|hieu luc\b|nhan\b|am lich\b|giao\b)[a-z]+(?: [a-z]+)?$|"
                 # the solar date beside the lunar one ("Âm lịch | Dương lịch", a pagoda's or a festival's table)
                 r"^(?:ngay |thoi gian )?duong lich$"),
    # … the lunar date, the time where no solar one is printed beside it ("hằng tháng, ngày Rằm và mùng Một")
    ("lunar", r"^(?:ngay |thoi gian )?am lich$"),
    ("note", r"ghi chu"),
    # where the row's work stands, as a tracker heads it ("Trạng thái": "Đang làm", "Hoàn thành"; "Tình trạng")
    ("state", r"^(?:trang thai|tinh trang)(?: thuc hien)?$|^status$"),
]
#: a group line of a flattened table: a Roman numeral ("I", "II. Tuyên truyền", "I Nhận thức …") or a capital letter
#: alone or with its dot ("A", "B. Nhiệm vụ cụ thể"; not "Y tế …")
_GROUP = re.compile(rf"^(?:(?P<g>{ROMAN})\.?(?:\s+(?P<title>.+))?|(?P<l>[A-ZĐ])(?:[.)]\s*(?P<ltitle>\S.*)?)?)$")
#: a group's marker in the TT cell, maybe with its title: "I", "II.", "I. TUYÊN TRUYỀN", "A", "B. Nhiệm vụ cụ thể" (not a
#: code, its number right after the dot: "Đ.4.1", a contract's clause a row carries out)
_GROUP_CELL = re.compile(rf"^(?P<g>{ROMAN}|[A-ZĐ])(?:(?:[.)](?:\s+|(?!\d))|\s+)(?P<title>\S.*))?[.)]?$")
_ROW_NUMBER = re.compile(r"^(?:\d{1,3}(?:\.\d{1,3}){0,3}|[a-zđ])[.)]?$")  # "1", "1.", "2.1", "a", "a)"
BOLD = re.compile(r"^\s*(?:\*\*.+\*\*|__.+__|<(?:b|strong)>.+</(?:b|strong)>)\s*$", re.I)
_SENTENCE_END = re.compile(r"[.;:!?…]$")


class TableGroup(NamedTuple):
    marker: str   # as printed, with its parents' ("A.I"); "" for a title printed without a marker
    title: str
    key: str      # unique in its table: the marker, or "#n" for the n-th title without one


@dataclass
class Row:
    group: str                      # key of its innermost group ("" when none)
    group_title: str
    row: str
    cells: dict[str, str]
    line: int
    exact: bool = True              # False when the columns of a flattened row had to be guessed
    notes: list[str] = field(default_factory=list)
    group_marker: str = ""          # the group's marker as printed ("" when none)
    review: list[str] = field(default_factory=list)  # doubts for the reviewer, whatever the columns
    raw: str = ""                   # a delimited row's line as printed (a broken row's lines joined, "<br>" between)
    marked: list[str] = field(default_factory=list)  # a schedule table's period columns marked in the row, as printed
    periods: int = 0                # how many period columns its schedule table has ("T1" … "T12": 12)
    month_first: bool = False       # its time cell is read with its dates' day and month swapped (``_month_first``)
    # an assignment matrix's marks in the row: (the body column's header as printed, "lead" or "coop")
    roles_marked: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class TableTarget:
    """One value of a targets table: its row from the indicator to the value as printed."""
    text: str
    name: str
    unit: str
    value: str
    column: str                     # the value's column header as printed
    line: int


@dataclass
class Table:
    layout: str
    start: int                      # first line (0-based) of the table, header included
    end: int                        # one past the last line
    rows: list[Row]
    groups: list[TableGroup]
    targets: list[TableTarget] = field(default_factory=list)
    kind: str = "tasks"             # tasks | targets | programme (a meeting's hours) | status (where things stand): no tasks
    headers: dict[str, str] = field(default_factory=dict)  # a field's column → its header as printed (delimited tables)


class _Groups:
    """The groups of one table as their rows come: a group of another kind of marker than the one above
    it nests under it ("A", then "I"), one of the same kind or an outer kind closes the ones below."""

    def __init__(self) -> None:
        self.all: list[TableGroup] = []
        self.stack: list[tuple[str, TableGroup]] = []  # (kind of marker, group): the groups the next row is in
        self.levels: list[str] = []                    # kinds of markers, outermost first, as they came
        self.untitled = 0

    def open(self, kind: str, mark: str, title: str) -> TableGroup:
        if kind not in self.levels:
            self.levels.append(kind)
        depth = self.levels.index(kind)
        while self.stack and self.levels.index(self.stack[-1][0]) >= depth:
            self.stack.pop()
        if not mark:
            self.untitled += 1
        printed = ".".join([g.marker for _, g in self.stack if g.marker] + ([mark] if mark else []))
        group = TableGroup(printed, title, printed if mark else f"#{self.untitled}")
        self.all.append(group)
        self.stack.append((kind, group))
        return group

    def retitle(self, title: str) -> TableGroup:
        """The innermost group's title went on to the next line."""
        group = self.all[-1] = self.stack[-1][1]._replace(title=title)
        self.stack[-1] = (self.stack[-1][0], group)
        return group

    @property
    def inner(self) -> TableGroup:
        return self.stack[-1][1] if self.stack else TableGroup("", "", "")


def _kind(mark: str) -> str:
    """The kind of a group's marker: "roman" ("II"), "num" ("1", a TAB table's merged row), else "letter" ("A")."""
    return "roman" if re.fullmatch(ROMAN, mark) else "num" if mark.isdigit() else "letter"


#: a column of one party's duties in a joint programme's table ("Nhiệm vụ của Liên minh Hợp tác xã tỉnh" beside
#: "Nhiệm vụ của Hội Nông dân tỉnh", "Trách nhiệm của Sở …"): the party's name as printed
_SIDE = re.compile(r"^(?:nhiem vu|trach nhiem|noi dung thuc hien) cua (?P<who>.{3,80})$")
#: a party's cell that only joins the other party's work: "Phối hợp thực hiện", "Phối hợp", "Cùng thực hiện"
_JOINS_IN = re.compile(r"(?:phoi hop(?: thuc hien)?|cung (?:phoi hop|thuc hien))\.?")


#: a mark in an assignment matrix (a column per body, headed by its name or abbreviation, "CT" where it leads and "PH"
#: where it cooperates, as ministries' and provinces' plans print their task tables), folded
#: … or a filled glyph where it leads and a hollow one where it cooperates ("●" / "○", "■" / "□", "★" / "☆"), as the
#: table's legend says ("● là đơn vị chủ trì; ○ là đơn vị phối hợp")
_ROLE_MARK = re.compile(r"^(?:(?P<lead>ct|chu tri|[●■★◆])|(?P<coop>ph|phoi hop|[○□☆◇]))\.?$")


#: a body's cell in such a matrix that says its part in words, the lead's opening with its role ("Chủ trì: lập phiếu
#: khảo sát …", "(Chủ trì) …"), folded
_LEAD_PART = re.compile(r"^\(?chu tri\)?\s*[:.,\-–—)]\s*\S")
#: … and a cell of bodies from outside, each part led by its body before a colon ("UBND xã Mù Cả: cử công chức …")
_NAMED_PART = re.compile(r"^(?P<who>[^:;,.]{3,80}?)\s*:\s*\S")


def _role_marks(header_cells: list[str], header: list[str | None], cells: list[str]) -> list[tuple[str, str]]:
    """The bodies a row of an assignment matrix marks: (the column's header as printed, "lead"/"coop"), from the
    columns no known field names (a body's column). A matrix may say each body's part in words instead of a mark, the
    lead's part opening "Chủ trì:" ("Ban Kinh tế | Ban Chính trị | Lực lượng ngoài Đoàn": "Chủ trì: lập phiếu …" |
    "Cử cán bộ dân vận …" | "UBND xã X: cử công chức …", "—" where a body has no part): in a row with such a lead,
    every other body with a part takes part, a column of others by the body that opens its cell."""
    out = []
    printed = {k: nfc(plain_line(cells[k])).strip() for k in range(min(len(cells), len(header)))
               if header[k] is None and cells[k]}  # the bodies' cells
    worded = [k for k, cell in printed.items() if _LEAD_PART.match(fold(cell))]
    for k, cell in printed.items():
        mark = _ROLE_MARK.match(fold(cell))
        name = nfc(plain_line(header_cells[k])).strip()
        if mark and name:
            out.append((name, "lead" if mark.group("lead") else "coop"))
        elif len(worded) == 1 and len(printed) >= 2 and cell.strip(" -–—.") and not fold(cell).startswith("khong "):
            named = _NAMED_PART.match(cell)
            if not starts_body(name):  # "Lực lượng ngoài Đoàn": the body before its part's colon ("UBND xã X: …")
                name = named.group("who") if named and starts_body(named.group("who")) else ""
            if name:
                out.append((name, "lead" if k in worded else "coop"))
    return out


#: a header cell that holds the row numbers' header and the work's ("STT Hoạt động": a PDF's text puts the narrow
#: number column and the next one in one cell, each row's number then opening its work's cell), folded
_MERGED_NUMBER = re.compile(r"^(?:stt|tt)\s+(?P<rest>\S.*)$")
#: a row's number opening its work's cell under such a header ("1.1 Tư vấn …"), or a group's ("1. Tư vấn trực tiếp")
_NUMBER_OPENS = re.compile(r"^(?P<n>\d{1,2}(?:\.\d{1,2}){0,3})[.)]?\s+(?P<rest>\S.*)$")


def _letter_by_letter(printed: str) -> str | None:
    """A header typed one letter a line, as offices make a narrow column's title stand upright ("Đ" / "ơ" / "n" / "v" /
    "ị" …): the column its letters name, read without the spaces the lines lost ("donvithuchien": "Đơn vị thực
    hiện"); None for any other header."""
    letters = printed.split()
    if len(letters) < 4 or any(len(letter) != 1 for letter in letters):
        return None
    word = fold("".join(letters))
    return next((name for name, pattern in COLUMNS if re.search(pattern.replace(" ", ""), word)), None)


#: a note on a table pasted from a spreadsheet whose merged cells print their value once: the sentence that says an
#: empty cell of some columns holds the value of the nearest one above it ("Ở cột Chủ trì và cột Thời hạn, các ô gộp
#: chỉ hiện chữ ở dòng đầu …: ô trống ở hai cột này là cùng đơn vị, cùng thời hạn với ô gần nhất phía trên."), folded
_MERGED_DOWN = re.compile(r"\bo (?:gop|trong|de trong)\b.*\b(?:cung|nhu|giong)\b.*\b(?:o|dong)\b[^.;]{0,30}\b(?:phia |ben )?tren\b")
#: a column that sentence names ("cột Chủ trì", "cột Thời hạn")
_NAMED_COLUMN = re.compile(r"\bcot\s+[\"“]?(?P<name>[a-z]+(?:\s[a-z]+){0,3}?)[\"”]?(?=\s*(?:va\b|,|\.|:|;|\)|$))")


def merged_down(lines: list[str]) -> set[str]:
    """The columns (as the tables name them: "lead", "deadline") whose empty cells a note says hold the value of the
    nearest cell above them, as a spreadsheet's merged cells pasted as text leave them (``_MERGED_DOWN``): each column
    the note's sentence names."""
    out: set[str] = set()
    for line in lines:
        if "gộp" not in line and "trống" not in line:
            continue
        for sentence in re.split(r"(?<=[.;])\s+", fold(line)):
            if _MERGED_DOWN.search(sentence):
                out.update(kind for m in _NAMED_COLUMN.finditer(sentence) if (kind := _column(m["name"])))
    return out


def fill_down(found: list[Table], kinds: set[str]) -> None:
    """The empty cells of the columns ``kinds`` in each table of tasks, given the value of the nearest cell above them
    in the same table (a spreadsheet's merged cell pasted as text, as the document's note says: ``merged_down``)."""
    for table in found:
        if table.kind != "tasks":
            continue
        above: dict[str, str] = {}
        for row in table.rows:
            for kind in kinds & set(table.headers):
                if (row.cells.get(kind) or "").strip():
                    above[kind] = row.cells[kind]
                elif kind in above and (row.cells.get("text") or "").strip():
                    row.cells[kind] = above[kind]


def _column(header: str) -> str | None:
    printed = nfc(plain_line(header)).strip()
    upright = _letter_by_letter(printed)
    if upright is not None:
        return upright
    folded = fold(printed)
    merged = _MERGED_NUMBER.match(folded)
    if merged and _column(printed.split(None, 1)[1]) == "text":
        return "text"  # "STT Hoạt động": the work, each row's number at the start of its cell
    both = _WORK_AND_ROLES.match(folded)
    if both and _column(both.group("work")) == "text":
        return "text"  # "Việc cần làm và phân công": the work, its assignment on a line or a row under it
    side = _SIDE.match(folded)
    if side and not side.group("who").startswith(("cac ", "nhung ")):
        return "side:" + printed[side.start("who"):]  # a party of the programme, by its name as printed
    for name, pattern in COLUMNS:
        if re.search(pattern, folded):
            return name
    gloss = _GLOSS.fullmatch(folded)
    if gloss:  # a head glossed in English in brackets ("Việc gì (What)", "Ai làm (Who)", "Khi nào (When)", as a 5W1H
        # table heads its questions): the Vietnamese words' column, else the English word's
        return _column(printed[:gloss.end("head")]) or _GLOSSES.get(gloss.group("gloss"))
    shares = _IN_SHARES.fullmatch(folded)
    if shares:  # "Trách nhiệm (tỷ lệ %)": the doers' column, each with its share of the row's work
        return _column(printed[:shares.end("head")])
    return None


#: a head cell glossed in English in brackets after its own words (folded): "viec gi (what)", "ai lam (who)"
_GLOSS = re.compile(r"(?P<head>.+?)\s*\((?P<gloss>[a-z][a-z ]{1,20})\)")
#: a head cell whose bracket says its cells are given in shares ("Trách nhiệm (tỷ lệ %)", "Đơn vị thực hiện (%)"), folded
_IN_SHARES = re.compile(r"(?P<head>.+?)\s*\((?:ty le|phan tram)?\s*%?\)(?<!\(\))")
#: the questions of a 5W1H table in English: what is done, who does it, when (why, where, how: no column of ours)
_GLOSSES = {"what": "text", "who": "lead", "when": "deadline"}


#: a column of the work and who is given it ("Việc cần làm và phân công", "Công việc, phân công thực hiện"), folded
_WORK_AND_ROLES = re.compile(r"^(?P<work>.+?)\s*(?:,|/|\bva\b)\s*phan cong\b")


#: a column of one side's doers ("Phía Việt Nam" beside "Phía Nhật Bản"), folded
SIDE_HEADER = re.compile(r"phia\s")


def _columns(cells: list[str]) -> list[str | None]:
    """The columns a header's cells name. A table with a column of products and no column of work ("Sản phẩm |
    Phòng chủ trì | …", a newsroom's or a workshop's production plan) has its products for its work: each row is a
    product to deliver, by the body its row names."""
    names = [_column(c) for c in cells]
    if "object" in names and "text" not in names:  # no column of work beside it: a calendar of rounds ("Chi bộ được
        # kiểm tra | Tổ kiểm tra | Thời gian": each row the work on it, by its team, when due), else a place (below)
        rounds = names.count("object") == 1 and ("lead" in names or "roles" in names) and "deadline" in names
        names = [("text" if rounds else None) if n == "object" else n for n in names]
    if "text" not in names and names.count("output") == 1 and ("lead" in names or "roles" in names):
        names[names.index("output")] = "text"
    # a calendar of rounds with no column of work ("Đợt | Thời gian | Địa bàn | Tổ phụ trách | Phối hợp", "TT | Xã | Ngày
    # khám | Địa điểm, đơn vị được khám | Tổ khám | Phối hợp"): each row is
    # the work at its place, by the body its row names
    places = [k for k, c in enumerate(cells) if names[k] is None
              and re.match(r"dia (?:ban|diem)\b", fold(nfc(plain_line(c))).strip())]  # "Địa điểm, đơn vị được khám"
    if "text" not in names and len(places) == 1 and ("lead" in names or "roles" in names) and "deadline" in names:
        names[places[0]] = "text"
    # "Thực hiện" alone beside the work and "Phối hợp" names who does it ("Việc cần làm | Thực hiện | Phối hợp"); in a
    # targets table it is a result ("Chỉ tiêu | Đơn vị tính | Thực hiện | Kế hoạch")
    # … and so does "Đơn vị" alone beside the work and its time ("TT | Việc | Đơn vị | Thời hạn"); in a targets table it
    # is the unit a target is counted in ("Chỉ tiêu | Đơn vị | Kế hoạch"), no column of work beside it
    doers = [k for k, c in enumerate(cells) if names[k] is None
             and fold(nfc(plain_line(c))).strip() in ("thuc hien", "don vi")]
    if len(doers) == 1 and "text" in names and "lead" not in names and "roles" not in names:
        names[doers[0]] = "lead"
    # "Ngày" alone beside the work and its doers is the day each row is done ("TT | Nội dung | Ngày | Chủ trì | Phối
    # hợp", a month's calendar); a programme's "Ngày | Nội dung làm việc | Địa điểm", no doers, is a trip's days
    days = [k for k, c in enumerate(cells) if names[k] is None and fold(nfc(plain_line(c))).strip() == "ngay"]
    if len(days) == 1 and "text" in names and "deadline" not in names and ("lead" in names or "roles" in names):
        names[days[0]] = "deadline"
    # the doers by side ("Phía Việt Nam | Phía Nhật Bản", an office abroad's, a joint programme's): the first side's
    # bodies do the row's work, the other sides' take part
    sides = [k for k, c in enumerate(cells) if names[k] is None and SIDE_HEADER.match(fold(nfc(plain_line(c))).strip())]
    if len(sides) >= 2 and "text" not in names and "deadline" in names:
        # … or, with no column of work beside them, each side's duties by their time ("Mốc thời vụ | Phía Công ty |
        # Phía HTX, THT"): each side's cell a task of its own, as a joint programme's "Nhiệm vụ của X" columns are
        for k in sides:
            names[k] = "side:" + nfc(plain_line(cells[k])).strip().split(None, 1)[-1]
    elif len(sides) >= 2 and "lead" not in names and "roles" not in names and "cooperating" not in names:
        names[sides[0]] = "lead"
        for k in sides[1:]:
            names[k] = "cooperating"
    elif len(sides) == 1 and ("lead" in names or "roles" in names) and "cooperating" not in names:
        # … or one side beside those who lead ("Người phụ trách | Phía HTX | Thời gian", a company's plan with its
        # partner cooperatives): the other party's people, who take part in the row's work
        names[sides[0]] = "cooperating"
    # a column of the work and its assignment ("Việc cần làm và phân công") spanning the empty columns after it: its
    # rows of work, each with a row of labelled cells under it ("Chủ trì: X | Phối hợp: Y | Thời gian: Z"), the
    # first empty column the assignment's
    both = next((k for k, c in enumerate(cells) if names[k] == "text"
                 and _WORK_AND_ROLES.match(fold(nfc(plain_line(c))).strip())), None)
    if both is not None and both + 1 < len(cells) and not cells[both + 1].strip() \
            and not {"lead", "roles", "deadline"} & set(names):
        names[both + 1] = "roles"
    # a column of who does it and of when, and none of work: the unnamed column right after the row's number is what
    # each row does, whatever its header calls it ("TT | Tài sản đấu giá | Người có tài sản | Bộ phận thực hiện | Phối
    # hợp | Dự kiến thời gian"); not a first column without a number before it ("Đoàn | Đơn vị chủ trì | …": a team)
    unnamed = [k for k, n in enumerate(names) if n is None and cells[k].strip()]
    if "text" not in names and ("lead" in names or "roles" in names) and "deadline" in names and unnamed \
            and unnamed[0] > 0 and names[unnamed[0] - 1] == "row":
        names[unnamed[0]] = "text"
    # two columns of work side by side, an item's short name then what it holds ("Hạng mục | Nội dung chi tiết", "Tên
    # hoạt động | Nội dung cụ thể"): the row's work is both, the name first ("item")
    texts = [k for k, n in enumerate(names) if n == "text"]
    if len(texts) == 2 and texts[1] == texts[0] + 1:
        names[texts[0]] = "item"
    # "Tiến độ" beside a column of days due ("… | Tiến độ | … | Ngày đến hạn", task software's export): how far the
    # work has got ("Đang thực hiện", "Chưa bắt đầu"), its state, not its time
    if names.count("deadline") > 1:
        for k, c in enumerate(cells):
            if names[k] == "deadline" and fold(nfc(plain_line(c))).strip() == "tien do":
                names[k] = "state"
    # a column of roles beside the doers' ("Đơn vị | Vai trò": "Phòng Kế toán<br>Phòng Thu mua" / "Phối hợp<br>Chủ
    # trì"), each line the role of the body on the same line of the doers' cell
    roles_of = [k for k, c in enumerate(cells) if names[k] is None and k > 0 and names[k - 1] == "lead"
                and fold(nfc(plain_line(c))).strip() in ("vai tro", "vai tro cua don vi", "nhiem vu cua don vi")]
    if len(roles_of) == 1:
        names[roles_of[0]] = "role_of"
    return names


def find_tables(lines: list[str], split_cell=None, split_text=None) -> list[Table]:
    """``split_cell(text)`` may split a cell holding two agency columns; ``split_text(text)``
    may return where an agency name ends a task text (both from the registry)."""
    tables = []
    legends: list[dict[str, str]] = []  # the form's columns by their numbers, read once when a keyed row first asks

    def legend() -> dict[str, str]:
        if not legends:
            legends.append(_column_legend(lines))
        return legends[0]

    i = 0
    while i < len(lines):
        line = lines[i]
        table = None
        tabs = line.split("\t")
        if len(tabs) >= 3 and (_is_header(tabs) or _targets_header(tabs)):  # three columns: task, partners, time
            table = _delimited(lines, i, lambda s: s.split("\t"), lambda s: s.count("\t") >= 2, "tsv",
                               split_cell, split_text)
        elif len(tabs) == 2 and _is_header(tabs):  # two: the time and the work ("Thời gian | Nội dung công việc"), the
            # work and its doers, each row's cells on one line parted by a TAB
            table = _delimited(lines, i, lambda s: s.split("\t"), lambda s: s.count("\t") == 1 and bool(s.split("\t")[0].strip()),
                               "tsv", split_cell, split_text)
        elif line.lstrip().startswith("|") and (_is_header(_pipe_cells(line)) or _targets_header(_pipe_cells(line))):
            # a pandoc grid table's rules ("+----+----+", "+====+") lie between its rows
            table = _delimited(lines, i, _pipe_cells, lambda s: s.lstrip().startswith("|") or bool(_GRID_RULE.match(s)),
                               "pipe", split_cell, split_text)
            if not table.rows and table.kind == "tasks":
                table = _pipe_then_lines(lines, i, split_cell, split_text) or table
        elif re.match(r"^\s*STT\b", plain_line(line)) and "nhiem vu" in fold(line) and not _layout_header(lines, i):
            table = _flattened(lines, i, split_cell, split_text)
        elif re.fullmatch(r"\s*S?TT\s*", plain_line(line)) and (header := _block_header(lines, i)):
            # the header's cells one per block ("TT", "Nhiệm vụ", "Cơ quan chủ" / "trì" …: pdftotext without -layout),
            # or one per line with no blank line between them (a table saved or copied as text), the columns in
            # their printed order
            table = _flattened(lines, i, split_cell, split_text, header[0], per_line=header[1])
        elif _COLUMN_RULE.match(line) and (table := _pandoc(lines, i, split_cell, split_text)) is not None:
            pass
        elif _HTML_TABLE.match(line) and (table := _html(lines, i, split_cell, split_text)) is not None:
            pass
        elif _MERMAID_FENCE.match(line) and (table := _mermaid(lines, i, split_cell, split_text)) is not None:
            pass
        elif _JSON_FENCE.match(line) and (table := _json_records(lines, i, split_cell, split_text)) is not None:
            pass
        elif _YAML_FENCE.match(line) and (table := _yaml_records(lines, i, split_cell, split_text)) is not None:
            pass
        elif (keyed := _KEYED.match(line)) and keyed["n"] == "1" \
                and (table := _keyed_rows(lines, i, legend(), split_cell, split_text)) is not None:
            pass
        elif (line.count(";") >= 2 or line.count(",") >= 2) and "\t" not in line and "|" not in line \
                and (table := _csv(lines, i, split_cell, split_text)) is not None:
            pass
        elif "|" not in line and (header := _layout_header(lines, i)):
            table = _layout(lines, *header)
        if table is None:
            i += 1
            continue
        if table.rows or table.kind == "targets":
            _dittos_filled(table.rows)
            _periods_filled(table)
            _month_first(table.rows)
            table.rows = _sides_apart(table.rows)
            if table.kind == "tasks" and programme(table.rows):
                table.kind = "programme"
            elif table.kind == "tasks" and status(table.headers):
                table.kind = "status"
            tables.append(table)
        i = max(table.end, i + 1)
    return tables


#: an hour of a day as a meeting's programme prints it ("08h00", "8h", "08 giờ 00", "14:30"), a span of two ("08h00 -
#: 08h10"), folded
_CLOCK = re.compile(r"\d{1,2}\s*(?:h|gio|:)\s*(?:\d{2})?(?:\s*phut)?")
_CLOCK_CELL = re.compile(rf"\s*(?:tu\s+)?{_CLOCK.pattern}(?:\s*(?:[-–—]|den)\s*{_CLOCK.pattern})?\s*")


def programme(rows: list[Row]) -> bool:
    """A meeting's programme (a Giấy mời's, a conference plan's "Chương trình hội nghị": Thời gian | Nội dung | Thực
    hiện), no table of tasks: every row's time cell is an hour of the day or a span of hours."""
    times = [row.cells.get("deadline") or "" for row in rows]
    return bool(times) and all(t.strip() and _CLOCK_CELL.fullmatch(fold(t)) for t in times)


#: a content column that says where things stand, not what is to be done ("Nội dung chưa gửi, còn thiếu", "Kết quả thực
#: hiện", "Tồn tại, hạn chế", "Nội dung đã hoàn thành"), folded
_STATE = re.compile(r"\b(?:chua|con thieu|da (?:gui|nop|thuc hien|hoan thanh|trien khai)|ket qua|ton tai|han che|"
                    r"vuong mac)\b")


def status(headers: dict[str, str]) -> bool:
    """A table of where things stand (a Công văn đôn đốc's list of who has not reported and what is missing; a report's
    results), no table of tasks: its content column's header states a state, and no column gives a time to do it by."""
    return "deadline" not in headers and bool(_STATE.search(fold(headers.get("text", ""))))


#: a cell that repeats the cell above it: "nt", "n.t", "-nt-", "(nt)", "Như trên", the ditto mark "〃" or quotation
#: marks standing for it ('"', "”", "''"), as tables of tasks print a body or a period shared by consecutive rows
_DITTO = re.compile(r"^[\s\-–(]*(?:n\.?\s?t\.?|như\s+trên|〃+|[\"“”]+|''|//)[\s\-–).]*$", re.I)
#: the columns a ditto mark may stand in: who does the task, with whom, by when, what it yields (never its text)
_DITTO_COLUMNS = ("lead", "cooperating", "roles", "deadline", "output", "submit_to")


#: a side's cell that opens with its own doer before a colon ("Phòng Vùng nguyên liệu: …", "Các HTX, THT: …")
_RUN_IN_DOER = re.compile(r"^(?P<who>(?-i:[A-ZĐÀ-Ỹ])[^:;.()]{2,100}(?:\([^()]{1,60}\)[^:;.()]{0,40})?):\s+\S")


def _sides_apart(rows: list[Row]) -> list[Row]:
    """A joint programme's table gives each party its column of duties: each party's cell of a row is a task of its
    own, led by the party its column names, the row's time its deadline; a party whose cell only joins in ("Phối hợp
    thực hiện") cooperates in the other's task. The row's own topic ("Nội dung phối hợp") is no task text then."""
    out = []
    for row in rows:
        sides = [(key[5:], value) for key, value in row.cells.items() if key.startswith("side:")]
        if not sides:
            out.append(row)
            continue
        base = {k: v for k, v in row.cells.items() if not k.startswith("side:") and k != "text"}
        # a side's cell with nothing to do there ("—", "-"): no task
        sides = [(who, value) for who, value in sides if value and value.strip(" -–—.")]
        joining = [who for who, value in sides if _JOINS_IN.fullmatch(fold(value).strip())]
        working = [(who, value) for who, value in sides if who not in joining]
        if len(sides) == 1 and not row.cells.get("text"):  # one party's column is the table's tasks
            working = sides
        for who, value in working:
            # … led by the side, or by its own unit named before a colon ("Phòng Vùng nguyên liệu: ký …"), as the text
            # then reads
            own = _RUN_IN_DOER.match(value)
            head, *along = re.split(r",?\s+cùng(?:\s+với)?\s+", own.group("who"), maxsplit=1) if own else [who]
            cells = dict(base, text=value, lead=base.get("lead") or head)  # "X, cùng Y:": X leads, Y cooperates
            if along and not base.get("lead"):
                cells["cooperating"] = "; ".join(filter(None, [base.get("cooperating"), along[0]]))
            if joining and not cells.get("cooperating"):
                cells["cooperating"] = "; ".join(joining)
            out.append(Row(row.group, row.group_title, row.row, cells, row.line, row.exact, list(row.notes),
                           row.group_marker, list(row.review), row.raw, list(row.marked), row.periods))
    return out


def _dittos_filled(rows: list[Row]) -> None:
    """Each ditto cell takes the value of the nearest cell above it in its column that is not one, and its row
    says so for the reviewer; a ditto mark with no value above it stays as printed."""
    above: dict[str, str] = {}
    for row in rows:
        for column in _DITTO_COLUMNS:
            cell = row.cells.get(column)
            if not cell:
                continue
            if not _DITTO.match(nfc(cell)):
                above[column] = cell
            elif column in above:
                row.cells[column] = above[column]
                row.review.append(message("imp_row_ditto", printed=cell.strip(), value=above[column]))


#: a date of a time cell, its first two numbers either way round ("11/30/2026", "30/11/2026")
_CELL_DATE = re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>20\d\d)(?![\d/])")


def _month_first(rows: list[Row]) -> None:
    """A time column whose dates are printed month first, as a spreadsheet set to the American locale prints them
    ("11/30/2026", "12/1/2026"): where one of its dates can only be read so (its second number past 12) and none only
    the other way (its first past 12), each date of the column is read day first ("30/11/2026", "01/12/2026"), and
    its row says so for the reviewer."""
    dates = [m for row in rows for m in _CELL_DATE.finditer(row.cells.get("deadline") or "")]
    if not any(int(m["b"]) > 12 >= int(m["a"]) for m in dates) or any(int(m["a"]) > 12 for m in dates):
        return
    for row in rows:
        cell = row.cells.get("deadline") or ""
        turned = swapped(cell)
        if turned != cell:
            row.cells["deadline"], row.month_first = turned, True
            row.review.append(message("imp_row_month_first", printed=cell.strip(), value=turned.strip()))


def swapped(text: str) -> str:
    """``text`` with the first two numbers of each of its dates swapped, as printed ("11/30/2026" ↔ "30/11/2026",
    "12/1/2026" ↔ "1/12/2026"): the same length, and its own inverse (a time read so is quoted as printed)."""
    return _CELL_DATE.sub(lambda m: f"{m['b']}/{m['a']}/{m['y']}", text)


#: a time column headed by the period its rows are grouped by ("Tháng": "Tháng 7", then rows of the same month), folded
_PERIOD_HEADER = re.compile(rf"^(?:{_PERIOD_UNITS})$")


def _periods_filled(table: Table) -> None:
    """In a table grouped by period ("Tháng | Nội dung | …", a month's cell merged down over its rows, which a text
    prints empty), each empty time cell takes the period above it, and its row says so for the reviewer."""
    header = table.headers.get("deadline")
    if not header or not _PERIOD_HEADER.match(" ".join(fold(header).split())):
        return
    above = None
    for row in table.rows:
        cell = (row.cells.get("deadline") or "").strip()
        if cell:
            above = cell
        elif above is not None:
            row.cells["deadline"] = above
            row.review.append(message("imp_row_period_above", period=header.lower(), value=above))


#: pandoc's simple and multiline tables: a line of dashes per column, apart by spaces, under the header; a multiline
#: table is bounded above and below by one line of dashes across the table and puts a blank line between its rows
_COLUMN_RULE = re.compile(r"^\s*-{2,}(?:[ \t]+-{2,})+\s*$")
#: … or the fence of a Markdown code block the table is typed in (```` ``` ````, ``~~~``): a text table pasted as it is
#: printed, monospaced, its rows parted by blank lines as a multiline table's are
_BORDER = re.compile(rf"^\s*-{{10,}}\s*$|{CODE_FENCE.pattern}")
_GRID_RULE = re.compile(r"^\s*\+[-=:+]+\+\s*$")


def _tabbed(synthetic: list[str], header: int, end: int, layout: str, start: int, stop: int,
            split_cell=None, split_text=None) -> Table:
    """The table another layout was written out as, TAB-separated, its header on line ``header`` and its rows before
    ``end`` (lines it read and left blank between them), read as the delimited tables are; spanning the lines
    ``start`` to ``stop`` of the document."""
    table = _delimited(synthetic[:end] + ["."], header, lambda t: t.split("\t"), lambda t: t.count("\t") >= 2, layout,
                       split_cell, split_text)
    table.start, table.end = start, stop
    return table


def _fence_end(lines: list[str], at: int) -> int | None:
    """The line that closes the Markdown code block opened on line ``at``, or None."""
    return next((k for k in range(at + 1, len(lines)) if CODE_FENCE.match(lines[k])), None)


def _pandoc(lines: list[str], rule: int, split_cell=None, split_text=None) -> Table | None:
    """A pandoc simple or multiline table whose column rule is at ``rule``: each line is cut at the columns the rule
    sets (a cell's text stays within its column), the header's wrapped lines joined per column; the lines of a row
    after its first have an empty TT cell, so they go on the row above as a continuation row does. Read by the
    delimited tables' conventions; None when the header names no task or targets columns."""
    starts = [m.start() for m in re.finditer(r"-+", lines[rule])]
    if len(starts) < 3:
        return None

    def cut(line: str) -> list[str]:
        line = line.expandtabs()
        return [line[a:b].strip() for a, b in zip(starts, starts[1:] + [len(line) + 1])]
    top = rule - 1
    while top >= 0 and lines[top].strip() and not _BORDER.match(lines[top]) and rule - top <= 6:
        top -= 1
    bordered = top >= 0 and _BORDER.match(lines[top]) is not None
    head_lines = lines[top + 1:rule]
    if not head_lines:
        return None
    header = [nfc(" ".join(" ".join(c[k] for c in map(cut, head_lines)).split())) for k in range(len(starts))]
    if not (_is_header(header) or _targets_header(header)):
        return None
    synthetic = list(lines)
    for k in range(top + 1, rule):
        synthetic[k] = ""
    synthetic[rule] = "\t".join(header)
    end = rule + 1
    while end < len(lines):
        raw = lines[end]
        if _BORDER.match(raw) or _COLUMN_RULE.match(raw) or (not raw.strip() and not bordered):
            break
        synthetic[end] = "\t".join(c.replace("\t", " ") for c in cut(raw)) if raw.strip() else ""
        end += 1
    if end < len(synthetic):
        synthetic[end] = ""  # the closing border ends the rows read
    return _tabbed(synthetic, rule, end, "multiline" if bordered else "simple", max(top, 0), min(end + 1, len(lines)),
                   split_cell, split_text)


#: a line of a form's row typed by the number of its column ("(2) Rà soát, lập danh sách …", "(3) Phòng Kinh tế")
_KEYED = re.compile(r"^\s*\((?P<n>\d{1,2})\)\s+(?P<value>\S.*?)\s*$")
#: the legend that names a form's numbered columns ("… các cột ghi lần lượt: (1) số thứ tự; (2) nội dung công việc; (3)
#: đơn vị chủ trì; (4) đơn vị phối hợp; (5) thời gian hoàn thành; (6) ghi chú.")
_LEGEND_COLUMN = re.compile(r"\((?P<n>\d{1,2})\)\s*(?P<name>[^;:()]{2,50}?)\s*(?=[;.]|\s*\(\d{1,2}\)|\)?\s*$)")


def _column_legend(lines: list[str]) -> dict[str, str]:
    """The names of a form's columns by their numbers, from the one line that lists three or more of them in order from
    "(1)", their names those of a tasks table's header (``_is_header``); {} for none."""
    for line in lines:
        named = {m["n"]: " ".join(m["name"].split()) for m in _LEGEND_COLUMN.finditer(line)}
        numbers = [str(n) for n in range(1, len(named) + 1)]
        if len(named) >= 3 and list(named) == numbers and _is_header(list(named.values())):
            return named
    return {}


def _keyed_rows(lines: list[str], at: int, legend: dict[str, str], split_cell=None, split_text=None) -> Table | None:
    """A form's rows typed a line per column, each line keyed by its column's number as the form's legend names them
    ("(1) 1" / "(2) Rà soát …" / "(3) Phòng Kinh tế" / "(4) …" / "(5) Xong trước 20/10/2026", a blank line between rows;
    "-" for a column left empty): read as the table the legend heads, each row at its first line, the header on the
    line above the first row. None without a legend, or no blank line above."""
    if not legend or at == 0 or lines[at - 1].strip():
        return None
    synthetic = list(lines)
    k, first, cells = at, None, {}
    rows: list[tuple[int, dict[str, str]]] = []
    while k <= len(lines):
        keyed = _KEYED.match(lines[k]) if k < len(lines) else None
        if keyed and keyed["n"] in legend and (keyed["n"] != "1" or not cells):
            first = k if first is None else first
            cells[keyed["n"]] = "" if keyed["value"] in ("-", "–", "—") else keyed["value"]
        elif cells and (k == len(lines) or not lines[k].strip() or (keyed and keyed["n"] == "1")):
            rows.append((first, cells))
            first, cells = None, {}
            if keyed:
                continue
        elif k < len(lines) and lines[k].strip() and not cells:
            break
        elif k < len(lines) and lines[k].strip() and cells:  # a value wrapped onto the next line
            cells[max(cells, key=int)] += " " + lines[k].strip()
        k += 1
    if len(rows) < 2:
        return None
    end = next((j for j in range(rows[-1][0], len(lines)) if not lines[j].strip()), len(lines))  # the last row's end
    for j in range(at, end):
        synthetic[j] = ""
    numbers = sorted(legend, key=int)
    synthetic[at - 1] = "\t".join(legend[n] for n in numbers)
    for line, row in rows:
        synthetic[line] = "\t".join(row.get(n, "").replace("\t", " ") or " " for n in numbers)
    return _tabbed(synthetic, at - 1, end, "keyed", at - 1, end, split_cell, split_text)


#: a code block in Markdown that holds JSON, as a task tracker's export is pasted into a page ("```json")
_JSON_FENCE = re.compile(r"^\s{0,3}(?:`{3,}|~{3,})\s*json\s*$", re.I)


def _record_starts(text: str) -> list[int]:
    """Where each object of a JSON array of objects begins in ``text`` (offsets), strings and nesting minded."""
    starts, depth, quoted, escaped = [], 0, False, False
    for at, char in enumerate(text):
        if quoted:
            quoted, escaped = (char != '"' or escaped), (char == "\\" and not escaped)
            continue
        if char == '"':
            quoted = True
        elif char in "[{":
            if char == "{" and depth == 1:
                starts.append(at)
            depth += 1
        elif char in "]}":
            depth -= 1
    return starts


def _json_records(lines: list[str], at: int, split_cell=None, split_text=None) -> Table | None:
    """A task list exported as JSON and pasted into a code block: an array of objects whose keys name a tasks table's
    columns as software names them ("noi_dung", "chu_tri", "phoi_hop", "han"); a list is its items parted by "; ", a
    null or empty value no value, a date left null with its reason in words beside it ("han": null, "ghi_chu_han":
    "Khi có hồ sơ") the words. Read as that table, each object at the line it opens on; None when the block is no
    such array."""
    import json

    end = _fence_end(lines, at)
    if end is None or end - at < 3:
        return None
    block = "\n".join(lines[at + 1:end])
    try:
        records = json.loads(block)
    except ValueError:
        return None
    if not isinstance(records, list) or len(records) < 2 or not all(isinstance(r, dict) for r in records):
        return None
    keys, header, names = _record_keys(records)
    if not _task_columns(names):
        return None
    starts = _record_starts(block)
    if len(starts) != len(records):
        return None
    offsets = [0]
    for line in lines[at + 1:end]:
        offsets.append(offsets[-1] + len(line) + 1)
    synthetic = list(lines)
    for k in range(at, end + 1):
        synthetic[k] = ""
    synthetic[at] = "\t".join(header)
    placed: set[int] = set()
    for record, start in zip(records, starts):
        line = at + 1 + max(k for k, offset in enumerate(offsets) if offset <= start)
        if line in placed:  # two objects on one line: no row of its own for each
            return None
        placed.add(line)
        synthetic[line] = "\t".join(_record_value(record, key, keys, names) or " " for key in keys)
    return _tabbed(synthetic, at, end, "json", at, end + 1, split_cell, split_text)


def _record_keys(records: list[dict]) -> tuple[list, list[str], list]:
    """The keys of records exported by software, in order, as a header's cells ("noi_dung" → "noi dung"), and the
    columns they name."""
    keys = list(dict.fromkeys(k for record in records for k in record))
    header = [" ".join(str(k).replace("_", " ").split()) for k in keys]
    return keys, header, _columns(header)


def _record_value(record: dict, key, keys: list, names: list) -> str:
    """A record's value as a cell prints it: a list its items parted by "; ", a null or empty value no value, a date
    left null with its reason in words beside it ("han": null, "ghi_chu_han": "Khi có hồ sơ") the words."""
    found = record.get(key)
    if isinstance(found, list):
        found = "; ".join(str(item) for item in found if item not in (None, ""))
    found = "" if found is None else str(found)
    if not found and names[keys.index(key)] == "deadline":  # a date left null, its reason beside it in words
        found = next((str(record[k]) for k in keys if k != key and fold(str(k)).startswith(("ghi_chu", "ghi chu"))
                      and fold(str(k)).endswith(fold(str(key))) and record.get(k)), "")
    return " ".join(found.replace("\t", " ").split())


#: a YAML code block in Markdown ("```yaml", "```yml")
_YAML_FENCE = re.compile(r"^\s{0,3}(?:`{3,}|~{3,})\s*ya?ml\s*$", re.I)
#: where a record of a YAML list begins: its dash at the list's margin ("- noi_dung: …")
_YAML_ITEM = re.compile(r"^-\s+\S")


def _yaml_nulls(value):
    """A YAML document read as strings, its nulls ("~", "null", an empty value) None again."""
    if isinstance(value, dict):
        return {k: _yaml_nulls(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_yaml_nulls(v) for v in value]
    return None if value in ("~", "null", "Null", "NULL", "") else value


def _yaml_records(lines: list[str], at: int, split_cell=None, split_text=None) -> Table | None:
    """A task list kept as YAML in a wiki's code blocks (pyyaml reads them): a block of one record each, the blocks one
    after another with nothing but blank lines between them, or one block of a list of records, each at the dash that
    opens it. Its keys name a tasks table's columns as software names them ("viec", "chu_tri", "phoi_hop", "han"),
    its values read as a JSON export's are (a list, a null "~"). Read as that table, each record at the line it opens
    on; None when the blocks hold no such records."""
    import yaml

    records: list[dict] = []
    placed: list[int] = []
    start, end = at, None
    while start < len(lines) and _YAML_FENCE.match(lines[start]):
        close = _fence_end(lines, start)
        if close is None:
            break
        try:  # every value as printed, a string (no date, number or "yes" read into another form: quoted verbatim)
            loaded = _yaml_nulls(yaml.load("\n".join(lines[start + 1:close]), Loader=yaml.BaseLoader))
        except yaml.YAMLError:
            return None
        if isinstance(loaded, dict):
            records.append(loaded)
            placed.append(next(k for k in range(start + 1, close) if lines[k].strip()))
        elif isinstance(loaded, list) and all(isinstance(r, dict) for r in loaded):
            items = [k for k in range(start + 1, close) if _YAML_ITEM.match(lines[k])]
            if len(items) != len(loaded):
                return None
            records += loaded
            placed += items
        else:
            return None
        end = close
        start = close + 1
        while start < len(lines) and not lines[start].strip():
            start += 1
    if end is None or len(records) < 2 or not all(all(isinstance(k, str) for k in r) for r in records):
        return None
    keys, header, names = _record_keys(records)
    if not _task_columns(names):
        return None
    synthetic = list(lines)
    for k in range(at, end + 1):
        synthetic[k] = ""
    synthetic[at] = "\t".join(header)
    for record, line in zip(records, placed):
        synthetic[line] = "\t".join(_record_value(record, key, keys, names) or " " for key in keys)
    return _tabbed(synthetic, at, end, "yaml", at, end + 1, split_cell, split_text)


#: a Mermaid diagram in Markdown, as a wiki or MkDocs page draws a plan's work ("```mermaid" / "flowchart TD" / …)
_MERMAID_FENCE = re.compile(r"^\s{0,3}(?:`{3,}|~{3,})\s*mermaid\s*$", re.I)
#: a box of the diagram that frames others, its title ("subgraph CCATTP["Chi cục An toàn vệ sinh thực phẩm"]",
#: "subgraph Văn phòng Sở"), and its end
_SUBGRAPH = re.compile(r'^\s*subgraph\s+(?:(?P<id>[\w-]+)\s*\[\s*"?(?P<title>[^"\]]+?)"?\s*\]|"(?P<quoted>[^"]+)"|(?P<bare>.+?))\s*$')
_SUBGRAPH_END = re.compile(r"^\s*end\s*$")
#: a node and its label, in any of the shapes ("V1["…"]", "LMHTX(["…"])", "A(…)", "B{…}"), quoted or not
_NODE = re.compile(r'(?P<id>[\w-]+)\s*(?:\(\[|\[\[|\[\(|\(\(|\[|\(|\{\{|\{|>)\s*(?:"(?P<quoted>[^"]*)"|(?P<bare>[^\]\)\}"]*))'
                   r'\s*(?:\]\)|\]\]|\)\]|\)\)|\]|\)|\}\}|\})')
#: a link between two nodes and its label ("A -. phối hợp .-> B", "A -- phối hợp --> B", "A -->|phối hợp| B", "A --> B")
_LINK = re.compile(r'(?P<a>[\w-]+)\s*(?:-\.\s*(?P<l1>[^.>]+?)\s*\.->|--\s*(?P<l2>[^->|]+?)\s*-->|(?:-->|-\.->|==>)\s*'
                   r'(?:\|\s*"?(?P<l3>[^|"]*)"?\s*\|)?)\s*(?P<b>[\w-]+)')
#: a link's label that makes its first end a partner of its second's work (or its lead)
_PARTNER_LINK = re.compile(r"\b(?:phoi hop|cung (?:lam|thuc hien|tham gia)|ho tro|tham gia)\b")
_LEAD_LINK = re.compile(r"\b(?:chu tri|phu trach|dau moi)\b")


def _mermaid(lines: list[str], at: int, split_cell=None, split_text=None) -> Table | None:
    """A plan's work drawn as a Mermaid flowchart: each box a body's title frames is a task that body leads, its label
    the work and, on its last line ("…<br>Xong trước 31/01/2027"), its time; a body linked to a task by a link labelled
    "phối hợp" (or "cùng làm", "hỗ trợ", "tham gia") cooperates on it, one labelled "chủ trì" leads it; links without a
    label only order the work. Read as a table of those rows, each at its box's line; None when no box is a task."""
    end = _fence_end(lines, at)
    if end is None:
        return None
    frame: str | None = None
    labels: dict[str, str] = {}
    framed: dict[str, str] = {}  # a framing box's id → its title
    leads: dict[str, str] = {}  # a task's id → the title of the box that frames it
    placed: dict[str, int] = {}  # a task's id → its line
    partners: dict[str, list[str]] = {}
    linked: list[tuple[str, str, str]] = []
    for k in range(at + 1, end):
        text = lines[k].split("%%", 1)[0]
        sub = _SUBGRAPH.match(text)
        if sub:
            frame = (sub["title"] or sub["quoted"] or sub["bare"]).strip()
            if sub["id"]:
                framed[sub["id"]] = frame
            continue
        if _SUBGRAPH_END.match(text):
            frame = None
            continue
        for node in _NODE.finditer(text):
            labels[node["id"]] = nfc((node["quoted"] if node["quoted"] is not None else node["bare"]).strip())
            if frame is not None and node["id"] not in leads:
                leads[node["id"]], placed[node["id"]] = frame, k
        bare = _NODE.sub(lambda m: m["id"], text)
        for link in _LINK.finditer(bare):
            linked.append((link["a"], link["b"], fold(link["l1"] or link["l2"] or link["l3"] or "")))
    names = {**labels, **framed}
    for a, b, label in linked:
        who = names.get(a, a)
        if b in placed and _PARTNER_LINK.search(label):
            partners.setdefault(b, []).append(who)
        elif b in labels and _LEAD_LINK.search(label):
            leads[b] = who
            placed.setdefault(b, next((k for k in range(at + 1, end) if re.search(rf"\b{re.escape(b)}\s*[\[\(\{{>]", lines[k])), at + 1))
    tasks = [task for task in placed if labels.get(task) and task not in framed]
    if not tasks:
        return None
    synthetic = list(lines)
    for k in range(at, end + 1):
        synthetic[k] = ""
    synthetic[at] = "\t".join(["TT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"])
    for number, task in enumerate(sorted(tasks, key=placed.get), start=1):
        parts = re.split(r"\s*<br\s*/?>\s*", labels[task])
        work, time = (" ".join(parts[:-1]), parts[-1]) if len(parts) > 1 else (parts[0], "")
        cells = [str(number), work, leads[task], "; ".join(partners.get(task, [])), time]
        synthetic[placed[task]] = "\t".join(c.replace("\t", " ") or " " for c in cells)
    return _tabbed(synthetic, at, end, "mermaid", at, end + 1, split_cell, split_text)


#: a column's name in a header of comma-separated values: a few words, no sentence ("STT", "Nội dung", "chu tri",
#: "Thời hạn (ngày)")
_CSV_LABEL = re.compile(r"[^\W\d_][\w /().&-]{0,38}", re.I)


def _csv(lines: list[str], at: int, split_cell=None, split_text=None) -> Table | None:
    """A table exported or pasted as comma-separated values (RFC 4180), a Vietnamese spreadsheet's ";" between cells
    (its decimal comma takes ","): a header line whose cells name a tasks table, its columns as software names them
    too ("stt;noi_dung;chu_tri;phoi_hop;han"), then a record a line, a cell that holds the delimiter, a quote or a line
    break in double quotes, its own quotes doubled, an empty cell empty (";;"). Read up to the first line that is no
    record of the header's width (a blank line, a code block's fence), as the tab-separated tables are; None when the
    line heads no tasks table."""
    line = lines[at].strip()  # as typed: a column's name in snake case is no Markdown emphasis
    delimiter = ";" if line.count(";") >= 2 else ","
    header = next(csv.reader([line], delimiter=delimiter))
    header = [" ".join(cell.replace("_", " ").split()) for cell in header]
    if len(header) < 3 or not all(_CSV_LABEL.fullmatch(cell) for cell in header) or not _is_header(header):
        return None  # a sentence with its commas is no header: each cell a column's short name
    synthetic = list(lines)
    synthetic[at] = "\t".join(header)
    end = at + 1
    while end < len(lines) and lines[end].strip() and not CODE_FENCE.match(lines[end]):
        record = _quoted_row(lines, end + 1, len(header), delimiter)
        if record is None:
            break
        cells, after = record  # a cell's quotes doubled again, as printed: its text is quoted verbatim
        synthetic[end] = "\t".join(cell.replace("\t", " ").replace('"', '""') or " " for cell in cells)
        for k in range(end + 1, after):
            synthetic[k] = ""
        end = after
    if end == at + 1:
        return None
    return _tabbed(synthetic, at, end, "csv", at, end, split_cell, split_text)


#: an HTML table in Markdown, as converters write a Word table with merged cells or cells of several paragraphs
#: (markitdown and mammoth a row a line, pandoc a tag or a paragraph a line)
_HTML_TABLE = re.compile(r"^\s*<table\b", re.I)
_HTML_TABLE_END = re.compile(r"</table\s*>", re.I)


class _HtmlRows:
    """The rows of one HTML table: per row its 0-based line and its cells, a cell merged across columns followed by
    empty cells for the columns it covers (as a Word table copied as text keeps them), a cell's paragraphs and line
    breaks apart as "<br>"."""

    def __init__(self) -> None:
        from html.parser import HTMLParser

        rows: list[tuple[int, list[str]]] = []
        state: dict = {"cell": None, "span": 1, "depth": 0}

        class Parser(HTMLParser):
            def handle_starttag(self, tag, attrs):
                if tag in ("td", "th", "tr") and state["depth"] == 1 and state["cell"] is not None:
                    self.handle_endtag("td")  # a cell left open (HTML may omit "</td>")
                if tag == "table":
                    state["depth"] += 1
                elif state["depth"] != 1:
                    return
                elif tag == "tr":
                    rows.append((self.getpos()[0] - 1, []))
                elif tag in ("td", "th") and rows:
                    span = dict(attrs).get("colspan") or "1"
                    state["cell"], state["span"] = [], min(int(span), 64) if span.isdigit() else 1
                elif tag in ("br", "p") and state["cell"] is not None and state["cell"]:
                    state["cell"].append("<br>")

            def handle_endtag(self, tag):
                if tag in ("tr", "table") and state["depth"] == 1 and state["cell"] is not None:
                    self.handle_endtag("td")  # the row's last cell left open
                if tag == "table":
                    state["depth"] -= 1
                elif state["depth"] == 1 and tag in ("td", "th") and state["cell"] is not None and rows:
                    text = re.sub(r"(?:\s*<br>\s*)+", "<br>", " ".join("".join(state["cell"]).split()))
                    rows[-1][1].extend([text.strip().removeprefix("<br>").removesuffix("<br>")]
                                       + [""] * (state["span"] - 1))
                    state["cell"] = None

            def handle_data(self, data):
                if state["cell"] is not None:
                    state["cell"].append(data.replace("\t", " "))

            def handle_entityref(self, name):  # kept as printed ("&amp;"): quotes are checked against the text
                self.handle_data(f"&{name};")

            def handle_charref(self, name):
                self.handle_data(f"&#{name};")

        self.rows, self.parser = rows, Parser(convert_charrefs=False)


def _html(lines: list[str], start: int, split_cell=None, split_text=None) -> Table | None:
    """An HTML table of tasks or targets (``_HTML_TABLE``): its rows read as TAB-separated ones, each at the line of its
    ``<tr>``, by the delimited tables' conventions; None when its first row names no task or targets columns."""
    end = next((k for k in range(start, min(len(lines), start + 5000)) if _HTML_TABLE_END.search(lines[k])), None)
    if end is None:
        return None
    reader = _HtmlRows()
    reader.parser.feed("\n".join(lines[start:end + 1]))
    reader.parser.close()
    rows = [(start + at, cells) for at, cells in reader.rows if any(cells)]
    if not rows or not (_is_header(rows[0][1]) or _targets_header(rows[0][1])):
        return None
    synthetic = list(lines[:end + 1]) + ["."]
    for k in range(start, end + 1):
        synthetic[k] = ""
    header_line = rows[0][0]
    for at, cells in rows:
        if synthetic[at]:  # two rows on one line (a table written on one line): the later ones are lost otherwise
            return None
        synthetic[at] = "\t".join(cells) if len(cells) > 2 else "\t".join(cells + [""] * (3 - len(cells)))
    table = _delimited(synthetic, header_line, lambda t: t.split("\t"), lambda t: t.count("\t") >= 2, "html",
                       split_cell, split_text)
    table.start, table.end = start, end + 1
    return table


def _block_header(lines: list[str], at: int) -> tuple[list[str], bool] | None:
    """After "TT" alone on its line, the other header cells one per block (a cell wrapped over its lines): a task
    column and a column of bodies or time among them, before the first row number. The columns in their order
    (one not named by its header words as "_k"), or None; and whether the cells come one per line with no blank
    line between them (LibreOffice's "Save as Text", a browser's text of a web table): then a row's cells are its
    lines, an empty line an empty cell."""
    blocks, block = [], []
    for line in lines[at + 1:at + 24]:
        text = nfc(plain_line(line)).strip()
        if re.fullmatch(r"\d{1,3}\.?|" + ROMAN + r"\.?", text):
            break
        if text:
            block.append(text)
        elif block:
            blocks.append(block)
            block = []
    blocks += [block] if block else []
    names = _header_names([" ".join(b) for b in blocks])
    if names:
        return names, False
    if len(blocks) == 1 and len(blocks[0]) >= 3:
        # one line per cell: a run of column names, each known but at most one (a column named otherwise)
        names = _header_names(blocks[0])
        if names and len(names) == len(blocks[0]) and sum(n.startswith("_") for n in names) <= 1:
            return names, True
    return None


def _header_names(cells: list[str]) -> list[str] | None:
    cells = [c for c in cells if len(c) < 40]
    names = [name or f"_{k}" for k, name in enumerate(_columns(cells))]
    return names if _task_columns(names) else None


def _is_header(cells: list[str]) -> bool:
    """``cells`` head a table of tasks: labels naming its columns, not a row of work whose long cells hold the words of
    a column's name ("Tháng 5/2026 | Làm việc với …; thống nhất danh mục, giá bán lẻ | P. KD-TT (chủ trì); …")."""
    filled = [c for c in cells if c.strip()]
    return all(_label(c) for c in filled) and _task_columns(_columns(cells))


def _label(cell: str) -> bool:
    """A cell that can be a column's label: short, no clauses parted by ";" (a date may be there: the header printed
    again at a page break, the cell spilled over it run on, "Thời gian kiến tháng 11/2026)")."""
    text = nfc(plain_line(cell)).strip()
    return len(text) <= 80 and ";" not in text


def _task_columns(names) -> bool:
    """A header of a table of tasks: the tasks' column and who does them or by when; or two parties' columns; or the
    numbers of the plan's items and who does them (``ref``)."""
    sides = sum(1 for n in names if n and n.startswith("side:"))
    return ("text" in names and ("lead" in names or "roles" in names or "deadline" in names or sides >= 1)) \
        or sides >= 2 or ("ref" in names and "text" not in names and ("lead" in names or "roles" in names))


def _period_columns(cells: list[str]) -> dict[int, str]:
    """A schedule table's period columns ("T1" … "T12", "Tháng 1" …, "Quý I" …): index → header as printed."""
    return {k: nfc(plain_line(c)).strip() for k, c in enumerate(cells) if period(nfc(plain_line(c)))}


#: an item's code as a plan numbers its work ("CV01", "CV.03", "VT-12", "HM7"): capitals, then a number
ITEM_CODE = re.compile(r"(?-i:[A-ZĐ]{1,5})[-.]?\d{1,3}")


def code_grid(lines: list[str]) -> tuple[dict[str, tuple[str, list[str]]], set[int]]:
    """A grid that shares coded items out by body and period ("Đơn vị chủ trì | Quý IV/2026 | Quý I/2027 …", each
    row a body, each cell the codes of the items it does in that period, "CV01, CV02"), as a plan's "bảng phân công"
    prints it under its list of coded items: code → (the body as printed, the periods it is marked in, in order), and
    the grid's lines (0-based). Tab- or pipe-parted; empty when the plan has none."""
    def cells_of(line: str) -> list[str]:
        return _pipe_cells(line) if line.lstrip().startswith("|") else line.split("\t")

    out: dict[str, tuple[str, list[str]]] = {}
    used: set[int] = set()
    at = 0
    while at < len(lines):
        cells = cells_of(lines[at])
        periods = _period_columns(cells) if len(cells) >= 3 else {}
        if len(periods) < 2 or _column(cells[0]) != "lead" or any(k not in periods for k in range(1, len(cells))):
            at += 1
            continue
        end = at + 1
        while end < len(lines) and lines[end].strip():
            row = cells_of(lines[end])
            if _numbering_row(row) or re.fullmatch(r"[\s|:-]*", lines[end]):
                end += 1
                continue  # a pipe table's rule under its header
            if len(row) != len(cells) or not row[0].strip():
                break
            marked = [(periods[k], code) for k in periods for code in re.split(r"[,;\s]+", row[k].strip())
                      if code and ITEM_CODE.fullmatch(code)]
            if not marked and any(row[k].strip() for k in periods):
                break  # a cell of other text: no grid of codes
            body = nfc(plain_line(row[0])).strip()
            for period_of, code in marked:
                if out.get(code, (body,))[0] == body:  # a code two bodies lead: neither is sure
                    out.setdefault(code, (body, []))[1].append(period_of)
                else:
                    out[code] = ("", [])
            end += 1
        if end > at + 1 and out:
            used.update(range(at, end))
        at = end
    return {code: given for code, given in out.items() if given[0]}, used


def _pipe_cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


# --- targets tables ---

_UNIT_HEADER = re.compile(r"^(?:don vi(?: tinh)?|dvt)$")
_NAME_HEADER = re.compile(r"chi tieu")
#: value columns that report what was done (a baseline, not a target)
_PAST_HEADER = re.compile(r"thuc hien|ket qua|hien trang|da dat|thuc te|uoc (?:tinh|th)")
_TARGET_HEADER = re.compile(r"ke hoach|muc tieu|chi tieu|du kien|phan dau|giai doan|den nam|\b20\d\d\b")
_NOT_VALUE = re.compile(r"ghi chu|so sanh|ty le .*so voi|tang.*giam|co quan|don vi (?:chu tri|thuc hien|phoi hop)")


def _header_words(cell: str) -> str:
    return " ".join(re.sub(r"[^\w%]+", " ", fold(nfc(plain_line(cell)))).split())


def _targets_header(cells: list[str]) -> dict | None:
    """The columns of a targets table (an indicator, its unit, one or more values), or None."""
    roles: dict = {"row": None, "name": None, "unit": None, "values": []}
    for index, cell in enumerate(cells):
        words = _header_words(cell)
        if not words:
            continue
        if re.fullmatch(r"s?tt", words) and roles["row"] is None:
            roles["row"] = index
        elif _UNIT_HEADER.match(words) and roles["unit"] is None:
            roles["unit"] = index
        elif _NAME_HEADER.search(words) and roles["name"] is None and not re.search(r"\d{4}", words):
            roles["name"] = index
        elif roles["name"] is not None and not _NOT_VALUE.search(words):
            roles["values"].append((index, nfc(plain_line(cell))))
    if roles["name"] is None or roles["unit"] is None or not roles["values"]:
        return None
    if any(_column(c) in ("lead", "cooperating") for c in cells):
        return None  # a task table with an indicator column
    return roles


def target_column(header: str) -> str:
    """What a value column of a targets table holds: "past" (a result, "Thực hiện năm 2025",
    "Kết quả"), "target" ("Kế hoạch năm 2026", "Mục tiêu đến năm 2030") or "year" (a bare
    "Năm 2026": a target or a result by the plan's own year)."""
    words = _header_words(header)
    if _PAST_HEADER.search(words):
        return "past"
    if re.fullmatch(r"(?:nam )?20\d\d", words):
        return "year"
    return "target" if _TARGET_HEADER.search(words) else "past"


# --- the rows of a delimited table ---

def _delimited(lines, start, split, is_row, layout, split_cell=None, split_text=None) -> Table:
    header_cells = split(lines[start])
    targets = _targets_header(header_cells)
    header = _columns(header_cells)
    _roles_by_cells(header, [split(line) for line in lines[start + 1:start + 6] if is_row(line)])
    for k, label in _months_under_years(lines, start, split, header_cells).items():
        header_cells[k] = label  # "Năm 2026" over "8 | 9 | … | 12": "Tháng 8/2026" …
    # a schedule table (no time column; the periods a task runs marked "x" under "T1" … "T12" or "Quý I" … "Quý IV")
    periods = _period_columns(header_cells) if "deadline" not in header else {}
    periods = periods if len(periods) >= 2 else {}
    first = _second_header(lines, start, split, header_cells, header)  # a header of two rows: their columns merged
    rows: list[Row] = []
    found: list[TableTarget] = []
    groups = _Groups()
    current: Row | None = None                 # the numbered row that continuation rows go on
    last_group: TableGroup | None = None       # a group row just read (its title may go on below)
    row_col = targets["row"] if targets else (header.index("row") if "row" in header else None)
    # a schedule from project software, how long each row runs beside its work and resources ("Thời lượng"): the
    # columns a summary task and a milestone are told by, found once for the table
    project = {name: header.index(name) for name in ("duration", "lead", "text")} \
        if {"duration", "lead", "text"} <= set(header) else None
    # the row numbers printed in the work's cell, under a header that holds both ("STT Hoạt động")
    numbered_text = row_col is None and "text" in header and \
        _MERGED_NUMBER.match(fold(nfc(plain_line(header_cells[header.index("text")])))) is not None
    i = first + 1
    while i < len(lines) and (is_row(lines[i]) or not lines[i].strip() or (
            layout == "tsv" and "\t" in lines[i] and _broken_row(lines[i].split("\t"), lines, i + 1, len(header_cells)))
            or (layout == "tsv" and _spanning_row(lines, i, is_row, len(header_cells)))):
        raw = lines[i]
        i += 1
        if not raw.strip() or re.fullmatch(r"[\s|:\-]+", raw) or _GRID_RULE.match(raw):
            continue
        if layout == "tsv" and "\t" not in raw:  # a group's row merged across the table, no TAB left in it
            spans = _SPANNING.match(nfc(plain_line(raw)).strip())
            mark = spans.group("g") if spans else ""
            last_group, current = groups.open(_kind(mark) if mark else "title", mark,
                                              spans.group("title") if spans else nfc(plain_line(raw)).strip()), None
            continue
        parts = split(raw)
        if parts and re.match(r"\s*noi nhan\s*:", fold(nfc(plain_line(parts[0])))):
            i -= 1  # the signature block printed as a table right after this one ("| **Nơi nhận:** … | KT. …"), or
            break   # on tab stops, its lines fewer cells than the table's: the table, and the body, end there
        if layout == "tsv" and (broken := _broken_row(parts, lines, i, len(header_cells))):
            parts, i = broken
            raw = "\t".join(parts)
        cells = [nfc(plain_line(c)) for c in parts]
        numbered = row_col is not None and row_col < len(cells) and _ROW_NUMBER.match(cells[row_col]) is not None
        if (_is_header(cells) and not numbered) or (targets and _targets_header(cells)) or _numbering_row(cells):
            continue  # the header repeated at a page break (never with a row's number: "1 | Hướng dẫn … | Chủ trì: …");
            # the row numbering the columns
        filled = [(k, c) for k, c in enumerate(cells) if c]
        if not filled:
            continue
        marked = row_col is None or (row_col < len(cells) and _GROUP_CELL.fullmatch(cells[row_col]) is not None)
        if len(filled) >= 3 and marked and len({c for k, c in filled if k != row_col}) == 1:
            # a merged cell a converter wrote out once in every cell it spans ("| I | Kiện toàn tổ chức | Kiện toàn tổ
            # chức | Kiện toàn tổ chức |", as docling and spreadsheets export it), a group's marker in its TT cell (a
            # numbered row or a continuation row is never one): one cell, as printed
            keep = next(k for k, c in filled if k != row_col)
            cells = [c if k in (keep, row_col) else "" for k, c in enumerate(cells)]
            filled = [(k, c) for k, c in enumerate(cells) if c]
        if _TOTAL.match(fold(filled[0][1])) and not (row_col is not None and row_col < len(cells) and cells[row_col]
                                                      and cells[row_col] != filled[0][1]):
            current = None  # the total of a costs column ("Tổng cộng", "Cộng"): no row, nothing goes on it
            continue
        tt = cells[row_col] if row_col is not None and row_col < len(cells) else ""
        first = tt or filled[0][1]
        marker = _GROUP_CELL.match(first) if (tt or row_col is None) else None
        if marker and not tt and not re.match(r"^\S+[.)]|^\S+$", first):
            marker = None  # without a TT column only "A." / "I." / a cell that is the marker alone: not "Y tế …"
        lone = filled[0] if len(filled) == 1 else None
        group = None
        opens = _NUMBER_OPENS.match(cells[header.index("text")]) if numbered_text and header.index("text") < len(cells) \
            else None
        if opens and lone is not None and "." not in opens.group("n"):  # "1. Tư vấn trực tiếp" alone: a group
            last_group, current = groups.open("num", opens.group("n"), opens.group("rest")), None
            continue
        if marker and (len(filled) <= 2 or marker.group("title")) and not _ROW_NUMBER.match(first):
            title = marker.group("title") or next((c for k, c in filled if c != first), "")
            group = (_kind(marker.group("g")), marker.group("g"), title)
        elif tt and re.fullmatch(r"\d{1,2}\.?", tt) and len(filled) == 2 and (
                _caps(filled[1][1]) or BOLD.match(parts[filled[1][0]])
                or _sub_numbered(lines, i, split, row_col, tt.rstrip("."))):
            # "1 | CỦNG CỐ, PHÁT TRIỂN HỢP TÁC XÃ" merged across the row, its tasks "1.1", "1.2" below: a group; so is
            # "| **1** | **Củng cố tổ chức** | | |", a title alone in bold or over rows numbered under its number
            group = ("num", tt.rstrip("."), filled[1][1])
        elif lone is not None and (inline := _GROUP_CELL.match(lone[1])) and inline.group("title") \
                and re.match(r"^\S+[.)]", lone[1]):  # "| | **I. Tuyên truyền** | | |": the marker printed in the title
            group = (_kind(inline.group("g")), inline.group("g"), inline.group("title"))
        elif lone is not None and not _ROW_NUMBER.match(lone[1]) and not _value_only(lone[1]):
            column, text = lone
            if last_group is not None and current is None and text[:1].islower():
                last_group = groups.retitle(nfc(f"{last_group.title} {text}"))
                continue
            titled = (BOLD.match(parts[column]) or _caps(text) or (layout == "pipe" and len(parts) < len(header_cells))
                      or (row_col is not None and column == row_col) or current is None)
            if not titled and text[:1].isupper() and not _SENTENCE_END.search(text):
                above = current.cells.get(header[column] or "", "") if current is not None and column < len(header) else ""
                titled = bool(_SENTENCE_END.search(above))
            if titled:
                group = ("title", "", text.rstrip(":"))
        if group is None and project and tt:
            length = cells[project["duration"]] if project["duration"] < len(cells) else ""
            if _NO_LENGTH.fullmatch(fold(length)):
                current = None  # a milestone of project software ("0 days"): an event reached, no work
                continue
            if project["lead"] >= len(cells) or not cells[project["lead"]]:
                # a summary task (MS Project's bold outline row, no resources of its own): the title of the rows under it
                group = ("title", "", cells[project["text"]]) if project["text"] < len(cells) else None
        if group is not None:
            last_group = groups.open(*group)
            current = None
            continue
        inner = groups.inner
        if targets:
            found += _target_row(targets, cells, raw, layout, i)
            continue
        mapped = {name: value for name, value in zip(header, cells) if name and value}
        lunar = mapped.pop("lunar", None)
        if lunar and "deadline" not in mapped:  # no solar date beside it ("hằng tháng, ngày Rằm và mùng Một"): the
            mapped["deadline"] = lunar          # lunar one is the row's time
        if opens:  # "1.1 Tư vấn …": the row's number, then its work
            mapped["row"], mapped["text"] = opens.group("n"), opens.group("rest")
            tt = tt or opens.group("n")
        item = mapped.pop("item", None)
        if item:  # "Khảo sát vườn, chốt sản lượng" | "Cùng ban quản trị các HTX khảo sát …": the item, then its work
            mapped["text"] = f"{item.rstrip(' :')}: {mapped['text']}" if mapped.get("text") else item
        if "object" in mapped:  # "HTX Gốm Phù Lãng (xã Phù Lãng)" | "Quản lý tài sản …": the work on it
            target = mapped.pop("object")
            mapped["text"] = f"{target}: {mapped['text']}" if mapped.get("text") else target
        labelled = _labelled_row(cells) if current is not None and not tt else None
        if labelled:  # a row of labelled cells under a row of work ("Chủ trì: X | Phối hợp: Y | Thời gian: Z"): its
            for name, value in labelled.items():  # fields, each by its label
                current.cells[name] = nfc(f"{current.cells[name]}; {value}") if current.cells.get(name) else value
            continue
        if current is not None and not tt:
            # a continuation row: each cell goes on the same column of the row above
            for name, value in mapped.items():
                if name != "row":
                    current.cells[name] = nfc(f"{current.cells.get(name, '')} {value}")
            if mapped.get("text", "")[:1].isupper():
                current.review.append(message("imp_row_joined", row=current.row))
            continue
        last_group = None
        if "text" not in mapped and "ref" not in mapped and not any(k.startswith("side:") for k in mapped):
            # (sides' duties: their cells; the numbers of the items a table gives out: ``ref``)
            continue
        current = Row(inner.key, inner.title, mapped.pop("row", str(len(rows) + 1)), mapped, i,
                      group_marker=inner.marker, raw=raw, periods=len(periods),
                      marked=[h for k, h in periods.items() if k < len(cells) and SCHEDULE_MARK.match(cells[k])],
                      roles_marked=_role_marks(header_cells, header, cells))
        rows.append(current)
        if not tt:
            current = None  # a table without numbers: nothing to continue
    return Table(layout, start, i, rows, groups.all, found, "targets" if targets else "tasks",
                 {name: nfc(plain_line(cell)).strip() for name, cell in zip(header, header_cells) if name})


#: a cell of a field's label and its value ("Chủ trì: Ban Kinh tế - Đối ngoại", "Thời gian: trước 15/10/2026")
_LABELLED_CELL = re.compile(r"^\s*(?P<label>[^\W\d][^:]{1,30}?)\s*:\s*(?P<value>.*?)\s*$")


#: a cell that opens with its lead's label, maybe in bold ("**Chủ trì: Phòng X**<br>Phối hợp: Y")
_LEAD_CELL = re.compile(r"^\W{0,3}(?:(?:đơn vị|cơ quan|bộ phận)\s+)?(?:chủ trì|phụ trách|chịu trách nhiệm(?: chính)?)\s*:",
                        re.I)


def _roles_by_cells(header: list[str | None], rows: list[list[str]]) -> None:
    """A column of a tasks table whose head names none of ours ("Dây leo", a note naming only the labels inside its
    cells), its cells each its doers labelled ("Chủ trì: X<br>Phối hợp: Y"): the doers' column ("roles"), read as a
    cell of both roles is. Only where the header names no doers' column; ``rows``, the first rows' cells."""
    if "text" not in header or {"lead", "roles"} & set(header) or not rows:
        return
    for k, name in enumerate(header):
        cells = [nfc(row[k]).strip() for row in rows if k < len(row) and row[k].strip()]
        if name is None and len(cells) >= 2 and all(_LEAD_CELL.match(cell) for cell in cells):
            header[k] = "roles"
            return


def _labelled_row(cells: list[str]) -> dict[str, str] | None:
    """A row whose filled cells each open with a field's label: {field: value} (an empty value, "Phối hợp:", names
    nobody); None when a filled cell is not so labelled, or no cell is."""
    out: dict[str, str] = {}
    for cell in (nfc(plain_line(c)).strip() for c in cells):
        if not cell:
            continue
        found = _LABELLED_CELL.match(cell)
        field = _column(found.group("label")) if found else None
        if field not in ("lead", "cooperating", "roles", "deadline", "output"):
            return None
        if found.group("value").strip(" .;–—-"):
            out[field] = found.group("value")
    return out or None


def _sub_numbered(lines: list[str], at: int, split, row_col: int | None, number: str) -> bool:
    """The table's next row, after ``lines[at - 1]``, is numbered under ``number`` ("1.1" under "1")."""
    after = next((line for line in lines[at:at + 4] if line.strip() and not re.fullmatch(r"[\s|:\-+=]+", line)), "")
    cells = [nfc(plain_line(c)).strip() for c in split(after)] if after else []
    return row_col is not None and row_col < len(cells) and cells[row_col].startswith(number + ".") \
        and len(cells[row_col]) > len(number) + 1


#: a group's title merged across a TAB table, its marker first ("1. Chuẩn bị sản xuất", "II. Kết nối tiêu thụ", "A.
#: Trước phiên chợ")
_SPANNING = re.compile(rf"^(?P<g>{ROMAN}|[A-ZĐ]|\d{{1,2}})[.)]\s*(?P<title>\S.{{1,140}})$")


def _spanning_row(lines: list[str], at: int, is_row, columns: int | None = None) -> bool:
    """``lines[at]`` is a group's row of a TAB table, its one cell merged across (Word's "save as text" leaves no TAB
    in it): a short line with a group's marker and no TAB between rows of the table (not a heading before the header
    of another table: "2. Ban Tổ chức - Kiểm tra" over its own)."""
    if "\t" in lines[at]:
        return False
    text = nfc(plain_line(lines[at])).strip()
    after = next((line for line in lines[at + 1:at + 4] if line.strip()), "")
    # … or a title with no marker over numbered rows, as a table grouped by what its rows are about prints it ("HTX Cói
    # Kim Sơn (xã Kim Sơn) - chiếu cói, thảm cói" over "1<TAB>Điền dã …"; "Chung cho ba hợp tác xã")
    unmarked = len(text) <= 100 and text[:1].isupper() and re.match(r"\s*\d{1,3}[.)]?\t", after) is not None \
        and not text.rstrip().endswith((":", ",")) and not is_caps(text) \
        and columns is not None and len(after.rstrip("\n").split("\t")) == columns  # a row of this table's columns
    if not (_SPANNING.match(text) or unmarked) or _SENTENCE_END.search(text):
        return False
    return is_row(after) and not _is_header(after.split("\t"))  # not a heading over the next table


#: a duration of none ("0 days", "0 ngày", "0d"): a milestone, folded
_NO_LENGTH = re.compile(r"\s*0\s*(?:days?|ngay|d|ngay lam viec)\??\s*")


def _row_after(lines: list[str], start: int) -> int | None:
    """The line of the row after the header row at ``start``, past blank lines and a Markdown table's rule line; None
    at the end of the text."""
    at = start + 1
    while at < len(lines) and (not lines[at].strip() or re.fullmatch(r"[\s|:\-+=]+", lines[at])):
        at += 1
    return at if at < len(lines) else None


def _months_under_years(lines: list[str], start: int, split, header_cells: list[str]) -> dict[int, str]:
    """A schedule table's header of two rows, the years above ("Năm 2026", a merged cell over its months) and the
    months below them by their numbers alone ("8 | 9 | … | 12 | 1 | 2"): each month column, index → "Tháng m/yyyy" (the
    year the nearest year cell at or before it names); {} for any other header."""
    at = _row_after(lines, start)
    if at is None:
        return {}
    below = [nfc(plain_line(c)).strip() for c in split(lines[at])]
    if len(below) != len(header_cells):
        return {}
    out, year = {}, None
    for k, (above, month) in enumerate(zip(header_cells, below)):
        said = re.fullmatch(r"(?:nam\s+)?(20\d\d)", fold(nfc(plain_line(above))).strip())
        year = int(said.group(1)) if said else year if not above.strip() else None
        if year is not None and re.fullmatch(r"(?:0?[1-9]|1[0-2])", month):
            out[k] = f"Tháng {int(month)}/{year}"
    return out if len(out) >= 2 else {}


def _second_header(lines: list[str], start: int, split, header_cells: list[str], header: list) -> int:
    """A header printed on two rows ("TT | Nội dung | Đơn vị thực hiện (merged over two) | Thời hạn" above "| | Chủ trì |
    Phối hợp |"): the lower row's column names win where it names one, in ``header_cells`` and ``header``; the line the
    table's rows start after (the lower row's, else ``start``)."""
    at = _row_after(lines, start)
    if at is None:
        return start
    cells = [nfc(plain_line(c)) for c in split(lines[at])]
    names = [_column(c) or _under_doers(c, k, header_cells, header) or _under_time(c, k, header_cells, header)
             for k, c in enumerate(cells)]
    filled = [n for c, n in zip(cells, names) if c]
    # every cell it fills names a column (a merged cell's text repeated or left empty below it)
    if len(cells) != len(header_cells) or not filled or None in filled or names == header:
        return start
    if any(cell and header[k] == "text" and name != "text" for k, (cell, name) in enumerate(zip(cells, names))):
        return start  # a band row under the work's head naming its doer ("**Ban X chủ trì**" over the rows it leads)
    for k, (cell, name) in enumerate(zip(cells, names)):
        if name is not None and name != header[k]:
            header_cells[k], header[k] = cell, name
    return at


#: the lower row's words under a doers' head merged over two columns ("Bộ phận thực hiện" over "Chính | Phụ"): who
#: leads, who takes part (folded)
_MAIN_AND_HELPER = {"chinh": "lead", "phu": "cooperating"}


def _under_doers(cell: str, k: int, header_cells: list[str], header: list) -> str | None:
    """The column a lower header row's "Chính" or "Phụ" names under the doers' head merged over it, the head in its
    column or in the nearest filled one to its left; None under any other head."""
    role = _MAIN_AND_HELPER.get(fold(cell).strip(" .:"))
    above = next((header[j] for j in range(min(k, len(header) - 1), -1, -1) if header_cells[j].strip()), None)
    return role if role and above in ("lead", "roles") else None


#: the lower row's words under a time's head merged over two columns ("Thời gian" over "Từ | Đến"): when the work
#: starts, when it must be done by (folded)
_FROM_AND_TO = {"tu": "start", "tu ngay": "start", "bat dau": "start", "den": "deadline", "den ngay": "deadline",
                "ket thuc": "deadline", "hoan thanh": "deadline"}


def _under_time(cell: str, k: int, header_cells: list[str], header: list) -> str | None:
    """The column a lower header row's "Từ" or "Đến" names under the time's head merged over it (its start, its
    deadline), the head in its column or in the nearest filled one to its left; None under any other head."""
    role = _FROM_AND_TO.get(fold(cell).strip(" .:"))
    above = next((header[j] for j in range(min(k, len(header) - 1), -1, -1) if header_cells[j].strip()), None)
    return role if role and above == "deadline" else None


def _numbering_row(cells: list[str]) -> bool:
    """The row under a header that numbers its columns ("(1) | (2) | (3) …", "1 | 2 | 3 …", "A | B | 1 | 2"): no task."""
    filled = [c.strip() for c in cells if c.strip()]
    numbers = [re.fullmatch(r"\(?(\d{1,2})\)?", c) for c in filled]
    if len(filled) < 3 or not all(numbers):
        return False
    values = [int(n.group(1)) for n in numbers]
    return values == list(range(values[0], values[0] + len(values))) and values[0] <= 1 and len(values) == len(cells)


#: a table's total row, its words in the first cell that holds any
_TOTAL = re.compile(r"^(?:tong cong|tong so|tong|cong)\s*:?$")


def _broken_row(parts: list[str], lines: list[str], at: int, columns: int) -> tuple[list[str], int] | None:
    """A row copied as TAB-separated text whose cell held two paragraphs goes on on the next line, which starts with
    that cell's second paragraph ("3<TAB>Xây dựng …<TAB>P.QLTM<TAB>Sở Văn hóa, Thể thao và Du lịch" /
    "Sở Xây dựng<TAB>Quý III, IV/2026<TAB>500<TAB>"): the row is short of the header's columns, and its lines together
    fill them exactly. The row's cells with the paragraphs of a cell apart as "<br>" (as a Markdown cell keeps them),
    and the line after it; None when the row is whole or the lines below do not complete it. (A second paragraph of a
    row's last cell is a line without a TAB after a whole row: it cannot be told from a paragraph after the table, and
    is not read as the row's.)"""
    if len(parts) >= columns:
        return None
    if any(part.startswith('"') for part in parts):
        quoted = _quoted_row(lines, at, columns)
        if quoted is not None:
            return quoted
    joined, j = list(parts), at
    while len(joined) < columns and j < len(lines) and "\t" in lines[j]:
        more = lines[j].split("\t")
        first = nfc(plain_line(more[0])).strip()
        if not first or _ROW_NUMBER.match(first) or _GROUP_CELL.fullmatch(first) and len(first) <= 4 \
                or _TOTAL.match(fold(first)):
            return None  # the next row, a group row, a continuation row (its TT cell empty) or the total row
        if len(joined) + len(more) - 1 > columns:
            return None
        joined = joined[:-1] + [f"{joined[-1]}<br>{more[0]}"] + more[1:]
        j += 1
    return (joined, j) if len(joined) == columns and j > at else None


def _quoted_row(lines: list[str], at: int, columns: int, delimiter: str = "\t") -> tuple[list[str], int] | None:
    """A row pasted from a spreadsheet as TAB-separated text whose cells hold line breaks: such a cell is quoted, its
    own quotes doubled, its lines running on below ("1<TAB>"Rà soát …:" / "- đối chiếu …;" / "- đề nghị …"<TAB>Chi cục
    …"), as Excel and LibreOffice copy a row. Its cells, a cell's lines apart as "<br>", and the line after it; None
    where the quote is not closed within a cell's worth of lines or the lines make other than one row of the header's
    width."""
    for end in range(at, min(len(lines), at + _QUOTED_LINES) + 1):
        try:
            rows = list(csv.reader(io.StringIO("\n".join(lines[at - 1:end])), delimiter=delimiter, strict=True))
        except csv.Error:
            continue  # the quote is still open: the cell goes on on the next line
        if len(rows) != 1 or len(rows[0]) != columns:
            return None
        return [cell.replace("\n", "<br>") for cell in rows[0]], end
    return None


#: the most lines one quoted cell of a pasted row runs over
_QUOTED_LINES = 40


def _caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


def _value_only(text: str) -> bool:
    return bool(re.fullmatch(r"[\d.,%\s≥≤<>=\-–+x]+", text))


def _target_row(roles: dict, cells: list[str], raw: str, layout: str, line: int) -> list[TableTarget]:
    """The targets of one row of a targets table: one per value column that holds a number."""
    def cell(index):
        return cells[index] if index is not None and index < len(cells) else ""
    name, unit = cell(roles["name"]), cell(roles["unit"])
    if not name:
        return []
    out = []
    for index, header in roles["values"]:
        value = cell(index)
        if not re.search(r"\d", value):
            continue
        span = cells[roles["name"]:index + 1]
        text = (" | " if layout == "pipe" else " ").join(span)  # empty cells too: "| a | | 5 |" is "a||5"
        out.append(TableTarget(nfc(text), name, unit, value, header, line))
    return out


def _pipe_then_lines(lines: list[str], start: int, split_cell=None, split_text=None) -> Table | None:
    """A header printed as a Markdown row whose cells then come one per line (a converter that kept
    the header row only): read as a flattened table with the header's columns, in its order."""
    body = start + 1
    while body < len(lines) and (not lines[body].strip() or re.fullmatch(r"[\s|:\-]+", lines[body])):
        body += 1
    if body >= len(lines) or lines[body].lstrip().startswith("|"):
        return None
    header = _columns(_pipe_cells(lines[start]))
    order = [name or f"_{k}" for k, name in enumerate(header) if name != "row"]
    table = _flattened(lines, start, split_cell, split_text, order, body)
    table.layout = "pipe-flattened"
    return table


def _flattened(lines: list[str], start: int, split_cell=None, split_text=None, order: list[str] | None = None,
               body: int | None = None, per_line: bool = False) -> Table:
    """A PDF table with one fragment per line (see the module docstring). ``order`` and ``body``:
    the columns and the first line after a header printed as one Markdown row. ``per_line``: a table saved or
    copied as text, one cell per line (an empty cell an empty line, or missing): a row starts at its number alone
    on its line, and ends at the next one, at a group line once it has its cells, or at the first line after its
    cells when no next row follows."""
    if order is None:
        header_words = fold(" ".join(nfc(plain_line(l)) for l in lines[start:start + 16]))
        order = [name for name, pattern in COLUMNS
                 if name not in ("row", "note", "state") and re.search(pattern, header_words)]
    # the header block: from "STT" to the line before the first group or row number
    def header_end(at: int) -> int:
        j = at + 1
        while j < len(lines) and j < at + 20:
            text = nfc(plain_line(lines[j]))
            if text and (_GROUP.match(text) or re.fullmatch(r"\d{1,3}", text) or re.match(r"^\d{1,3}\s+\S", text)):
                break
            j += 1
        return j
    first_header = [fold(nfc(plain_line(l))) for l in lines[start:body or header_end(start)]
                    if l.strip() and not re.fullmatch(r"[\s|:\-]+", l)]

    def repeated_header(at: int) -> int | None:
        """End of a copy of the header starting at ``at`` (blank lines allowed between its lines)."""
        k, j = 0, at
        while j < len(lines) and k < len(first_header):
            text = fold(nfc(plain_line(lines[j])))
            if not text:
                j += 1
                continue
            if text != first_header[k]:
                return None
            k += 1
            j += 1
        return j if k == len(first_header) else None
    rows: list[Row] = []
    groups = _Groups()
    expected = 1
    current: dict | None = None
    i = body or header_end(start)
    end = len(lines)

    def close():
        if current is not None:
            rows.append(_assign(current, order, split_cell, split_text, per_line))

    def filled() -> int:
        return sum(1 for c in current["chunks"] if c)

    while i < end:
        text = nfc(plain_line(lines[i]))
        folded = fold(text)
        if "|" in lines[i] and re.fullmatch(r"[\s|:\-]+", lines[i]):
            i += 1  # the separator row under a repeated Markdown header
            continue
        if re.match(r"^(?:noi nhan|tren day la)\b", folded) or (body and lines[i].lstrip().startswith("#")):
            break  # the table ended: the closing lines, or (after a Markdown header row) a Markdown heading
        if (first_header and folded == first_header[0]) or (folded.startswith("stt") and "nhiem vu" in folded):  # header repeated
            skip = repeated_header(i)
            if skip is not None:
                i = skip
                if current is not None:
                    current["chunks"].append([])  # a page break also ends a cell
                continue
        if not per_line and re.fullmatch(r"\d{1,3}(?:\s+\d{1,3})?", text) and text != str(expected):
            i += 1   # a page number (sometimes two numbers on one line)
            continue
        group_match = _GROUP.match(text)
        if group_match and (current is None or (filled() >= len(order) - 1 if per_line else not current["chunks"][-1])):
            close()
            current = None
            mark = group_match.group("g") or group_match.group("l")
            parts = [group_match.group("title") or group_match.group("ltitle") or ""]
            j = i + 1
            while j < end and lines[j].strip() and not re.fullmatch(r"\d{1,3}\.?", nfc(plain_line(lines[j]))) \
                    and not _GROUP.match(nfc(plain_line(lines[j]))):  # the next group: "A" then "I. Tuyên truyền"
                parts.append(nfc(plain_line(lines[j])))
                j += 1
            groups.open(_kind(mark), mark, nfc(" ".join(p for p in parts if p)))
            i = j
            continue
        number = re.match(rf"^{expected}\.?(?:\s+(?P<rest>.+))?$", text)
        if per_line and number and number.group("rest"):
            number = None   # one cell per line: "3 lớp tập huấn" is a cell, not row 3
        if number and not number.group("rest"):
            ahead = i + 1
            while ahead < end and not lines[ahead].strip():
                ahead += 1
            if ahead < end and repeated_header(ahead) is not None:
                i += 1   # a page number that happens to equal the next row number
                continue
        if number:
            close()
            inner = groups.inner
            current = {"group": inner.key, "marker": inner.marker, "title": inner.title, "row": str(expected),
                       "line": i + 1, "chunks": [[]]}
            if number.group("rest"):
                current["chunks"][-1].append(number.group("rest"))
            expected += 1
            i += 1
            continue
        if current is None:
            if text and not groups.all:
                break   # not part of the table
            i += 1
            continue
        if per_line:
            if text and filled() >= len(order) and not _next_row_near(lines, i, expected, len(order)):
                break   # the row has its cells and no row follows: the table ended
            current["chunks"].append([text] if text else [])
        elif text and not current["chunks"][-1] and len([c for c in current["chunks"] if c]) >= len(order) \
                and _SENTENCE_END.search(text) and len(text.split()) >= 6 \
                and not _next_row_near(lines, i, expected, len(order), True, first_header[0] if first_header else ""):
            break   # a sentence after a row with its cells (a PDF's cell fragments are short), no row follows: the end
        elif not text:
            if current["chunks"][-1]:
                current["chunks"].append([])
                current["blanks"] = 1
            else:
                current["blanks"] = current.get("blanks", 0) + 1
                if current["blanks"] >= 3 and current["blanks"] % 2 and any(current["chunks"]):
                    current.setdefault("empty", []).append(len(current["chunks"]) - 1)
        else:
            current["chunks"][-1].append(text)
        i += 1
    close()
    return Table("flattened", start, i if i < end else end, rows, groups.all)


def _next_row_near(lines: list[str], at: int, expected: int, columns: int, blocks: bool = False,
                   header: str = "") -> bool:
    """Whether row ``expected``'s number comes alone on a line within a row's length of non-empty lines after
    ``at`` (of blocks apart by blank lines with ``blocks``), or a group line or the header (folded) repeated does."""
    seen, gap = 0, False
    for line in lines[at + 1:]:
        text = nfc(plain_line(line))
        if not text:
            gap = True
            continue
        if re.fullmatch(rf"{expected}\.?", text) or _GROUP.match(text) or (header and fold(text) == header):
            return True
        if gap or not blocks:
            seen += 1
        gap = False
        if seen >= columns:
            return False
    return False


def _line_cells(chunks: list[list[str]], columns: int) -> list[str] | None:
    """A row of a table one cell per line: its lines as cells when they are as many as its columns, an empty line
    an empty cell (the empty lines around the row left out), or its non-empty lines when those are."""
    cells = [c[0] if c else "" for c in chunks]
    while cells and not cells[0]:
        cells.pop(0)
    while len(cells) > columns and not cells[-1]:
        cells.pop()   # blank lines after the row (its empty last cell kept)
    if len(cells) == columns:
        return cells
    cells = [c for c in cells if c]
    return cells if len(cells) == columns else None


def _fill_missing(chunks: list[str], order: list[str]) -> list[str] | None:
    """A row one cell short whose deadline is recognised: the empty cell is the one of the bodies cooperating
    (the column most often left empty) when the deadline came a place early, else the last column."""
    if len(chunks) != len(order) - 1 or "deadline" not in order:
        return None
    d = order.index("deadline")

    def deadline(k: int) -> bool:
        return 0 < k < len(chunks) and len(chunks[k]) < 40 and bool(_DEADLINE_CELL.search(fold(chunks[k])))
    if deadline(d - 1) and not deadline(d):
        empty = order.index("cooperating") if "cooperating" in order[1:d] else d - 1
    elif deadline(d) and d == len(order) - 2:
        empty = len(order) - 1
    else:
        return None
    return chunks[:empty] + [""] + chunks[empty:]


def _deadline_anchor(rest: list[str], order: list[str]) -> int | None:
    """In a row's cells after its text, the one that is a deadline alone ("Hằng năm", "Quý II/2026"), when the
    deadline column is not the last and that cell is followed by no more cells than columns follow it."""
    if "deadline" not in order[:-1]:
        return None
    after = len(order) - 1 - order.index("deadline")
    for k in range(len(rest) - 1, max(len(rest) - 2 - after, -1), -1):
        if len(rest[k]) < 40 and (match := _DEADLINE_CELL.search(fold(rest[k]))) \
                and (match.start() == 0 or re.match(r"(?:truoc|thang|quy|nam|tu|den)\b", fold(rest[k]))):
            return k
    return None


_DEADLINE_CELL = re.compile(r"(?:hang nam|thuong xuyen|nhiem vu thuong xuyen|nam 20\d\d(?:\s*-\s*20\d\d)?|"
                            r"20\d\d\s*-\s*20\d\d|20\d\d|quy [ivx]+.*|tu 20\d\d)$")


def _assign(current: dict, order: list[str], split_cell=None, split_text=None, per_line: bool = False) -> Row:
    if per_line and (cells := _line_cells(current["chunks"], len(order))) is not None:
        return Row(current["group"], current["title"], current["row"], dict(zip(order, cells)), current["line"],
                   group_marker=current["marker"])
    blocks = [c for c in current["chunks"] if c]
    if current.get("empty") and len(blocks) + len(current["empty"]) == len(order):
        # cells apart by a blank line (a table saved as text with a blank line between paragraphs): an empty cell
        # is an empty line between two blank ones, three blank lines between the cells around it (five for two)
        for empty in reversed(current["empty"]):
            at = sum(1 for c in current["chunks"][:empty] if c)
            blocks[at:at] = [[""]]
    if len(blocks) == 1 and len(blocks[0]) == len(order) > 1:
        blocks = [[line] for line in blocks[0]]  # no blank line inside the row: one cell per line
    chunks = [nfc(" ".join(c)) for c in blocks]
    cells: dict[str, str] = {}
    notes: list[str] = []
    if len(chunks) < len(order) and split_cell is not None:
        for index in range(len(chunks) - 1, 0, -1):
            parts = split_cell(chunks[index])
            if parts and len(chunks) - 1 + len(parts) <= len(order):
                chunks[index:index + 1] = parts
                notes.append(message("imp_row_two_agencies"))
    while len(chunks) < len(order) - 1 and chunks and split_text is not None:
        at = split_text(chunks[0])  # agencies printed on the task's line: "… tập thể Báo Gia Lai Các sở, …"
        if not at:
            break
        chunks[0:1] = [chunks[0][:at].strip(), chunks[0][at:].strip()]
        notes.append(message("imp_row_agency_on_task_line"))
    exact = len(chunks) == len(order)
    if not exact and chunks and "deadline" in order:
        # the last two columns often share a line: "Hội nghị Hằng năm"
        last = fold(chunks[-1])
        match = _DEADLINE_CELL.search(last)
        if match and match.start() > 0 and len(chunks) == len(order) - 1:
            head, tail = chunks[-1][: match.start()].strip(), chunks[-1][match.start():].strip()
            chunks = chunks[:-1] + [head, tail]
            exact = len(chunks) == len(order)
            notes.append(message("imp_row_split_deadline"))
    if not exact and per_line and (filled := _fill_missing(chunks, order)) is not None:
        # (a cell per line, so a cell short is an empty cell left out, never two cells on one line as in a PDF)
        cells = dict(zip(order, filled))
        notes.append(message("imp_row_guessed", fragments=len(chunks), columns=len(order)))
    elif exact:
        cells = dict(zip(order, chunks))
    else:
        notes.append(message("imp_row_guessed", fragments=len(chunks), columns=len(order)))
        if chunks:
            cells["text"] = chunks[0]
        rest = chunks[1:]
        anchor = _deadline_anchor(rest, order)
        if anchor is not None:
            # a column after the deadline: the cells after the deadline's are its, the ones before it the bodies'
            cells["deadline"] = rest[anchor]
            after, rest = rest[anchor + 1:], rest[:anchor]
            cells.update(zip(order[order.index("deadline") + 1:], after))
        if rest and "deadline" in order and "deadline" not in cells and _DEADLINE_CELL.search(fold(rest[-1])):
            cells["deadline"] = rest.pop()
        for name in [n for n in order if n not in ("text", "deadline") and n not in cells]:
            if rest:
                cells[name] = rest.pop(0)
        if rest:
            cells["text"] = nfc(" ".join([cells.get("text", "")] + rest))
    return Row(current["group"], current["title"], current["row"], cells, current["line"], exact, notes,
               group_marker=current["marker"])


# --- space-aligned columns (``pdftotext -layout``) ---

#: a header's first column: "TT", "STT", "Số TT"
_LAYOUT_TT = re.compile(r"^(?:s|so )?tt\.?$")
_GAP = re.compile(r"\S(?:\s?\S)*")   # a run of text: words with single spaces between them


def _nfc(line: str) -> str:
    """NFC with the spaces kept: they are the columns."""
    return unicodedata.normalize("NFC", line)


def _spans(line: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each run of text separated by two or more spaces."""
    return [(m.start(), m.end(), m.group()) for m in _GAP.finditer(line)]


def _layout_header(lines: list[str], at: int) -> tuple[int, int, int] | None:
    """(first, end, TT column's end) of a task or targets table's header printed in space-aligned columns whose first
    column "TT"/"STT" is on line ``at``: its cells may wrap onto the lines above and below (a header cell centred
    vertically), or None."""
    spans = _spans(lines[at].replace("\f", ""))
    if len(spans) < 3 or not _LAYOUT_TT.match(fold(spans[0][2])):
        return None
    tt_end = spans[0][1]

    def header_line(j: int) -> bool:  # a wrapped header line: short cells right of the TT column, no row marker
        if not 0 <= j < len(lines) or not lines[j].strip() or "\t" in lines[j] or "|" in lines[j]:
            return False
        runs = _spans(lines[j].replace("\f", ""))
        return runs[0][0] > tt_end and all(len(r[2]) <= 30 and not _SENTENCE_END.search(r[2]) for r in runs)
    first, end = at, at + 1
    while at - first < 2 and header_line(first - 1):
        first -= 1
    while end - at < 3 and header_line(end):
        end += 1
    words = fold(" ".join(nfc(l) for l in lines[first:end]))
    named = {name for name, pattern in COLUMNS if re.search(pattern, words)}
    if "text" in named and ("lead" in named or "deadline" in named) or _targets_header([r[2] for r in spans]):
        return first, end, tt_end  # a task table, or a targets table ("Chỉ tiêu  Đơn vị tính  Kế hoạch năm 2026")
    return None


def _layout(lines: list[str], first: int, header_end: int, tt_end: int) -> Table:
    """A table printed in space-aligned columns (``pdftotext -layout``): columns separated by runs of spaces, each
    cell wrapping onto the following lines within its column, the header repeated after a page break (a form feed
    and the page number before it). The column gutters are worked out over the whole table block — the positions
    where no line of the header or of the rows has a character — so a cell with a single space or a short value in
    it is never cut; a gutter must have header words on both sides (a gap inside a column of short values is none);
    where two header cells share one column (cells printed too close to leave a gutter) the column is cut where the
    header's cells part, and a row whose text runs across that cut is flagged for review. A row is its number's lines
    ("1", "1.", "2.1"): down to the next number, or, where each row stands apart between blank lines, its whole block
    (the number centred vertically); a row cut by a page break goes on after the repeated header."""
    head = [_nfc(l.replace("\f", "").rstrip()) for l in lines[first:header_end]]
    head_keys = {" ".join(h.split()) for h in head if h.strip()}  # as printed: "trì" is no "trị"
    body: list[tuple[int, str]] = []   # (line index, text): rows, blank lines; page breaks and repeated headers out
    i = header_end
    while i < len(lines):
        raw = lines[i]
        text = _nfc(raw.replace("\f", "").rstrip())
        stripped = text.strip()
        if "\t" in raw or stripped.startswith("|"):
            break
        if not stripped:
            body.append((i, ""))
        elif " ".join(stripped.split()) in head_keys:
            body.append((i, None))  # the header repeated after a page break
        elif re.fullmatch(r"\d{1,3}", stripped) and (len(text) - len(text.lstrip()) > tt_end + 4 or "\f" in raw):
            body.append((i, None))  # a page number
        elif re.match(r"^(?:noi nhan|tren day la)\b", fold(stripped)):
            break
        elif len(text) - len(text.lstrip()) <= tt_end and not (_ROW_NUMBER.match(stripped.split()[0])
                                                                or _GROUP_CELL.match(stripped.split()[0])):
            break    # prose, a heading or another table starts in the TT column: the table ended
        else:
            body.append((i, text))
        i += 1
    while body and not body[-1][1]:
        body.pop()
    end = body[-1][0] + 1 if body else header_end
    marks = body  # with the page breaks (None), which part blocks
    body = [(index, text) for index, text in body if text is not None]

    def group_of(text: str) -> re.Match | None:
        stripped = text.strip()
        if len(text) - len(text.lstrip()) > tt_end or _ROW_NUMBER.match(stripped.split()[0]):
            return None
        marker = _GROUP_CELL.match(stripped)
        return marker if marker and marker.group("title") else None

    # the gutters: where no header line and no row line (group titles left out: they run across) has a character
    width = max([len(h) for h in head] + [len(t) for _, t in body])
    used = [False] * (width + 1)
    for text in head + [t for _, t in body if t and not group_of(t)]:
        for start, stop, _ in _spans(text):
            used[start:stop] = [True] * (stop - start)
    runs: list[list[int]] = []
    for x in range(width):
        if used[x] and runs and runs[-1][1] == x:
            runs[-1][1] = x + 1
        elif used[x]:
            runs.append([x, x + 1])

    def header_of(start: int, stop: int) -> str:
        return " ".join(h[start:stop].strip() for h in head if h[start:stop].strip())
    columns: list[list[int]] = []
    for run in runs:  # a run without header words is part of the column on its left (a gap inside a column)
        if columns and not header_of(*run):
            columns[-1][1] = run[1]
        else:
            columns.append(run)
    cuts: list[int] = []  # two header cells in one column: cut where they part (a guess, said for review)
    for col in columns:
        for h in head:
            inside = [start for start, _, _ in _spans(h) if col[0] <= start < col[1]]
            cuts += inside[1:]
    starts = sorted({c[0] for c in columns} | set(cuts))
    bounds = [(x, starts[k + 1] if k + 1 < len(starts) else width + 1) for k, x in enumerate(starts)]
    bounds[0] = (0, bounds[0][1])
    header_cells = [header_of(a, b) for a, b in bounds]
    names = _columns(header_cells)
    names[0] = "row"
    targets = _targets_header(header_cells)

    def cells_of(text: str) -> list[str]:
        return [text[a:b].strip() for a, b in bounds]

    def crosses(text: str) -> bool:
        return any(0 < x < len(text) and text[x].strip() and text[x - 1].strip() for x in cuts)

    def number_of(text: str) -> str | None:
        tt = cells_of(text)[0]
        return tt if tt and _ROW_NUMBER.match(tt) and not group_of(text) else None

    blocks: list[list[tuple[int, str]]] = [[]]  # lines set apart by blank lines or a page break
    after_break: set[int] = set()                # blocks that open a page
    for index, text in marks:
        if text:
            blocks[-1].append((index, text))
            continue
        if blocks[-1]:
            blocks.append([])
        if text is None:
            after_break.add(len(blocks) - 1)
    numbered = [(number, sum(1 for _, t in b if number_of(t))) for number, b in enumerate(blocks)]
    numbered = [(number, n) for number, n in numbered if n]
    # one row per block (its number may be centred in it): every numbered block holds one number, and blocks part
    # rows, not only pages ("1 …" on one page and "2 …" after a page break may be rows set one under the other)
    centred_somewhere = any(number_of(t) for number, b in enumerate(blocks) if number not in after_break for _, t in b[1:])
    apart = bool(numbered) and all(n == 1 for _, n in numbered) and (
        len(numbered) == 1 or sum(1 for number, _ in numbered if number not in after_break) >= 2
        or (bool(marks) and marks[0][1] == "") or centred_somewhere)  # a blank line under the header: rows apart
    doubtful = {number for number, n in numbered if n == 1 and number in after_break}  # a page's first row: its
    # lines above its number may end the row cut by the page break instead (said for review)
    groups = _Groups()
    rows: list[Row] = []
    found: list[TableTarget] = []
    current: dict | None = None
    titling = False

    def close() -> None:
        nonlocal current
        if current is not None:
            cells = {names[k]: nfc(" ".join(v)) for k, v in current["cells"].items() if names[k] not in (None, "row")}
            if targets:
                values = [nfc(" ".join(current["cells"].get(k, []))) for k in range(len(bounds))]
                for target in _target_row(targets, values, "", "layout", current["line"]):
                    # its text as printed: the row's lines from the indicator to the value's column, line by line
                    index = next(k for k, header in targets["values"] if header == target.column)
                    target.text = nfc(" ".join(line[bounds[targets["name"]][0]:bounds[index][1]]
                                               for line in current["lines"]))
                    found.append(target)
            elif "text" in cells:
                group = current["group"]
                review = [message("imp_row_layout_guessed", row=current["row"])] if current["guessed"] else []
                if current.get("page"):
                    review.append(message("imp_row_layout_page", row=current["row"]))
                rows.append(Row(group.key, group.title, current["row"].rstrip(".)"), cells, current["line"],
                                not current["guessed"], group_marker=group.marker, review=review))
        current = None

    def start_row(index: int, text: str) -> None:
        nonlocal current
        close()
        current = {"row": number_of(text), "line": index + 1, "cells": {}, "guessed": False, "group": groups.inner,
                   "lines": []}

    for block_number, block in enumerate(blocks):
        numbered = [k for k, (_, t) in enumerate(block) if number_of(t)]
        for k, (index, text) in enumerate(block):
            marker = group_of(text)
            if marker:
                close()
                groups.open(_kind(marker.group("g")), marker.group("g"), nfc(" ".join(marker.group("title").split())))
                titling = True
                continue
            if apart and numbered and k == 0:
                start_row(*block[numbered[0]])  # the lines above a number centred in its row are the row's
                if numbered[0] > 0 and block_number in doubtful:
                    current["page"] = True
            elif k in numbered and not apart:
                start_row(index, text)
            elif current is None:
                if titling:
                    groups.retitle(nfc(f"{groups.inner.title} {text.strip()}"))  # the group's title goes on
                continue
            titling = False
            current["lines"].append(text)
            for column, value in enumerate(cells_of(text)):
                if value and column:
                    current["cells"].setdefault(column, []).append(value)
            current["guessed"] = current["guessed"] or crosses(text)
    close()
    return Table("layout", first, end, rows, groups.all, found, "targets" if targets else "tasks")
