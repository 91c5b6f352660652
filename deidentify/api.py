"""What notebooks and the CLI call: de-identify a file, or a whole project data directory."""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from deidentify.config import DeidConfig, load_config
from deidentify.files import BatchWriter, Columns, read_batches
from deidentify.known_from_zone import build_known_identifiers
from deidentify.known_model import KnownIdentifiers
from deidentify.runner import STATUS_COLUMNS, RunReport, deidentify_frames
from deidentify.structured import transform_table
from workbench.core.atomic import replacing, write_text
from workbench.core.errors import InputError, WorkbenchError
from workbench.core.integrity import file_sha256
from workbench.core.keys import extract_key, project_key, random_key, read_key_file
from workbench.core.schema import NOTES, TABLES
from workbench.core.zones import EVENTS_FILE, DataDir, open_data_dir

ZONE_EXTRACT = "deidentified-zone"  # the label the zone's key is derived with
BATCH_ROWS = 256


def key_fingerprint(key: bytes) -> str:
    """Names the key in outputs without revealing it."""
    return hashlib.sha256(b"fingerprint:" + key).hexdigest()[:16]


def deidentify_file(input_path: str, output_path: str, text_column: str | Columns = "text",
                    workers: int = 1, config: DeidConfig | None = None,
                    key_file: str | None = None, data_dir: str | None = None,
                    progress: Callable[[int], None] | None = None) -> RunReport:
    """De-identify a CSV, JSONL or Parquet file of notes; every row is kept, in order.

    `text_column` is the notes column, or a Columns saying which columns are de-identified,
    kept or left out: every column of the file must be one of these, or nothing is written.

    Without a key file the run uses a fresh random key: surrogates agree within the output
    but cannot be linked to any other run. With `data_dir`, the project's registry of known
    identifiers is used as well (and `user_id`/`staff_id` columns make it record-aware).
    """
    config = config or load_config()
    key = read_key_file(key_file) if key_file else random_key()
    known = build_known_identifiers(open_data_dir(data_dir)) if data_dir else None
    if output_path != "-" and Path(output_path).resolve() == Path(input_path).resolve():
        raise InputError(f"{output_path}: the output must not overwrite the input")
    columns = Columns(text=(text_column,)) if isinstance(text_column, str) else text_column
    frames = read_batches(input_path, BATCH_ROWS, columns)
    drop = list(columns.drop)
    return _stream(frames, output_path, columns.text, config, key, known, workers, progress,
                   transform=lambda frame: frame.drop(columns=[c for c in drop if c in frame]))


def _stream(frames, output_path: str, text_column: str | tuple[str, ...], config: DeidConfig, key: bytes,
            known: KnownIdentifiers | None, workers: int,
            progress: Callable[[int], None] | None,
            transform: Callable[[pd.DataFrame], pd.DataFrame] | None = None) -> RunReport:
    """De-identify frames into one output file, which appears only if every batch was written."""
    report = RunReport()
    writer = BatchWriter(output_path)
    ok, written = False, 0
    try:
        for frame in deidentify_frames(frames, text_column, config, key, known, workers,
                                       progress=progress, report=report):
            writer.write(transform(frame) if transform else frame)
            written += len(frame)
        ok = True
    except WorkbenchError as exc:
        if output_path == "-" and written:  # a stream cannot be taken back: say what went out
            raise type(exc)(f"{exc}; {written} rows had already been written to standard "
                            "output before this: discard that output") from None
        raise
    finally:
        writer.close(ok)
    return report


def _write_table(frame: pd.DataFrame, path: Path) -> None:
    """Write under a unique temporary name beside the table, then rename over it: a file
    the user left there (even one called NAME.partial) is never written to or removed."""
    with replacing(path) as tmp:
        pq.write_table(pa.Table.from_pandas(frame, preserve_index=False), tmp, compression="zstd")


def deidentify_project(data_dir: str | Path, workers: int = 1, config: DeidConfig | None = None,
                       progress: Callable[[int], None] | None = None,
                       include_notes: bool = True) -> dict:
    """Identifiable zone -> de-identified zone: structured tables and notes. Returns the manifest
    (also written to deidentified/manifest.json): counts, settings and the key's fingerprint.
    With include_notes=False only the structured tables are written (enough for the trend
    analysis, in seconds); the notes are then not in the manifest. Holds the data
    directory's writer lock: a second run waits for the first."""
    data: DataDir = open_data_dir(data_dir)
    with data.writing():
        return _deidentify_project(data, workers, config, progress, include_notes)


def _copy_events(data: DataDir) -> dict:
    """Copy the months of the effects a synthetic project's generator planted (its
    identifiable/manifest.json; months only, no personal data) to deidentified/events.json,
    so that the analysis reads the de-identified zone alone. A project without them gets an
    empty file (its events are in events.yaml at the top of the data directory)."""
    source = data.identifiable / "manifest.json"
    planted = json.loads(source.read_text()).get("planted_effects", {}) if source.exists() else {}
    events = {name: {"start": effect["start_month"], "months": effect.get("duration_months")}
              for name, effect in planted.items()
              if isinstance(effect, dict) and "start_month" in effect}
    record = {"synthetic": bool(planted), "events": events}
    write_text(data.deidentified / EVENTS_FILE, json.dumps(record, indent=2) + "\n")
    return events


def _deidentify_project(data: DataDir, workers: int, config: DeidConfig | None,
                        progress: Callable[[int], None] | None, include_notes: bool) -> dict:
    started = time.perf_counter()
    config = config or load_config()
    made = (data.deidentified / "manifest.json").exists()  # then the key must already exist
    key = extract_key(project_key(data, create=not made), ZONE_EXTRACT)
    if not data.table_path("identifiable", "service_users").exists():
        raise InputError(f"{data.identifiable}: no service_users table; generate or ingest first")
    known: KnownIdentifiers = build_known_identifiers(data)
    data.deidentified.mkdir(exist_ok=True)
    tables = {}
    for name, table in TABLES.items():
        src = data.table_path("identifiable", name)
        if table.synthetic_only or name == NOTES.name or not src.exists():
            continue  # gold spans hold the identifiers themselves: never copied
        frame = pd.read_parquet(src)
        out = transform_table(table, frame, key, config)
        _write_table(out, data.table_path("deidentified", name))
        tables[name] = {"rows_in": len(frame), "rows_out": len(out), "columns": list(out.columns),
                        "source_sha256": file_sha256(src)}  # export checks consents are current

    notes_src = data.table_path("identifiable", "notes")
    notes_report = None
    if include_notes and notes_src.exists():
        parquet = pq.ParquetFile(notes_src)
        frames = (b.to_pandas() for b in parquet.iter_batches(batch_size=BATCH_ROWS))
        notes_report = _stream(
            frames, str(data.table_path("deidentified", "notes")), "text", config, key, known,
            workers, progress, transform=lambda frame: transform_table(NOTES, frame, key, config)
            .join(frame[list(STATUS_COLUMNS)]))
        tables["notes"] = {"rows_in": notes_report.rows_in, "rows_out": notes_report.rows_out,
                           "withheld": notes_report.withheld}
    events = _copy_events(data)
    manifest = {
        "source": str(data.identifiable),
        "key_fingerprint": key_fingerprint(key),
        "configuration": config.as_record(),
        "tables": tables,
        "notes": notes_report.as_record() if notes_report else None,
        "events": sorted(events),
        "seconds": round(time.perf_counter() - started, 1),
    }
    write_text(data.deidentified / "manifest.json", json.dumps(manifest, indent=2) + "\n")
    return manifest
