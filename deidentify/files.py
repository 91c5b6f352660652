"""Read and write notes files in batches: CSV, JSONL and Parquet; "-" is JSONL on stdin/stdout."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from workbench.errors import InputError
from workbench.ingest import ENCODINGS

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
    head = path.open("rb").read(1 << 20)
    for encoding in ENCODINGS:
        try:
            head.decode(encoding)
            return encoding
        except UnicodeDecodeError as exc:
            if encoding == "utf-8-sig" and exc.start > len(head) - 4:
                return encoding  # a character cut at the sample's end
    raise InputError(f"{path}: not readable as UTF-8 or Windows-1252 text")


def _jsonl(stream: io.TextIOBase, name: str, batch_rows: int) -> Iterator[pd.DataFrame]:
    rows: list[dict] = []
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{name}: line {number} is not valid JSON ({exc.msg})") from None
        if not isinstance(obj, dict):
            raise InputError(f"{name}: line {number} is not a JSON object")
        rows.append(obj)
        if len(rows) == batch_rows:
            yield pd.DataFrame(rows)
            rows = []
    if rows:
        yield pd.DataFrame(rows)


def read_batches(path: str, batch_rows: int, text_column: str) -> Iterator[pd.DataFrame]:
    """Yield the input in frames of at most `batch_rows` rows, checking the text column."""
    fmt = file_format(path)
    if path != "-":
        p = Path(path)
        if not p.is_file():
            raise InputError(f"{path}: no such file")
        if p.stat().st_size == 0:
            raise InputError(f"{path}: the file is empty")
    if fmt == "jsonl":
        stream = sys.stdin if path == "-" else open(path, encoding="utf-8-sig")
        frames = _jsonl(stream, "standard input" if path == "-" else path, batch_rows)
    elif fmt == "csv":
        try:
            frames = pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=batch_rows,
                                 encoding=_csv_encoding(Path(path)))
        except pd.errors.EmptyDataError:
            raise InputError(f"{path}: the file is empty") from None
    else:
        try:
            parquet = pq.ParquetFile(path)
        except (pa.ArrowInvalid, OSError) as exc:
            raise InputError(f"{path}: not a readable Parquet file ({exc})") from None
        frames = (b.to_pandas() for b in parquet.iter_batches(batch_size=batch_rows))
    first = True
    try:
        for frame in frames:
            if text_column not in frame.columns:
                raise InputError(f"{path}: no column {text_column!r} (columns: "
                                 f"{', '.join(map(str, frame.columns))}); name it with --text-column")
            first = False
            yield frame
    except (pd.errors.ParserError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot be read past a bad line or character ({exc})") from None
    if first:
        raise InputError(f"{path}: has no rows")


class BatchWriter:
    """Append frames to a CSV, JSONL or Parquet file (or stdout); the file appears complete
    only when `close` succeeds (written to a temporary name, then renamed)."""

    def __init__(self, path: str):
        self.path, self.fmt = path, file_format(path)
        self.tmp = None if path == "-" else Path(path).with_name(Path(path).name + ".partial")
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
            frame.to_csv(self._text, index=False, header=self._header)
            self._header = False
        else:
            for record in frame.to_dict(orient="records"):
                self._text.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        self._text.flush()

    def close(self, ok: bool = True) -> None:
        if self._parquet is not None:
            self._parquet.close()
        if self._text is not None and self._text is not sys.stdout:
            self._text.close()
        if self.tmp is not None and self.tmp.exists():
            if ok:
                self.tmp.replace(self.path)
            else:
                self.tmp.unlink()
