"""A name written with its possessive's "s" and no apostrophe, before a person or a home of
theirs: "jades bf", "Roxys flat", "tonis sister", "saw kellys mum".

Texted notes drop the apostrophe, and the word is then neither the name nor a word: "jades"
is in no list of names, so the name's own rules pass it by. The word is a name's when what
is left without its "s" is a known given name, the word itself is neither a name nor a word
English uses ("this flat", "chris mum") and a word for a person or a home of theirs follows;
the whole word goes.

A device named for its owner, as a router's or an account's list of devices shows it:
"Beccas-iPhone", "Becca's iPad", "LukeyB-PS5" (not "Samsung Galaxy", "My iPhone").
"""

from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.lexicon import CALLED_BY, KIN, given_names, zipf
from deidentify.recognizers.base import RegexRecognizer

_FAMILY_WORDS = frozenset("baby nan nana nanna gran granny nanny mummy daddy auntie aunty".split())
DEVICE_OWNER_MAX = 3.0  # Zipf frequency below which a word before a device's kind is its owner's name
WORD_MIN = 3.5  # Zipf frequency from which the word with its "s" is a word ("this", "james")
# what a person has that a note names them by
_THEIRS = (r"bf|gf|boyfriend|girlfriend|fella|partner|husband|wife|ex|pimp|mum|mom|mam|mama|dad|"
           r"nan|nana|sister|sis|brother|bro|cousin|aunt|auntie|uncle|kids?|children|son|daughter|"
           r"baby|mate|mates|friend|flat|house|place|room|phone|number|car")


_DEVICES = r"(?:iPhone|iPad|MacBook|Galaxy|Pixel|PS[345]|Xbox|Switch|Laptop|PC|Android|Kindle|Echo)"


class PossessiveNameRecognizer(RegexRecognizer):
    ENTITY = "PERSON"
    PATTERNS = (
        ("device", r"(?<![\w'’-])(?P<v>[A-Z][A-Za-z]{1,15})(?:['’]s)?-" + _DEVICES + r"(?![\w'’])", 0.6),
        # (with a space, only a known given name: "Becca's iPad", not "Zumba Laptop")
        ("device_spaced", r"(?<![\w'’-])(?P<v>[A-Z][A-Za-z]{1,15})(?:['’]s)?[ ]" + _DEVICES + r"(?![\w'’])", 0.6),
        ("possessive", r"(?<![\w'’-])(?P<v>[A-Za-z][a-z]{2,}s)['’]?(?=[ \t]+(?i:"
                       + _THEIRS + r")\b)", 0.6),
    )

    def validate(self, value: str, pattern: str = "") -> bool:
        if pattern in ("device", "device_spaced"):  # an owner's name or nickname, not a maker's or a word
            key = value.lower()
            return key not in STOP_WORDS and (key in given_names() or key[:-1] in given_names() and key.endswith("s")
                                              or pattern == "device" and zipf(key) < DEVICE_OWNER_MAX)
        stem, word = value[:-1].lower(), value.lower()
        # (not a word or a name of its own: "this flat", "chris mum", "james bf")
        return stem in given_names() and word not in given_names() and zipf(word) < WORD_MIN \
            and stem not in KIN | _FAMILY_WORDS | CALLED_BY  # (not "my babys dad", "nans house")
