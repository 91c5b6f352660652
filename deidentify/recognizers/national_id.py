"""National identity numbers of the service users' countries, found by their check digits
(python-stdnum): Romanian CNP, Polish PESEL, Bulgarian EGN, Brazilian CPF, Chinese resident
ID, Thai ID. With no word before them: a number that passes one of these checks is an ID. A Thai ID
written in its own groups (1 4509 00412 33 0) is one whatever its check digit: copied by hand,
it still finds her."""

from __future__ import annotations

from stdnum.bg import egn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.pl import pesel
from stdnum.ro import cnp
from stdnum.th import pin

from deidentify.recognizers.base import RegexRecognizer

CHECKS = {13: (cnp, pin), 11: (pesel, cpf), 10: (egn,), 18: (ric,)}


class NationalIdRecognizer(RegexRecognizer):
    ENTITY = "NATIONAL_ID"
    PATTERNS = (
        ("digits", r"(?<![\w.+-])\d(?:[ .-]?\d){8,16}[\dXx](?![\w]|[.-]\d)", 0.85),
        ("thai_groups", r"(?<![\w.+-])\d([ -])\d{4}\1\d{5}\1\d{2}\1\d(?![\w]|[.-]\d)", 0.85),
    )

    def validate(self, value: str, pattern: str = "") -> bool:
        if pattern == "thai_groups":
            return True
        compact = "".join(c for c in value if c.isalnum()).upper()
        return any(module.is_valid(compact) for module in CHECKS.get(len(compact), ()))
