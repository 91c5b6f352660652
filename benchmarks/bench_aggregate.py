"""Benchmark: monthly aggregation and the service uptake tables over 1,000,000+ contacts.

Generates a synthetic project large enough (92,000 people: about 1.0 million contacts),
de-identifies its structured tables, then times, in the same run:
- loading the de-identified zone for analysis (read, months, people's traits joined);
- each uptake table the report uses (vectorised pandas, as the library does it);
- the baseline: the contacts-by-month-and-type table counted row by row in Python, the way
  a hand-written loop would, on the same rows; the two tables are compared cell by cell.

    python benchmarks/bench_aggregate.py [--users 92000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from pathlib import Path

import pandas as pd

from deidentify.api import deidentify_project
from workbench.analysis import load_project, uptake
from workbench.generate.context import GenConfig
from workbench.generate.project import generate_project


def timed(label: str, fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    seconds = time.perf_counter() - start
    print(f"  {label:<46} {seconds:7.2f} s")
    return result, seconds


def row_loop_contacts_by_type(contacts: pd.DataFrame, months: pd.PeriodIndex) -> pd.DataFrame:
    counts: Counter = Counter()
    for row in contacts[["month", "contact_type"]].itertuples(index=False):
        counts[(row.month, row.contact_type)] += 1
    types = sorted({t for _, t in counts})
    return pd.DataFrame([[counts.get((m, t), 0) for t in types] for m in months],
                        index=months, columns=types)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=92_000)
    parser.add_argument("--keep", help="use (or make) the project in this folder")
    args = parser.parse_args()
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp()) / "bench"
    if not (root / "deidentified" / "contacts.parquet").exists():
        print(f"Preparing a {args.users:,}-person project in {root} (not timed)...")
        generate_project(root, GenConfig(users=args.users, months=36, seed=3))
        deidentify_project(root, include_notes=False)

    print("Vectorised (the library):")
    project, load_s = timed("load the de-identified zone", load_project, root)
    n = len(project.contacts)
    steps = {
        "contacts by month (total)": lambda: uptake.contacts_by_month(project),
        "contacts by month and type": lambda: uptake.contacts_by_month(project, "contact_type"),
        "contacts by month and migrant status": lambda: uptake.contacts_by_month(project, "migrant"),
        "contacts by month and nationality group":
            lambda: uptake.contacts_by_month(project, "nationality_group"),
        "people seen and new, by month": lambda: uptake.people_by_month(project),
        "returning within 90 days": lambda: uptake.returning_within(project),
        "interpreter use and type": lambda: (uptake.interpreter_use(project),
                                             uptake.interpreter_types(project),
                                             uptake.professional_interpreting(project)),
        "referrals by destination and outcome": lambda: (uptake.referrals_by_destination(project),
                                                         uptake.referral_outcomes(project)),
        "clinic attendance": lambda: uptake.clinic_attendance(project),
    }
    total = 0.0
    results = {}
    for label, fn in steps.items():
        results[label], seconds = timed(label, fn)
        total += seconds
    print(f"  {'all uptake tables':<46} {total:7.2f} s")

    print("Baseline (row-by-row Python loop, same rows):")
    loop, loop_s = timed("contacts by month and type", row_loop_contacts_by_type,
                         project.contacts, project.months)
    fast = results["contacts by month and type"]
    same = loop.equals(fast[loop.columns].rename_axis(index=None, columns=None).astype(loop.dtypes))
    fast_s = timed("contacts by month and type (library, again)", uptake.contacts_by_month,
                   project, "contact_type")[1]
    print(f"\n{n:,} contacts, {len(project.service_users):,} people, {len(project.months)} months")
    print(f"Load {load_s:.2f} s + all uptake tables {total:.2f} s = {load_s + total:.2f} s")
    print(f"Contacts by month and type: library {fast_s:.3f} s vs row loop {loop_s:.2f} s "
          f"({loop_s / fast_s:.0f}x); tables identical: {same}")


if __name__ == "__main__":
    main()
