"""One stemmer for every lexical comparison outside SQLite (which has its own Porter)."""

from __future__ import annotations

import re
from functools import lru_cache

from nltk.stem import PorterStemmer

_stemmer = PorterStemmer()
_WORD = re.compile(r"[A-Za-z0-9£]+")


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    return _stemmer.stem(word.lower())


def stems_of(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text.lower())}
