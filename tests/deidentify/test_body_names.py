"""Bodies named with their head word, which the model finds whole but its edges used to lose
(ner_entities.py): "Wyvern Vale Police", a practice in capitals, a person taken for an
organisation because a word of the name is also a country."""

import pytest
from spacy.tokens import Span

from deidentify.recognizers.ner_entities import NerEntityRecognizer

from tests.deidentify.conftest import removed


@pytest.mark.parametrize("text,piece", [
    ("Passed anonymised intel to Wyvern Vale Police via the third-party reporting form",
     "Wyvern Vale Police"),
    ("COPPERAS BANK MEDICAL PRACTICE\n2 Tinsmith Road, Ollerbridge QX6 0RL", "MEDICAL PRACTICE"),
    ("MADDLESTON & OLLERBRIDGE MENTAL HEALTH PARTNERSHIP NHS FOUNDATION TRUST",
     "MENTAL HEALTH PARTNERSHIP"),
    ("1998 gave statement at Kestlebury Police Station 16/4, SF attended",
     "Kestlebury Police Station"),
    ("Viewing: Monday at 11.00am. Please meet Jordan Fairhurst, Housing Officer, outside.",
     "Jordan Fairhurst"),
])
def test_a_body_keeps_its_head(engine, text, piece):
    assert any(piece in p for p in removed(engine, text))


@pytest.mark.parametrize("text,kept", [
    ("told Anna Police are aware", "Police"),
    ("DOB: 2/3/88. Works at Orchid Thai Massage on Station Road.", "on"),
    ("a mate recommended. Vehicle dark blue Kia Sportage, reg partly seen", "Kia"),
    ("D/C INSTRUCTIONS REVIEWED. RX X4 SENT TO PHARMACY. F/U DR HALVORSEN", "PHARMACY"),
])
def test_no_word_beside_a_name_becomes_a_body(engine, text, kept):
    assert not any(kept in p.split() for p in removed(engine, text))


@pytest.mark.parametrize("text,kept", [
    ("Referral sent to the Single Competent Authority and Probation Service today.", "Probation"),
    ("Children's Social Care aware; Housing Options booked for Monday", "Housing Options"),
    ("Modern Slavery Competent Authority\nBy email only", "Competent Authority"),
])
def test_national_bodies_and_generic_teams_stay(engine, text, kept):
    assert not any(kept in p for p in removed(engine, text))


def test_a_generic_teams_town_still_goes(engine):
    assert "Tarnmouth" in " ".join(removed(engine, "assessed by the Tarnmouth CMHT in 2023"))


def _tagged(engine, text: str, first: int, last: int, label: str):
    """The text's artifacts with one entity the model might have run over lines."""
    nlp_engine = engine.nlp_engine
    doc = nlp_engine.nlp["en"](text)
    doc.ents = [Span(doc, first, last, label=label)]
    artifacts = nlp_engine._doc_to_nlp_artifact(doc, "en")
    artifacts.as_written = text
    return artifacts


def test_an_entity_run_over_lines_is_read_line_by_line(engine):
    text = "Halkirk Borough Council\nEilidh MacPhearsain (EM) - Team Lead"
    # the model's "Halkirk Borough Council\nEilidh MacPhearsain" as one organisation
    artifacts = _tagged(engine, text, 0, 6, "ORG")
    recognizer = next(r for r in engine.analyzer.registry.recognizers
                      if isinstance(r, NerEntityRecognizer))
    pieces = [text[r.start:r.end] for r in recognizer.analyze(text, None, artifacts)]
    assert pieces == ["Halkirk Borough Council", "Eilidh MacPhearsain"]
    # and the person on the second line is a person, with her initials
    assert {"Eilidh MacPhearsain", "EM"} <= set(removed(engine, text))


def test_a_label_starting_the_next_line_is_not_part_of_the_name(engine):
    text = "Statement of Ioana Marinescu\nAge if under 18: over 18"
    artifacts = _tagged(engine, text, 2, 6, "PERSON")  # "Ioana Marinescu\nAge"
    recognizer = next(r for r in engine.analyzer.registry.recognizers
                      if isinstance(r, NerEntityRecognizer))
    assert [text[r.start:r.end] for r in recognizer.analyze(text, None, artifacts)] \
        == ["Ioana Marinescu"]
    # a name alone on the next line stays a name ("Angel")
    text = "Name or working name (optional)\nAngel\nBest way to contact you: text"
    doc = engine.nlp_engine.nlp["en"](text)
    first = next(t.i for t in doc if t.text == "optional")
    artifacts = _tagged(engine, text, first, first + 4, "PERSON")  # "optional)\nAngel"
    assert "Angel" in [text[r.start:r.end] for r in recognizer.analyze(text, None, artifacts)]


@pytest.mark.parametrize("text,body", [
    ("Consultant in Sexual Health, Lochan Clinic, NHS Strathmorven", "NHS Strathmorven"),
    ("Concerns Team, Glyndeg University Health Board", "Glyndeg University Health Board"),
    ("Guest: Dr Hollie Brannigan-Sesay, researcher, University of Wendlebridge (item 3 only)",
     "University of Wendlebridge"),
])
def test_a_health_board_and_a_university_whole(engine, text, body):
    assert body in removed(engine, text)
