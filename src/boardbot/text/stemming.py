"""One stemmer for every lexical comparison outside SQLite.

The original Porter algorithm (PyStemmer's "porter"), as in SQLite's FTS5 ``porter``
tokenizer, so a word stems alike in Python and in SQL.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

import Stemmer

from .terms import words

_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)")
_VOWELS = "aeiou"
# A PyStemmer object is not thread-safe: one per thread (the app answers on several).
_local = threading.local()


def _stemmer() -> Stemmer.Stemmer:
    s = getattr(_local, "stemmer", None)
    if s is None:
        s = _local.stemmer = Stemmer.Stemmer("porter")
    return s


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    word = word.lower()
    # "21st July" on a front sheet is the "21 July" of a question
    m = _ORDINAL.fullmatch(word)
    if m:
        return m.group(1)
    if len(word) <= 2:  # "is", "as", "cs": nothing to strip
        return word
    out = _stemmer().stemWord(word) or word
    # Two corrections of the original algorithm (as in NLTK's Porter, which this replaced),
    # without which short common words fall together with stop words or split apart:
    if len(out) == 2 and out[0] in _VOWELS and out[1] not in "aeiouwxy" and word != out + "s":
        out += "e"  # "one", "use", "using", "age" -> "one", "use", "use", "age", not "on", "us", "ag"
    elif len(out) >= 2 and out[-1] == "i" and out[-2] in _VOWELS and word[len(out) - 1] == "y":
        out = out[:-1] + "y"  # "employ", "employment" -> "employ"; "days" -> "day"
    return out


def stems_of(text: str) -> set[str]:
    return {stem(w) for w in words(text)}
