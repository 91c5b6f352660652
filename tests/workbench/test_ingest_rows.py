"""Rows as written: field counts are checked against the header (never an implied index),
quarantined rows keep every field and their line, and rows in = stored + quarantined."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import openpyxl
import pandas as pd

from workbench.cli import main

HEADER = "contact_id,user_id,contact_date,contact_type,site,establishment_id,staff_id,duration_minutes,interpreter_used"
ROW = "C{i},U{i},2024-03-0{i},clinic,london,,S1,20,no"


def ingest(tmp_path: Path, src: Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["ingest", "contacts", str(src), "--data", str(tmp_path / "d")])
    return code, out.getvalue(), err.getvalue()


def quarantine(tmp_path: Path) -> pd.DataFrame:
    path, = (tmp_path / "d" / "identifiable" / "quarantine").glob("contacts-*.csv")
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def stored_ids(tmp_path: Path) -> list[str]:
    return pd.read_parquet(tmp_path / "d" / "identifiable" / "contacts.parquet").contact_id.tolist()


def test_a_long_first_row_is_quarantined_whole_and_shifts_nothing(tmp_path):
    src = tmp_path / "c.csv"
    src.write_text("\n".join([HEADER, ROW.format(i=1) + ",extra,more", ROW.format(i=2),
                              ROW.format(i=3)]) + "\n")
    code, out, err = ingest(tmp_path, src)
    assert code == 0, err
    assert "rows in: 3 = stored: 2 + quarantined: 1" in out
    assert "row 2, column (fields), value '': has 11 fields but the header has 9" in out
    assert stored_ids(tmp_path) == ["C2", "C3"]
    q = quarantine(tmp_path)
    assert q.source_row.tolist() == ["2"]
    assert q.contact_id.tolist() == ["C1"] and q.user_id.tolist() == ["U1"]
    assert (q.extra_field_1[0], q.extra_field_2[0]) == ("extra", "more")


def test_a_short_row_is_quarantined_with_its_line(tmp_path):
    src = tmp_path / "c.csv"
    src.write_text("\n".join([HEADER, ROW.format(i=1), "C2,U2,2024-03-02,clinic",
                              ROW.format(i=3)]) + "\n")
    code, out, err = ingest(tmp_path, src)
    assert "rows in: 3 = stored: 2 + quarantined: 1" in out
    assert "row 3, column (fields), value '': has 4 fields but the header has 9" in out
    q = quarantine(tmp_path)
    assert q.iloc[0][["source_row", "contact_id", "contact_type", "site"]].tolist() == [
        "3", "C2", "clinic", ""]


def test_line_numbers_count_lines_not_records_after_a_multi_line_note(tmp_path):
    users = ("user_id,name,site,gender,nationality,nationality_group,migrant,immigration_status,"
             "main_language,setting,first_contact_date")
    good = "U{i},\"Name {i}\",london,female,Romania,eastern_europe_balkans,yes,unknown,Romanian,flat,2024-01-02"
    src = tmp_path / "u.csv"
    src.write_text("\n".join([users, good.format(i=1).replace("Name 1", "Line one\nline two"),
                              "", good.format(i=2).replace("london", "paris")]) + "\n")
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["ingest", "service_users", str(src), "--data", str(tmp_path / "d")])
    assert code == 0, err.getvalue()
    assert "rows in: 2 = stored: 1 + quarantined: 1" in out.getvalue()
    assert "row 5, column site, value 'paris'" in out.getvalue()


def test_an_xlsx_row_with_cells_beyond_the_header_is_quarantined(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER.split(","))
    sheet.append(ROW.format(i=1).split(","))
    sheet.append(ROW.format(i=2).split(",") + ["stray"])
    book.save(tmp_path / "c.xlsx")
    code, out, err = ingest(tmp_path, tmp_path / "c.xlsx")
    assert code == 0, err
    assert "rows in: 2 = stored: 1 + quarantined: 1" in out
    assert "row 3, column (fields), value '': has 10 fields but the header has 9" in out
    assert quarantine(tmp_path).extra_field_1.tolist() == ["stray"]


def test_a_header_naming_a_column_twice_is_refused(tmp_path):
    src = tmp_path / "c.csv"
    src.write_text(HEADER + ",site\n" + ROW.format(i=1) + ",regional\n")
    code, out, err = ingest(tmp_path, src)
    assert code == 2 and "column 'site' appears twice in the header" in err
    assert not (tmp_path / "d").exists()
