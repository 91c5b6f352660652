"""A note's own record, found in the note however it is written.

Every identifier of the record (its person's names, phone, email, NHS, NI and passport
numbers, Home Office and clinic references, postcode; its author's name) is always removed
from that note, in any case, with or without accents or spaces: results score 1.0, which
the allow-list never overrides (engine.py).
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from deidentify.known_model import TOKEN, Record, ascii_key, name_keys
from deidentify.lexicon import fold
from deidentify.normalise import normalised_value


def record_results(text: str, record: Record) -> list[RecognizerResult]:
    """Everything of a note's own record that appears in it, however it is written."""
    results = []
    tokens = [(m.start(), m.end(), fold(m.group())) for m in TOKEN.finditer(text)]
    wanted = {k for name in record.names for k in name_keys(name)}
    results += [RecognizerResult("PERSON", s, e, 1.0) for s, e, k in tokens
                if k in wanted or ascii_key(k) in wanted]
    for value, entity in record.values.items():
        core = re.sub(r"[\W_]", "", normalised_value(value))
        if entity == "PHONE_NUMBER":
            core = core[-9:]  # national significant part: +44 7700 900123 = 07700 900123
        if len(core) < 5:
            continue
        pattern = r"[\s.\-()/]{0,3}".join(re.escape(c) for c in core)
        for m in re.finditer(pattern, text, re.IGNORECASE):
            results.append(RecognizerResult(entity, _extend_left(text, m.start()), m.end(), 1.0))
    return results


def _extend_left(text: str, start: int) -> int:
    """Take in a number's prefix that the core match left out (the 07 of 07700..., +44)."""
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] == "+" or (
            text[start - 1] in " -.()" and start > 1 and (text[start - 2].isdigit()
                                                         or text[start - 2] in "+)"))):
        start -= 1
    return start
