"""Load a case-system export (CSV or XLSX) into the identifiable zone, with validation.

Every row is accounted for: rows in = rows stored + rows quarantined. Bad rows go, with the
reasons, to identifiable/quarantine/ (never to the de-identified zone). A mapping file
renames the export's columns and recodes its values to the schema's:

    columns: {"Client ID": user_id, "Date of contact": contact_date}
    values:  {contact_type: {"Outreach - sauna": outreach_establishment}}
    dayfirst: true        # how to read dates like 03/04/2024 (UK order by default)
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from workbench.errors import ConfigError, InputError
from workbench.resources import read_yaml
from workbench.schema import Table, get_table
from workbench.validation import Problem, validate
from workbench.zones import open_data_dir

ENCODINGS = ("utf-8-sig", "cp1252")  # utf-8-sig also reads UTF-8 without a BOM


@dataclass
class IngestReport:
    table: str
    source: Path
    encoding: str
    rows_in: int
    rows_stored: int
    rows_quarantined: int
    problems: list[Problem] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    stored_path: Path | None = None
    quarantine_path: Path | None = None

    @property
    def adds_up(self) -> bool:
        return self.rows_in == self.rows_stored + self.rows_quarantined


def read_export(path: Path) -> tuple[pd.DataFrame, str]:
    """Read a CSV or XLSX file as strings; return the frame and the encoding used."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    if path.stat().st_size == 0:
        raise InputError(f"{path}: the file is empty")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        try:
            frame = pd.read_excel(path, dtype=str, keep_default_na=False, engine="openpyxl")
        except Exception as exc:  # openpyxl raises many types for a corrupt workbook
            raise InputError(f"{path}: not a readable Excel workbook ({exc.__class__.__name__})") from None
        encoding = "xlsx"
    elif suffix in (".csv", ".txt"):
        raw = path.read_bytes()
        for encoding in ENCODINGS:
            try:
                text = raw.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise InputError(f"{path}: not readable as UTF-8 or Windows-1252 text")
        if "\x00" in text:
            raise InputError(f"{path}: contains NUL bytes; is it a binary file saved as .csv?")
        try:
            frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False,
                                skipinitialspace=False)
        except pd.errors.EmptyDataError:
            raise InputError(f"{path}: the file is empty") from None
        except (pd.errors.ParserError, csv.Error) as exc:
            raise InputError(f"{path}: not a well-formed CSV file ({str(exc).strip()})") from None
    else:
        raise InputError(f"{path}: unsupported file type {suffix or '(none)'}; use .csv or .xlsx")
    frame.columns = [str(c).strip() for c in frame.columns]
    if len(frame) == 0:
        raise InputError(f"{path}: has a header but no data rows")
    return frame, encoding


def load_mapping(path: Path | None) -> dict:
    if path is None:
        return {}
    mapping = read_yaml(path, "mapping file")
    unknown = set(mapping) - {"columns", "values", "dayfirst"}
    if unknown:
        raise ConfigError(f"{path}: a mapping has only 'columns', 'values' and 'dayfirst' "
                          f"(found {', '.join(sorted(map(str, unknown)))})")
    return mapping


def apply_mapping(frame: pd.DataFrame, table: Table, mapping: dict, source: Path
                  ) -> tuple[pd.DataFrame, list[str]]:
    """Rename and recode columns; return the frame in schema order and the ignored columns."""
    frame = frame.rename(columns={str(k): str(v) for k, v in (mapping.get("columns") or {}).items()})
    for column, recode in (mapping.get("values") or {}).items():
        if column in frame.columns:
            frame[column] = frame[column].replace({str(k): str(v) for k, v in recode.items()})
    missing = [c.name for c in table.columns if c.required and c.name not in frame.columns]
    if missing:
        raise InputError(
            f"{source}: missing required column(s) {', '.join(missing)} for table "
            f"{table.name!r} (the file has: {', '.join(frame.columns)}); add them or map them "
            "with --mapping")
    for c in table.columns:
        if c.name not in frame.columns:
            frame[c.name] = ""
    ignored = [c for c in frame.columns if c not in table.column_names]
    return frame[table.column_names], ignored


def _store(path: Path, new: pa.Table, table: Table) -> tuple[pa.Table, pa.Table]:
    """Append `new` to the stored table; rows whose key is already stored are returned apart."""
    if not path.exists():
        return new, new.slice(0, 0)
    old = pq.read_table(path, schema=table.arrow_schema())
    seen = set(old[table.primary_key].to_pylist())
    is_dup = pa.array([k in seen for k in new[table.primary_key].to_pylist()], pa.bool_())
    return pa.concat_tables([old, new.filter(pa.compute.invert(is_dup))]), new.filter(is_dup)


def ingest(table_name: str, source: str | Path, data_dir: str | Path,
           mapping_path: str | Path | None = None) -> IngestReport:
    table = get_table(table_name)
    if table.synthetic_only:
        raise InputError(f"table {table_name!r} is written only by the synthetic generator")
    source = Path(source)
    mapping = load_mapping(Path(mapping_path) if mapping_path else None)
    raw, encoding = read_export(source)
    frame, ignored = apply_mapping(raw, table, mapping, source)
    data = open_data_dir(data_dir, create=True)  # only once the input is known to be readable
    valid, bad_rows, problems = validate(frame, table, dayfirst=bool(mapping.get("dayfirst", True)))

    stored_path = data.table_path("identifiable", table.name)
    combined, already = _store(stored_path, valid, table)
    if already.num_rows:
        dup_keys = set(already[table.primary_key].to_pylist())
        key_col = frame[table.primary_key].fillna("").str.strip()
        hit = ~bad_rows & key_col.isin(dup_keys).to_numpy()
        problems.extend(Problem(int(i) + 2, table.primary_key, key_col.iloc[i],
                                "key already stored by an earlier ingest")
                        for i in np.flatnonzero(hit))
        bad_rows |= hit
    report = IngestReport(table.name, source, encoding, len(frame),
                          valid.num_rows - already.num_rows, int(bad_rows.sum()),
                          problems, ignored)
    tmp = stored_path.with_suffix(".parquet.tmp")
    pq.write_table(combined, tmp, compression="zstd")
    tmp.replace(stored_path)
    report.stored_path = stored_path

    if report.rows_quarantined:
        data.quarantine.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        qpath = data.quarantine / f"{table.name}-{stamp}.csv"
        reasons: dict[int, list[str]] = {}
        for p in problems:
            reasons.setdefault(p.row, []).append(f"{p.column}: {p.reason}")
        quarantined = raw.loc[bad_rows].copy()
        rows = [i + 2 for i in range(len(raw)) if bad_rows[i]]
        quarantined.insert(0, "source_row", rows)
        quarantined.insert(1, "reasons", ["; ".join(reasons[r]) for r in rows])
        quarantined.to_csv(qpath, index=False, encoding="utf-8")
        report.quarantine_path = qpath
    return report
