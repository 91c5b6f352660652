"""UK vehicle registrations: current (AB12 CDE), prefix (A123 BCD) and suffix (ABC 123D), a
personalised plate or part of one after its word ("private plate T0NY 1", "reg starts YR58");
part of a plate near a word for a car, as a worker remembers it ("silver Focus WU17 something",
"white Golf, HN19...", "plate seen as "SF2..." ending "OXL"", "FY1..KT"); a plate abroad after
its word in the service users' languages ("targa AA 000 KB", "车牌 RX20"); a taxi's cab number; a vehicle's identification number (VIN)."""

import re

from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.lexicon import DOSING, fold, zipf
from deidentify.recognizers.base import RegexRecognizer


_UNITS = frozenset("MIN MINS YRS YR HRS HR MPH KMS KGS LBS DAY DAYS WKS MTH".split())
ROMANIAN_LETTERS_MAX = 3.0  # Zipf frequency: a plate's three letters English uses less


class VehicleRegRecognizer(RegexRecognizer):
    ENTITY = "VEHICLE_REG"
    PATTERNS = (
        ("current", r"\b[A-Z]{2}\s?\d{2}\s?[A-Z]{3}\b", 0.75),  # AB12 CDE, AB 12 CDE
        # Older formats look like other codes: they need a word such as "reg" nearby.
        ("prefix", r"\b[A-Z]\d{1,3}\s?[A-Z]{3}\b", 0.2),
        ("suffix", r"\b[A-Z]{3}\s?\d{1,3}[A-Z]\b", 0.2),
        # written in lower case in a text ("blue bmw ln68 rtv"), or a personalised plate
        ("current_lower", r"\b[a-z]{2}\d{2}\s?[a-z]{3}\b", 0.2),
        # a plate of another country after its word: "CA PLATE 8KXY417"
        # ("NJ PLT X41-GLK" in a US record: the dashed one in capitals, not "PLT 45-low")
        ("after_plate", r"(?i:\b(?:plates?|plt|reg(?:istration)?)(?:\s+(?:no\.?|number)|\s*#)?\.?\s*:?\s*)"
                        r"(?P<v>(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{5,8}|"
                        r"(?-i:(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{2,4}-[A-Z0-9]{2,4}))\b", 0.6),
        # (a plate abroad, its area's letters apart: "on Polish plates WE 4K210", "Bulgarian plates
        # CA 1234 KB"; or in quotes:
        # "private plate "T0NY 5"")
        ("personalised", r"(?i:\b(?:plates?|reg(?:istration)?|reg\.?\s+no)\.?\s*:?\s*[\"“'‘]?)"
                         r"(?P<v>[A-Z]{1,3}[ -]\d{4}[ -][A-Z]{2}(?![\w-])|[A-Z]{1,3}[ -]\d[A-Z0-9]{3,4}|(?=[A-Z]*\d)(?=[0-9]*[A-Z])[A-Z0-9]{2,4}[ ](?=[A-Z0-9]{0,3}\d|[A-Z]{1,3}\b)"
                         r"[A-Z0-9]{1,4}|"
                         r"[A-Z]{1,3}\d{1,4}\s?[A-Z]{1,3}|[A-Z]{1,3}\s?\d{1,4})\b", 0.6),
        # part of a plate, near a word for a car (CONTEXT): "WU17 something", "KP19...",
        # (no "…" in a pattern: NFKC, as patterns are compiled, makes it three of any character)
        # "FY1..KT", "SF2...OXL", a quoted "YF"
        ("partial_current", r"(?<![\w/-])(?:[A-Z]{2}\d{2}|[a-z]{2}\d{2})(?=\s*(?:\.{2,}|\?|something|sth|smth|什么|$)"
                            r"|[ ,;)\-*_]|\.(?!\w))(?!\s?[A-Z]{3}\b)", 0.2),
        ("dotted", r"(?<![\w/-])[A-Z]{1,3}\d{0,2}(?:\.{2,3})(?:[A-Z0-9]{1,3}\b)?", 0.2),
        ("dotted_end", r"(?<=\.\.\.)[A-Z]{2,3}\b", 0.2),
        ("quoted_part", r"(?<=[\"“'‘])[A-Z]{2,3}\d{0,2}(?=(?:\.{2,3})?[\"”'’])", 0.2),
        # Northern Ireland's plates and Ireland's, near a word for a car (CONTEXT): "silver Skoda
        # Octavia, NXZ 4471", "southern reg, 08-MN-..."
        # (Northern Ireland's letters hold an I or a Z: "NXZ 4471", "AIG 1234")
        ("northern_irish", r"\b(?-i:(?=[A-Z]{0,2}[IZ])[A-Z]{3})[ ]?\d{3,4}\b", 0.2),
        ("irish", r"(?<![\w/-])\d{2,3}-(?-i:[A-Z]{1,2})(?:-\d{1,6})?(?![\w/])", 0.2),
        # part of a plate after "partial": "white Transit, partial SV7"
        ("partial", r"(?i:\bpartial(?:ly)?(?:\s+(?:reg|plate|index))?:?\s+)(?P<v>(?-i:[A-Z0-9]{2,4}))\b", 0.6),
        # two letters alone after the word: "possibly a Skoda, reg YH"
        ("reg_letters", r"(?i:\b(?:reg|plate)\s+)(?P<v>(?-i:[A-Z]{2,3}))\b(?![ \t]*\d)(?![ \t]+[A-Z]{2}\d)", 0.6),
        ("ending_quoted", r"(?i:\b(?:ending|ends?|starting|starts?|begins?|beginning)\s+(?:in\s+|with\s+)?)"
                          r"[\"“'‘](?P<v>(?-i:[A-Z0-9]{2,4}))[\"”'’]", 0.6),
        # a plate abroad after its word: Albanian/Italian, Polish, Romanian, Portuguese/Spanish,
        # Russian/Ukrainian, Chinese
        ("plate_abroad", r"(?:\b(?i:targa|targë|targës|targa\s+e\s+makinës|numri\s+i\s+targës|tablica|"
                         r"rejestracja|număr(?:ul)?\s+de\s+înmatriculare|numărul\s+mașinii|matrícula|placa|"
                         r"номер|номерний\s+знак|biển\s+số)|车牌号?|車牌|ทะเบียน)[\s:：]*(?:是|為|为)?[\s]*"
                         r"(?P<v>[A-ZА-Я0-9ก-ฮ]{1,4}(?:[ -]?[A-ZА-Я0-9ก-ฮ]{1,4}){1,2})", 0.6),
        # a Romanian plate, its county's letters first: "IS 00 RMN", "B 000 XKT", "BV-12-ABC"
        ("romanian", r"(?-i:(?<![A-Z]{2}[ ])\b(?:AB|AR|AG|BC|BH|BN|BT|BV|BR|BZ|CS|CL|CJ|CT|CV|DB|DJ|GL|GR|GJ|HR|HD|IL|IS|IF|MM|"
                     r"MH|MS|NT|OT|PH|SM|SJ|SB|SV|TR|TM|TL|VS|VL|VN|B)[ -]\d{2,3}[ -][A-Z]{3})\b", 0.6),
        # a Bulgarian plate, in the letters Cyrillic and Latin share, near a word for a car:
        # "СН 4471 ВК", "CH 4471 BK" (not "НА 2024 ОТ" in a sentence)
        ("bulgarian_cyrillic", r"(?<![\w-])[АВЕКМНОРСТУХ]{1,2}[ ]?\d{4}[ ]?[АВЕКМНОРСТУХ]{2}(?![\w-])", 0.2),
        ("bulgarian", r"(?<![\w-])(?-i:[ABCEHKMOPTXY]{1,2})[ ]\d{4}[ ](?-i:[ABCEHKMOPTXY]{2})(?![\w-])", 0.2),
        # a plate with the characters not seen written as "?" or "_" near a word for a car:
        # "ZT70 M?O", "R?? GHW", "YT7_ _NK" (three seen at least)
        ("placeholders", r"(?<![\w?])(?=[A-Z?_])(?=[A-Z0-9?_ ]{6,8}(?![\w?]))(?=[A-Z0-9 ]{0,7}[?_])"
                         r"[A-Z?_]{1,2}[0-9?_]{1,3}[ ]?[A-Z?_]{3}(?![\w?])", 0.2),
        # a vehicle's identification number (VIN), seventeen capitals and figures, no I, O or Q
        ("vin", r"(?<![\w-])(?=(?:[A-Z]*\d){3})(?=(?:\d*[A-Z]){3})[A-HJ-NPR-Z0-9]{17}(?![\w-])", 0.6),
        ("cab", r"(?i:\bcab\s+(?:no\.?\s*|number\s*|#\s*)?)(?P<v>\d{1,4})\b"
                r"(?!\s*(?:mins?|minutes|hours?|hrs?|nights?|days?|weeks?|times|quid|pounds|x|am|pm)\b)", 0.6),
        # the start or end of a plate: "reg starts YR58", "reg started ZX...", "plate ends 4KD"
        ("partial", r"(?i:\b(?:reg(?:istration)?|plate|number\s?plate)\s+(?:starts?|started|starting|"
                    r"begins?|began|beginning|ends?|ended|ending)(?:\s+with)?\s*:?\s*)"
                    r"(?P<v>(?-i:(?=[A-Z]*\d)[A-Z0-9]{2,4}|[A-Z]{2,3}))(?![A-Za-z])", 0.6),
    )
    # the words of a car: the makes and models are a car's alone; "van", "car" and "taxi" are
    # in every outreach note, and a part of a plate needs a plate's word or a make near it
    _MAKES = ("bmw", "audi", "merc", "mercedes", "corsa", "ford", "vauxhall", "toyota", "nissan",
              "honda", "kia", "golf", "polo", "astra", "fiesta", "focus", "transit", "skoda",
              "octavia", "mondeo", "sportage", "vivaro", "peugeot", "renault", "citroen", "fiat",
              "hyundai", "mazda", "volvo", "jeep", "lexus", "tesla", "prius", "qashqai", "juke",
              "clio", "yaris", "micra", "passat", "tiguan", "insignia", "zafira", "hatchback",
              "pickup", "motorbike", "moped", "mini", "rover", "rangerover", "landrover", "evoque",
              "kuga", "civic", "sprinter", "berlingo", "caddy", "picanto", "megane", "vw",
              "volkswagen", "beemer", "landy", "jag", "jaguar", "suzuki", "mitsubishi", "porsche",
              "dacia", "sandero")
    _PLATE_WORDS = ("reg", "registration", "plate", "plates", "numberplate", "vrm", "partial",
                    "车牌", "targa", "tablica", "matrícula", "placa")
    CONTEXT = ("car", "van", "vehicle", "drives", "driving", "punter", "taxi", "cab", "truck",
               "lorry", "车", "makinë", "samochód", "mașina", "carro", "coche", "машина", "кола",
               "автомобил", "номер") \
        + _PLATE_WORDS + _MAKES
    _STRONG = re.compile(r"(?i:\b(?:" + "|".join(_PLATE_WORDS[:-4] + _MAKES) + r")\b|车牌|targa|"
                         r"tablica|matrícula|placa)")
    # what says a part is the start of a plate the writer half remembers: "XK21 O-something"
    # (of a plate's first half, two letters and the year's figures: not "A1... something", "policy AB12?")
    _REMEMBERED = re.compile(r"[ \t]?(?:[A-Z][ \t-]?)?(?:something|sth|smth|\.{2,})", re.IGNORECASE)
    _FIRST_HALF = re.compile(r"[A-Z]{2}\d{2}")
    # what a part of a plate looks like: "WU17", "HN19...", "FY1..KT", "SF2...", a quoted "YF"
    _PART = re.compile(r"[A-Za-z]{1,3}\d{0,2}(?:\.{2,3}[A-Z]{0,3})?|\.{0,3}[A-Z]{2,3}")

    def analyze(self, text, entities, nlp_artifacts=None):
        # plates are read as written: the restored copy of a line in capitals writes "Re57 Owk"
        return super().analyze(getattr(nlp_artifacts, "as_written", text), entities, nlp_artifacts)

    def has_context(self, text: str, start: int, end: int) -> bool:
        """A part of a plate needs a plate's word or a make on its line, not a van or an
        estate ("Van out - WK12", "Lives on the estate, needs HB12"), unless the writer says it
        is a part they remember ('white van, "XK21 O-something"')."""
        if not self._PART.fullmatch(text[start:end]):
            return super().has_context(text, start, end)
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if self._REMEMBERED.match(text, end) and self._FIRST_HALF.fullmatch(text, start, end) \
                and super().has_context(text, start, end):
            return True  # a part said to be one, near any word for a car: 'white van, "XK21 O-something"'
        return self._STRONG.search(line) is not None

    def validate(self, value: str, pattern: str = "") -> bool:
        if pattern == "romanian":  # (not "IS 20 MIN", "IS 25 YRS": a unit, a word)
            letters = value.replace("-", " ").split()[-1]
            return letters not in _UNITS and zipf(fold(letters)) < ROMANIAN_LETTERS_MAX
        if pattern == "placeholders":  # three characters seen at least ("UK?? YES" has no figure
            # where a plate has one, and needs its car word, CONTEXT)
            return sum(c.isalnum() for c in value) >= 3
        if pattern == "personalised":  # (not "PLATES ON 20", "REG TO 50"; but "plates WE 4K210")
            parts = value.split()
            return not (len(parts) == 2 and parts[1].isdigit() and len(parts[1]) <= 3
                        and fold(parts[0]) in STOP_WORDS)  # (a stop word and a count)
        if pattern == "plate_abroad":  # a plate has letters and figures ("номер 42" is a bus's)
            return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
        if pattern in ("quoted_part", "dotted_end", "partial_current", "reg_letters"):  # not "OK", "IS"
            return zipf(fold(value)) < 3.0 and fold(value) not in STOP_WORDS
        if pattern != "current":
            return True
        parts = value.split()
        # a dose's frequency is no plate's last letters: "LASIX INCREASED TO 80 BID"
        return parts[-1][-3:] not in DOSING and not (  # "TO 80 BID", "IN 12 HRS"; not "RE57 OWK"
            len(parts) > 1 and parts[0].isalpha() and parts[0].lower() in STOP_WORDS)
