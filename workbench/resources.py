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


def read_yaml(path: str | Path, what: str = "file") -> dict[str, Any]:
    """Read a YAML mapping; a missing, malformed or non-mapping file is a ConfigError."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: {what} not found") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid YAML ({exc.__class__.__name__})") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of settings at the top level")
    return data


def example(name: str) -> Path:
    """A file from examples/ (checkout, editable install or wheel)."""
    for candidate in (_HERE.parent / "examples" / name, _HERE / "_examples" / name):
        if candidate.is_file():
            return candidate
    raise ConfigError(f"cannot find examples/{name}; reinstall the workbench (make install)")


def notebooks_dir() -> Path:
    """The notebooks (the report notebook is run by `workbench report`)."""
    for candidate in (_HERE.parent / "notebooks", _HERE / "_notebooks"):
        if candidate.is_dir():
            return candidate
    raise ConfigError("cannot find the notebooks/ folder; reinstall the workbench (make install)")


@cache
def load_yaml(relative: str) -> dict[str, Any]:
    """Read a YAML file from datasets/ (cached: these files are read-only reference data)."""
    return read_yaml(datasets_dir() / relative)


def calibration() -> dict[str, Any]:
    return load_yaml("calibration.yaml")


def synthetic_names() -> dict[str, Any]:
    return load_yaml("synthetic_sources/names.yaml")
