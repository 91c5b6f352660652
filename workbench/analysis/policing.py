"""Policing and safety: incidents by type, reporting to the police and the police response,
immigration questions asked by police, raids.

Raids are incidents in which the police were the actors, so shares "reported to police" are
taken over the other incidents (crimes against workers).
"""

from __future__ import annotations

import pandas as pd

from workbench.analysis.frames import Project
from workbench.analysis.shares import grouped_share, monthly_counts, on_index


def incidents_by_month(project: Project) -> pd.DataFrame:
    """Incidents per month by incident type (raids included)."""
    return monthly_counts(project.incidents, project.months, "incident_type")


def reported_to_police(project: Project, over: str = "month") -> pd.DataFrame:
    """Share of crimes against workers (raids aside) reported to the police, by month, or over
    a boolean column of the incidents (e.g. a before/after flag the caller adds)."""
    crimes = project.incidents[~project.incidents["raid"]]
    table = grouped_share(crimes, "reported_to_police", over)
    return on_index(table, project.months) if over == "month" else table


def police_response(project: Project) -> pd.DataFrame:
    """How the police responded to incidents reported to them, by incident type."""
    reported = project.incidents[project.incidents["reported_to_police"]]
    return reported.groupby(["incident_type", "police_response"]).size().unstack(
        "police_response", fill_value=0)


def immigration_questions(project: Project) -> pd.DataFrame:
    """Share of police contacts (raids and reports) at which police asked about immigration
    status, by migrant status and by whether it was a raid."""
    involved = project.incidents[project.incidents["immigration_questions_asked"].notna()]
    involved = involved.assign(
        asked=involved["immigration_questions_asked"].astype(bool),
        contact=involved["raid"].map({True: "raid", False: "reported crime"}))
    return grouped_share(involved, "asked", ["contact", "user_migrant"])


def raids_by_month(project: Project) -> pd.Series:
    """Raids per month."""
    return monthly_counts(project.incidents[project.incidents["raid"]], project.months,
                          name="raids")
