"""Dates are stored as the person who wrote them meant them: ISO always; other forms only as
declared in the mapping or as the whole column shows unambiguously; an ambiguous column is
refused with examples; impossible dates and absurd years are quarantined with the reason."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from workbench.cli import main

HEADER = "contact_id,user_id,contact_date,contact_type,site,establishment_id,staff_id,duration_minutes,interpreter_used"


def contacts(tmp_path: Path, dates: list[str], name: str = "c.csv") -> Path:
    lines = [HEADER] + [f"C{i},U1,{d},clinic,london,,S1,20,no" for i, d in enumerate(dates, 1)]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def ingest(tmp_path: Path, src: Path, *extra: str) -> tuple[int, str, str]:
    import contextlib
    import io

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["ingest", "contacts", str(src), "--data", str(tmp_path / "d"), *extra])
    return code, out.getvalue(), err.getvalue()


def stored_dates(tmp_path: Path) -> dict[str, str]:
    frame = pd.read_parquet(tmp_path / "d" / "identifiable" / "contacts.parquet")
    return dict(zip(frame.contact_id, frame.contact_date.astype(str)))


@pytest.mark.parametrize("written", [
    "2024-01-05", "2024-01-05T10:00:00", "2024-01-05 10:00", "2024-01-05T10:00:00Z",
    "2024-01-05T10:00:00+01:00", "2024/01/05", "2024.01.05", "20240105", "5 Jan 2024",
    "05-Jan-2024",
])
def test_unambiguous_forms_are_read_as_written(tmp_path, written):
    code, out, err = ingest(tmp_path, contacts(tmp_path, [written]))
    assert code == 0, err
    assert stored_dates(tmp_path) == {"C1": "2024-01-05"}


@pytest.mark.parametrize("written,reason", [
    ("2024-13-01", "not a date (no such month"),
    ("2024-02-30", "not a date (no such month"),
    ("31/02/2024", "not a date (no such month"),
    ("0001-01-01", "year outside 1900-2100"),
    ("9999-12-31", "year outside 1900-2100"),
    ("2024-01-05T25:00:00", "not a date (no such month, day or time"),
])
def test_impossible_dates_and_absurd_years_are_quarantined_with_the_reason(tmp_path, written,
                                                                           reason):
    code, out, err = ingest(tmp_path, contacts(tmp_path, ["2024-01-04", written]))
    assert code == 0, err
    assert "rows in: 2 = stored: 1 + quarantined: 1" in out
    assert f"row 3, column contact_date, value '{written}': {reason}" in out
    assert stored_dates(tmp_path) == {"C1": "2024-01-04"}
    q = pd.read_csv(next((tmp_path / "d" / "identifiable" / "quarantine").glob("*.csv")),
                    dtype=str, keep_default_na=False)
    assert q.source_row.tolist() == ["3"] and reason in q.reasons[0]


def test_a_column_with_us_and_ambiguous_dates_is_refused_with_examples(tmp_path):
    src = contacts(tmp_path, ["03/04/2024", "12/31/2024"])
    code, out, err = ingest(tmp_path, src)
    assert code == 2
    assert err.count("\n") == 1 and "column contact_date" in err
    assert "12/31/2024 on line 3" in err and "03/04/2024 on line 2" in err
    assert "date_format" in err
    assert not (tmp_path / "d").exists()


def test_a_column_mixing_day_first_and_month_first_is_refused(tmp_path):
    code, out, err = ingest(tmp_path, contacts(tmp_path, ["31/12/2024", "12/31/2024"]))
    assert code == 2 and "mixes day-first dates (31/12/2024 on line 2)" in err
    assert "month-first dates (12/31/2024 on line 3)" in err


def test_a_column_that_is_month_first_throughout_is_read_month_first(tmp_path):
    code, out, err = ingest(tmp_path, contacts(tmp_path, ["12/31/2024", "01/13/2024", "05/05/2024"]))
    assert code == 0, err
    assert stored_dates(tmp_path) == {"C1": "2024-12-31", "C2": "2024-01-13", "C3": "2024-05-05"}


def test_a_declared_format_decides_and_iso_is_still_accepted(tmp_path):
    (tmp_path / "m.yaml").write_text('date_format: {contact_date: "%m/%d/%Y"}\n')
    src = contacts(tmp_path, ["03/04/2024", "12/31/2024", "2024-06-01", "31/12/2024"])
    code, out, err = ingest(tmp_path, src, "--mapping", str(tmp_path / "m.yaml"))
    assert code == 0, err
    assert stored_dates(tmp_path) == {"C1": "2024-03-04", "C2": "2024-12-31", "C3": "2024-06-01"}
    assert "value '31/12/2024': not a date in the declared form %m/%d/%Y" in out


def test_one_declared_format_applies_to_every_date_column(tmp_path):
    (tmp_path / "m.yaml").write_text('date_format: "%d.%m.%y"\n')
    code, out, err = ingest(tmp_path, contacts(tmp_path, ["03.04.24"]),
                            "--mapping", str(tmp_path / "m.yaml"))
    assert code == 0, err
    assert stored_dates(tmp_path) == {"C1": "2024-04-03"}


@pytest.mark.parametrize("mapping,message", [
    ('date_format: {staff_id: "%d/%m/%Y"}\n', "not a date column"),
    ("date_format: {contact_date: dd/mm/yyyy}\n", "must be a form such as"),
    ("date_format: [1, 2]\n", "'date_format' is a form"),
    ("dayfirst: perhaps\n", "'dayfirst' is true or false"),
])
def test_a_bad_date_format_in_the_mapping_is_named(tmp_path, mapping, message):
    (tmp_path / "m.yaml").write_text(mapping)
    code, out, err = ingest(tmp_path, contacts(tmp_path, ["2024-01-05"]),
                            "--mapping", str(tmp_path / "m.yaml"))
    assert code == 2 and message in err and err.count("\n") == 1


def test_uk_day_first_stays_the_default_for_a_column_that_never_says_otherwise(tmp_path):
    code, out, err = ingest(tmp_path, contacts(tmp_path, ["03/04/2024", "25/12/2024"]))
    assert code == 0, err
    assert stored_dates(tmp_path) == {"C1": "2024-04-03", "C2": "2024-12-25"}
