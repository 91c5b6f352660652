"""Trend analysis on the de-identified zone: service uptake, health outcomes, policing.

Every function takes a `Project` (tables of the de-identified zone, cut to a period and
site) and returns a pandas DataFrame of counts or shares with documented columns; months are
`pandas.Period` values and every month of the period is present (zero where nothing
happened). Nothing here loops over rows.
"""

from workbench.analysis.frames import Period, Project, load_project

__all__ = ["Period", "Project", "load_project"]
