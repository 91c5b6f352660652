"""Presidio's AnalyzerEngine with the per-note bookkeeping the workbench does not use left out.

For each note, `AnalyzerEngine.analyze` looks the recognizers up again in the registry, lists
every supported entity, stamps each result with its recognizer's id and then, for each
recognizer, sorts every result into "its own" and "the others'" to call the recognizer's
context hook and the engine's context enhancer. The workbench's recognizers do their own
context (recognizers/base.py), none overrides the hook and the engine's enhancer changes
nothing (engine.OwnContextOnly), so all of that returned the results it was given: about a
tenth of a worker's time on 27-word notes. Here the recognizers are listed once, and each note
goes through what changes the results: every recognizer's `analyze`, the score threshold and
Presidio's `remove_duplicates`, in the same order as Presidio, so the results are the same.
"""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerResult
from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
from presidio_analyzer.nlp_engine import NlpArtifacts


class OwnContextOnly(ContextAwareEnhancer):
    """The workbench's pattern recognizers weigh context words themselves (recognizers/base.py);
    Presidio's lemma-based enhancer would only copy every result to change nothing."""

    def __init__(self) -> None:
        super().__init__(context_similarity_factor=0, min_score_with_context_similarity=0,
                         context_prefix_count=0, context_suffix_count=0)

    def enhance_using_context(self, text, raw_results, nlp_artifacts, recognizers, context=None):
        return raw_results


class DirectAnalyzer(AnalyzerEngine):
    """An AnalyzerEngine whose `analyze`, given the note's NlpArtifacts and a score threshold,
    calls the recognizers straight away (its context enhancer is always OwnContextOnly)."""

    def __init__(self, **kwargs) -> None:
        super().__init__(context_aware_enhancer=OwnContextOnly(), **kwargs)
        languages = self.supported_languages
        self._recognizers = {lang: self.registry.get_recognizers(lang, all_fields=True)
                             for lang in languages}
        for recognizers in self._recognizers.values():
            for recognizer in recognizers:
                own_hook = type(recognizer).enhance_using_context
                if own_hook is not EntityRecognizer.enhance_using_context:
                    raise TypeError(f"{recognizer.name} weighs context in Presidio's hook, "
                                    "which DirectAnalyzer does not call")
                if not recognizer.is_loaded:
                    recognizer.load()
                    recognizer.is_loaded = True
        self._entities = {lang: self.get_supported_entities(lang) for lang in languages}

    def analyze(self, text: str, language: str, nlp_artifacts: NlpArtifacts | None = None,
                score_threshold: float | None = None, **kwargs) -> list[RecognizerResult]:
        if nlp_artifacts is None or score_threshold is None or kwargs:
            return super().analyze(text, language, nlp_artifacts=nlp_artifacts,
                                   score_threshold=score_threshold, **kwargs)
        entities = self._entities[language]
        results = []
        for recognizer in self._recognizers[language]:
            found = recognizer.analyze(text=text, entities=entities, nlp_artifacts=nlp_artifacts)
            for r in found or ():
                if r.score >= score_threshold:
                    # which recognizer found it, as Presidio's own analyzer records it
                    r.recognition_metadata = {RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name}
                    results.append(r)
        return EntityRecognizer.remove_duplicates(results)
