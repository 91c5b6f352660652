"""The evaluation questions, each as one function the report, the notebooks and the tests
share: did establishment outreach fall when the police operation began, did fewer crimes get
reported, did raids cluster, did professional interpreting rise after the new contract, and
do migrants complete hepatitis B courses less often?

Each returns a dict with a plain-language `finding`, the estimates (as model records) and the
monthly frame behind them (for plots and output checks).
"""

from __future__ import annotations

import calendar
from typing import Any

import pandas as pd

from workbench.analysis import health, policing, uptake
from workbench.analysis.events import Event
from workbench.analysis.frames import Project, group_label
from workbench.analysis.shares import grouped_share, monthly_counts
from workbench.core.errors import InputError
from workbench.models.compare import compare_table, logistic
from workbench.models.its import ItsResult, interrupted_time_series
from workbench.models.rates import monthly_rate_model

INDOOR = ("flat", "sauna_massage")


def _ci(effect: dict, key: str = "rate_ratio", digits: int = 2) -> str:
    return (f"{effect[key]:.{digits}f} (95% CI {effect['ci_low']:.{digits}f} to "
            f"{effect['ci_high']:.{digits}f})")


def p_text(p: float) -> str:
    """A p-value as people read it: "p < 0.001" rather than "p = 0" or "p = 3.2e-11"."""
    return "p < 0.001" if p < 0.001 else f"p = {p:.2g}" if p < 0.1 else f"p = {p:.2f}"


def _around(project: Project, event: Event, months: int = 3) -> None:
    """An event can be evaluated only with time on both sides of it inside the period."""
    before = int((project.months < event.start).sum())
    after = int((project.months >= event.start).sum())
    if before < months or after < months:
        raise InputError(f"the {event.name.replace('_', ' ')} starts in {event.start}; the period "
                         f"{project.period} needs at least {months} months before that and "
                         f"{months} from it on (it has {before} and {after})")


def its_on_series(series: pd.Series, event: Event, exposure: pd.Series | None = None,
                  seasons: str = "fourier:2", family: str = "quasipoisson") -> ItsResult:
    """Segmented regression of a monthly count series on an event's start."""
    frame = pd.DataFrame({"month": series.index.astype(str), "count": series.to_numpy(),
                          "post": (series.index >= event.start).astype(int)})
    if exposure is not None:
        frame["exposure"] = exposure.reindex(series.index).to_numpy()
    return interrupted_time_series(frame, "count", "month", "post",
                                   "exposure" if exposure is not None else None,
                                   seasonality_spec=seasons, family=family)


def outreach_and_operation(project: Project, event: Event) -> dict[str, Any]:
    """Establishment outreach before and after the policing operation began, as a rate per
    other contact (clinic, drop-in, phone, casework) with the same indoor workers.

    The other contacts are a control series: the operation did not target them, and they move
    with the number of indoor workers on the caseload and with the seasons. Without them, a
    drift in who is on the caseload would pass for a change in trend.
    """
    _around(project, event)
    c = project.contacts
    indoor = c[c["user_setting"].isin(INDOOR)]
    target = indoor["contact_type"] == "outreach_establishment"
    series = monthly_counts(indoor[target], project.months, name="outreach_establishment")
    control = monthly_counts(indoor[~target], project.months, name="other_contacts")
    if (control == 0).any():
        raise InputError("some months have no other contacts with indoor workers to compare "
                         "against; choose a longer period or both sites")
    its = its_on_series(series, event, exposure=control, seasons="none")
    record = its.as_record()
    level = record["level_change"]
    return {"question": "Did outreach to establishments fall when the police operation began?",
            "finding": (f"From {event.start}, establishment outreach per other contact with "
                        f"indoor workers changed by a rate ratio of {_ci(level)}; the monthly "
                        f"trend changed by a ratio of {_ci(record['slope_change'], digits=3)} "
                        "per month."),
            "model": record, "series": its.data.assign(other_contacts=control.to_numpy())}


def reporting_and_operation(project: Project, event: Event) -> dict[str, Any]:
    """Share of crimes against workers reported to the police, before and after."""
    _around(project, event)
    crimes = project.incidents[~project.incidents["raid"]].assign(
        after=lambda d: (d["month"] >= event.start).map({False: "before", True: "after"}))
    shares = grouped_share(crimes, "reported_to_police", "after").reindex(["before", "after"])
    model = logistic(crimes.assign(reported=crimes["reported_to_police"].astype(int),
                                   after=(crimes["after"] == "after").astype(int)),
                     "reported", ["after"], cluster="user_id")
    odds = model["terms"]["after"]
    b, a = shares.loc["before"], shares.loc["after"]
    return {"question": "Were fewer crimes against workers reported to the police after the "
                        "operation began?",
            "finding": (f"Before {event.start}, {b['share']:.0%} of crimes were reported "
                        f"({b['ci_low']:.0%} to {b['ci_high']:.0%}); from then on "
                        f"{a['share']:.0%} ({a['ci_low']:.0%} to {a['ci_high']:.0%}); odds "
                        f"ratio {_ci(odds, 'odds_ratio')}, errors clustered by person."),
            "shares": shares, "model": model,
            "test": compare_table(shares[["successes"]].assign(
                not_reported=shares["trials"] - shares["successes"]))}


def raids_and_operation(project: Project, event: Event) -> dict[str, Any]:
    """Raids per month in the operation's months against the other months."""
    _around(project, event)
    raids = policing.raids_by_month(project)
    during = pd.DataFrame({"operation": raids.index.isin(event.during).astype(float)},
                          index=raids.index)
    fit = monthly_rate_model(raids, covariates=during, trend=False)
    ratio = fit.effect({"operation": 1.0})
    return {"question": "Did raids cluster in the months of the police operation?",
            "finding": (f"Raids ran at {_ci(ratio)} times the rate of other months during the "
                        f"{len(event.during)} months of the operation."),
            "model": fit.as_record(), "series": raids.to_frame().join(during)}


def interpreting_and_contract(project: Project, event: Event) -> dict[str, Any]:
    """Professional interpreting before and after the interpreting contract began."""
    _around(project, event)
    sessions = project.interpreter_sessions.assign(
        professional=lambda d: d["interpreter_type"].isin(uptake.PROFESSIONAL).astype(int),
        after=lambda d: (d["month"] >= event.start).astype(int))
    monthly = uptake.professional_interpreting(project)
    model = logistic(sessions, "professional", ["after"], cluster="user_id")
    table = grouped_share(sessions, "professional", "after").rename({0: "before", 1: "after"})
    b, a = table.loc["before"], table.loc["after"]
    return {"question": "Did professional interpreting replace family, friends and partners "
                        "after the interpreting contract began?",
            "finding": (f"Professional interpreters were used at {b['share']:.0%} of "
                        f"interpreted contacts before {event.start} and {a['share']:.0%} from "
                        f"then on; odds ratio {_ci(model['terms']['after'], 'odds_ratio')}."),
            "shares": table, "model": model, "series": monthly}


def completion_finding(table: pd.DataFrame, p_value: float, day: int = 365,
                       counts: str = "courses", rounded: bool = False) -> str:
    """The hepatitis B finding from a completion table (index: group labels; share, ci_low,
    ci_high and a count column), so that a report can give it from released (rounded)
    counts."""
    about = "about " if rounded else ""
    parts = "; ".join(f"{g}: {r['share']:.0%} ({r['ci_low']:.0%} to {r['ci_high']:.0%}) of "
                      f"{about}{int(r[counts]):,} courses" for g, r in table.iterrows())
    return (f"Hepatitis B courses completed within {day} days (Kaplan-Meier): {parts}. "
            f"Log-rank test {p_text(p_value)}.")


def hep_b_completion(project: Project, by: str = "migrant", day: int = 365) -> dict[str, Any]:
    """Hepatitis B course completion by group: Kaplan-Meier and the log-rank test. Groups are
    labelled for people (e.g. "migrants", "non-migrants")."""
    courses = health.hep_b_courses(project)
    if courses.empty:
        raise InputError("no hepatitis B course started in the period")
    label = lambda group: group_label(by, group)  # noqa: E731
    table = health.completion_by(courses, by, day).rename(label)
    test = health.log_rank(courses, by)
    return {"question": f"Do hepatitis B vaccine courses get completed equally by {by}?",
            "finding": completion_finding(table, test["p_value"], day),
            "table": table, "test": test,
            "curves": {label(g): c for g, c in health.kaplan_meier(courses, by).items()}}


def seasonal_pattern(project: Project, peak: int = 11, trough: int = 5) -> dict[str, Any]:
    """The annual cycle of contacts (establishment outreach aside, which the operation moved):
    a quasi-Poisson model with month-of-year terms and a linear trend; the peak-to-trough
    rate ratio compares two calendar months."""
    c = project.contacts
    series = monthly_counts(c[c["contact_type"] != "outreach_establishment"], project.months,
                            name="contacts")
    if len(series) < 24:
        raise InputError("a seasonal pattern needs at least 24 months of data")
    fit = monthly_rate_model(series, seasons="month")
    weights: dict[str, float] = {}  # January is the reference month: its term is zero
    for month, sign in ((peak, 1.0), (trough, -1.0)):
        if month != 1:
            weights[f"month_{month:02d}"] = weights.get(f"month_{month:02d}", 0.0) + sign
    ratio = fit.effect(weights)
    by_month = {m: fit.effect({f"month_{m:02d}": 1.0}) for m in range(2, 13)}
    return {"question": "How much do contacts vary over the year?",
            "finding": (f"Contacts in {calendar.month_name[peak]} ran at {_ci(ratio)} times "
                        f"those in {calendar.month_name[trough]}, allowing for the overall "
                        "trend."),
            "ratio": ratio, "by_month": pd.DataFrame(by_month).T.rename_axis("month"),
            "model": fit.as_record(), "series": series}
