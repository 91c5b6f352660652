"""The report's words and groupings: numbers in plain words with their range, labels instead
of codes, and tables grouped up until they can be shown."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.core import vocabularies
from workbench.report.coarsen import group_shares_until_shown, group_until_shown, passes
from workbench.report.labels import VALUES, label_index, period_label, value_label
from workbench.report.plain import ratio_words, share_words

LABELLED = ("SITES", "GENDERS", "SETTINGS", "NATIONALITY_GROUPS", "CONTACT_TYPES",
            "INTERPRETER_TYPES", "HEALTH_RESULTS", "REFERRAL_DESTINATIONS", "REFERRAL_OUTCOMES",
            "INCIDENT_TYPES", "POLICE_RESPONSES")


@pytest.mark.parametrize("ratio, low, high, words", [
    (0.66, 0.55, 0.8, "about a third fewer (between 20% and 45% fewer)"),
    (0.5, 0.44, 0.6, "about half as many (between 40% and 56% fewer)"),
    (1.46, 1.32, 1.61, "46% more (between 32% and 61% more)"),
    (2.0, 1.5, 2.6, "about twice as many (between 50% more and 2.6 times as many)"),
    (0.95, 0.8, 1.12, "5% fewer (between 20% fewer and 12% more)"),
])
def test_ratios_in_words_with_the_range_in_brackets(ratio, low, high, words):
    assert ratio_words(ratio, low, high) == words


def test_shares_in_words():
    assert share_words(0.356, 0.301, 0.42) == "36% (between 30% and 42%)"


def test_every_code_a_report_can_show_has_a_label():
    for name in LABELLED:
        for code in getattr(vocabularies, name):
            assert code in VALUES, f"{name}: {code}"
    assert value_label(True, "migrant") == "Migrants"
    assert value_label("False", "user_migrant") == "Non-migrants"
    index = pd.MultiIndex.from_tuples([("raid", True)], names=["contact", "user_migrant"])
    assert label_index(index) == ["Police raid / Migrants"]
    assert period_label(pd.Period("2024Q3", "Q")) == "Jul-Sep 2024"


def _incidents(rng) -> pd.DataFrame:
    months = pd.period_range("2023-01", periods=36, freq="M", name="month")
    return pd.DataFrame({t: rng.poisson(lam, 36) for t, lam in
                         (("physical_assault", 1.5), ("robbery", 2.0), ("raid", 0.6),
                          ("threats_harassment", 3.0))}, index=months)


def test_a_sparse_monthly_table_is_grouped_into_years_and_says_so():
    table = _incidents(np.random.default_rng(1))
    assert not passes(table)
    grouped = group_until_shown(table)
    assert passes(grouped.table)
    assert grouped.table.index.freqstr.startswith("Y") or "'Other'" in grouped.note
    assert grouped.note.startswith("Grouped so that it can be shown: by ")
    assert int(grouped.table.to_numpy().sum()) == int(table.to_numpy().sum())  # nothing lost


def test_rare_categories_are_counted_in_other_and_named():
    people = pd.DataFrame({"people": [500, 300, 40, 6, 5]},
                          index=pd.Index(["uk", "other_eu", "africa", "east_asia", "other"],
                                         name="nationality_group"))
    grouped = group_until_shown(people, rows=True, columns=False)
    assert passes(grouped.table) and grouped.table.loc["other", "people"] == 11
    assert "'East Asia' counted in 'Other'" in grouped.note


@pytest.mark.slow  # every grouping step runs the suppression audit's linear programmes: ~2.5 min
@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.floats(0.1, 20))
def test_a_table_left_suppressed_cannot_be_shown_at_the_coarsest_grouping(seed, scale):
    rng = np.random.default_rng(seed)
    table = (_incidents(rng) * scale).round().astype(int)
    grouped = group_until_shown(table)
    assert int(grouped.table.to_numpy().sum()) == int(table.to_numpy().sum())
    if not passes(grouped.table):  # then no coarser step was left to take
        assert grouped.table.index.freqstr.startswith("Y") and grouped.table.shape[1] <= 2


def test_a_share_table_is_grouped_by_year_and_follow_up_not_complete_is_not_held_against_it():
    quarters = pd.period_range("2023Q1", periods=12, freq="Q", name="month")
    table = pd.DataFrame({"successes": [25] * 11 + [0], "trials": [30] * 11 + [0]},
                         index=quarters)
    waiting = pd.Series([False] * 11 + [True], index=quarters)
    grouped = group_shares_until_shown(table, 10, waiting)
    assert list(grouped.table.index.astype(str)) == ["2023", "2024", "2025"]
    assert grouped.table["successes"].tolist() == [100, 100, 75]
    assert not grouped.table["not_complete"].any()
