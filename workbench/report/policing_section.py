"""Report section: policing and safety."""

from __future__ import annotations

import pandas as pd

from workbench.analysis import effects, policing
from workbench.analysis.shares import share_table
from workbench.report.coarsen import group_until_shown
from workbench.report.context import (
    NOT_ESTIMABLE,
    Answer,
    ReportContext,
    Section,
    Table,
    released,
    why_not,
    withheld,
)
from workbench.report.labels import value_label
from workbench.report.plain import clear, pct, ratio_words, share_words
from workbench.trend_plots import plot_groups, plot_its


def _notes(grouped) -> list[str]:
    return [grouped.note] if grouped.note else []


def policing_section(ctx: ReportContext) -> Section:
    s = Section("Policing and safety", anchor="policing-and-safety")
    p, check = ctx.project, ctx.checker

    incidents = group_until_shown(policing.incidents_by_month(p), check.threshold)
    s.tables["Incidents workers told the project about, by kind"] = Table(
        check.counts("incidents_by_period_and_type", incidents.table), notes=_notes(incidents))
    _response(ctx, s)
    _immigration(ctx, s)

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


def _response(ctx: ReportContext, s: Section) -> None:
    """How the police responded to crimes reported to them, by kind of incident, and over all
    kinds (the finding is read from the released overall counts)."""
    check = ctx.checker
    table = policing.police_response(ctx.project)
    by_type = group_until_shown(table, check.threshold, time=False, rows=True, columns=True)
    s.tables["Police response to incidents reported to them"] = Table(
        check.counts("police_response_by_type", by_type.table), notes=_notes(by_type),
        by="incident_type")
    question = "How did the police respond when workers reported crimes to them?"
    if table.empty:
        s.answers.append(Answer(question, "No incident reported to the police is recorded in "
                                "the period."))
        return
    overall = group_until_shown(table.sum().rename("reports").to_frame(), check.threshold,
                                time=False, rows=True, columns=False)
    safe = check.counts("police_response_overall", overall.table)["reports"]
    shown = safe.dropna()
    if shown.empty or len(shown) < 2:
        s.findings.append(withheld("Police response", why_not(check, "police_response_overall")))
        s.answers.append(Answer(
            question,
            f"Fewer than {check.threshold} reports were made to the police for each kind of "
            "response, even with all kinds of incident together, so how the police responded "
            "cannot be shown without risk of identifying the people who reported.",
            caveat="A longer period, or both sites together, may give enough reports to show."))
        return
    total = shown.sum()
    parts = [f"{pct(v / total)} {value_label(k).lower()}" for k, v in
             shown.sort_values(ascending=False).items()]
    s.findings.append("Police response to reported incidents (released counts, all kinds "
                      "together): " + ", ".join(f"{value_label(k)} {int(v)}" for k, v in
                                                shown.items()) + ".")
    hostile = shown.get("hostile_or_unhelpful")
    s.answers.append(Answer(
        question,
        f"Of the {int(total):,} incidents reported to the police that workers told the project "
        "about, the response was: " + "; ".join(parts) + ".",
        "How often reports lead to a crime being recorded, or to a hostile response, is what "
        "workers weigh when deciding whether to report the next one.",
        "These are the incidents workers chose to tell the project about; "
        + (overall.note.lower() if overall.note else "percentages are of the counts shown."),
        summary=(f"When people reported a crime to the police, {pct(hostile / total)} of the "
                 "time the police were hostile or unhelpful." if hostile is not None
                 and pd.notna(hostile) else "")))


def _immigration(ctx: ReportContext, s: Section) -> None:
    """Immigration questions by kind of police contact and migrant status; when that split
    leaves rows unshown and the kinds of contact alone can be shown whole, the coarser table."""
    check = ctx.checker
    table = policing.immigration_questions(ctx.project)
    title = "Police asked about immigration status"
    words = {"successes": "Asked", "trials": "Police contacts"}
    k, n = table["successes"], table["trials"]
    fine_hidden = bool(((k < check.threshold) | (n - k < check.threshold)).any())
    coarse = table.groupby(level=0)[["successes", "trials"]].sum() if len(table) else table
    kc, nc = coarse.get("successes"), coarse.get("trials")
    coarse_whole = len(coarse) > 0 and not bool(
        ((kc < check.threshold) | (nc - kc < check.threshold)).any())
    if fine_hidden and coarse_whole:
        safe = check.shares("immigration_questions",
                            share_table(coarse["successes"], coarse["trials"]))
        s.tables[f"{title}, by kind of police contact"] = Table(
            safe, words, ["Grouped so that it can be shown: migrants and non-migrants counted "
                          "together."], by="contact")
        key, who = "raid", "workers (migrants and others together)"
    else:
        safe = check.shares("immigration_questions", table)
        s.tables[f"{title}, by kind of police contact and migrant status"] = Table(
            safe, words, by="contact")
        key, who = ("raid", True), "migrant workers"
    question = "Did the police ask workers about their immigration status during raids?"
    if key not in safe.index or safe.loc[key].isna().any():
        s.findings.append(withheld("Immigration questions during raids",
                                   why_not(check, "immigration_questions")))
        s.answers.append(Answer(question, "Too few raids were recorded to show how often the "
                                "police asked about immigration status without risk of "
                                "identifying the people involved."))
        return
    r = safe.loc[key]
    s.findings.append(f"Police asked {who} about immigration status at {r['share']:.0%} of "
                      f"raids (95% CI {r['ci_low']:.0%} to {r['ci_high']:.0%}; "
                      f"{int(r['successes'])} of {int(r['trials'])}).")
    s.answers.append(Answer(
        question,
        f"During police raids, the police asked {who} about their immigration status "
        f"{share_words(r['share'], r['ci_low'], r['ci_high'])} of the time.",
        "Fear of immigration checks keeps migrant workers from reporting crimes against them "
        "and from seeking help; this is something to raise with the police.",
        "Raids are counted when the worker told the project about them; some are never "
        "mentioned.",
        summary=(f"In police raids, the police asked people about their immigration papers "
                 f"{r['share']:.0%} of the time.")))


def _outreach(ctx: ReportContext, event, s: Section) -> None:
    check = ctx.checker
    result = effects.outreach_and_operation(ctx.project, event)
    model = check.model("operation_outreach_its", result["model"])
    series = result["series"]
    observed = check.counts("establishment_outreach_per_month",
                            series.set_index("label")["outcome"])
    series = series.assign(outcome=observed.iloc[:, 0].to_numpy())
    data = series.set_index(pd.PeriodIndex(series["label"], freq="M").rename("month"))[
        ["outcome", "fitted", "counterfactual"]].rename(columns={
            "outcome": "Outreach visits (observed)", "fitted": "Model",
            "counterfactual": "Model without the change"})
    ctx.save(plot_its(series, "Outreach to flats and saunas around the police operation",
                      "outreach visits a month", str(event.start), "operation starts"),
             "operation_outreach_its", ["operation_outreach_its",
                                        "establishment_outreach_per_month"], s,
             Table(data, notes=["Model values are expected counts from the model, not "
                                "records."]))
    if not model:
        s.findings.append(withheld("Outreach and the operation",
                                   why_not(check, "operation_outreach_its")))
        return
    s.findings.append(result["finding"])
    level = model["level_change"]
    when = event.start.strftime("%B %Y")
    ratio = ratio_words(level["rate_ratio"], level["ci_low"], level["ci_high"])
    if clear(level["ci_low"], level["ci_high"]):
        finding = (f"When the police operation began in {when}, the project made {ratio} "
                   "outreach visits to flats and saunas, compared with its other contacts "
                   "with the same workers.")
    else:
        finding = (f"Outreach visits to flats and saunas did not clearly change when the "
                   f"police operation began in {when} ({ratio}, compared with the project's "
                   "other contacts with the same workers).")
    s.answers.append(Answer(
        "Did outreach to flats and saunas change when the police operation began?", finding,
        "Workers in flats and saunas may have been harder to reach, or moved, while the "
        "police were active; the project may need other ways to stay in touch at such times.",
        f"Anything else that changed in {when} would look the same in these records.",
        summary=(f"After the police operation started in {when}, we could visit "
                 "fewer flats and saunas." if level["ci_high"] < 1 else "")))


def _reporting(ctx: ReportContext, event, s: Section) -> None:
    check = ctx.checker
    result = effects.reporting_and_operation(ctx.project, event)
    shares = check.shares("reported_to_police_before_after", result["shares"])
    check.model("reported_to_police_model", result["model"])
    ctx.save(plot_groups(shares.rename(index=lambda i: value_label(i)),
                         "Crimes against workers reported to the police"),
             "reported_to_police", ["reported_to_police_before_after"], s,
             Table(shares, {"successes": "Reported to police", "trials": "Crimes"}))
    if not released(check, "reported_to_police_before_after", "reported_to_police_model"):
        s.findings.append(withheld("Reporting to the police before and after", why_not(
            check, "reported_to_police_before_after", "reported_to_police_model")))
        return
    s.findings.append(result["finding"])
    b, a = shares.loc["before"], shares.loc["after"]
    when = event.start.strftime("%B %Y")
    s.answers.append(Answer(
        "Did workers report fewer crimes to the police after the operation began?",
        f"Before the police operation ({when}), "
        f"{share_words(b['share'], b['ci_low'], b['ci_high'])} of crimes against workers "
        "that they told the project about were reported to the police; from then on, "
        f"{share_words(a['share'], a['ci_low'], a['ci_high'])}.",
        "Trust in the police to act on a report may have changed with the operation.",
        "Workers decide what to tell the project; a change in what they tell it would look "
        "the same.",
        summary=(f"Before {when}, people reported {b['share']:.0%} of crimes against them to "
                 f"the police; after, {a['share']:.0%}.")))


def _raids(ctx: ReportContext, event, s: Section) -> None:
    check = ctx.checker
    result = effects.raids_and_operation(ctx.project, event)
    series = result["series"]
    totals = series.groupby(series["operation"].map({1.0: "operation months",
                                                     0.0: "other months"}))["raids"]
    table = pd.DataFrame({"raids": totals.sum(), "months": totals.size()})
    safe = check.counts("raids_operation_vs_other_months", table[["raids"]])
    shown = safe.join(table["months"])
    s.tables["Raids in the operation's months and in the others"] = Table(
        shown.assign(raids_a_month=shown["raids"] / shown["months"]),
        {"raids_a_month": "Raids a month"})
    model = check.model("raids_model", result["model"])
    if not (model and released(check, "raids_operation_vs_other_months")):
        s.findings.append(withheld("Raids during the operation", why_not(
            check, "raids_model", "raids_operation_vs_other_months")))
        return
    s.findings.append(result["finding"])
    ratio = model["terms"]["operation"]
    s.answers.append(Answer(
        "Were there more raids during the police operation?",
        f"During the {len(event.during)} months of the operation there were "
        f"{ratio_words(ratio['rate_ratio'], ratio['ci_low'], ratio['ci_high'])} raids a month "
        "as in other months.",
        "Raids cluster in operations: support (legal advice, emergency contact) can be "
        "planned for them.",
        "Raids are counted when workers told the project about them."))
