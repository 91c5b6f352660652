"""Each attack on the approval, tried as an intruder who can run `workbench` on the data
directory (and edit its files) but holds no one else's private key."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from ethics.approval import digest, seal
from ethics.people import add_person, init_roster
from ethics.request import content_hash
from ethics.signing import load_signer
from tests.conftest import REPO, copy_gate
from tests.ethics.conftest import exceptions, public, wb

SPEC = REPO / "examples" / "export_request.yaml"


@pytest.fixture(scope="module")
def project(tmp_path_factory, approved_gate):
    """A copy of the session's approved project (tests/conftest.py), which these attacks edit."""
    return copy_gate(approved_gate, tmp_path_factory.mktemp("attacks"))


@pytest.fixture(scope="module")
def requests(approved_gate):
    """Request A, approved by Rita and exported; request B, the same spec, not reviewed."""
    return approved_gate.a, approved_gate.b, approved_gate.package


def folder(project: Path, request_id: str) -> Path:
    return project / "exports" / "requests" / request_id


class Edited:
    """Edit a JSON file for the length of a `with` block."""

    def __init__(self, path: Path, change):
        self.path, self.change = path, change

    def __enter__(self):
        self.original = self.path.read_text()
        self.path.write_text(json.dumps(self.change(json.loads(self.original)), indent=2))
        return self.path

    def __exit__(self, *exc):
        self.path.write_text(self.original)


def test_the_requester_cannot_approve_with_her_own_key(project, requests, keys):
    _, b, _ = requests
    out = wb("review", b, "--data", str(project), "--key", str(keys["evie"]), "--approve",
             *exceptions(project, b))
    assert out.returncode == 2 and "cannot review it" in out.stderr
    assert not (folder(project, b) / "decision.json").exists()


def test_a_typed_reviewer_name_alone_approves_nothing(project, requests):
    _, b, _ = requests
    out = wb("review", b, "--data", str(project), "--reviewer", "Rita Reviewer", "--approve")
    assert out.returncode == 2 and "--key" in out.stderr
    assert not (folder(project, b) / "decision.json").exists()


def test_a_key_not_in_the_roster_cannot_approve(project, requests, keys):
    _, b, _ = requests
    out = wb("review", b, "--data", str(project), "--key", str(keys["mallory"]), "--approve",
             *exceptions(project, b))
    assert out.returncode == 2 and "not in the project's roster" in out.stderr
    assert not (folder(project, b) / "decision.json").exists()


def _forged_roster_entry(project: Path, keys, signing_key: Path, claimed_key: Path | None):
    """Add Mallory as a reviewer with an entry signed by `signing_key` (claiming to be
    `claimed_key`'s signature when given)."""
    roster = project / "people.jsonl"
    lines = roster.read_text().splitlines()
    last = json.loads(lines[-1])
    body = {"seq": len(lines) + 1,
            "prev": hashlib.sha256(json.dumps(last, sort_keys=True, separators=(",", ":"),
                                              ensure_ascii=False).encode()).hexdigest(),
            "time": "2026-01-01T00:00:00+00:00", "action": "add", "name": "Mallory",
            "roles": ["reviewer"], "public_key": " ".join(public(keys["mallory"]).split()[:2])}
    signature = load_signer(signing_key).sign("roster", body)
    if claimed_key is not None:
        signature["key"] = load_signer(claimed_key).fingerprint
    return roster, "\n".join([*lines, json.dumps({**body, "signature": signature})]) + "\n"


@pytest.mark.parametrize("signed_by,claimed,message", [
    ("evie", None, "is not signed by a lead"),  # a requester is not a lead
    ("mallory", "lead", "signature does not match"),  # claims the lead's key, signed by another
])
def test_a_roster_entry_not_signed_by_a_lead_lets_no_one_approve(project, requests, keys,
                                                                 signed_by, claimed, message):
    _, b, _ = requests
    roster, forged = _forged_roster_entry(project, keys, keys[signed_by],
                                          keys[claimed] if claimed else None)
    original = roster.read_text()
    try:
        roster.write_text(forged)
        out = wb("review", b, "--data", str(project), "--key", str(keys["mallory"]),
                 "--approve", *exceptions(project, b))
        assert out.returncode == 2 and message in out.stderr
        assert not (folder(project, b) / "decision.json").exists()
    finally:
        roster.write_text(original)


def _swap_requester(record):
    return record | {"requester": "Someone Else"}


def _fail_to_pass(record):
    return record | {"checks": [c | {"status": "pass"} for c in record["checks"]]}


def _swap_researcher(record):
    return record | {"spec": record["spec"] | {"researcher": {"name": "Dr Nobody",
                                                              "organisation": "Data Broker Ltd"}}}


EDITS = [_swap_requester, _fail_to_pass, _swap_researcher]


@pytest.mark.parametrize("edit", EDITS, ids=lambda f: f.__name__)
def test_an_edited_request_cannot_be_approved(project, requests, keys, edit):
    _, b, _ = requests
    with Edited(folder(project, b) / "request.json", edit):
        out = wb("review", b, "--data", str(project), "--key", str(keys["rita"]), "--approve",
                 *exceptions(project, b))
    assert out.returncode == 2 and "changed after it was signed" in out.stderr
    assert not (folder(project, b) / "decision.json").exists()


@pytest.mark.parametrize("edit", EDITS, ids=lambda f: f.__name__)
def test_a_request_edited_after_approval_is_not_exported(project, requests, keys, tmp_path, edit):
    a, _, _ = requests
    with Edited(folder(project, a) / "request.json", edit):
        out = wb("export", a, "--data", str(project), "-o", str(tmp_path / "p"), "--key",
                 str(keys["rita"]))
    assert out.returncode == 2 and "changed after it was signed" in out.stderr
    assert not (tmp_path / "p").exists()


@pytest.mark.parametrize("change", [
    lambda d: d | {"exceptions": {}},
    lambda d: d | {"reviewer": "Lena Lead"},
    lambda d: d | {"comment": "approved for any use"},
])
def test_an_edited_decision_is_not_exported(project, requests, keys, tmp_path, change):
    a, _, _ = requests
    with Edited(folder(project, a) / "decision.json", change):
        out = wb("export", a, "--data", str(project), "-o", str(tmp_path / "p"), "--key",
                 str(keys["rita"]))
    assert out.returncode == 2 and "changed after it was signed" in out.stderr
    assert not (tmp_path / "p").exists()


def test_a_decision_copied_from_another_request_is_not_exported(project, requests, keys,
                                                                tmp_path):
    a, b, _ = requests
    extracts = [folder(project, r) / "extract" for r in (a, b)]
    # Each request has its own pseudonyms (issue 9), so two extracts never share content; the
    # decision is bound to its request's id and signed digest, whatever the content.
    assert content_hash(extracts[0]) != content_hash(extracts[1])
    copied = folder(project, b) / "decision.json"
    shutil.copy(folder(project, a) / "decision.json", copied)
    try:
        out = wb("export", b, "--data", str(project), "-o", str(tmp_path / "p"), "--key",
                 str(keys["rita"]))
        assert out.returncode == 2 and "made on another request" in out.stderr
        assert not (tmp_path / "p").exists()
    finally:
        copied.unlink()


def _rehash(package: Path) -> None:
    """Change a data file and bring the manifest's hashes in line, as a forger would."""
    manifest = json.loads((package / "manifest.json").read_text())
    target = sorted((package / "data").glob("*.parquet"))[0]
    raw = bytearray(target.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    target.write_bytes(bytes(raw))
    manifest["files"][f"data/{target.name}"]["sha256"] = hashlib.sha256(raw).hexdigest()
    manifest["content_hash"] = content_hash(package / "data")
    (package / "manifest.json").write_text(json.dumps(manifest))


def test_a_rehashed_package_fails_verify_without_the_project(requests, tmp_path):
    _, _, package = requests
    copy = tmp_path / "pkg"
    shutil.copytree(package, copy)
    _rehash(copy)
    out = wb("verify", str(copy))
    assert out.returncode == 1 and "content hash differs" in out.stdout


def _extra_root_file(copy: Path) -> None:
    (copy / "identities.csv").write_text("pseudonym,name\n")


def _extra_nested_file(copy: Path) -> None:
    (copy / "data" / "more").mkdir()
    shutil.copy(sorted((copy / "data").glob("*.parquet"))[0], copy / "data" / "more" / "x.parquet")


def _looser_conditions(copy: Path) -> None:
    (copy / "CONDITIONS_OF_USE.md").write_text("# Conditions of use\n\nShare freely.\n")


@pytest.mark.parametrize("smuggle", [_extra_root_file, _extra_nested_file, _looser_conditions],
                         ids=lambda f: f.__name__)
def test_nothing_rides_along_in_a_package_unverified(requests, tmp_path, keys, smuggle):
    """Found by an attack on the merged gate: files outside data/, in a folder inside data/,
    or rewritten conditions of use passed `verify --trust`."""
    _, _, package = requests
    copy = tmp_path / "pkg"
    shutil.copytree(package, copy)
    smuggle(copy)
    manifest = json.loads((copy / "manifest.json").read_text())
    out = wb("verify", str(copy), "--trust", manifest["lead_key"])
    assert out.returncode == 1 and "FAIL" in out.stdout


def test_a_package_with_an_edited_researcher_fails_verify(requests, tmp_path):
    _, _, package = requests
    copy = tmp_path / "pkg"
    shutil.copytree(package, copy)
    manifest = json.loads((copy / "manifest.json").read_text())
    manifest["spec"]["researcher"] = {"name": "Dr Nobody", "organisation": "Data Broker Ltd"}
    (copy / "manifest.json").write_text(json.dumps(manifest))
    out = wb("verify", str(copy))
    assert out.returncode == 1 and "spec differs from the signed request" in out.stdout


def test_a_package_forged_with_a_roster_of_ones_own_fails_against_the_trusted_lead(
        project, requests, keys, tmp_path):
    """The forger re-signs everything with keys of their own; only the lead key tells."""
    _, _, package = requests
    copy = tmp_path / "pkg"
    shutil.copytree(package, copy)
    scratch = tmp_path / "forger"
    init_roster(scratch, "Lena Lead", keys["mallory"])  # the forger's lead also reviews
    add_person(scratch, keys["mallory"], "Evie Evaluator", ["requester"], public(keys["ruth"]))
    mallory, ruth = load_signer(keys["mallory"]), load_signer(keys["ruth"])
    manifest = json.loads((copy / "manifest.json").read_text())
    request = seal(manifest["request"] | {"requester_key": ruth.fingerprint}, "request", ruth)
    decision = seal(manifest["approval"] | {"request_digest": digest(request),
                                            "reviewer_key": mallory.fingerprint}, "decision",
                    mallory)
    export = seal(manifest["export"] | {"request_digest": digest(request),
                                        "decision_digest": digest(decision)}, "export", mallory)
    manifest |= {"request": request, "approval": decision, "export": export,
                 "roster": [json.loads(line) for line in
                            (scratch / "people.jsonl").read_text().splitlines()]}
    (copy / "manifest.json").write_text(json.dumps(manifest))

    lead = load_signer(keys["lead"]).fingerprint
    out = wb("verify", str(copy))  # every signature holds, under the forger's lead key...
    assert out.returncode == 0 and f"Lead key trusted: {mallory.fingerprint}" in out.stdout
    out = wb("verify", str(copy), "--trust", lead)  # ...which is not the project's
    assert out.returncode == 1 and f"not the trusted {lead}" in out.stdout
    out = wb("verify", str(copy), "--data", str(project))
    assert out.returncode == 1 and "not the trusted" in out.stdout
    out = wb("verify", str(package), "--trust", lead)  # the real package
    assert out.returncode == 0 and "approved by Rita Reviewer" in out.stdout


def test_the_project_prints_its_lead_key_fingerprint(project, keys):
    out = wb("people", "list", "--data", str(project))
    lead = load_signer(keys["lead"]).fingerprint
    assert out.returncode == 0 and f"Lead key fingerprint: {lead}" in out.stdout


@pytest.mark.parametrize("cut", [1, 2, 3])
def test_a_cut_log_is_detected_by_audit_verify_and_the_next_command(project, requests, keys,
                                                                   tmp_path, cut):
    a, _, _ = requests
    log = project / "audit_log.jsonl"
    original = log.read_text()
    try:
        log.write_text("".join(line + "\n" for line in original.splitlines()[:-cut]))
        out = wb("audit", "verify", "--data", str(project))
        assert out.returncode == 2 and "cut off" in out.stderr
        out = wb("export", a, "--data", str(project), "-o", str(tmp_path / "p"), "--key",
                 str(keys["rita"]))
        assert out.returncode == 2 and "cut off" in out.stderr and not (tmp_path / "p").exists()
    finally:
        log.write_text(original)


def test_a_deleted_log_is_tampering_not_a_fresh_start(project, requests, keys):
    _, b, _ = requests
    log = project / "audit_log.jsonl"
    original = log.read_text()
    log.unlink()
    try:
        out = wb("audit", "verify", "--data", str(project))
        assert out.returncode == 2 and "the log was deleted" in out.stderr
        out = wb("review", b, "--data", str(project), "--key", str(keys["rita"]), "--reject")
        assert out.returncode == 2 and "the log was deleted" in out.stderr
        assert not log.exists()
    finally:
        log.write_text(original)


def test_a_deleted_audit_key_is_an_error_and_never_remade(project, requests):
    key = project / "keys" / "audit.key"
    original = key.read_bytes()
    key.unlink()
    try:
        out = wb("audit", "verify", "--data", str(project))
        assert out.returncode == 2 and "audit key was deleted" in out.stderr
        assert not key.exists()
    finally:
        key.write_bytes(original)
        key.chmod(0o600)


def test_a_deleted_pseudonym_key_is_an_error_and_never_remade(project, requests, keys):
    """A new key would give everyone new pseudonyms and void every approval's re-check."""
    key = project / "keys" / "pseudonym.key"
    original = key.read_bytes()
    key.unlink()
    try:
        for args in (("request-export", str(SPEC), "--key", str(keys["evie"])),
                     ("deidentify", "--quiet")):
            out = wb(*args, "--data", str(project))
            assert out.returncode == 2 and "pseudonym.key: missing" in out.stderr, out.stderr
            assert not key.exists()
    finally:
        key.write_bytes(original)
        key.chmod(0o600)


def test_a_package_is_never_written_inside_a_git_work_tree(project, requests, keys, tmp_path):
    a, _, _ = requests
    (tmp_path / "repo" / ".git").mkdir(parents=True)
    target = tmp_path / "repo" / "shared" / "package"
    out = wb("export", a, "--data", str(project), "-o", str(target), "--key", str(keys["rita"]))
    assert out.returncode == 2 and "inside the git work tree" in out.stderr
    assert not target.exists() and not target.parent.exists()


def test_audit_verify_checks_the_lead_key_when_given(project, requests, keys):
    lead = load_signer(keys["lead"]).fingerprint
    out = wb("audit", "verify", "--data", str(project), "--trust", lead)
    assert out.returncode == 0 and f"Lead key: {lead} (the one you trust)" in out.stdout
    other = load_signer(keys["mallory"]).fingerprint
    out = wb("audit", "verify", "--data", str(project), "--trust", other)
    assert out.returncode == 2 and "were replaced" in out.stderr


def test_a_requester_who_re_signs_her_own_edited_request_cannot_get_it_approved(project,
                                                                               requests, keys):
    """Her signature holds (it is hers), but the checks run again at approval disagree."""
    _, b, _ = requests
    evie = load_signer(keys["evie"])

    def forged(record):
        return seal(_fail_to_pass(record), "request", evie)

    with Edited(folder(project, b) / "request.json", forged):
        out = wb("review", b, "--data", str(project), "--key", str(keys["rita"]), "--approve")
    assert out.returncode == 2 and "do not give the results the request shows" in out.stderr
    assert ("k_anonymity:service_users: the request shows pass, the extract gives review"
            in out.stderr)
    assert not (folder(project, b) / "decision.json").exists()


def test_a_typed_name_that_is_not_the_keys_owner_is_refused(project, requests, keys):
    _, b, _ = requests
    out = wb("review", b, "--data", str(project), "--key", str(keys["rita"]), "--reviewer",
             "Lena Lead", "--reject")
    assert out.returncode == 2 and "is Rita Reviewer's in the roster, not 'Lena Lead'" in out.stderr
    assert not (folder(project, b) / "decision.json").exists()


@pytest.mark.parametrize("why", ["x", "ok fine", "why this is acceptable here", "why"])
def test_a_justification_must_say_why(project, requests, keys, why):
    """Found by an attack on the merged gate: `--exception 'person_risk=x'` approved."""
    _, b, _ = requests
    args = exceptions(project, b)
    args[1] = args[1].split("=")[0] + "=" + why
    out = wb("review", b, "--data", str(project), "--key", str(keys["rita"]), "--approve", *args)
    assert out.returncode == 2 and "does not say why" in out.stderr
    assert not (folder(project, b) / "decision.json").exists()


def test_a_lead_cannot_approve_their_own_request_through_a_reviewer_they_added(
        deidentified, keys, tmp_path, engine):
    """Found by an attack on the merged gate: a lead who also requests added a reviewer whose
    key they held and approved their own request. Nobody reviews the request of someone who
    put them on the roster, directly or through a lead that person added."""
    from ethics.review import ReviewError, review
    from ethics.request import request_export

    root = tmp_path / "project"
    shutil.copytree(deidentified, root)
    more = {}
    for who in ("pat", "puppet"):
        out = wb("people", "keygen", str(tmp_path / who))
        assert out.returncode == 0, out.stderr
        more[who] = tmp_path / who
    init_roster(root, "Lena Lead", keys["lead"])
    add_person(root, keys["lead"], "Laura Lead", ["lead", "requester"], public(keys["ruth"]))
    add_person(root, keys["lead"], "Rita Reviewer", ["reviewer"], public(keys["rita"]))
    add_person(root, keys["ruth"], "Mallory Reviewer", ["reviewer"], public(keys["mallory"]))
    add_person(root, keys["ruth"], "Pat Lead", ["lead"], public(more["pat"]))
    add_person(root, more["pat"], "Puppet Reviewer", ["reviewer"], public(more["puppet"]))
    record = request_export(SPEC, root, keys["ruth"], engine=engine)
    rid = record["request_id"]
    needs = {c["check"]: "accepted for this synthetic attack test" for c in record["checks"]
             if c["status"] == "review"}
    for reviewer in (keys["mallory"], more["puppet"]):  # added by Laura, or by her lead
        with pytest.raises(ReviewError, match="put on the roster by Laura Lead"):
            review(rid, root, reviewer, approve=True, exceptions=needs)
        assert not (folder(root, rid) / "decision.json").exists()
    # Rita was vouched for by the first lead, not by Laura: she may decide.
    assert review(rid, root, keys["rita"], approve=True, exceptions=needs)["decision"] == "approved"


def test_the_first_lead_does_not_request(deidentified, keys, tmp_path):
    """The first lead vouches for every reviewer, so starts without the requester role."""
    from ethics.people import load_roster
    from workbench.core.zones import open_data_dir

    root = tmp_path / "project"
    shutil.copytree(deidentified, root)
    init_roster(root, "Lena Lead", keys["lead"])
    lead = next(iter(load_roster(open_data_dir(root)).people.values()))
    assert set(lead.roles) == {"reviewer", "lead"}
    out = wb("request-export", str(SPEC), "--data", str(root), "--key", str(keys["lead"]))
    assert out.returncode == 2 and "requester role" in out.stderr
