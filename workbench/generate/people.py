"""Service users and their consent records, one chunk of people at a time (vectorised)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyarrow as pa

from workbench.core.schema import CONSENTS, SERVICE_USERS
from workbench.generate import identifiers as ids
from workbench.generate.context import Context
from workbench.generate.registry import Registry

INDOOR = ("flat", "sauna_massage", "escort", "online")
_STATUS_BY_GROUP = {
    "uk": {"british_or_settled": 1.0},
    "eastern_europe_balkans": {"eu_settled_or_pre_settled": 0.6, "undocumented": 0.12,
                               "asylum_seeker": 0.08, "refused_asylum": 0.05, "unknown": 0.15},
    "other_eu": {"eu_settled_or_pre_settled": 0.85, "unknown": 0.15},
}
_STATUS_OTHER = {"visa": 0.2, "asylum_seeker": 0.2, "refused_asylum": 0.1, "undocumented": 0.35,
                 "unknown": 0.15}
_MALE_POOL = {"uk": "male_english", "eastern_europe_balkans": "male_eastern",
              "other_eu": "male_latin", "latin_america": "male_latin"}


@dataclass
class Cohort:
    """One chunk of people with the hidden traits later tables depend on."""

    user_id: np.ndarray
    site: np.ndarray
    gender: np.ndarray
    setting: np.ndarray
    migrant: np.ndarray
    group: np.ndarray
    language: np.ndarray
    needs_interpreter: np.ndarray
    establishment_id: np.ndarray  # None for people not working indoors at premises
    active_from: np.ndarray  # month offset of first contact
    active_to: np.ndarray  # month offset after last activity (exclusive)
    first_contact: np.ndarray  # datetime64[D]
    rate: np.ndarray  # contacts per active month, before seasonality and policing
    given: list[str]
    family: list[str]
    users: pa.Table  # service_users rows
    consents: pa.Table

    def __len__(self) -> int:
        return len(self.user_id)


def _choice(rng: np.random.Generator, shares: dict[str, float], n: int) -> np.ndarray:
    keys = list(shares)
    p = np.array([shares[k] for k in keys], dtype=float)
    return np.array(keys, dtype=object)[rng.choice(len(keys), n, p=p / p.sum())]


def _by_site(shares: dict[str, float], site: np.ndarray) -> np.ndarray:
    return np.array([shares[s] for s in site])


def _maybe(rng: np.random.Generator, p: float | np.ndarray, values: list) -> list:
    keep = rng.random(len(values)) < p
    return [v if k else None for v, k in zip(values, keep)]


def build_cohort(ctx: Context, registry: Registry, chunk: int, first: int, n: int) -> Cohort:
    rng = ctx.rng(2, chunk)
    pop = ctx.cal["population"]
    names = ctx.names

    site = _choice(rng, pop["site_share"], n)
    gender = _choice(rng, pop["gender_share"], n)
    female = gender == "female"
    male = gender == "male"
    street_p = np.where(female, _by_site(pop["street_share_female"], site),
                        _by_site(pop["street_share_other"], site))
    street = rng.random(n) < street_p
    setting = np.where(street, "street", _choice(rng, pop["indoor_setting_share"], n)).astype(object)

    migrant_p = np.where(
        street, _by_site(pop["migrant_share_street"], site),
        np.where(female, _by_site(pop["migrant_share_indoor_female"], site),
                 _by_site(pop["migrant_share_indoor_other"], site)))
    migrant_p = np.where(male, _by_site(pop["migrant_share_male"], site), migrant_p)
    migrant = rng.random(n) < migrant_p
    group = np.where(migrant, _choice(rng, pop["nationality_group_share_migrants"], n), "uk")

    nationality, language, given, family = [], [], [], []
    for g, sex in zip(group, gender):
        spec = names["nationalities"][g]
        k = int(rng.integers(len(spec["countries"])))
        nationality.append(spec["countries"][k])
        pool = spec["names"][k % len(spec["names"])]
        language.append(np.atleast_1d(spec["language"])[k % len(np.atleast_1d(spec["language"]))])
        given_pool = _MALE_POOL.get(g, "male_english") if sex in ("male", "trans_man") else pool
        given.append(ids.pick(rng, names["given_names"][given_pool]))
        family.append(ids.pick(rng, names["family_names"][pool]))
    language = np.array(language, dtype=object)

    status = np.array([_choice(rng, _STATUS_BY_GROUP.get(g, _STATUS_OTHER), 1)[0]
                       for g in group], dtype=object)
    needs_interpreter = migrant & (language != "English") & (
        rng.random(n) < ctx.cal["activity"]["interpreter_need_migrant"])

    # Activity window in month offsets. People already known to the project when the period
    # starts have negative offsets (first contact before it), so the caseload is steady from
    # month 0 rather than everyone arriving at once.
    act = ctx.cal["activity"]
    months = ctx.months
    lead = 3 * act["months_active_mean"]
    # Rejection sampling keeps only (start, length) pairs that reach into the period.
    active_from = rng.integers(-lead, months, n)
    length = 1 + rng.geometric(1 / act["months_active_mean"], n)
    while (gone := np.flatnonzero(active_from + length <= 0)).size:
        active_from[gone] = rng.integers(-lead, months, gone.size)
        length[gone] = 1 + rng.geometric(1 / act["months_active_mean"], gone.size)
    active_to = np.minimum(active_from + length, months)
    first_month = np.datetime64(ctx.config.start, "M") + active_from
    days = ((first_month + 1).astype("datetime64[D]") - first_month.astype("datetime64[D]")).astype(int)
    first_contact = first_month.astype("datetime64[D]") + rng.integers(0, days).astype("timedelta64[D]")
    shape = act["contacts_per_user_month_shape"]
    rate = rng.gamma(shape, act["contacts_per_user_month_mean"] / shape, n)

    age_years = np.clip(rng.normal(pop["age_mean"], pop["age_sd"], n), pop["age_min"] + 0.05, 65)
    dob = first_contact - (age_years * 365.25).astype("timedelta64[D]")

    establishment = np.full(n, None, dtype=object)
    at_premises = np.isin(setting, ("flat", "sauna_massage"))
    for s in np.unique(site):
        pool = registry.establishments_at(s)
        idx = np.flatnonzero(at_premises & (site == s))
        establishment[idx] = pool[rng.integers(0, len(pool), len(idx))]

    user_id = np.array([f"U{first + i + 1:06d}" for i in range(n)], dtype=object)
    working = _maybe(rng, 0.6, [ids.pick(rng, names["working_names"]) for _ in range(n)])
    nickname = _maybe(rng, 0.2, [ids.pick(rng, names["nicknames"]) for _ in range(n)])
    uk = group == "uk"
    users = pa.table({
        "user_id": user_id,
        "name": [f"{g} {f}" for g, f in zip(given, family)],
        "working_name": working,
        "nickname": nickname,
        "phone": _maybe(rng, 0.85, [ids.phone(rng, m) for m in migrant]),
        "email": _maybe(rng, 0.3, [ids.email(rng, g, f) for g, f in zip(given, family)]),
        "date_of_birth": pa.array(dob, pa.date32(), mask=rng.random(n) >= 0.9),
        "postcode": _maybe(rng, 0.6, [ids.postcode(rng).upper() for _ in range(n)]),
        "nhs_number": _maybe(rng, np.where(uk, 0.9, 0.4), [ids.nhs_number(rng) for _ in range(n)]),
        "ni_number": _maybe(rng, np.where(uk, 0.7, 0.3), [ids.ni_number(rng) for _ in range(n)]),
        "passport_number": _maybe(rng, np.where(uk, 0.1, 0.5),
                                  [ids.passport_number(rng, g) for g in group]),
        "home_office_ref": _maybe(
            rng, np.where(np.isin(status, ("asylum_seeker", "refused_asylum")), 0.9, 0.03),
            [ids.home_office_ref(rng) for _ in range(n)]),
        "clinic_number": _maybe(rng, 0.6, [ids.clinic_number(rng) for _ in range(n)]),
        "site": site, "gender": gender, "nationality": nationality, "nationality_group": group,
        "migrant": migrant, "immigration_status": status, "main_language": language,
        "setting": setting, "first_contact_date": first_contact,
    }, schema=SERVICE_USERS.arrow_schema())

    return Cohort(
        user_id=user_id, site=site, gender=gender, setting=setting, migrant=migrant, group=group,
        language=language, needs_interpreter=needs_interpreter, establishment_id=establishment,
        active_from=active_from, active_to=active_to, first_contact=first_contact, rate=rate,
        given=given, family=family, users=users,
        consents=_consents(ctx, rng, user_id, first_contact),
    )


def _consents(ctx: Context, rng: np.random.Generator, user_id: np.ndarray,
              first_contact: np.ndarray) -> pa.Table:
    n = len(user_id)
    p_given = {"records": 0.98, "information_sharing": 0.75, "research": 0.70}
    rows_user, rows_type, rows_given, rows_date, rows_withdrawn = [], [], [], [], []
    for ctype, p in p_given.items():
        given = rng.random(n) < p
        # About 5% of research consents are later withdrawn, at a date before the period ends.
        withdraw = given & (rng.random(n) < 0.05) if ctype == "research" else np.zeros(n, bool)
        span = (ctx.end - first_contact).astype(int)
        withdrawn_at = first_contact + (rng.random(n) * span).astype("timedelta64[D]")
        rows_user.append(user_id)
        rows_type.append(np.full(n, ctype, dtype=object))
        rows_given.append(given)
        rows_date.append(first_contact)
        rows_withdrawn.append(np.where(withdraw, withdrawn_at, np.datetime64("NaT")))
    user = np.concatenate(rows_user)
    ctype = np.concatenate(rows_type)
    withdrawn = np.concatenate(rows_withdrawn)
    return pa.table({
        "consent_id": [f"{u}-{t}" for u, t in zip(user, ctype)],
        "user_id": user,
        "consent_type": ctype,
        "given": np.concatenate(rows_given),
        "date_recorded": np.concatenate(rows_date),
        "withdrawn_date": pa.array(withdrawn, type=pa.date32(), mask=np.isnat(withdrawn)),
    }, schema=CONSENTS.arrow_schema())
