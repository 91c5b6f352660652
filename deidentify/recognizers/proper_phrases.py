"""Runs of capitalised words mid-sentence that name somewhere or someone ("Blue Lagoon",
"Lotus Flower"): premises are often called by a name without a word such as "Sauna".

Taken when at least one word of the run is one English rarely uses; runs of everyday words
("Job Centre"), job titles ("Outreach Worker") and allow-listed names are left alone.
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from deidentify.lexicon import TITLES, fold, job_title, labels_a_number, zipf
from deidentify.nlp import tokens_of
from deidentify.recognizers.base import TokenRecognizer

EVERYDAY = 4.0  # Zipf frequency of an everyday English word


class ProperPhraseRecognizer(TokenRecognizer):
    ENTITIES = ("ESTABLISHMENT",)

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if nlp_artifacts is None:
            return []
        doc = tokens_of(nlp_artifacts)
        results, run = [], []
        for i, tok in enumerate([*doc, None]):
            capital = tok is not None and tok.text[:1].isupper() and tok.text.isalpha() \
                and not tok.text.isupper()
            mid = tok is not None and i > 0 and doc[i - 1].text not in (".", "!", "?", ":") \
                and "\n" not in doc[i - 1].text
            if capital and (run or mid):
                run.append(tok)
                continue
            while run and fold(run[0].text) in TITLES:
                run = run[1:]
            if run and fold(run[-1].text) in ("no", "number") \
                    and len(run) > 1 and labels_a_number(text, run[-2].idx + len(run[-2]),
                                                         run[-2].text):
                run = run[:-1]  # "Hosp No: RX4471022": the label of a number
            if len(run) >= 2 and not job_title([t.text for t in run]):
                words = [fold(t.text) for t in run]
                if not self.allow.covers(" ".join(t.text for t in run)) \
                        and not any(self.allow.covers_word(t.text) for t in run) \
                        and min(zipf(w) for w in words) < EVERYDAY:
                    first = run[0].i
                    if first > 1 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_ \
                            and not doc[first - 2].whitespace_ and doc[first - 2].text.isalpha() \
                            and doc[first - 2].text[:1].isupper():
                        first -= 2  # "Ana-Maria Dobre": a hyphenated name's first half with it
                    results.append(RecognizerResult("ESTABLISHMENT", doc[first].idx,
                                                    run[-1].idx + len(run[-1]), 0.5))
            run = []
        return results
