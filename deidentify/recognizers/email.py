"""Email addresses (a plain pattern: Presidio's own fetches a public-suffix list at run time),
and addresses spelled out to get past a site's filter ("jess.xo at example dot com")."""

from deidentify.recognizers.base import RegexRecognizer

# any case: the case-restored copy may capitalise "dot" (a given name)
_SPELLED_AT = r"(?:\s+(?i:at)\s+|\s*[(\[](?i:at)[)\]]\s*)"
_SPELLED_DOT = r"(?:\s+(?i:dot)\s+|\s*[(\[](?i:dot)[)\]]\s*|\.)"
# the last parts of addresses people give (social_handle.py reads them too)
DOMAIN_ENDINGS = ("com net org co uk io info me biz ru ro pl bg de fr es it pt br th vn "
                  "cn").split()
_DOMAIN_END = r"(?i:" + "|".join(DOMAIN_ENDINGS) + r")\b"


# said aloud, a name of two or three words before "at" ("lozza askew at example dot net", "d
# pargiter at ...") and a domain of two or three before its first "dot" ("gary at sheldrake
# tyres dot example dot co dot uk"), none of them a word that leads into an address
_LEADS = (r"email|e-mail|mail|is|it's|its|to|me|at|on|or|and|the|her|his|my|your|their|our|address|"
          r"send|sent|as|was|direct|please|thanks|that's|thats|said|say|says|email's|emails|him|them|"
          r"us|via|from|by|with|for|of|in|a|an|i|it|be|aloud|read|reply|write|contact|dot|then|new|"
          r"line|colon|copy|cc|also|or|now|here|there|this|that|so|yes|yeah|okay|ok|no|not|she|he|they|we|"
          r"you|home|work|still|been|were|are|am|go|went|get|got|who|what|where|when|which|one|all")
_SAID_WORD = rf"(?!(?i:{_LEADS})\b)[\w'-]+"


class EmailAddressRecognizer(RegexRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (
        ("email", r"(?<![\w.+-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", 0.9),
        # spelled out: the name, "at", then a domain whose last part is a common ending
        ("spelled", r"(?<![\w.+-])(?<!(?i:dot)\s)(?<!(?i:dash)\s)(?<!(?i:hyphen)\s)(?<!(?i:underscore)\s)[\w.+'-]+(?:\s+(?i:underscore|hyphen|dash|dot)\s+[\w'-]+)*" + _SPELLED_AT + r"[\w-]+(?:" + _SPELLED_DOT
                    + r"[\w-]+)*" + _SPELLED_DOT + _DOMAIN_END, 0.7),
        ("said", r"(?<![\w.+'’-])(?:" + _SAID_WORD + r"\s+){0,2}" + _SAID_WORD
                 + r"(?:\s+(?i:underscore|hyphen|dash|dot)\s+[\w'-]+)*"
                 + r"\s+(?i:at)\s+" + _SAID_WORD + r"(?:\s+" + _SAID_WORD + r"){0,2}(?:\s+(?i:dot)\s+[\w-]+)*"
                 + r"\s+(?i:dot)\s+" + _DOMAIN_END, 0.7),
    )
