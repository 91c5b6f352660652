"""Key material for keyed pseudonyms. Keys live in DATA_DIR/keys/, never in the repository.

A project key is made once. Each extract gets its own key derived from it, so the same
person has the same surrogate throughout one extract but two extracts cannot be linked.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import tempfile
from pathlib import Path

from workbench.core.errors import ConfigError
from workbench.core.zones import DataDir

KEY_BYTES = 32


def random_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def require_private(path: Path) -> Path:
    """Refuse a key file that anyone but its owner may read or change."""
    mode = path.stat().st_mode
    if mode & 0o077:
        raise ConfigError(f"{path}: key file can be read or changed by other users (mode "
                          f"{mode & 0o777:03o}); make it private with: chmod 600 {path}")
    return path


def _parse_key(text: str, path: Path) -> bytes:
    try:
        raw = bytes.fromhex(text.strip())
    except ValueError:
        raw = b""
    if len(raw) != KEY_BYTES:
        raise ConfigError(f"{path}: not a key ({KEY_BYTES} bytes as {2 * KEY_BYTES} hexadecimal "
                          "characters); restore it from backup")
    return raw


def _read(path: Path) -> bytes:
    try:
        return _parse_key(require_private(path).read_text(encoding="ascii", errors="replace"), path)
    except FileNotFoundError:
        raise ConfigError(f"{path}: key file not found") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a folder, not a key file") from None
    except PermissionError:
        raise ConfigError(f"{path}: cannot be read (permission denied)") from None


def project_key(data: DataDir, name: str = "pseudonym", create: bool = True) -> bytes:
    """Read DATA_DIR/keys/NAME.key, creating it (owner-only) on first use.

    The new key is written to a temporary file and linked into place, so two commands that
    start at once both end up with the same, complete key. With `create` false (something
    was already made with the key), a missing key is an error, never silently remade."""
    path = data.keys / f"{name}.key"
    if path.exists():
        return _read(path)
    if not create:
        raise ConfigError(f"{path}: missing, but the de-identified zone was made with it; "
                          "restore it from backup (a new key would give everyone new "
                          "pseudonyms, and approved requests could no longer be checked)")
    data.keys.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=data.keys, prefix=f".{name}.", suffix=".tmp")  # mode 0600
    try:
        with os.fdopen(fd, "w") as f:
            f.write(random_key().hex() + "\n")
        try:
            os.link(tmp, path)  # fails if another command made the key first
        except FileExistsError:
            pass
    finally:
        os.unlink(tmp)
    return _read(path)


def read_key_file(path: str | Path) -> bytes:
    return _read(Path(path))


def extract_key(project: bytes, extract_id: str) -> bytes:
    return hmac.new(project, b"extract:" + extract_id.encode(), hashlib.sha256).digest()
