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

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import DuplicateKeyError, RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from .problems import Problems

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


class _Constructor(RoundTripConstructor):
    """Dates stay text: the models judge them (30/02 is a field error, not a file error)."""


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", RoundTripConstructor.construct_yaml_str)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _Constructor
    yaml.allow_duplicate_keys = False
    return yaml


class _AliasError(Exception):
    def __init__(self, position: tuple[int, int], message: str):
        self.position, self.message = position, message


def _convert(node: Any, path: Path_, positions: dict, seen: set[int], depth: int) -> Any:
    if depth > MAX_DEPTH:
        raise _AliasError(positions.get(path, (1, 1)), f"nesting deeper than {MAX_DEPTH} levels")
    if isinstance(node, (CommentedMap, CommentedSeq)):
        if id(node) in seen:
            raise _AliasError(positions.get(path, (1, 1)), "YAML anchors/aliases are not allowed")
        seen.add(id(node))
    if isinstance(node, CommentedMap):
        out = {}
        for key in node:
            line, col = node.lc.key(key)
            if not isinstance(key, str):
                raise _AliasError((line + 1, col + 1), f"key {key!r} must be text")
            key_nfc = unicodedata.normalize("NFC", key)
            child = path + (key_nfc,)
            vline, vcol = node.lc.value(key)
            positions[child] = (vline + 1, vcol + 1) if vline is not None else (line + 1, col + 1)
            out[key_nfc] = _convert(node[key], child, positions, seen, depth + 1)
        return out
    if isinstance(node, CommentedSeq):
        out_list = []
        for index, item in enumerate(node):
            line, col = node.lc.item(index)
            child = path + (index,)
            positions[child] = (line + 1, col + 1)
            out_list.append(_convert(item, child, positions, seen, depth + 1))
        return out_list
    if isinstance(node, str):
        return unicodedata.normalize("NFC", str(node))
    if node is None or isinstance(node, (bool, int, float)):
        return node
    # dates, timestamps and other YAML-native types: keep their text so the
    # models (not the YAML parser) decide what is valid.
    return str(node)


def load_yaml(path: Path, label: str, problems: Problems) -> Loaded | None:
    """Parse one file; on failure record problems and return None."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        problems.error(label, 1, 1, "", f"cannot read file: {exc.strerror}")
        return None
    if size > MAX_FILE_BYTES:
        problems.error(label, 1, 1, "", f"file is {size} bytes; the limit is {MAX_FILE_BYTES} bytes")
        return None
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        problems.error(label, line, col, "", "file is not valid UTF-8 (save it as UTF-8)")
        return None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        problems.error(label, 1, 1, "", "file contains NUL bytes (binary file?)")
        return None
    try:
        node = _yaml().load(text)
    except DuplicateKeyError as exc:
        mark = exc.problem_mark
        problems.error(label, mark.line + 1, mark.column + 1, "", _duplicate_message(exc))
        return None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = (exc.problem or exc.context or "syntax error").strip()
        problems.error(label, line, col, "", f"YAML syntax error: {what}")
        return None
    except (YAMLError, RecursionError, ValueError) as exc:
        problems.error(label, 1, 1, "", f"YAML error: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}")
        return None
    positions: dict[Path_, tuple[int, int]] = {(): (1, 1)}
    try:
        data = _convert(node, (), positions, set(), 0)
    except _AliasError as exc:
        problems.error(label, *exc.position, "", exc.message)
        return None
    if data is None:
        problems.error(label, 1, 1, "", "file is empty")
        return None
    if not isinstance(data, dict):
        problems.error(label, 1, 1, "", "top level must be a mapping of field: value")
        return None
    return Loaded(label, data, positions)


def _duplicate_message(exc: DuplicateKeyError) -> str:
    problem = (exc.problem or "").strip()
    key = problem.split('"')[1] if problem.count('"') >= 2 else problem
    return f"duplicate key {key!r}" if key else "duplicate key"
