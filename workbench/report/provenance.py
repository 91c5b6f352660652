"""Where a report came from: the data it read (hashes of the tables and of the events file),
the code that made it, the parameters it ran with, and whether every output passed the
disclosure checks."""

from __future__ import annotations

import hashlib
import subprocess
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import workbench
from workbench.analysis.events import events_file
from workbench.core.integrity import file_sha256
from workbench.core.zones import DataDir

REPO = Path(__file__).resolve().parents[2]


def data_hashes(data: DataDir, tables: list[str]) -> dict[str, Any]:
    """SHA-256 of each de-identified table file read, and one digest over all of them (a table
    the project does not keep is listed as absent); and the events file's (None: none)."""
    files = {name: (file_sha256(path) if path.exists() else "absent")
             for name in sorted(tables) if (path := data.table_path("deidentified", name))}
    combined = hashlib.sha256("".join(f"{k}:{v}\n" for k, v in files.items()).encode())
    events = events_file(data)
    return {"zone": str(data.deidentified), "tables": files, "combined": combined.hexdigest(),
            "events": {"file": str(events), "sha256": file_sha256(events)} if events else None}


def code_version() -> dict[str, str]:
    """The package version, and the git commit when run from a checkout (marked if the work
    tree had changes)."""
    out = {"workbench": workbench.__version__}
    try:
        commit = subprocess.run(["git", "-C", str(REPO), "rev-parse", "HEAD"], text=True,
                                capture_output=True, timeout=10)
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain",
                                "--untracked-files=no"], text=True, capture_output=True,
                               timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return out
    if commit.returncode == 0:
        out["git_commit"] = commit.stdout.strip() + (" (with uncommitted changes)"
                                                     if dirty.stdout.strip() else "")
    return out


def provenance(data: DataDir, tables: list[str], parameters: dict[str, Any],
               gate: dict[str, Any]) -> dict[str, Any]:
    return {"created": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "input": data_hashes(data, tables), "code": code_version(),
            "parameters": parameters, "output_checks": gate}
