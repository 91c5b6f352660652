"""Invisible characters and full-width forms never hide an identifier (normalise.py)."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from deidentify.engine import Deidentifier
from deidentify.gold_notes import load_handwritten
from workbench.core.resources import datasets_dir
from deidentify.known_model import KnownIdentifiers, Record
from deidentify.normalise import invisible, normalise
from tests.hypothesis_budget import examples

INVISIBLE = [chr(c) for c in range(sys.maxunicode + 1)
             if unicodedata.category(chr(c)) in ("Cf", "Cc") and chr(c) not in "\t\n\r"]
HIDERS = "\u200b\u00ad\u200d\u200c\u2060\ufeff\x00\u202e"  # the usual suspects, first


def test_the_copy_maps_back_over_the_invisible_characters():
    text = "call Io\u200bana on \uff10\uff17\uff17\uff10\uff10 900\u00ad123"
    norm = normalise(text)
    assert norm.text == "call Ioana on 07700 900123"
    start = norm.text.index("Ioana")
    assert norm.to_original(start, start + 5) == (5, 11)  # the zero-width space inside
    s, e = norm.to_original(norm.text.index("07700"), len(norm.text))
    assert text[s:e] == "\uff10\uff17\uff17\uff10\uff10 900\u00ad123"


def test_plain_text_is_its_own_copy():
    assert normalise("Saw Ioana, 07700 900123.\n").starts is None
    assert normalise("café crème").text == "café crème"
    assert normalise("cafe\u0301").text == "café"  # combining accent composed


@pytest.mark.parametrize("text,value", [
    ("Saw Io\u200bana Pop\u00adescu today.", "Io\u200bana Pop\u00adescu"),
    ("Her mobile is 07700\u200b 900\u2060123.", "07700\u200b 900\u2060123"),
    ("Her mobile is \uff10\uff17\uff17\uff10\uff10 \uff19\uff10\uff10\uff11\uff12\uff13.",
     "\uff10\uff17\uff17\uff10\uff10 \uff19\uff10\uff10\uff11\uff12\uff13"),
    ("NHS 943\u200b476\u200b5919 on file.", "943\u200b476\u200b5919"),
    ("NI AB\x00123456C given.", "AB\x00123456C"),
    ("email viki.r\u200dose@example.net please", "viki.r\u200dose@example.net"),
    ("passport no 12\u00ad345678 kept by him", "12\u00ad345678"),
])
def test_an_invisible_character_inside_an_identifier_hides_nothing(engine, text, value):
    out = engine.deidentify([text])[0]
    assert out.status == "ok"
    assert value not in out.text
    bare = "".join(c for c in value if not invisible(c))
    assert bare not in "".join(c for c in out.text if not invisible(c))


def _perturbed(text: str, spans, draw) -> tuple[str, list[tuple[int, int]]]:
    """Insert invisible characters inside the gold identifiers; return the new text and the
    identifiers' word characters' new positions."""
    inserts: dict[int, str] = {}
    for start, end, _ in spans:
        for pos in range(start + 1, end):
            if draw(st.integers(0, 3)) == 0:
                inserts[pos] = "".join(draw(st.lists(st.sampled_from(HIDERS) | st.sampled_from(
                    INVISIBLE), min_size=1, max_size=2)))
    positions, shift = [], 0
    for i in range(len(text)):
        shift += len(inserts.get(i, ""))
        positions.append(i + shift)
    joined = "".join(inserts.get(i, "") + ch for i, ch in enumerate(text))
    return joined, positions


def _covered(spans, pos: int) -> bool:
    return any(s.start <= pos < s.end for s in spans)


# every hand-written set: the blind ones (clinical, informal, final) hold the forms added last
GOLD = [n for path in sorted((datasets_dir() / "gold_notes").glob("*.txt"))
        for n in load_handwritten(path) if n.spans]


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_random_invisible_characters_in_gold_identifiers_never_let_one_through(engine, data):
    """Whatever the engine removes from a gold note, it still removes with invisible
    characters inserted anywhere inside the identifiers (text mode)."""
    note = data.draw(st.sampled_from(GOLD))
    clean = engine.find([note.text])[0]
    text, positions = _perturbed(note.text, note.spans, data.draw)
    found = engine.find([text])[0]
    for start, end, _ in note.spans:
        for i in range(start, end):
            if note.text[i].isalnum() and _covered(clean, i):
                assert _covered(found, positions[i]), (text, note.text[start:end])
    out = engine.apply(text, found)[0]  # dates are generalised to the month: not checked
    visible = "".join(c for c in out if not invisible(c))
    clean_out = engine.apply(note.text, clean)[0]
    for start, end, entity in note.spans:
        value = note.text[start:end]
        if entity != "DATE" and all(_covered(clean, i) for i in range(start, end) if note.text[i].isalnum()):
            # the value as a word is no more often in the output than without the invisible
            # characters ("T" or "sam" may stand elsewhere in a note: "same", a leak of its own)
            word = re.compile(r"(?<!\w)" + re.escape(value) + r"(?!\w)")
            assert len(word.findall(visible)) <= len(word.findall(clean_out)), (text, value)


RECORD = Record(names=["Ioana Popescu", "Honey"],
                values={"07700 900123": "PHONE_NUMBER", "9434765919": "NHS_NUMBER",
                        "AB123456C": "NI_NUMBER", "533401372": "PASSPORT_NUMBER",
                        "P1234567/2": "HOME_OFFICE_REF", "ioana.p@example.net": "EMAIL_ADDRESS"})
RECORD_NOTE = ("Ioana Popescu (honey) rang from 07700 900123 about her NHS no 943 476 5919, "
               "NI ab 12 34 56 c and pp 533401372; HO ref P1234567/2; ioana.p@example.net")


@pytest.fixture(scope="module")
def registry_engine():
    known = KnownIdentifiers(name_tokens={"ioana": False, "popescu": False, "honey": True},
                             phrases={}, records={"u1": RECORD}, staff={})
    return Deidentifier(key=b"k" * 32, known=known)


def _values_in(text: str) -> list[tuple[int, int]]:
    wanted = ["Ioana Popescu", "honey", "07700 900123", "943 476 5919", "ab 12 34 56 c",
              "533401372", "P1234567/2", "ioana.p@example.net"]
    return [(text.index(v), text.index(v) + len(v)) for v in wanted]


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_registry_matching_sees_through_invisible_characters(registry_engine, data):
    """Project mode: a note's own record is removed however its values are interrupted."""
    spans = [(s, e, "X") for s, e in _values_in(RECORD_NOTE)]
    text, positions = _perturbed(RECORD_NOTE, spans, data.draw)
    found = registry_engine.find([text], [RECORD])[0]
    for start, end, _ in spans:
        for i in range(start, end):
            if RECORD_NOTE[i].isalnum():
                assert _covered(found, positions[i]), (text, RECORD_NOTE[start:end])


def test_registry_values_written_with_full_width_digits_still_match(registry_engine):
    record = Record(names=["Ioana"], values={"\uff10\uff17\uff17\uff10\uff10 900\u200b123":
                                            "PHONE_NUMBER"})
    text = "she texted from 07700900123 again"
    found = registry_engine.find([text], [record])[0]
    assert any(text[s.start:s.end] == "07700900123" for s in found)


@pytest.mark.parametrize("registered,written", [
    ("Olena Kovalenko", "Олена Коваленко"),
    ("Ștefania Dobre", "stefania DOBRE"),
    ("Wang Xiao Mei", "王小梅"),
])
def test_registry_names_match_across_scripts_and_diacritics(registry_engine, registered, written):
    text = f"Met {written} at the flat"
    found = registry_engine.find([text], [Record(names=[registered])])[0]
    start = text.index(written)
    assert all(any(s.start <= i < s.end for s in found)
               for i in range(start, start + len(written)) if text[i].isalnum())


def test_letters_written_for_digits_are_read_as_digits_one_for_one():
    from deidentify.normalise import normalise, undisguise_digits
    assert undisguise_digits("DOB: O9/O1/1985, call 077OO 9OO 2I4") == \
        "DOB: 09/01/1985, call 07700 900 214"
    # words, letters beside letters, and a number plate's letter O stay
    assert undisguise_digits("Ollie, lol, SpO2, CO2, IO, O961 HAA") == \
        "Ollie, lol, SpO2, CO2, IO, O961 HAA"
    copy = normalise("DOB: O9/O1/1985")
    assert copy.text == "DOB: 09/01/1985" and copy.to_original(5, 15) == (5, 15)


def test_a_long_run_of_marks_is_read_as_spaces_and_offsets_are_kept():
    from deidentify.normalise import quiet_marks
    text = "NIE " + "(" * 40 + "X1 Sarah " + "(." * 20 + " end ... ok?!"
    quiet = quiet_marks(text)
    assert len(quiet) == len(text) and "(" not in quiet and "..." in quiet and "?!" in quiet


def test_a_note_of_brackets_is_read_in_linear_time_and_its_names_still_go(engine):
    note = "NIE " + "(" * 19000 + "X1 Sarah Jones 07700 900123"
    pieces = [note[s.start:s.end] for s in engine.find([note])[0]]
    assert "Sarah Jones" in pieces and "07700 900123" in pieces, pieces


def test_a_scanners_digits_for_letters_are_read_as_letters_one_for_one():
    from deidentify.normalise import normalise, unscan_words
    assert unscan_words("PELLINGTH0RPE B0R0UGH C0UNCIL, Y0urs sincere1y, 0ctober, Apri1") == \
        "PELLINGTHORPE BOROUGH COUNCIL, Yours sincerely, October, April"
    # codes, postcodes, plates, handles and counts keep their digits
    kept = "ZT70 CDH27B044182 JQ1 1HP QX7 2PB T0NY 1 B1G 80B jade01 10am 1st Room 101 EX10"
    assert unscan_words(kept) == kept
    copy = normalise("Date: l4 0ctober 2O24")
    assert copy.text == "Date: 14 October 2024" and len(copy.text) == len(copy.original)


def test_a_scanned_day_before_its_month():
    from deidentify.normalise import undisguise_digits
    assert undisguise_digits("on l4 April, the l8th Apri1, l9 O8 1996, O2 store") == \
        "on 14 April, the 18th Apri1, 19 08 1996, O2 store"


@pytest.mark.parametrize("text,piece", [
    ("Date: l4 April 2O26\n\nDear Miss Mckenzie", "l4 April 2O26"),
    ("Y0urs sincere1y\n\nD. 0yelaran-Smythe\nSenior H0using 0fficer", "0yelaran-Smythe"),
    ("he drove me to Marram R0ad in his cousins car", "Marram R0ad"),
])
def test_a_scanned_letters_identifiers_go(engine, text, piece):
    from tests.deidentify.conftest import removed
    assert any(piece in p for p in removed(engine, text))


@pytest.mark.parametrize("kept", ["postcode ec1a 1zz", "London EC1A1ZZ", "SW1P 3AA", "reg b1lly",
                                  "Ref: KL/0yelaran/2026", "se1p"])
def test_the_scanners_rule_leaves_postcodes_plates_and_codes(kept):
    from deidentify.normalise import unscan_words
    assert unscan_words(kept) == kept


def test_a_scanners_letters_in_a_phones_group_a_postcodes_inward_code_and_a_capital_surname():
    from deidentify.normalise import undisguise_digits, unscan_words
    assert undisguise_digits("sister +359 88 OOO 4l27, post QX5 lNT or ZJ2 IAB") == \
        "sister +359 88 000 4127, post QX5 1NT or ZJ2 1AB"
    # (a plate's letters may be an O: "HT21 OKM"; "OO" is no group of a number alone)
    kept = "silver Focus HT21 OKM, Vehicle FB15 ORY, OO gauge, 10 OO"
    assert undisguise_digits(kept) == kept
    assert unscan_words("Ms Precious 0BASOGIE, H0ME 0FFICE") == "Ms Precious OBASOGIE, HOME OFFICE"


def test_a_name_carried_in_a_note_is_carried_with_an_invisible_character_inside(engine):
    """A firm's name found once and written again with a zero-width space inside its "LLP" is
    removed whole: the carry between mentions reads the normalised copy (session 18; the
    random test above found it)."""
    text = ("Kind regards\nPriya\nPriya Venkatesan | Solicitor | Hartley Immigration Law LLP\n"
            "Hartley Immigration Law L\u200bLP is authorised and regulated by the Solicitors Regulation Authority.")
    inside = text.index("L\u200bLP") + 3
    assert any(s.start <= inside < s.end for s in engine.find([text])[0])
