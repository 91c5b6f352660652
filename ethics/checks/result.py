"""The record every check returns: its status, why, and the thresholds in force.

One status vocabulary for the export gate and the output checker:
- pass: released as it is;
- suppressed / rounded: released after cells were hidden or rounded (the record says which);
- review: a reviewer may record a justified exception;
- fail: withheld; never exportable as it stands.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import pandas as pd

from ethics.checks.registry import get


class Status(str, Enum):
    PASS = "pass"
    SUPPRESSED = "suppressed"
    ROUNDED = "rounded"
    REVIEW = "review"  # a reviewer may record a justified exception
    FAIL = "fail"  # never exportable as it stands


@dataclass
class CheckResult:
    check: str
    status: Status
    reason: str
    thresholds: dict[str, Any]
    details: pd.DataFrame = field(default_factory=pd.DataFrame)  # failing cells, rows, groups
    policy_sha256: str | None = None  # the disclosure policy in force (ethics/policy.py)

    def __post_init__(self) -> None:
        get(self.check)  # a check outside the registry is a bug

    @property
    def passed(self) -> bool:
        return self.status is Status.PASS

    def as_record(self) -> dict[str, Any]:
        record = {"check": self.check, "status": self.status.value, "reason": self.reason,
                  "thresholds": self.thresholds,
                  "details": self.details.head(50).to_dict(orient="records")}
        if self.policy_sha256:
            record["policy_sha256"] = self.policy_sha256
        return record
