"""Check every label in decisions-layouts6.jsonl against the PDF text layer.

    .venv/bin/python evals/layouts6/verify.py

The checks of evals/labelcheck.py (ids dr001, dr002, ... with folder layouts6; every file and page exists;
each label's text, whitespace collapsed, is in the text of its page; per-file counts; no word hyphenated at
a line end), with one change for this set: the Integrated Care Partnership minutes hyphenate words across
line ends on purpose, so in that file (and only there) a line-end hyphen is listed, not an error, and a
label's text is looked for in the page text with those words joined ("commit-" / "ments" -> "commitments"),
as a person copying the decision would write it (``readings`` and ``hyphenated`` of labelcheck.check).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # run as a script: the repository root holds the evals package
from evals.labelcheck import check  # noqa: E402

HYPHENATED = frozenset({"integrated-care-partnership-minutes-2025-06-12.pdf"})  # line-end hyphens on purpose


def dehyphenate(page: str) -> str:
    """Join the words a page splits across a line end with a hyphen ("commit-\\n    ments" -> "commitments")."""
    return re.sub(r"(\w)-\n\s*(\w)", r"\1\2", page)


def readings(name: str, raw: str) -> list[str]:
    return [dehyphenate(raw)] if name in HYPHENATED else [raw]


if __name__ == "__main__":
    sys.exit(check(HERE, "decisions-layouts6.jsonl", "dr", "layouts6", readings=readings, hyphenated=HYPHENATED))
