"""`workbench ingest`: exports load, bad rows are quarantined with reasons, counts add up,
and bad files get one line of error, a non-zero exit and no traceback."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from tests.cli_helpers import run_cli

HEADER = "contact_id,user_id,contact_date,contact_type,site,establishment_id,staff_id,duration_minutes,interpreter_used"
GOOD = [
    "C1,U1,2024-03-01,clinic,london,,S1,25,no",
    "C2,U1,05/03/2024,Drop-in,London,,S1,30,yes",
    "C3,U2,2024-03-09,outreach_establishment,regional,E4,S2,15,false",
]
BAD = [
    "C4,U2,2024-13-45,clinic,london,,S1,20,no",        # impossible date
    "C5,U3,2024-03-10,sauna visit,london,,S1,20,no",    # not an allowed contact type
    "C6,,2024-03-10,clinic,london,,S1,20,no",           # missing required user_id
    "C7,U3,2024-03-10,clinic,london,,S1,lots,no",       # not a number
    "C8,U3,2024-03-10,clinic,london,,S1,900,no",        # above the maximum
    "C1,U9,2024-03-11,clinic,london,,S1,20,no",         # duplicate key
]


def run(*args: str) -> subprocess.CompletedProcess:
    return run_cli(args)


def write(path: Path, lines: list[str], encoding="utf-8") -> Path:
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


def stored(data: Path, table="contacts") -> pd.DataFrame:
    return pd.read_parquet(data / "identifiable" / f"{table}.parquet")


def test_good_and_bad_rows_are_counted_and_quarantined(tmp_path):
    src = write(tmp_path / "contacts.csv", [HEADER, *GOOD, *BAD])
    out = run("ingest", "contacts", str(src), "--data", str(tmp_path / "d"))
    assert out.returncode == 0, out.stderr
    assert "rows in: 9 = stored: 3 + quarantined: 6" in out.stdout
    assert "row 5, column contact_date, value '2024-13-45': not a date" in out.stdout
    assert "row 6, column contact_type, value 'sauna visit': not one of" in out.stdout
    assert "row 7, column user_id, value '': required value is missing" in out.stdout
    assert "row 10, column contact_id, value 'C1': duplicate key" in out.stdout
    frame = stored(tmp_path / "d")
    assert frame.contact_id.tolist() == ["C1", "C2", "C3"]
    assert frame.contact_type.tolist() == ["clinic", "drop_in", "outreach_establishment"]
    assert str(frame.contact_date[1]) == "2024-03-05"  # UK day-first
    assert frame.interpreter_used.tolist() == [False, True, False]
    quarantine = list((tmp_path / "d" / "identifiable" / "quarantine").glob("contacts-*.csv"))
    assert len(quarantine) == 1
    q = pd.read_csv(quarantine[0], dtype=str)
    assert q.source_row.tolist() == ["5", "6", "7", "8", "9", "10"]
    assert q.reasons.str.len().gt(0).all()


def test_utf8_bom_and_windows_1252_files_load(tmp_path):
    users = ["user_id,name,site,gender,nationality,nationality_group,migrant,"
             "immigration_status,main_language,setting,first_contact_date",
             "U1,Ștefania Bălan,london,female,Romania,eastern_europe_balkans,yes,unknown,"
             "Romanian,flat,2024-01-02"]
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + ("\n".join(users) + "\n").encode("utf-8"))
    out = run("ingest", "service_users", str(bom), "--data", str(tmp_path / "a"))
    assert out.returncode == 0, out.stderr
    assert stored(tmp_path / "a", "service_users").name[0] == "Ștefania Bălan"

    cp = [users[0], "U2,Conceição Araújo,regional,female,Portugal,other_eu,yes,unknown,"
                    "Portuguese,sauna_massage,2024-01-05"]
    src = write(tmp_path / "cp1252.csv", cp, encoding="cp1252")
    out = run("ingest", "service_users", str(src), "--data", str(tmp_path / "b"))
    assert out.returncode == 0, out.stderr
    assert "(cp1252)" in out.stdout
    assert stored(tmp_path / "b", "service_users").name[0] == "Conceição Araújo"


def test_xlsx_with_a_mapping(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Ref", "Client", "Date", "Type", "Site", "Worker", "Mins", "Interpreter?"])
    sheet.append(["X1", "U1", "01/02/2024", "Sauna outreach", "london", "S1", 15, "Y"])
    sheet.append(["X2", "U1", "02/02/2024", "Clinic", "london", "S1", 20, "N"])
    book.save(tmp_path / "export.xlsx")
    (tmp_path / "map.yaml").write_text(
        "columns: {Ref: contact_id, Client: user_id, Date: contact_date, Type: contact_type,"
        " Site: site, Worker: staff_id, Mins: duration_minutes, 'Interpreter?': interpreter_used}\n"
        "values: {contact_type: {'Sauna outreach': outreach_establishment}}\n")
    out = run("ingest", "contacts", str(tmp_path / "export.xlsx"), "--data",
              str(tmp_path / "d"), "--mapping", str(tmp_path / "map.yaml"))
    assert out.returncode == 0, out.stderr
    assert "rows in: 2 = stored: 2 + quarantined: 0" in out.stdout
    frame = stored(tmp_path / "d")
    assert frame.contact_type.tolist() == ["outreach_establishment", "clinic"]
    assert str(frame.contact_date[0]) == "2024-02-01"


def test_a_second_ingest_appends_and_quarantines_keys_already_stored(tmp_path):
    data = str(tmp_path / "d")
    run("ingest", "contacts", str(write(tmp_path / "a.csv", [HEADER, *GOOD])), "--data", data)
    again = [HEADER, GOOD[0], "C9,U5,2024-04-01,clinic,london,,S1,20,no"]
    out = run("ingest", "contacts", str(write(tmp_path / "b.csv", again)), "--data", data)
    assert "rows in: 2 = stored: 1 + quarantined: 1" in out.stdout
    assert "key already stored" in out.stdout
    assert stored(tmp_path / "d").contact_id.tolist() == ["C1", "C2", "C3", "C9"]


@pytest.mark.parametrize("name,content,message", [
    ("empty.csv", b"", "the file is empty"),
    ("header.csv", (HEADER + "\n").encode(), "has a header but no data rows"),
    ("missing.csv", b"contact_id,user_id\nC1,U1\n",
     "missing required column(s) contact_date, contact_type, site, staff_id"),
    ("binary.csv", b"\x00\x01\x02PK\x03\x04" * 50, "contains NUL bytes"),
    ("broken.xlsx", b"this is not a workbook", "not a readable Excel workbook"),
    ("notes.docx", b"whatever", "unsupported file type .docx"),
])
def test_bad_files_get_one_line_and_nothing_is_stored(tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    out = run("ingest", "contacts", str(tmp_path / name), "--data", str(tmp_path / "d"))
    assert out.returncode == 2
    assert out.stderr.count("\n") == 1 and out.stderr.startswith("error: ")
    assert message in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "d").exists()


def test_unknown_table_and_missing_file_are_named(tmp_path):
    out = run("ingest", "clients", str(tmp_path / "x.csv"), "--data", str(tmp_path / "d"))
    assert out.returncode == 2 and "unknown table 'clients'" in out.stderr
    out = run("ingest", "contacts", str(tmp_path / "x.csv"), "--data", str(tmp_path / "d"))
    assert out.returncode == 2 and "x.csv: no such file" in out.stderr


def test_gold_spans_cannot_be_ingested(tmp_path):
    src = write(tmp_path / "s.csv", ["span_id,note_id,start,end,entity_type,value", "a,b,1,2,DATE,x"])
    out = run("ingest", "note_spans", str(src), "--data", str(tmp_path / "d"))
    assert out.returncode == 2 and "only by the synthetic generator" in out.stderr


def test_a_malformed_mapping_is_named(tmp_path):
    src = write(tmp_path / "a.csv", [HEADER, *GOOD])
    (tmp_path / "m.yaml").write_text("colums: {a: b}\n")
    out = run("ingest", "contacts", str(src), "--data", str(tmp_path / "d"),
              "--mapping", str(tmp_path / "m.yaml"))
    assert out.returncode == 2 and "m.yaml: a mapping has only" in out.stderr
