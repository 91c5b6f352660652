"""A person after a message's From:/To: or a volunteer's or driver's label (person_names), a
quoted name kept whole however common its surname (ner_entities), and premises named by a
possessive (place_heads)."""

import pytest

from tests.deidentify.conftest import removed


@pytest.mark.parametrize("text,name", [
    ("From: Gaz taxi\nu still want 2am pick up?\nTo: Gaz taxi\nyes pls", "Gaz"),
    ("Staff: Priya, Tomasz (clinic 11-2). Volunteer: Hope (first shift!).", "Hope"),
    ("Man at the door introduced himself as 'Tony Sun' and watched.", "Tony Sun"),
    ("She says the flat is arranged by 'Tony Sun' (same man)", "Tony Sun"),
    ("she now cleans at the Drover's Rest three mornings a week", "Drover's Rest"),
    ("tu Kasia (Katarzyna Wróbel) z Aphrodite's. Piszę bo potrzebuję pomocy", "Aphrodite's"),
])
def test_found(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text,kept", [
    ("To: Colposcopy Department, Varnley General Infirmary", "Department"),
    ("From: Housing Team\nTo: All staff", "Housing"),
    ("Driver: Yes\nInterpreter: Mandarin", "Driver"),
    ("Summer's note: I've never told anyone", "Summer's"),
])
def test_kept(engine, text, kept):
    assert not any(kept in p for p in removed(engine, text))


@pytest.mark.parametrize("text,name", [
    ("Thanks for booking.\n\nKind regards,\nMandeep\nBookings Team\nClearvoice Interpreting", "Mandeep"),
    ("Yours sincerely,\n\n\nBernadette Quayle\nService Manager", "Bernadette Quayle"),
    ("ref,area,type,man_name_given,phone\nUM-25-088,Maddleston,robbery,\"Gaz\",07700 900 944\n"
     "UM-25-091,Ollerbridge,threats,\"Steve\",07700 900 031", "Steve"),
])
def test_signed_and_tabled(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text", ["Yours sincerely,\n\nSenior Housing Officer",
                                  "Many thanks,\nHousing Team",
                                  "file_name,street name\nreport.pdf,High Street\nnotes.doc,Mill Lane"])
def test_no_person_signs_or_heads_these(engine, text):
    assert not any(w in " ".join(removed(engine, text)) for w in ("Senior", "Housing", "report"))


@pytest.mark.parametrize("text,name", [
    ("ADM 11/21/2022   ATTENDING PATEL, ROHIT K MD\n11/23/2022 0700-1900", "PATEL, ROHIT K"),
    ("PATIENT: FERREIRA DA SILVA, THAIS R    MRN LMH-2290417", "FERREIRA DA SILVA, THAIS R"),
    ('Man calls himself "Will" or "Mr Will", 50s, posh voice', "Will"),
])
def test_given_name_after_the_surname_and_quoted_little_words(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text,kept", [
    ("SOCIAL WORK (DENISE FARRAR, MSW) TO SEE IN AM.", "MSW"),
    ('he said he "will" pay on Friday', "will"),
])
def test_credentials_and_quoted_words_stay(engine, text, kept):
    assert not any(kept in p for p in removed(engine, text))


def test_a_clinicians_column(engine):
    text = ("appt_date,time,clinic_no,surname,forename,dob,clinician,attended,notes\n"
            "07/04/2026,17:30,HC-0417-22,ASHWORTH,Kayleigh,17/11/1998,GT,Y,\"hep B #3\"\n"
            "07/04/2026,18:15,HC-0090-19,HENNESSY,Rose,23/05/1979,PS,Y,\"abscess\"")
    assert any("PS" in p for p in removed(engine, text))


@pytest.mark.parametrize("text,name", [
    ("FROM: RHIANNON PRICE\nTO: ALL STAFF\nRE: rota", "RHIANNON PRICE"),
    ("from: rhiannon price <r.price@example.org>", "rhiannon price"),
    ("Present: Jo Guest / Tom Hale: both agree", "Jo Guest"),
    ("Referred by Sam Driver / Lisa Marsh: both agree", "Sam Driver"),
])
def test_headers_in_any_case_and_surnames_that_are_labels(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text,kept", [
    ("Seen in clinic. She came on a spouse visa in 2023 married to a British man. Now alone.",
     "visa"),
    ("Sexual history taken. Condoms vaginal and anal, not oral. One condom split.", "oral"),
])
def test_a_lower_case_word_in_a_note_that_capitalises_names(engine, text, kept):
    assert kept not in removed(engine, text)


@pytest.mark.parametrize("text,name", [
    ("Is it me or does number 11 look like ian connor ?", "ian connor"),
    ("Outreach to the flat with Marek. Saw chloe smith and two new women. Gave condoms.", "chloe smith"),
])
def test_lower_case_names_in_a_post_or_before_a_family_name(engine, text, name):
    assert any(name in p for p in removed(engine, text))


@pytest.mark.parametrize("text,name", [
    ('A MAN SHE KNOWS AS "EL PROFE" WHO PROMISED WORK.', "PROFE"),
    ('BEFORE REGISTRATION WAS COMPLETE, GAVE NAME "DRE" + PHONE', "DRE"),
    ('STATES ENGLISH NAME BILL, VIET NAME "BÌNH"). C/O BURNING', "BÌNH"),
])
def test_a_quoted_name_after_the_name_given_or_known_as(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text,name", [
    ('In 2022 a man she calls "Shaky" (we believe a local dealer) hit her.', "Shaky"),
    ('the apartments she knew only as "Chief"; a second man collected', "Chief"),
    ('Some of the other women call her "Mama Ese".', "Ese"),
    ('mentioned a client called "Huw the Hand" who keeps pushing', "Huw the Hand"),
    ('arranged by a man she knew as "Uncle Kofi", with a promise of work', "Kofi"),
])
def test_nicknames_others_call_people(engine, text, name):
    assert any(name in piece for piece in removed(engine, text))


def test_a_word_called_out_is_no_nickname(engine):
    assert not any("Help" in p for p in removed(engine, 'He calls "Help" twice at the door.'))


@pytest.mark.parametrize("text,name", [
    ('Velvet Rooms - new Thai worker "May" seen on outreach', "May"),
    ('NEW THAI GIRL "MAY", SAYS 24, LOOKED YOUNGER', "MAY"),
    ('Suspect: known to her as "Gaz", real name per police', "Gaz"),
    ('| "Kev" - doorstep lender, unlicensed | - |', "Kev"),
    ('- "Hope" - english, independent, said she works alone', "Hope"),
])
def test_a_quoted_name_after_a_word_for_a_worker_or_opening_a_list_item(engine, text, name):
    assert name in removed(engine, text)


def test_a_quoted_word_opening_a_list_item_that_is_no_name_stays(engine):
    assert removed(engine, '- "Safe" - a word we use; | "Yes" | told her to "Will" it') == []


def test_a_name_with_its_possessives_s_and_no_apostrophe_before_a_person_or_a_home(engine):
    out = removed(engine, "saw jades bf outside, roxys bf was there and tonis sister. "
                          "thats sams old place. this flat is its house")
    assert {"jades", "roxys", "tonis", "sams"} <= set(out)
    assert not {"this", "its", "thats"} & set(out)
