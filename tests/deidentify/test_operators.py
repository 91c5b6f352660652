"""Replacements: a date generalised to its month and year."""

import pytest

from deidentify.operators import month_year


@pytest.mark.parametrize("value", ["1938-2021", "1938-2\u200b021", "19\u200b38-2021"])
def test_a_range_of_years_is_no_month_however_invisible_characters_split_it(value):
    """A year of birth and death, "1938-2021", read as ISO "1938-2" would print "February
    1938" (found by the invisible-characters property test): a range is no month."""
    assert month_year(value) == "[DATE]"


@pytest.mark.parametrize("value,month", [
    ("12/03/2024", "March 2024"), ("2024-03-12", "March 2024"), ("2021-03", "March 2021"),
    ("14th June", "June"), ("12/0\u200b3/2024", "March 2024"),
])
def test_a_date_is_its_month_and_year(value, month):
    assert month_year(value) == month
