"""De-identify structured columns by their disclosure role (workbench/core/schema.py).

- keys (direct-identifier columns named *_id) are pseudonymised with the extract's key, the
  same way in every table, so tables still join;
- date_of_birth becomes age_band (age at first contact, in the configured bands);
- postcode becomes postcode_district (the outward code, e.g. "SE19");
- every other direct identifier is dropped; free text (type "text") is left for the note
  de-identifier, which replaces it;
- dates are kept to the configured precision (day, or the first of the month).
"""

from __future__ import annotations

import hashlib
import hmac

import numpy as np
import pandas as pd

from deidentify.config import DeidConfig
from workbench.core.schema import Role, Table


def pseudonymise_ids(values: pd.Series, key: bytes, domain: str) -> pd.Series:
    """Keyed surrogate per value; missing stays missing. Same key and domain, same surrogate."""
    prefix = domain.removesuffix("_id")[:1].upper() or "X"

    def one(v: str) -> str:
        return prefix + hmac.new(key, f"{domain}:{v}".encode(), hashlib.sha256).hexdigest()[:12]

    uniques = values.dropna().unique()
    mapping = dict(zip(uniques, map(one, uniques)))
    return values.map(mapping).astype(object).where(values.notna(), None)


def age_bands(dob: pd.Series, at: pd.Series, bounds: tuple[int, ...]) -> pd.Series:
    """Age at `at` in bands; an age below the first bound gets its own band ("0-17"), so that
    a child is never an empty value the export gate could mistake for "no age". A missing or
    impossible date of birth stays missing (the gate withholds people of unknown age)."""
    age = (pd.to_datetime(at) - pd.to_datetime(dob)).dt.days / 365.25
    edges = [0, *bounds] if bounds[0] > 0 else list(bounds)
    labels = [f"{lo}-{hi - 1}" for lo, hi in zip(edges, edges[1:])] + [f"{edges[-1]}+"]
    cut = pd.cut(age, bins=[*edges, np.inf], labels=labels, right=False)
    return cut.astype(object).where(cut.notna(), None)


def postcode_district(values: pd.Series) -> pd.Series:
    compact = values.astype("string").str.upper().str.replace(r"\s+", "", regex=True)
    return compact.str[:-3].astype(object).where(compact.str.len() >= 5, None)


def transform_table(table: Table, frame: pd.DataFrame, key: bytes, config: DeidConfig
                    ) -> pd.DataFrame:
    out = {}
    for col in table.columns:
        values = frame[col.name]
        if col.dtype == "date" and config.date_precision == "month" and col.role is not Role.DIRECT:
            values = pd.to_datetime(values).dt.to_period("M").dt.to_timestamp().dt.date
        if col.role is not Role.DIRECT or col.dtype == "text":
            out[col.name] = values
        elif col.name.endswith("_id"):
            out[col.name] = pseudonymise_ids(values, key, col.name)
        elif col.name == "date_of_birth" and "first_contact_date" in frame:
            out["age_band"] = age_bands(values, frame["first_contact_date"], config.age_bands)
        elif col.name == "postcode":
            out["postcode_district"] = postcode_district(values)
        # any other direct identifier is dropped
    return pd.DataFrame(out, index=frame.index)
