"""Writers that never collide and never leave half a file: one lock per data directory,
unique temporary names in the destination folder, and an atomic rename at the end.

Two commands writing to the same data directory at once (two ingests, a review and an export)
take turns on DATA_DIR/.workbench.lock. A file is written to a temporary name that only this
run uses (made by `tempfile` beside the destination, so the rename stays on one file system)
and appears under its real name only when complete; a run that fails removes its own
temporary file and nothing else.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from workbench.core.errors import WorkbenchError

LOCK_NAME = ".workbench.lock"
WAIT_SECONDS = 600.0


@contextmanager
def data_lock(root: str | Path, timeout: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the data directory's writer lock (re-entrant within a thread of one process)."""
    path = Path(root) / LOCK_NAME
    # One lock object per path in a process (is_singleton), so a function holding the lock can
    # call another that takes it (an export appending to the audit log).
    lock = FileLock(path, is_singleton=True)
    try:
        lock.acquire(timeout=timeout)
    except Timeout:
        raise WorkbenchError(f"{Path(root)}: another workbench command has been writing to this "
                             f"data directory for {timeout:g} s; try again when it has "
                             "finished") from None
    try:
        yield
    finally:
        lock.release()


@contextmanager
def replacing(path: str | Path) -> Iterator[Path]:
    """Yield a new temporary path beside `path`; if the block succeeds it becomes `path`."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        yield Path(tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path: str | Path, text: str) -> None:
    """Write a text file (UTF-8) atomically."""
    with replacing(path) as tmp:
        tmp.write_text(text, encoding="utf-8")


@contextmanager
def new_folder(target: str | Path, replace: bool = False) -> Iterator[Path]:
    """Yield a new, empty temporary folder beside `target`; if the block succeeds it is renamed
    to `target`, which must not exist or be an empty folder; with `replace`, the folder at
    `target` is set aside first and removed once the new one is in place. On failure the
    temporary folder is removed and `target` is as it was."""
    target = Path(target)
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".partial"))
    try:
        yield tmp
        aside = None
        if replace:
            aside = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.",
                                          suffix=".old"))
            os.replace(target, aside)
        try:
            os.replace(tmp, target)  # atomic; fails if target is a non-empty folder
        except BaseException:
            if aside is not None:
                os.replace(aside, target)
            raise
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if aside is not None:
        shutil.rmtree(aside)
