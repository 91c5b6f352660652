"""What the blind sets sealed19 and sealed20 leaked, read after two new blind sets were written
(session 17): names that are everyday words where only a person stands (a register written
surname first, a chat's two-word speaker, a name in capitals heading its paragraph, whom a note
tells or thanks, the note's last word), a rota's day numbers that agree with one month's
calendar, and papers from abroad (a named quarter and a closing postal code, a floor and door,
an identity card's series, a family name in capitals, an airline's date and booking)."""

import pytest

from deidentify.recognizers.dates import DateFormsRecognizer
from tests.deidentify.conftest import cpu_seconds, found, removed

REGISTER_COLONS = "1. Baker, Hope: staff\n2. Green, Will: staff\n3. Hill, Dawn: volunteer\n4. Okafor, Chidi: peer"
REGISTER = ("Training register - Sat 15 Nov\n"
            "1. Baker, Hope - staff - signed\n"
            "2. Green, Will - staff - signed\n"
            "3. Hill, Dawn - volunteer - signed\n"
            "4. Page, Guy - volunteer - signed")


def test_a_register_written_surname_first_names_both_words_of_each(engine):
    pieces = " ".join(removed(engine, REGISTER))
    for word in ("Baker", "Hope", "Green", "Will", "Hill", "Dawn", "Page", "Guy"):
        assert word in pieces


def test_a_register_with_colons_after_its_names(engine):
    pieces = " ".join(removed(engine, REGISTER_COLONS))
    for word in ("Hope", "Green", "Will", "Dawn"):
        assert word in pieces


def test_an_agenda_of_comma_pairs_is_no_register(engine):
    text = "Agenda\n1. Date, time and venue - agreed\n2. Minutes, actions - done\n3. Hope, fear - discussed"
    assert removed(engine, text) == []


def test_a_chat_exports_speaker_of_two_words_and_only_a_names_second_word(engine):
    text = ("21/11/2025, 08:15 - Grant Osei: can do\n"
            "21/11/2025, 08:30 - Guy Page: good on you Grant\n"
            "21/11/2025, 08:31 - Danny Work: who's on")
    pieces = removed(engine, text)
    assert "Guy Page" in pieces and "Danny" in pieces
    assert not any("Work" in p for p in pieces)


def test_a_name_in_capitals_heading_its_paragraph(engine):
    text = ("MEET THE VOLUNTEERS\nGUY PAGE\nGuy is a retired teacher and reads every page.\n"
            "HOPE BAKER\nHope runs the drop-in.")
    pieces = removed(engine, text)
    assert "GUY PAGE" in pieces and "HOPE BAKER" in pieces
    assert not any("VOLUNTEERS" in p for p in pieces)


def test_a_name_in_capitals_heading_a_paragraph_that_opens_with_it_though_nothing_else_says_so(engine):
    pieces = removed(engine, "MEET THE VOLUNTEERS\nRICH LONG\nRich has been volunteering with us since 2019.")
    assert "RICH LONG" in pieces and "Rich" in pieces


@pytest.mark.parametrize("text", ["RISK ASSESSMENT\nRisk is low.", "NEXT STEPS\nNext we will meet.",
                                  "ACUTE WARD", "LABOUR WARD"])
def test_a_heading_in_capitals_that_names_a_kind_is_no_name(engine, text):
    assert removed(engine, text) in ([], ["WARD"])


def test_a_line_of_labels_in_capitals_is_no_name(engine):
    text = "OUTREACH SHEET 28/3/25 FOOT\nSTAFF BEV WENDY\nNO VAN TONIGHT"
    assert not any("STAFF" in p for p in removed(engine, text))


@pytest.mark.parametrize("text,name", [
    ("Leftover crumble went home. Velvet wasn't in. Told Hope.", "Hope"),
    ("Thanks, Hope - sorted. The urn is back.", "Hope"),
    ("0 new vans (sorry, Will).", "Will"),
    ("Secret Santa went wrong: Will got his own present.", "Will"),
    ("Will will find out on Monday and let you know.", "Will"),
    ("Grant thinks it won't cover the van.", "Grant"),
    ("- Bill's birthday do: after the vigil", "Bill"),
    ("Spoke to Hope about the rota. Let Hope know.", "Hope"),
    ("Thank you, Hope.", "Hope"),
    ("Mark - thank you for six years of the zine.", "Mark"),
    ("Running late - car won't start. Be there by 7. Guy", "Guy"),
    ("The urn's back in the kitchen. Will", "Will"),
    ("hiya its pres, can u tell hope i cant do thurs", "hope"),
])
def test_an_everyday_word_where_only_a_person_stands(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text,word", [
    ("I hope so. We will see. The summer was long.", "hope"),
    ("Tea and support offered, declined for now.", "offered"),
    ("PLAN: SW CONSULT. SANE OFFERED, DECLINED FOR NOW.", "SANE"),
    ("Summer went quickly this year.", "Summer"),
    # what a helper's attack found the first rules took
    ("Will read it with her tomorrow.", "Will"),
    ("Will missed appointments count against me?", "Will"),
    ("Will signed consent forms be kept?", "Will"),
    ("Please ask grant funders for the form.", "grant"),
    ("We should tell faith groups.", "faith"),
    ("Grant goes to panel next week.", "Grant"),
    ("Hope lives on.", "Hope"),
    ("Thanks, Will do.", "Will"),
    ("Thanks, Summer was great.", "Summer"),
    ("Hope's fading for the van.", "Hope"),
    ("Told Hope was fading.", "Hope"),
])
def test_the_same_words_in_their_ordinary_sense_stay(engine, text, word):
    assert not any(word in p for p in removed(engine, text))


def test_a_pronoun_after_a_name_in_lower_case_is_no_initial(engine):
    assert "hope" in removed(engine, "hiya, can u tell hope i cant do thurs")
    assert not any(p.endswith(" i") for p in removed(engine, "hiya, can u tell hope i cant do thurs"))


ROTA = ("DECEMBER 2025 - OUTREACH VAN\n"
        "Mon 1 - Bill Swift (driver) / Hope B\n"
        "Thu 4 - Rich Long (driver) / Dawn\n"
        "Mon 8 - Bill / Faith\n"
        "Thu 25 - CLOSED (Christmas Day)")


def test_days_joined_by_a_plus_before_their_month():
    assert any("18" in v and "21" in v for v, _ in found(DateFormsRecognizer(), "CLOSED Fri 18 + Mon 21 April."))


def test_a_rotas_day_numbers_that_agree_with_one_months_calendar_are_dates():
    days = [v for v, e in found(DateFormsRecognizer(), ROTA) if e == "DATE"]
    for day in ("1", "4", "8", "25"):
        assert day in days


@pytest.mark.parametrize("text", [
    "drop in tally w/c 31/3\nmon 14 / tue 11 / wed closed (training) / thu 19 / fri 9",
    "Open Mon 2-6, Tue 3 - 5",
    "Fri 10.30 meeting",
    "Mon 12 contacts",  # one alone: no calendar to agree with
    "Mon 6, Tue 4, Wed 8 women",
    "Mon 2 Tue 3 Wed 4 Thu 5 Fri 6",
])
def test_counts_hours_and_a_lone_weekday_number_are_no_rota(text):
    values = [v for v, _ in found(DateFormsRecognizer(), text)]
    assert not any(v.isdigit() for v in values)


@pytest.mark.parametrize("text,date", [
    ("FLIGHT W6 0000   DATE 09JUN   BOARDING 05:35", "09JUN"),
    ("Booked her with the clinic for the 14th under her first name only.", "14th"),
    ("back on the 5th of the month", "5th"),
])
def test_a_day_written_as_airlines_and_appointments_write_it(text, date):
    assert any(date in v for v, _ in found(DateFormsRecognizer(), text))


@pytest.mark.parametrize("text", [
    "Third time for the 2nd time.",
    "On the 3rd floor.",
    "In the 21st century.",
    "for the 3rd in a series",
])
def test_an_ordinal_that_counts_is_no_date(text):
    assert found(DateFormsRecognizer(), text) == []


@pytest.mark.parametrize("text,address", [
    ("гр. Сливен, кв. „Надежда“, бл. 00, вх. Б, ет. 3, ап. 0, 8809\nMother is",
     "гр. Сливен, кв. „Надежда“, бл. 00, вх. Б, ет. 3, ап. 0, 8809"),
    ("home address: вул. Шевченка, буд. 00, кв. 4, м. Житомир, 10099. Passport",
     "вул. Шевченка, буд. 00, кв. 4, м. Житомир, 10099"),
    ("Lakóhely: 3709 Kazincbarcika, Egressy Béni út 00. 3. em. 0. ajtó\nSzületési",
     "Egressy Béni út 00. 3. em. 0. ajtó"),
    ("her mother's flat (C/ de les Moreres, 00, 4º 2ª, 08919) was sold.",
     "C/ de les Moreres, 00, 4º 2ª, 08919"),
    ("in Padova (Via dei Salici flats) and then", "Via dei Salici"),
    ("Address given: гр. Сливен, кв. Надежда, бл. 00, вх. Б, ет. 3, ап. 0, 8809", "бл. 00, вх. Б, ет. 3, ап. 0, 8809"),
    ("Lived at Via Roma 00, Bari.", "Via Roma 00"),
    ("Lived at Via della Spiga 00, scala B, interno 4, 20121 Milano", "scala B, interno 4, 20121 Milano"),
    ("Carrer de les Moreres, 00, Badalona", "Carrer de les Moreres, 00"),
])
def test_an_address_abroad_with_its_quarter_floor_door_and_postal_code(engine, text, address):
    assert any(address in p for p in removed(engine, text))


@pytest.mark.parametrize("text", ["Via Facebook she said she was fine.", "Via WhatsApp 2 days ago."])
def test_via_as_an_english_word_is_no_street(engine, text):
    assert removed(engine, text) == []


@pytest.mark.parametrize("text,pieces", [
    ("holder of identity card series VS no. 000418, filed", ("VS", "000418")),
    ("Cédula: C.C. 0.000.418.227, expedida en Pereira.", ("0.000.418.227",)),
    ("Payment to: M CONSTANTINESCU, sort code 00-41-82", ("M CONSTANTINESCU",)),
    ("Issued to KOVALENKO Iryna Mykolaivna / КОВАЛЕНКО Ірина Миколаївна, date of birth 19.07.1986",
     ("КОВАЛЕНКО Ірина Миколаївна",)),
    ("Flight on 26 April 2025, booking QZ7LM0; her mother met her", ("QZ7LM0",)),
    ("Present: DS R. Okafor (RO), PC Lyle (JL), Hannah Whitlock (HW, us).", ("JL", "HW")),
    ("Gave info on the GLAA - she lives in caravan C14.", ("C14",)),
    ("ID card series VS number 000418 seen", ("VS", "000418")),
    ("Present: PC Lyle [JL], Hannah Whitlock [HW].", ("JL", "HW")),
])
def test_a_card_a_name_and_a_booking_as_papers_write_them(engine, text, pieces):
    got = removed(engine, text)
    for piece in pieces:
        assert any(piece in p for p in got), (piece, got)


@pytest.mark.parametrize("text,kept", [
    ("REPORT ON THE RECEIPT OF A DENUNCIATION\n\nToday at 14:20", "DENUNCIATION"),
    ("IV access L ACF, TXA 1g", "ACF"),
    ("visiting fortnightly (ICTG Hana Sarić arranges).", "ICTG"),
])
def test_a_word_in_capitals_beside_capitals_or_a_name_is_no_family_name(engine, text, kept):
    assert not any(kept in p for p in removed(engine, text))


@pytest.mark.parametrize("text,piece", [
    ("her surname is S-M-I-T-H that's smith", "S-M-I-T-H"),
    ("that's S O R C H A with an h", "S O R C H A"),
    ("its Papa, Oscar, Papa, Papa, Yankee ok", "Papa, Oscar, Papa, Papa, Yankee"),
    ("born the third of the fourth ninety-eight and", "third of the fourth ninety-eight"),
    ("my date of birth's the twenty-first of the fourth, eighty-six if they ask",
     "twenty-first of the fourth, eighty-six"),
    ("she's born nineteen ninety i think", "nineteen ninety"),
    ("number is zero seven seven zero zero niner zero zero one two three",
     "zero seven seven zero zero niner zero zero one two three"),
    ("the web address is w w w dot example dot org forward slash help and",
     "w w w dot example dot org forward slash help"),
    ("email me on j underscore smith at example dot co dot uk thanks",
     "j underscore smith at example dot co dot uk"),
])
def test_names_dates_numbers_and_addresses_said_aloud(engine, text, piece):
    assert piece in removed(engine, text)


@pytest.mark.parametrize("text,kept", [
    ("We did the A-Z of services today.", "A-Z"),
    ("the e-mail address was like x-x-x-x", "x-x-x-x"),
    ("It was a dot com bubble.", "com"),
    ("on the third of the fourth floor", "fourth"),
])
def test_letters_and_ordinals_that_spell_nothing_stay(engine, text, kept):
    assert not any(kept in p for p in removed(engine, text))


def test_a_research_participants_code_in_a_note_about_research(engine):
    text = "Transcript extract - P12 - interviewer Jade\nJADE: What do people call you?\nP12: Princess."
    assert removed(engine, text).count("P12") == 2


def test_a_tax_forms_name_and_a_bus_are_no_participants(engine):
    text = "Research interview booked. Got her P45 and P60 from the agency."
    assert not any(p in ("P45", "P60") for p in removed(engine, text))


def test_premises_found_in_two_notes_are_removed_where_a_third_writes_their_word(engine):
    notes = ["From all of us at the Lantern, happy birthday.", "Lit a candle at the Lantern tonight.",
             "DROP-IN NOTES - Lantern - Tues 11 November"]
    found_spans = engine.find(notes)
    third = [notes[2][s.start:s.end] for s in found_spans[2]]
    assert "Lantern" in third


@pytest.mark.parametrize("text,names", [
    ("From all of us at the Lantern:\nHope x Gracie x Willy G (lol) x Dawn x Jade", ("Gracie", "Dawn", "Jade")),
    ("Names to read:\nSahara; Bambi; Auntie Pearl; Mags; Rosie; Star; Angel", ("Mags", "Rosie", "Star")),
    ("name (or initial) | time in | here for\nvelvet | 11.05 | court stuff\nheather | 1.00 | quilt",
     ("velvet", "heather")),
    ("drop-in rota jan 26\nTue 6: Grace + Joy, advice Will\nTue 13: Hope + Joy, nurse", ("Grace", "Joy", "Hope")),
    ("Rich Long: Well done all. Does this mean a new van Will?\nWill Green: No Rich", ("Will",)),
    ("June Black: Oh stop it Dawn thank you all.\nCherry Bakewell: happy birthday junie!!\n"
     "Pat Moss: 70?? Never. Happy birthday love x", ("June Black", "Cherry Bakewell", "Pat Moss")),
])
def test_people_listed_on_cards_rotas_and_registers_and_spoken_to(engine, text, names):
    pieces = removed(engine, text)
    for name in names:
        assert any(name in p for p in pieces), (name, pieces)


@pytest.mark.parametrize("text,words", [
    ("Mon 1 - CLOSED\nThu 4 - all hands\nMon 8 - van + clinic", ("CLOSED", "hands", "van", "clinic")),
    ("mon 1: yoga + reiki\nthu 4: holly + bill", ("yoga", "holly", "bill")),  # (what the third attack found)
])
def test_a_rotas_slot_of_things_is_no_one(engine, text, words):
    assert not any(w in p for p in removed(engine, text) for w in words)


def test_a_van_before_a_name_is_no_particle_of_it(engine):
    assert not any(p.startswith("van") for p in removed(engine, "Does this mean a new van Will?"))


@pytest.mark.parametrize("text,day", [
    ("VIGIL - Wednesday 17 December 2025 - International Day to End Violence Against Sex Workers",
     "International Day to End Violence Against Sex Workers"),
    ("June - 2 June is International Sex Workers' Day: picnic", "International Sex Workers' Day"),
    ("March - International Women's Day march, meet at 11\nMay - garden group open day", "May"),
])
def test_the_days_a_project_marks_and_a_calendars_months(text, day):
    assert any(day in v for v, _ in found(DateFormsRecognizer(), text))


def test_a_time_on_one_line_and_a_month_on_the_next_are_no_date():
    assert not any("11" in v for v, _ in found(DateFormsRecognizer(), "meet at 11\nMay - garden group"))


@pytest.mark.parametrize("text,piece", [
    ("Total: 38,50 lei   Plătit cu card •••• 0418\nRamona flew out", "0418"),
    ("conf. no. 4182270418, PIN 0418", "0418"),
    ("District Court, II Criminal Division\nRef. II K 000/23\nŁomża, 7 November 2023", "II K 000/23"),
    ("Șofer: Costică · Dacia Logan · IS 00 RMN. Total", "IS 00 RMN"),
    ("plate started BV 00... trailer B 000 XKT. Roza", "B 000 XKT"),
    ("Address for the pharmacy: No. 00 Sapele Road, opp. the market", "No. 00 Sapele Road"),
    ("3789 Edelény, István király útja 00.\nRef", "István király útja 00"),
    ("she's at her nan's for a bit, fine, back april.", "april"),
    ("feb - moved to Wendlesham, then Quernby.", "feb"),
    ("Worker note (JB): Endri is fine.", "JB"),
])
def test_cards_pins_cases_plates_and_addresses_from_abroad(engine, text, piece):
    assert piece in removed(engine, text)


@pytest.mark.parametrize("text,kept", [
    ("Ms Ioana MARINESCU  DOB 24.12.1995  NHS No. 999 018 4003\n27 Carrow Terrace", "No."),
    ("Next steps (EN): book GUM at the clinic", "EN"),
    ("Locuieste cu inca 3 fete la nr. 9 Elm Grove.", "nr."),
])
def test_a_numbers_label_and_a_languages_code_stay(engine, text, kept):
    assert not any(p.startswith(kept) for p in removed(engine, text))


# what a second helper's attack found (/work/drafts/atk17b)
@pytest.mark.parametrize("text,kept", [
    ("BUS IS 20 MIN LATE", "IS 20 MIN"),
    ("Child protection (CP): plan agreed", "CP"),
    ("Looked after (LAC): review due", "LAC"),
    ("he wrote f-u-c-k-i-n-g on the wall", "f-u-c-k-i-n-g"),
    ("so H-A-P-P-Y today", "H-A-P-P-Y"),
    ("predicted A-B-C-C at A level", "A-B-C-C"),
    ("SUMMER FAIR\nSummer fair is on Saturday.", "SUMMER"),
    ("WILL POWER\nWill power matters.", "WILL"),
    ("Is it in the Morning Star? Did you pay the Water Bill?", "Bill"),
    ("Research notes: see page P12.", "P12"),
    ("Facilitator: What's changed?\nJo Smith: A lot.\nFacilitator: And the men?\nAmy Brown: Less.", "Facilitator"),
    ("Man: white, 40s, shaved head\nKit: 150 condoms", "Man"),
    ("it was a whole dot com bubble back then", "whole"),
    ("born twenty six weeks early", "twenty"),
    ("the first of the second group went home", "first"),
    ("I Was 15/16 at the time", "15/16"),
    ("Grant felt like a long shot.", "Grant"),
    ("Told Summer holidays start soon.", "Summer"),
    ("save it for the 2nd to last slot", "2nd"),
])
def test_what_the_second_attack_found_ordinary_stays(engine, text, kept):
    assert not any(kept in p for p in removed(engine, text)), removed(engine, text)


@pytest.mark.parametrize("text,piece", [
    ("date of birth is oh three oh four ninety eight ok", "oh three oh four ninety eight"),
    ("that's E, V, A with one v", "E, V, A"),
    ("she spelled k a y l a for me", "k a y l a"),
    ("xxxx xxxx xxxx 4417 was the card", "4417"),
    ("Visa debit ending 0418, expired", "0418"),
    ("PIN number 0418 written on it", "0418"),
    ("Lived at Via Roma 00. Then", "Via Roma 00"),
    ("World Aids Day stall", "World Aids Day"),
    ("- Mon 1 - Bill\n- Thu 4 - Rich\n- Mon 8 - Faith", "Faith"),
])
def test_what_the_second_attack_found_leaking_is_removed(engine, text, piece):
    assert any(piece in p for p in removed(engine, text)), removed(engine, text)


@pytest.mark.parametrize("unit", ["•", "*", "-", "a dot ", "x "])
def test_runs_of_masks_dashes_and_dots_are_read_in_linear_time(engine, unit):
    short = cpu_seconds(engine, unit * (2_000 // len(unit)))
    long = cpu_seconds(engine, unit * (20_000 // len(unit)))
    assert long < 20 * short + 0.5


@pytest.mark.parametrize("text,piece", [
    ("National Insurance number: QQ 58 2l O6 A\nMs Kitti", "QQ 58 2l O6 A"),
    ("Ms Kitti Ba1ogh\nFlat 2\nl9 Ropewalk Lane\nKELDERBY", "l9 Ropewalk Lane"),
    ("van notes Saturday twenty sixth okay so busy", "twenty sixth"),
])
def test_scanned_numbers_and_a_spoken_weekdays_date(engine, text, piece):
    assert any(piece in p for p in removed(engine, text)), removed(engine, text)


def test_a_spoken_weekday_and_its_day_of_a_month_are_one_date(engine):
    assert any("fourth of march" in p for p in removed(engine, "outreach tuesday the fourth of march me and her"))


@pytest.mark.parametrize("text,piece", [
    ("postcode is queue ex three eight el double-u yeah", "queue ex three eight el double-u"),
    ("the postcode zed jay four, one bee tee ok", "zed jay four, one bee tee"),
    ("my number is oh seven seven oh oh nine oh oh for five six ok", "oh seven seven oh oh nine oh oh for five six"),
    ("crime reference is four seven, two one nine, stroke twenty five", "four seven, two one nine, stroke twenty five"),
])
def test_postcodes_numbers_and_references_said_aloud(engine, text, piece):
    assert piece in removed(engine, text)


@pytest.mark.parametrize("text", ["Meeting from 11.00 to 12.30 today.", "from one to two to three. seven to eight people",
                                  "the inbox is checked 9.30 to 4.30", "postcode is on the form"])
def test_times_and_counts_said_with_to_are_no_number(engine, text):
    assert not any(e == "PHONE_NUMBER" or e == "POSTCODE" for e in
                   (s.entity for s in engine.find([text])[0]))


# what a third helper's attack found (/work/drafts/atk17c)
@pytest.mark.parametrize("text,kept", [
    ("Will ring her Monday first thing.", "first"),
    ("Friday first aid refresher at the hall", "first"),
    ("Tue 10 - noon\nWed 11 - noon", "10"),
    ("Mon 8 - women\nTue 9 - women", "8"),
    ("Grant decided to fund it.", "Grant"),
    ("Hope knew no bounds.", "Hope"),
    ("Respect. Dignity. Hope", "Hope"),
    ("Research notes: room P12, Page P12, P12 car park.", "P12"),
    ("we need rooms one oh one to one oh nine", "one"),
    ("Did you watch Eastenders?", "Eastenders"),
    ("Hope - is it worth reapplying?", "Hope"),
    ("Mentor: hi\nJo Smith: hi\nMentor: ok", "Mentor"),
    ("Referrals Via Police 12 today", "Police"),
    ("he was s-k-i-n-t again", "s-k-i-n-t"),
    ("herbs: Basil; Sage", "Sage"),
    ("Present: DS Smith (SWP), Jo Bell", "SWP"),
    ("it was a polka dot uk dress", "polka"),
    ("the third of the fourth series", "third"),
    ("booked 24HRS ahead, booking 2NITES", "HRS"),
])
def test_what_the_third_attack_found_ordinary_stays(engine, text, kept):
    assert not any(kept in p for p in removed(engine, text)), removed(engine, text)


def test_spaced_bullets_are_read_in_linear_time(engine):
    short = cpu_seconds(engine, "• " * 1_000)
    long = cpu_seconds(engine, "• " * 10_000)
    assert long < 20 * short + 0.5
