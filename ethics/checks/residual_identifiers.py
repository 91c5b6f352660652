"""No identifier may remain anywhere in an extract.

Two searches over every text and string column: the de-identification detector (anything it
would still remove), and an exact search for every known identifier of the project taken
from the identifiable zone (names, working names, nicknames, phones, emails, NHS, NI and
passport numbers, Home Office and clinic references, postcodes, staff and interpreter names,
premises and their addresses), ignoring case, accents, spaces and punctuation inside numbers.
A residual identifier can never be excepted by a reviewer.

Key columns (*_id) hold keyed hashes (deidentify/structured.py): digits that happen to run
through a hash are not a number anyone wrote, so keys are not searched for known numbers.
"""

from __future__ import annotations

import re

import pandas as pd

from deidentify import Deidentifier, KnownIdentifiers, fold
from ethics.checks.result import CheckResult, Status

_TOKEN = re.compile(r"\w+(?:['’@.\-]\w+)*")


def _string_cells(extract: dict[str, pd.DataFrame]):
    for table, frame in extract.items():
        for col in frame.columns:
            if frame[col].dtype == object or pd.api.types.is_string_dtype(frame[col]):
                for row, value in frame[col].items():
                    if isinstance(value, str) and value:
                        yield table, col, row, value


def check_residual_identifiers(extract: dict[str, pd.DataFrame], known: KnownIdentifiers,
                               engine: Deidentifier) -> CheckResult:
    words, numbers = known.phrases_known(), known.numbers_known()
    max_words = max((len(w.split()) for w in words), default=1)
    lengths = sorted({len(n) for n in numbers})
    found = []
    cells = list(_string_cells(extract))
    free_text = [(t, c, r, v) for t, c, r, v in cells if " " in v]
    for (table, col, row, value), spans in zip(
            free_text, engine.find([v for *_, v in free_text]) if free_text else []):
        for s in spans:
            found.append({"table": table, "column": col, "row": row, "kind": s.entity,
                          "how": "detector"})
    for table, col, row, value in cells:
        if col.endswith("_id"):
            continue
        tokens = [fold(t) for t in _TOKEN.findall(value)]
        hit = any(" ".join(tokens[i:i + n]) in words for n in range(1, max_words + 1)
                  for i in range(len(tokens) - n + 1))
        core = re.sub(r"[\W_]", "", value).upper()
        if hit or any(core[i:i + n] in numbers for n in lengths
                      for i in range(len(core) - n + 1)):
            found.append({"table": table, "column": col, "row": row, "kind": "known identifier",
                          "how": "exact search"})
    thresholds = {"known_words": len(words), "known_numbers": len(numbers),
                  "cells_scanned": len(cells)}
    if not found:
        return CheckResult("residual_identifiers", Status.PASS,
                           f"no identifier in {len(cells):,} text cells", thresholds)
    details = pd.DataFrame(found)
    return CheckResult("residual_identifiers", Status.FAIL,
                       f"{len(details)} possible identifiers in "
                       f"{details[['table', 'column', 'row']].drop_duplicates().shape[0]} cells "
                       "(values not shown)", thresholds, details)
