"""What a helper's attack on this round's rules found they took that names nobody, or read slowly
(ATTACK_FP, session 10): each case stays, and the long inputs are read in linear time."""

import pytest

from tests.deidentify.conftest import cpu_seconds, removed


@pytest.mark.parametrize("text,kept", [
    ("Dx: Chlamydia, TX given today", "Chlamydia"),
    ("Enoxaparin, SC daily; Midazolam/SC prn", "Midazolam/SC"),
    ("Keflex DC tomorrow, Seroquel DC'd", "DC"),
    ("Nombre: Desconocido", "Desconocido"),
    ("Отчество: Нет", "Нет"),
    ("Medication / Name: Sertraline", "Sertraline"),
    ("flare of Crohn's. Referred to Huntington's clinic", "Crohn's"),
    ("22:10 Obs: BP 120/80\n22:40 Obs: stable\n23:10 Pain: 4/10", "Obs"),
    ("From: Safeguarding lead\nTo: Marisa", "Safeguarding"),
    ("Kind regards,\nSafeguarding\nWyvern Vale Council", "Safeguarding"),
    ("Curfew tag 7pm-7am, PLT 45-low", "7pm-7am"),
    ("O2 may be weaned today", "O2"),
])
def test_what_names_nobody_stays(engine, text, kept):
    assert not any(kept in p or p in kept.split() for p in removed(engine, text))


@pytest.mark.parametrize("make", [
    lambda n: "Note\n" + " " * n + "x",
    lambda n: "Tarnmouth, OH" + " " * n + "x",
    lambda n: "O1" * (n // 2) + "2",
    lambda n: "Worker: OF\n" + "OF " * (n // 3),
    lambda n: "Kind regards" + " " * n + "x",
])
def test_long_runs_are_read_in_linear_time(engine, make):
    small, large = (cpu_seconds(engine, make(size)) for size in (10_000, 40_000))
    assert large < 4 * small + 1.0  # four times the text: about four times the time, not sixteen


@pytest.mark.parametrize("text,piece", [
    ("born 2534 BE in Roi Et", "2534"),
    ("Thank you,\nMandeep\nBookings", "Mandeep"),
    ("she says 'TONY SUN' runs it", "TONY SUN"),
    ("Port Calloway,OH", "Port Calloway,OH"),
    ("UNK MALE IN LOT, PLT# X41GLK", "X41GLK"),
])
def test_variants_the_leak_helper_found(engine, text, piece):
    assert piece in removed(engine, text)
