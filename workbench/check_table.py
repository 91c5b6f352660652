"""Check a table made elsewhere (a spreadsheet, a notebook) before it leaves the project, with
the same rules as the report's output checks (workbench/outputs.py).

The input holds one row per person or event; the table is built from it (counts of rows, or
the sum or mean of a value column, by the row and column variables), so that contributors
can be checked, not only totals. Withheld cells, counts or sums, are protected by secondary
suppression against the row, column and grand totals of the table, and those of coarser
groupings of its row variables; tables of the same records made with other variables are not
compared (README, check-table). The safe table is written as CSV with every text cell that a
spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) written
with a leading apostrophe.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from workbench.core.errors import InputError
from workbench.core.spreadsheet import write_csv
from workbench.outputs import OutputChecker

AGGREGATES = ("sum", "mean")


@dataclass
class TableCheck:
    status: str  # pass, suppressed, rounded, review or fail
    reason: str
    lines: list[str] = field(default_factory=list)  # one per suppressed or rounded cell
    output: Path | None = None

    @property
    def withheld(self) -> bool:
        """True when anything was held back (a cell suppressed, or the whole table)."""
        return self.status in ("suppressed", "review", "fail")


def write_safe_csv(table: pd.DataFrame, path: Path) -> None:
    write_csv(table.reset_index(), path)


def _read(path: Path) -> pd.DataFrame:
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    if path.suffix.lower() == ".xlsx":
        return pd.read_excel(path, dtype=str)
    if path.suffix.lower() == ".parquet":
        return pd.read_parquet(path)
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    except (UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise InputError(f"{path}: not a readable CSV file ({exc.__class__.__name__})") from None


def check_table(path: str | Path, rows: list[str], columns: str, output: str | Path,
                values: str | None = None, agg: str | None = None, rule: str = "threshold"
                ) -> TableCheck:
    """Build the table from the records at `path`, check it, write the safe version."""
    path = Path(path)
    frame = _read(path)
    wanted = [*rows, columns, *([values] if values else [])]
    missing = [c for c in wanted if c not in frame.columns]
    if missing:
        raise InputError(f"{path}: no column(s) {', '.join(missing)}; it has "
                         f"{', '.join(map(str, frame.columns))}")
    if (values is None) != (agg is None):
        raise InputError("--values and --agg go together (e.g. --values minutes --agg sum)")
    if agg is not None and agg not in AGGREGATES:
        raise InputError(f"--agg must be one of {', '.join(AGGREGATES)}")
    checker = OutputChecker()
    name = path.stem
    if values is None:
        counts = frame.groupby([*rows, columns], dropna=False).size().unstack(columns, fill_value=0)
        safe = checker.counts(name, counts, rule=rule)
    else:
        if rule != "threshold":
            raise InputError("--rule nhs applies to counts, not to sums or means")
        numbers = pd.to_numeric(frame[values], errors="coerce")
        bad = numbers.isna() & frame[values].notna()
        if bad.any():
            first = int(bad.to_numpy().nonzero()[0][0]) + 2
            raise InputError(f"{path}: column {values!r} has a value that is not a number "
                             f"(row {first}: {frame[values].iloc[first - 2]!r})")
        contributions = frame.assign(**{values: numbers}).dropna(subset=[values])
        table = checker.magnitudes(name, contributions, [*rows, columns], values)
        if table is None:
            safe = None
        else:
            shown = table[values] if agg == "sum" else table[values] / table["contributors"]
            safe = shown.unstack(columns)
    record = checker.records[-1]
    if record.status == "fail":
        safe = None
    lines = [f"{', '.join(f'{k}={v}' for k, v in cell.items() if k not in ('why', 'value'))}: "
             f"{cell['why']}" for cell in record.withheld_cells]
    output = Path(output)
    if safe is not None:  # a failed table is not written at all
        write_safe_csv(safe, output)
    return TableCheck(record.status, record.reason, lines, output if safe is not None else None)
