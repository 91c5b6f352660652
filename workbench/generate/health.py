"""Health events: STI screens and HIV tests at clinic contacts, hepatitis B courses.

Hepatitis B: a person starts a course at most once, at a clinic contact. Each next dose
follows with the planted probability for their group (lower for migrants: mobility), after
the scheduled gap plus a delay; doses after the end of the period are not seen (censored).
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from workbench.core.schema import HEALTH_EVENTS, STI_INFECTIONS
from workbench.generate.activity import Activity
from workbench.generate.context import Context
from workbench.generate.people import Cohort

_INFECTION_P = (0.5, 0.2, 0.1, 0.1, 0.1)


def build_health(ctx: Context, cohort: Cohort, activity: Activity, chunk: int,
                 first: int) -> pa.Table:
    rng = ctx.rng(4, chunk)
    h = ctx.cal["health"]
    c = activity.contacts
    clinic = np.flatnonzero(np.asarray(c["contact_type"]) == "clinic")
    contact_id = np.asarray(c["contact_id"])[clinic]
    user_id = np.asarray(c["user_id"])[clinic]
    date = np.asarray(c["contact_date"].to_numpy(zero_copy_only=False))[clinic]
    k = len(clinic)

    # STI screens: offered, accepted, result.
    offered = rng.random(k) < h["sti_screen_offer_at_clinic"]
    accepted = offered & (rng.random(k) < h["sti_screen_accept"])
    positive = accepted & (rng.random(k) < h["sti_positivity"])
    sti_rows = np.flatnonzero(offered)
    infection = np.where(positive, np.array(STI_INFECTIONS, dtype=object)[
        rng.choice(len(STI_INFECTIONS), k, p=_INFECTION_P)], None)
    sti = {
        "user_id": user_id[sti_rows], "contact_id": contact_id[sti_rows],
        "event_date": date[sti_rows], "event_type": np.full(len(sti_rows), "sti_screen", object),
        "offered": np.ones(len(sti_rows), bool), "accepted": accepted[sti_rows],
        "result": np.where(positive, "positive", np.where(accepted, "negative", "not_applicable")
                           )[sti_rows].astype(object),
        "infection": infection[sti_rows], "dose_number": np.full(len(sti_rows), None, object),
    }

    # HIV tests with accepted screens.
    hiv_rows = np.flatnonzero(accepted & (rng.random(k) < h["hiv_test_with_screen"]))
    hiv_pos = rng.random(len(hiv_rows)) < 0.003
    hiv = {
        "user_id": user_id[hiv_rows], "contact_id": contact_id[hiv_rows],
        "event_date": date[hiv_rows], "event_type": np.full(len(hiv_rows), "hiv_test", object),
        "offered": np.ones(len(hiv_rows), bool), "accepted": np.ones(len(hiv_rows), bool),
        "result": np.where(hiv_pos, "positive", "negative").astype(object),
        "infection": np.full(len(hiv_rows), None, object),
        "dose_number": np.full(len(hiv_rows), None, object),
    }

    hep = _hep_b(ctx, rng, cohort, activity, clinic, contact_id, date)
    parts = [sti, hiv, hep]
    table = {key: np.concatenate([p[key] for p in parts]) for key in sti}
    order = np.lexsort((table["event_type"].astype(str), table["event_date"],
                        table["user_id"].astype(str)))
    table = {key: v[order] for key, v in table.items()}
    n = len(order)
    table["event_id"] = np.array([f"H{first + i + 1:08d}" for i in range(n)], dtype=object)
    return pa.table({name: table[name] for name in HEALTH_EVENTS.column_names},
                    schema=HEALTH_EVENTS.arrow_schema())


def _hep_b(ctx: Context, rng: np.random.Generator, cohort: Cohort, activity: Activity,
           clinic: np.ndarray, contact_id: np.ndarray, date: np.ndarray) -> dict:
    h = ctx.cal["health"]
    p_next = ctx.cal["planted_effects"]["hep_b_completion"]["next_dose_probability"]
    user_ix = activity.user_index[clinic]
    # First clinic contact per person (contacts are sorted by person, then date).
    first_rows = np.flatnonzero(np.r_[True, user_ix[1:] != user_ix[:-1]]) if len(user_ix) else \
        np.array([], dtype=int)
    starts = first_rows[rng.random(len(first_rows)) < h["hep_b_course_start"]]
    who = user_ix[starts]
    p = np.where(cohort.migrant[who], p_next["migrant"], p_next["non_migrant"])
    schedule = np.array(h["hep_b_schedule_days"])
    got2 = rng.random(len(starts)) < p
    got3 = got2 & (rng.random(len(starts)) < p)
    delay2 = rng.exponential(5.0, len(starts)).astype(int)
    delay3 = delay2 + rng.exponential(7.0, len(starts)).astype(int)
    d1 = date[starts]
    d2 = d1 + (schedule[1] + delay2).astype("timedelta64[D]")
    d3 = d1 + (schedule[2] + delay3).astype("timedelta64[D]")
    seen2 = got2 & (d2 < ctx.end)
    seen3 = got3 & (d3 < ctx.end)

    uid = cohort.user_id[who]
    dose_user = np.concatenate([uid, uid[seen2], uid[seen3]])
    m1, m2, m3 = len(starts), int(seen2.sum()), int(seen3.sum())
    return {
        "user_id": dose_user,
        "contact_id": np.concatenate([contact_id[starts], np.full(m2 + m3, None, object)]),
        "event_date": np.concatenate([d1, d2[seen2], d3[seen3]]),
        "event_type": np.full(m1 + m2 + m3, "hep_b_dose", object),
        "offered": np.ones(m1 + m2 + m3, bool), "accepted": np.ones(m1 + m2 + m3, bool),
        "result": np.full(m1 + m2 + m3, "not_applicable", object),
        "infection": np.full(m1 + m2 + m3, None, object),
        "dose_number": np.concatenate([np.full(m1, 1), np.full(m2, 2), np.full(m3, 3)]
                                      ).astype(object),
    }
