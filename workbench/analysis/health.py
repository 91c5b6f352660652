"""Health outcomes: STI screening uptake and positivity, HIV test uptake, hepatitis B courses.

Hepatitis B course completion is a time-to-event question: a course that started late in the
period has not had time to finish, so a plain share of "three doses" undercounts. Time runs
from dose 1 to dose 3; courses without a third dose are censored at the end of the period.
Kaplan-Meier curves and the log-rank test are statsmodels' (`SurvfuncRight`, `survdiff`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from statsmodels.duration.survfunc import SurvfuncRight, survdiff

from workbench.analysis.frames import Project, trait_column
from workbench.analysis.shares import grouped_share, on_index


def sti_screening(project: Project, by: str | None = None, over: str = "group") -> pd.DataFrame:
    """Uptake (accepted / offered) and positivity (positive / accepted) of STI screens, by a
    grouping, or by month with over="month"."""
    column = trait_column(by)
    keys = ["month"] if over == "month" else ([column] if column else [])
    e = project.health_events
    screens = e[e["event_type"] == "sti_screen"].assign(
        positive=lambda d: d["result"] == "positive", all="all")
    keys = keys or ["all"]
    uptake = grouped_share(screens, "accepted", keys)
    positivity = grouped_share(screens[screens["accepted"]], "positive", keys)
    if over == "month":
        uptake, positivity = on_index(uptake, project.months), on_index(positivity, project.months)
    return pd.concat({"uptake": uptake, "positivity": positivity}, axis=1)


def hiv_test_uptake(project: Project, by: str | None = None) -> pd.DataFrame:
    """Share of accepted STI screens at which an HIV test was also done (same contact)."""
    column = trait_column(by)
    e = project.health_events
    screens = e[(e["event_type"] == "sti_screen") & e["accepted"]]
    tested = set(e.loc[e["event_type"] == "hiv_test", "contact_id"].dropna())
    screens = screens.assign(hiv_tested=screens["contact_id"].isin(tested), all="all")
    return grouped_share(screens, "hiv_tested", column or "all")


def hep_b_courses(project: Project) -> pd.DataFrame:
    """One row per course started in the period: `days` from dose 1 to dose 3 (or to the end
    of the period if no third dose: `completed` False), `doses` seen, and the person's traits."""
    e = project.health_events
    doses = e[e["event_type"] == "hep_b_dose"]
    dates = doses.assign(date=pd.to_datetime(doses["event_date"])).pivot_table(
        index="user_id", columns="dose_number", values="date", aggfunc="min")
    dates = dates.rename(columns=lambda d: f"dose{int(d)}")
    dates = dates[dates.get("dose1").notna()] if "dose1" in dates else dates.iloc[0:0]
    for d in ("dose1", "dose2", "dose3"):
        if d not in dates:
            dates[d] = pd.NaT
    end = project.period.last.end_time.normalize()
    completed = dates["dose3"].notna()
    stop = dates["dose3"].where(completed, end)
    traits = doses.drop_duplicates("user_id").set_index("user_id").filter(like="user_")
    return pd.DataFrame({
        "days": (stop - dates["dose1"]).dt.days.astype(float),
        "completed": completed,
        "doses": dates[["dose1", "dose2", "dose3"]].notna().sum(axis=1),
    }).join(traits)


def _loglog_interval(s: np.ndarray, se: np.ndarray, z: float = 1.959964
                     ) -> tuple[np.ndarray, np.ndarray]:
    """Pointwise 95% interval for S(t) on the log(-log) scale (Greenwood's standard error), the
    usual default (R's survival, Stata): it stays inside 0-1."""
    with np.errstate(divide="ignore", invalid="ignore"):
        spread = z * se / (s * np.abs(np.log(s)))
        low, high = s ** np.exp(spread), s ** np.exp(-spread)
    inside = (s > 0) & (s < 1)
    return np.where(inside, low, s), np.where(inside, high, s)


def kaplan_meier(courses: pd.DataFrame, by: str = "migrant") -> dict[str, pd.DataFrame]:
    """Per group: the cumulative share completed (1 - S(t)) with its 95% interval, by day."""
    column = trait_column(by)
    curves = {}
    for group, part in courses.groupby(column):
        sf = SurvfuncRight(part["days"].to_numpy(), part["completed"].to_numpy(int))
        low, high = _loglog_interval(sf.surv_prob, sf.surv_prob_se)
        curves[str(group)] = pd.DataFrame({
            "days": sf.surv_times, "completed": 1 - sf.surv_prob,
            "ci_low": 1 - high, "ci_high": 1 - low,
            "at_risk": sf.n_risk, "events": sf.n_events})
    return curves


def completion_by(courses: pd.DataFrame, by: str = "migrant", day: int = 365) -> pd.DataFrame:
    """Kaplan-Meier estimate of the share completing the course within `day` days, per group,
    with courses and completions counted."""
    rows = {}
    for group, curve in kaplan_meier(courses, by).items():
        upto = curve[curve["days"] <= day]
        last = upto.iloc[-1] if len(upto) else None
        part = courses[courses[trait_column(by)].astype(str) == group]
        rows[group] = {"courses": len(part), "completed": int(part["completed"].sum()),
                       "share": float(last["completed"]) if last is not None else 0.0,
                       "ci_low": float(last["ci_low"]) if last is not None else np.nan,
                       "ci_high": float(last["ci_high"]) if last is not None else np.nan}
    return pd.DataFrame(rows).T.rename_axis(by)


def log_rank(courses: pd.DataFrame, by: str = "migrant") -> dict[str, float]:
    """Log-rank test of equal time to completion across groups."""
    column = trait_column(by)
    stat, p = survdiff(courses["days"].to_numpy(), courses["completed"].to_numpy(int),
                       courses[column].astype(str).to_numpy())
    return {"test": "log-rank", "statistic": float(stat), "df": courses[column].nunique() - 1,
            "p_value": float(p)}
