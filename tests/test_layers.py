"""The layers hold: the import-linter contracts in pyproject.toml pass on this tree, every
module of `workbench` is named in them, a lower layer that imports a higher one fails, and so
does `ethics` reaching past `deidentify`'s public API."""

from __future__ import annotations

import os
import pkgutil
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import workbench

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("workbench", "deidentify", "ethics")
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    """Run the project's contracts on the packages under `root` (no cache, no logo)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([str(LINT_IMPORTS), "--config", str(root / "pyproject.toml"),
                           "--no-cache", "--no-logo"],
                          cwd=root, env=env, capture_output=True, text=True, timeout=120)


def contracts() -> list[dict]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["tool"]["importlinter"]["contracts"]


def test_the_import_contracts_pass():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_every_workbench_module_is_in_a_layer():
    """A new module of `workbench` must be placed: otherwise no contract would see it."""
    modules = {f"workbench.{m.name}" for m in pkgutil.iter_modules(workbench.__path__)} - {
        "workbench.core"}
    layers, core, _ethics = contracts()
    top = {name.strip() for name in layers["layers"][0].split(":")}
    assert top == modules
    assert set(core["forbidden_modules"]) == modules | {"deidentify", "ethics"}


def _copy_packages(dest: Path) -> None:
    for package in PACKAGES:
        shutil.copytree(ROOT / package, dest / package,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    shutil.copy(ROOT / "pyproject.toml", dest / "pyproject.toml")


def test_a_lower_layer_importing_a_higher_one_breaks_the_contracts(tmp_path):
    _copy_packages(tmp_path)
    assert lint_imports(tmp_path).returncode == 0  # the copy alone keeps them
    (tmp_path / "deidentify" / "upward.py").write_text("from ethics.policy import parse_value\n")
    (tmp_path / "workbench" / "core" / "upward.py").write_text("import workbench.cli\n")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "2 broken" in result.stdout
    assert "deidentify.upward -> ethics.policy" in result.stdout
    assert "workbench.core.upward -> workbench.cli" in result.stdout


def test_ethics_importing_a_private_deidentify_module_breaks_the_contracts(tmp_path):
    _copy_packages(tmp_path)
    (tmp_path / "ethics" / "private.py").write_text(
        "from deidentify import fold\n"  # the public API: allowed
        "from deidentify.lexicon import zipf\n")
    (tmp_path / "ethics" / "checks" / "private.py").write_text("import deidentify.engine\n")
    result = lint_imports(tmp_path)
    assert result.returncode != 0
    assert "1 broken" in result.stdout
    assert "ethics.private -> deidentify.lexicon" in result.stdout
    assert "ethics.checks.private -> deidentify.engine" in result.stdout
    assert "ethics.private -> deidentify (l.1)" not in result.stdout
