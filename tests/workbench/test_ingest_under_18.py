"""A date of birth that makes someone under 18 at first contact: quarantined by default (a
child protection matter), kept only when the mapping says `keep_under_18: true`, and counted
either way (issue 9)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from tests.cli_helpers import run_cli

HEADER = ("user_id,name,date_of_birth,site,gender,nationality,nationality_group,migrant,"
          "immigration_status,main_language,setting,first_contact_date")
ADULT = ("U1,Ana Pop,1990-02-01,london,female,Romania,eastern_europe_balkans,yes,unknown,"
         "Romanian,flat,2024-01-02")
CHILD = ("U2,Mia Lee,2009-06-30,regional,female,Portugal,other_eu,yes,unknown,Portuguese,"
         "sauna_massage,2024-01-05")  # 14 at first contact


def ingest(tmp_path: Path, mapping: str | None = None):
    src = tmp_path / "users.csv"
    src.write_text(f"{HEADER}\n{ADULT}\n{CHILD}\n")
    args = ["ingest", "service_users", str(src), "--data", str(tmp_path / "d")]
    if mapping is not None:
        (tmp_path / "map.yaml").write_text(mapping)
        args += ["--mapping", str(tmp_path / "map.yaml")]
    return run_cli(args)


def stored_ids(tmp_path: Path) -> list[str]:
    return pd.read_parquet(tmp_path / "d" / "identifiable" / "service_users.parquet"
                           ).user_id.tolist()


def test_someone_under_18_is_quarantined_by_default(tmp_path):
    out = ingest(tmp_path)
    assert out.returncode == 0, out.stderr
    assert "rows in: 2 = stored: 1 + quarantined: 1" in out.stdout
    assert "row 3, column date_of_birth, value '2009-06-30': under 18 at first contact" in out.stdout
    assert stored_ids(tmp_path) == ["U1"]


def test_the_mapping_can_keep_people_under_18_and_they_are_still_counted(tmp_path):
    out = ingest(tmp_path, "keep_under_18: true\n")
    assert out.returncode == 0, out.stderr
    assert "rows in: 2 = stored: 2 + quarantined: 0" in out.stdout
    assert "row 3, column date_of_birth, value '2009-06-30': under 18 at first contact " \
           "(kept as asked)" in out.stdout
    assert stored_ids(tmp_path) == ["U1", "U2"]


def test_keep_under_18_false_quarantines_as_by_default(tmp_path):
    out = ingest(tmp_path, "keep_under_18: false\n")
    assert out.returncode == 0, out.stderr
    assert "rows in: 2 = stored: 1 + quarantined: 1" in out.stdout


def test_a_keep_under_18_that_is_not_true_or_false_is_refused(tmp_path):
    out = ingest(tmp_path, "keep_under_18: sometimes\n")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert out.stderr.startswith("error: ") and "keep_under_18" in out.stderr
    assert "true or false" in out.stderr
    assert not (tmp_path / "d" / "identifiable" / "service_users.parquet").exists()
