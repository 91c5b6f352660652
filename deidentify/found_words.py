"""Words a find took in that are no part of the name: a form's labels and a job title.

The model reads a form's layout as prose and takes the next field's label into a name
("WILLOW HARTNELL-FOX   MRN: ...", "Salterton\nDate of visit", "Date: 03/02/25" alone), and a
signature's job title ("Ben Castellano Hughes Senior Practitioner", "DR M ABUBAKAR ST4",
"Probation Officer" alone). Both are cut, carefully: a helper's attack showed that names are
such words too (Aiko Date, Marsha Reason, Nok; Favour, Gift, Glory Support Worker), so a label
goes only before its colon or after a form's gap, and a title's words come from a list.

And words the model or the capitalised-word rules read as a name alone that name nobody: a
form's label, a day written short, an endearment, the emergency department's letters where the
words round them make them the department (names_nobody).
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.lexicon import (CALLED_BY, DEPARTMENT_LETTERS, JOB_HEADS, KIN, NAME_LABELS, NAMES_NOBODY,
                                TITLES, fold, given_names, job_title, role_word, zipf)
from deidentify.recognizers.person_names import FORM_LABELS

# the grades doctors sign with after their name
_GRADE = re.compile(r"(?:ST|CT|FY|StR)[1-8]|SHO|SpR")
_WORD_AFTER = re.compile(r"[ ]([A-Z][a-z]+)\b")
_SPAN_WORD = re.compile(r"[^\W\d_][\w'’.-]*|\w+")
PERSON_WITH_JOB_MAX = 4.3  # Zipf frequency: a given name English uses less heads a person + job
# labels of a form's fields (not NOK: Nok is a Thai nickname, and a chat's speaker)
FIELD_LABELS = FORM_LABELS | frozenset("dob mrn nhs acct ref hosp dos doa ssn gp dx".split()) \
    | NAME_LABELS | frozenset("patient caller worker volunteer driver interpreter guest tenant "
                               "witness victim suspect applicant claimant".split())  # a person's
_LAST_WORD = re.compile(r"(\s+)?(?<![A-Za-z])([A-Za-z]+)$")
_COLON_AFTER = re.compile(r"[ \t]*:")
# ... and a name's label before the same label in other languages: "Numele / Surname:",
# "Nume/Nom/Last name:"
_TRANSLATED_COLON_AFTER = re.compile(r"[ \t]*(?:/[^\n:/]{1,30}){0,3}:")
_FORM_GAP = re.compile(r"[ \t]*\n\s*|[ \t]{2,}|\t")  # a new line or a column's gap before a label


def without_job(text: str, start: int, end: int) -> int:
    """Where a person's find ends without the job title the model took in after the name ("Ben
    Castellano Hughes Senior Practitioner", "Nadia Ferreira Lund Outreach Worker", "Dr Yusuf
    Demir Consultant", "DR M ABUBAKAR ST4"): the title's head, then the everyday words before
    it that name no one ("Senior", "Outreach", "Housing Options": ROLE_QUALIFIERS)."""
    words = list(_SPAN_WORD.finditer(text, start, end))
    if (m := _WORD_AFTER.match(text, end)) and fold(m.group(1)) in JOB_HEADS:
        # the title's head just after the find: "Probation|PERSON Officer", "Sex Work Liaison Officer"
        return start if job_title([w.group() for w in words] + [m.group(1)]) else end
    if len(words) < 2 or not (fold(words[-1].group()) in JOB_HEADS or _GRADE.fullmatch(words[-1].group())):
        return end
    if job_title([w.group() for w in words]):
        return start  # a job title alone: "Probation Practitioner"
    words.pop()
    while len(words) > 1 and role_word(words[-1].group()):
        words.pop()
    return words[-1].end()


def person_with_job(phrase: str) -> bool:
    """A given name, then words, then a job title's head: a person and their job, not premises."""
    words = phrase.split()
    return len(words) >= 3 and words[0][:1].isupper() and fold(words[0]) in given_names() \
        and zipf(fold(words[0])) < PERSON_WITH_JOB_MAX and fold(words[-1]) in JOB_HEADS



def without_label(text: str, start: int, end: int) -> int:
    """Where a find ends without the label of a form's field the model took in at its end, a
    label before its colon or after a form's gap ("WILLOW HARTNELL-FOX   MRN: ...", "Amira El
    Khatib   DOB: ...", "Salterton\nDate of visit"); `start` when the find is a label alone
    before its colon ("Date: 03/02/25"). A label word in a name's flow is the name's: "Aiko
    Date, from Osaka", "AIKO DATE DOB", "Marsha Reason, 27"."""
    while (m := _LAST_WORD.search(text, start, end)) and fold(m.group(2)) in FIELD_LABELS \
            and (m.group(2).istitle() or m.group(2).isupper()) \
            and (_COLON_AFTER.match(text, end) or m.group(1) and _FORM_GAP.fullmatch(m.group(1))
                 or fold(m.group(2)) in NAME_LABELS and _TRANSLATED_COLON_AFTER.match(text, end)):
        # (only a name's labels have the same label in another language after a slash:
        # "Numele / Surname:")
        end = m.start() if m.group(1) else start
        if end == start:
            break
        end = start + len(text[start:end].rstrip())
    return end


_WORD_BEFORE = re.compile(r"(\S+)[ ]+\Z")
_DEPARTMENT_AFTER = re.compile(r"[ ]+(?i:attendances?|registrar|consultant|cons|nurse|nursing|triage|notes?|"
                               r"staff|department|dept|majors|minors|resus|clinician|doctor|dr|provider|"
                               r"safeguarding|record|high|x\d|visit|admission|psych|flag|frequent|-|—|–)(?!\w)")
_HEADING_AFTER = re.compile(r"[ ]+(?:[-—–:]|[A-Z]{2,}\b|\d)")
# words before the emergency department's letters that take someone there ("conveyed to sgh ed",
# "-> ED", "Ref'd by ED", "attended ED"), beside a heading's word in capitals ("PAEDIATRIC ED")
_TO_DEPARTMENT = frozenset("to in at from via for by the into attended left advised gp ->".split())


def names_nobody(text: str, start: int, end: int) -> bool:
    """A lone word read as a name that names nobody (lexicon.NAMES_NOBODY, CALLED_BY), or the
    emergency department's letters (DEPARTMENT_LETTERS) where they name it: after a word that
    takes someone there, a hospital's letters or a heading's word in capitals (no kin word,
    title or little word: "HUSBAND ED", "SEEN WITH ED"), or before a word of the department ("ED
    Registrar", "3 ED attendances"); not "ed came round", "jade's bf ed", "ed's van"."""
    word = text[start:end]
    if word in DEPARTMENT_LETTERS:
        if _DEPARTMENT_AFTER.match(text, end):
            return True
        before = _WORD_BEFORE.search(text, max(0, start - 24), start)
        if before is None:  # a heading's: "ED — Oxhallow Community Hospital", "ED FREQUENT ATTENDER"
            return _HEADING_AFTER.match(text, end) is not None \
                and (start == 0 or text[start - 1] == "\n")
        prior = before.group(1).rstrip(".,:;")
        return fold(prior) in _TO_DEPARTMENT or prior in ("->", "→") or (
            len(prior) >= 2 and prior.isupper() and prior.isalpha() and fold(prior) not in KIN | TITLES
            and fold(prior) not in STOP_WORDS) or (
            2 <= len(prior) <= 4 and prior.islower() and prior.isalpha() and zipf(prior) < 3.0)
    return fold(word) in NAMES_NOBODY or word in CALLED_BY
