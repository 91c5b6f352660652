"""Load the de-identified zone for analysis, cut to a period (whole months) and a site."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from workbench.core.errors import InputError
from workbench.core.schema import get_table
from workbench.core.tables import read_table
from workbench.core.zones import DataDir, open_data_dir

# The date column of each table the analysis reads. Contacts and people are needed; a project
# that keeps no health, referral, interpreter or incident records gets empty tables, and the
# report says there is nothing to show for them.
DATE_COLUMNS = {"contacts": "contact_date", "health_events": "event_date",
                "referrals": "referral_date", "incidents": "incident_date",
                "interpreter_sessions": "session_date", "service_users": "first_contact_date"}
REQUIRED = ("contacts", "service_users")
SITES = ("london", "regional")
# People's characteristics joined onto every event table, by the name analyses split by.
TRAITS = {"migrant": "user_migrant", "nationality_group": "user_nationality_group",
          "setting": "user_setting", "gender": "user_gender", "site": "user_site"}


def trait_column(by: str | None, allowed: dict[str, str] = TRAITS) -> str | None:
    """The column for a grouping name (None for no grouping); an unknown name lists the known."""
    if by is not None and by not in allowed:
        raise KeyError(f"by {by!r}: use one of {', '.join(allowed)}")
    return allowed[by] if by else None


def group_label(by: str, value) -> str:
    """How a group is named in findings and tables ("migrants" rather than "True")."""
    if by == "migrant":
        return "migrants" if str(value) == "True" else "non-migrants"
    return str(value).replace("_", " ")


@dataclass(frozen=True)
class Period:
    first: pd.Period
    last: pd.Period

    @classmethod
    def parse(cls, text: str) -> Period:
        """"FROM:TO" as YYYY-MM:YYYY-MM, both months included."""
        match = re.fullmatch(r"\s*(\d{4}-\d{2})\s*:\s*(\d{4}-\d{2})\s*", text or "")
        if not match:
            raise InputError(f"period {text!r}: write it as FROM:TO months, e.g. 2023-01:2025-12")
        try:
            first, last = (pd.Period(m, "M") for m in match.groups())
        except ValueError as exc:
            raise InputError(f"period {text!r}: {exc}") from None
        if last < first:
            raise InputError(f"period {text!r}: the end comes before the start")
        return cls(first, last)

    @property
    def months(self) -> pd.PeriodIndex:
        return self.periods("M")

    def periods(self, freq: str = "M") -> pd.PeriodIndex:
        """Every month ("M") or quarter ("Q") of the period."""
        return pd.period_range(self.first.asfreq(freq), self.last.asfreq(freq), freq=freq,
                               name="month" if freq == "M" else "period")

    def __str__(self) -> str:
        return f"{self.first}:{self.last}"


@dataclass
class Project:
    """The de-identified tables the analysis uses, each with a `month` column added."""

    period: Period
    site: str | None
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)

    def __getattr__(self, name: str) -> pd.DataFrame:
        tables = self.__dict__.get("tables", {})
        if name in tables:
            return tables[name]
        raise AttributeError(name)

    @property
    def months(self) -> pd.PeriodIndex:
        return self.period.months


def add_month(frame: pd.DataFrame, date_column: str) -> pd.DataFrame:
    return frame.assign(month=pd.to_datetime(frame[date_column]).dt.to_period("M"))


def _read(data: DataDir, name: str) -> pd.DataFrame:
    if name in REQUIRED or data.table_path("deidentified", name).exists():
        return read_table(data, name, "deidentified")
    return get_table(name).arrow_schema().empty_table().to_pandas()


def _data_period(contacts: pd.DataFrame) -> Period:
    if contacts.empty:
        raise InputError("the contacts table is empty: nothing to analyse")
    return Period(contacts["month"].min(), contacts["month"].max())


def load_project(data: DataDir | str | Path, period: Period | str | None = None,
                 site: str | None = None) -> Project:
    """Read the de-identified zone; keep rows dated inside the period (service users: those
    with a contact in it) and, with a site, that site's people and contacts."""
    data = data if isinstance(data, DataDir) else open_data_dir(data)
    if site is not None and site not in SITES:
        raise InputError(f"site {site!r}: use one of {', '.join(SITES)} (or none for both)")
    tables = {name: add_month(_read(data, name), column) for name, column in DATE_COLUMNS.items()}
    period = Period.parse(period) if isinstance(period, str) else period
    period = period or _data_period(tables["contacts"])
    users = tables["service_users"]
    if site:
        users = users[users["site"] == site]
    # People's characteristics travel with their events, so every table can be split by them.
    traits = users.set_index("user_id")[list(TRAITS)].add_prefix("user_")
    out = {}
    for name, frame in tables.items():
        if name != "service_users":
            frame = frame[frame["month"].between(period.first, period.last)]
            # An inner join keeps the site's people and adds their traits in one pass
            # (Series.isin on Arrow strings loops in Python: 3 s on a million rows).
            frame = frame.join(traits, on="user_id", how="inner")
        out[name] = frame.reset_index(drop=True)
    seen = pd.Index(out["contacts"]["user_id"].unique())
    out["service_users"] = users[seen.get_indexer(users["user_id"]) >= 0].reset_index(drop=True)
    return Project(period, site, out)
