"""Follow-ups: "it / they / that decision" stand for the previous turn's subject and paper."""

from __future__ import annotations

import pytest

from boardbot.answer.followups import Turn, as_turn, prefer, resolve, subject_of
from boardbot.records import Answer, Citation, Hit

FAMILY_HUBS = "What did Cabinet decide about family hubs?"


@pytest.mark.parametrize(("question", "subject"), [
    (FAMILY_HUBS, "family hubs"),
    ("What is the Place Integration Deal?", "Place Integration Deal"),
    ("Who presented the obesity update?", "obesity update"),
    ("What did the County Council agree on 13 March 2025 about the Joint Health Overview and Scrutiny Committee?",
     "the Joint Health Overview and Scrutiny Committee"),
])
def test_subject_of_a_question(question: str, subject: str) -> None:
    assert subject_of(question) == subject


@pytest.mark.parametrize(("question", "query"), [
    ("what did they decide about it?", "what did Cabinet decide about family hubs?"),
    ("who presented it?", "who presented family hubs?"),
    ("when was that decision made?", "when was family hubs made?"),
    ("and the cost?", "family hubs the cost?"),
])
def test_follow_up_searches_the_previous_subject(question: str, query: str) -> None:
    r = resolve(question, [FAMILY_HUBS])
    assert r.follow_up and r.query == query
    # not the two questions' words glued together
    assert "What did Cabinet decide about family hubs? " not in r.query


def test_a_new_question_is_left_alone() -> None:
    q = "How much will the Council spend on highways maintenance in 2025-26?"
    assert resolve(q, [FAMILY_HUBS]).query == q
    assert resolve("who presented it?", None).query == "who presented it?"


def test_the_previous_answers_papers_are_preferred_softly() -> None:
    prev = Answer(FAMILY_HUBS, "Cabinet agreed ... [1]", [Citation(1, "cabinet-minutes.pdf", 9, "q", 1.0)], False)
    r = resolve("who presented it?", [prev])
    assert r.prefer == ("cabinet-minutes.pdf",)
    hits = [Hit(str(i), f, 1, 1, "", 1.0) for i, f in enumerate(["a.pdf", "b.pdf", "c.pdf", "cabinet-minutes.pdf",
                                                                  "d.pdf", "e.pdf", "f.pdf", "cabinet-minutes.pdf"])]
    order = [h.id for h in prefer(hits, r.prefer)]
    assert order[:2] == ["0", "3"]  # moved up, not to the top over everything
    assert order.index("7") == 5  # up two places, from 8th to 6th
    assert prefer(hits, ()) == hits


def test_history_forms_are_all_accepted() -> None:
    assert as_turn("q") == Turn("q")
    assert as_turn({"q": "q", "files": ["a.pdf"]}) == Turn("q", "", ("a.pdf",))
    # a follow-up of a follow-up keeps the first subject
    r = resolve("and who presented it?", [FAMILY_HUBS, {"q": "what did they decide about it?", "files": ["m.pdf"]}])
    assert "family hubs" in r.query and r.prefer == ("m.pdf",)
