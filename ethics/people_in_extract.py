"""Who is in an extract, kept beside the request, so that export can check consent again.

Consent can be withdrawn at any time, including after a request was approved and before the
package is made. The request therefore keeps the people its extract holds (their re-keyed
`user_id`s, the surrogates the researcher would see, whether or not the extract shows that
column) in `people.json` beside `request.json`, whose signed record carries the file's
SHA-256. Export reads the consents as they stand now and refuses if anyone in the extract no
longer has research consent: the approval was for people who agreed, and a new request leaves
the others out.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pandas as pd

from ethics.checks.consent import consenting_users
from ethics.linkage import key_for_label, rekey_people
from workbench.core.errors import WorkbenchError
from workbench.core.integrity import file_sha256
from workbench.core.tables import read_table
from workbench.core.zones import DataDir

PEOPLE_FILE = "people.json"


class ConsentChanged(WorkbenchError):
    """Someone in an approved extract no longer has research consent, or the list of the
    extract's people cannot be trusted."""


def _body(people: set[str]) -> bytes:
    return (json.dumps(sorted(people), indent=0) + "\n").encode("utf-8")


def people_sha256(people: set[str]) -> str:
    """The SHA-256 a request records for these people (that of their `people.json`)."""
    return hashlib.sha256(_body(people)).hexdigest()


def write_people(folder: Path, people: set[str]) -> str:
    """Write `people.json` into the request folder; return its SHA-256 for the request."""
    (folder / PEOPLE_FILE).write_bytes(_body(people))
    return people_sha256(people)


def _read_people(folder: Path, record: dict[str, Any]) -> set[str]:
    expected = record.get("people_sha256")
    if not expected:
        raise ConsentChanged(f"request {record.get('request_id')} was made before exports "
                             "checked consent again, so who is in it is not recorded; make the "
                             "request again")
    path = folder / PEOPLE_FILE
    try:
        body = path.read_bytes()
    except OSError:
        raise ConsentChanged(f"{path}: missing; consent cannot be checked again, so nothing is "
                             "exported (make the request again)") from None
    if hashlib.sha256(body).hexdigest() != expected:
        raise ConsentChanged(f"{path}: changed since the request was signed; nothing is "
                             "exported (make the request again)")
    return set(json.loads(body))


def check_consents_current(data: DataDir) -> None:
    """The de-identified zone's consents are those of the identifiable zone now: a withdrawal
    ingested since the zone was made must not wait for someone to run deidentify again."""
    source = data.table_path("identifiable", "consents")
    manifest = data.deidentified / "manifest.json"
    try:
        recorded = json.loads(manifest.read_text())["tables"]["consents"].get("source_sha256")
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        recorded = None
    if not source.exists() or recorded != file_sha256(source):
        raise ConsentChanged(f"the consents in {data.identifiable} changed after the "
                             "de-identified zone was made (or it does not say which it was "
                             "made from): a withdrawal may be waiting; run `workbench "
                             f"deidentify --data {data.root}` first")


def no_longer_consenting(data: DataDir, folder: Path, record: dict[str, Any]) -> int:
    """How many people in the request's extract lack research consent in the de-identified
    zone now (export first checks that zone's consents are current: `check_consents_current`)."""
    people = _read_people(folder, record)
    if not people:
        return 0
    allowed = consenting_users(read_table(data, "consents", zone="deidentified"))
    key = key_for_label(data, record["pseudonyms"]["key"])
    still = set(rekey_people(pd.Series(sorted(allowed), dtype=object), key))
    return len(people - still)
