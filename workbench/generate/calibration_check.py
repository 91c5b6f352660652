"""Measure a generated project against the calibration targets in datasets/calibration.yaml."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from workbench.core.resources import calibration


def _read(folder: Path, table: str, columns: list[str] | None = None) -> pd.DataFrame:
    return pd.read_parquet(folder / f"{table}.parquet", columns=columns)


def measure(identifiable: str | Path) -> pd.DataFrame:
    """One row per target: target value, tolerance, measured value, within tolerance, source."""
    folder = Path(identifiable)
    users = _read(folder, "service_users", ["user_id", "site", "gender", "setting", "migrant",
                                            "nationality_group"])
    contacts = _read(folder, "contacts", ["duration_minutes", "interpreter_used", "contact_type"])
    female = users[users.gender == "female"]
    indoor = female[female.setting != "street"]
    london_f = female[female.site == "london"]
    regional_f = female[female.site == "regional"]
    london_m = users[(users.gender == "male") & (users.site == "london")]
    # Interpreter effect on duration, within contact types (types differ in length).
    ratio = (contacts.groupby(["contact_type", "interpreter_used"]).duration_minutes.mean()
             .unstack().dropna())
    measured = {
        "migrant_share_female_overall": female.migrant.mean(),
        "migrant_share_female_indoor": indoor.migrant.mean(),
        "street_share_female": (female.setting == "street").mean(),
        "migrant_share_female_street": female[female.setting == "street"].migrant.mean(),
        "london_migrant_indoor_share_female": (london_f.migrant & (london_f.setting != "street")).mean(),
        "regional_migrant_indoor_share_female_max": (regional_f.migrant & (regional_f.setting != "street")).mean(),
        "eastern_balkan_share_of_migrants": (users[users.migrant].nationality_group
                                             == "eastern_europe_balkans").mean(),
        "london_male_migrant_share": london_m.migrant.mean(),
        "interpreter_duration_ratio": (ratio[True] / ratio[False]).median(),
    }
    rows = []
    for name, spec in calibration()["targets"].items():
        value = float(measured[name])
        if name.endswith("_max"):
            ok = value <= spec["value"]
        else:
            ok = abs(value - spec["value"]) <= spec["tolerance"]
        rows.append({"target": name, "expected": spec["value"], "tolerance": spec.get("tolerance"),
                     "measured": round(value, 3), "ok": bool(ok), "source": spec["source"]})
    return pd.DataFrame(rows)
