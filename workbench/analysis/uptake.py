"""Service uptake: contacts, people, returns, interpreters, referrals, clinic attendance.

Columns: every monthly table is indexed by `month` (all months of the period); grouped tables
have one column per group. Shares come with `successes`, `trials`, `share`, `ci_low`,
`ci_high` (95% Wilson).
"""

from __future__ import annotations

import pandas as pd

from workbench.analysis.frames import TRAITS, Project, trait_column
from workbench.analysis.shares import grouped_share, monthly_counts, on_index

RETURN_DAYS = 90
PROFESSIONAL = ("professional_face_to_face", "telephone")
# Groupings of contacts: their own type and site, and the traits of the person seen.
CONTACT_GROUPS = {"contact_type": "contact_type", "site": "site",
                  **{k: TRAITS[k] for k in ("setting", "migrant", "nationality_group")}}


def contacts_by_month(project: Project, by: str | None = None) -> pd.DataFrame | pd.Series:
    """Contacts per month, in total or split by contact type, site, setting, migrant status or
    nationality group."""
    table = monthly_counts(project.contacts, project.months,
                           trait_column(by, CONTACT_GROUPS), "contacts")
    return table.rename_axis(columns=by) if by else table


def people_by_month(project: Project) -> pd.DataFrame:
    """People seen each month (`unique`) and people whose first contact ever was that month
    (`new`)."""
    contacts = project.contacts
    unique = contacts.groupby("month")["user_id"].nunique()
    first = project.service_users.assign(month=lambda d: pd.to_datetime(
        d["first_contact_date"]).dt.to_period("M"))
    new = first.groupby("month").size()
    return pd.DataFrame({"unique": unique, "new": new}).reindex(project.months, fill_value=0
                                                               ).fillna(0).astype(int)


def returning_within(project: Project, days: int = RETURN_DAYS, freq: str = "M") -> pd.DataFrame:
    """Of people whose first contact ever falls in the period, the share seen again within
    `days`, by month (or quarter, freq="Q") of first contact. People first seen less than
    `days` before the end of the period cannot be followed up long enough and are left out
    (counted in `too_recent`)."""
    c = project.contacts.assign(date=pd.to_datetime(project.contacts["contact_date"]))
    users = project.service_users.assign(first=pd.to_datetime(
        project.service_users["first_contact_date"]))
    users = users[users["first"].dt.to_period("M").between(project.period.first,
                                                           project.period.last)]
    end = project.period.last.end_time.normalize()
    followed = users["first"] + pd.Timedelta(days=days) <= end
    c = c.merge(users[["user_id", "first"]], on="user_id")
    later = c[(c["date"] > c["first"]) & (c["date"] <= c["first"] + pd.Timedelta(days=days))]
    users = users.assign(returned=users["user_id"].isin(later["user_id"]),
                         month=users["first"].dt.to_period(freq))
    periods = project.period.periods(freq).rename("month")
    table = on_index(grouped_share(users[followed], "returned", "month"), periods)
    too_recent = users[~followed].groupby("month").size()
    return table.assign(too_recent=too_recent.reindex(periods, fill_value=0))


def interpreter_use(project: Project) -> pd.DataFrame:
    """Share of contacts at which an interpreter was used, by month."""
    c = project.contacts
    return on_index(grouped_share(c, "interpreter_used", "month"), project.months)


def interpreter_types(project: Project) -> pd.DataFrame:
    """Interpreter sessions per month by type of interpreter."""
    return monthly_counts(project.interpreter_sessions, project.months, "interpreter_type")


def professional_interpreting(project: Project) -> pd.DataFrame:
    """Share of interpreted contacts that used a professional interpreter (face to face or
    telephone) rather than family, friends, partners or other workers, by month."""
    s = project.interpreter_sessions.assign(
        professional=lambda d: d["interpreter_type"].isin(PROFESSIONAL))
    return on_index(grouped_share(s, "professional", "month"), project.months)


def referrals_by_destination(project: Project, freq: str = "Q") -> pd.DataFrame:
    """Referrals per quarter (or month, freq="M") by destination."""
    r = project.referrals.assign(when=project.referrals["month"].dt.asfreq(freq))
    periods = project.period.periods(freq).rename("period")
    table = r.groupby(["when", "destination"]).size().unstack("destination", fill_value=0)
    return table.reindex(periods, fill_value=0)


def referral_outcomes(project: Project) -> pd.DataFrame:
    """Referrals by destination and outcome over the whole period."""
    r = project.referrals
    return r.groupby(["destination", "outcome"]).size().unstack("outcome", fill_value=0)


def clinic_attendance(project: Project) -> pd.DataFrame:
    """Clinic contacts and people attending the clinic, by month."""
    clinic = project.contacts[project.contacts["contact_type"] == "clinic"]
    table = pd.DataFrame({"clinic_contacts": clinic.groupby("month").size(),
                          "people_attending": clinic.groupby("month")["user_id"].nunique()})
    return table.reindex(project.months, fill_value=0).fillna(0).astype(int)


def contacts_by_group(project: Project, by: str) -> pd.DataFrame:
    """Contacts and people over the whole period by one grouping."""
    column = trait_column(by, CONTACT_GROUPS)
    c = project.contacts
    return pd.DataFrame({"contacts": c.groupby(column).size(),
                         "people": c.groupby(column)["user_id"].nunique()}).rename_axis(by)


