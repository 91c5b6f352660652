"""A name in quotes after a word for a person: 'BF "DRE"', 'the man ("Dez")', 'JANE DOE
"PEACHES"', 'name on rota "Ploy"', 'from "Ploy" to Dao', 'called "Kyle" or "Ky"', '"Richard"/"Rich"'.

People are written by the names others call them, in quotes, and the quotes say a name
follows whatever the word is ("Peaches", "Blondie"). One or two words in quotes, straight
after a word for a person (boyfriend, pimp, punter, man, woman, client...), a placeholder
name, "known as", "calls himself", "call themselves", "worked as", "she calls", "knew only as",
"name on rota", "sounded like", or "from", "to", "with",
"and", "or", or another quoted name and a slash. The words
are capitalised unless the cue names them ('known as "tee"'; not 'to "calm down"'). A stop
word, a title or a word the allow-list keeps is no name; a nickname of two words may start with
a kin word ('"Mama Ese"', '"Uncle Kofi"': the kin word stays, as titles do, span_edges.py) or
hold "the" ('"Huw the Hand"'), or be a kin word and a letter ('"Big G"').
"""

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.lexicon import NO_ANSWER, TITLES, family_names, fold, given_names, zipf
from deidentify.recognizers.base import TokenRecognizer

SCORE = 0.6
QUOTED_RARE = 3.5  # Zipf frequency below which a quoted word after a person word is a name
# words for a person, after which a quoted word is a name ('new Thai worker "May"')
_NOUNS = (r"bf|gf|boyfriend|girlfriend|partner|husband|wife|ex|pimp|boss|minder|driver|man|guy|"
          r"bloke|fella|punter|client|customer|woman|girl|lady|friend|mate|cousin|landlord|"
          r"manager|worker|owner")
_PERSON_WORDS = (_NOUNS + r"|doe|work(?:s|ed|ing)?\s+as|call(?:s|ed|ing)?\s+(?:him|her|them)sel(?:f|ves)\??:?|"
                 r"known\s+as|known\s+to\s+(?:him|her|them|us|police)\s+as|aka|a\.k\.a\.?|goes\s+by|calls\s+(?:him|her)self|"
                 r"called|named|nicknamed|nickname:?|nick:|alias|name\s+on\s+(?:the\s+)?rota|name\s+given|from|to|with|and|or|"
                 r"sounded\s+like|call\s+(?:him|her)|(?:she|he|they|we|people|everyone|girls|women)\s+calls?|"
                 r"kn(?:ows|ew)\s+(?:(?:him|her)\s+)?(?:only\s+)?as|known\s+only\s+as|(?:gave|viet|english|"
                 r"working|first|last)\s+name|name\s+(?:given\s+)?as")
# the words for a person a quoted given name may follow even when it is also a little word
# ('new Thai worker "May"', 'GIRL "MAY"'; not 'to "May"')
_NOUN_CUE = re.compile(r"(?:" + _NOUNS + r")$")
# a quoted name opening a list's item or a table's cell, a remark after it: '- "Hope" - english,
# independent', '| "Kev" - doorstep lender |', '; "Bless"; working name'
_LISTED = re.compile(r"(?m)(?:^|(?<=[|;•*])|(?<=[-–] ))[ \t]*[\"“](?P<v>[A-Z][\w'’-]*)[\"”]"
                     r"(?=[ \t]*(?:[-–;,)|]|$))")  # (not a codebook's key: '- "Punters": 9 excerpts')
# (or after another quoted name and a slash: '"Richard"/"Rich"')
_QUOTED = re.compile(r"(?:(?i:\b(?:" + _PERSON_WORDS + r"))|[\"”][ \t]*/)[ \t]*+(?:\([ \t]*+)?[\"“](?P<v>[^\W\d_][\w'’-]*"
                     r"(?:[ ](?:the[ ])?[^\W\d_][\w'’-]*)?)[\"”]")  # ("Huw the Hand")
_NAMING = re.compile(r"(?:known\s+(?:only\s+)?as|aka|a\.k\.a\.?|goes\s+by|self|called|named|alias|rota|"
                     r"given|kn(?:ows|ew)\s+(?:(?:him|her)\s+)?(?:only\s+)?as|name|name\s+as)$")
# the kin word or title a nickname starts with, part of it in quotes: '"Uncle Billy"', '"Mama Ese"'
_NICKNAME_HEADS = frozenset("uncle auntie aunty aunt mama mami papa baba big lil little father "
                            "mother brother sister bro sis".split())
# a nickname in quotes that then does what a person does: '"T-Bone" gives him lifts', '"Big S"
# is Shaquille something' ("is" and "was" only after a kin word and a letter)
_ACTS = re.compile(r"(?<!\w)[\"“'‘](?P<v>[A-Z][\w’-]*(?:[ ][A-Z][\w’-]*)?)[\"”'’][ \t]+(?P<verb>gives|gave|says|said|"
                   r"told|tells|takes|took|wants|wanted|rang|rings|texted|texts|drives|drove|picks|picked|"
                   r"buys|bought|hits|hit|threatened|threatens|sends|sent|pays|paid|lives|knows|is|was)\b")
# a Spanish or Portuguese article before a nickname in quotes: '"EL PROFE"', '"La Güera"'
_ARTICLE = re.compile(r"(?i:el|la|los|las|o|a|lo)[ ]")


class QuotedNameRecognizer(TokenRecognizer):
    ENTITIES = ("PERSON",)

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        text = getattr(nlp_artifacts, "as_written", text)
        out = []
        for m in _QUOTED.finditer(text):
            start, end = m.span("v")
            if (article := _ARTICLE.match(text, start)) and article.end() < end:
                start = article.end()  # the nickname after its article
            if self._a_name(text[start:end], m.group()) \
                    or self._another_name(text, m) and m.group("v")[:1].isupper():
                out.append(RecognizerResult("PERSON", start, end, SCORE))
        for m in _ACTS.finditer(text):
            words = m.group("v").split()
            lettered = len(words) == 2 and fold(words[0]) in _NICKNAME_HEADS and len(words[1]) == 1
            # (a name, not a word said: '"Hello" said the man', '"Sorry" says Jo')
            if lettered or m.group("verb") not in ("is", "was") \
                    and not any(fold(w) in STOP_WORDS or fold(w) in TITLES or self.allow.covers_word(w)
                                for w in re.split(r"[ -]", m.group("v"))) \
                    and all(fold(w) in given_names() or fold(w) in family_names() or zipf(fold(w)) < QUOTED_RARE
                            or re.fullmatch(r"[A-Z]-[A-Z][a-z]+", w) for w in words):  # ("T-Bone")
                out.append(RecognizerResult("PERSON", m.start("v"), m.end("v"), SCORE))
        for m in _LISTED.finditer(text):
            key = fold(m.group("v"))
            if (key in given_names() or key in family_names() or zipf(key) < QUOTED_RARE) \
                    and key not in TITLES and not self.allow.covers_word(m.group("v")):
                out.append(RecognizerResult("PERSON", m.start("v"), m.end("v"), SCORE))
        return out

    def _another_name(self, text: str, m: re.Match) -> bool:
        """A second quoted name after a first and "or" or a slash ('"Kyle" or "Ky"'), a
        shortened form of it often: short, a known name or a rare word (not '"no" or "Maybe"')."""
        before = text[max(0, m.start() - 2):m.start()].strip()
        joined = m.group().lstrip()[:2].lower() == "or" or m.group().lstrip()[:1] in "\"”"
        return joined and (before[-1:] in "\"”" or m.group().lstrip()[:1] in "\"”") \
            and fold(m.group("v")) not in STOP_WORDS and not self.allow.covers_word(m.group("v")) \
            and (len(m.group("v")) <= 3 or fold(m.group("v")) in given_names()
                 or zipf(fold(m.group("v"))) < QUOTED_RARE)

    def _a_name(self, name: str, match: str) -> bool:
        words = [w for w in name.split() if w != "the"]  # ('"Huw the Hand"')
        if len(words) > 1 and fold(words[0]) in _NICKNAME_HEADS:
            words = words[1:]  # ('"Uncle Billy"')
            if len(words) == 1 and re.fullmatch(r"[A-Z]\.?", words[0]):
                return True  # ('"Big G"')
        # a name is capitalised ('from "Ploy" to Dao'), not a quoted phrase ('to "calm down"'),
        # unless the cue says a name follows ('known as "tee"'); after such a cue a capitalised
        # given name that is also a little word is a name ('calls himself "Will"')
        cue = match.split("\"")[0].split("“")[0].strip(" \t(").lower()
        naming = _NAMING.search(cue) is not None
        noun = _NOUN_CUE.search(cue) is not None
        if any(fold(w) in STOP_WORDS and not ((naming or noun) and (w.istitle() or w.isupper())
                                              and fold(w) in given_names())
               or fold(w) in TITLES or self.allow.covers_word(w) for w in words):
            return False
        if naming:  # (not an answer that gives none: "unknown", "withheld")
            return fold(name) not in NO_ANSWER
        # otherwise capitalised and name-like: not a drug's or an advert's word ('"Spice"',
        # 'Punter "Regular"', 'Man "Bald"')
        short = cue.endswith("like")  # 'sounded like "Mo"': a name heard, often short
        return all(w[:1].isupper() and (fold(w) in given_names() or fold(w) in family_names()
                                        or zipf(fold(w)) < QUOTED_RARE or short and len(w) <= 3)
                   for w in words)
