"""Contacts and interpreter sessions, with seasonality and the policing operation planted.

Counts are drawn per person, month and contact type from a Poisson with mean
    rate_person * mix[setting, type] * season(calendar month) * policing(month, type)
so the monthly totals are what the planted-effect models in the analysis assume.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from workbench.core.schema import CONTACT_TYPES, CONTACTS, INTERPRETER_SESSIONS
from workbench.generate.context import Context
from workbench.generate.people import Cohort
from workbench.generate.registry import Registry

_PROFESSIONAL = ("professional_face_to_face", "telephone")
_INFORMAL = ("cultural_mediator", "sex_worker", "family", "friend", "partner")
_INFORMAL_P = (0.15, 0.2, 0.2, 0.3, 0.15)


@dataclass
class Activity:
    contacts: pa.Table
    interpreter_sessions: pa.Table
    user_index: np.ndarray  # row of the cohort for each contact
    month: np.ndarray  # month offset of each contact


def seasonal_factor(ctx: Context) -> np.ndarray:
    s = ctx.cal["planted_effects"]["seasonality"]
    return 1 + s["amplitude"] * np.cos(2 * np.pi * (ctx.calendar_month - s["peak_month"]) / 12)


def policing_factor(ctx: Context) -> np.ndarray:
    """Multiplier per (month, contact type): establishment outreach falls from the operation."""
    op = ctx.cal["planted_effects"]["policing_operation"]
    factor = np.ones((ctx.months, len(CONTACT_TYPES)))
    k = CONTACT_TYPES.index("outreach_establishment")
    factor[ctx.operation_month:, k] = op["establishment_outreach_rate_ratio"]
    return factor


def build_activity(ctx: Context, registry: Registry, cohort: Cohort, chunk: int,
                   first_contact_index: int, first_session_index: int) -> Activity:
    rng = ctx.rng(3, chunk)
    act = ctx.cal["activity"]
    n, months, types = len(cohort), ctx.months, len(CONTACT_TYPES)

    mix = np.array([[act["contact_mix"][s].get(t, 0.0) for t in CONTACT_TYPES]
                    for s in cohort.setting])
    month = np.arange(months)
    active = (month >= cohort.active_from[:, None]) & (month < cohort.active_to[:, None])
    mean = (cohort.rate[:, None, None] * mix[:, None, :] * active[:, :, None]
            * seasonal_factor(ctx)[None, :, None] * policing_factor(ctx)[None, :, :])
    counts = rng.poisson(mean).ravel()
    cell = np.repeat(np.arange(counts.size), counts)
    user_ix, month_ix, type_ix = np.unravel_index(cell, (n, months, types))

    # A person's first contact happens on their first_contact date.
    days = ctx.month_days()[month_ix]
    date = ctx.month_start[month_ix] + rng.integers(0, days).astype("timedelta64[D]")
    date = np.maximum(date, cohort.first_contact[user_ix])
    order = np.lexsort((type_ix, date, user_ix))
    user_ix, month_ix, type_ix, date = user_ix[order], month_ix[order], type_ix[order], date[order]
    m = len(user_ix)

    ctype = np.array(CONTACT_TYPES, dtype=object)[type_ix]
    site = cohort.site[user_ix]
    establishment = np.where(ctype == "outreach_establishment",
                             cohort.establishment_id[user_ix], None)
    staff = np.empty(m, dtype=object)
    for s in np.unique(site):
        pool = registry.staff_at(s)
        idx = np.flatnonzero(site == s)
        staff[idx] = pool[rng.integers(0, len(pool), len(idx))]

    interpreted = (cohort.needs_interpreter[user_ix] & (ctype != "outreach_street")
                   & (rng.random(m) < act["interpreter_use_when_needed"]))
    base = np.array([act["base_duration_minutes"][t] for t in CONTACT_TYPES])[type_ix]
    duration = base * rng.gamma(6.0, 1 / 6.0, m) * np.where(interpreted, 2.0, 1.0)
    duration = np.clip(np.rint(duration), 1, 600).astype(np.int64)

    contact_id = np.array([f"C{first_contact_index + i + 1:08d}" for i in range(m)], dtype=object)
    contacts = pa.table({
        "contact_id": contact_id, "user_id": cohort.user_id[user_ix], "contact_date": date,
        "contact_type": ctype, "site": site, "establishment_id": establishment,
        "staff_id": staff, "duration_minutes": duration, "interpreter_used": interpreted,
    }, schema=CONTACTS.arrow_schema())

    sessions = _interpreter_sessions(ctx, rng, registry, cohort, contacts, user_ix, month_ix,
                                     np.flatnonzero(interpreted), first_session_index)
    return Activity(contacts, sessions, user_ix, month_ix)


def _interpreter_sessions(ctx: Context, rng: np.random.Generator, registry: Registry,
                          cohort: Cohort, contacts: pa.Table, user_ix: np.ndarray,
                          month_ix: np.ndarray, rows: np.ndarray, first: int) -> pa.Table:
    change = ctx.cal["planted_effects"]["interpreter_change"]
    after = month_ix[rows] >= ctx.interpreter_change_month
    p_prof = np.where(after, change["professional_share_after"],
                      change["professional_share_before"])
    professional = rng.random(len(rows)) < p_prof
    ctype = np.asarray(contacts["contact_type"])[rows]
    # Telephone interpreting is the professional option after the contract, and always on the phone.
    phone_prof = np.where(after, 0.7, 0.3)
    prof_kind = np.where((ctype == "phone_text") | (rng.random(len(rows)) < phone_prof),
                         "telephone", "professional_face_to_face")
    informal = np.array(_INFORMAL, dtype=object)[rng.choice(len(_INFORMAL), len(rows), p=_INFORMAL_P)]
    kind = np.where(professional, prof_kind, informal)
    language = cohort.language[user_ix[rows]]

    reg = registry.interpreters.to_pandas().set_index(["language", "interpreter_type"])
    lookup = reg["interpreter_id"].to_dict()
    interpreter_id = [lookup.get((lang, k)) if professional[i] else None
                      for i, (lang, k) in enumerate(zip(language, kind))]
    minutes = np.maximum(1, np.rint(np.asarray(contacts["duration_minutes"])[rows] * 0.8)
                         ).astype(np.int64)
    return pa.table({
        "session_id": [f"IS{first + i + 1:08d}" for i in range(len(rows))],
        "contact_id": np.asarray(contacts["contact_id"])[rows],
        "user_id": np.asarray(contacts["user_id"])[rows],
        "session_date": contacts["contact_date"].take(rows),
        "interpreter_type": kind, "interpreter_id": interpreter_id, "language": language,
        "minutes": minutes,
    }, schema=INTERPRETER_SESSIONS.arrow_schema())
