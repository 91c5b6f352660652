"""People a research text names by the place it sets them in, whatever the word is.

Research material names participants by pseudonyms and working names that are everyday words
("Star", "Poppy", "Peach", "Hope"), which no rule of case or rarity reads as a name; the place
says a person is meant:
- a quote's attribution after its closing quote: '"My kitchen at 6am." - Poppy', '..." – Star,
  34, indoor';
- a speaker's code with a name in brackets, as a transcript labels its turns: "FG4-1 (Peach):",
  "P07 (Lena):", "R2 (L):" (a code with its number: not a label's remark, "CCCD (Vietnamese ID):");
- an interview's or a transcript's heading: "P12 interview - Rosa - 3 May 2024", "Transcript -
  Star (working name ...)", "Interview 12 — Velvet — 4 May".
A role or a kind of speaker is no name ('" - participant', '" - Anon', "FG1-2 (moderator):").
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.lexicon import DEMONYMS, JOB_HEADS, LANGUAGE_CODES, TITLES, WORKER_ROLES, fold
from deidentify.recognizers.base import TokenRecognizer

SCORE = 0.6
_NAME = r"[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*)?"
_DASH = r"(?:-{1,2}|–|—)"
# after a quote's close, a dash or the name alone in brackets: '..." - Poppy', "...' -- Peach",
# '..." (Star)' (not '"Alex" (Russian-speaking, says ...)')
_ATTRIBUTED = re.compile(rf"(?m)[\"”’'][ \t]*(?:{_DASH}[ \t]*(?P<v>{_NAME})(?=[ \t]*(?:[,(]|$))"
                         rf"|\((?P<w>{_NAME})\)(?=[ \t]*(?:[,.;:]|$)))")
# a speaker's code with its number (not a codebook's question or theme, "Q3 (Housing):", "T2
# (Stigma):"), a name in brackets after it, and a remark after the name: "FG4-1 (Peach):",
# "**P10 (Sugar):**", "P11 [Bunny]:", "P7 (Lena, 34):"
_SPEAKER_NAMED = re.compile(r"(?m)^[ \t*_]*(?![QTC]\d)[A-Z]{1,4}\d+(?:[-_.]\d+)?[ \t]*"
                            rf"[(\[](?P<v>{_NAME})(?:,[^)\]\n]{{0,30}})?[)\]][ \t*_]*:")
_INTERVIEW_HEADING = re.compile(rf"(?im)(?:\binterview|\btranscript|\bfocus[ \t]+group)(?:[ \t]+(?:\d{{1,3}}|notes))?"
                                rf"[ \t]+{_DASH}[ \t]+(?-i:(?P<v>{_NAME}))(?=[ \t]*(?:[-–—(,]|\d|$))")
# who a research text says spoke, or what a heading says of itself, which is no name
_KINDS = frozenset("participant participants respondent interviewee interviewer researcher moderator "
                   "facilitator mod int interp interpreter translator anon anonymous unknown member "
                   "resident client staff peer group all everyone someone several both none other "
                   "woman man worker volunteer service user survey comment card form escort female "
                   "male survivor mum mother trans nonbinary non-binary sex final draft online pilot "
                   "summary notes extract part session batch copy version full clean anonymised "
                   "redacted translated english transcript laughs laughter laughing pause pauses "
                   "inaudible crying cries sighs sic unclear overlapping silence".split())


class AttributionRecognizer(TokenRecognizer):
    ENTITIES = ("PERSON",)

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        out = []
        for pattern in (_ATTRIBUTED, _SPEAKER_NAMED, _INTERVIEW_HEADING):
            for m in pattern.finditer(text):
                group = "v" if m.groupdict().get("v") else "w"  # (a name alone in brackets: "w")
                words = [fold(w) for w in m.group(group).split()]
                if any(w in _KINDS or w in STOP_WORDS or w in TITLES or w in WORKER_ROLES
                       or w in JOB_HEADS or w in DEMONYMS for w in words) \
                        or self.allow.covers(m.group(group)) or m.group(group) in LANGUAGE_CODES:
                    continue  # (a language's code: "P2 [EN]:")
                out.append(RecognizerResult("PERSON", m.start(group), m.end(group), SCORE))
        return out
