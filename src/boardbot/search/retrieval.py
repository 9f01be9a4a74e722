"""Hybrid retrieval: dense (Chroma) and BM25 (SQLite FTS5) fused by reciprocal rank.

Both halves are LlamaIndex retrievers and apply the caller's filters inside
their own query (Chroma ``where``, SQL ``WHERE``), so top-k is always full and
a filtered-out paper cannot leak through scores or counts. Fusion keeps each
half's raw score on the hit: the answerer uses the dense cosine to judge
whether the papers hold an answer at all.
"""

from __future__ import annotations

import logging
from typing import Any

from llama_index.core.retrievers import BaseRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle, TextNode

from ..records import Hit
from ..store.catalog import row_metadata
from ..store.filters import Filters
from ..store.index import Index
from ..text.stemming import stems_of
from .dedup import add_copies, collapse, swap_to_originals
from .fusion import SCORES_KEY, FusionRetriever
from .rerank import QueryAnalysis, RerankWeights, analyse, rerank

log = logging.getLogger(__name__)


class BM25Retriever(BaseRetriever):
    """LlamaIndex retriever over the catalogue's FTS5 table."""

    def __init__(self, index: Index, k: int, filters: Filters) -> None:
        super().__init__()
        self._index, self._k, self._filters = index, k, filters

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        out = []
        for row, score in self._index.catalog.bm25(query_bundle.query_str, self._k, self._filters):
            node = TextNode(id_=row["id"], text=row["text"], metadata={"file": row["file"]})
            out.append(NodeWithScore(node=node, score=score))
        return out


class Searcher:
    """Turns a query and filters into Hits, resolving metadata from the catalogue.

    Everything a caller's scores depend on - IDF, the scope vocabulary, the board
    filter's file list - is computed over the papers the caller's groups may read,
    so a private paper changes neither what a public reader gets nor how it ranks
    (BM25 itself ranks per-group FTS5 tables: see docs/visibility.md).
    """

    def __init__(self, index: Index, weights: RerankWeights | None = None) -> None:
        self.index = index
        self.weights = weights or RerankWeights()
        # groups -> (the board/organisation names it was built from, their stems)
        self._scope_cache: dict[tuple[str, ...] | None, tuple[str, set[str]]] = {}

    def idf(self, stems: list[str], groups: tuple[str, ...] | None = None) -> dict[str, float]:
        return self.index.catalog.idf(stems, groups)

    def scope_vocab(self, groups: tuple[str, ...] | None = None) -> set[str]:
        """Stems naming the boards and organisations of the papers ``groups`` may read."""
        names = " ".join(sorted(set(self.index.catalog.board_names(groups).values())))
        key = tuple(sorted(groups)) if groups is not None else None
        cached = self._scope_cache.get(key)
        if cached is None or cached[0] != names:
            cached = (names, stems_of(names))
            self._scope_cache[key] = cached
        return cached[1]

    def analyse(self, query: str, groups: tuple[str, ...] | None = None) -> QueryAnalysis:
        return analyse(query, lambda stems: self.idf(stems, groups), self.scope_vocab(groups))

    def resolve(self, filters: Filters) -> Filters:
        """Board names are matched loosely in SQL; the vector store needs exact file names."""
        if not filters.board:
            return filters
        where, args = Filters(board=filters.board, groups=filters.groups).sql("c")
        rows = self.index.catalog.db.execute(
            f"SELECT file FROM files c WHERE status='complete' AND {where}", args
        ).fetchall()
        return filters.with_board_files(r[0] for r in rows)

    def search(self, query: str, k: int = 10, filters: Filters | dict[str, Any] | None = None,
               qa: QueryAnalysis | None = None) -> list[Hit]:
        f = Filters.from_any(filters)
        n = max(k, self.index.settings.candidates)
        hits = self.originals(self.candidates(query, n, f), f)
        hits = collapse(rerank(hits, qa or self.analyse(query, f.groups), self.weights))[:k]
        add_copies(hits, self.index.catalog.copies([h.file for h in hits], f.groups))
        if any(not h.metadata.get("organisation") for h in hits):
            # read after ranking: it tells the answerer whose paper this is, not what it is about
            orgs = self.index.catalog.meeting_organisations(f.groups)
            for h in hits:
                m = h.metadata
                if not m.get("organisation"):
                    m["organisation"] = orgs.get((m.get("board") or "", m.get("meeting_date") or ""), "")
        return hits

    def page_siblings(self, hits: list[Hit], filters: Filters | dict[str, Any] | None, top: int) -> list[Hit]:
        """The other chunks of the pages the ``top`` hits sit on, each marked with its hit's rank.

        A page is retrieved by the chunk that matches the question's words best, but the sentence that
        answers it may sit in the chunk beside ("The total ... would be in excess of £80million"
        after the chunk on road maintenance): the answerer reads the whole page of its best hits.
        """
        f = self.resolve(Filters.from_any(filters))
        seen = {h.id for h in hits}
        out: list[Hit] = []
        for rank, h in enumerate(hits[:top]):
            for page in dict.fromkeys((h.page_start, h.page_end)):
                for row in self.index.catalog.chunk_at(h.file, page, f):
                    if row["id"] in seen:
                        continue
                    seen.add(row["id"])
                    sib = _hit(row, h.score)
                    sib.metadata["organisation"] = sib.metadata.get("organisation") or h.metadata.get("organisation", "")
                    sib.metadata[SIBLING_OF] = rank
                    out.append(sib)
        return out

    def originals(self, hits: list[Hit], filters: Filters) -> list[Hit]:
        """Hits on copied pages (re-issued minutes, duplicate files) swapped for their originals."""
        f = self.resolve(filters)
        found = self.index.catalog.originals([(h.file, h.page_start) for h in hits], f.groups)
        if not found:
            return hits
        return swap_to_originals(hits, found, lambda file, page: [
            _hit(row, 0.0) for row in self.index.catalog.chunk_at(file, page, f)])

    def candidates(self, query: str, n: int, filters: Filters | dict[str, Any] | None = None) -> list[Hit]:
        """First stage: fused dense + BM25 top ``n``."""
        f = self.resolve(Filters.from_any(filters))
        hybrid = FusionRetriever([("dense", self.index.vectors.retriever(n, f)), ("bm25", BM25Retriever(self.index, n, f))])
        fused = hybrid.retrieve(query)
        rows = self.index.catalog.get_chunks([x.node.node_id for x in fused], f.groups)
        hits: list[Hit] = []
        for nws in fused:
            row = rows.get(nws.node.node_id)
            if row is None:  # vector without a readable catalogue row: mid-ingest, removed, or re-labelled
                continue
            hit = _hit(row, float(nws.score or 0.0))
            hit.metadata.update(nws.node.metadata.get(SCORES_KEY, {}))
            hits.append(hit)
            if len(hits) >= n:
                break
        return hits


SIBLING_OF = "sibling_of"  # metadata key: the rank of the hit whose page a sibling chunk shares


def _hit(row: Any, score: float) -> Hit:
    return Hit(id=row["id"], file=row["file"], page_start=row["page_start"], page_end=row["page_end"],
               text=row["text"], score=score, metadata=row_metadata(row))
