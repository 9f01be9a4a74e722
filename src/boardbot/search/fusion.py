"""Reciprocal-rank fusion: one formula for chunks and decisions.

RRF adds ``weight / (k + rank)`` over the ranked lists an item appears in, so
a BM25 score and a cosine - on scales that cannot be compared - combine by
rank alone. ``FusionRetriever`` applies it to LlamaIndex retrievers and keeps
each list's own score on the node, because later stages (the answerer's
abstention, the register's relevance bar) judge by those raw scores.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from llama_index.core.retrievers import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle

RRF_K = 60.0  # the constant of Cormack et al. (2009); damps the lead of the very top ranks
SCORES_KEY = "_scores"  # node metadata key holding each list's raw score (and rank)


def rrf(rankings: Iterable[Sequence[str]], weights: Sequence[float] | None = None, k: float = RRF_K) -> dict[str, float]:
    """Fused score of every id in ``rankings`` (each best first), in order of first appearance."""
    fused: dict[str, float] = {}
    for i, ids in enumerate(rankings):
        w = weights[i] if weights is not None else 1.0
        for rank, key in enumerate(ids):
            fused[key] = fused.get(key, 0.0) + w / (k + rank + 1)
    return fused


class FusionRetriever(BaseRetriever):
    """Reciprocal-rank fusion of named LlamaIndex retrievers, keyed by node id, best first.

    Each fused node carries ``metadata["_scores"]``: per retriever name its raw
    score, and with ``ranks`` its 1-based rank as ``<name>_rank``. Ties keep the
    order in which the retrievers first returned the nodes.
    """

    def __init__(self, retrievers: Sequence[tuple[str, BaseRetriever]], weights: Sequence[float] | None = None,
                 ranks: bool = True) -> None:
        super().__init__()
        self._retrievers = list(retrievers)
        self._weights = weights
        self._ranks = ranks

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        nodes: dict[str, NodeWithScore] = {}
        parts: dict[str, dict[str, float]] = {}
        rankings: list[list[str]] = []
        for name, retriever in self._retrievers:
            ranking = []
            for rank, nws in enumerate(retriever.retrieve(query_bundle)):
                nid = nws.node.node_id
                ranking.append(nid)
                nodes.setdefault(nid, nws)
                parts.setdefault(nid, {})[name] = nws.score or 0.0
                if self._ranks:
                    parts[nid][f"{name}_rank"] = rank + 1
            rankings.append(ranking)
        fused = rrf(rankings, self._weights)
        out = []
        for nid, score in sorted(fused.items(), key=lambda kv: -kv[1]):
            node = nodes[nid].node
            node.metadata[SCORES_KEY] = parts[nid]
            out.append(NodeWithScore(node=node, score=score))
        return out
