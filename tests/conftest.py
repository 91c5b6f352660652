"""Shared fixtures: small synthetic projects with fixed seeds (no real data anywhere).

Each project is built once per test session (once per worker under `make test`) and copied by
the tests that change it: generating, de-identifying and signing are the slow parts of the
suite, so no two fixtures do the same work."""

from __future__ import annotations

import ast
import json
import shutil
from pathlib import Path
from typing import NamedTuple

import pytest

from workbench.generate.context import GenConfig
from workbench.generate.project import generate_project

REPO = Path(__file__).resolve().parents[1]
EXAMPLE_SPEC = REPO / "examples" / "export_request.yaml"

LEAD, EVIE, RITA = "Lena Lead", "Evie Evaluator", "Rita Reviewer"
JUSTIFICATION = "bands are coarse; the researcher works in a secure setting"


def pytest_configure(config):
    """The quick loop (a marker expression leaving out `slow`) tries fewer random examples in
    each property test (tests/hypothesis_budget.py); the full loop tries them all. Under CI
    (the CI variable set, as .ci/run's machine sets it) the examples are derived from each
    test's name, the same on every run: a run is red for a change, not for the examples drawn.
    Run locally, each run draws new ones, and what they find is kept in .hypothesis/."""
    import os

    from hypothesis import settings

    from tests import hypothesis_budget

    hypothesis_budget.QUICK = "not slow" in (config.getoption("markexpr") or "")
    if os.environ.get("CI"):
        settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
        settings.load_profile("ci")


# Under `--dist loadfile` (make test, make quick), the test files that use the same costly
# session fixture run on one worker, which builds it once: the export gate's projects, and the
# 6,000-person project. Found from the files' function arguments, so a new test file joins its
# group by asking for the fixture.
GROUPS = {"export-gate": {"deidentified", "deid_project", "approved_gate"},
          "6000-people": {"synthetic_project", "analysis_project"}}

# The files that take longest in the full loop (minutes each, on two cores): every hand-written
# gold set scored by the project and by stock Presidio, a property test running the
# suppression audit's linear programmes, and the notebooks.
LONGEST = ("tests/deidentify/test_gold_files.py", "tests/workbench/test_report_words.py",
           "tests/test_notebooks.py")


def _group_of(path: Path) -> str | None:
    """The group of GROUPS whose fixture a function of the test file asks for, if any."""
    try:
        tree = ast.parse(path.read_text())
    except (OSError, SyntaxError):
        return None
    names = {a.arg for f in ast.walk(tree)
             if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef)) for a in f.args.args}
    return next((group for group, fixtures in GROUPS.items() if names & fixtures), None)


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_make_scheduler(config, log):
    """`--dist loadfile`, with each group of GROUPS one unit of work and LONGEST first."""
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    root = Path(str(config.rootpath))
    groups: dict[str, str | None] = {}

    class ByFileAndSharedFixture(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            file = super()._split_scope(nodeid)
            if file not in groups:
                groups[file] = _group_of(root / file)
            return groups[file] or file

        def _assign_work_unit(self, node) -> None:
            # The longest files start first, before the groups (xdist orders by number of
            # tests), so that no process is left running one of them at the end.
            if not getattr(self, "_longest_first", False):
                self._longest_first = True
                order = sorted(self.workqueue, key=lambda s: LONGEST.index(s) if s in LONGEST
                               else len(LONGEST))
                self.workqueue.update((s, self.workqueue.pop(s)) for s in order)
            super()._assign_work_unit(node)

    return ByFileAndSharedFixture(config, log)


@pytest.fixture(scope="session", autouse=True)
def one_language_model_per_session():
    """spaCy loads each model once per test process: every engine the tests build (the CLI
    commands run in process, each with its own engine) shares it. Loading is what the
    subprocess tests check (tests/deidentify/test_offline.py, test_nlp.py); the pipeline is
    only read, never changed, once loaded."""
    import spacy

    real, loaded = spacy.load, {}

    def load(name, **kwargs):
        key = (str(name), repr(sorted(kwargs.items())))
        if key not in loaded:
            loaded[key] = real(name, **kwargs)
        return loaded[key]

    patch = pytest.MonkeyPatch()
    patch.setattr(spacy, "load", load)
    yield
    patch.undo()


@pytest.fixture(scope="session")
def synthetic_project(tmp_path_factory) -> Path:
    """A 6,000-person, 36-month project: large enough for calibration and effect checks."""
    root = tmp_path_factory.mktemp("project")
    generate_project(root, GenConfig(users=6_000, months=36, seed=7))
    return root


@pytest.fixture(scope="session")
def small_project(tmp_path_factory) -> Path:
    """A 300-person, 24-month project (identifiable zone only). Never written to: a test that
    changes a project works on a copy."""
    root = tmp_path_factory.mktemp("small")
    generate_project(root, GenConfig(users=300, months=24, seed=11))
    return root


@pytest.fixture(scope="session")
def engine():
    """One de-identification engine per session (the language model loads once)."""
    from deidentify.engine import Deidentifier

    return Deidentifier(key=b"k" * 32)


@pytest.fixture(scope="session")
def analysis_project(synthetic_project, tmp_path_factory) -> Path:
    """A copy of the 6,000-person project with its de-identified zone (structured tables: the
    analysis needs no notes), for trend analysis, models and reports. Copied, not generated
    again: the seed gives the same files, and `synthetic_project` stays without that zone."""
    from deidentify.api import deidentify_project

    root = tmp_path_factory.mktemp("analysis")
    shutil.copytree(synthetic_project, root, dirs_exist_ok=True)
    deidentify_project(root, include_notes=False)
    return root


# ---- the export gate's projects ---------------------------------------------------------------

def _wb(*args):
    from tests.cli_helpers import run_cli

    return run_cli(args)


@pytest.fixture(scope="session")
def deidentified(tmp_path_factory, small_project) -> Path:
    """A copy of the small project with its structured tables de-identified (no notes: no
    export request of the tests asks for them; the whole-project command, notes included, is
    tests/deidentify/test_cli_deidentify.py::test_a_whole_project) and no roster yet."""
    from deidentify.api import deidentify_project

    root = tmp_path_factory.mktemp("deid") / "project"
    shutil.copytree(small_project, root)
    deidentify_project(root, include_notes=False)
    return root


@pytest.fixture(scope="session")
def keys(tmp_path_factory) -> dict[str, Path]:
    """Private key files, made with `workbench people keygen` (PATH and PATH.pub)."""
    folder = tmp_path_factory.mktemp("keys")
    made = {}
    for who in ("lead", "evie", "rita", "mallory", "ruth"):
        out = _wb("people", "keygen", str(folder / who))
        assert out.returncode == 0, out.stderr
        made[who] = folder / who
    return made


def public(key: Path) -> str:
    return key.with_name(key.name + ".pub").read_text()


def exceptions(project: Path, request_id: str) -> list[str]:
    """`--exception` arguments with a justification for every check of the request that needs
    review (the export checks measure more than one table can show: each needs its own)."""
    record = json.loads((project / "exports" / "requests" / request_id / "request.json")
                        .read_text())
    return [arg for c in record["checks"] if c["status"] == "review"
            for arg in ("--exception", f"{c['check']}=accepted for this synthetic test")]


def new_project(deidentified: Path, where: Path, keys: dict[str, Path]) -> Path:
    """A copy of the project whose roster has a lead, a requester who also reviews (so that
    only the separation of duties stops her approving her own request) and a reviewer."""
    from ethics.people import add_person, init_roster

    root = where / "project"
    shutil.copytree(deidentified, root)
    init_roster(root, LEAD, keys["lead"])
    add_person(root, keys["lead"], EVIE, ["requester", "reviewer"], public(keys["evie"]))
    add_person(root, keys["lead"], RITA, ["reviewer"], public(keys["rita"]))
    return root


@pytest.fixture(scope="session")
def deid_project(tmp_path_factory, deidentified, keys) -> Path:
    """A copy of the de-identified small project with a roster in which Evie requests."""
    from ethics.people import add_person, init_roster

    root = tmp_path_factory.mktemp("gate") / "project"
    shutil.copytree(deidentified, root)
    init_roster(root, LEAD, keys["lead"])
    add_person(root, keys["lead"], EVIE, ["requester", "reviewer"], public(keys["evie"]))
    return root


def _request(project: Path, key: Path) -> str:
    out = _wb("request-export", str(EXAMPLE_SPEC), "--data", str(project), "--key", str(key))
    assert out.returncode == 0, out.stderr
    return out.stdout.strip().splitlines()[-1]


class Gate(NamedTuple):
    """The session's approved project (`approved_gate`)."""

    project: Path
    a: str  # request A: approved by Rita, then exported to `package`
    b: str  # request B: the same spec, requested after A's export, not reviewed
    package: Path
    pages: dict[str, str]  # review.html of A before and after the approval, and of B


@pytest.fixture(scope="session")
def approved_gate(tmp_path_factory, deidentified, keys) -> Gate:
    """A project with the full roster (`new_project`) in which Evie requested the example spec
    twice; Rita approved request A (each check needing a decision justified by JUSTIFICATION)
    and exported it; request B is not reviewed. Never written to: use `copy_gate` for a
    project to change."""
    project = new_project(deidentified, tmp_path_factory.mktemp("approved"), keys)
    a = _request(project, keys["evie"])
    page = project / "exports" / "requests" / a / "review.html"
    before = page.read_text()
    record = json.loads((page.parent / "request.json").read_text())
    justified = [arg for c in record["checks"] if c["status"] == "review"
                 for arg in ("--exception", f"{c['check']}={JUSTIFICATION}")]
    out = _wb("review", a, "--data", str(project), "--key", str(keys["rita"]), "--approve",
              *justified)
    assert out.returncode == 0, out.stderr
    after = page.read_text()
    package = tmp_path_factory.mktemp("pkg") / "package"
    out = _wb("export", a, "--data", str(project), "-o", str(package), "--key", str(keys["rita"]))
    assert out.returncode == 0, out.stderr
    b = _request(project, keys["evie"])
    again = (project / "exports" / "requests" / b / "review.html").read_text()
    return Gate(project, a, b, package, {"before": before, "after": after, "again": again})


def copy_gate(approved_gate: Gate, where: Path) -> Path:
    """A copy of `approved_gate`'s project in the folder `where`, for tests that change it."""
    root = where / "project"
    shutil.copytree(approved_gate.project, root)
    return root
