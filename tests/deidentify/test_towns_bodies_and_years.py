"""A US town before its state alone and a Brazilian town before its state's letters
(address_lines.py), a council or force by its town's name (establishment.py), plates and
pagers as US records write them, and years written as ranges, financial years or in the Thai
era (dates.py)."""

import pytest

from tests.deidentify.conftest import removed


@pytest.mark.parametrize("text,piece", [
    ("REGIONAL MEDICAL CENTER - EMERGENCY DEPT\nPORT CALLOWAY, OH      ***COPY RECEIVED***",
     "PORT CALLOWAY, OH"),
    ("LAKESHORE MEMORIAL HOSPITAL * DUNMORE FALLS, NJ * NURSING PROGRESS NOTE", "DUNMORE FALLS, NJ"),
    ("Pt phone 360 555 0139. Lives Port Alder, WA. Harm reduction", "Port Alder, WA"),
    ("Rua Dom Pedro Mendes, 412, Centro, Montes Claros/MG, CEP 39404-417", "Montes Claros/MG"),
    ("Homelessness Prevention\nTarnmouth District Council | Civic Offices", "Tarnmouth District Council"),
    ("14:15 | Letter received | OF | Tarnmouth DC | REVIEW SUCCESSFUL", "Tarnmouth DC"),
    ("DC Anwen Pryce, Wyvern Vale Police CAIT", "Wyvern Vale Police"),
    ("WAITING IN LOT (GRAY HONDA ODYSSEY, NJ PLT X41-GLK PER SECURITY)", "X41-GLK"),
    ("PRIMARY RN: BRADSHAW, DEANNA RN   PGR 4417\nCC: ASSAULT", "4417"),
    ("有效期限 / Valid: 2015.06.11-2035.06.11", "2015.06.11"),
    ("NRM referrals made as FR - Q4 2025/26 (tab separated)", "2025/26"),
    ("DOB 12/05/1991 (BE 2534), Thai passport", "2534"),
    ("Note: Thai year 2569 = 2026 AD", "2569"),
])
def test_found(engine, text, piece):
    assert any(piece in p for p in removed(engine, text))


@pytest.mark.parametrize("text,kept", [
    ("SEEN BY J SMITH, MD. F/U WITH KOWALCZYK, PA IN 2 WKS", "PA"),
    ("police: Skelderby and Wenlow Police, DC Abigail Thorne 5521", "DC"),
    ("reported to the Borough Council; told Sarah Police are aware", "Police"),
    ("Keeley: That's Northmoor District Council, ring them", "That"),
    ("name tag on her bag, price tag 20-30", "20-30"),
])
def test_kept(engine, text, kept):
    assert not any(kept in p.split() or p == kept for p in removed(engine, text))


@pytest.mark.parametrize("text,piece", [
    ("Urząd Stanu Cywilnego w Łomży / Civil Registry Office in Łomża\nNr aktu: 412/1990",
     "Civil Registry Office in Łomża"),
    ("Zyra e Gjendjes Civile Lushnjë / Civil Status Office of Lushnjë", "Civil Status Office of Lushnjë"),
])
def test_an_office_named_for_its_place(engine, text, piece):
    assert piece in removed(engine, text)


def test_a_national_office_stays_beside_its_town(engine):
    assert not any("Home Office" in p for p in removed(engine, "the Home Office in Croydon said no"))


def test_a_drug_after_a_drug_is_no_given_name(engine):
    text = "GIVEN CEFTRIAXONE 500MG IM, DOXYCYCLINE, METRONIDAZOLE, PLAN B"
    assert not any("METRONIDAZOLE" in p for p in removed(engine, text))


def test_letters_joined_to_a_code_are_the_codes(engine):
    assert "ARC-UKA-0004127" in removed(engine, "bring your ARC card (ARC-UKA-0004127) and documents")


@pytest.mark.parametrize("text,body", [
    ("TRANSLATION\nREPUBLIC OF BULGARIA\nSLIVEN MUNICIPALITY\nCERTIFICATE", "SLIVEN MUNICIPALITY"),
    ("Translation: ROMANIA / BOTOȘANI COUNTY / SĂVENI TOWN HALL / No. 4187", "SĂVENI TOWN HALL"),
    ("Safeguarding: referred to Kellingmouth MASH by hospital SW", "Kellingmouth MASH"),
])
def test_a_local_body_after_its_town_in_any_case(engine, text, body):
    assert body in removed(engine, text)


def test_a_services_phone_as_a_chats_sender(engine):
    text = "16/04/2025, 19:52 - Nightjar On-Call: Hi, it's the van tonight."
    assert "Nightjar On-Call" in removed(engine, text)
