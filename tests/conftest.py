"""Shared fixtures: small synthetic projects with fixed seeds (no real data anywhere)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from workbench.generate.context import GenConfig
from workbench.generate.project import generate_project

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def synthetic_project(tmp_path_factory) -> Path:
    """A 6,000-person, 36-month project: large enough for calibration and effect checks."""
    root = tmp_path_factory.mktemp("project")
    generate_project(root, GenConfig(users=6_000, months=36, seed=7))
    return root


@pytest.fixture(scope="session")
def small_project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("small")
    generate_project(root, GenConfig(users=300, months=24, seed=11))
    return root


@pytest.fixture(scope="session")
def engine():
    """One de-identification engine per session (the language model loads once)."""
    from deidentify.engine import Deidentifier

    return Deidentifier(key=b"k" * 32)


@pytest.fixture(scope="session")
def analysis_project(synthetic_project, tmp_path_factory) -> Path:
    """A copy of the 6,000-person project with its de-identified zone (structured tables: the
    analysis needs no notes), for trend analysis, models and reports. Copied, not generated
    again: the seed gives the same files, and `synthetic_project` stays without that zone."""
    from deidentify.api import deidentify_project

    root = tmp_path_factory.mktemp("analysis")
    shutil.copytree(synthetic_project, root, dirs_exist_ok=True)
    deidentify_project(root, include_notes=False)
    return root
