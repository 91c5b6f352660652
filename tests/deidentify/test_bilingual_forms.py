"""Names on translated documents and forms, whose labels come in two languages ("Nazwisko /
Surname:") or in the holder's own (person_names._FORM_NAME), and the labels themselves, which
name nobody (found_words.without_label)."""

import pytest

from tests.deidentify.conftest import removed


@pytest.mark.parametrize("text,name", [
    ("1. Nazwisko / Surname: WIERZBICKA\n2. Imię (imiona) / Forename(s): Joanna", "WIERZBICKA"),
    ("Numele / Surname: CĂLDĂRARU\nPrenumele / Given name: VIORICA", "CĂLDĂRARU"),
    ("Pavardė / Surname: PETRAUSKAITĖ\nVardas / Given names: GINTARĖ", "PETRAUSKAITĖ"),
    ("Nume/Nom/Last name: DUMITRAȘCU\nPrenume/Prénom/First name: IONELA", "DUMITRAȘCU"),
    ("По батькові / Patronymic: ВІКТОРІВНА", "ВІКТОРІВНА"),
    ("Nazwisko: NOWAK", "NOWAK"),
    ("1. Name (as on ID): DUMITRAȘCU Ionela-Cristina", "DUMITRAȘCU Ionela-Cristina"),
    ("Guest: HRYTSENKO Oksana Viktorivna\nRoom: 12", "HRYTSENKO Oksana Viktorivna"),
])
def test_a_name_after_its_label_in_two_languages(engine, text, name):
    assert name in removed(engine, text)


@pytest.mark.parametrize("text,label", [
    ("Numele / Surname: CĂLDĂRARU", "Numele"),
    ("Pavardė / Surname: PETRAUSKAITĖ\nVardas / Given names: GINTARĖ", "Vardas"),
])
def test_the_labels_name_nobody(engine, text, label):
    assert label not in removed(engine, text)


def test_a_label_word_in_a_names_flow_stays_the_name(engine):
    assert "Aiko Date" in removed(engine, "Aiko Date, from Osaka, came to the drop-in")
