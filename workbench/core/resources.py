"""Find and read the files in `datasets/` (checkout, editable install or wheel)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

from workbench.core.errors import ConfigError

_HERE = Path(__file__).resolve().parent.parent  # the workbench package (this is workbench/core/)


def datasets_dir() -> Path:
    # A checkout or editable install has datasets/ beside the package; a wheel carries a copy.
    for candidate in (_HERE.parent / "datasets", _HERE / "_datasets"):
        if (candidate / "calibration.yaml").is_file():
            return candidate
    raise ConfigError("cannot find the datasets/ folder; reinstall the workbench (make install)")


MAX_YAML_BYTES = 1 << 20  # settings, mappings and specs are a few kilobytes
MAX_YAML_ALIASES = 100
MAX_YAML_NODES = 100_000  # after aliases are expanded ("billion laughs" expands to 10**9)


class _LimitedLoader(yaml.SafeLoader):
    """SafeLoader that counts aliases (*name) as it composes the document."""

    aliases = 0

    def compose_node(self, parent, index):  # noqa: ANN001 - PyYAML's signature
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_YAML_ALIASES:
                raise ConfigError(f"{self.name}: more than {MAX_YAML_ALIASES} aliases (*name); "
                                  "write the values out")
        return super().compose_node(parent, index)


def _expanded_size(node: yaml.Node, memo: dict[int, int]) -> int:
    if id(node) not in memo:
        memo[id(node)] = 0  # a recursive alias counts once
        children = (node.value if isinstance(node, yaml.SequenceNode) else
                    [n for pair in node.value for n in pair]
                    if isinstance(node, yaml.MappingNode) else [])
        memo[id(node)] = min(1 + sum(_expanded_size(c, memo) for c in children),
                             MAX_YAML_NODES + 1)
    return memo[id(node)]


def _safe_load(text: str, name: str) -> Any:
    loader = _LimitedLoader(text)
    loader.name = name
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if _expanded_size(node, {}) > MAX_YAML_NODES:
            raise ConfigError(f"{name}: expands to more than {MAX_YAML_NODES:,} values through "
                              "its aliases (*name); write the values out")
        return loader.construct_document(node)
    finally:
        loader.dispose()


def read_yaml(path: str | Path, what: str = "file") -> dict[str, Any]:
    """Read a YAML mapping; a missing, malformed, oversized or non-mapping file is a
    ConfigError. Files over MAX_YAML_BYTES, and aliases that expand beyond MAX_YAML_NODES
    values, are refused before they can fill the memory."""
    path = Path(path)
    try:
        if path.is_dir():
            raise ConfigError(f"{path}: is a folder; give the {what} itself")
        if path.stat().st_size > MAX_YAML_BYTES:
            raise ConfigError(f"{path}: {path.stat().st_size:,} bytes is too large for a {what} "
                              f"(at most {MAX_YAML_BYTES:,})")
        data = _safe_load(path.read_text(encoding="utf-8"), str(path))
    except FileNotFoundError:
        raise ConfigError(f"{path}: {what} not found") from None
    except PermissionError:
        raise ConfigError(f"{path}: {what} cannot be read (permission denied)") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: not valid YAML ({exc.__class__.__name__})") from None
    except RecursionError:
        raise ConfigError(f"{path}: nested too deeply to be a {what}") from None
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
