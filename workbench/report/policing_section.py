"""Report section: policing and safety."""

from __future__ import annotations

import pandas as pd

from workbench.analysis import effects, policing
from workbench.report.context import (
    NOT_ESTIMABLE,
    ReportContext,
    Section,
    released,
    why_not,
    withheld,
)
from workbench.trend_plots import plot_groups, plot_its


def policing_section(ctx: ReportContext) -> Section:
    s = Section("Policing and safety")
    p, check = ctx.project, ctx.checker

    quarterly = policing.incidents_by_month(p)
    quarterly = quarterly.groupby(quarterly.index.asfreq("Q")).sum().rename_axis("quarter")
    s.tables["Incidents reported to the project, by quarter and type"] = check.counts(
        "incidents_by_quarter_and_type", quarterly)
    s.tables["Police response to incidents reported to them"] = check.counts(
        "police_response_by_type", policing.police_response(p))
    s.tables["Police asked about immigration status"] = check.shares(
        "immigration_questions", policing.immigration_questions(p))

    event = ctx.event("policing_operation")
    if event is None:
        s.findings.append("No policing operation is recorded for this project (events.yaml), "
                          "so no before-and-after comparison was made.")
        return s
    for name, run in (("outreach", _outreach), ("reporting", _reporting), ("raids", _raids)):
        try:
            run(ctx, event, s)
        except NOT_ESTIMABLE as exc:
            s.findings.append(withheld(f"Police operation and {name}", str(exc)))
    return s


def _outreach(ctx: ReportContext, event, s: Section) -> None:
    check = ctx.checker
    result = effects.outreach_and_operation(ctx.project, event)
    model = check.model("operation_outreach_its", result["model"])
    series = result["series"]
    observed = check.counts("establishment_outreach_per_month",
                            series.set_index("label")["outcome"])
    series = series.assign(outcome=observed.iloc[:, 0].to_numpy())
    ctx.save(plot_its(series, "Outreach to establishments around the police operation",
                      "establishment outreach contacts", str(event.start), "operation starts"),
             "operation_outreach_its", ["operation_outreach_its",
                                        "establishment_outreach_per_month"], s)
    s.findings.append(result["finding"] if model else
                      withheld("Outreach and the operation",
                               why_not(check, "operation_outreach_its")))


def _reporting(ctx: ReportContext, event, s: Section) -> None:
    check = ctx.checker
    result = effects.reporting_and_operation(ctx.project, event)
    shares = check.shares("reported_to_police_before_after", result["shares"])
    check.model("reported_to_police_model", result["model"])
    ctx.save(plot_groups(shares, "Crimes against workers reported to the police"),
             "reported_to_police", ["reported_to_police_before_after"], s)
    s.findings.append(result["finding"] if released(
        check, "reported_to_police_before_after", "reported_to_police_model") else
        withheld("Reporting to the police before and after", why_not(
            check, "reported_to_police_before_after", "reported_to_police_model")))


def _raids(ctx: ReportContext, event, s: Section) -> None:
    check = ctx.checker
    result = effects.raids_and_operation(ctx.project, event)
    series = result["series"]
    totals = series.groupby(series["operation"].map({1.0: "operation months",
                                                     0.0: "other months"}))["raids"]
    table = pd.DataFrame({"raids": totals.sum(), "months": totals.size()})
    safe = check.counts("raids_operation_vs_other_months", table[["raids"]])
    s.tables["Raids in the operation's months and in the others"] = safe.join(table["months"])
    model = check.model("raids_model", result["model"])
    s.findings.append(result["finding"] if model and released(
        check, "raids_operation_vs_other_months") else
        withheld("Raids during the operation", why_not(
            check, "raids_model", "raids_operation_vs_other_months")))
