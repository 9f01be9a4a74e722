"""What of a long record the register's answer shows: a board member reads the first lines, and a
budget resolution or a motion can run to pages. The record's whole text stays in its citation."""

from __future__ import annotations

from collections.abc import Callable

from ..text.sentences import spans, squash

VOTE_SHOWN = 220  # characters of a motion shown beside its vote
RECORD_SHOWN = 320  # characters of one record shown in an answer before it is cut to what the question asks


def abridge(text: str, size: int = VOTE_SHOWN) -> str:
    """A motion's opening words, cut at a word and marked as cut; its whole text stays in the citation."""
    return text[:text.rfind(" ", 0, size)].rstrip() + " \u2026" if len(text) > size else text


def excerpt(text: str, covers: Callable[[str], float], size: int = RECORD_SHOWN) -> str:
    """The whole sentences of ``text`` that say most of what was asked (``covers``: the share of the
    question's topic a sentence holds), with the ones after it while they fit in ``size``; each gap
    marked "…". A record that fits is shown whole."""
    if len(text) <= size:
        return text
    units = [(a, b) for a, b in spans(text) if text[a:b].strip()]
    if len(units) < 2:
        return text
    scores = [covers(text[a:b]) for a, b in units]
    first = max(range(len(units)), key=lambda i: (scores[i], -i))  # the earliest of the best
    last = first
    used = units[first][1] - units[first][0]
    while last + 1 < len(units) and used + units[last + 1][1] - units[last][1] <= size:
        last += 1
        used = units[last][1] - units[first][0]
    shown = squash(text[units[first][0]:units[last][1]])
    return ("\u2026 " if first else "") + shown + (" \u2026" if last < len(units) - 1 else "")
