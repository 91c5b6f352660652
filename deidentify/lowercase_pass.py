"""A second reading of the model for names written in lower case ("omg velmira tarsko was
there", "i live in brexhamton now"), and lower-case family names after a found name.

The small model tags names by their capital letter; chat and social media often have none.
In a note of informal English (a sentence or "i" in lower case, most words English), each
name-like lower-case word is capitalised in a copy of the note (same length, so offsets map
one to one): a known given or family name English seldom uses as a word, or a word English
rarely uses at all (wordfreq), never a stop word, a title, an everyday word or vowel-less
shorthand (tmrw, msg). The model reads the copy, and a person or place it finds there is kept
when every word of it written in lower case is name-like and the words either side are
English. Other notes (clinical notes, messages in other languages) are read once.
Measured on WNUT17 dev, person+location recall 0.728 -> 0.740, and 0.744 with the family
names; both hand-written sets unchanged (they are mostly proper case).
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.allow_list import AllowList
from deidentify.lexicon import (TITLES, common_words, family_names, fold, given_names_any_case, misspelt,
                                specialty_word, zipf)
from deidentify.normalise import SPACELESS_SCRIPTS

_WORD = re.compile(r"[^\W\d_]{2,}")
_UNSPACED_RUN = re.compile(f"[{SPACELESS_SCRIPTS}]")
_VOWEL = re.compile(r"[aeiouy]")
_LOWER_START = re.compile(r"(?:^|[.!?]\s+)[a-z]")
_LOWER_I = re.compile(r"(?<!\w)i(?:['’]m)?(?!\w)")
SHARE = 0.8  # share of English words for a note to be read as informal English
SHORT_SHARE = 0.5  # ... when the other words are names (see `english`)
NAME_RUNS = 2
LABELS = {"PERSON": ("PERSON", 0.6), "GPE": ("LOCATION", 0.5), "LOC": ("LOCATION", 0.5),
          "FAC": ("LOCATION", 0.5)}
RARE = 2.5  # Zipf frequency: a lower-case word English uses less is name-like
NAME_MAX = 4.5  # a known given or family name is name-like below this frequency
RARE_NEXT = 3.0  # Zipf frequency below which a lower-case word after a name joins it
ENGLISH = 3.0  # Zipf frequency from which a word is taken as English
_PREFIXES = ("re", "un", "pre", "non", "over", "under", "mis", "dis")
_SUFFIXES = ("ed", "d", "ing", "ly", "s", "es", "er", "ers")


def derived(word: str) -> bool:
    """An English word with a prefix or suffix that wordfreq has not seen ("reattended",
    "unbooked"): not a name."""
    stems = {word} | {word[len(p):] for p in _PREFIXES if word.startswith(p)}
    stems |= {s[:-len(x)] for s in tuple(stems) for x in _SUFFIXES if s.endswith(x)}
    return any(len(s) >= 3 and zipf(s) >= ENGLISH for s in stems - {word})


def english(text: str) -> bool:
    """Are most of the note's words English? In a short message names weigh heavily ("where's
    kishan", "salute to sitaram katel and kunjana"): at least SHARE of the words, or at least
    SHORT_SHARE when the other words are ones English never uses standing together in at most
    NAME_RUNS places (names; a message in another language has its words all through it,
    among short English-looking ones: "zdravei az sum gergana nomera mi"). Runs of Chinese,
    Japanese, Korean or Thai are not counted: written without spaces, one is a whole phrase,
    and a note in English quoting a chat in Chinese is a note in English."""
    words = [w for w in _WORD.findall(text) if not _UNSPACED_RUN.match(w)]
    if not words:
        return False
    common = [zipf(fold(w)) >= ENGLISH for w in words]
    share = sum(common) / len(words)
    if share >= SHARE:
        return True
    runs = sum(1 for k, c in enumerate(common) if not c and (k == 0 or common[k - 1]))
    return share >= SHORT_SHARE and runs <= NAME_RUNS and all(
        zipf(fold(w)) < RARE for w, c in zip(words, common) if not c)


class LowerCaseNames:
    def __init__(self, allow: AllowList) -> None:
        self.allow = allow
        self.given, self.family, self.common = given_names_any_case(), family_names(), common_words()

    def namelike(self, word: str) -> bool:
        """A lower-case word that may be a name (see the module's docstring)."""
        key = fold(word)
        if key in STOP_WORDS or key in TITLES or key in self.common or len(key) < 3 \
                or not _VOWEL.search(key):  # chat shorthand: ta, tmrw, msg, pls
            return False
        f = zipf(key)
        if f < RARE and derived(key):
            return False
        return f < RARE or ((key in self.given or key in self.family) and f < NAME_MAX)

    @staticmethod
    def _english_around(doc, first: int, last: int) -> bool:
        """Are the words either side English? Rare words of a Bulgarian or Portuguese
        message are not names."""
        near = [doc[k] for k in (first - 1, last + 1) if 0 <= k < len(doc)]
        return all(zipf(fold(t.text)) >= ENGLISH for t in near if t.is_alpha)

    @staticmethod
    def informal(text: str) -> bool:
        """English written without capitals: a sentence starting in lower case or a lower-case
        "i", and most words English. Clinical notes and messages in other languages are not."""
        return LowerCaseNames.texted(text) and english(text)

    @staticmethod
    def texted(text: str) -> bool:
        """Written without capitals, in any language: a sentence starting in lower case or a
        lower-case "i"."""
        return bool(_LOWER_START.search(text) or _LOWER_I.search(text))

    def titled(self, text: str) -> str | None:
        """The copy with name-like lower-case words capitalised, or None if the note is not
        informal English or has no such word."""
        if not self.informal(text):
            return None
        words = [m for m in _WORD.finditer(text) if m.group().islower()]
        if not any(self.namelike(m.group()) for m in words):
            return None
        chars = list(text)
        for m in words:
            if self.namelike(m.group()):
                chars[m.start()] = chars[m.start()].upper()
        return "".join(chars)

    def results(self, doc, as_written: str) -> list[RecognizerResult]:
        out = []
        for ent in doc.ents:
            if ent.label_ not in LABELS:
                continue
            tokens = [t for t in ent if not t.is_punct and fold(t.text) not in TITLES]
            lower = [t for t in tokens
                     if as_written[t.idx:t.idx + len(t)].islower()]
            if not lower or not all(self.namelike(t.text) for t in lower) \
                    or not self._english_around(doc, tokens[0].i, tokens[-1].i):
                continue
            phrase = " ".join(t.text for t in tokens)
            if self.allow.covers(phrase) or any(self.allow.covers_word(t.text) for t in tokens):
                continue
            entity, score = LABELS[ent.label_]
            out.append(RecognizerResult(entity, tokens[0].idx, tokens[-1].idx + len(tokens[-1]),
                                        score))
        return out + self.places_gone_to(as_written)

    def places_gone_to(self, text: str) -> list[RecognizerResult]:
        """A lower-case word English never uses after a word of going or being somewhere, in
        informal English: "back round fennickby", "drop her in tollerby", "a lift from
        kilnworth". Not chat spelling or a typo ("at hme"), nor a word the allow-list keeps."""
        out = []
        for m in _GONE_TO.finditer(text):
            word = m.group("v")
            key = fold(word)
            if zipf(key) < PLACE_RARE and self.namelike(word) and not misspelt(word) \
                    and not self.allow.covers_word(word) and _english_next(text, m.end()):
                out.append(RecognizerResult("LOCATION", *m.span("v"), 0.5))
        return out


# premises written in lower case after a word of place: a saint's ("at st brigids", "from st
# jude's") or a rare word and a head ("@ fulmar court", "the quayside lodge", "kelder homes")
_LOWER_PREMISES = re.compile(r"(?:\b(?:the|at|to|from|in|outside|near)|@)[ \t]+(?P<v>st\.?[ \t]+[a-z]{3,}"
                             r"(?:['’]?s)?)\b|(?<![\w-])(?P<w>(?P<name>[a-z]{4,})[ \t]+(?:court|lodge|centre|"
                             r"center|house|hotel|inn|homes|aparthotel|arms|tavern|sauna|spa|parlour|club))\b")
PREMISES_NAME_MAX = 2.0  # Zipf frequency below which a lower-case word before a head names premises
# ... or, after "the", any word before a pub's, a hostel's or a hotel's head that is no kind of
# it ("the grapes pub", "the willows hostel"; not "the local pub", "the night shelter")
_THE_PREMISES = re.compile(r"\bthe[ \t]+(?P<w>(?P<name>[a-z]{4,})[ \t]+(?:pub|hostel|hotel|inn|arms|"
                           r"tavern|lodge|sauna|parlour|motel|guesthouse|b&b))\b")
_KINDS_OF_PREMISES = frozenset("local nearest nearby usual same other next main first last new older "
                               "cheap cheapest dodgy grotty posh nice decent budget night homeless "
                               "womens women's mens men's youth bail approved council emergency "
                               "corner village town city airport station travel family hospital "
                               "massage gay straight trans private public student staff premier".split())


def premises_in_lower_case(text: str, allow: AllowList) -> list[RecognizerResult]:
    """Premises a chat or a hurried note writes in lower case (see _LOWER_PREMISES and
    _THE_PREMISES); not a kind of place ("the health centre", "the job centre", "the local
    pub")."""
    out = [RecognizerResult("ESTABLISHMENT", *m.span("w"), 0.5) for m in _THE_PREMISES.finditer(text)
           if m.group("name") not in _KINDS_OF_PREMISES and m.group("name") not in STOP_WORDS
           and not allow.covers(m.group("w"))]
    for m in _LOWER_PREMISES.finditer(text):
        name = m.group("name")
        if name is not None and (zipf(fold(name)) >= PREMISES_NAME_MAX or name in STOP_WORDS
                                 or misspelt(name) or specialty_word(name)):
            continue  # (not "at frend house": a word misspelt; nor "colposcopy centre")
        saint = fold(re.sub(r"['’]?s$", "", m.group("v").split()[-1])) if name is None else ""
        if name is None and saint not in given_names_any_case() and zipf(saint) >= PREMISES_NAME_MAX:
            continue  # a saint is named, known or rare ("st brigids", "st aldhelms"; not "st
            # lets", "st accommodation")
        group = "v" if m.group("v") else "w"
        if not allow.covers(m.group(group)):
            out.append(RecognizerResult("ESTABLISHMENT", *m.span(group), 0.5))
    return out


_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_]{3,})(?!\w)")
# a word after one of going or being somewhere ("round fennickby", "in tollerby")
_GONE_TO = re.compile(r"\b(?:in|at|round|around|near|from|to|towards|toward|outside|into|via|thru|"
                      r"through|up|down)[ \t]+(?P<v>[a-z]{4,})\b")
PLACE_RARE = 1.5  # Zipf frequency below which such a word is a place's name
_FOLLOWING = re.compile(r"\s*([^\W\d_]{2,})")


def _english_next(text: str, pos: int) -> bool:
    """Is the word from `pos` on English (or is there none)?"""
    after = _FOLLOWING.match(text, pos)
    return after is None or zipf(fold(after.group(1))) >= ENGLISH


def extend_names(names: LowerCaseNames, text: str, spans: list) -> list:
    """A person's name written with its family name in lower case ("Marika voleshny"): a
    lower-case word straight after a found person joins it when it is name-like, English
    rarely uses it (so not "ginger beard") and an English word or none follows it.
    """
    out = []
    for sp in spans:
        if sp.entity == "PERSON":
            m = _NEXT_WORD.match(text, sp.end)
            word = m and m.group(1)
            if word and word.islower() and names.namelike(word) \
                    and zipf(fold(word)) < RARE_NEXT and _english_next(text, m.end()):
                sp = type(sp)(sp.start, m.end(), sp.entity, sp.score)
        out.append(sp)
    return out
