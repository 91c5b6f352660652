"""The word after a found name that makes it a place or premises.

A name the model found ("HARLOW", "Crayhurst", "Varnley") is often the first half of a place
or premises whose head word it left off: "HARLOW CREEK MEMORIAL", "Crayhurst bus station",
"Crayhurst CMHT", "Varnley Central Police Station", "MARLOW SPRINGS PD", "The Elms SARC",
"ELKWOOD COUNTY". The head is taken in, written in the find's own case (capitals after
capitals; capitalised, or a few heads in lower case, after a capitalised find):
- a place's second word (Creek, Springs, Falls, Vale...) makes the find a place;
- a premises' head (Memorial, Hospital, Station, PD, CMHT, Sheriff...) makes it premises, and
  the place alone stays a find too, so that its other mentions are found;
- premises of two words in lower case after a street ("Gallowfield Road police station").
The words are few and name nothing alone; a find that ends in a lower-case word, a number, a
title or a premises' own head ("PARLOUR OUTREACH" is an outreach to it) is left as it is.

The words before a found place or premises that belong to it are taken in too (join_before),
in the find's own case:
- a place's first word (Lake, Low, Port, Mount, Upper...): "LAKE ORRIN", "low tarrow";
- a town before premises found from their second word: "Skelderby Royal Infirmary",
  "Skelderby Teaching Hospitals NHS Foundation Trust" (a word English seldom uses, and the
  qualifiers between);
- a town joined by "and" to premises found: "Skelderby and Wenlow Police".
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from deidentify.lexicon import fold, given_names, zipf
from deidentify.recognizers.establishment import HEAD_WORDS

# (not words that end people's names too: Hall, Heath, Wells, Church, Marsh, Lake)
_PLACE_WORDS = ("Creek|Springs|Falls|Vale|Moor|Heights|Valley|Junction|Harbour|Harbor|Ridge|Lakes|"
                "Point|Beach|Village|Township|Bridge|Bottom|& District")
# ... and in lower case after a place found in lower case, as texted: "fennick bridge"
_LOWER_PLACE = re.compile(r"[ ](?:" + _PLACE_WORDS.lower().replace("|& district", "") + r")(?![\w'’-])")
_QUALIFIERS = ("Central|General|Royal|Community|District|Regional|Main|North|South|East|West|"
               "Women's|Women’s|Men's|Men’s|Memorial|Medical|Health|Police|Bus|Train|Railway|"
               "Counseling|Counselling|Group|Family|Free|Rape|County|City|Recovery|Teaching|Sexual")
_HEADS = ("Memorial|Hospital|Infirmary|Clinic|Practice|Surgery|Centre|Center|Ctr|Station|PD|"
          "Police Department|Police Dept|Sheriff|Sheriff's Office|Sheriff’s Office|County|CMHT|"
          "SARC|CDS|Crisis|Outreach|Shelter|Hostel|Library|Market|Mall")
# heads that follow people too ("Sarah Jones Team aware", "Rang Emma Hub manager"): after a
# found place or premises only, not after a person
_PLACE_ONLY_HEADS = ("Hub|Unit|Team|Council|Primary|Academy|School|College|Jobcentre|MASH|"
                     "Children's Home|Children’s Home|Health|Trust")
# heads written in lower case after a capitalised place: "Pellingham station", "Crayhurst CMHT",
# "Yarnholt bypass", "Orrinsgate park", "Skelbrough mags", "Tessleford family crt", "Starline cabs"
_LOWER_HEADS = ("station|bus station|train station|railway station|police station|hospital|"
                "market|library|CMHT|SARC|CAMHS|food bank|jobcentre|MASH|"
                "car park|park|retail park|bypass|by-pass|roundabout|services|rec|"
                "mags|magistrates|magistrates court|magistrates ct|crown court|crown ct|"
                "family court|family crt|family ct|county court|court house|"
                "cabs|taxis|chemist|chemists|pharmacy|hse|flats|estate")


def _words(alternatives: str, caps: bool) -> str:
    return "|".join(w.upper() if caps else w for w in alternatives.split("|"))


def _tail(caps: bool, lower_heads: bool, person: bool) -> re.Pattern:
    heads = _HEADS if person else _HEADS + "|" + _PLACE_ONLY_HEADS
    place, qualifier, head = (_words(x, caps) for x in (_PLACE_WORDS, _QUALIFIERS, heads))
    lower = "|" + _LOWER_HEADS if lower_heads and not caps else ""
    return re.compile(rf"(?P<place>(?:[ ](?:{place}))?)(?P<head>(?:[ ](?:{qualifier})){{0,2}}"
                      rf"[ ](?:{head}{lower})(?![ ]?\d{{1,3}}\b(?![\d-])))?(?![\w'’-])")  # (not "UNIT 12")


_TAILS = {(caps, lower, person): _tail(caps, lower, person) for caps in (False, True)
          for lower in (False, True) for person in (False, True)}
# ... and the street's or premises' word after a place or premises found in lower case, as
# texted: "quillan rd", "hinchcliffe hse", "greenarch chemist" (not after a given name: "kel
# house"; nor a word that is also a verb or a place in a sentence: "walk", "close", "row")
_LOWER_TAIL = re.compile(r"[ ](?:(?P<street>street|st|road|rd|lane|ln|avenue|ave|crescent|cres|"
                         r"terrace|tce|parade|pde|grove|gardens|gdns|square|sq|yard|croft|dene)|"
                         rf"{_LOWER_HEADS.lower()})(?![\w'’-])")
# premises of two words in lower case after a street ("Gallowfield Road police station"; one
# word alone is no head there: "lives on Mill Street hospital is near")
# (the two-word stations and courts of _LOWER_HEADS, and a few more; not "car park", which writers
# leave out of a street's mark)
_STREET_PREMISES = re.compile(r"[ ](?:" + "|".join(h for h in _LOWER_HEADS.split("|")
                                                   if " " in h and h.split()[-1] in ("station", "court"))
                              + r"|(?:fire|ambulance|coach)[ ]station|post[ ]office|"
                              r"(?:health|medical|community|leisure|sports|youth|day|walk-in)[ ]centre)(?![\w'’-])")
_ENDS_IN_NAME = re.compile(r"(?:[A-Z][a-z'’-]+|[A-Z]{2,})$")
TAKEN = ("PERSON", "LOCATION", "ORGANIZATION", "ESTABLISHMENT", "STREET_ADDRESS")


def join_heads(text: str, spans: list) -> list:
    """The spans, each found name with the place or premises word after it (see the module)."""
    out = []
    for sp in spans:
        found = text[sp.start:sp.end]
        if sp.entity == "LOCATION" and found.islower() and (m := _LOWER_PLACE.match(text, sp.end)):
            sp = replace(sp, end=m.end())
        elif sp.entity in TAKEN and found.islower() and found.split()[-1] not in given_names() \
                and (m := _LOWER_TAIL.match(text, sp.end)):
            sp = replace(sp, end=m.end(),
                         entity="STREET_ADDRESS" if m.group("street") else "ESTABLISHMENT")
        elif sp.entity == "STREET_ADDRESS" and not found.islower() \
                and (m := _STREET_PREMISES.match(text, sp.end)):
            out.append(sp)  # (the street alone too, so its other mentions are found)
            sp = replace(sp, end=m.end(), entity="ESTABLISHMENT")
        elif sp.entity in TAKEN and (last := _ENDS_IN_NAME.search(found)) \
                and fold(last.group()) not in HEAD_WORDS:  # premises named whole ("... PARLOUR")
            word = last.group()
            # a head in lower case not after a given name: "told Anna hospital is free"
            # (nor after a street: "lives on Mill Street hospital is near")
            lower = sp.entity != "STREET_ADDRESS" and (
                sp.entity != "PERSON" or fold(word) not in given_names())
            m = _TAILS[word.isupper() and len(word) > 1, lower, sp.entity == "PERSON"].match(text, sp.end)
            if m and m.end() > sp.end:
                entity = "ESTABLISHMENT" if m.group("head") else (
                    "LOCATION" if sp.entity in ("PERSON", "LOCATION") else sp.entity)
                if entity == "ESTABLISHMENT" and sp.entity in ("PERSON", "LOCATION"):
                    # the place alone too, so its other mentions are found ("NEW IN PELLINGHAM")
                    out.append(replace(sp, entity="LOCATION"))
                sp = replace(sp, end=m.end(), entity=entity)
        out.append(sp)
    return out


# a place's first word, written before the rest of its name
_PLACE_FIRST = ("Lake|Low|High|Upper|Lower|Great|Little|Nether|Port|Mount|Mt|Fort|Cedar|Glen|"
                "Long|Old|New|King's|Kings|Bishop's|Bishops|Market|Castle|Chipping")
_FIRST_BEFORE = {caps: re.compile(rf"(?:^|(?<=[\s(,]))(?:{_words(_PLACE_FIRST, caps)})[ ]$")
                 for caps in (False, True)}
_FIRST_BEFORE_LOWER = re.compile(rf"(?:^|(?<=[\s(,]))(?:{_PLACE_FIRST.lower()})[ ]$")
# a town, and the qualifiers after it, before premises found from a qualifier or head
_TOWN_BEFORE = re.compile(r"(?:^|(?<=[\s(,:]))(?P<town>[A-Z][a-z'’]+|[A-Z]{3,})"
                          r"(?P<rest>(?:[ ](?:[A-Z][a-z]+|[A-Z]{3,}))?)(?P<and>[ ](?:and|AND|&))?[ ]$")
_LEADS_WITH_HEAD = re.compile(rf"(?:{_QUALIFIERS}|{_HEADS}|Hospitals|Police)\b", re.IGNORECASE)
TOWN_MAX = 3.0  # Zipf frequency: a word English uses less before premises is their town
_LOOK_BACK = 40


# an office named for its place, the place found: "Civil Status Office of Lushnjë", "Civil
# Registry Office in Łomża", "People's Committee of Hoa Thành", "Town Hall of Strehaia"
_OFFICE_OF = re.compile(r"(?:^|(?<=[\s(/:]))(?P<office>(?:[A-Z][\w'’]*[ ]){0,4}(?:Office|Committee|"
                        r"Department|Directorate|Bureau|Station|Registry|Hall|Council|Court|Authority|"
                        r"Prefecture|Municipality|Registrar|Commission))[ ](?:of|in|for)[ ](?:the[ ])?$")


def join_before(text: str, spans: list, allow=None) -> list:
    """The spans, each found place or premises with the words before it that belong to it (see
    the module); an office the allow-list keeps stays ("the Home Office in Croydon")."""
    out = []
    for sp in spans:
        if sp.entity in ("LOCATION", "ESTABLISHMENT", "PERSON", "ORGANIZATION") \
                and (m := _OFFICE_OF.search(text, max(0, sp.start - _LOOK_BACK), sp.start)) \
                and len(m.group("office").split()) > 1 and text[sp.start:sp.start + 1].isupper() \
                and not (allow is not None and allow.covers(m.group("office"))):
            sp = replace(sp, start=m.start("office"), entity="ESTABLISHMENT")
        if sp.entity in ("LOCATION", "ESTABLISHMENT", "PERSON", "ORGANIZATION"):
            found = text[sp.start:sp.end]
            window = max(0, sp.start - _LOOK_BACK)
            first = found.split(" ", 1)[0]
            caps = first.isupper() and len(first) > 1
            if sp.entity != "PERSON" and (
                    m := (_FIRST_BEFORE_LOWER if found.islower() else _FIRST_BEFORE[caps])
                    .search(text, window, sp.start)):
                sp = replace(sp, start=m.start(), entity="LOCATION" if sp.entity == "PERSON"
                             else sp.entity)
            elif sp.entity in ("ESTABLISHMENT", "ORGANIZATION") \
                    and (m := _TOWN_BEFORE.search(text, window, sp.start)) \
                    and _town_word(m.group("town"), caps) \
                    and (m.group("and")
                         or _LEADS_WITH_HEAD.match(found) and (
                             not m.group("rest") or _LEADS_WITH_HEAD.match(m.group("rest").strip()))):
                sp = replace(sp, start=m.start("town"), entity="ESTABLISHMENT")
        out.append(sp)
    return out


def _town_word(word: str, caps: bool) -> bool:
    key = fold(word)
    return (word.isupper() == caps or len(word) <= 3) and key not in STOP_WORDS \
        and key not in HEAD_WORDS and zipf(key) < TOWN_MAX
