"""Benchmark: disclosure checks on the demo export, and small-cell rules beside ACRO's.

Prints, in one run:
1. for the demo-sized project (2,000 synthetic people, the demo's seed) and the example
   request, then a request that also holds sensitive attributes: people unique on
   everything the extract holds about them, before and after the chosen fix, and the
   l-diversity of each sensitive attribute; beside the old gate's figure (k-anonymity on the
   declared quasi-identifiers of one table, counted in rows);
2. random tables that needed suppression: how many leave a suppressed cell that an intruder
   can narrow below the protection interval (or compute exactly) from the published cells and
   totals, under ACRO 1.0.2's rule (primary suppression only; ACRO leaves secondary
   suppression to the human checker), the project's old rule (no row or column with exactly
   one suppressed cell) and the project's rule now (the same, then the LP audit);
3. where the project's output rules differ from ACRO's, and why.

    python benchmarks/bench_disclosure.py [--users 2000] [--tables 150] [--keep DIR]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from deidentify.api import deidentify_project
from ethics.checks.k_anonymity import check_k_anonymity
from ethics.checks.small_cells import _primary, check_counts, secondary_suppression
from ethics.checks.suppression_audit import cell_bounds
from ethics.request import request_export
from workbench.core.resources import example
from workbench.generate.context import GenConfig
from workbench.generate.project import generate_project

SENSITIVE_TABLES = {
    "service_users": ["user_id", "age_band", "site", "gender", "nationality_group", "migrant",
                      "setting", "immigration_status"],
    "contacts": ["contact_id", "user_id", "contact_date", "contact_type", "site"],
    "health_events": ["event_id", "user_id", "event_date", "event_type", "result", "infection"],
    "incidents": ["incident_id", "user_id", "incident_date", "incident_type"],
}

ACRO_DIFFERENCES = [
    ("threshold, zeros", "10; zeros disclosive", "same (policy: threshold, zeros_disclosive)"),
    ("secondary suppression", "none: primary cells only, checker decides",
     "rows/columns with one hidden cell, then an LP audit (protection interval 10)"),
    ("dominance boundary", ">= (N=2, K=90%)", "same: at exactly 90% a cell is dominated"),
    ("all-zero / single-value sums", "not a separate rule",
     "withheld: each contributor's value would be disclosed"),
    ("empty combinations", "left out of the table", "shown as suppressed (absence is information)"),
    ("negative values", "review", "review, with the reason"),
    ("survival", "steps checked against the threshold",
     "steps pooled until each has 10 events; tail cut below 10 at risk"),
    ("people across tables", "out of scope (outputs only)",
     "k, unique people and l-diversity on the extract, event patterns included"),
]


def _spec(tmp: Path, tables: dict | None, **extra) -> Path:
    spec = yaml.safe_load(example("export_request.yaml").read_text())
    if tables:
        spec["tables"] = {t: {"columns": c} for t, c in tables.items()}
        spec.pop("quasi_identifiers", None)
    spec.update(extra)
    path = tmp / f"spec-{len(list(tmp.glob('spec-*')))}.yaml"
    path.write_text(yaml.safe_dump(spec))
    return path


def _risk(record: dict) -> dict:
    return next(c for c in record["checks"] if c["check"] == "person_risk")


def demo_figures(root: Path, tmp: Path) -> None:
    from deidentify.engine import Deidentifier

    engine = Deidentifier()
    example_record = request_export(example("export_request.yaml"), root, "Bench", engine=engine)
    users = pd.read_parquet(root / "exports" / "requests" / example_record["request_id"]
                            / "extract" / "service_users.parquet")
    declared = yaml.safe_load(example("export_request.yaml").read_text())["quasi_identifiers"]
    old = check_k_anonymity(users, declared["service_users"], 5)
    print("1. Demo export (example request), people in the extract:", len(users))
    print(f"   old gate (declared quasi-identifiers, one table, rows): {old.reason}")
    for check in example_record["checks"]:
        if check["check"].startswith(("k_anonymity", "person_risk", "under_18", "consent")):
            print(f"   now {check['check']}: {check['status'].upper()} {check['reason'][:260]}")
    record = request_export(_spec(tmp, SENSITIVE_TABLES), root, "Bench", engine=engine)
    risk = _risk(record)
    print("\n   Request with sensitive attributes (service_users, contacts, health_events, "
          "incidents):")
    print(f"   before any fix: {risk['reason'].split('. Fixes')[0]}")
    if risk["details"]:
        print("   fixes proposed (effect computed on this extract):")
        for row in risk["details"][:10]:
            extra = ", ".join(f"{k} {v}" for k, v in row.items() if k.startswith("l:"))
            print(f"     {row['fix']:<50} unique {row['people_unique']:>5}  below k "
                  f"{row['people_below_k']:>5}  removed {row['people_removed']:>5}  {extra}")
    chosen = risk["details"][0]["fix"].split(" + ") if risk["details"] else []
    for fix in (["coarsen_to_quarters"], ["suppress_people"], chosen):
        after = _risk(request_export(_spec(tmp, SENSITIVE_TABLES, risk_fix=fix), root, "Bench",
                                     engine=engine))
        label = "the chosen fix (best proposed)" if fix is chosen else " + ".join(fix)
        print(f"   after {label}: {after['status'].upper()} "
              f"{after['reason'].split('. Fixes')[0]}")


def _narrowable(values: np.ndarray, hidden: np.ndarray, interval: float) -> tuple[bool, bool]:
    low, high = cell_bounds(values, hidden)
    width = high - low
    return bool((width < 1e-6).any()), bool((width < interval - 1e-9).any())


def table_figures(n_tables: int, seed: int = 3) -> None:
    rng = np.random.default_rng(seed)
    tallies = {"ACRO 1.0.2 rule (primary only)": [0, 0], "project, old rule": [0, 0],
               "project, now (LP audit)": [0, 0]}
    needed = withheld = 0
    started = time.perf_counter()
    for _ in range(n_tables):
        r, c = rng.integers(3, 6, size=2)
        counts = pd.DataFrame(rng.integers(0, 40, size=(r, c)))
        primary = _primary(counts, 10, True)
        if not primary.to_numpy().any():
            continue
        needed += 1
        values = counts.to_numpy(dtype=float)
        result, safe = check_counts(counts)
        withheld += result.status.value == "fail"
        for name, mask in (("ACRO 1.0.2 rule (primary only)", primary.to_numpy()),
                           ("project, old rule", secondary_suppression(counts, primary).to_numpy()),
                           ("project, now (LP audit)", safe.isna().to_numpy())):
            if name.startswith("project, now") and result.status.value == "fail":
                continue  # withheld whole: nothing is released to attack
            exact, narrow = _narrowable(values, mask, 10)
            tallies[name][0] += exact
            tallies[name][1] += narrow
    print(f"\n2. {needed} random tables (3-5 x 3-5, counts 0-39) needed suppression "
          f"({time.perf_counter() - started:.0f} s); row, column and grand totals of all cells "
          "assumed published:")
    print(f"   {'rule':<34} {'a cell exact':>14} {'a cell within <10':>19}")
    for name, (exact, narrow) in tallies.items():
        print(f"   {name:<34} {exact:>6} ({exact / needed:5.1%}) {narrow:>9} ({narrow / needed:5.1%})")
    print(f"   (now: {withheld} tables withheld whole, a total being too small to protect a cell;"
          " they are not counted above)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=2_000)
    parser.add_argument("--tables", type=int, default=150)
    parser.add_argument("--keep", help="keep the generated project here")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-disclosure-"))
    root = Path(args.keep) if args.keep else tmp / "project"
    try:
        if not (root / "deidentified" / "manifest.json").exists():
            generate_project(root, GenConfig(users=args.users))
            deidentify_project(root, include_notes=False)
        demo_figures(root, tmp)
        table_figures(args.tables)
        print("\n3. Where the project's output rules differ from ACRO 1.0.2's (as documented):")
        for rule, acro, ours in ACRO_DIFFERENCES:
            print(f"   {rule:<28} ACRO: {acro:<44} project: {ours}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
