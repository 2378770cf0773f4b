"""``kehoach serve``: a live preview a maintainer can use.

The command checks the port, then runs MkDocs' own development server with
our hooks in *serve mode* (environment variables below).  In that mode the
hooks (``generator/site/mkdocs_hooks.py``):

* regenerate ``docs/`` from ``source/`` before every MkDocs build — the
  writer rewrites only the files whose bytes changed;
* watch ``source/``, the hand-written files of ``docs/`` and the theme
  overrides, not the generated folders (a regeneration would otherwise
  trigger a second, useless build);
* show the problems of a failed check on every page (and, when nothing has
  been generated yet, as the home page) while the server keeps running;
* let the live-reload script through the Content-Security-Policy — in serve
  mode only; a built site never allows inline scripts.
"""

from __future__ import annotations

import errno
import os
import signal
import socket
import sys
from pathlib import Path

from ..labels import message

ENV_SOURCE = "KEHOACH_SERVE_SOURCE"
ENV_DOCS = "KEHOACH_SERVE_DOCS"
ENV_DATE = "KEHOACH_SERVE_DATE"

#: What the hooks keep from one build to the next while serving (the hook module is
#: loaded anew with each build's config; this module is not).
STATE: dict = {}


class ServeError(Exception):
    """A problem the user can fix (busy port, bad address): one line, exit 1."""


def parse_addr(addr: str) -> tuple[str, int]:
    host, _, port = addr.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ServeError(message("serve_bad_addr", addr=addr))
    return host.strip("[]"), int(port)


def ensure_port_free(host: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise ServeError(message("serve_port_busy", host=host, port=port, other=port + 1)) from None
            raise ServeError(message("serve_bad_addr", addr=f"{host}:{port}")) from None


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def serve(source: Path, docs: Path, config: Path, addr: str, build_date) -> None:
    host, port = parse_addr(addr)
    ensure_port_free(host, port)
    from mkdocs.commands.serve import serve as mkdocs_serve

    os.environ[ENV_SOURCE] = str(source.resolve())
    os.environ[ENV_DOCS] = str(docs.resolve())
    os.environ[ENV_DATE] = build_date.isoformat()
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    # a terminated server cleans up like an interrupted one (MkDocs removes its temporary site folder)
    signal.signal(signal.SIGTERM, _interrupt)
    url = f"http://{host}:{port}/"
    print(message("serve_url", url=url, source=source), file=sys.stderr, flush=True)
    # "dirty": MkDocs rebuilds only the pages whose Markdown changed — the writer rewrites exactly
    # those, so every page that shows the edit is rebuilt and the rest are not
    mkdocs_serve(config_file=str(config), dev_addr=f"{host}:{port}", strict=False, livereload=True,
                 build_type="dirty")
