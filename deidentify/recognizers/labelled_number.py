"""A number or code written after a word that says what it is, in any of the service users'
languages: "MRN 00482913", "PD CASE # 26-004481", "ID card I85512047K", "PESEL 89011204567",
"Cédula 1.036.652.418", "паспорт FE 482917", "ext 2231", "collar 4471", "acc 60418827".

Hospital, police, bank, pager and document numbers come in too many formats to list one by
one; what they share is a label before them. The value must hold at least three digits. A
code of three or more groups of letters and digits joined by / or - needs no label
("SHP-2026-041" in a pasted table), with at least four digits.
"""

from __future__ import annotations

import re

from deidentify.lexicon import fold, zipf
from deidentify.recognizers.base import RegexRecognizer
from deidentify.recognizers.dates import WEEKS

LABELS = (
    # health and care records
    r"mrn|uid|client\s+(?:id|ref|no)|hosp(?:ital)?|clinic|clínica|clinica|spital|szpital|patient|"
    r"pt\s+id|nhs|chi|ed|record|chart|"
    # documents, in English and the service users' languages
    r"id|i\.d\.|id\s+card|card|passport|pp|document|doc|travel\s+doc(?:ument)?|brp|arc(?:\s+card)?|"
    r"visa|permit|licen[cs]e|dl|paszport|pașaport|pasaport|paşaport|passaporte|pasaporte|pasaportë|"
    r"pasas|útlevél|паспорт|паспорта|паспорті|закордонний\s+паспорт|cnp|pesel|egn|егн|cpf|rg|"
    r"dni|nie|nif|nis|cédula|cedula|cc|buletin|carte\s+de\s+identitate|dowód(?:\s+osobisty)?|"
    r"dowodu|asmens\s+kodas|személyi(?:\s+igazolvány)?|személyi\s+szám|taj|letërnjoftim|"
    r"cartão\s+de\s+cidadão|bilhete\s+de\s+identidade|личная\s+карта|лична\s+карта|"
    r"посвідчення|cmnd|cccd|căn\s+cước|hộ\s+chiếu|身份证号码|身份证号|身份证|护照|บัตรประชาชน|หนังสือเดินทาง|"
    r"resident\s+id|national\s+id|personal\s+id|identity|tax|nino|utr|"
    # money
    r"iban|account|acc|a/c|c/c|ag\.?|agência|sort\s+code|bank|konto|rachunek|cont|conta|cuenta|"
    r"számla|счет|рахунок|"
    # police, courts, councils, casework
    r"h&c|ref(?:erence)?|case|log|incident|ppn|occurrence|crime|cad|crn|urn|collar|shoulder|warrant|"
    r"badge|credencial|nrpsi|misper|mash|tenancy|claim|file|member|policy|booking|ticket|appeal|dx|code|pt|pnc|cro|"
    r"acct|script|prescription|mtcn|chy|"
    # an employer's numbers for a worker: "Staff number 10421", "payroll no 88213", "Employee number: 55021"
    r"staff\s+(?:no|number|id|ref)|payroll|employee|emp\s+(?:no|number|id)|works\s+(?:no|number)|"
    # vouchers, visits, firms, meters, forms: "voucher GFB 20931", "visiting order VO 2231809",
    # "FRN 700447", "meter serial G4A 00731962", "submission 40188", "CMS number 1200 4471 903"
    r"voucher|visiting\s+order|(?-i:VO)|frn|submission|confirmation|(?-i:CMS)|"
    # phones that are not phone-shaped
    r"ext(?:ension)?|pager|paged|pgr|bleep(?:ed)?|"
    # "number" itself in the service users' languages
    r"número|numer|număr|nr|szám|номер|№|số|หมายเลข|เลขที่|号码|编号|numri(?:\s+personal)?|"
    r"nr\.?\s+personal|personal\s+(?:no|number)|"
    # an identity card's series before its number: "seria CL 704211", "series GR 481206"
    r"seria|series|serie|серия|серія|(?-i:CI)"
)
# possessive: "no" is read once, a dot by one part only (each way of splitting "no.no.no."
# was tried before: exponential time)
_FILLER = (r"(?:[\s:#.(]*+(?:number|num|nr|no|n[º°]|de|is|was|es|é|este|jest|ist|száma|=|ends(?:\s+in)?|"
           r"ending(?:\s+in)?)(?![^\W\d_])\.?)*+[\s:#.=(-]*+")  # "ARC (ZGV016287)"; a word whole:
# not the "NR" of "ref NRM-2025-0318845"
# a code's groups: "MB/25/19902", "44/JK/20931/25", "KR/HIV/03374", "OUTR-07"
_VALUE = (r"(?P<v>(?:(?-i:[A-Z]{1,5}|[a-z]{1,4}(?=\d)|[А-ЯІЇЄ]{1,3})(?:[\s/.-]|(?=\d)))?\d[\dA-Za-z]*"
          r"(?:(?:[\s./-]|\s/\s)(?:[A-Z]{0,3}\d[\dA-Za-z]*|[A-Z]\b(?-i:(?!\s+[a-z]))|(?-i:[A-Z]{2,5})(?=[/-]\w)))*)")
# a code of three or more groups joined by / or -, letters and digits, with no label: a case
# or panel reference in a pasted table ("SHP-2026-041", "MF-25-118", "KMcD/CRIM/25/0512")
# (and "G4" of a meter's "G4-0018-227"; seven digits at most: "IP/24/0088103", not a date's
# eight, "20250101-20250331-ALL")
_GROUP = r"(?-i:[A-Z][A-Za-z]{0,4}\d{0,3}|\d{1,7}|\d{1,3}[A-Z]{1,3}\d{0,3})"  # (a voucher's "HAF-7KQ2-9913")
_STRUCTURED = r"(?<![\w/-])" + _GROUP + r"(?:[/-]" + _GROUP + r"){2,5}(?![\w/-])"
STRUCTURED_DIGITS = 3
# capitals, a dash and digits: "HR-3391", "LP-4471" (not "COVID-19": three digits at least);
# and a lab's or a kit's "M27-55102", "RS27-113" (five digits in all)
_LETTERS_DASH_DIGITS = r"(?<![\w/-])(?-i:[A-Z]{2,5})-\d{3,}(?![\w/-])"
_LETTERS_DIGITS_DASH = r"(?<![\w/-])(?-i:[A-Z]{1,4}\d{1,3})[-–/]\d{3,}(?![\w/-])"
# a log's own numbering, a year between letters and a count: "DR-24-01", "SAR-2025-014"
_LETTERS_YEAR_COUNT = r"(?<![\w/-])(?-i:[A-Z]{2,5})-(?:\d{2}|20\d{2})-\d{2,5}(?![\w/-])"
# a code of capitals and digits run together, five digits or more, no label: a sample's, a
# passport's, a registration's ("CDH27B044182", "PAA004418", "09I4471E"); not a dose ("10000IU")
_MIXED_CODE = r"(?<![\w/-])(?-i:(?=[A-Z0-9]*[A-Z])(?=(?:[A-Z]*\d){5})[A-Z0-9]{6,14})(?![\w/-])"
# a longer code of capitals and digits, two of each at least: a gift card's, a payment's, a
# booking's or a driving licence's ("XQ7M4K2P9TLRWD8C", "7JX04417BM2205133", "HMQX7T4RZA",
# "PENNA711239GL9QX")
_CAPS_CODE = (r"(?<![\w/#-])(?-i:(?=(?:[0-9]*[A-Z]){2})(?=(?:[A-Z]*[0-9]){2})[A-Z0-9]{8,24})"
              r"(?![\w/-])")
_NOT_LOG_PREFIXES = frozenset("GCS UK US EU NHS PHQ GAD BP HR RR TB HIV ID".split())
_TIME_SPAN = re.compile(r"\d+(?i:HRS?|HOURS?|MINS?|NITES?|NIGHTS?|DAYS?|WKS?|WEEKS?)")
BOOKING_WORD_MAX = 2.5  # Zipf frequency: capitals after "booking" English uses less are a code
CODE_RUNS = 5  # runs of letters and of digits in such a code, at least ("HMQX7T4RZA": five)
_DOSE = re.compile(r"\d+(?:MG|MCG|ML|IU|UNITS?|KG|G|L|HRS?|H|MINS?|MMOL|CC|MM|CM|X|PM|AM|K|M|CFU|MIU|"
                   r"COPIES|STEPS|GRAMS?|GBP|USD|EUR|VND|THB|BGN|RMB|CNY|PLN|RON|UAH|HUF|LEK|ALL|BRL|COP|"
                   r"MXN|NGN|GHS|INR|PKR|PHP)|\d{4}Q[1-4]", re.IGNORECASE)  # a dose, a count, money, a quarter


class LabelledNumberRecognizer(RegexRecognizer):
    ENTITY = "ID_NUMBER"
    PATTERNS = (
        # a label may run into its number ("ID6682"), and in Chinese or Thai into the words
        # around it ("她的护照号码E81472936", "身份证350102199204183327")
        ("labelled", r"(?<![A-Za-z0-9_])(?:" + LABELS + r")(?:(?![^\W\d])|(?<=[^\x00-\x7f]))"
         + _FILLER + _VALUE, 0.85),
        ("structured", _STRUCTURED, 0.6),
        ("letters_dash_digits", _LETTERS_DASH_DIGITS, 0.6),
        ("letters_digits_dash", _LETTERS_DIGITS_DASH, 0.6),
        ("letters_year_count", _LETTERS_YEAR_COUNT, 0.5),
        ("mixed_code", _MIXED_CODE, 0.5),
        ("caps_code", _CAPS_CODE, 0.5),
        # a travel booking's reference, five to eight capitals and figures, few figures or none:
        # "Booking ref: X7KQ2P", "Ticket ref - X7KQ2P", "PNR: KXQTPW" (no figure only after a
        # label of a reference: not "Booking: EASYJET", "booking AGAIN")
        ("booking_code", r"(?i:\b(?:(?:booking|reservation|confirmation|flight|ticket|e-ticket|coach)[ \t]+"
                         r"(?:ref(?:erence)?|code|no|number)|pnr))\.?[ \t]*(?:[:#-]|is)?[ \t]*"
                         r"(?P<v>(?-i:[A-Z0-9]{5,8}))(?![\w-])", 0.6),
        ("booking_code_figures", r"(?i:\b(?:booking|reservation|confirmation|e-ticket))\.?[ \t]*(?:[:#-]|is)?[ \t]*"
                                 r"(?P<v>(?-i:(?=[A-Z]*\d)[A-Z0-9]{5,8}))(?![\w-])", 0.6),
        # a card's last four after its masked figures: "card •••• 0418", "**** **** 4417"
        ("masked_card", r"(?:(?<![•*●·])(?<![•*●·][ \t])(?:[•*●·][ \t]?){4,}+|(?<![\w])(?:[xX]{4}[ \t-]?){2,3}+)[ \t]?(?P<v>\d{4})\b", 0.6),
        # ... or after its word and "ending": "Visa debit ending 0418", "card ending in 4417",
        # "Card ending (for refund reference only): 4417", "account ending **6620"
        ("card_ending", r"(?i:\b(?:card|visa|debit|credit|mastercard|amex|account)\b[^\n]{0,20}?\bending"
                        r"(?:[ \t]+(?:in|with))?(?:[ \t]*[(\[][^()\[\]\n]{1,40}[)\]])?[ \t]*[:–-]?[ \t]*(?:[*•]{1,4}[ \t]?)?)(?P<v>\d{4})\b", 0.6),
        # a sort code's three pairs a few words after its name, in its sentence: "not sure of her
        # sort code, thinks it's 00-99-47" (a date's shape, so only after the words)
        ("sort_code_later", r"(?i:\bsort[ \t-]?code\b)[^\n\d.;]{0,40}?(?<![\w/.-])(?P<v>\d{2}(?P<sep>[-.–]|[ \t])\d{2}(?P=sep)\d{2})(?![\w/.-]?\d)", 0.6),
        # a PIN or a door code after its word: "PIN 0418", "key safe code 4471"
        ("pin", r"(?i:\b(?:pin|key\s?safe(?:\s+code)?|door\s+code)(?:[ \t]+(?:number|no\.?|code))?)[ \t]*(?:[:#-]|is)?[ \t]*"
                r"(?P<v>\d{4,6})\b", 0.6),
        # a Polish court's case number, its division in Roman figures and the register's
        # letters: "II K 000/23", "I C 456/22", "III Ns 12/21"
        ("polish_case", r"(?-i:\b[IVX]{1,4}[ ](?:K|C|Ns|Nc|Nsm|Co|Kp|Ko|Ka|Kz|Cz|Ca|RC|RNs|P|U|W|GC|ACa|AKa)[ ]"
                        r"\d{1,5}/\d{2}\b)", 0.6),  # (the registers' letters: not "I Was 15/16")
        # "#52208", "№ 4471": a number sign is a label of its own
        # a Home Office share code (nine letters and digits, often in threes) near its name:
        # "share code she showed: WXT 4KR 9PD"
        # (from a word's start, in one case: not "was WXT 4KR", "one W7X-4KR", "reception WX4 7HK")
        ("share_code", r"(?i:share\s+code)\b[^.\n\d]{0,50}?(?<!\w)(?P<v>(?=[A-Za-z0-9\s-]{0,10}\d)"
                       r"(?-i:[A-Z0-9]{3}[\s-]?[A-Z0-9]{3}[\s-]?[A-Z0-9]{3}|"
                       r"(?!(?:was|its|the|and|one|new|her|his|she|for|are|now|not|you|our|via|per|got|has|had)\b)"
                       r"[a-z0-9]{3}[\s-]?[a-z0-9]{3}[\s-]?[a-z0-9]{3}))(?!\w)", 0.8),
        # a client's number at a clinic, five digits or more: "CID 40871" (not a Brazilian
        # diagnosis's code, "CID F32.1", nor "CID 101")
        ("client_id", r"(?-i:\bCID)[ \t]*:?[ \t]*(?P<v>\d{5,9})\b", 0.85),
        # a bleep's number a few words after its word: "Bleep site manager 2200", "Femi's bleep
        # if results need chasing: 4471" (no word of a time or a limit between: not "bleep him at
        # 1400", "bleep FY1 if systolic below 100", "bleep around 1500", "since 2200")
        ("bleep", r"\bbleep(?:ed|s)?\b(?:[ \t]+(?!(?:at|by|from|until|till|after|before|around|since|"
                  r"tomorrow|below|above|under|over|less|more|than|systolic|"
                  r"diastolic|sats|temp|hr|bp|rr|gcs|news|score)\b)[\w'’]+){0,5}?[ \t]*:?[ \t]*"
                  r"(?<!\w)(?P<v>\d{3,5})\b(?![.:/]\d|[ \t]*(?:mins?|hrs?|hours?|x|am|pm|mmhg|%)\b)", 0.6),
        # a police exhibit, an officer's initials and a count: "exhibits TA/3 and TA/4"
        ("exhibit", r"(?i:\b(?:exhibits?|exh|exhib|production)\.?(?:\s+(?:no|ref|number|reference)\.?)?)"
                    r"[\s:#]*+(?P<v>(?i:[A-Z]{1,4})/?\d{1,4}(?:(?:,[ \t]*|[ \t]*[-–][ \t]*|"
                    r"[ \t]+(?:and|&|to)[ \t]+)(?i:[A-Z]{1,4})/?\d{1,4})*)(?![\w/])", 0.8),
        # an identity card's or a passport's series and number with no word before them: "VS
        # 447190", "TL 000417", "seria IL nr. 774102" (two capitals, six figures)
        ("series", r"(?<![\w/-])(?-i:(?!ID|NO|NR|UK|US|EU)[A-Z]{2})[ ]\d{6}(?![\w/]|[.,]\d)", 0.6),
        ("series_letters", r"(?<![\w/-])(?P<v>(?-i:(?!ID|NO|NR)[A-Z]{2}))(?=[ ](?:nr|no)\.?[ ]?\d{6}(?!\d))", 0.6),
        # a sort code after "sort" or "s/c" ("sort 60-91-64"; not "sort 120 condoms"), a
        # meter's or a device's serial in capitals and figures ("serial G4A 00731962"; not
        # "Serial 300 offenders")
        ("sort_code", r"(?i:\b(?:sort(?:\s+code)?|s/c)\b)[\s:.]*(?P<v>\d{2}([- –.])\d{2}\2\d{2})(?![\w-])", 0.8),
        ("serial", r"(?i:\bserial(?:\s+(?:no|number))?)\.?[\s:#]*(?P<v>(?-i:[A-Z0-9]{2,10}(?:[ -][A-Z0-9]{2,12}){0,2}))"
                   r"(?![\w-])", 0.8),
        ("hash", r"(?:#|№)\s?(?P<v>(?:(?-i:[A-Z]{1,4}\d{0,2})[ -]?)?\d[\d-]{2,})", 0.6),  # "#NX 0448"
        # twelve digits or more in one run, with no label: no count, dose or time is that long,
        # an identity number or an account is ("no. 230103199504182247")
        ("long_digits", r"(?<![\w.,/-])\d{12,19}(?![\w/-]|[.,]\d)", 0.5),
        # sixteen figures in fours, a card's or a voucher's whatever its check digit
        ("card_groups", r"(?<![\w.,/-])\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?![\w/-]|[.,]\d)", 0.6),
        # an IBAN written out, with or without a valid check (Presidio's checks it)
        ("iban", r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b", 0.8),
    )
    FLAGS = re.IGNORECASE

    def validate(self, value: str, pattern: str = "") -> bool:
        if pattern == "letters_digits_dash":  # not a count or a dose ("CD4-1020", "B12-1000"),
            # a quarter or a year ("Q4-2025", "FY24-2025")
            return sum(c.isdigit() for c in value) >= 5 \
                and not re.match(r"(?i:CD[48]|B\d{1,2}|D[23]|Q[1-4]|FY\d{2}|T\d|H\d)[-–/]", value) \
                and not re.search(r"[-–/](?:19|20)\d{2}$", value)
        if pattern == "caps_code" and len(re.findall(r"[A-Z]+|\d+", value)) < CODE_RUNS:
            return False  # a word and a number: "IPHONE12", "CODEINE30MG", "PHQ9GAD7", "B737MAX8"
        if pattern in ("mixed_code", "caps_code"):  # (nor a pregnancy's count: "G3P1011")
            return not _DOSE.fullmatch(value) and not re.fullmatch(r"G\d{1,2}P\d{1,4}", value)
        if pattern == "structured":  # letters and digits both: not a date, not "HIV/AIDS"; a
            # group of three digits or more (not types or grades: "HPV16/18/45", "FY1/FY2/ST3")
            if any(_DOSE.fullmatch(g) for g in re.split(r"[/-]", value)):
                return False  # doses in a row: "200MG/400MG/600MG"
            return sum(c.isdigit() for c in value) >= STRUCTURED_DIGITS \
                and any(c.isalpha() for c in value) \
                and any(len(g) >= 3 for g in re.findall(r"\d+", value))
        if pattern == "serial":
            return sum(c.isdigit() for c in value) >= 5
        if pattern == "exhibit":
            return True
        if pattern == "share_code":
            return any(c.isdigit() for c in value)
        if pattern == "letters_year_count":  # (not a score or a place: "GCS-15-15", "UK-10-12")
            return value.split("-")[0] not in _NOT_LOG_PREFIXES
        if pattern == "booking_code":
            return any(c.isdigit() for c in value) or zipf(fold(value)) < BOOKING_WORD_MAX
        if pattern == "booking_code_figures":  # an airline's six of letters and figures: "TP0Q4X"
            return (sum(c.isdigit() for c in value) >= 3 or any(c.isalpha() for c in value)) \
                and not _TIME_SPAN.fullmatch(value)  # (not "24HRS", "2NITES")
        # "clinic 28/40": weeks of a pregnancy (dates.WEEKS), no number of the clinic's
        return sum(c.isdigit() for c in value) >= 3 and not WEEKS.fullmatch(value)
