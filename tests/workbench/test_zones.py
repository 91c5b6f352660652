"""Data directories: zones are created; a directory inside a git work tree is refused."""

import pytest

from workbench.core.errors import ZoneError
from workbench.core.zones import open_data_dir


def test_zones_are_created_with_private_keys(tmp_path):
    data = open_data_dir(tmp_path / "proj", create=True)
    for zone in ("identifiable", "deidentified", "exports", "keys"):
        assert (tmp_path / "proj" / zone).is_dir()
    assert data.keys.stat().st_mode & 0o077 == 0


def test_data_inside_a_git_work_tree_is_refused(tmp_path):
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    with pytest.raises(ZoneError, match="inside the git work tree"):
        open_data_dir(tmp_path / "repo" / "data" / "proj", create=True)
    assert not (tmp_path / "repo" / "data").exists()


def test_missing_data_dir_is_a_clear_error(tmp_path):
    with pytest.raises(ZoneError, match="no such data directory"):
        open_data_dir(tmp_path / "nothing")


def test_repository_ignores_data_and_keys():
    from tests.conftest import REPO

    ignored = (REPO / ".gitignore").read_text().split()
    for pattern in ("identifiable/", "deidentified/", "exports/", "keys/", "*.key", "*.parquet"):
        assert pattern in ignored
