"""Check digits, file hashes and keyed signatures: one place for each, used across layers."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from pathlib import Path
from typing import Any

_NHS_WEIGHTS = range(10, 1, -1)


def nhs_check_digit(body: list[int]) -> int | None:
    """The modulus-11 check digit for nine NHS-number digits; None when no valid one exists."""
    check = 11 - sum(d * w for d, w in zip(body, _NHS_WEIGHTS)) % 11
    return None if check == 10 else (0 if check == 11 else check)


def nhs_check_digit_ok(value: str) -> bool:
    digits = [int(c) for c in re.sub(r"\D", "", value)]
    return len(digits) == 10 and nhs_check_digit(digits[:9]) == digits[9]


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def canonical_json(obj: dict[str, Any]) -> bytes:
    """One byte form of a record, whatever the key order: what is hashed and signed."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=str).encode()


def sign(key: bytes, obj: dict[str, Any]) -> str:
    return hmac.new(key, canonical_json(obj), hashlib.sha256).hexdigest()
