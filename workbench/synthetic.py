"""A de-identified synthetic project, for notebooks and reports run without a project of
their own: generated (the generator writes the identifiable zone in the schema, where ingest
would put a case-system export), then de-identified. No real person is in it.

Only these two steps: the demo's export journey and report (`workbench.demo`) are not
imported, so a notebook that needs a project does not load the ethics gate or nbconvert.
"""

from __future__ import annotations

from pathlib import Path

from deidentify.api import deidentify_project
from workbench.core.zones import DataDir, open_data_dir
from workbench.generate.context import GenConfig
from workbench.generate.project import generate_project


def synthetic_project(folder: str | Path, users: int = 2_000, seed: int = GenConfig.seed,
                      notes: bool = False, workers: int = 1) -> DataDir:
    """Generate `users` synthetic people into `folder` (a data directory outside any git
    work tree; made if missing) and de-identify them; return the data directory.

    With notes=False only the structured tables are de-identified (what the analysis and the
    report read, in seconds); notes=True also runs the notes through the de-identifier
    (minutes for thousands of people: the language model)."""
    data = open_data_dir(folder, create=True)
    generate_project(data.root, GenConfig(users=users, seed=seed))
    deidentify_project(data.root, workers=workers, include_notes=notes)
    return data
