"""Stock Presidio, for comparison: its default recognizers and settings, the same spaCy model.

Every figure of the project is printed beside this one on the same notes (DESIGN.md,
"Never worse than the established tool"). Only what would make it fetch at run time is set:
the spaCy model is named (Presidio would otherwise download its default model) and the
email recognizer's public-suffix list is not fetched (offline_environment).
"""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine, BatchAnalyzerEngine
from presidio_analyzer.nlp_engine import NlpEngineProvider

from deidentify.nlp import MODEL, offline_environment


class StockPresidio:
    """`find(texts)` gives each text's detections as (start, end, type), any score (Presidio's
    default threshold is 0)."""

    def __init__(self, model: str = MODEL) -> None:
        offline_environment()
        provider = NlpEngineProvider(nlp_configuration={
            "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]})
        self.analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(),
                                       supported_languages=["en"])
        self.batch = BatchAnalyzerEngine(analyzer_engine=self.analyzer)

    def find(self, texts: list[str]) -> list[list[tuple[int, int, str]]]:
        results = self.batch.analyze_iterator(texts, language="en", batch_size=64)
        return [[(r.start, r.end, r.entity_type) for r in found] for found in results]
