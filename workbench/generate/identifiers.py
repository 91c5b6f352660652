"""Fake identifiers in the formats that turn up in real case notes.

Each function takes a numpy Generator and returns one string. UK phone numbers come from
Ofcom's ranges reserved for drama, so no generated UK number can ring anyone; other formats
are random but carry valid check digits where the real ones do, because a detector that
checks them must be tested on numbers that pass.
"""

from __future__ import annotations

import string
import unicodedata

import numpy as np

from workbench.core.integrity import nhs_check_digit

UPPER = string.ascii_uppercase
_NINO_FIRST = [c for c in UPPER if c not in "DFIQUV"]
_NINO_SECOND = [c for c in UPPER if c not in "DFIQUVO"]
_NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
_POSTCODE_AREAS = ["E", "N", "SE", "SW", "W", "NW", "EC", "LS", "BS", "LU", "RG", "SL", "HU",
                   "CV", "M", "B"]
_POSTCODE_UNIT = [c for c in UPPER if c not in "CIKMOV"]
_REG_LETTERS = [c for c in UPPER if c not in "IQZ"]


def pick(rng: np.random.Generator, options):
    return options[int(rng.integers(len(options)))]


def _digits(rng: np.random.Generator, n: int) -> str:
    return "".join(str(d) for d in rng.integers(0, 10, n))


def nhs_number(rng: np.random.Generator) -> str:
    """Ten digits whose last is the modulus-11 check digit, formatted as people write it."""
    while True:
        body = [int(d) for d in rng.integers(0, 10, 9)]
        check = nhs_check_digit(body)
        if check is not None:  # some bodies have no valid check digit
            break
    digits = "".join(map(str, body)) + str(check)
    return pick(rng, [f"{digits[:3]} {digits[3:6]} {digits[6:]}", digits,
                      f"{digits[:3]}-{digits[3:6]}-{digits[6:]}"])


def ni_number(rng: np.random.Generator) -> str:
    while True:
        prefix = pick(rng, _NINO_FIRST) + pick(rng, _NINO_SECOND)
        if prefix not in _NINO_BAD_PREFIX:
            break
    d = _digits(rng, 6)
    suffix = pick(rng, "ABCD")
    return pick(rng, [f"{prefix}{d}{suffix}", f"{prefix} {d[:2]} {d[2:4]} {d[4:]} {suffix}",
                       f"{prefix.lower()}{d}{suffix.lower()}"])


def uk_mobile(rng: np.random.Generator) -> str:
    tail = f"{int(rng.integers(0, 1000)):03d}"  # Ofcom drama range 07700 900000-900999
    return pick(rng, [
        f"07700 900{tail}", f"07700900{tail}", f"+44 7700 900{tail}", f"+447700900{tail}",
        f"0044 7700 900 {tail}", f"(07700) 900{tail}", f"07700-900-{tail}", f"077 00 900 {tail}",
        f"+44 (0)7700 900{tail}",
    ])


def uk_landline(rng: np.random.Generator) -> str:
    tail = f"{int(rng.integers(0, 1000)):03d}"
    return pick(rng, [
        f"020 7946 0{tail}", f"(020) 7946 0{tail}", f"+44 20 7946 0{tail}",
        f"0113 496 0{tail}", f"0117 496 0{tail}", f"(0161) 496 0{tail}",
    ])


def foreign_mobile(rng: np.random.Generator) -> str:
    return pick(rng, [
        f"+40 7{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",  # Romania
        f"+48 5{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",  # Poland
        f"+359 8{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 4)}",  # Bulgaria
        f"+355 6{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 4)}",  # Albania
        f"+66 8{_digits(rng, 1)} {_digits(rng, 3)} {_digits(rng, 4)}",  # Thailand
        f"+55 11 9{_digits(rng, 4)}-{_digits(rng, 4)}",  # Brazil
        f"0040 7{_digits(rng, 8)}",
        f"+3706{_digits(rng, 7)}",  # Lithuania
    ])


def phone(rng: np.random.Generator, migrant: bool) -> str:
    r = rng.random()
    if migrant and r < 0.3:
        return foreign_mobile(rng)
    return uk_landline(rng) if r > 0.92 else uk_mobile(rng)


def email(rng: np.random.Generator, given: str, family: str) -> str:
    g = _ascii(given).lower().replace(" ", "")
    f = _ascii(family).lower()
    local = pick(rng, [f"{g}.{f}", f"{g}{f[:1]}{int(rng.integers(1, 99))}", f"{g}_{f}",
                        f"{f}{g[:1]}", f"x{g}x{int(rng.integers(80, 100))}"])
    return f"{local}@{pick(rng, ['example.com', 'example.net', 'example.org', 'mail.test'])}"


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def postcode(rng: np.random.Generator) -> str:
    area = pick(rng, _POSTCODE_AREAS)
    district = str(int(rng.integers(1, 20)))
    unit = f"{int(rng.integers(0, 10))}{pick(rng, _POSTCODE_UNIT)}{pick(rng, _POSTCODE_UNIT)}"
    pc = f"{area}{district} {unit}"
    return pc.lower() if rng.random() < 0.08 else (pc.replace(" ", "") if rng.random() < 0.1 else pc)


def passport_number(rng: np.random.Generator, nationality_group: str) -> str:
    if nationality_group == "uk":
        return _digits(rng, 9)
    two = pick(rng, UPPER) + pick(rng, UPPER)
    return pick(rng, [
        _digits(rng, 8),                       # Romania
        f"{two}{_digits(rng, 7)}",             # Poland, Albania, Thailand
        _digits(rng, 9),                       # Bulgaria
        f"{two}{_digits(rng, 6)}",             # Brazil
        f"{pick(rng, UPPER)}{_digits(rng, 7)}",
    ])


def home_office_ref(rng: np.random.Generator) -> str:
    return pick(rng, [
        f"{pick(rng, 'BCDFGHKMS')}{_digits(rng, 7)}",
        f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
        f"{pick(rng, 'BCDFGHKMS')}{_digits(rng, 7)}/{_digits(rng, 3)}",
    ])


def clinic_number(rng: np.random.Generator) -> str:
    return pick(rng, [f"GU{_digits(rng, 6)}", f"RSH-{_digits(rng, 6)}", f"{_digits(rng, 2)}/{_digits(rng, 5)}"])


def police_number(rng: np.random.Generator) -> str:
    return f"{pick(rng, ['PC', 'PC', 'DC', 'PS', 'PCSO'])} {int(rng.integers(100, 9999))}"


def vehicle_reg(rng: np.random.Generator) -> str:
    L = lambda: pick(rng, _REG_LETTERS)  # noqa: E731
    kind = rng.random()
    if kind < 0.7:  # current format since 2001: AB12 CDE
        age = pick(rng, [f"{y:02d}" for y in range(2, 26)] + [f"{y}" for y in range(51, 76)])
        reg = f"{L()}{L()}{age} {L()}{L()}{L()}"
    elif kind < 0.9:  # prefix 1983-2001: A123 BCD
        reg = f"{L()}{int(rng.integers(1, 999))} {L()}{L()}{L()}"
    else:  # suffix 1963-1983: ABC 123D
        reg = f"{L()}{L()}{L()} {int(rng.integers(1, 999))}{L()}"
    return reg.replace(" ", "") if rng.random() < 0.2 else reg


def profile_url(rng: np.random.Generator, handle: str) -> str:
    site = pick(rng, ["www.adultads.example", "escortlistings.example", "punterboard.test",
                       "www.massage-directory.example"])
    path = pick(rng, [f"profile/{int(rng.integers(100000, 9999999))}",
                       f"escorts/london/{handle.lower()}-{int(rng.integers(10, 99))}",
                       f"u/{handle.lower()}"])
    scheme = pick(rng, ["https://", "http://", ""])
    return f"{scheme}{site}/{path}"


def social_handle(rng: np.random.Generator, base: str) -> str:
    b = _ascii(base).lower().replace(" ", "")
    return pick(rng, [f"@{b}_{int(rng.integers(1, 99))}", f"@{b}.xo", f"@the_real_{b}",
                       f"@{b}ldn", f"@{b}{int(rng.integers(1990, 2006))}"])
