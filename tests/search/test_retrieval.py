"""Hybrid retrieval over a real index of one sample paper (LSC ICB, 18 pages).

The dense (Chroma) and BM25 (FTS5) LlamaIndex retrievers, their fusion into
hits, filters applied inside each store's query, and the IDF and scope words
the reranker reads.
"""

from __future__ import annotations

import math

import pytest

from boardbot.assistant import Assistant
from boardbot.search.fusion import RRF_K
from boardbot.search.retrieval import BM25Retriever, Searcher
from boardbot.store.filters import NO_FILE, Filters
from boardbot.text.stemming import stem
from conftest import LSC, build_index, make_settings

pytestmark = pytest.mark.slow  # builds its own one-paper index


@pytest.fixture(scope="module")
def searcher(tmp_path_factory: pytest.TempPathFactory) -> Searcher:
    index = build_index(tmp_path_factory.mktemp("lsc") / "index", [LSC])
    return Assistant(settings=make_settings(index)).searcher


def test_bm25_retriever_ranks_inside_the_filters(searcher: Searcher) -> None:
    got = BM25Retriever(searcher.index, 5, Filters()).retrieve("life expectancy Blackpool")
    assert 0 < len(got) <= 5
    scores = [n.score for n in got]
    assert scores == sorted(scores, reverse=True) and scores[-1] > 0
    assert "Blackpool" in got[0].node.get_content() and "expectancy" in got[0].node.get_content().lower()
    assert BM25Retriever(searcher.index, 5, Filters(files=("other.pdf",))).retrieve("Blackpool") == []
    assert BM25Retriever(searcher.index, 5, Filters(groups=("members",))).retrieve("Blackpool") == []


def test_dense_retriever_scores_are_cosines(searcher: Searcher) -> None:
    got = searcher.index.vectors.retriever(5, Filters()).retrieve("men's life expectancy in Blackpool")
    assert len(got) == 5 and all(-1.0 <= n.score <= 1.0 for n in got)
    assert got[0].score > 0.4
    floor = got[2].score
    kept = searcher.index.vectors.retriever(5, Filters(), min_cosine=floor).retrieve(
        "men's life expectancy in Blackpool")
    assert [n.node.node_id for n in kept] == [n.node.node_id for n in got[:3]]


def test_candidates_are_the_reciprocal_rank_fusion_of_both_lists(searcher: Searcher) -> None:
    hits = searcher.candidates("What is male life expectancy in Blackpool?", 20)
    assert 0 < len(hits) <= 20
    for h in hits:
        m = h.metadata
        ranks = [m[k] for k in ("dense_rank", "bm25_rank") if k in m]
        assert ranks, "every hit comes from at least one list"
        assert h.score == pytest.approx(sum(1 / (RRF_K + r) for r in ranks))
        assert h.file == LSC.name and h.text and 1 <= h.page_start <= h.page_end <= 18
        assert m["title"] == "Place Integration Deal: Progress on Areas of Delivery"
        assert "dense" in m or "bm25" in m
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


@pytest.mark.parametrize(("question", "page", "evidence"), [
    ("What is male life expectancy in Blackpool according to the ICB place integration paper?", 10, "74.1"),
    ("Who presented the Place Integration Deal progress paper?", 1, "Craig Harris"),
])
def test_search_finds_the_page_that_answers(searcher: Searcher, question: str, page: int, evidence: str) -> None:
    top = searcher.search(question, k=3)
    assert any(h.page_start <= page <= h.page_end and evidence in h.text for h in top)


def test_filters_apply_inside_both_stores(searcher: Searcher) -> None:
    q = "place integration deal progress"
    assert searcher.search(q, filters={"since": "2024-01-01"}) == []
    assert searcher.search(q, filters={"until": "2023-10-31"}) == []
    assert searcher.search(q, filters={"since": "2023-11-08", "until": "2023-11-08"})
    assert searcher.search(q, filters={"groups": ["members"]}) == []
    assert searcher.search(q, filters={"groups": ["public"]})
    assert searcher.search(q, filters={"files": ["another.pdf"]}) == []
    assert searcher.search(q, filters={"board": "south cumbria"})
    assert searcher.search(q, filters={"board": "Haringey"}) == []


def test_board_filter_resolves_to_files(searcher: Searcher) -> None:
    assert searcher.resolve(Filters(board="Lancashire")) == Filters(files=(LSC.name,))
    assert searcher.resolve(Filters(board="Lancashire", files=("x.pdf",))).files == (NO_FILE,)
    assert searcher.resolve(Filters(board="Lancashire", groups=("members",))).files == (NO_FILE,)
    assert searcher.resolve(Filters(since="2023-01-01")) == Filters(since="2023-01-01")


def test_idf_and_scope_words_come_from_the_index(searcher: Searcher) -> None:
    idf = searcher.idf(["expectancy", "place", "zzzunseen"])
    assert idf["zzzunseen"] > idf["expectancy"] > idf["place"] > 0
    total = searcher.index.catalog.count_chunks()
    assert idf["zzzunseen"] == pytest.approx(math.log(1 + (total + 0.5) / 0.5))  # BM25's IDF, never negative
    # counted over what the groups may read: nothing, for a group with no papers
    assert searcher.idf(["expectancy"], groups=("members",))["expectancy"] == pytest.approx(math.log(4))
    vocab = searcher.scope_vocab()
    assert {stem("lancashire"), stem("cumbria"), stem("integrated")} <= vocab
    assert searcher.scope_vocab(("members",)) == set()
    qa = searcher.analyse("What did the Lancashire and South Cumbria board agree about place integration?")
    assert stem("lancashire") in qa.scope and stem("place") not in qa.scope and stem("place") in qa.weights
