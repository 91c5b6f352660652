"""The main job on synthetic data, as `make demo` runs it: every step that exists, in order."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tqdm import tqdm

from deidentify.api import deidentify_project
from ethics.package import export_package, verify_package
from ethics.request import request_export
from ethics.review import review
from workbench.core.resources import example
from workbench.core.zones import DataDir, open_data_dir
from workbench.generate.calibration_check import measure
from workbench.generate.context import GenConfig
from workbench.generate.project import generate_project
from workbench.outputs import read_record
from workbench.report.build import build_report

DEMO_LEAD, DEMO_REQUESTER, DEMO_REVIEWER = "Demo Lead", "Demo Evaluator", "Demo Reviewer"
DEMO_JUSTIFICATION = ("demo on synthetic data: small groups accepted to show the journey; a "
                      "real reviewer would generalise or drop the quasi-identifier named")


def demo_keys_dir(data: DataDir) -> Path:
    """Where the demo keeps its synthetic people's private keys: beside the data directory,
    never in it (nor in the repository, which the data directory is outside of)."""
    return data.root.with_name(data.root.name + "-keys")


def demo_people(data: DataDir, keys_dir: str | Path | None = None) -> dict[str, Path]:
    """The demo's roster (a lead, a requester, a reviewer) with a key pair each; reuses keys
    and roster when they exist. Returns each person's private key file by name."""
    from ethics.people import ROSTER_NAME, add_person, init_roster
    from ethics.signing import generate_key

    folder = Path(keys_dir) if keys_dir else demo_keys_dir(data)
    keys = {}
    for name in (DEMO_LEAD, DEMO_REQUESTER, DEMO_REVIEWER):
        path = folder / (name.lower().replace(" ", "_") + "_ed25519")
        if not path.exists():
            generate_key(path, comment=name)
        keys[name] = path
    if not (data.root / ROSTER_NAME).exists():
        init_roster(data.root, DEMO_LEAD, keys[DEMO_LEAD])
        # The evaluator also reviews (other people's requests): only the separation of
        # duties stops her approving her own.
        for name, roles in ((DEMO_REQUESTER, ["requester", "reviewer"]),
                            (DEMO_REVIEWER, ["reviewer"])):
            public = (keys[name].with_name(keys[name].name + ".pub")).read_text()
            add_person(data.root, keys[DEMO_LEAD], name, roles, public)
    return keys


def demo_export(data: DataDir, keys_dir: str | Path | None = None
                ) -> tuple[dict, Path, list[str]]:
    """The export journey on a de-identified synthetic project, as the demo runs it: the
    example request, a review by someone else (each signing with their own key), the package
    and its verification."""
    keys = demo_people(data, keys_dir)
    record = request_export(example("export_request.yaml"), data.root, keys[DEMO_REQUESTER])
    needs_review = {c["check"]: DEMO_JUSTIFICATION for c in record["checks"]
                    if c["status"] == "review"}
    review(record["request_id"], str(data.root), keys[DEMO_REVIEWER], approve=True,
           comment="demo approval on synthetic data", exceptions=needs_review)
    package = data.exports / "packages" / record["request_id"]
    export_package(record["request_id"], str(data.root), str(package), keys[DEMO_REVIEWER])
    return record, package, verify_package(str(package), str(data.root))


def run_demo(data_dir: str | Path, users: int = 2_000, progress: bool = True,
             workers: int = 2) -> Iterator[str]:
    """Run the chain, yielding lines that say what was done and where the outputs are."""
    data = open_data_dir(data_dir, create=True)
    config = GenConfig(users=users)
    with tqdm(total=users, unit="users", desc="1/4 generating", disable=not progress) as bar:
        manifest = generate_project(data.root, config, progress=bar.update)
    rows = {k: v["rows"] for k, v in manifest["tables"].items()}
    yield (f"Synthetic project: {rows['service_users']:,} people, {rows['contacts']:,} contacts, "
           f"{rows['notes']:,} notes -> {data.identifiable}")
    check = measure(data.identifiable)
    yield f"Calibration: {int(check.ok.sum())} of {len(check)} targets met"
    for row in check.itertuples():
        yield f"  {'ok  ' if row.ok else 'MISS'} {row.target}: {row.measured} (target {row.expected})"
    with tqdm(total=rows["notes"], unit="notes", desc="2/4 de-identifying",
              disable=not progress) as bar:
        deid = deidentify_project(data.root, workers=workers, progress=bar.update)
    notes = deid["notes"]
    yield (f"De-identified zone: {len(deid['tables'])} tables; notes {notes['rows_in']:,} in = "
           f"{notes['rows_out']:,} out ({notes['withheld']} withheld), "
           f"{sum(notes['removed_by_type'].values()):,} identifiers removed -> {data.deidentified}")
    yield "3/4 export: request, review by someone else, package, verify"
    record, package, problems = demo_export(data)
    from ethics.people import load_roster

    yield (f"  synthetic people's private keys: {demo_keys_dir(data)} (outside the data "
           f"directory); project lead key {load_roster(data).lead_fingerprint}")
    for check in record["checks"]:
        yield f"  {check['status'].upper():<7} {check['check']}: {check['reason']}"
    yield (f"Approved demo export {record['request_id']} -> {package} "
           f"({'verifies' if not problems else 'DOES NOT VERIFY: ' + '; '.join(problems)})")
    yield f"Review page: {data.exports / 'requests' / record['request_id'] / 'review.html'}"
    yield "4/4 evaluation report: trends, models, output checks (about a minute)"
    report = build_report(data.root, data.root / "reports" / "evaluation")
    outputs, failed = read_record(report["outputs"])
    yield (f"  output checks: {outputs} outputs, {len(failed)} withheld "
           f"(record in {report['outputs']})")
    yield f"Evaluation report: {report['html']}"
    yield ("Measure de-identification with 'workbench evaluate-deid'; open the notebooks with "
           "'make lab'")
    yield f"Outputs are in {data.root}"
