"""Find and read the files in `datasets/` (checkout, editable install or wheel)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from workbench.errors import ConfigError

_HERE = Path(__file__).resolve().parent


def datasets_dir() -> Path:
    # A checkout or editable install has datasets/ beside the package; a wheel carries a copy.
    for candidate in (_HERE.parent / "datasets", _HERE / "_datasets"):
        if (candidate / "calibration.yaml").is_file():
            return candidate
    raise ConfigError("cannot find the datasets/ folder; reinstall the workbench (make install)")


@cache
def load_yaml(relative: str) -> dict[str, Any]:
    """Read a YAML file from datasets/ (cached: these files are read-only reference data)."""
    path = datasets_dir() / relative
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: file not found") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return data


def calibration() -> dict[str, Any]:
    return load_yaml("calibration.yaml")


def synthetic_names() -> dict[str, Any]:
    return load_yaml("synthetic_sources/names.yaml")
