"""Report section: health outcomes."""

from __future__ import annotations

import pandas as pd

from workbench.analysis import effects, health
from workbench.analysis.frames import group_label
from workbench.report.context import (
    NOT_ESTIMABLE,
    ReportContext,
    Section,
    released,
    why_not,
    withheld,
)
from workbench.trend_plots import plot_km

NHS = "nhs"  # sexual-health counts below national level: rounded to 5 where shown


def _flat(table: pd.DataFrame, measure: str) -> pd.DataFrame:
    return table[measure].rename_axis(table.index.name)


def _by_migrant(table: pd.DataFrame) -> pd.DataFrame:
    return table.rename(lambda group: group_label("migrant", group))


def health_section(ctx: ReportContext) -> Section:
    s = Section("Health outcomes")
    p, check = ctx.project, ctx.checker

    screens = health.sti_screening(p, "migrant")
    uptake = check.shares("sti_screening_uptake_by_migrant",
                          _by_migrant(_flat(screens, "uptake")), NHS)
    positivity = check.shares("sti_positivity_by_migrant",
                              _by_migrant(_flat(screens, "positivity")), NHS)
    s.tables["STI screening: accepted of offered, by migrant status"] = uptake
    s.tables["STI screening: positive of accepted, by migrant status"] = positivity
    overall = health.sti_screening(p)
    both = check.shares("sti_screening_overall", _flat(overall, "uptake"), NHS)
    pos = check.shares("sti_positivity_overall", _flat(overall, "positivity"), NHS)
    if both.empty:
        s.findings.append("No STI screens are recorded in the period.")
    elif released(check, "sti_screening_overall", "sti_positivity_overall"):
        u, q = both.iloc[0], pos.iloc[0]
        s.findings.append(
            f"{u['share']:.0%} of STI screens offered were accepted (95% CI {u['ci_low']:.0%} "
            f"to {u['ci_high']:.0%}); {q['share']:.1%} of those were positive "
            f"({q['ci_low']:.1%} to {q['ci_high']:.1%}).")
    else:
        s.findings.append(withheld("STI screening uptake and positivity", why_not(
            check, "sti_screening_overall", "sti_positivity_overall")))

    hiv = check.shares("hiv_test_uptake_by_migrant",
                       _by_migrant(health.hiv_test_uptake(p, "migrant")), NHS)
    s.tables["HIV test with an accepted STI screen, by migrant status"] = hiv

    try:
        result = effects.hep_b_completion(p, "migrant")
    except NOT_ESTIMABLE as exc:
        s.findings.append(withheld("Hepatitis B course completion", str(exc)))
        return s
    table = result["table"].rename(columns={"completed": "successes", "courses": "trials"})
    safe = check.shares("hep_b_completion_by_migrant", table.astype(float), NHS)
    s.tables["Hepatitis B courses completed within a year (Kaplan-Meier), by migrant status"] = safe
    curves = check.survival("hep_b_kaplan_meier", result["curves"])
    ctx.save(plot_km(curves, "Hepatitis B: courses completed after the first dose"),
             "hep_b_kaplan_meier", ["hep_b_kaplan_meier"], s)
    if released(check, "hep_b_completion_by_migrant"):  # quote the released, rounded counts
        s.findings.append(effects.completion_finding(safe, result["test"]["p_value"],
                                                     counts="trials", rounded=True))
    else:
        s.findings.append(withheld("Hepatitis B completion by group",
                                   why_not(check, "hep_b_completion_by_migrant")))
    return s
