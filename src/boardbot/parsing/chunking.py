"""Sentence-aware chunks that fit the embedding model, with exact page ranges.

Chunks are packed from whole sentences up to ``max_tokens`` word pieces
(MiniLM silently truncates at 256, so an over-long chunk would be embedded
without its tail). A small sentence overlap keeps answers that straddle a
boundary retrievable. Chunks never straddle a paper or meeting boundary inside
a pack, so every chunk's section and meeting metadata is true of all its text.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from ..records import Chunk
from ..text.sentences import spans
from .document import Document

TokenCounter = Callable[[list[str]], list[int]]


@dataclass
class _Sent:
    start: int
    end: int
    tokens: int
    boundary: str  # paper|meeting key: a change forces a new chunk
    section: str


def _split_long(doc_text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Cut an over-long 'sentence' (table dump, run-on list) at whitespace."""
    out, a = [], start
    while end - a > max_chars:
        cut = doc_text.rfind(" ", a, a + max_chars)
        cut = cut if cut > a else a + max_chars
        out.append((a, cut))
        a = cut + 1 if doc_text[cut : cut + 1] == " " else cut
    out.append((a, end))
    return out


def chunk_key(file_hash: str, file: str) -> str:
    """The id prefix of a file's chunks: its content hash *and* its name.

    Byte-identical PDFs under two names must not share chunk ids: an upsert of the
    copy would relabel the original's vectors (its visibility with them), and
    removing the copy would delete the original's rows.
    """
    return hashlib.sha256(f"{file_hash}\0{file}".encode()).hexdigest()[:16]


def chunk_document(
    doc: Document,
    file_hash: str,
    count_tokens: TokenCounter,
    max_tokens: int = 200,
    overlap_tokens: int = 30,
) -> list[Chunk]:
    text = doc.text
    raw = spans(text)
    counts = count_tokens([text[a:b] for a, b in raw])
    pieces: list[tuple[int, int, int]] = []
    for (a, b), n in zip(raw, counts):
        if n <= max_tokens:
            pieces.append((a, b, n))
            continue
        # ~4 chars per word piece in English; re-count the parts to be sure.
        parts = _split_long(text, a, b, max(200, int((b - a) * max_tokens / n * 0.9)))
        for (pa, pb), pn in zip(parts, count_tokens([text[x:y] for x, y in parts])):
            pieces.append((pa, pb, min(pn, max_tokens)))
    st = doc.structure
    sents = [
        _Sent(a, b, n, f"{st.paper_at(a)}|{st.meeting_at(a, '')}", st.section_at(a))
        for a, b, n in pieces
    ]
    groups: list[list[_Sent]] = []
    cur: list[_Sent] = []
    cur_tokens = 0
    for s in sents:
        force = bool(cur) and (
            s.boundary != cur[-1].boundary or (s.section != cur[-1].section and cur_tokens >= 60)
        )
        if cur and (force or cur_tokens + s.tokens > max_tokens):
            groups.append(cur)
            carry: list[_Sent] = []
            if not force:
                t = 0
                for prev in reversed(cur):
                    if t + prev.tokens > overlap_tokens or len(carry) == len(cur) - 1:
                        break
                    carry.insert(0, prev)
                    t += prev.tokens
            cur, cur_tokens = carry, sum(c.tokens for c in carry)
        cur.append(s)
        cur_tokens += s.tokens
    if cur:
        groups.append(cur)

    meta = doc.meta.to_dict()
    key = chunk_key(file_hash, doc.meta.file)
    chunks: list[Chunk] = []
    for i, g in enumerate(groups):
        a, b = g[0].start, g[-1].end
        p0, p1 = doc.page_at(a), doc.page_at(b - 1)
        breaks = [(0, p0)] + [
            (doc.page_offsets[p - 1] - a, p) for p in range(p0 + 1, p1 + 1)
        ]
        chunks.append(
            Chunk(
                id=f"{key}-{i:05d}",
                file=doc.meta.file,
                text=text[a:b],
                page_start=p0,
                page_end=p1,
                char_start=a,
                char_end=b,
                page_breaks=breaks,
                section=g[0].section,
                meeting_date=st.meeting_at(a, doc.meta.date),
                meta=meta,
            )
        )
    return chunks
