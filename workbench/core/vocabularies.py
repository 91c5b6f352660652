"""Controlled vocabularies: the allowed values of the project's coded columns."""

from workbench.core.entity_types import planted

SITES = ("london", "regional")
GENDERS = ("female", "male", "trans_woman", "trans_man", "non_binary")
SETTINGS = ("street", "flat", "sauna_massage", "escort", "online")
NATIONALITY_GROUPS = (
    "uk",
    "eastern_europe_balkans",  # former Eastern Bloc and Balkan countries
    "other_eu",
    "latin_america",
    "south_east_asia",
    "east_asia",
    "africa",
    "other",
)
IMMIGRATION_STATUSES = (
    "british_or_settled",
    "eu_settled_or_pre_settled",
    "visa",
    "asylum_seeker",
    "refused_asylum",
    "undocumented",
    "unknown",
)
CONTACT_TYPES = (
    "outreach_establishment",
    "outreach_street",
    "drop_in",
    "clinic",
    "phone_text",
    "casework",
)
# The interpreter types in the guidance's table (section "Interpreting").
INTERPRETER_TYPES = (
    "professional_face_to_face",
    "telephone",
    "cultural_mediator",
    "sex_worker",
    "family",
    "friend",
    "partner",
)
HEALTH_EVENT_TYPES = ("sti_screen", "hiv_test", "hep_b_dose")
HEALTH_RESULTS = ("negative", "positive", "pending", "not_applicable")
STI_INFECTIONS = ("chlamydia", "gonorrhoea", "syphilis", "trichomonas", "herpes")
REFERRAL_DESTINATIONS = (
    "immigration_advice",
    "asylum_support",
    "place_of_safety",
    "iom_voluntary_return",
    "gp_registration",
    "solicitor",
    "english_classes",
    "training",
    "housing",
    "drug_alcohol_service",
)
REFERRAL_OUTCOMES = ("attended", "did_not_attend", "pending", "declined", "unknown")
INCIDENT_TYPES = (
    "physical_assault",
    "sexual_assault",
    "robbery",
    "threats_harassment",
    "coercion_control",
    "raid",
)
PERPETRATOR_TYPES = (
    "client",
    "posing_as_client",
    "controller_third_party",
    "partner",
    "member_of_public",
    "police",
    "unknown",
)
POLICE_RESPONSES = (
    "not_reported",
    "no_action",
    "crime_recorded",
    "arrest_made",
    "hostile_or_unhelpful",
)
NOTE_STYLES = ("outreach_log", "clinic_note", "casework_note", "ugly_mug")
CONSENT_TYPES = ("records", "information_sharing", "research")
STAFF_ROLES = ("outreach_worker", "nurse", "doctor", "caseworker", "volunteer", "manager")
ESTABLISHMENT_KINDS = ("flat", "sauna", "massage_parlour", "club")
# Entity types of gold identifier spans planted in synthetic notes: the kinds with note-template
# slots in the entity-type registry (entity_types.py).
ENTITY_TYPES = planted()
