"""The project's known identifiers as deny lists, in every note.

Any token of a known name (a name that is also an ordinary English word, such as Honey or
Star, only when capitalised), and any known establishment or address phrase, is removed
(the registry is read by known_from_zone.py; a note's own record is matched by
record_match.py).
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, RecognizerResult

from deidentify.known_model import TOKEN, KnownIdentifiers, ascii_key
from deidentify.lexicon import fold


class KnownIdentifierRecognizer(EntityRecognizer):
    """Deny lists from the project registry (see the module docstring)."""

    MAX_PHRASE = 5

    def __init__(self, known: KnownIdentifiers):
        self.known = known
        super().__init__(supported_entities=["PERSON", "ESTABLISHMENT", "STREET_ADDRESS"],
                         name="KnownIdentifierRecognizer", supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        spans = [(m.start(), m.end(), fold(m.group())) for m in TOKEN.finditer(text)]
        results = []
        for i, (start, end, key) in enumerate(spans):
            ordinary = self.known.name_tokens.get(key)
            if ordinary is None:
                ordinary = self.known.name_tokens.get(ascii_key(key))
            if ordinary is not None and (not ordinary or text[start].isupper()):
                results.append(RecognizerResult("PERSON", start, end, 0.9))
            for n in range(2, self.MAX_PHRASE + 1):
                if i + n > len(spans):
                    break
                kind = self.known.phrases.get(tuple(s[2] for s in spans[i:i + n]))
                if kind:
                    results.append(RecognizerResult(kind, start, spans[i + n - 1][1], 0.9))
        return results
