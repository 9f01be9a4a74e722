"""Check every label in decisions-layouts9.jsonl against the PDF text layer.

    .venv/bin/python evals/layouts9/verify.py

The checks of evals/labelcheck.py (ids l9001, l9002, ... with folder layouts9; every file and page exists;
each label's text, whitespace collapsed, is in the text of its page; per-file counts; no word hyphenated at
a line end), unchanged: this set's text layers read as the page does. One check is added (``sanity`` of
labelcheck.check), for the two things the set relies on: the county council's resolution runs over a page
break (its part 3 is on page 3, its lead-in on page 2 with no part 3 after it, and page 2's footer and page 3's running head lie
between them), and the recorded vote prints the counts only in its column headings, with as many names
under each heading as the label's votes say.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root holds the evals package
from evals.labelcheck import check, load, norm  # noqa: E402

LABELS = "decisions-layouts9.jsonl"
COUNCIL = "county-council-minutes-2025-10-16.pdf"
LEAD_IN = "RESOLVED that the County Council:"
PART_3 = "asks the Chief Executive to write to the Secretary of State"
FOOTER = "Minutes of the County Council, 16 October 2025 – subject to confirmation"
HEAD = "Marchfield County Council – County Council – 16 October 2025"


def sanity(pages: Callable[[str], list[str]], repaired: Counter) -> list[tuple]:
    rows = load(HERE / LABELS)
    bad: list[tuple] = []
    p2, p3 = (norm(t) for t in pages(COUNCIL)[1:3])
    after = p2.split(LEAD_IN, 1)[1] if LEAD_IN in p2 else ""
    if not after or PART_3 in after or PART_3 not in p3 or FOOTER not in after or not p3.startswith(HEAD):
        bad.append((COUNCIL, "the resolution does not run over the page break as meant"))
    raw = pages(COUNCIL)[1]
    blocks = re.split(r"^(For|Against|Abstain) \((\d+)\)\s*$", raw, flags=re.M)
    heads = {blocks[i].lower(): (int(blocks[i + 1]), blocks[i + 2]) for i in range(1, len(blocks) - 2, 3)}
    motion = [r for r in rows if r["file"] == COUNCIL and r["kind"] == "motion"]
    want = motion[0]["votes"] if motion else None
    for key, head in (("for", "for"), ("against", "against"), ("abstain", "abstain")):
        if head not in heads:
            bad.append((COUNCIL, f"no '{head.title()} (n)' heading"))
            continue
        n, body = heads[head]
        body = body.split("The substantive motion")[0]
        counted = len(re.findall(r"\b(?:Mr|Mrs|Ms) [A-Z] [A-Z][a-z]+", body))
        print(f"{COUNCIL}: {head.title()} ({n}), {counted} names printed under it")
        if not want or want[key] != n or counted != n:
            bad.append((COUNCIL, "recorded vote heading, names and label disagree", head, n, counted, want))
    return bad


if __name__ == "__main__":
    sys.exit(check(HERE, LABELS, "l9", "layouts9", sanity=sanity))
