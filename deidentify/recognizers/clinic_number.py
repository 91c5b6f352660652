"""Sexual health clinic numbers, and the client codes of needle exchanges and drug services.

A needle exchange, a pharmacy scheme or a drug service that takes no names records a client by a
code built from their initials, their date of birth and their sex ("SH1102F": S. H., 11 Feb,
female; "JW301185M"): it finds the person as surely as a name. The code's day and month must be
a day and a month, and a sex letter or the year must follow them (not "AB1234").

A research project's participant codes ("P07", "P12: Princess. Not cos I'm posh") key a quote
to the project's list of who said it: in a note about research (a participant, an interview, a
transcript), a P and two figures or three is one, but not a tax form's (P45, P60, P800)."""

import re

from deidentify.recognizers.base import RegexRecognizer


_RESEARCH = re.compile(r"(?i:\b(?:participants?|interview(?:s|ed|er|ee)?|transcripts?|respondents?|"
                       r"focus\s+group|peer\s+research|research(?:er)?|fieldwork|field\s+notes))\b")
_DAY_MONTH = r"(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])"
_DAY_MONTH_SPLIT = r"(?:0[1-9]|[12]\d|3[01])[ ./-]?(?:0[1-9]|1[0-2])"
_DAY_MONTH_HYPHEN = r"(?:0[1-9]|[12]\d|3[01])-?(?:0[1-9]|1[0-2])"


class ClinicNumberRecognizer(RegexRecognizer):
    ENTITY = "CLINIC_NUMBER"
    PATTERNS = (
        ("prefixed", r"\b(?:GU|GUM|RSH|SHC)[\s-]?\d{4,7}\b", 0.8),
        ("after_words", r"\b(?:clinic|hospital|patient|pt|gum)\s*(?:no|number|num|id|#)\.?\s*:?\s*"
                        r"(?P<v>[A-Z]{0,4}[\s-]?\d[\d/\-]{2,10}\d)", 0.85),
        ("client_code", rf"(?-i:\b[A-Z]{{2,4}}{_DAY_MONTH}(?:(?:19|20)?\d{{2}}[MFXU]?|[MFXU])(?=\b|x\d))", 0.6),
        # ... written with spaces, dots, hyphens or slashes, the sex letter last: "SH 1102F",
        # "JW-30-11-85-M", "JW30/11/85M"; or in lower case: "kw0507f", "sh-1102-f", "Kw0507f"
        ("client_code_split", rf"(?-i:\b[A-Z]{{2,4}}[ .-]?{_DAY_MONTH_SPLIT}(?:[ ./-]?(?:19|20)?\d{{2}})?"
                              r"[ .-]?[MFXU](?=\b|x\d))", 0.6),
        ("client_code_lower", rf"(?-i:\b(?:[a-z]{{2,4}}|[A-Z][a-z]{{1,3}})-?{_DAY_MONTH_HYPHEN}"
                              r"(?:-?(?:19|20)?\d{2})?-?[mfxu](?=\b|x\d))", 0.6),
        ("participant", r"(?-i:(?<![Pp]age )(?<![Pp]g )(?<!p\. )(?<![Rr]oom )(?<![Rr]m )\bP(?!45\b|46\b|50\b|53\b|55\b|60\b|85\b|86\b|87\b|800\b|810\b)"
                        r"(?:0[1-9]|[1-9]\d{1,2})\b)(?![-/.]\d)(?![ \t]+(?i:bus|route|road|form|car\s+park|parking))", 0.6),
    )
    FLAGS = re.IGNORECASE

    def patterns_for(self, text: str) -> list:
        # participant codes only in a note about research
        return self._compiled if _RESEARCH.search(text) else [c for c in self._compiled if c[0] != "participant"]
