"""The town of an address, found by the postcode after it.

An address is written with its town before the postcode, on the postcode's line ("Skelderby
QX1 4JD", "14 Sorrel Court, Brindlecote ZJ4 6PW", "Hollinsby. ZJ4 6PW") or on the lines above
it in a letter's address block ("7 Tanners Wynd / Skelderby / QX1 6LU", with a county or a
district line between: "Thrushcombe / West Yorkshire ZJ4 6PW"). The model finds few of these
towns: a town of an address block stands alone, with nothing round it that says it is a place.
A found postcode says it: one to three words just before it on its line (after the line's
start, a comma, a dash or a wide gap), and up to two lines of such words alone above it, are
the town and its district or county (LOCATION). Capitalised or in capitals, or in lower case
before a postcode in lower case ("thrushcombe zj4 6pw"). A town's name has a word English
seldom uses: a table's column of postcodes has its labels before them ("Location", "Hostel",
"Last Known"), and a letter its own words ("Tel", "By Hand", "Private and Confidential").

A US address has no UK postcode: a town before a state's code and a ZIP code ("HARLOWMERE, CA
90447"), or before a ZIP code alone after a street ("... APT 3, HARLOWMERE 90447."), is found
with the ZIP code (POSTCODE).
"""

from __future__ import annotations

import re

from deidentify.lexicon import DEMONYMS, TITLES, fold, zipf
from deidentify.recognizers.street_address import US_STATES
from deidentify.spans import Span, covered_by

# (read once, possessive: a run of hyphenated words is not read again from each of them)
_CAPITALISED = r"(?:[A-Z][a-zà-ÿ'’]++(?:-[A-Za-zà-ÿ]++)*+|[A-Z]{2,}+(?:-[A-Z]++)*+)"
_LOWER = r"(?:[a-zà-ÿ'’]++(?:-[a-zà-ÿ]++)*+)"
_JOIN = r"(?:[ ](?:upon|on|under|in|le|by|the|de|UPON|ON|UNDER|IN|LE|BY)[ ]|[ ])"


def _town(word: str) -> str:
    return rf"{word}(?:{_JOIN}{word}){{0,2}}"


def _patterns(word: str) -> tuple[re.Pattern, re.Pattern]:
    town = _town(word)
    # the town on the postcode's line: after the line's start, a comma, a dash, a tab or two
    # spaces; a comma, a dash or a full stop may come between it and the postcode
    same_line = re.compile(rf"(?:^|(?<=,)[ \t]*|(?<=[-–][ ])|(?<=\t)|(?<=  ))(?P<town>{town})"
                           rf"(?:[ \t]*[,.\-–])?[ \t]+$", re.M)
    # ... and a line above made of such words alone (two at most: a district or a county)
    line_above = re.compile(rf"(?:^|\n)[ \t]*(?P<town>{town}),?[ \t]*\n[ \t]*$")
    return same_line, line_above


_CASED = _patterns(_CAPITALISED)
_LOWER_CASED = _patterns(_LOWER)
LINES_ABOVE = 2
_NOT_TOWNS = frozenset("tel telephone phone mob mobile fax ref dear re to from cc attn fao email "
                       "postcode post code address uk england scotland wales incall incalls outcall "
                       "outcalls".split())
_COUNTY_WORDS = frozenset("county borough district cumbria devon kent essex surrey norfolk suffolk "
                          "merseyside cornwall dorset".split())
TOWN_RARE = 3.0  # Zipf frequency: a town's name has a word English uses less (not "Location",
# "Hostel", "Last Known", "By Hand", "Supported Housing": a table's or a letter's words)
_LOOK_BACK = 120
EVERYDAY_LEAD = 4.0  # Zipf frequency: a word this common before a US town is no part of it
# a US town before its state and ZIP code, or before a ZIP code after a street's comma
_US_TOWN = re.compile(rf"(?P<town>{_town(_CAPITALISED)}),?[ ]+(?P<state>{US_STATES})[ ]+"
                      rf"(?P<zip>\d{{5}}(?:-\d{{4}})?)(?![\w-])")
# ... or before its state alone, on a record's heading or a plate's line ("PORT CALLOWAY, OH",
# "GRAY HONDA, NJ PLT"), or a Brazilian town before its state's letters ("Montes Claros/MG"):
# the town needs a word English seldom uses, and the letters that are also shorthand (MD, PA,
# CT, OR, IN, ME, OK, HI, ID, DE, CO, LA; DC, a detective; MS, SC) are no state there, nor is
# a code before a word in lower case ("Chlamydia, TX given today", "Enoxaparin, SC daily"); a
# Brazilian town has two words at least ("Midazolam/SC" is a route)
_STATE_ALONE = rf"(?!(?:MD|PA|CT|OR|IN|ME|OK|HI|ID|DE|CO|LA|DC|MS|SC)\b)(?:{US_STATES})"
_BR_STATES = "AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO"
_US_TOWN_STATE = re.compile(rf"(?:^|(?<=[\s*|(]))(?P<town>{_town(_CAPITALISED)})(?:,[ ]*+(?:{_STATE_ALONE})"
                            rf"|[ ]?/[ ]?(?P<uf>{_BR_STATES}))(?![\w/-])(?![ ]*+,?[ ]*+\d)"
                            r"(?![ \t]++[a-z])")
_FIVE_DIGITS = re.compile(r"(?<!\d)\d{5}(?!\d)")
_US_ZIP_ALONE = re.compile(rf",[ ]+(?P<town>{_town(_CAPITALISED)})[ ]+(?P<zip>\d{{5}}(?:-\d{{4}})?)"
                           rf"(?=[ \t]*(?:[.,;)\n]|$))")


def towns_by_postcode(text: str, spans: list) -> list:
    """`spans` (in order) with the town before each found postcode added, and US towns with
    their ZIP codes (see the module)."""
    covered = covered_by(spans)
    added = []
    for sp in spans:
        if sp.entity == "POSTCODE":
            added.extend(_town_before(text, sp.start, covered))
    for m in _US_TOWN_STATE.finditer(text):
        words = list(re.finditer(r"[^\W\d_]+", m.group("town")))
        while len(words) > 1 and zipf(fold(words[0].group())) >= EVERYDAY_LEAD:
            words.pop(0)  # "Lives Port Alder, WA": the town is "Port Alder"
        if m.group("uf") and len(words) < 2:
            continue
        if any(zipf(fold(w.group())) < TOWN_RARE for w in words) and not covered(m.start(), m.end()):
            added.append(Span(m.start("town") + words[0].start(), m.end(), "LOCATION", 0.6))
    if not _FIVE_DIGITS.search(text):  # (no ZIP code: the patterns below need not be read)
        return sorted(spans + added, key=lambda s: (s.start, -s.end)) if added else spans
    streets = [sp for sp in spans if sp.entity == "STREET_ADDRESS"]
    for m in _US_TOWN.finditer(text):
        added += [Span(m.start("town"), m.end("state"), "LOCATION", 0.6),
                  Span(*m.span("zip"), "POSTCODE", 0.6)]
    for m in _US_ZIP_ALONE.finditer(text):
        if any(sp.end <= m.start() and "\n" not in text[sp.end:m.start()] for sp in streets):
            added += [Span(*m.span("town"), "LOCATION", 0.6), Span(*m.span("zip"), "POSTCODE", 0.6)]
    return sorted(spans + added, key=lambda s: (s.start, -s.end)) if added else spans


# a house's name: on its own line above its street in an address block ("The Laurels /
# Whitebeam Lane / Orrinsby / ZJ2 4LL"), or opening the address before its street on one line
# ("Home address: The Old Forge, Lintel Lane, Thrushcombe", "Address: Hillcrest, Lintel Lane");
# a floor before its building ("3rd Floor, Mercer House")
_HOUSE = r"(?:The[ ])?[A-Z][a-z'’]+(?:[ ][A-Z][a-z'’]+){0,2}"
_HOUSE_LINE = re.compile(rf"(?m)^[ \t]*(?P<v>{_HOUSE})[ \t]*\n[ \t]*\Z")
_HOUSE_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=:[ ])|(?<=,[ ](?=\d)))[ \t]*(?P<v>(?P<floor>(?:\d{1,2}(?:st|nd|rd|th)|"
                           r"Ground|First|Second|Third|Top)[ ]Floor)|" + _HOUSE + r"),[ ]\Z")
HOUSE_NAME_RARE = 4.0  # Zipf frequency: a house's name has a word English uses less ("Home Address": none)
# the last words of a team's or an office's line above a PO box ("Lettings Team", "Status
# Casework Hub", "Single Competent Authority")
_OFFICE_ENDS = frozenset("team hub unit authority office department service services council centre "
                         "directorate casework section plus".split())


def _house_name(words: list[str]) -> bool:
    """A house's name, not a person's line ("Ms Kitti Balogh", "Sheriff Alasdair Dunbar") or an
    office's (see _OFFICE_ENDS), with a word English seldom uses."""
    return fold(words[0]) not in TITLES and fold(words[-1]) not in _OFFICE_ENDS \
        and any(zipf(fold(w)) < HOUSE_NAME_RARE for w in words if w != "The")


def house_names(text: str, spans: list) -> list:
    """`spans` (in order) with a house's name before a found street that goes on to a town or a
    postcode, and a floor before any found name (a building's), added (see _HOUSE_LINE)."""
    covered = covered_by(spans)
    added = []
    for k, sp in enumerate(spans):
        window = max(0, sp.start - _LOOK_BACK)
        m = _HOUSE_BEFORE.search(text, window, sp.start) or _HOUSE_LINE.search(text, window, sp.start)
        if m is None or covered(*m.span("v")):  # (whole where found in part: "The |Old Forge")
            continue
        town_after = any(later.entity in ("LOCATION", "POSTCODE") and later.start - sp.end <= _LOOK_BACK
                         for later in spans[k + 1:k + 3])
        if m.groupdict().get("floor") \
                or sp.entity == "STREET_ADDRESS" and town_after and _house_name(m.group("v").split()):
            added.append(Span(*m.span("v"), "STREET_ADDRESS", 0.5))
    return sorted(spans + added, key=lambda s: (s.start, -s.end)) if added else spans


def _town_before(text: str, start: int, covered) -> list[Span]:
    same_line, line_above = _LOWER_CASED if text[start:start + 1].islower() else _CASED
    found = []
    window_start = max(0, start - _LOOK_BACK)
    m = same_line.search(text[window_start:start])
    if m:
        found.append((window_start + m.start("town"), window_start + m.end("town")))
    pos = found[0][0] if found else start
    pos = text.rfind("\n", 0, pos) + 1  # the start of the line the address goes up from
    for _ in range(LINES_ABOVE):
        window_start = max(0, pos - _LOOK_BACK)
        m = line_above.search(text[window_start:pos])
        if m is None:
            break
        found.append((window_start + m.start("town"), window_start + m.end("town")))
        pos = text.rfind("\n", 0, found[-1][0]) + 1
    out = []
    for town_start, town_end in found:
        words = re.findall(r"[^\W\d_]+", text[town_start:town_end])
        if any(w.lower() in _NOT_TOWNS for w in words):
            break  # a label ends the address block
        if not any(zipf(fold(w)) < TOWN_RARE and fold(w) not in DEMONYMS for w in words):
            if any(fold(w).endswith("shire") or fold(w) in _COUNTY_WORDS for w in words):
                continue  # a county between the town and the postcode ("West Yorkshire")
            break
        if not covered(town_start, town_end):
            out.append(Span(town_start, town_end, "LOCATION", 0.6))
    return out
