"""Search sees each group of copies once: the original, with "also in" naming the copies.

The catalogue knows which pages are copies of which (``store/dedup.py``, found
at ingest). A candidate on a copied page is swapped for the original's chunk on
that page when the reader may read it; after reranking, hits on the same
original page merge into the best-ranked one, and the copies' files go into its
``also_in``. Work per query: two indexed lookups for ~30 candidates.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..records import Hit
from ..text.stemming import stems_of

ALSO_IN = "also_in"
COPY_OF = "copy_of"  # [original file, original page] of a hit on a copied page


def _pages(h: Hit) -> range:
    return range(h.page_start, h.page_end + 1)


def swap_to_originals(hits: list[Hit], originals: dict[tuple[str, int], tuple[str, int]],
                      chunks_at: Callable[[str, int], list[Hit]]) -> list[Hit]:
    """Replace each hit on a copied page by the original's chunk on the original page.

    ``originals`` maps (file, page) to the original (file, page) the reader may read;
    ``chunks_at`` gives the original's chunks covering a page. Of those, the one sharing
    most words with the copy's text stands in, with the copy's score and its file in
    ``also_in``. A hit whose original cannot be fetched stays, marked ``copy_of``.
    """
    out = []
    for h in hits:
        orig = originals.get((h.file, h.page_start))
        if orig is None:
            out.append(h)
            continue
        h.metadata[COPY_OF] = list(orig)
        mine = stems_of(h.text)
        best = max(chunks_at(*orig), key=lambda c: len(mine & stems_of(c.text)), default=None)
        if best is None:
            out.append(h)
            continue
        best.score = h.score
        best.metadata.update({k: v for k, v in h.metadata.items() if k.endswith("_rank") or k in ("dense", "bm25")})
        best.metadata[ALSO_IN] = [h.file]
        out.append(best)
    return out


def collapse(hits: list[Hit]) -> list[Hit]:
    """Merge hits that are one passage: same chunk, or a copy and its original page.

    Order is kept (best first); a merged group sits where its best member sat and
    is represented by the original when the original is among the hits.
    """
    out: list[Hit] = []
    by_id: dict[str, Hit] = {}
    by_page: dict[tuple[str, int], Hit] = {}  # original (file, page) -> the hit standing for it
    for h in hits:
        orig = h.metadata.get(COPY_OF)
        key = (str(orig[0]), int(orig[1])) if orig else None
        rep = by_id.get(h.id)
        if rep is None and key is not None:
            rep = by_page.get(key)
        if rep is None and key is None:
            # another chunk of the same paper on the same page is another passage; a copy of the page is not
            rep = next((by_page[(h.file, p)] for p in _pages(h)
                        if (h.file, p) in by_page and by_page[(h.file, p)].metadata.get(COPY_OF)), None)
        if rep is None:
            out.append(h)
            by_id[h.id] = h
            for k in [key] if key is not None else [(h.file, p) for p in _pages(h)]:
                by_page.setdefault(k, h)
            continue
        if key is None and rep.metadata.get(COPY_OF):
            # the original itself arrived after its copy: it takes the copy's place and rank
            i = out.index(rep)
            h.score = rep.score
            _merge_also(h, [rep.file, *rep.metadata.get(ALSO_IN, [])])
            out[i] = h
            by_id[h.id] = h
            for k, v in list(by_page.items()):
                if v is rep:
                    by_page[k] = h
            for p in _pages(h):
                by_page.setdefault((h.file, p), h)
            continue
        if h.file != rep.file:
            _merge_also(rep, [h.file, *h.metadata.get(ALSO_IN, [])])
    return out


def _merge_also(h: Hit, files: list[Any]) -> None:
    also = list(h.metadata.get(ALSO_IN, []))
    for f in files:
        if f != h.file and f not in also:
            also.append(f)
    h.metadata[ALSO_IN] = also


def add_copies(hits: list[Hit], copies: list[tuple[str, int, str, int]]) -> None:
    """Name in ``also_in`` every readable copy of each hit's pages (not only those retrieved)."""
    for h in hits:
        files = [c for c, _p, of, op in copies if of == h.file and op in _pages(h)]
        if files:
            _merge_also(h, files)
