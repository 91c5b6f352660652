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


class EmailAddressRecognizer(RegexRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (
        ("email", r"(?<![\w.+-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", 0.9),
        # spelled out: the name, "at", then a domain whose last part is a common ending
        ("spelled", r"(?<![\w.+-])(?<!(?i:dot)\s)(?<!(?i:dash)\s)(?<!(?i:hyphen)\s)(?<!(?i:underscore)\s)[\w.+'-]+(?:\s+(?i:underscore|hyphen|dash|dot)\s+[\w'-]+)*" + _SPELLED_AT + r"[\w-]+(?:" + _SPELLED_DOT
                    + r"[\w-]+)*" + _SPELLED_DOT + _DOMAIN_END, 0.7),
    )
