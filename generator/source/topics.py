"""Tag tasks with policy topics by keyword rules; a task's own ``topics`` wins."""

from __future__ import annotations

import re

from ..text import nfc
from .models import Task, Topic


def _pattern(keywords: list[str]) -> re.Pattern | None:
    """One alternation per topic: whole words only, case-insensitive, on NFC text."""
    words = sorted({nfc(k).casefold() for k in keywords}, key=lambda w: (-len(w), w))
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


class Tagger:
    def __init__(self, topics: dict[str, Topic]):
        self.rules = [(topic.id, _pattern(topic.keywords)) for topic in topics.values()]

    def matched(self, text: str) -> tuple[str, ...]:
        folded = nfc(text).casefold()
        return tuple(
            sorted(topic_id for topic_id, pattern in self.rules if pattern and pattern.search(folded))
        )

    def topics_for(self, task: Task) -> tuple[str, ...]:
        if task.topics is not None:
            return tuple(sorted(set(task.topics)))
        return self.matched(" ".join(filter(None, [task.text, task.output])))
