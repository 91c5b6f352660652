"""Safety and policing incidents, with the policing operation planted.

Crimes against workers arrive at a steady rate; from the operation's first month the share
reported to the police falls. Raids (perpetrator: police) on people working at premises
cluster in the operation's months. Immigration questions are asked mostly of migrants.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from workbench.core.schema import INCIDENTS
from workbench.generate.context import Context
from workbench.generate.people import Cohort

_RESPONSES = ("no_action", "crime_recorded", "arrest_made", "hostile_or_unhelpful")
_RESPONSE_P = (0.4, 0.35, 0.1, 0.15)


def _draw_cells(rng: np.random.Generator, mean: np.ndarray):
    counts = rng.poisson(mean).ravel()
    cell = np.repeat(np.arange(counts.size), counts)
    return np.unravel_index(cell, mean.shape)


def build_incidents(ctx: Context, cohort: Cohort, chunk: int, first: int) -> pa.Table:
    rng = ctx.rng(6, chunk)
    inc = ctx.cal["incidents"]
    op = ctx.cal["planted_effects"]["policing_operation"]
    months = np.arange(ctx.months)
    active = (months >= cohort.active_from[:, None]) & (months < cohort.active_to[:, None])

    crime_user, crime_month = _draw_cells(rng, active * inc["per_user_month_rate"])
    during = (months >= ctx.operation_month) & (months < ctx.operation_month + op["duration_months"])
    premises = np.isin(cohort.setting, ("flat", "sauna_massage"))
    raid_rate = np.where(during, op["raids_per_indoor_user_month_during"],
                         op["raids_per_indoor_user_month_otherwise"])
    raid_user, raid_month = _draw_cells(rng, active * premises[:, None] * raid_rate[None, :])

    user = np.concatenate([crime_user, raid_user])
    month = np.concatenate([crime_month, raid_month])
    raid = np.r_[np.zeros(len(crime_user), bool), np.ones(len(raid_user), bool)]
    n = len(user)

    types = list(inc["type_share"])
    tp = np.array([inc["type_share"][t] for t in types])
    perps = list(inc["perpetrator_share"])
    pp = np.array([inc["perpetrator_share"][p] for p in perps])
    incident_type = np.where(raid, "raid", np.array(types, dtype=object)[
        rng.choice(len(types), n, p=tp / tp.sum())])
    perpetrator = np.where(raid, "police", np.array(perps, dtype=object)[
        rng.choice(len(perps), n, p=pp / pp.sum())])

    after = month >= ctx.operation_month
    p_report = np.where(after, op["reported_to_police_after"], op["reported_to_police_before"])
    reported = ~raid & (rng.random(n) < p_report)
    response = np.where(reported, np.array(_RESPONSES, dtype=object)[
        rng.choice(len(_RESPONSES), n, p=_RESPONSE_P)], "not_reported")
    migrant = cohort.migrant[user]
    p_imm = np.where(raid, np.where(migrant, op["immigration_questions_if_migrant"],
                                    op["immigration_questions_otherwise"]),
                     np.where(migrant, 0.25, 0.02))
    asked = rng.random(n) < p_imm
    police_involved = raid | reported
    days = ctx.month_days()[month]
    date = np.maximum(ctx.month_start[month] + rng.integers(0, days).astype("timedelta64[D]"),
                      cohort.first_contact[user])
    order = np.lexsort((date, cohort.user_id[user].astype(str)))
    cols = {
        "user_id": cohort.user_id[user], "incident_date": date, "incident_type": incident_type,
        "perpetrator_type": perpetrator, "reported_to_police": reported,
        "police_response": response,
        "immigration_questions_asked": pa.array(asked, pa.bool_(), mask=~police_involved),
        "raid": raid, "site": cohort.site[user],
    }
    cols = {k: (v.take(order) if isinstance(v, pa.Array) else v[order]) for k, v in cols.items()}
    cols["incident_id"] = [f"X{first + i + 1:08d}" for i in range(n)]
    return pa.table({c: cols[c] for c in INCIDENTS.column_names}, schema=INCIDENTS.arrow_schema())
