"""Owner tags: NHS and governors' minutes close a sentence of work to do with who does it.

    The Company Secretary will publish the notice of election on the Trust's website by 3 March
    2025. ACTION: Company Secretary

The tag holds only the owner, so the action is the sentence before it, told in the minutes' own
words ("will publish ...", "to circulate ..."). A sentence already taken as a decision ("It was
agreed that a development session ... would be held. ACTION: Company Secretary") stays the
decision: the tag only says who arranges it.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from .layout import _sentence_start

if TYPE_CHECKING:
    from .collecting import Collector

log = logging.getLogger(__name__)

# "... by 3 March 2025. ACTION: Company Secretary" at a line's end: a name of up to five words, no verb
TAG = re.compile(r"(?<=[.;])[ \t]+ACTIONS?\s*:\s*(?P<owner>[A-Z][\w&-]*(?:[ \t]+(?:[A-Z][\w&-]*|and|of|for)){0,4})[ \t]*$",
                 re.M)


def action_tags(c: Collector, lo: int, hi: int) -> None:
    """Add the sentence each owner tag closes as an action of its owner, unless it is already a record."""
    d = c.d
    for m in TAG.finditer(d.text, lo, hi):
        end = m.start()
        start = _sentence_start(d, end - 1, lo)
        if start >= end or c.taken(start, end):
            continue
        before = len(c.out)
        c.add(start, end, "action", "minutes")
        if len(c.out) > before:
            c.out[-1].owner = m.group("owner").strip()
            log.debug("action tagged for %s: %r", c.out[-1].owner, c.out[-1].text[:60])
