"""Report section: health outcomes."""

from __future__ import annotations

import pandas as pd

from workbench.analysis import effects, health
from workbench.analysis.frames import group_label
from workbench.report.context import (
    NOT_ESTIMABLE,
    Answer,
    ReportContext,
    Section,
    Table,
    from_released,
    released,
    why_not,
    withheld,
)
from workbench.report.plain import share_words
from workbench.trend_plots import plot_km

NHS = "nhs"  # sexual-health counts below national level: rounded to 5 where shown
ROUNDED = ("Counts are rounded to the nearest 5 (NHS rule); percentages and ranges are "
           "worked out from the rounded counts shown.")


def _flat(table: pd.DataFrame, measure: str) -> pd.DataFrame:
    return table[measure].rename_axis(table.index.name)


def _by_migrant(table: pd.DataFrame) -> pd.DataFrame:
    return table.rename(lambda group: group_label("migrant", group)).rename_axis("group")


def _rounded(check, name: str, table: pd.DataFrame) -> pd.DataFrame:
    return from_released(check.shares(name, table, NHS))


def health_section(ctx: ReportContext) -> Section:
    s = Section("Health outcomes", anchor="health-outcomes")
    p, check = ctx.project, ctx.checker

    screens = health.sti_screening(p, "migrant")
    uptake = _rounded(check, "sti_screening_uptake_by_migrant",
                      _by_migrant(_flat(screens, "uptake")))
    positivity = _rounded(check, "sti_positivity_by_migrant",
                          _by_migrant(_flat(screens, "positivity")))
    s.tables["STI screening: screens accepted of those offered, migrants and non-migrants"] = \
        Table(uptake, {"successes": "Accepted", "trials": "Offered"}, [ROUNDED])
    s.tables["STI screening: screens that found an infection, migrants and non-migrants"] = \
        Table(positivity, {"successes": "Infection found", "trials": "Screens done"}, [ROUNDED])
    overall = health.sti_screening(p)
    both = _rounded(check, "sti_screening_overall", _flat(overall, "uptake"))
    pos = _rounded(check, "sti_positivity_overall", _flat(overall, "positivity"))
    if both.empty:
        s.findings.append("No STI screens are recorded in the period.")
    elif released(check, "sti_screening_overall", "sti_positivity_overall"):
        u, q = both.iloc[0], pos.iloc[0]
        s.findings.append(
            f"{u['share']:.0%} of STI screens offered were accepted (95% CI {u['ci_low']:.0%} "
            f"to {u['ci_high']:.0%}); {q['share']:.1%} of those were positive "
            f"({q['ci_low']:.1%} to {q['ci_high']:.1%}); from counts rounded to 5.")
        s.answers.append(Answer(
            "Do people take up sexual health screening, and what does it find?",
            f"{share_words(u['share'], u['ci_low'], u['ci_high'])} of the screens for sexually "
            f"transmitted infections (STIs) offered were accepted. "
            f"{share_words(q['share'], q['ci_low'], q['ci_high'])} of the screens done found "
            "an infection.",
            "Most people offered a screen take it up, and the screens find infections that "
            "can then be treated.",
            "Counts are rounded to the nearest 5; people screened elsewhere are not counted.",
            summary=(f"When we offered a sexual health check, {u['share']:.0%} of the time "
                     "people said yes.")))
    else:
        s.findings.append(withheld("STI screening uptake and positivity", why_not(
            check, "sti_screening_overall", "sti_positivity_overall")))

    hiv = _rounded(check, "hiv_test_uptake_by_migrant",
                   _by_migrant(health.hiv_test_uptake(p, "migrant")))
    s.tables["HIV test done with an accepted STI screen, migrants and non-migrants"] = Table(
        hiv, {"successes": "HIV test done", "trials": "Screens accepted"}, [ROUNDED])

    try:
        _hep_b(ctx, s)
    except NOT_ESTIMABLE as exc:
        s.findings.append(withheld("Hepatitis B course completion", str(exc)))
    return s


def _hep_b(ctx: ReportContext, s: Section) -> None:
    check = ctx.checker
    result = effects.hep_b_completion(ctx.project, "migrant")
    curves = check.survival("hep_b_kaplan_meier", result["curves"])
    # The share completed is read where every released curve still stands (at least 10
    # people at risk), not at a day the curves never reach.
    ends = [int(c["days"].max()) for c in curves.values() if len(c)]
    day = min(ends + [365]) if ends else 0
    rows = {}
    for group, curve in curves.items():
        upto = curve[curve["days"] <= day]
        last = upto.iloc[-1] if len(upto) else None
        rows[group] = {"completed": result["table"].loc[group, "completed"],
                       "courses": result["table"].loc[group, "courses"],
                       "share": float(last["completed"]) if last is not None else 0.0,
                       "ci_low": float(last["ci_low"]) if last is not None else 0.0,
                       "ci_high": float(last["ci_high"]) if last is not None else 0.0}
    table = pd.DataFrame(rows).T.rename_axis("group").rename(
        columns={"completed": "successes", "courses": "trials"})
    safe = check.shares("hep_b_completion_by_migrant", table.astype(float), NHS)
    s.tables[f"Hepatitis B vaccine courses completed within {day} days of the first dose "
             "(Kaplan-Meier), migrants and non-migrants"] = Table(
        safe, {"successes": "Completed (by the end of the period)", "trials": "Courses started",
               "share": f"Completed within {day} days"},
        ["Counts are rounded to the nearest 5 (NHS rule). The share completed within "
         f"{day} days is the Kaplan-Meier estimate: it allows for courses started too recently "
         "to have finished, so it is not the completed count divided by the courses started.",
         f"{day} days is as far as at least 10 people in each group were still being followed."])
    km_data = pd.concat({g: c.set_index("days") for g, c in curves.items()}, axis=1)
    km_data.columns = [f"{g}: {c.replace('_', ' ')}" for g, c in km_data.columns]
    km_data = km_data.rename_axis("days since the first dose")
    ctx.save(plot_km(curves, "Hepatitis B: courses completed after the first dose",
                     max_days=max(day, 30)),
             "hep_b_kaplan_meier", ["hep_b_kaplan_meier"], s,
             Table(km_data.rename(columns=lambda c: c.replace("ci low", "from").replace(
                 "ci high", "to")), notes=["Shares completed; 'from' and 'to' give the 95% "
                                           "range; blank where the curve has no step."]))
    if not released(check, "hep_b_completion_by_migrant"):
        s.findings.append(withheld("Hepatitis B completion by group",
                                   why_not(check, "hep_b_completion_by_migrant")))
        return
    s.findings.append(effects.completion_finding(safe, result["test"]["p_value"], day=day,
                                                 counts="trials", rounded=True))
    parts = [f"{share_words(r['share'], r['ci_low'], r['ci_high'])} of {g}"
             for g, r in safe.iterrows()]
    s.answers.append(Answer(
        "Do people finish their hepatitis B vaccination?",
        f"Within {day} days of the first dose, " + " and ".join(parts) + " had finished the "
        "course of three doses.",
        "A difference between groups would point to who needs help to come back for the "
        "second and third doses (reminders, interpreters, flexible times).",
        f"The figures stop at {day} days because fewer people were followed for longer; "
        "doses given elsewhere are not recorded.",
        summary=("Of people who started the hepatitis B vaccine, "
                 + " and ".join(f"{r['share']:.0%} of {g}" for g, r in safe.iterrows())
                 + f" finished all three doses within {day} days.")))
