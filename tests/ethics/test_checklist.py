from ethics.checklist import answer_problems, load_checklist


def complete_answers(items):
    return {i.id: {"answer": "yes", "evidence": "ref 2026/114"} for i in items
            if i.answered_by == "person"}


def test_the_checklist_covers_the_five_safes_with_stable_ids():
    version, items = load_checklist()
    assert version >= 1
    assert {i.safe for i in items} == {"projects", "people", "settings", "data", "outputs"}
    checks = {i.check for i in items if i.answered_by == "check"}
    assert {"residual_identifiers", "forbidden_columns", "k_anonymity", "under_18",
            "consent", "date_precision"} <= checks


def test_complete_answers_pass():
    _, items = load_checklist()
    assert answer_problems(items, complete_answers(items)) == []


def test_a_missing_answer_is_named():
    _, items = load_checklist()
    answers = complete_answers(items)
    del answers["SP1"]
    assert any(p.startswith("SP1 is not answered") for p in answer_problems(items, answers))


def test_na_needs_a_reason_and_yes_needs_evidence():
    _, items = load_checklist()
    answers = complete_answers(items)
    answers["SP6"] = {"answer": "n/a"}
    answers["SE1"] = {"answer": "yes"}
    answers["PE2"] = {"answer": "maybe"}
    problems = answer_problems(items, answers)
    assert "SP6: n/a needs a reason" in problems
    assert any(p.startswith("SE1: 'yes' needs evidence") for p in problems)
    assert any(p.startswith("PE2: the answer must be") for p in problems)
    answers["SP6"] = {"answer": "n/a", "reason": "no media interest; internal evaluation"}
    assert not any(p.startswith("SP6") for p in answer_problems(items, answers))


def test_answers_to_unknown_items_are_refused():
    _, items = load_checklist()
    answers = complete_answers(items) | {"XX9": {"answer": "yes", "evidence": "x"}}
    assert "answer to unknown checklist item XX9" in answer_problems(items, answers)
