"""MkDocs hooks (listed under ``hooks:`` in mkdocs.yml).

The header search box is mkdocs-material's, but its worker is ours
(``theme_overrides/assets/javascripts/kehoach-search.js``), which loads the
compact index the generator writes.  Material's own ``search_index.json``
is still fetched by the page before the worker starts, so it is cut down to
its config with no documents: the bytes a visitor downloads are our index only.
"""

from __future__ import annotations

import json
from pathlib import Path


def on_post_build(config, **kwargs):
    search = Path(config["site_dir"]) / "search"
    index_json = search / "search_index.json"
    if not index_json.is_file():
        return
    data = json.loads(index_json.read_text(encoding="utf-8"))
    slim = {"config": data.get("config", {}), "docs": []}
    text = json.dumps(slim, ensure_ascii=False, separators=(",", ":"))
    index_json.write_text(text, encoding="utf-8")
    index_js = search / "search_index.js"
    if index_js.is_file():  # written by the offline plugin for file:// use
        index_js.write_text(f"var __index = {text}", encoding="utf-8")
