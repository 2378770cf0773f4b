"""The pipeline, top to bottom: check → pages/data → write docs/ → mkdocs build."""

from __future__ import annotations

import contextlib
import datetime as dt
import fcntl
import logging
import os
import shutil
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from . import gcpause, urls
from .labels import message
from .problems import InputError, Problem, Problems
from .search import index as search_index
from .site import opendata, pages
from .site.writer import Output, WriteReport
from .source.fidelity import RAW_DIR
from .source.validate import check


@dataclass
class BuildReport:
    problems: Problems
    write: WriteReport
    pages: int
    site: Path | None = None

    def summary(self) -> str:
        text = message("build_summary", pages=self.pages, written=self.write.written,
                       unchanged=self.write.unchanged, removed=self.write.removed)
        return text + (message("build_summary_site", site=self.site) if self.site else "")


#: One build at a time per project folder: a second one waits for the first.
LOCK_NAME = ".kehoach-build.lock"
#: Temporary site folders are named so; any left by a killed build are removed.
TMP_PREFIX = ".site-"


_local = threading.local()  # the folders this thread holds the lock of


@contextlib.contextmanager
def _exclusive(folder: Path):
    """Hold the project's build lock (released by the OS if the process dies);
    re-entrant, so ``build`` holds it across generate and mkdocs."""
    folder = folder.resolve()
    _held = _local.__dict__.setdefault("held", set())
    if folder in _held:
        yield
        return
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / LOCK_NAME, "a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            print(message("build_waiting", folder=folder), file=sys.stderr)
            fcntl.flock(handle, fcntl.LOCK_EX)
        _held.add(folder)
        try:
            yield
        finally:
            _held.discard(folder)
            fcntl.flock(handle, fcntl.LOCK_UN)


def generate(source: Path, docs: Path, build_date: dt.date, strict: bool = False) -> BuildReport:
    with _exclusive(docs.resolve().parent), gcpause.paused():
        return _generate(source, docs, build_date, strict)


def _generate(source: Path, docs: Path, build_date: dt.date, strict: bool) -> BuildReport:
    dataset, problems = check(source)
    if problems.failed(strict):
        raise InputError(problems.sorted())
    output = Output()
    made: set[str] = set()
    for path, content in pages.all_pages(dataset, build_date):
        output.add(path, content)
        if path.endswith(".md"):
            made.add(path)
    page_count = len(made)
    for path, content in opendata.files(dataset, build_date):
        output.add(path, content)
    output.add(*search_index.index_file(dataset, made, build_date))
    raws = [plan.raw for plan in dataset.ordered_plans()] + [report.raw for report in dataset.ordered_reports()]
    for name in dict.fromkeys(raws):  # one file may be the original of a plan and of a report
        output.add(urls.original_raw(name), (source / RAW_DIR / name).read_bytes())
    return BuildReport(problems, output.commit(docs), page_count)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def mkdocs_build(config_file: Path, site: Path, build_date: dt.date, strict: bool = True) -> None:
    """Build into a temporary folder, then swap it in: a failure leaves ``site`` as it was."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    site = site.resolve()
    site.parent.mkdir(parents=True, exist_ok=True)
    with _exclusive(site.parent):
        _mkdocs_build(config_file, site, build_date, strict)


def _mkdocs_build(config_file: Path, site: Path, build_date: dt.date, strict: bool) -> None:
    from mkdocs.commands.build import build as mk_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    # holding the lock: any temporary folder here is a killed build's leftover
    for stale in site.parent.glob(TMP_PREFIX + "*"):
        if stale.is_dir() and not stale.is_symlink():
            shutil.rmtree(stale, ignore_errors=True)
    tmp = Path(tempfile.mkdtemp(prefix=TMP_PREFIX, dir=site.parent))
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
        raise InputError([Problem(str(config_file), 1, 1, "mkdocs", message("build_failed", error=exc))]) from None
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
    with _exclusive(docs.resolve().parent), _exclusive(site.resolve().parent):
        report = generate(source, docs, build_date, strict=strict)
        mkdocs_build(config, site, build_date)
    report.site = site
    return report
