"""The main job on synthetic data, as `make demo` runs it: every step that exists, in order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tqdm import tqdm

from deidentify.api import deidentify_project
from workbench.generate.calibration_check import measure
from workbench.generate.context import GenConfig
from workbench.generate.project import generate_project
from workbench.zones import open_data_dir


def run_demo(data_dir: str | Path, users: int = 2_000, progress: bool = True,
             workers: int = 2) -> Iterator[str]:
    """Run the chain, yielding lines that say what was done and where the outputs are."""
    data = open_data_dir(data_dir, create=True)
    config = GenConfig(users=users)
    with tqdm(total=users, unit="users", desc="1/2 generating", disable=not progress) as bar:
        manifest = generate_project(data.root, config, progress=bar.update)
    rows = {k: v["rows"] for k, v in manifest["tables"].items()}
    yield (f"Synthetic project: {rows['service_users']:,} people, {rows['contacts']:,} contacts, "
           f"{rows['notes']:,} notes -> {data.identifiable}")
    check = measure(data.identifiable)
    yield f"Calibration: {int(check.ok.sum())} of {len(check)} targets met"
    for row in check.itertuples():
        yield f"  {'ok  ' if row.ok else 'MISS'} {row.target}: {row.measured} (target {row.expected})"
    with tqdm(total=rows["notes"], unit="notes", desc="2/2 de-identifying",
              disable=not progress) as bar:
        deid = deidentify_project(data.root, workers=workers, progress=bar.update)
    notes = deid["notes"]
    yield (f"De-identified zone: {len(deid['tables'])} tables; notes {notes['rows_in']:,} in = "
           f"{notes['rows_out']:,} out ({notes['withheld']} withheld), "
           f"{sum(notes['removed_by_type'].values()):,} identifiers removed -> {data.deidentified}")
    yield ("Measure de-identification with 'workbench evaluate-deid'; open the notebooks with "
           "'make lab'")
    yield f"Outputs are in {data.root}"
