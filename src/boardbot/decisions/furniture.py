"""Running heads and footers the ingest cleaner left in the text, found again at the page edges.

The cleaner drops a furniture line only when it recurs verbatim on enough pages; minutes printed
with the head spaced differently from page to page ("Westmarch County Council   Cabinet – 14
January 2026" / "Westmarch County Council Cabinet – 14 January 2026") or a footer with a signature
slot ("Council – 25 February 2026 | Mayor …………… |") keep theirs. Left in, such a line ends a
resolution's numbered parts at the page break, so the parts printed on the next page are lost.
The layout model reads these lines as blank.
"""

from __future__ import annotations

import re
from collections import Counter

from ..text.dates import find_dates
from ..text.sentences import ends_sentence

EDGE = 2  # non-blank lines at the top and at the foot of a page that may be furniture
# a signature slot printed with dot leaders: "Chairman's initials ……………", "Signed …………… (Chair)"
_SLOT = re.compile(r"(?:…{2,}|\.{5,})")
_PART = re.compile(r"^\(?(?:\d{1,2}|[A-Za-z]|[ivx]{1,4})[.)]\s")  # "3. Agree to request ...", "(b) ..."
_STOP = {"of", "the", "and", "a", "an", "for", "in", "on", "at", "to", "minutes", "meeting"}


def _key(line: str) -> str:
    # "Minutes – Cabinet – 14 January 2026 | Chairman's initials …… |" and the same without the bars
    return " ".join(re.sub(r"\d+", "#", re.sub(r"[^\w\s]", " ", line.lower())).split())


def _edges(text: str, page_offsets: list[int]) -> list[list[tuple[int, str, bool]]]:
    """Per page: (offset, line, at the top) of its first and last ``EDGE`` non-blank lines."""
    out = []
    bounds = [*page_offsets, len(text)]
    for a, b in zip(bounds, bounds[1:]):
        lines, pos = [], a
        for raw in text[a:b].split("\n"):
            if raw.strip():
                lines.append((pos, raw))
            pos += len(raw) + 1
        top = [(o, s, True) for o, s in lines[:EDGE]]
        foot = [(o, s, False) for o, s in lines[-EDGE:] if (o, s, True) not in top]
        out.append(top + foot)
    return out


def _title_words(text: str, page_offsets: list[int]) -> set[str]:
    end = page_offsets[1] if len(page_offsets) > 1 else len(text)
    return set(_key(text[:min(end, 800)]).split())


def furniture_offsets(text: str, page_offsets: list[int]) -> set[int]:
    """Start offsets of the lines that are a page's running head or footer."""
    if len(page_offsets) < 2:
        return set()
    pages = _edges(text, page_offsets)
    seen: Counter[str] = Counter()
    for page in pages:
        seen.update({_key(s) for _, s, _ in page})
    title = _title_words(text, page_offsets)
    out: set[int] = set()
    for n, page in enumerate(pages):
        for off, line, top in page:
            s = line.strip()
            key = _key(s)
            if len(key) < 15 or s.endswith((":", ";")) or (ends_sentence(s) and not s.endswith(")")) or _PART.match(s):
                continue
            if _SLOT.search(s):
                out.add(off)
                continue
            # a head names the meeting's date: repeated at the edges (a resolution's part quoted twice, each
            # at a page's foot, is not furniture), or left alone once the cleaner dropped its twins, in the
            # title's words
            words = [w for w in key.split() if w not in _STOP and w != "#"]
            if any(at > 0 for at, _ in find_dates(s)) and (
                    seen[key] >= 2 or (n and top and words and all(w in title for w in words))):
                out.add(off)
    return out
