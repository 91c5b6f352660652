"""Free-text notes with planted identifiers and their gold character spans.

A note about a person uses that person's own recorded identifiers where the record has them
(so record-aware de-identification can be tested), and invents others: friends, controllers,
clients, their phones and cars.
"""

from __future__ import annotations

import re
from datetime import date as Date

import numpy as np
import pyarrow as pa

from workbench.core.entity_types import slot_kinds
from workbench.core.schema import NOTE_SPANS, NOTES
from workbench.generate import identifiers as ids
from workbench.generate.activity import Activity
from workbench.generate.context import Context
from workbench.generate.note_templates import CARS, PLAIN_SLOTS, TEMPLATES
from workbench.generate.people import Cohort
from workbench.generate.registry import Registry

_SLOT = re.compile(r"\{(\w+)\}")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_STYLE_BY_CONTACT = {"outreach_establishment": "outreach_log", "outreach_street": "outreach_log",
                     "clinic": "clinic_note", "drop_in": "casework_note",
                     "phone_text": "casework_note", "casework": "casework_note"}


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 11 <= d % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def format_date(rng: np.random.Generator, d: Date, with_year: bool) -> str:
    forms = [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year % 100:02d}",
             f"{d.day}.{d.month}.{d.year}", f"{d.day} {_MONTHS[d.month - 1]} {d.year}",
             f"{_ordinal(d.day)} {_MONTHS[d.month - 1][:3]} {d.year}", f"{d.isoformat()}"]
    if not with_year:
        forms += [f"{_ordinal(d.day)} {_MONTHS[d.month - 1]}", f"{d.day} {_MONTHS[d.month - 1][:3]}",
                  f"{d.day}/{d.month}"]
    return ids.pick(rng, forms)


class _Person:
    """A view of one service user's record for filling slots."""

    def __init__(self, rec: dict, i: int, given: str, family: str):
        self.rec, self.i, self.given, self.family = rec, i, given, family

    def get(self, column: str):
        return self.rec[column][self.i]


class _Filler:
    def __init__(self, ctx: Context, rng: np.random.Generator, registry_names: dict):
        self.ctx, self.rng, self.reg = ctx, rng, registry_names
        n = ctx.names
        self.other_given = [g for pool in n["given_names"].values() for g in pool]
        self.other_family = [f for pool in n["family_names"].values() for f in pool]
        self.kinds = slot_kinds()  # slot -> the entity type its value is planted as

    def _name_variant(self, p: _Person) -> str:
        r = self.rng.random()
        if r < 0.35:
            s = p.given
        elif r < 0.65:
            s = f"{p.given} {p.family}"
        elif r < 0.8 and p.get("working_name"):
            s = p.get("working_name")
        elif r < 0.9 and p.get("nickname"):
            s = p.get("nickname")
        else:
            s = p.given
        return s.lower() if self.rng.random() < 0.12 else s

    def fill(self, slot: str, p: _Person, staff: str, interp: str | None, estab: str | None,
             cache: dict) -> tuple[str, str | None]:
        """Return (text, entity type or None): the type is the one whose line in the registry
        (workbench/core/entity_types.py) names the slot. Repeated slots in one note reuse the
        value."""
        if slot in cache and slot not in ("name", "wname"):
            return cache[slot]
        rng, g = self.rng, p.get
        if slot == "name":
            value = self._name_variant(p)
        elif slot == "wname":
            value = g("working_name") or g("nickname") or p.given
        elif slot == "other":
            value = (ids.pick(rng, self.other_given) if rng.random() < 0.6 else
                     f"{ids.pick(rng, self.other_given)} {ids.pick(rng, self.other_family)}")
        elif slot == "staff":
            value = staff if rng.random() < 0.5 else staff.split()[0]
        elif slot == "interp":
            value = interp or ids.pick(rng, self.reg["interpreters"])
        elif slot == "phone":
            value = g("phone") or ids.phone(rng, bool(g("migrant")))
        elif slot == "phone2":
            value = ids.phone(rng, False)
        elif slot == "email":
            value = g("email") or ids.email(rng, p.given, p.family)
        elif slot == "address":
            value = f"{int(rng.integers(1, 200))} {ids.pick(rng, self.ctx.names['streets'])}"
        elif slot == "flat":
            street = ids.pick(rng, self.ctx.names["streets"])
            flat = ids.pick(rng, [f"Flat {int(rng.integers(1, 30))}",
                                   f"flat {int(rng.integers(1, 9))}{ids.pick(rng, 'abc')}"])
            value = f"{flat}, {int(rng.integers(1, 200))} {street}"
        elif slot == "estate":
            value = ids.pick(rng, self.ctx.names["estates"])
        elif slot == "postcode":
            value = g("postcode") or ids.postcode(rng)
        elif slot == "establishment":
            value = estab or ids.pick(rng, self.reg["establishments"])
        elif slot == "nhs":
            value = g("nhs_number") or ids.nhs_number(rng)
        elif slot == "nino":
            value = g("ni_number") or ids.ni_number(rng)
        elif slot == "passport":
            value = g("passport_number") or ids.passport_number(rng, g("nationality_group"))
        elif slot == "horef":
            value = g("home_office_ref") or ids.home_office_ref(rng)
        elif slot == "clinicno":
            value = g("clinic_number") or ids.clinic_number(rng)
        elif slot == "police":
            value = ids.police_number(rng)
        elif slot == "reg":
            value = ids.vehicle_reg(rng)
        elif slot == "dob":
            dob = g("date_of_birth") or Date(1990, 1, 1) + np.timedelta64(
                int(rng.integers(0, 7000)), "D").item()
            value = format_date(rng, dob, with_year=True)
        elif slot == "date":
            value = cache["_date"]
        elif slot == "url":
            value = ids.profile_url(rng, g("working_name") or p.given)
        elif slot == "handle":
            value = ids.social_handle(rng, g("working_name") or p.given)
        elif slot == "agency":
            value = ids.pick(rng, self.ctx.names["agencies"])
        elif slot == "language":
            value = g("main_language")
        elif slot == "nationality":
            value = g("nationality")
        elif slot == "car":
            value = ids.pick(rng, CARS)
        else:
            raise KeyError(f"note template uses unknown slot {{{slot}}}")
        entity = self.kinds.get(slot)
        if entity is None and slot not in PLAIN_SLOTS:
            raise KeyError(f"note template slot {{{slot}}} is neither an identifier's (a slot of "
                           "a line in workbench/core/entity_types.py) nor in PLAIN_SLOTS")
        cache[slot] = out = (value, entity)
        return out


def render(template: str, fill) -> tuple[str, list[tuple[int, int, str, str]]]:
    """Fill a template; return the text and gold spans (start, end, entity type, value)."""
    parts: list[str] = []
    spans = []
    pos = 0
    last = 0
    for m in _SLOT.finditer(template):
        literal = template[last:m.start()]
        parts.append(literal)
        pos += len(literal)
        value, entity = fill(m.group(1))
        if entity is not None:
            spans.append((pos, pos + len(value), entity, value))
        parts.append(value)
        pos += len(value)
        last = m.end()
    parts.append(template[last:])
    return "".join(parts), spans


def build_notes(ctx: Context, registry: Registry, cohort: Cohort, activity: Activity,
                incidents: pa.Table, chunk: int, first_note: int, first_span: int
                ) -> tuple[pa.Table, pa.Table]:
    rng = ctx.rng(7, chunk)
    rec = cohort.users.to_pydict()
    staff_name = dict(zip(registry.staff["staff_id"].to_pylist(), registry.staff["name"].to_pylist()))
    est_name = dict(zip(registry.establishments["establishment_id"].to_pylist(),
                        registry.establishments["name"].to_pylist()))
    interp_names = registry.interpreters["name"].to_pylist()
    filler = _Filler(ctx, rng, {"interpreters": interp_names,
                                "establishments": list(est_name.values())})
    sessions = activity.interpreter_sessions
    interp_by_contact = dict(zip(sessions["contact_id"].to_pylist(),
                                 sessions["interpreter_id"].to_pylist()))
    interp_name = dict(zip(registry.interpreters["interpreter_id"].to_pylist(), interp_names))

    c = activity.contacts
    chosen = np.flatnonzero(rng.random(c.num_rows) < ctx.cal["notes"]["per_contact"])
    jobs = [("contact", i) for i in chosen] + [("incident", i) for i in range(incidents.num_rows)]
    user_row = {u: i for i, u in enumerate(rec["user_id"])}
    cc = {k: c[k].to_pylist() for k in ("contact_id", "user_id", "contact_date", "contact_type",
                                        "staff_id", "establishment_id")}
    ii = {k: incidents[k].to_pylist() for k in ("incident_id", "user_id", "incident_date", "site")}
    staff_by_site = {s: list(registry.staff_at(s)) for s in ("london", "regional")}

    notes = {k: [] for k in NOTES.column_names}
    spans = {k: [] for k in NOTE_SPANS.column_names}
    for kind, i in jobs:
        if kind == "contact":
            uid, day, staff_id = cc["user_id"][i], cc["contact_date"][i], cc["staff_id"][i]
            style = _STYLE_BY_CONTACT[cc["contact_type"][i]]
            contact_id, incident_id = cc["contact_id"][i], None
            iid = interp_by_contact.get(contact_id)
            interp = interp_name.get(iid) if iid else None
            estab = est_name.get(cc["establishment_id"][i])
        else:
            uid, day = ii["user_id"][i], ii["incident_date"][i]
            staff_id = ids.pick(rng, staff_by_site[ii["site"][i]])
            style, contact_id, incident_id = "ugly_mug", None, ii["incident_id"][i]
            interp, estab = None, None
        r = user_row[uid]
        person = _Person(rec, r, cohort.given[r], cohort.family[r])
        later = day + np.timedelta64(int(rng.integers(1, 30)), "D").item()
        cache = {"_date": format_date(rng, later, with_year=rng.random() < 0.5)}
        template = ids.pick(rng, TEMPLATES[style])
        text, note_spans = render(template, lambda s: filler.fill(
            s, person, staff_name[staff_id], interp, estab, cache))
        note_id = f"N{first_note + len(notes['note_id']) + 1:08d}"
        for col, v in (("note_id", note_id), ("user_id", uid), ("contact_id", contact_id),
                       ("incident_id", incident_id), ("note_date", day), ("note_style", style),
                       ("staff_id", staff_id), ("text", text)):
            notes[col].append(v)
        for start, end, entity, value in note_spans:
            spans["span_id"].append(f"G{first_span + len(spans['span_id']) + 1:09d}")
            spans["note_id"].append(note_id)
            spans["start"].append(start)
            spans["end"].append(end)
            spans["entity_type"].append(entity)
            spans["value"].append(value)
    return (pa.table(notes, schema=NOTES.arrow_schema()),
            pa.table(spans, schema=NOTE_SPANS.arrow_schema()))
