"""`workbench deidentify`: files in every format, standard input, a whole project."""

from __future__ import annotations

import json
import shutil
import subprocess

import pandas as pd
import pyarrow.parquet as pq
import pytest

from tests.cli_helpers import run_cli
from workbench.core.schema import TABLES, Role

NOTES = [
    {"id": "a1", "site": "london", "text": "Saw Ioana Popescu at 12 Acacia Road, 07700 900123."},
    {"id": "a2", "site": "regional", "text": "No identifiers in this one."},
    {"id": "a3", "site": "london", "text": "Angel says her NI is AB123456C."},
]


KEEP = ("--keep-column", "id", "--keep-column", "site")


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return run_cli(["deidentify", *args], stdin=stdin)


def errors(result: subprocess.CompletedProcess) -> int:
    """Lines of the run's output that are error messages (the rest is the progress bar)."""
    return sum(line.startswith("error:") for line in result.stderr.splitlines())


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
    result = run(str(src), "-o", str(out), "--quiet", *KEEP)
    assert result.returncode == 0, result.stderr
    assert "rows in: 3 = out: 3 (ok: 3, withheld: 0)" in result.stdout
    read = {"csv": lambda: pd.read_csv(out), "parquet": lambda: pd.read_parquet(out),
            "jsonl": lambda: pd.read_json(out, lines=True)}[suffix]
    check(read())


def test_jsonl_on_standard_input_and_output():
    stdin = "".join(json.dumps(n) + "\n" for n in NOTES)
    result = run("-", "-o", "-", "--workers", "2", *KEEP, stdin=stdin)
    assert result.returncode == 0, result.stderr
    check(pd.DataFrame([json.loads(line) for line in result.stdout.splitlines()]))
    assert "rows in: 3 = out: 3" in result.stderr


def test_a_huge_note_is_withheld_and_counted(tmp_path):
    notes = NOTES + [{"id": "a4", "site": "x", "text": "Saw Ioana. " * 3000}]
    pd.DataFrame(notes).to_csv(tmp_path / "in.csv", index=False)
    result = run(str(tmp_path / "in.csv"), "-o", str(tmp_path / "out.csv"), "--quiet", *KEEP)
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
    result = run(str(tmp_path / name), "-o", str(out), "--keep-column", "id")
    assert result.returncode == 2 and message in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists() and not (tmp_path / "out.csv.partial").exists()
    assert not list(tmp_path.glob("*.partial"))


def test_the_output_may_not_overwrite_the_input(tmp_path):
    pd.DataFrame(NOTES).to_csv(tmp_path / "in.csv", index=False)
    result = run(str(tmp_path / "in.csv"), "-o", str(tmp_path / "in.csv"))
    assert result.returncode == 2 and "must not overwrite the input" in result.stderr


def test_a_whole_project(small_project, tmp_path):
    project = tmp_path / "project"  # a copy: the session's small project is never written to
    shutil.copytree(small_project, project)
    result = run("--data", str(project), "--workers", "2", "--quiet")
    assert result.returncode == 0, result.stderr
    ident, deid = project / "identifiable", project / "deidentified"
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
    key = (project / "keys" / "pseudonym.key")
    assert key.exists() and key.stat().st_mode & 0o077 == 0
    assert key.read_text().strip() not in json.dumps(manifest)


@pytest.mark.parametrize("suffix", ["csv", "jsonl", "parquet"])
def test_a_column_nobody_named_stops_the_run(tmp_path, suffix):
    src, out = tmp_path / f"in.{suffix}", tmp_path / f"out.{suffix}"
    frame = pd.DataFrame([{"id": "a1", "client_name": "Ioana Popescu", "phone": "07700 900123",
                           "text": "Saw her today."}])
    {"csv": lambda: frame.to_csv(src, index=False),
     "jsonl": lambda: frame.to_json(src, orient="records", lines=True),
     "parquet": lambda: frame.to_parquet(src)}[suffix]()
    result = run(str(src), "-o", str(out), "--keep-column", "id")
    assert result.returncode == 2, result.stdout
    assert "'client_name', 'phone' not accounted for" in result.stderr
    assert errors(result) == 1 and "Traceback" not in result.stderr
    assert not out.exists() and not list(tmp_path.glob("*.partial"))


def test_other_columns_are_deidentified_kept_or_dropped_as_named(tmp_path):
    src, out = tmp_path / "in.csv", tmp_path / "out.jsonl"
    pd.DataFrame([{"id": "a1", "client_name": "Ioana Popescu", "phone": "07700 900123",
                   "text": "Saw Ioana today.", "site": "london"}]).to_csv(src, index=False)
    result = run(str(src), "-o", str(out), "--text-column", "text", "--text-column",
                 "client_name", "--keep-column", "id", "--keep-column", "site",
                 "--drop-column", "phone", "--quiet")
    assert result.returncode == 0, result.stderr
    row = json.loads(out.read_text())
    assert "phone" not in row and row["id"] == "a1" and row["site"] == "london"
    assert "Ioana" not in row["client_name"] and "Popescu" not in row["client_name"]
    assert "Ioana" not in row["text"] and row["deid_status"] == "ok"


@pytest.mark.parametrize("content,line", [
    ("id,text\na1,Saw her today\na2,Saw Ioana, she is ok\n", 3),  # unquoted comma
    ("id,text\na1,Saw her today\n\na2\n", 4),  # a field missing
    ('id,text\na1,"a note\nover two lines"\na2,Saw Ioana, 07700 900123\n', 4),
])
def test_a_ragged_csv_row_is_refused_with_its_line(tmp_path, content, line):
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text(content)
    result = run(str(src), "-o", str(out), "--keep-column", "id")
    assert result.returncode == 2
    assert f"line {line} has" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists() and not list(tmp_path.glob("*.partial"))


def test_every_row_one_field_too_many_is_not_taken_as_an_index(tmp_path):
    src, out = tmp_path / "in.csv", tmp_path / "out.csv"
    src.write_text("id,text\na1,Saw Ioana, at the flat\na2,Met Daniela, by the station\n")
    result = run(str(src), "-o", str(out), "--keep-column", "id")
    assert result.returncode == 2 and "line 2 has 3 fields, the header has 2" in result.stderr
    assert not out.exists()


def test_a_jsonl_record_with_an_unknown_key_is_refused_with_its_line(tmp_path):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text('{"id": "a1", "text": "ok"}\n{"id": "a2", "text": "hi", "phone": "07700 900123"}\n')
    result = run(str(src), "-o", str(out), "--keep-column", "id")
    assert result.returncode == 2 and "line 2" in result.stderr and "'phone'" in result.stderr
    assert not out.exists() and not list(tmp_path.glob("*.partial"))


def test_jsonl_output_is_strict_json(tmp_path):
    src, out = tmp_path / "in.csv", tmp_path / "out.jsonl"
    pd.DataFrame([{"id": "a1", "score": 1.5, "text": "fine"},
                  {"id": "a2", "score": None, "text": "Saw her. " * 3000}]).to_parquet(
        src := tmp_path / "in.parquet")
    result = run(str(src), "-o", str(out), "--keep-column", "id", "--keep-column", "score",
                 "--quiet")
    assert result.returncode == 0, result.stderr
    lines = out.read_text().splitlines()
    assert "NaN" not in out.read_text()
    rows = [json.loads(line, parse_constant=lambda c: pytest.fail(f"not strict JSON: {c}"))
            for line in lines]
    assert rows[1]["score"] is None and rows[1]["text"] is None
    assert rows[1]["deid_status"] == "withheld"


@pytest.mark.parametrize("target", ["folder", "missing/out.csv"])
def test_an_output_folder_or_a_missing_folder_gets_one_line(tmp_path, target):
    pd.DataFrame(NOTES).to_csv(tmp_path / "in.csv", index=False)
    (tmp_path / "folder").mkdir()
    result = run(str(tmp_path / "in.csv"), "-o", str(tmp_path / target), *KEEP)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert errors(result) == 1
    assert not list(tmp_path.rglob("*.partial"))


def test_a_users_own_partial_file_is_never_touched(tmp_path):
    pd.DataFrame(NOTES).to_csv(tmp_path / "in.csv", index=False)
    mine = tmp_path / "out.csv.partial"
    mine.write_text("my own work\n")
    ok = run(str(tmp_path / "in.csv"), "-o", str(tmp_path / "out.csv"), "--quiet", *KEEP)
    assert ok.returncode == 0, ok.stderr
    (tmp_path / "bad.csv").write_text("id,text\na1,x,y\n")
    bad = run(str(tmp_path / "bad.csv"), "-o", str(tmp_path / "out2.csv"), "--keep-column", "id")
    assert bad.returncode == 2
    assert mine.read_text() == "my own work\n"
    assert sorted(p.name for p in tmp_path.glob("*.partial")) == ["out.csv.partial"]
