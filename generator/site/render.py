"""Jinja2 rendering of Markdown pages (StrictUndefined, nothing unescaped)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .. import urls
from ..labels import AGENCY_KIND, DEADLINE_KIND, DOC_TYPE, PLAN_KIND, PROVINCE_KIND, PROVINCE_KIND_PLURAL, PROVINCE_TITLE, STATUS, L, label
from ..source import deadlines
from ..vi import format_date, format_partial_date, format_short_date, sort_key
from . import markup, names
from .names import report_date

TEMPLATES = Path(__file__).parent / "templates"
GENERATED_NOTE = "<!-- Tệp do generator sinh tự động từ source/ — đừng sửa tay. -->\n"


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=StrictUndefined,
        finalize=markup.finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        t=markup.text,
        prose=markup.prose,
        num=markup.number,
        attr=markup.attr,
        vdate=lambda d: markup.text(format_date(d)),
        vsort=lambda items, key=None: sorted(items, key=lambda x: sort_key(key(x) if key else x)),
    )
    env.globals.update(
        L=L, label=label, urls=urls, DEADLINE_KIND=DEADLINE_KIND, DOC_TYPE=DOC_TYPE, PLAN_KIND=PLAN_KIND,
        AGENCY_KIND=AGENCY_KIND, PROVINCE_KIND=PROVINCE_KIND, PROVINCE_TITLE=PROVINCE_TITLE,
        PROVINCE_KIND_PLURAL=PROVINCE_KIND_PLURAL, partial_date=format_partial_date, deadline_short=deadlines.short,
        Markup=Markup, names=names, STATUS=STATUS, report_date=report_date, as_of_date=as_of_date,
    )
    return env


def as_of_date(ref) -> str:
    """The date a reported value refers to: as printed in structure ('30/11/2024'), else the report's date."""
    if ref.value.as_of is not None:
        a = ref.value.as_of
        return format_short_date(a.year, a.month, a.day)
    return f"{label('as_of_report')} {report_date(ref.report)}"


class PageContext:
    """Helpers bound to the page being rendered (relative links need it)."""

    def __init__(self, path: str, today: dt.date):
        self.path, self.today = path, today

    def href(self, to_path: str, anchor: str | None = None) -> Markup:
        # ids are [a-z0-9-], but a file name in source/raw/ is data: percent-encoded
        return Markup(markup.url(urls.relative(self.path, to_path, anchor)))

    def html_href(self, to_path: str, anchor: str | None = None) -> Markup:
        """For raw HTML blocks, which MkDocs does not rewrite: the built .html path."""
        rel = urls.relative(self.path[:-3] + ".html", to_path[:-3] + ".html", anchor)
        return Markup(markup.url(rel))

    def link(self, to_path: str, label: object, anchor: str | None = None) -> Markup:
        return markup.link(self.href(to_path, anchor), label)

    def hlink(self, to_path: str, label: object, anchor: str | None = None) -> Markup:
        """An HTML link for raw HTML blocks (big tables and task cards): Python-Markdown
        passes those through untouched, which keeps the build linear and fast."""
        return Markup(f'<a href="{self.html_href(to_path, anchor)}">{markup.text(label)}</a>')

    def now(self, ds, agency_id: str) -> Markup:
        """After a body's name in raw HTML: who holds its duties today (names.now_parts), or ''."""
        parts = names.now_parts(ds, agency_id)
        if not parts:
            return Markup("")
        said = ", ".join("".join(self.hlink(path, text) if path else Markup.escape(text) for text, path in part)
                         for part in parts)
        return Markup(f' <span class="kh-now">({said})</span>')

    def agencies(self, ds, ids) -> Markup:
        """Linked names, each followed by who holds its duties today."""
        return Markup(", ".join(self.hlink(urls.agency(a), ds.agencies[a].name) + self.now(ds, a) for a in ids))

    def passed(self, deadline) -> bool:
        return deadlines.is_passed(deadline, self.today)

    def badge(self, deadline, latest=None, with_status: bool = True) -> Markup:
        """The deadline as a badge; the latest reported status (``dataset.StatusRef``) if any and
        ``with_status``; and "passed" when the deadline is over at the build date and no report says
        the task is done — "overdue, no report", "overdue, reported not done" and "done" look different."""
        html = (f'<span class="kh-badge kh-badge--{markup.attr(deadline.kind)}">'
                f"{markup.text(deadlines.short(deadline))}</span>")
        if latest is not None and with_status:
            html += " " + str(self.status_badge(latest))
        if self.passed(deadline) and (latest is None or latest.status.status != "hoan-thanh"):
            html += f' <span class="kh-badge kh-badge--passed">{L.passed if latest is None else L.passed_reported}</span>'
        return Markup(html)

    def status_badge(self, latest, dated: bool = True) -> Markup:
        """A reported status as a badge, with the report's date."""
        status = latest.status.status
        when = f" ({markup.text(report_date(latest.report))})" if dated else ""
        return Markup(f'<span class="kh-badge kh-status kh-status--{markup.attr(status)}">{markup.text(STATUS[status])}{when}</span>')

    def task_table(self, ds, refs, province: bool = False) -> Markup:
        """The task table of agency, topic, province and deadline pages, as raw HTML.

        Written in Python rather than a Jinja macro: a national dataset puts each task on
        6–8 pages, and a row only depends on the folder of the page it is on (its links are
        relative), so each row is built once per folder and reused (``ds.row_cache``)."""
        names = [L.task] + ([L.province] if province else []) + [L.lead] + ([] if province else [L.output]) + [L.deadline]
        head = [f'<th scope="col">{name}</th>' for name in names]
        # on a phone each row becomes a card; every cell but the task names itself (kehoach.css)
        labels = [""] + [f' data-label="{markup.text(name)}"' for name in names[1:]]
        cache = ds.row_cache
        folder = self.path.rsplit("/", 1)[0] if "/" in self.path else ""
        rows = []
        for ref in refs:
            key = (folder, ref.plan.id, ref.task.id, province, self.today)
            row = cache.get(key)
            if row is None:
                task = ref.task
                cells = [self.hlink(urls.plan(ref.plan.id), task.text, urls.task_anchor(task.id))]
                if province:
                    cells.append(markup.text(ds.provinces[ref.plan.province].name))
                cells.append(self.agencies(ds, task.lead))
                if not province:
                    cells.append(markup.text(task.output))
                cells.append(self.badge(task.deadline, ds.latest_status(ref.plan.id, task.id)))
                row = cache[key] = "<tr>" + "".join(f"<td{lab}>{c}</td>" for lab, c in zip(labels, cells)) + "</tr>"
            rows.append(row)
        return Markup('<!-- kh:html -->\n<div class="kh-stack">\n<table>\n<thead><tr>' + "".join(head)
                      + "</tr></thead>\n<tbody>\n" + "".join(row + "\n" for row in rows)
                      + "</tbody>\n</table>\n</div>\n<!-- /kh:html -->")


def render(template: str, path: str, today: dt.date, **context) -> str:
    page = PageContext(path, today)
    body = environment().get_template(template).render(page=page, today=today, **context).strip()
    # the note goes last: MkDocs takes the page title from an H1 only when it comes first
    return body + "\n\n" + GENERATED_NOTE
