"""De-identification of project records and free-text notes (see README.md).

The names most callers need: `Deidentifier` (notes in memory), `deidentify_file` and
`deidentify_project` (files and whole data directories), and `load_config`.

Importing the package is cheap: each name loads its module (and Presidio and spaCy) on first
use, so a command that only reads keys or hashes files (`workbench verify`) does not pay for
the language model.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from deidentify.api import deidentify_file, deidentify_project
    from deidentify.config import load_config
    from deidentify.engine import Deidentifier

_HOMES = {"Deidentifier": "deidentify.engine", "deidentify_file": "deidentify.api",
          "deidentify_project": "deidentify.api", "load_config": "deidentify.config"}
__all__ = ["Deidentifier", "deidentify_file", "deidentify_project", "load_config"]


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'deidentify' has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
