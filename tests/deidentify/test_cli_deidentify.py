"""`workbench deidentify`: files in every format, standard input, a whole project."""

from __future__ import annotations

import json
import subprocess

import pandas as pd
import pyarrow.parquet as pq
import pytest

from tests.cli_helpers import run_cli
from workbench.schema import TABLES, Role

NOTES = [
    {"id": "a1", "site": "london", "text": "Saw Ioana Popescu at 12 Acacia Road, 07700 900123."},
    {"id": "a2", "site": "regional", "text": "No identifiers in this one."},
    {"id": "a3", "site": "london", "text": "Angel says her NI is AB123456C."},
]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return run_cli(["deidentify", *args], stdin=stdin)


def check(frame: pd.DataFrame) -> None:
    assert frame.id.tolist() == ["a1", "a2", "a3"]  # every row, in order
    assert frame.site.tolist() == ["london", "regional", "london"]  # other fields kept
    assert (frame.deid_status == "ok").all()
    text = " ".join(frame.text)
    for leaked in ("Ioana", "Popescu", "Acacia", "900123", "Angel", "AB123456C"):
        assert leaked not in text
    assert frame.text[1] == NOTES[1]["text"]
    assert json.loads(frame.deid_removed[2]) == {"NI_NUMBER": 1, "PERSON": 1}


@pytest.mark.parametrize("suffix", ["csv", "jsonl", "parquet"])
def test_files_in_each_format(tmp_path, suffix):
    src, out = tmp_path / f"in.{suffix}", tmp_path / f"out.{suffix}"
    frame = pd.DataFrame(NOTES)
    {"csv": lambda: frame.to_csv(src, index=False),
     "jsonl": lambda: frame.to_json(src, orient="records", lines=True),
     "parquet": lambda: frame.to_parquet(src)}[suffix]()
    result = run(str(src), "-o", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    assert "rows in: 3 = out: 3 (ok: 3, withheld: 0)" in result.stdout
    read = {"csv": lambda: pd.read_csv(out), "parquet": lambda: pd.read_parquet(out),
            "jsonl": lambda: pd.read_json(out, lines=True)}[suffix]
    check(read())


def test_jsonl_on_standard_input_and_output():
    stdin = "".join(json.dumps(n) + "\n" for n in NOTES)
    result = run("-", "-o", "-", "--workers", "2", stdin=stdin)
    assert result.returncode == 0, result.stderr
    check(pd.DataFrame([json.loads(line) for line in result.stdout.splitlines()]))
    assert "rows in: 3 = out: 3" in result.stderr


def test_a_huge_note_is_withheld_and_counted(tmp_path):
    notes = NOTES + [{"id": "a4", "site": "x", "text": "Saw Ioana. " * 3000}]
    pd.DataFrame(notes).to_csv(tmp_path / "in.csv", index=False)
    result = run(str(tmp_path / "in.csv"), "-o", str(tmp_path / "out.csv"), "--quiet")
    assert "rows in: 4 = out: 4 (ok: 3, withheld: 1)" in result.stdout
    out = pd.read_csv(tmp_path / "out.csv")
    assert out.deid_status.tolist()[-1] == "withheld" and pd.isna(out.text.tolist()[-1])
    assert "too long" in out.deid_reason.tolist()[-1]


@pytest.mark.parametrize("name,content,message", [
    ("empty.csv", "", "the file is empty"),
    ("notext.csv", "id,body\n1,hello\n", "no column 'text'"),
    ("bad.jsonl", '{"id": 1, "text": "a"}\nnot json\n', "line 2 is not valid JSON"),
    ("notes.txt", "hello", "unsupported file type"),
])
def test_bad_input_gets_one_line_and_no_output(tmp_path, name, content, message):
    (tmp_path / name).write_text(content)
    out = tmp_path / "out.csv"
    result = run(str(tmp_path / name), "-o", str(out))
    assert result.returncode == 2 and message in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists() and not (tmp_path / "out.csv.partial").exists()


def test_the_output_may_not_overwrite_the_input(tmp_path):
    pd.DataFrame(NOTES).to_csv(tmp_path / "in.csv", index=False)
    result = run(str(tmp_path / "in.csv"), "-o", str(tmp_path / "in.csv"))
    assert result.returncode == 2 and "must not overwrite the input" in result.stderr


def test_a_whole_project(small_project):
    result = run("--data", str(small_project), "--workers", "2", "--quiet")
    assert result.returncode == 0, result.stderr
    ident, deid = small_project / "identifiable", small_project / "deidentified"
    manifest = json.loads((deid / "manifest.json").read_text())
    assert manifest["notes"]["rows_in"] == manifest["notes"]["rows_out"] == \
        pq.read_metadata(ident / "notes.parquet").num_rows
    assert not (deid / "note_spans.parquet").exists()  # gold spans hold raw identifiers
    for name, table in TABLES.items():
        if table.synthetic_only:
            continue
        columns = pq.read_schema(deid / f"{name}.parquet").names
        direct = [c for c in table.by_role(Role.DIRECT)
                  if c in columns and not c.endswith("_id") and c != "text"]
        assert direct == [], (name, direct)
        assert pq.read_metadata(deid / f"{name}.parquet").num_rows == \
            pq.read_metadata(ident / f"{name}.parquet").num_rows
    users = pd.read_parquet(ident / "service_users.parquet")
    deid_users = pd.read_parquet(deid / "service_users.parquet")
    assert not set(users.user_id) & set(deid_users.user_id)  # keys pseudonymised
    assert {"age_band", "postcode_district"} <= set(deid_users.columns)
    notes = " ".join(pd.read_parquet(deid / "notes.parquet").text.dropna())
    for value in pd.concat([users.phone, users.nhs_number, users.name]).dropna().head(200):
        assert value not in notes
    key = (small_project / "keys" / "pseudonym.key")
    assert key.exists() and key.stat().st_mode & 0o077 == 0
    assert key.read_text().strip() not in json.dumps(manifest)
