"""One tokenizer and one stop list for every lexical comparison (BM25 queries, reranking, grounding)."""

from __future__ import annotations

import re

STOPWORDS = frozenset(
    """a about above after again all also am an and any are as at be been before being
    below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers him his how i if in into is it its
    itself just me more most my no nor not now of off on once only or other our ours out
    over own same she should so some such than that the their theirs them then there
    these they this those through to too under until up very was we were what when where
    which while who whom why will with would you your yours board boards paper papers
    tell say said please give list many much according described mentioned named whose""".split()
)
# The same word boundaries as FTS5's unicode61 tokenizer, so "four-hour" and "ICB's" are
# matched, counted and stemmed the same way in SQL and in Python.
WORD = re.compile(r"[A-Za-z0-9£]+")
# A compound kept whole ("place-based", "ICB's", "2023/24"), for phrase matching.
_PHRASE = re.compile(r"[A-Za-z0-9£][A-Za-z0-9£'’/-]*[A-Za-z0-9]|[A-Za-z0-9]")


def words(text: str) -> list[str]:
    """Every word of ``text``, lower-cased, stop words included."""
    return WORD.findall(text.lower())


def _content(w: str) -> bool:
    return bool(w) and w not in STOPWORDS and (len(w) > 1 or w.isdigit())


def query_terms(text: str) -> list[str]:
    """Content words of a question, for BM25 and sentence scoring."""
    return [w for w in (t.lstrip("£") for t in words(text)) if _content(w)]


def phrase_terms(text: str) -> list[str]:
    """Content words with compounds kept whole ("place-based", "ICB's"), for phrase matching."""
    return [w for w in (t.lower().strip("'’-") for t in _PHRASE.findall(text)) if _content(w)]
