"""De-identification of project records and free-text notes (see README.md).

The names most callers need: `Deidentifier` (notes in memory), `deidentify_file` and
`deidentify_project` (files and whole data directories), and `load_config`. The ethics gate
uses these and a few more (the project's known identifiers, keyed ids, placeholders, folding):
they are its only way in, a contract in pyproject.toml keeps it off the modules behind them.

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
    from deidentify.known_from_zone import build_known_identifiers
    from deidentify.known_model import KnownIdentifiers
    from deidentify.lexicon import fold
    from deidentify.operators import placeholder_spans
    from deidentify.structured import pseudonymise_ids

_HOMES = {"Deidentifier": "deidentify.engine", "deidentify_file": "deidentify.api",
          "deidentify_project": "deidentify.api", "load_config": "deidentify.config",
          "KnownIdentifiers": "deidentify.known_model",
          "build_known_identifiers": "deidentify.known_from_zone",
          "fold": "deidentify.lexicon", "placeholder_spans": "deidentify.operators",
          "pseudonymise_ids": "deidentify.structured"}
__all__ = list(_HOMES)


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module 'deidentify' has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
