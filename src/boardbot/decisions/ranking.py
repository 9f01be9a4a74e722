"""Word-level ordering of register search results: exact phrases, then whole words, then the rest.

The register's retrieval (FTS5 with the Porter stemmer, fused with meaning search)
matches loosely on purpose: "discharge" finds "discharged" and a decision about
the same topic in other words. A reader who typed "hospital discharge" still wants
the rows that say exactly that first, so ``DecisionStore.search`` sorts its rows
into tiers by what the visible text (the decision and its agenda item) holds:

0. the whole query as a phrase (whole words, in order; case, punctuation and
   hyphens ignored),
1. every content word of the query as a whole word, anywhere,
2. everything else retrieval found (stemmed, prefix or meaning-only matches).

The sort is stable, so each tier keeps the order the caller asked for (newest
first, or relevance). A phrase in double quotes is a requirement: rows without
it are dropped, as a search box's quotes promise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..text.terms import STOPWORDS
from .record import Decision

PHRASE_TIER, ALL_WORDS_TIER, LOOSE_TIER = 0, 1, 2
_QUOTED = re.compile(r"[\"“”](.+?)[\"“”]")
_TOKEN = re.compile(r"[a-z0-9]+")


def tokens(text: str) -> list[str]:
    """Lower-case word tokens; "&" reads as "and" ("Health & Wellbeing" is "health and wellbeing") and an
    apostrophe splits ("Islington's" holds the word "islington")."""
    return _TOKEN.findall(text.lower().replace("&", " and "))


def _has_run(haystack: Sequence[str], needle: Sequence[str]) -> bool:
    n = len(needle)
    if not n or n > len(haystack):
        return False
    first = needle[0]
    return any(haystack[i] == first and list(haystack[i:i + n]) == list(needle)
               for i in range(len(haystack) - n + 1))


@dataclass(frozen=True)
class Query:
    """A search box's text, read for tiering: the whole phrase, its content words, its quoted phrases."""

    phrase: tuple[str, ...]
    words: frozenset[str]
    required: tuple[tuple[str, ...], ...]

    @classmethod
    def parse(cls, text: str) -> Query:
        required = tuple(t for t in (tuple(tokens(m)) for m in _QUOTED.findall(text)) if t)
        phrase = tuple(tokens(text))
        content = frozenset(w for w in phrase if w not in STOPWORDS)
        return cls(phrase, content or frozenset(phrase), required)

    def quoted_phrases(self) -> list[str]:
        return [" ".join(p) for p in self.required]

    def tier(self, fields: Iterable[str]) -> int | None:
        """The row's tier, or ``None`` when it lacks a quoted phrase."""
        toks = [tokens(f) for f in fields if f]
        if any(not any(_has_run(t, p) for t in toks) for p in self.required):
            return None
        if any(_has_run(t, self.phrase) for t in toks):
            return PHRASE_TIER
        if self.words <= {w for t in toks for w in t}:
            return ALL_WORDS_TIER
        return LOOSE_TIER


def rank(rows: list[Decision], query: str) -> list[Decision]:
    """``rows`` in tiers (phrase, all whole words, loose), each tier in its given order; rows lacking a
    quoted phrase of ``query`` are dropped."""
    q = Query.parse(query)
    if not q.phrase:
        return rows
    tiered = [(t, i, d) for i, d in enumerate(rows) if (t := q.tier((d.text, d.item))) is not None]
    return [d for _, _, d in sorted(tiered, key=lambda x: (x[0], x[1]))]


def reading_order(d: Decision) -> tuple[object, ...]:
    """How an answer lists decisions: meeting by meeting; within one, what was resolved before the
    motion or amendment that moved it."""
    return d.date_key, d.file, d.form in ("motion", "amendment"), d.char_start


def lead_key(d: Decision, coverage: float) -> tuple[object, ...]:
    """Which decision an answer reads first: the one that best meets the question's words; on the same
    words, what was agreed before a noting or an action ("Adopts the Plan" before "Notes the Inspector's
    report")."""
    return round(coverage, 2), d.kind not in ("noting", "action")
