"""People a research text names by the place it sets them in, whatever the word is.

Research material names participants by pseudonyms and working names that are everyday words
("Star", "Poppy", "Peach", "Hope"), which no rule of case or rarity reads as a name; the place
says a person is meant:
- a quote's attribution after its closing quote: '"My kitchen at 6am." - Poppy', '..." – Star,
  34, indoor';
- a speaker's code with a name in brackets, as a transcript labels its turns: "FG4-1 (Peach):",
  "P07 (Lena):", "R2 (L):" (a code with its number: not a label's remark, "CCCD (Vietnamese ID):");
- an interview's or a transcript's heading: "P12 interview - Rosa - 3 May 2024", "Transcript -
  Star (working name ...)".
A role or a kind of speaker is no name ('" - participant', '" - Anon', "FG1-2 (moderator):").
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.lexicon import DEMONYMS, JOB_HEADS, TITLES, WORKER_ROLES, fold
from deidentify.recognizers.base import TokenRecognizer

SCORE = 0.6
_NAME = r"[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)?"
_ATTRIBUTED = re.compile(rf"(?m)[\"”][ \t]*[-–—][ \t]*(?P<v>{_NAME})(?=[ \t]*(?:[,(]|$))")
_SPEAKER_NAMED = re.compile(r"(?m)^[ \t]*[A-Z]{1,4}\d+(?:[-_.]\d+)?[ \t]*"
                            rf"\((?P<v>{_NAME})\)[ \t]*:")
_INTERVIEW_HEADING = re.compile(r"(?im)(?:\binterview|\btranscript|\bfocus[ \t]+group)[ \t]+[-–][ \t]+"
                                rf"(?-i:(?P<v>{_NAME}))(?=[ \t]*(?:[-–(,]|$))")
# who a research text says spoke, who is no name
_KINDS = frozenset("participant participants respondent interviewee interviewer researcher moderator "
                   "facilitator mod int interp interpreter translator anon anonymous unknown member "
                   "resident client staff peer group all everyone someone several both none other "
                   "woman man worker volunteer service user survey comment card form".split())


class AttributionRecognizer(TokenRecognizer):
    ENTITIES = ("PERSON",)

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        out = []
        for pattern in (_ATTRIBUTED, _SPEAKER_NAMED, _INTERVIEW_HEADING):
            for m in pattern.finditer(text):
                words = [fold(w) for w in m.group("v").split()]
                if any(w in _KINDS or w in STOP_WORDS or w in TITLES or w in WORKER_ROLES
                       or w in JOB_HEADS or w in DEMONYMS for w in words) or self.allow.covers(m.group("v")):
                    continue
                out.append(RecognizerResult("PERSON", m.start("v"), m.end("v"), SCORE))
        return out
