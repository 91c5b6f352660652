"""The engine: fail closed, nothing lost, keyed pseudonyms, counts without values."""

from __future__ import annotations

import json
import re

import pytest
from presidio_analyzer import RecognizerResult

from deidentify.config import load_config
from deidentify.engine import WITHHELD, Deidentifier, merge
from deidentify.known_model import Record


def test_every_input_gets_a_result_in_order(engine):
    texts = ["Saw Ioana at 12 Acacia Road.", None, "", "No identifiers here at all."]
    results = engine.deidentify(texts)
    assert len(results) == 4
    assert [r.status for r in results] == ["ok"] * 4
    assert results[3].text == texts[3]
    assert "Ioana" not in results[0].text and "Acacia" not in results[0].text


def test_what_cannot_be_processed_is_withheld(engine):
    huge = "Saw Ioana. " * 5000  # 55,000 characters: above the configured limit
    results = engine.deidentify([huge, 12345, b"bytes"])
    assert [r.status for r in results] == [WITHHELD] * 3
    assert all(r.text is None for r in results)
    assert "too long" in results[0].reason and "not text" in results[1].reason


def test_half_a_character_pair_withholds_its_note_alone(engine):
    """A lone surrogate (a file decoded with "surrogateescape") cannot be written or read by
    the model: the note is withheld with its reason, the rest of its batch goes on (the attack
    of session 22 found the whole batch withheld)."""
    results = engine.deidentify(["\ud800 Kia says hi", "Met Precious at the van."])
    assert results[0].status == WITHHELD and results[0].text is None
    assert "half a character pair at character 0" in results[0].reason
    assert results[1].status == "ok" and "Precious" not in results[1].text


def test_a_failing_analysis_withholds_instead_of_passing_text_on(engine, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("model crashed")
    monkeypatch.setattr(engine.analyzer, "analyze", broken)
    results = engine.deidentify(["Saw Ioana at 12 Acacia Road.", "Met Precious."])
    assert all(r.status == WITHHELD and r.text is None for r in results)
    assert "analysis failed" in results[0].reason


def test_counts_say_how_many_of_each_type_never_the_values(engine):
    result = engine.deidentify(["Saw Ioana, phone 07700 900123, NHS 943 476 5919."])[0]
    assert result.counts == {"PERSON": 1, "PHONE_NUMBER": 1, "NHS_NUMBER": 1}
    assert "Ioana" not in json.dumps(result.counts)


def test_pseudonyms_are_consistent_within_a_key_and_unlinkable_across_keys():
    config = load_config()
    a = Deidentifier(config, key=b"a" * 32)
    b = Deidentifier(config, key=b"b" * 32)
    texts = ["Saw Ioana today.", "ioana rang later.", "Met Daniela."]
    out_a = [r.text for r in a.deidentify(texts)]
    out_b = [r.text for r in b.deidentify(texts)]
    token = out_a[0].split()[1].rstrip(".")
    assert token.startswith("[PERSON_") and token in out_a[1]  # same person, same surrogate
    assert token not in out_a[2]  # another person, another surrogate
    assert token not in " ".join(out_b)  # another extract key: cannot be linked


def test_the_notes_own_record_is_always_removed(engine):
    record = Record(names=["Rosa Lima", "Bubbles"], values={"07700 900555": "PHONE_NUMBER",
                                                            "AB123456C": "NI_NUMBER"})
    text = "rosa asked, bubbles too. Ring 7700-900-555. Her NI ab 12 34 56 c."
    out = engine.deidentify([text], [record])[0].text
    for leaked in ("rosa", "bubbles", "900-555", "ab 12"):
        assert leaked not in out.lower(), out


def test_overlapping_detections_are_merged_into_their_union():
    spans = merge([RecognizerResult("PERSON", 0, 5, 0.6), RecognizerResult("ESTABLISHMENT", 3, 12, 0.8),
                   RecognizerResult("DATE", 20, 25, 0.9)])
    assert [(s.start, s.end, s.entity) for s in spans] == [(0, 12, "ESTABLISHMENT"), (20, 25, "DATE")]


def test_operators_follow_the_configuration(tmp_path):
    (tmp_path / "c.yaml").write_text("operators: {PERSON: redact, DATE: placeholder}\n")
    eng = Deidentifier(load_config(tmp_path / "c.yaml"), key=b"x" * 32)
    out = eng.deidentify(["Saw Ioana on 12/03/2024."])[0].text
    assert out == "Saw [REDACTED] on [DATE]."


@pytest.mark.parametrize("content,message", [
    ("operators: {PERSON: scramble}\n", "operator 'scramble' for PERSON"),
    ("operators: {PERSON: month_year}\n", "month_year applies only to DATE"),
    ("colour: blue\n", "unknown setting(s) colour"),
    ("operators: [PERSON]\n", "operators must map entity types to operators"),
    ("structured: {date_precision: week}\n", "date_precision must be day or month"),
])
def test_bad_configuration_is_named(tmp_path, content, message):
    from workbench.core.errors import ConfigError
    (tmp_path / "c.yaml").write_text(content)
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_config(tmp_path / "c.yaml")


def test_recognizer_class_names_do_not_shadow_presidios_own():
    # Presidio's default registry finds its recognizers by class name among all loaded
    # subclasses: a workbench class with the same name would replace Presidio's.
    import presidio_analyzer.predefined_recognizers as predefined

    from deidentify.recognizers.registry import RECOGNIZERS
    ours = set(RECOGNIZERS) | {"KnownIdentifierRecognizer", "RegexRecognizer", "TokenRecognizer"}
    assert not ours & set(dir(predefined))
