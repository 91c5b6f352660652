"""The roster: people, roles and keys; every change signed by a lead; look-alike names and
unsafe key files refused."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from ethics.audit_log import AuditError, AuditLog
from ethics.people import (RosterError, acting, add_person, init_roster, load_roster, name_key,
                           remove_person)
from ethics.signing import KeyFileError, generate_key, load_signer
from workbench.core.zones import open_data_dir


@pytest.fixture
def people(tmp_path):
    keys = {who: generate_key(tmp_path / "keys" / who).path for who in
            ("lead", "evie", "rita", "mallory")}
    data = tmp_path / "project"
    init_roster(data, "Lena Lead", keys["lead"])
    add_person(data, keys["lead"], "Rita Reviewer", ["reviewer"], _pub(keys["rita"]))
    return data, keys


def _pub(key) -> str:
    return key.with_name(key.name + ".pub").read_text()


@pytest.mark.parametrize("look_alike", [
    "Rita\u200b Reviewer",  # zero-width space
    "Ｒｉｔａ Reviewer",  # fullwidth letters
    "R\u0456ta Reviewer",  # Cyrillic i
    "Rita  reviewer",  # double space, lower case
    "Rita\u00a0Reviewer",  # no-break space
    "Rita Reviewer.",  # a full stop (an attack added a reviewer so named)
    "Rita-Reviewer",  # a hyphen
    "R.ita Reviewer",
])
def test_look_alike_names_compare_equal(look_alike):
    assert name_key(look_alike) == name_key("Rita Reviewer")


@pytest.mark.parametrize("look_alike",
                         ["Ｒｉｔａ Reviewer", "R\u0456ta Reviewer", "rita  REVIEWER"])
def test_a_look_alike_name_cannot_join_the_roster(people, look_alike):
    data, keys = people
    with pytest.raises(RosterError, match="reads the same as 'Rita Reviewer'"):
        add_person(data, keys["lead"], look_alike, ["requester"], _pub(keys["mallory"]))


def test_names_with_invisible_characters_are_refused(people):
    data, keys = people
    with pytest.raises(RosterError, match="invisible characters"):
        add_person(data, keys["lead"], "Mal\u200blory", ["requester"], _pub(keys["mallory"]))


def test_one_key_is_one_person(people):
    data, keys = people
    with pytest.raises(RosterError, match="already Rita Reviewer's"):
        add_person(data, keys["lead"], "Someone Else", ["requester"], _pub(keys["rita"]))


def test_only_a_lead_changes_the_roster(people):
    data, keys = people
    with pytest.raises(RosterError, match="does not have the lead role"):
        add_person(data, keys["rita"], "Mallory", ["reviewer"], _pub(keys["mallory"]))
    with pytest.raises(RosterError, match="not in the project's roster"):
        add_person(data, keys["mallory"], "Mallory", ["reviewer"], _pub(keys["mallory"]))
    assert [p.name for p in load_roster(open_data_dir(data)).people.values()] == [
        "Lena Lead", "Rita Reviewer"]


def test_every_roster_change_is_in_the_signed_audit_log(people):
    data, keys = people
    remove_person(data, keys["lead"], "rita reviewer")
    entries = AuditLog.for_data_dir(open_data_dir(data)).entries()
    assert [(e["event"], e["details"]["action"], e["details"]["name"]) for e in entries] == [
        ("people", "init", "Lena Lead"), ("people", "add", "Rita Reviewer"),
        ("people", "remove", "Rita Reviewer")]
    assert all(e["sig"]["key"] == load_signer(keys["lead"]).fingerprint for e in entries)
    with pytest.raises(RosterError, match="not in the project's roster"):
        acting(open_data_dir(data), keys["rita"], "reviewer")


def test_the_only_lead_cannot_be_removed(people):
    data, keys = people
    with pytest.raises(RosterError, match="only lead"):
        remove_person(data, keys["lead"], "Lena Lead")


def test_a_roster_cannot_be_started_twice(people):
    data, keys = people
    with pytest.raises(RosterError, match="already has a roster"):
        init_roster(data, "Mallory", keys["mallory"])


def test_an_edited_roster_entry_is_detected(people):
    data, _ = people
    path = data / "people.jsonl"
    lines = path.read_text().splitlines()
    entry = json.loads(lines[1])
    entry["roles"] = ["reviewer", "lead"]
    path.write_text(lines[0] + "\n" + json.dumps(entry) + "\n")
    with pytest.raises(RosterError, match="signature does not match"):
        load_roster(open_data_dir(data))


def test_a_private_key_others_can_read_is_refused(people):
    _, keys = people
    keys["evie"].chmod(0o644)
    with pytest.raises(KeyFileError, match="chmod 600"):
        load_signer(keys["evie"])


def test_a_private_key_in_the_data_directory_is_refused(people):
    data, keys = people
    inside = data / "keys" / "evie"
    shutil.copy(keys["evie"], inside)
    inside.chmod(0o600)
    with pytest.raises(KeyFileError, match="must not be kept in the data directory"):
        acting(open_data_dir(data), inside, None)


def test_a_missing_roster_is_named_with_the_command_that_starts_one(tmp_path):
    with pytest.raises(RosterError, match="workbench people init"):
        load_roster(open_data_dir(tmp_path, create=True))


def test_a_deleted_roster_is_detected_by_the_audit_log(people):
    data, _ = people
    (data / "people.jsonl").unlink()
    with pytest.raises(AuditError, match="roster .* is missing"):
        AuditLog.for_data_dir(open_data_dir(data))


@pytest.mark.skipif(shutil.which("ssh-keygen") is None, reason="OpenSSH's ssh-keygen not here")
def test_an_existing_openssh_key_works_and_has_the_fingerprint_ssh_keygen_prints(people,
                                                                               tmp_path):
    data, keys = people
    key = tmp_path / "id_ed25519"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "evie", "-f",
                    str(key)], check=True)
    printed = subprocess.run(["ssh-keygen", "-lf", f"{key}.pub"], capture_output=True,
                             text=True, check=True).stdout.split()[1]
    person = add_person(data, keys["lead"], "Evie Evaluator", ["requester"], _pub(key))
    assert person.fingerprint == printed == load_signer(key).fingerprint
    assert acting(open_data_dir(data), key, "requester")[0].name == "Evie Evaluator"


def test_an_rsa_key_is_refused(tmp_path):
    if shutil.which("ssh-keygen") is None:
        pytest.skip("OpenSSH's ssh-keygen not here")
    key = tmp_path / "id_rsa"
    subprocess.run(["ssh-keygen", "-q", "-t", "rsa", "-b", "2048", "-N", "", "-f", str(key)],
                   check=True)
    with pytest.raises(KeyFileError, match="must be Ed25519"):
        load_signer(key)


def test_the_people_commands(tmp_path):
    from tests.ethics.conftest import wb

    data, keys = tmp_path / "project", tmp_path / "keys"
    for who in ("lena", "rita"):
        assert wb("people", "keygen", str(keys / who)).returncode == 0
    assert wb("people", "keygen", str(keys / "rita")).returncode == 2  # never overwritten
    out = wb("people", "init", "--data", str(data), "--name", "Lena Lead", "--key",
             str(keys / "lena"))
    lead = load_signer(keys / "lena").fingerprint
    assert out.returncode == 0 and lead in out.stdout
    out = wb("people", "add", "Rita Reviewer", "--data", str(data), "--key", str(keys / "lena"),
             "--role", "reviewer", "--public-key", str(keys / "rita.pub"))
    assert out.returncode == 0, out.stderr
    out = wb("people", "add", "Rita Again", "--data", str(data), "--key", str(keys / "rita"),
             "--role", "lead", "--public-key", str(keys / "lena.pub"))
    assert out.returncode == 2 and out.stderr.startswith("error:") and "lead role" in out.stderr
    out = wb("people", "list", "--data", str(data))
    assert "Rita Reviewer" in out.stdout and f"Lead key fingerprint: {lead}" in out.stdout
    out = wb("people", "remove", "Rita Reviewer", "--data", str(data), "--key",
             str(keys / "lena"))
    assert out.returncode == 0
    assert "Rita Reviewer" not in wb("people", "list", "--data", str(data)).stdout
    assert wb("audit", "verify", "--data", str(data)).returncode == 0


def test_a_passphrase_protected_key_opens_with_the_passphrase(tmp_path, monkeypatch):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    key = tmp_path / "key.pem"
    key.write_bytes(Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"correct horse")))
    key.chmod(0o600)
    monkeypatch.delenv("WORKBENCH_KEY_PASSPHRASE", raising=False)
    with pytest.raises(KeyFileError, match="protected by a passphrase"):
        load_signer(key)
    monkeypatch.setenv("WORKBENCH_KEY_PASSPHRASE", "correct horse")
    assert load_signer(key).fingerprint.startswith("SHA256:")
