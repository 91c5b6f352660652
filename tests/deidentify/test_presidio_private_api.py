"""deidentify/nlp.py and engine.py use Presidio private API (checked against
presidio-analyzer 2.2.366). These tests fail if an upgrade changes what they rely on."""

from __future__ import annotations

import inspect
from importlib.metadata import version

import spacy
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine

from deidentify.nlp import OfflineSpacyNlpEngine

CHECKED_AGAINST = "2.2.366"


def test_the_installed_presidio_is_the_version_the_private_api_was_checked_against():
    assert version("presidio-analyzer") == CHECKED_AGAINST, (
        "Presidio was upgraded: check the private API noted in deidentify/nlp.py, then update "
        "CHECKED_AGAINST and the version in those comments")


def test_the_private_methods_keep_their_signatures():
    def params(method) -> list[str]:
        return list(inspect.signature(method).parameters)

    assert params(SpacyNlpEngine._doc_to_nlp_artifact) == ["self", "doc", "language"]
    assert params(SpacyNlpEngine._get_updated_entities) == ["self", "entities", "scores"]
    assert params(SpacyNlpEngine._get_scores_for_entities) == ["self", "doc"]
    assert params(SpacyNlpEngine._download_spacy_model_if_needed) == ["model_name"]
    # Presidio's own batch and single-text paths still go through the overridden method.
    assert "_doc_to_nlp_artifact" in inspect.getsource(SpacyNlpEngine.process_batch)
    assert "_doc_to_nlp_artifact" in inspect.getsource(SpacyNlpEngine.process_text)


def test_artifacts_built_by_hand_have_every_attribute_presidio_sets():
    doc = spacy.blank("en")("Call Ana at the Leeds drop-in.")
    presidio = NlpArtifacts(entities=[], tokens=doc, tokens_indices=[t.idx for t in doc],
                            lemmas=[t.lower_ for t in doc], nlp_engine=None, language="en")
    ours = OfflineSpacyNlpEngine()._doc_to_nlp_artifact(doc, "en")  # no model is loaded
    assert set(vars(presidio)) <= set(vars(ours))
    for name in ("entities", "tokens", "lemmas", "tokens_indices", "scores"):
        assert getattr(ours, name) == getattr(presidio, name), name
