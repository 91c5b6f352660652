"""The `workbench` command. Thin: parse arguments, call one library function, print the result.

Mistakes a person can fix (a missing file, a bad column, a misplaced data directory) print
one line starting with "error:" and exit with status 2. Tracebacks mean a bug.
"""

from __future__ import annotations

import argparse
import sys

from workbench import commands
from workbench.core.errors import WorkbenchError
from workbench.models.choices import ERRORS, FAMILIES

EPILOG = ("Data directories hold identifiable records: keep them outside any git repository. "
          "See README.md for the evaluator's, reviewer's and researcher's journeys.")


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
    p.set_defaults(func=commands.cmd_generate)

    p = sub.add_parser("dictionary", help="print or write the data dictionary",
                       description="Write the data dictionary (every table and column, its "
                       "type, allowed values and disclosure role) as Markdown.")
    p.add_argument("-o", "--output", default="-", help="file to write, or - for the screen")
    p.set_defaults(func=commands.cmd_dictionary)

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
    p.set_defaults(func=commands.cmd_ingest)

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
    p.add_argument("--text-column", action="append", help="column holding free text to "
                   "de-identify (default text); repeat it for several columns")
    p.add_argument("--keep-column", action="append", default=[], help="column to keep as it is "
                   "(it must hold no identifiers); repeat for several. A file's other columns "
                   "must be named with --text-column, --keep-column or --drop-column, or "
                   "nothing is written")
    p.add_argument("--drop-column", action="append", default=[], help="column to leave out of "
                   "the output; repeat for several")
    p.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    p.add_argument("--data", help="project data directory: its registry of known names is used; "
                   "alone, de-identify the whole project")
    p.add_argument("--config", help="YAML file overriding deidentify/defaults.yaml")
    p.add_argument("--key-file", help="pseudonym key (64 hex characters); default: a fresh key, "
                   "so this output cannot be linked to any other")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=commands.cmd_deidentify)

    p = sub.add_parser(
        "evaluate-deid", help="measure de-identification against marked notes",
        description="Measure how well de-identification finds identifiers, on notes whose "
        "identifiers are marked: notes from the synthetic generator (with and without the "
        "project's registry of known names), the notes written by hand for the project, and "
        "any gold files you give with --gold (your own annotated notes: CoNLL with BIO tags, "
        "such as WNUT17, or JSONL with a text and its spans per line). Prints recall (share "
        "of identifier words removed), leaked identifier words, precision, F2 and the share "
        "of other words kept, per kind of identifier; with --compare-stock, stock Presidio's "
        "figures on the same notes beside them.", epilog=EPILOG)
    p.add_argument("--data", help="a generated project to score (default: a fresh one)")
    p.add_argument("--sample", type=int, default=2000, help="generated notes to score (default 2000)")
    p.add_argument("--gold", action="append", default=[], metavar="FILE",
                   help="a gold file to score as well (.conll, .jsonl, or [[value|TYPE]] notes); "
                   "repeat for several")
    p.add_argument("--no-generated", action="store_true",
                   help="skip the generated notes (faster: only hand-written and --gold sets)")
    p.add_argument("--compare-stock", action="store_true",
                   help="also score stock Presidio (default recognizers, same model) on each set")
    p.add_argument("--config", help="YAML file overriding deidentify/defaults.yaml")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.add_argument("--quiet", action="store_true", help="no progress messages")
    p.set_defaults(func=commands.cmd_evaluate_deid)

    p = sub.add_parser(
        "its", help="interrupted time series on a monthly series in a CSV file",
        description="Fit a segmented regression to one row per period: did the level or the "
        "trend of OUTCOME change when INTERVENTION switched from 0 to 1? Prints JSON: the "
        "level change as a rate ratio with its 95% interval, the change in trend (ratio per "
        "period), the trends before and after, the overdispersion and autocorrelation checks. "
        "Time is centred at the interruption, so the level change is measured there.",
        epilog="Example: workbench its monthly.csv --outcome contacts --time month "
        "--intervention after --seasonality fourier:2")
    p.add_argument("csv", help="CSV (or XLSX) file, one row per period")
    p.add_argument("--outcome", required=True, help="column of counts (or values, with "
                   "--family gaussian)")
    p.add_argument("--time", required=True, help="column of months (2024-07) or whole numbers")
    p.add_argument("--intervention", required=True, help="column that is 0 before and 1 from "
                   "the intervention on")
    p.add_argument("--offset", help="column of exposure, e.g. people on the caseload or "
                   "population; its log is the model offset (give the exposure, not its log)")
    p.add_argument("--seasonality", default="none", help="none (default), month, or "
                   "fourier:K for K sine/cosine pairs")
    p.add_argument("--family", default="quasipoisson", choices=FAMILIES,
                   help="quasipoisson (default), poisson, negbin, or gaussian for measurements")
    p.add_argument("--errors", default="auto", choices=ERRORS,
                   help="auto (default: if residuals are autocorrelated, the wider of model "
                   "and HAC errors), model, or hac")
    p.add_argument("--hac-lags", type=int, help="lags for HAC errors (default: Newey-West rule)")
    p.add_argument("--plot", help="also draw observed, fitted and counterfactual to this PNG")
    p.add_argument("--impact", default="both", choices=("both", "level", "slope"),
                   help="what the intervention may change: both (default) the level and the "
                   "trend, level only (a step), or slope only (the trend)")
    p.add_argument("--phase-in", type=int, default=0, metavar="N",
                   help="leave the first N periods from the intervention on out of the fit "
                   "(while it was being rolled out)")
    p.add_argument("--control", metavar="COL", help="column of a comparison series the "
                   "intervention should not affect: changes are then reported relative to it")
    p.set_defaults(func=commands.cmd_its)

    p = sub.add_parser(
        "report", help="write the evaluation report (HTML) from the de-identified zone",
        description="Run the evaluation report notebook on a project's de-identified records "
        "and render it as one HTML file that opens offline: findings in plain language, "
        "figures with intervals, methods and limitations, the check of every output against "
        "the disclosure rules, and provenance (data hashes, code version, parameters). Also "
        "writes the executed notebook, outputs.json (every output's check) and the figures.",
        epilog=EPILOG)
    p.add_argument("--data", required=True, help="project data directory (de-identified zone "
                   "must exist: run 'workbench deidentify --data DIR' first)")
    p.add_argument("--period", help="FROM:TO months, e.g. 2023-01:2025-12 (default: all)")
    p.add_argument("--site", choices=("london", "regional"), help="one site (default: both)")
    p.add_argument("-o", "--output", required=True, help="folder for the report")
    p.add_argument("--pdf", action="store_true", help="also print it to report.pdf and the "
                   "one-page summary to summary.pdf (needs Debian's chromium package)")
    p.add_argument("--project-name", help="the project's name, for the title (default: the "
                   "data folder's name)")
    p.set_defaults(func=commands.cmd_report)

    p = sub.add_parser(
        "request-export", help="ask to export a de-identified extract (runs every check)",
        description="Build a candidate extract from the de-identified zone as SPEC.yaml asks "
        "(tables, columns, quasi-identifiers, date precision, checklist answers), leave out "
        "people without research consent, run every automated check and write a review page. "
        "The request id is printed on the last line.", epilog=EPILOG)
    p.add_argument("spec", help="export request spec (see examples/export_request.yaml)")
    p.add_argument("--data", required=True, help="project data directory")
    p.add_argument("--key", required=True, help="your private key file (Ed25519, e.g. "
                   "~/.ssh/id_ed25519; you must be a requester in the roster): the request is "
                   "signed with it, and you cannot review it yourself")
    p.add_argument("--requester", help="your name, checked against the roster entry of --key")
    p.set_defaults(func=commands.cmd_request_export)

    p = sub.add_parser(
        "review", help="approve or reject an export request (not your own)",
        description="Record a reviewer's decision on an export request. Approval needs a "
        "complete checklist and every check passed; a check marked 'review' may be accepted "
        "with a written justification (--exception), a failed check never. The decision is "
        "signed with your key over the signed request: any later change to the request, the "
        "extract or the decision voids it. Read the review page first.", epilog=EPILOG)
    p.add_argument("request_id")
    p.add_argument("--data", required=True, help="project data directory")
    p.add_argument("--key", required=True, help="your private key file (a reviewer in the "
                   "roster, not the requester)")
    p.add_argument("--reviewer", help="your name, checked against the roster entry of --key")
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--approve", action="store_true", help="approve the request")
    choice.add_argument("--reject", action="store_true", help="reject the request")
    p.add_argument("--comment", default="", help="a comment kept with the decision")
    p.add_argument("--exception", action="append",
                   help="CHECK=justification for a check that needs review (repeatable)")
    p.set_defaults(func=commands.cmd_review)

    p = sub.add_parser(
        "export", help="write the package of an approved request",
        description="Write the export package of an approved request: data files, "
        "manifest.json with hashes, checks and the signed approval, and the conditions of use. "
        "Refuses, and writes nothing, unless the request is approved, every signature holds "
        "and nothing changed; never inside a git work tree.", epilog=EPILOG)
    p.add_argument("request_id")
    p.add_argument("--data", required=True, help="project data directory")
    p.add_argument("-o", "--output", required=True, help="new folder for the package (outside "
                   "any git repository)")
    p.add_argument("--key", required=True, help="your private key file (anyone in the roster): "
                   "the package's export record is signed with it")
    p.add_argument("--force", action="store_true", help="replace an earlier export package in "
                   "that folder (anything else there is never replaced)")
    p.set_defaults(func=commands.cmd_export)

    p = sub.add_parser(
        "verify", help="check an export package (researchers: run this first)",
        description="Check that every file of an export package matches its manifest, and who "
        "asked for and approved it: every signature is checked against the public keys of the "
        "project's roster carried in the package, rooted in the project's lead key. No secret "
        "is needed. Give --trust with the lead key fingerprint from your data-sharing "
        "agreement; without it, the command says which lead key it trusted. With the "
        "project's --data, also against the project's roster and audit log.", epilog=EPILOG)
    p.add_argument("package", help="the package folder")
    p.add_argument("--trust", metavar="FINGERPRINT", help="the project's lead key fingerprint "
                   "(SHA256:...), as written in the data-sharing agreement")
    p.add_argument("--data", help="project data directory (for the project's own check)")
    p.set_defaults(func=commands.cmd_verify)

    p = sub.add_parser(
        "audit", help="check the project's audit log",
        description="Check the tamper-evident audit log of requests, checks, decisions and "
        "exports: an edited, reordered or deleted entry is named.", epilog=EPILOG)
    audit_sub = p.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    pv = audit_sub.add_parser("verify", help="verify every entry's chain link and signature",
                              description="Verify every entry of the audit log: its link to "
                              "the previous entry and its signature.")
    pv.add_argument("--data", required=True, help="project data directory")
    pv.add_argument("--trust", metavar="FINGERPRINT", help="the project's lead key fingerprint "
                    "as written down elsewhere: a roster (and log) replaced wholesale has another")
    pv.set_defaults(func=commands.cmd_audit)

    # ---- check-table (issue 9: output checks for tables made elsewhere) ----
    p = sub.add_parser(
        "check-table", help="check a table made elsewhere before it leaves (small cells...)",
        description="Build a table from FILE (CSV, XLSX or Parquet, one row per person or "
        "event) and check it with the same rules as the report: counts below 10 and zeros "
        "suppressed, with further cells hidden so that totals cannot give them back (or the "
        "NHS rule: 1-7 suppressed, the rest rounded to 5); sums and means withheld where a "
        "few contributors dominate or everyone has the same value, with further cells hidden "
        "so that totals cannot give them back either. Writes the safe table to "
        "-o, prints a line per suppressed or rounded cell and why, and exits with status 1 "
        "when anything was withheld (0 when the table may leave as written).", epilog=EPILOG)
    p.add_argument("file", help="the records the table is made from")
    p.add_argument("--rows", required=True, help="row variable(s), comma-separated")
    p.add_argument("--columns", required=True, help="column variable")
    p.add_argument("--values", help="a number column to sum or average (default: count rows)")
    p.add_argument("--agg", choices=("sum", "mean"), help="with --values: sum or mean")
    p.add_argument("--rule", choices=("threshold", "nhs"), default="threshold",
                   help="threshold (default) or nhs (sexual-health counts below national level)")
    p.add_argument("-o", "--output", required=True, help="where to write the safe table (CSV)")
    p.set_defaults(func=commands.cmd_check_table)

    p = sub.add_parser(
        "people", help="the roster: who may request and review, with their public keys",
        description="Keep the project's roster of people, their roles (requester, reviewer, "
        "lead) and their public keys. The first lead starts it; every later change is signed "
        "with a lead's key and logged. Private keys stay with each person (mode 600, never in "
        "the data directory); an existing OpenSSH Ed25519 key works.", epilog=EPILOG)
    people_sub = p.add_subparsers(dest="people_command", required=True, metavar="ACTION")
    pp = people_sub.add_parser("init", help="start the roster with its first lead",
                               description="Start the project's roster: you become its first "
                               "lead (also a reviewer; not a requester, since you vouch for "
                               "every reviewer). Prints the lead key fingerprint to write into "
                               "data-sharing agreements.")
    pp.add_argument("--data", required=True, help="project data directory")
    pp.add_argument("--name", required=True, help="your name")
    pp.add_argument("--key", required=True, help="your private key file")
    pp.set_defaults(func=commands.cmd_people_init)
    pp = people_sub.add_parser("add", help="add a person (lead only)",
                               description="Add a person with their roles and public key; "
                               "signed with your lead key.")
    pp.add_argument("name", help="the person's name")
    pp.add_argument("--data", required=True, help="project data directory")
    pp.add_argument("--key", required=True, help="your (a lead's) private key file")
    pp.add_argument("--role", action="append", required=True,
                    choices=("requester", "reviewer", "lead"), help="a role (repeatable)")
    pp.add_argument("--public-key", required=True, help="their public key: a .pub file or "
                    "the line 'ssh-ed25519 AAAA...'")
    pp.set_defaults(func=commands.cmd_people_add)
    pp = people_sub.add_parser("remove", help="remove a person (lead only)",
                               description="Remove a person; their key no longer signs "
                               "anything. Signed with your lead key.")
    pp.add_argument("name", help="the person's name")
    pp.add_argument("--data", required=True, help="project data directory")
    pp.add_argument("--key", required=True, help="your (a lead's) private key file")
    pp.set_defaults(func=commands.cmd_people_remove)
    pp = people_sub.add_parser("list", help="list people, roles and key fingerprints",
                               description="List the roster and the project's lead key "
                               "fingerprint (for data-sharing agreements).")
    pp.add_argument("--data", required=True, help="project data directory")
    pp.set_defaults(func=commands.cmd_people_list)
    pp = people_sub.add_parser("keygen", help="make a new Ed25519 key pair for yourself",
                               description="Write a new private key (mode 600) to PATH and its "
                               "public key to PATH.pub. Keep it in your own account, never in "
                               "the data directory; give PATH.pub to a lead.")
    pp.add_argument("path", help="where to write the private key, e.g. ~/.ssh/workbench_ed25519")
    pp.set_defaults(func=commands.cmd_people_keygen)

    p = sub.add_parser(
        "demo", help="run the whole chain on a fresh synthetic project",
        description="Generate a synthetic project and run every step that exists on it, "
        "printing where each output is.", epilog=EPILOG)
    p.add_argument("--data", required=True, help="data directory for the demo (outside the repo)")
    p.add_argument("--users", type=int, default=2_000, help="number of synthetic users")
    p.add_argument("--quiet", action="store_true", help="no progress bars")
    p.set_defaults(func=commands.cmd_demo)
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
