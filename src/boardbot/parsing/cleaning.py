"""Remove page furniture and PDF line-break damage, keeping pages separate.

Running headers/footers ("Page 3 of 315", the meeting name on every page)
would otherwise dominate retrieval of short chunks and pollute quotes.
"""

from __future__ import annotations

import re
from collections import Counter

PAGE_OF = re.compile(r"\bPage\s+\d+\s+of\s+\d+(?!\d)", re.I)  # also "Page 3 of 315Agenda pack" (no space)
# a bare "Page 6" line is the footer of a paper bundled into a pack, wherever it lands
PAGE_ONLY = re.compile(r"^\s*Page\s+\d+\s*$", re.I)
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b]+")
# Hyphen prefixes that keep their hyphen when a line break splits them.
_KEEP_HYPHEN = {
    "co", "non", "self", "cross", "well", "long", "short", "multi", "post", "pre", "re",
    "inter", "sub", "over", "under", "high", "low", "part", "full", "anti", "semi", "step",
    "year", "place", "person", "family", "age", "risk", "evidence", "community", "health",
}
_HYPHEN_BREAK = re.compile(r"([A-Za-z]+)-\n([a-z][A-Za-z]*)")
# "R E S O L V E D :", "M I N U T E S": a heading letter-spaced in the PDF, read a letter at a time
_LETTER_SPACED = re.compile(r"(?<![A-Za-z] )\b(?:[A-Z] ){3,}[A-Z]\b(?! [A-Za-z]\b)")
# "theBoard", "ofKent": two words run together where the PDF broke a line, the first a small word
_GLUED = re.compile(r"\b(the|of|and|to|in|for|by|with|that|on|at|from)([A-Z][a-z]{2,})\b")
_LIGATURES = str.maketrans({"\ufb01": "fi", "\ufb02": "fl", "\ufb00": "ff", "\ufb03": "ffi", "\ufb04": "ffl"})

EDGE_LINES = 3  # lines at the top and bottom of a page that can be furniture
FURNITURE_ANYWHERE = 24  # characters: a furniture line this long is dropped wherever it is on the page


def _key(line: str) -> str:
    # "Page 108 of 315Agenda pack - ..." and "Agenda pack - ..." are the same running head
    return _DIGITS.sub("#", PAGE_OF.sub("", line).strip().lower())


def furniture_lines(pages: list[list[str]]) -> set[str]:
    """Normalised lines found at a page edge on at least half the pages (min 3 pages)."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        edge = lines[:EDGE_LINES] + lines[-EDGE_LINES:]
        counts.update({_key(ln) for ln in edge if ln.strip()})
    need = max(3, len(pages) // 2)
    return {k for k, c in counts.items() if c >= need and len(k) < 200}


def _dehyphenate(text: str) -> str:
    def join(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        if left.lower() in _KEEP_HYPHEN:
            return f"{left}-{right}"
        return f"{left}{right}"

    return _HYPHEN_BREAK.sub(join, text)


def mend_words(text: str) -> str:
    """Words a text layer broke: letter-spaced headings joined ("R E S O L V E D" -> "RESOLVED"), and
    a small word run into the next split from it ("theBoard" -> "the Board")."""
    text = _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)
    return _GLUED.sub(r"\1 \2", text)


def clean_page(text: str, furniture: set[str]) -> str:
    text = text.translate(_LIGATURES).replace("\r", "\n")
    lines = text.split("\n")
    kept: list[str] = []
    last = len(lines) - 1
    for i, line in enumerate(lines):
        at_edge = i < EDGE_LINES or i > last - EDGE_LINES
        key = _key(line)
        # a long running head is furniture wherever the page's text order puts it (tables are read
        # in layout mode, which can move it below the edge lines); a short one only at an edge
        if (key in furniture and (at_edge or len(key) >= FURNITURE_ANYWHERE)) or PAGE_ONLY.match(line):
            continue
        kept.append(line)
    text = "\n".join(kept)
    text = PAGE_OF.sub(" ", text)
    text = _dehyphenate(text)
    text = mend_words(text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(ln.strip() for ln in text.split("\n"))
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def clean_pages(raw_pages: list[str]) -> list[str]:
    split = [p.replace("\r", "\n").split("\n") for p in raw_pages]
    furniture = furniture_lines(split)
    return [clean_page(p, furniture) for p in raw_pages]
