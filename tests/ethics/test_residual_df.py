from ethics.checks.residual_df import check_residual_df
from ethics.checks.result import Status


def test_residual_df_at_the_minimum_passes():
    assert check_residual_df(10).status is Status.PASS


def test_residual_df_below_the_minimum_fails():
    result = check_residual_df(9)
    assert result.status is Status.FAIL and "below 10" in result.reason


def test_unknown_residual_df_fails_closed():
    assert check_residual_df(None).status is Status.FAIL


def test_the_minimum_can_be_raised():
    assert check_residual_df(12, minimum=20).status is Status.FAIL
