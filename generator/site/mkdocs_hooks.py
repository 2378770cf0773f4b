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
7. Safety: the originals under ``van-ban-goc/raw/`` are files to download byte for
   byte, never pages: one received as Markdown (``….md``) would otherwise be
   rendered, its text becoming markup.
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


def add_csp(html: str, serve_mode: bool = False) -> str:
    # `kehoach serve` only: MkDocs injects its live-reload script (different on every
    # response) after this hook has run, so no hash can allow it
    scripts = "'unsafe-inline'" if serve_mode else " ".join(inline_script_hashes(html))
    policy = POLICY.format(hashes=scripts)
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
    found = _CHARSET.search(html)
    if not found:
        return html
    return html[: found.end()] + "\n    " + meta + html[found.end():]


def on_config(config, **kwargs):
    """The theme's own words (footer, search placeholder) come from generator/labels.py."""
    from generator.labels import label

    keys = ("footer_region", "footer_source", "footer_updated", "footer_about", "search_placeholder",
            "search_result_other", "footer_feedback", "feedback_title", "feedback_body")
    config.extra["labels"] = {key: label(key) for key in keys}
    return config


_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


#: mkdocs-material's Vietnamese translation leaves this one English (partials/search.html prints it
#: while the worker loads); its words come from labels.py like the theme's other words.
_THEME_ENGLISH = {"Initializing search": "search_initializing"}


def name_search_dialog(html: str) -> str:
    from generator.labels import label

    html = html.replace(_SEARCH_DIALOG, _SEARCH_DIALOG[:-1] + f' aria-label="{label("search_dialog")}">', 1)
    for english, key in _THEME_ENGLISH.items():
        html = html.replace(english, label(key), 1)
    return html


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


def on_page_markdown(markdown, page, config=None, **kwargs):
    h1 = _H1.search(markdown)
    # the home page's heading is the site's name: the theme then titles it by the name alone,
    # not "name - name"
    site_name = config["site_name"] if config else None
    if h1 and "title" not in page.meta and not (page.is_homepage and h1.group("title").strip() == site_name):
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
_TABLE = re.compile(r"<table>\s*<thead>\s*<tr>\s*(.*?)</tr>\s*</thead>(.*?)</table>", re.S)
_HEAD_CELL = re.compile(r"<th[^>]*>(.*?)</th>", re.S)
_ROW = re.compile(r"<tr>(.*?)</tr>", re.S)
_CELL_OPEN = re.compile(r"<td(?=[ >])")
#: a table with this many columns or more becomes cards on a phone; two columns fit 360 px
STACK_COLUMNS = 3


def stack_tables(html: str) -> str:
    """Tables of three columns or more (Markdown's, and the raw HTML ones of index pages) become cards on a
    phone like the generator's task tables (``kh-stack``, kehoach.css): each cell but the first is
    named by its column's heading (``data-label``), so no column is clipped at 360 px."""

    def stack(match: re.Match) -> str:
        heads = [re.sub(r"<[^>]+>", "", h).strip() for h in _HEAD_CELL.findall(match.group(1))]
        if len(heads) < STACK_COLUMNS or "data-label=" in match.group(2):
            return match.group(0)
        labels = [""] + [f' data-label="{h}"' for h in heads[1:]]  # headings are escaped HTML already

        def row(found: re.Match) -> str:
            cells = iter(labels)
            return "<tr>" + _CELL_OPEN.sub(lambda m: m.group(0) + next(cells, ""), found.group(1)) + "</tr>"

        body = _ROW.sub(row, match.group(2))
        return (f'<div class="kh-stack"><table>\n<thead>\n<tr>\n{match.group(1)}</tr>\n</thead>{body}</table></div>')

    return _TABLE.sub(stack, html)


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

    html = stack_tables(_PLACEHOLDER.sub(put_back, html))
    counts = Counter(seen)
    wrong = next((n for n in range(len(blocks)) if counts[n] != 1), None)
    if wrong is not None:
        from mkdocs.exceptions import PluginError

        raise PluginError(f"{page.file.src_uri}: HTML block {wrong} lost or doubled in rendering")
    return html


def on_post_page(output, page, config, **kwargs):
    return add_csp(_serve_banner(name_search_dialog(output)), serve_mode=_serve_mode())


def on_post_template(output_content, template_name, config, **kwargs):
    if template_name.endswith(".html"):  # 404.html
        return add_csp(_serve_banner(name_search_dialog(output_content)), serve_mode=_serve_mode())
    return output_content


# --- serve mode (`kehoach serve`, generator/site/serve.py) ------------------------------

#: Problem lines of the last check in serve mode (a hook module lives for one build;
#: generator.site.serve.STATE keeps what the previous build showed).
_serve_problems: list[str] = []
_serve_nothing_yet = False


def _serve_mode() -> bool:
    import os

    from generator.site.serve import ENV_SOURCE

    return bool(os.environ.get(ENV_SOURCE))


def on_serve(server, config, builder, **kwargs):
    """Watch source/, the hand-written parts of docs/ and the theme — not the generated folders."""
    if not _serve_mode():
        return server
    import os

    from generator.site.serve import ENV_SOURCE
    from generator.urls import GENERATED_ROOTS
    from generator.site.writer import MANIFEST

    docs = Path(config["docs_dir"])
    server.unwatch(str(docs))
    server.watch(os.environ[ENV_SOURCE])
    for entry in sorted(docs.iterdir()):
        if entry.name not in GENERATED_ROOTS and entry.name != MANIFEST:
            server.watch(str(entry))
    if config["theme"].custom_dir:
        server.watch(config["theme"].custom_dir)
    return server


#: Where the generator puts the originals as received (urls.original_raw).
_ORIGINALS = "van-ban-goc/raw/"


def on_files(files, config, **kwargs):
    """Originals received as Markdown are copied as they are, not rendered (see 7. above)."""
    from mkdocs.structure.files import File, Files

    class _Original(File):
        def is_documentation_page(self) -> bool:
            return False

    out = []
    for file in files:
        if file.src_uri.startswith(_ORIGINALS) and file.is_documentation_page():
            file = _Original(file.src_path, file.src_dir, file.dest_dir, file.use_directory_urls)
        out.append(file)
    return Files(out)


def on_pre_build(config, **kwargs):
    """In serve mode, regenerate docs/ from source/ before each build (changed files only)."""
    global _serve_problems, _serve_nothing_yet
    if not _serve_mode():
        return
    import datetime as dt
    import os
    import sys

    from generator.build import generate
    from generator.labels import message
    from generator.problems import InputError
    from generator.site.serve import ENV_DATE, ENV_DOCS, ENV_SOURCE
    from generator.site.writer import MANIFEST, Output

    docs = Path(os.environ[ENV_DOCS])
    try:
        report = generate(Path(os.environ[ENV_SOURCE]), docs, dt.date.fromisoformat(os.environ[ENV_DATE]))
    except InputError as exc:
        _serve_problems = [str(problem) for problem in exc.problems]
        for line in _serve_problems:
            print(line, file=sys.stderr)
        print(message("serve_failed", errors=sum(p.level == "error" for p in exc.problems)), file=sys.stderr)
        _serve_nothing_yet = not (docs / MANIFEST).is_file()
        if _serve_nothing_yet:  # a home page that says what to fix (replaced by the first good generation)
            output = Output()
            output.add("index.md", f"# {message('serve_problems_none_yet')}\n")
            output.commit(docs)
    else:
        _serve_problems = [str(problem) for problem in report.problems.sorted()]  # warnings
        _serve_nothing_yet = False
        print(message("serve_regenerated", written=report.write.written, unchanged=report.write.unchanged),
              file=sys.stderr, flush=True)
    _rebuild_all_if_banner_changed(docs)


def _rebuild_all_if_banner_changed(docs: Path) -> None:
    """The server builds only changed pages ("dirty"): when the problems shown change,
    every generated page is marked changed so each shows (or drops) the banner."""
    import json
    import os

    from generator.site.serve import STATE
    from generator.site.writer import MANIFEST

    if STATE.get("problems") == _serve_problems:
        return
    STATE["problems"] = list(_serve_problems)
    try:
        files = json.loads((docs / MANIFEST).read_text(encoding="utf-8")).get("files", [])
    except (OSError, ValueError):
        return
    for rel in files:
        if rel.endswith(".md") and (docs / rel).is_file():
            os.utime(docs / rel)


def _serve_banner(html: str) -> str:
    """The last check's problems at the top of every page while serving."""
    if not (_serve_mode() and _serve_problems):
        return html
    from html import escape

    from generator.labels import message

    title = message("serve_problems_none_yet") if _serve_nothing_yet else message("serve_problems")
    items = "".join(f"<li><code>{escape(line)}</code></li>" for line in _serve_problems[:200])
    banner = (f'<div class="kh-serve-problems" role="alert" style="background:#fff3cd;color:#3d2e00;'
              f'padding:.8rem 1rem;border-bottom:2px solid #b08500;font-size:.8rem">'
              f"<p><strong>{escape(title)}.</strong> {escape(message('serve_problems_fix'))}</p>"
              f'<ul style="margin:0">{items}</ul></div>')
    body = re.search(r"<body[^>]*>", html)
    return html[: body.end()] + banner + html[body.end():] if body else banner + html


def on_post_build(config, **kwargs):
    site = Path(config["site_dir"])
    _slim_search_index(site)
