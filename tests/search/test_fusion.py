"""Reciprocal-rank fusion, the one formula chunks and decisions share."""

from __future__ import annotations

import pytest
from llama_index.core.retrievers import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from boardbot.search.fusion import RRF_K, SCORES_KEY, FusionRetriever, rrf


def test_rrf_adds_one_over_k_plus_rank() -> None:
    fused = rrf([["a", "b", "c"], ["c", "a"]])
    assert fused["a"] == pytest.approx(1 / (RRF_K + 1) + 1 / (RRF_K + 2))
    assert fused["b"] == pytest.approx(1 / (RRF_K + 2))
    assert fused["c"] == pytest.approx(1 / (RRF_K + 3) + 1 / (RRF_K + 1))
    assert list(fused) == ["a", "b", "c"]  # first appearance, so ties break the same way every time
    assert rrf([]) == {} and rrf([[], []]) == {}


def test_rrf_weights_and_k() -> None:
    fused = rrf([["a"], ["b"]], weights=[2.0, 1.0], k=0.0)
    assert fused == {"a": 2.0, "b": 1.0}


class Ranked(BaseRetriever):
    """A retriever returning fixed (id, raw score) pairs, best first."""

    def __init__(self, pairs: list[tuple[str, float]]) -> None:
        super().__init__()
        self.pairs = pairs
        self.queries: list[str] = []

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        self.queries.append(query_bundle.query_str)
        return [NodeWithScore(node=TextNode(id_=i, text=f"text {i}"), score=s) for i, s in self.pairs]


def test_fusion_retriever_orders_by_rrf_and_keeps_each_lists_score() -> None:
    dense = Ranked([("x", 0.71), ("y", 0.52), ("z", 0.40)])
    bm25 = Ranked([("z", 12.5), ("w", 3.0)])
    out = FusionRetriever([("dense", dense), ("bm25", bm25)]).retrieve("better care fund")
    assert dense.queries == bm25.queries == ["better care fund"]
    ids = [n.node.node_id for n in out]
    assert ids == ["z", "x", "y", "w"]  # z is in both lists; y and w tie (2nd in one list): y came first
    assert out[0].score == pytest.approx(1 / (RRF_K + 3) + 1 / (RRF_K + 1))
    assert out[0].node.metadata[SCORES_KEY] == {"dense": 0.40, "dense_rank": 3, "bm25": 12.5, "bm25_rank": 1}
    assert out[3].node.metadata[SCORES_KEY] == {"bm25": 3.0, "bm25_rank": 2}
    assert [n.score for n in out] == sorted((n.score for n in out), reverse=True)


def test_fusion_without_ranks_and_with_an_empty_list() -> None:
    out = FusionRetriever([("bm25", Ranked([("a", 2.0)])), ("dense", Ranked([]))], ranks=False).retrieve("q")
    assert [(n.node.node_id, n.node.metadata[SCORES_KEY]) for n in out] == [("a", {"bm25": 2.0})]
    assert FusionRetriever([("bm25", Ranked([]))]).retrieve("q") == []
