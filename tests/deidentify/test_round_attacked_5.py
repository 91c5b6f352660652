"""What a helper's attack on this round's rules found they removed that names nobody
(atk12a, session 12): a log line's topic read as its author, diagnoses after a dash, a ward
sister's and a rank's letters acting, shorthand after a rank, things named after a feast,
Welsh words for Tuesday and a name before a number, "sat an" read as a Romanian village's
street; and a log line of spaces read in quadratic time. Each look-alike stays; the
identifiers beside them go."""

import pytest

from tests.deidentify.conftest import cpu_seconds, removed


@pytest.mark.parametrize("text,kept", [
    ("Probation log\n14/01/25 UPW - attended, 6 hours done", "UPW"),
    ("Immigration\n03/05/24 BRP - expired, renewal sent", "BRP"),
    ("Court\n08/02/25 ABH - charged, bail to 3/3", "ABH"),
    ("Casework\n06/03/25 MP - emailed about the housing", "MP"),
    ("Dx 2019 - BPD. On a waiting list.", "BPD"),
    ("eGFR 45 - CKD. Repeat in 3 months.", "CKD"),
    ("Ward round: SR to review dressing this pm. SR says ok for discharge.", "SR"),
    ("Nifedipine 30mg MR to continue", "MR"),
    ("Duty log: PC HB 15:10 - no answer", "HB"),
    ("Garda HQ - no reply yet", "HQ"),
    ("Halloween party at the drop-in, costumes welcome", "Halloween"),
    ("Thanksgiving service at the church", "Thanksgiving"),
    ("her mother's day centre is closed", "mother"),
    ("Clinig dydd Mawrth 2 tan 4, dydd Iau 10 tan 12.", "2"),
    ("Her son Medi 6 years and daughter 4.", "6"),
    ("She sat an English test at the college.", "English"),
])
def test_attacked_look_alikes_stay(engine, text, kept):
    assert not any(kept in p.split() or p == kept for p in removed(engine, text))


@pytest.mark.parametrize("text,piece", [
    ("Liaison log\n10/01/25 JH - emailed DC Rhydderch", "JH"),
    ("Halloween at the Crown, went as Morticia", "Halloween"),
    ("Born 14 Meán Fómhair 1990 in Sligo", "14 Meán Fómhair 1990"),
    ("5 Maes-y-Coed, Bala", "5 Maes-y-Coed"),
])
def test_the_identifiers_beside_them_go(engine, text, piece):
    assert any(piece in p for p in removed(engine, text))


def test_a_dated_line_of_spaces_is_read_in_linear_time(engine):
    small, large = (cpu_seconds(engine, "12/01/25" + " " * size + "client seen")
                    for size in (5_000, 20_000))
    assert large < 4 * small + 1.0
