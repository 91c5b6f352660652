"""The names deidentify, ethics and workbench are also taken on the package index by unrelated
projects: each import must resolve to this repository."""

import importlib
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.mark.parametrize("name", ["workbench", "deidentify", "ethics"])
def test_import_resolves_to_this_repository(name):
    module = importlib.import_module(name)
    assert Path(module.__file__).resolve().parent == REPO / name


def test_datasets_is_not_an_importable_package():
    # A top-level `datasets` module would shadow the widely used library of that name.
    assert not (REPO / "datasets" / "__init__.py").exists()
