import datetime as dt
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MINI = ROOT / "tests" / "fixtures" / "mini" / "source"
BUILD_DATE = dt.date(2026, 11, 25)


def copy_project(dest: Path) -> Path:
    """A scratch copy of the site skeleton (config, hand-written docs, overrides)."""
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "theme_overrides", dest / "theme_overrides")
    (dest / "generator").mkdir()
    shutil.copy(ROOT / "generator" / "mkdocs_hooks.py", dest / "generator" / "mkdocs_hooks.py")
    docs = dest / "docs"
    docs.mkdir()
    shutil.copy(ROOT / "docs" / "gioi-thieu.md", docs / "gioi-thieu.md")
    shutil.copytree(ROOT / "docs" / "stylesheets", docs / "stylesheets")
    return dest


@pytest.fixture
def mini_copy(tmp_path):
    """A writable copy of the mini fixture source folder."""
    dest = tmp_path / "source"
    shutil.copytree(MINI, dest)
    return dest


@pytest.fixture(scope="session")
def real_site(tmp_path_factory):
    """The real data built once with mkdocs (strict) for the whole session."""
    from generator.build import build

    project = copy_project(tmp_path_factory.mktemp("real"))
    build(ROOT / "source", project / "docs", project / "mkdocs.yml", project / "site", BUILD_DATE, strict=True)
    return project
