"""Scoring against gold spans, and the quality the workbench promises (regression guards)."""

from __future__ import annotations

import pandas as pd
import pytest

from deidentify.evaluate import GoldNote, evaluate, f_beta
from deidentify.gold_notes import load_handwritten, parse_note

NOTE = GoldNote("n1", "Saw Ioana Popescu on 07700 900123 today.",
                ((4, 17, "PERSON"), (21, 33, "PHONE_NUMBER")))


def test_perfect_detection():
    per, overall, leaks = evaluate([NOTE], lambda texts: [[(4, 17), (21, 33)]])
    assert overall["recall"] == 1.0 and overall["precision"] == 1.0 and overall["leaked_tokens"] == 0
    assert overall["other_words_kept"] == 1.0 and leaks.empty


def test_a_partly_removed_phone_number_is_a_leak():
    per, overall, leaks = evaluate([NOTE], lambda texts: [[(4, 17), (21, 26)]])
    assert leaks.token.tolist() == ["900123"]
    assert overall["recall"] == pytest.approx(3 / 4)
    phone = per.set_index("entity_type").loc["PHONE_NUMBER"]
    assert phone.recall == 0.5 and phone.leaked == 1


def test_over_removal_lowers_precision_and_words_kept():
    _, overall, _ = evaluate([NOTE], lambda texts: [[(0, 40)]])
    assert overall["recall"] == 1.0
    assert overall["precision"] == pytest.approx(4 / 7)
    assert overall["other_words_kept"] == 0.0


def test_f2_weighs_recall_more():
    assert f_beta(0.5, 1.0) > f_beta(1.0, 0.5)
    assert f_beta(1.0, 1.0) == 1.0 and f_beta(0.0, 0.0) == 0.0


def test_gold_markup_is_parsed_into_offsets():
    note = parse_note("x", "Met [[Ana|PERSON]] at [[12 Mill Lane|STREET_ADDRESS]].")
    assert note.text == "Met Ana at 12 Mill Lane."
    assert [note.text[s:e] for s, e, _ in note.spans] == ["Ana", "12 Mill Lane"]


def test_the_handwritten_set_has_at_least_60_notes_of_every_style():
    notes = load_handwritten()
    assert len(notes) >= 60 and sum(len(n.spans) for n in notes) > 250


def test_quality_on_the_handwritten_notes(engine):
    _, overall, leaks = evaluate(load_handwritten(), engine.find)
    assert overall["recall"] >= 0.98, leaks.token.tolist()
    assert overall["other_words_kept"] >= 0.95


def test_quality_on_generated_notes_with_the_project_registry(synthetic_project):
    from deidentify.engine import Deidentifier
    from workbench.evaluation_sets import generated_gold

    gold, records, known = generated_gold(synthetic_project, sample=600)
    engine = Deidentifier(known=known)
    _, overall, leaks = evaluate(gold, lambda texts: engine.find(texts, records))
    assert overall["recall"] >= 0.99, leaks.token.tolist()[:20]
    assert overall["other_words_kept"] >= 0.95


def test_precision_is_reported_by_the_type_something_was_removed_as():
    per, _, _ = evaluate([NOTE], lambda texts: [[(4, 17, "PERSON"), (21, 33, "PHONE_NUMBER"),
                                                 (34, 39, "PERSON")]])
    table = per.set_index("entity_type")
    assert table.loc["PERSON", "precision"] == pytest.approx(2 / 3)  # "today" is no name
    assert table.loc["PHONE_NUMBER", "precision"] == 1.0
    assert table.loc["PERSON", "f2"] == pytest.approx(f_beta(2 / 3, 1.0))


def test_recall_not_kept_leaves_out_the_tokens_kept_on_purpose():
    from workbench.evaluation_sets import recall_not_kept

    overall = {"identifier_tokens": 100, "leaked_tokens": 30}
    assert recall_not_kept(overall, 0) == pytest.approx(0.70)
    assert recall_not_kept(overall, 20) == pytest.approx(70 / 80)  # 20 of the 30 were decisions
    assert recall_not_kept({"identifier_tokens": 5, "leaked_tokens": 5}, 5) == 1.0


def test_every_token_of_a_place_kept_whole_counts_as_kept_on_purpose(engine):
    from workbench.evaluation_sets import kept_on_purpose

    note = GoldNote("n1", "She moved to the United Kingdom with Dorota.", ((17, 31, "LOCATION"),))
    assert engine.allow.covers("United Kingdom")
    leaks = pd.DataFrame({"note_id": ["n1", "n1"], "token": ["United", "Kingdom"]})
    assert kept_on_purpose(engine, leaks, [note]) == 2
    stray = pd.DataFrame({"note_id": ["n1"], "token": ["Dorota"]})
    assert kept_on_purpose(engine, stray, [note]) == 0


def test_a_nationality_the_model_tags_counts_as_kept_on_purpose(engine):
    from workbench.evaluation_sets import kept_mask

    note = GoldNote("n1", "She loves the Canadian team and Dorota.", ((14, 22, "LOCATION"),))
    leaks = pd.DataFrame({"note_id": ["n1", "n1"], "token": ["Canadian", "Dorota"]})
    assert list(kept_mask(engine, leaks, [note])) == [True, False]


def test_the_tokens_stock_removes_and_the_project_leaks_are_counted_by_type(engine):
    from workbench.evaluation_sets import by_type_table

    per = pd.DataFrame({"entity_type": ["LOCATION"], "tokens": [4], "recall": [0.5],
                        "leaked": [2], "precision": [1.0], "kept_on_purpose": [1],
                        "stock_removes_project_leaks": [1]})
    table = by_type_table({"per_type": per}).set_index("entity_type")
    assert table.loc["LOCATION", "kept_on_purpose"] == 1
    assert table.loc["LOCATION", "stock_only"] == 1
