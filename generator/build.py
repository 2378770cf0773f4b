"""The pipeline, top to bottom: check → pages/data → write docs/ → mkdocs build."""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import gcpause, opendata, pages, search_index, urls
from .problems import InputError, Problem, Problems
from .validate import RAW_DIR, check
from .writer import Output, WriteReport


@dataclass
class BuildReport:
    problems: Problems
    write: WriteReport
    pages: int
    site: Path | None = None

    def summary(self) -> str:
        text = (f"docs: {self.pages} pages; {self.write.written} files written, "
                f"{self.write.unchanged} unchanged, {self.write.removed} stale removed")
        return text + (f"; site: {self.site}" if self.site else "")


def generate(source: Path, docs: Path, build_date: dt.date, strict: bool = False) -> BuildReport:
    with gcpause.paused():
        return _generate(source, docs, build_date, strict)


def _generate(source: Path, docs: Path, build_date: dt.date, strict: bool) -> BuildReport:
    dataset, problems = check(source)
    if problems.failed(strict):
        raise InputError(problems.sorted())
    output = Output()
    page_count = 0
    for path, content in pages.all_pages(dataset, build_date):
        output.add(path, content)
        page_count += path.endswith(".md")
    for path, content in opendata.files(dataset, build_date):
        output.add(path, content)
    output.add(*search_index.index_file(dataset))
    for plan in dataset.ordered_plans():
        raw = source / RAW_DIR / plan.raw
        output.add(urls.original_raw(plan.raw), raw.read_bytes())
    return BuildReport(problems, output.commit(docs), page_count)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def mkdocs_build(config_file: Path, site: Path, build_date: dt.date, strict: bool = True) -> None:
    """Build into a temporary folder, then swap it in: a failure leaves ``site`` as it was."""
    from mkdocs.commands.build import build as mk_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    site = site.resolve()
    site.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".site-", dir=site.parent))
    collector = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    try:
        config = load_config(str(config_file), site_dir=str(tmp), strict=strict)
        config["extra"]["build_date"] = build_date.isoformat()
        config["extra"]["build_date_vi"] = f"{build_date.day}/{build_date.month}/{build_date.year}"
        with gcpause.frozen():
            mk_build(config)
        if strict and collector.messages:
            raise MkDocsException("; ".join(collector.messages))
    except (MkDocsException, OSError) as exc:
        shutil.rmtree(tmp, ignore_errors=True)
        raise InputError([Problem(str(config_file), 1, 1, "mkdocs", f"build failed: {exc}")]) from None
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        logger.removeHandler(collector)
    old = site.with_name(site.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if site.exists():
        site.rename(old)
    tmp.rename(site)
    shutil.rmtree(old, ignore_errors=True)


def build(source: Path, docs: Path, config: Path, site: Path, build_date: dt.date, strict: bool = False) -> BuildReport:
    report = generate(source, docs, build_date, strict=strict)
    mkdocs_build(config, site, build_date)
    report.site = site
    return report
