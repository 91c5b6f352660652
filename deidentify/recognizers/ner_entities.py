"""People, organisations and places that the spaCy model finds, and the years in its dates.

Organisations are not ignored (Presidio's default): the small model often tags a person's
name as an organisation or a place, and such a name must not slip through. What is kept is
decided by the allow-list (support services) and the list of harmless places (countries,
nationalities, large cities).
"""

from __future__ import annotations

import re
import unicodedata

from presidio_analyzer import RecognizerResult

from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.lexicon import (DEMONYMS, JOB_HEADS, TITLES, family_names, fold, foreign_word, given_names,
                                labels_a_number, zipf)
from deidentify.allow_list import department_at
from deidentify.lowercase_pass import english
from deidentify.recognizers.dates import MONTH, WEEKDAY
from deidentify.recognizers.base import TokenRecognizer
from deidentify.recognizers.establishment import BODY_WORDS, HEAD_WORDS
from deidentify.recognizers.social_handle import a_field_name
from deidentify.truecase import in_capitals

LOWER_EDGE_MAX = 3.0  # Zipf frequency from which a lower-case word at an entity's edge is trimmed
LOWER_ALONE_MAX = 5.0  # ... and a lower-case word tagged by itself dropped
EDGE_MAX = 3.5  # Zipf frequency from which a word at the edge of a longer entity is trimmed
CAPITALISED_EDGE_MAX = 4.5  # ... a word capitalised mid-sentence
_SENTENCE_END = frozenset(".!?:;")
ACRONYM_MAX = 4  # letters of an acronym in a note in capitals (see _shorthand)
EVERYDAY_WORD = 4.5  # Zipf frequency from which such a word is a word, not an acronym
# a number, a dose or a count the model swallows ("40", "900CC", "400MG", "70s", "X3", "x4d", "Q4")
_COUNT_OR_DOSE = re.compile(r"(?i)\d+(?:[.,]\d+)?(?:mg|mcg|g|kg|cc|ml|l|mmol|cm|mm|s|%)?|[xq]\d+[a-z]?")
# the parts of a date the model finds that name a day, month or year: "July", "Sept", "27th",
# "1998", "Christmas" (not "tonight", "the weekend", "11am", "the 90s")
_DATE_PART = re.compile(r"(?:19|20)\d{2}|(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)|"
                        r"(?i:" + MONTH + r")|(?:Christmas|Xmas|Easter|Boxing|Hogmanay|"
                        r"Ramadan|Eid|Diwali|Songkran|Hanukkah)")
_MONTH = re.compile(r"(?i:" + MONTH + r")")
_WEEKDAY = re.compile(r"(?i:" + WEEKDAY + r")")
_DATE_SCORE = 0.5
# the words that end the name of a body, besides the kinds of premises: "Wyvern Vale Police",
# "Tarnmouth District Council", "Suncoast Anti-Trafficking Coalition"
# (not the first words of a kind: "Nursing" Home, "Care" Home)
_BODY_HEADS = (HEAD_WORDS - frozenset("nursing care funeral rest residential ind est home homes"
                                       .split())) | frozenset(BODY_WORDS) \
    | frozenset("station office coalition sheriff authority board commission committee court "
                "tribunal alliance network foundation".split())
_SCORES = {"PERSON": 0.85, "ORGANIZATION": 0.6, "LOCATION": 0.6}
# the cells of a table's row the model ran together ("Thi Hoa|PV|x"): each cell its own, a
# cell all in lower case none ("code|pseud|name|int", the table's headings)
_CELL = re.compile(r"[^|\t\s](?:[^|\t]*[^|\t\s])?")
CELL_WORD_MIN = 5.0  # Zipf frequency: a cell of one word English uses this much is no name
# a surname's particle in lower case, tagged by itself, is an English or a foreign word
# ("approached van shouting", "van keys are with Pete", "bin bags"), not a name, unless it opens
# a sentence and acts: it may be a given name then ("van is the boss at the house", Vân)
_PARTICLES_ALONE = frozenset("van von de da do dos das del della di du la le bin al el".split())
_ACTS = frozenset("is was has had said says told came comes rang rings wants will can did does took "
                  "went goes knows lives works".split())


def _acts(tok) -> bool:
    """Does a word opening a sentence have a verb of a person's after it ("van is the boss")?"""
    return _sentence_start(tok) and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in _ACTS


# what a person does that a brand does not: "Kia says", "Kia is fine", "texts between Kia and
# Taylah", "told Kia", "spoke to Kia" (not "the Kia has a dent", "a Kia Sportage", "Ask Kia")
_SPEAKS = frozenset("says said told tells asked asks showed shows texted texts messaged rang rings "
                    "wants wanted knows knew thinks thought reckons is was".split())
_TALKED_WITH = frozenset("between told tell asked saw met gave phoned texted messaged visited".split())
# a word before a car that no person has: "the Kia says service due", "silver Kia and Taylah"
_BEFORE_A_THING = frozenset("the a an my her his their our your its this that silver black white red blue "
                            "grey gray green old new dark light".split())


def _brand_named_person(tokens: list) -> bool:
    """Is one word the model tagged, which the allow-list keeps as a brand, a given name that
    acts as a person: a verb of speaking after it, a word of talking with someone before it,
    or "and" joining it to a person the model found ("Kia and Taylah")?"""
    if len(tokens) != 1 or not tokens[0].is_title or fold(tokens[0].text) not in given_names():
        return False
    tok, doc = tokens[0], tokens[0].doc
    if tok.i and doc[tok.i - 1].lower_ in _BEFORE_A_THING:
        return False
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _SPEAKS \
            or tok.i and doc[tok.i - 1].lower_ in _TALKED_WITH \
            or tok.i > 1 and doc[tok.i - 1].lower_ == "to" and doc[tok.i - 2].lower_ in ("spoke", "talked", "spoken"):
        return True
    return any(doc[j].lower_ == "and" and doc[k].ent_type_ == "PERSON"
               for j, k in ((tok.i + 1, tok.i + 2), (tok.i - 1, tok.i - 2)) if 0 <= k < len(doc))


def _latin_letter(c: str) -> bool:
    return c.isascii() and c.isalpha() or "LATIN" in unicodedata.name(c, "")


def _sentence_start(tok) -> bool:
    if tok.i == 0:
        return True
    before = tok.doc[tok.i - 1].text
    return before[-1:] in _SENTENCE_END or "\n" in before


def _named_body(tokens: list, written: str) -> bool:
    """Do the tokens end in a body's head ("Police", "COUNCIL", "Practice") after a word English
    seldom uses, all capitalised as written?"""
    return len(tokens) >= 2 and fold(tokens[-1].text) in _BODY_HEADS and all(
        written[t.idx:t.idx + 1].isupper() or t.text in ("&", "and", "AND") for t in tokens) \
        and any(zipf(fold(t.text)) < EDGE_MAX for t in tokens[:-1])


_QUOTES = {"'": "'", "‘": "’", '"': '"', "“": "”"}


def _quoted_name(tokens: list, written: str) -> list:
    """The entity's words, when they are two or three words capitalised as written between quotes
    that open with a known given name ('Tony Sun', "GARY ROSE"), else []."""
    words = [t for t in tokens if not t.is_punct]
    if not 2 <= len(words) <= 3 or not all(written[t.idx:t.idx + 1].isupper() for t in words) \
            or fold(words[0].text) not in given_names():
        return []
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    before, after = written[start - 1:start], written[end:end + 1]
    return words if before in _QUOTES and after == _QUOTES[before] else []


def _a_cells_name(cell: str) -> bool:
    """Can a table's cell the model ran into its neighbours be a name: capitalised, and no
    heading, answer or role ("Worker", "NO", "3 in Romania")?"""
    return cell[:1].isupper() and fold(cell) not in STOP_WORDS and fold(cell) not in JOB_HEADS \
        and not (" " not in cell and zipf(fold(cell)) >= CELL_WORD_MIN)


def _lines_of(ent) -> list:
    """An entity of the model's cut at its line breaks: the model runs a heading, a list's
    items or a name and the body on the next line into one ("Strathmorven Council\nCatriona
    Nic Illinnein", "JSW\n- HE - ASP"), and a name in it is then lost to the body's type."""
    doc, pieces, start = ent.doc, [], ent.start
    for i in range(ent.start, ent.end + 1):
        broken = i < ent.end and doc[i].is_space and "\n" in doc[i].text
        if i == ent.end or broken or i > ent.start and "\n" in doc[i - 1].whitespace_:
            if i > start:
                pieces.append(doc[start:i])
            start = i + 1 if broken else i
    return pieces


def _body_head_after(ent, written: str) -> list:
    """The words after an entity, on its line, up to a body's head, all capitalised as written:
    the model's "COPPERAS BANK MEDICAL" of "COPPERAS BANK MEDICAL PRACTICE" (whether they
    belong to it is _named_body's to say)."""
    doc, found = ent.doc, []
    for k in range(1, 4):
        after = doc[ent.end:ent.end + k]
        if len(after) < k or not all(t.is_alpha and not t.is_stop
                                     and written[t.idx:t.idx + 1].isupper()
                                     and "\n" not in doc[t.i - 1].whitespace_ for t in after):
            break
        if fold(after[-1].text) in _BODY_HEADS:
            found = list(after)  # the longest: "MENTAL HEALTH PARTNERSHIP"
    return found


class NerEntityRecognizer(TokenRecognizer):
    ENTITIES = (*_SCORES, "DATE")

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if nlp_artifacts is None:
            return []
        results = []
        # in English a lower-case word the model tags as a person or place by itself is kept
        # ("obama is so cool"); in other languages the model takes ordinary words for names.
        # The note's language is read only when such a word comes up. In a note in another
        # language ("mia amica", "posso fazer") the model takes ordinary lower-case words for
        # names: there a lower-case word at an entity's edge that is an everyday word of one of
        # the service users' languages (wordfreq) and no known given or family name goes.
        state: dict = {}  # the note's language and capitals, read once, when first needed
        for whole in nlp_artifacts.entities:
            label = whole.label_
            if label == "DATE":
                results += self._date_parts(whole)
                continue
            if label not in _SCORES:
                continue
            lines = _lines_of(whole)
            for ent in lines:
                results += self._entity(ent, label, text, nlp_artifacts, state, len(lines) > 1)
        return results

    def _entity(self, ent, label: str, text: str, nlp_artifacts, state: dict,
                cut: bool) -> list[RecognizerResult]:
        """The result for one line of one of the model's entities (or none). (cut: the entity
        ran over lines; a word alone on its line was not tagged by itself.)"""
        lower_alone = False
        tokens = list(ent)
        if any(t.is_lower for t in tokens):
            if state.get("english") is None:
                state["english"] = english(getattr(nlp_artifacts, "as_written", text))
            in_english = state["english"]
            lower_alone = in_english and label != "ORGANIZATION" and len(ent) == 1
            if not in_english:
                tokens = self._known_lower_only(tokens)
        written = getattr(nlp_artifacts, "as_written", text)
        tokens += _body_head_after(ent, written)
        quoted = _quoted_name(tokens, written)
        tokens = self._trim(tokens, written, lower_alone, label != "ORGANIZATION",
                            label == "PERSON", cut)
        if quoted and len(tokens) < len(quoted):
            tokens = quoted  # "introduced himself as 'Tony Sun'": quoted, a name whole
        # the emergency department at an edge ("ED Registrar", "Prescott ED"): not a name;
        # an organisation with it is a part of the department ("ED TRIAGE", "ED RESUS")
        department = [t for t in tokens if t.text == "ED" and department_at(text, t.idx)]
        if department and label != "PERSON":
            return []
        while tokens and tokens[0] in department:
            tokens = tokens[1:]
        while tokens and tokens[-1] in department:
            tokens = tokens[:-1]
        if not tokens or not any(_latin_letter(c) for t in tokens for c in t.text):
            return []  # the English model reads other scripts as noise: names_abroad.py
        if len(tokens) == 1 and a_field_name(tokens[0].text):
            return []  # a record's field name: "date_of_birth", "client_ref"
        if cut and len(tokens) == 1 and zipf(fold(tokens[0].text)) >= EDGE_MAX \
                and re.match(r"[^\S\n]*[^\W\d_]", written[tokens[0].idx + len(tokens[0]):]):
            return []  # a line's label run into a name on the line before ("Lupu\nAge if
            # under 18", "Tran\nDate of birth"): an everyday word that starts its line's text,
            # whatever names it is too (a word alone on its line may be a name: "Angel")
        if len(tokens) == 1 and len(tokens[0].text) <= ACRONYM_MAX:
            if state.get("capitals") is None:  # read once a note, only when a short word comes up
                state["capitals"] = in_capitals(getattr(nlp_artifacts, "as_written", text))
            if state["capitals"] and self._shorthand(tokens[0], label, nlp_artifacts, text):
                return []
        if len(tokens) == 1 and labels_a_number(text, tokens[0].idx + len(tokens[0]),
                                                tokens[0].text):
            return []  # "Hosp no D3301478": a label, not a person
        phrase = " ".join(t.text for t in tokens)
        if self.allow.covers(phrase) and not (label == "PERSON" and self.allow.is_place(phrase)):
            if label != "LOCATION" and not self.allow.is_place(phrase) and _brand_named_person(tokens):
                # "Kia says", "texts between Kia and Taylah" (not "London was too expensive"): a
                # person, whom the allow-list's brand must not protect (a certain find)
                return [RecognizerResult("PERSON", tokens[0].idx, tokens[0].idx + len(tokens[0]), 1.0)]
            return []
        if label != "PERSON" and fold(phrase) in DEMONYMS:
            return []  # "speaks Ukrainian|GPE"
        if label != "PERSON" and any(self.allow.covers_word(t.text) for t in tokens) \
                and not self._given_and_surname(tokens) and not _named_body(tokens, written):
            return []  # an organisation named with an allowed word ("Ford Focus"); a local
            # branch ("Kellingford Police Station") is span_edges.join_services'

        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        end = start + len(text[start:end].rstrip())  # ("Sam Redfern      07700 900 201")
        if text[start - 1:start] == "<" or text[start - 2:start] == "</":
            return []  # an XML element's name: "<Forename>Joanne</Forename>"
        if "|" not in text[start:end] and "\t" not in text[start:end]:
            return [RecognizerResult(label, start, end, _SCORES[label])]
        return [RecognizerResult(label, start + m.start(), start + m.end(), _SCORES[label])
                for m in _CELL.finditer(text[start:end]) if _a_cells_name(m.group())]

    @staticmethod
    def _date_parts(ent) -> list[RecognizerResult]:
        """The day, month and year in a date the model finds ("refused 2023", "bloods Sept",
        "mum died August", "open 27th", "back for Christmas", "Thursday the 14th"): stock
        Presidio removes them with the model's dates, so the project does too. The rest of such a date ("tonight", "the 90s", "11am", "Friday" alone) is no identifier and
        is kept; the date recognizers read the dates that are. A month alone in lower case
        ("may", "march") is left to the recognizers, which read it after a cue ("in march")."""
        doc, base = ent.doc, ent.start
        tokens = list(ent)
        parts = [i for i, t in enumerate(tokens) if _DATE_PART.fullmatch(t.text)]
        if not parts or len(parts) == 1 and tokens[parts[0]].text.islower() \
                and not tokens[parts[0]].text[:1].isdigit():
            return []
        first, last = base + parts[0], base + parts[-1]
        if last + 1 < len(doc) and (doc[last].text[0].isdigit() and doc[last].text[-1].isalpha()
                                    or doc[last].text[0].isupper() and first == last
                                    and not _MONTH.fullmatch(doc[last].text)) \
                and doc[last + 1].is_lower \
                and doc[last + 1].is_alpha and doc[last + 1].lower_ not in ("of", "at", "and", "or"):
            return []  # an ordinal that counts what follows ("9th rib", "1st line"), a feast
            # that names a thing ("Christmas party")
        # a weekday written with its day, inside the model's date or just before it:
        # "Thursday the 14th", "Sat 19th"
        while first and (_WEEKDAY.fullmatch(doc[first - 1].text) or first > 1
                         and doc[first - 1].lower_ == "the"
                         and _WEEKDAY.fullmatch(doc[first - 2].text)):
            first -= 1
        return [RecognizerResult("DATE", doc[first].idx, doc[last].idx + len(doc[last]),
                                 _DATE_SCORE)]

    @staticmethod
    def _shorthand(tok, label: str, nlp_artifacts, text: str) -> bool:
        """(Asked of a word of up to ACRONYM_MAX letters in a note in capitals.) In a note
        written in capitals the model tags clinical shorthand as people and
        organisations ("S/P" -> "S", "MRN", "GCS", "CIWA"): a single letter, or an
        organisation of one word in capitals of up to ACRONYM_MAX letters that is neither
        an everyday word nor a known name, is left there."""
        written = getattr(nlp_artifacts, "as_written", text)
        key = fold(tok.text)
        return len(tok.text) == 1 or (
            label == "ORGANIZATION" and written[tok.idx:tok.idx + len(tok)].isupper()
            and zipf(key) < EVERYDAY_WORD and key not in given_names()
            and key not in family_names())  # "THE RED DOOR", "KEMP" stay

    def _given_and_surname(self, tokens: list) -> bool:
        """A person the model took for an organisation: "Jordan Fairhurst" (two capitalised
        words, a given name the allow-list keeps only as a place, and a word it does not keep;
        not a brand: "Kia Sportage")."""
        return len(tokens) == 2 and all(t.is_title for t in tokens) \
            and fold(tokens[0].text) in given_names() and self.allow.is_place(tokens[0].text) \
            and not self.allow.covers_word(tokens[1].text)

    @staticmethod
    def _known_lower_only(tokens: list) -> list:
        """The entity's tokens without its edges' lower-case everyday words of other languages
        that are not known given or family names (or nothing, when none is left)."""
        names_g, names_f = given_names(), family_names()

        def known(tok) -> bool:
            key = fold(tok.text)
            return not tok.is_lower or key in names_g or key in names_f \
                or not foreign_word(tok.text)
        while tokens and not known(tokens[0]):
            tokens = tokens[1:]
        while tokens and not known(tokens[-1]):
            tokens = tokens[:-1]
        return tokens

    @staticmethod
    def _trim(tokens: list, written: str = "", lower_alone: bool = False, named: bool = False,
              person: bool = False, cut: bool = False) -> list:
        """Drop ordinary words the small model swallows at an entity's edges ("Visited",
        "outreach van", "Interpreter") unless they are also names: in a person with a known
        given name, a known family name stays even in lower case ("sarah brown"). Numbers, doses
        and counts go too ("40", "900CC", "X3", "x4d"): numbers are the pattern recognizers'
        (a handle such as "Jonno77" or a partial plate "DY6" stays)."""
        names_g, names_f = given_names(), family_names()
        families = names_f if person and any(fold(t.text) in names_g and t.text not in _PARTICLES_ALONE
                                             for t in tokens) else frozenset()  # (not "white van")

        def ordinary(tok, alone: bool) -> bool:
            key = fold(tok.text.strip("-–—*~'\"“”‘’"))  # "-Cheryl" of a signature is Cheryl
            common = zipf(key)
            # a capitalised word the model tags by itself stays a name even if it is also an
            # everyday word (Trump, Summer, Hope): only edges of longer entities are trimmed
            # a lower-case word the model tags by itself may be kept unless it is everyday
            # English ("obama is so cool"); at the edge of a longer entity it goes sooner
            lower_max = LOWER_ALONE_MAX if alone and lower_alone else LOWER_EDGE_MAX
            # in a person or place, a word capitalised mid-sentence is capitalised for a
            # reason ("Mei Ling"): only a word English uses often goes; at a sentence's start,
            # or in an organisation (products, shows), any common word may
            edge_max = CAPITALISED_EDGE_MAX if named and tok.is_title \
                and not _sentence_start(tok) else EDGE_MAX
            return (key in TITLES or tok.is_punct or tok.is_stop
                    or alone and tok.text in _PARTICLES_ALONE and not _acts(tok)
                    or _COUNT_OR_DOSE.fullmatch(tok.text)
                    or (tok.text.islower() and common >= lower_max and key not in names_g
                        and key not in families)
                    or (not alone and common >= edge_max and key not in names_g
                        and key not in names_f))
        while tokens and ordinary(tokens[0], len(tokens) == 1 and not cut):
            tokens = tokens[1:]
        # a body's head after a name English seldom uses stays: "Wyvern Vale Police"
        while tokens and ordinary(tokens[-1], len(tokens) == 1 and not cut) \
                and not _named_body(tokens, written):
            tokens = tokens[:-1]
        return tokens
