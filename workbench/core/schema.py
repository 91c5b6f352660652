"""The project data model: every table, column, type, allowed value and disclosure role.

This module is the single source of truth. `datasets/data_dictionary.md` is generated from it
(`workbench dictionary`), the generator writes these tables, `ingest` validates against them,
and de-identification and the ethics gate read the disclosure roles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

import pyarrow as pa

from workbench.core.errors import InputError
from workbench.core.vocabularies import (  # noqa: F401 - re-exported: the schema's vocabulary
    CONSENT_TYPES,
    CONTACT_TYPES,
    ENTITY_TYPES,
    ESTABLISHMENT_KINDS,
    GENDERS,
    HEALTH_EVENT_TYPES,
    HEALTH_RESULTS,
    IMMIGRATION_STATUSES,
    INCIDENT_TYPES,
    INTERPRETER_TYPES,
    NATIONALITY_GROUPS,
    NOTE_STYLES,
    PERPETRATOR_TYPES,
    POLICE_RESPONSES,
    REFERRAL_DESTINATIONS,
    REFERRAL_OUTCOMES,
    SETTINGS,
    SITES,
    STAFF_ROLES,
    STI_INFECTIONS,
)


class Role(str, Enum):
    """How a column bears on disclosure (drives de-identification and export checks)."""

    DIRECT = "direct identifier"  # identifies a person on its own: dropped or pseudonymised
    QUASI = "quasi-identifier"  # identifies in combination: generalised, k-anonymity checked
    SENSITIVE = "sensitive"  # special category or offence data: kept only with a lawful basis
    SAFE = "safe"  # neither identifying nor sensitive


DTYPES: dict[str, pa.DataType] = {
    "string": pa.string(),
    "text": pa.string(),  # free text that may carry identifiers
    "int": pa.int64(),
    "float": pa.float64(),
    "bool": pa.bool_(),
    "date": pa.date32(),
}


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str
    role: Role
    description: str
    required: bool = True
    allowed: tuple[str, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    references: str | None = None  # "table.column" this key points to

    def __post_init__(self) -> None:
        if self.dtype not in DTYPES:
            raise ValueError(f"column {self.name}: unknown dtype {self.dtype!r}")


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: str
    synthetic_only: bool = False  # gold annotations exist only for generated data
    # Holds no row about any person (so no consent applies); every other table must link each
    # row to a service user through `user_id`, or the export gate refuses it.
    person_free: bool = False
    _by_name: dict[str, Column] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_name", {c.name: c for c in self.columns})

    def column(self, name: str) -> Column:
        try:
            return self._by_name[name]
        except KeyError:
            raise InputError(f"table {self.name!r} has no column {name!r}") from None

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def arrow_schema(self) -> pa.Schema:
        return pa.schema(
            [pa.field(c.name, DTYPES[c.dtype], nullable=not c.required) for c in self.columns]
        )

    def by_role(self, role: Role) -> list[str]:
        return [c.name for c in self.columns if c.role is role]


D, Q, S, O = Role.DIRECT, Role.QUASI, Role.SENSITIVE, Role.SAFE


def _id(name: str, what: str, references: str | None = None, required: bool = True) -> Column:
    return Column(name, "string", D, f"Project-internal {what} identifier.", required,
                  references=references)


SERVICE_USERS = Table(
    "service_users",
    "One row per person the project works with, as registered in the case system.",
    (
        _id("user_id", "service user"),
        Column("name", "string", D, "Legal or given name as recorded.", required=False),
        Column("working_name", "string", D, "Working name or alias used in sex work.", required=False),
        Column("nickname", "string", D, "Nickname staff use.", required=False),
        Column("phone", "string", D, "Contact phone number.", required=False),
        Column("email", "string", D, "Contact email address.", required=False),
        Column("date_of_birth", "date", D, "Date of birth; exported only as an age band.",
               required=False),
        Column("postcode", "string", D, "Home postcode; exported only as a postcode district.",
               required=False),
        Column("nhs_number", "string", D, "NHS number (10 digits, check digit).", required=False),
        Column("ni_number", "string", D, "National Insurance number.", required=False),
        Column("passport_number", "string", D, "Passport number.", required=False),
        Column("home_office_ref", "string", D, "Home Office or asylum reference.", required=False),
        Column("clinic_number", "string", D, "Sexual health clinic number.", required=False),
        Column("site", "string", Q, "Project site where the person is registered.", allowed=SITES),
        Column("gender", "string", Q, "Gender identity as self-described.", allowed=GENDERS),
        Column("nationality", "string", Q, "Country of nationality (English short name)."),
        Column("nationality_group", "string", Q, "Grouping of nationality used in analysis.",
               allowed=NATIONALITY_GROUPS),
        Column("migrant", "bool", S, "Born outside the UK and migrated (project's definition)."),
        Column("immigration_status", "string", S, "Immigration status as disclosed.",
               allowed=IMMIGRATION_STATUSES),
        Column("main_language", "string", Q, "Preferred language."),
        Column("setting", "string", S, "Main sex work setting.", allowed=SETTINGS),
        Column("first_contact_date", "date", Q, "Date of first contact with the project."),
    ),
    primary_key="user_id",
)

CONSENTS = Table(
    "consents",
    "Each person's consent decisions: to records being kept, to information sharing and to "
    "research use of their de-identified records. One row per person and consent type.",
    (
        _id("consent_id", "consent record"),
        _id("user_id", "service user", references="service_users.user_id"),
        Column("consent_type", "string", O, "What the consent covers.", allowed=CONSENT_TYPES),
        Column("given", "bool", O, "Whether consent was given."),
        Column("date_recorded", "date", O, "Date the decision was recorded."),
        Column("withdrawn_date", "date", O, "Date consent was withdrawn, if it was.",
               required=False),
    ),
    primary_key="consent_id",
)

STAFF = Table(
    "staff",
    "Project staff and volunteers (their names appear in notes and must be removed).",
    (
        _id("staff_id", "staff member"),
        Column("name", "string", D, "Full name."),
        Column("role", "string", O, "Role in the project.", allowed=STAFF_ROLES),
        Column("site", "string", O, "Site the staff member works from.", allowed=SITES),
    ),
    primary_key="staff_id",
)

INTERPRETERS = Table(
    "interpreters",
    "Interpreters the project works with.",
    (
        _id("interpreter_id", "interpreter"),
        Column("name", "string", D, "Full name."),
        Column("interpreter_type", "string", O, "Type of interpreting.", allowed=INTERPRETER_TYPES),
        Column("language", "string", O, "Language interpreted."),
    ),
    primary_key="interpreter_id",
)

ESTABLISHMENTS = Table(
    "establishments",
    "Indoor premises visited on outreach (flats, saunas, massage parlours, clubs).",
    (
        _id("establishment_id", "establishment"),
        Column("name", "string", D, "Trading or informal name of the premises."),
        Column("kind", "string", Q, "Kind of premises.", allowed=ESTABLISHMENT_KINDS),
        Column("address", "string", D, "Street address."),
        Column("postcode", "string", D, "Postcode."),
        Column("site", "string", Q, "Project site whose outreach covers it.", allowed=SITES),
    ),
    primary_key="establishment_id",
    person_free=True,
)

CONTACTS = Table(
    "contacts",
    "Every contact between the project and a service user.",
    (
        _id("contact_id", "contact"),
        _id("user_id", "service user", references="service_users.user_id"),
        Column("contact_date", "date", Q, "Date of the contact."),
        Column("contact_type", "string", O, "Kind of contact.", allowed=CONTACT_TYPES),
        Column("site", "string", Q, "Site that made the contact.", allowed=SITES),
        Column("establishment_id", "string", D, "Premises visited, for establishment outreach.",
               required=False, references="establishments.establishment_id"),
        Column("staff_id", "string", D, "Staff member who made the contact.",
               references="staff.staff_id"),
        Column("duration_minutes", "int", O, "Length of the contact in minutes.",
               minimum=1, maximum=600),
        Column("interpreter_used", "bool", O, "Whether an interpreter was used."),
    ),
    primary_key="contact_id",
)

INTERPRETER_SESSIONS = Table(
    "interpreter_sessions",
    "Interpreter use at a contact: the type of interpreter (as in the guidance's table), "
    "the language and the time taken.",
    (
        _id("session_id", "interpreter session"),
        _id("contact_id", "contact", references="contacts.contact_id"),
        _id("user_id", "service user", references="service_users.user_id"),
        Column("session_date", "date", Q, "Date of the contact."),
        Column("interpreter_type", "string", O, "Type of interpreter.", allowed=INTERPRETER_TYPES),
        Column("interpreter_id", "string", D, "Registered interpreter, if professional.",
               required=False, references="interpreters.interpreter_id"),
        Column("language", "string", Q, "Language interpreted."),
        Column("minutes", "int", O, "Minutes of interpreting.", minimum=1, maximum=600),
    ),
    primary_key="session_id",
)

HEALTH_EVENTS = Table(
    "health_events",
    "Sexual health events: STI screens offered and accepted with results, HIV tests, "
    "hepatitis B vaccine doses 1-3.",
    (
        _id("event_id", "health event"),
        _id("user_id", "service user", references="service_users.user_id"),
        _id("contact_id", "contact", references="contacts.contact_id", required=False),
        Column("event_date", "date", Q, "Date of the event."),
        Column("event_type", "string", S, "Kind of event.", allowed=HEALTH_EVENT_TYPES),
        Column("offered", "bool", S, "Whether the test or dose was offered."),
        Column("accepted", "bool", S, "Whether it was accepted."),
        Column("result", "string", S, "Test result.", allowed=HEALTH_RESULTS),
        Column("infection", "string", S, "Infection diagnosed, for a positive STI screen.",
               required=False, allowed=STI_INFECTIONS),
        Column("dose_number", "int", S, "Hepatitis B dose number.", required=False,
               minimum=1, maximum=3),
    ),
    primary_key="event_id",
)

REFERRALS = Table(
    "referrals",
    "Referrals made to other services.",
    (
        _id("referral_id", "referral"),
        _id("user_id", "service user", references="service_users.user_id"),
        _id("contact_id", "contact", references="contacts.contact_id", required=False),
        Column("referral_date", "date", Q, "Date of the referral."),
        Column("destination", "string", S, "Kind of service referred to.",
               allowed=REFERRAL_DESTINATIONS),
        Column("agency", "string", O, "Name of the receiving agency (an organisation, not a "
               "person)."),
        Column("outcome", "string", O, "What became of the referral.", allowed=REFERRAL_OUTCOMES),
    ),
    primary_key="referral_id",
)

INCIDENTS = Table(
    "incidents",
    "Safety and policing incidents reported to the project, including 'ugly mug' reports.",
    (
        _id("incident_id", "incident"),
        _id("user_id", "service user", references="service_users.user_id"),
        Column("incident_date", "date", Q, "Date of the incident."),
        Column("incident_type", "string", S, "Kind of incident.", allowed=INCIDENT_TYPES),
        Column("perpetrator_type", "string", S, "Who was responsible.", allowed=PERPETRATOR_TYPES),
        Column("reported_to_police", "bool", S, "Whether it was reported to the police."),
        Column("police_response", "string", S, "How the police responded.",
               allowed=POLICE_RESPONSES),
        Column("immigration_questions_asked", "bool", S,
               "Whether police asked about immigration status.", required=False),
        Column("raid", "bool", S, "Whether the incident was a police or immigration raid."),
        Column("site", "string", Q, "Site where it was reported.", allowed=SITES),
    ),
    primary_key="incident_id",
)

NOTES = Table(
    "notes",
    "Free-text notes written by staff, linked to a contact or an incident.",
    (
        _id("note_id", "note"),
        _id("user_id", "service user", references="service_users.user_id"),
        _id("contact_id", "contact", references="contacts.contact_id", required=False),
        _id("incident_id", "incident", references="incidents.incident_id", required=False),
        Column("note_date", "date", Q, "Date the note was written."),
        Column("note_style", "string", O, "Kind of note.", allowed=NOTE_STYLES),
        Column("staff_id", "string", D, "Author.", references="staff.staff_id"),
        Column("text", "text", D, "The note. May contain any identifier; de-identified before "
               "it leaves the identifiable zone."),
    ),
    primary_key="note_id",
)

NOTE_SPANS = Table(
    "note_spans",
    "Gold identifier spans planted in synthetic notes (character offsets into notes.text). "
    "Only the generator writes this table; it is used to measure de-identification.",
    (
        _id("span_id", "gold span"),
        _id("note_id", "note", references="notes.note_id"),
        Column("start", "int", O, "Offset of the first character.", minimum=0),
        Column("end", "int", O, "Offset after the last character.", minimum=1),
        Column("entity_type", "string", O, "Kind of identifier.", allowed=ENTITY_TYPES),
        Column("value", "string", D, "The identifier text itself."),
    ),
    primary_key="span_id",
    synthetic_only=True,
)

# Columns de-identification derives from direct identifiers (deidentify/structured.py), with
# their disclosure role: the export gate treats them like the schema's own columns.
DERIVED_COLUMNS: dict[str, dict[str, Role]] = {
    "service_users": {"age_band": Role.QUASI, "postcode_district": Role.QUASI},
}

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        SERVICE_USERS, CONSENTS, STAFF, INTERPRETERS, ESTABLISHMENTS, CONTACTS,
        INTERPRETER_SESSIONS, HEALTH_EVENTS, REFERRALS, INCIDENTS, NOTES, NOTE_SPANS,
    )
}


def get_table(name: str) -> Table:
    """Look up a table by name; an unknown name is a user error listing the known ones."""
    try:
        return TABLES[name]
    except KeyError:
        raise InputError(
            f"unknown table {name!r}; known tables: {', '.join(TABLES)}"
        ) from None
