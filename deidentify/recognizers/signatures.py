"""People who sign a note: the name before the role a worker signs with, after a signing label,
or after the sign-off that ends a message.

Nurses and doctors end a note with their name and role ("-K. SZYMANSKI RN", "-M. OYELOWO RN,
SANE-A", "-J.D. RN", "--kp rn", "Carys Pugh RM", "Dr M. Fairclough ST4"), list who saw the
patient by role ("MD: A. WHITCOMBE", "Resident: Osei, F. DO") and sign forms ("Signed: N.K.").
A message ends with its writer ("Cheers, M", "— Mei"); an email's header names who it is from,
to and copied to ("Cc: Alison Greaves"), by a person's name or a firm's or premises' shown before
the address ("From: The Flask & Fender <...>"); a phone signs for its writer ("Mags\nSent from
my iPhone"). The model reads none of these: the line holds no
sentence. The name must look like one: an initial and a family name, initials,
a known or rare given name; a title, a role or shorthand is no name ("Staff Nurse RN").
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.lexicon import (CALLED_BY, JOB_HEADS, SIGN_OFFS, SIGNED_ROLES, TITLES, WORKER_ROLES,
                                family_names, fold, given_names, specialty_word, zipf)
from deidentify.recognizers.base import TokenRecognizer
from deidentify.recognizers.initials import SHORTHAND

SCORE = 0.6
RARE = 3.5  # Zipf frequency below which a capitalised word signing a message may be a name
ROLES = "|".join(SIGNED_ROLES + ("DO", "RM", "RPN", "APRN", "CRNA", "EMT", "LMSW", "LCSW", "LPC",
                                 "SpR", "ST[1-8]", "FY[12]", "CT[1-3]", "SANE(?:-A)?", "PA-C"))
_SURNAME = r"[A-Z][A-Za-z'’-]+"
_NAME = (rf"(?:[A-Z]\.[ ]?(?:[A-Z]\.[ ]?)?{_SURNAME}"      # "K. SZYMANSKI", "M. Fairclough"
         rf"|{_SURNAME},[ ][A-Z]\.(?:[ ]?[A-Z]\.)?"        # "Osei, F."
         r"|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?"                    # "J.D."
         rf"|[A-Z][a-z]+[ ]{_SURNAME})")                   # "Carys Pugh"
_PATTERNS = (
    # a line closing with a role: "-K. SZYMANSKI RN", "Carys Pugh RM", "--kp rn"
    re.compile(rf"(?m)^[ \t]*(?:[-–—~]+[ \t]*|(?i:dr\.?)[ \t]+)?(?P<v>{_NAME}|(?<=[-–—~])[a-z]{{2,3}})"
               rf"[ \t]*,?[ \t]+(?i:{ROLES})\b(?:[,/ \t]+[\w-]{{2,8}}){{0,2}}[^\n\w]{{0,3}}$"),
    # a signature after the end of a sentence on the same line: "TO RM 9. -J.D. RN"
    re.compile(rf"(?<=[.!?])[ \t]+[-–—~]+[ \t]*(?P<v>{_NAME}|[a-z]{{2,3}})[ \t]*,?[ \t]+(?i:{ROLES})[ \t]*$",
               re.MULTILINE),
    # a role or a signing label before the name: "MD: A. WHITCOMBE", "Resident: Osei, F. DO"
    re.compile(rf"\b(?:(?i:{ROLES}|attending|resident|provider|physician|signed|signature|"
               rf"clinician|author))[ \t]*:[ \t]*(?P<v>{_NAME})(?=[ \t]*(?:,|$|[ \t](?i:{ROLES})\b|"
               r"[ \t]{2,}))", re.MULTILINE),
)
# the people a message is from, to or copied to, in its header: "From: Rhiannon Price <r.price@...>",
# "Cc: Alison Greaves" (a given name first, or a title: not "To: Housing Options Team")
# (or a text's, its capitalised words before lower-case ones: "From: Gaz taxi", see _name_words)
_HEADER = re.compile(r"(?im)^(?:from|to|cc|bcc|fao|attn)[ \t]*:[ \t]*(?P<title>(?:mr|mrs|ms|miss|mx|dr|"
                     r"sgt|pc|ds|dc|cllr)\.?[ \t]+)?(?P<v>[A-Z][a-z'’-]+(?:[ ][A-Z][a-z'’-]+){0,2})"
                     r"(?=[ \t]*(?:<|,|;|$|\())")
# ... whoever it is, by the name shown before the address: "From: The Flask & Fender
# <bar@...>", a sender's premises or firm (a team's or service's words keep it: "From: Housing
# Options <...>")
_DISPLAY_NAME = re.compile(r"(?im)^(?:>[ \t]*)*(?:from|to|cc|bcc|sender|reply-to)[ \t]*:[ \t]*[\"“]?(?:the[ ]+)?"
                           r"(?P<v>[A-Z0-9][^<>\[\]\n\"“”@,;()]{1,58}?)[\"”]?[ \t]*(?:(?:<|\[mailto:)[^<>\n@]+@|"
                           r"\n(?:>[ \t]*)*(?:sent|date)[ \t]*:)")  # (or alone, an Outlook forward's "From:" above "Sent:")
# the writer above a phone's own line at a message's end: "Mags\nSent from my iPhone"
# (possessive: a run of spaces after the name is read once, not once from each space)
_SENT_FROM = re.compile(r"(?m)^[ \t]*(?P<v>[A-Z][a-z'’-]+(?:[ ][A-Z][a-z'’-]+)?)[ \t]*+(?:x+|[^\w\s]+)?[ \t]*+\r?\n[ \t]*"
                        r"(?i:sent[ ]from[ ](?:my|outlook|yahoo|mail)|get[ ]outlook)\b")
# the capitalised words of a name written in title case, before the lower-case ones after it
_TITLE_WORDS = re.compile(r"[A-Z][a-z'’-]+(?:[ ][A-Z][a-z'’-]+)*(?=[ ][a-z])")
# the writer on the line after a letter's or email's closing, above their role or team:
# "Kind regards,\nMandeep\nBookings Team"
# (possessive: a line of many spaces is read once, not once from each space)
_CLOSING = re.compile(r"(?im)^[ \t]*+(?:(?:kind|best|warm|many|with)[ \t]++)?(?:regards|thanks|wishes)|"
                      r"^[ \t]*+(?:thank[ \t]++you|cheers|best)(?=[ \t]*+[,.!]?[ \t]*+\n)|"
                      r"^[ \t]*+yours[ \t]++(?:sincerely|faithfully|truly)")
_CLOSED_BY = re.compile(r"[ \t]*+[,.!]?[ \t]*+\n(?:[ \t]*+\n){0,3}[ \t]*+"
                        r"(?P<v>[A-Z][a-z'’-]+(?:[ ][A-Z][a-z'’-]+){0,2})[ \t]*+$", re.MULTILINE)
# words of a team or service, not a person ("To: Colposcopy Department", "Kind regards, Housing Team")
_SERVICE_WORDS = frozenset("department dept team unit service services office clinic ward project "
                           "centre center desk hub safeguarding foodbank noreply reception admin "
                           "bookings duty enquiries info support lead manager rota form inbox "
                           "mailbox casework alerts notifications newsletter".split())
DISPLAY_RARE = 3.5  # Zipf frequency: a word of a sender's premises' name English uses less
# the writer after a message's sign-off or a dash, at its end: "Cheers, M", "Thanks\nJo", "— Mei"
# (or alone on the note's last line after a sentence's end, or after a hyphen that follows one:
# "Van back by 1.\nMarcus x", "rang back about the cab. - Priya"; not a form's value or a
# list's item: "Risk level - Amber", "Drugs used:\nCrack\nCharlie")
_SIGN_OFF = re.compile(r"(?:(?i:cheers|thanks|thank you|regards|best|love|ta|many thanks|speak soon)"
                       r"[ \t]*[,!.]?[ \t]*\r?\n?[ \t]*|[—–][ \t]*|(?<=[.!?)][ \t])-[ \t]+|"
                       r"(?<=[.!?)\]\"”'x])[ \t]*\r?\n[ \t]*(?:-[ \t]*)?)"
                       r"(?P<v>[A-Z](?:[a-z]+)?)\.?[ \t]*x*\s*\Z")
# a worker signing a note in lower case on its last line: "jo p", "jo" (a known given name)
_LOWER_LAST = re.compile(r"\n[ \t]*(?:[-–—~][ \t]*)?(?P<v>[a-z]{2,12}(?:[ ][a-z])?)[ \t.]*\Z")
_CLOSERS = frozenset("ta ty ace kit angel comfort olive dot mercy autumn sunny love lovely".split())
LOWER_SIGNED_MAX = 4.5  # Zipf frequency: a lower-case given name English uses less signs a note
TAIL = 40
EVERYDAY_SIGNED = 4.5  # Zipf frequency: a given name alone on a note's last line signs it below it


class SignatureRecognizer(TokenRecognizer):
    ENTITIES = ("PERSON", "ESTABLISHMENT")

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        text = getattr(nlp_artifacts, "as_written", text)  # a name's capitals as written
        spans = {m.span("v") for pattern in _PATTERNS for m in pattern.finditer(text)
                 if self._a_name(m.group("v"))}
        firms: set[tuple[int, int]] = set()
        for m in _HEADER.finditer(text):
            start, end = m.span("v")
            if cut := _TITLE_WORDS.match(text, start, end):
                end = cut.end()  # "From: Gaz taxi"
            name = text[start:end]
            if (m.group("title") or self._given_or_rare(name.split()[0])) and self._a_name(name) \
                    and not self._service(name):
                spans.add((start, end))
        named = set(spans)
        for m in _DISPLAY_NAME.finditer(text):
            start, end = m.span("v")
            name = text[start:end].rstrip()
            if not any(a < start + len(name) and start < b for a, b in named) and self._premises(name):
                firms.add((start, start + len(name)))
        for m in _SENT_FROM.finditer(text):
            if self._given_or_rare(m.group("v").split()[0]) and self._a_name(m.group("v")) \
                    and fold(m.group("v").split()[0]) not in SIGN_OFFS | _CLOSERS:  # (not "Thx", "Laters")
                spans.add(m.span("v"))
        for closing in _CLOSING.finditer(text):
            m = _CLOSED_BY.match(text, closing.end())
            if m and self._given_or_rare(m.group("v").split()[0]) and self._a_name(m.group("v")) \
                    and not self._service(m.group("v")):
                spans.add(m.span("v"))
        if (m := _SIGN_OFF.search(text, max(0, len(text.rstrip()) - TAIL))) \
                and self._signed(m.group("v"), dashed=m.group().lstrip()[:1] in "—–",
                                 known_only=m.group().lstrip(" \t\r")[:1] in "\n-"):
            spans.add(m.span("v"))
        if (m := _LOWER_LAST.search(text, max(0, len(text.rstrip()) - TAIL))) \
                and (key := m.group("v").split()[0]) in given_names() \
                and zipf(key) < LOWER_SIGNED_MAX and key not in STOP_WORDS \
                and key not in CALLED_BY and key not in _CLOSERS:
            spans.add(m.span("v"))
        return [RecognizerResult("PERSON", s, e, SCORE) for s, e in sorted(spans)] \
            + [RecognizerResult("ESTABLISHMENT", s, e, SCORE) for s, e in sorted(firms - spans)]

    @staticmethod
    def _given_or_rare(word: str) -> bool:
        key = fold(word)
        return key in given_names() or zipf(key) < RARE and key not in STOP_WORDS

    def _premises(self, name: str) -> bool:
        """A sender's premises or firm: no word of a service, a job, a role, a title or a stop
        word but "&", "and", "of" ("From: Attendance Officer", "To: On-call", "From: MARAC
        Coordinator", "From: Report-a-bad-date form"), none the allow-list keeps ("UKVI") nor a
        given name (a person's, read as one: "From: Kerry-Ann Doherty (Work Coach)"), and
        a word English uses less than DISPLAY_RARE ("The Flask & Fender"; not "Volunteering
        Inbox")."""
        words = [w for w in re.findall(r"[^\W_]+", name) if w.lower() not in ("and", "of")]
        return bool(words) and not self._service(name) and not any(
            fold(w) in STOP_WORDS or fold(w) in TITLES or fold(w) in JOB_HEADS or fold(w) in WORKER_ROLES
            or w.upper() in SHORTHAND or self.allow.covers_word(w) or fold(w) in given_names()
            for w in words) \
            and any(zipf(fold(w)) < DISPLAY_RARE for w in words if not w.isdigit())

    @staticmethod
    def _service(name: str) -> bool:
        return any(fold(w) in _SERVICE_WORDS or specialty_word(w) for w in name.split())

    def _a_name(self, name: str) -> bool:
        """No title, role or shorthand in it ("Staff Nurse", "Charge RN"), and one word at least a
        known name or a rare word ("Carys Pugh"; not "Night Team", "Updated Primary")."""
        words = [w.strip(".,") for w in name.split()]
        if any(fold(w) in TITLES or fold(w) in STOP_WORDS or w.upper() in SHORTHAND
               or self.allow.covers_word(w) for w in words if len(w) > 1):
            return False
        full = [w for w in words if len(w) > 1]
        return not full or any(fold(w) in given_names() or fold(w) in family_names()
                               or zipf(fold(w)) < RARE for w in full)

    def _signed(self, word: str, dashed: bool = False, known_only: bool = False) -> bool:
        """One letter, or a known or rare given name, signing a message ("— Done" is none;
        after a dash, a known given name or a short one: "— Mei", but "— Pregabalin" is a drug).
        Alone on the last line or after a hyphen, only a known given name English uses less than
        EVERYDAY_SIGNED ("Marcus x"; not a result, a drug or kit: "Neg", "Bupe", "Lube", "Tbc")."""
        key = fold(word)
        if known_only:
            return key in given_names() and zipf(key) < EVERYDAY_SIGNED and key not in STOP_WORDS \
                and key not in TITLES and not self.allow.covers_word(word)
        return len(word) == 1 and word not in "AI" or (
            (key in given_names() or zipf(key) < RARE and (not dashed or len(word) <= 4))
            and key not in STOP_WORDS
            and key not in TITLES and not self.allow.covers_word(word))
