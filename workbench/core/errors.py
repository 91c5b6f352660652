"""One exception base for mistakes a person can fix; the CLI prints these on one line."""

from __future__ import annotations


class WorkbenchError(Exception):
    """A user-facing error: the message names the file, row, column or option and what to do."""


class InputError(WorkbenchError):
    """An input file is missing, empty, unreadable or does not match the schema."""


class ZoneError(WorkbenchError):
    """A data directory is misplaced (e.g. inside a git repository) or malformed."""


class ConfigError(WorkbenchError):
    """A configuration or calibration file is missing or malformed."""
