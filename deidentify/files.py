"""Read and write notes files in batches: CSV, JSONL and Parquet; "-" is JSONL on stdin/stdout."""

from __future__ import annotations

import csv
import io
import json
import math
import os
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from workbench.core.errors import InputError
from workbench.core.spreadsheet import spreadsheet_safe
from workbench.core.textfile import decode_text

FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
           ".parquet": "parquet"}


def file_format(path: str) -> str:
    if path == "-":
        return "jsonl"
    fmt = FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unsupported file type; use .csv, .jsonl or .parquet (or - for "
                         "JSONL on standard input/output)")
    return fmt


def _csv_encoding(path: Path) -> str:
    """The file's encoding, read from its first MiB (the file itself is streamed) by the same
    rules as ingest: UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252; a sample
    that mixes UTF-8 and Windows-1252 is refused with its first bad line."""
    with path.open("rb") as f:
        head = f.read(1 << 20)
        if len(head) == 1 << 20 and b"\n" in head:  # never cut a character at the sample's end
            head = head[:head.rindex(b"\n") + 1]
    return decode_text(head, str(path))[1]


@dataclass(frozen=True)
class Columns:
    """What happens to each column of a notes file: de-identified (`text`), kept as it is
    (`keep`) or left out (`drop`). Any other column stops the run: a `client_name` or
    `phone` column must never pass through because nobody said what it holds."""

    text: tuple[str, ...] = ("text",)
    keep: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()

    def unaccounted(self, names) -> list[str]:
        known = {*self.text, *self.keep, *self.drop}
        return [str(n) for n in names if n not in known]

    def refuse(self, where: str, names: list[str]) -> InputError:
        listed = ", ".join(repr(n) for n in names)
        return InputError(
            f"{where}: column(s) {listed} not accounted for; de-identify them (--text-column), "
            "keep them as they are (--keep-column) or leave them out (--drop-column)")


def _jsonl(stream: io.TextIOBase, name: str, batch_rows: int, columns: Columns
           ) -> Iterator[pd.DataFrame]:
    rows: list[dict] = []
    wanted = [*columns.text, *columns.keep, *columns.drop]
    seen = False
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}: line {number} is not valid JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise InputError(f"{name}: line {number} is not a JSON object")
        if not seen and not any(c in obj for c in columns.text):
            _require(name, list(obj), columns)
        seen = True
        unknown = columns.unaccounted(obj)
        if unknown:
            raise columns.refuse(f"{name}: line {number}", unknown)
        rows.append({k: obj.get(k) for k in wanted})
        if len(rows) == batch_rows:
            yield pd.DataFrame(rows, columns=wanted)
            rows = []
    if rows:
        yield pd.DataFrame(rows, columns=wanted)


def _csv(path: Path, batch_rows: int, columns: Columns) -> Iterator[pd.DataFrame]:
    """CSV records with their field counts checked: a row with more or fewer fields than the
    header (an unquoted comma in a note) is refused with its line number, never re-aligned
    (pandas would take extra leading fields as an index and shift the note into the id)."""
    with path.open(encoding=_csv_encoding(path), newline="") as stream:
        reader = csv.reader(stream)
        header = next(reader, None)
        if not header:
            raise InputError(f"{path}: the file is empty")
        _require(str(path), header, columns)
        unknown = columns.unaccounted(header)
        if unknown:
            raise columns.refuse(str(path), unknown)
        wanted = [c for c in (*columns.text, *columns.keep, *columns.drop) if c in header]
        index = [header.index(c) for c in wanted]
        rows: list[list[str]] = []
        line = reader.line_num + 1
        for record in reader:
            if record:
                if len(record) != len(header):
                    raise InputError(
                        f"{path}: line {line} has {len(record)} fields, the header has "
                        f"{len(header)}; quote notes that contain commas (the row is refused, "
                        "not re-aligned)")
                rows.append([record[i] for i in index])
                if len(rows) == batch_rows:
                    yield pd.DataFrame(rows, columns=wanted, dtype=str)
                    rows = []
            line = reader.line_num + 1
        if rows:
            yield pd.DataFrame(rows, columns=wanted, dtype=str)


def _require(name: str, present, columns: Columns) -> None:
    missing = [c for c in (*columns.text, *columns.keep) if c not in present]
    if missing:
        raise InputError(f"{name}: no column {missing[0]!r} (columns: "
                         f"{', '.join(map(str, present))}); name the notes with --text-column")


def read_batches(path: str, batch_rows: int, columns: Columns | str = "text"
                 ) -> Iterator[pd.DataFrame]:
    """Yield the input in frames of at most `batch_rows` rows: the text columns, the kept
    columns, then those to leave out (still read: a user_id may name a note's record).
    Every column must be accounted for (see Columns)."""
    if isinstance(columns, str):
        columns = Columns(text=(columns,))
    fmt = file_format(path)
    if path != "-":
        p = Path(path)
        if not p.is_file():
            raise InputError(f"{path}: no such file")
        if p.stat().st_size == 0:
            raise InputError(f"{path}: the file is empty")
    name = "standard input" if path == "-" else path
    if fmt == "jsonl":
        stream = sys.stdin if path == "-" else open(path, encoding="utf-8-sig")
        frames = _jsonl(stream, name, batch_rows, columns)
    elif fmt == "csv":
        frames = _csv(Path(path), batch_rows, columns)
    else:
        try:
            parquet = pq.ParquetFile(path)
        except (pa.ArrowInvalid, OSError) as exc:
            raise InputError(f"{path}: not a readable Parquet file ({exc})") from None
        present = parquet.schema_arrow.names
        _require(path, present, columns)
        unknown = columns.unaccounted(present)
        if unknown:
            raise columns.refuse(path, unknown)
        wanted = [c for c in (*columns.text, *columns.keep, *columns.drop) if c in present]
        frames = (b.to_pandas() for b in parquet.iter_batches(batch_size=batch_rows,
                                                              columns=wanted))
    first = True
    try:
        for frame in frames:
            if first:
                _require(name, frame.columns, columns)
            first = False
            yield frame
    except (csv.Error, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot be read past a bad line or character ({exc})") from None
    if first:
        raise InputError(f"{path}: has no rows")


def _strict(value):
    """A value as strict JSON allows it: missing numbers (NaN, NA, NaT) become null."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return None if math.isnan(value) or math.isinf(value) else value
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass  # lists and arrays
    return value


class BatchWriter:
    """Append frames to a CSV, JSONL or Parquet file (or stdout); the file appears complete
    only when `close` succeeds. It is written under a unique temporary name in the same
    folder and renamed over the output, so a file the user already has (even one called
    OUT.partial) is never written to or removed."""

    def __init__(self, path: str):
        self.path = path
        self.tmp: Path | None = None
        if path != "-" and Path(path).is_dir():
            raise InputError(f"{path}: is a folder; give an output file name such as "
                             f"{Path(path) / 'notes.csv'}")
        self.fmt = file_format(path)
        if path != "-":
            target = Path(path)
            if not target.parent.is_dir():
                raise InputError(f"{path}: the folder {target.parent} does not exist")
            try:
                fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial",
                                           dir=target.parent)
            except OSError as exc:
                raise InputError(f"{path}: cannot write there ({exc.strerror})") from None
            os.close(fd)
            self.tmp = Path(tmp)
        self._parquet: pq.ParquetWriter | None = None
        self._text = None
        self._header = True

    def write(self, frame: pd.DataFrame) -> None:
        if self.fmt == "parquet":
            table = pa.Table.from_pandas(frame, preserve_index=False)
            if self._parquet is None:
                # A column that is empty in the first batch has no type yet: make it text.
                schema = pa.schema([pa.field(f.name, pa.string()) if pa.types.is_null(f.type)
                                    else f for f in table.schema]).remove_metadata()
                self._parquet = pq.ParquetWriter(self.tmp, schema, compression="zstd")
            self._parquet.write_table(table.cast(self._parquet.schema))
            return
        if self._text is None:
            self._text = sys.stdout if self.tmp is None else open(self.tmp, "w", encoding="utf-8",
                                                                  newline="")
        if self.fmt == "csv":
            # A CSV is opened by people in a spreadsheet: no cell may run as a formula.
            spreadsheet_safe(frame).to_csv(self._text, index=False, header=self._header)
            self._header = False
        else:
            for record in frame.to_dict(orient="records"):
                clean = {k: _strict(v) for k, v in record.items()}
                self._text.write(json.dumps(clean, ensure_ascii=False, allow_nan=False,
                                            default=str) + "\n")
        self._text.flush()

    def close(self, ok: bool = True) -> None:
        if self._parquet is not None:
            self._parquet.close()
        if self._text is not None and self._text is not sys.stdout:
            self._text.close()
        if self.tmp is not None and self.tmp.exists():
            if ok:
                os.replace(self.tmp, self.path)
            else:
                self.tmp.unlink()
