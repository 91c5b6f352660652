"""Report section: service uptake."""

from __future__ import annotations

import calendar

import pandas as pd

from workbench.analysis import effects, uptake
from workbench.analysis.shares import share_table
from workbench.models.trend import mann_kendall
from workbench.report.coarsen import group_shares_until_shown, group_until_shown
from workbench.report.context import (
    NOT_ESTIMABLE,
    Answer,
    ReportContext,
    Section,
    Table,
    from_released,
    labelled,
    released,
    why_not,
    withheld,
)
from workbench.report.plain import clear, ratio_words, share_words
from workbench.trend_plots import plot_monthly, plot_shares


def _trend(s: Section, totals: pd.Series) -> None:
    mk = mann_kendall(totals)
    s.findings.append(
        f"The project made {int(totals.sum()):,} contacts over {len(totals)} "
        f"months (mean {totals.mean():,.0f} a month). Trend: {mk['trend']} "
        f"(Mann-Kendall S = {mk['S']}, z = {mk['z']:.2f}, {effects.p_text(mk['p_value'])}; "
        f"with continuity correction z = {mk['z_cc']:.2f}, {effects.p_text(mk['p_value_cc'])}; "
        f"Kendall's tau-b {mk['tau']:.2f}; Sen's slope "
        f"{mk['sen_slope']:+.1f} contacts a month, 95% CI {mk['sen_ci_low']:+.1f} to "
        f"{mk['sen_ci_high']:+.1f}).")
    slope, low, high = mk["sen_slope"], mk["sen_ci_low"], mk["sen_ci_high"]
    if clear(low, high, 0.0):
        way = "up" if slope > 0 else "down"
        finding = (f"The number of contacts a month went {way} over the period: by about "
                   f"{abs(slope):.0f} a month (between {abs(low):.0f} and {abs(high):.0f}"
                   "). The project made "
                   f"{int(totals.sum()):,} contacts in {len(totals)} months.")
        meaning = ("The project is in touch with people more often than it was." if slope > 0
                   else "The project is in touch with people less often than it was.")
    else:
        finding = (f"The number of contacts a month did not clearly go up or down: it "
                   f"changed by between {low:+.0f} and {high:+.0f} a month. The project made "
                   f"{int(totals.sum()):,} contacts in {len(totals)} months.")
        meaning = "The project's level of contact was steady over the period."
    s.answers.append(Answer(
        "Is the project in touch with people more or less often?", finding, meaning,
        "More contacts may reflect more staff time or better recording as well as more need.",
        summary=(f"We had {int(totals.sum()):,} contacts with people in {len(totals)} "
                 "months.")))


def uptake_section(ctx: ReportContext) -> Section:
    s = Section("Service uptake", anchor="service-uptake")
    p, check = ctx.project, ctx.checker

    by_type = check.counts("contacts_by_month_and_type",
                           uptake.contacts_by_month(p, "contact_type"))
    ctx.save(plot_monthly(labelled(by_type), "Contacts per month by kind of contact",
                          "contacts"),
             "contacts_by_type", ["contacts_by_month_and_type"], s, Table(by_type))
    totals = check.counts("contacts_per_month", uptake.contacts_by_month(p))
    if released(check, "contacts_per_month"):
        _trend(s, totals.iloc[:, 0])
    else:
        s.findings.append(withheld("Monthly contact totals", why_not(check, "contacts_per_month")))

    people = check.counts("people_per_month", uptake.people_by_month(p))
    ctx.save(plot_monthly(labelled(people).rename(columns={"unique": "People seen",
                                                           "new": "New people"}),
                          "People seen and new people per month", "people"),
             "people_per_month", ["people_per_month"], s, Table(people))

    raw = uptake.returning_within(p, freq="Q")
    waiting = (raw["trials"] == 0) & (raw["too_recent"] > 0)
    grouped = group_shares_until_shown(raw, check.threshold, waiting)
    frame = grouped.table
    shares = share_table(frame["successes"], frame["trials"])
    returning = check.shares("returning_within_90_days_by_quarter", shares)
    notes = [n for n in [grouped.note] if n]
    notes.append("People first seen in the last 90 days of the period are not counted yet: "
                 "their follow-up is not complete.")
    s.tables["New people seen again within 90 days, by when they were first seen"] = Table(
        returning.assign(not_complete=frame["not_complete"].to_numpy()),
        {"successes": "Came back", "trials": "New people (followed up)"}, notes)
    shown = returning.dropna()
    if len(shown) and shown["trials"].sum() > 0:
        k, n = shown["successes"].sum(), shown["trials"].sum()
        overall = share_table(pd.Series([k]), pd.Series([n])).iloc[0]
        s.findings.append(f"{overall['share']:.0%} of {int(n):,} people new to the project "
                          "(in the periods shown) came back within 90 days of their first "
                          "contact.")
        s.answers.append(Answer(
            "Do people new to the project come back?",
            f"{share_words(overall['share'], overall['ci_low'], overall['ci_high'])} of the "
            f"{int(n):,} people new to the project came back within 90 days of their first "
            "contact.",
            "A first contact often leads to more: people find the service worth returning to.",
            "People who moved away, were deported or stopped sex work cannot come back; "
            "people first seen in the last 90 days are not counted yet.",
            summary=(f"{overall['share']:.0%} of people who came to us for the first time came "
                     "back within three months.")))

    try:
        seasons = effects.seasonal_pattern(p)
        model = check.model("seasonal_pattern_model", seasons["model"])
        if model:
            s.findings.append(seasons["finding"])
            r = seasons["ratio"]
            s.answers.append(Answer(
                "Are some times of year busier than others?",
                f"Contacts are busiest in {calendar.month_name[11]} and quietest in "
                f"{calendar.month_name[5]}: {calendar.month_name[11]} has "
                f"{ratio_words(r['rate_ratio'], r['ci_low'], r['ci_high'])} contacts.",
                "Staffing and outreach can be planned for the busy months.",
                "Two or three years of records give only a rough picture of the seasons."))
        else:
            s.findings.append(withheld("Seasonal pattern",
                                       why_not(check, "seasonal_pattern_model")))
    except NOT_ESTIMABLE as exc:
        s.findings.append(withheld("Seasonal pattern", str(exc)))

    clinic = check.counts("clinic_attendance", uptake.clinic_attendance(p))
    ctx.save(plot_monthly(labelled(clinic), "Clinic attendance", "per month"),
             "clinic_attendance", ["clinic_attendance"], s, Table(clinic))

    professional = check.shares("professional_interpreting_by_month",
                                uptake.professional_interpreting(p))
    event = ctx.event("interpreter_change")
    marks = {str(event.start): "interpreting contract"} if event else None
    ctx.save(plot_shares(professional, "Interpreted contacts with a professional interpreter",
                         events=marks), "professional_interpreting",
             ["professional_interpreting_by_month"], s,
             Table(professional, {"successes": "Professional", "trials": "Interpreted"}))
    if event:
        try:
            _interpreting(ctx, event, s)
        except NOT_ESTIMABLE as exc:
            s.findings.append(withheld("Professional interpreting before and after", str(exc)))

    # Destination by outcome is mostly small cells: where people were referred, and what
    # happened to referrals over all destinations, are two tables that can be shown whole.
    outcomes = uptake.referral_outcomes(p)
    for name, counts, by, title in (
            ("referrals_by_destination", outcomes.sum(axis=1), "destination",
             "Referrals by where people were referred, whole period"),
            ("referrals_by_outcome", outcomes.sum(axis=0), "outcome",
             "What happened to referrals (all destinations), whole period")):
        grouped = group_until_shown(counts.rename("referrals").rename_axis(by).to_frame(),
                                    check.threshold, time=False, rows=True, columns=False)
        s.tables[title] = Table(check.counts(name, grouped.table),
                                notes=[grouped.note] if grouped.note else [], by=by)
    return s


def _interpreting(ctx: ReportContext, event, s: Section) -> None:
    check = ctx.checker
    result = effects.interpreting_and_contract(ctx.project, event)
    shares = check.shares("professional_interpreting_before_after", result["shares"])
    check.model("professional_interpreting_model", result["model"])
    if not released(check, "professional_interpreting_before_after",
                    "professional_interpreting_model"):
        s.findings.append(withheld(
            "Professional interpreting before and after the contract", why_not(
                check, "professional_interpreting_before_after",
                "professional_interpreting_model")))
        return
    s.findings.append(result["finding"])
    b, a = shares.loc["before"], shares.loc["after"]
    when = event.start.strftime("%B %Y")
    s.answers.append(Answer(
        "Did the new interpreting contract bring in professional interpreters?",
        f"Before the new contract ({when}), a professional interpreter was used at "
        f"{share_words(b['share'], b['ci_low'], b['ci_high'])} of contacts that needed one; "
        f"from then on at {share_words(a['share'], a['ci_low'], a['ci_high'])}.",
        "Fewer people had to rely on a partner, friend or family member to speak for them, "
        "as good practice guidance recommends.",
        "This counts how often a professional was used, not how good the interpreting was.",
        summary=(f"Since {when}, a trained interpreter was used at {a['share']:.0%} of the "
                 f"times someone needed one (before: {b['share']:.0%}).")))
