"""Key material for keyed pseudonyms. Keys live in DATA_DIR/keys/, never in the repository.

A project key is made once. Each extract gets its own key derived from it, so the same
person has the same surrogate throughout one extract but two extracts cannot be linked.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from workbench.errors import ConfigError
from workbench.zones import DataDir

KEY_BYTES = 32


def random_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def project_key(data: DataDir, name: str = "pseudonym") -> bytes:
    """Read DATA_DIR/keys/NAME.key, creating it (owner-only) on first use."""
    path = data.keys / f"{name}.key"
    if path.exists():
        raw = bytes.fromhex(path.read_text().strip())
        if len(raw) != KEY_BYTES:
            raise ConfigError(f"{path}: not a {KEY_BYTES}-byte key; restore it from backup")
        return raw
    data.keys.mkdir(parents=True, exist_ok=True)
    key = random_key()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(key.hex() + "\n")
    return key


def read_key_file(path: str | Path) -> bytes:
    try:
        raw = bytes.fromhex(Path(path).read_text().strip())
    except FileNotFoundError:
        raise ConfigError(f"{path}: key file not found") from None
    except ValueError:
        raise ConfigError(f"{path}: a key file holds {KEY_BYTES} bytes as hexadecimal") from None
    if len(raw) != KEY_BYTES:
        raise ConfigError(f"{path}: a key file holds {KEY_BYTES} bytes as hexadecimal")
    return raw


def extract_key(project: bytes, extract_id: str) -> bytes:
    return hmac.new(project, b"extract:" + extract_id.encode(), hashlib.sha256).digest()
