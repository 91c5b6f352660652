"""Automated disclosure checks, shared by export requests and analysis outputs."""

from ethics.checks.result import CheckResult, Status

__all__ = ["CheckResult", "Status"]
