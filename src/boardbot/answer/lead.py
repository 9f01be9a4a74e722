"""The direct answer line: the name, figure or date a factual question asks for, read from the top quotes.

"Who chaired ...?" opens with "Harry Rayner [1]" before the quotes that support it (issue 12). The line
comes from one of the first two quotes only (a lower one is rarely the answer); it says too whether it
stands beside the question's words (a sure line: the other quotes are cut) and whether the two quotes
offer different values that both do (the reader sees both).
"""

from __future__ import annotations

import re

from ..records import Hit
from ..text.sentences import squash
from .checks import has_type
from .compose import FACTUAL, direct_answer
from .meets import missing_qualifiers
from .nearby import counted_noun, counts_asked, counts_head, nearness
from .qtypes import question_type
from .scope import qualifiers

LEAD_FROM = 2  # quotes a direct line may come from


def lead_line(question: str, quotes: list[tuple[Hit, str]]) -> tuple[str, bool, bool]:
    """The direct answer line from the top two quotes ("" when neither holds one), whether it
    stands beside the question's words, and whether both quotes offer different values that do."""
    qtype = question_type(question)
    if qtype not in FACTUAL:
        return "", False, False
    quals = qualifiers(question)
    found: list[tuple[bool, bool, bool, float, int, str]] = []  # (whole, counted, near, closeness, order, line)
    for n, (hit, quote) in enumerate(quotes[:LEAD_FROM], start=1):
        # a body or place named in the passage before the quote counts: "Healthwatch Blackpool and Revolution
        # undertook ..." names who knocked on the "Over 700 doors" of the next sentence ("For Cambridgeshire
        # 2788 ..." is not about the Peterborough of the sentence after it)
        before = hit.text[:max(hit.text.find(quote), 0)]
        missing = [m for m in missing_qualifiers(quals, hit, quote) if not (m in quals.names and m in before)]
        if has_type(qtype, quote, question) and not missing:
            text = squash(quote)
            direct = direct_answer(qtype, text, question)
            if direct:
                at = text.find(direct)
                near = at >= 0 and counts_asked(text, at, at + len(direct), question)
                head = at >= 0 and counts_head(text, at, at + len(direct), question)
                # a date with its year beats a bare month ("March 2024", not "March")
                whole = qtype != "when" or bool(re.search(r"\b(?:19|20)\d\d\b", direct))
                # of two values both beside the question's words, the one closer to more of them ("Eight
                # KPIs did not meet the floor standard (Red)" for "how many KPIs were red", not "40 KPIs")
                # (figures only: a date's passage names the meeting and body the question names, wherever it is)
                close = round(nearness(text, at, at + len(direct), question), 1) if at >= 0 and qtype == "amount" else 0.0
                found.append((whole, head, near, close, -n, f"{direct} [{n}]"))
    # the value beside the words asked about ("From: Oliver Richardson, Armed Forces Champion")
    # beats one that is only in the better-scored quote
    # ... and a count of the very thing a "how many" asks about beats a count beside other words
    _, counted, near, _, _, line = max(found) if found else (False, False, False, 0.0, 0, "")
    if counted_noun(question):
        near = counted  # "the five Blackpool Priority Wards" stands beside the question's words, but
        # counts wards, not the households asked about: not a sure answer
    values = {f[5].rsplit(" [", 1)[0].lower() for f in found if f[2]}
    return line, near, len(values) > 1
