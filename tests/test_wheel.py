"""The built wheel carries everything the generator reads at run time, and builds the real site."""

import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

from conftest import BUILD_DATE, copy_project

ROOT = Path(__file__).resolve().parent.parent


def test_wheel_installs_into_a_fresh_venv_and_builds_the_real_site(tmp_path):
    # from a clean copy of the tracked files: a stale build/ folder would hide missing package data
    checkout = tmp_path / "checkout"
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for rel in filter(None, tracked.decode().split("\0")):
        if (ROOT / rel).is_file():
            (checkout / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / rel, checkout / rel)
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(dist),
                    str(checkout)], check=True, capture_output=True)
    [wheel] = dist.glob("kehoach-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    package_data = [p.relative_to(ROOT).as_posix() for p in (ROOT / "generator").rglob("*")
                    if p.is_file() and p.suffix in (".json", ".j2")]
    assert package_data and not [p for p in package_data if p not in names]

    # a fresh venv that sees the dependencies already installed but not this checkout
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    site_packages = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                        check=True, capture_output=True, text=True).stdout.strip())
    (site_packages / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site_packages)
    (tmp_path / "project").mkdir()
    project = copy_project(tmp_path / "project")
    shutil.copytree(ROOT / "source", project / "source")
    result = subprocess.run([str(python), "-c", "import generator, sys; print(generator.__file__)"],
                            cwd=project, capture_output=True, text=True, check=True)
    assert str(site_packages) in result.stdout  # the wheel's copy, not this checkout
    build = subprocess.run([str(python), "-m", "generator", "build", "--strict", "--build-date", BUILD_DATE.isoformat()],
                           cwd=project, capture_output=True, text=True)
    assert build.returncode == 0, build.stdout + build.stderr
    assert (project / "site" / "index.html").is_file()
    assert (project / "site" / "assets" / "generated" / "search-index.js").is_file()
