"""The `workbench` command. Thin: parse arguments, call one library function, print the result.

Mistakes a person can fix (a missing file, a bad column, a misplaced data directory) print
one line starting with "error:" and exit with status 2. Tracebacks mean a bug.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tqdm import tqdm

from workbench.errors import WorkbenchError

EPILOG = ("Data directories hold identifiable records: keep them outside any git repository. "
          "See README.md for the evaluator's, reviewer's and researcher's journeys.")


def _cmd_generate(args: argparse.Namespace) -> int:
    from workbench.generate.context import GenConfig
    from workbench.generate.project import generate_project

    config = GenConfig(users=args.users, months=args.months, seed=args.seed, start=args.start)
    with tqdm(total=config.users, unit="users", desc="generating", disable=args.quiet,
              file=sys.stderr) as bar:
        manifest = generate_project(args.out, config, progress=bar.update)
    tables = manifest["tables"]
    print(f"Synthetic project written to {Path(args.out).resolve() / 'identifiable'}")
    for name, info in tables.items():
        print(f"  {name:<22} {info['rows']:>10,} rows")
    op = manifest["planted_effects"]["policing_operation"]
    print(f"Planted policing operation: {op['start_month']} to {op['end_month']} "
          f"(details in identifiable/manifest.json)")
    return 0


def _cmd_dictionary(args: argparse.Namespace) -> int:
    from workbench.dictionary import render_dictionary

    text = render_dictionary()
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"Data dictionary written to {args.output}")
    return 0


def _cmd_ingest(args: argparse.Namespace) -> int:
    from workbench.ingest import ingest

    report = ingest(args.table, args.file, args.data, args.mapping)
    print(f"Read {report.rows_in} rows from {report.source} ({report.encoding}).")
    if report.ignored_columns:
        print(f"Ignored columns not in the '{report.table}' schema: "
              f"{', '.join(report.ignored_columns)}")
    shown = report.problems[: args.show]
    for p in shown:
        print(f"  row {p.row}, column {p.column}, value {p.value!r}: {p.reason}")
    if len(report.problems) > len(shown):
        print(f"  ... and {len(report.problems) - len(shown)} more problems "
              "(all listed in the quarantine file)")
    print(f"rows in: {report.rows_in} = stored: {report.rows_stored} + "
          f"quarantined: {report.rows_quarantined}")
    print(f"Stored in {report.stored_path}")
    if report.quarantine_path:
        print(f"Quarantined rows and reasons: {report.quarantine_path}")
    return 0 if report.adds_up else 3


def _cmd_deidentify(args: argparse.Namespace) -> int:
    from deidentify.api import deidentify_file, deidentify_project
    from deidentify.config import load_config

    config = load_config(args.config)
    if args.workers < 1:
        raise WorkbenchError(f"--workers must be at least 1 (got {args.workers})")
    if args.input is None:
        if args.data is None:
            raise WorkbenchError("give an INPUT file with -o OUTPUT, or --data DIR for a whole project")
        with tqdm(unit="notes", desc="de-identifying notes", disable=args.quiet,
                  file=sys.stderr) as bar:
            manifest = deidentify_project(args.data, workers=args.workers, config=config,
                                          progress=bar.update)
        for name, info in manifest["tables"].items():
            extra = f", {info['withheld']} withheld" if "withheld" in info else ""
            print(f"  {name:<22} {info['rows_in']:>9,} in  {info['rows_out']:>9,} out{extra}")
        notes = manifest["notes"]
        if notes:
            removed = ", ".join(f"{k} {v:,}" for k, v in notes["removed_by_type"].items())
            print(f"Removed from notes: {removed}")
        print(f"De-identified zone: {Path(args.data).resolve() / 'deidentified'}")
        return 0
    if args.output is None:
        raise WorkbenchError("-o OUTPUT is required with an INPUT file (use - for standard output)")
    quiet = args.quiet or args.output == "-"
    with tqdm(unit="notes", desc="de-identifying", disable=quiet, file=sys.stderr) as bar:
        report = deidentify_file(args.input, args.output, args.text_column, args.workers,
                                 config, args.key_file, args.data, progress=bar.update)
    summary = (f"rows in: {report.rows_in} = out: {report.rows_out} "
               f"(ok: {report.rows_out - report.withheld}, withheld: {report.withheld})")
    print(summary, file=sys.stderr if args.output == "-" else sys.stdout)
    for reason, n in report.reasons.items():
        print(f"  withheld {n}: {reason}", file=sys.stderr)
    return 0 if report.adds_up else 3


def _cmd_evaluate_deid(args: argparse.Namespace) -> int:
    import json

    from deidentify.config import load_config
    from deidentify.evaluation_sets import run_evaluation, summary_table

    say = (lambda msg: None) if args.quiet else (lambda msg: print(f"... {msg}", file=sys.stderr))
    results = run_evaluation(args.data, sample=args.sample, config=load_config(args.config),
                             progress=say)
    if args.json:
        print(json.dumps({k: {"overall": v["overall"],
                              "per_type": v["per_type"].to_dict(orient="records")}
                          for k, v in results.items()}, indent=2))
        return 0
    for name, r in results.items():
        print(f"\n{name}")
        print(r["per_type"].to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    print("\nOverall (recall and leaks by identifier token; F2 weighs recall 4x precision)")
    print(summary_table(results).to_string(float_format=lambda x: f"{x:.3f}"))
    return 0


def _cmd_request_export(args: argparse.Namespace) -> int:
    from ethics.request import request_export

    record = request_export(args.spec, args.data, args.requester)
    for check in record["checks"]:
        print(f"  {check['status'].upper():<7} {check['check']}: {check['reason']}")
    folder = Path(args.data).resolve() / "exports" / "requests" / record["request_id"]
    print(f"Review page: {folder / 'review.html'}")
    print(record["request_id"])  # last line: the request id, for automation
    return 0


def _cmd_review(args: argparse.Namespace) -> int:
    from ethics.review import review

    exceptions = {}
    for item in args.exception or []:
        name, sep, why = item.partition("=")
        if not sep or not why.strip():
            raise WorkbenchError(f"--exception takes CHECK=justification, not {item!r}")
        exceptions[name.strip()] = why.strip()
    decision = review(args.request_id, args.data, args.reviewer, args.approve, args.comment,
                      exceptions)
    print(f"{args.request_id}: {decision['decision']} by {decision['reviewer']}")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from ethics.package import export_package

    print(f"Export package written to {export_package(args.request_id, args.data, args.output)}")
    return 0


def _cmd_verify(args: argparse.Namespace) -> int:
    from ethics.package import verify_package

    problems = verify_package(args.package, args.data)
    for problem in problems:
        print(f"FAIL {problem}")
    if problems:
        return 1
    scope = "; the approval's signature and the audit checkpoint verify against the project" if args.data else ""
    print(f"OK: every file matches the manifest{scope}")
    return 0


def _cmd_audit(args: argparse.Namespace) -> int:
    from ethics.audit_log import AuditLog
    from workbench.zones import open_data_dir

    entries = AuditLog.for_data_dir(open_data_dir(args.data)).entries()
    print(f"OK: {len(entries)} audit entries verify (chain and signatures)")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from workbench.demo import run_demo

    for line in run_demo(args.data, users=args.users, progress=not args.quiet):
        print(line, flush=True)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench",
        description="Research and evaluation workbench for sex work support projects.",
        epilog=EPILOG)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser(
        "generate", help="write a synthetic project (no real people) to a data directory",
        description="Write a synthetic project data directory: service users, contacts, health "
        "events, referrals, interpreter use, incidents and free-text notes with marked "
        "identifiers. The same seed gives byte-for-byte the same files.", epilog=EPILOG)
    p.add_argument("--out", required=True, help="data directory to create or fill")
    p.add_argument("--users", type=int, default=2_000, help="number of service users (default 2000)")
    p.add_argument("--months", type=int, default=36, help="length of the period in months (default 36)")
    p.add_argument("--seed", type=int, default=20240601, help="random seed (default 20240601)")
    p.add_argument("--start", default="2023-01", help="first month, YYYY-MM (default 2023-01)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=_cmd_generate)

    p = sub.add_parser("dictionary", help="print or write the data dictionary",
                       description="Write the data dictionary (every table and column, its "
                       "type, allowed values and disclosure role) as Markdown.")
    p.add_argument("-o", "--output", default="-", help="file to write, or - for the screen")
    p.set_defaults(func=_cmd_dictionary)

    p = sub.add_parser(
        "ingest", help="load a CSV or Excel export from the case system",
        description="Load a CSV or XLSX export into the identifiable zone of a data directory. "
        "Each bad row is reported (row, column, value, reason) and written to a quarantine "
        "file; rows in = rows stored + rows quarantined. Files may be UTF-8 (with or without "
        "BOM) or Windows-1252.", epilog=EPILOG)
    p.add_argument("table", help="which table the file holds, e.g. contacts or service_users "
                   "(see 'workbench dictionary')")
    p.add_argument("file", help="the .csv or .xlsx export")
    p.add_argument("--data", required=True, help="project data directory")
    p.add_argument("--mapping", help="YAML file renaming the export's columns and recoding values")
    p.add_argument("--show", type=int, default=20, help="how many problems to print (default 20)")
    p.set_defaults(func=_cmd_ingest)

    p = sub.add_parser(
        "deidentify", help="remove identifiers from notes and records",
        description="Remove identifiers (names, working names, phone numbers, addresses, NHS and "
        "NI numbers, passport and Home Office references, vehicle registrations, dates...) "
        "from free-text notes. With INPUT and -o OUTPUT: a CSV, JSONL or Parquet file, every "
        "row kept in order, with deid_status, deid_reason and deid_removed columns; - means "
        "JSONL on standard input or output. With only --data DIR: the whole project, from the "
        "identifiable zone into the de-identified zone. A note that cannot be processed is "
        "withheld, never passed on.", epilog=EPILOG)
    p.add_argument("input", nargs="?", help="notes file (.csv, .jsonl, .parquet) or - for stdin")
    p.add_argument("-o", "--output", help="output file (same formats) or - for stdout")
    p.add_argument("--text-column", default="text", help="column holding the note (default text)")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--data", help="project data directory: its registry of known names is used; "
                   "alone, de-identify the whole project")
    p.add_argument("--config", help="YAML file overriding deidentify/defaults.yaml")
    p.add_argument("--key-file", help="pseudonym key (64 hex characters); default: a fresh key, "
                   "so this output cannot be linked to any other")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=_cmd_deidentify)

    p = sub.add_parser(
        "evaluate-deid", help="measure de-identification against marked notes",
        description="Measure how well de-identification finds identifiers, on notes whose "
        "identifiers are marked: notes from the synthetic generator (with and without the "
        "project's registry of known names) and notes written by hand. Prints recall (share "
        "of identifier words removed), leaked identifier words, precision, F2 and the share "
        "of other words kept, per kind of identifier.", epilog=EPILOG)
    p.add_argument("--data", help="a generated project to score (default: a fresh one)")
    p.add_argument("--sample", type=int, default=2000, help="generated notes to score (default 2000)")
    p.add_argument("--config", help="YAML file overriding deidentify/defaults.yaml")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--quiet", action="store_true", help="no progress messages")
    p.set_defaults(func=_cmd_evaluate_deid)

    p = sub.add_parser(
        "request-export", help="ask to export a de-identified extract (runs every check)",
        description="Build a candidate extract from the de-identified zone as SPEC.yaml asks "
        "(tables, columns, quasi-identifiers, date precision, checklist answers), leave out "
        "people without research consent, run every automated check and write a review page. "
        "The request id is printed on the last line.", epilog=EPILOG)
    p.add_argument("spec", help="export request spec (see examples/export_request.yaml)")
    p.add_argument("--data", required=True, help="project data directory")
    p.add_argument("--requester", required=True, help="your name (you cannot review it yourself)")
    p.set_defaults(func=_cmd_request_export)

    p = sub.add_parser(
        "review", help="approve or reject an export request (not your own)",
        description="Record a reviewer's decision on an export request. Approval needs a "
        "complete checklist and every check passed; a check marked 'review' may be accepted "
        "with a written justification (--exception), a failed check never. The decision is "
        "bound to the extract's content: any later change voids it.", epilog=EPILOG)
    p.add_argument("request_id")
    p.add_argument("--data", required=True, help="project data directory")
    p.add_argument("--reviewer", required=True, help="your name; must differ from the requester")
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--approve", action="store_true", help="approve the request")
    choice.add_argument("--reject", action="store_true", help="reject the request")
    p.add_argument("--comment", default="", help="a comment kept with the decision")
    p.add_argument("--exception", action="append",
                   help="CHECK=justification for a check that needs review (repeatable)")
    p.set_defaults(func=_cmd_review)

    p = sub.add_parser(
        "export", help="write the package of an approved request",
        description="Write the export package of an approved request: data files, "
        "manifest.json with hashes, checks and the signed approval, and the conditions of use. "
        "Refuses, and writes nothing, unless the request is approved and unchanged.",
        epilog=EPILOG)
    p.add_argument("request_id")
    p.add_argument("--data", required=True, help="project data directory")
    p.add_argument("-o", "--output", required=True, help="new folder for the package")
    p.set_defaults(func=_cmd_export)

    p = sub.add_parser(
        "verify", help="check an export package (researchers: run this first)",
        description="Check that every file of an export package matches its manifest and the "
        "approved content. With the project's --data, also the approval's signature and the "
        "package's checkpoint against the project's audit log.", epilog=EPILOG)
    p.add_argument("package", help="the package folder")
    p.add_argument("--data", help="project data directory (for the project's own check)")
    p.set_defaults(func=_cmd_verify)

    p = sub.add_parser(
        "audit", help="check the project's audit log",
        description="Check the tamper-evident audit log of requests, checks, decisions and "
        "exports: an edited, reordered or deleted entry is named.", epilog=EPILOG)
    audit_sub = p.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    pv = audit_sub.add_parser("verify", help="verify every entry's chain link and signature",
                              description="Verify every entry of the audit log: its link to "
                              "the previous entry and its signature.")
    pv.add_argument("--data", required=True, help="project data directory")
    pv.set_defaults(func=_cmd_audit)

    p = sub.add_parser(
        "demo", help="run the whole chain on a fresh synthetic project",
        description="Generate a synthetic project and run every step that exists on it, "
        "printing where each output is.", epilog=EPILOG)
    p.add_argument("--data", required=True, help="data directory for the demo (outside the repo)")
    p.add_argument("--users", type=int, default=2_000, help="number of synthetic users")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.set_defaults(func=_cmd_demo)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except WorkbenchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
