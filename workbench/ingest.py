"""Load a case-system export (CSV or XLSX) into the identifiable zone, with validation.

Every row is accounted for: rows in = rows stored + rows quarantined. Bad rows go, with the
reasons and their line in the file, to identifiable/quarantine/ (never to the de-identified
zone), with every field as written. A row with more or fewer fields than the header is a bad
row (never read as an index or shifted). A mapping file renames the export's columns, recodes
its values to the schema's and says how dates are written (see workbench/core/dates.py):

    columns: {"Client ID": user_id, "Date of contact": contact_date}
    values:  {contact_type: {"Outreach - sauna": outreach_establishment}}
    date_format: {contact_date: "%d/%m/%Y"}   # or one form for every date column
    dayfirst: true        # how to read dates like 03/04/2024 (UK order by default)
    keep_under_18: false  # true: store people under 18 at first contact (still listed)

A date of birth that makes someone under 18 at first contact quarantines the row (a child
protection matter, not research data) and is listed with the other problems. A project whose
case system legitimately holds young people sets `keep_under_18: true`: the rows are then
stored and still listed, one line each ("kept as asked"), so they are always counted.
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

from workbench.core.atomic import replacing
from workbench.core.errors import ConfigError, InputError
from workbench.core.resources import read_yaml
from workbench.core.schema import Table, get_table
from workbench.core.spreadsheet import write_csv
from workbench.core.textfile import ENCODINGS, decode_text
from workbench.core.zones import open_data_dir
from workbench.validation import Problem, validate

__all__ = ["ENCODINGS", "IngestReport", "Rows", "ingest", "read_export", "read_rows"]
MAPPING_KEYS = ("columns", "values", "date_format", "dayfirst", "keep_under_18")
MAX_FIELD_CHARS = 64 << 20  # the csv module's default (128 KB) is shorter than a long note


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


@dataclass
class Rows:
    """An export as written: the header, each row's fields and the line it starts on."""
    header: list[str]
    fields: list[list[str]]
    lines: list[int]
    encoding: str

    def frame(self) -> pd.DataFrame:
        """Every row cut or padded to the header's width (see `ragged` for which were)."""
        width = len(self.header)
        return pd.DataFrame([f if len(f) == width else (f + [""] * width)[:width]
                             for f in self.fields], columns=self.header, dtype=object)

    def ragged(self) -> dict[int, str]:
        """Position -> reason, for rows whose field count differs from the header's."""
        width = len(self.header)
        out = {}
        for i, f in enumerate(self.fields):
            if len(f) != width:
                hint = "; a quote may be missing" if any("\n" in v for v in f) else ""
                out[i] = f"has {len(f)} fields but the header has {width}{hint}"
        return out


def _header(names: list[str], path: Path) -> list[str]:
    header = [str(n).strip() or f"(unnamed column {i + 1})" for i, n in enumerate(names)]
    seen = set()
    for name in header:
        if name in seen:
            raise InputError(f"{path}: column {name!r} appears twice in the header; rename one")
        seen.add(name)
    return header


def _csv_rows(path: Path) -> Rows:
    text, encoding = decode_text(path.read_bytes(), str(path))
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FIELD_CHARS))
    reader = csv.reader(io.StringIO(text, newline=""))
    header, fields, lines = None, [], []
    start = 1  # the line a record starts on (a quoted field may span lines)
    try:
        for row in reader:
            if row and header is None:
                header = _header(row, path)
            elif row:  # a blank line is not a row
                fields.append(row)
                lines.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise InputError(f"{path}: line {reader.line_num} is not well-formed CSV ({exc})") from None
    if header is None:
        raise InputError(f"{path}: the file is empty")
    return Rows(header, fields, lines, encoding)


def _xlsx_rows(path: Path) -> Rows:
    try:
        sheet = pd.read_excel(path, dtype=str, header=None, keep_default_na=False,
                              engine="openpyxl")
    except Exception as exc:  # openpyxl raises many types for a corrupt workbook
        raise InputError(f"{path}: not a readable Excel workbook ({exc.__class__.__name__})") from None
    cells = [[str(v) for v in row] for row in sheet.itertuples(index=False)]
    numbers = [int(i) + 1 for i in sheet.index]
    used = [max((j + 1 for j, v in enumerate(row) if v.strip()), default=0) for row in cells]
    keep = [i for i, n in enumerate(used) if n]
    if not keep:
        raise InputError(f"{path}: the workbook's first sheet is empty")
    width = used[keep[0]]
    header = _header(cells[keep[0]][:width], path)
    rows = [cells[i][:max(width, used[i])] for i in keep[1:]]
    return Rows(header, rows, [numbers[i] for i in keep[1:]], "xlsx")


def read_rows(path: Path) -> Rows:
    """Read a CSV or XLSX export as text, row by row, exactly as written."""
    if not path.is_file():
        raise InputError(f"{path}: no such file" if not path.exists() else f"{path}: not a file")
    if path.stat().st_size == 0:
        raise InputError(f"{path}: the file is empty")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path)
    elif suffix in (".csv", ".txt"):
        rows = _csv_rows(path)
    else:
        raise InputError(f"{path}: unsupported file type {suffix or '(none)'}; use .csv or .xlsx")
    if not rows.fields:
        raise InputError(f"{path}: has a header but no data rows")
    return rows


def read_export(path: Path) -> tuple[pd.DataFrame, str]:
    """Read a CSV or XLSX file as strings; return the frame and the encoding used. A row
    whose field count differs from the header's is refused, naming its line."""
    rows = read_rows(path)
    ragged = rows.ragged()
    if ragged:
        first = min(ragged)
        raise InputError(f"{path}: line {rows.lines[first]} {ragged[first]}")
    return rows.frame(), rows.encoding


def load_mapping(path: Path | None, table: Table | None = None) -> dict:
    if path is None:
        return {}
    mapping = read_yaml(path, "mapping file")
    unknown = set(mapping) - set(MAPPING_KEYS)
    if unknown:
        raise ConfigError(f"{path}: a mapping has only 'columns', 'values', 'date_format', "
                          f"'dayfirst' and 'keep_under_18' "
                          f"(found {', '.join(sorted(map(str, unknown)))})")
    if not isinstance(mapping.get("columns") or {}, dict):
        raise ConfigError(f"{path}: 'columns' must map export column names to schema names "
                          "(Name in export: schema_name)")
    values = mapping.get("values") or {}
    if not isinstance(values, dict) or not all(isinstance(v, dict) for v in values.values()):
        raise ConfigError(f"{path}: 'values' must map each column to its recoding "
                          "(column: {'value in export': schema_value})")
    if not isinstance(mapping.get("dayfirst", True), bool):
        raise ConfigError(f"{path}: 'dayfirst' is true or false")
    if not isinstance(mapping.get("keep_under_18", False), bool):
        raise ConfigError(f"{path}: 'keep_under_18' is true or false (true stores people "
                          "under 18 at first contact instead of quarantining them)")
    mapping["date_format"] = _date_formats(mapping.get("date_format"), table, path)
    return mapping


def _date_formats(spec: object, table: Table | None, path: Path) -> dict[str, str]:
    dates = [c.name for c in table.columns if c.dtype == "date"] if table else []
    if spec is None:
        return {}
    if isinstance(spec, str):
        spec = {name: spec for name in dates}
    if not isinstance(spec, dict):
        raise ConfigError(f"{path}: 'date_format' is a form such as \"%d/%m/%Y\", or one per "
                          "column ({contact_date: \"%d/%m/%Y\"})")
    for column, form in spec.items():
        if table is not None and column not in dates:
            raise ConfigError(f"{path}: date_format names {column!r}, which is not a date column "
                              f"of {table.name!r} ({', '.join(dates) or 'it has none'})")
        if not isinstance(form, str) or "%" not in form:
            raise ConfigError(f"{path}: date_format for {column} must be a form such as "
                              "\"%d/%m/%Y\" (%d day, %m month, %Y four-digit year)")
    return {str(k): v for k, v in spec.items()}


def apply_mapping(frame: pd.DataFrame, table: Table, mapping: dict, source: Path
                  ) -> tuple[pd.DataFrame, list[str]]:
    """Rename and recode columns; return the frame in schema order and the ignored columns."""
    frame = frame.rename(columns={str(k): str(v) for k, v in (mapping.get("columns") or {}).items()})
    twice = sorted({c for c in frame.columns if list(frame.columns).count(c) > 1})
    if twice:
        raise InputError(f"{source}: more than one column becomes {', '.join(twice)} (after "
                         "--mapping); keep one")
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
    try:
        old = pq.read_table(path, schema=table.arrow_schema())
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"{path}: the stored table cannot be read ({exc.__class__.__name__}); "
                         "restore it from backup before adding rows") from None
    seen = set(old[table.primary_key].to_pylist())
    is_dup = pa.array([k in seen for k in new[table.primary_key].to_pylist()], pa.bool_())
    return pa.concat_tables([old, new.filter(pa.compute.invert(is_dup))]), new.filter(is_dup)


def _quarantine_frame(rows: Rows, bad: np.ndarray, problems: list[Problem]) -> pd.DataFrame:
    """Bad rows with every field as written, their line and reasons."""
    reasons: dict[int, list[str]] = {}
    for p in problems:
        reasons.setdefault(p.row, []).append(f"{p.column}: {p.reason}")
    width = len(rows.header)
    picked = np.flatnonzero(bad)
    extra = max((len(rows.fields[i]) - width for i in picked), default=0)
    columns = ["source_row", "reasons", *rows.header,
               *(f"extra_field_{k + 1}" for k in range(max(extra, 0)))]
    records = []
    for i in picked:
        f = rows.fields[i]
        records.append([rows.lines[i], "; ".join(reasons[rows.lines[i]]),
                        *(f + [""] * (len(columns) - 2))[:len(columns) - 2]])
    return pd.DataFrame(records, columns=columns)


def ingest(table_name: str, source: str | Path, data_dir: str | Path,
           mapping_path: str | Path | None = None) -> IngestReport:
    table = get_table(table_name)
    if table.synthetic_only:
        raise InputError(f"table {table_name!r} is written only by the synthetic generator")
    source = Path(source)
    mapping = load_mapping(Path(mapping_path) if mapping_path else None, table)
    rows = read_rows(source)
    frame, ignored = apply_mapping(rows.frame(), table, mapping, source)
    valid, bad_rows, problems = validate(frame, table, dayfirst=mapping.get("dayfirst"),
                                         lines=rows.lines, date_formats=mapping.get("date_format"),
                                         rejected=rows.ragged(),
                                         keep_under_18=mapping.get("keep_under_18", False))
    data = open_data_dir(data_dir, create=True)  # only once the input is known to be readable

    stored_path = data.table_path("identifiable", table.name)
    with data.writing():
        combined, already = _store(stored_path, valid, table)
        if already.num_rows:
            dup_keys = set(already[table.primary_key].to_pylist())
            key_col = frame[table.primary_key].fillna("").str.strip()
            hit = ~bad_rows & key_col.isin(dup_keys).to_numpy()
            problems.extend(Problem(rows.lines[i], table.primary_key, key_col.iloc[i],
                                    "key already stored by an earlier ingest")
                            for i in np.flatnonzero(hit))
            bad_rows |= hit
        report = IngestReport(table.name, source, rows.encoding, len(frame),
                              valid.num_rows - already.num_rows, int(bad_rows.sum()),
                              problems, ignored)
        # Both files are written in full under temporary names, then renamed one after the
        # other: a failure while writing leaves neither (the quarantine file goes in first).
        with replacing(stored_path) as stored_tmp:
            pq.write_table(combined, stored_tmp, compression="zstd")
            if report.rows_quarantined:
                data.quarantine.mkdir(parents=True, exist_ok=True)
                stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
                qpath = data.quarantine / f"{table.name}-{stamp}.csv"
                with replacing(qpath) as tmp:
                    write_csv(_quarantine_frame(rows, bad_rows, problems), tmp)
                report.quarantine_path = qpath
        report.stored_path = stored_path
    return report
