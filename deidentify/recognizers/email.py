"""Email addresses (a plain pattern: Presidio's own fetches a public-suffix list at run time),
and addresses spelled out to get past a site's filter ("jess.xo at example dot com")."""

import re

from presidio_analyzer import RecognizerResult

from deidentify.recognizers.base import RegexRecognizer
from deidentify.recognizers.spelled_phone import SAID_DIGIT, SAID_TENS

# any case: the case-restored copy may capitalise "dot" (a given name)
_SPELLED_AT = r"(?:\s+(?i:at)\s+|\s*[(\[](?i:at)[)\]]\s*)"
_SPELLED_DOT = r"(?:\s+(?i:dot)\s+|\s*[(\[](?i:dot)[)\]]\s*|\.)"
# the last parts of addresses people give (social_handle.py reads them too)
DOMAIN_ENDINGS = ("com net org co uk io info me biz ru ro pl bg de fr es it pt br th vn "
                  "cn").split()
_DOMAIN_END = r"(?i:" + "|".join(DOMAIN_ENDINGS) + r")\b"


# said aloud, after a word that asks for or gives an address: a name of up to three words,
# joined by "dot" or "underscore" and with its digits said ("lozza askew at example dot net", "d
# pargiter at ...", "shaz lomond eighty eight at ..."), and a domain of up to three words before
# its first "dot" ("gary at sheldrake tyres dot example dot co dot uk"), none of them a word
# that leads into an address (not "look up universal credit at gov dot uk": no word asks)
_LEADS = (r"email|e-mail|mail|is|it's|its|to|me|at|on|or|and|the|her|his|my|your|their|our|address|"
          r"send|sent|as|was|direct|please|thanks|that's|thats|said|say|says|email's|emails|him|them|"
          r"us|via|from|by|with|for|of|in|a|an|i|it|be|aloud|read|reply|write|contact|dot|then|new|"
          r"line|colon|copy|cc|also|or|now|here|there|this|that|so|yes|yeah|okay|ok|no|not|she|he|they|we|"
          r"you|home|work|still|been|were|are|am|go|went|get|got|who|what|where|when|which|one|all|up|"
          r"look|stuff|site|buys|sold|works|found|room|advice")
_SAID_WORD = rf"(?!(?i:{_LEADS})\b)[\w'-]+"
_SAID_DIGITS = rf"(?:\s+(?i:{SAID_DIGIT}|{SAID_TENS}|thousand|hundred|and|\d{{1,4}}))"
# (each part a few words at most: a long run of "x dot x dot ..." is not read again from each word)
_SAID = re.compile(r"(?<![\w.+'’-])(?:" + _SAID_WORD + r"\s+){0,2}" + _SAID_WORD
                   + r"(?:\s+(?i:underscore|hyphen|dash|dot)\s+[\w'-]+|" + _SAID_DIGITS + r"){0,6}+"
                   + r"\s+(?i:at)\s+" + _SAID_WORD + r"(?:\s+" + _SAID_WORD + r"){0,2}(?:\s+(?i:dot)\s+[\w-]+){0,4}"
                   + r"\s+(?i:dot)\s+" + _DOMAIN_END)
_ASKS = re.compile(r"(?i:\b(?:e-?mails?|e-?mail['’]s|address|mail|send|sent|to|copy|cc|contact|write|reply|"
                   r"reach)\b)")
ASK_BEFORE = 80  # characters before a said address where the word that asks for it stands


class EmailAddressRecognizer(RegexRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (
        ("email", r"(?<![\w.+-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", 0.9),
        # spelled out: the name, "at", then a domain whose last part is a common ending
        ("spelled", r"(?<![\w.+-])(?<!(?i:dot)\s)(?<!(?i:dash)\s)(?<!(?i:hyphen)\s)(?<!(?i:underscore)\s)[\w.+'-]+(?:\s+(?i:underscore|hyphen|dash|dot)\s+[\w'-]+)*" + _SPELLED_AT + r"[\w-]+(?:" + _SPELLED_DOT
                    + r"[\w-]+)*" + _SPELLED_DOT + _DOMAIN_END, 0.7),
    )

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        found = super().analyze(text, entities, nlp_artifacts)
        if " dot " in text.lower():  # (a quicker test first: most notes say no address aloud)
            found += [RecognizerResult(self.ENTITY, m.start(), m.end(), 0.7) for m in _SAID.finditer(text)
                      if _ASKS.search(text, max(0, m.start() - ASK_BEFORE), m.start())]
        return found
