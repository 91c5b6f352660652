"""CSV files that people open in a spreadsheet: no cell runs as a formula.

A cell that starts with =, +, -, @, a tab or a carriage return is written with a leading
apostrophe (the OWASP rule for CSV injection), so Excel, LibreOffice and Google Sheets show it
as text. Plain numbers (-5, +3.2) are left alone: a spreadsheet reads them as numbers, which
runs nothing. Only what is written for people changes; stored values stay as they were.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")


def escape_cell(value: object) -> object:
    """The value as it should appear in a CSV for people (non-strings unchanged)."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not _NUMBER.match(value):
        return "'" + value
    return value


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` whose text cells cannot run as formulas (see escape_cell)."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(escape_cell)
    out.columns = [escape_cell(str(c)) for c in out.columns]
    return out


def write_csv(frame: pd.DataFrame, path: str | Path) -> None:
    """Write `frame` as a CSV for people: formulas escaped, UTF-8 with a BOM (so Excel shows
    accented names), CRLF line ends, and every field holding a line break or a lone carriage
    return quoted (pandas' default quotes only a newline, which splits such a record)."""
    spreadsheet_safe(frame).to_csv(path, index=False, encoding="utf-8-sig", lineterminator="\r\n")
