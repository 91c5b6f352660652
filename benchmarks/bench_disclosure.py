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
3. random tables of sums (interpreter minutes per group, some cells dominated by one or two
   contributors) that needed suppression, attacked through the totals the same way: how many
   leave a withheld sum that can be computed exactly, or narrowed below its protection (an
   interval 10% of the cell wide, and the upper bound the p% and dominance rules need),
   under primary suppression only (ACRO's rules: few contributors, dominance, p-ratio; the
   project's own rules for single values and empty cells) and with the project's secondary
   suppression now;
4. where the project's output rules differ from ACRO's, and why.

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
from ethics.checks.small_cells import (_primary, check_counts, magnitude_protection,
                                       secondary_suppression)
from ethics.checks.suppression_audit import cell_bounds
from ethics.policy import load_policy
from workbench.outputs import OutputChecker
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
    ("secondary suppression, sums", "none: primary cells only, checker decides",
     "LP audit: interval 10% of the cell, upper bound as the p% and dominance rules need"),
    ("nested groupings", "not checked (one output at a time)",
     "audited as if every coarser grouping of the row variables were published"),
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


def requester_key(root: Path, keys: Path) -> Path:
    """The private key of the bench's requester (requests are signed), with a roster of a
    lead and that requester made on first use; the keys live outside the data directory."""
    from ethics.people import add_person, init_roster, roster_path
    from ethics.signing import generate_key
    from workbench.core.zones import open_data_dir

    lead, requester = keys / "lead", keys / "requester"
    if not roster_path(open_data_dir(root)).exists():
        for key in (lead, requester):
            generate_key(key)
        init_roster(root, "Bench Lead", lead)
        add_person(root, lead, "Bench Requester", ["requester"],
                   requester.with_name("requester.pub").read_text())
    return requester


def demo_figures(root: Path, tmp: Path, key: Path) -> None:
    from deidentify.engine import Deidentifier

    engine = Deidentifier()
    example_record = request_export(example("export_request.yaml"), root, key, engine=engine)
    users = pd.read_parquet(root / "exports" / "requests" / example_record["request_id"]
                            / "extract" / "service_users.parquet")
    declared = yaml.safe_load(example("export_request.yaml").read_text())["quasi_identifiers"]
    old = check_k_anonymity(users, declared["service_users"], 5)
    print("1. Demo export (example request), people in the extract:", len(users))
    print(f"   old gate (declared quasi-identifiers, one table, rows): {old.reason}")
    for check in example_record["checks"]:
        if check["check"].startswith(("k_anonymity", "person_risk", "under_18", "consent")):
            print(f"   now {check['check']}: {check['status'].upper()} {check['reason'][:260]}")
    record = request_export(_spec(tmp, SENSITIVE_TABLES), root, key, engine=engine)
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
        after = _risk(request_export(_spec(tmp, SENSITIVE_TABLES, risk_fix=fix), root, key,
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


def _contributions(rng: np.random.Generator) -> pd.DataFrame:
    """One row per person and cell: minutes, 8-30 people a cell; in a fifth of the cells one or
    two people have 9.5-15 times the minutes of all the others together (dominated)."""
    r, c = rng.integers(3, 6, size=2)
    rows = []
    for i in range(r):
        for j in range(c):
            minutes = rng.lognormal(3.0, 0.8, size=int(rng.integers(8, 31))).round(1)
            if rng.random() < 0.2:
                top = int(rng.integers(1, 3))
                minutes[:top] = (minutes[top:].sum() * rng.uniform(9.5, 15) / top).round(1)
            rows += [(f"g{i}", f"k{j}", m) for m in minutes]
    return pd.DataFrame(rows, columns=["group", "kind", "minutes"])


def _exposed(true: np.ndarray, hidden: np.ndarray, primary: np.ndarray, width: np.ndarray,
             above: np.ndarray) -> tuple[bool, bool]:
    """(a withheld sum exact, a withheld sum narrower than its protection)."""
    low, high = cell_bounds(true, hidden)
    cells = [tuple(x) for x in np.argwhere(hidden)]
    tol = 1e-7 * max(1.0, true.sum())
    exact = narrow = False
    for (lo, hi), cell in zip(zip(low, high), cells):
        if not primary[cell]:
            continue
        exact |= bool(hi - lo < tol)
        narrow |= bool(hi - lo < width[cell] - tol or hi - true[cell] < above[cell] - tol)
    return exact, narrow


def magnitude_figures(n_tables: int, seed: int = 5) -> None:
    rng = np.random.default_rng(seed)
    p = load_policy()
    tallies = {"primary only (ACRO's rules)": [0, 0],
               "project, now (secondary + LP audit)": [0, 0]}
    needed = withheld = hidden_now = hidden_primary = cells = 0
    started = time.perf_counter()
    for _ in range(n_tables):
        contributions = _contributions(rng)
        checker = OutputChecker()
        safe = checker.magnitudes("t", contributions, ["group", "kind"], "minutes")
        record = checker.records[0]
        if record.status == "pass":
            continue
        needed += 1
        true = contributions.groupby(["group", "kind"])["minutes"].sum().unstack("kind")
        first = {(c["group"], c["kind"]) for c in record.withheld_cells
                 if not c["why"].startswith("secondary")}
        primary = np.array([[(g, k) in first for k in true.columns] for g in true.index])
        levels = magnitude_protection(contributions, ["group", "kind"], "minutes",
                                      true.stack().index, p["dominance_n"], p["dominance_k"],
                                      p["p_ratio"], p["magnitude_protection"])
        width = levels["interval"].unstack("kind").reindex_like(true).to_numpy()
        above = levels["above"].unstack("kind").reindex_like(true).to_numpy()
        values = true.to_numpy()
        masks = {"primary only (ACRO's rules)": primary}
        if safe is None:
            withheld += 1
        else:
            now = safe["minutes"].unstack("kind").reindex_like(true).isna().to_numpy()
            cells += values.size
            hidden_primary += int(primary.sum())
            hidden_now += int(now.sum())
            masks["project, now (secondary + LP audit)"] = now
        for name, mask in masks.items():
            exact, narrow = _exposed(values, mask, primary, width, above)
            tallies[name][0] += exact
            tallies[name][1] += narrow
    print(f"\n3. {needed} random tables of sums (3-5 x 3-5 cells, 8-30 contributors a cell, a "
          f"fifth dominated) needed suppression ({time.perf_counter() - started:.0f} s); row, "
          "column and grand totals assumed published:")
    print(f"   {'rule':<38} {'a sum exact':>14} {'a sum inside its protection':>29}")
    for name, (exact, narrow) in tallies.items():
        print(f"   {name:<38} {exact:>6} ({exact / needed:5.1%}) {narrow:>19} "
              f"({narrow / needed:5.1%})")
    print(f"   (now: {withheld} tables withheld whole, not counted above; in the tables "
          f"released, {hidden_primary} of {cells} cells are withheld for themselves and "
          f"{hidden_now} are hidden in all)")


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
        keys = (Path(args.keep).parent if args.keep else tmp) / "bench-keys"
        demo_figures(root, tmp, requester_key(root, keys))
        table_figures(args.tables)
        magnitude_figures(args.tables)
        print("\n4. Where the project's output rules differ from ACRO 1.0.2's (as documented):")
        for rule, acro, ours in ACRO_DIFFERENCES:
            print(f"   {rule:<28} ACRO: {acro:<44} project: {ours}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
