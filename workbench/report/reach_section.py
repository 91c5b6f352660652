"""Report section: how many people the project reached, and who they are (headline numbers
by site and setting, and a profile by age band, gender, nationality group and migrant
status). Shares are worked out from the released counts, so they agree with the table."""

from __future__ import annotations

import pandas as pd

from workbench.report.coarsen import group_until_shown
from workbench.report.context import Answer, ReportContext, Section, Table
from workbench.report.labels import column_label, value_label
from workbench.report.plain import pct

PROFILE = ("age_band", "gender", "nationality_group", "migrant", "setting", "site")


def _new(users: pd.DataFrame, project) -> pd.Series:
    first = pd.to_datetime(users["first_contact_date"]).dt.to_period("M")
    return first.between(project.period.first, project.period.last)


def headline_counts(project, by: str) -> pd.DataFrame:
    """People reached, contacts and new people, by the people's site or setting."""
    users = project.service_users
    contacts = project.contacts
    return pd.DataFrame({
        "people": users.groupby(by).size(),
        "contacts": contacts.groupby(f"user_{by}").size(),
        "new_people": users[_new(users, project)].groupby(by).size(),
    }).fillna(0).astype(int).rename_axis(by)


def reach_section(ctx: ReportContext) -> Section:
    s = Section("Who the project reached", anchor="reach")
    p, check = ctx.project, ctx.checker
    users = p.service_users
    people, contacts = len(users), len(p.contacts)
    new = int(_new(users, p).sum())
    totals = check.counts("headline_totals", pd.Series(
        {"people": people, "contacts": contacts, "new_people": new}, name="number"
    ).rename_axis("measure").to_frame())
    s.tables["The project's reach over the period"] = Table(
        totals.rename(index=column_label).rename_axis(None))
    for by in ("site", "setting"):
        grouped = group_until_shown(headline_counts(p, by), check.threshold, time=False,
                                    rows=True, columns=False)
        safe = check.counts(f"headline_by_{by}", grouped.table)
        s.tables[f"People reached, contacts and new people, by {column_label(by).lower()}"] = \
            Table(safe, notes=[grouped.note] if grouped.note else [], by=by)

    shares: dict[str, pd.Series] = {}
    for trait in PROFILE:
        counts = users[trait].astype("string").fillna("not recorded").value_counts()
        counts = counts.rename_axis(trait)
        grouped = group_until_shown(counts.rename("people").to_frame(), check.threshold,
                                    time=False, rows=True, columns=False)
        safe = check.counts(f"profile_{trait}", grouped.table)["people"]
        shown = safe.dropna()
        share = shown / shown.sum()
        shares[trait] = share.sort_values(ascending=False)
        notes = [grouped.note] if grouped.note else []
        notes.append("Shares are of the people counted in this table.")
        s.tables[f"People reached by {column_label(trait).lower()}"] = Table(
            pd.DataFrame({"people": safe, "share": share.reindex(safe.index)}), notes=notes,
            by=trait)

    s.findings.append(f"{people:,} people had {contacts:,} contacts with the project in the "
                      f"period; {new:,} were seen for the first time.")

    def top(trait: str, n: int = 2) -> str:
        words = [value_label(k, trait) for k in shares[trait].head(n).index]
        words = [w if trait == "nationality_group" else w.lower() for w in words]
        return " and ".join(f"{w} ({pct(v)})" for w, v in zip(words, shares[trait].head(n)))

    migrants = shares["migrant"].get("True")
    profile = (f"Most were {top('gender', 1)}. "
               + (f"{pct(migrants)} were migrants. " if migrants is not None else "")
               + f"The largest nationality groups were {top('nationality_group')}; the "
               f"commonest main settings were {top('setting')}.")
    s.answers.append(Answer(
        "How many people did the project reach, and who are they?",
        f"The project was in touch with {people:,} people, in {contacts:,} contacts; "
        f"{new:,} of them were new to the project. {profile}",
        "This is the project's reach: the people whose needs the rest of this report is "
        "about.",
        "People are counted once however often they came; someone registered twice under "
        "different names would be counted twice.",
        summary=(f"We were in touch with {people:,} people, and {new:,} of them came to us "
                 f"for the first time. "
                 + (f"{pct(migrants)} of them came to the UK from another country."
                    if migrants is not None else ""))))
    return s
