"""Places from the gazetteer (deidentify/recognizers/place_names.py, lexicon.places), and the
other general readings of informal English added with them (issue 11)."""

import pytest

from deidentify.lexicon import fold, misspelt, places
from deidentify.lowercase_pass import english
from deidentify.recognizers.ner_entities import NerEntityRecognizer
from tests.deidentify.conftest import removed


def test_the_gazetteer_holds_cities_and_us_states_with_their_accents_read():
    names = places()
    assert {"rotterdam", "los angeles", "new jersey", "krakow", "benin city"} <= names
    assert fold("São Paulo") in names  # written with escapes in the bundled JSON


@pytest.mark.parametrize("text,place", [
    ("i live in rotterdam now and its ok", "rotterdam"),  # lower case after a place cue
    ("we drove thru new jersey last week", "new jersey"),  # several words, lower case
    ("She is from Benin City and her family is still there.", "Benin City"),
    ("Moved back to KETTERING last year, she says.", "KETTERING"),  # capitals, mixed case
    ("she lives in east rotterdam with her aunt", "east rotterdam"),  # a compass word joins
    # a note all in capitals: after a place cue, or a word English rarely uses
    ("DAUGHTER CALLS DAILY FROM TUCSON, NUMBER ON FACE SHEET", "TUCSON"),
    ("SOCIAL: PT FROM HOLYOKE, LIVES ALONE.", "HOLYOKE"),
    ("VNA TO SEE PT AT HOME, 44 PARTRIDGE LANE, SAUGUS.", "SAUGUS"),
    # a list goes on after a place found: "outcalls" is a place cue in an advert
    ("tanned n ready. outcalls wakefield ossett horbury + hotels", "wakefield"),
    ("tanned n ready. outcalls wakefield ossett horbury + hotels", "ossett"),
    ("tanned n ready. outcalls wakefield ossett horbury + hotels", "horbury"),
    ("lost on friday, pls share #leeds #lostphone", "leeds"),
])
def test_a_place_the_gazetteer_knows_is_removed(engine, text, place):
    assert any(place in r for r in removed(engine, text))


@pytest.mark.parametrize("text,word", [
    ("i was reading in bed all day lol", "reading"),  # a town, and an everyday word
    ("it was nice in the sun today", "nice"),
    ("i want to punch the wall", "punch"),  # "to" before a verb is no place cue
    ("She is from Romania and speaks some English.", "Romania"),  # countries are kept
    ("PT ENJOYS READING, NICE TO CHAT WITH.", "READING"),  # capitals: no cue, everyday
])
def test_everyday_words_and_countries_are_not_taken_for_places(engine, text, word):
    assert not any(word in r for r in removed(engine, text))


def test_a_lower_case_word_the_model_tags_alone_is_kept_only_in_english(engine):
    nlp = engine.nlp_engine.nlp["en"]
    word = nlp("pheasant")[0]  # English uses it (Zipf 3-5) and it is not a given name
    assert NerEntityRecognizer._trim([word], lower_alone=True) == [word]
    assert NerEntityRecognizer._trim([word], lower_alone=False) == []
    house = nlp("house")[0]  # an everyday word goes either way
    assert NerEntityRecognizer._trim([house], lower_alone=True) == []


def test_a_word_english_never_uses_starting_a_sentence_is_a_name(engine):
    text = "Velmoriq continues to attend the drop-in on Tuesdays."
    assert "Velmoriq" in removed(engine, text)


@pytest.mark.parametrize("word", ["Beyooond", "Becaise", "Woaw"])
def test_chat_spellings_and_typos_of_english_words_are_misspelt(word):
    assert misspelt(word)


@pytest.mark.parametrize("word", ["Velmoriq", "Siriporn", "Brexhamton"])
def test_names_are_not_misspelt(word):
    assert not misspelt(word)


def test_a_short_message_with_a_name_is_still_english_and_other_languages_are_not():
    assert english("where's tarkovan ?")
    assert english("salute to velmira tarsko and kunovan")
    assert not english("zdravei az sum gergana nomera mi e pishi mi na viber")


def test_a_name_found_once_is_removed_wherever_else_the_note_writes_it(engine):
    text = "Also saw Mandy and Velmoriq, both fine. Velmoriq moved to a new flat."
    assert removed(engine, text).count("Velmoriq") == 2


def test_a_persons_initials_are_removed_where_the_note_uses_them(engine):
    text = ("Strategy meeting - Leah (LL). The meeting for Leah Lockwood is on Thursday; "
            "complainant S.W. (Sasha Wright) attends.")
    out = removed(engine, text)
    assert "LL" in out and out.count("S.W.") == 1


def test_initials_are_matched_whole_and_in_capitals_only():
    from deidentify.engine import Span
    from deidentify.repeated_names import repeat_names

    text = "Leah Lockwood seen. LLM, ll, LL. and L.L.M. are no mention; LL is."
    out = repeat_names(text, [Span(0, 13, "PERSON", 0.85)])
    assert [text[s.start:s.end] for s in out] == ["Leah Lockwood", "LL", "LL"]


def test_a_repeated_name_never_repeats_an_everyday_word_or_a_nationality():
    from deidentify.engine import Span
    from deidentify.repeated_names import repeat_names

    text = "Will Tarkovan came. She will come back, Tarkovan says. Romanian, speaks Romanian."
    first = text.index("Romanian")
    spans = [Span(0, 13, "PERSON", 0.85), Span(first, first + 8, "PERSON", 0.6)]
    out = repeat_names(text, spans, groups=frozenset({"romanian"}))
    assert [text[s.start:s.end] for s in out] == ["Will Tarkovan", "Tarkovan", "Romanian"]


def test_numbers_doses_and_counts_at_an_entitys_edge_go_but_handles_stay(engine):
    doc = engine.nlp_engine.nlp["en"]("Zofran 400MG X3 then Jonno77 DY6 40")
    tokens = list(doc)
    assert [t.text for t in NerEntityRecognizer._trim(tokens[:3])] == ["Zofran"]
    assert [t.text for t in NerEntityRecognizer._trim(tokens[4:7])] == ["Jonno77", "DY6"]


def test_a_year_in_a_date_the_model_finds_is_removed_as_stock_presidio_removes_it(engine):
    text = "Immigration: asylum claim refused 2023, appeal lodged. Seen tonight at 11am."
    out = removed(engine, text)
    assert "2023" in out and not {"tonight", "11am"} & set(out)


def test_a_word_capitalised_mid_sentence_at_a_persons_edge_stays(engine):
    doc = engine.nlp_engine.nlp["en"]("Walk-in with Mei Ling today.")
    name = [t for t in doc if t.text in ("Mei", "Ling")]
    assert NerEntityRecognizer._trim(name, named=True) == name  # "Ling": English uses it
    assert NerEntityRecognizer._trim(name, named=False) == name[:1]  # in an organisation


def test_everyday_words_of_other_languages_at_an_entitys_edge_go(engine):
    doc = engine.nlp_engine.nlp["en"]("sono amica gergana")
    assert [t.text for t in NerEntityRecognizer._known_lower_only(list(doc))] == ["gergana"]
    assert NerEntityRecognizer._known_lower_only(list(doc)[:2]) == []  # "sono amica"


def test_a_lower_case_family_name_after_a_lower_case_given_name_is_restored_with_it(engine):
    assert engine.truecase.restore("only sarah brown working today") == \
        "only Sarah Brown working today"
    assert "sarah brown" in removed(engine, "only sarah brown working today, she is fine")


def test_a_known_family_name_at_a_persons_edge_stays_in_lower_case(engine):
    doc = engine.nlp_engine.nlp["en"]("lisa shaw")  # "shaw": a family name only
    assert NerEntityRecognizer._trim(list(doc), person=True) == list(doc)
    assert NerEntityRecognizer._trim(list(doc), person=False) == list(doc)[:1]
