"""Police officers' shoulder (collar) numbers and warrant numbers; crime and incident
references (a Garda's PULSE number); a prisoner's number."""

import re

from deidentify.recognizers.base import RegexRecognizer

_YEAR = re.compile(r"(?:19|20)\d{2}")
# a log's number, three figures or more, before "of" and a day's number (its month follows)
_LOG_NUMBER = r"(?<![\w£$€.,/-])(?P<v>\d{3,5})(?=[ \t]+of[ \t]+(?:[12]\d|3[01]|0?[1-9])"


# one word of a name (the copy the recognizers read may lower one written in capitals), not a
# word of what the officer did ("PC went to 1200 houses")
_NAME = (r"(?:(?!(?i:went|to|the|and|said|says|was|is|at|on|in|of|for|with|has|had|he|she|it|they|saw|"
         r"came|took|got|then|attended|called|rang|arrived|visited|spoke|stated)\b)"
         r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*,?\s)")


class PoliceNumberRecognizer(RegexRecognizer):
    ENTITY = "POLICE_NUMBER"
    PATTERNS = (
        ("rank_number", r"\b(?:PCs?|DCs?|PS|DS|PCSO|Sgt|DI|DCI|Insp)\.?\s?\d{2,5}"
                        r"(?:\s*(?:,|and|&)\s*\d{2,5})*\b", 0.8),
        # ... as a text or an ambulance crew writes it, in lower case: "police on scene (pc 6628)";
        # a special constable's after a regular's: "PC 2277 OKAFOR / SC 7781 BRANAGH"
        ("rank_number_lower", r"(?<!\d[ ])\b(?:pc|Pc|pcso|Pcso|sgt|Sgt|ps|ds)[ ]?(?P<v>\d{3,5})\b(?![.:/]\d)", 0.7),
        ("special", r"(?:\b(?:PC|DC|PS)\s?\d{3,5}[ ][^\W\d_][\w'’-]*[ ]*[/&,][ ]*)SC\s?(?P<v>\d{3,5})\b", 0.7),
        # the number after the officer's name: "PCSO Lomax 9021", "PC Sharma 1184"
        # (a name with accents, in capitals, with an apostrophe or hyphen: "PC O'Brien 6638",
        # "PC SZYMAŃSKI 6638", "PC Dąbrowska-Kowal, 6638", "PC Ó Briain 6638")
        ("rank_name_number", r"\b(?i:PCs?|DCs?|PS|DS|PCSO|Sgt|DI|DCI|Insp)\.?\s(?:[A-Z]\.?\s)?"
                             + _NAME + r"{1,2}(?P<v>\d{3,5}[A-Z]?)\b", 0.7),
        # ... or in brackets after it: "DC R. Pryce (4102)", "PC Owen Bates (3318)"
        ("rank_name_bracket", r"\b(?:PCs?|DCs?|PS|DS|PCSO|Sgt|DI|DCI|Insp)\.?\s(?:[A-Z]\.?\s)?"
                              r"(?:[^\W\d_][\w'’-]*\s?){1,2}\((?P<v>\d{3,5}[A-Z]?)\)", 0.75),
        ("after_words", r"(?i:\b(?:shoulder|collar|warrant|badge|epaulette)[ \t]+(?:no|number)\.?|\bjelvényszám(?:a|ú)?|"
                        r"\bnumer\s+służbowy|\bnumărul?\s+de\s+insignă|\bномер\s+жетона|\bжетон)[ \t]*+:?[ \t]*+"
                        r"(?P<v>\d{2,6})\b", 0.85),
        # the rank written out: "Occupation: Police Constable 5520", "Sergeant 1187"
        ("rank_words_number", r"(?i:\b(?:police\s+constable|detective\s+constable|police\s+community\s+support"
                              r"\s+officer))[ \t]*+\(?(?P<v>\d{3,5}[A-Z]?)\)?\b", 0.75),
        # ... a bare rank only before the number's end: "Sergeant 1187, Hollins" (not "Sergeant
        # 100 days", "Inspector 360 review")
        ("rank_word_number", r"(?i:\b(?:constable|sergeant|inspector))[ \t]*+\(?(?P<v>\d{3,5}[A-Z]?)\)?\b"
                             r"(?=[ \t]*+(?:[,.;:)\n]|$)|[ \t]++[A-Z])", 0.7),
        # ... or read off the uniform: "I saw 5520 on his shoulder", "number on his epaulette 5520"
        ("on_the_shoulder", r"(?i:\b(?P<v>\d{3,5})[ \t]+on[ \t]+(?:(?:his|her|their)[ \t]+(?:shoulders?|epaulettes?|"
                            r"collar|uniform|vest|hat)|the[ \t]+(?:shoulders?|epaulettes?)))\b", 0.7),
        # a sex offender's ViSOR number or a probation CRN: "ViSOR: 18/0044712"
        ("visor", r"(?i:\bvisor)(?:[ \t]++(?:no|number|ref))?\.?[ \t]*+:?[ \t]*+(?P<v>\d{2}/\d{4,8}|\d{6,10})\b", 0.8),
        # an Irish police incident's number: "PULSE 24/203551" (not a pulse of 88)
        ("pulse", r"(?-i:\bPULSE)[ \t]*+(?:(?i:ref|no|number|incident)\.?[ \t]*+)?:?[ \t]*+"
                  r"(?P<v>\d{2}/\d{4,8}|\d{6,10})\b", 0.85),
        # a prisoner's number (NOMIS: a letter, four digits, two letters), whatever labels it:
        # "Donna Keyes, A1234BC, released", "prisoner number B5566CD"
        ("prison_number", r"\b(?-i:[A-Z]\d{4}[A-Z]{2})\b", 0.6),
        ("crime_ref", r"(?i:\bcrime\s+(?:ref(?:erence)?|no|number)\.?)\s*:?\s*(?P<v>[A-Z0-9/-]{5,20})", 0.85),
        # police logs listed after their word: "Both reported (logs 0771 and 1203)" (the list
        # whole, its "and" too)
        ("logs_listed", r"(?i:\blogs[ \t]*(?:nos?\.?|numbers|refs?\.?)?[ \t]*:?[ \t]*)"
                        r"(?P<v>\d{3,6}(?:[ \t]*(?:,|and|&)[ \t]*\d{3,6})+)(?![\d/.:-]*\d)", 0.6),
        # a police log's number by its day, as forces write them, listed or alone: "logs (0733 of
        # 11/05/25, 0129 of 02/06/25)" (three figures or more: not "2 of 4"; the day with its
        # year, or a log's word before: not "paid 500 of 2.5k", "300 of 3/4 tablets")
        ("log_of_day", _LOG_NUMBER + r"(?P<sep>[/.])(?:1[0-2]|0?[1-9])(?P=sep)\d{2}(?:\d{2})?(?![\d/.]*\d))", 0.6),
        ("log_of_day_cued", r"(?i:\b(?:logs?|incidents?|cad|serials?)\b)[^\n]{0,120}?" + _LOG_NUMBER
                            + r"/(?:1[0-2]|0?[1-9])(?![\d/.]*\d))", 0.6),
    )

    def validate(self, value: str, pattern: str = "") -> bool:
        if pattern == "logs_listed":  # (not years: "kept logs 2023 and 2024")
            return not all(_YEAR.fullmatch(n) for n in re.findall(r"\d+", value))
        return True
