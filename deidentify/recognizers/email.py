"""Email addresses (a plain pattern: Presidio's own fetches a public-suffix list at run time)."""

from deidentify.recognizers.base import RegexRecognizer


class EmailAddressRecognizer(RegexRecognizer):
    ENTITY = "EMAIL_ADDRESS"
    PATTERNS = (("email", r"(?<![\w.+-])[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", 0.9),)
