"""Keep CPython's cyclic garbage collector off the build's long-lived data.

Checking and generating allocate millions of objects that live until the build ends and form
almost no reference cycles, yet every full collection walks all of them, and full collections
come round again as the heap grows. Measured on the synthetic national data (see
benchmarks/RESULTS.md): ``check`` took ×6.4 the time for ×4 the data with the collector running,
×4.0 with it paused, and freed only ~47,000 objects in all. ``paused()`` is used around our own
stages; ``frozen()`` around MkDocs, which makes cyclic garbage of its own (one Markdown instance
per page) that must still be collected, while the dataset already in memory is set aside in the
permanent generation and no longer walked.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@contextmanager
def frozen() -> Iterator[None]:
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
