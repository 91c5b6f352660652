"""The entity-type registry (workbench/core/entity_types.py): one line per kind of identifier,
read by the vocabulary of gold spans and by the synthetic generator; unknown names fail loudly."""

from __future__ import annotations

import re

import pytest

from workbench.core import entity_types
from workbench.core.vocabularies import ENTITY_TYPES
from workbench.generate.note_templates import PLAIN_SLOTS, TEMPLATES

_SLOT = re.compile(r"\{(\w+)\}")


def test_an_unknown_name_fails_naming_the_known_ones():
    with pytest.raises(KeyError) as raised:
        entity_types.get("PASPORT_NUMBER")
    message = str(raised.value)
    assert message.startswith("unknown entity type 'PASPORT_NUMBER'; known: PERSON, PHONE_NUMBER")
    assert "PASSPORT_NUMBER" in message and "\n" not in message


def test_the_gold_span_vocabulary_is_the_planted_kinds():
    assert ENTITY_TYPES == entity_types.planted()
    assert "PERSON" in ENTITY_TYPES and "ORGANIZATION" not in ENTITY_TYPES


def test_every_template_slot_is_an_identifiers_or_plain_and_every_registry_slot_is_used():
    used = {slot for style in TEMPLATES.values() for t in style for slot in _SLOT.findall(t)}
    kinds = entity_types.slot_kinds()
    assert used <= set(kinds) | set(PLAIN_SLOTS)
    assert set(kinds) <= used
    assert not set(kinds) & set(PLAIN_SLOTS)


def test_a_slot_is_planted_as_one_kind_only():
    slots = [slot for e in entity_types.REGISTRY.values() for slot in e.slots]
    assert len(slots) == len(set(slots))


def test_default_operators_are_those_of_the_lines_that_name_one():
    operators = entity_types.default_operators()
    assert operators["PERSON"] == "pseudonym" and operators["DATE"] == "month_year"
    assert "IBAN_CODE" not in operators  # deidentify's default_operator applies
