import pytest

from deidentify.operators import month_year
from deidentify.recognizers.dates import DateFormsRecognizer
from tests.deidentify.conftest import found, removed

R = DateFormsRecognizer()


@pytest.mark.parametrize("value", ["12/03/2024", "3/4/98", "12.3.2024", "2024-05-06",
                                   "12 March 2024", "3rd Jan 2025", "June 3rd, 2024",
                                   "14th June", "5th Dec", "Fri 16th", "Tuesday 2nd April",
                                   "Jan 2023"])
def test_dates(value):
    assert found(R, f"appointment {value} ok") == [(value, "DATE")]


@pytest.mark.parametrize("text,value", [("DOB 12/03/1995", "12/03/1995"),
                                        ("d.o.b. 3.3.98.", "3.3.98"),
                                        ("born 14 February 1993", "14 February 1993"),
                                        ("b. 1991", "1991"),
                                        ("D.O.B. 3 . 8 . 86\nAdd: c/o", "3 . 8 . 86")])
def test_dates_of_birth(text, value):
    assert (value, "DATE_OF_BIRTH") in found(R, text)


@pytest.mark.parametrize("text,value", [
    ("shut down by the cops in march. anyone", "march"),
    ("did the exact same to me last june", "june"),
    ("saw her the 9th, she was lovely", "9th"), ("u working xmas eve?", "xmas eve"),
    ("wants to continue. Next Mon 2nd June at 10.", "Next Mon 2nd June"),  # forms overlapping
    ("Are you free Thursday the 14th? I shall be", "Thursday the 14th"),
    ("open on New Year's Day, special opening", "New Year's Day"),
    ("hasn't been out since like Christmas. he said", "Christmas"),
    ("Ana-Sofia's leave 22/12-2/1. Marguerite covering.", "22/12-2/1"),
    ("Previous address: 9 Mill Close (2017–2022); now", "2017–2022"),
    ("Ugly mugs log (export) — Oct–Dec 2027", "Oct–Dec 2027"),
    ("partner in prison, out Nov. Referred", "Nov."),
    ("First time the van has been there since autumn. Gaz said", "autumn"),
])
def test_dates_texted_in_lower_case_and_bare_ordinals(text, value):
    assert found(R, text) == [(value, "DATE")]


@pytest.mark.parametrize("text", ["doxy 7/7", "she may come", "open 24/7", "March on", "3 mins",
                                  "you may want to", "the 3rd time she came",
                                  "on the 2nd floor", "Dec appetite and fluids",
                                  "Court 3 - 2026 - 10:00", "Hb 12.5 at 2019-20.5",
                                  "needs a winter coat", "in spring"])
def test_date_look_alikes(text):
    assert found(R, text) == []


@pytest.mark.parametrize("value,expected", [
    ("12/03/2024", "March 2024"), ("3/4/98", "April 1998"), ("2024-05-06", "May 2024"),
    ("14th June", "June"), ("3 Jan 2025", "January 2025"), ("1/3", "March"), ("soon", "[DATE]"),
])
def test_dates_generalise_to_month_and_year(value, expected):
    assert month_year(value) == expected


@pytest.mark.parametrize("text,value", [
    ("says she's been here since май. Wants hep B jab", "май"),
    ("before coming to UK in octubre. Trabaja de escort", "octubre"),
    ("Chegou em agosto, trabalha em casa.", "agosto"),
])
def test_a_month_alone_in_the_service_users_languages_after_a_word_that_dates_it(text, value):
    from deidentify.recognizers.foreign_dates import ForeignDateRecognizer
    assert found(ForeignDateRecognizer(), text) == [(value, "DATE")]


@pytest.mark.parametrize("text", ["Nu mai vreau.", "Vivía en la mar.", "She went to Mars in"])
def test_ambiguous_month_words_in_other_languages_stay(text):
    from deidentify.recognizers.foreign_dates import ForeignDateRecognizer
    assert found(ForeignDateRecognizer(), text) == []


@pytest.mark.parametrize("text,value", [
    ("Booking bloods Sept - syph/HIV/hep B neg.", "Sept"),
    ("mum died August - anniversary of dad's death also this week.", "August"),
    ("Stay safe, we're open 27th. Reply STOP to stop msgs", "27th"),
])
def test_the_day_and_month_of_a_date_the_model_finds_go_as_stock_presidio_removes_them(
        engine, text, value):
    from tests.deidentify.conftest import removed
    assert value in removed(engine, text), removed(engine, text)


@pytest.mark.parametrize("text,kept", [
    ("L cheek tender, L 9th rib. Plan CT head", "9th"),
    ("See you tonight or next week.", "tonight"),
])
def test_what_a_date_the_model_finds_counts_or_calls_relative_stays(engine, text, kept):
    from tests.deidentify.conftest import removed
    assert kept not in removed(engine, text), removed(engine, text)


@pytest.mark.parametrize("text", [
    "Antenatal clinic 28/40, BP 128/82", "Last UPSI 2/52 ago", "PT C/O PAIN 6/10 L HIP",
    "pt c/o ha 5/10, tylenol given", "Amoxicillin 500mg TDS 5/7", "aciclovir 400 tds 5/7",
])
def test_clinical_fractions_are_no_dates(engine, text):
    from tests.deidentify.conftest import removed
    assert not any("/" in r for r in removed(engine, text)), removed(engine, text)


@pytest.mark.parametrize("text,value", [
    ("DOB 2/52, lives alone", "2/52"), ("Seen 6/10 for review", "6/10"), ("LMP 2/2. Cx", "2/2"),
])
def test_the_same_shapes_after_a_date_word_stay_dates(engine, text, value):
    from tests.deidentify.conftest import removed
    assert value in removed(engine, text), removed(engine, text)


@pytest.mark.parametrize("text,date,time", [
    ("2027-06-03 22:41 阿芳: 明天那个老板要来收房租", "2027-06-03", "22"),
    ("29 May 09:14 (in): u lot got any sleeping bags left", "29 May", "09"),
    ("Марина К, 24.06.2027 22:17: дівчата хто знає", "24.06.2027", "22"),
    ("Ladies (export)\n2027.07.19 Monday\n10:01 Amy: hi", "2027.07.19", "10"),
])
def test_a_chats_time_stamp_keeps_its_time(engine, text, date, time):
    pieces = removed(engine, text)
    assert date in pieces and not any(p.endswith(time) and p != date for p in pieces)


@pytest.mark.parametrize("text,piece", [
    ("UGLY MUGS JULY 2027 - for workers", "JULY 2027"),
    ("VL <50 (Jan), CD4 612", "Jan"),
    ("Previous miscarriage 2025 - grief unresolved", "2025"),
    ("tenancy ends 30th. Still waiting", "30th"),
    ("nans bday 22nd", "22nd"),
    ("rang police on me in feb", "feb"),
    ("VAN LOG - Sat 4 April (Easter Saturday)", "Easter Saturday"),
    ("In Songkran 2567 she came home", "Songkran 2567"),
    ("before the Dragon Boat Festival", "Dragon Boat Festival"),
    ("wants to go home by Christmas.", "Christmas"),
])
def test_months_years_ordinals_and_feasts_alone(text, piece):
    assert piece in [value for value, _ in found(R, text)]


@pytest.mark.parametrize("text", ["Housing Act 1996 Part 7", "Easter eggs went down well",
                                  "Christmas party on the ward", "paid £2000 for it",
                                  "took 2000 mg"])
def test_acts_feasts_naming_things_and_amounts_are_no_dates(text):
    assert found(R, text) == []


@pytest.mark.parametrize("text,piece", [
    ("ROUND-UP - APRIL TO JULY 2027 - for workers", "APRIL TO JULY 2027"),
    ("REPORT APR-JUL 2027", "APR-JUL 2027"),
    ("Deported Nov '25", "Nov '25"),
    ("VL <50 [Jan] CD4 612", "Jan"),
    ("smear due aug", "aug"),
    ("visa runs out 3rd", "3rd"),
])
def test_month_ranges_short_years_and_cued_months(engine, text, piece):
    assert piece in removed(engine, text)


@pytest.mark.parametrize("text,date", [
    ("PIP form sent 3/3 (ref on file), waiting", "3/3"),
    ("Date it happened: 28th about 1am", "28th"),
    ("notice seeking possession served Jan, hearing listed", "Jan"),
])
def test_a_day_month_or_month_after_what_happened_then(engine, text, date):
    assert date in removed(engine, text)


@pytest.mark.parametrize("text,kept", [("doxy 7/7 given, open 24/7", "7/7"),
                                       ("she was served a notice", "served")])
def test_courses_and_the_cue_words_alone_stay(engine, text, kept):
    assert not any(kept in piece for piece in removed(engine, text))


@pytest.mark.parametrize("text,day", [
    ("31 Oct\nHalloween at the Crown 🎃 went as Morticia", "Halloween"),
    ("Every St Patrick's Day I light a candle for her", "St Patrick's Day"),
    ("wszystkiego najlepszego (happy women's day)", "women's day"),
    ("feb 14\nvalentines. made more money tonight than in january", "valentines"),
    ("He wants to go back for New Year but is scared", "New Year"),
])
def test_days_a_year_names(engine, text, day):
    assert any(day in piece for piece in removed(engine, text))


def test_a_new_year_not_named_stays(engine):
    assert not any("year" in piece.lower() for piece in
                   removed(engine, "been down south since the new year staying with a fella"))


def test_a_year_opening_a_chronologys_line_is_a_date():
    text = ("Chronology\n2011 - marries Kieran.\n- 2015 - boyfriend Stefan\n"
            "1996 (approx; no birth certificate)\n2000 mg daily")
    assert [t for t, _ in found(R, text)] == ["2011", "2015", "1996"]


def test_a_two_digit_year_after_a_day_and_month_or_an_apostrophe():
    text = "dob 14 march 99; born in '94; on 14 March 20 mins later; 2 June 25 years"
    assert [t for t, _ in found(R, text) if "99" in t or "94" in t or "20" in t] == [
        "14 march 99", "'94"]
