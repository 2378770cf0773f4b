"""A list drawn as a tree, read as the nested list it draws.

A plan typed in a text editor, or copied from a terminal's ``tree`` or a mind map exported as text, draws its share-out
as a tree: a root on a line of its own (the body in charge), its branches after "├── " and the last after "└── ", each
level set in by a "│   " (or four spaces) under the branch above, a branch's text wrapped onto a line set in the same
way ("Phòng X" / "├── Rà soát …" / "│   hợp tác xã …" / "│   ├── cùng: Y" / "│   └── xong: 15/9/2026"). Read so: a
branch is a bullet set in four spaces a level, its wrapped lines set in under its text, and a root over branches is an
item over them, a colon after it as a body's name over its duties has one. Every line keeps its place; the words stay
as typed. ASCII trees ("|-- ", "`-- ", "+-- ") are read alike.
"""

from __future__ import annotations

import re

#: a branch: the levels above it ("│   " or four spaces each), its mark, its text
_BRANCH = re.compile(r"^(?P<levels>(?:[│|¦]   |    )*)(?:├──|└──|\|--|`--|\+--)\s+(?P<text>\S.*)$")


def as_bullets(lines: list[str]) -> list[str]:
    """``lines`` with every tree drawn in them written as a nested list, line for line."""
    out = list(lines)
    k = 0
    while k < len(out):
        if not _BRANCH.match(out[k]) or k == 0 or not out[k - 1].strip() or _BRANCH.match(out[k - 1]):
            k += 1
            continue
        root = k - 1  # the line right above a tree's first branch, its root
        end = k
        while end < len(out) and out[end].strip() and (_BRANCH.match(out[end]) or _in_tree(out[end])):
            end += 1
        if sum(bool(_BRANCH.match(out[i])) for i in range(k, end)) < 2:
            k = end
            continue
        out[root] = "- " + out[root].strip().rstrip(":") + ":"  # the root: an item over its branches
        depth = 0
        for i in range(k, end):
            branch = _BRANCH.match(out[i])
            if branch:
                depth = len(branch["levels"]) // 4 + 1
                out[i] = " " * (4 * depth) + "- " + branch["text"]
            else:  # a wrapped line: set in under its branch's text
                out[i] = " " * (4 * depth + 2) + out[i].lstrip(" │|¦")
        k = end
    return out


def _in_tree(line: str) -> bool:
    """A line inside a tree that is no branch: a branch's text wrapped under it, set in by the tree's rules."""
    return bool(re.match(r"^(?:[│|¦]   |    )+\S", line)) and not line.lstrip().startswith(("-", "+", "*"))
