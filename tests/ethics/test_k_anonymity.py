import pandas as pd
import pytest

from ethics.checks.k_anonymity import check_k_anonymity
from ethics.checks.result import Status
from workbench.core.errors import InputError


def frame(rows):
    return pd.DataFrame(rows, columns=["age_band", "site", "nationality_group"])


def test_passes_when_every_group_has_k_rows():
    rows = [("25-34", "london", "uk")] * 5 + [("18-24", "regional", "other_eu")] * 7
    result = check_k_anonymity(frame(rows), ["age_band", "site"], k=5)
    assert result.status is Status.PASS and "smallest: 5" in result.reason


def test_boundary_a_group_of_k_minus_one_fails_and_is_listed():
    rows = [("25-34", "london", "uk")] * 5 + [("18-24", "regional", "africa")] * 4
    result = check_k_anonymity(frame(rows), ["age_band", "site", "nationality_group"], k=5)
    assert result.status is Status.REVIEW
    assert result.details.to_dict("records") == [
        {"age_band": "18-24", "site": "regional", "nationality_group": "africa", "rows": 4}]
    assert "4 rows at risk" in result.reason


def test_suggests_the_quasi_identifier_that_varies_most_in_small_groups():
    rows = [("25-34", "london", g) for g in ("uk", "africa", "east_asia", "other")] * 2
    result = check_k_anonymity(frame(rows), ["age_band", "site", "nationality_group"], k=5)
    assert "'nationality_group'" in result.reason


def test_missing_values_form_a_group_of_their_own():
    rows = [("25-34", "london", "uk")] * 5 + [(None, "london", "uk")]
    assert check_k_anonymity(frame(rows), ["age_band", "site"], k=5).status is Status.REVIEW


def test_an_unknown_column_is_named():
    with pytest.raises(InputError, match="no column"):
        check_k_anonymity(frame([]), ["postcode"])
