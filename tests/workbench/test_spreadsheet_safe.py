"""CSV files written for people cannot run formulas when opened in a spreadsheet (the OWASP
rule: a leading apostrophe), and the stored values stay as they were."""

from __future__ import annotations

import contextlib
import io

import pandas as pd
import pytest

from workbench.cli import main
from workbench.core.spreadsheet import escape_cell, spreadsheet_safe, write_csv

USERS = ("user_id,name,site,gender,nationality,nationality_group,migrant,immigration_status,"
         "main_language,setting,first_contact_date")


@pytest.mark.parametrize("value,shown", [
    ("=HYPERLINK(\"http://x\",\"click\")", "'=HYPERLINK(\"http://x\",\"click\")"),
    ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("-5", "-5"), ("+3.25", "+3.25"), ("1e5", "1e5"),
    ("Anna", "Anna"), ("", ""), (None, None), (7, 7),
])
def test_cells_that_could_run_as_formulas_get_an_apostrophe(value, shown):
    assert escape_cell(value) == shown


def test_a_frame_keeps_its_numbers_and_escapes_text_and_headers():
    frame = pd.DataFrame({"=x": ["=1+1", "ok"], "n": [-1, 2]})
    safe = spreadsheet_safe(frame)
    assert list(safe.columns) == ["'=x", "n"]
    assert safe["'=x"].tolist() == ["'=1+1", "ok"] and safe["n"].tolist() == [-1, 2]
    assert frame["=x"].tolist() == ["=1+1", "ok"]  # the original is unchanged


def test_a_written_csv_keeps_each_record_whole_with_line_breaks_and_carriage_returns(tmp_path):
    frame = pd.DataFrame({"a": ["\r", "x\ry", "two\nlines", "=1"], "b": ["1", "2", "3", "4"]})
    write_csv(frame, tmp_path / "q.csv")
    back = pd.read_csv(tmp_path / "q.csv", dtype=str, keep_default_na=False)
    assert back.a.tolist() == ["'\r", "x\ry", "two\nlines", "'=1"] and back.b.tolist() == ["1", "2", "3", "4"]


def test_the_quarantine_file_is_safe_to_open_and_stored_values_are_unchanged(tmp_path):
    rows = [USERS,
            "U1,=HYPERLINK(\"http://evil\"),london,female,Romania,eastern_europe_balkans,yes,"
            "unknown,Romanian,flat,2024-01-02",
            "U2,@Anna,london,female,Romania,eastern_europe_balkans,yes,unknown,Romanian,flat,"
            "not a date"]
    (tmp_path / "u.csv").write_text("\n".join(rows) + "\n")
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["ingest", "service_users", str(tmp_path / "u.csv"), "--data",
                     str(tmp_path / "d")]) == 0
    stored = pd.read_parquet(tmp_path / "d" / "identifiable" / "service_users.parquet")
    assert stored.name.tolist() == ["=HYPERLINK(\"http://evil\")"]
    path, = (tmp_path / "d" / "identifiable" / "quarantine").glob("*.csv")
    q = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert q.name.tolist() == ["'@Anna"] and q.user_id.tolist() == ["U2"]
