"""Words for the codes and column names a report shows: "Outreach to flats and saunas", not
`outreach_establishment`; "Migrants", not `True`.

Every value of the controlled vocabularies that a report can show has a label here (a test
checks it), so a new code added to `workbench.core.vocabularies` without one is caught.
"""

from __future__ import annotations

import pandas as pd

VALUES: dict[str, str] = {
    # sites
    "london": "London", "regional": "Regional",
    # genders
    "female": "Women", "male": "Men", "trans_woman": "Trans women", "trans_man": "Trans men",
    "non_binary": "Non-binary people",
    # settings
    "street": "Street", "flat": "Flats", "sauna_massage": "Saunas and massage parlours",
    "escort": "Escort", "online": "Online",
    # nationality groups
    "uk": "UK", "eastern_europe_balkans": "Eastern Europe and Balkans",
    "other_eu": "Other EU", "latin_america": "Latin America",
    "south_east_asia": "South-east Asia", "east_asia": "East Asia", "africa": "Africa",
    "other": "Other",
    # contact types
    "outreach_establishment": "Outreach to flats and saunas",
    "outreach_street": "Street outreach", "drop_in": "Drop-in", "clinic": "Clinic",
    "phone_text": "Phone and text", "casework": "Casework",
    # interpreter types
    "professional_face_to_face": "Professional, face to face",
    "telephone": "Professional, by telephone", "cultural_mediator": "Cultural mediator",
    "sex_worker": "Another sex worker", "family": "Family", "friend": "Friend",
    "partner": "Partner",
    # health results
    "negative": "Negative", "positive": "Positive", "pending": "Pending",
    "not_applicable": "Not applicable",
    # referral destinations
    "immigration_advice": "Immigration advice", "asylum_support": "Asylum support",
    "place_of_safety": "Place of safety", "iom_voluntary_return": "Voluntary return (IOM)",
    "gp_registration": "GP registration", "solicitor": "Solicitor",
    "english_classes": "English classes", "training": "Training", "housing": "Housing",
    "drug_alcohol_service": "Drug and alcohol service",
    # referral outcomes
    "attended": "Attended", "did_not_attend": "Did not attend", "declined": "Declined",
    "unknown": "Not known",
    # incident types
    "physical_assault": "Physical assault", "sexual_assault": "Sexual assault",
    "robbery": "Robbery", "threats_harassment": "Threats or harassment",
    "coercion_control": "Coercion or control", "raid": "Police raid",
    # police responses
    "not_reported": "Not reported", "no_action": "No action taken",
    "crime_recorded": "Crime recorded", "arrest_made": "Arrest made",
    "hostile_or_unhelpful": "Hostile or unhelpful",
    # groupings made by the analysis
    "reported crime": "Crime reported to police",
    "before": "Before", "after": "After", "all": "All",
    "migrants": "Migrants", "non-migrants": "Non-migrants",
    "operation months": "Months of the operation", "other months": "Other months",
}

# Column and index names the report's tables use.
COLUMNS: dict[str, str] = {
    "month": "Month", "quarter": "Quarter", "year": "Year", "period": "Period",
    "contact_type": "Kind of contact", "site": "Site", "setting": "Main setting",
    "migrant": "Migrant status", "nationality_group": "Nationality group",
    "gender": "Gender", "age_band": "Age band", "incident_type": "Kind of incident",
    "police_response": "Police response", "destination": "Referred to",
    "outcome": "Outcome", "interpreter_type": "Interpreter", "contact": "Police contact",
    "contacts": "Contacts", "people": "People", "new": "New people", "unique": "People seen",
    "new_people": "New people", "clinic_contacts": "Clinic contacts",
    "people_attending": "People attending", "raids": "Raids", "months": "Months",
    "share": "Share", "ci_low": "95% interval from", "ci_high": "95% interval to",
    "successes": "Yes", "trials": "All", "group": "Group", "referrals": "Referrals",
    "reports": "Reports", "number": "Number", "raids_a_month": "Raids a month",
}


def value_label(value, by: str | None = None) -> str:
    """A code's label; booleans need the grouping they belong to (`by`)."""
    text = str(value)
    by = by[len("user_"):] if by and by.startswith("user_") else by
    if by == "migrant" and text in ("True", "False"):
        return "Migrants" if text == "True" else "Non-migrants"
    if text in VALUES:
        return VALUES[text]
    return text.replace("_", " ")


def column_label(name) -> str:
    return COLUMNS.get(str(name), str(name).replace("_", " ").capitalize())


def period_label(value) -> str:
    """2024Q3 -> "Jul-Sep 2024"; 2024-07 -> "Jul 2024"; a year stays as it is."""
    if isinstance(value, pd.Period):
        if value.freqstr.startswith("Q"):
            start = value.asfreq("M", "start")
            end = value.asfreq("M", "end")
            return f"{start.strftime('%b')}-{end.strftime('%b')} {value.year}"
        if value.freqstr.startswith("M"):
            return value.strftime("%b %Y")
        return str(value.year)
    return str(value)


def label_index(index: pd.Index, by: str | None = None) -> list[str]:
    """Labels for an index's entries (tuples joined with " / ")."""
    out = []
    for entry in index:
        parts = entry if isinstance(entry, tuple) else (entry,)
        names = index.names if isinstance(entry, tuple) else [by or index.name]
        out.append(" / ".join(period_label(p) if isinstance(p, pd.Period)
                              else value_label(p, n) for p, n in zip(parts, names)))
    return out
