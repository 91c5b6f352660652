"""One-line errors, always: each awkward file or option gets one `error:` line naming the file,
line or option, a non-zero exit, no traceback and nothing half-written left behind; and the
workbench never removes or replaces what it did not make."""

from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from tests.conftest import copy_gate
from workbench.cli import main

USERS = ("user_id,name,site,gender,nationality,nationality_group,migrant,immigration_status,"
         "main_language,setting,first_contact_date")
STEFANIA = ("U1,Ștefania Bălan,london,female,Romania,eastern_europe_balkans,yes,unknown,Romanian,"
            "flat,2024-01-02")
CONCEICAO = ("U2,Conceição Araújo,regional,female,Portugal,other_eu,yes,unknown,Portuguese,"
             "sauna_massage,2024-01-05")


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse
            code = exc.code
    return code, out.getvalue(), err.getvalue()


def refused(code: int, err: str, *words: str) -> bool:
    """Status 2 and one `error:` line (after any progress message) naming all of `words`."""
    lines = err.strip().splitlines()
    return (code == 2 and bool(lines) and lines[-1].startswith("error: ")
            and err.count("error:") == 1 and "Traceback" not in err
            and all(w in lines[-1] for w in words))


# --- text files as case systems and spreadsheets save them ----------------------------------

def test_a_utf16_file_with_a_bom_is_read(tmp_path):
    src = tmp_path / "u.csv"
    src.write_bytes(("\r\n".join([USERS, STEFANIA, CONCEICAO]) + "\r\n").encode("utf-16"))
    code, out, err = cli("ingest", "service_users", src, "--data", tmp_path / "d")
    assert code == 0, err
    assert "(utf-16)" in out and "rows in: 2 = stored: 2 + quarantined: 0" in out
    names = pd.read_parquet(tmp_path / "d" / "identifiable" / "service_users.parquet").name
    assert names.tolist() == ["Ștefania Bălan", "Conceição Araújo"]


def test_a_file_mixing_utf8_and_windows_1252_is_refused_at_the_first_bad_line(tmp_path):
    src = tmp_path / "mixed.csv"
    src.write_bytes(f"{USERS}\n{STEFANIA}\n".encode() + f"{CONCEICAO}\n".encode("cp1252"))
    code, out, err = cli("ingest", "service_users", src, "--data", tmp_path / "d")
    assert refused(code, err, "mixed.csv: line 3 is not UTF-8", "Windows-1252")
    assert not (tmp_path / "d").exists()


# --- mapping, spec and configuration files (one YAML reader with limits) ----------------------

BOMB = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi"))


@pytest.mark.parametrize("text,message", [
    ("values: [clinic, outreach]\n", "'values' must map each column"),
    ("values: {contact_type: [a, b]}\n", "'values' must map each column"),
    ("columns: [a, b]\n", "'columns' must map"),
    (BOMB, "through its aliases"),
    ("x: " + "y" * (2 << 20) + "\n", "too large"),
])
def test_a_bad_mapping_file_is_named(tmp_path, text, message):
    (tmp_path / "m.yaml").write_text(text)
    src = tmp_path / "u.csv"
    src.write_text(f"{USERS}\n{STEFANIA}\n")
    code, out, err = cli("ingest", "service_users", src, "--data", tmp_path / "d",
                         "--mapping", tmp_path / "m.yaml")
    assert refused(code, err, "m.yaml", message)


def test_a_spec_or_config_path_that_is_a_folder_is_named(tmp_path):
    (tmp_path / "folder.yaml").mkdir()
    (tmp_path / "d").mkdir()
    code, out, err = cli("request-export", tmp_path / "folder.yaml", "--data", tmp_path / "d",
                         "--key", tmp_path / "no-key")
    assert refused(code, err, "folder.yaml: is a folder")
    code, out, err = cli("deidentify", "--data", tmp_path / "d", "--config", tmp_path / "folder.yaml")
    assert refused(code, err, "folder.yaml: is a folder")


# --- key files ----------------------------------------------------------------------------------

@pytest.mark.parametrize("content,mode,message", [
    ("not hex at all\n", 0o600, "not a key"),
    ("ab" * 32 + "\n", 0o666, "can be read or changed by other users"),
    ("ab" * 32 + "\n", 0o640, "chmod 600"),
])
def test_a_project_key_that_is_not_a_private_key_stops_the_command(tmp_path, content, mode,
                                                                   message):
    key = tmp_path / "d" / "keys" / "pseudonym.key"
    key.parent.mkdir(parents=True)
    key.write_text(content)
    key.chmod(mode)
    (tmp_path / "d" / "identifiable").mkdir()
    code, out, err = cli("deidentify", "--data", tmp_path / "d", "--quiet")
    assert refused(code, err, "pseudonym.key", message)


def test_a_key_file_open_to_others_is_refused(tmp_path):
    key = tmp_path / "k.key"
    key.write_text("ab" * 32 + "\n")
    key.chmod(0o644)
    pd.DataFrame({"text": ["Met Anna at the drop-in."]}).to_csv(tmp_path / "in.csv", index=False)
    code, out, err = cli("deidentify", tmp_path / "in.csv", "-o", tmp_path / "out.csv",
                         "--key-file", key, "--quiet")
    assert refused(code, err, "k.key", "chmod 600")
    assert not (tmp_path / "out.csv").exists()


def test_a_new_project_key_is_private(tmp_path):
    from workbench.core.keys import project_key
    from workbench.core.zones import open_data_dir

    data = open_data_dir(tmp_path / "d", create=True)
    assert project_key(data) == project_key(data)
    assert (data.keys / "pseudonym.key").stat().st_mode & 0o777 == 0o600


# --- its ------------------------------------------------------------------------------------------

@pytest.fixture
def monthly(tmp_path) -> Path:
    months = pd.period_range("2022-01", periods=36, freq="M").astype(str)
    counts = np.random.default_rng(1).poisson(50, 36).astype(float)
    path = tmp_path / "m.csv"
    pd.DataFrame({"month": months, "n": counts, "after": [0] * 18 + [1] * 18}).to_csv(path, index=False)
    return path


@pytest.mark.parametrize("extra,message", [
    (["--errors", "hac", "--hac-lags", "-1"], "--hac-lags -1"),
    (["--errors", "hac", "--hac-lags", "1000"], "between 1 and 18"),
    (["--plot", "{tmp}/missing/plot.png"], "missing does not exist"),
    (["--plot", "{tmp}/plot.docx"], "name a .png"),
])
def test_its_options_out_of_range_are_named(monthly, tmp_path, extra, message):
    extra = [e.format(tmp=tmp_path) for e in extra]
    code, out, err = cli("its", monthly, "--outcome", "n", "--time", "month", "--intervention",
                         "after", *extra)
    assert refused(code, err, message)


@pytest.mark.parametrize("family", ["quasipoisson", "gaussian"])
def test_its_with_an_absurd_value_is_named(monthly, family):
    frame = pd.read_csv(monthly)
    frame.loc[17, "n"] = 1e300
    frame.to_csv(monthly, index=False)
    code, out, err = cli("its", monthly, "--outcome", "n", "--time", "month", "--intervention",
                         "after", "--family", family)
    assert refused(code, err, "outcome 'n'", "1e+300")


# --- report and export outputs --------------------------------------------------------------------

@pytest.fixture(scope="module")
def approved(tmp_path_factory, approved_gate, keys):
    """A copy of the session's small project with an approved export request
    (tests/conftest.py), and the key of the reviewer who may export it."""
    root = copy_gate(approved_gate, tmp_path_factory.mktemp("robust"))
    return root, approved_gate.a, keys["rita"]


def test_export_to_a_file_is_named(approved, tmp_path):
    root, request_id, key = approved
    (tmp_path / "out").write_text("a user's file")
    code, out, err = cli("export", request_id, "--data", root, "--key", key, "-o", tmp_path / "out")
    assert refused(code, err, "out: exists and is not a folder")
    assert (tmp_path / "out").read_text() == "a user's file"


def test_export_leaves_a_users_folder_named_like_its_temporary_folder_alone(approved, tmp_path):
    root, request_id, key = approved
    mine = tmp_path / "pkg.partial"
    mine.mkdir()
    (mine / "notes.txt").write_text("mine")
    code, out, err = cli("export", request_id, "--data", root, "--key", key, "-o", tmp_path / "pkg")
    assert code == 0, err
    assert (mine / "notes.txt").read_text() == "mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pkg", "pkg.partial"]


def test_export_replaces_only_its_own_package_and_only_with_force(approved, tmp_path):
    root, request_id, key = approved
    assert cli("export", request_id, "--data", root, "--key", key, "-o", tmp_path / "pkg")[0] == 0
    code, out, err = cli("export", request_id, "--data", root, "--key", key, "-o", tmp_path / "pkg")
    assert refused(code, err, "exists and is not empty", "--force")
    code, out, err = cli("export", request_id, "--data", root, "--key", key, "-o", tmp_path / "pkg", "--force")
    assert code == 0, err
    assert cli("verify", tmp_path / "pkg")[0] == 0
    other = tmp_path / "thesis"
    other.mkdir()
    (other / "chapter1.docx").write_text("years of work")
    code, out, err = cli("export", request_id, "--data", root, "--key", key, "-o", other, "--force")
    assert refused(code, err, "is not an export package")
    assert [p.name for p in other.iterdir()] == ["chapter1.docx"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pkg", "thesis"]


def test_report_to_a_file_is_named(approved, tmp_path):
    root, _, _ = approved
    (tmp_path / "report.html").write_text("an old report")
    code, out, err = cli("report", "--data", root, "-o", tmp_path / "report.html")
    assert refused(code, err, "report.html: is a file")


def test_a_failed_report_leaves_nothing_behind(approved, tmp_path):
    root, _, _ = approved
    broken = tmp_path / "project"
    shutil.copytree(root, broken)
    (broken / "deidentified" / "health_events.parquet").write_bytes(b"not parquet")
    code, out, err = cli("report", "--data", broken, "-o", tmp_path / "r")
    assert refused(code, err, "health_events")
    assert not (tmp_path / "r").exists()
