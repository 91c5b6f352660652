"""Every command has help text a reviewer without a programming background can read."""

import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli_helpers import run_cli
from workbench.cli import build_parser

COMMANDS = sorted(build_parser()._subparsers._group_actions[0].choices)


def test_the_command_lists_its_subcommands():
    # One of the two tests that start a real process: `python -m workbench.cli` works.
    out = subprocess.run([sys.executable, "-m", "workbench.cli", "--help"],
                         capture_output=True, text=True)
    assert out.returncode == 0
    for command in COMMANDS:
        assert command in out.stdout


def test_the_installed_command_runs():
    # The other: the `workbench` console script that `pip install` writes beside python.
    script = Path(sys.executable).with_name("workbench")
    assert script.exists(), f"no {script}: install the project (make install)"
    out = subprocess.run([str(script), "audit", "verify", "--data", "/nonexistent/project"],
                         capture_output=True, text=True)
    assert out.returncode == 2 and out.stderr.startswith("error: ")
    assert "Traceback" not in out.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    out = run_cli([command, "--help"])
    assert out.returncode == 0
    assert len(out.stdout.split()) > 25  # a description, not just a usage line


def test_dictionary_file_matches_the_schema():
    from tests.conftest import REPO
    from workbench.dictionary import render_dictionary

    on_disk = (REPO / "datasets" / "data_dictionary.md").read_text(encoding="utf-8")
    assert on_disk == render_dictionary(), "run 'make dictionary' and commit the result"
