"""Read YAML source files into plain data, remembering where every value was.

Each file becomes a ``Loaded``: plain dicts/lists/strings (all text NFC) plus a
map from a value's path (``("tasks", 3, "lead")``) to its 1-based line and
column.  Whatever makes a file unusable — too big, not UTF-8, YAML syntax,
duplicate keys, aliases — becomes a ``Problem`` instead of an exception.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.error import MarkedYAMLError, YAMLError
from yaml.nodes import MappingNode, ScalarNode, SequenceNode
from yaml.reader import ReaderError

from ..labels import message
from ..problems import Problems

#: Files larger than this are refused before parsing (a plan is ~100 KB).
MAX_FILE_BYTES = 2 * 1024 * 1024
#: Deeper nesting than this is refused (the schema needs 4 levels).
MAX_DEPTH = 12

Path_ = tuple[Any, ...]


@dataclass
class Loaded:
    file: str
    data: Any
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: Path_) -> tuple[int, int]:
        """Position of ``path`` or of its closest ancestor that has one."""
        path = tuple(path)
        while path:
            if path in self.positions:
                return self.positions[path]
            path = path[:-1]
        return self.positions.get((), (1, 1))


#: Composing nodes (not constructing objects) keeps every mark and lets this
#: module decide types; PyYAML's C parser (libyaml) is used when present.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: Characters YAML 1.1 counts as line breaks but editors do not: inside a
#: comment they would end it and the rest would be read as data, and every
#: position after them would be a line off.  Refused where they stand.
_ODD_BREAKS = {"\x85": "U+0085", "\u2028": "U+2028", "\u2029": "U+2029"}
#: Longest integer read (Python refuses to convert more than 4,300 digits).
MAX_INT_DIGITS = 30


def _position(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of ``text[index]``, counting lines as editors do (\\n, \\r\\n, \\r)."""
    before = text[:index].replace("\r\n", "\n").replace("\r", "\n")
    return before.count("\n") + 1, index - max(text.rfind("\n", 0, index), text.rfind("\r", 0, index))


class _NodeError(Exception):
    def __init__(self, position: tuple[int, int], message: str):
        self.position, self.message = position, message


_BOOL = {"true": True, "false": False, "True": True, "False": False, "TRUE": True, "FALSE": False}


def _scalar(node: ScalarNode) -> Any:
    tag, value = node.tag, node.value
    if tag == "tag:yaml.org,2002:str" or tag == "tag:yaml.org,2002:timestamp":
        # dates stay text: the models judge them (30/02 is a field error)
        return unicodedata.normalize("NFC", value)
    if tag == "tag:yaml.org,2002:null":
        return None
    if tag == "tag:yaml.org,2002:bool":
        return _BOOL.get(value, value)
    if tag == "tag:yaml.org,2002:int":
        text = value.replace("_", "")
        if len(text.lstrip("+-")) > MAX_INT_DIGITS:
            raise _NodeError(_mark(node), message("too_many_digits", digits=MAX_INT_DIGITS))
        for base in (10, 0):
            try:
                return int(text, base)
            except ValueError:
                pass
        return value  # YAML 1.1 forms such as 1:30 (base 60) stay text: the models judge them
    if tag == "tag:yaml.org,2002:float":
        low = value.lower().replace("_", "")
        if low in (".inf", "+.inf", "-.inf", ".nan"):
            return value  # not a usable number: the models reject it as text
        try:
            return float(low)
        except ValueError:
            return value
    raise _NodeError(_mark(node), message("unsupported_tag", tag=tag))


def _mark(node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _convert(node: Any, path: Path_, positions: dict, seen: set[int], depth: int) -> Any:
    if depth > MAX_DEPTH:
        raise _NodeError(_mark(node), message("too_deep", levels=MAX_DEPTH))
    if isinstance(node, (MappingNode, SequenceNode)):
        if id(node) in seen:
            raise _NodeError(_mark(node), message("no_aliases"))
        seen.add(id(node))
    if isinstance(node, MappingNode):
        if node.tag != "tag:yaml.org,2002:map":
            raise _NodeError(_mark(node), message("unsupported_tag", tag=node.tag))
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise _NodeError(_mark(key_node), message("no_merge_keys"))
            if not isinstance(key_node, ScalarNode) or key_node.tag != "tag:yaml.org,2002:str":
                raise _NodeError(_mark(key_node), message("key_not_text", key=getattr(key_node, "value", "?")))
            key = unicodedata.normalize("NFC", key_node.value)
            if key in out:
                raise _NodeError(_mark(key_node), message("duplicate_key", key=key))
            child = path + (key,)
            positions[child] = _mark(value_node)
            out[key] = _convert(value_node, child, positions, seen, depth + 1)
        return out
    if isinstance(node, SequenceNode):
        if node.tag != "tag:yaml.org,2002:seq":
            raise _NodeError(_mark(node), message("unsupported_tag", tag=node.tag))
        items = []
        for index, item in enumerate(node.value):
            child = path + (index,)
            positions[child] = _mark(item)
            items.append(_convert(item, child, positions, seen, depth + 1))
        return items
    return _scalar(node)


def load_yaml(path: Path, label: str, problems: Problems) -> Loaded | None:
    """Parse one file; on failure record problems and return None."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        problems.error(label, 1, 1, "", message("cannot_read", reason=exc.strerror))
        return None
    if size > MAX_FILE_BYTES:
        problems.error(label, 1, 1, "", message("file_too_big", size=size, limit=MAX_FILE_BYTES))
        return None
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        problems.error(label, line, col, "", message("not_utf8"))
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        problems.error(label, 1, 1, "", message("nul_bytes"))
        return None
    for char, name in _ODD_BREAKS.items():
        index = text.find(char)
        if index >= 0:
            problems.error(label, *_position(text, index), "", message("odd_line_break", name=name))
            return None
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except ReaderError as exc:
        problems.error(label, *_position(text, exc.position), "",
                       message("bad_yaml_char", code=exc.character) if isinstance(exc.character, int)
                       else message("bad_yaml_chars"))
        return None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = (exc.problem or exc.context or "syntax error").strip()
        problems.error(label, line, col, "", message("yaml_syntax", what=what))
        return None
    except (YAMLError, RecursionError, ValueError) as exc:
        problems.error(label, 1, 1, "", message("yaml_error", what=str(exc).splitlines()[0] if str(exc) else type(exc).__name__))
        return None
    positions: dict[Path_, tuple[int, int]] = {(): (1, 1)}
    if node is None:
        problems.error(label, 1, 1, "", message("empty_file"))
        return None
    try:
        data = _convert(node, (), positions, set(), 0)
    except _NodeError as exc:
        problems.error(label, *exc.position, "", exc.message)
        return None
    if data is None:
        problems.error(label, 1, 1, "", message("empty_file"))
        return None
    if not isinstance(data, dict):
        problems.error(label, 1, 1, "", message("not_a_mapping"))
        return None
    return Loaded(label, data, positions)
