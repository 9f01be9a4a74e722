"""Who moved it: a mover question is answered from the register's motion and amendment records
(a real index of a district council's minutes from evals/layouts, with two motions and an amendment)."""

from __future__ import annotations

import pytest

from conftest import ROOT, build_index

MINUTES = ROOT / "evals" / "layouts" / "papers" / "district-council-minutes-2024-12-12.pdf"


@pytest.fixture(scope="module")
def council(tmp_path_factory: pytest.TempPathFactory):
    from boardbot.assistant import Assistant

    return Assistant(build_index(tmp_path_factory.mktemp("movers") / "index", [MINUTES]))


def _mover(assistant, question: str):
    from boardbot.decisions.movers import answer_mover

    return answer_mover(assistant.decisions, assistant.index.catalog, question, None)


@pytest.mark.parametrize(("question", "person"), [
    ("Who moved the motion on pavement parking?", "Councillor Brightwell"),
    ("Who seconded the motion on pavement parking?", "Councillor Haskins"),
    # the amendment, not the motion it amended
    ("Who proposed the amendment on pavement parking enforcement across the whole district?", "Councillor Sandford"),
    ("Who seconded the amendment on pavement parking that was lost?", "Councillor Chandran"),
])
def test_the_mover_asked_for_leads_the_answer(council, question: str, person: str) -> None:
    ans = _mover(council, question)
    assert ans is not None and ans.status == "answered", ans and ans.text
    assert ans.text.startswith(f"{person} [1]")
    assert ans.citations[0].file == MINUTES.name


def test_no_record_of_the_kind_asked_is_left_to_search(council) -> None:
    # no amendment on pavement parking was carried, and nothing was moved on libraries
    assert _mover(council, "Who proposed the amendment on pavement parking that was carried?") is None
    assert _mover(council, "Who proposed the motion on library opening hours?") is None
    assert _mover(council, "What did the Council decide on pavement parking?") is None


def test_ask_answers_a_mover_question_from_the_register(council) -> None:
    ans = council.ask("Who moved the motion on pavement parking?")
    assert ans.mode == "register" and ans.lead == "Councillor Brightwell [1]"
