"""Tag tasks with policy topics by keyword rules; a task's own ``topics`` wins."""

from __future__ import annotations

import re

from .models import Task, Topic
from .text import nfc


def _pattern(keyword: str) -> re.Pattern:
    # whole words only, case-insensitive, on NFC text
    return re.compile(r"(?<!\w)" + re.escape(nfc(keyword).casefold()) + r"(?!\w)")


class Tagger:
    def __init__(self, topics: dict[str, Topic]):
        self.rules = [
            (topic.id, [_pattern(k) for k in topic.keywords]) for topic in topics.values()
        ]

    def matched(self, text: str) -> tuple[str, ...]:
        folded = nfc(text).casefold()
        return tuple(
            sorted(topic_id for topic_id, patterns in self.rules if any(p.search(folded) for p in patterns))
        )

    def topics_for(self, task: Task) -> tuple[str, ...]:
        if task.topics is not None:
            return tuple(sorted(set(task.topics)))
        return self.matched(" ".join(filter(None, [task.text, task.output])))
