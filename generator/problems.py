"""Problems found in the input, collected and reported together."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .labels import message


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    col: int
    field: str
    message: str
    level: Literal["error", "warning"] = "error"

    def __str__(self) -> str:
        tag = "" if self.level == "error" else message("warning") + ": "
        where = f"{self.file}:{self.line}:{self.col}"
        return f"{where}: {self.field}: {tag}{self.message}" if self.field else f"{where}: {tag}{self.message}"


@dataclass
class Problems:
    items: list[Problem] = field(default_factory=list)

    def error(self, file: str, line: int, col: int, path: str, message: str) -> None:
        self.items.append(Problem(file, line, col, path, message))

    def warning(self, file: str, line: int, col: int, path: str, message: str) -> None:
        self.items.append(Problem(file, line, col, path, message, "warning"))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.items if p.level == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.items if p.level == "warning"]

    def failed(self, strict: bool = False) -> bool:
        return bool(self.errors or (strict and self.warnings))

    def sorted(self) -> list[Problem]:
        return sorted(set(self.items))


class InputError(Exception):
    """Raised when the input cannot be used; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems
