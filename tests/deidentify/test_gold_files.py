"""Gold files an evaluator brings (CoNLL, span JSONL) and `workbench evaluate-deid` on them,
beside stock Presidio."""

from __future__ import annotations

import json

import pytest

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


def test_evaluate_deid_on_a_gold_file_beside_stock_presidio_never_below_it(tmp_path):
    """`evaluate-deid --compare-stock` scores every hand-written set and a gold file an
    evaluator brings, beside stock Presidio with the same model. On every hand-written set the
    project finds more identifiers than stock, over-removes less and keeps more of the other
    words (the tokens stock removes that the project leaks are the column
    stock_removes_project_leaks). One run of the command serves both checks: it scores every
    set twice, the longest test of the suite."""
    (tmp_path / "dev.conll").write_text(CONLL)
    result = run_cli(["evaluate-deid", "--no-generated", "--quiet", "--compare-stock", "--gold",
                      tmp_path / "dev.conll", "--json"])
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    hand_written = {f"{path.stem}, text only" for path in (datasets_dir() / "gold_notes").glob("*.txt")}
    assert len(hand_written) >= 6 and hand_written | {"dev.conll"} <= set(figures)
    for name in hand_written:
        ours, theirs = figures[name]["overall"], figures[name]["stock_overall"]
        assert ours["recall"] > theirs["recall"] and ours["precision"] > theirs["precision"], name
        assert ours["other_words_kept"] > theirs["other_words_kept"], name
    dev = figures["dev.conll"]
    assert dev["overall"]["identifier_tokens"] == 4
    assert {"recall", "precision", "other_words_kept"} <= set(dev["stock_overall"])
    assert {r["entity_type"] for r in dev["stock_per_type"]} <= {"PERSON", "LOCATION"}


def test_evaluate_deid_names_a_missing_gold_file(tmp_path):
    result = run_cli(["evaluate-deid", "--no-generated", "--quiet", "--gold",
                      tmp_path / "nope.conll"])
    assert result.returncode == 2 and "nope.conll: no such gold file" in result.stderr
