"""The original-text view (issue 12): the conversion's markup read as formatting, and a task's
link lands on the whole span of lines it is quoted from."""

import html
import re
from html.parser import HTMLParser

from conftest import ROOT
from generator.source.validate import check


class Spans(HTMLParser):
    """Block ids with the line numbers inside them; fails on nested blocks."""

    def __init__(self):
        super().__init__()
        self.blocks, self.current, self.depth = {}, None, 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "div" and attrs.get("class") == "kh-span":
            assert self.current is None, "blocks nest"
            self.current = attrs["id"]
            self.blocks[self.current] = []
        elif tag == "div" and self.current:
            self.depth += 1
        elif tag == "p" and self.current and "kh-line" in attrs.get("class", ""):
            self.blocks[self.current].append(int(attrs["id"][1:]))

    def handle_endtag(self, tag):
        if tag == "div" and self.current:
            if self.depth:
                self.depth -= 1
            else:
                self.current = None


def test_each_task_link_lands_on_its_whole_span(real_site):
    ds, _ = check(ROOT / "source")
    for plan in ds.plans.values():
        original = (real_site / "site/van-ban-goc" / f"{plan.id}.html").read_text(encoding="utf-8")
        parser = Spans()
        parser.feed(original)
        page = (real_site / "site/ke-hoach" / f"{plan.id}.html").read_text(encoding="utf-8")
        for task in plan.tasks:
            first, last = ds.lines[(plan.id, "task", task.id)]
            start = page.index(f'<div class="kh-task" id="{task.id}">')
            found = re.search(rf'href="\.\./van-ban-goc/{plan.id}\.html#(L\d+-L\d+)"', page[start:page.index("</div>", start)])
            assert found, (plan.id, task.id)
            block = parser.blocks[found.group(1)]
            lo, hi = map(int, found.group(1).replace("L", "").split("-"))
            assert lo <= first and last <= hi
            # every non-blank line of the task's span is inside the block
            assert all(lo <= n <= hi for n in block) and first in block


def test_conversion_markup_is_shown_as_formatting(real_site):
    page = (real_site / "site/van-ban-goc/dak-nong-2023-kh-127.html").read_text(encoding="utf-8")
    body = page[page.index('<div class="kh-original">'):]
    shown = html.unescape(re.sub(r"<[^>]+>", "", body))
    assert "## KẾ HOẠCH" not in shown and "**" not in shown
    assert re.search(r'class="kh-line kh-line--heading" id="L\d+">.*?</a> KẾ HOẠCH</p>', body)
    assert "<strong>" in body
