"""Questions that name a body, a meeting date, a decision or "the latest" prefer the papers that fit.

The preferences are read from the question alone; the reranker weighs them against
each candidate's metadata. Candidates here are hand-made hits with the metadata the
catalogue gives real chunks, so each test isolates one preference.
"""

from __future__ import annotations

from boardbot.records import Hit
from boardbot.search.query import decision_match, label_match, meeting_match, preferences, recency
from boardbot.search.rerank import QueryAnalysis, RerankWeights, rerank


def test_preferences_read_from_the_question() -> None:
    p = preferences("What did Cabinet decide on 9 January 2025 about the Devolution Priority Programme?")
    assert p.bodies == ["cabinet"] and p.days == {"2025-01-09"} and "2025-01" in p.months
    assert p.decision and not p.latest
    p = preferences("What's the latest position on Kent and Medway joining the Devolution Priority Programme?")
    assert p.latest and not p.decision and not p.bodies and not p.days
    p = preferences("What did the County Council agree on 13 March 2025 about the JHOSC?")
    assert p.bodies == ["county council"] and p.decision
    assert not preferences("How many long-term empty homes were brought back into use?").any


def test_a_body_abbreviated_in_a_question_is_that_body() -> None:
    p = preferences("What did the Cambridgeshire and Peterborough HWB/ICP decide at its 20 October 2023 meeting?")
    assert p.bodies == ["health and wellbeing board", "integrated care partnership"] and p.days == {"2023-10-20"}
    assert preferences("When did the ICB Board approve the plan?").bodies == ["integrated care board"]
    assert preferences("What did the HWBs agree?").bodies == ["health and wellbeing board"]


def test_meeting_match_needs_body_and_date() -> None:
    p = preferences("What did Cabinet decide on 9 January 2025?")
    assert meeting_match(p, "Cabinet", "2025-01-09") == 1.0
    assert meeting_match(p, "County Council", "2025-01-09") == 0.5  # right day, other body
    assert meeting_match(p, "Cabinet", "2025-01-30") == 0.75  # right body and month, other day
    assert meeting_match(p, "Cabinet", "2024-01-09") == 0.5
    assert meeting_match(preferences("Who chairs it?"), "Cabinet", "2025-01-09") == 0.0


def test_decision_questions_prefer_minutes_then_decision_records() -> None:
    p = preferences("What did the County Council resolve about the Minerals and Waste Local Plan?")
    assert decision_match(p, "minutes") > decision_match(p, "record of decision") > decision_match(p, "report") == 0
    assert decision_match(preferences("How much is the Plan's budget?"), "minutes") == 0


def test_latest_prefers_the_newest_meeting() -> None:
    p = preferences("What is the current position on devolution?")
    keys = [20250109, 20250313, 0]
    assert recency(p, 20250313, keys) == 1.0 and recency(p, 20250109, keys) == 0.0
    assert recency(preferences("What is the position on devolution?"), 20250313, keys) == 0.0


def _hit(i: int, score: float, **meta: object) -> Hit:
    text = "The Council agreed to submit a request to join the Devolution Priority Programme."
    return Hit(id=f"h{i}", file=f"f{i}.pdf", page_start=1, page_end=1, text=text, score=score, metadata=dict(meta))


def _qa(question: str) -> QueryAnalysis:
    from boardbot.search.rerank import analyse

    return analyse(question, lambda words: {w: 1.0 for w in words}, set())


def test_rerank_puts_the_minutes_of_the_named_meeting_first() -> None:
    # the report on the topic is fused first; the minutes of the named meeting hold the decision
    report = _hit(1, 0.033, board="Cabinet", meeting_date="2025-01-09", doc_type="report", date_key=20250109)
    other = _hit(2, 0.032, board="Cabinet", meeting_date="2025-03-04", doc_type="minutes", date_key=20250304)
    minutes = _hit(3, 0.030, board="Cabinet", meeting_date="2025-01-09", doc_type="minutes", date_key=20250109)
    ranked = rerank([report, other, minutes], _qa("What did Cabinet decide on 9 January 2025 about devolution?"))
    assert [h.id for h in ranked][0] == "h3"
    # without the preferences the fused order stands: the features, not the texts, moved it
    flat = RerankWeights(meeting=0, decision=0, latest=0, date=0, scope=0)
    same = [_hit(i, s, **h.metadata) for i, s, h in ((1, 0.033, report), (2, 0.032, other), (3, 0.030, minutes))]
    assert [h.id for h in rerank(same, _qa("What did Cabinet decide on 9 January 2025 about devolution?"), flat)][0] == "h1"


def test_rerank_latest_prefers_the_march_paper() -> None:
    jan = _hit(1, 0.033, board="County Council", meeting_date="2025-01-09", doc_type="report", date_key=20250109)
    mar = _hit(2, 0.031, board="County Council", meeting_date="2025-03-13", doc_type="report", date_key=20250313)
    ranked = rerank([jan, mar], _qa("What's the latest position on the Devolution Priority Programme?"))
    assert ranked[0].id == "h2"


def test_a_paper_named_by_its_label_is_preferred() -> None:
    p = preferences("In Appendix E of the 2025-26 budget, what is the total spending increase for prices?")
    assert p.labels == {"appendix e"} and p.any
    assert label_match(p, "", "full_council-2025-02-13--Appendix E - 2025-26 Budget by Directorate.pdf") == 1.0
    assert label_match(p, "Appendix F - All templates", "f.pdf") == 0.0
    assert label_match(p, "Appendix E1 - Capital", "f.pdf") == 0.0  # a label is matched whole
    # a paragraph reference is not a paper's label; "annexe" is "annex"
    assert preferences("What does paragraph 3 of Appendix 3.2 say?").labels == set()
    assert preferences("What is in Annexe 2?").labels == {"annex 2"}
    report = _hit(1, 0.033, title="2025-26 Budget report")
    appendix = Hit(id="h2", file="Appendix E - Budget by Directorate.pdf", page_start=1, page_end=1,
                   text=report.text, score=0.030, metadata={})
    ranked = rerank([report, appendix], _qa("In Appendix E, what did the Council agree to submit?"))
    assert ranked[0].id == "h2"
