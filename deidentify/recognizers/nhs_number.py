"""NHS numbers: ten digits whose last is a modulus-11 check digit."""

from deidentify.recognizers.base import RegexRecognizer, digits


def nhs_check_digit_ok(value: str) -> bool:
    d = [int(c) for c in digits(value)]
    if len(d) != 10:
        return False
    check = 11 - sum(x * w for x, w in zip(d[:9], range(10, 1, -1))) % 11
    return check != 10 and d[9] == (0 if check == 11 else check)


class NhsNumberRecognizer(RegexRecognizer):
    ENTITY = "NHS_NUMBER"
    PATTERNS = (
        ("nhs", r"(?<![\d+])\d{3}[\s-]?\d{3}[\s-]?\d{4}(?![\d])", 0.6),
        # After "NHS (no/number)", even a number with a wrong check digit is removed.
        ("after_word", r"(?i:\bnhs\s*(?:no|number|num|#)?\.?\s*:?\s*)"
                       r"(?P<v>\d{3}[\s-]?\d{3}[\s-]?\d{4})(?![\d])", 0.85),
    )
    CONTEXT = ("nhs", "nhs no", "nhs number", "health number")

    def validate(self, value: str, pattern: str = "") -> bool:
        return pattern == "after_word" or nhs_check_digit_ok(value)
