"""Generate a whole synthetic project into a data directory, chunk by chunk.

Memory is bounded by the chunk size (`GenConfig.chunk_users` people and everything about
them), not by the number of users: each chunk is appended to the Parquet files as a row
group. Every chunk draws from its own random stream, so the output is byte-for-byte the same
for a seed and chunk size (with the pinned numpy and pyarrow). manifest.json records the parameters, the planted effects
with their calendar months, row counts and file hashes; it holds no timestamp so that it is
reproducible too.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from workbench import __version__
from workbench.core.integrity import file_sha256
from workbench.core.schema import TABLES
from workbench.core.zones import DataDir, open_data_dir
from workbench.generate.activity import build_activity
from workbench.generate.context import GenConfig, make_context
from workbench.generate.health import build_health
from workbench.generate.incidents import build_incidents
from workbench.generate.notes import build_notes
from workbench.generate.people import build_cohort
from workbench.generate.referrals import build_referrals
from workbench.generate.registry import build_registry

MANIFEST = "manifest.json"


class _Writers:
    """One ParquetWriter per table, opened on first use."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.rows: dict[str, int] = {name: 0 for name in TABLES}

    def write(self, name: str, table: pa.Table) -> None:
        schema = TABLES[name].arrow_schema()
        table = table.select(schema.names).cast(schema)  # also checks columns and types
        if name not in self.writers:
            self.writers[name] = pq.ParquetWriter(
                self.folder / f"{name}.parquet", schema, compression="zstd")
        self.writers[name].write_table(table, row_group_size=max(table.num_rows, 1))
        self.rows[name] += table.num_rows

    def close(self) -> None:
        for w in self.writers.values():
            w.close()


def generate_project(out: str | Path, config: GenConfig,
                     progress: Callable[[int], None] | None = None) -> dict:
    """Write a synthetic project to the identifiable zone of `out`; return the manifest.

    `progress` is called with the number of users finished after each chunk.
    """
    data: DataDir = open_data_dir(out, create=True)
    ctx = make_context(config)
    registry = build_registry(ctx)
    writers = _Writers(data.identifiable)
    try:
        writers.write("staff", registry.staff)
        writers.write("interpreters", registry.interpreters)
        writers.write("establishments", registry.establishments)
        for chunk, first in enumerate(range(0, config.users, config.chunk_users)):
            n = min(config.chunk_users, config.users - first)
            cohort = build_cohort(ctx, registry, chunk, first, n)
            activity = build_activity(ctx, registry, cohort, chunk, writers.rows["contacts"],
                                      writers.rows["interpreter_sessions"])
            incidents = build_incidents(ctx, cohort, chunk, writers.rows["incidents"])
            notes, spans = build_notes(ctx, registry, cohort, activity, incidents, chunk,
                                       writers.rows["notes"], writers.rows["note_spans"])
            for name, table in (
                ("service_users", cohort.users), ("consents", cohort.consents),
                ("contacts", activity.contacts),
                ("interpreter_sessions", activity.interpreter_sessions),
                ("health_events", build_health(ctx, cohort, activity, chunk,
                                               writers.rows["health_events"])),
                ("referrals", build_referrals(ctx, cohort, activity, chunk,
                                              writers.rows["referrals"])),
                ("incidents", incidents), ("notes", notes), ("note_spans", spans),
            ):
                writers.write(name, table)
            if progress is not None:
                progress(n)
    finally:
        writers.close()

    files = {name: {"rows": writers.rows[name],
                    "sha256": file_sha256(data.identifiable / f"{name}.parquet")}
             for name in TABLES}
    manifest = {
        "generator": "workbench.generate",
        "workbench_version": __version__,
        "numpy_version": np.__version__,
        "pyarrow_version": pa.__version__,
        "parameters": {"users": config.users, "months": config.months, "seed": config.seed,
                       "start": config.start, "chunk_users": config.chunk_users},
        "period": {"first_month": str(ctx.month_start[0].astype("datetime64[M]")),
                   "last_month": str(ctx.month_start[-2].astype("datetime64[M]"))},
        "planted_effects": ctx.planted(),
        "calibration_targets": ctx.cal["targets"],
        "tables": files,
    }
    (data.identifiable / MANIFEST).write_text(
        json.dumps(manifest, indent=2, sort_keys=True, default=str) + "\n", encoding="utf-8")
    return manifest
