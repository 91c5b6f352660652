"""Parameters of one generation run, the calendar it covers and its random streams."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from workbench.core.errors import InputError
from workbench.core.resources import calibration, synthetic_names

CHUNK_USERS = 5_000  # default users generated together; part of the reproducibility contract


@dataclass(frozen=True)
class GenConfig:
    users: int = 2_000
    months: int = 36
    seed: int = 20240601
    start: str = "2023-01"  # first calendar month, YYYY-MM
    # People generated together, each chunk from its own random streams: another chunk size
    # gives other (equally valid) data, so the manifest records it. Tests use small chunks.
    chunk_users: int = CHUNK_USERS

    def __post_init__(self) -> None:
        if self.users < 1:
            raise InputError(f"--users must be at least 1 (got {self.users})")
        if not 12 <= self.months <= 240:
            raise InputError(f"--months must be between 12 and 240 (got {self.months})")
        if self.seed < 0:
            raise InputError(f"--seed must be a non-negative integer (got {self.seed})")
        if self.chunk_users < 1:
            raise InputError(f"chunk_users must be at least 1 (got {self.chunk_users})")
        try:
            np.datetime64(self.start, "M")
        except ValueError:
            raise InputError(f"--start must look like 2023-01 (got {self.start!r})") from None


@dataclass(frozen=True)
class Context:
    """Everything a table generator needs besides its own random stream."""

    config: GenConfig
    cal: dict[str, Any] = field(repr=False)
    names: dict[str, Any] = field(repr=False)
    month_start: np.ndarray = field(repr=False)  # datetime64[D], one per month, plus the end
    calendar_month: np.ndarray = field(repr=False)  # 1..12 for each month
    operation_month: int = 0  # offset of the policing operation's first month
    interpreter_change_month: int = 0

    @property
    def months(self) -> int:
        return self.config.months

    @property
    def end(self) -> np.datetime64:
        return self.month_start[-1]

    def month_days(self) -> np.ndarray:
        return np.diff(self.month_start).astype(int)

    def rng(self, *stream: int) -> np.random.Generator:
        """An independent stream for (seed, *stream): chunks never share random numbers."""
        return np.random.default_rng(np.random.SeedSequence([self.config.seed, *stream]))

    def planted(self) -> dict[str, Any]:
        """The planted effects with the calendar months this run used."""
        effects = self.cal["planted_effects"]
        op = effects["policing_operation"]
        months = [str(m) for m in self.month_start[:-1].astype("datetime64[M]")]
        return {
            "seasonality": dict(effects["seasonality"]),
            "policing_operation": {
                **op,
                "start_month": months[self.operation_month],
                "end_month": months[min(self.operation_month + op["duration_months"],
                                        self.months) - 1],
            },
            "interpreter_change": {
                **effects["interpreter_change"],
                "start_month": months[self.interpreter_change_month],
            },
            "hep_b_completion": dict(effects["hep_b_completion"]),
        }


def make_context(config: GenConfig) -> Context:
    first = np.datetime64(config.start, "M")
    month_start = (first + np.arange(config.months + 1)).astype("datetime64[D]")
    calendar_month = (first + np.arange(config.months)).astype(int) % 12 + 1
    return Context(
        config=config,
        cal=calibration(),
        names=synthetic_names(),
        month_start=month_start,
        calendar_month=calendar_month,
        operation_month=config.months // 2,
        interpreter_change_month=config.months // 3,
    )
