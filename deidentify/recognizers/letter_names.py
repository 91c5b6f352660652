"""A person a note calls by one letter, undotted: a client written "E" throughout a case
record ("E told police", "Call w/ E via Merita", "E's consent"), a worker "T" in supervision
notes ("T to complete DASH with K").

A capital letter alone is a person where a sentence starts with it and goes on as a person
does ("B says", "D feels", "K to get cert"), or where it owns something ("M's number"). Once a
note has used a letter so twice (or once with a word only people do: says, told, rang), its
other mentions in a person's place are that person too: a sentence's start ("E v scared"), or
after a word that takes a person ("Call w/ E via", "told by A herself", "re B;", "see M at").
A child is written so too, or by two letters joined by a hyphen ("T-R is in Year 3", "P-J's
slot"), their age in brackets after them ("T-R (8), M (5)") or what a child does ("R wet the
bed", "T gives me £50"; never X, a drug's letter or a grade's).
Everywhere else a letter alone is a grade, a ward, a vitamin or a plan ("hep B", "Plan B",
"Bay C", "T 37.2"): the word before it says so, and it is kept. Never "I" (the word) or "U"
(text speak for "you"); "A", the article, only where what follows is a verb no article comes
before. A letter with a dot is initials.py's.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from deidentify.lexicon import TRANSCRIPT_ROLES, common_words, fold, given_names
from deidentify.recognizers.base import TokenRecognizer

SCORE = 0.6
# what a person does, which no grade, ward or vitamin does: one such use names a person
_DOES = (r"says|said|told|tells|asked|asks|rang|rings|phoned|texted|wants|wanted|feels|felt|agreed|"
         r"agrees|consents|consented|declined|denies|denied|disclosed|reports|reported|thinks|"
         r"thought|knows|knew|came|went|left|lives|lived|works|worked|showed|sent|sends|applied|"
         r"claimed|worried|cried|admitted|explained|mentioned|described|refused|accepted|"
         r"understands|prefers|stopped|engaged|attended|missed|arrived|decided|distressed|"
         r"calls|called|got|needs|needed|seemed|seems|moved|stayed|became|started|stated|confirmed|"
         r"requested|presented|appeared|alleges|alleged|informed|insisted|expressed|identified|"
         r"wishes|wished|returned|messaged|continues|remains|spoke|shared|chose|received|"
         # (a researcher's fieldnotes: "G offers to get Ayesha"; only what people do, not "G
         # takes 15 minutes", "K, if used daily", "B met", "C sits on the ring road")
         r"offers|offered|asks|laughs|laughed|smiles|smiled|nods|nodded|listens|listened|"
         r"notices|noticed|chats|chatted|talks|talked")
# what a child does, in a carer's or a teacher's record ("R wet the bed", "R hit him", "T gives
# me £50"), or anyone ("M gave her a bundle"): never X (the platform) or a drug's letter (G, K,
# E, H: "G hit her really fast"), nor a grade's, an option's or a bed's ("Option B gave her time")
_CHILD_DOES = (r"gave|gives|hit|hits|held|wet|wets|took|kept|slept|woke|fell|threw|throws|wrote|brought|"
               r"broke|hid|hugged|kicked|kicks|screamed|screams|swore|swears|punched|pushed|loves|hates|"
               r"misses|played|drew|bit|bites|refuses|ran")
_NOT_CHILD_LETTERS = frozenset("XGKEH")
_BEFORE_A_GRADE = re.compile(r"(?i:\b(?:grade|grades|option|plan|bed|bay|ward|appendix|section|q\d+))\b[^\n]{0,30}\Z")
# what anything may be followed by, which says a person only where the note has one by the letter
_MAY_DO = (r"is|was|has|had|will|would|can|can't|cannot|could|does|doesn't|did|didn't|must|"
           r"may|might|should|won't|isn't|wasn't|hasn't|v|and(?![ \t]+[A-Z]\b)|\+|to\s+[a-z]{3,}")
# a value read after a letter: "K was 3.1", "K is now 4.0", "T came down": a test's letter
_VALUE_AFTER = re.compile(r"[ \t]*(?:(?:is|was|were|of|at|=|:)[ \t]*)?(?:now[ \t]+|still[ \t]+)?[<>]?\d|"
                          r"[ \t]+(?:came|went)[ \t]+(?:down|up)\b|[ \t]+(?:is|was)[ \t]+(?:normal|high|low)\b")
# what "A" is followed by where it is a person and never the article
_A_DOES = r"says|said|told|rang|asked|wants|knows|agreed|consents|feels|denies|disclosed|refused"
_A_PERSON = re.compile(rf"[ \t]*(?:[\"”’',;.)!?\]]|\Z|\n)|[ \t]+(?:herself|himself|themselves|has|had|"
                       rf"was|is|will|would|can|could|{_A_DOES})\b")
# what follows a letter that is a person, elsewhere than its sentence's verb: a stop, what
# it owns, a preposition ("w/ E via", "see M at"), a word of time or "herself" (not a word of
# another language where "Y", "E", "O" are its "and" or "or": "y ya. Y me quitó")
_AFTER = re.compile(rf"[ \t]*(?:[\"”’',;.()!?\]+&–-]|\Z|\n)|['’]s\b|[ \t]+(?:(?:{_DOES}|{_CHILD_DOES}|{_MAY_DO})\b|"
                    r"[a-z]+(?:ed|ing|s)\b|upset|scared|happy|ok|fine|tired|anxious|angry|unwell|pregnant|"
                    r"safe|unsafe|keen|unsure|unable|aware|"
                    r"(?:via|at|on|in|of|from|about|with|w/|or|today|tonight|tomorrow|"
                    r"yesterday|now|again|still|also|never|only|just|really|already|herself|himself|"
                    r"themselves|not|very|a|an|the|that|her|his|their|what|to|by|for|and|then|later|"
                    r"initially|eventually|if|whether|how|why|when|where|who)\b)")
# one capital, or two joined by a hyphen as a child's double name is ("T-R", "P-J", "A-J"; not
# the A-Z or A-E)
_LETTER = r"(?:(?!A-[ZE]\b)[A-Z]-[A-Z]|[B-HJ-TV-Z])"
# a child's age in brackets after their letter: "T-R (8), M (5)", "T (8yo)", "K (18m)", "T (a child,
# aged 8)", "T (8, Yr 3)", "K (DOB 03/04/2022)"
AGE_IN_BRACKETS = (r"[ \t]*+\((?:a[ \t]+child,[ \t]*)?(?:aged?[ \t]*)?(?:\d{1,2}(?:[ \t]*(?:yrs?|yo|y/o|y|m|mths?|months?|/12|/52))?"
                   r"(?:,[^()\n]{0,20})?|(?i:dob)\b[^()\n]{0,20})\)")
_AGE_AFTER = re.compile(AGE_IN_BRACKETS)
_SCHOOL_YEAR = re.compile(r"[ \t]+(?:is|was)[ \t]+in[ \t]+(?:Year|Yr|Y)[ \t]*\d|[ \t]+(?:is|was)[ \t]+in[ \t]+(?:Reception|Nursery)")
# the nouns a record writes a person's letter after: "Client E", "Woman B", "Pt H", "Adult A"
_ROLES = (r"client|woman|pt|patient|su|service\s+user|resident|tenant|survivor|subject|victim|baby|"
          r"female|male|adult|person|mother|father|child|girl|boy|witness|complainant|suspect|"
          r"young\s+person|yp")
_ROLE_LETTER = re.compile(rf"(?i:\b(?:{_ROLES}))[ \t]+['\"‘“]?(?P<v>{_LETTER}|A)['\"’”]?"
                          rf"(?![\w&/-]|\.\S|[ \t]*\d|['’](?!s\b))")
# where a sentence or a clause starts: a line (after a bullet or a number), after its end
# stop, a colon, a dash or a bracket, or after a word that opens a clause
_CLAUSE_WORDS = (r"but|and|so|if|that|as|because|while|when|until|whether|saying|unless|though|also|then|"
                 r"today|yesterday|tonight|apparently|later|both|once|think|believe|feel|feels|worried|"
                 r"says|said|reports|reported|thinks|states|stated|told\s+me")
_OPENS = re.compile(rf"(?:(?:^|\n)[ \t]*(?:[-*•>]|\d{{1,2}}[.)]|\d{{1,2}}[:.]\d{{2}}[ \t]+)?|[.!?;:),|][ \t]*|[ \t][-–—][ \t]*|[(\"“'‘]|"
                    rf"(?i:\b(?:{_CLAUSE_WORDS}))\s+)\Z")
# words after which a person is meant: "Call w/ E", "told by A", "I'll see M at", "re B;"
_TAKES = re.compile(r"(?i:\b(?:w/|with|see|saw|seen|meet|met|tell|tells|told|telling|for|by|ask|asked|via|"
                    r"asking|ring|ringing|rang|call|called|calling|phone|phoned|text|texted|visit|"
                    r"visited|re|support|supported|help|helped|to|from|about|at|agreed|gave|give|drove|"
                    r"accompanied|referred|advised|reminded|encouraged|contacted|contact|emailed|offered|"
                    r"reassured|collected|interview|threatened|took|bought|booked|signposted|informed|"
                    r"updated|escorted|chased|" + _ROLES + r")|[+&])\s+\Z")
_SUBJECT = re.compile(rf"(?<![\w.'’&/-])(?P<v>{_LETTER}|A)(?:[ \t]+(?:(?:has|had|have|was|is|will|would|"
                      rf"can|could|did|does|then|later|also|just|still|now|initially|eventually|again|"
                      rf"never|already|really)[ \t]+)?(?:(?P<does>(?:{_DOES})\b)|(?P<child>(?:{_CHILD_DOES})\b))|"
                      rf"[ \t]+(?P<may>(?:{_MAY_DO})(?![\w'’]))|(?P<owns>['’]s\b))")
_ANY = re.compile(rf"(?<![\w.'’&/-])(?P<v>{_LETTER}|A)(?![\w&/-]|\.\S|['’](?!s\b)|[ \t]*\d|:)")
# a letter a note gives someone: after their name (a known given name first), in brackets
# ("peer researcher Esi Mensah (E)"; not "Condoms Given (C)"),
# or the interpreter a transcript's answers come through ("P (via K): Five years")
_OWN_LETTER = re.compile(r"\b(?P<given>(?P<first>[A-Z])[^\W\d_]+)(?:[ \t]+[A-Z][\w'’-]+){1,2}"
                         r"[ \t]*\((?P<v>[A-Z])\)"
                         r"|\((?i:via)[ \t]+(?P<via>[A-Z])\)[ \t]*:")
_SPEAKER = re.compile(r"(?m)^[ \t]*(?P<v>[A-Z])[ \t]*:")  # ... and speaks: "E: Thank you"
_CAPITALISED = re.compile(r"\b[A-Z][^\W\d_A-Z]+")  # a given name in the note: "Ioana" ... "I wants"
_BEFORE = 40  # characters read before a letter for what opens it


class LetterNameRecognizer(TokenRecognizer):
    ENTITIES = ("PERSON",)

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        uses: dict[str, int] = {}
        for m in _SUBJECT.finditer(text):
            if not self._opens(text, m.start()):
                continue
            letter = m.group("v")
            if letter == "A" and not re.fullmatch(_A_DOES, m.group("does") or ""):
                continue  # "A will ...", "A and E", "A left turn"
            if _VALUE_AFTER.match(text, m.end("v")):
                continue
            if m.group("child") and (letter in _NOT_CHILD_LETTERS  # (not X, a drug's letter, a grade's)
                                     or _BEFORE_A_GRADE.search(text, max(0, m.start() - 40), m.start())):
                continue
            # (two letters joined by a hyphen are a child's double name where they act or are in a
            # school's year: "T-R is in Year 3"; not "M-F is fine", "P-T is all she can manage")
            strong = m.group("does") or m.group("child") or m.group("owns") \
                or "-" in letter and _SCHOOL_YEAR.match(text, m.end("v"))
            uses[letter] = uses.get(letter, 0) + (2 if strong else 1)
        for m in _ANY.finditer(text):  # "T-R (8), M (5)": a child and their age
            if m.group("v") != "A" and _AGE_AFTER.match(text, m.end()):
                uses[m.group("v")] = uses.get(m.group("v"), 0) + 2
        for m in _ROLE_LETTER.finditer(text):  # "Client E", "Woman B": a person named so
            uses[m.group("v")] = uses.get(m.group("v"), 0) + 2
        for m in _OWN_LETTER.finditer(text):  # "Esi Mensah (E)", "P (via K):"
            letter = m.group("v") or m.group("via")
            if letter not in "AIU" and (m.group("via") or m.group("first") == letter
                                        and fold(m.group("given")) in given_names()):
                uses[letter] = uses.get(letter, 0) + 2
        named = {m.group()[0] for m in _CAPITALISED.finditer(text)  # (not "Case", "Doctor", "May")
                 if fold(m.group()) in given_names() and fold(m.group()) not in common_words()}
        people = {letter for letter, n in uses.items() if n >= 2 or letter in named}
        if not people:
            return []
        spoken = [RecognizerResult("PERSON", m.start("v"), m.end("v"), SCORE)
                  for m in _SPEAKER.finditer(text)
                  if m.group("v") in people and m.group("v") not in TRANSCRIPT_ROLES]
        return spoken + [
            RecognizerResult("PERSON", m.start(), m.end(), SCORE)
            for m in _ANY.finditer(text) if m.group("v") in people
            and (_A_PERSON if m.group("v") == "A" else _AFTER).match(text, m.end())
            and (self._opens(text, m.start())
                 or _TAKES.search(text, max(0, m.start() - _BEFORE), m.start()))]

    @staticmethod
    def _opens(text: str, start: int) -> bool:
        return bool(_OPENS.search(text, max(0, start - _BEFORE), start)) if start else True
