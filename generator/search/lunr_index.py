"""lunr indexes of the search records, built with the Python ``lunr`` package.

Loaded in a browser by lunr.js 2.3.9 (vendored: theme_overrides/assets/javascripts/vendor/).
No stemmer, no stop words, no English trimmer (its ASCII-only regexes cut "xã" to "x"): the one
pipeline function is ``fold-vi`` — the search fold (generator/vi.py ``fold``) and punctuation off
the ends of a token — registered under the same name on both sides (``KehoachSearch.lunrFold`` in
kehoach-search.js), so a serialized index loads in lunr.js and both sides find the same refs.

Two indexes, as the design allows when one is over the first-search budget: ``pages`` (plans,
targets, agencies, documents, topics, provinces: the ``records`` of ``search_index.payload``) and
``tasks``.  Fields and boosts: ``title`` 10, ``names`` 5 (province, signer, successors, a task's
agencies), ``text`` 1, ``alt`` 1 (abbreviations and other forms, ``search_index.alternatives``).
Refs are record numbers as strings (numeric refs: −12 % gzip at national size).

Measured against the scanner in ``benchmarks/search.py`` (figures in benchmarks/RESULTS.md).
"""

from __future__ import annotations

import json
import re

from lunr.builder import Builder
from lunr.pipeline import Pipeline

from ..vi import fold
from .index import alternatives

_EDGES = re.compile(r"^[^0-9a-z]+|[^0-9a-z]+$")
FIELDS = (("title", 10), ("names", 5), ("text", 1), ("alt", 1))


def fold_vi(token, i=None, tokens=None):
    folded = _EDGES.sub("", fold(str(token)))
    if not folded:
        return None
    return token.update(lambda s, meta=None: folded)


Pipeline.register_function(fold_vi, "fold-vi")


def _builder() -> Builder:
    builder = Builder()
    builder.pipeline.add(fold_vi)
    builder.search_pipeline.add(fold_vi)
    builder.ref("id")
    for name, boost in FIELDS:
        builder.field(name, boost=boost)
    return builder


def documents(payload: dict) -> tuple[list[dict], list[dict]]:
    """The pages' and tasks' documents, numbered as the worker numbers its records."""
    r, t = payload["records"], payload["tasks"]
    pages = []
    for i in range(len(r["kind"])):
        province = payload["provinces"][r["province"][i]] if r["province"][i] >= 0 else ""
        pages.append({"id": str(i), "title": r["title"][i], "names": f"{province} {r['also'][i]}".strip(),
                      "text": r["text"][i], "alt": alternatives(f"{r['title'][i]} {r['text'][i]}")})
    tasks = []
    for i in range(len(t["text"])):
        plan = payload["plans"][t["plan"][i]]
        leads = [payload["agencies"][a] for a in t["leads"][i]]
        also = " ".join(payload["agency_also"][a] for a in t["leads"][i])
        tasks.append({"id": str(len(pages) + i), "title": plan[0],
                      "names": " ".join(filter(None, [*leads, payload["provinces"][plan[2]], plan[3], also])),
                      "text": t["text"][i], "alt": alternatives(t["text"][i])})
    return pages, tasks


def build(docs: list[dict]):
    builder = _builder()
    for doc in docs:
        builder.add(doc)
    return builder.build()


def serialized(payload: dict) -> dict[str, str]:
    """``{"pages": json, "tasks": json}``: compact JSON of each serialized index."""
    pages, tasks = documents(payload)
    return {name: json.dumps(build(docs).serialize(), ensure_ascii=False, separators=(",", ":"))
            for name, docs in (("pages", pages), ("tasks", tasks))}
