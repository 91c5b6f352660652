"""What each `workbench` command does: call one library function and print the result.

The parser and the one-line error handling are in workbench/cli.py. Each command imports
what it needs (pandas, statsmodels, Presidio, the progress bar) inside its function, so that
`workbench --help` and `workbench verify` start in well under a second.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from workbench.core.errors import WorkbenchError


def cmd_generate(args: argparse.Namespace) -> int:
    from tqdm import tqdm

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


def cmd_dictionary(args: argparse.Namespace) -> int:
    from workbench.dictionary import render_dictionary

    text = render_dictionary()
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, encoding="utf-8")
        print(f"Data dictionary written to {args.output}")
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
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


def cmd_deidentify(args: argparse.Namespace) -> int:
    from tqdm import tqdm

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
    from deidentify.files import Columns

    columns = Columns(text=tuple(args.text_column or ["text"]), keep=tuple(args.keep_column),
                      drop=tuple(args.drop_column))
    quiet = args.quiet or args.output == "-"
    with tqdm(unit="notes", desc="de-identifying", disable=quiet, file=sys.stderr) as bar:
        report = deidentify_file(args.input, args.output, columns, args.workers,
                                 config, args.key_file, args.data, progress=bar.update)
    summary = (f"rows in: {report.rows_in} = out: {report.rows_out} "
               f"(ok: {report.rows_out - report.withheld}, withheld: {report.withheld})")
    print(summary, file=sys.stderr if args.output == "-" else sys.stdout)
    for reason, n in report.reasons.items():
        print(f"  withheld {n}: {reason}", file=sys.stderr)
    return 0 if report.adds_up else 3


def cmd_evaluate_deid(args: argparse.Namespace) -> int:
    from deidentify.config import load_config
    from workbench.evaluation_sets import by_type_table, run_evaluation, summary_table

    say = (lambda msg: None) if args.quiet else (lambda msg: print(f"... {msg}", file=sys.stderr))
    results = run_evaluation(args.data, sample=args.sample, config=load_config(args.config),
                             progress=say, gold_files=args.gold,
                             generated=not args.no_generated, compare_stock=args.compare_stock)
    if args.json:
        print(json.dumps({k: {key: (v[key].to_dict(orient="records") if key.endswith("per_type")
                                    else v[key]) for key in v}
                          for k, v in results.items()}, indent=2, default=str))
        return 0
    for name, r in results.items():
        print(f"\n{name}")
        print(by_type_table(r).to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    print("\nOverall (recall and leaks by identifier token; F2 weighs recall 4x precision"
          + ("; stock_* is stock Presidio on the same notes" if args.compare_stock else "") + ")")
    print(summary_table(results).to_string(float_format=lambda x: f"{x:.3f}"))
    return 0


def cmd_its(args: argparse.Namespace) -> int:
    from workbench.ingest import read_export
    from workbench.models.its import interrupted_time_series

    if args.plot and not Path(args.plot).parent.is_dir():
        raise WorkbenchError(f"--plot {args.plot}: the folder {Path(args.plot).parent} does not "
                             "exist; create it first")
    if args.plot and Path(args.plot).suffix.lower() not in (".png", ".pdf", ".svg"):
        raise WorkbenchError(f"--plot {args.plot}: name a .png, .pdf or .svg file")
    frame, _ = read_export(Path(args.csv))
    result = interrupted_time_series(frame, args.outcome, args.time, args.intervention,
                                     args.offset, args.seasonality, args.family, args.errors,
                                     args.hac_lags, impact=args.impact,
                                     phase_in=args.phase_in, control=args.control)
    if args.plot:
        from workbench.trend_plots import plot_its

        plot_its(result.data, f"{args.outcome}: interrupted time series", args.outcome,
                 ).savefig(args.plot)
    print(json.dumps(result.as_record(), indent=2, default=lambda v: v.item()))
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from workbench.analysis.frames import Period
    from workbench.outputs import read_record
    from workbench.report.build import build_report
    from workbench.core.tables import read_table

    if args.period:
        Period.parse(args.period)  # a bad period is named before the notebook starts
    read_table(args.data, "contacts", "deidentified", columns=["contact_id"])
    print("Running the report notebook (about a minute)...", file=sys.stderr)
    paths = build_report(args.data, args.output, args.period, args.site, pdf=args.pdf,
                         project_name=args.project_name)
    outputs, failed = read_record(paths["outputs"])
    print(f"Report: {paths['html']}" + (f" and {paths['pdf']}" if "pdf" in paths else ""))
    print(f"Summary: {paths['summary']}"
          + (f" and {paths['summary_pdf']}" if "summary_pdf" in paths else ""))
    print(f"Output checks: {outputs} outputs, "
          + (f"{len(failed)} withheld from the report ({', '.join(failed)})" if failed
             else "none withheld") + f"; record in {paths['outputs']}")
    return 0


def cmd_request_export(args: argparse.Namespace) -> int:
    from ethics.request import request_export

    from ethics.people import check_name_matches

    check_name_matches(args.data, args.key, args.requester)
    record = request_export(args.spec, args.data, args.key)
    for check in record["checks"]:
        print(f"  {check['status'].upper():<7} {check['check']}: {check['reason']}")
    folder = Path(args.data).resolve() / "exports" / "requests" / record["request_id"]
    print(f"Review page: {folder / 'review.html'}")
    print(record["request_id"])  # last line: the request id, for automation
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    from ethics.review import review

    exceptions = {}
    for item in args.exception or []:
        name, sep, why = item.partition("=")
        if not sep or not why.strip():
            raise WorkbenchError(f"--exception takes CHECK=justification, not {item!r}")
        exceptions[name.strip()] = why.strip()
    from ethics.people import check_name_matches

    check_name_matches(args.data, args.key, args.reviewer)
    decision = review(args.request_id, args.data, args.key, args.approve, args.comment,
                      exceptions)
    print(f"{args.request_id}: {decision['decision']} by {decision['reviewer']} "
          f"(key {decision['reviewer_key']})")
    folder = Path(args.data).resolve() / "exports" / "requests" / args.request_id
    print(f"Review page, with the decision: {folder / 'review.html'}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from ethics.package import export_package

    package = export_package(args.request_id, args.data, args.output, args.key,
                             force=getattr(args, "force", False))
    print(f"Export package written to {package}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from ethics.package import check_package

    result = check_package(args.package, args.data, args.trust)
    for problem in result.problems:
        print(f"FAIL {problem}")
    if result.problems:
        if result.lead_key:  # never call a key trusted when the check failed
            print(f"Lead key in the package: {result.lead_key} (not trusted: see FAIL above)")
        return 1
    if result.lead_key:
        source = ("the project's roster (--data)" if args.data else "your --trust"
                  if args.trust else "the package itself: compare it with the fingerprint in "
                  "your data-sharing agreement, or pass --trust")
        print(f"Lead key trusted: {result.lead_key} (from {source})")
    print(f"Requested by {result.requester.name} ({result.requester.fingerprint}); approved by "
          f"{result.reviewer.name} ({result.reviewer.fingerprint}); packaged by "
          f"{result.exporter.name}")
    scope = "; the project's audit log holds the export" if args.data else ""
    print(f"OK: every file matches the manifest and every signature holds{scope}")
    return 0


def cmd_people_init(args: argparse.Namespace) -> int:
    from ethics.people import init_roster

    roster = init_roster(args.data, args.name, args.key)
    print(f"Roster started with {args.name} as lead.")
    print(f"Lead key fingerprint (write it into data-sharing agreements): "
          f"{roster.lead_fingerprint}")
    return 0


def cmd_people_add(args: argparse.Namespace) -> int:
    from ethics.people import add_person

    text = args.public_key
    if Path(text).expanduser().is_file():
        text = Path(text).expanduser().read_text()
    person = add_person(args.data, args.key, args.name, args.role, text)
    print(f"Added {person.name} ({', '.join(person.roles)}), key {person.fingerprint}")
    return 0


def cmd_people_remove(args: argparse.Namespace) -> int:
    from ethics.people import remove_person

    person = remove_person(args.data, args.key, args.name)
    print(f"Removed {person.name} (key {person.fingerprint})")
    return 0


def cmd_people_list(args: argparse.Namespace) -> int:
    from ethics.people import load_roster
    from workbench.core.zones import open_data_dir

    roster = load_roster(open_data_dir(args.data))
    for person in roster.people.values():
        print(f"  {person.name:<24} {', '.join(person.roles):<28} {person.fingerprint}")
    print(f"Lead key fingerprint: {roster.lead_fingerprint}")
    return 0


def cmd_people_keygen(args: argparse.Namespace) -> int:
    from ethics.signing import generate_key

    signer = generate_key(args.path)
    print(f"Private key: {signer.path} (mode 600; keep it to yourself)")
    print(f"Public key:  {signer.path}.pub  fingerprint {signer.fingerprint}")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    from ethics.audit_log import AuditLog
    from workbench.core.zones import open_data_dir

    data = open_data_dir(args.data)
    log = AuditLog.for_data_dir(data)
    entries, vouchers = log.entries(), log.verify_vouchers(data)
    if entries:
        from ethics.people import load_roster

        lead = load_roster(data).lead_fingerprint
        if args.trust and args.trust.strip() != lead:
            raise WorkbenchError(f"the roster is rooted in lead key {lead}, not the trusted "
                                 f"{args.trust.strip()}: the roster and log were replaced")
        print(f"Lead key: {lead}" + (" (the one you trust)" if args.trust else ""))
    head = log.head()
    print(f"Head: {head['entries']} entries, last {head['last_hash']} (keep a copy outside the "
          "data directory: a later, shorter log with the same start means entries were cut)")
    print(f"OK: {len(entries)} audit entries verify (chain and signatures); the log holds the "
          f"head that each of {vouchers} signed requests, decisions and exports vouches for")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from workbench.demo import run_demo

    for line in run_demo(args.data, users=args.users, progress=not args.quiet):
        print(line, flush=True)
    return 0


def cmd_check_table(args: argparse.Namespace) -> int:  # issue 9
    from workbench.check_table import check_table

    rows = [r.strip() for r in args.rows.split(",") if r.strip()]
    result = check_table(args.file, rows, args.columns, args.output, args.values, args.agg,
                         args.rule)
    print(f"{result.status.upper()}: {result.reason}")
    for line in result.lines:
        print(f"  {line}")
    print(f"Safe table: {result.output}" if result.output else "Nothing written: the table "
          "cannot be released")
    return 1 if result.withheld else 0
