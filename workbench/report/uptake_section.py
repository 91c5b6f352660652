"""Report section: service uptake."""

from __future__ import annotations

from workbench.analysis import effects, uptake
from workbench.models.trend import mann_kendall
from workbench.report.context import (
    NOT_ESTIMABLE,
    ReportContext,
    Section,
    released,
    why_not,
    withheld,
)
from workbench.trend_plots import plot_monthly, plot_shares


def uptake_section(ctx: ReportContext) -> Section:
    s = Section("Service uptake")
    p, check = ctx.project, ctx.checker

    by_type = check.counts("contacts_by_month_and_type",
                           uptake.contacts_by_month(p, "contact_type"))
    ctx.save(plot_monthly(by_type, "Contacts per month by type", "contacts"),
             "contacts_by_type", ["contacts_by_month_and_type"], s)
    totals = check.counts("contacts_per_month", uptake.contacts_by_month(p))
    if released(check, "contacts_per_month"):
        mk = mann_kendall(totals.iloc[:, 0])
        s.findings.append(
            f"The project made {int(totals.iloc[:, 0].sum()):,} contacts over {len(totals)} "
            f"months (mean {totals.iloc[:, 0].mean():,.0f} a month). Trend: {mk['trend']} "
            f"(Mann-Kendall tau-b {mk['tau']:.2f}, {effects.p_text(mk['p_value'])}; Sen's slope "
            f"{mk['sen_slope']:+.1f} contacts a month, 95% CI {mk['sen_ci_low']:+.1f} to "
            f"{mk['sen_ci_high']:+.1f}).")
    else:
        s.findings.append(withheld("Monthly contact totals", why_not(check, "contacts_per_month")))

    people = check.counts("people_per_month", uptake.people_by_month(p))
    ctx.save(plot_monthly(people, "People seen and new people per month", "people"),
             "people_per_month", ["people_per_month"], s)

    returning = check.shares("returning_within_90_days_by_quarter",
                             uptake.returning_within(p, freq="Q").drop(columns="too_recent"))
    overall = returning[["successes", "trials"]].sum()
    if overall["trials"] > 0 and released(check, "returning_within_90_days_by_quarter"):
        s.findings.append(f"{overall['successes'] / overall['trials']:.0%} of "
                          f"{int(overall['trials']):,} people new to the project came back "
                          "within 90 days of their first contact.")
    s.tables["New people seen again within 90 days, by quarter of first contact"] = returning
    try:
        seasons = effects.seasonal_pattern(p)
        model = check.model("seasonal_pattern_model", seasons["model"])
        s.findings.append(seasons["finding"] if model else
                          withheld("Seasonal pattern", why_not(check, "seasonal_pattern_model")))
    except NOT_ESTIMABLE as exc:
        s.findings.append(withheld("Seasonal pattern", str(exc)))

    clinic = check.counts("clinic_attendance", uptake.clinic_attendance(p))
    ctx.save(plot_monthly(clinic, "Clinic attendance", "per month"), "clinic_attendance",
             ["clinic_attendance"], s)

    professional = check.shares("professional_interpreting_by_month",
                                uptake.professional_interpreting(p))
    event = ctx.event("interpreter_change")
    marks = {str(event.start): "interpreting contract"} if event else None
    ctx.save(plot_shares(professional, "Interpreted contacts with a professional interpreter",
                         events=marks), "professional_interpreting",
             ["professional_interpreting_by_month"], s)
    if event:
        try:
            result = effects.interpreting_and_contract(p, event)
            check.shares("professional_interpreting_before_after", result["shares"])
            check.model("professional_interpreting_model", result["model"])
            s.findings.append(result["finding"] if released(
                check, "professional_interpreting_before_after",
                "professional_interpreting_model") else withheld(
                "Professional interpreting before and after the contract", why_not(
                    check, "professional_interpreting_before_after",
                    "professional_interpreting_model")))
        except NOT_ESTIMABLE as exc:
            s.findings.append(withheld("Professional interpreting before and after", str(exc)))

    s.tables["Referrals by destination and outcome, whole period"] = check.counts(
        "referrals_by_destination_and_outcome", uptake.referral_outcomes(p))
    return s
