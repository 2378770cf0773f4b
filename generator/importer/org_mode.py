"""A plan kept in Emacs Org mode, read as the plain layout the other readers know, line for line.

Org mode writes a document's parts as headings of stars ("* I. MỤC ĐÍCH", "** TODO Rà soát …"), a task's state as a
keyword after them ("TODO", "DONE"), its days on a planning line ("DEADLINE: <2026-10-31 T7>", "SCHEDULED: <…>": the
day it is due, and the day work on it starts), its fields in a property drawer (":PROPERTIES:" / ":CHU_TRI: Phòng
Kinh tế" / ":END:"), the document's settings after "#+" ("#+TITLE: …", "#+STARTUP: …"), a comment after "# ". Read so: a part's heading
as its title, a task as a list item ("- Rà soát …", one marked done as a ticked to-do), its due day as "Thời hạn:", a
drawer's fields as labelled lines (a key typed without marks read as ``own_labels`` reads a notes app's), a start day
and the drawer's own lines blank, a comment as its words (a note on reading the plan may be one). Every line keeps its place; what is quoted (a task's text, a field's value) stays as
printed.
"""

from __future__ import annotations

import re

from .own_labels import field_key

#: a heading of stars, maybe its state ("** TODO Rà soát …", "* I. MỤC ĐÍCH", "*** DONE …")
_HEADING = re.compile(r"^(?P<stars>\*+)\s+(?:(?P<state>TODO|DONE|NEXT|WAITING|HOLD|CANCELLED|CANCELED)\s+)?(?P<title>\S.*)$")
#: a planning line's days ("DEADLINE: <2026-10-31 T7>", "SCHEDULED: <2026-11-02 T2> DEADLINE: <2026-11-20 T6>")
_PLANNING = re.compile(r"^\s*(?:(?:SCHEDULED|DEADLINE|CLOSED):\s*[<\[][^>\]]*[>\]]\s*)+$")
_DEADLINE = re.compile(r"DEADLINE:\s*[<\[](?P<day>\d{4}-\d{2}-\d{2})[^>\]]*[>\]]")
#: a property drawer's own lines, and a field in it (":CHU_TRI:  Phòng Kinh tế")
_DRAWER = re.compile(r"^\s*:(?:PROPERTIES|END|LOGBOOK):\s*$", re.I)
_PROPERTY = re.compile(r"^(?P<lead>\s*):(?P<key>[A-Za-z][A-Za-z_\- ]{0,30}?):[ \t]*(?P<value>.*)$")
#: the document's settings ("#+TITLE: …", "#+STARTUP: showall")
_SETTING = re.compile(r"^#\+(?P<key>[A-Za-z_]+):\s*(?P<value>.*)$")
#: a comment line ("# Ghi chú cách đọc: …"), never a heading in Org mode
_COMMENT = re.compile(r"^#\s+")
#: a part's heading that is a numbered part of the document ("I. MỤC ĐÍCH", "II. NHIỆM VỤ"), not a task
_PART = re.compile(r"^(?:[IVX]{1,5}|\d{1,2})[.)/]\s")


def is_org(lines: list[str]) -> bool:
    """The text is an Org mode document: headings of stars and a drawer, a planning line or a setting of its own."""
    return any(_HEADING.match(line) for line in lines) and any(
        _DRAWER.match(line) or _PLANNING.match(line) or _SETTING.match(line) for line in lines)


def as_plain(lines: list[str]) -> list[str]:
    """``lines`` of an Org mode document read as the plain layout (see the module), line for line; any other text as
    it is."""
    if not is_org(lines):
        return lines
    out = []
    for line in lines:
        heading = _HEADING.match(line)
        setting = _SETTING.match(line)
        planning = _PLANNING.match(line)
        prop = _PROPERTY.match(line)
        if heading and (heading["state"] or not _PART.match(heading["title"])) and len(heading["stars"]) > 1:
            mark = "- [x] " if heading["state"] in ("DONE", "CANCELLED", "CANCELED") else "- "
            out.append(" " * (len(heading["stars"]) - 2) + mark + heading["title"])  # a task, a list item
        elif heading:
            out.append(heading["title"])  # a part's heading, as its title
        elif setting:
            out.append(setting["value"] if setting["key"].upper() == "TITLE" else "")
        elif planning:
            due = _DEADLINE.search(line)
            out.append(f"{line[:len(line) - len(line.lstrip())]}Thời hạn: {due['day']}" if due else "")
        elif _DRAWER.match(line):
            out.append("")
        elif prop:
            label = field_key(prop["key"])
            out.append(f"{prop['lead']}{label}: {prop['value'].strip()}" if label and prop["value"].strip() else "")
        elif _COMMENT.match(line):
            out.append(_COMMENT.sub("", line))  # a comment, which a note on reading the plan may be: its words
        else:
            out.append(line)
    return out
