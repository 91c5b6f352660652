"""Words beside a found name or address that belong to it (deidentify/span_edges.py)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.deidentify.conftest import removed
from tests.hypothesis_budget import examples


@pytest.mark.parametrize("text,piece", [
    ("Present: pt's wife Ruth Ellison, SW Jen M., this RN.", "Jen M."),
    ("pt's friend asked to bring food. dietitian amy k re-consulted.", "amy k"),
    ("Next appt 3/12. Femi Adebayo HA to call.", "Femi Adebayo"),
    ("AMIODARONE GTT RESTARTED PER DR VAN DER HOEK. K 3.6 REPLETED.", "VAN DER HOEK"),
    ("Seen Wayne Sutcliffe at home, 4 Mill Cottages, Luddenden.", "4 Mill Cottages"),
    ("Seen Wayne Sutcliffe at home, 4 Mill Cottages, Luddenden.", "Luddenden"),
    ("VNA TO SEE PT AT HOME, 44 PARTRIDGE LANE, SAUGUS.", "SAUGUS"),
    ("Baby girl born 19/05/2025 at St Mary's hospital.", "St Mary's"),
    ("PLAN D/C BACK TO NH WHEN ABX COURSE DONE. /KT", "KT"),
    ("dtr called, wants call back. dr aware. /rk", "rk"),
    ("Family would like priest from St. Brendan's parish, Fr. Tom, called.", "St. Brendan's"),
    ("FALL DOWN STAIRS AT HOME 22 GROVE ROAD, HEBDEN BRIDGE. FOUND BY CARER", "HEBDEN BRIDGE"),
    ("CLIENT: DEAN FOULDS. DOB 11.01.1988.", "DEAN FOULDS"),
    ("Prosecutor: Ms F. de la Torre. Defence: Mr Hale.", "F. de la Torre"),
    ("La señora Carmen de la Fuente nos trae clientes.", "Carmen de la Fuente"),
    ("Pt: Mrs Lowri ap Rhys - bed 14.", "Lowri ap Rhys"),
    ("Ms Shanice Okonkwo-Bright, Room 6, 40 Sandgate Terrace", "Shanice Okonkwo-Bright"),
    ("Call 01632 960 239 x4417 or 01632 960 417 ext. 2231.", "01632 960 239 x4417"),
    ('PT: TASHA "TASH" NEWBOLD   DOB 14/03/1989', 'TASHA "TASH" NEWBOLD'),
    ("She disengaged in spring 2026. She tells me", "spring 2026"),
    ("Caseload review — Q3 2027\n| client | since |", "Q3 2027"),
    ('1. Person at risk: Nicola ("Nikki") WRAGG  DOB: 09/09/1991', 'Nicola ("Nikki") WRAGG'),
    ('STATE ID WAS TAKEN BY EX (MARCUS "BIG M" TOLLIVER). PT', 'MARCUS "BIG M" TOLLIVER'),
    ("Call 01632 960 239 x4417 or 01632 960 417 ext. 2231.", "01632 960 417 ext. 2231"),
    ("Staff on shift: Will Stone, Rose O'Driscoll.", "Will Stone"),  # mid-sentence
    ("eu moro em Kingfisher Way apto 14 com a Bella", "Kingfisher Way apto 14"),
    ("Jestem teraz u Oli na Station Rd 41 pokoj 2. Moj nowy numer", "Station Rd 41 pokoj 2"),
    ("я живу у Тамары на Dockside Road, квартира 12", "Dockside Road, квартира 12"),
    ("Mum's address: 4499 Nyíregyháza, Vadgesztenye köz 11/B.", "Vadgesztenye köz 11/B"),
    ("Vivía en Madrid (C/ Olmo Viejo 23, 3º B, 28099) before", "C/ Olmo Viejo 23, 3º B, 28099"),
    ("our office (2nd Floor, 40 Bridge Street) - can you", "2nd Floor, 40 Bridge Street"),
    ("Housing Solutions, Civic Offices, Market Street, Stavenham", "Civic Offices, Market Street"),
])
def test_words_at_the_edges_of_a_find(engine, text, piece):
    assert any(piece in r for r in removed(engine, text)), removed(engine, text)


@pytest.mark.parametrize("text,kept", [
    ("says abscess r groin, looks red", " r "),  # no initial after a word that is no name
    ("Took 2 tablets at 10.", "2"),
    ("S/P MVC 6/1, SPLENECTOMY, L CHEST TUBE.", "SPLENECTOMY"),  # no street before it
    ("Will Stone come back tonight?", "Will"),  # a sentence may start with the verb
    ("PT KNOWN AS JADE SMITH TO STAFF", "AS"),
    ("Lives at 12 Brook Street 3 days a week.", "3"),  # no flat number: it counts days
    ("PT MOVED TO RM W/O WINDOW", "O"),
    ("Portal msg sent via the portal. -Cheryl B. RN", "RN"),  # a role signed after a name
    ("2 WKS WITH DONNA KRAUSE NP. FAX SUMMARY", "NP"),
])
def test_no_edge_is_taken_from_an_everyday_word(engine, text, kept):
    pieces = removed(engine, text)
    assert not any(kept.strip() == p or kept in f" {p} " for p in pieces), pieces


@pytest.mark.parametrize("text,name,kept", [
    ("FAMILY MEETING WITH DR KAPLAN AND NIECE AT 2PM", "KAPLAN", "DR"),
    ("SOCIAL: WIFE ROSE AND SON DAVID IN TO VISIT.", "DAVID", "SON"),
    ("EPDS 14, discussed with GP Dr Lowther at the surgery.", "Lowther", "GP"),
    ("Next contact 16/40 with MW Rachel Ogunleye, mob 07700 900111.", "Rachel", "MW"),
    ("Per pt his pastor Rev Calloway called.", "Calloway", "pastor"),
])
def test_a_title_or_kin_word_stays_in_front_of_a_removed_name(engine, text, name, kept):
    pieces = removed(engine, text)
    assert any(name in p for p in pieces) and not any(p.startswith(kept) for p in pieces), pieces


# pieces of the forms the edges read, joined at random: titles, kin words, initials,
# particles, brackets, newlines, signatures, codes and scripts side by side
_PIECES = ["DR ", "Dr. ", "SON ", "\n", " ", "St. ", "O'", "-", "de la ", "ap ", "(", ")", '"',
           "KASIA", "Will ", "Stone", " x4417", " ext. ", "07700 900 123", "O9/O1/1985",
           "MF-25-118", "/KT", "Mo: ", "🌹", ",", ".", "RAFAL ", "JEDRZEJEWSKI", "4 ",
           "Mill Cottages", "HEBDEN BRIDGE", " at example dot com", "zara.xo.22", "Seacole ward",
           "Armley LS12", "the Feathers", "PCSO Lomax 9021", "身份证", "ถนน", "K. ", "BOUDREAUX",
           "a", "A", "Ms F. ", "Torre", "Okonkwo-Bright"]


@settings(max_examples=examples(60), deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=25))
def test_the_edges_of_any_mix_of_these_forms_stay_inside_the_note(engine, pieces):
    text = "".join(pieces)
    spans = engine.find([text])[0]
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))  # merged, in order


@pytest.mark.parametrize("text,kept", [
    ("Seen by: SHA K. Oyelaran   Date: 03/02/25   DOB: 12/09/96", "Date"),
    ("PT: WILLOW HARTNELL-FOX   MRN: SCH7730412   DOB: 04 JUN", "MRN"),
    ("Location: Moorgate Lane apartments, Salterton\nDate of visit: last Weds", "Date"),
    ("Patient: Ms Amira El Khatib   DOB: 23 Sep 1987   NHS: 507 529 1708", "DOB"),
])
def test_a_fields_label_is_no_part_of_the_name_before_it(engine, text, kept):
    assert not any(kept in piece for piece in removed(engine, text))


@pytest.mark.parametrize("text,piece", [
    ("Thaís, 31 anos, corrigindo: de Goiânia, GO. Nascida em 27/07/1996.", "de Goiânia, GO"),
    ("ADDR: 1187 S. ALVARADO ST APT 3, WESTLAKE 90006\nDOS: 01/09/26.", "WESTLAKE 90006"),
    ("személyi igazolvány 482731KE. Mum's address: 4499 Nyíregyháza, Vadgesztenye köz 11/B.",
     "4499 Nyíregyháza"),
    ("2027-06-04 09:15 阿芳: 小心点，别说地址 Albion Parade 12号\nEN", "Albion Parade 12号"),
])
def test_a_state_or_postal_code_beside_a_place(engine, text, piece):
    assert piece in removed(engine, text)


@pytest.mark.parametrize("text,kept", [("BED ALARM ON. R PATEL RN\nPlan", "RN"),
                                       ("In 2026 Leeds was busy", "2026 Leeds")])
def test_a_role_or_a_year_beside_a_name_is_no_state_or_postal_code(engine, text, kept):
    assert not any(kept in piece for piece in removed(engine, text))


@pytest.mark.parametrize("text,kept", [
    ("Yours sincerely\nDr Yusuf Demir Consultant in GU/HIV Medicine", "Consultant"),
    ("Thanks Lesley Pilkington Housing Options Officer, Haverleigh Borough Council", "Officer"),
    ("Clinician: Dr Bartholomew Oyinlola ST2 bleep 4471", "Oyinlola ST2"),
    ("Marcus\nMarcus Bell | Probation Officer | 0114 496 0925", "Probation"),
    ("Referrer: Nadia Ferreira-Lund, Outreach Worker, 07700 900 138", "Outreach"),
])
def test_a_job_title_after_a_name_is_kept(engine, text, kept):
    assert not any(kept in piece for piece in removed(engine, text))


def test_a_street_word_in_capitals_is_no_grade(engine):
    assert any("CANAL ST" in p for p in removed(engine, "MET A DATE AT THE LOUNGE ON CANAL ST ~2100, HAD 2"))


def test_a_name_in_its_own_script_in_brackets_after_it_in_either_order(engine):
    from tests.deidentify.conftest import removed
    assert removed(engine, "Detained person: BOONMEE, Siriporn (ศิริพร บุญมี), known as Pim") == [
        "BOONMEE, Siriporn", "ศิริพร บุญมี", "Pim"]
    # (a word in brackets that is no name stays: "українка", a Ukrainian woman)
    assert "українка" not in "".join(removed(engine, "Olena Kovalenko (українка) said hello"))


@pytest.mark.parametrize("text,piece", [
    ("GP consultation 16.04.2025\nChantelle DOBBS 23F. c/o low mood since baby", "Chantelle DOBBS"),
    ("CARE ACT REVIEW (s27) - Sandra OKOYE-HALE   Mosaic 4418902", "Sandra OKOYE-HALE"),
])
def test_a_family_name_in_capitals_after_a_found_given_name_is_taken_in(engine, text, piece):
    assert piece in removed(engine, text)


@pytest.mark.parametrize("text,kept", [
    ("Seen by: Hollie Brennan RM\nG1P0. Booked late.", "RM"),
    ("Yours sincerely\nDr Aisha Nnamdi MRCGP\nGMC 7022914", "MRCGP"),
    ("Rang Jo TO CALL BACK about the form", "CALL"),
])
def test_letters_after_a_name_that_are_no_family_name_stay(engine, text, kept):
    assert not any(kept in piece for piece in removed(engine, text))


@pytest.mark.parametrize("text,kept", [
    ("Spoke to Kelly EVICTED today at the van.", "EVICTED"),
    ("Please call Jade ASAP re results.", "ASAP"),
    ("Spoke to Kelly BARRED.", "BARRED"),
])
def test_a_word_in_capitals_for_emphasis_after_a_given_name_is_no_family_name(engine, text, kept):
    assert not any(kept in piece for piece in removed(engine, text))


def test_a_family_name_in_capitals_before_a_possessive_or_hyphenated_is_taken_in(engine):
    assert "Chantelle DOBBS" in removed(engine, "Met Chantelle DOBBS's partner at the van.")
    assert "Tasha O'NEILL-DOBBS" in removed(engine, "Met Tasha O'NEILL-DOBBS, she is ok")


@pytest.mark.parametrize("text,piece", [
    ("Prev address: her mum's 18 Sorrel Dene - not safe", "18 Sorrel Dene"),
    ("her address on claim still 6/Penfold Walk (Connors flat)", "6/Penfold Walk"),
    ("now in Apt 3, Tenter Croft 27. Police came", "Tenter Croft 27"),
    ("5. Cinder Ash Ln 19. Kasia 1 box", "Cinder Ash Ln 19"),
])
def test_a_house_number_beside_a_street_found_is_taken_in(engine, text, piece):
    assert piece in removed(engine, text)


@pytest.mark.parametrize("text,kept", [
    ("seen twice on Tallow St 23.50 and 00.30", "23"), ("HR 104 ST, BP 158/92", "104"),
    ("started Hoggart St 2115 quiet", "2115"), ("Left court 13:30, walked her to the bus", "13"),
    ("NSP at Tenter Croft 10 - 4 kits given", "10"), ("Outreach Tanyard Row 9 - 11pm", "9"),
])
def test_a_time_a_count_or_a_reading_beside_a_street_word_stays(engine, text, kept):
    assert not any(kept in piece for piece in removed(engine, text))


def test_a_hyphened_family_name_in_capitals_after_a_mixed_case_find_and_a_close_number(engine):
    assert "Sandra OKOYE-HALE" in removed(engine, "CARE ACT REVIEW (s27) - Sandra OKOYE-HALE   Mosaic")
    assert "31 Lapwing Cl" in removed(engine, "No access visit 31 Lapwing Cl 17/3/25 10:00.")


@pytest.mark.parametrize("text", ["Mum in Vietnam 0912 000 684, she talks to her on Zalo.",
                                  "Mum's number for emergencies. Mum needs surgery."])
def test_a_relative_named_by_a_kin_word_alone_is_no_name(engine, text):
    assert not any(piece.startswith("Mum") for piece in removed(engine, text))


def test_a_kin_word_before_a_name_leaves_the_name_found(engine):
    assert any("Lindita" in piece for piece in removed(engine, "Mum Lindita told by A herself."))


@pytest.mark.parametrize("text,name", [("Ms Son and Ms Kim seen at the flat.", "Son"),
                                       ("DC Cousin took the statement.", "Cousin")])
def test_a_family_name_that_is_a_kin_word_after_a_title_is_still_a_name(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text", ["Seen Jade DEPO.", "Spoke to Kelly AWOL.", "Seen Kelly PREP, given 30"])
def test_a_drug_or_a_status_in_capitals_at_a_sentences_end_is_no_family_name(engine, text):
    assert not any(p.isupper() or " " in p for p in removed(engine, text)), removed(engine, text)
