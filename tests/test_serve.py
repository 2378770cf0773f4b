"""`kehoach serve`: checks and generates first, serves, watches source/, regenerates and reloads."""

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import MINI, copy_project

PLAN = Path("source/plans/mini.yaml")

#: the installed command, as a maintainer runs it (with `python -m generator` the working directory, whose
#: generator/ holds only the hooks file, would come first on sys.path and shadow the editable install)
KEHOACH = str(Path(sys.executable).with_name("kehoach"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def _wait(predicate, timeout: float = 90.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = predicate()
        if value:
            return value
        time.sleep(0.3)
    return None


@pytest.fixture
def project(tmp_path):
    copy_project(tmp_path)
    shutil.copytree(MINI, tmp_path / "source")
    return tmp_path


@pytest.fixture
def serving(project):
    port = _free_port()
    process = subprocess.Popen([KEHOACH, "serve", "--addr", f"127.0.0.1:{port}",
                                "--build-date", "2026-11-25"],
                               cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}/"
    yield project, base, process
    process.terminate()
    try:
        process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


def _edit(project: Path, rel: Path, old: str, new: str) -> None:
    path = project / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_serve_generates_first_prints_its_url_and_allows_only_the_reload_script(serving):
    project, base, process = serving
    home = _wait(lambda: _get(base))
    assert home, "the server never answered"
    assert "thu-nghiem" in home  # generated before serving: a fresh clone has no docs/ pages
    assert "livereload" in home
    assert "script-src 'self' 'unsafe-inline'" in home
    plan = _get(base + "ke-hoach/thu-nghiem-2023-kh-12.html")
    assert plan and "Tổ chức hội nghị quán triệt" in plan
    process.terminate()
    _, err = process.communicate(timeout=20)
    assert base in err and "Traceback" not in err


def test_an_edited_plan_is_regenerated_and_served(serving):
    project, base, _ = serving
    page = base + "ke-hoach/thu-nghiem-2023-kh-12.html"
    assert _wait(lambda: _get(page))
    untouched = project / "docs" / "tinh" / "index.md"  # the province list does not show task texts
    before = untouched.stat().st_mtime_ns
    _edit(project, Path("source/raw/mini.txt"), "Tổ chức hội nghị quán triệt", "Tổ chức hội thảo quán triệt")
    _edit(project, PLAN, "Tổ chức hội nghị quán triệt", "Tổ chức hội thảo quán triệt")
    assert _wait(lambda: "hội thảo quán triệt" in (_get(page) or "")), "the edit never reached the served page"
    assert untouched.stat().st_mtime_ns == before  # only changed pages are rewritten


def test_a_broken_plan_shows_its_problems_and_the_server_keeps_running(serving):
    project, base, process = serving
    assert _wait(lambda: _get(base))
    _edit(project, PLAN, "kind: ke-hoach\n", "kind: ke-hoach\ncolour: blue\n")
    shown = _wait(lambda: "không có trong mô hình dữ liệu" in (_get(base) or "") and _get(base))
    assert shown and "source/plans/mini.yaml:3:9: colour: trường không có trong mô hình dữ liệu" in shown and 'role="alert"' in shown
    assert process.poll() is None
    _edit(project, PLAN, "colour: blue\n", "")
    assert _wait(lambda: "không có trong mô hình dữ liệu" not in (_get(base) or "không có trong mô hình dữ liệu"))


def test_a_fresh_project_with_broken_data_still_serves_a_page_naming_the_problem(project):
    _edit(project, PLAN, "kind: ke-hoach\n", "kind: ke-hoach\ncolour: blue\n")
    port = _free_port()
    process = subprocess.Popen([KEHOACH, "serve", "--addr", f"127.0.0.1:{port}"],
                               cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        home = _wait(lambda: _get(f"http://127.0.0.1:{port}/"))
        assert home and "không có trong mô hình dữ liệu" in home
    finally:
        process.terminate()
        process.communicate(timeout=20)


def test_a_busy_port_is_one_line_and_exit_1(project):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run([KEHOACH, "serve", "--addr", f"127.0.0.1:{port}"],
                                cwd=project, capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and str(port) in lines[0] and "Traceback" not in result.stderr


def test_a_built_site_never_allows_inline_scripts(real_site):
    home = (real_site / "site" / "index.html").read_text(encoding="utf-8")
    assert "'unsafe-inline'" not in home.split("script-src", 1)[1].split(";", 1)[0]
