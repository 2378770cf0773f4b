"""MkDocs hooks (listed under ``hooks:`` in mkdocs.yml), run after the plugins.

1. Search: the header search box is mkdocs-material's, but its worker is ours
   (``theme_overrides/assets/javascripts/kehoach-search.js``), which loads the
   compact index the generator writes.  Material's ``search_index.json`` is
   still fetched before the worker starts, so it is cut down to its config
   with no documents: a visitor downloads our index only.
2. Content-Security-Policy: every page gets a ``<meta http-equiv>`` policy
   with no ``unsafe-eval`` and no ``unsafe-inline`` scripts; the theme's own
   inline scripts are allowed by their SHA-256 hashes, computed here from the
   built page, so a script injected through data could not run.
3. Accessibility: the theme's search dialog gets an accessible name.
4. Speed: every page is marked ``search: exclude`` before mkdocs-material's
   search plugin sees it, so the plugin does not parse each page's HTML for
   an index that (1) throws away — that parse was a quarter of the mkdocs
   build time at national size (cProfile, benchmarks/RESULTS.md).
5. Safety: the page title.  MkDocs takes it from the first H1, and
   mkdocs-material prints it into ``<title>`` through Jinja's ``striptags``,
   which *decodes* character references: the generator's ``&#60;`` would
   come out as a live ``<`` (``</title><script>`` from data).  Each page's
   ``meta.title`` is set to the H1 exactly as the Markdown writes it —
   escaped by the generator, trusted text on hand-written pages — and the
   theme prints ``meta.title`` as it is.
6. Speed: raw HTML the generator marks with ``<!-- kh:html -->`` …
   ``<!-- /kh:html -->`` (task tables and cards, original-text lines, the
   finder table) is set aside before Markdown runs and put back into the
   rendered page unchanged.  It is already final HTML, escaped by the
   generator; without this, Python-Markdown's HTML block parser and MkDocs'
   anchor scan spend most of the build re-parsing it.  Without the hook the
   markers are plain comments and the page renders the same, only slower.
   The blocks go back in one pass over the page: a replace per block cost
   pages × blocks, quadratic on the finder and index pages (cProfile at 4×
   national: 23 s of 157 s in ``str.replace``).
   Links inside those blocks are ``.html`` links checked by tests/sitecheck.py.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections import Counter
from pathlib import Path

_INLINE_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S | re.I)
_CHARSET = re.compile(r"<meta charset=[\"']?utf-8[\"']?>", re.I)

POLICY = (
    "default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; "
    "frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
)


def inline_script_hashes(html: str) -> list[str]:
    hashes = []
    for match in _INLINE_SCRIPT.finditer(html):
        attrs = match.group("attrs")
        if "src=" in attrs or re.search(r"type=[\"']application/(ld\+)?json", attrs):
            continue
        digest = hashlib.sha256(match.group("body").encode("utf-8")).digest()
        hashes.append("'sha256-" + base64.b64encode(digest).decode("ascii") + "'")
    return sorted(set(hashes))


def add_csp(html: str) -> str:
    policy = POLICY.format(hashes=" ".join(inline_script_hashes(html)))
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    found = _CHARSET.search(html)
    if not found:
        return html
    return html[: found.end()] + "\n    " + meta + html[found.end():]


def on_config(config, **kwargs):
    """The theme's own words (footer, search placeholder) come from generator/labels.py."""
    from generator.labels import label

    keys = ("footer_region", "footer_source", "footer_updated", "footer_about", "search_placeholder",
            "search_result_other")
    config.extra["labels"] = {key: label(key) for key in keys}
    return config


_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def name_search_dialog(html: str) -> str:
    from generator.labels import label

    return html.replace(_SEARCH_DIALOG, _SEARCH_DIALOG[:-1] + f' aria-label="{label("search_dialog")}">', 1)


def _slim_search_index(site: Path) -> None:
    index_json = site / "search" / "search_index.json"
    if not index_json.is_file():
        return
    data = json.loads(index_json.read_text(encoding="utf-8"))
    text = json.dumps({"config": data.get("config", {}), "docs": []}, ensure_ascii=False, separators=(",", ":"))
    index_json.write_text(text, encoding="utf-8")
    index_js = site / "search" / "search_index.js"
    if index_js.is_file():  # written by the offline plugin for file:// use
        index_js.write_text(f"var __index = {text}", encoding="utf-8")


_HTML_BLOCK = re.compile(r"^<!-- kh:html -->\n(.*?)\n<!-- /kh:html -->$", re.M | re.S)
_set_aside: dict[str, list[str]] = {}


_H1 = re.compile(r"^# (?P<title>.+?)(?:\s*\{[^{}]*\})?\s*$", re.M)


def on_page_markdown(markdown, page, **kwargs):
    h1 = _H1.search(markdown)
    if h1 and "title" not in page.meta:
        page.meta["title"] = h1.group("title").strip()
    search = page.meta.get("search")
    page.meta["search"] = {**(search if isinstance(search, dict) else {}), "exclude": True}
    blocks: list[str] = []

    def keep(match: re.Match) -> str:
        blocks.append(match.group(1))
        return f"<!--kh-block-{len(blocks) - 1}-->"

    markdown = _HTML_BLOCK.sub(keep, markdown)
    _set_aside[page.file.src_uri] = blocks
    return markdown


_PLACEHOLDER = re.compile(r"<!--kh-block-(\d+)-->")


def on_page_content(html, page, **kwargs):
    """Put the set-aside blocks back in one pass over the page (one replace per block made big pages
    quadratic: the finder and index pages hold thousands of blocks)."""
    blocks = _set_aside.pop(page.file.src_uri, [])
    seen: list[int] = []

    def put_back(match: re.Match) -> str:
        number = int(match.group(1))
        if number >= len(blocks):
            return match.group(0)
        seen.append(number)
        return blocks[number]

    html = _PLACEHOLDER.sub(put_back, html)
    counts = Counter(seen)
    wrong = next((n for n in range(len(blocks)) if counts[n] != 1), None)
    if wrong is not None:
        from mkdocs.exceptions import PluginError

        raise PluginError(f"{page.file.src_uri}: HTML block {wrong} lost or doubled in rendering")
    return html


def on_post_page(output, page, config, **kwargs):
    return add_csp(name_search_dialog(output))


def on_post_template(output_content, template_name, config, **kwargs):
    if template_name.endswith(".html"):  # 404.html
        return add_csp(name_search_dialog(output_content))
    return output_content


def on_post_build(config, **kwargs):
    site = Path(config["site_dir"])
    _slim_search_index(site)
