"""The town of an address found by the postcode after it (deidentify/address_lines.py), and
postcodes typed with letters the Royal Mail never uses."""

import pytest

from deidentify.recognizers.uk_postcode import PostcodeRecognizer
from tests.deidentify.conftest import found, removed


@pytest.mark.parametrize("text,town", [
    ("BRAMLEY & VOSS LLP\n2nd Floor, Tallow House\n41 Tallow Road\nWendleford  QX3 4JD\nT: 0113 496 0771",
     "Wendleford"),
    ("Status Casework\nPO Box 2281\nOrbiston\nQX98 2HJ\n\nMs Ana", "Orbiston"),
    ("Suite 4, Lark Chambers\n9 Cooper's Wynd\nFennimore Vale\nZJ1 6LU\n", "Fennimore Vale"),
    ("no post to home (22 Ember Court, Hollinsby ZJ4 6PW) - sister opens it", "Hollinsby"),
    ("WITNESS CARE\nTHE COURTHOUSE\nMARSHBY QX1 2BB", "MARSHBY"),
])
def test_the_town_before_a_postcode_is_removed(engine, text, town):
    assert any(town in piece for piece in removed(engine, text))


@pytest.mark.parametrize("text,label", [("Tel\nQX3 4JD", "Tel"), ("Dear\nQX3 4JD", "Dear"),
                                        ("Ref QX3 4JD", "Ref"), ("Postcode: QX3 4JD", "Postcode")])
def test_a_label_before_a_postcode_is_no_town(engine, text, label):
    assert not any(label in piece for piece in removed(engine, text))


@pytest.mark.parametrize("text,code", [("Anfield House\nOrbiston\nQX99 1HO\n", "QX99 1HO"),
                                       ("Skelby QX1 2CC", "QX1 2CC")])
def test_a_postcode_with_letters_royal_mail_never_uses_is_still_removed(engine, text, code):
    assert code in " ".join(removed(engine, text))


@pytest.mark.parametrize("text", ["GIVEN ONDANSETRON X1 4MG IV", "OBS Q4 2PM AND 6PM", "A1 2ML"])
def test_a_dose_or_a_time_in_capitals_is_no_postcode(text):
    assert found(PostcodeRecognizer(), text) == []


@pytest.mark.parametrize("text,pieces", [
    ("4 Vine St\nThrushcombe\nWest Yorkshire ZJ4 6PW", ["Thrushcombe"]),
    ("22 Ember Court\nHollinsby\nQX Shire\nZJ4 6PW", ["Hollinsby", "QX Shire"]),
    ("4 Vine St\nthrushcombe\nzj4 6pw", ["thrushcombe"]),
    ("Address - Thrushcombe - ZJ4 6PW", ["Thrushcombe"]),
    ("Hollinsby. ZJ4 6PW", ["Hollinsby"]),
])
def test_towns_and_counties_of_an_address_block(engine, text, pieces):
    found = " ".join(removed(engine, text))
    assert all(piece in found for piece in pieces)


@pytest.mark.parametrize("text,pieces", [
    ("LIVES AT 1180 W PALMER AVE APT 3, HARLOWMERE 90447.", ["HARLOWMERE", "90447"]),
    ("1180 W PALMER AVE APT 3\nHARLOWMERE, CA 90447", ["HARLOWMERE", "90447"]),
])
def test_a_us_town_and_its_zip_code(engine, text, pieces):
    found = " ".join(removed(engine, text))
    assert all(piece in found for piece in pieces)


def test_a_number_after_a_word_is_no_zip_code(engine):
    assert removed(engine, "She paid 40 dollars 90447 times") == []


@pytest.mark.parametrize("text,code", [("Visited the flat (SW13 3ND). Met her", "SW13 3ND"),
                                       ("address flat 2a, 63 Mill Lane, BS16 0ST. NHS", "BS16 0ST")])
def test_a_postcode_ending_like_an_ordinal_is_still_removed(engine, text, code):
    assert code in removed(engine, text)


def test_a_range_of_house_numbers_before_a_found_place(engine):
    text = "Address: Seaview Guest House, Room 5, 31-33 Esplanade North, Tarnmouth XV2 6NB"
    assert "31-33 Esplanade North" in removed(engine, text)
    assert "12-14" not in " ".join(removed(engine, "read pages 12-14 Smith said, then 15-20 Jones"))
