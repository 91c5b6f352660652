"""UK vehicle registrations: current (AB12 CDE), prefix (A123 BCD) and suffix (ABC 123D), a
personalised plate or part of one after its word ("private plate T0NY 1", "reg starts YR58");
part of a plate near a word for a car, as a worker remembers it ("silver Focus WU17 something",
"white Golf, HN19...", "plate seen as "SF2..." ending "OXL"", "FY1..KT"); a plate abroad after
its word in the service users' languages ("targa AA 000 KB", "车牌 RX20"); a taxi's cab number."""

from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.lexicon import DOSING, fold, zipf
from deidentify.recognizers.base import RegexRecognizer


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
        ("after_plate", r"(?i:\b(?:plate|reg(?:istration)?)(?:\s+(?:no\.?|number))?\.?\s*:?\s*)"
                        r"(?P<v>(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{5,8})\b", 0.6),
        ("personalised", r"(?i:\b(?:plate|reg(?:istration)?|reg\.?\s+no)\.?\s*:?\s*)"
                         r"(?P<v>(?=[A-Z]*\d)(?=[0-9]*[A-Z])[A-Z0-9]{2,4}[ ](?=[A-Z0-9]{0,3}\d|[A-Z]{1,3}\b)"
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
        # two letters alone after the word: "possibly a Skoda, reg YH"
        ("reg_letters", r"(?i:\b(?:reg|plate)\s+)(?P<v>(?-i:[A-Z]{2,3}))\b(?![ \t]*\d)", 0.6),
        ("ending_quoted", r"(?i:\b(?:ending|ends?|starting|starts?|begins?|beginning)\s+(?:in\s+|with\s+)?)"
                          r"[\"“'‘](?P<v>(?-i:[A-Z0-9]{2,4}))[\"”'’]", 0.6),
        # a plate abroad after its word: Albanian/Italian, Polish, Romanian, Portuguese/Spanish,
        # Russian/Ukrainian, Chinese
        ("plate_abroad", r"(?:\b(?i:targa|targë|targës|targa\s+e\s+makinës|numri\s+i\s+targës|tablica|"
                         r"rejestracja|număr(?:ul)?\s+de\s+înmatriculare|numărul\s+mașinii|matrícula|placa|"
                         r"номер|номерний\s+знак|biển\s+số)|车牌号?|車牌|ทะเบียน)[\s:：]*(?:是|為|为)?[\s]*"
                         r"(?P<v>[A-ZА-Я0-9ก-ฮ]{1,4}(?:[ -]?[A-ZА-Я0-9ก-ฮ]{1,4}){1,2})", 0.6),
        ("cab", r"(?i:\bcab\s+(?:no\.?\s*|number\s*|#\s*)?)(?P<v>\d{1,4})\b", 0.6),
        # the start or end of a plate: "reg starts YR58", "reg started ZX...", "plate ends 4KD"
        ("partial", r"(?i:\b(?:reg(?:istration)?|plate|number\s?plate)\s+(?:starts?|started|starting|"
                    r"begins?|began|beginning|ends?|ended|ending)(?:\s+with)?\s*:?\s*)"
                    r"(?P<v>(?-i:(?=[A-Z]*\d)[A-Z0-9]{2,4}|[A-Z]{2,3}))(?![A-Za-z])", 0.6),
    )
    CONTEXT = ("reg", "registration", "plate", "plates", "car", "van", "vehicle", "vrm",
               "drives", "driving", "numberplate", "punter", "bmw", "audi", "merc", "corsa",
               "ford", "vauxhall", "toyota", "nissan", "honda", "kia", "golf", "polo", "astra",
               "fiesta", "focus", "transit", "taxi", "cab", "mini", "skoda", "octavia", "mondeo",
               "sportage", "vivaro", "rover", "mercedes", "seat", "peugeot", "renault", "citroen",
               "fiat", "hyundai", "mazda", "volvo", "jeep", "lexus", "tesla", "prius", "qashqai",
               "juke", "clio", "yaris", "micra", "passat", "tiguan", "insignia", "zafira", "estate",
               "hatchback", "pickup", "truck", "lorry", "motorbike", "moped", "suv", "jag", "range",
               "车牌", "车", "targa", "makinë", "samochód", "mașina", "carro", "coche", "машина")

    def analyze(self, text, entities, nlp_artifacts=None):
        # plates are read as written: the restored copy of a line in capitals writes "Re57 Owk"
        return super().analyze(getattr(nlp_artifacts, "as_written", text), entities, nlp_artifacts)

    def validate(self, value: str, pattern: str = "") -> bool:
        if pattern in ("quoted_part", "dotted_end", "partial_current"):  # not a quoted "OK"
            return zipf(fold(value)) < 3.0 and fold(value) not in STOP_WORDS
        if pattern != "current":
            return True
        parts = value.split()
        # a dose's frequency is no plate's last letters: "LASIX INCREASED TO 80 BID"
        return parts[-1][-3:] not in DOSING and not (  # "TO 80 BID", "IN 12 HRS"; not "RE57 OWK"
            len(parts) > 1 and parts[0].isalpha() and parts[0].lower() in STOP_WORDS)
