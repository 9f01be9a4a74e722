"""Recommendations a meeting made, each under its own heading: a task and finish group's notes
"AGREED that the final report be approved ... with the following recommendations:" then
"Recommendation 1:" over "That Cabinet adopt ...", "Recommendation 2:" over "That Cabinet establish ...".

The decision that introduces them is already a record (it ends in "recommendations:"); each headed
"That ..." below it is a recommendation the meeting made to the body it names, one record apiece with
its heading as lead-in. A heading under no recorded decision ("The report made the following
recommendations:", a paper quoted in the minutes) introduces nothing the meeting decided, so it is left.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .layout import _sentence_end

if TYPE_CHECKING:
    from .collecting import Collector

# the intro's last words: "... with the following recommendations:"
_INTRO = re.compile(r"\brecommendations?\s*:\s*$", re.I)
HEADING = re.compile(r"^Recommendation\s+(?:\d{1,2}|[A-Z])\s*[:.\-–]?$", re.I)


def headed_recommendations(c: Collector, lo: int, hi: int) -> None:
    """Record each "That ..." under a "Recommendation n:" heading that follows a recorded decision."""
    d = c.d
    i = d.line_index(lo)
    while i < len(d.lines) and d.lines[i].start < hi:
        intro = d.lines[i]
        if not _INTRO.search(intro.text) or not c.taken(intro.end - 2, intro.end - 1):
            i += 1
            continue
        i += 1
        while i + 1 < len(d.lines) and d.lines[i + 1].start < hi:
            head = d.lines[i].text.strip()
            body = d.lines[i + 1]
            if not HEADING.match(head) or not body.text.lstrip().startswith("That "):
                break
            start = body.start + len(body.text) - len(body.text.lstrip())
            end = _sentence_end(d, start, hi)
            c.add(start, end, "recommendation", "minutes", lead_in=head)
            i = d.line_index(end - 1) + 1
