"""Ed25519 signatures by people's own keys (OpenSSH or PEM private keys).

A person's private key is a file they hold, readable by them only and never kept in the data
directory; the project keeps only public keys (in the roster). An existing OpenSSH key
(`ssh-keygen -t ed25519`) works as it is; a passphrase-protected one is opened with the
passphrase in the WORKBENCH_KEY_PASSPHRASE environment variable (OpenSSH's own format needs the
`bcrypt` package for that, which is not a dependency; PEM keys do not).

Every signature says what it is for ("request", "decision", "roster", "audit", "export"), so a
signature made for one purpose is never valid for another. Fingerprints are written the way
`ssh-keygen -l` prints them (SHA256:...), so a person can compare them with their own key.
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from workbench.core.errors import WorkbenchError
from workbench.core.integrity import canonical_json

DOMAIN = b"swp-workbench/v1/"
PASSPHRASE_ENV = "WORKBENCH_KEY_PASSPHRASE"


class KeyFileError(WorkbenchError):
    """A key file is missing, unreadable, not Ed25519, or kept unsafely."""


def _message(purpose: str, obj: dict[str, Any]) -> bytes:
    return DOMAIN + purpose.encode() + b"\0" + canonical_json(obj)


def public_key_text(public: Ed25519PublicKey) -> str:
    """The OpenSSH one-line form: 'ssh-ed25519 AAAA...'."""
    return public.public_bytes(serialization.Encoding.OpenSSH,
                               serialization.PublicFormat.OpenSSH).decode()


def parse_public_key(text: str) -> Ed25519PublicKey:
    """An 'ssh-ed25519 AAAA... [comment]' line (the contents of a .pub file)."""
    parts = text.strip().split()
    if len(parts) < 2 or parts[0] != "ssh-ed25519":
        raise KeyFileError("a public key is one line 'ssh-ed25519 AAAA...' (an Ed25519 key; "
                           "make one with 'ssh-keygen -t ed25519' or 'workbench people keygen')")
    try:
        key = serialization.load_ssh_public_key(f"{parts[0]} {parts[1]}".encode())
    except (ValueError, TypeError):
        raise KeyFileError(f"not a valid Ed25519 public key: {parts[1][:20]}...") from None
    assert isinstance(key, Ed25519PublicKey)
    return key


def fingerprint(public: Ed25519PublicKey | str) -> str:
    """SHA256:base64 of the key's wire form, as `ssh-keygen -l` prints it."""
    text = public if isinstance(public, str) else public_key_text(public)
    blob = base64.b64decode(text.split()[1])
    return "SHA256:" + base64.b64encode(hashlib.sha256(blob).digest()).decode().rstrip("=")


@dataclass(frozen=True)
class Signer:
    """A private key read from a person's key file."""

    private: Ed25519PrivateKey
    path: Path

    @property
    def public_key(self) -> str:
        return public_key_text(self.private.public_key())

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def sign(self, purpose: str, obj: dict[str, Any]) -> dict[str, str]:
        value = self.private.sign(_message(purpose, obj))
        return {"key": self.fingerprint, "value": base64.b64encode(value).decode()}


def load_signer(path: str | Path, data_root: Path | None = None) -> Signer:
    """Read a private key the person holds. Refuses one that others can read, or one kept in
    the data directory (where anyone who can read the data could sign as them)."""
    key_path = Path(path).expanduser()
    if not key_path.is_file():
        raise KeyFileError(f"{key_path}: no such key file (give your private key with --key)")
    resolved = key_path.resolve()
    if data_root is not None and resolved.is_relative_to(data_root.resolve()):
        raise KeyFileError(f"{key_path}: a private key must not be kept in the data directory; "
                           "move it to your own account (e.g. ~/.ssh/) and chmod 600 it")
    if os.name == "posix" and resolved.stat().st_mode & 0o077:
        raise KeyFileError(f"{key_path}: others can read this private key; run 'chmod 600 "
                           f"{key_path}' (a key others can read proves nothing)")
    raw = resolved.read_bytes()
    passphrase = os.environ.get(PASSPHRASE_ENV)
    password = passphrase.encode() if passphrase else None
    loaders = (serialization.load_ssh_private_key, serialization.load_pem_private_key)
    key = None
    for loader in loaders:
        try:
            key = loader(raw, password=password)
            break
        except TypeError:
            raise KeyFileError(f"{key_path}: the key is protected by a passphrase; set "
                               f"{PASSPHRASE_ENV}") from None
        except UnsupportedAlgorithm:
            raise KeyFileError(f"{key_path}: a passphrase-protected OpenSSH key needs the "
                               "'bcrypt' package, which is not installed; install it, or keep the "
                               "key as passphrase-protected PEM (PKCS#8)") from None
        except ValueError:
            continue
    if key is None:
        raise KeyFileError(f"{key_path}: not an OpenSSH or PEM private key (or wrong passphrase)")
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyFileError(f"{key_path}: the key must be Ed25519 (ssh-keygen -t ed25519), not "
                           f"{type(key).__name__.removesuffix('PrivateKey').removeprefix('_')}")
    return Signer(key, resolved)


def verify(public_key: str, purpose: str, obj: dict[str, Any], signature: dict[str, Any]) -> bool:
    """True when `signature` ({key, value}) is `public_key`'s signature of `obj` for `purpose`."""
    try:
        if signature.get("key") != fingerprint(public_key):
            return False
        parse_public_key(public_key).verify(base64.b64decode(signature["value"]),
                                            _message(purpose, obj))
    except (InvalidSignature, KeyError, TypeError, ValueError, AttributeError, WorkbenchError):
        return False
    return True


def generate_key(path: str | Path, comment: str = "") -> Signer:
    """Write a new Ed25519 key pair: PATH (OpenSSH private key, 0600) and PATH.pub."""
    key_path = Path(path).expanduser()
    if key_path.exists():
        raise KeyFileError(f"{key_path}: exists; never overwrite a key (choose another path)")
    key_path.parent.mkdir(parents=True, exist_ok=True)
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH,
                                serialization.NoEncryption())
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    public = public_key_text(private.public_key())
    key_path.with_name(key_path.name + ".pub").write_text(
        f"{public} {comment}".strip() + "\n")
    return Signer(private, key_path.resolve())
