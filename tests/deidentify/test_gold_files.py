"""Gold files an evaluator brings (CoNLL, span JSONL) and `workbench evaluate-deid` on them,
beside stock Presidio."""

from __future__ import annotations

import json

import pytest

from deidentify.evaluate import evaluate
from deidentify.gold_files import load_conll, load_gold, load_span_jsonl
from deidentify.gold_notes import load_handwritten
from tests.cli_helpers import run_cli
from workbench.core.errors import InputError
from workbench.core.resources import datasets_dir

CONLL = ("hi\tO\nmaria\tB-person\nlopez\tI-person\nfrom\tO\nsan\tB-location\njose\tI-location\n"
         "loves\tO\nApple\tB-corporation\n\nok\tO\n")


def test_conll_texts_and_person_and_location_spans(tmp_path):
    (tmp_path / "dev.conll").write_text(CONLL)
    notes = load_conll(tmp_path / "dev.conll")
    assert [n.text for n in notes] == ["hi maria lopez from san jose loves Apple", "ok"]
    assert [(notes[0].text[s:e], t) for s, e, t in notes[0].spans] == [
        ("maria lopez", "PERSON"), ("san jose", "LOCATION")]  # a corporation is not scored


def test_span_jsonl_and_its_errors(tmp_path):
    good = tmp_path / "gold.jsonl"
    good.write_text(json.dumps({"id": "a", "text": "Saw Ioana today",
                                "spans": [{"start": 4, "end": 9, "type": "PERSON"}]}) + "\n"
                    + json.dumps({"text": "Call 07700 900123", "spans": [[5, 17, "PHONE_NUMBER"]]})
                    + "\n")
    notes = load_span_jsonl(good)
    assert [(n.note_id, n.spans) for n in notes] == [("a", ((4, 9, "PERSON"),)),
                                                   ("gold-2", ((5, 17, "PHONE_NUMBER"),))]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"text": "short", "spans": [[0, 50, "PERSON"]]}) + "\n")
    with pytest.raises(InputError, match="line 1 has a span outside its text"):
        load_span_jsonl(bad)


def test_any_gold_file_by_its_form(tmp_path):
    (tmp_path / "dev.conll").write_text(CONLL)
    assert len(load_gold(tmp_path / "dev.conll")) == 2
    assert len(load_gold(datasets_dir() / "gold_notes" / "unseen.txt")) >= 60


def test_the_unseen_set_was_written_by_someone_else_and_is_large_enough():
    notes = load_handwritten(datasets_dir() / "gold_notes" / "unseen.txt")
    assert len(notes) >= 60 and sum(len(n.spans) for n in notes) > 400


def test_never_below_stock_presidio_on_the_hand_written_sets(engine):
    """On every hand-written set the project finds more identifiers than stock Presidio with
    the same model, over-removes less and keeps more of the other words (the tokens stock
    removes that the project leaks are listed by `evaluate-deid --compare-stock`)."""
    from deidentify.stock import StockPresidio

    stock = StockPresidio()
    sets = sorted((datasets_dir() / "gold_notes").glob("*.txt"))
    assert len(sets) >= 6  # the project's own, unseen, heldout, clinical, informal, final
    for path in sets:
        notes = load_handwritten(path)
        _, ours, _ = evaluate(notes, engine.find)
        _, theirs, _ = evaluate(notes, stock.find)
        assert ours["recall"] > theirs["recall"] and ours["precision"] > theirs["precision"]
        assert ours["other_words_kept"] > theirs["other_words_kept"]


def test_evaluate_deid_on_a_gold_file_beside_stock_presidio(tmp_path):
    (tmp_path / "dev.conll").write_text(CONLL)
    result = run_cli(["evaluate-deid", "--no-generated", "--quiet", "--compare-stock", "--gold",
                      tmp_path / "dev.conll", "--json"])
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert {"handwritten, text only", "unseen, text only", "dev.conll"} <= set(figures)
    dev = figures["dev.conll"]
    assert dev["overall"]["identifier_tokens"] == 4
    assert {"recall", "precision", "other_words_kept"} <= set(dev["stock_overall"])
    assert {r["entity_type"] for r in dev["stock_per_type"]} <= {"PERSON", "LOCATION"}


def test_evaluate_deid_names_a_missing_gold_file(tmp_path):
    result = run_cli(["evaluate-deid", "--no-generated", "--quiet", "--gold",
                      tmp_path / "nope.conll"])
    assert result.returncode == 2 and "nope.conll: no such gold file" in result.stderr
