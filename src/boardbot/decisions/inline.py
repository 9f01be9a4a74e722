"""Parts numbered inside one sentence.

"The Panel RESOLVED to: 1) note the report; 2) recommend to the Commissioner that ...; and 3) ask
the Commissioner to ..." is three decisions, as if each part stood on a line of its own.
"""

from __future__ import annotations

import re

# "1) ", "(2) ", "b) " after the lead-in's colon or a part's closing "; (and)"
_MARK = re.compile(r"(?:^|(?<=[:;])|(?<=[:;]\s)|(?<=\sand\s))\s*\(?(?P<n>\d{1,2}|[a-h])\)\s+")
_TAIL = re.compile(r"[;,]?\s*(?:and|or)?\s*$")


def inline_parts(text: str, a: int, b: int) -> tuple[int, list[tuple[int, int]]] | None:
    """(end of the lead-in, the parts' spans) of the sentence ``text[a:b]``, or None when it has
    fewer than two parts numbered in sequence after a colon."""
    seg = text[a:b]
    colon = seg.find(":")
    if colon < 0:
        return None
    marks = [m for m in _MARK.finditer(seg, colon + 1)]
    if len(marks) < 2 or marks[0].start() > colon + 3:
        return None
    first = marks[0].group("n")
    want = [str(int(first) + i) if first.isdigit() else chr(ord(first) + i) for i in range(len(marks))]
    if first not in ("1", "a") or [m.group("n") for m in marks] != want:
        return None
    parts = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(seg)
        body = _TAIL.sub("", seg[m.end():end])
        parts.append((a + m.end(), a + m.end() + len(body)))
    return a + colon + 1, parts
