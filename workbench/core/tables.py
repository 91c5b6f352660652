"""Read project tables from a zone of a data directory, as pandas DataFrames."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from workbench.core.errors import InputError
from workbench.core.schema import get_table
from workbench.core.zones import DataDir, open_data_dir


def read_table(data: DataDir | str | Path, name: str, zone: str,
               columns: list[str] | None = None) -> pd.DataFrame:
    """Read one table from `zone` ("identifiable" or "deidentified"); a missing table is an
    error that says how to make it. The zone has no default: code that reads identifiable
    records says so."""
    get_table(name)  # unknown names fail with the list of known ones
    data = data if isinstance(data, DataDir) else open_data_dir(data)
    path = data.table_path(zone, name)
    if not path.exists():
        hint = ("run 'workbench generate' or 'workbench ingest'" if zone == "identifiable"
                else "run 'workbench deidentify --data DIR'")
        raise InputError(f"{path}: table {name!r} is not in the {zone} zone; {hint}")
    return pd.read_parquet(path, columns=columns)
