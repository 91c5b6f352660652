"""The engine builds its recognizers from deidentify/recognizers/registry.py (`get`, `build`),
and every entity type a recognizer reports, or a configuration names, is in the registry of
workbench/core/entity_types.py."""

from __future__ import annotations

import pytest
from presidio_analyzer import EntityRecognizer

from deidentify.recognizers import registry as recognizers
from deidentify.allow_list import AllowList
from deidentify.config import load_config
from workbench.core import entity_types
from workbench.core.errors import ConfigError


def test_get_fails_loudly_on_an_unknown_recognizer():
    assert recognizers.get("NhsNumberRecognizer").ENTITY == "NHS_NUMBER"
    with pytest.raises(KeyError, match="unknown recognizer 'NhsRecognizer'; known: Phone"):
        recognizers.get("NhsRecognizer")


def test_the_engine_runs_every_registered_recognizer_in_order(engine):
    names = [r.name for r in engine.analyzer.registry.recognizers]
    assert names[:len(recognizers.RECOGNIZERS)] == list(recognizers.RECOGNIZERS)


def test_every_reported_entity_type_is_registered(engine):
    for recognizer in engine.analyzer.registry.recognizers:
        for entity in recognizer.supported_entities:
            entity_types.get(entity)


def test_build_makes_only_the_named_recognizers():
    built = recognizers.build(AllowList.build((), frozenset()),
                              ["PostcodeRecognizer", "PersonNameRecognizer"])
    assert [r.name for r in built] == ["PostcodeRecognizer", "PersonNameRecognizer"]


def test_a_recognizer_reporting_an_unregistered_type_is_refused():
    class ShoeSize(EntityRecognizer):
        def load(self) -> None:
            pass

    stray = ShoeSize(supported_entities=["SHOE_SIZE"], name="ShoeSize", supported_language="en")
    with pytest.raises(entity_types.UnknownEntityType) as raised:
        recognizers.registered(stray)
    assert str(raised.value).startswith("ShoeSize reports unknown entity type 'SHOE_SIZE'; "
                                        "known: PERSON, PHONE_NUMBER")


def test_operator_defaults_come_from_the_registry_and_a_file_may_override_them(tmp_path):
    assert load_config().operators == entity_types.default_operators()
    (tmp_path / "c.yaml").write_text("operators: {VEHICLE_REG: placeholder}\n")
    operators = load_config(tmp_path / "c.yaml").operators
    assert operators == {**entity_types.default_operators(), "VEHICLE_REG": "placeholder"}


def test_an_operator_for_an_unknown_entity_type_is_one_line_error(tmp_path):
    (tmp_path / "c.yaml").write_text("operators: {PASPORT_NUMBER: redact}\n")
    with pytest.raises(ConfigError) as raised:
        load_config(tmp_path / "c.yaml")
    message = str(raised.value)
    assert message.startswith(f"{tmp_path / 'c.yaml'}: operators: PASPORT_NUMBER is not an "
                              "entity type; known: PERSON, ")
    assert "\n" not in message


def test_every_type_found_in_the_gold_notes_is_registered(engine):
    """Types that no recognizer declares (a date read as a date of birth, the note's own record,
    lower-case names) are registered too."""
    from deidentify.gold_notes import load_handwritten

    found = {s.entity for spans in engine.find([n.text for n in load_handwritten()])
             for s in spans}
    assert {"DATE_OF_BIRTH", "PERSON"} <= found
    for entity in found:
        entity_types.get(entity)
