"""Fake identifiers have the formats (and check digits) of real ones."""

import re

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from workbench.core.integrity import nhs_check_digit_ok
from workbench.generate import identifiers as ids


@given(st.integers(0, 2**32 - 1))
def test_nhs_numbers_carry_a_valid_check_digit(seed):
    number = ids.nhs_number(np.random.default_rng(seed))
    assert nhs_check_digit_ok(number)
    assert re.fullmatch(r"\d{3}[ -]?\d{3}[ -]?\d{4}", number)


def test_nhs_check_rejects_a_changed_digit():
    assert nhs_check_digit_ok("943 476 5919")  # the NHS's published example number
    assert not nhs_check_digit_ok("943 476 5918")
    assert not nhs_check_digit_ok("943 476 591")


@given(st.integers(0, 2**32 - 1))
def test_ni_numbers_follow_the_hmrc_rules(seed):
    nino = ids.ni_number(np.random.default_rng(seed)).upper().replace(" ", "")
    assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", nino)
    assert nino[:2] not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


@given(st.integers(0, 2**32 - 1))
def test_uk_numbers_are_in_ofcoms_drama_ranges(seed):
    rng = np.random.default_rng(seed)
    digits = re.sub(r"\D", "", ids.uk_mobile(rng))
    assert re.search(r"7700900\d{3}$", digits)
    land = re.sub(r"\D", "", ids.uk_landline(rng))
    assert re.search(r"(2079460|1134960|1174960|1614960)\d{3}$", land)


@given(st.integers(0, 2**32 - 1))
def test_postcodes_have_the_uk_shape(seed):
    pc = ids.postcode(np.random.default_rng(seed)).upper()
    assert re.fullmatch(r"[A-Z]{1,2}\d{1,2} ?\d[ABD-HJLNP-UW-Z]{2}", pc)
