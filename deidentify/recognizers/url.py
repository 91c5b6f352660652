"""Web addresses, including advert-profile links written without a scheme."""

import re

from deidentify.recognizers.base import RegexRecognizer

_DOT = re.compile(r"(?i:[ ]dot[ ])")

_TLD = r"(?:co\.uk|org\.uk|com|uk|org|net|io|me|info|biz|xxx|eu|ro|pl|bg|al|br|th|example|test|ly|tv|site|online|escort|club)"


class WebAddressRecognizer(RegexRecognizer):
    ENTITY = "URL"
    PATTERNS = (
        # said aloud, as a call note or a voicemail writes it: "w w w dot example dot org forward
        # slash help", "example dot co dot uk slash book" (a common ending after "dot")
        ("spoken", r"(?:(?i:\b(?:w[ ]?w[ ]?w|www)(?:[ ]+dot[ ]+|\.))|(?<![\w.-])(?<!(?i:dot)[ ]))"
                   r"(?!(?i:a|an|the|and|or|of|to|it|its|is|was|on|in)[ ])[\w-]+(?:[ ]+(?i:dot)[ ]+[\w-]+)*"
                   r"[ ]+(?i:dot)[ ]+(?i:co[ ]+dot[ ]+uk|org[ ]+dot[ ]+uk|com|org|net|co\.uk)\b"
                   r"(?:[ ]+(?i:(?:forward[ ]+)?slash)[ ]+[\w-]+)*"
                   r"(?![ ]+(?i:bubble|boom|crash|era|company|companies|business|startup|millionaires?)\b)", 0.6),
        ("scheme", r"(?:https?://|www\.)[^\s<>\"']+[^\s<>\"'.,;:!?)]", 0.9),
        ("bare", r"(?<![\w@./-])(?:[\w-]+\.)+" + _TLD + r"(?:/[^\s<>\"']*[^\s<>\"'.,;:!?)])?(?![\w@])", 0.6),
    )
    FLAGS = 0

    def patterns_for(self, text: str) -> list:
        # a web address said aloud has its "dot" (time only: the result is the same)
        return self._compiled if _DOT.search(text) else [c for c in self._compiled if c[0] != "spoken"]
