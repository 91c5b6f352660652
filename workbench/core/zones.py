"""The project data directory and its zones.

    DIR/identifiable/   records as exported from the case system (or generated); never exported
    DIR/identifiable/quarantine/  rows that failed validation, with the reason
    DIR/deidentified/   output of de-identification; the only source of analysis and extracts
    DIR/exports/        export requests, review pages and approved packages
    DIR/keys/           key material (pseudonym and audit keys)

A data directory may not sit inside a git work tree: identifiable data and keys must never be
one `git add` away from a repository.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from workbench.core.atomic import data_lock
from workbench.core.errors import ZoneError

ZONES = ("identifiable", "deidentified", "exports", "keys")
# DIR/deidentified/events.json: the months of the effects a synthetic project's generator
# planted, copied there by de-identification so that the analysis never opens identifiable/.
EVENTS_FILE = "events.json"


def _enclosing_git_tree(path: Path) -> Path | None:
    for parent in (path, *path.parents):
        if (parent / ".git").exists():
            return parent
    return None


@dataclass(frozen=True)
class DataDir:
    root: Path

    @property
    def identifiable(self) -> Path:
        return self.root / "identifiable"

    @property
    def quarantine(self) -> Path:
        return self.identifiable / "quarantine"

    @property
    def deidentified(self) -> Path:
        return self.root / "deidentified"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def keys(self) -> Path:
        return self.root / "keys"

    def writing(self) -> AbstractContextManager[None]:
        """Hold this directory's writer lock (see workbench/core/atomic.py)."""
        return data_lock(self.root)

    def table_path(self, zone: str, table: str) -> Path:
        if zone not in ZONES:
            raise ZoneError(f"unknown zone {zone!r}; zones are {', '.join(ZONES)}")
        return self.root / zone / f"{table}.parquet"


def open_data_dir(path: str | Path, create: bool = False) -> DataDir:
    """Return the data directory at `path`, refusing one inside a git work tree.

    With `create`, the zone folders are made (keys/ readable by the owner only).
    """
    root = Path(path).expanduser().resolve()
    repo = _enclosing_git_tree(root)
    if repo is not None:
        raise ZoneError(
            f"{root} is inside the git work tree {repo}; put project data outside any "
            "repository (for example ~/swp-workbench-data/NAME)"
        )
    data = DataDir(root)
    if create:
        for zone in ZONES:
            (root / zone).mkdir(parents=True, exist_ok=True)
        data.keys.chmod(0o700)
    elif not root.is_dir():
        raise ZoneError(f"{root}: no such data directory (create one with 'workbench generate' "
                        "or 'workbench ingest')")
    return data
