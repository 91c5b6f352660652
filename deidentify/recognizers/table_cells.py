"""The cells of a table pasted into a note, read by their column's heading.

Registers, sign-in sheets and contact lists are pasted into notes as they are copied from a
spreadsheet: tab-, pipe-, comma- or semicolon-separated lines under a heading line. A cell
under "Key worker" or "client_initials" ("AB", "LC"), "dob_year" ("1979") or "Phone" names a
person or a number even when nothing in the cell says so. A table is two lines or more with
the same number of separators (outside quotes), the first of which has a heading this module
knows (HEADINGS); or a heading line of three or more cells set apart by two spaces or more,
with the lines under it aligned to its columns ("Day   Time   Client   Worker"). Every filled
cell of such a column is removed as the heading's type, a title at a name's start kept ("Dr",
"DS") and an empty or unknown value ("unk", "n/k", "-") left. The other columns are left to
the other recognizers.

A record written as fields rather than rows is read the same way, by its keys: JSON
('"name":"Kerry-Ann"', '"aka": ["Sweet Rose"]', '"postcode_district":"QX3"'), a log's
'key=value' ('user=skerrigan', 'aka="Lol"'), and a person's field on its own line
("Handler:        bholloway"; not a value of everyday words: "Who: all staff"), XML elements
a calendar's attendees and an HL7 segment's fields of a name, an address or a number. A column or field that holds a kind as often as a name ("Site",
"Booked by", "User") keeps a value of everyday words or a kind of site or role ("Street",
"reception", "system"; loose_heading), and no column of names or places takes a bare count.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from deidentify.lexicon import (CATEGORY_WORDS, NO_ANSWER, SERVICE_WORDS, after_titles, fold,
                                given_names, zipf)
from deidentify.recognizers.base import TokenRecognizer

SCORE = 0.6
SEPARATORS = ("\t", "|", ",", ";", "/")  # "name / first time? / wants" on a sign-in sheet
ALIGN_SLACK = 3  # characters a cell of a table aligned with spaces may stand off its heading
# headings, lower case, words joined by one space ("client_initials" is read "client initials")
_HEADS = {
    "PERSON": "name, names, first, first name, firstname, forename, forenames, given name, last, "
              "last name, surname, family name, client, client name, client initials, initials, "
              "worker, key worker, keyworker, staff, staff member, owner, victim, applicant, "
              "patient, service user, nok, next of kin, referrer, alias, nickname, working name, "
              "known as, caseworker, case worker, interpreter, partner, perpetrator, perp, suspect, "
              "contact, contact name, who, seen by, worker initials, staff initials, clinician, "
              "nurse, doctor, practitioner, hca, author, completed by, taken by, logged by, "
              # a system's columns of who did what: "aka", "user", "agent", "created_by"
              "aka, a k a, also known as, user, username, user name, login, agent, handler, "
              "operator, display name, preferred name, claimant, approver, assigned to, volunteer, "
              "sender, caller, caller name, nick, controller, pimp, boyfriend, girlfriend, punter, "
              "nok name, emergency contact, legal name, "
              # a study's columns: the pseudonym given, who interviewed or reviewed
              "pseudonym, pseud, pseudo, study name, reviewer, interviewer, moderator, "
              "transcriber, researcher, ra, coder, second coder, facilitator, observer, translator, "
              # a family's columns: "mum,child(ren),child_dob"
              "mum, mother, dad, father, parent, carer, child, children, child ren, kids, baby, son, "
              "daughter, sibling, siblings",
    "DATE_OF_BIRTH": "dob, d o b, date of birth, dob year, birth year, year of birth, born, yob, "
                     "yr of birth, year born, child dob, baby dob, children dob, child ren dob",
    "PHONE_NUMBER": "phone, mobile, mob, tel, telephone, phone number, mobile number, "
                    "contact number, number, tel no, phone no",
    "EMAIL_ADDRESS": "email, e mail, email address",
    "STREET_ADDRESS": "address, home address, street, current address",
    "POSTCODE": "postcode, post code, postcode district, postcode area, pc",
    "ESTABLISHMENT": "site, hotel, sauna, parlour, hostel, refuge, gp practice, gp surgery, "
                     "surgery, pharmacy, school, employer, workplace",
    "LOCATION": "area, town, city, village, location, hometown, home town, lives, where, venue, "
                "place, premises",
    "CLINIC_NUMBER": "ref, reference, case ref, case no, case number, clinic no, hosp no, "
                     "hospital no, mrn, id, client id",
    # a payroll's or a register's own numbers: "Emp | Name | NI | Role"
    "ID_NUMBER": "emp, emp no, employee, employee no, employee number, employee id, payroll no, "
                 "payroll number, staff no, staff number, staff id, works no, member no, "
                 "membership no, membership number",
    "NI_NUMBER": "ni, ni no, ni number, nino, national insurance, national insurance no, "
                 "national insurance number",
    "PASSPORT_NUMBER": "passport, passport no, passport number",
    "NHS_NUMBER": "nhs, nhs no, nhs number",
}
# words of a heading that say whose name a column holds (not "street name", "file name")
_WHOSE_NAME = frozenset("man woman men client punter his her their given used nick alias real full "
                        "first last sur fore working perp perpetrator suspect victim person staff "
                        "worker caller contact mum mother father partner child children kid kids known as "
                        "preferred maiden birth gave says said print printed attendee delegate member "
                        "mothers fathers "
                        "volunteer peer resident".split())
# headings whose column holds a kind as often as a name (loose_heading)
_LOOSE = frozenset({"site", "operator", "caller", "sender", "employer", "school", "pharmacy",
                    "workplace", "venue", "place", "where", "area", "location", "lives", "premises",
                    "who", "contact", "agent", "user", "username", "login", "handler", "hotel",
                    "town", "city", "sauna", "parlour", "hostel", "refuge", "gp practice",
                    "gp surgery", "surgery", "claimant", "approver", "assigned to", "volunteer",
                    "controller", "pimp", "boyfriend", "girlfriend", "punter", "street",
                    "referrer"})  # ("referrer: self", "referrer: project")
# what a worker does to a record, before "by" in a heading
_DONE_BY = frozenset("seen booked checked logged created updated modified edited entered completed "
                     "taken recorded approved requested reviewed signed authorised authorized "
                     "verified deleted assigned handled answered reported written typed added "
                     "closed opened made done run raised actioned submitted uploaded exported "
                     "changed viewed int interviewed moderated transcribed coded consented "
                     "translated interpreted facilitated observed"
                     .split()) | {"signed off"}
# columns of numbers and codes: a cell without a digit is no value of theirs ("North", "text")
_NUMBERED = frozenset({"PHONE_NUMBER", "POSTCODE", "CLINIC_NUMBER", "NHS_NUMBER", "NI_NUMBER",
                       "PASSPORT_NUMBER", "ID_NUMBER"})
# columns of a document's or an employer's code, whose cell may hold words about it instead
# ("with boss since 2022", "expired 2022", "3 yrs", "Seen 12/03/24"): a code only, a letter
# group and figures, five figures at least for a passport's or an NI number's
_CODED = frozenset({"NI_NUMBER", "PASSPORT_NUMBER", "ID_NUMBER"})
_A_CODE = re.compile(r"(?=(?:[^\d]*\d){3})[A-Z0-9][A-Z0-9 /-]*[A-Z0-9]|\d{3,}")
_FIGURES_NEEDED = {"NI_NUMBER": 6, "PASSPORT_NUMBER": 5, "ID_NUMBER": 3}
HEADINGS = {phrase.strip(): entity for entity, phrases in _HEADS.items()
            for phrase in phrases.split(",")}
_ALIGNED = re.compile(r"\S+(?: \S+)*")  # a cell of an aligned table: words one space apart
# a field's key and its value: JSON ('"name": "X"', '"aka": ["X", "Y"]'), 'key="X"', 'key=X'
_KEY = r"[A-Za-z][A-Za-z0-9_ .-]{0,30}?"  # ("Q2_postcode_district")
_JSON_FIELD = re.compile(rf'"(?P<k>{_KEY})"[ \t]*:[ \t]*(?P<v>"(?:[^"\\\n]|\\.)*"|'
                         rf'\[[ \t]*"[^\]\n]*\])')
_VALUE = r'(?P<v>"[^"\n]*"|\'[^\'\n]*\'|[^\s&,;"\'=]+)'
_LOG_FIELD = re.compile(r'(?<![\w.-])(?P<k>[A-Za-z][\w.-]{0,30})=' + _VALUE)
# a record's field in YAML, its key in snake_case: "Q2_postcode_district: XV7", "nok_name: Jo Bell"
_YAML_FIELD = re.compile(r"(?m)^[ \t]*(?:-[ \t]+)?(?P<k>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)[ \t]*:[ \t]+"
                         r"(?P<v>[^\s#\"'][^\n#]*?)[ \t]*$")
# ... and a setting's line with spaces round "=": "user = tmorrow" (not "address = premises
# searched" inside a sentence)
_ASSIGN_LINE = re.compile(r'(?m)^[ \t]*(?P<k>[A-Za-z][\w.-]{0,30})[ \t]+=[ \t]*' + _VALUE)
# a calendar's attendee or organiser: "ATTENDEE;CN=Ruth Mallon:mailto:..."
_CALENDAR_NAME = re.compile(r"(?i:\b(?:attendee|organizer|organiser)[^\n:]*?;CN=\"?)(?P<v>[^:;\n\"]{2,60})")
# an element of XML: "<aka>Roxy</aka>"
_XML_FIELD = re.compile(r"<(?:[A-Za-z][\w.-]{0,20}:)?(?P<k>[A-Za-z][\w.-]{0,30})(?:[ \t][^<>\n]{0,80})?>"
                        r"(?P<v>[^<>\n]{1,80})</(?:[A-Za-z][\w.-]{0,20}:)?(?P=k)>")  # (attributes, a namespace)
# an HL7 v2 segment pasted from a lab's or a hospital's message, and the components of its
# fields that hold a person's name, address or number, by position (a fragment has no MSH
# segment to parse it by): "PID|1||FC-26-0313^^^FERRIER^MR||HEPWORTH^DANIELLE^^^^^L||19960219"
# (a name's family, given and middle names whatever their length, "LI^MEI"; not its suffix,
# prefix, degree or type code). A segment has its set's number or nothing first and five fields
# at least: not a GUM table's row "PID|FU 2/52|partner notification".
_HL7_SEGMENT = re.compile(r"(?m)^[ \t>*•-]*(?P<seg>PID|PD1|NK1|PV1|ORC|OBR|OBX|GT1|IN1|MRG)\|"
                          r"(?P<first>[^|\n]*)(?:\|[^|\n]*){4,}")
_NAME, _XCN, _ADDRESS, _WHOLE = (0, 1, 2), (0, 1, 2, 3), (0, 1, 2, 3, 4), (0,)
_HL7_FIELDS = {"PID": {2: ("CLINIC_NUMBER", _WHOLE + (3,)), 3: ("CLINIC_NUMBER", _WHOLE + (3,)),
                       4: ("CLINIC_NUMBER", _WHOLE + (3,)), 5: ("PERSON", _NAME), 6: ("PERSON", _NAME),
                       7: ("DATE_OF_BIRTH", _WHOLE), 9: ("PERSON", _NAME), 11: ("STREET_ADDRESS", _ADDRESS),
                       13: ("PHONE_NUMBER", _WHOLE), 14: ("PHONE_NUMBER", _WHOLE), 19: ("NI_NUMBER", _WHOLE)},
               "PD1": {4: ("PERSON", _XCN)},
               "NK1": {2: ("PERSON", _NAME), 4: ("STREET_ADDRESS", _ADDRESS), 5: ("PHONE_NUMBER", _WHOLE),
                       6: ("PHONE_NUMBER", _WHOLE)},
               "PV1": {7: ("PERSON", _XCN), 8: ("PERSON", _XCN), 9: ("PERSON", _XCN), 17: ("PERSON", _XCN)},
               "ORC": {10: ("PERSON", _XCN), 11: ("PERSON", _XCN), 12: ("PERSON", _XCN)},
               "OBR": {16: ("PERSON", _XCN), 28: ("PERSON", _XCN), 32: ("PERSON", _XCN)},
               "OBX": {16: ("PERSON", _XCN)},
               "GT1": {3: ("PERSON", _NAME), 5: ("STREET_ADDRESS", _ADDRESS), 6: ("PHONE_NUMBER", _WHOLE),
                       8: ("DATE_OF_BIRTH", _WHOLE)},
               "IN1": {16: ("PERSON", _NAME), 19: ("STREET_ADDRESS", _ADDRESS)},
               "MRG": {1: ("CLINIC_NUMBER", _WHOLE), 7: ("PERSON", _NAME)}}
_SET_FIRST = frozenset({"PID", "PD1", "NK1", "PV1", "OBR", "OBX", "GT1", "IN1"})  # (a set's number first)
_QUOTED = re.compile(r'"((?:[^"\\\n]|\\.)*)"|\'([^\'\n]*)\'')
# a system's person field alone on its line, with a name and nothing else: "Handler:
# bholloway", "Caller name:  Precious" (a form's "Worker:", "Interpreter:" or "Contact:" says
# more than a name: "Worker: indoor, working from a flat", read by the names' own rules)
_LINE_KEYS = frozenset({"aka", "user", "username", "user name", "login", "agent", "handler",
                        "operator", "sender", "caller name", "display name", "preferred name"})
_LINE_FIELD = re.compile(r"(?m)^[ \t]*(?P<k>[A-Za-z][A-Za-z _]{1,20}?)[ \t]*:[ \t]+"
                         r"(?P<v>[\w\"'][\w.'’\"-]*(?: [\w.'’\"-]+){0,2})[ \t]*(?:[(,;].*)?$")
# ... or anywhere on a line of a log, a user name of one word: "INFO login ok user: tmorrow",
# "[10:05] agent: tmorrow viewed", "user:tmorrow|aka:Roxy" (not a label's last word: "Service
# user: tearful", "Crack user: smokes daily")
_LABEL_WORD = re.compile(r"(?:^|\n|[.;!?][ \t])[ \t]*[A-Za-z][\w-]*[ \t]+\Z")
_SYSTEM_FIELD = re.compile(r"(?<![\w-])(?P<k>user|username|login|agent|handler|operator|aka|"
                           r"created_by|updated_by|modified_by|assigned_to)[ \t]*:[ \t]*"
                           r"(?P<v>[A-Za-z][\w.'’-]{0,29}\w)(?![\w@])", re.IGNORECASE)
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # "createdBy" is read "created By"
_NAMED_KINDS = frozenset({"PERSON", "ESTABLISHMENT", "LOCATION"})
EVERYDAY = 4.0  # Zipf frequency of the words of a value that names no one ("all staff")
# what a family's column says of a child or a parent that names none: "Eldest", "Twin 1", "Both",
# "CP", "LAC", "Referred", "Waiting list"
_FAMILY_KIND = re.compile(r"(?:eldest|youngest|middle|twin(?:\s*\d)?|unborn|both|neither|all|none|boy|girl|"
                          r"step-?son|step-?daughter|cp|cin|lac|sgo|plo|referred|attending|attended|"
                          r"waiting\s+list|unseen|not\s+seen|n/?a|yes|no)(?:[ ,]+\d{1,2})?")
_LETTERS = re.compile(r"[^\W\d_]+")
_BRACKETED = re.compile(r"\((?i:or|if|e\.?g\.?|optional|please|print|any)\b[^()]*\)")  # a remark, not "(ID)"


# what a remark in a heading's brackets says the column holds when it holds a kind, not a name
_KIND_REMARKS = frozenset("language languages role roles type kind status new existing y n yes no number "
                          "count age date time gender sex ethnicity nationality area grade team service "
                          "site job agency relationship relation tick circle select".split())


def _everyday(value: str, entity: str) -> bool:
    """Are a value's words all everyday English or a kind of site, role or record value, and (a
    person's) no given name ("Client", "north", "parlour", "duty team"; not "Hope", "Golden
    Lotus")?"""
    if value.isupper() and len(value) <= 3:
        return False  # a worker's initials ("MOB")
    words = [fold(w) for w in _LETTERS.findall(value)]
    return bool(words) and all((zipf(w) >= EVERYDAY or w in CATEGORY_WORDS or w in SERVICE_WORDS)
                               and not (entity == "PERSON" and w in given_names()) for w in words)


def loose_heading(cell: str) -> bool:
    """Does a column headed `cell` hold a kind as often as a name ("Site: Street", "Booked by:
    reception", "Caller: Client", "Area: north"), so that a value of everyday words is no identifier?"""
    key = re.sub(r"[\W_]+", " ", _CAMEL.sub(" ", cell).lower()).strip()
    return key in _LOOSE or key.endswith(" by")


def heading_type(cell: str, bracketed: bool = False) -> str | None:
    """The entity type of a column headed `cell` ("Key worker", "client_initials", "DOB",
    "Initials/code"); with `bracketed`, a remark in brackets after it is read past ("name (or
    initial)", in a table whose cells a separator sets apart: not an aligned one, whose
    columns a bracket may shift)."""
    if bracketed and _BRACKETED.sub("", cell).strip():
        cell = _BRACKETED.sub(" ", cell)
    # (a possessive read as its word: "Children's names", "Mother's name"; a survey's question
    # number before its field: "Q2_postcode_district")
    key = re.sub(r"[\W_]+", " ", re.sub(r"['’]s\b", "", cell.lower())).strip()
    key = re.sub(r"^q\d+[a-z]?(?: \d+)* ", "", key)  # ("Q2.1_postcode", "Q2_1 Postcode")
    if key in HEADINGS:
        return HEADINGS[key]
    # a heading of two joined by a slash takes the first's type: "Initials/code", "name / code"
    first = re.sub(r"[\W_]+", " ", cell.lower().split("/")[0]).strip()
    if first in HEADINGS:
        return HEADINGS[first]
    # a person's name however the heading words it: "man_name_given", "punter name", "real name"
    words = set(key.split())
    # whoever did something to a record: "Booked by", "reported_by", "Checked by" (not "Paid
    # by: Cash", "Referred by: Hospital", "Accompanied by: Friend", "Sorted by: age")
    if len(words) in (2, 3) and key.endswith(" by") and key[:-3] in _DONE_BY:
        return "PERSON"  # ("signed_off_by")
    if words & {"name", "names"} and words - {"name", "names"} <= _WHOSE_NAME:
        return "PERSON"
    if words & {"pseudonym", "pseud", "pseudo"} and len(key.split()) <= 3:
        return "PERSON"  # "Participant pseudonym", "pseudonym used" (a heading's few words)
    # a separated table's heading and any remark in brackets: "name (DELETE AFTER TRANSCRIPTION)"
    # (not a remark that says the column holds a kind: "Interpreter (language)", "Client
    # (new/existing)", "Worker (role)")
    if bracketed and "(" in cell and re.sub(r"\([^()]*\)", " ", cell).strip() \
            and not set(re.findall(r"[a-z]+", " ".join(re.findall(r"\(([^()]*)\)", cell.lower())))) & _KIND_REMARKS:
        return heading_type(re.sub(r"\([^()]*\)", " ", cell))
    return None


def cells(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell of `line` split at `sep` outside double quotes."""
    out, start, quoted = [], 0, False
    for i, c in enumerate(line):
        if c == '"':
            quoted = not quoted
        elif c == sep and not quoted:
            out.append((start, i))
            start = i + 1
    out.append((start, len(line)))
    return out


class TableCellRecognizer(TokenRecognizer):
    ENTITIES = tuple(_HEADS)

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        lines, pos = [], 0
        for line in text.split("\n"):
            lines.append((pos, line))
            pos += len(line) + 1
        out = []
        for sep in SEPARATORS:
            if text.count(sep) < 2:
                continue
            # (an XML element's closing tag is no cell's edge: "<Forename>Joanne</Forename>")
            counts = [len(cells(line, sep)) - 1 if sep in line and not (sep == "/" and "</" in line)
                      else 0 for _, line in lines]
            i = 0
            while i < len(lines):
                j = i + 1
                while j < len(lines) and counts[j] == counts[i]:
                    j += 1
                if counts[i] >= 1 and j - i >= 2:
                    out += self._table(lines[i:j], sep)
                i = j
        return out + self._aligned(lines) + self._fields(text) \
            + self._hl7(getattr(nlp_artifacts, "as_written", text))

    def _fields(self, text: str) -> list[RecognizerResult]:
        """The values of a record's fields whose key this module knows as a heading."""
        out = []
        for pattern in (_JSON_FIELD, _LOG_FIELD, _ASSIGN_LINE, _XML_FIELD, _SYSTEM_FIELD, _YAML_FIELD):
            for m in pattern.finditer(text):
                if pattern is _SYSTEM_FIELD and _LABEL_WORD.search(text, 0, m.start()):
                    continue  # a form's label of two words: "Service user: tearful"
                entity = heading_type(_CAMEL.sub(" ", m.group("k")))
                if entity is None:
                    continue
                v, base = m.group("v"), m.start("v")
                pieces = [(base + q.start(q.lastindex), base + q.end(q.lastindex))
                          for q in _QUOTED.finditer(v)] if v[0] in "\"'[" else [(base, m.end("v"))]
                for a, b in pieces:
                    a, b = self._value(text, a, b, entity, loose_heading(m.group("k")))
                    if a < b:
                        out.append(RecognizerResult(entity, a, b, SCORE))
        for m in _CALENDAR_NAME.finditer(text):
            out.append(RecognizerResult("PERSON", m.start("v"), m.end("v"), SCORE))
        for m in _LINE_FIELD.finditer(text):
            if fold(m.group("k")) not in _LINE_KEYS \
                    or all(w.islower() and zipf(w) >= EVERYDAY for w in m.group("v").split()):
                continue
            a, b = self._value(text, m.start("v"), m.end("v"), "PERSON")
            if a < b:
                out.append(RecognizerResult("PERSON", a, b, SCORE))
        unique = {(r.entity_type, r.start, r.end): r for r in out}  # (a line's key read twice)
        return list(unique.values())

    @staticmethod
    def _hl7(written: str) -> list[RecognizerResult]:
        """The components of HL7 segments' fields that hold a name, an address or a number, read
        on the note as written (the case-restored copy writes "Pid")."""
        out = []
        for m in _HL7_SEGMENT.finditer(written):
            if m.group("seg") in _SET_FIRST and not re.fullmatch(r"\d{0,4}", m.group("first").strip()):
                continue  # "PID|FU 2/52|...": a table's row
            at, wanted = m.start("seg"), _HL7_FIELDS[m.group("seg")]
            for k, field in enumerate(m.group()[m.start("seg") - m.start():].split("|")):
                entity, components = wanted.get(k, (None, ()))
                pos = at
                for c, part in enumerate(field.split("^")):
                    for rep in re.finditer(r"[^~]+", part) if c in components else ():  # ("~": repeats)
                        out.append(RecognizerResult(entity, pos + rep.start(), pos + rep.end(), SCORE))
                    pos += len(part) + 1
                at += len(field) + 1
        return out

    def _aligned(self, lines: list[tuple[int, str]]) -> list[RecognizerResult]:
        """Cells of tables aligned with spaces: a row's cells are its runs of words set apart
        by two spaces or more, each read under the heading that starts within ALIGN_SLACK
        characters of it (typed tables drift a little); a cell under no heading is left."""
        out = []
        k = 0
        while k < len(lines):
            head = lines[k][1]
            k += 1
            if "  " not in head:
                continue
            heads = [(m.start(), heading_type(m.group()), loose_heading(m.group()))
                     for m in _ALIGNED.finditer(head)]
            if len(heads) < 3 or not any(t for _, t, _ in heads) \
                    or any(head[a - 2:a] != "  " for a, _, _ in heads[1:]):
                continue
            while k < len(lines) and lines[k][1].strip():  # each row is read once
                offset, line = lines[k]
                k += 1
                for m in _ALIGNED.finditer(line):
                    a, entity, loose = min(heads, key=lambda h: abs(h[0] - m.start()))
                    if entity is None or abs(a - m.start()) > ALIGN_SLACK:
                        continue
                    s, e = self._value(line, m.start(), m.end(), entity, loose)
                    if s < e:
                        out.append(RecognizerResult(entity, offset + s, offset + e, SCORE))
        return out

    def _table(self, rows: list[tuple[int, str]], sep: str) -> list[RecognizerResult]:
        head_at, head = rows[0]
        types = [heading_type(head[s:e], bracketed=True) for s, e in cells(head, sep)]
        if not any(types):
            return []
        loose = [loose_heading(head[s:e]) for s, e in cells(head, sep)]
        out = []
        for offset, line in rows[1:]:
            for entity, is_loose, (s, e) in zip(types, loose, cells(line, sep)):
                if entity is None:
                    continue
                s, e = self._value(line, s, e, entity, is_loose)
                if s < e:
                    out.append(RecognizerResult(entity, offset + s, offset + e, SCORE))
        return out

    def _value(self, line: str, s: int, e: int, entity: str, loose: bool = False
               ) -> tuple[int, int]:
        """The span of a cell's value: without spaces and quotes round it, nor a title at a
        name's start; empty for no value, an unknown one, an allowed word or a rule ("---"),
        and, in a `loose` column or field, everyday words or kinds of site or role that are no
        given name ("Street", "all staff", "parlour", "reception"); a bare number in a column
        of names or places (a count: "Sauna | 5")."""
        while s < e and line[s] in " \t\"'":
            s += 1
        while e > s and line[e - 1] in " \t\"'":
            e -= 1
        if entity == "PERSON":
            s = after_titles(line, s, e)
            # a name and a remark after it: "Ploy (via phone only, do not write surname)"
            e = s + len(re.match(r"[^(;:]*", line[s:e]).group().rstrip())
        value = line[s:e]
        if fold(value) in NO_ANSWER or fold(value).startswith("unk") \
                or entity == "PERSON" and _FAMILY_KIND.fullmatch(fold(value)) \
                or entity in _NUMBERED and not any(c.isdigit() for c in value) \
                or entity in _CODED and not (_A_CODE.fullmatch(value)
                                             and sum(c.isdigit() for c in value) >= _FIGURES_NEEDED[entity]) \
                or not any(c.isalnum() for c in value) \
                or self.allow.covers(value) \
                or loose and entity in _NAMED_KINDS and _everyday(value, entity) \
                or entity in _NAMED_KINDS | {"STREET_ADDRESS"} and value.strip().isdigit():
            return s, s
        return s, e
