"""Social media handles: @names, handles given after or before a platform's name ("on snap as
tashhh.x"), the items of a list after "usernames:" or "handles:", user names
joined with underscores (creepy_carl69), user names run together with a given name in them
(PunterPaul, SussexPete), a system's "p.vyas" and a user's folder in a path, and a forum's posters where a post starts ("oldhand62 (2 June
2027): ...", and then "grumpygit: ..." in the same thread)."""

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.lexicon import family_names, fold, given_names, zipf
from deidentify.recognizers.base import RegexRecognizer
from deidentify.recognizers.email import DOMAIN_ENDINGS
from deidentify.recognizers.spelled_phone import SAID_DIGIT, SAID_TENS

_PLATFORMS = r"insta(?:gram)?|ig|snap(?:chat)?|tiktok|twitter|telegram|onlyfans|facebook|fb"
_PARTS = re.compile(r"[A-Z][a-z]+")
_DOMAIN_END = re.compile(r"\.(?:" + "|".join(DOMAIN_ENDINGS) + ")$", re.IGNORECASE)
_TIME = re.compile(r"(?i)\d{1,2}(?:[:.]\d{2})?(?:am|pm)")  # "by 1am"
_POSTER_WORD = re.compile(r"(?m)^(?P<v>[a-z][a-z0-9_.]{3,29})(?:[ \t]+\([^)\n]{1,30}\))?[ \t]*:[ \t]")
POSTER_MAX = 2.0  # Zipf frequency below which a word opening a line of a thread is a poster
DOT_NAME_MAX = 3.0  # Zipf frequency from which the word after "v." is a word ("v.good", "c.diff")
_SPECIES_ENDINGS = ("um", "ae", "us", "is", "ii", "ica", "ium", "ori", "ens", "ans")  # an organism's
SAID_FIRST_MAX = 4.5  # Zipf frequency: a handle said aloud starts with no everyday word ("score")
HANDLE_MAX = 3.0  # Zipf frequency: a word English uses more is no user name ("pics on insta")


# a handle said aloud, in a transcript: words joined by "underscore", "dot" or "dash", or
# followed by its digits in words ("big k underscore seventy seven", "mya dot xx dot babe", "at
# rico underscore verify", "nicole ferns ninety-six", "lily eight eight six two")
_SAID_NUMBER = rf"(?:{SAID_DIGIT}|ten|eleven|twelve|{SAID_TENS})"
_SAID_JOINER = r"(?:underscore|dot|dash|hyphen)"
_SAID_HANDLE = (rf"(?:at\s+)?[a-z][a-z0-9]*(?:\s+(?!{_SAID_JOINER}\b)[a-z0-9]+)?"
                rf"(?:(?:\s+{_SAID_JOINER})+(?:\s+(?!{_SAID_JOINER}\b)[a-z0-9]+)?)*(?:\s+{_SAID_NUMBER})*")


# a system's user name in a cell, after a field's key, a bracket or an audit line's time, or
# between a log's columns: an initial or two and a family name, in lower case
# ("...,pmistry,2026-03-02", "16:45  tbakare  added note", "14:05:40 tbakare EDIT", "Lisa
# Catterall (lcatterall)", "pmistry: closed")
_LOGIN = re.compile(r"(?:(?<=[,|\t=:(\[])|(?<=[,|\t=:(\[] )|(?<=[ ]{2})|(?<=\bby )|(?<=^)|(?<=\d\d:\d\d )"
                    r"|(?<=\d\d:\d\d:\d\d ))(?P<v>[a-z]{5,16})"
                    r"(?=[ \t]*(?:[,|\t\n)\"'\]:]|$)|[ ]{2}|[ ][A-Z]{3,}\b)", re.MULTILINE)
LOGIN_MAX = 1.0  # Zipf frequency: a word English uses is no user name ("...,shall,")
WRITTEN_NAME_MAX = 3.0  # Zipf frequency: a family name the note writes is no everyday word ("Show")
_CAPITALISED = re.compile(r"\b[A-Z][a-z'’-]+")


def _login(word: str, capitalised: set[str]) -> bool:
    """Is `word` an initial or two and a family name run together, a known family name or one
    the note writes with a capital (`capitalised`: "lcatterall" beside "Lisa Catterall"; not
    "noshow" beside "Show")?"""
    if zipf(word) >= LOGIN_MAX or word in STOP_WORDS:
        return False
    return any(len(word) - k >= 4 and (word[k:] in family_names()
                                       or word[k:] in capitalised and zipf(word[k:]) < WRITTEN_NAME_MAX)
               for k in (1, 2))


# the words of a record's field names, which a system joins with "_" ("first_name",
# "date_of_birth", "client_ref", "last_contact", "signed_off_by", "Q2_postcode_district")
_FIELD_WORDS = frozenset("name names first last given family sur surname fore forename middle preferred "
                         "known as aka alias full client service user staff worker key id ref no num "
                         "number code date dob birth of by at on time stamp created updated "
                         "modified submitted reviewed signed off deleted contact phone mobile tel email "
                         "address line postcode post district area town city country site location type "
                         "status flag risk level source case file record doc text notes note comment "
                         "start end age gender response ip count total value field nok kin next "
                         "interviewer reviewer coder".split())
# ... and the topics of a booking's or a clinic's fields, a field's only beside one of the above
# ("guest_name", "booked_by", "clinic_no"; not "hotel_room", "Reason_Room": a user's name)
_FIELD_TOPICS = frozenset("emergency clinic guest patient booking booked plate reg paid nights room "
                          "hotel referral referrer outcome reason consent".split())
_CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])")


def a_field_name(value: str) -> bool:
    """Is `value` a record's field name, two words or more of a record's joined by "_"
    ("first_name", "date_of_birth", "Q14_text"; not a user name of one word and a number,
    "user_4471", "client_007")?"""
    parts = re.split(r"_+", _CAMEL_CASE.sub("_", value).lower())
    words = [p for p in parts if not p.isdigit()]
    if parts[-1].isdigit():
        return False  # a user's number after the words: "room_service_69"
    return "_" in value and len(words) >= 2 and any(p in _FIELD_WORDS for p in words) \
        and all(p in _FIELD_WORDS or p in _FIELD_TOPICS or re.fullmatch(r"q\d+[a-z]?", p) for p in words)


class SocialHandleRecognizer(RegexRecognizer):
    ENTITY = "SOCIAL_HANDLE"
    PATTERNS = (
        ("at_handle", r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?", 0.85),
        ("platform", r"(?i:\b(?:" + _PLATFORMS + r"|handle|username|user name)\b)"
                     r"\s*(?:(?:is|name)\s+|[:-]\s*)?"  # (a whole word: not the "is" of "isabella")
                     r"(?P<v>@?[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_]))", 0.8),
        # "on snap as tashhh.x" (not "on Facebook as agreed": validate)
        ("platform_as", r"(?i:\b(?:" + _PLATFORMS + r")\s+as\s+)"
                        r"(?P<v>@?[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,28}[A-Za-z0-9_]))", 0.8),
        # chat IDs of the apps service users' families use (WeChat, LINE, Viber, Zalo...)
        ("chat_id", r"(?i:(?:\b(?:wechat|weixin|viber|zalo|kakao(?:talk)?|telegram|tg|signal|"
                    r"line|skype|discord|whatsapp|wa|imo|botim)\s*(?:id|name|handle|username|no)\b"
                    r"|\b(?:wechat|weixin|viber|zalo|kakao(?:talk)?|skype|discord)\b|微信|ไลน์)"
                    r"\s*(?:is|:|：|-)?\s*)(?P<v>@?[A-Za-z0-9_][A-Za-z0-9_.\-]{1,30}[A-Za-z0-9_])", 0.8),
        ("said", r"(?i:\b(?:" + _PLATFORMS + r"|wechat|whatsapp|only\s*fans|adultwork(?:\s+profile)?|handle|username|"
                 r"user\s+name|(?:chat\s+)?id)"
                 r"(?:['’]s|\s+(?:is|as|was|name|handle|id|aloud))*\s*[:-]?\s*[\"“]?)"
                 r"(?P<v>(?i:" + _SAID_HANDLE + r"))(?![\w'-])", 0.85),
        # a forum's poster: 'thread "Stavenham - Bella" by user RoverMan67'
        ("by_user", r"(?i:\b(?:(?:posted\s+)?by|from)\s+(?:(?:user|member|poster):?\s*)?)"
                    r"(?P<v>@?[A-Za-z0-9_][A-Za-z0-9_.]{1,28}[A-Za-z0-9_])", 0.75),
        # ... or an advertiser's: "Reply from advertiser sashaxo:"
        ("advertiser", r"(?i:\b(?:advertiser|poster|user|member)\s+)"
                       r"(?P<v>[a-z0-9_][a-z0-9_.]{2,28}[a-z0-9_])(?=[\s:,.)]|$)", 0.7),
        # a forum thread's poster at the start of a post: "oldhand62 (2 June 2027): Heard...",
        # "Anon1987: I did."
        ("poster_line", r"(?m)^(?P<v>[A-Za-z][A-Za-z0-9_.]{2,29})(?:[ \t]+\([^)\n]{1,30}\))?[ \t]*:[ \t]", 0.7),
        # a Reddit user, "u/" and all: "u/mardenholt_mel"
        ("reddit", r"(?<![\w])/?u/[A-Za-z0-9_-]{3,30}(?![\w/])", 0.8),  # ("/u/name" too)
        # a forum's quoted poster: "velvetfox wrote:"
        ("wrote", r"(?m)^[ \t]*(?P<v>[A-Za-z][A-Za-z0-9_.]{2,29})[ \t]+(?:wrote|posted|replied)[ \t]*:", 0.7),
        # "DM tsbrookxx on insta"
        ("before_platform", r"(?<![\w@.])(?P<v>[A-Za-z0-9_.]{3,30})\s+on\s+(?i:" + _PLATFORMS
                            + r")\b", 0.7),
        # user names with dots and digits: "zara.xo.22" (not "No.5": three letters first)
        ("dotted", r"(?<![\w@./])[A-Za-z]{3}[A-Za-z0-9]*+(?:\.[A-Za-z0-9]+){1,3}"
                   r"(?![\w@/]|\.\w)", 0.6),
        # a system's user names: an initial and a surname joined by a dot ("p.vyas", "g.wrobel")
        # and a user's folder in a file's path ("C:\\Users\\tfairclough\\OneDrive", "/home/kwalsh/")
        ("initial_dot_name", r"(?<![\w@./])[a-z]\.[a-z]{3,}(?![\w@/]|\.\w)", 0.6),  # (validate)
        ("user_folder", r"(?i:(?:\b[a-z]:)?\\(?:users|documents and settings|home\$?)\\|/(?:home|users)/)"
                        r"(?P<v>[A-Za-z0-9_.-]{2,30})(?=[\\/])", 0.75),
        ("underscored", r"(?<![\w@./])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?![\w@/])", 0.7),
        ("run_together", r"(?<![\w@./])[A-Z][a-z]+(?:[A-Z][a-z]+)+\d*(?![\w@/])", 0.6),
    )
    # a list of user names after its label: "Fan usernames: bigjohn_uk2, Hands0meHenry,
    # xxquietguyxx.", "handles: @rowan_after_hours (X), rowanafterhours (cam site)"
    _LIST_LABEL = re.compile(r"(?i:\b(?:user[ ]?names?|handles|screen[ ]?names|aliases[ ]online)"
                             r"(?:[ ]\([^)\n]{1,30}\))?[ \t]*:[ \t]*)")
    _LIST_ITEM = re.compile(r"(?P<v>@?[A-Za-z0-9_][A-Za-z0-9_.]{1,28}[A-Za-z0-9_])"
                            r"(?:[ \t]*\([^)\n]{1,30}\))?(?P<sep>[ \t]*(?:,|/|;|\band\b)[ \t]*)?")

    def analyze(self, text, entities, nlp_artifacts=None):
        results = super().analyze(text, entities, nlp_artifacts)
        capitalised = None  # the note's capitalised words, read once, when a candidate comes up
        for m in _LOGIN.finditer(text):
            if capitalised is None:
                capitalised = {w.lower() for w in _CAPITALISED.findall(text)}
            if _login(m.group("v"), capitalised):
                results.append(RecognizerResult(self.ENTITY, m.start("v"), m.end("v"), 0.6))
        if any(text[r.start - 1:r.start] in ("", "\n") for r in results):
            # a thread with a poster found at a line's start: the other lines that open with a
            # word English never uses and a colon are posters too ("grumpygit: same girl...")
            for m in _POSTER_WORD.finditer(text):
                if zipf(fold(m.group("v"))) < POSTER_MAX and fold(m.group("v")) not in STOP_WORDS \
                        and not a_field_name(m.group("v")):
                    results.append(RecognizerResult(self.ENTITY, m.start("v"), m.end("v"), 0.6))
        for label in self._LIST_LABEL.finditer(text):
            at = label.end()
            while (m := self._LIST_ITEM.match(text, at)) and m.end("v") > at:
                if fold(m.group("v").lstrip("@")) not in STOP_WORDS and (
                        zipf(fold(m.group("v").lstrip("@"))) < HANDLE_MAX
                        or not m.group("v").isalpha()):
                    results.append(RecognizerResult(self.ENTITY, m.start("v"), m.end("v"), 0.7))
                if not m.group("sep"):
                    break
                at = m.end()
        return results

    def validate(self, value: str, pattern: str = "") -> bool:
        if pattern == "said":  # a joiner said, or two digits' words at least
            words = value.lower().split()  # (the case-restored copy capitalises "Dot", "Lily")
            joined = any(re.fullmatch(_SAID_JOINER, w) for w in words)
            said = sum(bool(re.fullmatch(_SAID_NUMBER, w)) for w in words)
            # (not numbers alone, "twenty four seven"; not an everyday word first unless joined:
            # "has twenty two thousand followers", "score is ninety nine")
            return len(words) >= 2 and (joined or said >= 2 or said == 1 and "-" in value) \
                and said < len(words) and not re.fullmatch(_SAID_JOINER, words[-1] if not joined else words[0]) \
                and (joined or words[0] not in STOP_WORDS and zipf(words[0]) < SAID_FIRST_MAX) \
                and not re.search(r"\b(?:thousand|followers)\b", value.lower())
        if pattern == "initial_dot_name":  # (not "v.good", "c.diff", "u.urealyticum")
            name = value[2:]
            return zipf(name) < DOT_NAME_MAX and not name.endswith(_SPECIES_ENDINGS)
        if pattern == "chat_id":
            # a chat ID is not an ordinary word ("WeChat group"): it has a digit, _ . or -
            return any(c.isdigit() or c in "_.-" for c in value)
        if pattern == "underscored":  # not a record's field ("first_name", "client_ref", "Q14_text")
            return not a_field_name(value)
        if pattern == "dotted":  # a digit in it, and no web address ("example.com")
            return any(c.isdigit() for c in value) and not _DOMAIN_END.search(value)
        if pattern == "by_user":  # a user name: a digit, "_" or a capital inside ("RoverMan67")
            name = value.lstrip("@")
            return any(c.isalpha() for c in name) and not _TIME.fullmatch(name) and (
                any(c.isdigit() or c == "_" for c in name)
                or any(c.isupper() for c in name[1:]) and any(c.islower() for c in name))
        if pattern == "poster_line":  # a user name: "_" or two digits ("Anon1987"; not "Day1", "UM27")
            return not a_field_name(value) and ("_" in value or sum(c.isdigit() for c in value) >= 2) \
                and any(c.islower() for c in value) and sum(c.isalpha() for c in value) >= 3
        if pattern == "wrote":  # not "She wrote:", "Mum wrote:"
            return fold(value) not in STOP_WORDS and zipf(fold(value)) < HANDLE_MAX
        if pattern == "advertiser":
            return fold(value) not in STOP_WORDS and zipf(fold(value)) < HANDLE_MAX
        if pattern == "platform":
            return fold(value.lstrip("@")) not in STOP_WORDS  # "on insta for pics"
        if pattern == "platform_as":  # a handle's shape, or a word English seldom uses
            return any(c.isdigit() or c in "_.@" for c in value) \
                or fold(value) not in STOP_WORDS and zipf(fold(value)) < POSTER_MAX
        if pattern == "before_platform":
            return zipf(fold(value)) < HANDLE_MAX
        if pattern == "run_together":
            # a given name among the parts: PunterPaul, not AdultWork, YouTube or PayPal; or
            # two digits or more after the parts ("TruthTeller9000")
            digits = re.search(r"\d+$", value)
            if digits and len(digits.group()) >= 3 and not re.fullmatch(r"(?:19|20)\d\d", digits.group()):
                return True  # (not a year or a version: "PowerPoint2016", "GoPro11")
            names = given_names()
            return any(len(p) >= 4 and fold(p) in names for p in _PARTS.findall(value))
        return True
