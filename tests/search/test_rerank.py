"""Second-stage reranking: question analysis, sentence-window coverage, and the final order."""

from __future__ import annotations

import pytest

from boardbot.records import Hit
from boardbot.search.rerank import QueryAnalysis, RerankWeights, analyse, rerank, window_coverage
from boardbot.text.stemming import stem

# Document frequencies as a real index would give them: rare words weigh more.
IDF = {"presented": 2.0, "place": 0.5, "integration": 1.5, "deal": 1.2, "lancashire": 1.0, "cumbria": 1.0,
       "held": 1.0, "wrote": 1.0, "minutes": 0.7, "life": 1.0, "expectancy": 2.5, "blackpool": 1.8}


def idf(words: list[str]) -> dict[str, float]:
    return {w: IDF.get(w, 1.0) for w in words}


def test_scope_words_and_dates_are_damped_not_dropped() -> None:
    qa = analyse("Who presented the Place Integration Deal to the Lancashire ICB Board on 8 November 2023?",
                 idf, scope_vocab={stem("lancashire"), stem("icb")})
    assert qa.weights[stem("presented")] == 2.0 and qa.weights[stem("integration")] == 1.5
    # a board name is a scope (a soft filter on metadata), weighed a quarter as a topic word
    assert qa.scope == {stem("lancashire"): 1.0, stem("icb"): 1.0}
    assert qa.weights[stem("lancashire")] == pytest.approx(0.25)
    # the date's words are matched through the meeting-date feature
    assert qa.months == {"2023-11"}
    assert qa.weights[stem("november")] == pytest.approx(0.25)
    assert "who" not in qa.weights and "board" not in qa.weights  # stop words


def test_month_and_year_without_a_day_is_a_month_hint() -> None:
    qa = analyse("What was agreed in March 2024 about place development?", idf, set())
    assert qa.months == {"2024-03"}


def test_a_question_words_alternatives_count_as_found() -> None:
    qa = analyse("Where was the meeting held?", idf, set())
    assert qa.coverage({stem("venue"), stem("meeting")}) == pytest.approx(1.0)
    assert qa.coverage({stem("meeting")}) < 1.0
    # alternatives are one way: "venue" in a question is not answered by "held"
    qv = analyse("What was the venue?", idf, set())
    assert qv.coverage({stem("held")}) == 0.0


def test_window_coverage_is_the_best_two_adjacent_sentences() -> None:
    qa = analyse("life expectancy Blackpool", idf, set())
    text = ("Men in Blackpool die earlier than elsewhere. Life expectancy is 74.1 years. "
            "The weather was fine. Expectancy of a different kind.")
    assert window_coverage(qa, text) == pytest.approx(1.0)
    apart = ("Men in Blackpool die earlier. The weather was fine. It rained. Life expectancy is 74.1 years.")
    assert window_coverage(qa, apart) == pytest.approx((1.0 + 2.5) / (1.0 + 2.5 + 1.8))
    assert window_coverage(qa, "Nothing relevant here.") == 0.0


def hit(id_: str, text: str, score: float, **meta: str) -> Hit:
    return Hit(id=id_, file=f"{id_}.pdf", page_start=1, page_end=1, text=text, score=score, metadata=dict(meta))


def test_the_passage_holding_the_answer_overtakes_a_better_fused_rank() -> None:
    qa = analyse("What is life expectancy in Blackpool?", idf, set())
    hits = [
        hit("vague", "Blackpool is a place of many partnerships and plans for the future.", 0.033),
        hit("answer", "Life expectancy for men in Blackpool is 74.1 years and for women is 79.0.", 0.030),
    ]
    out = rerank(hits, qa)
    assert [h.id for h in out] == ["answer", "vague"]
    # the fused score is kept beside the new one
    assert out[0].metadata["fused"] == 0.030 and out[0].score > out[1].score


def test_scope_and_meeting_date_are_soft_filters() -> None:
    qa = analyse("What did the Lancashire board note in November 2023 about integration?", idf,
                 {stem("lancashire")})
    text = "The board noted progress on integration."

    def hits() -> list[Hit]:  # rerank rescores the hits it is given, so each call gets fresh ones
        return [
            hit("other", text, 0.03, board="Haringey Board", meeting_date="2023-11-08"),
            hit("scoped", text, 0.03, board="Lancashire ICB Board", meeting_date="2023-11-08"),
            hit("dated", text, 0.03, board="Lancashire ICB Board", meeting_date="2024-03-01"),
        ]

    # both hints beat either; the meeting date (weight 0.3) counts more than the board (0.2)
    assert [h.id for h in rerank(hits(), qa)] == ["scoped", "other", "dated"]
    assert [h.id for h in rerank(hits(), qa, RerankWeights(date=0.0, meeting=0.0))][:2] == ["scoped", "dated"]
    # with the scope and date weights off, only the text counts: a tie, kept in fused order
    flat = RerankWeights(scope=0.0, date=0.0)
    same = [hit(h, text, 0.03, board="Lancashire", meeting_date="2023-11") for h in ("a", "b")]
    assert [h.id for h in rerank(same, qa, flat)] == ["a", "b"]


def test_empty_input() -> None:
    qa = QueryAnalysis({})
    assert rerank([], qa) == []
    assert qa.total == 1.0 and qa.coverage({"x"}) == 0.0
