"""Referrals to other services, made at casework, drop-in and clinic contacts."""

from __future__ import annotations

import numpy as np
import pyarrow as pa

from workbench.core.schema import REFERRAL_OUTCOMES, REFERRALS
from workbench.generate.activity import Activity
from workbench.generate.context import Context
from workbench.generate.people import Cohort

# Where referrals go, and the (invented) agency that receives them.
_MIGRANT = {"immigration_advice": 0.2, "asylum_support": 0.08, "iom_voluntary_return": 0.04,
            "english_classes": 0.18, "gp_registration": 0.18, "solicitor": 0.08,
            "place_of_safety": 0.04, "training": 0.08, "housing": 0.08, "drug_alcohol_service": 0.04}
_OTHER = {"gp_registration": 0.15, "housing": 0.25, "drug_alcohol_service": 0.3, "training": 0.12,
          "place_of_safety": 0.05, "solicitor": 0.08, "english_classes": 0.0,
          "immigration_advice": 0.0, "asylum_support": 0.0, "iom_voluntary_return": 0.0}
AGENCY = {
    "immigration_advice": "Northgate Law Centre", "asylum_support": "Migrant Help",
    "iom_voluntary_return": "IOM", "english_classes": "the ESOL college",
    "gp_registration": "Riverside Sexual Health Clinic", "solicitor": "Northgate Law Centre",
    "place_of_safety": "Safe Haven Women's Refuge", "training": "the Harbour Project",
    "housing": "Citizens Advice", "drug_alcohol_service": "Open Door Drug Service",
}
_OUTCOME_P = (0.5, 0.2, 0.15, 0.05, 0.1)


def build_referrals(ctx: Context, cohort: Cohort, activity: Activity, chunk: int,
                    first: int) -> pa.Table:
    rng = ctx.rng(5, chunk)
    c = activity.contacts
    eligible = np.flatnonzero(np.isin(np.asarray(c["contact_type"]),
                                      ("casework", "drop_in", "clinic")))
    migrant = cohort.migrant[activity.user_index[eligible]]
    # Spread each person's expected number of referrals over their eligible contacts.
    per_contact = np.bincount(activity.user_index[eligible], minlength=len(cohort))
    rate = np.where(migrant, ctx.cal["referrals"]["per_user_rate_migrant"],
                    ctx.cal["referrals"]["per_user_rate_other"])
    p = np.minimum(1.0, rate / np.maximum(per_contact[activity.user_index[eligible]], 1))
    rows = eligible[rng.random(len(eligible)) < p]
    mig = cohort.migrant[activity.user_index[rows]]

    keys = list(_MIGRANT)
    pm = np.array([_MIGRANT[k] for k in keys])
    po = np.array([_OTHER[k] for k in keys])
    dest_m = rng.choice(len(keys), len(rows), p=pm / pm.sum())
    dest_o = rng.choice(len(keys), len(rows), p=po / po.sum())
    destination = np.array(keys, dtype=object)[np.where(mig, dest_m, dest_o)]
    outcome = np.array(REFERRAL_OUTCOMES, dtype=object)[
        rng.choice(len(REFERRAL_OUTCOMES), len(rows), p=_OUTCOME_P)]
    return pa.table({
        "referral_id": [f"R{first + i + 1:08d}" for i in range(len(rows))],
        "user_id": np.asarray(c["user_id"])[rows],
        "contact_id": np.asarray(c["contact_id"])[rows],
        "referral_date": c["contact_date"].take(rows),
        "destination": destination,
        "agency": [AGENCY[d] for d in destination],
        "outcome": outcome,
    }, schema=REFERRALS.arrow_schema())
