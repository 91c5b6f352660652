"""Premises named by a unit's head in capitals, a project's name heading a line, the words
before a found place or premises, and premises' letters (named_services.py, place_heads.py,
repeated_names.py)."""

import pytest

from tests.deidentify.conftest import removed


@pytest.mark.parametrize("text,piece", [
    ("ALDERBROOK UNIT - ADULT INPATIENT - FOXGLOVE WARD", "ALDERBROOK UNIT"),
    ("ALDERBROOK UNIT - ADULT INPATIENT - FOXGLOVE WARD", "FOXGLOVE WARD"),
    ("WENDLEFORD PATHOLOGY - CUMULATIVE REPORT", "WENDLEFORD PATHOLOGY"),
    ("HX GC X1, TX AT MILLHAVEN COUNTY HEALTH DEPT.", "MILLHAVEN COUNTY HEALTH DEPT"),
    ("GIVEN NUMBER FOR BAYSIDE IMMIGRANT LEGAL AID (757)", "BAYSIDE IMMIGRANT LEGAL AID"),
    ("ORBISTON ROYAL INFIRMARY ED - TRIAGE", "ORBISTON ROYAL INFIRMARY"),
    ("HA NIGHT HANDOVER NIGHTINGALE WARD", "NIGHTINGALE WARD"),
])
def test_units_in_capitals_are_premises(engine, text, piece):
    assert any(piece in p for p in removed(engine, text))


@pytest.mark.parametrize("text", ["ADMITTED TO HAEMATOLOGY UNIT", "ACUTE MEDICAL UNIT TODAY",
                                  "REFERRED TO CRISIS TEAM", "SEEN IN SDEC UNIT",
                                  "HIGH DEPENDENCY UNIT"])
def test_what_a_unit_does_names_no_unit(engine, text):
    assert removed(engine, text) == []


def test_a_numbered_unit_is_not_a_named_one(engine):
    assert "HCPD" in removed(engine, "PT ARRIVED BY POLICE (HCPD UNIT 12), FOUND ALTERED")


@pytest.mark.parametrize("text,piece", [("WAYMARK DROP-IN  Wed 17 March", "WAYMARK"),
                                        ("Lodestar outreach - van log", "Lodestar")])
def test_a_project_heading_its_log(engine, text, piece):
    assert piece in removed(engine, text)


@pytest.mark.parametrize("text", ["Evening outreach - van log", "Street outreach tonight"])
def test_an_everyday_word_heading_a_log_stays(engine, text):
    assert removed(engine, text) == []


@pytest.mark.parametrize("text,piece", [
    ("LAST ADMIT 2025 AT LAKE WENDON GENERAL.", "LAKE WENDON GENERAL"),
    ("Orbiston Teaching Hospitals NHS Foundation Trust\nDepartment", "Orbiston Teaching Hospitals"),
    ("Chair: DI Jo Hart (Orbiston and Wendle Police). Coordinator", "Orbiston and Wendle Police"),
    ("School: Copperfold Primary.", "Copperfold Primary"),
    ("previously at Marshby Children's Home; PA", "Marshby Children's Home"),
    ("6 weeks at Tanner Street CDS. Handover", "Tanner Street CDS"),
])
def test_the_words_before_and_after_a_found_place_that_belong_to_it(engine, text, piece):
    assert any(piece in p for p in removed(engine, text))


def test_found_premises_are_removed_by_their_letters(engine):
    text = "Admitted to Orbiston Royal Infirmary on Monday. X-ray at ORI later; back to ORI Friday."
    assert removed(engine, text).count("ORI") == 2


@pytest.mark.parametrize("text,piece", [
    ("HARLOWMERE PD - INCIDENT REPORT", "HARLOWMERE PD"),
    ("HARLOWMERE SHERIFF'S OFFICE\nBOOKING SHEET", "HARLOWMERE SHERIFF'S OFFICE"),
    ("HARLOWMERE IMMIGRATION COURT\nNOTICE TO APPEAR", "HARLOWMERE IMMIGRATION COURT"),
    ("HARLOWMERE FOOD BANK - VOUCHER", "HARLOWMERE FOOD BANK"),
    ("HARLOWMERE RAPE CRISIS\nISVA referral", "HARLOWMERE RAPE CRISIS"),
    ("BROUGHT IN BY HARLOWMERE FIRE DEPT.", "HARLOWMERE FIRE DEPT"),
    ("PT TRANSFERRED FROM MAPLE UNIT TO WILLOW WARD 0300. PT SETTLED.", "WILLOW WARD"),
    ("NIGHT HANDOVER - KESTREL WD\nBED 4: PT SETTLED", "KESTREL WD"),
])
def test_services_and_wards_named_in_capital_headings(engine, text, piece):
    assert any(piece in p for p in removed(engine, text))


@pytest.mark.parametrize("text,kind", [("SEEN IN FAMILY COURT", "FAMILY"), ("CALLED POLICE", "CALLED"),
                                       ("MAGISTRATES COURT", "MAGISTRATES"), ("ACUTE WARD", "ACUTE"),
                                       ("LABOUR WARD", "LABOUR"), ("MAIN UNIT", "MAIN")])
def test_kinds_of_court_ward_and_unit_name_none(engine, text, kind):
    assert not any(kind in piece for piece in removed(engine, text))


@pytest.mark.parametrize("text,piece", [("Referred for the wrist; x-ray at ORI minor injuries.", "ORI"),
                                        ("Ward: HERON WARD (BGH)   Clinician", "BGH"),
                                        ("Wong (Hanbury Vance Immigration Law), DS", "Law")])
def test_hospitals_by_their_letters_and_a_law_firm_whole(engine, text, piece):
    assert any(piece in p for p in removed(engine, text))


@pytest.mark.parametrize("text", ["back pain (MRI at the clinic); physio", "an MRI at 3pm"])
def test_a_scan_is_no_hospital(engine, text):
    assert "MRI" not in removed(engine, text)


def test_a_hospital_before_its_a_and_e_without_the_department(engine):
    assert removed(engine, "HARLOWMERE A&E - DISCHARGE SUMMARY") == ["HARLOWMERE"]
