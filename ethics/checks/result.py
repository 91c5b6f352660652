"""The record every check returns: its status, why, and the thresholds in force."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import pandas as pd


class Status(str, Enum):
    PASS = "pass"
    FAIL = "fail"  # never exportable as it stands
    REVIEW = "review"  # a reviewer may record a justified exception


@dataclass
class CheckResult:
    check: str
    status: Status
    reason: str
    thresholds: dict[str, Any]
    details: pd.DataFrame = field(default_factory=pd.DataFrame)  # failing cells, rows, groups

    @property
    def passed(self) -> bool:
        return self.status is Status.PASS

    def as_record(self) -> dict[str, Any]:
        return {"check": self.check, "status": self.status.value, "reason": self.reason,
                "thresholds": self.thresholds,
                "details": self.details.head(50).to_dict(orient="records")}
