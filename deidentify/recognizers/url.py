"""Web addresses, including advert-profile links written without a scheme."""

from deidentify.recognizers.base import RegexRecognizer

_TLD = r"(?:co\.uk|org\.uk|com|uk|org|net|io|me|info|biz|xxx|eu|ro|pl|bg|al|br|th|example|test|ly|tv|site|online|escort|club)"


class WebAddressRecognizer(RegexRecognizer):
    ENTITY = "URL"
    PATTERNS = (
        ("scheme", r"(?:https?://|www\.)[^\s<>\"']+[^\s<>\"'.,;:!?)]", 0.9),
        ("bare", r"(?<![\w@./-])(?:[\w-]+\.)+" + _TLD + r"(?:/[^\s<>\"']*[^\s<>\"'.,;:!?)])?(?![\w@])", 0.6),
    )
    FLAGS = 0
