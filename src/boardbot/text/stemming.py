"""One stemmer for every lexical comparison outside SQLite (which has its own Porter)."""

from __future__ import annotations

import re
from functools import lru_cache

from nltk.stem import PorterStemmer

_stemmer = PorterStemmer()
_WORD = re.compile(r"[A-Za-z0-9£]+")


_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)")


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    # "21st July" on a front sheet is the "21 July" of a question
    m = _ORDINAL.fullmatch(word.lower())
    return m.group(1) if m else _stemmer.stem(word.lower())


def stems_of(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text.lower())}
