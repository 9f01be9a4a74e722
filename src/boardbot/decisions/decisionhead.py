"""A Scottish minute's "Decision" heading: the decision follows on its own line in the infinitive.

"Decision" / "To approve the minute as a correct record." reads as a RESOLVED would (so does an area board's
"Decision" / "The Scout Group was awarded £2,750 towards ..."), but the word
stands alone as a subheading without a colon, so the lead-in words of the register do not see it;
"Decision" / "The Committee agreed:-" is found by its own verb and needs nothing here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .collecting import Collector

_HEADING = re.compile(r"^(?:Decisions?|DECISIONS?)$")
_INFINITIVE = re.compile(r"^To\s+[a-z]")
# an area board's grant decisions: "Decision" / "Westcombe Scout Group was awarded £2,750 towards ...",
# "The application from the Men's Shed was refused."
_AWARDED = re.compile(r"^[A-Z][^.\n]{0,120}?\b(?:was|were)\s+(?:awarded|refused|granted|declined|rejected)\b")


def decision_headings(c: Collector, lo: int, hi: int) -> None:
    """Each "To ..." sentence (or the list it opens) right under a bare "Decision" subheading."""
    d = c.d
    i = d.line_index(lo)
    while i + 1 < len(d.lines) and d.lines[i].start < hi:
        if _HEADING.match(d.lines[i].text.strip()):
            nxt = d.lines[i + 1]
            s = nxt.text.strip()
            if nxt.start < hi and (_INFINITIVE.match(s) or _AWARDED.match(s)):
                at = nxt.start + len(nxt.text) - len(nxt.text.lstrip())
                c.sentence_or_list(at, at, hi, "minutes", None)
        i += 1
