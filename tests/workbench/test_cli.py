"""Every command has help text a reviewer without a programming background can read."""

import subprocess
import sys

import pytest

from workbench.cli import build_parser

COMMANDS = sorted(build_parser()._subparsers._group_actions[0].choices)


def test_the_command_lists_its_subcommands():
    out = subprocess.run([sys.executable, "-m", "workbench.cli", "--help"],
                         capture_output=True, text=True)
    assert out.returncode == 0
    for command in COMMANDS:
        assert command in out.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command):
    out = subprocess.run([sys.executable, "-m", "workbench.cli", command, "--help"],
                         capture_output=True, text=True)
    assert out.returncode == 0
    assert len(out.stdout.split()) > 25  # a description, not just a usage line


def test_dictionary_file_matches_the_schema():
    from tests.conftest import REPO
    from workbench.dictionary import render_dictionary

    on_disk = (REPO / "datasets" / "data_dictionary.md").read_text(encoding="utf-8")
    assert on_disk == render_dictionary(), "run 'make dictionary' and commit the result"
