"""Person names from cues in the text, for names the language model misses.

Staff write fast: names come in lower case, working names are ordinary words (Precious,
Crystal, Angel), and many names are not English (Siriporn, Elira, Ștefania). A token is taken
as a name when
- it is capitalised mid-sentence and is a known given or family name, or is a word English
  rarely uses (wordfreq Zipf frequency below RARE);
- it starts a sentence and a name-like verb follows ("Angel says", "Precious attended"; past
  adverbs: "Tiff now only takes"), a modal or a log's remark follows a given name English
  uses less ("Kelly can't pay", "Kim - 2nd day", "Carmen happy"), or
  it is a word English almost never uses (not a derived form or a misspelling of an English
  word), an English word in lower case follows and the note is in English ("Pyrion
  continues");
- it follows a strong cue ("known as", "working as", "calls herself", "aka"), whatever it is;
- it is in lower case, is a known given name that English rarely uses as a word, and a cue
  stands next to it ("spoke to ioana", "ioana says").
A capitalised word straight after a found name joins it (a family name). Where a message's
shape says a name stands, the word is taken however common it is: a chat's speakers
(_speakers), a name signed, closing a message or spoken to at a sentence's end (_signed), a
name a message opens with ("hiya its summer from...": _introduced), and the answer to a
form's name question ("ur name: crystal": _form_names), a note's title ("Fake payment - Tiff")
and two given names joined by a hyphen ("Summer-Rose"). Initials before a surname ("R.
Matthews", "J M Kerr") are a name's; letters joined by a slash ("S/P", "C/O") are shorthand.
"""

from __future__ import annotations

import re
import unicodedata

from presidio_analyzer import RecognizerResult
from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.allow_list import AllowList
from deidentify.lexicon import (
    CALLED_BY,
    JOB_HEADS,
    KIN,
    WORKER_ROLES,
    DRUG_ENDINGS,
    specialty_word,
    MONTHS_AND_DAYS,
    NAME_LABELS,
    DEMONYMS,
    NAME_LABELS_ABROAD,
    NO_ANSWER,
    SHORT_TITLES,
    TITLES,
    TRANSCRIPT_ROLES,
    after_titles,
    common_words,
    family_names,
    fold,
    given_names,
    given_names_any_case,
    labels_a_number,
    misspelt,
    zipf,
)
from deidentify.lowercase_pass import ENGLISH, derived, english
from deidentify.recognizers.letter_names import AGE_IN_BRACKETS
from deidentify.nlp import tokens_of
from deidentify.recognizers.labelled_number import LABELS
from deidentify.recognizers.initials import SHORTHAND
from deidentify.recognizers.base import TokenRecognizer
from deidentify.recognizers.dates import WEEKDAY

RARE = 2.8  # Zipf frequency: below this, a capitalised word is most likely a proper name
_NUMBER_LABEL = re.compile(f"(?i:{LABELS})")  # "Số CCCD 0403...": a number's label, not a name
# a letter's or a message's greeting, alone on its line or before a comma: "Dear Summer"
_SALUTATION = re.compile(r"(?m)^[ \t]*(?:Dear|Hi|Hello|Hiya|Hey)[ \t]+(?P<v>[A-Z][a-z'’-]+)"
                         r"(?=[ \t]*(?:[,!]|\n|$))")
# a note's title that names whom it is about, after or before a dash: "Fake payment - Tiff",
# "Precious - eviction" (a known given name, however everyday a word: the title says who)
# (two words on the other side, and a note below the title: not a form's "Eyes - Hazel")
_TITLE_ENDS_WITH = re.compile(r"[ \t]*[^\W\d_][^\n]{1,58}?[ ][^\n]{2,58}?[ ][-–][ ](?P<v>[A-Z][a-z'’]+)"
                              r"[ \t]*\n[ \t]*\S")
_TITLE_STARTS_WITH = re.compile(r"[ \t]*(?P<v>[A-Z][a-z'’]+)[ ][-–][ ][^\W\d_][^\n]{1,80}?[ ][^\n]{2,}"
                                r"(?=\n|$)")
_DOUBLE_GIVEN = re.compile(r"(?<![\w-])([A-Z][a-z]+)[-–]([A-Za-z][a-z]+)(?![\w-])")  # ("Summer-rose")
# a title that gives a thing's value, not whom the note is about ("Risk level - Amber", "Eye
# colour - Hazel", "Main drug - Charlie", "Phone contract - Sky")
_ATTRIBUTE = re.compile(r"(?i:\b(?:level|status|colou?r|eyes|hair|drug|drugs|used|weather|room|plan|"
                        r"report|contract|debt|rating|risk|type|rag|grade|code|flag|mood|shift|draft|"
                        r"newsletter|card|brand|name)\b)[ ][-–][ ]\Z")
_GREETED_NOBODY = frozenset("sir madam sirs colleague colleagues all team everyone friend friends "
                            "doctor applicant customer client patient parent parents resident tenant "
                            "member user there guys folks both you ladies girls lovely gorgeous "
                            "officer everybody sister mate diary occupier claimant".split()) | CALLED_BY
UNKNOWN = 2.0  # ... and below this, a capitalised word no list knows may be a given name
LOWER_CASE_NAME_MAX = 4.5  # a lower-case given name is taken only if English uses it less
CUED_MAX = 4.7  # a capitalised word beside a cue ("Met Honey") is a name up to this frequency
CUE_BEFORE = frozenset((
    "saw seen met meet visited with friend friends partner boyfriend girlfriend husband "
    "wife sister brother cousin mother mum daughter son client punter pt patient ms mrs miss "
    "mr mx dr interpreter maid receptionist colleague told asked helped supported texted rang "
    "phoned accompanied contacted to from by via for tell call text ask introduced only "
    "supporting support visit visiting its it's hi hiya hey dear thanks drove took collected "
    "picked pc pcso dc ds sgt insp di thx ty cheers"
).split())
STRONG_CUE = (("known", "as"), ("working", "as"), ("works", "as"), ("goes", "by"),
              ("calls", "herself"), ("calls", "himself"), ("calling", "herself"),
              ("calling", "himself"), ("name", "is"), ("name", "was"), ("name", "as"),
              ("named",), ("aka",), ("a.k.a",),
              ("called",), ("nicknamed",), ("alias",), ("preferred", "name"),
              ("working", "name"), ("known", "as"))
CUE_AFTER = frozenset((
    "says said told asked attended reattended texted rang called wants wanted came is was has "
    "had seemed looked reports reported works worked brought left went needs agreed declined "
    "arrived answered phoned 's working staying lives here seen saw met back took takes picked "
    "dropped drove owes paid gave keeps knows emailed messaged"
).split())
# verbs only a person does, after an everyday word that is a given name at a sentence's start
# ("Star took 20 condoms", "Precious rang"; not "Hope is", "Dawn came"), and the tasks a note
# gives a worker ("Dawn to report post", "Mo to do a Costco run")
PERSON_VERBS = frozenset("said says told tells asked asks texted rang rings phoned called took "
                         "brought wants wanted agreed declined disclosed reported attended "
                         "collected dropped drove paid gave came cried laughed smiled hugged "
                         "thanked apologised apologized shouted screamed swore admitted explained "
                         "mentioned denied refused promised joined messaged emailed visited read wrote "
                         "sang spoke cooked baked painted knitted sewed".split())
# ... and verbs a thing may take too ("Car got towed", "Room booked", "Link sent"): only after a
# given name (not a family name alone) English uses less than PLAIN_GIVEN_MAX, not before a
# past participle ("Crystal got smoked", "Penny got stuck")
THING_VERBS = frozenset("lost uses got gets takes needs owes sent booked missed signed moved".split())
# Zipf frequency below which a given name is read as one before a thing's verb, before a modal
# and in a note's title ("Precious lost", "Kelly can't", "Fake payment - Tiff"; not "Summer got
# busy", "Risk level - Amber")
PLAIN_GIVEN_MAX = 4.5
_PARTICIPLES = frozenset("stuck lost taken done smoked towed stolen broken burnt caught hit paid "
                         "sold told given".split())
# what follows a person's name opening a line of a log: a dash and a remark, or how she is
_REMARK_AFTER = frozenset("- – — happy upset tearful worried anxious scared drunk safe".split())
_MODALS = frozenset("ca can cannot could did does would wo will shall should might must".split())
# words that may stand between such a name and its verb: "Tiff now only takes money"
_ADVERBS = frozenset("now also still just only then never already finally".split())
# kin, and words for people and things that Faker's lists hold as given names too: "Doctor
# said", "Council to call her", "Baby took 120ml", "Kit collected", "me and hubby" name no one
PEOPLE_NOUNS = KIN | frozenset("doctor guy council lawyer ward minor van kit art major nurse client "
                               "staff manager police officer worker landlord landlady boss man woman "
                               "girl boy kid kids child driver punter punters clients security "
                               "reception pharmacy judge court king queen prince princess sheriff "
                               "hubby wifey housemate flatmate ladies team patient mayor bishop priest "
                               "vicar porter warden".split())
EVERYDAY_NAME = 5.5  # Zipf frequency: a given name English uses more is a word ("Man drove off")
TASK_VERBS = frozenset("ring call text email report advise chase follow book check update speak "
                       "contact visit collect bring do send meet refer arrange ask tell sort "
                       "drive cover phone".split())
# what a text calls the one it thanks or greets that is no name ("thx babe", "its me hun")
ENDEARMENTS = frozenset("babe babes hun hunny hon love luv darling darlin sweetie sweetheart mate "
                        "girl girls gal gals guys lads all everyone everybody lovely doll pet chick "
                        "sis bro bae boo gorgeous beautiful hunni huni lol xx xxx".split())
LOWER_GREETED_MAX = 4.0  # Zipf frequency: a lower-case word greeted or thanked that is no name
# what "hi its ..." says of the time or weather, not who is texting ("hi its late", "its ok")
_SAID_OF_THINGS = frozenset("ok okay fine late early cold hot warm raining snowing dark done over true "
                            "mad crazy quiet busy dead gone time urgent important free closed open "
                            "shut lovely nice bad good great horrible awful weird sorted happening "
                            "fucked shit crap tomorrow today tonight".split())
# a name spoken to at the start of a message: "Lauren you should...", "Skhumba my brother"
VOCATIVE_AFTER = frozenset("i you u my we your ur pls plz please thank thanks why how when its "
                           "where what did do does can could will would is are".split())
_GREETINGS = frozenset("hi hiya hey hello heya hii hiii morning evening".split())
_INTRODUCTION_ENDS = frozenset("from off here again x xx xxx , . ! - – — :)".split())
WEAK_AFTER = frozenset(("(", ",", "dob", "d.o.b", "email", "and"))  # count for known names only
SENTENCE_RARE = 2.0  # Zipf frequency: a word starting a sentence rarer than this may be a name
NATIONALITY_MIN = 1.5  # Zipf frequency: nationalities and languages are words English uses
# labels of a list of people: "Staff: Bev, Imran", "Crew: Mo, Fi", "AKA: HJ, Angel"
LIST_LABELS = frozenset("staff crew team aka a.k.a names workers volunteers vols attended "
                        "present".split())
LIST_END = frozenset((",", "and", "&", "/", ".", ";", "(", "-"))
NICKNAME_FIRST = frozenset("big lil little baby lady mama papa auntie aunty madam madame".split())
_KIN = "|".join(sorted(KIN | set("nana grandad grandma auntie uncle bf gf ex twin stepdad stepmum step-dad "
                                  "step-mum half-brother half-sister".split()), key=len, reverse=True))
# Zipf frequency: the second of three words after a person's label, a given name English uses
# less, makes the first a name too ("Baby: Ocean Lily Mensah-Grey"; not "Baby Girl ALDRED")
LABELLED_SECOND_MAX = 4.5
# a title said or typed in lower case before a family name, as dictation writes it: "with
# doctor faraday full stop", "G P doctor hallam at", "nurse okafor", "pc jenkins", a staff nurse
# in a crew's note "handed to s/n achebe" (a known name
# English seldom uses as a word: not "doctor who", "nurse practitioner")
_LOWER_TITLED = re.compile(r"(?<![\w'’-])(?P<title>doctor|dr|nurse|s/n|cpn|ccpn|hca|hcsw|rmn|rgn|kw|mr|mrs|ms|miss|mx|pc|dc|ds|sgt|sergeant|judge)\.?[ ]"
                           r"(?P<v>[a-z][a-z'’-]{2,})\b")
LOWER_TITLED_MAX = 4.0  # Zipf frequency below which such a known name is one
RARE_LOWER_TITLED = 3.0  # ... and below which any word is
RARE_STAFF_TITLED = 2.5  # ... after a nurse's or carer's letters, _STAFF_TITLES
_STAFF_TITLES = frozenset("s/n cpn ccpn hca hcsw rmn rgn kw".split())
AMONG_CHILDREN_BEFORE = 200  # characters read before a country's name beside an age for a word of children
NAMED_AS_RARE = 4.0  # Zipf frequency: a working name English uses less is a name ("Sapphire", not "Monday")
FORM_WORDS = frozenset("surname forename name names".split())  # ("Surname (legal name): ____")
# (a country's name is a person's here only among children or beside another's kin: "Children:
# Aaron (9), Kenya (4)", "Jordan (Mason's dad)"; not "Nationalities: Romania (12), Kenya (2)", "Dad
# (India)", "flew to Kenya (mum's country)")
_KIN_NAMED = (
    re.compile(rf"(?i:\b(?:{_KIN}))[ \t]*+\((?P<v>[A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+)?(?:,[^()\n]{{0,20}})?\)"),  # "dad (Jordan)"
    re.compile(rf"(?<!\bto )(?<!\bin )(?<!\bvisits )(?<!\bvisited )\b(?P<v>[A-Z][a-z]+)[ \t]*+\("
               rf"(?:[A-Z][a-z]+(?:[ \t]+and[ \t]+[A-Z][a-z]+)?['’]s[ \t]+)?(?i:{_KIN})\b"),  # "Jordan (Mason's dad)"
    re.compile(r"\b(?P<v>[A-Z][a-z]+)" + AGE_IN_BRACKETS),  # "Kenya (4)"
)
_AMONG_CHILDREN = re.compile(r"(?i:\b(?:child|children|kids?|siblings?|sibs|son|daughter|baby|brother|sister|"
                             r"half-sib\w*|asleep|school|nursery|year\s+\d|contact)\b)")
# ... a name set beside a worker's role, or said to be a working name, whatever else the word is:
# "Will, the new volunteer, did well", "Sapphire (working name) rang" (beside a role, a known
# given name only: not "Luckily, the nurse was there"; said to be a working name, a word English
# seldom uses too: "Sapphire (w/n)")
_BESIDE_ROLE = re.compile(rf"\b(?P<v>[A-Z][a-z]+),[ \t]+(?:the|our|a|my)[ \t]+(?:new[ \t]+|old[ \t]+|other[ \t]+)?"
                          rf"(?:[a-z]+[ \t]+)?(?:{'|'.join(sorted(JOB_HEADS))}|nurse|doctor|student|interpreter|driver|"
                          rf"landlord|neighbour|peer\s+(?:worker|mentor)|vol|FSW|SW|HV|EWO|ISVA|IDVA)\b")
# a family name in capitals and an initial in brackets, as a system lists its people after a
# record's number: "FC-26-0044 (HRYTSENKO N)", "LP-000402 (FERREIRA DA SILVA, B)", "(client_ref=
# FC-26-0313, HEPWORTH D)"
_LISTED_SURNAME = re.compile(r"(?:\(|\((?P<field>[^()\n]{1,40}),[ ])(?P<v>(?P<family>[A-Z][A-Z'’-]{2,})"
                             r"(?P<more>(?:[ ][A-Z][A-Z'’-]+){0,2}),?[ ](?P<initials>[A-Z]{1,2})\.?)"
                             r"(?:,[^()\n]{0,20})?\)")  # ("(HEPWORTH D, 34M)", "(HRYTSENKO, N.)")
# ... after a record's number, before the bracket or in it: a family name not known as one is
# a name only there ("FC-26-0044 (HRYTSENKO N)"; not "(CHLAMYDIA T)", "(CUBICLE C)")
_RECORD_BEFORE = re.compile(r"[A-Z0-9][A-Z0-9/-]*\d[A-Z0-9/-]*[ \t]*$")
# an initial run into a family name by its full stop: "Mrs D.Lowther(mum)", "SIGNED:S.Lowther",
# "S.LOWTHER", "K.O'Neill" (a known family name, or after a title or a label, or a name English
# seldom uses signing at a line's end; not "C.Diff", "H.Pylori")
_INITIAL_RUN_IN = re.compile(r"(?<![\w.])(?P<v>[A-Z]\.(?P<family>[A-Z][a-z'’]{2,}(?:-[A-Z][a-z'’]+)?|[A-Z][A-Z'’]{2,}"
                             r"|O['’][A-Z][a-z]+))(?![\w.])")
_ORGANISMS = frozenset("diff difficile pylori coli aureus vag vaginalis trach trachomatis albicans "
                       "pneumoniae gonorrhoeae pallidum genitalium marcescens".split())  # "C.Diff", "T.Vag"
_TITLE_OR_LABEL_BEFORE = re.compile(r"(?:\b(?i:mr|mrs|ms|miss|mx|dr|rev)\.?[ \t]*|:[ \t]*)$")
LISTED_SURNAME_MAX = 3.5  # Zipf frequency: a family name English uses less ("(MARAC R)" is no name)
_WORKING_NAME = re.compile(r"\b(?P<v>[A-Z][a-z]+)(?:[ \t]*+\((?:her[ \t]+|his[ \t]+|their[ \t]+)?(?:(?:working|stage|real|"
                           r"chosen|new|old|legal|work)[ \t]+name|w/n|wn|WN)\)|[ \t]++[-–][ \t]+working[ \t]+name\b)")
# a child's or a man's nickname of such a word and a kind, capitalised, standing for him: "Little
# Man has chickenpox", "got Lil Man back", "Big Man" (not "the Big Issue", "Little Chef")
_KIND_NICKNAME = re.compile(r"(?<![\w'’-])(?<!(?i:the)[ ])(?:Little|Lil|Big|Baby)[ ](?:Man|Lady|One|Un|Bro|Sis|Boy|Girl)\b"
                            r"(?![ ][A-Z])")  # (not "the Big One")
_STRONG_LAST = frozenset(c[-1] for c in STRONG_CUE)
_INITIAL = re.compile(r"[A-Z]\.?")
# words spoken to at a sentence's end that name nobody ("thanks, Love!", "see you, Monday.")
_NOT_SPOKEN_TO = frozenset("love babe hun hon darling sweetie sweetheart mate guys girls everyone all "
                           "sir madam lady ladies gents folks".split()) | MONTHS_AND_DAYS
# a form's question for a name, at a line's start or after the field before it (two spaces or
# a tab), and its answer on the same line
# (in its own language too, and after the same label in another language and a slash: "Nazwisko
# / Surname:", "Nume/Nom/Last name:", "1. Name (as on ID):")
_NAME_LABELS_ABROAD = "|".join(re.escape(w) for w in sorted(NAME_LABELS_ABROAD, key=len, reverse=True))
_FORM_NAME = re.compile(r"(?im)(?:^[ \t>*-]*(?:\d{1,2}[.)][ \t]*)?|(?<=[ ]{2})|(?<=\t)|(?<=/)[ \t]*)"
                        r"(?:(?:previous |former |maiden |birth |married |legal |other )?"
                        r"(?:ur |your |client(?:'s)? |full[ _]?|first[ _]?|last[ _]?|sur|given[ _]?|"
                        r"family[ _]?|nick|working[ _]?|preferred[ _]?|service user |fore)?names?|" + _NAME_LABELS_ABROAD
                        + r")(?:[ \t]*\([^)\n]{0,40}\))?"
                        r"[ \t]*(?::|[ \t]-)[ \t]*(?P<v>(?:(?![ ]{2})[^\n,;|\t]){1,40}?)(?:[ \t]*$|[ ]{2}|\t)")
# a remark in brackets closing a form's answer that names no one: a date or a span of years, or
# pronouns ("Previous surname: KOWAL (until 2019)", "Preferred name: Kit (they/them)"; not
# "(Dani / Honey)", "(aka honey)")
_PRONOUN = r"(?:she|he|they|her|him|them|his|hers|their|theirs|ze|zie|hir|xe|xem|any|it)"
_BRACKETED_REMARK = re.compile(r"[ \t]*\((?:(?i:(?:until|till|since|from|to|before|after|in|by|approx\.?|c\.|circa)"
                               r"[ \t]+)?[\d/.\- ]*\d[\d/.\- ]*|(?i:" + _PRONOUN + r"(?:[ \t]*/[ \t]*" + _PRONOUN
                               + r")+))\)$")
# a label of a person, not of a name, and the words after it when they make a name: "Client:
# Ruby", "SU - Jade", "Referral for: Precious Okafor" (not "Client: Female, 28", "Pt: New")
_PERSON_LABEL = re.compile(r"(?im)(?:^[ \t>*-]*|(?<=[ ]{2})|(?<=\t)|(?<=[.;][ ]))(?:client|service user|su|pt|patient|caller|"
                           r"referral for|young person|child|mother|father|(?P<kin>baby|mum|dad|son|daughter)|victim|subject|referrer|"
                           r"sender|interpreter|key ?worker|partner|boyfriend|girlfriend|next of kin|nok|"
                           r"emergency contact|worker|seen|guest|tenant|applicant|claimant|witness|"
                           r"complainant|suspect|defendant|accused|volunteer|vol|driver)"
                           r"[ \t]*(?::|[ \t]-)[ \t]*"
                           r"(?P<v>[^\W\d_][\w'’-]*(?:[ ][^\W\d_][\w'’-]*){0,2})(?=[ \t]*(?:[,;(\n]|$|[ ]-|[ ]{2}|\t))")
# what a timed line of a log or a nursing record heads, not a speaker ("22:10 Obs:", "23:00 Van:"),
# besides a form's labels (FORM_LABELS: "Plan:", "Note:")
_LOG_HEADINGS = frozenset("obs ob pain meds bloods vitals handover reception van update call "
                          "visit shift review resus triage sats bp outreach housing summary "
                          "referral safeguarding".split())
DASH_HEAD_MAX = 3.5  # Zipf frequency: a shift log's entry head English uses less is a name
# ("Ploy", "Dao", "Mags", "Tel"; not "Outreach", "Rice", "Tea")
RARE_LABELLED = 3.0  # Zipf frequency below which a word after a person's label is a name
BRACKETED_MAX = 8  # tokens of an organisation in brackets after a closing name
# ... where an initial ends a name (a line's end, a dash, a comma, a gap) after an everyday
# given name (not the words a letter labels: "Ward B", "Wing C", "Floor A")
_NAME_ENDS = re.compile(r"[ \t]*(?:\n|$)|[ \t]*[-–,;)+/!?]|\t|[ ]{2}|['’]s\b|\.[ \t]|"
                        r"[ ](?:to|said|says|did|drove|and|will|was|is|has|had)\b")
_TAKES_A_LETTER = frozenset("ward wing floor block plan grade type bay room flat unit baby twin case "
                            "bed side option group team zone level stage".split())
_LETTER_INITIAL = re.compile(r"[^\W\d_]\.?")  # an initial in any alphabet: "К.", "H"
# a user name heading a chat's line: "angelface.wx:", "jessbabyy_x:" (not "example.com:")
_HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[._][A-Za-z0-9]+)+(?<!\.com)(?<!\.org)(?<!\.net)"
                     r"(?<!\.uk)")
_STAMP = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?|\d{1,2}([./-])\d{1,2}\1\d{2,4}|\d{4}-\d{2}-\d{2}|"
                    r"\d{4}/\d{1,2}/\d{1,2}")  # (... "2027/3/9", as Chinese phones write it)
_TIME = re.compile(r"\d{1,2}[:.]\d{2}")
_DATED = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")  # a stamp with a date in it, not a time alone
_CLOCK = frozenset("am pm a.m. p.m.".split())
_ISO_PART = re.compile(r"\d{2,4}|-")  # the model reads "2027-01-06" as 2027, -, 01, -, 06
_DETERMINERS = frozenset("her his my your their our the a an its".split())
# what only a person does after a lower-case everyday word that is a given name ("storm says"),
# and the words before one that only a person follows ("saw faith", "told joy")
_PERSON_ACTS = frozenset("says said told asked texted rang phoned called wants wanted attended "
                         "arrived agreed declined owes disclosed".split())
_WEEKDAY = re.compile(WEEKDAY, re.IGNORECASE)  # (dates.WEEKDAY: "Mon", "Tues", "Thurs.")
_DEITIES = frozenset("god lord jesus christ allah".split())  # ("thank you Lord")
_TIMES = MONTHS_AND_DAYS | frozenset("summer spring autumn winter".split())  # a season, month or day
_TIME_VERBS = frozenset("came joined".split())
# what only a person does, in the present or the past, after a name opening a sentence ("Hope
# hopes the grant will cover it", "Grant thinks it won't")
_THINKS = frozenset("thinks thought hopes hoped believes believed reckons reckoned prefers "
                    "remembers remembered suggested suggests".split())  # (not "Grant goes to panel",
# "Hope lives on", "Grant felt like a long shot", "Grant decided", "Hope knew no bounds")
# whom a note tells, asks or thanks, capitalised mid-sentence however everyday the name ("Told
# Hope.", "tell Grant", "asked Joy"); not "saw", "met", "visited" ("saw Star Wars")
_TOLD_SOMEONE = frozenset("told tell tells ask asked asking texted text rang ring phoned phone "
                          "thanked messaged emailed reminded remind informed".split())
_SPOKE_TO = frozenset("spoke speak speaking talked talk chatted explained".split())  # ... "to Hope"
# what says the word after a verb of telling begins what was told ("Told Hope was fading")
_VERB_AFTER_TOLD = frozenset("was is were are had has would will could can might must should 's ’s".split())
# a past verb after "Will" that the verb "will" never takes ("Will got his own present")
# (not a past form that is also an adjective or the present: "Will signed forms be kept?",
# "Will missed appointments count?", "Will read it tomorrow")
_PAST_VERBS = frozenset("got took gave came told said wrote drove brought spoke sang".split())
_CAME_SOMEWHERE = frozenset("in into to for with back".split())  # ("Summer came in asking for food")
# verbs whose object is a person carried, fetched, kept company or remembered (not "met", "saw"
# or "visited": "Met Office", "saw Star Wars", "visited Paris")
_TOOK_SOMEONE = frozenset("dropped drove collected escorted accompanied walked hugged thanked "
                          "reassured comforted supported transported remembering mourning "
                          "honouring".split())
# words after which "Will" capitalised is the name, no verb: "to Will", "with Will"
_BEFORE_WILL_THE_NAME = frozenset("to with for from by ask told tell saw met".split())  # (not "and Will ring")
_MET_OR_TOLD = frozenset("saw met told asked texted rang phoned visited tell ask".split())
_THINGS_THAT_SAY = frozenset("lady bell sign note letter text card".split())  # ("bell says")
_DESCRIBING = frozenset("this that boss old young front door".split())  # ("the boss lady says")  # "her Will and..."
# words that qualify a date of birth rather than name whose it is ("Approx DOB 1990")
_DOB_QUALIFIERS = frozenset("approx approximately estimated est stated claimed given real fake "
                            "correct confirmed verified updated surname exact full actual true "
                            "official alleged new old".split())
_KIN = KIN | {"client", "patient"}  # whose date of birth, not a name
_AGE = re.compile(r"1[89]|[2-6]\d")
_COUNTED = frozenset("min mins minutes hour hours hrs hr kg mg ml % pounds quid years yrs days "
                     "weeks times x".split())
_AGE_SEX = re.compile(r"\d{1,2}\s?(?:f|m|yo|y/o|yof|yom|yrs?)")  # "Toni 34F", "Kerry 28yo"
SENTENCE_END = frozenset(".!?:;\n-•*")
SPEAKER_RARE = 3.5  # Zipf frequency: a chat's speaker or a signature English uses less is a name
# a form's field labels, not a chat's speakers ("Age: 31", "Notes: ...")
FORM_LABELS = frozenset("name age dob town area email phone mobile tel contact message notes "
                        "note client referrer address lives organisation re from to subject "
                        "date time plan staff location status reason outcome action".split())
NAME_TITLES = SHORT_TITLES | frozenset("sister nurse officer pc pcso dc ds sgt insp di".split())


def _in_english(doc) -> bool:
    """Is the note English (lowercase_pass.english), read once a note: the doc's text is built
    anew from its tokens each time it is asked for, and asked for each candidate it was
    quadratic (3 s for a chat of 20,000 characters)."""
    if doc.user_data.get("english") is None:
        doc.user_data["english"] = english(doc.text)
    return doc.user_data["english"]


def _greets_as(lowers, j: int) -> bool:
    """Does a greeting and "its" come just before token j ("hi its", "hiya it's", "hey its")?"""
    before = lowers[max(0, j - 3):j]
    return before[-1:] == ["its"] and before[-2:-1] in (["hi"], ["hiya"], ["hey"], ["heya"]) \
        or before[-2:] == ["it", "'s"] and before[-3:-2] in (["hi"], ["hiya"], ["hey"], ["heya"])


def _slashed(doc, i: int) -> bool:
    """Is token i joined to a slash ("S/P", "C/O")?"""
    return (i > 0 and doc[i - 1].text == "/" and not doc[i - 1].whitespace_) \
        or (i + 1 < len(doc) and doc[i + 1].text == "/" and not doc[i].whitespace_)


def _ends_note(doc, j: int) -> bool:
    """Is token j past the note's last word, a kiss or emoji at most after it?"""
    return all(t.lower_ in ("x", "xx", "xxx") or _emoji(t.text) or not t.text.strip() for t in doc[j:j + 4]) \
        and j + 4 >= len(doc)


def _closes_message(doc, j: int) -> bool:
    """Does the line end at token j, after a kiss or a bracketed organisation at most ("x",
    "xx", "(Lantern Project)")?"""
    if j < len(doc) and doc[j].lower_ in ("x", "xx", "xxx"):
        j += 1
    elif j < len(doc) and doc[j].text == "(":
        end = min(len(doc), j + BRACKETED_MAX)  # an organisation's name, not the rest of the note
        while j < end and doc[j].text != ")" and "\n" not in doc[j].text:
            j += 1
        if j == end or doc[j].text != ")":
            return False
        j += 1
    return j >= len(doc) or "\n" in doc[j - 1].whitespace_ or "\n" in doc[j].text


def _before_stamp(doc, k: int) -> int:
    """The token before a chat line's time stamp that ends at k, or k if none does: "[21:14]
    Kaz:", "[06/01/2027, 20:05:13] Kaz:", "06/01/2027, 20:05 - Kaz:" (WhatsApp's exports),
    "22:10 Noi:" (a time alone opening the line)."""
    if k >= 0 and _TIME.fullmatch(doc[k].text) and doc[k].whitespace_ and (
            k == 0 or "\n" in doc[k - 1].text or "\n" in doc[k - 1].whitespace_):
        return k - 1
    if k >= 0 and doc[k].text in ("]", "-", "–"):
        j = k - 1
        while j >= 0 and k - j <= 8 and (_STAMP.match(doc[j].text) or doc[j].text == ","
                                          or doc[j].lower_ in _CLOCK or _ISO_PART.fullmatch(doc[j].text)):
            j -= 1  # "06/01/2027, 20:05", "6/1/27, 8:05 PM", "2027-01-06 20:05" (read in five)
        if j < k - 1:
            if doc[k].text != "]":
                return j
            if j >= 0 and doc[j].text == "[":
                return j - 1
    return k


def _word(text: str) -> bool:
    """Letters only, with the marks some scripts write over them ("น้อย")."""
    return text[:1].isalpha() and all(c.isalpha() or unicodedata.category(c).startswith("M")
                                      for c in text)


def _emoji(text: str) -> bool:
    return bool(text) and all(unicodedata.category(c) in ("So", "Sk", "Mn", "Cf") for c in text)


def _aged(doc, i: int) -> bool:
    """Is token i followed by an adult's age ("Hope 48,", "Summer 21 slim"), not a count of
    something ("Will 20 mins")?"""
    if i + 1 >= len(doc) or not _AGE.fullmatch(doc[i + 1].text):
        return False
    after = doc[i + 2].lower_ if i + 2 < len(doc) else ""
    return after not in _COUNTED


def _after_title(lowers: list[str], i: int) -> bool:
    """Does a title or an initial stand before token i ("DR SEGAL", "MRS. GREENHALGH",
    "FR. O'ROURKE", "K. BOUDREAUX")?"""
    prev = lowers[i - 1] if i else ""
    if prev == "." and i >= 2:
        prev = lowers[i - 2]
    prev = prev.rstrip(".")
    return prev in NAME_TITLES or (len(prev) == 1 and prev.isalpha() and prev not in "ai")


# roles written before a family name in capitals, in records and court lists
_ROLES_BEFORE = NAME_TITLES | WORKER_ROLES | frozenset("recorder judge dj hhj det detective chaperone "
                                                     "advocate scribe resident attending".split())


def _after_role(lowers: list[str], i: int) -> bool:
    """Does a role or a title stand before token i, perhaps with an initial between ("RN
    COLQUITT", "SW A. MCCRAY", "DJ(MC) HARCOURT")?"""
    j = i - 1
    while j >= 0 and lowers[j] in (".", "(mc)", ")", "(", "mc"):
        j -= 1
    if j >= 1 and len(lowers[j].rstrip(".")) == 1 and lowers[j][0].isalpha():
        j -= 1  # an initial: "SW A. MCCRAY"
        while j >= 0 and lowers[j] == ".":
            j -= 1
    return j >= 0 and lowers[j].rstrip(".") in _ROLES_BEFORE


def found_ends(found: list[list[int]], i: int) -> bool:
    """Whether the last name found ends at token i."""
    return bool(found) and found[-1][1] == i


def zipf_of(word: str) -> float:
    return zipf(fold(word))


def _translated_label(text: str, start: int) -> bool:
    """Is the label at `start`, after a slash, a translation of a name's label before it on its
    line ("Nazwisko / Surname:", "Nume/Nom/Last name:")?"""
    line = text[text.rfind("\n", 0, start) + 1:start]
    first = re.match(r"[ \t>*-]*(?:\d{1,2}[.)][ \t]*)?([^\W\d_]+)(?:[ ]([^\W\d_]+))?", line)
    return first is not None and (fold(first.group(1)) in NAME_LABELS
                                  or fold(" ".join(first.groups(""))) in NAME_LABELS)


def _lower_titled_name(word: str, title: str) -> bool:
    """After a title in lower case, a known name English seldom uses as a word, or (after a
    title other than "nurse": "nurse handover") a word it hardly uses at all, five letters or
    more, that is no misspelling, shorthand or English word with an ending ("faraday", "hallam";
    not "who", "practitioner", "appt", "tmrw"); after a nurse's or carer's letters, rarer still
    ("s/n achebe", not "hca chaperone")."""
    if word in STOP_WORDS or word in common_words():
        return False
    if word in family_names() or word in given_names():
        return zipf(word) < LOWER_TITLED_MAX
    rare = RARE_STAFF_TITLED if title in _STAFF_TITLES else RARE_LOWER_TITLED
    return title != "nurse" and zipf(word) < rare and len(word) >= 5 \
        and re.search(r"[aeiouy]", word) is not None \
        and not derived(word) and not misspelt(word) and not specialty_word(word)


class PersonNameRecognizer(TokenRecognizer):
    ENTITIES = ("PERSON",)

    def __init__(self, allow: AllowList):
        self.given, self.family, self.common = given_names(), family_names(), common_words()
        self.given_any_case = given_names_any_case()
        super().__init__(allow)

    def _zipf(self, word: str) -> float:
        return zipf(word)

    def analyze(self, text, entities, nlp_artifacts=None) -> list[RecognizerResult]:
        if nlp_artifacts is None:
            return []
        doc = tokens_of(nlp_artifacts)
        lowers = [t.lower_ for t in doc]
        written = getattr(nlp_artifacts, "as_written", text)
        found: list[list[int]] = []  # [start token, end token (exclusive), score*100]
        for i, tok in enumerate(doc):
            word = tok.text
            if written[tok.idx - 1:tok.idx] == "<" or written[tok.idx - 2:tok.idx] == "</":
                continue  # an XML element's name: "<KnownAs>Jo</KnownAs>"
            if _INITIAL.fullmatch(word) and _slashed(doc, i):
                continue  # "S/P", "C/O", "F/U", "D/C": clinical shorthand, not initials
            if _INITIAL.fullmatch(word) and found and found[-1][1] == i:
                found[-1][1] = i + 1  # "Nadia B", "Sophie T": an initial after a name
                continue
            if _INITIAL.fullmatch(word) and word not in ("I", "A") and found \
                    and found[-1][1] == i - 1 and lowers[i - 1] in ("or", "aka", "/"):
                found.append([i, i + 1, 50])  # "Tyrone or T": a name's initial as an alias
                continue
            if _INITIAL.fullmatch(word) and i > 0 and not found_ends(found, i) \
                    and doc[i - 1].text.isalpha() and fold(doc[i - 1].text) in self.given \
                    and fold(doc[i - 1].text) not in self.common and word not in ("I", "A") \
                    and doc[i - 1].whitespace_ and not doc[i].whitespace_ == "\n":
                found.append([i - 1, i + 1, 50])  # "ROSIE M": a given name and an initial
                continue
            if _INITIAL.fullmatch(word) and i > 0 and not found_ends(found, i) \
                    and word not in ("I", "A") and doc[i - 1].text.istitle() \
                    and fold(doc[i - 1].text) in self.given and doc[i - 1].whitespace_ == " " \
                    and fold(doc[i - 1].text) not in _TAKES_A_LETTER \
                    and _NAME_ENDS.match(written, tok.idx + len(word)):
                found.append([i - 1, i + 1, 50])  # "vol Will H", "Mercy A   +44": an
                continue  # everyday given name and an initial, where the name ends
            if _INITIAL.fullmatch(word) and self._surname_after(doc, i + 1):
                found.append([i, i + 1, 50])  # "R. Matthews", "J M Kerr": initials before a surname
                continue
            if not word.isalpha() or len(word) < 2:
                continue
            key = fold(word)
            if self.allow.covers_word(word) or key in TITLES:
                continue
            # an acronym (PESEL, IBAN, LARC), or a word written in capitals that is no known
            # name: the model decides, but for a family name in capitals after a given name
            if key not in self.given and key not in self.family and (
                    word.isupper() and len(word) > 1
                    or written[tok.idx:tok.idx + len(word)].isupper() and not _after_title(lowers, i)):
                # (six letters at least where the note keeps its case: "Maria PESEL 8901...",
                # "Ana LARC" are acronyms)
                if found and found[-1][1] == i and i > 0 \
                        and len(word) >= (6 if word.isupper() else 3) \
                        and doc[i - 1].text[:1].isupper() and not doc[i - 1].text.isupper() \
                        and self._zipf(word) < RARE:
                    found[-1][1] = i + 1  # "Supaporn KAEWMANEE": a family name in capitals
                elif written[tok.idx:tok.idx + len(word)].isupper() and len(word) >= 4 \
                        and not found_ends(found, i) \
                        and _after_role(lowers, i) and self._zipf(word) < RARE \
                        and key not in _ROLES_BEFORE and key not in JOB_HEADS and not specialty_word(word) \
                        and not key.endswith(DRUG_ENDINGS) and key not in ("narcan", "naloxone") \
                        and not self.allow.covers_word(word) and not _NUMBER_LABEL.fullmatch(word):
                    found.append([i, i + 1, 60])  # "CHAPERONE RN COLQUITT", "SW A. MCCRAY",
                    # "RECORDER LYDDIARD": a family name in capitals after a role
                elif i > 0 and not found_ends(found, i) and word.isupper() and len(word) >= 4 \
                        and written[doc[i - 1].idx:tok.idx].rstrip(" ").istitle() \
                        and written[tok.idx:tok.idx + len(word)].isupper() \
                        and (fold(doc[i - 1].text) in self.given
                                                           or self._zipf(doc[i - 1].text) < UNKNOWN) \
                        and doc[i - 1].whitespace_ == " " and self._zipf(word) < RARE \
                        and not self.allow.covers_word(word) \
                        and not _NUMBER_LABEL.fullmatch(word) \
                        and fold(doc[i - 1].text) not in TITLES | MONTHS_AND_DAYS:
                    found.append([i - 1, i + 1, 60])  # "Blessing OSAGIE", "Mariya ASENOVA": a
                    # given name, everyday or unknown, before a family name in capitals
                continue
            if labels_a_number(text, tok.idx + len(word), word):
                continue  # "Hosp no D3301478"
            score = self._score(doc, lowers, i, word, key)
            after_name = found and found[-1][1] in (i - 1, i - 2) and lowers[i - 1] in ("and", "&", ",")
            if not score and after_name and word[0].isupper() and key not in self.common:
                score = 60  # "Mei Ling and Jin": a capitalised word joined to a name
            if score:
                if found and found[-1][1] == i:
                    found[-1][1] = i + 1
                else:
                    found.append([i, i + 1, score])
            elif found and found[-1][1] == i and word[0].isupper() and key not in self.common \
                    and not doc[i - 1].is_punct:
                found[-1][1] = i + 1  # family name after a given name
        found.extend(self._listed(doc, lowers, found))
        found.extend(self._dash_items(doc, found))
        found.extend(self._speakers(doc, found))
        found.extend(self._signed(doc, found))
        found.extend(self._introduced(doc, lowers, found))
        for span in found:  # "Big Sue", "Lil Kim": a nickname's first word is part of it
            if span[0] > 0 and lowers[span[0] - 1] in NICKNAME_FIRST:
                span[0] -= 1
            # "Ana-Maria", "Mary-Jane": a hyphenated name's first half is part of it
            if span[0] > 1 and doc[span[0] - 1].text == "-" and not doc[span[0] - 1].whitespace_ \
                    and not doc[span[0] - 2].whitespace_ and doc[span[0] - 2].text.isalpha() \
                    and doc[span[0] - 2].text[:1].isupper():
                span[0] -= 2
        return [RecognizerResult("PERSON", doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), sc / 100)
                for s, e, sc in found] + self._form_names(text) + self._named_by_their_place(text, written) \
            + [RecognizerResult("PERSON", m.start(), m.end(), 0.6) for m in _KIND_NICKNAME.finditer(text)]

    def _named_by_their_place(self, text: str, written: str) -> list[RecognizerResult]:
        """A given name a record sets beside an age or a kin word in brackets, a worker's role
        or "(working name)", even one that is also a country or a word: "Kenya (4) - asleep
        upstairs", "Jordan (Mason's dad)", "dad (Jordan)", "Will, the new volunteer," (not "April
        (3)": a word English uses as often as a name); and a family name after a title in lower
        case ("with doctor faraday")."""
        return [RecognizerResult("PERSON", m.start("v"), m.end("v"), 0.6)
                for pattern in _KIN_NAMED for m in pattern.finditer(text)
                if fold(m.group("v")) in given_names() and fold(m.group("v")) not in common_words()
                and (pattern is _KIN_NAMED[1] or not self.allow.covers_word(m.group("v"))
                     or _AMONG_CHILDREN.search(text, max(0, m.start() - AMONG_CHILDREN_BEFORE), m.end() + 40))] \
            + [RecognizerResult("PERSON", m.start("v"), m.end("v"), 0.6) for m in _LOWER_TITLED.finditer(written)
               if _lower_titled_name(fold(m.group("v")), m.group("title"))] \
            + [RecognizerResult("PERSON", m.start("v"), m.end("v"), 0.6) for m in _BESIDE_ROLE.finditer(text)
               if fold(m.group("v")) in given_names()] \
            + [RecognizerResult("PERSON", m.start("v"), m.end("v"), 0.6) for m in _INITIAL_RUN_IN.finditer(written)
               if self._run_in(m, written)] \
            + [RecognizerResult("PERSON", m.start("v"), m.end("v"), 0.6) for m in _LISTED_SURNAME.finditer(written)
               if self._listed_surname(m, written)] \
            + [RecognizerResult("PERSON", m.start("v"), m.end("v"), 0.6) for m in _WORKING_NAME.finditer(text)
               if fold(m.group("v")) in given_names() or zipf(fold(m.group("v"))) < NAMED_AS_RARE
               and fold(m.group("v")) not in STOP_WORDS and fold(m.group("v")) not in FORM_WORDS]

    def _run_in(self, m: re.Match, written: str) -> bool:
        """Is _INITIAL_RUN_IN's "D.Lowther" a person: a known family name, after a title or a
        label, or a name English seldom uses signing at a line's end ("... A.Whitlow")?"""
        family = fold(m.group("family").replace("’", "'"))
        return (family in self.family
                or _TITLE_OR_LABEL_BEFORE.search(written, max(0, m.start() - 6), m.start()) is not None
                or re.match(r"[ \t]*(?:\n|$)", written[m.end():]) is not None
                and zipf(family) < LISTED_SURNAME_MAX) \
            and not self.allow.covers_word(m.group("family")) and family not in _ORGANISMS

    def _listed_surname(self, m: re.Match, written: str) -> bool:
        """Is _LISTED_SURNAME's "(HRYTSENKO N)" a person: a known family name, or one English
        seldom uses after a record's number, and no acronym, nationality or words ("(CANTONESE
        NOT OK)")?"""
        family = fold(m.group("family"))
        return (family in self.family
                or zipf(family) < LISTED_SURNAME_MAX
                and (_RECORD_BEFORE.search(written, max(0, m.start() - 20), m.start()) is not None
                     or bool(m.group("field")) and re.search(r"\d", m.group("field")) is not None)) \
            and re.search(r"[AEIOUY]", m.group("family")) is not None \
            and not self.allow.covers_word(m.group("family")) \
            and m.group("family") not in SHORTHAND and family not in DEMONYMS \
            and not any(fold(w) in STOP_WORDS for w in (m.group("more") + " " + m.group("initials")).split()) \
            and m.group("initials") not in SHORTHAND

    def _form_names(self, text: str) -> list[RecognizerResult]:
        """The answer to a form's name question, in any case: "ur name (any name is fine):
        crystal", "Client name - jade", "Your name: Mohammed (Mo) Rahman" (up to the line's
        end, a comma or the next field two spaces on; a title before it kept; no answer such
        as "n/k", "declined", "unknown")."""
        out = []
        for m in _FORM_NAME.finditer(text):
            if text[:m.start()].rstrip(" \t").endswith("/") and not _translated_label(text, m.start()):
                continue  # "Medication / Name: Sertraline": a drug's name
            start, end = after_titles(text, *m.span("v")), m.end("v")
            if (bracket := _BRACKETED_REMARK.search(text, start, end)) and bracket.start() > start:
                end = bracket.start()  # "Previous surname: KOWAL (until 2019)"
            value = text[start:end]
            if value and fold(value) not in NO_ANSWER and not self.allow.covers(value):
                out.append(RecognizerResult("PERSON", start, end, 0.6))
        for m in _SALUTATION.finditer(text):  # "Dear Summer", "Hi Orla,": whoever a letter greets
            # (a given name that is a country's too: "Dear Georgia")
            if fold(m.group("v")) not in _GREETED_NOBODY and (
                    fold(m.group("v")) in self.given or not self.allow.covers_word(m.group("v"))):
                out.append(RecognizerResult("PERSON", *m.span("v"), 0.6))
        for m in _DOUBLE_GIVEN.finditer(text):  # "Summer-Rose", "Lily-Mae": two given names joined
            keys = [fold(m.group(1)), fold(m.group(2))]
            if all(k in self.given and k not in MONTHS_AND_DAYS and k not in STOP_WORDS for k in keys) \
                    and not self.allow.covers(m.group()):
                out.append(RecognizerResult("PERSON", m.start(), m.end(), 0.6))
        for title in (_TITLE_ENDS_WITH, _TITLE_STARTS_WITH):
            if (m := title.match(text)) and (key := fold(m.group("v"))) in self.given \
                    and key not in STOP_WORDS and key not in PEOPLE_NOUNS \
                    and key not in MONTHS_AND_DAYS and key not in TITLES \
                    and key not in self.common and zipf(key) < PLAIN_GIVEN_MAX \
                    and not (title is _TITLE_ENDS_WITH and _ATTRIBUTE.search(text, 0, m.start("v"))):
                out.append(RecognizerResult("PERSON", *m.span("v"), 0.6))
        for m in _PERSON_LABEL.finditer(text):
            # the capitalised words that open the answer: "Volunteer: Hope (first shift!)",
            # "Driver: Gaz taxi"
            opening = list(re.finditer(r"\S+", m.group("v")))
            capitalised = 0
            while capitalised < len(opening) and opening[capitalised].group()[:1].isupper():
                capitalised += 1
            words = [w.group() for w in opening[:capitalised]]
            first = fold(words[0]) if words else ""
            if words and first not in NO_ANSWER \
                    and first not in MONTHS_AND_DAYS and first not in TITLES \
                    and (first in self.given or zipf(first) < RARE_LABELLED and not m.group("kin")
                         # (a word before a given name: "Baby: Ocean Lily Mensah-Grey")
                         or len(words) >= 3 and fold(words[1]) in self.given and fold(words[1]) not in self.common
                         and zipf(fold(words[1])) < LABELLED_SECOND_MAX) \
                    and not self.allow.covers(" ".join(words)) \
                    and not self.allow.covers_word(words[0]):
                start = m.start("v")
                out.append(RecognizerResult("PERSON", start, start + opening[capitalised - 1].end(),
                                            0.6))
        return out

    def _surname_after(self, doc, i: int) -> bool:
        """Is token i a capitalised word of two letters or more that English seldom uses,
        perhaps after another initial ("R. Matthews", "J M Kerr"; not "P L HIP")?"""
        if i < len(doc) and _INITIAL.fullmatch(doc[i].text) and not _slashed(doc, i):
            i += 1
        return i < len(doc) and doc[i].text[:1].isupper() and doc[i].text.isalpha() \
            and len(doc[i].text) > 1 and fold(doc[i].text) not in self.common

    def _listed(self, doc, lowers, found) -> list[list[int]]:
        """Names listed after a label of people ("Staff: Bev, Mo", "Crew: Fi and Jo",
        "AKA: HJ, Angel"): each item of one or two capitalised words, up to the end of the
        sentence or the first item that is not one (lower case, a number, a bracket)."""
        taken = {i for s, e, _ in found for i in range(s, e)}
        listed = []
        for i in range(len(doc) - 2):
            if lowers[i] not in LIST_LABELS or doc[i + 1].text != ":":
                continue
            j = i + 2
            while j < len(doc):
                while j < len(doc) and doc[j].text in ('"', "'", "“", "”", "‘", "’"):
                    j += 1
                k = j
                while k < len(doc) and k - j < 2 and doc[k].text.isalpha() \
                        and doc[k].text[:1].isupper() and fold(doc[k].text) not in STOP_WORDS \
                        and fold(doc[k].text) not in TITLES \
                        and not self.allow.covers_word(doc[k].text) \
                        and "\n" not in doc[k - 1].text:
                    k += 1
                end = k
                while k < len(doc) and doc[k].text in ('"', "'", "“", "”", "‘", "’"):
                    k += 1
                complete = k == len(doc) or lowers[k] in LIST_END or "\n" in doc[k].text \
                    or "\n" in doc[k - 1].whitespace_
                if end == j or not complete:  # "Team: Outreach van" is no list of names
                    break
                if not any(t in taken for t in range(j, end)):
                    listed.append([j, end, 50])
                if k < len(doc) and lowers[k] in (",", "and", "&", "/") and "\n" not in doc[k].text:
                    j = k + 1
                else:
                    break
        return listed

    def _dash_items(self, doc, found) -> list[list[int]]:
        """A shift log's entries "LORNA - food bank. SHAZ - wants nurse. Precious - left":
        once one entry's head is a name found, every other entry head of one capitalised word
        that is a known name or a word English seldom uses is one too (not "Outreach - quiet
        night", "Van - 3 out")."""
        heads = [i for i in range(len(doc) - 1)
                 if doc[i + 1].text in ("-", "–") and doc[i].whitespace_ and doc[i + 1].whitespace_
                 and (i == 0 or doc[i - 1].text[-1:] in ".!?;" or "\n" in doc[i - 1].text
                      or "\n" in doc[i - 1].whitespace_)
                 and doc[i].text.isalpha() and doc[i].text[:1].isupper()]
        starts = {s for s, e, _ in found if e == s + 1}
        if not any(i in starts for i in heads):
            return []
        taken = {i for s, e, _ in found for i in range(s, e)}
        return [[i, i + 1, 50] for i in heads
                if i not in taken and fold(doc[i].text) not in self.common
                and fold(doc[i].text) not in TITLES and not self.allow.covers_word(doc[i].text)
                and fold(doc[i].text) not in PEOPLE_NOUNS and fold(doc[i].text) not in _LOG_HEADINGS
                and (fold(doc[i].text) in self.given or fold(doc[i].text) in self.family
                     or self._zipf(doc[i].text) < DASH_HEAD_MAX
                     or doc[i].text.isupper() and len(doc[i].text) <= 4)]  # ("JJ", "MAGS")

    def _speakers(self, doc, found) -> list[list[int]]:
        """A chat's speakers, heading its lines ("Nads: omg", "[21:14] Kaz: ...", "Ruby 🌹:",
        "06/01/2027, 20:05 - Kaz: ...",
        "Faith 07:12: u up?", "Оксана 08.03.2026 20:14: ..."):
        in a note of two or more such lines where a speaker comes back or one is a name found
        or a known given name, every speaker of one word that is a known given name, a word
        English seldom uses, or one who speaks more than once ("Mo: soz babe" ... "Mo: ring")."""
        heads, ends, stamped, timed = [], {}, set(), set()
        for i in range(len(doc) - 1):
            if not _word(doc[i].text) and not _HANDLE.fullmatch(doc[i].text):
                continue
            j = i + 1
            while j < min(len(doc), i + 4) and _emoji(doc[j].text):
                j += 1  # "Ruby 🌹:" (a few emoji at most: linear on a run of them)
            name_end = i + 1
            if j < len(doc) - 1 and _LETTER_INITIAL.fullmatch(doc[j].text) and doc[j].text[0].isupper():
                j += 1  # "Світлана К. 08.03.2026 20:16:", "Mags H: Tom can you cover?"
                name_end = j
            colon = False
            if j < len(doc) - 2 and doc[j].text == "(" and doc[j + 2].text in (")", "):"):
                colon = doc[j + 2].text == "):"  # "梅 (项目):", "Oksana (vol):": a role
                j += 3
            stamped_line = j
            if j < len(doc) - 2 and doc[j].text == "\n" and _TIME.fullmatch(doc[j + 1].text) \
                    and (j + 2 == len(doc) or "\n" in doc[j + 2].text):
                j += 2  # the name, and the time below it, each on its own line (Telegram's copy)
            for _ in range(2):  # "Faith 07:12:", "Оксана 08.03.2026 20:14:", "Ксюша 💅, 20.11.2026 22:14"
                if j < len(doc) - 2 and doc[j].text == "," and _STAMP.fullmatch(doc[j + 1].text):
                    j += 1
                if j < len(doc) - 1 and _STAMP.fullmatch(doc[j].text.rstrip(",")):
                    j += 1
            second = j == i + 1 and j < len(doc) - 1 and doc[j].text.isalpha() \
                and doc[j].text[:1].isupper() and doc[j + 1].text == ":"
            # ... the second word a name too ("Guy Page:"), not a label's ("Danny Work:")
            surname = second and (fold(doc[j].text) in self.family or fold(doc[j].text) in self.given
                                  or zipf(fold(doc[j].text)) < SPEAKER_RARE)
            # the message on the next line, after the speaker and time ("Ксюша, 20.11.2026 22:14")
            below = j > stamped_line and j < len(doc) and "\n" in doc[j].text
            if not colon and not below and (j >= len(doc) or doc[j].text != ":" and not second):
                continue
            first = i  # "Ana-Maria:" is read as Ana, -, Maria
            if i > 1 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ \
                    and not doc[i - 2].whitespace_ and doc[i - 2].text[:1].isupper():
                first = i - 2
            k = _before_stamp(doc, first - 1)
            if k < first - 1 or not second or surname:  # ("Pat Moss: 70?? Never", no stamp)
                if k < 0 or "\n" in doc[k].text or "\n" in doc[k].whitespace_:
                    if k == first - 2 and _TIME.fullmatch(doc[first - 1].text):
                        timed.add(i)  # "22:10 Noi:" (a log's "22:10 Obs:" too)
                    heads.append(i)
                    ends[i] = j + 1 if surname else j if second else name_end
                    stamp = "".join(doc[t].text for t in range(k + 1, first))
                    if k < first - 1 and _DATED.search(stamp):
                        stamped.add(i)  # a chat app's export: its stamps carry the date
        if len(heads) < 2:
            return []
        words = [fold(doc[i].text) for i in heads]
        starts = {s for s, e, _ in found if e == s + 1}
        # after a chat export's time stamps ("06/01/2027, 20:05 - Precious:") a speaker of one
        # or two words is a name however common the words are; elsewhere the rules above
        exported = len(stamped) >= 2
        if not exported and len(set(words)) == len(words) and not any(i in starts for i in heads) \
                and not any(w in self.given and w not in FORM_LABELS for w in words):
            return []
        # (a transcript's role letters are no speakers: "I:", "P:"; a letter that stands for a
        # person is letter_names.py's: "Esi Mensah (E)" ... "E: Thank you")
        taken = {i for s, e, _ in found for i in range(s, e)}
        return [[i, ends[i], 50] for i, key in zip(heads, words)
                if i not in taken and key not in STOP_WORDS and key not in TITLES
                and key not in FORM_LABELS and not self.allow.covers_word(doc[i].text)
                and (key in self.given or zipf(key) < SPEAKER_RARE
                     or i not in timed and (words.count(key) > 1 or exported and i in stamped))
                and not (i in timed and key in _LOG_HEADINGS) and key.upper() not in TRANSCRIPT_ROLES
                and (key not in PEOPLE_NOUNS and key not in _SPEAKING_ROLES or ends[i] - i >= 2)]  # ("Man:", "Guy Page:")

    def _introduced(self, doc, lowers, found) -> list[list[int]]:
        """A name a message opens with, however common the word: "hiya its summer from the
        other nite", "hi it's joy here x", "this is rose from bevs", "hey i'm kev, ring me".
        At a message's or line's start, after a greeting at most; the word is a known given
        name or one English seldom uses (not "its me from earlier", "its ok here"), and what
        follows closes an introduction (from, here, again, a kiss, a comma or a full stop)."""
        taken = {i for s, e, _ in found for i in range(s, e)}
        out = []
        for i in range(1, len(doc)):
            if i in taken or not doc[i].text.isalpha():
                continue
            j = i - 1
            if lowers[j] in ("its", "im"):
                pass
            elif lowers[j] in ("'s", "’s", "'m", "’m") and j >= 1 and lowers[j - 1] in ("it", "i"):
                j -= 1
            elif lowers[j] == "is" and j >= 1 and lowers[j - 1] == "this":
                j -= 1
            else:
                continue
            if j >= 1 and lowers[j - 1] in _GREETINGS:
                j -= 1
            opens = j == 0 or "\n" in doc[j - 1].text or "\n" in doc[j - 1].whitespace_ \
                or doc[j - 1].text in (".", "!", "?", ":")
            nxt = lowers[i + 1] if i + 1 < len(doc) else ""
            key = fold(doc[i].text)
            if opens and (nxt in _INTRODUCTION_ENDS or i + 1 == len(doc)) \
                    and key not in STOP_WORDS and key not in TITLES \
                    and not self.allow.covers_word(doc[i].text) \
                    and (key in self.given or zipf(key) < SPEAKER_RARE):
                out.append([i, i + 1, 60])
        return out

    def _signed(self, doc, found) -> list[list[int]]:
        """A name signed after a dash: "... legend. - Damo if ur reading this", "thanks - Gem",
        "Thanks, - Damien"; or closing a message, after its last sentence: "The nurse is
        Kerry. Mags x", "ok to share. Mags (Lantern Project)": one capitalised word, a known
        given name or a word English seldom uses. A name spoken to at a sentence's end,
        after a comma ("Where are my keys, Summer?", "ta, Jade!"), may be any given name."""
        taken = {i for s, e, _ in found for i in range(s, e)}
        out = []
        for i in range(1, len(doc)):
            if i in taken:
                continue
            vocative = asked = False
            if doc[i - 1].text in ("-", "–", "—", "~"):
                before = doc[i - 2].text if i >= 2 else "\n"
                if not (before[-1:] in ".!?)," or _emoji(before) or "\n" in before
                        or (i >= 2 and "\n" in doc[i - 2].whitespace_)):
                    continue
            elif doc[i - 1].text == ",":
                vocative = i + 1 < len(doc) and doc[i + 1].text in ("?", "!", ".", "!!", "??") \
                    and _closes_message(doc, i + 2) or i + 1 == len(doc)
                if not vocative:
                    continue
            elif i + 1 < len(doc) and doc[i + 1].text in ("?", "!", "?!") and _closes_message(doc, i + 2) \
                    and doc[i - 1].is_alpha and doc[i - 1].text.islower() \
                    and doc[i - 1].lower_ not in _DETERMINERS | STOP_WORDS:  # (not "the Water Bill?")
                vocative = asked = True  # "Does this mean a new van Will?": spoken to, no comma
            elif not (doc[i - 1].text in (".", "!", "?") and _closes_message(doc, i + 1)):
                continue
            word, key = doc[i].text, fold(doc[i].text)
            # the note's last word, a known given name however everyday: "... at St Agatha's. Will",
            # "Be there by 7. Guy", "the roses are sulking. - Summer"
            last = key in self.given and _ends_note(doc, i + 1) \
                and not (key in STOP_WORDS and doc[i - 1].text == ",") \
                and not _after_a_word_alone(doc, i)  # ("yes, Will.": I will; "Respect. Dignity. Hope")
            if asked and key not in self.given:
                continue  # ("Did you watch Eastenders?")
            if word.isalpha() and word[:1].isupper() and (key not in STOP_WORDS or last
                                                          or asked and key in self.given) \
                    and key not in TITLES and key not in FORM_LABELS \
                    and not self.allow.covers_word(word) and key not in _NOT_SPOKEN_TO \
                    and ((key in self.given and (vocative or last or key not in self.common))
                         or zipf(key) < SPEAKER_RARE):
                out.append([i, i + 1, 50])
        return out

    def _score(self, doc, lowers, i, word, key) -> int:
        # (the world registers' names count capitalised only: "told nani", "GAD 7" are words)
        given = self.given if word.istitle() else self.given_any_case
        # a form's label: "Known as: Dazzy", "Preferred name: Pree" (the colon is read past)
        j = i - 1 if i and lowers[i - 1] == ":" else i
        prev = lowers[j - 1] if j else ""
        # ... and a quote: 'said her name was "Summer"'
        q = j - 1 if j and lowers[j - 1] in ('"', "“", "'", "‘") else j
        prev2 = tuple(lowers[max(0, q - 2):q])
        strong = prev2[-1:] and prev2[-1] in _STRONG_LAST \
            and any(prev2[-len(c):] == c for c in STRONG_CUE if len(prev2) >= len(c))
        if strong and key not in STOP_WORDS:
            return 80
        nxt = lowers[i + 1] if i + 1 < len(doc) else ""
        # a word just before a date of birth is whose it is, however common: "Star DOB
        # 11.11.2002", "Walk in. kirsty DOB 18/9/95" (not "Pt DOB", "her DOB", "son DOB")
        after = i + 1 + (i + 1 < len(doc) and doc[i + 1].text in ("(", ",", "-", "–"))
        dob = lowers[after].rstrip(".:") if after < len(doc) else ""  # "Star (DOB ...", "Star, DOB"
        if dob in ("dob", "d.o.b") and key not in STOP_WORDS and key not in TITLES \
                and key not in FORM_LABELS and key not in _KIN and key not in _DOB_QUALIFIERS \
                and len(word) >= 2 and doc[i].ent_type_ not in ("NORP", "LANGUAGE") \
                and (key in given or word[:1].isupper()
                     and (key in self.family or self._zipf(word) < CUED_MAX)) \
                and any(c.isdigit() for t in doc[after + 1:after + 3] for c in t.text):  # the date
            return 60
        # "Dr." and "St." end in a full stop but end no sentence ("seen by Dr. Harlow")
        titled = prev.endswith(".") and prev[:-1] in SHORT_TITLES
        sentence_start = i == 0 or (doc[i - 1].text[-1:] in SENTENCE_END and not titled) \
            or "\n" in doc[i - 1].text
        known = key in given or key in self.family
        cue = prev.rstrip(".") in CUE_BEFORE or nxt in CUE_AFTER or titled
        weak = nxt in WEAK_AFTER or prev == "and"
        if word[0].isupper():
            # Nationalities and languages ("English", "Romanian") are kept, but the small model
            # also tags names such as Tracey as nationalities: a given name stays a name.
            zipf = self._zipf(word)
            if key == "will" and (i > 0 and not sentence_start and lowers[i - 1] in _BEFORE_WILL_THE_NAME
                                  or _thanked_or_with_me(lowers, i) or _on_a_rota(doc, lowers, i)):
                return 60  # "Spoke to Will about the rota", "thanks Will", "Tue - Will": no verb goes there
            if key == "will" and (nxt in CUE_AFTER or nxt in ("to", "on", "will")
                                  or nxt in _PAST_VERBS and not _asks(doc, i)
                                  or nxt.endswith("ing") and len(nxt) >= 6 and nxt.isalpha()) \
                    and (i == 0 or lowers[i - 1] not in _DETERMINERS):
                return 60  # "Will driving the van", "Will says", "broken, Will to ring Duncan",
                # "Will got his own present", "Will will find out": the verb "will" goes before
                # no such word; the name does
            # ... but a word English never uses is no nationality ("you and Jonyeee")
            # (after a title it is a name: "Dr Segal", which the model may call a nationality)
            if (doc[i].ent_type_ in ("NORP", "LANGUAGE") and key not in given
                    and zipf >= NATIONALITY_MIN and not _after_title(lowers, i)) \
                    or key in STOP_WORDS:
                return 0
            plain_name = known and key not in self.common
            if key in given and key not in PEOPLE_NOUNS and key not in ENDEARMENTS \
                    and _thanked_or_with_me(lowers, i):
                return 60  # "Thank you Hope for the flowers", "van with me + Summer"
            if key in given and key not in PEOPLE_NOUNS and prev in _TOOK_SOMEONE \
                    and zipf < EVERYDAY_NAME and not (i + 1 < len(doc) and doc[i + 1].text[:1].isupper()):
                return 60  # "Dropped Star at the station", "escorted Mercy to court"
            if key in given and key not in PEOPLE_NOUNS and key not in MONTHS_AND_DAYS \
                    and _on_a_rota(doc, lowers, i):
                return 60  # a rota's "Mon - Hope; Tue - Grace"
            if not sentence_start and key in given and (prev in _TOLD_SOMEONE or _spoke_to(lowers, i)) \
                    and nxt not in _VERB_AFTER_TOLD and (nxt in STOP_WORDS or not nxt.isalpha() or nxt == "re") \
                    and zipf < EVERYDAY_NAME and key not in PEOPLE_NOUNS and key not in ENDEARMENTS \
                    and key not in _DEITIES and key not in MONTHS_AND_DAYS:
                return 60  # "Told Hope.", "ask Grace", "Spoke to Hope": capitalised, whom one tells
                # (not "Told Hope was fading", "Told Summer holidays start": what was told)
            if key in given and zipf < EVERYDAY_NAME and nxt in ("'s", "’s") and word.istitle() \
                    and not _contraction_after(lowers, i + 1) \
                    and key not in PEOPLE_NOUNS and key not in _TIMES and key not in _DEITIES \
                    and key not in ENDEARMENTS:
                return 60  # "Bill's birthday", "Hope's idea" (not "Hope's fading": "is")
            if i == 0 and key in given and key not in _TIMES and key not in PEOPLE_NOUNS \
                    and nxt in ("-", "–", ",") and i + 2 < len(doc) and lowers[i + 2] in _ADDRESSED_AFTER:
                return 60  # "Mark - thank you for six years of the zine", "Hope, can you ..."
            if not sentence_start:
                if plain_name or zipf < RARE or (cue and zipf < CUED_MAX) or (weak and known):
                    return 60
                if known and _aged(doc, i):
                    return 60  # "Mature lady Hope 48": an everyday word that is a name
                return 0
            if known and key not in STOP_WORDS and key not in PEOPLE_NOUNS \
                    and zipf < EVERYDAY_NAME and (_verb_after(lowers, i) in PERSON_VERBS or nxt == "to"
                                                  and i + 2 < len(doc) and lowers[i + 2] in TASK_VERBS
                                                  or not word.isupper() and key not in _TIMES
                                                  and _verb_after(lowers, i) in _THINKS) \
                    and not (key in _TIMES and _verb_after(lowers, i) in _TIME_VERBS
                             and not (i + 2 < len(doc) and lowers[i + 2] in _CAME_SOMEWHERE)):
                return 60  # "Star took 20 condoms", "Dawn to report post": only a person does
                # (a time comes and goes: "Summer came early", "June came round")
            if key in given and key not in self.common and key not in PEOPLE_NOUNS \
                    and zipf < PLAIN_GIVEN_MAX and _verb_after(lowers, i) in THING_VERBS \
                    and not _participle_after(lowers, i):
                return 60  # "Precious lost her phone", "Holly uses a screening app"
            if key in self.common:
                return 0
            if zipf < RARE and len(word) >= 4 and i + 1 < len(doc) and len(nxt) >= 5 \
                    and doc[i + 1].text.isupper() and doc[i + 1].text.isalpha() \
                    and self._zipf(nxt) < RARE and nxt not in self.common:
                return 60  # "Re: Supaporn KAEWMANEE DOB ...": a given name, its family in capitals
            if (nxt in CUE_AFTER or _AGE_SEX.fullmatch(nxt)) and (known or zipf < CUED_MAX):
                return 60
            if key in given and key not in self.common and zipf < PLAIN_GIVEN_MAX \
                    and nxt in _MODALS and (i + 2 >= len(doc) or lowers[i + 2] != "be") \
                    and not (i + 3 < len(doc) and lowers[i + 2] in ("n't", "not") and lowers[i + 3] == "be"):
                return 60  # "Kelly can't pay" (not "Caller would", "Bond will be returned")
            if i == 0 and nxt in VOCATIVE_AFTER and (known or zipf < RARE):
                return 60
            if weak and ((known and zipf < CUED_MAX) or zipf < 2.0):
                return 60
            # (a dash apart: not "Harm-reduction", "geo-block"; no count after it: "Amber - 4 women")
            if key in given and key not in self.common and nxt in _REMARK_AFTER \
                    and zipf < CUED_MAX and key not in PEOPLE_NOUNS and doc[i].whitespace_ \
                    and not (nxt in "-–—" and i + 2 < len(doc) and doc[i + 2].text.isdigit()):
                return 60  # "Kim - 2nd day", "Carmen happy for results by text"
            if known and zipf < 3.5:
                return 50
            if zipf < SENTENCE_RARE and len(word) >= 4 and not word.isupper() \
                    and nxt.isalpha() and doc[i + 1].text.islower() and zipf_of(nxt) >= ENGLISH \
                    and not derived(key) and not misspelt(key) and _in_english(doc[i].doc):
                return 50  # "Pyrion continues his streak": a word English never uses, then English
            return 0
        # lower case: after a title, a family name or a word English seldom uses ("mr patel")
        if prev.rstrip(".") in ("mr", "mrs", "ms", "miss", "dr") and key not in STOP_WORDS \
                and (key in self.family or self._zipf(word) < CUED_MAX - 1):
            return 50
        # lower case, a given name that is an everyday word ("hope", "storm", "summer"), where
        # only a person stands in a note in English: before what a person says or does ("storm
        # says", "hope rang"), or after a word of meeting or telling one ("saw faith", "told
        # joy"); not after a determiner ("her hope"), nor a stop word ("will", "may")
        if key in given and key not in STOP_WORDS and key not in PEOPLE_NOUNS \
                and key not in ENDEARMENTS and word.isalpha() and len(word) >= 3 \
                and key not in _THINGS_THAT_SAY and (nxt in _PERSON_ACTS or prev in _MET_OR_TOLD
                                                     and (prev not in ("tell", "ask") or nxt in STOP_WORDS
                                                          or not nxt.isalpha())) \
                and (i == 0 or lowers[i - 1] not in _DETERMINERS | _DESCRIBING) \
                and _in_english(doc[i].doc):
            return 50
        # lower case: a cue beside it, and a known given name or a word English never uses
        if cue and key not in self.common:
            zipf = self._zipf(word)
            if (key in given and zipf < LOWER_CASE_NAME_MAX) or zipf < 2.0:
                return 50
        # lower case, any word that is no endearment: who a text says it is or thanks ("hi its
        # bunny", "thx rose"), and who it pairs with "me" ("me n storm", "storm n me")
        if key not in STOP_WORDS and key not in ENDEARMENTS and key not in _SAID_OF_THINGS \
                and key not in PEOPLE_NOUNS and word.isalpha() and len(word) >= 3 \
                and (key in given or self._zipf(word) < LOWER_GREETED_MAX
                     and not key.endswith(("ing", "ed"))) \
                and (prev in ("thx", "ty", "thanku") or _greets_as(lowers, j)
                     or prev in ("n", "and", "&") and j >= 2 and lowers[j - 2] == "me"
                     and key not in CUE_AFTER and key not in PERSON_VERBS  # "me and says": a verb
                     or nxt in ("n", "&") and i + 2 < len(doc) and lowers[i + 2] == "me"):
            return 50
        return 0


# a transcript's or a call's roles, heading its lines as names do ("Facilitator: ...")
_SPEAKING_ROLES = frozenset("facilitator moderator interviewer interviewee respondent participant "
                            "researcher caller operator advisor adviser volunteer chair host mentor "
                            "counsellor counselor therapist advocate translator supervisor manager "
                            "coordinator unknown anon anonymous "
                            # ... and a transcript's short forms of them ("INT:", "MOD:", "INTERP:")
                            "int intv iv ie ir mod fac res resp interp interpr trans obs transcriber".split())
# what follows a name and a dash or comma opening a note that speaks to its reader ("Mark -
# thank you", "Hope, can you"; not "Hope - is it worth reapplying?")
_ADDRESSED_AFTER = frozenset("thank thanks can could would please pls i you we".split())
_VOCATIVE_ENDS = frozenset(("-", "–", "—", ".", "!", "?", ")", ",", "x", "xx", "xxx", "\n"))


def _after_a_word_alone(doc, i: int) -> bool:
    """Does the sentence before the i-th token hold a single word, as a motto's do ("Respect.
    Dignity. Hope")?"""
    k = i - 1
    while k >= 0 and doc[k].text in (".", "!", "-", "–", "—"):
        k -= 1
    return k >= 0 and (k == 0 or doc[k - 1].text in (".", "!", "?") or "\n" in doc[k - 1].text)


def _asks(doc, i: int) -> bool:
    """Does the sentence of the i-th token end in a question mark ("Will missed appointments
    count against me?")?"""
    for t in doc[i:i + 20]:
        if t.text in (".", "!") or "\n" in t.text:
            return False
        if t.text == "?":
            return True
    return False


def _spoke_to(lowers: list[str], i: int) -> bool:
    """Is the i-th word whom someone spoke or talked to ("Spoke to Hope"), or let know ("Let
    Hope know")?"""
    return i >= 2 and lowers[i - 1] == "to" and lowers[i - 2] in _SPOKE_TO \
        or i >= 1 and lowers[i - 1] == "let" and i + 1 < len(lowers) and lowers[i + 1] == "know"


def _contraction_after(lowers: list[str], j: int) -> bool:
    """Is the "'s" at j "is" or "has" rather than a possessive ("Hope's fading", "Will's been")?"""
    nxt = lowers[j + 1] if j + 1 < len(lowers) else ""
    return nxt.endswith("ing") or nxt in ("been", "gone", "got", "not", "a", "an", "the", "still", "always",
                                          "never", "just", "so", "very", "too", "all", "here", "there",
                                          "back", "out", "in", "on", "off", "over", "fine", "ok", "okay")


def _thanked_or_with_me(lowers: list[str], i: int) -> bool:
    """Is the i-th word whom a note thanks ("thank you Hope", "thanks Faith", "cheers Star",
    "Thanks, Hope - sorted", "(sorry, Will)", "love you Mo") or whom it pairs with "me" ("me +
    Summer", "me and Grace")?"""
    prev = lowers[i - 1] if i else ""
    before = lowers[i - 2] if i >= 2 else ""
    return (prev in ("thanks", "thankyou", "cheers", "ta") or prev == "you" and before in ("thank", "love", "miss")
            or prev == "," and (before in ("thanks", "thankyou", "cheers", "ta", "sorry", "thx")
                                or before == "you" and i >= 3 and lowers[i - 3] == "thank")
            and (i + 1 >= len(lowers) or lowers[i + 1] in _VOCATIVE_ENDS)
            or prev in ("+", "&", "and", "n") and before == "me") and lowers[i] not in _DEITIES


def _on_a_rota(doc, lowers: list[str], i: int) -> bool:
    """Is the i-th word alone in a rota's slot after its weekday ("Mon - Hope; Tue - Will",
    "Tue: Grace"; not "Mon - Chase PIP form", "Sun - Faith & Wellbeing group")?"""
    if i < 2 or lowers[i - 1] not in ("-", "–", ":") or not _WEEKDAY.fullmatch(lowers[i - 2]):
        return False
    nxt = doc[i + 1].text if i + 1 < len(doc) else ""
    return nxt in ("", ";", ",", ".", "/", "+") or "\n" in nxt \
        or nxt in ("&", "and") and i + 2 < len(doc) and doc[i + 2].text[:1].isupper() \
        and not (i + 3 < len(doc) and doc[i + 3].text[:1].islower())


def _participle_after(lowers: list[str], i: int) -> bool:
    """A past participle after the verb after the i-th word ("Car got towed")."""
    k = i + 1
    while k < len(lowers) and lowers[k] in _ADVERBS:
        k += 1
    after = lowers[k + 1] if k + 1 < len(lowers) else ""
    return after in _PARTICIPLES or len(after) > 4 and after.endswith(("ed", "en"))


def _verb_after(lowers: list[str], i: int) -> str:
    """The word after the i-th, past adverbs ("Tiff now only takes")."""
    k = i + 1
    while k < len(lowers) and lowers[k] in _ADVERBS:
        k += 1
    return lowers[k] if k < len(lowers) else ""
