"""Helpers to inspect a built site: internal links/anchors, external requests."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []  # (attr, value)

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in ("id", "name") and value:
                self.ids.add(value)
            if name in ("href", "src") and value:
                self.links.append((name, value))


def parse(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def broken_links(site: Path) -> list[str]:
    """Every internal href/src must resolve to a file, and #anchor to an id in it."""
    # 404.html is served from any depth, so MkDocs gives it root-absolute links
    pages = {p: parse(p) for p in site.rglob("*.html") if p.name != "404.html"}
    problems = []
    for path, page in pages.items():
        for _, value in page.links:
            parts = urlsplit(value)
            if parts.scheme or parts.netloc or value.startswith(("mailto:", "data:")):
                continue
            target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
            if parts.path.endswith("/"):
                target = target / "index.html"
            if not target.exists():
                problems.append(f"{path.relative_to(site)}: {value} (no such file)")
                continue
            if parts.fragment and target.suffix == ".html":
                target_page = pages.get(target) or parse(target)
                if unquote(parts.fragment) not in target_page.ids:
                    problems.append(f"{path.relative_to(site)}: {value} (no such anchor)")
    return problems


def external_references(site: Path) -> list[str]:
    """href/src pointing off-site that a browser would fetch (scripts, styles, images, fonts)."""
    found = []
    for path in site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r'<(script|link|img|iframe|source)\b[^>]*\b(?:src|href)="(https?:)?//[^"]+"', text):
            tag = match.group(0)
            if match.group(1) == "link" and re.search(r'rel="(canonical|alternate)"', tag):
                continue
            found.append(f"{path.relative_to(site)}: {tag[:120]}")
    for path in site.rglob("*.css"):
        for match in re.finditer(r"url\((['\"]?)(https?:)?//", path.read_text(encoding="utf-8", errors="ignore")):
            found.append(f"{path.relative_to(site)}: {match.group(0)}")
    return found
