"""The word after a found name that makes it a place or premises.

A name the model found ("HARLOW", "Crayhurst", "Varnley") is often the first half of a place
or premises whose head word it left off: "HARLOW CREEK MEMORIAL", "Crayhurst bus station",
"Crayhurst CMHT", "Varnley Central Police Station", "MARLOW SPRINGS PD", "The Elms SARC",
"ELKWOOD COUNTY". The head is taken in, written in the find's own case (capitals after
capitals; capitalised, or a few heads in lower case, after a capitalised find):
- a place's second word (Creek, Springs, Falls, Vale...) makes the find a place;
- a premises' head (Memorial, Hospital, Station, PD, CMHT, Sheriff...) makes it premises, and
  the place alone stays a find too, so that its other mentions are found.
The words are few and name nothing alone; a find that ends in a lower-case word, a number, a
title or a premises' own head ("PARLOUR OUTREACH" is an outreach to it) is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from deidentify.lexicon import fold, given_names
from deidentify.recognizers.establishment import HEAD_WORDS

# (not words that end people's names too: Hall, Heath, Wells, Church, Marsh, Lake)
_PLACE_WORDS = ("Creek|Springs|Falls|Vale|Moor|Heights|Valley|Junction|Harbour|Harbor|Ridge|Lakes|"
                "Point|Beach|Village|Township|& District")
_QUALIFIERS = ("Central|General|Royal|Community|District|Regional|Main|North|South|East|West|"
               "Women's|Women’s|Men's|Men’s|Memorial|Medical|Health|Police|Bus|Train|Railway|"
               "Counseling|Counselling|Group|Family|Free|Rape|County")
_HEADS = ("Memorial|Hospital|Infirmary|Clinic|Practice|Surgery|Centre|Center|Ctr|Station|PD|"
          "Police Department|Police Dept|Sheriff|Sheriff's Office|Sheriff’s Office|County|CMHT|"
          "SARC|Crisis|Outreach|Shelter|Hostel|"
          "Library|Market|Mall")
# heads written in lower case after a capitalised place: "Pellingham station", "Crayhurst CMHT"
_LOWER_HEADS = ("station|bus station|train station|railway station|police station|hospital|"
                "market|library|CMHT|SARC|CAMHS")


def _words(alternatives: str, caps: bool) -> str:
    return "|".join(w.upper() if caps else w for w in alternatives.split("|"))


def _tail(caps: bool, lower_heads: bool) -> re.Pattern:
    place, qualifier, head = (_words(x, caps) for x in (_PLACE_WORDS, _QUALIFIERS, _HEADS))
    lower = "|" + _LOWER_HEADS if lower_heads and not caps else ""
    return re.compile(rf"(?P<place>(?:[ ](?:{place}))?)(?P<head>(?:[ ](?:{qualifier})){{0,2}}"
                      rf"[ ](?:{head}{lower}))?(?![\w'’-])")


_TAILS = {(caps, lower): _tail(caps, lower) for caps in (False, True) for lower in (False, True)}
_ENDS_IN_NAME = re.compile(r"(?:[A-Z][a-z'’-]+|[A-Z]{2,})$")
TAKEN = ("PERSON", "LOCATION", "ORGANIZATION", "ESTABLISHMENT")


def join_heads(text: str, spans: list) -> list:
    """The spans, each found name with the place or premises word after it (see the module)."""
    out = []
    for sp in spans:
        found = text[sp.start:sp.end]
        if sp.entity in TAKEN and (last := _ENDS_IN_NAME.search(found)) \
                and fold(last.group()) not in HEAD_WORDS:  # premises named whole ("... PARLOUR")
            word = last.group()
            # a head in lower case not after a given name: "told Anna hospital is free"
            lower = sp.entity != "PERSON" or fold(word) not in given_names()
            m = _TAILS[word.isupper() and len(word) > 1, lower].match(text, sp.end)
            if m and m.end() > sp.end:
                entity = "ESTABLISHMENT" if m.group("head") else (
                    "LOCATION" if sp.entity in ("PERSON", "LOCATION") else sp.entity)
                if entity == "ESTABLISHMENT" and sp.entity in ("PERSON", "LOCATION"):
                    # the place alone too, so its other mentions are found ("NEW IN PELLINGHAM")
                    out.append(replace(sp, entity="LOCATION"))
                sp = replace(sp, end=m.end(), entity=entity)
        out.append(sp)
    return out
