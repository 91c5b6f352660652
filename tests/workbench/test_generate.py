"""The synthetic generator: reproducible, schema-conforming, with exact gold spans."""

from __future__ import annotations

import json
import re

import pandas as pd
import pyarrow.parquet as pq
import pytest

from tests.cli_helpers import run_cli
from workbench.core.integrity import nhs_check_digit_ok
from workbench.core.schema import ENTITY_TYPES, TABLES
from workbench.generate.context import GenConfig
from workbench.generate.project import generate_project
from workbench.validation import validate


def _bytes(root):
    return {p.name: p.read_bytes() for p in sorted((root / "identifiable").iterdir())}


def test_same_seed_gives_byte_identical_files(tmp_path):
    config = GenConfig(users=250, months=12, seed=3)
    generate_project(tmp_path / "a", config)
    generate_project(tmp_path / "b", config)
    a, b = _bytes(tmp_path / "a"), _bytes(tmp_path / "b")
    assert a.keys() == b.keys() and "manifest.json" in a
    assert all(a[k] == b[k] for k in a)


def test_another_seed_gives_other_data(tmp_path):
    generate_project(tmp_path / "a", GenConfig(users=250, months=12, seed=3))
    generate_project(tmp_path / "b", GenConfig(users=250, months=12, seed=4))
    assert _bytes(tmp_path / "a")["notes.parquet"] != _bytes(tmp_path / "b")["notes.parquet"]


def test_chunks_do_not_repeat_people(tmp_path):
    # 200 people per chunk: a second chunk must draw from its own random stream.
    generate_project(tmp_path, GenConfig(users=320, months=12, seed=5, chunk_users=200))
    users = pd.read_parquet(tmp_path / "identifiable" / "service_users.parquet")
    assert users.user_id.is_unique and len(users) == 320
    first, second = users.iloc[:120], users.iloc[200:]
    assert (first.name.to_numpy() != second.name.to_numpy()).mean() > 0.8


def test_every_table_is_written_with_its_schema(small_project):
    for name, table in TABLES.items():
        stored = pq.read_schema(small_project / "identifiable" / f"{name}.parquet")
        assert stored.names == table.column_names, name


def test_generated_rows_pass_the_ingest_validation(small_project):
    # What the generator writes must be acceptable input: the two cannot disagree.
    for name in ("service_users", "contacts", "health_events", "incidents", "consents"):
        frame = pd.read_parquet(small_project / "identifiable" / f"{name}.parquet")
        as_text = frame.astype(object).where(frame.notna(), "").astype(str)
        _, bad, problems = validate(as_text, TABLES[name])
        assert not bad.any(), (name, problems[:3])


def test_foreign_keys_resolve(small_project):
    d = small_project / "identifiable"
    users = set(pd.read_parquet(d / "service_users.parquet").user_id)
    contacts = pd.read_parquet(d / "contacts.parquet")
    assert set(contacts.user_id) <= users
    for table in ("health_events", "referrals", "notes", "interpreter_sessions"):
        frame = pd.read_parquet(d / f"{table}.parquet")
        assert set(frame.user_id) <= users, table
        if "contact_id" in frame:
            assert set(frame.contact_id.dropna()) <= set(contacts.contact_id), table


def test_gold_spans_match_the_note_text_exactly(synthetic_project):
    d = synthetic_project / "identifiable"
    notes = pd.read_parquet(d / "notes.parquet").set_index("note_id").text
    spans = pd.read_parquet(d / "note_spans.parquet")
    text = notes.loc[spans.note_id].to_numpy()
    cut = [t[s:e] for t, s, e in zip(text, spans.start, spans.end)]
    assert cut == spans.value.tolist()
    assert set(spans.entity_type) == set(ENTITY_TYPES)


def test_notes_carry_the_hard_cases(synthetic_project):
    d = synthetic_project / "identifiable"
    spans = pd.read_parquet(d / "note_spans.parquet")
    people = spans[spans.entity_type == "PERSON"].value
    assert people.str.contains(r"[ăâîșțąęłńóśźżçãéíúëüčšžō]", regex=True).any()
    assert (people.str.islower()).mean() > 0.03  # names typed in lower case
    assert people.isin(["Precious", "Crystal", "Angel"]).any()  # names that are ordinary words
    phones = spans[spans.entity_type == "PHONE_NUMBER"].value
    assert phones.str.startswith("+44").any() and phones.str.startswith("07").any()
    assert phones.str.match(r"^\+(40|48|359|355|66|55|370)").any()  # foreign mobiles
    nhs = spans[spans.entity_type == "NHS_NUMBER"].value
    assert nhs.map(nhs_check_digit_ok).all()
    regs = spans[spans.entity_type == "VEHICLE_REG"].value.str.replace(" ", "")
    assert regs.str.fullmatch(r"[A-Z]{2}\d{2}[A-Z]{3}").any()  # current format
    assert regs.str.fullmatch(r"[A-Z]\d{1,3}[A-Z]{3}").any()  # prefix format


def test_notes_use_the_persons_own_record(synthetic_project):
    d = synthetic_project / "identifiable"
    users = pd.read_parquet(d / "service_users.parquet").set_index("user_id")
    notes = pd.read_parquet(d / "notes.parquet")
    sample = notes.head(400)
    own_phone = [isinstance(p, str) and p in t
                 for p, t in zip(users.phone.reindex(sample.user_id), sample.text)]
    assert sum(own_phone) > 20


def test_manifest_records_parameters_and_planted_months(small_project):
    manifest = json.loads((small_project / "identifiable" / "manifest.json").read_text())
    assert manifest["parameters"] == {"users": 300, "months": 24, "seed": 11,
                                      "start": "2023-01", "chunk_users": 5000}
    op = manifest["planted_effects"]["policing_operation"]
    assert (op["start_month"], op["end_month"]) == ("2024-01", "2024-03")
    assert manifest["planted_effects"]["interpreter_change"]["start_month"] == "2023-09"
    assert "timestamp" not in json.dumps(manifest)


@pytest.mark.parametrize("args,message", [
    (["--users", "0"], "--users must be at least 1"),
    (["--months", "6"], "--months must be between 12 and 240"),
    (["--start", "May 2023"], "--start must look like 2023-01"),
])
def test_generate_rejects_bad_parameters(tmp_path, args, message):
    out = run_cli(["generate", "--out", str(tmp_path / "p"), *args])
    assert out.returncode == 2
    assert out.stderr.startswith("error: ") and message in out.stderr
    assert "Traceback" not in out.stderr
    assert not (tmp_path / "p").exists()


def test_note_templates_only_use_known_slots():
    from workbench.generate.note_templates import TEMPLATES

    known = {"name", "wname", "other", "staff", "interp", "phone", "phone2", "email",
             "address", "flat", "estate", "postcode", "establishment", "nhs", "nino",
             "passport", "horef", "clinicno", "police", "reg", "dob", "date", "url", "handle",
             "agency", "language", "nationality", "car"}
    used = {m for ts in TEMPLATES.values() for t in ts for m in re.findall(r"\{(\w+)\}", t)}
    assert used <= known
